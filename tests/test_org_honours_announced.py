"""honoredBy from the one body that announces honours in an article (made-up sentences, invented names):
the persons honoured in its sentence, the next one, and sentences that refer back to it; near misses."""

from __future__ import annotations

from test_relations import run

BODY = "某省总工会"
ENTS = {BODY: "Organization", "青禾供电公司": "Company", "甲某": "Person", "乙某": "Person", "丙某": "Person",
        "东区供电局": "Organization"}


def test_a_person_honoured_at_the_ceremony_the_body_held():
    text = f"4月28日,{BODY}在省城召开庆祝五一劳动节暨表彰大会,青禾供电公司班长甲某荣获某省五一劳动奖章。"
    assert ("甲某", "honoredBy", BODY, "某省五一劳动奖章") in run(text, ENTS)


def test_the_next_sentence_and_a_later_reference_back():
    text = (f"近日,{BODY}发布表彰决定,青禾供电公司荣获“五一劳动奖状”。青禾供电公司副经理甲某获评“巾帼标兵”。"
            "该公司还开展了培训。据悉,本次表彰中,共有7名个人获得表彰。班长乙某获评“岗位能手”。")
    got = run(text, ENTS)
    assert ("甲某", "honoredBy", BODY, "巾帼标兵") in got
    assert ("乙某", "honoredBy", BODY, "岗位能手") in got


def test_near_misses_far_away_own_giver_or_two_announcers():
    far = (f"近日,{BODY}发布表彰决定,青禾供电公司荣获“五一劳动奖状”。该公司开展了培训。培训后还有考试。"
           "班长乙某获评“岗位能手”。")
    assert not any(f[0] == "乙某" and f[1] == "honoredBy" for f in run(far, ENTS))
    own = f"近日,{BODY}发布表彰决定,青禾供电公司荣获“五一劳动奖状”。丙某被东区供电局评为“岗位能手”。"
    assert ("丙某", "honoredBy", BODY, "岗位能手") not in run(own, ENTS)
    two = f"{BODY}发布表彰决定,甲某获评“巾帼标兵”。东区供电局发布表彰决定,乙某获评“岗位能手”。"
    assert ("乙某", "honoredBy", BODY, "岗位能手") not in run(two, ENTS)
