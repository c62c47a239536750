"""The one-pass scans of event.py give what the per-sentence loops they replace gave."""

from __future__ import annotations

import bisect

import pytest

from kg.extract.event import (
    _COMMISSIONED,
    _MONTH_LEAD,
    _commissioned_starts,
    _month_leads,
    _sentences_at,
    sentence_spans,
)
from kg.extract.textindex import finditer_at

TEXTS = [
    "7月,某地遭遇特大暴雨。\n今年8月，村里突遇山洪！",
    "\n\n 2024年7月上旬,某县遭遇暴雨?\n”去年6月，\n3月\n,不算",
    "某公司召开会议。7月10日,某地暴雨\n\n\n",
    "没有月份的句子。",
    "5月,",
]


def _month_leads_by_sentence(text: str) -> list[tuple[int, int, str]]:
    out = []
    for a, b in sentence_spans(text):
        m = _MONTH_LEAD.match(text, a, b)
        if m is not None:
            out.append((a, b, m.group(1)))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_month_leads_match_the_sentence_loop(text: str) -> None:
    assert [(a, b, m.group(1)) for a, b, m in _month_leads(text)] == _month_leads_by_sentence(text)


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_at_are_the_sentences_holding_the_positions(text: str) -> None:
    spans = sentence_spans(text)
    starts = [a for a, _ in spans]
    inside = [pos for pos, ch in enumerate(text) if ch not in "。！？!?\n"]
    for pos in inside:
        assert _sentences_at(text, {pos}) == [spans[bisect.bisect_right(starts, pos) - 1]]
    for k in range(1, 4):  # several positions at once: each sentence once, in order
        chosen = set(inside[::k])
        assert _sentences_at(text, chosen) == sorted({spans[bisect.bisect_right(starts, p) - 1] for p in chosen})


COMMISSIONED = [
    "某市220千伏某变电站正式投运,110千伏某线路工程顺利投产。",
    "1000千伏千伏某变电站投运;35千伏某输变电工程建成投产",
    "没有千伏的句子,只有220伏。",
    "２２０千伏某变电站投运",  # full-width digits: the pattern's digits match them too
]


@pytest.mark.parametrize("text", COMMISSIONED)
def test_commissioned_tried_at_numbers_before_kv_finds_what_finditer_finds(text: str) -> None:
    found = [m.span() for m in finditer_at(_COMMISSIONED, text, _commissioned_starts(text))]
    assert found == [m.span() for m in _COMMISSIONED.finditer(text)]
    assert found or "投" not in text  # (the samples with a commissioning have one)
