"""Persons: surname-anchored names confirmed by context.

A name is a single or double surname and one or two given characters. It is accepted only with a
context signal: a title or role right before it (总经理周明, 党员钱立新) or right after it (孙磊董事长), an
age (70多岁的何秀英), a quotation attribution (”周明说), a byline, an enumeration with an accepted
name (杜新民、孙洪亮等), or jieba's person tag on a name seen at least twice. Once accepted, every other
occurrence of the name in the document is a mention too.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from .. import lexicon
from ..segmenter import get_segmenter
from .literals import LiteralScan
from .textindex import Candidate, TextIndex, all_han, find_all, finditer_at, is_han, positions

__all__ = ["AFTER_NAME", "find_persons", "name_at"]

#: Characters that do not end a given name: after a two-character name they start the next word.
AFTER_NAME = frozenset("在是说和与等的了也都就为对把被将从向到来去给让使及或跟同并已曾正要会能可还又再而但们带作第一每"
                       "表指介坦认笑告回接拉还始摄受收拿扛")
_SPEECH = ("说", "认为", "表示", "指出", "介绍", "坦言", "告诉", "笑着说", "强调")
_LIST_ROLE = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})等(\d+[名位]|[一二三四五六七八九十]+[名位])?")
_BYLINE = re.compile(r"(?:文/图|文／图|摄影|(?<![\u4e00-\u9fff])(?:图片|文字)(?=[:：])|图/文|(?<![\u4e00-\u9fff])文/(?!图)|(?<![\u4e00-\u9fff文])图/(?!文))")
_NAME_COMMA_POST = re.compile(r"(?:^|(?<=[。！？\n]))([\u4e00-\u9fff]{2,3})[，,]([^，。；\n]{2,24}?[，,。；])")
_SENTENCE_END = re.compile("[。！？\n]")


def _byline_starts(text: str) -> list[int]:
    """Where a _BYLINE match can start (before a slash, at 摄影, 图片: or 文字:): ``re`` would try every offset."""
    return [p - 1 for p in find_all(text, "/")] + [p - 1 for p in find_all(text, "／")] + find_all(text, "摄影") \
        + find_all(text, "图片") + find_all(text, "文字")


def _name_comma_starts(text: str) -> list[int]:
    """Where a _NAME_COMMA_POST match can start: a sentence start with a comma two or three characters on."""
    return [0] + [m.end() for m in _SENTENCE_END_BEFORE_COMMA.finditer(text)]


#: A sentence end followed by two or three characters and a comma (where _NAME_COMMA_POST may match).
_SENTENCE_END_BEFORE_COMMA = re.compile("[。！？\n](?=[^，,]{2,3}[，,])")


def _holds_post_starts(text: str) -> list[int]:
    """Where a _HOLDS_POST match can start: two to four characters before one of its verbs."""
    return [q - k for w in _HOLDS_WORDS for q in find_all(text, w) for k in (2, 3, 4)]


def _list_role_starts(text: str) -> list[int]:
    """Where a _LIST_ROLE match can start: two to four characters before a 、."""
    return [p - k for p in find_all(text, "、") for k in (4, 3, 2)]
#: What may follow a name read without a Han surname (沙马拉则来自, 吉克阿依是).
_LONG_NAME_AFTER = ("来自", "是", "说", "表示", "介绍", "告诉", "的", "在", "和", "、", "，", ",", "。", "：", ":")
_ROLE_MODIFIER = re.compile(r"(?:老|新|年轻的?|普通的?|优秀的?)?")
_IS_ROLE_BODY = r"([\u4e00-\u9fff]{2,4}?是)([^，。；\n]{0,24}?(?:的一名|的|一名))"
_IS_ROLE = re.compile(r"(?:^|(?<=[。！？\n，,；]))" + _IS_ROLE_BODY)
_HOLDS_POST = re.compile(r"(?:^|(?<=[。！？\n，,；]))([\u4e00-\u9fff]{2,4}?)(?:现任|现为|担任|兼任)([^，。；\n]{2,24})")
_HOLDS_WORDS = ("现任", "现为", "担任", "兼任")
#: _IS_ROLE without its lookbehind: the clause end is consumed, so the scan skips ahead to punctuation.
#: (Same matches: an _IS_ROLE match ends in 的 or 名, never in the punctuation the next one needs.)
_IS_ROLE_AFTER_END = re.compile(r"[。！？\n，,；]" + _IS_ROLE_BODY)


def _is_role_matches(text: str) -> Iterator[re.Match[str]]:
    """``_IS_ROLE.finditer(text)``: the match at the text's start, then those after a clause end."""
    pos = 0
    first = _IS_ROLE.match(text)
    if first is not None:
        yield first
        pos = first.end()
    yield from _IS_ROLE_AFTER_END.finditer(text, pos)


def _quote_or_age(text: str) -> list[int]:
    """Offsets of a closing quote, of 岁/后 after a digit, of 岁 after 多 (the old ``(?<=digit)[岁后]`` pattern),
    in order. (Each character found by str.find: faster than a character-class scan of the whole text.)"""
    aged = [i for i in find_all(text, "岁") if i > 0 and (text[i - 1].isdecimal() or text[i - 1] == "多")]
    after = [i for i in find_all(text, "后") if i > 0 and text[i - 1].isdecimal()]
    return sorted(find_all(text, "”") + aged + after)
_AGE = re.compile(r"\d+多?岁(?:的)?$|\d+后(?:的)?$")


@lru_cache(maxsize=1)
def _title_scan() -> LiteralScan:
    return LiteralScan(lexicon.titles())


def _title_pattern() -> re.Pattern[str]:
    """Any title (the longest at a position)."""
    return _title_scan().regex


@lru_cache(maxsize=1)
def _title_set() -> frozenset[str]:
    return frozenset(lexicon.titles())


_NAME_TAGS = {"nr", "nrt", "nrfg", "nrf", "x?"}
#: Tags that keep a surname character from starting a name even after a title (和, 与, 的).
_FUNCTION_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ug", "ud", "y", "e"}
_PARTICLES = frozenset("了着过的地得们吗呢吧啊")
#: Endings that make a list item a group or a place, not a person (党员, 村, 镇).
_NOT_LIST_NAMES = ("党员", "干部", "职工", "群众", "村", "镇", "乡", "县", "市", "区", "省", "局", "所", "队")
_BAD_TAGS = {"v", "vn", "a", "ad", "d", "c", "p", "u", "uj", "ul", "r", "m", "q", "f", "l", "i", "y", "e"}


def name_at(idx: TextIndex, i: int, strong: bool = False) -> tuple[int, int] | None:
    """The most plausible name starting at ``i`` (surname + one or two characters), or None.

    The name may not cut a dictionary word (解决所, 闻令而动), may not hold a function word or verb
    (强担当, 和职工), and may end inside a token jieba tagged as a person (周明在 -> 周明). ``strong``
    says the context already marks a name (a title right before it, a quotation attribution): then a
    surname that jieba reads as a pronoun or measure word (何/建平, 张/海鹰) and a given name glued to
    the next word (林志/坚是) still count.
    """
    if strong:
        return _name_at(idx, i, True)
    weak = idx.weak_names  # (a tenth of the weak asks repeat one: the tag rules meet the same tokens)
    if i in weak:
        return weak[i]
    span = weak[i] = _name_at(idx, i, False)
    return span


