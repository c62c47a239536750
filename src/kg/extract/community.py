"""Communities: 社区, 村, 街道, 居委会 and named estates (小区, 花园, 家园, 苑).

The name before the suffix is short (two or three characters, 青柳池社区) and must not be a common
word (脱贫村, 驻村, 全村). A street in front of a community is split off as in the gold: 新桥街道文华社区
-> the community 文华社区 (alias 新桥街道文华社区) and the street 新桥街道 itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .. import lexicon
from .names import has_proper, is_generic_word
from .textindex import Candidate, TextIndex, all_han, find_all, is_han

__all__ = ["NOT_COMMUNITY", "find_communities"]

#: Words before 村/社区 that make a common noun, not a name.
NOT_COMMUNITY = frozenset(
    ["脱贫", "贫困", "驻", "全", "各", "本", "该", "每", "一", "行政", "自然", "示范", "重点", "美丽", "文明", "和谐", "无疫情", "农", "乡", "山", "邻", "进", "入", "出", "回", "返", "城中", "城郊", "结对", "对口", "所在", "居住", "所在地", "居住地", "帮扶", "扶贫", "驻点", "下沉", "包保", "联系", "试点", "整", "这个", "那个", "多个", "农村", "新农村", "宜居", "智慧", "平安", "绿色", "老旧", "安置", "周边", "附近", "当地", "基层",
     "扎根", "深入", "走进", "进入", "服务", "回到", "来到", "织密", "筑牢", "守护", "助力", "建设", "治理", "管理",
     "包联", "驻守", "值守", "入驻", "进驻", "城市", "主要", "乡镇", "城乡", "各个", "沿街", "辖区", "全市"]
)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    suffixes = lexicon.community_suffixes()
    return re.compile("|".join(sorted(suffixes, key=len, reverse=True)))


_NOT_COMMUNITY_ENDS = tuple(sorted(w for w in NOT_COMMUNITY if len(w) >= 2))
_UNIT_WORDS = ("街道", "社区", "镇", "乡", "村", "旅游区", "度假区", "开发区")  # (某旅游区|南湾村: a zone before it)
_NOT_COMMUNITY_VERBS = ("扎根", "深入", "走进", "进入", "回到", "来到", "扎根在", "驻守", "进驻", "入驻")
_TOWN_WORDS = ("镇", "乡")
_GENERIC_VILLAGES = frozenset(["乡村", "农村", "新农村", "行政村", "自然村", "脱贫村", "贫困村",
                               "示范村", "美丽乡村", "老人村", "空心村"])


def _alone(idx: TextIndex, i: int) -> bool:
    k = idx.token_index(i)  # the token starting at i
    return k is not None and idx.ends[k] == i + 1


def _stem_elsewhere(text: str, stem: str, before: str, suffix: str = "") -> bool:
    """True when ``stem`` occurs in ``text`` without ``before`` in front of it (and not as the tail of
    another name of the same kind: 金雀山街道 says nothing of 银/雀山街道)."""
    pos = text.find(stem)
    while pos >= 0:
        if pos == 0 or (text[pos - 1] != before and not (
                suffix and is_han(text[pos - 1]) and text.startswith(suffix, pos + len(stem)))):
            return True
        pos = text.find(stem, pos + 1)
    return False


#: Where a sentence or a clause opens: a name written right after one starts there.
_CLAUSE_OPEN = frozenset("。！？\n；:：“")
#: Characters before a name that are never its first one (的, 在, 、).
_NEVER_FIRST = frozenset("的在和与及、为向从到驻进赴至往是了对把被将给于由")


def _opens_a_clause(text: str, a: int, e: int) -> bool:
    """True when the character at ``a`` (a word jieba split off: 查/干花村, 穿/心岩村) starts the name
    ``text[a:e]`` somewhere the text opens a clause with it."""
    if a < 0 or not is_han(text[a]) or text[a] in _NEVER_FIRST:
        return False
    name = text[a:e]
    pos = text.find(name)
    while pos >= 0:
        if pos == 0 or text[pos - 1] in _CLAUSE_OPEN:
            return True
        pos = text.find(name, pos + 1)
    return False


def _written_without(text: str, a: int, e: int) -> bool:
    """True when ``text[a + 1:e]`` also occurs without the character at ``a`` before it."""
    rest, pos = text[a + 1:e], text.find(text[a + 1:e])
    while pos >= 0:
        if pos == 0 or text[pos - 1] != text[a]:
            return True
        pos = text.find(rest, pos + 1)
    return False


_ADDRESS_NEXT = re.compile(r"[\u4e00-\u9fff]{2,4}(?:社区|村)")


def find_communities(idx: TextIndex) -> list[Candidate]:
    text, out = idx.text, []
    suffixes = lexicon.community_suffixes()
    not_names = lexicon.not_names()
    gaz = lexicon.gazetteer()
    start_index, starts, ends = idx._start_set, idx.starts, idx.ends
    # (slices of the text before a match are tested with str.endswith's bounds, not copied: a long text
    # has hundreds of matches)
    for m in _pattern().finditer(text):
        s, e = m.span()
        suffix = m.group()
        kind = suffixes[suffix]
        # the token holding text[e - 1], read from the index's columns (no Token built)
        t = start_index.get(e - 1)
        if t is None:
            t = bisect_right(starts, e - 1) - 1
        end_start, end_end = starts[t], ends[t]
        if end_end > e and not text.startswith(("村委", "社区居委"), e - len(suffix)) \
                and end_start >= s and not (end_end == e + 1 and text[e] in _GLUED_AFTER) \
                and not (kind == "village" and _glued_after_town(text, s, e)):
            continue  # 村庄, 村民, 社区化: the suffix begins a longer word (not 村/是 read as 村是; not 某镇某某村|英歌舞,
            # a village written after its town whose 村 the word cut glues to the next word)
        if kind == "village" and text[e:e + 1] == "委":
            continue  # 村委: an organisation, found by the organisation grammar
        if kind == "estate" and text[e:e + 1] in ("镇", "乡"):
            continue  # 某县花园镇: the estate word opens a town's name
        start = idx.name_start(s, max_chars=4)
        if start > s - 2 and kind == "community" and text.endswith(_VISIT_VERBS, 0, max(0, s - 2)) \
                and all_han(text[s - 2:s]):
            start = s - 2  # 包保/团结/社区: jieba reads the stem as a common word
        # an address in front (杭州市石泉社区, 东昌府区古楼街道) is a place, not part of the name
        for k in range(s - 2, start, -1):
            if gaz.lookup(text[start:k]) or (text[k - 1] in "省市县区" and gaz.lookup(text[start:k - 1])):
                start = k
                break
        # a unit in front (府城街道红城湖社区美舍花园, 孟家岗镇向阳村) ends where this name starts
        unit_cut = False  # the name starts right after a town or street written before it
        for unit in _UNIT_WORDS if kind != "street" else _TOWN_WORDS:
            if kind != "estate" and unit == "村":
                continue
            pos = text.rfind(unit, start, s - 1)
            if pos >= 0 and s - (pos + len(unit)) >= 2:
                start = pos + len(unit)
                unit_cut = unit in ("镇", "乡", "街道") and pos >= 2
        if end_start < s and end_end == e and idx.words[t] in _GENERIC_VILLAGES:
            continue  # 乡村, 农村, 脱贫村: a kind of village
        if text[start:s].endswith(_NOT_COMMUNITY_ENDS) or text[start:s].startswith(_NOT_COMMUNITY_VERBS):
            continue  # 扎根山村: a verb before a kind of village
        # the first character belongs to the word before (下沉/犀浦街道) when the rest is a stem the text
        # uses on its own (犀浦供电所)
        moved = s - start >= 3 and _stem_elsewhere(text, text[start + 1:s], text[start], suffix)
        if moved:
            start += 1
        # (one C-level test of all the verbs first: most names open with none)
        verb = next((v for v in _VISIT_VERBS if text.startswith(v, start) and s - start - len(v) >= 2), None) \
            if text.startswith(_VISIT_VERBS, start) else None
        if verb:
            start += len(verb)  # 包保团结社区: the verb is not part of the name
        while start < s - 1 and (text[start] in "驻在到进赴至往" or text[start:s] in NOT_COMMUNITY
                                 or (text[start] in "为向从与和及" and _alone(idx, start))):
            start += 1  # 驻山尾头村, 和平安村 (but 向阳村 keeps its 向)
        if s - start < 2 and kind in ("village", "community"):
            start = next((k for k in (s - 4, s - 3, s - 2) if k > 0 and _after_marker(idx, k, s)), start)
        if s - start < 2:
            start = _after_address(idx, s, kind, start)
        under = _under_unit(text, s, kind) if s - start < 2 else None
        if under is not None:
            start = under  # 某镇鹿角湾村, 某区五三街道: the word cut hides a name the address delimits
        if s - start >= 3 and text[start] in _NEVER_FIRST and _written_without(text, start, e):
            start += 1  # 从亚/明社区 (word cut) where the text also writes 亚明社区 alone: 从 is no part of it
        if 1 <= s - start <= 3 and _opens_a_clause(text, start - 1, e):
            start -= 1  # 的查/干花村 where the text also opens a sentence with 查干花村: the verb is the name's
        if kind == "street" and (cut := _after_district(text, start, s)) is not None:
            start = cut  # 上/城区小营街道: the word cut ran across the district's name
        if text[start:start + 1] == "的" and _ADDRESS_OF.search(text, max(0, start - 6), start + 1):
            start += 1  # 胡村镇的/胡村: the 的 after the town is no part of the village's name
        need = _road_short(text[start:s])
        if need and start >= need and all_han(text[start - need:start]):
            start -= need  # 和|兴路街道, 新建|南路街道: a road's own name has two characters before 路
        name_part = text[start:s]
        if not all_han(name_part) or len(name_part) < 2 and not (
                name_part and _ADDRESS_OF.search(text, max(0, start - 6), start) and text.count(text[start:e]) >= 2):
            continue  # (a one-character stem only after its town, with the name written again: 胡村镇的胡村)
        addressed = kind != "street" and (text.endswith(("街道", "镇", "乡"), 0, start)  # 某街道康乐社区
                                          or _ADDRESS_OF.search(text, max(0, start - 6), start) is not None
                                          or _listed_after(text, start, suffix))
        addressed = addressed or (kind == "street" and _ADDRESS_NEXT.match(text, e) is not None)  # 幸福街道福海社区
        if name_part in NOT_COMMUNITY or (name_part in not_names and not addressed) or name_part[-1] in "个名支户整全各每" \
                or (kind == "village" and name_part.endswith(_MOTION_ENDS)) \
                or (name_part[-1] in "来到去" and text.startswith(_VISIT_AFTER, e)) \
                or "逐" in name_part:
            continue
        before = idx.token_before(start)
        # 某镇某村 written as an address: the town names the village's place, even where jieba reads
        # across the 镇 (石塘/镇里/箬/村)
        after_town = (kind == "village" and text[start - 1:start] in ("镇", "乡") and start >= 3
                      and all_han(text[start - 3:start - 1]) and text[start - 2:start] not in ("乡镇", "城乡"))
        after_place = after_town or addressed or (before is not None and bool(gaz.lookup(before.text)
                                                                              or before.text.endswith("街道")))
        # 电白区水东街道 where the word cut runs across the district (电/白区): the district still ends there
        after_place = after_place or (kind == "street" and text[start - 1:start] in ("区", "县", "市", "旗")
                                      and any(gaz.lookup(text[start - k:start]) for k in (2, 3, 4, 5) if start >= k))
        # (某县花园镇花西社区: the word cut glues the town's 镇 to the community's stem; the town delimits it)
        after_town = after_town or (unit_cut and kind == "community" and text[start - 1:start] in ("镇", "乡")
                                    and start - s <= -2)
        # 在团山村, 相邻的柳树湾村, 与某大道社区: a stem right after 的 or a preposition that the word cut reads
        # as common words is still a name when no verb, numeral or pronoun is inside it
        after_place = after_place or (kind in ("village", "community") and _after_marker(idx, start, s))
        if under is None and not (idx.is_boundary(start) or after_town or text[start - 1] in "驻在到进赴至往为向从与和及" or moved) \
                or under is None and not (has_proper(idx, start, s) or after_place or (kind == "street" and _ADDRESS_NEXT.match(text, e))
                        or _named_by_use(text, start, e, kind)):
            continue
        if gaz.lookup(name_part) and kind == "village":
            pass  # 村 named after a place is still a village
        if kind == "estate" and len(name_part) < 2:
            continue
        out.append(Candidate(start, e, "Community", f"community-{kind}", 0.75, text[start:e], kind=kind))
    found = _split_streets(_listed_more(text, out + _streets_after_division(text)))
    found = _estate_communities(text, [_without_verb(c) for c in found])
    return [c for c in found if not _NOT_A_STEM.search(c.name)]


def _estate_communities(text: str, found: list[Candidate]) -> list[Candidate]:
    """某某新村|社区: the community named after its estate is one name (not 某某新村 and 新村社区)."""
    grown = {c.end: c for c in found if c.name.endswith("新村") and text.startswith("社区", c.end)
             and text[c.start:c.end] == c.name and c.end - c.start >= 4}
    if not grown:
        return found
    out = [c for c in found if not any(g.start < c.start < g.end + 2 <= c.end for g in grown.values())]
    return [c._replace(end=c.end + 2, name=c.name + "社区", kind="community") if c.end in grown and c in grown.values()
            else c for c in out]


#: What a village's, community's or estate's own name never holds: a preposition glued on by the word cut
#: (党工委在小区, 企业与街道), a party body or a link word opening it (所辖社区).
_NOT_A_STEM = re.compile(r"^(?:党工委|党委|党支部|党总支|所辖)|[在与]")
#: Verbs the word cut glues to the name after them (已为某社区, 挂点某社区).
_VERB_BEFORE = re.compile(r"^(?:已为|挂点)(?=[\u4e00-\u9fff]{2})")


#: Tags of words a village's or community's stem never holds.
_NOT_STEM_TAGS = frozenset(["v", "vn", "vd", "d", "m", "r", "p", "c", "u", "uj", "f", "q", "t"])


def _after_marker(idx: TextIndex, start: int, s: int) -> bool:
    """text[start:s] (two to four characters) follows 的 or 在/与/和 and holds only nouns the dictionary
    gives (团/山村, 柳树/湾, 仙葫/大道): a name the word cut did not know."""
    text = idx.text
    if not 2 <= s - start <= 4 or text[start - 1:start] not in ("的", "在", "与", "和") or not all_han(text[start:s]):
        return False
    stem = text[start:s]
    if stem in NOT_COMMUNITY or is_generic_word(stem) or any(c in "镇乡村区县市省旗" for c in stem) \
            or stem[0] in _NEVER_FIRST or stem[0] in "个些全各每本该其这那":
        return False
    i = start
    while i < s:
        tok = idx.token_at(i)
        if tok is None or tok.tag in _NOT_STEM_TAGS or tok.tag.startswith("v"):
            return False
        i = tok.end
    return True


def _without_verb(c: Candidate) -> Candidate:
    m = _VERB_BEFORE.match(c.name) if c.start + len(c.name) == c.end else None
    if m is None:
        return c
    return c._replace(start=c.start + m.end(), name=c.name[m.end():])


def _road_short(stem: str) -> int:
    """How many characters a street's or community's stem named after a road (兴路, 南路) lacks: a
    road's own name has two characters before 路 and its direction word (和兴路, 新建南路)."""
    if not stem.endswith("路"):
        return 0
    own = stem[:-1].rstrip("东南西北中")
    return max(0, 2 - len(own))


