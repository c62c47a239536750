"""Titles of the genre's officials and trades give a position at the unit written before them."""

from __future__ import annotations

import pytest

from kg.document import make_document
from kg.pipeline import process_document


@pytest.mark.parametrize("title", ["团委书记", "党委委员", "技能专家", "高级农艺师", "线路工"])
def test_a_title_after_its_unit_gives_the_position(title):
    text = f"新华网讯 8月3日,国网南京供电公司{title}张明远带队走访了城南社区。"
    result = process_document(make_document(text, "x.txt"))
    facts = {(r.head[1], r.predicate, r.tail[1], r.qualifier) for r in result.relations}
    assert ("张明远", "holdsPosition", "国网南京供电公司", title) in facts


def test_a_word_that_only_contains_a_title_is_no_position():
    text = "新华网讯 8月3日,国网南京供电公司线路工程建设进展顺利,张明远介绍了情况。"
    result = process_document(make_document(text, "x.txt"))
    assert not any(r.predicate == "holdsPosition" and r.qualifier == "线路工" for r in result.relations)
