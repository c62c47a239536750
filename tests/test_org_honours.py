"""honoredBy phrasings of award ceremonies (made-up sentences, invented names), each with a near miss."""

from __future__ import annotations

from test_relations import run

BODY = "青禾供电公司党委"


def test_bestowing_on_people_listed_with_units_and_titles():
    text = (f"会上,{BODY}授予东区供电中心等20个单位“先进集体”称号,授予东区供电中心副主任甲某、"
            "西区供电所所长乙某等58人“先进个人”称号。")
    ents = {BODY: "Organization", "东区供电中心": "Company", "西区供电所": "Company", "甲某": "Person",
            "乙某": "Person"}
    got = run(text, ents)
    assert ("甲某", "honoredBy", BODY, "先进个人") in got
    assert ("乙某", "honoredBy", BODY, "先进个人") in got
    # near miss: people named after the award are not the ones it honours
    text2 = f"会上,{BODY}授予东区供电中心“先进集体”称号,副主任甲某代表单位领奖。"
    assert not any(f[1] == "honoredBy" for f in run(text2, ents))


def test_award_at_the_ceremony_the_body_held():
    text = (f"6月30日,{BODY}召开“两优一先”表彰大会。会上,甲某、乙某等15人被授予“优秀共产党员”称号;"
            "丙某被评为“优秀党务工作者”。")
    ents = {BODY: "Organization", "甲某": "Person", "乙某": "Person", "丙某": "Person"}
    got = run(text, ents)
    for person, award in (("甲某", "优秀共产党员"), ("乙某", "优秀共产党员"), ("丙某", "优秀党务工作者")):
        assert (person, "honoredBy", BODY, award) in got
    # near miss: a meeting that is no award ceremony gives no awards
    text2 = f"6月30日,{BODY}召开安全生产工作会议。会上,甲某被评为“安全标兵”。"
    assert not any(f[1] == "honoredBy" for f in run(text2, ents))


def test_received_from_two_bodies_and_people_together():
    ents = {"甲某": "Person", "某省团委": "Organization", "某省青年联合会": "Organization"}
    got = run("甲某去年获得了某省团委、某省青年联合会颁发的“青年五四奖章”。", ents)
    assert ("甲某", "honoredBy", "某省团委", "青年五四奖章") in got
    assert ("甲某", "honoredBy", "某省青年联合会", "青年五四奖章") in got
    ents = {"甲某": "Person", "乙某": "Person", "某公司工会": "Organization", "某公司": "Company"}
    got = run("甲某夺得第一,和某公司的乙某一起,被某公司工会授予“技术能手”称号。", ents)
    assert ("甲某", "honoredBy", "某公司工会", "技术能手") in got
    assert ("乙某", "honoredBy", "某公司工会", "技术能手") in got
    # near miss: without 一起 only the person right before the clause is honoured
    got = run("甲某夺得第一,乙某获得第二,被某公司工会授予“技术能手”称号。", ents)
    assert ("甲某", "honoredBy", "某公司工会", "技术能手") not in got


def test_titles_of_a_contest_the_body_runs_and_an_award_named_by_its_giver():
    ents = {"青禾供电公司工会": "Organization", "甲某": "Person", "乙某": "Person"}
    text = "这场竞赛由青禾供电公司工会主办,各单位参赛。个人方面,甲某、乙某等12人获评“攻坚标兵”。"
    got = run(text, ents)
    assert ("甲某", "honoredBy", "青禾供电公司工会", "攻坚标兵") in got
    assert ("乙某", "honoredBy", "青禾供电公司工会", "攻坚标兵") in got
    # near miss: with no body running a contest, a bare title has no giver
    got = run("这场竞赛各单位踊跃参赛。个人方面,甲某、乙某等12人获评“攻坚标兵”。", ents)
    assert not any(f[1] == "honoredBy" for f in got)
    ents = {"国网青禾供电公司": "Company", "丙某": "Person"}
    got = run("国网青禾供电公司表彰先进。班长丙某本人也被评为“青禾供电公司劳动模范”。",
              {**ents, "青禾供电公司": "Company"})
    assert any(f[0] == "丙某" and f[1] == "honoredBy" for f in got)


def test_a_body_announcing_a_list_and_a_second_honour_from_the_same_body():
    union, youth, dept = "某某省总工会", "共青团某某省委", "某某省人力资源和社会保障厅"
    ents = {union: "Organization", youth: "Organization", dept: "Organization", "甲某": "Person",
            "乙某": "Person", "丙某": "Person", "青禾供电所": "Company", "电小白志愿服务队": "Organization",
            "某某市文明办": "Organization"}
    got = run(f"近日,{union}公布2026年度“最美电力工匠”名单,青禾供电所所长甲某榜上有名。", ents)
    assert ("甲某", "honoredBy", union, "最美电力工匠") in got
    got = run(f"同期,{youth}、{dept}联合表彰2026年度“青年岗位能手”,青禾供电所员工乙某榜上有名。", ents)
    assert ("乙某", "honoredBy", youth, "青年岗位能手") in got
    assert ("乙某", "honoredBy", dept, "青年岗位能手") in got
    got = run(f"日前,{union}印发表彰决定,青禾供电所副主任丙某被授予“五一劳动奖章”。", ents)
    assert ("丙某", "honoredBy", union, "五一劳动奖章") in got
    got = run("今年6月,电小白志愿服务队被某某市文明办评为“优秀志愿服务组织”,甲某同时获评“最美志愿者”。", ents)
    assert ("甲某", "honoredBy", "某某市文明办", "最美志愿者") in got
    # near misses: a body announcing in a later clause, and a person who only speaks
    assert not any(f[1] == "honoredBy" for f in run(f"甲某说,{union}公布了“最美电力工匠”名单。", ents))
    assert not any(f[1] == "honoredBy" for f in run(f"{union}发布“安全月”通知,甲某介绍了做法。", ents))
