"""Phrasing families any news writer uses (bare references to the article's event, community posts and
areas in charge, media outlets and an area's own bodies, a city unit's provincial company), on made-up
sentences with invented names; each with a near miss.
"""

from __future__ import annotations

from test_relations import run

CO = "国网青禾县供电公司"


# ---------------------------------------------------------------- events referred to by their kind


def test_attending_the_ceremony_refers_to_the_articles_ceremony():
    text = f"6月3日,{CO}与青禾镇举行党建共建签约仪式。某公司副总经理甲某、青禾镇党委副书记乙某出席签约仪式。"
    ents = {CO: "Company", "青禾镇": "Place", "党建共建签约仪式": "Event", "某公司": "Company",
            "甲某": "Person", "乙某": "Person"}
    got = run(text, ents)
    assert ("甲某", "participatedIn", "党建共建签约仪式", None) in got
    # near miss: attending a meeting does not refer to a ceremony
    got = run(text.replace("出席签约仪式", "出席会议"), ents)
    assert ("甲某", "participatedIn", "党建共建签约仪式", None) not in got


def test_attending_the_meeting_refers_to_the_articles_meeting():
    text = f"7月8日,{CO}召开安全警示教育大会。公司总经理丙某出席会议并讲话。"
    ents = {CO: "Company", "安全警示教育大会": "Event", "丙某": "Person"}
    assert ("丙某", "participatedIn", "安全警示教育大会", None) in run(text, ents)
    # near miss: a meeting word with no meeting named before refers to nothing
    text2 = f"7月8日,{CO}开展安全巡视行动。公司总经理丙某出席会议并讲话。"
    ents2 = {CO: "Company", "安全巡视行动": "Event", "丙某": "Person"}
    assert ("丙某", "participatedIn", "安全巡视行动", None) not in run(text2, ents2)


def test_accompanying_the_inspection_and_winning_a_contest():
    text = f"7月15日,某市公司副总经理丁某对青禾县开展迎峰度夏督导检查。{CO}经理戊某陪同检查。"
    ents = {"某市公司": "Company", "丁某": "Person", "青禾县": "Place", "迎峰度夏督导检查": "Event",
            CO: "Company", "戊某": "Person"}
    assert ("戊某", "participatedIn", "迎峰度夏督导检查", None) in run(text, ents)
    text = f"8月21日,某市公司举办配网带电作业技能比武。{CO}代表队获得团体冠军。"
    ents = {"某市公司": "Company", "配网带电作业技能比武": "Event", CO: "Company"}
    assert (CO, "participatedIn", "配网带电作业技能比武", None) in run(text, ents)
    # near miss: a champion of something else in an article with no contest
    text = f"8月21日,某市公司开展安全巡视行动。{CO}曾获得全省冠军。"
    ents = {"某市公司": "Company", "安全巡视行动": "Event", CO: "Company"}
    assert (CO, "participatedIn", "安全巡视行动", None) not in run(text, ents)


# ---------------------------------------------------------------- service


def test_post_held_in_a_community():
    ents = {"己某": "Person", "青禾社区": "Community"}
    got = run("己某是青禾社区的“电力网格员”,负责居民的用电服务。", ents)
    assert ("己某", "servesCommunity", "青禾社区", None) in got
    got = run("庚某和辛某被聘为青禾社区“电力网格员”。", {"庚某": "Person", "辛某": "Person", "青禾社区": "Community"})
    assert ("庚某", "servesCommunity", "青禾社区", None) in got
    assert ("辛某", "servesCommunity", "青禾社区", None) in got
    # near miss: a community official is not serving it
    got = run("己某是青禾社区的党委书记。", ents)
    assert ("己某", "servesCommunity", "青禾社区", None) not in got


def test_area_in_charge_and_contact_points():
    ents = {"壬某": "Person", "甲村": "Community", "乙村": "Community"}
    got = run("台区经理壬某,负责甲村和邻近的乙村两个台区。", ents)
    assert ("壬某", "servesCommunity", "甲村", None) in got
    assert ("壬某", "servesCommunity", "乙村", None) in got
    got = run("壬某把甲村、乙村划为自己的联系点。", ents)
    assert ("壬某", "servesCommunity", "乙村", None) in got
    # near miss: in charge of a village's project, not of its supply area
    got = run("壬某负责甲村的招商引资工作。", ents)
    assert ("壬某", "servesCommunity", "甲村", None) not in got


