"""Civility committees (中央精神文明建设指导委员会, 某市精神文明建设委员会办公室, 某市文明办) are government
bodies (made-up sentences)."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _orgs(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Organization"}


def test_the_national_committee_and_a_citys_office():
    assert "中央精神文明建设指导委员会" in _orgs("该市被中央精神文明建设指导委员会授予全国文明城市称号。")
    assert "松原市精神文明建设委员会办公室" in _orgs("松原市精神文明建设委员会办公室主任王某说。")
    assert "松原市文明办" in _orgs("松原市文明办组织志愿者上街服务。")
