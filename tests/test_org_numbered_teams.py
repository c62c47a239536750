"""Numbered production teams (综采一队, 作业三大队) after their unit or after 该公司 (made-up sentences)."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _companies(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Company"}


def test_a_team_after_its_unit_and_after_the_company_noun():
    assert "红柳林煤矿综掘二队" in _companies("比武中，红柳林煤矿综掘二队班长王某获得第一名。")
    assert "线路三队" in _companies("工程最忙时有数百人施工。该公司线路三队队长李某回忆说。")


def test_a_count_of_teams_is_no_team():
    found = _companies("该公司组织每支二队参加。全市多个三队参加比赛。")
    assert not any(n.endswith("队") for n in found), found


def test_a_mine_named_alone_but_not_an_ore_or_a_title():
    found = _companies("集团所属红柳林矿、青杨沟矿加紧生产。某煤矿副矿长张某说，年产球团矿500万吨。")
    assert {"红柳林矿", "青杨沟矿"} <= found, found
    assert not any(n.endswith(("副矿", "球团矿")) for n in found), found
