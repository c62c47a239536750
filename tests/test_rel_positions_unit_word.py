"""P是所里最年轻的员工 / P是公司新入职的大学生: the unit word after the copula (rel_positions), with the
learned back-off off: these tests are about the rules."""

from __future__ import annotations

from test_relations import run_rules as run

CO = "国网青禾县供电公司"
STATION = "国网青禾县供电公司白石供电所"


def test_the_station_word_and_a_title():
    ents = {STATION: "Company", CO: "Company", "甲乙丙": "Person", "丁戊": "Person"}
    got = run(f"{STATION}所长甲乙丙和同事们挨个检查。21岁的小伙丁戊是所里最年轻的员工,三天里没离开过安置点。", ents)
    assert ("丁戊", "worksFor", STATION, None) in got
    assert ("丁戊", "holdsPosition", STATION, "员工") in got


def test_the_company_word_without_a_title():
    got = run(f"{CO}组织志愿服务。队员丁戊是公司新入职的大学生,这是她第一次参加。", {CO: "Company", "丁戊": "Person"})
    assert ("丁戊", "worksFor", CO, None) in got
    assert not any(f[1] == "holdsPosition" and f[2] == CO for f in got)


def test_no_unit_named_before():
    # near miss: with no station named before, 所里 stands for nothing
    got = run("丁戊是所里最年轻的员工。", {"丁戊": "Person"})
    assert not any(f[0] == "丁戊" for f in got)