def _name_at(idx: TextIndex, i: int, strong: bool) -> tuple[int, int] | None:
    """:func:`name_at`, uncached."""
    text = idx.text
    sur = lexicon.surnames()
    if text[i:i + 2] in sur.double:
        slen = 2
    elif text[i:i + 1] in sur.single:
        slen = 1
    else:
        return None
    if text.startswith(_KINSHIP, i + slen):
        return None  # 孙阿姨, 黄阿公: a surname and a kinship word name no one
    not_names = lexicon.not_names()
    # the token holding text[i], read from the index's columns (no Token built: asked ~20 times per article)
    fk = idx._start_set.get(i)
    if fk is None and 0 <= i < len(text):
        fk = bisect.bisect_right(idx.starts, i) - 1
    has_first = fk is not None and fk >= 0
    fs, fe, ft = (idx.starts[fk], idx.ends[fk], idx.tags[fk]) if fk is not None and has_first else (-1, -1, "")
    if has_first and fs < i and ft not in _NAME_TAGS:
        if strong and slen == 1 and fe == i + 1:
            return _after_title(idx, i)  # 网格员于/洪波: jieba glued the surname to the title before it
        if strong and slen == 1 and fs == i - 1 and fe in (i + 2, i + 3):
            return _glued_to_title(idx, i, fe)  # 网格/员岳娟: the title's last character and the name
        return None  # the surname character is inside a word: 解决, 成立
    if has_first and fs == i and fe == i + 1 \
            and ft in (_FUNCTION_TAGS if strong else _BAD_TAGS):
        return _after_title(idx, i) if strong and slen == 1 else None  # a function word here: 和职工
    for glen in (2, 1):
        end = i + slen + glen
        if end > len(text) or not all_han(text[i:end]):
            continue
        if has_first and fs == i and ft in _NAME_TAGS and i + slen < fe < end:
            nxt = idx.token_at(fe)
            if nxt is not None and nxt.start == fe and len(nxt.text) >= 2 and nxt.tag in ("d", "v", "p", "c") \
                    and _is_word(idx, nxt.text) and not text.startswith(_SPEECH, end):
                continue  # 欧阳明/共同: a person token, then a word of its own (not 林志/坚是, 杨忠/明说)
        name = text[i:end]
        if glen == 2 and text[end - 1] == "任" and _title_pattern().match(text, end):
            continue  # 某某丹任队长: 任 ("serves as") before a title is no part of the name
        if glen == 2 and text[end - 1] == "则" and (after := idx.token_at(end)) is not None and after.start == end \
                and after.tag[:1] in ("v", "p", "d"):
            continue  # 安检员钟伟/则/带着: 则 ("then") before the verb is no part of the name
        if strong and has_first and fs == i and fe == end and ft in _NAME_TAGS \
                and name not in not_names and (text[end - 1] not in AFTER_NAME or _closed_after(idx, end, glen)):
            return (i, end)  # one token jieba reads as a person (于海洋): its given part may be a word
        if name in not_names or (glen == 2 and text[end - 1] in AFTER_NAME
                                 and not (strong and text[end:end + 1] in "、" and text[end - 1] in "来才")):
            continue  # (党员某春来、某某: a list separator after it, so 来 ends the name, not a verb)
        if glen == 2 and slen == 1 and has_first and fs == i and fe == i + 2 \
                and ft in ("nr", "nrfg") and (last := idx.token_at(end - 1)) is not None \
                and (last.start, last.end) == (end - 1, end) and last.tag in ("t", "p", "c") \
                and last.text in _FUNCTION_CHARS:
            continue  # 郭琳/当“老师”: jieba reads a two-character name and a word of its own after it
            # (not 严正/清/先后: a character that is no function word ends the name)
        if glen == 2 and text[i + slen:end] in not_names:
            continue
        if glen == 1 and text[end - 1] in _PARTICLES:
            continue  # 成了, 高的: a particle is no given name
        if _acceptable(idx, i, end, slen, strong):
            return (i, end)
    if strong and slen == 1:
        return _after_title(idx, i) or _surname_in_a_word(idx, i)
    return None


def _surname_in_a_word(idx: TextIndex, i: int) -> tuple[int, int] | None:
    """站长普建/新/被评为: in a strong slot, jieba read the surname and the first given character as a word
    (普建, tagged an adjective) and the last one alone; a function word or punctuation closes the name."""
    text = idx.text
    end = i + 3
    first, last = idx.token_at(i), idx.token_at(i + 2)
    if end >= len(text) or first is None or last is None or (first.start, first.end) != (i, i + 2) \
            or (last.start, last.end) != (i + 2, end) or first.tag not in ("a", "ad", "n", "vn", "v"):
        return None
    if last.tag in _FUNCTION_TAGS or last.tag in ("d", "uv", "m", "q", "f") or not is_han(text[i + 2]) \
            or text[i + 2] in AFTER_NAME or text[i + 2] in _PARTICLES or text[i + 2] in _NOT_NAME_END:
        return None
    if is_han(text[end]) and text[end] not in "被在是和与等的也都就为将已正" and not text.startswith(_SPEECH, end):
        return None
    if text[i:end] in lexicon.not_names() or text[i + 1:end] in _title_set():
        return None
    return (i, end)


#: Last characters of given names that are also function words (春来, 德才): after a title, in a token
#: jieba reads as a person, they end the name when a verb or speech follows (not 则: 钟伟/则带着, "then").
_FUNCTION_GIVEN_END = frozenset("来才")


def _closed_after(idx: TextIndex, end: int, glen: int) -> bool:
    """总经理傅春来/出席: a verb of two characters or more, speech or punctuation right after the name."""
    if glen != 2 or idx.text[end - 1] not in _FUNCTION_GIVEN_END:
        return False
    text = idx.text
    if end >= len(text) or not is_han(text[end]) or text.startswith(_SPEECH, end):
        return True
    nxt = idx.token_at(end)
    if nxt is None or nxt.start != end:
        return False
    if len(nxt.text) == 1 and nxt.tag == "v":  # 傅春来/作/了: a one-character verb with its aspect particle
        after = idx.token_at(nxt.end)
        return after is not None and after.start == nxt.end and after.text in ("了", "着", "过")
    return len(nxt.text) >= 2 and nxt.tag in ("v", "vn", "l")


#: 队长、蒙古族青年 / 所长、90后党员: a descriptor of the person between a title and the name.
_TITLE_DESCRIPTOR = re.compile(r"、(?:[\u4e00-\u9fff]{1,3}族|\d{2}后)(?:青年|小伙|姑娘|女孩|党员|职工|员工)")


#: Kinship words after a surname (孙阿姨, 张大爷): how residents are called, not their names (孙阿 is no
#: name). 阿婆/阿公/阿伯 (陈阿婆, 黄阿公) too: most writers (dev4, dev6, dev10, dev12) do not list them
#: as persons (dev2 did).
_KINSHIP = ("阿姨", "大爷", "大妈", "大娘", "大叔", "大姐", "大哥", "奶奶", "爷爷", "婆婆", "师傅", "老师",
            "阿婆", "阿公", "阿伯", "阿爷", "阿嬷")
