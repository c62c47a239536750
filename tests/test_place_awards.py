"""A division inside an award's name or a grid's name is no place of the story (made-up sentences), with
near misses where the same division is one."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _places(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Place"}


def test_place_naming_an_award_is_not_a_place():
    assert not _places("该队被评为“宁夏优秀志愿服务组织”。张某获评宁夏劳动模范。")
    # near miss: a quoted phrase that names no award, and the division written on its own
    assert "宁夏" in _places("张某常年在宁夏工作,说“宁夏是第二故乡”。")


def test_a_provinces_grid_is_no_place():
    assert not _places("这是今年宁夏电网迎峰度冬的重点工程。")
    assert "宁夏" in _places("这是今年宁夏迎峰度冬的重点工程。")
