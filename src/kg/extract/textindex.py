"""One pass of segmentation over a document, shared by every recognizer: tokens with tags, word
boundaries, and the leftward walk that finds where a name before a suffix begins.

    >>> idx = TextIndex.of("为桐庐县养老院开展检查")
    >>> idx.text[idx.name_start(7):7]
    '桐庐县养老院'
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_right as _bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from typing import NamedTuple

from .. import lexicon
from ..segmenter import Token, _new_token, get_segmenter

__all__ = ["HAN", "PUNCT", "Candidate", "TextIndex", "all_han", "find_all", "finditer_at", "is_han", "positions"]

HAN = re.compile(r"[\u4e00-\u9fff]")
PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】,.;:?!\"'()[]<>…—-_ \t\r\n\u3000·/|")

#: Part-of-speech tags that end a name when walking left: function words, pronouns, numerals, adverbs.
STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "q", "d", "y", "e", "o", "f",
             "zg", "t", "mq", "rr", "rz", "ad", "l", "i", "a", "an", "z"}

#: Prepositions that jieba glues to the first word of a name (从国网, 向国网): the name starts after them.
GLUED_PREPOSITIONS = frozenset("从向在对为与和及由把被给到于将")

#: Role words that are titles but may sit inside a unit's name (客户服务中心).
_TITLES_IN_NAMES = frozenset(["客户", "党员", "共产党员", "志愿者", "青年"])

#: A town or township named in the text (在东游镇, 肥西县上派镇, 和右所镇): its stem names local units too.
_LOCAL_TOWN = re.compile(r"(?:^|(?<=[在到赴和、与及,，。；;：:\n])|(?<=[县市区]))([\u4e00-\u9fff]{2})(?:镇|乡)(?![\u4e00-\u9fff]?(?:长|政府|党委|干部|人大|中心))")

_TOWN_BEFORE = frozenset("在到赴和、与及,，。；;：:\n县市区")
_TOWN_NOT_AFTER = re.compile(r"[\u4e00-\u9fff]?(?:长|政府|党委|干部|人大|中心)")


def _local_towns(text: str) -> list[str]:
    """The stems ``_LOCAL_TOWN.finditer`` would give, found from the rare 镇/乡 characters instead of
    trying the lookbehinds at every position (same matches: the stem is the two characters before)."""
    out, last = [], 0
    for q in sorted(find_all(text, "镇") + find_all(text, "乡")):  # (str.find: faster than a class scan)
        a = q - 2
        if a < last or not (is_han(text[a]) and is_han(text[a + 1])) \
                or not (a == 0 or text[a - 1] in _TOWN_BEFORE) or _TOWN_NOT_AFTER.match(text, q + 1):
            continue
        out.append(text[a:q])
        last = q + 1
    return out


#: Domain words that jieba tags as verbs but that belong inside organisation names.
NAME_VERBS = frozenset(
    ["监理", "检修", "服务", "建设", "预防", "控制", "管理", "发展", "营销", "运维", "调度", "供应", "输电", "变电", "配电", "供电", "发电", "施工", "设计", "勘察", "咨询", "投资", "开发", "运营", "维修", "保障", "救援", "指挥", "信息", "通信", "检测", "监测", "监察", "监督", "培训", "研究", "经营", "销售", "保护", "防控", "卫生", "应急", "疾病", "集聚", "扶贫", "抢修", "保卫", "计量", "排涝", "融媒体", "连心", "互助", "联防"]
)


def find_all(text: str, word: str) -> list[int]:
    """Start offsets of every occurrence of ``word`` in ``text`` (overlapping ones included)."""
    out, pos = [], text.find(word)
    while pos >= 0:
        out.append(pos)
        pos = text.find(word, pos + 1)
    return out


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts at one of ``starts``: the same
    matches, found by trying only those offsets. ``re`` tries a pattern that opens with a lookbehind,
    a group or a long character run at every offset of the text; the callers know from a cheap scan
    (a literal, a rare character) where a match can start. The pattern must not match the empty string.
    Lookbehinds still see the text before an offset (``match`` at an offset keeps the whole string)."""
    pos = 0
    for p in sorted(set(starts)):
        if p < pos or p < 0:
            continue
        m = pattern.match(text, p)
        if m is not None:
            yield m
            pos = m.end()


def positions(seq: tuple[str, ...], value: str) -> list[int]:
    """Indexes of ``value`` in ``seq``, found by C-level ``index`` calls (a document has thousands of
    tokens and few of them carry a given tag)."""
    out, k = [], -1
    try:
        while True:
            k = seq.index(value, k + 1)
            out.append(k)
    except ValueError:
        return out


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_HAN_RUN = re.compile("[\u4e00-\u9fff]*")


def all_han(s: str) -> bool:
    """``all(is_han(c) for c in s)`` in one C-level match (True for the empty string)."""
    return _HAN_RUN.fullmatch(s) is not None


