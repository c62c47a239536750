"""A person who comes to a village to do something (某某来村调研) names no village (made-up sentences)."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _ents(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in find_entities(make_document(text, doc_id="t.txt"))}


def test_a_name_before_coming_to_the_village_is_no_village():
    ents = _ents("某县供电公司总经理、党委副书记王建国来村调研时说，要办好实事。")
    assert not any(t == "Community" and n.endswith("来村") for t, n in ents), ents


def test_a_village_named_alone_stays():
    ents = _ents("某县供电公司工作人员到福来村走访，福来村村民李某说。")
    assert ("Community", "福来村") in ents, ents
