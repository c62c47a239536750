"""Scans for many literal words at once (suffixes, titles, gazetteers) with the matches of a regex
alternation sorted longest first, but much faster: the words are compiled as a trie
(``公司(?:党委|…)?|供电(?:公司|局)|…``), so at each position ``re`` follows one branch per character
instead of trying every word in turn.

    >>> scan = LiteralScan(["公司", "供电公司", "局"])
    >>> scan.spans("国网某县供电公司和某局")
    [(4, 8), (10, 11)]

At each position the longest word wins (a child of a trie node is tried before the word that ends at
the node), as with the flat alternation sorted longest first; ``after`` adds a lookahead to a word
(``区委`` but not before 员), and a word refused by it gives way to the next shorter one, as in the
flat alternation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["LiteralScan", "trie_pattern"]


def trie_pattern(words: Iterable[str], after: Callable[[str], str] | None = None) -> str:
    """A regex matching the longest of ``words`` at a position (``after(word)`` is appended to a word's
    end, e.g. a lookahead). Empty words are ignored; no words gives a pattern that never matches."""
    trie: dict[str, Any] = {}  # character -> child node; "" -> the word ending here
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = word

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append(after(node[""]) if after else "")  # ending here comes last: longer words first
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return build(trie) if trie else "(?!)"


class LiteralScan:
    """Occurrences of literal words (see the module docstring)."""

    def __init__(self, words: Iterable[str], after: Callable[[str], str] | None = None) -> None:
        self.words = tuple(sorted({w for w in words if w}, key=lambda w: (-len(w), w)))
        pattern = trie_pattern(self.words, after)
        self.regex = re.compile(pattern)  #: the trie as a regex, for match/search at one place
        # a zero-width match tried at every position: a class of first characters rejects most at once
        firsts = "".join(sorted({re.escape(w[0]) for w in self.words}))
        self._each_start = re.compile("(?=[" + firsts + "])(?=(" + pattern + "))" if firsts else "(?!)")

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each match, left to right, as ``re.finditer`` over the flat alternation gives
        them (leftmost, then longest, scanning on after the match)."""
        return [m.span() for m in self.regex.finditer(text)]

    def longest_at_each_start(self, text: str) -> list[tuple[int, str]]:
        """(start, word) for every position where a word begins, with the longest word there (overlapping
        occurrences included: 供电公司 at 2 and 公司 at 4)."""
        return [(m.start(), m.group(1)) for m in self._each_start.finditer(text)]
