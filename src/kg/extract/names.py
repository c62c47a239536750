"""Small shared tests on name parts: does a stretch of text contain a proper name, or only generic words?"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .. import lexicon
from ..segmenter import get_segmenter
from .textindex import TextIndex, all_han

__all__ = ["GENERIC", "PROPER_TAGS", "brand_regex", "has_place", "has_proper", "is_generic_word", "strip_brand"]

#: Tags of proper nouns (person, place, organisation, other proper, abbreviation) and unknown words.
PROPER_TAGS = {"nr", "ns", "nt", "nz", "j", "nrt", "nrfg", "x?", "eng", "nrf"}

#: Words that never make a name on their own (a unit called just 电力公司 is not named).
GENERIC = frozenset(
    ["电力", "电网", "供电", "国家", "地方", "基层", "单位", "公司", "集团", "企业", "部门", "当地", "所属", "下属", "相关", "各级", "党员", "共产党员", "青年", "志愿者", "志愿", "突击", "先锋", "应急", "抢修", "服务", "工作", "临时", "综合", "市郊", "城区", "农村", "县级", "市级", "省级", "中心", "管理", "防控", "疫情", "党", "团", "职工", "员工", "干部", "群众", "社区", "街道", "村", "乡镇", "区域", "片区", "新", "老", "大", "小", "总", "分", "子"]
)


@lru_cache(maxsize=4096)
def is_generic_word(word: str) -> bool:
    return word in GENERIC or word in lexicon.stopwords()


def strip_brand(name: str) -> tuple[str, str]:
    """Split a grid brand prefix off a name: 国网桐庐县供电公司 -> ('国网', '桐庐县供电公司')."""
    for brand in lexicon.brands():
        if name.startswith(brand) and len(name) > len(brand) + 1:
            return brand, name[len(brand):]
    return "", name


@lru_cache(maxsize=1)
def brand_regex() -> re.Pattern[str]:
    """Any grid brand (one C-level search instead of a substring test per brand)."""
    return re.compile("|".join(map(re.escape, lexicon.brands())) or "(?!)")


def has_proper(idx: TextIndex, start: int, end: int) -> bool:
    """True when text[start:end] holds a place, a brand, a proper-noun token or an out-of-vocabulary word."""
    if end <= start:
        return False
    text = idx.text[start:end]
    if brand_regex().search(text):
        return True
    if len(text) >= 3 and text[-1] in "区园" and not is_generic_word(text):
        return True  # a named zone: 产业集聚区, 高新区
    if start < 0 or start >= len(idx.text):
        return False
    gaz = lexicon.gazetteer()
    seg = get_segmenter()
    # the tokens over the span, read from the index's columns (no Token built per step)
    full, starts, ends, tags = idx.text, idx.starts, idx.ends, idx.tags
    k = idx.token_index(start)
    if k is None:
        k = bisect_right(starts, start) - 1  # the token holding ``start``
    while k < len(starts) and starts[k] < end:
        tok_start, tok_end, tag = starts[k], ends[k], tags[k]
        word = full[max(tok_start, start):min(tok_end, end)]
        whole = tok_start >= start and tok_end <= end
        if word and all_han(word) and not is_generic_word(word):
            if idx.is_place_word(word) or (whole and tag in PROPER_TAGS) or not seg.has_word(word) \
                    or (tag == "nt" and len(word) >= 4):  # 中国移动通信|集团: part of an organisation word
                return True
            if len(word) >= 2 and word[-1] in "省市县区镇乡村" and gaz.lookup(word[:-1]):
                return True
        k += 1
    return False


def has_place(text: str) -> bool:
    """True when ``text`` contains a division name (full, or short form of two or more characters)."""
    gaz = lexicon.gazetteer()
    for i in range(len(text)):
        for j in range(i + 2, min(len(text), i + 10) + 1):
            if gaz.lookup(text[i:j]):
                return True
    return False
