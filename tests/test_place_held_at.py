"""Where an event is held (made-up sentences): a river's bank, a city's short form after 在 that the word cut
reads as a verb, and the verbs that close an event (落下帷幕)."""

from __future__ import annotations

import pytest

from kg.document import make_document
from kg.extract.entities import find_entities
from kg.extract.relations import find_relations


def _located(text: str) -> set[tuple[str, str]]:
    doc = make_document(text, doc_id="a.txt")
    relations, _ = find_relations(doc, find_entities(doc))
    return {(r.head[1], r.tail[1]) for r in relations if r.predicate == "locatedIn"}


def _places(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="a.txt")) if e.type == "Place"}


@pytest.mark.parametrize("text, place", [("演练在阿蓬江畔举行。", "阿蓬江"), ("竞赛在遵义落下帷幕。", "遵义")])
def test_a_place_the_word_cut_hides(text, place):
    assert place in _places(text)


def test_a_county_short_form_read_as_a_word_stays_a_word():
    assert "建平" not in _places("工作在建平台上展开。")


def test_an_event_closing_at_a_river_bank():
    got = _located("5月20日,2026年防汛抢险综合应急演练在阿蓬江畔举行。")
    assert any(place == "阿蓬江" for _, place in got)


@pytest.mark.parametrize("body", ["金寨县委组织部", "遵义市发展和改革委员会"])
def test_a_government_body_is_not_placed_by_its_name(body):
    text = f"工作队在金寨县和遵义市开展走访。今年6月,{body}表彰了全县优秀驻村干部。"
    assert not any(head == body for head, _ in _located(text))


def test_a_dated_happening_lies_in_the_innermost_place_written_after_it():
    got = _located("11月28日,国网青禾供电公司开展“冬季敲门行动”,工作人员来到颍州区清河街道张寨社区,逐户检查线路。")
    places = {place for head, place in got if "敲门行动" in head}
    assert places == {"张寨社区"}
