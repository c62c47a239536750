"""General servesCommunity phrasings (rel_service) on made-up sentences, each with a near miss."""

from __future__ import annotations

from test_relations import run_rules as run

CO = "国网青禾县供电公司"
STATION = "青禾供电所"
VILLAGE, VILLAGE2 = "青禾村", "白石村"
STREET = "青禾街道"


def serves(got, head, tail):
    return (head, "servesCommunity", tail, None) in got


def test_unit_sets_up_a_post_in_the_community_and_its_keeper():
    ents = {STATION: "Company", VILLAGE: "Community", "甲乙丙": "Person"}
    got = run(f"{STATION}还在{VILLAGE}设立了党员服务点,由党员甲乙丙值守,为村民提供用电服务。", ents)
    assert serves(got, STATION, VILLAGE)
    assert serves(got, "甲乙丙", VILLAGE)


def test_set_up_in_a_list_of_places():
    ents = {CO: "Company", STREET: "Community", "青禾镇": "Place"}
    got = run(f"其中{CO}在{STREET}、青禾镇设置了应急抢修驻点。", ents)
    assert serves(got, CO, STREET)


def test_set_up_continues_the_unit_of_the_clause_before():
    ents = {CO: "Company", STREET: "Community"}
    got = run(f"据悉,{CO}将对辖区内企业进行走访,并在{STREET}设立“供电服务驿站”。", ents)
    assert serves(got, CO, STREET)
    # near miss: a person named in the sentence may be the one acting
    ents["甲乙丙"] = "Person"
    got = run(f"甲乙丙说,{CO}将对辖区内企业进行走访,并在{STREET}设立“供电服务驿站”。", ents)
    assert not serves(got, CO, STREET)


def test_joint_work_is_credited_to_the_leading_unit():
    partner = "青禾县应急管理局"
    ents = {CO: "Company", partner: "Organization", STREET: "Community"}
    got = run(f"此外,{CO}联合{partner}在{STREET}开展了联合巡查。", ents)
    assert serves(got, CO, STREET)
    assert not serves(got, partner, STREET)


def test_bare_unit_word_works_for_the_community():
    ents = {STATION: "Company", "甲乙丙": "Person", VILLAGE: "Community"}
    got = run(f"{STATION}所长甲乙丙表示,供电所已为{VILLAGE}48户独居长者安装了监测装置。", ents)
    assert serves(got, STATION, VILLAGE)
    got = run(f"{STATION}所长甲乙丙介绍,供电所将为{VILLAGE}民宿集中区新增一台变压器。", ents)
    assert serves(got, STATION, VILLAGE)


def test_station_head_brings_the_crew_so_the_station_serves():
    ents = {STATION: "Company", "甲乙丙": "Person", VILLAGE: "Community"}
    got = run(f"大年初一,{STATION}所长甲乙丙带领抢修班组,赶到{VILLAGE}处理一处故障。", ents)
    assert serves(got, "甲乙丙", VILLAGE)
    assert serves(got, STATION, VILLAGE)


def test_executive_leading_crews_does_not_make_the_company_serve():
    # near miss: a company's chairman leading repair crews is not the company tied to the community
    ents = {CO: "Company", "甲乙丙": "Person", STREET: "Community"}
    got = run(f"{CO}党委书记、董事长甲乙丙带领抢修人员赶到{STREET},指挥抢修。", ents)
    assert serves(got, "甲乙丙", STREET)
    assert not serves(got, CO, STREET)


def test_unit_is_the_partner_unit_of_the_community():
    ents = {STATION: "Company", VILLAGE: "Community"}
    assert serves(run(f"{STATION}是{VILLAGE}的挂点帮扶单位。", ents), STATION, VILLAGE)
    # near miss: a unit that is the community's neighbour is no partner
    assert not serves(run(f"{STATION}是{VILLAGE}的邻近单位。", ents), STATION, VILLAGE)


def test_unit_takes_on_the_task_of_the_communities_listed():
    ents = {STATION: "Company", VILLAGE: "Community", VILLAGE2: "Community"}
    got = run(f"{STATION}承担{VILLAGE}、{VILLAGE2}等11个社区和村的包联任务。", ents)
    assert serves(got, STATION, VILLAGE) and serves(got, STATION, VILLAGE2)
    got = run(f"{STATION}也同步参与了{VILLAGE}、{VILLAGE2}等9个行政村的入户复电工作。", ents)
    assert serves(got, STATION, VILLAGE) and serves(got, STATION, VILLAGE2)
    # near miss: taking part in a meeting held in the village is no service task
    got = run(f"{STATION}参与了{VILLAGE}的年度总结会。", ents)
    assert not serves(got, STATION, VILLAGE)


def test_what_a_speaker_reports_is_not_their_own_service():
    ents = {CO: "Company", "甲乙丙": "Person", STATION: "Company", VILLAGE: "Community"}
    text = f"{CO}副经理甲乙丙介绍,该公司今年投入资金300万元,其所属的{STATION}与{VILLAGE}结成了共建对子。"
    got = run(text, ents)
    assert not serves(got, "甲乙丙", VILLAGE)
    assert not serves(got, CO, VILLAGE)
    # near miss: the speaker's own group acting is still theirs
    got = run(f"{STATION}所长甲乙丙说,我们每周都到{VILLAGE}巡视线路。", ents)
    assert serves(got, STATION, VILLAGE) or serves(got, "甲乙丙", VILLAGE)


