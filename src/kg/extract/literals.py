"""Scans for many literal words at once (suffixes, titles, gazetteers), with the matches of a regex
alternation but without its cost: ``re`` tries every alternative at every position, an Aho-Corasick
automaton (pyahocorasick) reads the text once in C.

    >>> scan = LiteralScan(["公司", "供电公司", "局"])
    >>> scan.spans("国网某县供电公司和某局")
    [(4, 8), (10, 11)]

The spans are exactly those of ``re.finditer`` over the words joined longest first (leftmost match,
then the longest word there, scanning on after it). Without pyahocorasick the regex itself is used. (The automaton's own ``iter_long`` is not used: it
misses matches after a failed longer word, e.g. 乙丙 in 丙乙乙丙 beside 丙乙乙甲.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["LiteralScan"]

#: refuse(text, start, end) -> True when the word found there must not match (a regex lookahead).
Refuse = Callable[[str, int, int], bool]


class LiteralScan:
    """Non-overlapping leftmost-longest occurrences of literal words (see the module docstring)."""

    def __init__(self, words: Iterable[str], refuse: Refuse | None = None) -> None:
        self.words = tuple(sorted({w for w in words if w}, key=lambda w: (-len(w), w)))
        self.refuse = refuse
        try:
            import ahocorasick
        except ImportError:  # the regex gives the same spans, only slower
            self._automaton = None
            self._regex = re.compile("|".join(map(re.escape, self.words))) if self.words else None
            return
        automaton = ahocorasick.Automaton()
        for word in self.words:
            automaton.add_word(word, len(word))
        if self.words:
            automaton.make_automaton()
        self._automaton = automaton if self.words else None
        self._regex = None

    def starts(self, text: str) -> dict[int, list[int]]:
        """Every start offset where a word occurs -> the lengths found there, longest first (overlapping
        occurrences included)."""
        by_start: dict[int, list[int]] = {}
        if self._automaton is not None:
            for end, length in self._automaton.iter(text):
                by_start.setdefault(end - length + 1, []).append(length)
            for lengths in by_start.values():
                if len(lengths) > 1:
                    lengths.sort(reverse=True)
        elif self._regex is not None:
            for i in range(len(text)):
                lengths = [len(w) for w in self.words if text.startswith(w, i)]
                if lengths:
                    by_start[i] = lengths
        return by_start

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each match, left to right, as ``re.finditer`` over the alternation gives them."""
        if self._automaton is None:
            if self._regex is None:
                return []
            if self.refuse is None:
                return [m.span() for m in self._regex.finditer(text)]
            return self._regex_spans(text)
        by_start = self.starts(text)
        out: list[tuple[int, int]] = []
        last = 0
        refuse = self.refuse
        for start in sorted(by_start):
            if start < last:
                continue
            for length in by_start[start]:
                end = start + length
                if refuse is not None and refuse(text, start, end):
                    continue  # the next shorter word at this start may still match
                out.append((start, end))
                last = end
                break
        return out

    def _regex_spans(self, text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        i = 0
        while i < len(text):
            for word in self.words:
                if text.startswith(word, i) and not self.refuse(text, i, i + len(word)):  # type: ignore[misc]
                    out.append((i, i + len(word)))
                    i += len(word)
                    break
            else:
                i += 1
        return out
