"""A declared short form the grammar also reads as a name stays a mention of the full name."""

from __future__ import annotations

from kg.document import make_document
from kg.extract.entities import find_entities

_TEXT = ("国网江苏省电力有限公司滨湖供电分公司(以下简称\"滨湖供电公司\")组织志愿者走进社区。\n"
         "滨湖供电公司所属的城东供电服务中心参与了活动。滨湖供电公司党委副书记王建国介绍了情况。\n")


def test_declared_short_form_is_no_entity_of_its_own() -> None:
    ents = find_entities(make_document(_TEXT, "t"))
    names = {e.name for e in ents}
    assert "滨湖供电公司" not in names
    full = next(e for e in ents if e.name == "国网江苏省电力有限公司滨湖供电分公司")
    starts = {m.start for m in full.mentions}
    assert _TEXT.index("滨湖供电公司所属") in starts  # 所属 after the short form still ends it
    assert _TEXT.index("滨湖供电公司党委") in starts  # so does the unit's own party committee
