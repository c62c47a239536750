"""Sentence splitting with offsets, section by section.

Splits on 。！？；!?; and line breaks, but not inside “…”: a quoted sentence stays whole, and a quote
closing with 。” ends the sentence after the ”.

    >>> text = "他说:“好。走吧。”然后离开。第二句！"
    >>> [text[s:e] for s, e in split_spans(text)]
    ['他说:“好。走吧。”', '然后离开。', '第二句！']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Section, Sentence

__all__ = ["split_sentences", "split_spans"]

_ENDERS = frozenset("。！？；!?;")
_OPEN = frozenset("“「『")
_CLOSE = frozenset("”」』")
_TRAILING = frozenset("”’」』)）]】")
# A quote left open this long is treated as unbalanced: splitting resumes.
_MAX_QUOTE = 240
_MARK = re.compile("[\n" + re.escape("".join(sorted(_ENDERS | _OPEN | _CLOSE))) + "]")


def split_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (whitespace trimmed, empty ones dropped)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sent = start
    depth = 0
    quote_at = 0
    i = start
    while i < end:
        # jump to the next character that can matter (most characters cannot)
        m = _MARK.search(text, i, end)
        if m is None:
            break
        i = m.start()
        c = text[i]
        if c == "\n":
            _emit(text, sent, i, spans)
            sent, depth = i + 1, 0
        elif c in _OPEN:
            if depth == 0:
                quote_at = i
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif c in _ENDERS and (depth == 0 or i - quote_at > _MAX_QUOTE):
            j = i + 1
            while j < end and (text[j] in _ENDERS or text[j] in _TRAILING):
                j += 1
            _emit(text, sent, j, spans)
            sent, depth, i = j, 0, j
            continue
        elif c in _ENDERS and depth > 0:
            # 。” closes the quote and the sentence with it
            j = i + 1
            while j < end and text[j] in _ENDERS:
                j += 1
            if j < end and text[j] in _CLOSE and depth == 1:
                j += 1
                while j < end and text[j] in _TRAILING:
                    j += 1
                _emit(text, sent, j, spans)
                sent, depth, i = j, 0, j
                continue
        i += 1
    _emit(text, sent, end, spans)
    return spans


def _emit(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    # str.isspace is the \s of the patterns (the same Unicode table), without a pattern call per character
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def split_sentences(text: str, sections: Iterable[Section]) -> tuple[Sentence, ...]:
    """Sentences of every section, in text order; none crosses a section boundary."""
    out = [
        Sentence(s, e, sec.kind)
        for sec in sorted(sections, key=lambda x: x.start)
        for s, e in split_spans(text, sec.start, sec.end)
    ]
    return tuple(out)