def test_bare_community_residents_with_the_street_as_address():
    ents = {"青禾营销服务中心": "Company", "甲乙丙": "Person", STREET: "Community", "光华社区": "Community"}
    text = f"{STREET}的光华社区是青禾营销服务中心的党建联系点,中心主任甲乙丙带着6名党员上门为社区里的孤寡老人检查线路。"
    assert serves(run(text, ents), "甲乙丙", "光华社区")


def test_unit_takes_the_community_as_contact_point_with_jiang():
    ents = {STATION: "Company", VILLAGE: "Community"}
    assert serves(run(f"{STATION}今年将{VILLAGE}列为定点帮扶村。", ents), STATION, VILLAGE)
    # near miss: a plan about the village, not taking it on
    assert not serves(run(f"{STATION}将{VILLAGE}的线路改造列入计划。", ents), STATION, VILLAGE)


def test_cadre_answering_for_a_village():
    ents = {"甲乙丙": "Person", VILLAGE: "Community", STATION: "Company"}
    assert serves(run(f"甲乙丙是{VILLAGE}的包联干部。", ents), "甲乙丙", VILLAGE)
    assert serves(run(f"甲乙丙负责包联{VILLAGE}。", ents), "甲乙丙", VILLAGE)
    assert serves(run(f"甲乙丙在{VILLAGE}担任驻村第一书记。", ents), "甲乙丙", VILLAGE)
    # near miss: the village's own official holds no service post there
    assert not serves(run(f"甲乙丙是{VILLAGE}的党支部书记。", ents), "甲乙丙", VILLAGE)


def test_head_named_before_goes_with_the_crew_later():
    ents = {STATION: "Company", "甲乙丙": "Person", VILLAGE: "Community"}
    text = f"{STATION}所长甲乙丙作了交流发言。2023年以来,他和队员们每月两次走进{VILLAGE},开展帮扶活动。"
    got = run(text, ents)
    assert serves(got, STATION, VILLAGE)
    # near miss: talking with residents is no crew of the unit
    text = f"{STATION}所长甲乙丙作了交流发言。他和村民们一起来到{VILLAGE}的广场上。"
    assert not serves(run(text, ents), STATION, VILLAGE)


def test_party_body_signs_with_the_community_body_after_its_address():
    branch = "青禾区供电分公司党支部"
    ents = {branch: "Organization", "青禾区供电分公司": "Company", "青禾区": "Place", STREET: "Community",
            "团结社区": "Community"}
    text = f"团结社区位于{STREET}。11月6日,{branch}与青禾区{STREET}团结社区党委签订党建结对共建协议。"
    got = run(text, ents)
    assert serves(got, branch, "团结社区")
    # near miss: the street written as the address is not the partner community
    assert not serves(got, branch, STREET)


def test_bare_company_word_before_dui_does_the_work():
    ents = {CO: "Company", "甲乙丙": "Person", "东塔社区": "Community", VILLAGE: "Community"}
    text = f"{CO}经理甲乙丙介绍,公司对辖区内的东塔社区、{VILLAGE}等重点区域进行了入户走访。"
    got = run(text, ents)
    assert serves(got, CO, "东塔社区") and serves(got, CO, VILLAGE)


def test_contact_person_of_the_bare_community():
    ents = {STATION: "Company", "青园社区": "Community", "甲乙丙": "Person"}
    text = f"2023年起,{STATION}与青园社区结对共建,甲乙丙作为社区“挂点”联系人,每月上门服务。"
    assert serves(run(text, ents), "甲乙丙", "青园社区")


def test_institution_inside_a_street_is_not_the_street_served():
    ents = {"甲乙丙": "Person", STREET: "Community", CO: "Company"}
    text = f"{CO}服务队队长甲乙丙带领队员,为{STREET}颐乐养老院检修线路。"
    assert not serves(run(text, ents), "甲乙丙", STREET)


def test_visiting_the_staff_working_there_is_no_service():
    bureau = "青禾供电局"
    ents = {"甲乙丙": "Person", STREET: "Community", bureau: "Company"}
    got = run(f"6月21日,{bureau}党委书记甲乙丙带队到{STREET},看望慰问在一线坚守的抢修队员。", ents)
    assert not serves(got, "甲乙丙", STREET)
    got = run(f"10月2日,{bureau}副总经理甲乙丙到{CO}检查工作,并慰问了在{STREET}保电值守的员工。",
              {**ents, CO: "Company"})
    assert not serves(got, "甲乙丙", STREET)
    # near miss: visiting the residents is service
    got = run(f"{bureau}党委书记甲乙丙带队到{STREET},看望慰问困难群众。", ents)
    assert serves(got, "甲乙丙", STREET)


def test_herders_of_gacha_listed_with_a_count_are_served():
    # 嘎查 (a Mongolian village) in the 等N个… list and 牧民 as the residents, as 村 and 村民 are
    ents = {CO: "Company", "乌兰嘎查": "Community"}
    got = run(f"今年,{CO}实施了清洁取暖工程,为乌兰嘎查等9个嘎查的620户牧民安装了电暖器。", ents)
    assert serves(got, CO, "乌兰嘎查")
    got = run(f"今年,{CO}实施了清洁取暖工程,乌兰嘎查等9个嘎查的620户牧民用上了电暖器。", ents)
    assert not serves(got, CO, "乌兰嘎查")
