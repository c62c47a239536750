"""servesCommunity phrasings about people and the units they act for (rel_service), on made-up
sentences: one family per test, with a near miss where it matters."""

from __future__ import annotations

from test_relations import run

CO = "国网青禾县供电公司"


def test_bare_village_entered_or_restored():
    ents = {"青禾村": "Community", "甲乙丙": "Person", "丁戊": "Person", "己庚": "Person"}
    text = ("青禾村地处山区。所长甲乙丙、党员丁戊定期进村开展电力体检。"
            "队长己庚带着丁戊等8名党员冒雨架线,至凌晨4时,全村327户恢复供电。")
    got = run(text, ents)
    assert ("甲乙丙", "servesCommunity", "青禾村", None) in got
    assert ("丁戊", "servesCommunity", "青禾村", None) in got
    assert ("己庚", "servesCommunity", "青禾村", None) in got


def test_resident_or_advanced_village_is_no_service():
    ents = {"青禾村": "Community", "甲乙丙": "Person", "丁戊": "Person"}
    text = "青禾村地处山区。村民甲乙丙说,看到抢修车开进村,心里就有底了。丁戊介绍,该乡推进村级电网改造。"
    got = run(text, ents)
    assert not any(f[1] == "servesCommunity" for f in got)


def test_post_in_the_village_before_other_posts():
    ents = {"青禾村": "Community", "白水村": "Community", "青禾县农业农村局": "Organization",
            "青禾县供电公司": "Company", "甲乙丙": "Person", "丁戊": "Person"}
    text = ("“青禾村驻村第一书记、青禾县农业农村局干部甲乙丙说。"
            "驻白水村工作队队员、青禾县供电公司员工丁戊说,村里有位老人腿脚不便。")
    got = run(text, ents)
    assert ("甲乙丙", "servesCommunity", "青禾村", None) in got
    assert ("丁戊", "servesCommunity", "白水村", None) in got


def test_community_as_the_units_contact_point():
    ents = {"光华社区": "Community", "青禾供电服务中心": "Company", "甲乙丙": "Person"}
    text = "光华社区是青禾供电服务中心的党建联系点,中心主任甲乙丙带着党员上门为社区里的孤寡老人检查线路。"
    got = run(text, ents)
    assert ("青禾供电服务中心", "servesCommunity", "光华社区", None) in got
    assert ("甲乙丙", "servesCommunity", "光华社区", None) in got
    # near miss: a community that is only where the unit sits is no contact point
    got = run("光华社区是青禾供电服务中心的所在地。", {"光华社区": "Community", "青禾供电服务中心": "Company"})
    assert not any(f[1] == "servesCommunity" for f in got)


def test_also_a_community_post_of_the_sentence_subject():
    ents = {"前湾社区": "Community", "青禾供电所": "Company", "甲乙丙": "Person"}
    got = run("甲乙丙既是青禾供电所的营业员,也是前湾社区网格员。", ents)
    assert ("甲乙丙", "servesCommunity", "前湾社区", None) in got
    # near miss: after a speech verb the later clause is someone else's words
    got = run("甲乙丙说,也是前湾社区网格员的功劳。", ents)
    assert not any(f[1] == "servesCommunity" for f in got)


def test_team_that_takes_a_village_as_contact_point():
    team = "青禾“光明”共产党员服务队"
    ents = {team: "Organization", CO: "Company", "丽华村": "Community", "甲乙丙": "Person"}
    text = f"甲乙丙所在的{team}由{CO}牵头组建,2018年起把丽华村定为联系点。"
    got = run(text, ents)
    assert (team, "servesCommunity", "丽华村", None) in got
    assert ("甲乙丙", "servesCommunity", "丽华村", None) in got


