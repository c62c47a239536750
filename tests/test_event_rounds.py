"""A trade's round written right after a contest's name (某技能竞赛配电线路工决赛) is part of the event;
made-up sentences only."""

from __future__ import annotations

from kg.document import make_document
from kg.extract.entities import find_entities


def _events(text: str) -> dict[str, list[str]]:
    doc = make_document(text, doc_id="t")
    return {e.name: [m.text for m in e.mentions] for e in find_entities(doc) if e.type == "Event"}


def test_a_trade_s_final_after_a_contest_belongs_to_it() -> None:
    got = _events("10月9日,青禾省总工会主办的2026年青禾省电力行业职业技能竞赛电缆安装工决赛在某市落下帷幕。")
    assert any(name.endswith("职业技能竞赛电缆安装工决赛") for name in got), got


def test_a_contest_without_a_round_keeps_its_own_end() -> None:
    got = _events("10月9日,青禾省总工会主办的2026年青禾省电力行业职业技能竞赛在某市落下帷幕。")
    assert any(name.endswith("职业技能竞赛") for name in got), got
