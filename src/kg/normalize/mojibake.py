"""Repair misaligned-GBK mojibake: ``?!北R強`` -> ``。”盧強``, ``日?qǐng)?bào)`` -> ``日報``.

How such spans arise: the page's GBK bytes were read one byte off for a stretch, so each decoded
pair straddles two real characters, until an ASCII byte puts the reader back in step. On the way a
byte was lost to ``?`` (a lead byte alone, or a lead byte with the ASCII byte after it, e.g. a digit
or the ``(`` of a pinyin annotation), full-width punctuation read in the shifted frame came out as
ASCII (``！`` -> ``!``), a pinyin annotation was attached to a shifted character (``?gòu)`` after 購,
which was really half of 召 and half of 廣), and a shifted pair that is no character was dropped.

Repair inverts that: starting at a ``?``, the span is re-encoded to GBK, each ``?`` becomes a
candidate byte (plus an optional eaten ASCII byte), ASCII punctuation may stand for its full-width
form, a pinyin fragment after a ``?`` may be deleted, a few dropped pairs may be re-inserted (only
where the shifted pair would have been invalid GBK, which is what made the reader drop it),
and the bytes are decoded in the other frame. A beam search keeps the candidates whose text is most
plausible under a character model built from jieba's dictionary (words it knows, common characters,
shipped as counts: see ``charmodel``); the best one, rescored with whole words and the page's own
evidence (script, quotes, parentheses, numbers, pinyin), replaces the span when it is clearly more
plausible than the span as it stands. Guessed characters come from the model's known characters,
commonest first, so a span costs a few hundredths of a second.

Nothing here is specific to any article: it is tested on corruptions made from clean text.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from .offsets import Edit
from .pinyin import TONE_VOWELS

__all__ = ["CharModel", "char_model", "corrupt_gbk", "mojibake_edits"]

_HAN = re.compile(r"[\u3400-\u9fff]")
_PINYIN_TAIL = re.compile(rf"[a-zA-Z{TONE_VOWELS}]{{1,7}}\)")
_PINYIN_PAREN = re.compile(rf"\(?[a-zA-Z{TONE_VOWELS}]{{1,7}}\)")
_FULLWIDTH_ABLE = frozenset(",.:;!?%")  # ASCII that may stand for a full-width GBK form (a3 xx)
_EATEN_PUNCT = ",:;()"
_WINDOW = 28  # characters examined after a '?'
_BUDGET = 150_000  # states examined per span at most, so a hopeless span costs a bounded time
_SUSPECT_PER_CHAR = -9.0  # mean log-probability below which a stretch looks like mojibake
_PRUNE = 12.0  # log-probability a shifted reading may trail the best finished one
_BEAM = 64
_GAIN = 6.0  # log-probability a repair must win by
_GUESS_COST = 1.0  # per guessed byte, so a repair does not invent more than it needs
_RARE = 30  # (= charmodel.MIN_CHAR_FREQ) a character this rare in the dictionary looks like mojibake
_ALL_CHARS = 600  # characters tried for a wholly unknown pair
_MAX_DROPS = 3  # dropped pairs re-inserted per span at most
_DROP_RANK = 32  # only the best states of the beam try a dropped pair
_RESCORE = 32  # endings per span end rescored with the word model
# Searches per document at most. A misaligned decode leaves a handful of spots per page; a page with
# hundreds of '?' was damaged some other way (replacement characters) and cannot be repaired like
# this, so past the budget spans are only reported: the cost of a document stays bounded.
_SEARCHES_PER_DOCUMENT = 40


@dataclass
class CharModel:
    """Character and word counts from a word list (jieba's dictionary), simplified script."""

    uni: dict[str, int]
    bi: dict[str, int]
    words: dict[str, int]
    total: int
    _memo: dict[tuple[str, str], float] = field(default_factory=dict)

    def logp(self, prev: str, char: str) -> float:
        key = (prev, char)
        got = self._memo.get(key)
        if got is not None:
            return got
        p_uni = _non_han_prob(char)
        if p_uni is None:
            p_uni = (self.uni.get(char, 0) + 0.5) / self.total
        p_bi = 0.0
        if prev and prev in self.uni:
            p_bi = self.bi.get(prev + char, 0) / self.uni[prev]
        elif prev and p_bi == 0.0 and (_FULL.get(prev, prev) + _FULL.get(char, char)) in _PUNCT_PAIRS:
            p_bi = 0.3
        elif prev and _non_han_prob(prev) is not None and _non_han_prob(char) is not None and not (
            prev.isalnum() or char.isalnum()
        ):
            p_uni *= 0.05  # two punctuation marks in a row are rare unless a known pair
        got = math.log(0.6 * p_bi + 0.4 * p_uni)
        self._memo[key] = got
        return got

    def score(self, text: str, prev: str = "") -> float:
        total = 0.0
        for c in text:
            c = _simple(c)
            total += self.logp(prev, c)
            prev = c
        return total

    def word_score(self, text: str) -> float:
        """Log-probability of the best segmentation into dictionary words (jieba's model)."""
        text = "".join(_simple(c) for c in text)
        n = len(text)
        best = [0.0] + [-math.inf] * n
        log_total = math.log(self.total)
        for i in range(1, n + 1):
            c = text[i - 1]
            one = _non_han_prob(c)
            single = math.log(one) if one is not None else math.log(self.uni.get(c, 0) + 0.5) - log_total
            b = best[i - 1] + single
            for j in range(max(0, i - 6), i - 1):
                f = self.words.get(text[j:i])
                if f:
                    b = max(b, best[j] + math.log(f) - log_total)
            best[i] = b
        return best[n]

    def rare(self, char: str) -> bool:
        return bool(_HAN.match(char)) and self.uni.get(_simple(char), 0) < _RARE


#: Punctuation pairs common in Chinese text (a closing quote after a full stop, and so on).
#: ASCII punctuation -> its full-width form (pages mix both; pairs are looked up full-width).
_FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F) if not chr(c).isalnum()}
_PUNCT_PAIRS = frozenset(
    ["。”", "！”", "？”", "”，", "”。", "）。", "），", "，“", "：“", "。“", "”、", "、“", "”；", "；“", "”（", "。（", "”：", "…”", "……", "——", "》，", "》。", "，《", "、《"]
    + [a + b for a in "。！？" for b in "”’」』"]
)


