"""A village or community right after 的 or 在/与 whose stem the word cut reads as common nouns is still
a name (made-up sentences), but not a stem with a verb, a pronoun or a town in it."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _communities(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Community"}


def test_stems_after_a_marker():
    assert "柳树湾村" in _communities("服务队又转战相邻的柳树湾村，为村民检修线路。")
    assert "桃山村" in _communities("某县供电局还在桃山村设立了党员服务点。")


def test_no_name_after_a_marker():
    found = _communities("工作人员走进我们的社区，又到附近的村里查看。")
    assert not found, found


def test_a_community_named_after_its_estate_is_one_name():
    found = _communities("在园区某街道的桂花新村社区，营业厅设立了服务点。")
    assert "桂花新村社区" in found, found
    assert "新村社区" not in found