# ---------------------------------------------------------------- locations


def test_media_and_an_areas_own_committee_are_not_placed_by_their_name():
    got = run("来源:青禾县融媒体中心。", {"青禾县融媒体中心": "Organization", "青禾县": "Place"})
    assert not any(f[1] == "locatedIn" for f in got)
    got = run("青禾社区居民委员会主任癸某说。", {"青禾社区居民委员会": "Organization", "青禾社区": "Community",
                                                "癸某": "Person"})
    assert ("青禾社区居民委员会", "locatedIn", "青禾社区", None) not in got
    # near miss: a school named after its district is still placed there
    got = run("青禾县实验中学位于青禾县。", {"青禾县实验中学": "Organization", "青禾县": "Place"})
    assert ("青禾县实验中学", "locatedIn", "青禾县", None) in got


# ---------------------------------------------------------------- subsidiaries


def test_city_unit_under_the_provincial_company_of_its_province():
    text = "国网青海省电力公司部署迎峰度夏工作。国网青海西宁供电公司随即行动。"
    ents = {"国网青海省电力公司": "Company", "国网青海西宁供电公司": "Company"}
    assert ("国网青海西宁供电公司", "subsidiaryOf", "国网青海省电力公司", None) in run(text, ents)
    # near miss: no province shared by both names, no parent from the structure alone
    text = "国网青海省电力公司部署迎峰度夏工作。国网某市供电公司随即行动。"
    ents = {"国网青海省电力公司": "Company", "国网某市供电公司": "Company"}
    assert ("国网某市供电公司", "subsidiaryOf", "国网青海省电力公司", None) not in run(text, ents)


def test_speaking_at_the_meeting_refers_to_it():
    text = f"6月2日,{CO}举行安全生产月启动仪式。某所所长子某代表一线班组作表态发言。"
    ents = {CO: "Company", "安全生产月启动仪式": "Event", "某所": "Company", "子某": "Person"}
    assert ("子某", "participatedIn", "安全生产月启动仪式", None) in run(text, ents)
    # near miss: speaking with no meeting or ceremony named before
    text = f"6月2日,{CO}开展线路巡视行动。某所所长子某代表一线班组作表态发言。"
    ents = {CO: "Company", "线路巡视行动": "Event", "某所": "Company", "子某": "Person"}
    assert ("子某", "participatedIn", "线路巡视行动", None) not in run(text, ents)


def test_brigade_title_is_whole():
    got = run("某市公安局治安大队大队长丑某带队。", {"某市公安局治安大队": "Organization", "丑某": "Person"})
    assert ("丑某", "holdsPosition", "某市公安局治安大队", "大队长") in got
    assert ("丑某", "holdsPosition", "某市公安局治安大队", "队长") not in got


def test_holder_and_host_of_the_event_referred_to():
    text = f"5月26日,{CO}开展防汛应急综合演练。演练由某指挥中心组织,某县供电局具体承办,某县水务局派员观摩。"
    ents = {CO: "Company", "防汛应急综合演练": "Event", "某指挥中心": "Organization", "某县供电局": "Company",
            "某县水务局": "Organization"}
    got = run(text, ents, refs={"演练": "防汛应急综合演练"})
    assert ("防汛应急综合演练", "organizedBy", "某指挥中心", None) in got
    assert ("防汛应急综合演练", "organizedBy", "某县供电局", None) in got
    assert ("某县水务局", "participatedIn", "防汛应急综合演练", None) in got
    # near miss: a unit that organises its people for the event does not hold it
    text = f"5月26日,{CO}开展防汛应急综合演练。本次演练中,某县供电局组织人员参加。"
    got = run(text, {CO: "Company", "防汛应急综合演练": "Event", "某县供电局": "Company"})
    assert ("防汛应急综合演练", "organizedBy", "某县供电局", None) not in got