def test_crew_at_the_scene_the_sentence_before_names():
    ents = {"鹿角村": "Community", "甲乙丙": "Person", "丁戊": "Person", "吕某某": "Person"}
    text = "鹿角村村民吕某某家的养鸡场停了电。甲乙丙和丁戊先给他家拉了一根临时线。"
    got = run(text, ents)
    assert ("甲乙丙", "servesCommunity", "鹿角村", None) in got
    assert ("丁戊", "servesCommunity", "鹿角村", None) in got
    assert ("吕某某", "servesCommunity", "鹿角村", None) not in got


def test_no_scene_across_a_paragraph_or_without_home_work():
    ents = {"鹿角村": "Community", "甲乙丙": "Person"}
    # near misses: a new paragraph, and work that is not at people's homes
    assert not any(f[1] == "servesCommunity" for f in run("鹿角村停了电。\n甲乙丙先给他家拉了一根临时线。", ents))
    assert not any(f[1] == "servesCommunity" for f in run("鹿角村停了电。甲乙丙在变电站值守了一夜。", ents))
    assert not any(f[1] == "servesCommunity" for f in run("鹿角村停了电。甲乙丙说,要为居民多想一步。", ents))


def test_arrival_reaches_the_community_after_its_street_and_de():
    ents = {"红旗街道": "Community", "湖西社区": "Community", "甲乙丙": "Person"}
    got = run("网格员甲乙丙就来到了长春市朝阳区红旗街道的湖西社区,检查配电箱。", ents)
    assert ("甲乙丙", "servesCommunity", "湖西社区", None) in got
    assert ("甲乙丙", "servesCommunity", "红旗街道", None) not in got


def test_agreement_or_joint_service_with_the_communitys_own_body():
    ents = {CO: "Company", "青禾区五三街道党工委": "Organization", "五三街道": "Community",
            "柳林社区居委会": "Organization", "柳林社区": "Community"}
    text = (f"五三街道位于城区。会后,{CO}与青禾区五三街道党工委签订了共建协议。"
            f"柳林社区是老小区。{CO}与柳林社区居委会联合开展“暖冬”入户走访活动。")
    got = run(text, ents)
    assert (CO, "servesCommunity", "五三街道", None) in got
    assert (CO, "servesCommunity", "柳林社区", None) in got
    # near miss: running an unnamed activity together is no service of the community
    got = run(f"柳林社区是老小区。活动由{CO}与柳林社区居委会联合开展。", ents)
    assert (CO, "servesCommunity", "柳林社区", None) not in got


def test_bare_team_noun_is_the_articles_one_named_team():
    team = "青禾县供电公司“电小二”志愿服务队"
    ents = {team: "Organization", "花木街道": "Community", "锦绣苑小区": "Community"}
    text = f"{team}成立六年。六年来,服务队志愿服务花木街道的居民区。当天下午,队员们又来到附近的锦绣苑小区。"
    got = run(text, ents)
    assert (team, "servesCommunity", "花木街道", None) in got
    assert (team, "servesCommunity", "锦绣苑小区", None) in got
    # near miss: two named teams, no telling which one is meant
    ents2 = dict(ents, **{"青禾县供电公司“光明”突击队": "Organization"})
    got = run("青禾县供电公司“光明”突击队也来了。" + text, ents2)
    assert (team, "servesCommunity", "锦绣苑小区", None) not in got


def test_station_word_signs_for_the_articles_station():
    unit = "青禾县供电公司白水供电所"
    ents = {unit: "Company", "多隆村": "Community"}
    got = run(f"{unit}管着全镇的用电。所里还与多隆村结成了共建对子,每月开展便民日活动。", ents)
    assert (unit, "servesCommunity", "多隆村", None) in got
    # near miss: with no station named, 所里 stands for nothing
    got = run("所里还与多隆村结成了共建对子。", {"多隆村": "Community"})
    assert not any(f[1] == "servesCommunity" for f in got)