#: Nouns used as adverbs right after a name (副区长某某现场指导, 某某一行).
_ADVERBIAL_NOUNS = frozenset({"现场", "当场", "当天", "当即", "亲自", "一行", "同志", "先生", "女士", "同时"})
#: One-character words that follow a name as words of their own (郭琳/当“老师”, 张明/在村里).
_FUNCTION_CHARS = frozenset("当在和与及对向从为给把被将跟同或今昨")
#: Surnames that jieba reads as prepositions or conjunctions: a name only with a noun-like given part.
_FUNCTION_SURNAMES_OK = {"n", "nr", "nrfg", "nrt", "nz", "ns", "j", "x?"}


def _glued_to_title(idx: TextIndex, i: int, end: int) -> tuple[int, int] | None:
    """网格/员岳娟/全程: right after a title, a token made of the title's last character and the whole
    name (the token ends where the name does)."""
    text = idx.text
    name = text[i:end]
    if not all_han(name) or name in lexicon.not_names() or name[-1] in AFTER_NAME or name[-1] in _PARTICLES \
            or name[-1] in _NOT_NAME_END or not idx.is_boundary(end) or _is_word(idx, text[i - 1:end]):
        return None  # (线路工/程建设: 工程建设 is a word of the dictionary, no title and a name)
    return (i, end)


def _after_title(idx: TextIndex, i: int) -> tuple[int, int] | None:
    """A surname read alone and a two-character given name read as a word (所长向/成林, 总经理韩/立新,
    书记黄/守仁): right after a title the name is plain, whatever jieba tags its parts."""
    text = idx.text
    end = i + 3
    first, rest = idx.token_at(i), idx.token_at(i + 1)
    if end > len(text) or first is None or rest is None or first.end != i + 1:
        return None  # the surname is a token of its own, or the end of one glued to the title before
    if first.start < i and rest.start == i + 1 and rest.tag in ("nr", "nrfg") and len(rest.text) == 3 \
            and all_han(rest.text) and idx.is_boundary(rest.end) and rest.text not in lexicon.not_names() \
            and rest.text[-1] not in AFTER_NAME and (rest.end >= len(text) or not is_han(text[rest.end])
                                                     or text.startswith(_SPEECH, rest.end)
                                                     or _verb_at(idx, rest.end)):
        return (i, rest.end)  # 所长沙/马尔古 (长沙 read across the title): a four-character name
    given = text[i + 1:end]
    if not all(is_han(c) for c in given) or (rest.start, rest.end) != (i + 1, end) or not idx.is_boundary(end):
        return None
    if first.start < i and rest.tag not in _NAME_TAGS and _is_word(idx, given) \
            and not (text[first.start:i] in _title_set() and rest.tag[:1] in ("n", "a")):
        return None  # 居民区/提供: glued to the word before, the surname needs a given name read as one
        # (not 抄表员龙/小兵: a title glued to the surname, and a noun for the given name)
    if given in _title_set() or given in lexicon.stopwords() or given[0] in AFTER_NAME \
            or given[-1] in _NOT_NAME_END \
            or given[-1] in AFTER_NAME or given[-1] in _PARTICLES or text[i:end] in lexicon.not_names():
        return None
    if first.tag in _FUNCTION_TAGS and rest.tag not in _FUNCTION_SURNAMES_OK \
            and not (text.startswith(_SPEECH, end) and rest.tag[:1] != "v"):
        return None  # 经理向/推进: a preposition before a verb (not 主任和/永刚/说: a Naxi surname speaking)
    after = text[end:end + 1]
    nxt = idx.token_at(end)
    if first.tag == "a" and rest.tag in ("v", "vn") and not (nxt is not None and nxt.tag == "v"):
        return None  # 党员强/担当，: an adjective and a verb make a slogan unless a verb follows
    if after and is_han(after) and after not in AFTER_NAME and not text.startswith(_SPEECH, end) \
            and (nxt is None or (nxt.tag not in ("v", "p", "d", "c", "vn", "l") and nxt.text not in _ADVERBIAL_NOUNS)):
        return None  # the name runs on into a word: not a clean slot (but 郑宏伟/现场指导, 冀建中/出席会议)
    return (i, end)


def long_name(idx: TextIndex, i: int) -> tuple[int, int] | None:
    """A three- or four-character name without a Han surname (Yi and Dai names: 沙马拉则, 吉克阿依) at
    ``i`` in a strong slot: jieba tags its parts as persons (沙/马拉/则, 吉克/阿依), no other word sits
    inside, and speech, 是, 来自 or punctuation follows. Returns None for ordinary names."""
    k = idx._start_set.get(i)
    if k is None or idx.tags[k] not in _NAME_TAGS:
        return None  # both readings below need a name-tagged token starting at i (cheap tests first)
    text = idx.text
    # the name-tagged token starting at i, read from the columns (no Token built)
    first_text, first_end, first_tag = idx.words[k], idx.ends[k], idx.tags[k]
    if first_tag in ("nr", "nrt") and 4 <= len(first_text) <= 6 \
            and all_han(first_text) and first_text not in lexicon.not_names():
        nxt = idx.token_at(first_end)
        if len(first_text) == 4 and first_text[0] in lexicon.surnames().single \
                and (_is_word(idx, text[first_end - 1:first_end + 1]) or text[first_end - 1] in AFTER_NAME
                     or (nxt is not None and nxt.tag in ("uz", "ul", "ug"))):
            return (i, first_end - 1)  # 曾庆华带/着: a Han name with the first character of a verb
        return (i, first_end)  # a transliterated name jieba reads whole (普里马科夫) after a title
    for length in (4, 3):
        end = i + length
        if end > len(text) or not all_han(text[i:end]) or not text.startswith(_LONG_NAME_AFTER, end):
            continue
        if text[i:i + 1] in lexicon.surnames().single and length == 3:
            continue  # a Han name: name_at decides
        k, ok, tagged2 = i, True, False  # (k: a position from here on)
        while k < end and ok:
            tok = idx.token_at(k)
            if tok is None:
                ok = False
            elif tok.end > end:  # 吉克/阿依是: the last name token may swallow the 是 after it
                ok = tok.end == end + 1 and text[end] in "是说在和的" and tok.tag in _NAME_TAGS
                k = end
            else:
                ok = tok.tag in _NAME_TAGS or (len(tok.text) == 1 and text[k] not in AFTER_NAME) \
                    or (tok.tag == "j" and tok.end == end and tagged2 and k > i)  # 阿牛/日哈: the tail read as an abbreviation
                tagged2 |= tok.tag in _NAME_TAGS and len(tok.text) >= 2
                k = tok.end
        tagged2 |= first_end >= end
        if ok and tagged2 and (end == len(text) or idx.is_boundary(end) or text[end] in "是说在和的") \
                and text[i:end] not in lexicon.not_names() and text[end - 1] not in _PLACE_END:
            return (i, end)
    return None


def _byline_name(text: str, pos: int) -> tuple[int, int] | None:
    """A byline name after a slash (编辑/岩温): two to four Han characters closed by a space or the end."""
    m = re.match(r"[\u4e00-\u9fff]{2,4}(?=[\s\u3000]|$)", text[pos:pos + 6])
    return (pos, pos + m.end()) if m else None


def list_item_name(idx: TextIndex, start: int, end: int) -> bool:
    """True when text[start:end], an item standing between list separators (A、B、C等), reads as a
    name: surname plus one or two characters, not a role or common word. Words that are also names
    (高峰, 杜鹃) pass here: the list around them says they are names."""
    text = idx.text
    item = text[start:end]
    sur = lexicon.surnames()
    slen = 2 if item[:2] in sur.double else 1 if item[:1] in sur.single else 0
    if not slen or not 1 <= len(item) - slen <= 2 or not all_han(item):
        return False
    if item in _title_set() or item in lexicon.stopwords() or item[-1] in _PARTICLES:
        return False
    return not any(item.endswith(w) for w in _NOT_LIST_NAMES)


