"""Remove pinyin annotations glued after a Han character: ``業(yè)`` -> ``業``.

Only a parenthesized single pinyin syllable counts, and it must carry a tone mark or ü, so real
parentheses (``(王进 摄)``, ``(右三)``, ``(AB)``) stay.

    >>> remove_pinyin_edits("企業(yè)和(右三)")
    [(2, 6, '')]
"""

from __future__ import annotations

import re

from .offsets import Edit

__all__ = ["PINYIN_ANNOTATION", "remove_pinyin_edits", "TONE_VOWELS"]

TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_SYL = rf"[a-zA-Z{TONE_VOWELS}]{{0,6}}[{TONE_VOWELS}][a-zA-Z{TONE_VOWELS}]{{0,6}}"

#: A syllable with a tone mark, in ASCII or full-width parentheses, right after a Han character.
PINYIN_ANNOTATION = re.compile(rf"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（]{_SYL}[)）]")


def remove_pinyin_edits(text: str) -> list[Edit]:
    return [(m.start(), m.end(), "") for m in PINYIN_ANNOTATION.finditer(text)]
