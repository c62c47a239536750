"""Communities: 社区, 村, 街道, 居委会 and named estates (小区, 花园, 家园, 苑).

The name before the suffix is short (two or three characters, 丹水池社区) and must not be a common
word (脱贫村, 驻村, 全村). A street in front of a community is split off as in the gold: 新东街道文昌社区
-> the community 文昌社区 (alias 新东街道文昌社区) and the street 新东街道 itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from .names import has_proper
from .textindex import Candidate, TextIndex, is_han

__all__ = ["NOT_COMMUNITY", "find_communities"]

#: Words before 村/社区 that make a common noun, not a name.
NOT_COMMUNITY = frozenset(
    ["脱贫", "贫困", "驻", "全", "各", "本", "该", "每", "一", "行政", "自然", "示范", "重点", "美丽", "文明", "和谐", "无疫情", "农", "乡", "山", "邻", "进", "入", "出", "回", "返", "城中", "城郊", "结对", "对口", "所在", "居住", "所在地", "居住地", "帮扶", "扶贫", "驻点", "下沉", "包保", "联系", "试点", "整", "这个", "那个", "多个", "农村", "新农村", "宜居", "智慧", "平安", "绿色", "老旧", "安置", "周边", "附近", "当地", "基层"]
)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    suffixes = lexicon.community_suffixes()
    return re.compile("|".join(sorted(suffixes, key=len, reverse=True)))


_ADDRESS_NEXT = re.compile(r"[\u4e00-\u9fff]{2,4}(?:社区|村)")


def find_communities(idx: TextIndex) -> list[Candidate]:
    text, out = idx.text, []
    suffixes = lexicon.community_suffixes()
    not_names = lexicon.not_names()
    gaz = lexicon.gazetteer()
    for m in _pattern().finditer(text):
        s, e = m.span()
        suffix = m.group()
        kind = suffixes[suffix]
        end_tok = idx.token_at(e - 1)
        if end_tok is not None and end_tok.end > e and not text.startswith(("村委", "社区居委"), e - len(suffix)) \
                and end_tok.start >= s:
            continue  # 村庄, 村民, 社区化: the suffix begins a longer word
        if kind == "village" and text[e:e + 1] == "委":
            continue  # 村委: an organisation, found by the organisation grammar
        start = idx.name_start(s, max_chars=4)
        # an address in front (武汉市石龙社区, 东昌府区古楼街道) is a place, not part of the name
        for k in range(s - 2, start, -1):
            if gaz.lookup(text[start:k]) or (text[k - 1] in "省市县区" and gaz.lookup(text[start:k - 1])):
                start = k
                break
        street = text.rfind("街道", start, s)
        if street >= 0 and kind != "street":
            start = street + 2
        while start < s - 1 and (text[start] in "驻在到进赴至往为向从与和及" or text[start:s] in NOT_COMMUNITY):
            start += 1
        name_part = text[start:s]
        if len(name_part) < 2 or not all(is_han(c) for c in name_part):
            continue
        if name_part in NOT_COMMUNITY or name_part in not_names or name_part[-1] in "个名支户":
            continue
        before = idx.token_before(start)
        after_place = before is not None and bool(gaz.lookup(before.text) or before.text.endswith("街道"))
        if not (idx.is_boundary(start) or text[start - 1] in "驻在到进赴至往为向从与和及") \
                or not (has_proper(idx, start, s) or after_place or (kind == "street" and _ADDRESS_NEXT.match(text, e))):
            continue
        if gaz.lookup(name_part) and kind == "village":
            pass  # 村 named after a place is still a village
        if kind == "estate" and len(name_part) < 2:
            continue
        out.append(Candidate(start, e, "Community", f"community-{kind}", 0.75, text[start:e], kind=kind))
    return _split_streets(out)


def _split_streets(cands: list[Candidate]) -> list[Candidate]:
    """A street immediately followed by a community: the community keeps its own name (the street is an
    alias prefix) and the street stays a Community of its own."""
    by_start = {c.start: c for c in cands}
    out = []
    for c in cands:
        out.append(c)
        nxt = by_start.get(c.end)
        if c.kind == "street" and nxt is not None and nxt.kind != "street":
            out.append(Candidate(c.start, nxt.end, "Community", "community-street-prefix", 0.75, nxt.name,
                                 kind="prefixed"))
    return out
