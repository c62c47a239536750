"""Normalization: small pure steps over text, each keeping an offset map back to the raw text.

Order matters: mojibake is repaired first (it needs the raw GBK-decodable characters and the
pinyin fragments inside it), then pinyin annotations go, then width and whitespace, and last
traditional -> simplified (so ``original`` is the text just before that conversion).

    >>> n = normalize("國(guó)網  公司")
    >>> n.text, n.original, n.offsets[:3]
    ('国网 公司', '國網 公司', [0, 6, 7])
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Repair
from .convert import is_traditional, to_simplified
from .mojibake import mojibake_edits
from .offsets import Edit, apply_edits, identity_map
from .pinyin import remove_pinyin_edits
from .width import blank_line_edits, whitespace_edits, width_edits

__all__ = ["Edit", "Normalized", "apply_edits", "normalize"]


@dataclass(frozen=True)
class Normalized:
    text: str  # simplified
    original: str  # same text before t2s
    offsets: list[int]  # len(text) + 1 raw indices
    repairs: tuple[Repair, ...]
    traditional: bool


def _repairs(kind: str, raw: str, text: str, offsets: list[int], edits: list[Edit]) -> list[Repair]:
    out = []
    for start, end, rep in edits:
        raw_start = offsets[start]
        raw_end = offsets[end - 1] + 1 if end > start else raw_start
        out.append(Repair(kind, raw_start, raw_end, raw[raw_start:raw_end], rep))
    return out


def normalize(raw: str) -> Normalized:
    """Normalize ``raw``; every step is str -> edits, composed into one offset map."""
    text, offsets = raw, identity_map(len(raw))
    repairs: list[Repair] = []

    edits, unrepaired = mojibake_edits(text)
    repairs += _repairs("mojibake", raw, text, offsets, edits)
    repairs += [Repair("mojibake-unrepaired", s, e, raw[s:e], raw[s:e]) for s, e in unrepaired]
    text, offsets = apply_edits(text, offsets, edits)

    edits = remove_pinyin_edits(text)
    repairs += _repairs("pinyin", raw, text, offsets, edits)
    text, offsets = apply_edits(text, offsets, edits)

    for step in (width_edits, whitespace_edits, blank_line_edits):
        text, offsets = apply_edits(text, offsets, step(text))

    simplified = to_simplified(text)
    repairs.sort(key=lambda r: (r.raw_start, r.raw_end, r.kind))
    return Normalized(simplified, text, offsets, tuple(repairs), is_traditional(text, simplified))
