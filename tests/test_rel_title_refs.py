"""Titles whose unit is a reference or the clause's subject (rel_title_refs), on made-up sentences.

Each test states one phrasing family and, where it matters, a near miss that must give nothing.
"""

from __future__ import annotations

from test_relations import run

CO = "国网青禾县供电公司"


def test_titles_listed_after_a_meeting_belong_to_the_convening_unit():
    text = f"{CO}部署工作。1月9日,该公司召开保电推进会,总经理甲乙丙、党委书记丁戊出席。"
    got = run(text, {CO: "Company", "甲乙丙": "Person", "丁戊": "Person", "保电推进会": "Event"})
    assert ("甲乙丙", "holdsPosition", CO, "总经理") in got
    assert ("丁戊", "holdsPosition", CO, "党委书记") in got
    assert ("丁戊", "worksFor", CO, None) in got
    # the people who attend take part; the company organises
    assert ("甲乙丙", "participatedIn", "保电推进会", None) in got
    assert ("保电推进会", "organizedBy", CO, None) in got


def test_title_after_an_event_clause_goes_to_its_subject():
    text = "1月10日,某市供电局在东区举行应急演练,副局长韩某某担任总指挥。"
    got = run(text, {"某市供电局": "Company", "韩某某": "Person", "应急演练": "Event"})
    assert ("韩某某", "holdsPosition", "某市供电局", "副局长") in got
    assert ("韩某某", "participatedIn", "应急演练", None) in got


def test_reference_noun_before_titles_names_the_group():
    text = "青禾水务集团有限公司发布年报。集团党委书记、董事长周某说,今年要扩大供水。"
    got = run(text, {"青禾水务集团有限公司": "Company", "周某": "Person"})
    assert ("周某", "holdsPosition", "青禾水务集团有限公司", "党委书记") in got
    assert ("周某", "holdsPosition", "青禾水务集团有限公司", "董事长") in got


def test_bare_company_noun_skips_the_units_listed_as_its_subsidiaries():
    ents = {CO: "Company", "甲镇供电公司": "Company", "乙镇供电公司": "Company", "何某": "Person"}
    text = f"{CO}推行三零服务。公司所属的甲镇供电公司、乙镇供电公司设立服务点。公司党委书记何某带队走访企业。"
    got = run(text, ents)
    assert ("何某", "holdsPosition", CO, "党委书记") in got
    assert not any(f[0] == "何某" and f[2] != CO for f in got if f[1] == "holdsPosition")
    assert ("甲镇供电公司", "subsidiaryOf", CO, None) in got


def test_shared_title_for_a_listed_team_after_a_departments_person():
    ents = {"国网青禾县供电公司营销部": "Company", CO: "Company", "白某": "Person", "马某": "Person",
            "王某": "Person"}
    text = f"{CO}优化营商环境。国网青禾县供电公司营销部主任白某介绍,公司在园区设立驿站,由客户经理马某、王某轮流驻点。"
    got = run(text, ents)
    for name in ("马某", "王某"):
        assert (name, "holdsPosition", CO, "客户经理") in got


def test_title_must_fit_its_unit():
    text = "青禾村驻村工作队由国网青禾县供电公司选派,队长、第一书记杨某已在村里工作两年。"
    got = run(text, {"青禾村": "Community", CO: "Company", "杨某": "Person"})
    assert ("杨某", "holdsPosition", CO, "第一书记") in got
    assert ("杨某", "holdsPosition", CO, "队长") not in got


def test_community_between_stops_the_search():
    text = f"{CO}与青禾社区结对共建,党委书记邓某说,居民很欢迎。"
    got = run(text, {CO: "Company", "青禾社区": "Community", "邓某": "Person"})
    assert not any(f[0] == "邓某" for f in got)
    assert (CO, "servesCommunity", "青禾社区", None) in got


def test_department_before_title_stays_in_the_post():
    text = "某能源公司负责管网调度,其调度中心主任王某告诉记者,管网压力稳定。"
    got = run(text, {"某能源公司": "Company", "王某": "Person"})
    assert ("王某", "holdsPosition", "某能源公司", "调度中心主任") in got


def test_concurrent_posts_split_at_jian():
    got = run("某车站站长兼书记李某带头献血。", {"某车站": "Company", "李某": "Person"})
    assert ("李某", "holdsPosition", "某车站", "站长") in got
    assert ("李某", "holdsPosition", "某车站", "书记") in got


def test_team_leader_holds_the_team_post_at_the_unit_that_formed_the_team():
    ents = {CO: "Company", "甲某某": "Person", "乙某某": "Person", "丙某某": "Person", "柏树村": "Community"}
    text = f"当晚,{CO}组织共产党员服务队,连夜赶往柏树村抢修。服务队队长甲某某带着乙某某、丙某某等8名党员,冒雨立杆架线。"
    got = run(text, ents)
    assert ("甲某某", "holdsPosition", CO, "服务队队长") in got
    assert ("甲某某", "worksFor", CO, None) in got
    assert ("乙某某", "worksFor", CO, None) in got and ("丙某某", "worksFor", CO, None) in got
    # near miss: no unit formed a team before; the leader's unit is not written
    text = f"{CO}召开会议。服务队队长甲某某带着乙某某、丙某某等8名党员,冒雨立杆架线。"
    got = run(text, ents)
    assert not any(f[0] in ("甲某某", "乙某某") and f[1] in ("worksFor", "holdsPosition") for f in got)
    # near miss: persons met by the leader, not listed as members (no 等N名党员)
    text = f"当晚,{CO}组织共产党员服务队赶往柏树村。服务队队长甲某某带着乙某某,看望了村民丙某某。"
    got = run(text, ents)
    assert ("丙某某", "worksFor", CO, None) not in got