class Candidate(NamedTuple):
    """A recognizer's proposal: a span, its type, and the canonical name it stands for.

    ``name`` differs from the span text for repaired typos and split prefixes. ``kind`` is the
    recognizer's sub-kind (unit, department, party, street, ...), used by coreference and resolution.
    A NamedTuple, not a frozen dataclass: recognizers build tens of thousands per thousand articles and a
    frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``.
    """

    start: int
    end: int
    type: str
    rule: str
    confidence: float
    name: str
    kind: str = ""
    parent: str | None = None  # canonical name of an organisational parent when the span is a chain


@dataclass
class TextIndex:
    """Tagged tokens of ``text`` and quick boundary tests.

    Tokens are kept as columns (words, tags, starts, ends); a :class:`Token` is built only when asked
    for (``token_at``, ``tokens``), since most of a document's tokens are never looked at."""

    text: str
    words: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    #: token start -> token index (membership tests read it as the set of starts)
    _start_set: dict[int, int] = field(default_factory=dict)
    _local_places: frozenset[str] | None = None
    _place_ends: frozenset[str] | None = None
    #: person.name_at's answers in weak slots, by offset (several rules ask it of the same token)
    weak_names: dict[int, tuple[int, int] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, engine: str | None = None) -> TextIndex:
        seg = get_segmenter(engine) if engine else get_segmenter()
        words, tags = seg.tag_columns(text)
        ends = list(accumulate(map(len, words)))
        starts = [0, *ends[:-1]] if ends else []
        return cls(text, words, tags, starts, ends, dict(zip(starts, range(len(starts)))))

    @property
    def tokens(self) -> list[Token]:
        """Every token (built on demand)."""
        return list(map(Token, self.words, self.starts, self.ends, self.tags))

    @property
    def local_places(self) -> frozenset[str]:
        """Stems of towns named in this text (东游 from 在东游镇): proper words even when jieba reads them
        as common ones, so 东游供电所 is a name."""
        if self._local_places is None:
            stops = lexicon.stopwords()
            self._local_places = frozenset(
                stem for stem in _local_towns(self.text)
                if not any(c in stops for c in stem) and stem not in lexicon.not_names())
        return self._local_places

    @property
    def place_ends(self) -> frozenset[str]:
        """Every character a word :meth:`is_place_word` accepts may end with: a piece whose last character
        is not in it is no place, with no lookup (callers probe many pieces around each suffix)."""
        ends = self._place_ends
        if ends is None:
            ends = _global_place_ends()
            extra = {stem[-1] for stem in self.local_places}.difference(ends)
            self._place_ends = ends = ends | extra if extra else ends  # (no copy of the big set for most texts)
        return ends

    def is_place_word(self, word: str) -> bool:
        """A division name or short form, a country or world city, or the stem of a town named in this text."""
        known = _PLACE_WORD.get(word)  # (the cache of _global_place, read here: asked for most pieces)
        if known is None:
            known = _global_place(word)
        if known:
            return True
        local = self._local_places
        return word in (self.local_places if local is None else local)

    def token_index(self, i: int) -> int | None:
        """Index of the token that starts at ``i``, or None when no token starts there."""
        return self._start_set.get(i)

    def is_boundary(self, i: int) -> bool:
        return i <= 0 or i >= len(self.text) or i in self._start_set

    def token_at(self, i: int) -> Token | None:
        """The token containing ``text[i]``."""
        if i < 0 or i >= len(self.text):
            return None
        starts = self.starts
        k = self._start_set.get(i)  # most lookups are at a token's start: no search then
        if k is None:
            k = _bisect_right(starts, i) - 1
        return _new_token((self.words[k], starts[k], self.ends[k], self.tags[k])) if k >= 0 else None

    def token_before(self, i: int) -> Token | None:
        """The token ending at ``i``, or the piece before ``i`` of a token that straddles it."""
        tok = self.token_at(i - 1)
        if tok is None:
            return None
        if tok.end != i:
            return Token(tok.text[: i - tok.start], tok.start, i, "x?")
        return tok

    def cuts_word(self, start: int, end: int) -> bool:
        """True when the span starts or ends inside a word of the segmentation."""
        return not (self.is_boundary(start) and self.is_boundary(end))

    def name_start(self, end: int, max_chars: int = 16, stop_at: set[int] | None = None) -> int:
        """Where a name that ends at ``end`` begins: walk left over tokens until punctuation, a digit,
        a stopword, a person's title, or a function-word/verb tag. Returns ``end`` when nothing
        name-like precedes."""
        text, words, tags, starts, ends = self.text, self.words, self.tags, self.starts, self.ends
        n = len(text)
        local = self.local_places
        classes = _WORD_CLASS
        start_index = self._start_set
        i = end
        k = -1
        while i > 0 and end - i < max_chars:
            if stop_at and i in stop_at:
                break
            if i > n:
                break  # no token before: the walk starts past the text
            # the token holding text[i - 1]: found once, then the one before the token just passed
            if k >= 0:
                k -= 1
            else:  # the token before the one starting at i (most walks start at a token's start), else a search
                k = start_index[i] - 1 if i in start_index else bisect.bisect_right(starts, i - 1) - 1
            tok_start = starts[k]
            if ends[k] == i:
                word, tag = words[k], tags[k]
            else:  # the piece before ``i`` of a token that straddles it
                word, tag = words[k][:i - tok_start], "x?"
            cls = classes.get((word, tag)) or _word_class(word, tag)
            if cls.stop:
                break  # not Han, a stopword, a glued copula (X是国网Y公司), a role or generic word
            if cls.pronoun and not (cls.place or word in local):
                break  # 该/本/我…: a reference or a pronoun, not part of a name
            if cls.org_suffix and tok_start > 0 and text[tok_start - 1] in "该本其我全":
                break  # 该公司东游供电所: a reference before the name
            if cls.place or word in local or (i < n and ((longer := word + text[i]) in local or (
                    _PLACE_WORD[longer] if longer in _PLACE_WORD else _global_place(longer)))):
                i = tok_start  # a place whatever its tag (奉化 is read as a verb)
                continue
            if cls.glued and (cls.glued_place or cls.glued_brand or word[1:] in local):
                i = tok_start + 1  # 从国网, 向国网: the preposition stays outside
                break
            if cls.stop_tag:
                break
            if cls.verb:
                # a proper word that jieba reads as a verb (武汉中超): only right after a place
                before = self.token_before(tok_start)
                if not (len(word) == 2 and before is not None and self.is_place_word(before.text)):
                    break
            if tok_start < end - max_chars:
                break
            i = tok_start
        return i


