"""Phrasing families added for unseen writers (events, service, subsidiaries, locations), on made-up
sentences with invented names; each with a near miss where it matters.
"""

from __future__ import annotations

from test_relations import run

CO = "国网青禾县供电公司"


# ---------------------------------------------------------------- events


def test_unit_whose_own_volunteers_hold_an_event_organises_it():
    text = "青禾支行的党员志愿者走进青禾社区,开展“金融知识进万家”宣传。"
    got = run(text, {"青禾支行": "Company", "青禾社区": "Community", "“金融知识进万家”宣传": "Event"})
    assert ("“金融知识进万家”宣传", "organizedBy", "青禾支行", None) in got
    assert ("青禾支行", "participatedIn", "“金融知识进万家”宣传", None) not in got


def test_units_listed_after_you_jointly_organise():
    text = "当天的反诈专项活动由某市公安分局与某电信分公司联合开展。"
    got = run(text, {"某市公安分局": "Organization", "某电信分公司": "Company", "反诈专项活动": "Event"})
    assert ("反诈专项活动", "organizedBy", "某市公安分局", None) in got
    assert ("反诈专项活动", "organizedBy", "某电信分公司", None) in got


def test_unit_pushing_a_project_in_listed_counties():
    text = f"5月以来,{CO}在甲县、乙县集中推进农网提升工程。"
    got = run(text, {CO: "Company", "甲县": "Place", "乙县": "Place", "农网提升工程": "Event"})
    assert ("农网提升工程", "organizedBy", CO, None) in got
    assert ("农网提升工程", "locatedIn", "甲县", None) in got
    assert ("农网提升工程", "locatedIn", "乙县", None) in got


# ---------------------------------------------------------------- service


def test_partnership_phrasings_serve_the_community():
    for tail in ("开展党建联建", "结成共建对子", "是“一对一”结对单位"):
        got = run(f"{CO}与青禾社区{tail}。", {CO: "Company", "青禾社区": "Community"})
        assert (CO, "servesCommunity", "青禾社区", None) in got, tail


def test_worker_described_after_a_community_scene():
    text = "6月10日上午,在青禾社区活动室里,某营业部的营业员吴某,正手把手教老人使用手机。"
    got = run(text, {"青禾社区": "Community", "某营业部": "Company", "吴某": "Person"})
    assert ("吴某", "servesCommunity", "青禾社区", None) in got


def test_community_post_before_a_name():
    got = run("青禾社区网格员古某说,老人们都认识他们。", {"青禾社区": "Community", "古某": "Person"})
    assert ("古某", "servesCommunity", "青禾社区", None) in got
    got = run("青禾社区党委书记邓某说,居民很欢迎。", {"青禾社区": "Community", "邓某": "Person"})
    assert not any(f[1] == "servesCommunity" for f in got)


def test_bare_village_is_the_articles_one_village():
    text = "青禾村位于山区。某水务集团董事长郑某也两次到村里实地调研。"
    got = run(text, {"青禾村": "Community", "某水务集团": "Company", "郑某": "Person"})
    assert ("郑某", "servesCommunity", "青禾村", None) in got


# ---------------------------------------------------------------- subsidiaries and employment


def test_group_noun_before_xiashu_names_the_parent():
    ents = {"某水务集团有限公司": "Company", "某自来水有限公司": "Company", "孔某": "Person"}
    text = "某水务集团有限公司选派干部驻村。孔某从集团下属的某自来水有限公司调到村里任第一书记。"
    got = run(text, ents)
    assert ("某自来水有限公司", "subsidiaryOf", "某水务集团有限公司", None) in got
    assert ("孔某", "worksFor", "某自来水有限公司", None) in got


def test_copula_with_xiashu_noun_and_as_member():
    got = run("甲县供电公司是乙市供电公司下属的县级供电企业。", {"甲县供电公司": "Company", "乙市供电公司": "Company"})
    assert ("甲县供电公司", "subsidiaryOf", "乙市供电公司", None) in got
    got = run("作为国网某省电力下属的地市供电企业,国网某市供电公司提前预置队伍。",
              {"国网某省电力": "Company", "国网某市供电公司": "Company"})
    assert ("国网某市供电公司", "subsidiaryOf", "国网某省电力", None) in got


def test_units_listed_as_grassroots_units_of_the_article_company():
    ents = {"某市供电局": "Company", "甲县供电局": "Company", "乙县供电局": "Company"}
    text = "某市供电局启动应急响应。某市供电局调集人员。甲县供电局、乙县供电局等基层单位组建突击队。"
    got = run(text, ents)
    assert ("甲县供电局", "subsidiaryOf", "某市供电局", None) in got
    assert ("乙县供电局", "subsidiaryOf", "某市供电局", None) in got


def test_branch_suffix_makes_a_compound_name():
    got = run("某银行股份有限公司青禾分行组织献血。某银行股份有限公司发布公告。",
              {"某银行股份有限公司青禾分行": "Company", "某银行股份有限公司": "Company"})
    assert ("某银行股份有限公司青禾分行", "subsidiaryOf", "某银行股份有限公司", None) in got


def test_government_bureau_gets_no_location_from_its_name():
    got = run("青禾县应急管理局开展演练。", {"青禾县应急管理局": "Organization", "青禾县": "Place"})
    assert ("青禾县应急管理局", "locatedIn", "青禾县", None) not in got


# ---------------------------------------------------------------- bylines


def test_foot_of_page_editors_report_the_document():
    text = "某公司开展巡检,张甲说线路正常。\n(编辑:李乙 审核:王丙)"
    got = run(text, {"某公司": "Company", "张甲": "Person", "李乙": "Person", "王丙": "Person"})
    assert ("t.txt", "reportedBy", "李乙", "编辑") in got
    assert ("t.txt", "reportedBy", "王丙", "审核") in got
    assert not any(f[1] == "reportedBy" and f[2] == "张甲" for f in got)


def test_unit_opening_the_sentence_serves_the_residents_of_a_later_clause():
    ents = {"国网某市供电公司": "Company", CO: "Company", "青禾村": "Community", "春风镇": "Place"}
    text = f"国网某市供电公司所属的{CO}派出服务队,对春风镇青禾村的用户逐户上门服务。"
    got = run(text, ents)
    assert (CO, "servesCommunity", "青禾村", None) in got
    assert ("国网某市供电公司", "servesCommunity", "青禾村", None) not in got


def test_team_set_up_by_a_body_is_the_subject_of_its_clause():
    ents = {"“汉水”青年志愿服务队": "Organization", "青禾社区": "Community"}
    got = run("段团委组建的“汉水”青年志愿服务队,每逢周末都会到青禾社区开展网格化服务。", ents)
    assert ("“汉水”青年志愿服务队", "servesCommunity", "青禾社区", None) in got


def test_supporter_of_an_event_held_at_a_venue_takes_part():
    ents = {"某银行分行": "Company", "爱心献血活动": "Event", "东区": "Place", "某市中心血站": "Organization"}
    text = "5月20日,某银行分行组织开展爱心献血活动。活动在东区某街道的采血点举行,由某市中心血站提供技术支持。"
    got = run(text, ents)
    assert ("某市中心血站", "participatedIn", "爱心献血活动", None) in got
    assert ("爱心献血活动", "locatedIn", "东区", None) in got
