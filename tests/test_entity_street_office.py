"""A street's office (某街道办事处) is an Organization named with the district written before it
(made-up sentences)."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _ents(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in find_entities(make_document(text, doc_id="t.txt"))}


def test_street_office_after_its_district():
    ents = _ents("某燃气有限公司、千山区东风街道办事处等单位参加演练。")
    assert ("Organization", "千山区东风街道办事处") in ents, ents
    assert ("Community", "东风街道") not in ents


def test_street_office_named_by_a_road():
    ents = _ents("建设路街道办事处工作人员上门走访。")
    assert ("Organization", "建设路街道办事处") in ents, ents
