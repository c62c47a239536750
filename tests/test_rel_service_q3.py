"""servesCommunity phrasings added in quality round 6c (rel_service), on made-up sentences:
one family per test, with a near miss where it matters."""

from __future__ import annotations

from test_relations import run

SERVES = "servesCommunity"


def test_pairing_after_a_comma_or_a_habit_adverb():
    ents = {"青禾分公司": "Company", "“白鹭”党员服务队": "Organization", "青禾村": "Community",
            "青禾车队": "Organization", "甲社区": "Community", "白水街道": "Place"}
    got = run("青禾分公司已成立“白鹭”党员服务队,与青禾村结对,长期提供通信保障。", ents)
    assert ("“白鹭”党员服务队", SERVES, "青禾村", None) in got
    got = run("青禾车队常年与白水街道甲社区结对,为社区老人提供免费出行服务。", ents)
    assert ("青禾车队", SERVES, "甲社区", None) in got
    near = run("青禾车队常年与白水街道甲社区的居民聊天。", ents)
    assert not any(f[1] == SERVES for f in near)


def test_scene_opening_then_a_titled_person_at_work():
    ents = {"青禾社区": "Community", "甲乙丙": "Person"}
    got = run("在青禾社区,网格长兼社区党委副书记甲乙丙带着网格员上门走访。", ents)
    assert ("甲乙丙", SERVES, "青禾社区", None) in got
    near = run("在青禾社区,网格长兼社区党委副书记甲乙丙说起了往事。", ents)
    assert not any(f[1] == SERVES for f in near)


def test_work_on_the_installations_of_listed_communities():
    ents = {"青禾热力公司": "Company", "甲社区": "Community"}
    got = run("青禾热力公司今年对甲社区等5个社区的21座换热站进行了智能化改造。", ents)
    assert ("青禾热力公司", SERVES, "甲社区", None) in got
    near = run("青禾热力公司今年对甲社区等5个社区的21座换热站的情况进行了解。", ents)
    assert not any(f[1] == SERVES for f in near)


def test_bare_team_word_pairs_with_a_community():
    ents = {"青禾港务公司": "Company", "桥吊青年突击队": "Organization", "甲社区": "Community", "白水街道": "Place"}
    text = ("青禾港务公司的桥吊青年突击队成立于2015年。"
            "除了生产任务,突击队还与白水街道甲社区结对,每月到社区开展志愿服务。")
    assert ("桥吊青年突击队", SERVES, "甲社区", None) in run(text, ents)
    near = "青禾港务公司的桥吊青年突击队成立于2015年。除了生产任务,突击队还与白水街道甲社区的居民聊天。"
    assert not any(f[1] == SERVES for f in run(near, ents))


def test_team_opening_the_sentence_pairs_in_a_later_clause():
    ents = {"“青禾红”志愿服务队": "Organization", "甲社区": "Community", "乙社区": "Community"}
    text = "据了解,“青禾红”志愿服务队成立于2019年,现有队员126名,长期与甲社区、乙社区结对共建,每月入户走访。"
    got = run(text, ents)
    assert {("“青禾红”志愿服务队", SERVES, c, None) for c in ("甲社区", "乙社区")} <= got


def test_working_together_with_the_communitys_own_people():
    ents = {"青禾供电公司": "Company", "甲乙丙": "Person", "甲社区": "Community"}
    text = "在城区,青禾供电公司网格员甲乙丙和甲社区的干部一起,对低洼小区的配电室逐一排查。"
    assert ("甲乙丙", SERVES, "甲社区", None) in run(text, ents)
    near = "在城区,青禾供电公司网格员甲乙丙和甲社区的干部聊起了往事。"
    assert ("甲乙丙", SERVES, "甲社区", None) not in run(near, ents)


def test_turning_up_or_moving_on_to_a_community():
    ents = {"青禾供电公司运检部": "Organization", "甲乙丙": "Person", "甲社区": "Community", "白水街道": "Place"}
    text = "7月16日晚,青禾供电公司运检部的班组长甲乙丙带着4名队员,出现在白水街道甲社区的一处配电房前。"
    got = run(text, ents)
    assert ("甲乙丙", SERVES, "甲社区", None) in got
    ents = {"青禾供电所": "Company", "乙村": "Community"}
    got = run("同日,青禾供电所又转战相邻的乙村,为村民检修入户线。", ents)
    assert ("青禾供电所", SERVES, "乙村", None) in got


def test_a_front_line_posts_area_is_its_units_too():
    ents = {"青禾供电所": "Company", "甲乙丙": "Person", "甲村": "Community", "乙村": "Community"}
    got = run("青禾供电所台区经理甲乙丙,负责甲村和邻近的乙村两个台区。", ents)
    assert {("青禾供电所", SERVES, "甲村", None), ("甲乙丙", SERVES, "甲村", None)} <= got
    got = run("青禾供电所所长甲乙丙,负责甲村和邻近的乙村两个台区。", ents)
    assert ("青禾供电所", SERVES, "甲村", None) not in got


def test_a_field_worker_arriving_brings_the_unit():
    ents = {"青禾燃气有限公司雁塔分公司": "Company", "甲乙丙": "Person", "甲社区": "Community"}
    got = run("10月24日,青禾燃气有限公司雁塔分公司的安检员甲乙丙和搭档一早来到甲社区,开始入户安全检查。", ents)
    assert {("青禾燃气有限公司雁塔分公司", SERVES, "甲社区", None), ("甲乙丙", SERVES, "甲社区", None)} <= got
    got = run("10月24日,青禾燃气有限公司雁塔分公司的客户经理甲乙丙一早来到甲社区,为物业办理手续。", ents)
    assert ("青禾燃气有限公司雁塔分公司", SERVES, "甲社区", None) not in got


def test_the_unit_that_set_the_team_up_serves_too():
    ents = {"“青禾光明”共产党员服务队": "Organization", "国网青禾供电公司": "Company", "甲村": "Community"}
    text = "“青禾光明”共产党员服务队由国网青禾供电公司牵头组建,2018年起把甲村定为联系点,队员们按楼栋划分网格。"
    got = run(text, ents)
    assert {("“青禾光明”共产党员服务队", SERVES, "甲村", None), ("国网青禾供电公司", SERVES, "甲村", None)} <= got
    near = "“青禾光明”共产党员服务队由国网青禾供电公司表彰,2018年起把甲村定为联系点,队员们按楼栋划分网格。"
    assert ("国网青禾供电公司", SERVES, "甲村", None) not in run(near, ents)


def test_a_quoted_team_name_then_its_team_word_arrives():
    # the team found by its quoted short name: the closing quote and 志愿服务队 glue it to the verb
    ents = {"国网青禾供电公司": "Company", "青禾": "Organization", "甲社区": "Community"}
    text = "8月18日一早,国网青禾供电公司“青禾”志愿服务队的队员们来到白水街道甲社区,为独居老人检修家用电器。"
    assert ("青禾", SERVES, "甲社区", None) in run(text, ents)


def test_scene_then_a_unit_delivering_there():
    ents = {"青禾供电分局": "Company", "甲乙丙": "Person", "甲街道": "Community", "白水区": "Place"}
    text = "在白水区甲街道,青禾供电分局青年突击队队长甲乙丙和队员们划着冲锋舟,把发电机送到被困的医院。"
    got = run(text, ents)
    assert ("青禾供电分局", SERVES, "甲街道", None) in got
    near = "在白水区甲街道,青禾供电分局青年突击队队长甲乙丙和队员们说起了往事。"
    assert not any(f[1] == SERVES for f in run(near, ents))
