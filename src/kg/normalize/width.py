"""Full-width digits and Latin letters to ASCII; whitespace runs collapsed, line breaks kept.

Chinese punctuation (，。：“”) is left alone: it carries sentence structure.

    >>> width_edits("Ａ１ ２")
    [(0, 2, 'A1'), (3, 4, '2')]
"""

from __future__ import annotations

import re

from .offsets import Edit

__all__ = ["blank_line_edits", "whitespace_edits", "width_edits"]

_FULL = "".join(chr(c) for c in range(0xFF10, 0xFF1A)) + "".join(
    chr(c) for c in list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B))
)
_TABLE = {ord(c): ord(c) - 0xFEE0 for c in _FULL}
_FULL_RUN = re.compile(f"[{_FULL}]+")
# horizontal whitespace incl. ideographic space and no-break space
_H = r"[ \t\u00a0\u3000\u2002-\u200b\ufeff\r\f\v]"
# One run of horizontal whitespace; whitespace_edits decides what it becomes. A pattern that opens with
# a character class is scanned for in C, where an alternation with ^ and $ is tried at every position.
_H_RUN = re.compile(f"{_H}+")
_BLANK_LINES = re.compile(r"\n{3,}")


def width_edits(text: str) -> list[Edit]:
    return [(m.start(), m.end(), m.group().translate(_TABLE)) for m in _FULL_RUN.finditer(text)]


def whitespace_edits(text: str) -> list[Edit]:
    """Strip line edges and collapse inner whitespace runs to one space (run before blank_line_edits):
    a run at the start or end of a line goes, a longer one inside a line (or one odd space) becomes " "."""
    edits: list[Edit] = []
    n = len(text)
    for m in _H_RUN.finditer(text):
        start, end = m.span()
        if start == 0 or text[start - 1] == "\n" or end == n or text[end] == "\n":
            edits.append((start, end, ""))
        elif end - start >= 2 or text[start] != " ":
            edits.append((start, end, " "))
    return edits


def blank_line_edits(text: str) -> list[Edit]:
    """At most one blank line in a row: paragraph breaks stay, runs of them do not."""
    if "\n\n\n" not in text:  # the usual case, found by str's search, far faster than the pattern's
        return []
    return [(m.start(), m.end(), "\n\n") for m in _BLANK_LINES.finditer(text)]