def test_also_the_bare_communitys_post_with_the_articles_one_community():
    ents = {"濂溪社区": "Community", "青禾营业部": "Company", "甲乙丙": "Person"}
    text = "该公司与濂溪社区开展党建联建。青禾营业部主任甲乙丙既是服务队队长,也是社区的兼职网格员。"
    got = run(text, ents)
    assert ("甲乙丙", "servesCommunity", "濂溪社区", None) in got
    # near miss: two communities in the article, no telling which
    ents2 = dict(ents, 白塔社区="Community")
    got = run("白塔社区也来了。" + text, ents2)
    assert not any(f[0] == "甲乙丙" and f[1] == "servesCommunity" for f in got)


def test_titled_person_signs_an_agreement_for_the_unit_of_the_post():
    unit = "青禾供电公司朝阳区供电中心"
    ents = {unit: "Company", "红旗街道": "Community", "甲乙丙": "Person"}
    got = run(f"据悉,{unit}主任甲乙丙还与红旗街道签订了结对共建协议。", ents)
    assert ("甲乙丙", "servesCommunity", "红旗街道", None) in got
    assert (unit, "servesCommunity", "红旗街道", None) in got
    # near miss: an untitled person signing is no unit's agreement
    got = run("居民甲乙丙还与红旗街道签订了结对共建协议。", {"红旗街道": "Community", "甲乙丙": "Person"})
    assert not any(f[1] == "servesCommunity" for f in got)


def test_worker_at_a_residents_home_serves_the_residents_village():
    ents = {"枫林村": "Community", "谭某某": "Person", "甲乙丙": "Person"}
    got = run("去年冬天,枫林村独居老人谭某某家线路老化,台区经理甲乙丙上门服务,半天就换好了新线。", ents)
    assert ("甲乙丙", "servesCommunity", "枫林村", None) in got
    assert ("谭某某", "servesCommunity", "枫林村", None) not in got
    # near miss: work that is not at the home
    got = run("去年冬天,枫林村独居老人谭某某家线路老化,台区经理甲乙丙在办公室填报表。", ents)
    assert ("甲乙丙", "servesCommunity", "枫林村", None) not in got


def test_on_site_unit_cleaning_equipment_in_the_village():
    unit = "青禾供电局变电管理所"
    ents = {unit: "Company", "朝烈村": "Community", "博鳌镇": "Place"}
    got = run(f"在博鳌镇朝烈村,{unit}的支援队员正在清洗被泥水泡过的环网柜。", ents)
    assert (unit, "servesCommunity", "朝烈村", None) in got


def test_worker_in_charge_of_villages_by_count():
    ents = {"多隆村": "Community", "沙加村": "Community", "甲乙丙": "Person"}
    got = run("去年起,供电所把全镇划分成9个网格,甲乙丙分管的是多隆村和沙加村两个村。", ents)
    assert ("甲乙丙", "servesCommunity", "多隆村", None) in got
    assert ("甲乙丙", "servesCommunity", "沙加村", None) in got


def test_speaker_reporting_about_the_village_is_no_worker_there():
    ents = {"榜寨村": "Community", "甲乙丙": "Person", "丁戊": "Person"}
    text = "榜寨村种茶。镇党委书记甲乙丙在揭牌时表示,服务站建在村里,是办实事。"
    assert not any(f[0] == "甲乙丙" and f[1] == "servesCommunity" for f in run(text, ents))
    # near miss: the speaker's own group acts
    text = "榜寨村种茶。服务队队长丁戊介绍,他们还为村里的独居老人建立了档案。"
    assert ("丁戊", "servesCommunity", "榜寨村", None) in run(text, ents)


def test_work_done_for_the_community_itself():
    ents = {"白水村": "Community", "青禾供电所": "Company", "甲乙丙": "Person"}
    got = run("青禾供电所所长甲乙丙为受灾最重的白水村架设了临时线路。", ents)
    assert ("甲乙丙", "servesCommunity", "白水村", None) in got
    # near miss: a plan for the village's future is no work done there
    got = run("青禾供电所所长甲乙丙为白水村的发展出谋划策。", ents)
    assert ("甲乙丙", "servesCommunity", "白水村", None) not in got