def _acceptable(idx: TextIndex, i: int, end: int, slen: int, strong: bool = False) -> bool:
    # (read from the index's columns: no Token built per step; i < i + slen < end <= len(text), so every
    # position looked at lies inside a token once i is)
    if i < 0:
        return False  # (name_at may be asked before the text's start: no token holds the surname)
    starts, ends, tags, words = idx.starts, idx.ends, idx.tags, idx.words
    first = _token_index(idx, i)
    rest = _token_index(idx, i + slen)
    first_start, first_end = starts[first], ends[first]
    if first_start == i and first_end == i + slen and starts[rest] == i + slen and ends[rest] == end \
            and len(words[rest]) <= 2:
        # surname as its own token, given name read as a word (王/立新, 钱/立新), unless neither part
        # reads as a name (强/担当)
        return tags[first] in _NAME_TAGS or tags[rest] not in _BAD_TAGS
    if first_start == i and i + slen < first_end <= end \
            and (words[first] in _title_set() or words[first] in lexicon.not_names()) \
            and not (strong and _place_then_given(idx, idx.token_at(i), end)):
        return False  # the surname character starts a role or common word: 居民冉, 全面
    k, pos = first, i
    while pos < end:
        tok_start, tok_end, tag = starts[k], ends[k], tags[k]
        if tok_end > end and tag not in _NAME_TAGS \
                and not (strong and tok_end == end + 1 and idx.text[end] in AFTER_NAME):
            return False  # cuts a word (but 林志坚/是 read as 林志/坚是 is a name before 是)
        if tok_start >= i and tok_end <= end:  # inside
            if tok_start >= i + slen and len(words[k]) >= 2 and tag in _BAD_TAGS:
                return False
            if tok_start == i and tok_end == end and tag not in _NAME_TAGS and _is_word(idx, words[k]):
                return False  # one dictionary word that is not a name: 关爱, 安全
            if tok_start == i and tok_end < end and len(words[k]) >= 2 and tag in _BAD_TAGS:
                return False
        pos = tok_end
        k += 1
    return True


def _token_index(idx: TextIndex, i: int) -> int:
    """Index of the token holding ``text[i]`` (``0 <= i < len(text)``)."""
    k = idx._start_set.get(i)
    return k if k is not None else bisect.bisect_right(idx.starts, i) - 1


def _verb_at(idx: TextIndex, i: int) -> bool:
    """A one-character verb token at ``i`` (所长沙/马日火/跑了): the name before it is complete."""
    tok = idx.token_at(i)
    return tok is not None and tok.start == i and len(tok.text) == 1 and tok.tag == "v"


def _place_then_given(idx: TextIndex, first, end: int) -> bool:
    """主任韩国栋: after a title, a two-character place word (韩国) and one character standing alone is
    a surname and its given name, not the place (the place word is in not_names for weak slots)."""
    last = idx.token_at(end - 1)
    return first.tag == "ns" and len(first.text) == 2 and first.end == end - 1 \
        and last is not None and (last.start, last.end) == (end - 1, end) and last.tag not in _BAD_TAGS


def _is_word(idx: TextIndex, word: str) -> bool:
    return get_segmenter().has_word(word)


