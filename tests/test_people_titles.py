"""Posts of people (rel_positions, rel_title_refs) on made-up sentences: one phrasing family per test,
with a near miss where it matters."""

from __future__ import annotations

from test_relations import run

CO = "国网青禾县供电公司"


def test_body_inside_the_unit_stays_in_the_title():
    text = f"{CO}团委书记甲乙丙主持会议,{CO}副总经理、党委委员丁戊出席。"
    got = run(text, {CO: "Company", "甲乙丙": "Person", "丁戊": "Person"})
    assert ("甲乙丙", "holdsPosition", CO, "团委书记") in got
    assert ("甲乙丙", "holdsPosition", CO, "书记") not in got
    assert ("丁戊", "holdsPosition", CO, "党委委员") in got
    assert ("丁戊", "holdsPosition", CO, "副总经理") in got
    assert ("丁戊", "holdsPosition", CO, "委员") not in got


def test_party_secretary_keeps_the_whole_title():
    # near miss: a plain 党委书记 is one lexicon title, not the body word plus 书记
    text = f"{CO}党委书记甲乙丙说,今年要完成改造。"
    got = run(text, {CO: "Company", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", CO, "党委书记") in got