def _non_han_prob(c: str) -> float | None:
    if "\u3400" <= c <= "\u9fff":
        return None
    if c in "，。、：；“”！？（）《》—…,:;!()":
        return 0.02  # ASCII and full-width alike: the seeds already mix them
    if c.isdigit():
        return 0.003 if c.isascii() else 0.0003  # full-width digits are rare in running text
    if c == "?":
        return 0.001
    if c.isascii() and c.isalpha():
        return 0.0003
    return 0.00005  # pinyin letters, symbols, anything else


@functools.cache
def char_model() -> CharModel:
    """Loaded once per process from the shipped counts (see ``charmodel``), a tenth of a second."""
    from .charmodel import load_counts

    uni, words, total = load_counts()
    bi: dict[str, int] = {}
    for word, freq in words.items():
        for a, b in itertools.pairwise(word):
            bi[a + b] = bi.get(a + b, 0) + freq
    return CharModel(uni, bi, words, total)


_SIMPLE: dict[str, str] = {}  # character -> simplified, filled as characters are met


def _simple(c: str) -> str:
    got = _SIMPLE.get(c)
    if got is None:
        if "\u3400" <= c <= "\u9fff":
            from .convert import to_simplified

            got = to_simplified(c)
        else:
            got = c
        _SIMPLE[c] = got
    return got


def _prime_simple(chars: Iterable[str]) -> None:
    """Convert many characters in one call (one OpenCC call instead of thousands)."""
    from .convert import to_simplified

    todo = [c for c in chars if c not in _SIMPLE and "\u3400" <= c <= "\u9fff"]
    converted = to_simplified("\n".join(todo)).split("\n")
    if len(converted) == len(todo):
        _SIMPLE.update(zip(todo, converted))


@functools.lru_cache(maxsize=65536)
def _pair(lead: int, trail: int) -> str | None:
    try:
        return bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return None


# --- the byte lattice ------------------------------------------------------------------------------
# An item is one alternative reading of one raw character: a tuple of bytes where -1 is "unknown
# byte" and -2 is "unknown ASCII digit"; an item also says how many raw characters it covers.