def test_activity_led_by_a_department_referred_to():
    text = f"6月1日,{CO}启动安全生产月活动。本次活动由安全监管部牵头组织,为期一个月。"
    ents = {CO: "Company", "安全生产月活动": "Event", "安全监管部": "Organization"}
    assert ("安全生产月活动", "organizedBy", "安全监管部", None) in run(text, ents)


def test_unit_running_a_quoted_campaign_named_before_its_head_noun():
    text = f"今年,{CO}开展“万家企业大走访”活动。"
    got = run(text, {CO: "Company", "万家企业大走访": "Event"})
    assert ("万家企业大走访", "organizedBy", CO, None) in got
    # near miss: joining a campaign with no head noun after it stays participation
    got = run(f"今年,{CO}参加“万家企业大走访”活动。", {CO: "Company", "万家企业大走访": "Event"})
    assert ("万家企业大走访", "organizedBy", CO, None) not in got


def test_bare_plant_or_station_noun_before_a_title():
    text = "某某水电站位于山谷。电站站长寅某说,今年来水偏丰。"
    got = run(text, {"某某水电站": "Company", "寅某": "Person"})
    assert ("寅某", "holdsPosition", "某某水电站", "站长") in got
    text = "某某风电场创下纪录。风电场场长卯某守在集控室。"
    got = run(text, {"某某风电场": "Company", "卯某": "Person"})
    assert ("卯某", "holdsPosition", "某某风电场", "场长") in got
    # near miss: the noun stands for a unit of its own kind only (场长 is no title at a 水电站)
    text = "某某水电站位于山谷。场长卯某说,今年来水偏丰。"
    got = run(text, {"某某水电站": "Company", "卯某": "Person"})
    assert ("卯某", "holdsPosition", "某某水电站", "场长") not in got


def test_post_taken_up_in_a_later_clause_and_a_team_named_after_its_company():
    ents = {"辰某": "Person", "某市供电公司带电作业班": "Company"}
    got = run("辰某是全国劳动模范,现任某市供电公司带电作业班班长。", ents)
    assert ("辰某", "holdsPosition", "某市供电公司带电作业班", "班长") in got
    ents = {"巳某": "Person", "某县供电公司": "Company", "“连心”共产党员服务队": "Organization"}
    got = run("巳某还是某县供电公司“连心”共产党员服务队的队员。", ents)
    assert ("巳某", "holdsPosition", "“连心”共产党员服务队", "队员") in got
    # near miss: a title of someone else named in the later clause is not the person's post
    ents = {"辰某": "Person", "午某": "Person", "某市供电公司": "Company"}
    got = run("辰某是全国劳动模范,午某现任某市供电公司总经理。", ents)
    assert ("辰某", "holdsPosition", "某市供电公司", "总经理") not in got


def test_named_partners_running_an_event_together_organise_it():
    text = f"3月18日,{CO}与某县公安局联合开展电力设施保护专项行动。"
    ents = {CO: "Company", "某县公安局": "Organization", "电力设施保护专项行动": "Event"}
    got = run(text, ents)
    assert ("电力设施保护专项行动", "organizedBy", CO, None) in got
    assert ("电力设施保护专项行动", "organizedBy", "某县公安局", None) in got
    # near miss: a partner the text does not name leaves the unit a participant
    got = run(f"3月18日,{CO}与当地政府联合开展电力设施保护专项行动。",
              {CO: "Company", "电力设施保护专项行动": "Event"})
    assert ("电力设施保护专项行动", "organizedBy", CO, None) not in got


def test_listed_persons_with_a_role_word_and_keeping_watch_in_a_village():
    ents = {"甲某": "Person", "乙某": "Person", "青禾社区": "Community"}
    got = run("所长甲某和党员乙某被聘为青禾社区“电力网格员”。", ents)
    assert ("甲某", "servesCommunity", "青禾社区", None) in got
    assert ("乙某", "servesCommunity", "青禾社区", None) in got
    got = run("甲某在青禾社区的配电房里守了一整夜。", ents)
    assert ("甲某", "servesCommunity", "青禾社区", None) in got
    # near miss: a person listed with a community official is not listed with the worker
    got = run("甲某和村支书乙某被聘为青禾社区“电力网格员”。", ents)
    assert ("甲某", "servesCommunity", "青禾社区", None) not in got