#: Characters never inside a street's own name (的, conjunctions, verbs of motion).
_NOT_IN_STREET = frozenset("的和与及、在为到从向对将把被等其各该本这那每全")


#: Stems after a division that make a kind of street, not a name (某区主要街道, 某区老旧街道).
_NOT_STREET = frozenset(["主要", "各个", "部分", "城市", "沿街", "老旧", "周边", "附近", "所在", "辖区", "城区", "中心",
                         "重点", "其他", "多个", "全部", "相关", "各", "有关", "所辖", "下辖", "城乡"])


def _streets_after_division(text: str) -> list[Candidate]:
    """某区幸福街道, 某区紫荆山南路街道: a street written right after a district, county or city the
    gazetteer knows is named by everything between the two, whatever the word cut makes of it (幸福 and
    建设 are common words; 米市巷 and 紫荆山南路 are read apart)."""
    gaz = lexicon.gazetteer()
    out = []
    for s in find_all(text, "街道"):
        for n in (2, 3, 4, 5):
            p = s - n
            if p < 3 or text[p - 1] not in "区县市旗":
                continue
            stem = text[p:s]
            if not all_han(stem) or _NOT_IN_STREET.intersection(stem) or stem in _NOT_STREET \
                    or any(stem.endswith(w) for w in ("区", "县", "市", "镇", "乡", "村")):
                continue
            if any(gaz.lookup(text[p - k:p]) for k in (2, 3, 4, 5, 6) if p >= k):
                out.append(Candidate(p, s + 2, "Community", "community-street-addressed", 0.75, text[p:s + 2],
                                     kind="street"))
                break  # the shortest stem after a division (某市某区|某街道: the district ends nearer)
    return out


