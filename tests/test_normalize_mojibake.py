"""Misaligned-GBK mojibake: the seed spots listed in the gold notes, and corruptions made here."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from kg.document import make_document
from kg.normalize.mojibake import corrupt_gbk, mojibake_edits
from kg.normalize.offsets import apply_edits, identity_map

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_docs():
    return {p: make_document(seed(p), p) for p in ("000", "001", "002", "003", "004")}


@pytest.mark.parametrize(
    "prefix, expect",
    [
        ("004", "。”卢强"),
        ("004", "。”11月2日"),
        ("004", "为客户提供24"),
        ("004", "。”谈及护航"),
        ("004", "的精神风貌"),
        ("002", "疫情防控日报机制"),
        ("002", "“日报告”"),
        ("002", "号召广大"),
        ("003", "活动。活动中"),
    ],
)
def test_seed_mojibake_reads_as_notes_say(seed_docs, prefix, expect):
    assert expect in seed_docs[prefix].text


@pytest.mark.parametrize("prefix", ["002", "003", "004"])
def test_seed_mojibake_leaves_no_question_marks(seed_docs, prefix):
    assert "?" not in seed_docs[prefix].text
    kinds = {r.kind for r in seed_docs[prefix].repairs}
    assert "mojibake" in kinds and "mojibake-unrepaired" not in kinds


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_real_question_marks_untouched(seed_docs, prefix):
    raw = seed(prefix)
    assert raw.count("?") == seed_docs[prefix].text.count("?")
    assert not [r for r in seed_docs[prefix].repairs if r.kind.startswith("mojibake")]


def test_repair_records_raw_span(seed_docs):
    doc = seed_docs["004"]
    for r in doc.repairs:
        assert doc.raw[r.raw_start:r.raw_end] == r.before


def repaired(text: str) -> str:
    edits, _ = mojibake_edits(text)
    return apply_edits(text, identity_map(len(text)), edits)[0]


def test_corrupt_gbk_mimics_the_seeds():
    # the simulator produces the seed's shape: lost lead to '?', pairs straddling characters
    assert corrupt_gbk("说道。”卢强认为", 2).startswith("说道?")
    with pytest.raises(ValueError):
        corrupt_gbk("ab", 0)


CLEAN = [
    "他表示,“作为一名电力员工,要勇于担当。”卢强认为,责任引领行动。",
    "会议要求,“要把工作做好。”11月2日,公司召开专题会。",
    "为保障用电,公司组织党员服务队深入社区,开展安全检查。",
    "我们将为客户提供24小时供电服务,及时解决客户需求。",
    "截至3月底,该局已完成线路改造120公里,新增变压器35台。",
    "暴雨导致多条线路停运,抢修人员连夜赶到现场恢复供电。",
]


def restoration_rates(texts: list[str], step: int = 1) -> tuple[float, float, float]:
    """Corrupt each text at every ``step``-th two-byte character; return the exact restoration rate,
    the mean character similarity of the repaired text to the clean one, and that of the corrupted text."""
    tried = exact = 0
    similarity = corrupted_similarity = 0.0
    for text in texts:
        for at in range(1, len(text), step):
            if len(text[at].encode("gbk")) != 2:
                continue
            bad = corrupt_gbk(text, at)
            got = repaired(bad)
            tried += 1
            exact += got == text
            similarity += difflib.SequenceMatcher(None, got, text).ratio()
            corrupted_similarity += difflib.SequenceMatcher(None, bad, text).ratio()
    return exact / tried, similarity / tried, corrupted_similarity / tried


def test_synthetic_corruption_repaired():
    """Corruptions made from clean text, starting at every other character. Measured (every character
    of eight sentences): 36% restored exactly, character similarity 0.961 against 0.793 unrepaired
    (before the faster search: 15% and 0.950). The seed-shaped cases must work."""
    must = [("会议要求,“要把工作做好。”11月2日,公司召开专题会。", "。"),
            ("他表示,“作为一名电力员工,要勇于担当。”卢强认为,责任引领行动。", "为,"),
            ("为保障用电,公司组织党员服务队深入社区,开展安全检查。", "。")]
    for text, mark in must:
        at = text.index(mark)
        assert repaired(corrupt_gbk(text, at)) == text
    exact, similarity, before = restoration_rates(CLEAN, step=2)
    assert exact >= 0.25
    assert similarity >= 0.95 and similarity - before >= 0.13



@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_untouched(text):
    assert repaired(text) == text


@pytest.mark.parametrize("text", ["为保障用??公司组织党员服务队深入社区,开展安全检查。",
                                  "会议要求,“要把工作做好。”11??日,公司召开专题会。"])
def test_unrepairable_span_is_reported(text):
    edits, unrepaired = mojibake_edits(text)
    assert not edits
    assert [text[s:e] for s, e in unrepaired] == ["??"]
    doc = make_document(text, "x.txt")
    assert [r.kind for r in doc.repairs] == ["mojibake-unrepaired"]
    assert doc.raw[doc.repairs[0].raw_start:doc.repairs[0].raw_end] == "??"


def test_real_question_marks_are_not_reported():
    for text in ("最近电压稳定吗?会不会出现跳闸?", "他说:“真的吗??我不信。”"):
        assert mojibake_edits(text) == ([], [])


def test_searches_per_document_are_bounded(monkeypatch):
    """A page full of '?' (damaged some other way) costs a bounded number of searches; the rest of
    its suspicious spans are reported, not searched."""
    from kg.normalize import mojibake

    calls = []
    real = mojibake._repair_at
    monkeypatch.setattr(mojibake, "_repair_at", lambda *a: calls.append(1) or real(*a))
    text = "公司?北R強組織員工?yōu)榭蜕籼峁,確保供電。" * 60
    edits, unrepaired = mojibake.mojibake_edits(text)
    assert len(calls) == mojibake._SEARCHES_PER_DOCUMENT
    assert len(edits) + len(unrepaired) > mojibake._SEARCHES_PER_DOCUMENT
