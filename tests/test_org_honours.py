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