#: A town's name and a village's stem right before 村 (某某镇古溪|村): an address, whatever the word cut does.
_TOWN_VILLAGE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}[镇乡][\u4e00-\u9fff]{2,3}$|"
                           r"(?:为|在|到|赴|与|和|、)[\u4e00-\u9fff]{2}[镇乡][\u4e00-\u9fff]{2,3}$")


#: Characters after 村 that make a common word of it (村民, 村委, 村里, 村庄): no village's name ends there.
_VILLAGE_WORD_NEXT = frozenset("民委里庄落级干容务部子头口道组")


def _glued_after_town(text: str, s: int, e: int) -> bool:
    """某某镇古溪|村英歌舞: a village's stem right after its town, its 村 glued by the word cut to the next word."""
    m = _TOWN_VILLAGE.search(text, max(0, s - 7), s)
    if m is None or text[e:e + 1] in _VILLAGE_WORD_NEXT or text[s - 1] == "村":
        return False
    stem = text[m.end() - 3:s] if text[m.end() - 4] in "镇乡" else text[m.end() - 2:s]
    stops = lexicon.stopwords()
    return not any(c in stops for c in stem)


#: The next item of a list of communities of one kind (湖滨街道、清波街道 / 团结社区和建设社区).
_NEXT_ITEM = re.compile(r"(?:、|和|及|以及)([\u4e00-\u9fff]{2,4}?)(街道|社区|村)(?![委民])")


