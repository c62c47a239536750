"""subsidiaryOf from a list of place names that stand for units (made-up sentences): 调集所属甲、乙、丙3家县公司
names each county company by its place only; the unit written in full elsewhere is the one meant."""

from __future__ import annotations

from test_relations import run

ENTS = {"国网青州供电公司": "Company", "国网红山市供电公司": "Company", "白水县供电公司": "Company",
        "绿原县供电公司": "Company", "设备部": "Company"}
TAIL = "白水县供电公司带电作业班出发。国网红山市供电公司副总经理带队。绿原县供电公司也赶到现场。"


def test_places_listed_after_suo_shu_stand_for_the_units_named_after_them():
    got = run("国网青州供电公司启动应急响应,调集所属红山、白水、绿原3家县公司的抢修骨干驰援。" + TAIL, ENTS)
    for unit in ("国网红山市供电公司", "白水县供电公司", "绿原县供电公司"):
        assert (unit, "subsidiaryOf", "国网青州供电公司", None) in got


def test_the_parent_is_the_unit_not_a_department_that_helps():
    got = run("国网青州供电公司主办竞赛,公司设备部共同组织,所属红山、白水两家县公司参赛。" + TAIL, ENTS)
    assert not any(f[1] == "subsidiaryOf" and f[2] == "设备部" for f in got)


def test_near_miss_places_without_a_count_of_units_are_only_places():
    # no 3家县公司 after the list: the places are where the crews went, not units
    got = run("国网青州供电公司调集骨干驰援红山、白水、绿原。" + TAIL, ENTS)
    assert ("国网红山市供电公司", "subsidiaryOf", "国网青州供电公司", None) not in got
