"""The three spellings of one article normalize to the same text: simplified, traditional, and
traditional with pinyin annotations (made here with opencc s2t and pypinyin in the seeds' style)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from kg.document import make_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SIMPLIFIED = [p for p in sorted(SEEDS.glob("*.txt")) if p.name[:3] in ("000", "001")]


@functools.cache
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    return _s2t().convert(text)


def annotated(text: str) -> str:
    """字(pīn) after every character that s2t changed, like the seeds' pages."""
    from pypinyin import Style, pinyin

    trad = traditional(text)
    out = []
    for s, t in zip(text, trad, strict=True):
        out.append(t)
        if s != t:
            out.append(f"({pinyin(s, style=Style.TONE)[0][0]})")
    return "".join(out)


def differing(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b, strict=True))


@pytest.fixture(scope="module", params=SIMPLIFIED, ids=lambda p: p.name[:3])
def seed_doc(request):
    raw = request.param.read_text(encoding="utf-8")
    return raw, make_document(raw, request.param.name)


@pytest.mark.parametrize("variant", [traditional, annotated], ids=["traditional", "pinyin"])
def test_variant_normalizes_to_same_text(seed_doc, variant):
    raw, doc = seed_doc
    other = make_document(variant(raw), "v.txt")
    assert len(other.text) == len(doc.text)
    # opencc's s2t -> t2s round trip is not the identity for a handful of characters; allow 0.2%
    assert differing(other.text, doc.text) <= 0.002 * len(doc.text)
    assert other.traditional and not doc.traditional
    assert (other.title, other.published, other.source, other.authors, other.editors) == (
        doc.title, doc.published, doc.source, doc.authors, doc.editors)
    assert [(s.start, s.end, s.section) for s in other.sentences] == [
        (s.start, s.end, s.section) for s in doc.sentences]