_UNKNOWN = -1
_DIGIT = -2
_ANY_LEAD = -3  # pending: a lead byte not yet known, fixed by the trail that follows
_DROPPED_LEAD = -4  # pending: like _ANY_LEAD, after a dropped pair (whose second byte it is)


def _readings(text: str, i: int) -> list[tuple[tuple[int, ...], int, float]]:
    """Ways to read ``text[i]`` (and what it swallows) as bytes: (bytes, chars covered, cost)."""
    c = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    out: list[tuple[tuple[int, ...], int, float]]
    if c == "?":
        out = [((_UNKNOWN,), 1, _GUESS_COST)]
        m = _PINYIN_TAIL.match(text, i + 1)
        if m and any(ch in TONE_VOWELS for ch in m.group()):
            # '?' = a byte plus the '(' of a pinyin annotation; the annotation goes
            out.append(((_UNKNOWN,), 1 + len(m.group()), _GUESS_COST))
        if nxt.isdigit():
            out.append(((_UNKNOWN, _DIGIT), 1, 2 * _GUESS_COST))
        # the ASCII punctuation right after a shifted trail byte was eaten with it
        out.extend(((_UNKNOWN, ord(a)), 1, 2 * _GUESS_COST) for a in _EATEN_PUNCT)
        return out
    if c.isascii():
        out = [((ord(c),), 1, 0.0)]
        if c in _FULLWIDTH_ABLE:
            out.append(((0xA3, ord(c) + 0x80), 1, 0.0))
        return out
    try:
        b = c.encode("gbk")
    except UnicodeEncodeError:
        return []
    return [(tuple(b), 1, 0.0)]


class _State(NamedTuple):  # a tuple: the search makes a hundred thousand of them
    pos: int  # next raw character index
    pending: int  # lead byte waiting for its trail, or -1
    out: str
    score: float  # model log-probability of ``out`` minus guess costs
    inserted: int  # dropped pairs re-inserted so far
    cost: float = 0.0  # guess costs alone


def _feed(model: CharModel, st: _State, byte: int, prev: str, cap: int | None = None
          ) -> tuple[list[_State], int]:
    """Feed one (possibly unknown) byte into a state: (the states it can become, how many there are).

    With ``cap``, only the ``cap`` best of a large fan-out are built (see ``_emit_best``); the count is
    still of all of them, so callers account work and truncate exactly as if all had been built.
    """
    if byte == _DIGIT:
        return _counted([_emit(model, st, d, prev) for d in "0123456789"] if st.pending == -1 else [])
        return [_emit(model, st, d, prev) for d in "0123456789"] if st.pending == -1 else []
    if st.pending == -1:
        if byte == _UNKNOWN:
            return _counted([_State(st.pos, _ANY_LEAD, st.out, st.score, st.inserted, st.cost)])
        if byte < 0x80:
            return _counted([_emit(model, st, chr(byte), prev)])
        if 0x81 <= byte <= 0xFE:
            return _counted([_State(st.pos, byte, st.out, st.score, st.inserted, st.cost)])
        return _counted([])
    if st.pending == _ANY_LEAD:
        chars = _all_chars() if byte == _UNKNOWN else _chars_with_trail(byte)
    elif st.pending == _DROPPED_LEAD:
        # the shifted reader dropped (trail of the last character, lead of this one): an invalid pair
        chars = _after_drop(st.out[-1].encode("gbk")[-1], byte)
    elif byte == _UNKNOWN:
        chars = _chars_with_lead(st.pending)
    else:
        ch = _pair(st.pending, byte)
        return _counted([_emit(model, st, ch, prev)] if ch else [])
    return _emit_best(model, st, chars, prev, cap), len(chars)


def _counted(states: list[_State]) -> tuple[list[_State], int]:
    return states, len(states)


@dataclass(frozen=True)
class _Table:
    """Every two-byte GBK character the model does not call rare, bucketed by byte, commonest first."""

    by_lead: dict[int, tuple[str, ...]]
    by_trail: dict[int, tuple[str, ...]]
    common: tuple[str, ...]  # the commonest of all: a character guessed from nothing must be common
    code: dict[str, tuple[int, int]]