def test_persons_jointly_leading_the_event_referred_to():
    text = (f"3月18日,{CO}开展电力设施保护专项行动。"
            "行动由某县公安局大队长甲某和某公司副总经理乙某共同带队。")
    ents = {CO: "Company", "电力设施保护专项行动": "Event", "某县公安局": "Organization", "某公司": "Company",
            "甲某": "Person", "乙某": "Person"}
    got = run(text, ents)
    assert ("甲某", "participatedIn", "电力设施保护专项行动", None) in got
    assert ("乙某", "participatedIn", "电力设施保护专项行动", None) in got
    # near miss: persons after 由 who only report are not leading
    text = text.replace("共同带队", "共同介绍了情况")
    got = run(text, ents)
    assert ("甲某", "participatedIn", "电力设施保护专项行动", None) not in got


def test_year_before_the_event_name():
    text = f"6月2日,{CO}举行2026年安全生产月启动仪式,总经理甲某作动员讲话,党委书记乙某主持仪式。"
    ents = {CO: "Company", "安全生产月启动仪式": "Event", "甲某": "Person", "乙某": "Person"}
    got = run(text, ents)
    assert ("安全生产月启动仪式", "organizedBy", CO, None) in got
    assert ("甲某", "participatedIn", "安全生产月启动仪式", None) in got
    # near miss: a year that dates something else is no glue (2026年以来)
    got = run(f"{CO}举行2026年以来的第三次安全生产月启动仪式。", {CO: "Company", "安全生产月启动仪式": "Event"})
    assert ("安全生产月启动仪式", "organizedBy", CO, None) not in got


def test_bare_company_after_its_parent_named_in_passing_is_the_articles_company():
    text = ("某某新能源有限公司的风电场创下纪录。某某新能源有限公司是某某能源集团有限公司控股的企业。"
            "某某新能源有限公司今年扩建。公司副总经理甲某表示,将试点储能。")
    ents = {"某某新能源有限公司": "Company", "某某能源集团有限公司": "Company", "甲某": "Person"}
    got = run(text, ents)
    assert ("甲某", "holdsPosition", "某某新能源有限公司", "副总经理") in got
    # near miss: a customer company named just before is still the nearest 公司
    text = ("某某新能源有限公司的风电场创下纪录。某某新能源有限公司今年扩建。某某材料有限公司用上了绿电。"
            "公司总经理乙某表示很满意。")
    ents = {"某某新能源有限公司": "Company", "某某材料有限公司": "Company", "乙某": "Person"}
    got = run(text, ents)
    assert ("乙某", "holdsPosition", "某某材料有限公司", "总经理") in got


def test_agreement_signed_with_a_villages_party_branch():
    text = "6月30日,某县供电公司甲供电所党支部与乙镇丙村党支部签订党建联建协议。"
    ents = {"某县供电公司甲供电所": "Company", "某县供电公司甲供电所党支部": "Organization", "乙镇": "Place",
            "丙村党支部": "Organization", "丙村": "Community"}
    got = run(text + "丙村位于山区。某县供电公司甲供电所就在镇上。", ents)
    assert ("某县供电公司甲供电所党支部", "servesCommunity", "丙村", None) in got
    assert ("某县供电公司甲供电所", "servesCommunity", "丙村", None) in got
    # near miss: a branch that only meets the village's branch signs nothing
    got = run(text.replace("签订党建联建协议", "座谈") + "丙村位于山区。", ents)
    assert not any(f[1] == "servesCommunity" for f in got)


def test_bare_company_after_a_county_unit_is_the_articles_grid_company():
    text = ("国网某市供电公司召开推进会。国网某市供电公司部署工作。国网某县供电公司的负责人在分会场参加会议。"
            "会后公司将派出督导组,由副总经理甲某带队。")
    ents = {"国网某市供电公司": "Company", "国网某县供电公司": "Company", "甲某": "Person"}
    got = run(text, ents)
    assert ("甲某", "holdsPosition", "国网某市供电公司", "副总经理") in got
    assert ("甲某", "holdsPosition", "国网某县供电公司", "副总经理") not in got