def test_project_party_named_by_its_role_is_the_unit_doing_that_work():
    a, b = "青禾送变电工程有限公司", "青禾电力监理有限公司"
    ents = {a: "Company", b: "Company", "甲某某": "Person", "乙某某": "Person"}
    text = f"工程由{a}施工,{b}负责监理。施工方项目经理甲某某介绍,今年雨水偏多。监理方总监理工程师乙某某带领团队驻场。"
    got = run(text, ents)
    assert ("甲某某", "holdsPosition", a, "项目经理") in got
    assert ("乙某某", "holdsPosition", b, "总监理工程师") in got
    # near miss: the builder is not named; the supervisor is not the builder
    text = f"工程由外地队伍施工,{b}负责监理。施工方项目经理甲某某介绍,今年雨水偏多。"
    got = run(text, ents)
    assert not any(f[0] == "甲某某" and f[2] == b for f in got)


def test_titled_colleagues_in_a_row_share_the_unit_of_the_clause_before():
    a = "青禾供电局"
    ents = {a: "Company", "甲某某": "Person", "乙某某": "Person"}
    text = f"节前,{a}就成立了保供电工作组,局长甲某某任组长,副局长兼安全总监乙某某具体负责现场协调。"
    got = run(text, ents)
    assert ("甲某某", "holdsPosition", a, "局长") in got  # 局长 is a title, not the noun 局 and 长
    assert ("乙某某", "holdsPosition", a, "副局长") in got
    assert ("乙某某", "holdsPosition", a, "安全总监") in got
    # near miss: a villager opens the clause before; the title may be another body's
    text = f"节前,{a}成立了工作组,村民甲某某任联络员,副局长乙某某负责协调。"
    got = run(text, ents)
    assert not any(f[0] == "乙某某" for f in got if f[1] == "holdsPosition")


def test_team_members_after_a_titled_person_work_for_the_same_unit():
    c = "青禾区供电服务中心"
    ents = {c: "Company", "甲某某": "Person", "乙某某": "Person", "丙某某": "Person"}
    text = f"{c}负责北段保电任务,中心主任甲某某和党员服务队队员乙某某、丙某某分守4个医疗点。"
    got = run(text, ents)
    assert ("乙某某", "worksFor", c, None) in got and ("丙某某", "worksFor", c, None) in got
    assert not any(f[0] == "乙某某" and f[1] == "holdsPosition" for f in got)


def test_a_partner_or_community_official_after_a_unit_gets_no_post_there():
    c = "青禾区供电服务中心"
    ents = {c: "Company", "甲某某": "Person", "乙某某": "Person", "青禾社区": "Community"}
    text = f"在青禾社区,{c}电力网格员甲某某来到服务站,与社区书记乙某某核对临时用电负荷。"
    got = run(text, ents)
    assert not any(f[0] == "乙某某" and f[2] == c for f in got)


def test_bare_company_after_a_copula_sentence_is_its_subject():
    ents = {"青禾绿能有限公司": "Company", "青禾能源投资集团有限公司": "Company", "赵某": "Person"}
    text = "青禾绿能有限公司是青禾能源投资集团有限公司控股的企业。公司副总经理赵某表示,将试点储能。"
    got = run(text, ents)
    assert ("赵某", "holdsPosition", "青禾绿能有限公司", "副总经理") in got
    assert not any(f[0] == "赵某" and f[2] == "青禾能源投资集团有限公司" for f in got)
    # the subject decides, not the name: a group described by the copula is the one meant
    text = "青禾能源投资集团有限公司是青禾绿能有限公司的控股股东。公司副总经理赵某表示,将试点储能。"
    got = run(text, ents)
    assert ("赵某", "holdsPosition", "青禾能源投资集团有限公司", "副总经理") in got


def test_centre_noun_before_a_title_and_a_colleague_after_it():
    unit = "国网青禾县供电公司客户服务中心"
    ents = {unit: "Company", "甲乙丙": "Person", "丁戊": "Person"}
    text = f"企业提出申请后,{unit}成立专班,中心主任甲乙丙担任专班负责人,客户经理丁戊全程跟进。"
    got = run(text, ents)
    assert ("甲乙丙", "holdsPosition", unit, "主任") in got
    assert ("丁戊", "holdsPosition", unit, "客户经理") in got


def test_head_of_a_power_station_is_its_factory_head():
    ents = {"青禾水电站": "Company", "甲乙丙": "Person"}
    got = run("青禾水电站召开防汛会。电站厂长甲乙丙要求逐岗检查。", ents)
    assert ("甲乙丙", "holdsPosition", "青禾水电站", "厂长") in got


def test_a_place_before_the_next_title_names_another_body():
    ents = {"青禾供电局": "Company", "甲乙丙": "Person", "丁戊己": "Person"}
    got = run("青禾供电局副局长甲乙丙、白水市副局长丁戊己在观摩席上观看。", ents)
    assert ("甲乙丙", "holdsPosition", "青禾供电局", "副局长") in got
    assert not any(f[0] == "丁戊己" and f[2] == "青禾供电局" for f in got)
    same = run("青禾供电局副局长甲乙丙、副局长丁戊己在观摩席上观看。", ents)
    assert ("丁戊己", "holdsPosition", "青禾供电局", "副局长") in same


def test_worked_at_the_unit_after_an_adverb():
    ents = {"青禾县供电公司配电运检班": "Organization", "甲乙丙": "Person"}
    got = run("甲乙丙已在青禾县供电公司配电运检班工作了8年。", ents)
    assert ("甲乙丙", "worksFor", "青禾县供电公司配电运检班", None) in got
    assert not any(f[1] == "worksFor" for f in run("甲乙丙已在青禾县供电公司配电运检班门口等候。", ents))