@functools.cache
def _table() -> _Table:
    model = char_model()
    code: dict[str, tuple[int, int]] = {}
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            ch = _pair(lead, trail)
            if ch and ch not in code:
                code[ch] = (lead, trail)
    _prime_simple(code)
    ranked = sorted((ch for ch in code if not model.rare(ch)), key=lambda ch: (-_frequency(model, ch), ch))
    by_lead: dict[int, list[str]] = {}
    by_trail: dict[int, list[str]] = {}
    for ch in ranked:
        lead, trail = code[ch]
        by_lead.setdefault(lead, []).append(ch)
        by_trail.setdefault(trail, []).append(ch)
    return _Table({k: tuple(v) for k, v in by_lead.items()}, {k: tuple(v) for k, v in by_trail.items()},
                  tuple(ranked[:_ALL_CHARS]), code)


def _chars_with_trail(trail: int) -> tuple[str, ...]:
    return _table().by_trail.get(trail, ())


def _chars_with_lead(lead: int) -> tuple[str, ...]:
    return _table().by_lead.get(lead, ())


def _all_chars() -> tuple[str, ...]:
    return _table().common


#: Trail bytes that make an invalid shifted pair with some common lead byte (so the pair was dropped).
_DROP_TRAILS = frozenset([0xA2, *range(0xA4, 0xB0), *range(0xF8, 0xFF)])


@functools.cache
def _after_drop(prev_trail: int, trail: int) -> tuple[str, ...]:
    code = _table().code
    chars = _all_chars() if trail == _UNKNOWN else _chars_with_trail(trail)
    return tuple(ch for ch in chars if _pair(prev_trail, code[ch][0]) is None)


@functools.cache
def _before_drop(lead: int) -> tuple[str, ...]:
    code = _table().code
    chars = _all_chars() if lead == _ANY_LEAD else _chars_with_lead(lead)
    return tuple(ch for ch in chars if code[ch][1] in _DROP_TRAILS)


def _frequency(model: CharModel, ch: str) -> float:
    # punctuation is not in the word list; rank it as often as the model expects to see it
    other = _non_han_prob(ch)
    return model.uni.get(_simple(ch), 0) if other is None else other * model.total


def _emit(model: CharModel, st: _State, ch: str, prev: str) -> _State:
    last = _simple(st.out[-1]) if st.out else prev
    return _State(st.pos, -1, st.out + ch, st.score + model.logp(last, _simple(ch)), st.inserted, st.cost)


def _emit_best(model: CharModel, st: _State, chars: tuple[str, ...], prev: str, cap: int | None
               ) -> list[_State]:
    """``[_emit(model, st, ch, prev) for ch in chars]``, keeping only the ``cap`` best when given.

    The kept states stay in candidate order, and of equal scores the earlier candidate wins, so a
    caller's stable sort and truncation pick exactly what they would have picked from all of them;
    building a few dozen states instead of hundreds is what makes a search cheap.
    """
    last = _simple(st.out[-1]) if st.out else prev
    logps = _logps(model, last, chars)
    base = st.score
    keep: Iterable[int] = range(len(chars))
    if cap is not None and len(chars) > cap:
        scores = [base + lp for lp in logps]
        keep = sorted(heapq.nlargest(cap, keep, key=scores.__getitem__))
    return [_State(st.pos, -1, st.out + chars[i], base + logps[i], st.inserted, st.cost) for i in keep]


#: (previous character, id of a candidate tuple) -> (the tuple, log-probability of each candidate after
#: that character). The candidate tuples live in caches for the whole process, so their ids are stable;
#: the tuple is kept beside its scores and checked, in case an id is ever reused.
_LOGPS: dict[tuple[str, int], tuple[tuple[str, ...], list[float]]] = {}
_LOGPS_MAX = 2048


def _logps(model: CharModel, last: str, chars: tuple[str, ...]) -> list[float]:
    key = (last, id(chars))
    got = _LOGPS.get(key)
    if got is not None and got[0] is chars:
        return got[1]
    logps = [model.logp(last, _simple(ch)) for ch in chars]
    if len(_LOGPS) >= _LOGPS_MAX:
        _LOGPS.clear()  # bounded memory; refilled from the model's own memo
    _LOGPS[key] = (chars, logps)
    return logps