def _title_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every title in ``text`` (one scan, shared by the rules before and after a name)."""
    return _title_scan().spans(text)


def find_persons(idx: TextIndex, bylines: tuple[str, ...] = ()) -> list[Candidate]:
    text = idx.text
    found: dict[tuple[int, int], tuple[str, float]] = {}
    sur = lexicon.surnames()

    def accept(span: tuple[int, int] | None, rule: str, conf: float) -> bool:
        if span is None:
            return False
        if span[1] - span[0] == 4 and text[span[1] - 1] == "家" and text[span[0]:span[0] + 2] not in sur.double:
            span = (span[0], span[1] - 1)  # 老人某某某家线路: the home of the person, not part of the name
        if text[span[0]] in _CONJUNCTION_SURNAMES and span[1] - span[0] == 3 and _segmenter_word(text[span[0] + 1:span[1]]) \
                and not (rule == "person-title-before" and text.startswith(_SPEECH, span[1])):
            return False  # (董事长和春华说: after a title and before speech, 和 is the Naxi surname)  # 人员和车辆, 党员和集体: a conjunction before a common noun, not a surname
        if span not in found or found[span][1] < conf:
            found[span] = (rule, conf)
        return True

    titles = _title_set()
    titles_t = lexicon.titles()  # a tuple, for str.startswith/endswith
    # a title right before the name
    title_spans = _title_spans(text)
    start_index, tags = idx._start_set, idx.tags
    for pos in [e for _, e in title_spans] + [m.end() for m in finditer_at(_BYLINE, text, _byline_starts(text))]:
        if pos < len(text) and text[pos] in "、":
            d = _TITLE_DESCRIPTOR.match(text, pos)
            if d is None:
                continue
            pos = d.end()  # 队长、蒙古族青年某某: who the person is, then the name
        if pos < len(text) and text[pos] in ":：_ \u3000/":
            pos += 1  # bylines: 责编:A, 记者 A, 文/图_A, 编辑/A
        if text[pos - 1:pos] == "/" and (bare := _byline_name(text, pos)) and text[bare[0]:bare[1]] not in titles:
            accept(bare, "person-byline", 0.8)  # 编辑/岩温: a byline name needs no Han surname
            continue
        head = text[pos:pos + 2]
        at = start_index.get(pos)
        if head not in _MINORITY_HEADS and head not in _YI_CLANS and head[:1] not in sur.single \
                and head not in sur.double and (at is None or tags[at] not in _NAME_TAGS):
            continue  # no reader below can start here (a surname, a name-tagged token, a known element)
        span = (text[pos:pos + 2] in _MINORITY_HEADS and _minority_name(text, pos, idx)) \
            or (text[pos:pos + 2] in _YI_CLANS and _yi_name(idx, pos)) \
            or (text[pos + 1:pos + 2] == "尕" and _ga_name(text, pos)) or long_name(idx, pos) \
            or name_at(idx, pos, strong=True)
        if span and text[span[0]:span[1]] not in titles:
            accept(span, "person-title-before", 0.85)
    # a title right after the name, the name starting a clause or a list item
    for t_start, _ in title_spans:
        for length in (3, 2, 4):
            i = t_start - length
            if i < 0 or (i > 0 and ("\u4e00" <= text[i - 1] <= "\u9fff" or text[i - 1] in "“‘\"")):
                continue  # not a clause or list start (tested first: most slots follow a Han character);
                # (“明星台区经理: a quoted word before a title is a label, not a name)
            if text[i] not in sur.single and text[i:i + 2] not in sur.double:
                continue  # no surname: name_at would say None
            span = name_at(idx, i)
            if span and span[1] == t_start:
                accept(span, "person-title-after", 0.75)
                break
    speech_at = _speech_starts(text)
    for span in _minority_speakers(text, speech_at):
        accept(span, "person-minority-speaker", 0.7)
    # an age, or a quotation attribution
    for i in _quote_or_age(text):
        ch = text[i]
        if ch == "”":
            nearest = bisect.bisect_left(speech_at, i + 2)
            if nearest == len(speech_at) or speech_at[nearest] > i + 1 + _LONGEST_SPOKEN_NAME:
                continue  # no speech verb where a name after the quote could end: no reader can succeed
            span = _minority_at(idx, i + 1) or long_name(idx, i + 1) or name_at(idx, i + 1, strong=True)
            if span and text.startswith(_SPEECH, span[1]):
                accept(span, "person-quote", 0.85)
        elif ch in "岁后" and i + 1 < len(text):
            j = i + 2 if text[i + 1] == "的" else i + 1
            if _AGE.search(text[max(0, i - 4):j]) and not text.startswith(titles_t, j):
                accept(_minority_at(idx, j) or name_at(idx, j), "person-age", 0.75)
    # a clause that starts with a name and says what the person is: X是…的一名客户经理
    for m in _is_role_matches(text):
        i = m.start(1)
        span = _minority_at(idx, i) or long_name(idx, i) or name_at(idx, i, strong=True)
        role_at = m.end(2) + len(_ROLE_MODIFIER.match(text, m.end(2)).group())  # type: ignore[union-attr]
        if span and text.startswith("是", span[1]) and _title_pattern().match(text, role_at):
            accept(span, "person-is-role", 0.75)
    # a clause that starts with a name and says the post it holds: X现任某公司总经理
    # the pattern tries every position: run it only where one of its verbs occurs
    for m in finditer_at(_HOLDS_POST, text, _holds_post_starts(text)) if any(w in text for w in _HOLDS_WORDS) else ():
        span = name_at(idx, m.start(1), strong=True)
        if span and span[1] == m.end(1) and _title_pattern().search(m.group(2)):
            accept(span, "person-holds-post", 0.75)
    # a sentence that opens with a name, a comma and the post: 周明,东山供电所所长。
    for m in finditer_at(_NAME_COMMA_POST, text, _name_comma_starts(text)):
        span = name_at(idx, m.start(1), strong=True)
        if span == m.span(1) and _title_pattern().search(m.group(2)) and text[m.end() - 1] in "，,。；":
            tail = m.group(2)[:-1]
            if tail.endswith(titles_t):
                accept(span, "person-comma-post", 0.75)
    tagged = positions(idx.tags, "nr")
    # a surname read alone and a given name jieba tags as a person, opening a clause: ，孙/红梅获得
    for k in tagged:
        if k > 0 and len(idx.words[k]) == 2 and len(idx.words[k - 1]) == 1:
            start, end = idx.starts[k - 1], idx.ends[k]
            if (start == 0 or text[start - 1] in "。！？\n，,；：:") and name_at(idx, start) == (start, end) \
                    and not lexicon.gazetteer().lookup(text[start:end]) and _plausible_given(text[start:end]) \
                    and not _names_a_unit(text, text[start:end]) and end < len(text) \
                    and idx.token_at(end) is not None and idx.token_at(end).tag in ("v", "d"):  # type: ignore[union-attr]
                accept((start, end), "person-split-tag", 0.6)
    # a list closed by 等 and a count or a role: A、B等18名职工; the first item may follow a verb (带领A、B等)
    for m in finditer_at(_LIST_ROLE, text, _list_role_starts(text)) if "、" in text and "等" in text else ():
        tail = text[m.end():m.end() + 6]
        if not (m.group(2) or tail.startswith(titles_t)):
            continue
        items = m.group(1).split("、")
        spans, pos = [], m.start(1)
        for item in items:
            spans.append((pos, pos + len(item)))
            pos += len(item) + 1
        first_a, first_b = spans[0]
        for length in (3, 2):  # the first item: the name at its end (带领杜新 -> 杜新)
            if first_b - length >= first_a and idx.is_boundary(first_b - length) \
                    and list_item_name(idx, first_b - length, first_b):
                spans[0] = (first_b - length, first_b)
                break
        good = [sp for sp in spans if list_item_name(idx, *sp)]
        if len(good) == len(spans) and any(name_at(idx, a, strong=True) == (a, b) for a, b in spans):
            for span in spans:
                accept(span, "person-list-role", 0.75)
    measured = _measured_words(idx)
    # jieba's person tag on a surname-anchored name seen at least twice
    counts = Counter(w for k in tagged if 2 <= len(w := idx.words[k]) <= 3)
    gaz = lexicon.gazetteer()
    for k in tagged:
        word, start, end = idx.words[k], idx.starts[k], idx.ends[k]
        # (pure tests, the cached ones first)
        if counts.get(word, 0) >= 2 and not gaz.lookup(word) and _plausible_given(word) and word not in measured \
                and name_at(idx, start) == (start, end) and not _names_a_unit(text, word) \
                and not (len(word) == 2 and _is_word(idx, word) and not _in_name_slot(idx, word)):
            accept((start, end), "person-tag-repeated", 0.6)
    # jieba's person tag alone, on a name that does not read as a place, a unit or a common word
    for k in tagged:
        span = _tagged_name(idx, k, measured)
        if span is not None:
            accept(span, "person-tag", 0.6)
    # transliterated foreign names jieba tags as persons, in a name slot (美国总统克林顿, 亨特表示)
    title_ends = {e for _, e in title_spans}
    title_starts = {a for a, _ in title_spans}
    for k in tagged + positions(idx.tags, "nrt"):
        word, start, end = idx.words[k], idx.starts[k], idx.ends[k]
        if 2 <= len(word) <= 6 and _TRANSLIT.issuperset(word) and not _TRANSLIT_MARK.isdisjoint(word) \
                and (start in title_ends or end in title_starts or text.startswith(_SLOT_AFTER, end)
                     or text[start - 1:start] == "、") and word not in lexicon.world_places() \
                and not lexicon.gazetteer().lookup(word):
            while end < len(text) and text[end] in "·・" and text[end + 1:end + 2] in _TRANSLIT:
                end += 1  # 理查德·赖尔登: the parts joined by a middle dot are one name
                while end < len(text) and text[end] in _TRANSLIT:
                    end += 1
            while start > 1 and text[start - 1] in "·・" and text[start - 2] in _TRANSLIT:
                start -= 1
                while start > 0 and text[start - 1] in _TRANSLIT:
                    start -= 1
            accept((start, end), "person-foreign", 0.6)
    # names joined by a middle dot (热合曼·吐尔逊) after a title, at a clause start or before speech
    for m in _DOTTED.finditer(text) if "·" in text else ():
        span = _dotted_name(idx, m, {e for _, e in title_spans})
        if span is not None:
            accept(span, "person-dotted", 0.75)
    # enumerations: A、B(、C)等 where one item is accepted; items between separators may be words
    # that are also names (高峰, 杜鹃)
    changed = True
    while changed:
        changed = False
        for (a, b) in list(found):
            if text[b:b + 1] == "、":
                nxt = name_at(idx, b + 1, strong=True)
                for length in (3, 2):
                    c = b + 1 + length
                    closes = text[c:c + 1] in ("、", "等") or (length == 3 and text[c:c + 1] in AFTER_NAME)
                    if closes and list_item_name(idx, b + 1, c):
                        nxt = (b + 1, c)  # 、高峰、 / 、黎明亮就: the list makes it a name
                        break
                if nxt and nxt not in found and nxt[0] == b + 1:
                    accept(nxt, "person-list", 0.75)
                    changed = True
            if text[b:b + 1] in ("和", "与", "及") and text[b + 1:b + 2] != "同":
                # 甲和乙 after an accepted name: a name that reads as one, closed by punctuation or a name end
                for length in (3, 2):
                    c = b + 1 + length
                    closes = c >= len(text) or not is_han(text[c]) or text[c] in AFTER_NAME
                    if closes and name_at(idx, b + 1) == (b + 1, c) and list_item_name(idx, b + 1, c) \
                            and (b + 1, c) not in found:
                        accept((b + 1, c), "person-list", 0.7)
                        changed = True
                        break
            if a > 0 and text[a - 1] == "、":
                for length in (3, 2):
                    prev = name_at(idx, a - 1 - length, strong=True)
                    between = a - 1 - length >= 1 and text[a - 2 - length] in "、，,：:"
                    if (prev and prev[1] == a - 1) or (between and list_item_name(idx, a - 1 - length, a - 1)):
                        prev = (a - 1 - length, a - 1)
                        if prev not in found:
                            accept(prev, "person-list", 0.75)
                            changed = True
                        break
    # bylines given by the reader
    names = {text[a:b] for a, b in found}
    titles_set = _title_set()
    for name in bylines:
        if name and name not in titles_set:
            names.add(name)
    names |= {text[a:b] for a, b in found}
    # every other occurrence of an accepted name
    for name in sorted(names, key=len, reverse=True):
        for start in find_all(text, name):
            end = start + len(name)
            span = (start, end)
            if span in found:
                continue
            if start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and start not in start_index:
                continue  # a word runs across the name's start (the tokens tile the text: none starts there)
            # a two-character name followed by a character that might extend it (周长 / 周长青)
            if end < len(text) and is_han(text[end]) and len(name) == 2 and text[end] not in AFTER_NAME \
                    and any(n != name and n.startswith(name) and text.startswith(n, start) for n in names):
                continue
            accept(span, "person-repeat", 0.7)
    world = lexicon.world_places()
    return [Candidate(a, b, "Person", rule, conf, text[a:b], kind="person")
            for (a, b), (rule, conf) in sorted(found.items())
            if text[a:b] not in world and _not_a_form(text[a:b]) and not (b - a == 3 and text[b - 1] in _DIVISION_END)]


#: Last characters of a county or a city (某某县, 某某市): a three-character "name" ending so is a place.
_DIVISION_END = frozenset("县市区省")
#: Surname characters that are also conjunctions (人员和车辆).
_CONJUNCTION_SURNAMES = frozenset("和与及")


@lru_cache(maxsize=4096)
def _segmenter_word(word: str) -> bool:
    return len(word) == 2 and get_segmenter().has_word(word)


#: Kin words and honorifics after a surname address a person without naming them (钟大妈, 孔书记).
_ADDRESS = frozenset(["大妈", "大爷", "大娘", "大叔", "大姐", "大哥", "阿姨", "奶奶", "爷爷", "婆婆", "师傅", "老师",
                      "阿婆", "阿公", "阿伯", "阿爷", "阿嬷"])


def _not_a_form(name: str) -> bool:
    """False for a surname with a title or kin word (孔书记, 钟大妈) and for a village (张湾村)."""
    given = name[1:]
    return not (given in _ADDRESS or given in _title_set() or (len(name) == 3 and name[-1] in "村镇乡"))


#: Last characters of places, units and abstract nouns: a tagged word ending so is no name (柳林镇,
#: 连心桥, 安全感). 峰, 江, 山, 林 end many given names and stay out.
_NOT_NAME_END = frozenset("镇乡村县市区州省峡河湖岭桥路街巷港岛湾堡嘴尖坡沟庄营寨屯滩洲关门"
                          "感观性率度化型式法界派办部局处所站厂院校馆会社团队宝雨摄塔舞奖布")
#: What follows a two-character name in a name-like slot: speech, meeting, a list or an honorific.
_SLOT_AFTER = ("说", "表示", "指出", "认为", "强调", "介绍", "告诉", "提出", "会见", "会晤", "访问", "出席",
               "主持", "讲话", "致辞", "同志", "先生", "女士", "等", "、", "和", "与", "在", "率", "率领",
               "带领", "应邀", "参加", "担任", "任", "获得", "荣获", "当选", "曾", "也", "还", "则", "又")


#: Characters of transliterated foreign names, and the ones that mark a name as foreign.
_TRANSLIT = frozenset("阿埃艾安奥巴拜班邦保鲍贝本比彼波伯布查达戴丹德迪蒂丁杜多厄恩法菲费芬弗福盖冈戈格贡古哈海汉豪赫亨胡"
                      "霍基吉加贾杰金卡凯坎科克库拉莱兰朗劳勒雷里利莉林琳卢鲁伦罗洛马迈麦曼梅门蒙米密莫姆穆纳奈南内尼"
                      "涅纽诺帕派佩皮普齐奇乔切琼萨塞桑森沙尚舍施什斯苏索塔泰坦特托瓦威韦维温沃乌西希谢辛休雅亚扬耶伊"
                      "因尤约泽扎詹兹佐夫顿尔逊娜娃莎黛丽茨宁")
_TRANSLIT_MARK = frozenset("夫顿尔逊姆斯基娃茨特克格诺")


_NUMERALS = frozenset("一二两三四五六七八九十百千万几多数")
_MEASURED = re.compile(r"[\d一二两三四五六七八九十百千万]+(?:亩|斤|公斤|吨|株|棵|箱|袋|件|台|套|平方米|米)")
_MEASURE_WORD = re.compile("亩|斤|公斤|吨|株|棵|箱|袋|件|台|套|平方米|米")
_NUMERAL_CHARS = frozenset("一二两三四五六七八九十百千万")


def _measured_starts(text: str) -> list[int]:
    """Where a _MEASURED match can start: the start of the run of numerals before a measure word (re would
    try every numeral, and 一 is everywhere)."""
    out = []
    for m in _MEASURE_WORD.finditer(text):
        j = q = m.start()
        while j > 0 and (text[j - 1] in _NUMERAL_CHARS or text[j - 1].isdecimal()):
            j -= 1
        if j < q:
            out.append(j)
    return out


def _measured_words(idx: TextIndex) -> frozenset[str]:
    """Words that follow a quantity somewhere in the text (200亩|金银花): things, never persons."""
    out = set()
    for m in finditer_at(_MEASURED, idx.text, _measured_starts(idx.text)):
        tok = idx.token_at(m.end())
        if tok is not None and tok.start == m.end():
            out.add(tok.text)
    return frozenset(out)


def _in_name_slot(idx: TextIndex, word: str) -> bool:
    """True when some occurrence of ``word`` stands in a name slot: after a title or 、, or before
    speech, a list or an honorific."""
    text = idx.text
    for start in find_all(text, word):
        end = start + len(word)
        if text.startswith(_SLOT_AFTER, end) and not text.startswith(("、", "和", "与", "在", "等"), end):
            return True
        if _title_pattern().match(text, end) or text.endswith(lexicon.titles(), 0, start):
            return True
    return False


#: Common elements of Tibetan and Mongolian personal names (general knowledge): a name is two of them
#: (扎西多吉, 乌兰其其格) or one long one (巴特尔, 阿拉坦).
_MINORITY = frozenset([
    # Tibetan
    "扎西", "次仁", "顿珠", "罗布", "多吉", "卓玛", "央金", "格桑", "旺堆", "达瓦", "尼玛", "次旦", "平措", "拉姆",
    "德吉", "索朗", "白玛", "普布", "边巴", "巴桑", "强巴", "洛桑", "丹增", "益西", "群培", "曲珍", "旦增", "米玛",
    "仁增", "琼达", "次珠", "玉珍", "拉巴", "嘎玛", "桑珠", "旺姆", "德庆", "多布杰", "欧珠", "加措", "嘉措", "土登",
    "阿旺", "贡布", "才让", "卓嘎", "才旦", "拉毛", "更登", "完玛", "东主", "华旦", "索南", "扎巴",
    # Mongolian
    "巴特尔", "宝音", "孟和", "巴雅尔", "苏和", "朝鲁", "格日勒", "其其格", "乌兰",
    "斯琴", "萨仁", "阿拉坦", "敖其尔", "吉日嘎拉", "额尔德尼", "图雅", "乌云", "托娅", "满都拉", "布和", "毕力格",
    "呼和", "特木尔", "哈斯", "包力高", "巴图", "达来", "乌力吉", "其木格", "青格勒", "额日和",
    "额尔敦", "那日松", "宝音图", "朝格图", "阿木尔", "苏日娜", "乌日娜", "萨日娜", "敖登", "格日乐", "图门",
    "乌力吉图", "阿拉坦仓", "那顺", "孟克", "布仁", "巴音", "巴根", "朝克图", "额尔德木图", "阿古拉", "德力格尔", "娜仁", "高娃",
    # Tibetan, Amdo spellings
    "尕藏", "多杰", "才让加", "旦巴", "措姆", "卓玛加", "完德", "更藏",
    # Tibetan, Kham spellings
    "泽仁", "洛绒", "四郎", "格绒", "降措", "志玛", "翁姆", "彭措", "呷玛", "拥措", "登巴", "夺吉"])
_MINORITY_LONGEST = max(len(w) for w in _MINORITY)
#: The longest name a reader after a closing quote can return: three elements and a one-character
#: ending (_minority_name), a token of six characters (long_name); name_at's are shorter.
_LONGEST_SPOKEN_NAME = max(3 * _MINORITY_LONGEST + 1, 6)
#: The first two characters of each element: a name slot not opening with one of them holds no such name.
_MINORITY_HEADS = frozenset(w[:2] for w in _MINORITY)
#: One-character endings of Amdo Tibetan names after an element (才旦加, 才让吉).
_MINORITY_TAIL = frozenset("加吉措杰本太")


#: One-character verbs that follow a name (某某帮老人, 某某获第一名, 某某任队长), not name characters.
_VERB_AFTER_NAME = frozenset("帮获任带")


#: What closes a two-character Tibetan or Mongolian name written alone (尕藏家, 尕藏和才旦加).
_TWO_CHAR_AFTER = frozenset("家和、,，。")


def _minority_at(idx: TextIndex, i: int) -> tuple[int, int] | None:
    """A Tibetan or Mongolian name of three characters or more at ``i`` (42岁的尼玛扎西是, ”扎西才让说)."""
    span = _minority_name(idx.text, i, idx) if idx.text[i:i + 2] in _MINORITY_HEADS else None
    return span if span and span[1] - span[0] >= 3 else None


def _minority_speakers(text: str, speech_at: list[int] | None = None) -> list[tuple[int, int]]:
    """尕藏说, / “…”扎西说: a known two-character element opening a clause and speaking (``speech_at``:
    where the speech verbs start, if known)."""
    out = []
    if speech_at is None:
        speech_at = _speech_starts(text)
    for start in speech_at:  # only where a speech verb starts (a C scan), not every character
        if start < 2:
            continue
        i = start - 2
        if text[i:i + 2] in _MINORITY and (i == 0 or not is_han(text[i - 1])):
            out.append((i, i + 2))
    return out


#: A speech verb of _SPEECH.
_SPEECH_WORD = re.compile("|".join(map(re.escape, _SPEECH)))


def _speech_starts(text: str) -> list[int]:
    """Every position where a speech verb starts, overlapping ones included (笑着说 and its 说): a scan
    of the verbs (re skips to their first characters), then the starts inside each verb found, instead
    of a zero-width lookahead that re tries at every position."""
    out = []
    for m in _SPEECH_WORD.finditer(text):
        out.append(m.start())
        out += [p for p in range(m.start() + 1, m.end()) if text.startswith(_SPEECH, p)]
    return out


def _minority_name(text: str, i: int, idx: TextIndex | None = None) -> tuple[int, int] | None:
    """A Tibetan or Mongolian name at ``i`` in a name slot (项目经理多吉平措, 局长巴特尔表示): one or more known
    elements, three characters at least, ending where the next word starts (not a name character); with
    ``idx``, a verb, adverb or preposition read as a word of its own also closes it (班长扎西才让获, 所长某某常年)."""
    if text[i:i + 2] not in _MINORITY_HEADS:
        return None  # (most slots: checked before trying every element length)
    end, parts = i, 0
    while parts < 3:
        step = next((n for n in range(min(_MINORITY_LONGEST, len(text) - end), 1, -1)
                     if text[end:end + n] in _MINORITY), 0)
        if not step:
            break
        end, parts = end + step, parts + 1
    if end - i == 2 and parts == 1 and text[end:end + 1] in _MINORITY_TAIL and end + 1 < len(text) \
            and (text[end + 1] in AFTER_NAME or not is_han(text[end + 1]) or text.startswith(_SPEECH, end + 1)):
        end += 1  # 才旦/加, 才让/吉: an Amdo name closed by a one-character ending
    if end - i == 2 and parts == 1 and (text.startswith(_SPEECH, end) or text[end:end + 1] in _TWO_CHAR_AFTER):
        return (i, end)  # 牧民尕藏家, 尕藏说: one element alone, closed by speech or a list or a home
    if end - i < 3:
        return None
    nxt = text[end:end + 1]
    if not nxt or not is_han(nxt) or nxt in AFTER_NAME or text.startswith(_SPEECH, end) \
            or text.startswith(("介绍", "表示", "带领", "和同事", "组织", "主持", "带队", "率队", "出席", "作了", "正在"), end):
        return (i, end)
    if text[end] in _VERB_AFTER_NAME:
        return (i, end)  # 次仁拉姆帮/湾东村: a one-character verb jieba glued to the next word
    if idx is not None and (tok := idx.token_at(end)) is not None and tok.start == end \
            and tok.tag[:1] in ("v", "d", "p") and tok.tag != "vn":
        return (i, end)
    return None


#: Common Yi clan names (general knowledge): after a title, a clan name and a two-character given name
#: make a four-character name however jieba cuts it (所长沙马/日火: 长沙 read across the title).
_YI_CLANS = frozenset(["阿西", "沙马", "吉克", "阿牛", "吉伍", "俄木", "阿苏", "曲比", "海来", "勒格", "瓦扎",
                       "倮伍", "吉木", "阿说", "莫色", "比布", "日色", "苏呷", "阿约", "加拉", "木苦", "阿都",
                       "吉史", "阿克", "马黑", "吉狄", "阿力", "阿鲁", "沙玛", "吉尔", "阿尔", "俄底", "的日"])

#: What cannot open the given part (拉 and 来 can: 阿西拉哈, 海来阿木's neighbours 拉且, 来哈).
_YI_NOT_GIVEN = AFTER_NAME - frozenset("拉来")


def _yi_name(idx: TextIndex, i: int) -> tuple[int, int] | None:
    """A Yi clan name and two more characters at ``i`` (a title before it), closed by speech, a verb or
    punctuation; the two given characters are no word of their own (not 吉克/村里)."""
    text = idx.text
    end = i + 4
    if end > len(text) or not all_han(text[i:end]) or text[i + 2] in _YI_NOT_GIVEN or text[i + 3] in AFTER_NAME:
        return None
    if text[i + 2:end] in _title_set() or text[i:end] in lexicon.not_names() or text[end - 1] in _NOT_NAME_END:
        return None
    if end < len(text) and is_han(text[end]) and text[end] not in AFTER_NAME and not text.startswith(_SPEECH, end):
        nxt = idx.token_at(end)
        if nxt is None or nxt.start != end or nxt.tag[:1] not in ("v", "p", "d", "l") and nxt.text not in _ADVERBIAL_NOUNS:
            return None
    if idx.cuts_word(i + 2, end) and not idx.is_boundary(end):
        return None
    return (i, end)


#: What closes a Hui or Salar name with 尕 (韩尕西木带着, 马尕拉和同事们): a function word or a verb opening.
_GA_CLOSERS = frozenset("和与及同跟说是在带到把将为向对从给等的也就都正已")


def _ga_name(text: str, i: int) -> tuple[int, int] | None:
    """A Hui or Salar name after a title: a surname, 尕 (little) and one or two characters (马尕拉,
    韩尕西木), closed by punctuation, speech or a function word; jieba reads them as places."""
    if text[i] not in lexicon.surnames().single:
        return None
    for end in (i + 4, i + 3):
        if end > len(text) or not all_han(text[i:end]) or any(c in _GA_CLOSERS or c in _YI_NOT_GIVEN for c in text[i + 2:end]):
            continue
        if end == len(text) or not is_han(text[end]) or text[end] in _GA_CLOSERS or text.startswith(_SPEECH, end):
            return (i, end)
    return None


#: Characters that end the words after a dotted name, never the name itself (阿不都 may end in 都).
_DOT_NAME_STOP = frozenset("在是说和与等的了也就为对把被将从向到给让正要会能已曾")
#: Verbs jieba may tag as names after a dotted name (阿不都热合曼/荣获).
_DOT_NAME_VERBS = ("荣获", "获得", "带领", "带着", "来到", "走进")
_DOTTED = re.compile(r"([\u4e00-\u9fff]{2,8})·([\u4e00-\u9fff]{2,6})")


def _dotted_name(idx: TextIndex, m: re.Match[str], title_ends: set[int]) -> tuple[int, int] | None:
    """A name in two parts joined by a middle dot (Uyghur and other transliterated names): the first part
    starts after a title or at a clause start (two to four characters), the second ends at a word
    boundary before a function word, a verb or punctuation."""
    text = idx.text
    dot = m.end(1)
    starts = [e for e in title_ends if m.start(1) <= e <= dot - 2]
    joint = max(m.group(1).rfind(c) for c in "的和与及同跟")  # 某公司的|买买提·吐尔洪
    if starts:
        start = max(starts)
    elif joint >= 0 and dot - (m.start(1) + joint + 1) >= 2:
        start = m.start(1) + joint + 1
    else:
        start = m.start(1)
    if dot - start > (6 if starts else 4) or (not starts and start > 0 and is_han(text[start - 1]) and text[start - 1] not in "的和与及同跟"):
        return None
    end = None
    for length in range(min(6, m.end(2) - dot - 1), 1, -1):
        e = dot + 1 + length
        if text[e - 1] in _DOT_NAME_STOP or not idx.is_boundary(e):
            continue
        if length > 4 and not text.startswith(_DOT_NAME_VERBS, e):
            continue  # 阿不都热合曼荣获: a long second part only before a verb that closes names
        nxt = idx.token_at(e)
        if e >= len(text) or not is_han(text[e]) or text[e] in AFTER_NAME or text.startswith(_SPEECH, e) \
                or text.startswith(_DOT_NAME_VERBS, e) \
                or (nxt is not None and nxt.tag in ("v", "p", "d", "c", "vn", "uj", "ul")):
            end = e
            break
    if end is None:
        return None
    parts = text[start:dot], text[dot + 1:end]
    gaz, world = lexicon.gazetteer(), lexicon.world_places()
    if any(gaz.lookup(p) or p in world or p in _title_set() for p in parts):
        return None  # 中国·北京: places joined by a dot
    return (start, end)


def _tagged_name(idx: TextIndex, k: int, measured: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The span of token ``k`` when jieba tags it a person and nothing says otherwise.

    Three characters (surname + two) are enough; two characters (surname + one, or a dictionary word
    that jieba tags as a name, 明白, 权威) only in a name-like slot: after 、 or before speech, a list,
    an honorific."""
    word, start, end = idx.words[k], idx.starts[k], idx.ends[k]
    text = idx.text
    # cheap tests first: this runs on every token jieba tags as a person
    if not 2 <= len(word) <= 3 or word[-1] in _NOT_NAME_END or word in lexicon.world_places():
        return None
    if start > 0 and (text[start - 1].isdigit() or text[start - 1] in _NUMERALS):
        return None  # 12支迎峰度夏突击队: after a number the "surname" is a measure word
    if word in measured:
        return None  # 200亩金银花 (anywhere in the text): a quantity of something, not a person
    if len(word) == 2:
        if get_segmenter().has_word(word):
            return None  # two-character dictionary words tagged as names are mostly common words
        if not (text.startswith(_SLOT_AFTER, end) or (start > 0 and text[start - 1] == "、")
                or _title_pattern().match(text, end)):
            return None
    # pure tests: the cheap and cached ones first
    if lexicon.gazetteer().lookup(word) or word in _title_set() or not _plausible_given(word):
        return None
    if name_at(idx, start) != (start, end) or _names_a_unit(text, word):
        return None
    return (start, end)


