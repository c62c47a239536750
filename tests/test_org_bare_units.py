"""A unit word with nothing name-like before it (,公司推出) names no unit, while the rules that name a
unit at a bare unit word still do: a numbered unit, a brand inside the word, a unit after a named one."""

from __future__ import annotations

from kg.extract.org import find_orgs
from kg.extract.textindex import TextIndex


def _names(text: str) -> list[str]:
    return [c.name for c in find_orgs(TextIndex.of(text))]


def test_bare_unit_words_name_nothing():
    assert _names("为让群众少跑腿,公司推出新举措。同时,分公司大力推进。") == []


def test_units_named_at_a_unit_word_are_still_found():
    assert "第二采油厂" in _names("他是第二采油厂的职工。")
    assert "国网公司" in _names("、国网公司组织检修。")
    assert "国网桐庐县供电公司" in _names("国网桐庐县供电公司总经理来到现场,公司党委书记随行。")