def _repair_at(model: CharModel, text: str, p: int) -> tuple[int, str, float] | None:
    """Best ``(end, replacement, gain)`` for a span starting at the '?' at ``p``, or None."""
    limit = min(len(text), p + _WINDOW)
    nl = text.find("\n", p)
    if nl != -1:
        limit = min(limit, nl)
    prev = _simple(text[p - 1]) if p > 0 else ""
    # the '?' is the lead byte of the first pair in the other frame
    beam = [_State(p, -1, "", 0.0, 0)]
    finished: list[_State] = []
    raw_cum = [0.0]
    last = prev
    for c in text[p:limit]:
        raw_cum.append(raw_cum[-1] + model.logp(last, _simple(c)))
        last = _simple(c)
    best_end = -math.inf
    work = 0
    while beam and work < _BUDGET:
        nxt: list[_State] = []
        for rank, st in enumerate(beam):
            if st.pos >= limit:
                continue
            trail: list[_State] | None = None
            for seq, covered, cost in _readings(text, st.pos):
                if seq == (_UNKNOWN,) and covered == 1 and st.pending != -1 and not text[
                        st.pos + 1:st.pos + 2].isascii():
                    # a lone byte in trail position would have taken the ASCII byte after it along
                    cost += 6 * _GUESS_COST
                rest = seq
                if seq[0] == _UNKNOWN and st.pending >= 0x81:
                    # the trail guess is the same for every reading of this '?': work it out once
                    if trail is None:
                        fed, _ = _feed(model, st, _UNKNOWN, prev, cap=_BEAM // 2)
                        trail = sorted(fed, key=lambda x: -x.score)[:_BEAM // 2]
                        work += len(trail)
                    states = [_State(t.pos + covered, t.pending, t.out, t.score - cost, t.inserted, t.cost + cost)
                              for t in trail]
                    rest = seq[1:]
                else:
                    states = [_State(st.pos + covered, st.pending, st.out, st.score - cost, st.inserted,
                                     st.cost + cost)]
                for b in rest:
                    fed_all: list[_State] = []
                    count = 0
                    for s in states:
                        # a state with more than _BEAM successors makes the total exceed it: capping
                        # each at _BEAM loses nothing the truncation below would keep
                        fed, n = _feed(model, s, b, prev, cap=_BEAM)
                        fed_all.extend(fed)
                        count += n
                    states = fed_all
                    work += count
                    if count > _BEAM:
                        states = sorted(states, key=lambda x: -x.score)[:_BEAM]
                nxt.extend(states)
            # a pair the shifted reader dropped: two unknown bytes between characters
            if st.inserted < _MAX_DROPS and st.pending >= 0x81 and rank < _DROP_RANK:
                firsts = sorted(_emit_best(model, st, _before_drop(st.pending), prev, _BEAM // 4),
                                key=lambda x: -x.score)[:_BEAM // 4]
                work += len(firsts)
                nxt.extend(_State(s.pos, _DROPPED_LEAD, s.out, s.score - 2 * _GUESS_COST, s.inserted + 1,
                                  s.cost + 2 * _GUESS_COST) for s in firsts)
        # only states whose lead is resolved can end the span; keep the best of each kind
        nxt.sort(key=lambda s: -s.score)
        beam = []
        seen: set[tuple[int, int, str]] = set()
        groups: dict[tuple[int, bool, int], int] = {}
        for s in nxt:
            key = (s.pos, s.pending, s.out[-2:])
            # a guessed digit or a re-inserted pair must not be crowded out by readings without
            group = (s.pos, s.out[-1:].isdigit(), s.inserted)
            if key in seen or groups.get(group, 0) >= _BEAM:
                continue
            seen.add(key)
            groups[group] = groups.get(group, 0) + 1
            beam.append(s)
        # a state back in step ends the span here: reading on would only repeat the raw text
        still = []
        for s in beam:
            if s.pending == -1 and s.pos > p + 1:
                finished.append(s)
                best_end = max(best_end, s.score - raw_cum[s.pos - p])
            else:
                still.append(s)
        # a shifted reading far below "repaired so far + raw text after" will not catch up
        beam = [s for s in still if s.score - raw_cum[s.pos - p] > best_end - _PRUNE]
    return _choose(model, text, p, limit, finished)


def _choose(model: CharModel, text: str, p: int, limit: int, finished: list[_State]
            ) -> tuple[int, str, float] | None:
    """Rescore the beam's best endings with the word model and the page's own evidence."""
    seen: set[tuple[int, str]] = set()
    per_kind: dict[tuple[int, bool], int] = {}
    short = []
    for s in sorted(finished, key=lambda x: -x.score):
        if (s.pos, s.out) in seen or any(model.rare(c) for c in s.out):
            continue
        # keep a few of each ending and of each kind (with or without a guessed digit)
        kind = (s.pos, s.out[-1:].isdigit())
        if per_kind.get(kind, 0) >= _RESCORE:
            continue
        per_kind[kind] = per_kind.get(kind, 0) + 1
        seen.add((s.pos, s.out))
        short.append(s)
    line_start = text.rfind("\n", 0, p) + 1
    line_end = text.find("\n", p) % (len(text) + 1)
    left = _strip_pinyin(text[max(line_start, p - 6):p])
    right = _strip_pinyin(text[limit:limit + 12])[:4]
    open_quotes = text.count("“", line_start, p) - text.count("”", line_start, p)
    traditional = _traditional_context(text, p)
    orig = model.word_score(left + _strip_pinyin(text[p:limit]) + right)
    best = None
    for s in short:
        cand = model.word_score(left + s.out + _strip_pinyin(text[s.pos:limit]) + right) - s.cost
        # quotes: close an open one, do not open a second
        if "“" in s.out and open_quotes > 0 or "”" in s.out and open_quotes <= 0:
            cand -= 3.0
        # the page's own script: traditional characters in a traditional page
        cand -= 0.5 * sum(1 for c in s.out if _HAN.match(c) and (_simple(c) != c) != traditional)
        cand += _number_evidence(text, p, s)
        cand += _pinyin_evidence(text, p, s)
        # parentheses: a guessed '(' or ')' should balance the line, not unbalance it
        cand -= 3.0 * abs(_paren_balance(text[line_start:p] + s.out + text[s.pos:line_end]))
        cand += 3.0 * abs(_paren_balance(text[line_start:line_end]))
        # a paragraph ends with a sentence: a repair reaching the end of the line should too
        if s.pos == limit == line_end and _SENTENCE_FINAL.search(s.out):
            cand += 3.0
        gain = cand - orig
        if best is None or gain > best[2]:
            best = (s.pos, s.out, gain)
    return best


def _paren_balance(line: str) -> int:
    line = _PINYIN_PAREN.sub("", line)  # annotations, and their tails cut by the damage, are not prose
    return line.count("(") + line.count("（") - line.count(")") - line.count("）")


def _strip_pinyin(text: str) -> str:
    from .pinyin import PINYIN_ANNOTATION

    return PINYIN_ANNOTATION.sub("", text)


def _traditional_context(text: str, p: int) -> bool:
    near = text[max(0, p - 40):p + 40]
    return sum(1 for c in near if _HAN.match(c) and _simple(c) != c) >= 2


_SENTENCE_FINAL = re.compile(r"[。！？!?][”’」』]?$")
_NUMBER_UNIT = re.compile(r"\d+[^\d\s]{0,2}")


def _number_evidence(text: str, p: int, s: _State) -> float:
    """A guessed digit is worth it only if the page (or common usage) knows the number it makes."""
    m = re.search(r"\d+$", s.out)
    if not m or not s.pos < len(text) or not text[s.pos].isdigit():
        return 0.0
    tail = _NUMBER_UNIT.match(text, s.pos)
    number = m.group() + (tail.group() if tail else "")
    digits_end = len(number) - len(number.lstrip("0123456789"))
    if any(number[:k] in _COMMON_NUMBERS for k in range(digits_end, len(number) + 1)):
        return 8.0
    probe = number[: digits_end + 1]
    elsewhere = text[:p].count(probe) + text[s.pos + len(probe) - len(m.group()):].count(probe)
    return 8.0 if elsewhere else 0.0


def _pinyin_evidence(text: str, p: int, s: _State) -> float:
    """A pinyin fragment in the span that spells a repaired character's reading confirms it."""
    fragments = {m.group(1) for m in re.finditer(rf"\?([a-zA-Z{TONE_VOWELS}]{{1,7}})\)", text[p:s.pos])}
    if not fragments:
        return 0.0
    return 4.0 * sum(1 for c in s.out if _HAN.match(c) and fragments & _readings_of(c))


def _readings_of(char: str) -> frozenset[str]:
    from .charmodel import load_readings

    readings = load_readings()
    return readings.get(char) or readings.get(_simple(char), frozenset())


#: Numbers with a unit that news text uses far more than their neighbours (general usage).
_COMMON_NUMBERS = frozenset(
    ["24小时", "24時", "12小时", "48小时", "72小时", "365天", "100%", "12月", "10月", "11月", "7天", "30天", "15分钟", "30分钟", "24小時", "12小時", "48小時", "72小時", "15分鐘", "30分鐘"]
)


def _worth_trying(model: CharModel, text: str, p: int) -> bool:
    """A '?' glued to a pinyin tail, to ASCII punctuation or digits, or followed by rare characters."""
    nxt = text[p + 1]
    if _PINYIN_TAIL.match(text, p + 1) or nxt in ",.:;!?%！，。：；？" or nxt.isdigit() or "?" in text[p + 2:p + 5]:
        return True
    ahead = text[p + 1:p + 9]
    if any(model.rare(c) for c in ahead):
        return True
    # shifted readings of real text score far below real text
    return model.score(ahead, _simple(text[p - 1])) < _SUSPECT_PER_CHAR * len(ahead)


_QUESTION_PARTICLES = frozenset("吗呢么吧啊嘛谁")


def _suspicious(model: CharModel, text: str, p: int) -> tuple[int, int] | None:
    """The span around a '?' that looks like mojibake (rare characters, a pinyin tail, '??'), if any."""
    end = p + 1
    hit = bool(_PINYIN_TAIL.match(text, p + 1)) and p > 0 and bool(_HAN.match(text[p - 1]))
    if (text[p + 1:p + 2] == "?" and (_HAN.match(text[p + 2:p + 3]) or text[p + 2:p + 3].isdigit())
            and text[p - 1:p] not in _QUESTION_PARTICLES):
        hit, end = True, p + 2  # '??' inside a sentence: a lost byte and an eaten one, not a question
    stop = min(len(text), p + 8)
    for i in range(p + 1, stop):
        c = text[i]
        if c in "\n ，。":
            break
        if model.rare(c):
            hit, end = True, i + 1
    return (p, max(end, p + 1)) if hit else None


def mojibake_edits(text: str) -> tuple[list[Edit], list[tuple[int, int]]]:
    """Edits repairing mojibake spans, and the spans that look corrupt but could not be repaired.

    Cheap when the text has no ``?``: nothing is loaded.
    """
    if "?" not in text:
        return [], []
    model = None
    edits: list[Edit] = []
    unrepaired: list[tuple[int, int]] = []
    pos = 0
    searches = 0
    for m in re.finditer(r"\?", text):
        p = m.start()
        if p < pos or p == 0 or text[p - 1] in "\n ?":
            continue
        nxt = text[p + 1] if p + 1 < len(text) else "\n"
        if nxt in "\n \t”\"'":
            continue  # a real question mark ends a sentence or a quote
        model = model or char_model()
        if not _worth_trying(model, text, p):
            continue
        searches += 1
        found = _repair_at(model, text, p) if searches <= _SEARCHES_PER_DOCUMENT else None
        if found and found[2] >= _GAIN:
            end, rep, _ = found
            edits.append((p, end, rep))
            pos = end
            continue
        span = _suspicious(model, text, p)
        if span:
            unrepaired.append(span)
            pos = span[1]
    return edits, unrepaired


def corrupt_gbk(text: str, at: int) -> str:
    """Simulate the damage: GBK bytes from character ``at`` on read one byte off, lead lost to '?'.

    For tests. Invalid pairs ending in an ASCII byte become one '?' (the ASCII byte is eaten);
    other invalid pairs vanish; reading falls back in step at an ASCII byte in lead position.
    """
    head = text[:at].encode("gbk", "replace")
    rest = text[at:].encode("gbk")
    if not rest or rest[0] < 0x80:
        raise ValueError("corruption must start at a two-byte character")
    out = [head.decode("gbk"), "?"]
    i = 1
    while i < len(rest):
        b = rest[i]
        if b < 0x80:
            # back in step: the remaining bytes decode normally
            out.append(rest[i:].decode("gbk"))
            break
        if i + 1 >= len(rest):
            out.append("?")
            break
        t = rest[i + 1]
        ch = _pair(b, t)
        if ch is not None:
            out.append(ch)
        elif t < 0x80:
            out.append("?")
        i += 2
    return "".join(out)