#: Last characters of a place or a unit, never of a name read from jieba's tag alone (吴城镇, 邓川镇).
_PLACE_END = frozenset("镇乡村县市区省州")


@lru_cache(maxsize=65536)
def _plausible_given(name: str) -> bool:
    """A weakly supported name (jieba's tag only) whose given part is not a place ending or a common
    word (强/降雨)."""
    if name[-1] in _PLACE_END:
        return False
    given = name[1:]
    return not (len(given) == 2 and get_segmenter().has_word(given) and given in _COMMON_GIVEN_WORDS)


#: Given-name parts that are weather or work words: a name tagged by jieba with them is a phrase.
_COMMON_GIVEN_WORDS = frozenset(["降雨", "降水", "降雪", "对流", "风险", "温度", "压线", "峰值", "负荷", "负载"])


_UNIT_AFTER = re.compile(r"(?:县|市|区|镇|乡|村|社区|水电|水库|供电|电力|电网|公司|山|河)")


@lru_cache(maxsize=1024)  # asked again for each mention of a tagged name (the text hashes once)
def _names_a_unit(text: str, name: str) -> bool:
    """True when the word is seen right before a place or unit word somewhere (刘家湾水电厂, 东岭供电局)."""
    for start in find_all(text, name):
        if _UNIT_AFTER.match(text, start + len(name)):
            return True
    return False