def test_customer_company_after_its_town():
    ents = {"青禾镇": "Place", "某某米业有限公司": "Company"}
    got = run("当天,两人还走访了青禾镇的某某米业有限公司。", ents)
    assert ("某某米业有限公司", "locatedIn", "青禾镇", None) in got
    # near miss: a grid unit written after a town is not placed by it
    ents = {"青禾镇": "Place", "国网某县供电公司": "Company"}
    got = run("当天,青禾镇的国网某县供电公司员工上门服务。", ents)
    assert not any(f[1] == "locatedIn" for f in got)


def test_village_whose_branch_is_written_after_its_town():
    ents = {"青禾镇": "Place", "丙村党支部": "Organization", "丙村": "Community", "丁某": "Person"}
    got = run("青禾镇丙村党支部书记丁某说。丙村位于山区。", ents)
    assert ("丙村", "locatedIn", "青禾镇", None) in got
    # near miss: a town's own party committee places no village
    ents = {"青禾镇": "Place", "青禾镇党委": "Organization", "丁某": "Person"}
    got = run("某县青禾镇党委书记丁某说。青禾镇位于山区。", ents)
    assert not any(f[1] == "locatedIn" and f[0] != "青禾镇" for f in got)


def test_village_committee_post_is_not_at_the_party_branch():
    ents = {"丙村党支部": "Organization", "丁某": "Person"}
    got = run("丙村党支部书记、村委会主任丁某说。", ents)
    assert ("丁某", "holdsPosition", "丙村党支部", "党支部书记") in got
    assert ("丁某", "holdsPosition", "丙村党支部", "主任") not in got
    # near miss: an office director of the unit itself keeps the title
    ents = {"某县供电公司": "Company", "丁某": "Person"}
    got = run("某县供电公司党委书记、办公室主任丁某说。", ents)
    assert ("丁某", "holdsPosition", "某县供电公司", "党委书记") in got


def test_units_a_group_owns_and_a_plant_described_as_its_largest():
    ents = {"某某绿能公司": "Company", "某某能源集团有限公司": "Company", "甲光伏电站": "Company", "乙风电场": "Company"}
    got = run("某某绿能公司是某某能源集团有限公司控股的新能源企业,旗下还有甲光伏电站和乙风电场。", ents)
    assert ("甲光伏电站", "subsidiaryOf", "某某绿能公司", None) in got
    assert ("乙风电场", "subsidiaryOf", "某某绿能公司", None) in got
    ents = {"丙水电站": "Company", "某某水电开发集团有限公司": "Company"}
    got = run("丙水电站,总装机容量12万千瓦,是某某水电开发集团有限公司旗下规模最大的电站。", ents)
    assert ("丙水电站", "subsidiaryOf", "某某水电开发集团有限公司", None) in got
    # near misses: a customer the group supplies is not owned; a plant compared with a group's is not its
    got = run("某某绿能公司向甲光伏电站供电,旗下员工300人。", {"某某绿能公司": "Company", "甲光伏电站": "Company"})
    assert not any(f[1] == "subsidiaryOf" for f in got)
    got = run("丙水电站,总装机容量12万千瓦,超过某某水电开发集团有限公司旗下的电站。", ents)
    assert not any(f[1] == "subsidiaryOf" for f in got)


def test_post_in_the_bare_community_of_the_sentence():
    ents = {"某区供电公司": "Company", "青禾社区": "Community", "戌某": "Person"}
    got = run("某区供电公司与青禾社区结对共建,戌某成了社区的“驻点电力员”。", ents)
    assert ("戌某", "servesCommunity", "青禾社区", None) in got
    # near miss: two communities named, the bare one is unclear
    ents["白石社区"] = "Community"
    got = run("某区供电公司与青禾社区、白石社区结对共建,戌某成了社区的“驻点电力员”。", ents)
    assert ("戌某", "servesCommunity", "青禾社区", None) not in got


def test_bare_power_company_noun_before_a_title():
    text = "国网青禾县供电公司与某街道签约。签约后,供电公司党员网格员亥某把电话贴到了楼道口。"
    ents = {"国网青禾县供电公司": "Company", "某街道": "Place", "亥某": "Person"}
    got = run(text, ents)
    assert ("亥某", "holdsPosition", "国网青禾县供电公司", "党员网格员") in got
    # near miss: a noun naming no unit of the article gives no post
    got = run("某街道签约。签约后,供电公司党员网格员亥某把电话贴到了楼道口。", {"某街道": "Place", "亥某": "Person"})
    assert not any(f[1] == "holdsPosition" for f in got)