@dataclass(frozen=True, slots=True)
class _WordClass:
    """What :meth:`TextIndex.name_start` needs to know of a (word, tag) that does not depend on the
    document: computed once per process for each pair, not once per step of every walk (slotted: each
    step reads several fields, and slot reads are much faster than a NamedTuple's)."""

    stop: bool
    pronoun: bool
    org_suffix: bool
    place: bool  # a division name or short form, or a world place (not the text's local towns)
    glued: bool
    glued_place: bool
    glued_brand: bool
    stop_tag: bool
    verb: bool


_WORD_CLASS: dict[tuple[str, str], _WordClass] = {}
_PLACE_ENDS: list[frozenset[str]] = []


def _global_place_ends() -> frozenset[str]:
    """Last characters of every name :func:`_global_place` accepts (divisions, their short forms, world places)."""
    if not _PLACE_ENDS:
        gaz = lexicon.gazetteer()
        _PLACE_ENDS.append(frozenset(w[-1] for names in (gaz.full, gaz.short, lexicon.world_places()) for w in names if w))
    return _PLACE_ENDS[0]
_PLACE_WORD: dict[str, bool] = {}


def _global_place(word: str) -> bool:
    """A division name or short form, or a country or world city (cached: asked for most tokens)."""
    known = _PLACE_WORD.get(word)
    if known is None:
        if len(_PLACE_WORD) > 500_000:
            _PLACE_WORD.clear()
        known = _PLACE_WORD[word] = bool(lexicon.gazetteer().lookup(word)) or word in lexicon.world_places()
    return known


def _word_class(word: str, tag: str) -> _WordClass:
    stops = lexicon.stopwords()
    stop = (not all_han(word) or word in stops
            or (len(word) >= 2 and word[-1] == "是" and tag in ("nr", "x?", "v"))
            or (word in _titles() and word not in _TITLES_IN_NAMES))
    glued = len(word) >= 2 and word[0] in GLUED_PREPOSITIONS
    cls = _WordClass(
        stop=stop,
        pronoun=word[0] in "该本全我其此这那各每" and len(word) <= 2,
        org_suffix=word in lexicon.org_suffixes(),
        place=_global_place(word),
        glued=glued,
        glued_place=glued and _global_place(word[1:]),
        glued_brand=glued and any(word[1:].startswith(b) for b in lexicon.brands()),
        stop_tag=tag in STOP_TAGS and word not in NAME_VERBS,
        verb=tag == "v" and word not in NAME_VERBS,
    )
    if len(_WORD_CLASS) > 500_000:
        _WORD_CLASS.clear()  # bounded: a long build meets many odd words
    _WORD_CLASS[(word, tag)] = cls
    return cls


_TITLES_CACHE: list[frozenset[str]] = []


def _titles() -> frozenset[str]:
    if not _TITLES_CACHE:
        _TITLES_CACHE.append(frozenset(lexicon.titles()) | frozenset(["单位", "施工单位", "监理单位", "建设单位"]))
    return _TITLES_CACHE[0]
