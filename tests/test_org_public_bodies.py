"""Government bodies and public units named after their place (made-up sentences)."""

from __future__ import annotations

import pytest

from kg.document import make_document
from kg.extract.entities import find_entities


@pytest.mark.parametrize("text, name", [
    ("桂林市教育局考试中心派员参加。", "桂林市教育局考试中心"),
    ("兴宁区人民武装部派员参加。", "兴宁区人民武装部"),
    ("遵义市发展和改革委员会组织演练。", "遵义市发展和改革委员会"),
    ("红河州融媒体中心记者到场。", "红河州融媒体中心"),
    ("中共云南省委员会组织部表彰了他。", "中共云南省委员会组织部"),
    ("哈密市消防救援支队参加演练。", "哈密市消防救援支队"),
    ("他获得共青团青海省委、青海省青年联合会颁发的奖章。", "青海省青年联合会"),
])
def test_a_body_after_its_place_is_one_organisation(text, name):
    orgs = {e.name for e in find_entities(make_document(text, doc_id="a.txt")) if e.type == "Organization"}
    assert name in orgs
