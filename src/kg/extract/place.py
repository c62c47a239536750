"""Places: a gazetteer scan of administrative divisions (full names and short forms) plus suffix
patterns for towns, rivers, reservoirs and mountains.

A place inside another entity's own name is removed later by the overlap policy, not here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat

from .. import lexicon
from .literals import LiteralScan
from .textindex import Candidate, TextIndex, is_han, positions

__all__ = ["find_places", "place_matcher"]

#: Tags under which a short form (湖北, 尉氏) stands for the place; other tags mean a common word.
_PLACE_TAGS = {"ns", "nr", "nz", "nt", "x?", "j", "n", "a", "s"}
#: Words after a place name that make it part of something else: 江西频道 is a page section, 某市水务 and
#: 某市移动 are the short names of utilities.
_NOT_AFTER = ("频道", "变", "线", "水务", "燃气", "电信", "移动", "联通", "供电", "热力", "公交", "农商行", "队",
              "电网", "送变电", "新能源", "邮政")  # 某省电网 is a grid (no entity), 某省送变电 a company's short name
#: Words of an award's or title's name (某省五一劳动奖章, 某市优秀志愿服务组织, 某市劳动模范).
_AWARD_WORDS = re.compile(r"奖章|模范|优秀|先进|最佳|最美|标兵|能手|红旗手|巾帼|文明|示范|五一|五四|三八|十佳|之星|楷模")
#: Verbs right before an award's name written without quotes (获评某市劳动模范).
_AWARD_VERB = ("获评", "评为", "荣获", "授予", "获得", "当选")


@lru_cache(maxsize=1)
def place_matcher() -> tuple[dict[str, tuple[int, ...]], dict[str, str]]:
    """first two characters -> candidate lengths (longest first), and surface form -> 'full'/'short'.

    Keyed on two characters, not one: most token starts then miss at once (a hit needs two or more
    characters anyway)."""
    gaz = lexicon.gazetteer()
    forms: dict[str, str] = {}
    for name in gaz.full:
        forms[name] = "full"
    for name in gaz.short:
        forms.setdefault(name, "short")
    lengths: dict[str, set[int]] = {}
    for form in forms:
        if len(form) >= 2:
            lengths.setdefault(form[:2], set()).add(len(form))
    return {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}, forms


#: word -> 1 when its first two characters open a gazetteer form, 2 when it is one character that opens one
#: (the next character decides), 0 otherwise: learnt per word, since words repeat across articles
_OPENS: list[dict[str, int]] = [{}]
_FORM_FIRSTS: list[frozenset[str]] = []


def _opens_form(words: tuple[str, ...]) -> dict[str, int]:
    """The table above, holding every one of ``words``."""
    opens = _OPENS[0]
    new = set(words).difference(opens)
    if new:
        lengths = place_matcher()[0]
        if not _FORM_FIRSTS:
            _FORM_FIRSTS.append(frozenset(key[0] for key in lengths))
        firsts = _FORM_FIRSTS[0]
        if len(opens) + len(new) > 500_000:  # bounded: a long build meets many odd words (a new table,
            opens = _OPENS[0] = {}  # not a cleared one: a thread reading the old one still finds its words)
            new = set(words)
        for word in new:
            opens[word] = (1 if word[:2] in lengths else 0) if len(word) >= 2 else (2 if word in firsts else 0)
    return opens


def _opens_flags(words: tuple[str, ...]) -> list[int]:
    """The table's answer for each of ``words``: read by a C-level map, a word new to the table learnt
    where the map found none (no set of the text's words built per document)."""
    opens = _OPENS[0]
    flags = list(map(opens.get, words, repeat(-1)))  # (-1: unknown; ints compare faster than None)
    if -1 in flags:
        if len(opens) > 500_000:  # bounded: a long build meets many odd words (a new table, not a cleared
            opens = _OPENS[0] = {}  # one: a thread reading the old one still finds its words)
        lengths = place_matcher()[0]
        if not _FORM_FIRSTS:
            _FORM_FIRSTS.append(frozenset(key[0] for key in lengths))
        firsts = _FORM_FIRSTS[0]
        k = -1
        try:
            while True:
                k = flags.index(-1, k + 1)  # (ValueError: no unknown word left)
                word = words[k]
                known = opens.get(word)
                if known is None:
                    known = opens[word] = (1 if word[:2] in lengths else 0) if len(word) >= 2 \
                        else (2 if word in firsts else 0)
                flags[k] = known
        except ValueError:
            pass
    return flags


def _gazetteer_hits(idx: TextIndex) -> list[Candidate]:
    lengths, forms = place_matcher()
    text, out = idx.text, []
    not_names = lexicon.not_names()
    # a place starts a token (the check below asks for it), so only token starts are tried
    taken_until = 0
    # (the few token starts whose two characters open a form, picked first: most tokens open none; whether
    # a word opens one is kept per word, so a start is sliced only after a one-character word that may)
    for i in [i for i, o in zip(idx.starts, _opens_flags(idx.words)) if o and (o == 1 or text[i:i + 2] in lengths)]:
        if i < taken_until:
            continue
        cand = lengths[text[i:i + 2]]
        hit = None
        for length in cand:
            form = text[i:i + length]
            if len(form) == length and form in forms:
                hit = form
                break
        if hit is None:
            continue
        end = i + len(hit)
        kind = forms[hit]
        ok = idx.is_boundary(i) and len(hit) >= 2 and not text.startswith(_NOT_AFTER, end)
        if kind == "short":
            tok = idx.token_at(i)
            county = _county_only(hit)
            ok = ok and idx.is_boundary(end) and (hit not in not_names or (not county and tok is not None
                                                                          and tok.tag in ("ns", "s")))
            ok = ok and tok is not None and (tok.tag in _PLACE_TAGS or tok.end > end or (
                tok.start == i and tok.end == end and _full_in_text(text, hit))  # 在普陀 after 普陀区
                or (not county and text[i - 1:i] in _GONE_TO_PLACE))  # 在遵义 (read as a verb): a city
            ok = ok and (not county or _coherent(text, hit))
        if ok and hit in _COMMON_WORD_DIVISIONS and not _parent_in_text(text, hit):
            ok = False  # 老城区, 新城区: the old or new part of a town, unless the text names the city it is in
        if ok and _in_award(text, i, end):
            ok = False  # “某省五一劳动奖章”, 获评某市劳动模范: the place names the award, not where anything is
        if ok:
            fulls = [f for f in lexicon.gazetteer().lookup(hit) if f in text] if kind == "short" else []
            name = fulls[0] if len(fulls) == 1 else hit  # 普陀 in a text that says 普陀区 is 普陀区
            out.append(Candidate(i, end, "Place", f"gazetteer-{kind}", 0.85 if kind == "full" else 0.7, name,
                                 kind="division"))
            taken_until = end
    return out


#: Districts whose names are also common words (the old town, the new town).
_COMMON_WORD_DIVISIONS = frozenset(["老城区", "新城区"])


def _parent_in_text(text: str, name: str) -> bool:
    """The text names a prefecture that holds a division called ``name`` (洛阳 for its 老城区)."""
    gaz = lexicon.gazetteer()
    for parent in gaz.parents(name):
        division = gaz.full.get(parent)
        if division is not None and division.level == "prefecture" \
                and any(form in text for form in [parent] + lexicon.short_forms(parent)):
            return True
    return False


#: Prepositions before a place (在某市, 赴某市): a city's short form after one is the city.
_GONE_TO_PLACE = frozenset("在赴至")


def _in_award(text: str, start: int, end: int) -> bool:
    """True when a place opens an award's or title's name: right after an opening quote whose quoted
    words name an award, or right after 获评/评为 with award words following in the same phrase."""
    if start > 0 and text[start - 1] in "“\"「『":
        close = min((k for k in (text.find(q, end) for q in "”\"」』") if k >= 0), default=-1)
        if 0 <= close - end <= 16 and _AWARD_WORDS.search(text, end, close):
            return True
    elif text.endswith(_AWARD_VERB, 0, start) and _AWARD_WORDS.search(text[end:end + 10]):
        return True
    return bool(_AWARD_NAME.match(text, end))  # (a well-known honour, quoted or not: “某市劳模创新工作室”)


#: The well-known honours a place opens wherever it stands (2026年某省五一劳动奖章, 某市劳动模范名单).
_AWARD_NAME = re.compile(r"(?:[\u4e00-\u9fff]{0,2}?)(?:五一劳动奖章|五一劳动奖状|五一巾帼标兵|劳动模范|青年五四奖章|五四青年奖章"
                         r"|工人先锋号|三八红旗手|青年岗位能手|巾帼建功标兵|巾帼文明岗|青年文明号|五四红旗团委|最美志愿者"
                         r"|优秀共产党员|优秀党务工作者|先进基层党组织|五一劳动奖|技术能手|职工技术创新成果"
                         r"|劳模和工匠人才创新工作室|劳模创新工作室)")


def _full_in_text(text: str, form: str) -> bool:
    """True when the text also names the division of a short form in full (普陀区 for 普陀)."""
    return any(full in text for full in lexicon.gazetteer().lookup(form))


@lru_cache(maxsize=65536)
def _county_only(form: str) -> bool:
    gaz = lexicon.gazetteer()
    return all(gaz.full[f].level == "county" for f in gaz.lookup(form))


@lru_cache(maxsize=4096)
def _short_forms(name: str) -> tuple[str, ...]:
    return tuple(lexicon.short_forms(name))


def _coherent(text: str, form: str) -> bool:
    """A county's short form (建平, 沿河, 新建 are also common words) stands for the county only when
    the text also names it in full or names its prefecture or province (邵武 beside 南平)."""
    gaz = lexicon.gazetteer()
    if any(full in text for full in gaz.lookup(form)):
        return True
    for parent in gaz.parents(form):
        if parent in text or any(short in text for short in _short_forms(parent)):
            return True
    return False


#: Characters that make X河/X江 a common word (大河, 运河, 内河), not a one-character river's name.
_NOT_RIVER_CHAR = frozenset("大小长老新古运内外本该这那此护冰界母干支沿跨过渡入出临")
#: Words after a river's name that the word cut glues to 河 or 江 (细鳞河|水位, 某江|沿岸).
_RIVER_AFTER = ("水位", "水流", "水量", "沿岸", "两岸", "上游", "下游", "流域", "大桥", "水面", "畔")
#: What may follow a place-suffix name that makes it the stem of a longer name (箭盘山社区, 红城湖社区).
_LONGER_NAME = ("社区", "村", "街道", "小区", "供电", "公司", "水电", "电站", "电厂", "水库")
#: Characters before a two-character town name (在东游镇, 和右所镇, 肥西县上派镇).
_TOWN_BEFORE = set("在到赴和、与及,，。；;：:\n县市区为至往从向对由了")  # (走访了某某镇: 了 ends the verb)
#: Two characters before 镇/乡 that make a common noun, not a town's name.
_NOT_TOWN = frozenset(["小城", "特色", "重点", "中心", "建制", "各乡", "全乡", "城乡", "集镇", "乡镇", "村镇", "古镇",
                       "民族", "贫困", "总结", "中小城", "小城", "边境", "山区", "沿海", "农业", "工业", "强镇", "名镇"])
#: Stopword characters that also begin town names (上派镇, 中和镇, 前进乡).
_POSITION_CHARS = frozenset("上下中内外前后里来进出")
_SPAN = {"town": (2, 3), "water": (2, 3), "mountain": (2, 3), "island": (2, 3), "zone": (2, 6)}
#: A county-level division ending right before a town's name (崇礼区四台嘴乡, 某某县西坪镇).
_DIVISION_END = frozenset("区县市旗")


_NUMERAL_CHARS = frozenset("一二三四五六七八九十")


#: Tags of the pieces jieba makes of a transliterated name (塔什/nrt 米/q 里克/nrt).
_PIECE_TAGS = frozenset(["nr", "nrt", "nrfg", "ns", "nz", "j", "q", "x?"])


def _transliterated(idx: TextIndex, start: int, end: int) -> bool:
    """text[start:end] is read only as name pieces (person or place fragments, one-character measures),
    never as a common word: a four- or five-character township name of a minority language (the last
    piece may hold the suffix: 阿格达/拉镇)."""
    k = start
    while k < end:
        tok = idx.token_at(k)
        if tok is None or tok.start != k or tok.end > end + 1 or tok.tag not in _PIECE_TAGS \
                or (tok.tag == "q" and len(tok.text) > 1) or lexicon.gazetteer().lookup(tok.text):
            return False  # (某市随县柳林镇: a county the gazetteer knows is a place of its own)
        k = tok.end
    return True


def _word_starts(idx: TextIndex, start: int, end: int) -> bool:
    """A token starts at ``start``: the position character (内, 上) is a word of its own, not glued to
    the division before it (某区|内 is 'within the district'; 某区内|官营 is a town named 内官营)."""
    tok = idx.token_at(start)
    return tok is not None and tok.start == start


def _after_division(idx: TextIndex, suffix_start: int) -> tuple[int, int] | None:
    """(division start, town start) when a county or district (X区, X县) ends two or three characters
    before a town suffix: the characters between are the town's name whatever jieba makes of them
    (四台/嘴乡, 三门/坡镇), and the division is a place even when the gazetteer lacks it (newer districts)."""
    text = idx.text
    stops = lexicon.stopwords()
    for length in (5, 4, 3, 2):
        town_start = suffix_start - length
        if town_start < 3 or text[town_start - 1] not in _DIVISION_END:
            continue
        stem = text[town_start:suffix_start]
        if length > 3 and not _transliterated(idx, town_start, suffix_start):
            continue  # a long name only when jieba reads it as pieces of a foreign name (塔什/米/里克乡)
        first_ok = stem[0] not in stops or stem[0] in _NUMERAL_CHARS or (
            length == 3 and stem[0] in _POSITION_CHARS and not _word_starts(idx, town_start, suffix_start))
        if not all(is_han(c) and (c not in stops or c in _NUMERAL_CHARS or k > 0) for k, c in enumerate(stem[1:], 1)) \
                or not is_han(stem[0]) or not first_ok \
                or stem in _NOT_TOWN or stem[-1] in "乡镇城":  # 部分乡镇, 城镇: kinds of towns
            continue  # (三门坡镇: a numeral may start a town's name; 某区内官营镇: the division glued to 内)
        for div_start in (town_start - 3, town_start - 2):  # 崇礼区, or a two-character county (随县)
            head = idx.token_at(div_start)
            if head is None or head.start != div_start or head.end not in (town_start - 1, town_start) or not all(
                    is_han(c) for c in head.text):
                continue  # the division read as 崇礼/区 or as one word 琼山区
            if lexicon.gazetteer().lookup(text[div_start:town_start]) or (head.tag == "ns" and div_start == town_start - 3):
                return div_start, town_start
        full = lexicon.gazetteer().full
        for k in range(12, 3, -1):  # 某某蒙古族自治县查干花镇: a long full name the tokens above never reach
            if town_start >= k and text[town_start - k:town_start] in full:
                return town_start - k, town_start
    return None


def _strip_division(idx: TextIndex, start: int, stem_end: int) -> int:
    """Move ``start`` past divisions that prefix the name (洱源县邓川镇 -> 邓川镇, 甘肃刘家峡 -> 刘家峡)."""
    gaz = lexicon.gazetteer()
    text = idx.text
    moved = True
    while moved:
        moved = False
        for k in range(min(stem_end, start + 10), start + 1, -1):
            piece = text[start:k]
            if gaz.lookup(piece) and stem_end - k >= 0 and idx.is_boundary(k):
                start, moved = k, True
                break
    return start


_VILLAGE_NEXT = re.compile(r"[\u4e00-\u9fff]{2,3}(?:村|社区)")


def _address_town(text: str, suffix_start: int, end: int) -> bool:
    """True for a town written as an address before a village (某市茅坪乡神山村, 与某某镇某某村): after its
    county or city, or a two-character name after a preposition or punctuation; jieba may glue 乡 to the
    village's first character."""
    return bool(_VILLAGE_NEXT.match(text, end)) and (any(
        text[suffix_start - k - 1:suffix_start - k] in _DIVISION_END for k in (2, 3))
        or (suffix_start >= 3 and text[suffix_start - 3] in _TOWN_BEFORE))


def _division_ends_at(text: str, start: int) -> bool:
    """True when a division the gazetteer knows (孝昌县, 电白区) ends right before ``start``."""
    gaz = lexicon.gazetteer()
    return any(gaz.lookup(text[start - k:start]) for k in (2, 3, 4, 5, 6) if start >= k)


def _word_before_place(idx: TextIndex, start: int, end: int) -> bool:
    """text[start:end] is a dictionary word (not a place) followed by a division the gazetteer knows."""
    gaz = lexicon.gazetteer()
    for k in (4, 3, 2):
        cut = end - k
        if cut - start >= 2 and idx.is_boundary(cut) and gaz.lookup(idx.text[cut:end]):
            tok = idx.token_at(start)
            return tok is not None and tok.start == start and tok.end == cut and tok.tag in ("n", "v", "vn", "d", "a")
    return False


@lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern[str]:
    """Any place suffix, the longest at a position."""
    return re.compile("|".join(sorted(lexicon.place_suffixes(), key=len, reverse=True)))


def _suffix_hits(idx: TextIndex) -> list[Candidate]:
    suffixes = lexicon.place_suffixes()
    text, out = idx.text, []
    not_names = lexicon.not_names()
    stops = lexicon.stopwords()
    for m in _suffix_pattern().finditer(text):
        end = m.end()
        kind = suffixes[m.group()]
        river_end = kind == "water" and text.startswith(_RIVER_AFTER, end)  # 细鳞河|水位: jieba reads 河水
        if (not idx.is_boundary(end) and not river_end and not (kind == "town" and _address_town(text, m.start(), end))) \
                or text.startswith(_LONGER_NAME, end):
            continue  # 河堤, 山火, 镇政府 cut the suffix off a longer word; 箭盘山社区 is a community
        if m.group() == "镇" and text[m.start() - 1:m.start()] == "坐":
            continue  # 坐镇指挥: a verb, not a town
        lo, hi = _SPAN[kind]
        start = idx.name_start(m.start(), max_chars=hi)
        if kind != "zone" or m.group() in ("新区", "新城"):
            stripped = _strip_division(idx, start, m.start())
            bare_county = kind == "town" and stripped > start and text[stripped - 1] not in "区县市旗州盟"
            if not ((kind == "water" and m.start() == stripped) or (kind == "zone" and m.start() - stripped < 2)
                    or (bare_county and m.start() - stripped < 2)):
                start = stripped  # (北川河: a county's name may name its river, 清水河镇 a town; 某市群力新区 -> 群力新区)
        if kind == "town" and m.start() - start < 2 and m.start() >= 2:
            two = text[m.start() - 2:m.start()]
            tok = idx.token_at(m.start())
            if (m.start() == 2 or text[m.start() - 3] in _TOWN_BEFORE) \
                    and all(is_han(c) and (c not in stops or c in _POSITION_CHARS) for c in two) \
                    and two not in _NOT_TOWN and two not in not_names and tok is not None and tok.start >= m.start() - 2:
                start = m.start() - 2  # 和右所镇, 肥西县上派镇: jieba reads the name apart
        div = _after_division(idx, m.start()) if kind == "town" else None
        if div is not None:
            start = div[1]
            division = text[div[0]:div[1]]
            if not lexicon.gazetteer().lookup(division):
                out.append(Candidate(div[0], div[1], "Place", "place-division", 0.6, division, kind="suffix"))
        one_char = False
        if kind == "water" and m.start() - start < lo and m.start() >= 1 and m.group() in ("河", "江"):
            tok = idx.token_at(m.start() - 1)
            if tok is not None and tok.start == m.start() - 1 and tok.end == end and tok.tag == "ns" \
                    and text[m.start() - 1] not in _NOT_RIVER_CHAR:
                start, one_char = m.start() - 1, True  # 修河, 汾河: a one-character river read as a place
        if (m.start() - start < lo and not one_char) or text[start:m.start()] in _NOT_TOWN:
            continue
        addressed = kind == "town" and (div is not None or _address_town(text, m.start(), end))
        tok = idx.token_at(start)
        one_place_word = tok is not None and tok.start == start and tok.end == end and tok.tag == "ns"
        if kind == "town" and (text[start] in "乡镇村" or (text[m.start() - 1] in "乡镇村" and not addressed)
                               or (any(c in "两几逐各每" for c in text[start:m.start()]) and not one_place_word)):
            continue  # 城镇, 文明村镇, 并乡扩镇, 两镇, 逐乡: kinds and counts of towns, not names (but 某区孙村镇,
            # and 两英镇 read whole as a place name)
        name = text[start:end]
        # 某县花园镇: a town written right after its county is a name even when its stem is a common word
        after_county = kind == "town" and start >= 2 and text[start - 1] in _DIVISION_END \
            and _division_ends_at(text, start)
        # 某镇、平安镇: a town listed after another town is a name even when its stem is a common word
        after_county = after_county or (kind == "town" and text[start - 1:start] == "、"
                                        and text[start - 2:start - 1] == m.group() and m.start() - start == 2)
        if name in not_names or (text[start:m.start()] in not_names and not after_county):
            continue
        if _word_before_place(idx, start, end):
            continue  # 代表|青岛: a common word before a place the gazetteer knows (found there)
        if m.group().startswith("产业园") and not any(lexicon.gazetteer().lookup(text[start:start + k]) for k in (2, 3)):
            continue  # 金桔产业园 is an industry's park; 某市智能装备产业园 (a place in front) is a place
        if tok is not None and tok.start == start and tok.end == end and tok.tag not in ("ns", "nr", "nz", "x?") \
                and not (kind == "town" and len(name) >= 3):
            continue  # one dictionary word that is not a place: 江山, 下山 (but 演丰镇 is a town)
        # a common word before the suffix (防汛河, 高山): not a proper name
        if kind != "zone" and not after_county and tok is not None and tok.end == m.start() \
                and tok.tag in ("n", "vn", "v", "a") \
                and len(tok.text) >= 2 and start == tok.start and m.start() - start == len(tok.text) \
                and not lexicon.gazetteer().lookup(tok.text) and (tok.tag != "n" or tok.text in not_names):
            continue
        out.append(Candidate(start, end, "Place", "place-suffix", 0.65, name, kind="suffix"))
    return out


@lru_cache(maxsize=1)
def _world_scan() -> LiteralScan:
    return LiteralScan(lexicon.world_places())


def _world_hits(idx: TextIndex) -> list[Candidate]:
    """Countries, world regions and major cities (lexicon ``world.tsv``) standing as whole words: 美国,
    东南亚, 纽约 (not 美国 cut out of a longer word)."""
    out = []
    for start, end in _world_scan().spans(idx.text):
        if idx.is_boundary(start) and idx.is_boundary(end):
            out.append(Candidate(start, end, "Place", "world-place", 0.8, idx.text[start:end], kind="world"))
    return out


def _new_districts(idx: TextIndex) -> list[Candidate]:
    """A district the gazetteer lacks (newer ones): a word jieba tags as a place name followed by 区
    standing alone (钱塘/区), not 区域 or 区委."""
    out = []
    gaz = lexicon.gazetteer()
    for k in positions(idx.tags, "ns"):
        if k + 1 < len(idx.words) and idx.words[k + 1] == "区" and len(idx.words[k]) == 2:
            name = idx.words[k] + "区"
            if not gaz.lookup(name) and not gaz.lookup(idx.words[k]):
                out.append(Candidate(idx.starts[k], idx.ends[k + 1], "Place", "place-new-district", 0.55, name,
                                     kind="suffix"))
    return out


#: Peoples that name an ethnic township (某某瑶族乡, 某某土家族乡, 某某蒙古族镇).
_ETHNIC_TOWN = re.compile(r"(?:瑶|苗|土家|回|彝|壮|蒙古|满|侗|畲|布依|哈尼|傈僳|白|藏|黎|水|仡佬|纳西|羌|土|仫佬|毛南|景颇"
                          r"|达斡尔|锡伯|朝鲜|拉祜|佤|东乡|柯尔克孜|哈萨克|撒拉|鄂温克|鄂伦春|赫哲|怒|普米|独龙|基诺)族[乡镇]")


def _ethnic_towns(idx: TextIndex) -> list[Candidate]:
    """Ethnic townships (民族乡): a two- or three-character name, the people and 乡 or 镇, written after
    its county (某县虎跳岩瑶族乡) or standing as a word of its own."""
    text = idx.text
    out: list[Candidate] = []
    if "族乡" not in text and "族镇" not in text:
        return out
    stops = lexicon.stopwords()
    for m in _ETHNIC_TOWN.finditer(text):
        p = m.start()
        best = None
        for length in (3, 2):
            a = p - length
            if a < 0 or not all(is_han(c) and c not in stops for c in text[a:p]):
                continue
            before = text[a - 1:a]
            if before in _DIVISION_END:
                best = a
                break  # the county ends right before the name
            if best is None and (a == 0 or not is_han(before) or before in _TOWN_BEFORE or before == "的") \
                    and idx.is_boundary(a):
                best = a
        if best is not None:
            out.append(Candidate(best, m.end(), "Place", "place-ethnic-town", 0.8, text[best:m.end()], kind="suffix"))
    return out


def find_places(idx: TextIndex) -> list[Candidate]:
    """Place candidates in ``idx.text`` (may overlap; the overlap policy decides)."""
    found = _gazetteer_hits(idx) + _suffix_hits(idx) + _world_hits(idx) + _new_districts(idx) + _ethnic_towns(idx)
    towns = {c.name for c in found if c.name.endswith(("镇", "乡"))}
    # 花石峡 where the text names 花石峡镇: the town's stem written alone (花石峡变电站) is the town
    return [c._replace(name=town) if c.kind == "suffix" and (town := _town_of(c.name, towns)) else c for c in found]


def _town_of(name: str, towns: set[str]) -> str | None:
    hits = [name + w for w in ("镇", "乡") if name + w in towns]
    return hits[0] if len(hits) == 1 else None
