"""servesCommunity phrasings of writers the first rules never saw (rel_service), on made-up sentences:
one family per test, with a near miss where it matters."""

from __future__ import annotations

from test_relations import run

SERVES = "servesCommunity"


def test_bare_unit_word_signs_the_agreement():
    ents = {"青禾路支行": "Company", "青禾路社区": "Community", "甲乙丙": "Person"}
    text = "青禾路支行最近多了几张沙发。据了解,该支行与青禾路社区签订了共建协议,每月派员工到社区宣讲。"
    assert ("青禾路支行", SERVES, "青禾路社区", None) in run(text, ents)


def test_a_speakers_own_company_signs():
    ents = {"国网青禾州供电公司": "Company", "白水县供电公司": "Company", "青禾村": "Community",
            "甲乙丙": "Person"}
    text = ("国网青禾州供电公司在青禾村开展主题党日。"
            "白水县供电公司总经理甲乙丙告诉记者,公司已与青禾村签订党建共建协议,每月上门服务一次。")
    got = run(text, ents)
    assert ("白水县供电公司", SERVES, "青禾村", None) in got


def test_agreement_with_the_communities_of_its_area():
    ents = {"青禾区供电分公司": "Company", "甲社区": "Community", "乙社区": "Community", "丙社区": "Community"}
    text = "青禾区供电分公司今年已与辖区内的甲社区、乙社区、丙社区等5个社区建立了共建关系。"
    got = run(text, ents)
    assert {("青禾区供电分公司", SERVES, c, None) for c in ("甲社区", "乙社区", "丙社区")} <= got


def test_quoted_pairing_between_party_bodies():
    ents = {"青禾供电公司第二党支部": "Organization", "青禾村党支部": "Organization", "青禾村": "Community"}
    text = "青禾村位于山区。青禾供电公司第二党支部与青禾村党支部开展\"结对共建·同心向党\"主题党日活动。"
    assert ("青禾供电公司第二党支部", SERVES, "青禾村", None) in run(text, ents)


def test_workers_of_the_clause_before_and_the_unit_whose_staff_join():
    ents = {"青禾水务有限公司": "Company", "青禾社区": "Community", "甲乙丙": "Person"}
    text = "街道网格员甲乙丙和青禾水务有限公司工作人员一起,为青禾社区老人更换智能水表。"
    got = run(text, ents)
    assert ("甲乙丙", SERVES, "青禾社区", None) in got
    assert ("青禾水务有限公司", SERVES, "青禾社区", None) in got
    near = "街道网格员甲乙丙说,为青禾社区老人更换智能水表是好事。"
    assert not any(f[1] == SERVES for f in run(near, ents))


def test_arrival_reaches_the_whole_list_and_crews_split():
    ents = {"青禾供电所": "Company", "甲村": "Community", "乙村": "Community", "青禾燃气有限公司": "Company",
            "丙社区": "Community", "丁社区": "Community"}
    got = run("青禾供电所的党员们来到白水镇的甲村和乙村,对台区开展测温巡查。", ents)
    assert ("青禾供电所", SERVES, "乙村", None) in got
    got = run("青禾燃气有限公司组织员工组成服务队,分赴丙社区、丁社区等6个社区入户安检。", ents)
    assert {("青禾燃气有限公司", SERVES, "丙社区", None), ("青禾燃气有限公司", SERVES, "丁社区", None)} <= got


def test_a_plan_spreading_is_no_service():
    ents = {"青禾供电公司": "Company", "甲街道": "Community"}
    got = run("下一步,青禾供电公司计划把经验推广到甲街道,让更多居民受益。", ents)
    assert not any(f[1] == SERVES for f in got)


def test_scene_in_a_village_after_its_town():
    ents = {"青禾供电公司白水供电所": "Company", "甲村": "Community", "甲乙丙": "Person"}
    text = "在白水乡甲村,青禾供电公司白水供电所所长甲乙丙带着队员在积雪中开辟通道。"
    got = run(text, ents)
    assert ("甲乙丙", SERVES, "甲村", None) in got


def test_posts_and_areas_of_a_worker():
    ents = {"甲村": "Community", "乙村": "Community", "甲乙丙": "Person", "丁戊己": "Person"}
    assert ("甲乙丙", SERVES, "甲村", None) in run("甲村的网格员是朝鲜族小伙甲乙丙。", ents)
    got = run("丁戊己负责的网格位于白水镇,包括甲村和乙村两个村。", ents)
    assert {("丁戊己", SERVES, "甲村", None), ("丁戊己", SERVES, "乙村", None)} <= got


def test_village_as_the_contact_point_of_the_bare_station():
    ents = {"青禾县供电公司白水供电所": "Company", "甲村": "Community"}
    text = "青禾县供电公司白水供电所有12名员工。甲村是该所的网格化服务联系点,村里全部用上电采暖。"
    assert ("青禾县供电公司白水供电所", SERVES, "甲村", None) in run(text, ents)


def test_head_leading_the_units_own_team_in():
    ents = {"白水供电所": "Company", "甲村": "Community", "甲乙丙": "Person"}
    got = run("白水供电所所长甲乙丙带领所里的共产党员服务队来到甲村,为村民调试设备。", ents)
    assert ("甲乙丙", SERVES, "甲村", None) in got
    assert ("白水供电所", SERVES, "甲村", None) in got


def test_titled_person_leading_the_signers_people_in():
    ents = {"国网青禾县供电公司": "Company", "甲村": "Community", "甲乙丙": "Person", "白水镇": "Place"}
    text = "国网青禾县供电公司与白水镇甲村签订结对帮扶协议,公司总经理甲乙丙带队入村调研。"
    got = run(text, ents)
    assert ("国网青禾县供电公司", SERVES, "甲村", None) in got
    assert ("甲乙丙", SERVES, "甲村", None) in got


def test_bare_community_signs_with_a_unit():
    ents = {"青禾社区": "Community", "青禾供电服务中心": "Company", "青禾社区党委": "Organization", "甲乙丙": "Person"}
    text = ("青禾社区位于老城区。今年6月,社区与青禾供电服务中心签订结对共建协议,员工每月入户走访。"
            "青禾社区党委书记甲乙丙说,社区与供电所结对共建以来,居民满意。")
    got = run(text, ents)
    assert ("青禾供电服务中心", SERVES, "青禾社区", None) in got
    near = "青禾社区位于老城区。社区与青禾供电服务中心的距离不远。"
    assert not any(f[1] == SERVES for f in run(near, ents))


def test_a_units_team_going_into_the_one_village():
    ents = {"青禾供电所": "Company", "甲村": "Community"}
    text = "甲村地处高山。每逢周末,青禾供电所的共产党员服务队还会进村入户,免费检查老旧线路。"
    assert ("青禾供电所", SERVES, "甲村", None) in run(text, ents)
    near = "甲村地处高山。每逢周末,青禾供电所的车辆还会进村送货。"
    assert not any(f[1] == SERVES for f in run(near, ents))


def test_unit_lists_the_community_for_targeted_help():
    ents = {"青禾区分公司": "Company", "甲社区": "Community"}
    text = "社区把诉求反映给了电信公司,青禾区分公司随即把甲社区列为定点帮扶社区,派出8名青年员工蹲点。"
    assert ("青禾区分公司", SERVES, "甲社区", None) in run(text, ents)


def test_the_unit_itself_working_for_the_one_village():
    ents = {"青禾供电局": "Company", "甲村": "Community"}
    text = "甲村地处高山。2025年,青禾供电局为村里专门新增一台变压器。"
    assert ("青禾供电局", SERVES, "甲村", None) in run(text, ents)
