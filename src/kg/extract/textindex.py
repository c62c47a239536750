"""One pass of segmentation over a document, shared by every recognizer: tokens with tags, word
boundaries, and the leftward walk that finds where a name before a suffix begins.

    >>> idx = TextIndex.of("为普定县养老院开展检查")
    >>> idx.text[idx.name_start(7):7]
    '普定县养老院'
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .. import lexicon
from ..segmenter import Token, get_segmenter

__all__ = ["HAN", "PUNCT", "Candidate", "TextIndex", "is_han"]

HAN = re.compile(r"[\u4e00-\u9fff]")
PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】,.;:?!\"'()[]<>…—-_ \t\r\n\u3000·/|")

#: Part-of-speech tags that end a name when walking left: function words, pronouns, numerals, adverbs.
STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "q", "d", "y", "e", "o", "f",
             "zg", "t", "mq", "rr", "rz", "ad", "l", "i", "a", "an", "z"}

#: Domain words that jieba tags as verbs but that belong inside organisation names.
NAME_VERBS = frozenset(
    ["监理", "检修", "服务", "建设", "预防", "控制", "管理", "发展", "营销", "运维", "调度", "供应", "输电", "变电", "配电", "供电", "发电", "施工", "设计", "勘察", "咨询", "投资", "开发", "运营", "维修", "保障", "救援", "指挥", "信息", "通信", "检测", "监测", "监察", "监督", "培训", "研究", "经营", "销售", "保护", "防控", "卫生", "应急", "疾病", "集聚", "扶贫", "抢修", "保卫", "计量", "排涝", "融媒体", "连心", "互助", "联防"]
)


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@dataclass(frozen=True)
class Candidate:
    """A recognizer's proposal: a span, its type, and the canonical name it stands for.

    ``name`` differs from the span text for repaired typos and split prefixes. ``kind`` is the
    recognizer's sub-kind (unit, department, party, street, ...), used by coreference and resolution.
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
    """Tagged tokens of ``text`` and quick boundary tests."""

    text: str
    tokens: list[Token]
    starts: list[int] = field(default_factory=list)
    _start_set: set[int] = field(default_factory=set)
    _end_set: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, text: str, engine: str | None = None) -> TextIndex:
        seg = get_segmenter(engine) if engine else get_segmenter()
        tokens = seg.tag(text)
        idx = cls(text, tokens)
        idx.starts = [t.start for t in tokens]
        idx._start_set = set(idx.starts)
        idx._end_set = {t.end for t in tokens}
        return idx

    def is_boundary(self, i: int) -> bool:
        return i <= 0 or i >= len(self.text) or i in self._start_set

    def token_at(self, i: int) -> Token | None:
        """The token containing ``text[i]``."""
        if i < 0 or i >= len(self.text):
            return None
        k = bisect.bisect_right(self.starts, i) - 1
        return self.tokens[k] if k >= 0 else None

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
        a stopword, or a function-word/verb tag. Returns ``end`` when nothing name-like precedes."""
        stops = lexicon.stopwords()
        places = lexicon.gazetteer()
        i = end
        while i > 0 and end - i < max_chars:
            if stop_at and i in stop_at:
                break
            tok = self.token_before(i)
            if tok is None:
                break
            word = tok.text
            if any(not is_han(ch) for ch in word):
                break
            if word in stops or (len(word) == 1 and word in stops):
                break
            if word[0] in "该本全我其此这那各每" and len(word) <= 2 and not places.lookup(word):
                break
            tag = tok.tag
            if places.lookup(word) or (tok.end < len(self.text) and places.lookup(word + self.text[tok.end])):
                i = tok.start  # a place whatever its tag (奉化 is read as a verb)
                continue
            if tag in STOP_TAGS and not places.lookup(word) and word not in NAME_VERBS:
                break
            if tag == "v" and word not in NAME_VERBS:
                # a proper word that jieba reads as a verb (武汉中超): only right after a place
                before = self.token_before(tok.start)
                if not (len(word) == 2 and before is not None and places.lookup(before.text)):
                    break
            if tok.start < end - max_chars:
                break
            i = tok.start
        return i
