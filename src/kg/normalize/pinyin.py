"""Remove pinyin annotations glued after a Han character: ``業(yè)`` -> ``業``.

An annotation is one parenthesized pinyin syllable right after a Han character (ASCII or full-width
parentheses). With a tone mark or ü it always counts; a toneless syllable (neutral tone, ``們(men)``)
counts only when it is a real syllable and either the page annotates elsewhere with tone marks
(three times or more) or the character before it is a traditional form, which is what these
annotations mark. Real parentheses (``(李明 摄)``, ``(右三)``, ``(AB)``) stay.

    >>> remove_pinyin_edits("企業(yè)和(右三)")
    [(2, 6, '')]
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from .offsets import Edit

__all__ = ["PINYIN_ANNOTATION", "TONE_VOWELS", "remove_pinyin_edits", "syllables"]

TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_SYL = rf"[a-zA-Z{TONE_VOWELS}]{{0,6}}[{TONE_VOWELS}][a-zA-Z{TONE_VOWELS}]{{0,6}}"
_HAN = r"\u3400-\u9fff\uf900-\ufaff"

#: A syllable with a tone mark, in ASCII or full-width parentheses, right after a Han character.
#: The parenthesis comes first and the Han character is looked behind it: a pattern that starts with a
#: character set lets the engine skip to the next parenthesis instead of trying every position.
PINYIN_ANNOTATION = re.compile(rf"[(（](?<=[{_HAN}][(（]){_SYL}[)）]")
_TONELESS = re.compile(rf"[(（](?<=[{_HAN}][(（])([a-z]{{2,6}})[)）]")


@functools.cache
def syllables() -> frozenset[str]:
    """Toneless pinyin syllables, from ``kg/data/normalize/pinyin_syllables.txt``."""
    text = resources.files("kg").joinpath("data/normalize/pinyin_syllables.txt").read_text("utf-8")
    return frozenset(s.strip() for s in text.splitlines() if s.strip() and not s.startswith("#"))


def remove_pinyin_edits(text: str) -> list[Edit]:
    parens = _parens(text)
    if not parens:
        return []
    spans = [(m.start(), m.end()) for m in _matches_at(PINYIN_ANNOTATION, text, parens)]
    styled = len(spans) >= 3
    spans += [(m.start(), m.end()) for m in _matches_at(_TONELESS, text, parens) if _toneless_ok(text, m, styled)]
    return [(s, e, "") for s, e in sorted(spans)]


def _parens(text: str) -> list[int]:
    """Where the opening parentheses are: str.find skips to them far faster than a pattern's own scan."""
    found = []
    for paren in "(（":
        at = text.find(paren)
        while at != -1:
            found.append(at)
            at = text.find(paren, at + 1)
    return sorted(found)


def _matches_at(pattern: re.Pattern[str], text: str, parens: list[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens with a parenthesis: tried at each one in turn
    (the look-behind still sees the character before it)."""
    out = []
    end = 0
    for at in parens:
        if at >= end:
            m = pattern.match(text, at)
            if m is not None:
                out.append(m)
                end = m.end()
    return out


def _toneless_ok(text: str, m: re.Match[str], styled: bool) -> bool:
    if m.group(1) not in syllables():
        return False
    if styled:
        return True
    from .convert import _one

    before = text[m.start() - 1]
    return _one(before) != before