def test_person_opening_the_sentence_serves_the_village_of_a_later_adverb_clause():
    ents = {"青禾供电所": "Company", "钱某某": "Person", "柏树村": "Community", "青禾镇": "Place"}
    got = run("钱某某是青禾供电所的台区经理,常年为青禾镇柏树村的留守老人上门服务。", ents)
    assert ("钱某某", "servesCommunity", "柏树村", None) in got
    # traditional script: 爲 is 为
    trad = {"青禾供电所": "Company", "钱某某": "Person", "柏樹村": "Community", "青禾鎮": "Place"}
    got = run("钱某某是青禾供电所的台区经理,常年爲青禾鎮柏樹村的留守老人上門服務。", trad)
    assert ("钱某某", "servesCommunity", "柏樹村", None) in got
    # near miss: the person only speaks; who serves the village is not written
    got = run("钱某某介绍,常年为青禾镇柏树村的留守老人上门服务。", ents)
    assert not any(f[1] == "servesCommunity" for f in got)
    # near miss: another person acts in between
    got = run("钱某某说,孙某某常年为柏树村的老人上门服务。", {**ents, "孙某某": "Person"})
    assert ("钱某某", "servesCommunity", "柏树村", None) not in got


def test_staff_after_suoli_belong_to_the_station_named_before():
    co, st = "青禾县供电局", "青禾供电所"
    ents = {co: "Company", st: "Company", "梁某某": "Person", "甲某某": "Person", "乙某某": "Person"}
    text = f"{co}开展安全月活动。{st}所长梁某某发言。梁某某说,所里将加强检查,员工甲某某、乙某某已报名参加竞赛。"
    got = run(text, ents)
    assert ("甲某某", "worksFor", st, None) in got and ("乙某某", "holdsPosition", st, "员工") in got
    assert ("甲某某", "worksFor", co, None) not in got
    # near miss: no 所里; staff with no unit written are the article's company's
    text = f"{co}开展安全月活动。{st}所长梁某某发言。梁某某说,员工甲某某、乙某某已报名参加竞赛。"
    got = run(text, ents)
    assert ("甲某某", "worksFor", st, None) not in got


def test_posts_in_a_team_sent_to_a_village_are_held_at_the_sending_unit():
    co = "国网青禾供电公司"
    ents = {co: "Company", "甲某某": "Person", "柏树村": "Community"}
    text = f"2024年起,{co}向柏树村派驻乡村振兴驻村工作队,由甲某某任第一书记兼工作队队长。"
    got = run(text, ents)
    assert ("甲某某", "holdsPosition", co, "第一书记") in got
    assert ("甲某某", "holdsPosition", co, "工作队队长") in got
    assert ("甲某某", "servesCommunity", "柏树村", None) in got
    assert (co, "servesCommunity", "柏树村", None) in got
    # near miss: the unit gives the village goods; who became first secretary is not its staff
    text = f"2024年起,{co}向柏树村捐赠物资,驻村工作队由甲某某任第一书记。"
    got = run(text, ents)
    assert ("甲某某", "holdsPosition", co, "第一书记") not in got


def test_a_unit_named_before_the_next_title_in_a_list_is_that_persons_unit():
    co, br = "国网青禾供电公司", "青禾区供电分公司"
    ents = {co: "Company", "运维检修部": "Company", br: "Company", "甲某某": "Person", "乙某某": "Person"}
    text = f"{co}副总经理丙某一行督导检查。公司运维检修部主任甲某某、{br}经理乙某某陪同检查。"
    got = run(text, {**ents, "丙某": "Person"})
    assert ("乙某某", "holdsPosition", br, "经理") in got
    assert ("乙某某", "holdsPosition", "运维检修部", "经理") not in got
    # near miss: no unit before the second title: the list shares the first unit
    got = run(f"{co}运维检修部主任甲某某、副主任乙某某陪同检查。", ents)
    assert any(f[0] == "乙某某" and f[1] == "holdsPosition" and f[3] == "副主任" for f in got)
