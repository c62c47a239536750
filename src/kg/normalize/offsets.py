"""Offset-keeping edits: every normalization step returns edits on its input, applied here.

An offset map ``m`` has ``len(text) + 1`` entries; ``m[i]`` is the raw index of ``text[i]`` and the last
entry maps the end. Applying edits composes maps with list slices, so a step that changes little costs
little.

    >>> text, m = apply_edits("a(b)c", list(range(6)), [(1, 4, "")])
    >>> text, m
    ('ac', [0, 4, 5])
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["Edit", "apply_edits", "identity_map"]

#: ``(start, end, replacement)`` on the step's input text; edits are sorted and do not overlap.
Edit = tuple[int, int, str]


def identity_map(n: int) -> list[int]:
    return list(range(n + 1))


def apply_edits(text: str, offsets: list[int], edits: Sequence[Edit]) -> tuple[str, list[int]]:
    """Apply sorted, non-overlapping edits; return the new text and its raw offset map.

    A replacement's characters map spread over the raw span they replace (monotonic), an inserted
    character maps to the raw index of the character it precedes.
    """
    if not edits:
        return text, offsets
    pieces: list[str] = []
    new: list[int] = []
    pos = 0
    for start, end, rep in edits:
        if start < pos or end < start:
            raise ValueError(f"overlapping or unsorted edit {(start, end, rep)!r}")
        pieces.append(text[pos:start])
        new.extend(offsets[pos:start])
        pieces.append(rep)
        n = len(rep)
        if n:
            width = end - start
            if width == 0:
                new.extend([offsets[start]] * n)
            else:
                new.extend(offsets[start + (j * width) // n] for j in range(n))
        pos = end
    pieces.append(text[pos:])
    new.extend(offsets[pos:])
    return "".join(pieces), new
