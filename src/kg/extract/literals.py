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

    def __init__(self, words: Iterable[str], after: Callable[[str], str] | None = None,
                 from_end: bool | None = None) -> None:
        self.words = tuple(sorted({w for w in words if w}, key=lambda w: (-len(w), w)))
        pattern = trie_pattern(self.words, after)
        self.regex = re.compile(pattern)  #: the trie as a regex, for match/search at one place
        # a zero-width match tried at every position: a class of first characters rejects most at once
        # (compiled on first use: ``re`` takes long to compile a large trie, and most scans never need it)
        first_set = {re.escape(w[0]) for w in self.words}
        firsts = "".join(sorted(first_set))
        self._each_start_pattern = "(?=[" + firsts + "])(?=(" + pattern + "))" if firsts else "(?!)"
        self._each_start: re.Pattern[str] | None = None
        # ``re`` pays for every position holding a first character; words that share fewer last characters
        # (suffixes: 公司, 局, 所) are found with fewer tries from their ends, in the reversed text, then
        # matched forward at the starts found only. Measured: worth it for every start when there are
        # fewer last characters than first ones, for non-overlapping spans when less than half as many
        # (``from_end``: None chooses so, True/False force it either way)
        last_set = {re.escape(w[-1]) for w in self.words}
        self._from_end = bool(self.words) and (len(last_set) < len(first_set) if from_end is None else from_end)
        self._spans_from_end = self._from_end and (2 * len(last_set) < len(first_set) if from_end is None else True)
        self._ends: re.Pattern[str] | None = None  # (compiled on first use, as above)
        #: last characters of the words ``after`` adds a lookahead to (the forward match decides for them)
        self._guarded = frozenset(w[-1] for w in self.words if after and after(w))
        #: reversed word -> how far back from its end each word that it ends with starts
        self._back: dict[str, tuple[int, ...]] = {}

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each match, left to right, as ``re.finditer`` over the flat alternation gives
        them (leftmost, then longest, scanning on after the match)."""
        if not self._spans_from_end:
            return [m.span() for m in self.regex.finditer(text)]
        # the longest word at each start where a word begins, in order and past the last match, as finditer
        # would take them (same matches; the forward match is tried only where a lookahead may refuse it)
        out = []
        pos = 0
        match, guarded = self.regex.match, self._guarded
        longest = self._longest(text)
        for p in sorted(longest):
            if p >= pos:
                end = longest[p]
                if guarded and text[end - 1] in guarded:
                    found = match(text, p)
                    if found is None:
                        continue
                    end = found.end()
                out.append((p, end))
                pos = end
        return out

    def longest_at_each_start(self, text: str) -> list[tuple[int, str]]:
        """(start, word) for every position where a word begins, with the longest word there (overlapping
        occurrences included: 供电公司 at 2 and 公司 at 4)."""
        if not self._from_end:
            if self._each_start is None:
                self._each_start = re.compile(self._each_start_pattern)
            return [(m.start(), m.group(1)) for m in self._each_start.finditer(text)]
        match, guarded = self.regex.match, self._guarded
        longest = self._longest(text)
        if guarded:
            return [(p, found.group()) for p in sorted(longest) if (found := match(text, p)) is not None]
        return [(p, text[p:longest[p]]) for p in sorted(longest)]

    def _longest(self, text: str) -> dict[int, int]:
        """Offset where a word occurs -> end of the longest word there (``after`` not applied), found from
        ends in the reversed text: every occurrence ends where a reversed word starts in the reversed text,
        and starts one of the lengths of the words that end that one before it. (The reversed text is read
        left to right, so ends come largest first: the first end seen for a start is the longest word's.)"""
        ends = self._ends
        if ends is None:
            known = set(self.words)
            # (the table before the pattern: a thread seeing the pattern set finds its table complete)
            self._back = {w[::-1]: tuple(sorted({len(w) - j for j in range(len(w)) if w[j:] in known}))
                          for w in self.words}
            ends = self._ends = re.compile(_reversed_pattern(self.words))
        n, back = len(text), self._back
        longest: dict[int, int] = {}
        setdefault = longest.setdefault
        for m in ends.finditer(text[::-1]):
            end = n - m.start()
            for k in back[m.group() + m.group(m.lastindex)]:  # type: ignore[arg-type]
                setdefault(end - k, end)
        return longest


def _reversed_pattern(words: Iterable[str]) -> str:
    """The longest reversed word at a position of the reversed text, as one alternative per last character:
    ``c(?=(rest))``, the character consumed and the rest of the reversed word in the group the match's
    ``lastindex`` names. (An alternation of literals gives ``re`` a set of first characters to skip to
    in C; a lookahead first, as in ``(?=(trie))``, is tried at every position.)"""
    rests: dict[str, set[str]] = {}
    for w in words:
        rests.setdefault(w[-1], set()).add(w[-2::-1])
    alts = []
    for last, after in sorted(rests.items()):
        rest = trie_pattern(after) if after != {""} else ""
        if "" in after and rest:
            rest = "(?:" + rest + ")?"  # (the word of the one character is the shortest: tried last)
        alts.append(re.escape(last) + "(?=(" + rest + "))")
    return "|".join(alts) if alts else "(?!)"
