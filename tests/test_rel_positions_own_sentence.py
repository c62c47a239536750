"""A bare 公司 before a title after a company named in its own sentence (rel_title_refs), with the
learned back-off off: these tests are about the rules."""

from __future__ import annotations

from test_relations import run_rules as run

PROV = "国网青禾省电力公司"
CITY = "国网白石供电公司"


def test_company_named_in_the_sentence_is_the_one_meant():
    ents = {PROV: "Company", CITY: "Company", "甲乙丙": "Person"}
    text = (f"{PROV}举办技能竞赛。{PROV}共有12支队伍参赛。{PROV}总结了经验。"
            f"{CITY}从7月起组织集训,由公司安全总监甲乙丙负责。")
    got = run(text, ents)
    assert ("甲乙丙", "holdsPosition", CITY, "安全总监") in got
    assert ("甲乙丙", "holdsPosition", PROV, "安全总监") not in got


def test_bare_company_after_the_parent_named_before_is_the_main_one():
    # near miss: the parent named in an earlier sentence does not take the post from the main company
    ents = {PROV: "Company", CITY: "Company", "甲乙丙": "Person"}
    text = (f"{CITY}举办技能竞赛。{CITY}共有12支队伍参赛。{CITY}总结了经验。"
            f"{PROV}领导出席。公司安全总监甲乙丙负责集训。")
    got = run(text, ents)
    assert ("甲乙丙", "holdsPosition", CITY, "安全总监") in got