def _listed_more(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Communities listed right after a found one, with the same suffix, that the word cut hid."""
    starts = {c.start for c in cands}
    out = list(cands)
    todo = list(cands)
    while todo:
        c = todo.pop()
        m = _NEXT_ITEM.match(text, c.end)
        if m is None or not c.name.endswith(m.group(2)) or m.start(1) in starts \
                or any(ch in m.group(1) for ch in "的和及与、"):
            continue
        new = Candidate(m.start(1), m.end(), "Community", "community-listed", 0.7, m.group(1) + m.group(2), kind=c.kind)
        starts.add(new.start)
        out.append(new)
        todo.append(new)
    return sorted(out, key=lambda c: (c.start, c.end))


def _after_district(text: str, start: int, s: int) -> int | None:
    """Where a street's name starts when the span holds the tail of a district before it (城区小营)."""
    k = max(text.rfind("区", start, s - 1), text.rfind("县", start, s - 1))
    return k + 1 if k > start and s - (k + 1) >= 2 else None


#: A motion verb before 村 (车开进村, 走入村): a phrase, not a village's name.
#: What someone comes to a village or community to do (某某来村调研, 到社区走访): the word before 村 is a verb.
_VISIT_AFTER = ("调研", "考察", "走访", "慰问", "看望", "检查", "指导", "视察", "宣讲", "义诊", "督导", "蹲点")
_MOTION_ENDS = ("开进", "走进", "驶进", "驶入", "进入", "开入", "回到", "来到")
#: A character a segmenter glues to the suffix (村/是 read as 村是): the suffix still ends the name.
_GLUED_AFTER = frozenset("是在和的为")
#: A village right after its town, a street right after its district or city: 某镇鹿角湾村, 某区五三街道.
_UNDER_UNIT = {"village": re.compile(r"(?<=[\u4e00-\u9fff]{2}[镇乡])[\u4e00-\u9fff]{2,3}$"),
               "street": re.compile(r"(?<=[\u4e00-\u9fff]{2}[区县市旗])[\u4e00-\u9fff]{2,3}$")}
_NOT_UNDER = frozenset("全各每该本其这那所多几一两个附周邻")
_NOT_UNDER_WORDS = ("下辖", "所辖", "管辖", "辖区", "中心", "周边", "附近", "沿线", "所在", "其余", "部分", "偏远",
                    "山区", "贫困", "脱贫", "重点", "行政", "自然", "示范", "试点", "受灾", "相邻", "邻近", "农业")


def _under_unit(text: str, s: int, kind: str) -> int | None:
    """Start of the name of a village (a street) written right after a named town (district, city),
    where the word cut gives no name start of its own; None when the text does not read so."""
    pattern = _UNDER_UNIT.get(kind)
    m = pattern.search(text, max(0, s - 6), s) if pattern is not None else None
    if m is None:
        return None
    unit = text[m.start() - 3:m.start()]
    if any(c in _NOT_UNDER for c in unit[:2] + m.group()[:1]) or unit[:2] in ("乡镇", "城乡", "城区", "市区", "县市"):
        return None
    if any(w in m.group() for w in _NOT_UNDER_WORDS) or m.group() in NOT_COMMUNITY:
        return None  # 某镇下辖村, 某乡偏远村: a kind of village after its town, not a name
    return m.start()


#: An address unit and 的 right before a community's name (某镇的七里村, 某街道的胜利社区).
_ADDRESS_OF = re.compile(r"[\u4e00-\u9fff](?:镇|乡|街道|区|县|旗)的$")


def _listed_after(text: str, start: int, suffix: str) -> bool:
    """True when the name at ``start`` follows another of the same kind in a list (甲社区、乙社区)."""
    return text[start - 1:start] == "、" and text.endswith(suffix[:2] if suffix.startswith("社区") else suffix, 0, start - 1)


def _after_address(idx: TextIndex, s: int, kind: str, start: int) -> int:
    """Start of a name the word cut breaks (燕儿/窝/街道, 和平/里/社区) when an address unit stands right
    before it: a street before a community, a district or county before a street. ``start`` otherwise."""
    text = idx.text
    for k in (3, 2, 4):
        a = s - k
        if a < 2 or not all_han(text[a:s]) or not idx.is_boundary(a):
            continue
        if kind in ("community", "village", "estate") and (text[a - 2:a] == "街道"
                                                         or _ADDRESS_OF.search(text, max(0, a - 6), a)
                                                         or _listed_after(text, a, text[s:s + 2])):
            return a
        before = idx.token_before(a)
        if kind == "street" and before is not None and before.end == a and before.text[-1] in "区县市" \
                and idx.is_place_word(before.text):
            return a
    return start


#: What follows a community's name when it is used as one (民安村村民, 联洋社区位于…).
_AS_NAME_AFTER = re.compile(r"村民|居民|位于|地处|的居民|党支部|居委会|村委会")


#: Verbs before a single community a unit is assigned to or goes into.
_VISIT_VERBS = ("包保", "包联", "进驻", "下沉到", "下沉至", "结对", "帮扶", "对接")


def _named_by_use(text: str, start: int, end: int, kind: str) -> bool:
    """A community whose stem is a common word (民安, 团结) still names one when the text uses the whole
    name twice or with its residents or its location after it."""
    if kind not in ("village", "community", "estate") or end - start > 5:
        return False
    name = text[start:end]
    if kind == "estate" and text.endswith(("社区", "街道", "村"), 0, start):
        return True  # 甲社区乙小区: an estate addressed under its community
    if kind == "community" and end - start == 4 and text.endswith(_VISIT_VERBS, 0, start):
        return True  # 包保团结社区: the one community a unit is assigned to
    return text.count(name) >= 2 or bool(_AS_NAME_AFTER.match(text, end))


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
