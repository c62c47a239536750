"""Companies and organisations: a grammar of names ending in a known suffix.

    name   := [brand] [place]* [proper words]* suffix
    chain  := name (name | department)*          (X供电局Y供电所: the whole chain is one entity,
                                                  its parent chain another)

Each suffix has a kind (``org_suffixes.tsv``) that says what else a name needs: a unit needs a proper
part (a place, a brand, a proper noun); a party body needs a named parent (or a named village or
community: 某村党支部, or a formal 成立); a team needs a proper name, quotation marks, or a formal 成立; a
department may stand alone. Long suffixes also match with one character missing (疾病预防控中心 ->
疾病预防控制中心), and the canonical name is repaired.

Short forms the word cut hides: a station's own name after its parent or opening a clause (某公司森多供电所,
。万和供电所), an area word under its bureau (城区供电所), a district read apart (道|里供电分公司), a
numbered branch (某有限公司第三分公司), a project office named after its project (某高速公路第五标段项目部).
Teams of the trade (运维班, 带电作业班, 检修班) are departments, by the gold NOTES (departments are
Companies; a title points to the most specific unit).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .. import lexicon
from ..segmenter import get_segmenter
from .literals import LiteralScan
from .names import GENERIC, brand_regex, has_place, has_proper
from .textindex import Candidate, TextIndex, all_han, find_all, finditer_at, is_han

__all__ = ["find_orgs", "source_outlets", "suffix_scan"]

_SET_UP = ("成立", "组建", "组成", "建立", "设立", "成立了", "组建了")
#: Modifiers that leave a team unnamed (党员突击队, 青年突击队): the team is credited to its parent.
_TEAM_GENERIC = frozenset(["党员", "共产党员", "青年", "志愿者", "先锋", "党员先锋", "青年志愿者", "巾帼", "职工", "员工", "干部", "驻村", "驻点", "帮扶", "扶贫"])
#: 成立[以X为组长的]NAME: the name of a formally set-up body starts after this.
_FORMAL = re.compile(r"(?:成立|组建|组成|设立)了?(?:以[^，。,；;]{1,12}?为[^，。,；;]{1,4}?的)?$")
#: Last characters of a text _FORMAL can match at the end of (its ``$`` also matches before a final newline).
_FORMAL_LAST = frozenset("立建成了的\n")
_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+$")
_STANDALONE_DEPT_MIN = 3
_TITLES_AFTER = frozenset(["书记", "副书记", "委员", "成员", "班子", "领导", "主任", "经理", "部长", "所长", "局长", "厂长",
                           "员工", "职工", "党员", "干部", "人员"])
_NOT_STANDALONE = {"办公室", "培训中心", "配电所", "调度中心", "营业部", "项目部", "网络部", "客服中心", "项目经理部",
                   "运维中心", "运行部", "设备部", "应急指挥中心", "运营部", "作业区"}


#: A byline word right after an outlet's name (某都市报记者): the outlet names itself there.
_REPORTER_WORDS = ("记者", "首席记者", "特约记者", "通讯员", "讯")
#: A counter after a number before a unit word (14家地市供电公司): a count of units, no name.
_COUNTERS = frozenset("家个座所名支")
_NUMERALS = frozenset("一二两三四五六七八九十百几多数")
#: Stations and service halls: a county company's outposts, named by a place or a short proper name.
_STATIONS = frozenset(["供电所", "供电营业所", "供电服务站", "营业所", "营业厅"])
#: Area words that name a station under its parent (某供电局城区供电所), though generic alone.
_AREA_WORDS = frozenset(["城区", "城关", "城郊", "市郊", "市区", "郊区", "城东", "城西", "城南", "城北", "城中", "新区",
                         "开发区", "高新区", "农村"])
#: Function words that never sit inside a station's own name (某分局最偏远的供电所).
_NOT_IN_STATION = frozenset("的和与及在为是对将把被从向到于以等其该本这那此每")
#: First characters of a piece before a station that is no name (两个供电所, 各供电所, 并和供电所).
_NOT_STATION_START = frozenset("一二三四五六七八九十两几多每各该本全其此这那并和与及在为是对将把被从向到于以等由给让跟同就也都还又再已曾才")


#: Prepositions a station's own name may follow (由某某供电所派出).
_STATION_BEFORE = frozenset("由在和与及对向从到为")
#: A noun standing for the unit named before (该公司, 该分局): a station's own name may follow it.
_REF_UNIT_BEFORE = re.compile(r"该(?:公司|局|分局|分公司|县公司|中心)$")
#: Tags of a word that opens a clause but names nothing (今年|供电所, 目前|供电所): time words, verbs, adverbs.
_NOT_NAME_TAGS = frozenset(["t", "tg", "v", "vd", "d", "p", "c", "r"])


def _word_of_kind(idx: TextIndex, start: int, end: int, tags: frozenset[str]) -> bool:
    """True when text[start:end] is one word of the segmenter tagged with one of ``tags``."""
    tok = idx.token_at(start)
    return tok is not None and tok.start == start and tok.end == end and tok.tag in tags


def _has_word_of_kind(idx: TextIndex, start: int, end: int, tags: frozenset[str]) -> bool:
    """True when a word of the segmenter inside text[start:end] is tagged with one of ``tags`` (他|带领)."""
    i = start
    while i < end:
        tok = idx.token_at(i)
        if tok is None:
            return False
        if tok.start >= start and tok.end <= end and tok.tag in tags:
            return True
        i = tok.end
    return False


#: Offices of a construction project, named after the project (某高速公路第五标段项目部).
_PROJECT_OFFICES = frozenset(["项目部", "项目经理部"])
_PROJECT_WORDS = re.compile(r"工程|公路|高速|铁路|线路|标段|变电站|电站|大桥|隧道|输变电")
#: What ends a village's or community's own name, and what may stand right before that name.
_COMMUNITY_END = ("社区", "街道", "嘎查", "村", "镇", "乡")
_COMMUNITY_BEFORE = frozenset("的在与和及、到赴为对向同从由区县市镇乡旗")
#: First characters of a piece before 村/社区 that is no name (该村, 各社区, 全村; numerals may open one: 七里村).
_NOT_COMMUNITY_START = frozenset("每各该本全其此这那并和与及在为是对将把被从向到于以等由给让跟同就也都还又再已曾才")
#: How an address before a village's or community's own body ends (某县某街道|某社区党委, 某镇|某村党支部).
_ADDRESS_ENDS = ("街道", "镇", "乡")
#: Party committees of a level (区委组织部): the area's own departments.
_LEVEL_COMMITTEES = frozenset(["省委", "市委", "县委", "区委", "州委", "旗委"])


def _community_name_start(text: str, s: int) -> int | None:
    """Start of a village's or community's name (two to five characters, the level word included) that
    ends at ``s`` right after a delimiter (punctuation, a preposition, a town or county before it)."""
    end_word = next((w for w in _COMMUNITY_END if text.endswith(w, 0, s)), None)
    if end_word is None:
        return None
    for k in range(len(end_word) + 1, 6):
        a = s - k
        piece = text[a:s]
        if a < 0 or not all_han(piece) or piece[0] in _NOT_COMMUNITY_START or piece in GENERIC:
            return None
        if _NOT_IN_STATION.intersection(piece[:-len(end_word)]) or "个" in piece:
            return None
        if a == 0 or not is_han(text[a - 1]) or text[a - 1] in _COMMUNITY_BEFORE \
                or (text.endswith("街道", 0, a) and end_word != "街道"):
            return a  # (某街道某社区党委: the street is the community's address, not part of its name)
    return None


#: 公司 standing for the article's own unit: after punctuation, a preposition or 该 (,公司建设部 / 由该公司培训中心).
_OWN_UNIT_BEFORE = re.compile(r"(?:^|[,，。;；:：、\n“]|由|在|和|与|及|该|请|经)公司$")
#: Unit words that leave a parent unnamed (分公司运维检修部).
#: A list of a unit's own units after the link word, up to where a name starts (所属甲、乙及|丙分公司).
_LISTED_UNDER = re.compile(r"(?:所属|下属|下辖|旗下)的?(?:[^，。；,;：:\s]{2,14}?[、及和])*$")
#: Words that name a national body without a place (国家, 中华全国总工会, 全国妇联).
_NATIONAL = frozenset(["国家", "全国", "中华全国"])
#: What may stand right before a numbered unit named alone (是第二采油厂, 、第五采油厂).
_NUMBERED_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[是在的、和与及为到由从对])$")
_BARE_UNITS = frozenset(["分公司", "公司", "集团", "本部", "总部", "子公司", "分局"])
_TITLE_AFTER = re.compile("副?(?:" + "|".join(sorted(_TITLES_AFTER, key=len, reverse=True)) + ")")
#: Characters that never sit inside a name between its place and its suffix (湖北省内多家公司).
_NOT_IN_NAME = frozenset("的和与及在为是对将把被从向到于以等内外多家各个些其该本这那此每")


def _over_place(idx: TextIndex, start: int, s: int, trade: bool = True) -> int:
    """``start`` moved left over a place that the word cut hides (大武|口|供电公司) and over a short
    trade word between a place and the suffix that the walk stopped at (临沂市|自来水|有限公司,
    宁夏|鑫达新|材料有限公司)."""
    text = idx.text
    # (is_han inlined and pieces whose last character ends no place word skipped: called per suffix found)
    if start < 2 or not "\u4e00" <= text[start - 1] <= "\u9fff":
        return start  # the walk stopped at punctuation or the text's start: nothing hidden before it
    han = 1  # Han characters right before start (up to five): a piece of k characters is all Han when k <= han
    while han < 5 and han < start and "\u4e00" <= text[start - han - 1] <= "\u9fff":
        han += 1
    ends = idx.place_ends
    if text[start - 1] in ends:
        for k in (5, 4, 3, 2):  # a place ends where the walk stopped
            if k <= han and idx.is_place_word(text[start - k:start]):
                return min(start - k, idx.name_start(start - k, max_chars=12))
    for j in (1, 2):  # …or runs across it (国网|前|郭县供电公司: the walk stopped inside 前郭县)
        if j <= han:
            for k in (4, 3):
                if j < k and start - j + k <= s and text[start - j + k - 1] in ends \
                        and idx.is_place_word(text[start - j:start - j + k]):
                    return min(start - j, idx.name_start(start - j, max_chars=12))
    if not trade or start - s > 0 or (start < s and has_proper(idx, start, s)):
        return start
    for j in range(1, 6):  # place + trade word (自来水, 鑫达新) + what the walk kept
        if j > start:
            break
        c = text[start - j]  # text[start - j:start] is all Han and none of _NOT_IN_NAME: test the new character
        if not "\u4e00" <= c <= "\u9fff" or c in _NOT_IN_NAME:
            break
        if j == 1 or start - j < 2 or text[start - j - 1] not in ends:
            continue  # no place of two characters or more ends right before the trade word
        for k in (4, 3, 2):
            place = text[max(0, start - j - k):start - j]
            if len(place) == k and all_han(place) and idx.is_place_word(place) \
                    and idx.is_boundary(start - j - k) and idx.is_boundary(start - j):
                return start - j - k
    return start


#: Verbs and prepositions the walk may run over before a name (代表某地参加|国网某公司, 演练由|某公司,
#: 是|某公司, 据|某街道党工委, 对|国网某公司): never inside a name that a brand or a place opens.
_LEAD_BREAK = re.compile(r"参加|出席|代表|前往|来到|走进|由|是|系|据|对|向|被|把|将|从|给|跟|在|的")
#: …of which these open no name of the genre even before an unknown word (据小营街道党工委).
_LEAD_PREPOSITIONS = frozenset("由据对被把将向给跟是")


def _bare_department(cand: Candidate | None) -> bool:
    """True for a department named alone (公司建设部): another listed right after it (、设备部) is one too."""
    return cand is not None and cand.kind == "department" and cand.parent is None and cand.end - cand.start <= 6


def _trim_lead(idx: TextIndex, start: int, s: int) -> int:
    """``start`` moved past the last verb or preposition in text[start:s] that a brand or a place follows."""
    text = idx.text
    if s - start < 4:
        return start
    best = start
    for m in _LEAD_BREAK.finditer(text, start, s - 2):
        cut = m.end()
        if any(idx.is_place_word(text[m.start():m.start() + k]) for k in (4, 3, 2)):
            continue  # 将乐县, 向阳区: the word opens a place's name
        if brand_regex().match(text, cut) or any(idx.is_place_word(text[cut:cut + k]) for k in (4, 3, 2)) \
                or (m.group() in _LEAD_PREPOSITIONS and (m.start() == start or idx.is_boundary(m.start()))
                    and _opens_no_word(idx, m.start())):
            best = cut  # 演练|由国能…, 据小营街道党工委: a preposition opening the piece
    return _past_word_before_division(idx, best, s)


#: Tags of a word the walk may take in before a division (牵线/nz 某县供电公司): verbs and loose nouns.
_LOOSE_TAGS = frozenset(["v", "vn", "vd", "nz", "d", "a", "ad", "n"])


def _past_word_before_division(idx: TextIndex, start: int, s: int) -> int:
    """``start`` moved past one word right before a county, district or city that opens the rest of the name
    (他还牵线|某县供电公司): in the grammar only a brand or a higher place stands before a place."""
    text = idx.text
    t = idx.token_index(start)  # the token starting at start (none: the walk stopped inside a word)
    if t is None or idx.ends[t] - start != 2 or brand_regex().match(text, start):
        return start
    cut = idx.ends[t]
    if _county_before_higher(text, start, cut, s):
        return cut  # 会同|福州市公安局: a county's short form never stands before a city or province
    if idx.tags[t] not in _LOOSE_TAGS or idx.is_place_word(idx.words[t]):
        return start
    for k in (5, 4, 3):
        piece = text[cut:cut + k]
        if cut + k <= s and piece[-1] in "县区市旗" and lexicon.gazetteer().lookup(piece):
            return cut
    return start


def _county_before_higher(text: str, start: int, cut: int, s: int) -> bool:
    """text[start:cut] is only a county's short form (会同) and a prefecture or province follows it."""
    gaz = lexicon.gazetteer()
    word = text[start:cut]
    if word in gaz.full or not gaz.lookup(word) \
            or any(gaz.full[f].level != "county" for f in gaz.lookup(word) if f in gaz.full):
        return False
    for k in (4, 3):
        piece = text[cut:cut + k]
        found = gaz.lookup(piece) if cut + k <= s and piece[-1] in "省市州盟" else ()
        if found and all(f in gaz.full and gaz.full[f].level in ("prefecture", "province") for f in found):
            return True
    return False


def _opens_no_word(idx: TextIndex, i: int) -> bool:
    """The token at ``i`` is the character alone or a word the dictionary does not know (由国能, 据小营),
    not a word it opens (对外, 将军, 向阳)."""
    tok = idx.token_at(i)
    if tok is None or tok.start != i or tok.end - tok.start == 1:
        return True
    return not get_segmenter().has_word(tok.text)


@lru_cache(maxsize=1)
def suffix_scan() -> tuple[LiteralScan, dict[str, str]]:
    """A scan for all suffixes (longest first) plus one-deletion typos of long ones -> true suffix."""
    suffixes = lexicon.org_suffixes()
    variants: dict[str, str] = {s: s for s in suffixes}
    for s in suffixes:
        if len(s) >= 6 and suffixes[s].kind != "gov":  # bureau names are spelled out; skip their typos
            for k in range(1, len(s) - 1):
                variants.setdefault(s[:k] + s[k + 1:], s)
    # 区委/市委 never start 委员(会): 社区委员会 is not 社区 + 区委
    return LiteralScan(variants, after=lambda v: "(?!员)" if v.endswith("委") else ""), variants


def _quoted_before(text: str, pos: int) -> int | None:
    """Start of a “quoted name” that ends right before ``pos`` (the opening quote), or None."""
    if pos > 0 and text[pos - 1] in "”’\"":
        opening = max(text.rfind("“", 0, pos - 1), text.rfind("‘", 0, pos - 1))
        if opening >= 0 and pos - 1 - opening <= 12 and all(is_han(c) or c in "、·" for c in text[opening + 1:pos - 1]):
            return opening
    return None


#: Words between two names that say how one relates to the other (某局所属|某所, 运营方|某公司), what a
#: person does there (某某坐镇|某中心) or did (时任|某公司某部): a name starts after them.
_LINK_WORDS = re.compile(r"所属|下属|下辖|旗下|隶属于?|运营方|建设方|施工方|承建方|业主方|子公司|坐镇|时任|现任|曾任|原任|历任")


def _last_link(text: str, start: int, s: int, suffix: str) -> int | None:
    """End of the last link word in ``text[start:s]`` when a name follows it: two or more characters
    before the suffix, or a long suffix that names a unit alone (坐镇|电力调度控制中心)."""
    end = None
    for m in _LINK_WORDS.finditer(text, start, s):
        if s - m.end() >= 2 or len(suffix) >= 4:
            end = m.end()
    return end


#: Trade words that may open a group's name without naming it (能源集团, 建设集团).
_GROUP_TRADES = frozenset(["能源", "电力", "建设", "投资", "发展", "控股", "实业", "工业", "交通", "水务", "燃气", "城建",
                           "物流", "商贸", "文旅", "旅游", "农业", "科技", "城投", "国投", "产业", "企业", "公司"])


def _named_group(idx: TextIndex, start: int, s: int) -> bool:
    """A two-character word the dictionary knows as a common noun opening a group's name (鞍钢|集团|矿业
    有限公司, 首钢|集团): the short name of a large enterprise, which only names a group."""
    text = idx.text
    k = idx.token_index(start)  # the token starting at start
    if k is None:
        return False
    word, tok_end = idx.words[k], idx.ends[k]
    return tok_end - start == 2 and text.startswith("集团", tok_end) \
        and tok_end + 2 <= s and all_han(word) and word not in GENERIC and word not in _GROUP_TRADES


def _own_level_listed(text: str, start: int, s: int, found: list[Candidate]) -> bool:
    """区|消防救援支队 listed after a body of a named district (某区水利局、区消防救援支队), 与园区|消防救援大队
    after a unit of a named park: the level word stands for the place named before."""
    level = text[start:s]
    if level not in ("区", "县", "市", "园区") or text[start - 1:start] not in ("、", "与", "和"):
        return False
    # the named body is the item right before (某区水利局、) or the subject of the link (某园区公司还与)
    return any(start - 3 <= c.end < start and level in c.name[2:] and c.type in ("Organization", "Company")
               for c in found)


#: What follows 矿 when it opens a longer word (矿长, 矿区, 矿山, 矿工, 矿石, 矿产, 矿业, 矿井).
_AFTER_MINE = frozenset("长区山工石产业井物藏务用难上下里")
#: Ores and products named with 矿 (球团矿, 铁矿, 精矿): no mine.
_ORES = ("球团", "铁", "铜", "金", "银", "铝", "锌", "铅", "精", "原", "富", "贫", "稀土", "选", "采", "露天", "全", "该", "本", "各", "矿")


#: Function characters the word cut glues to a suffix's last character (卫生健康局|在 read as 局在).
_GLUED_AFTER = frozenset("在是和与为将")


def find_orgs(idx: TextIndex) -> list[Candidate]:
    """Company and Organization candidates, chains included."""
    text = idx.text
    scan, variants = suffix_scan()
    suffixes = lexicon.org_suffixes()
    out: list[Candidate] = []
    accepted: dict[int, Candidate] = {}  # end offset -> the chain candidate ending there
    accepted_ends: list[int] = []  # its keys, sorted
    start_index, starts, ends = idx._start_set, idx.starts, idx.ends
    for s, e in scan.spans(text):
        surface = text[s:e]
        suffix = variants[surface]
        info = suffixes[suffix]
        if not idx.is_boundary(e):  # (0 < e < len(text): a token holds text[e - 1], read from the columns)
            t = start_index.get(e - 1)
            if t is None:
                t = bisect.bisect_right(starts, e - 1) - 1
            tok_start, tok_end = starts[t], ends[t]
            if tok_end > e and tok_start >= s and text[e:tok_end] not in _TITLES_AFTER \
                    and not _TITLE_AFTER.match(text, e) \
                    and not (tok_end == e + 1 and tok_start == e - 1 and text[e] in _GLUED_AFTER and len(suffix) >= 2):
                continue  # 党组织, 公司化, 集团军: the suffix begins a longer word (not 运检部|副主任)
        if suffix == "矿" and (text[e:e + 1] in _AFTER_MINE or text[max(0, s - 2):s].endswith(_ORES)):
            continue  # 副矿长, 矿区, 球团矿, 铁矿石: a title, an area or an ore, not a mine's name
        if suffix.endswith("班") and text[e:e + 1] == "组":
            continue  # 抢修班组, 运维班组: a kind of team (班组), not a team of the trade
        walked = idx.name_start(s, max_chars=26)
        start = _over_place(idx, walked, s, info.kind == "unit")
        start = _trim_lead(idx, start, s)
        placed = start < walked  # a place the word cut hid (道|里|供电分公司): the unit is named by it
        if text[start:start + 1] == "记" and start + 1 < s and (start == 0 or not is_han(text[start - 1])):
            start += 1  # ——记某集团驻村干部: 记 opens a feature's subtitle
        if start < s:
            link = _last_link(text, start, s, suffix)
            if link is not None:
                start = link  # 景区运营方|某旅游有限公司, 全资子公司|某有限公司: the role word is not the name
            elif any(m.end() == s for m in _LINK_WORDS.finditer(text, start, s)):
                continue  # 某公司下辖营业厅: a bare unit word after the link names no unit
        if start < s and text[start] in _COUNTERS and start > 0 and (text[start - 1].isdigit()
                                                                    or text[start - 1] in _NUMERALS):
            continue  # 全省14家地市供电公司: a count of units, not a name
        if start == s and info.kind == "unit" and suffix not in _STATIONS and suffix not in _PROJECT_OFFICES \
                and "第" not in text[max(0, s - 4):s] and brand_regex().search(text, s, e) is None:
            continue  # a bare unit word (,公司推出): no parent ends at s, and no rule below names a unit there
        # a parent chain ending exactly where this name part starts, or anywhere inside it
        parent = None
        # the nearest chain: X局Y所 is the parent of X局Y所党员服务队 (the last accepted end up to s, found
        # in the sorted ends instead of testing every offset from s down to start)
        nearest = bisect.bisect_right(accepted_ends, s) - 1
        pos = accepted_ends[nearest] if nearest >= 0 else -1
        if pos > start or (pos == start and accepted[pos].start >= start):
            parent = accepted[pos]
            start = min(start, parent.start)  # the walk stopped inside the parent (有限责任/公司 read apart)
        if parent is None and suffix in _STATIONS and start >= s - 1:
            # 某公司森多|供电所: a station's own name that the walk does not read as a name (a numeral tag,
            # a conjunction inside it), right after its parent or opening a clause
            for k in (2, 3, 4):
                piece = text[s - k:s]
                numeral_led = k == 3 and len(piece) == 3 and piece[0] in _NUMERALS and not _COUNTERS.intersection(piece)  # 五里岗
                if len(piece) < k or not all_han(piece) or (piece[0] in _NOT_STATION_START and not numeral_led) \
                        or piece in GENERIC:
                    break
                if _LINK_WORDS.search(piece):
                    break  # 某公司下辖|营业厅: a link word, not a station's name
                if s - k in accepted and not _NOT_IN_STATION.intersection(piece):
                    parent = accepted[s - k]
                    start = parent.start
                    break
                if k == 2 and (s - k == 0 or not is_han(text[s - k - 1])) and piece[1] not in "个名家座了过着" \
                        and not _word_of_kind(idx, s - k, s, _NOT_NAME_TAGS):
                    start = s - k
                    placed = True
                    break
                if k == 3 and (s - k == 0 or not is_han(text[s - k - 1]) or text[s - k - 1] in _STATION_BEFORE) \
                        and not _NOT_IN_STATION.intersection(piece) and not set(piece) & set("个名家座了过着") \
                        and idx.is_boundary(s - k) and not _has_word_of_kind(idx, s - k, s, _NOT_NAME_TAGS):
                    start = s - k  # 。五里岗供电所, 、大百尺供电所, 由五里岗供电所: a three-character name the word
                    placed = True  # cut reads as a numeral and a noun, opening a clause or after a preposition
                    break
        quoted = _quoted_before(text, s)
        if quoted is None and info.kind == "team":  # “某某”青年志愿服务队: a plain modifier after the name
            for k in (2, 3, 4):
                if text[s - k:s] in _TEAM_GENERIC and (quoted := _quoted_before(text, s - k)) is not None:
                    break
        before = text[max(0, s - 4):s]
        ordinal = _ORDINAL.search(before) if "第" in before else None
        if ordinal and info.kind == "party":
            inner = idx.name_start(s - len(ordinal.group()), max_chars=26)
            for pos in range(inner, s + 1):
                if pos in accepted and accepted[pos].start >= inner:
                    parent = accepted[pos]
                    start = parent.start
                    break
        if ordinal and info.kind == "department" and start == s and s - len(ordinal.group()) in accepted:
            parent = accepted[s - len(ordinal.group())]  # 某采油厂第六作业区: a numbered department of its unit
            start = parent.start
        if ordinal and info.kind in ("public", "unit") and start == s:  # 某市第十三中学, 某市第二自来水厂
            start = idx.name_start(s - len(ordinal.group()), max_chars=12)
            if parent is None and s - len(ordinal.group()) in accepted:  # 某有限公司第三分公司: under its parent
                parent = accepted[s - len(ordinal.group())]
                start = parent.start
        if quoted is not None and info.kind in ("party", "team", "group"):
            start = idx.name_start(quoted, max_chars=8)
            if quoted in accepted:
                start = accepted[quoted].start  # X供电公司“Y”服务队: the whole parent chain names the team
        if suffix in _PROJECT_OFFICES and parent is None:
            # 某高速公路第五标段项目部: a project's name holds numerals the walk stops at
            k = s
            while k > 0 and s - k < 14 and is_han(text[k - 1]) and text[k - 1] not in _NOT_IN_NAME:
                k -= 1
            if s - k >= 4 and k < start and _PROJECT_WORDS.search(text, k, s):
                start = k
        community = False
        if info.kind in ("party", "gov") and parent is None and quoted is None:
            # 鹿角湾村党支部, 谈固社区党委, 七里村村委会: the body of a named village or community (the
            # walk may stop inside the village's name, which jieba reads apart)
            own = _community_name_start(text, s)
            if own is not None and own <= start:
                start, community = _trim_lead(idx, own, s), True
            elif own is not None and start < own and text.endswith(_ADDRESS_ENDS, 0, own):
                start, community = own, True  # 某县某街道|某社区党总支: the address before is no part of the name
            elif own is not None and start < s and text[start - 1:start] and is_han(text[start - 1]) \
                    and text[start - 1] not in _COMMUNITY_BEFORE:
                start, community = _trim_lead(idx, own, s), True  # the walk stopped inside the name (穿心|岩村)
        formal = False
        if info.kind in ("team", "group", "party"):
            han_from = s  # text[han_from:s] is the Han run before the suffix (back to s - 32 at most)
            while han_from > max(0, s - 32) and "\u4e00" <= text[han_from - 1] <= "\u9fff":
                han_from -= 1
            for k in range(s - 2, han_from - 1, -1):
                if text[k - 1:k] in _FORMAL_LAST and _FORMAL.search(text[max(0, k - 32):k]):
                    start, formal = k, True
                    break
        proper_start = parent.end if parent else start
        kind = info.kind
        name_part = text[start:s]
        if kind == "unit" and parent is not None and s - proper_start >= 2 \
                and all_han(text[proper_start:s]) and (text[proper_start:s] not in GENERIC
                                                       or (suffix in _STATIONS and text[proper_start:s] in _AREA_WORDS)):
            ok = True  # a named unit under its parent (石门供电所 under 市郊供电局; 城区供电所 under its bureau)
        elif kind == "unit" and parent is not None and parent.end == s and suffix == "营业厅" \
                and not parent.name.endswith("所"):
            ok = True  # 某区供电中心营业厅: the service hall of a unit (a station's hall is only its room)
        elif kind == "unit" and parent is not None and parent.end == s and suffix in _LEGAL_FORMS:
            # 某集团|有限公司, 某银行|股份有限公司: the legal form completes the parent's name; the two
            # are one unit, under the parent's own parent
            ok = True
            if parent in out:
                out.remove(parent)
            start = parent.start
            parent = next((c for c in out if c.name == parent.parent and c.end <= start), None)
        elif kind == "unit":
            ok = placed or brand_regex().search(text, start, e) is not None or has_proper(idx, proper_start, s) \
                or _named_group(idx, proper_start, s)
            if not ok and suffix in _STATIONS and s - start == 2 and all_han(text[start:s]) \
                    and text[start] not in _NOT_STATION_START and _REF_UNIT_BEFORE.search(text, max(0, start - 4), start):
                ok = True  # 该分局|仙葫|供电所: a station named right after the noun standing for its parent
            if not ok and name_part and all(w in GENERIC for w in [name_part]):
                ok = False
            if not ok and parent is not None and proper_start == s and suffix in ("分公司", "子公司"):
                ok = False
        elif kind == "department":
            after_bare = parent is None and ((text[start:s] in _BARE_UNITS and (
                len(suffix) >= 4 or bool(_TITLE_AFTER.match(text, e)) or bool(_OWN_UNIT_BEFORE.search(text, max(0, s - 4), s))))
                or (start == s and _OWN_UNIT_BEFORE.search(text, max(0, s - 4), s) is not None)
                or (start == s and text[s - 1:s] in ("、", "和") and _bare_department(accepted.get(s - 1))))
            if after_bare:
                # 分公司运维检修部, 公司营销部副主任, 公司建设部、设备部共同组织, 该公司培训中心: an unnamed parent
                # (the article's own unit); the department is named alone
                start = s
            elif parent is None and start < s and text[start:s] in suffixes and not _TITLE_AFTER.match(text, e):
                continue  # 和供电所线路班结对: a team of an unnamed station is no name
            standalone = start == s and (after_bare or (len(suffix) >= _STANDALONE_DEPT_MIN
                                                        and suffix not in _NOT_STANDALONE))
            ok = parent is not None or standalone or has_proper(idx, start, s)
            if parent is not None and proper_start < s and not has_proper(idx, proper_start, s):
                ok = parent.end == s or text[proper_start:s] in GENERIC or True
        elif kind == "party":
            ok = parent is not None or quoted is not None or community or formal \
                or (has_proper(idx, start, s) and s - start >= 2)
        elif kind == "team":
            # (a count ending at start + 1 also matches from three characters before it: no scan from 0)
            if _COUNTED.search(text, max(0, start - 2), start + 1) or _COUNTED.search(text[max(0, start - 4):s]):
                continue  # 组成12支突击队: a number of teams is a kind of team, not a named one
            modifier = text[proper_start:s]
            named = bool(modifier) and modifier not in _TEAM_GENERIC and not suffix.startswith(("党员", "共产党员"))
            ok = quoted is not None or (formal and named) or (named and has_proper(idx, proper_start, s))
            if suffix == "工作队" and quoted is None and not formal:
                ok = False  # 某村(驻村)工作队: the village's work team is a kind of team, not a name
            if suffix.startswith(("党员", "共产党员")) and modifier and has_proper(idx, proper_start, s):
                ok = True
            ok = ok and start < s
        elif kind == "group":
            ok = s - start >= 4 and (formal or has_proper(idx, start, s))
        elif kind in ("gov", "media"):
            ok = (has_place(text[start:s]) and has_proper(idx, start, s)) or (kind == "gov" and text[start:s] in _NATIONAL) \
                or (kind == "media" and s - start >= 2 and text.startswith(_REPORTER_WORDS, e)) \
                or (kind == "gov" and community) \
                or (kind == "gov" and _own_level_listed(text, start, s, out)) \
                or (kind == "gov" and start == s and suffix[:2] in _LEVEL_COMMITTEES and len(suffix) >= 5
                    and _TITLE_AFTER.match(text, e) is not None)  # 区委组织部副部长某某: the area's own body
        elif kind == "public":
            ok = has_proper(idx, start, s)
        else:
            ok = False
        if kind == "unit" and not ok and ordinal and start in (s, s - len(ordinal.group())) and len(suffix) >= 4 \
                and text.endswith(("下属的", "旗下的", "所属的", "下属", "旗下"), 0, s - len(ordinal.group())):
            ok, start = True, s - len(ordinal.group())  # 某集团下属的第三工程公司: a numbered unit under a group
        if kind == "unit" and not ok and 2 <= s - start <= 4 and all_han(name_part) and name_part not in GENERIC \
                and name_part[0] not in _NOT_STATION_START \
                and not _NOT_IN_NAME.intersection(name_part) and _LISTED_UNDER.search(text, max(0, start - 40), start):
            ok = True  # 公司所属城区供热分公司、御东供热分公司, 下属甲煤矿、乙煤矿及选煤分公司: its own units, listed
        numbered = s - len(ordinal.group()) if ordinal else s
        if kind == "unit" and not ok and ordinal and start in (s, numbered) and len(suffix) >= 3 \
                and suffix not in _BARE_UNITS and _NUMBERED_BEFORE.search(text, max(0, numbered - 1), numbered):
            ok, start = True, numbered  # 是第二采油厂, 、第五采油厂: a numbered unit of the article's group
        if kind in ("public", "unit") and ordinal and start < s - len(ordinal.group()):
            ok = ok or has_place(text[start:s - len(ordinal.group())])
        if not ok or start >= e:
            continue
        if kind == "party" and quoted is None and (parent is not None or _UNIT_END.search(text, 0, s)) \
                and _only_in_titles(text, text[start:e]):
            continue  # X公司党委书记: the title names the company's post, not the committee as a body
        name = text[start:s] + suffix
        if kind == "media" and text.startswith("客户端", e):  # 某日报客户端: the outlet's app is the source
            e, name = e + 3, name + "客户端"
        conf = 0.9 if kind in ("unit", "party") else 0.8
        rule = f"org-{kind}" + ("-typo" if surface != suffix else "")
        type_ = info.type
        if parent is not None and parent.kind == "gov" and kind == "unit" and suffix == "分局":
            type_, kind = "Organization", "gov"  # 某市公安局某分局: a branch of a government body
        if parent is not None and parent.type == "Organization" and kind == "department":
            type_ = "Organization"  # 某指挥部办公室: an office of a government body is no company
        cand = Candidate(start, e, type_, rule, conf, name, kind=kind,
                         parent=parent.name if parent else None)
        out.append(cand)
        if e not in accepted:
            bisect.insort(accepted_ends, e)
        accepted[e] = cand
        if kind == "team" and quoted is not None and start < quoted:
            # X公司“Y”服务队: the quoted team name alone is its usual short name (an alias, same entity)
            out.append(Candidate(quoted, e, type_, rule + "-short", conf - 0.1, name, kind=kind,
                                 parent=cand.parent))
    out += _shared_level(idx)
    out += _listed_units(idx, out)
    out += _numbered_teams(text, out)
    return _gov_branches([c for c in out if not _collective(text, c)])


#: Words for every area of a level (各县区供电局, 所属县市区供电公司, 各乡镇供电所): a kind of unit, not a name.
_COLLECTIVE_AREAS = ("县市区", "县区", "区县", "县市", "市县", "乡镇", "市州", "盟市", "旗县", "市区县")


def _collective(text: str, c: Candidate) -> bool:
    """A unit or body named by every area of a level or after 各 (各县区支行) names no one unit."""
    if c.kind not in ("unit", "gov", "public") or c.start != c.end - len(c.name) or text[c.start:c.end] != c.name:
        return False
    return c.name.startswith(_COLLECTIVE_AREAS) or c.name.startswith("各") or text[c.start - 1:c.start] == "各"


#: A numbered production team of a unit (综采一队, 作业三大队, 线路三队): a trade word, a numeral, 队.
_NUMBERED_TEAM = re.compile(r"([\u4e00-\u9fff]{2})([一二三四五六七八九十]{1,2})(大队|中队|队)(?![员长伍列])")
#: What every numbered team contains (一队, 三大队): none in the text, no team to look for.
_TEAM_NUMBER = re.compile(r"[一二三四五六七八九十][大中]?队")
#: Nouns standing for the article's own unit right before its team (该公司线路三队).
_OWN_UNIT_NOUN = ("该公司", "公司", "该厂", "该矿", "全矿", "本矿")


def _numbered_teams(text: str, found: list[Candidate]) -> list[Candidate]:
    """Numbered teams right after their unit (某煤矿综掘二队, 第五采油厂作业三大队: named with it, the team
    alone its short name) or after the noun for the article's own unit (该公司线路三队)."""
    out: list[Candidate] = []
    if "队" not in text or not _TEAM_NUMBER.search(text):  # a C scan for the numeral and 队 first
        return out
    units = {c.end: c for c in found if c.type == "Company" and c.kind == "unit" and text[c.start:c.end] == c.name}
    for m in _NUMBERED_TEAM.finditer(text):
        a, e = m.start(), m.end()
        if any(ch in "第支个名每各该本其这那多几" for ch in m.group(1)):
            continue
        parent = units.get(a)
        if parent is not None:
            name = parent.name + text[a:e]
            out.append(Candidate(parent.start, e, "Company", "org-numbered-team", 0.75, name, kind="unit",
                                 parent=parent.name))
            out.append(Candidate(a, e, "Company", "org-numbered-team-short", 0.65, name, kind="unit",
                                 parent=parent.name))
        elif text.endswith(_OWN_UNIT_NOUN, 0, a):
            out.append(Candidate(a, e, "Company", "org-numbered-team", 0.7, text[a:e], kind="unit"))
    return out


#: 某集团下属的A、B和C: the units a group lists as its own.
_UNDER_LIST = re.compile(r"(?:下属|旗下|所属)的?((?:[\u4e00-\u9fff]{3,10}、)*[\u4e00-\u9fff]{3,10}(?:和|及|、)[\u4e00-\u9fff]{3,10}?)"
                         r"(?=[，。,；;]|组成|共同|联合|等|分别|都|均)")
_UNIT_ITEM_END = ("分公司", "子公司", "公司", "中心", "供电所", "管理所", "营业部", "项目部", "分局", "厂")


def _listed_units(idx: TextIndex, found: list[Candidate]) -> list[Candidate]:
    """Items of a list of a group's own units (集团下属的甲分公司、乙分公司和丙检测中心) that end in a unit
    word: each is a Company even without a proper name of its own."""
    text, out = idx.text, []
    taken = {(c.start, c.end) for c in found}
    for m in _UNDER_LIST.finditer(text) if ("下属" in text or "旗下" in text or "所属" in text) else ():
        pos = m.start(1)
        for item in re.split("[、和及]", m.group(1)):
            a, b = pos, pos + len(item)
            pos = b + 1
            if len(item) < 4 or not item.endswith(_UNIT_ITEM_END) or item in GENERIC or item[:1] in "各该本其":
                continue
            if (a, b) not in taken and not any(c.start <= a and b <= c.end for c in found):
                out.append(Candidate(a, b, "Company", "org-listed-unit", 0.7, item, kind="unit"))
    return out


#: Legal forms that finish the name of the unit right before them.
_LEGAL_FORMS = frozenset(["有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "集团公司"])


def _gov_branches(cands: list[Candidate]) -> list[Candidate]:
    """A branch named alone (某分局) that the text also names under a government body (某市公安局某分局)
    is that government branch, not a company."""
    gov_tails = {c.name[len(c.parent):] for c in cands
                 if c.kind == "gov" and c.parent and c.name.startswith(c.parent) and c.name.endswith("分局")}
    return [c._replace(type="Organization", kind="gov") if c.type == "Company" and c.name in gov_tails else c
            for c in cands]


#: 某市委、市政府: the second body takes the place named before the first.
_SHARED_LEVEL = re.compile(r"([\u4e00-\u9fff]{2,4}?)(市|县|区|州)委、(\2)(政府)")


def _shared_level(idx: TextIndex) -> list[Candidate]:
    out = []
    for m in _SHARED_LEVEL.finditer(idx.text) if "委、" in idx.text else ():
        place = m.group(1) + m.group(2)
        if has_place(place):
            out.append(Candidate(m.start(3), m.end(4), "Organization", "org-gov-shared", 0.75, place + m.group(4),
                                 kind="gov"))
    return out


_COUNTED = re.compile(r"[\d一二两三四五六七八九十几多数]+[支个]$")
_UNIT_END = re.compile(r"(?:公司|局|厂|所|电力|电网|中心|集团)$")
_PARTY_TITLES = re.compile(r"(?:副?书记|委员|班子|成员)")


def _only_in_titles(text: str, name: str) -> bool:
    """True when every occurrence of ``name`` is followed by a party title (党委书记, 党委委员)."""
    pos = text.find(name)
    while pos >= 0:
        if not _PARTY_TITLES.match(text, pos + len(name)):
            return False
        pos = text.find(name, pos + 1)
    return True


_LIST_SEP = "、"
_BRACKETED = re.compile(r"[(（]([\u4e00-\u9fff]{2,12})[)）]")
_MEDIA_TAIL = re.compile(r"等(?:重要|主流|中央|省级|各大|多家)?(?:新闻)?(?:媒体|平台|网站|媒介)")
_MEDIA_SUFFIX = re.compile(r"(?:日报|晚报|晨报|新闻网|电视台|广播电台|新闻|网)$")


def _list_before(text: str, end: int) -> list[tuple[int, int]]:
    """Items of an enumeration A、B、C that ends at ``end`` (each item 2-8 characters)."""
    items: list[tuple[int, int]] = []
    i = end
    while True:
        j = i
        while j > 0 and "\u4e00" <= text[j - 1] <= "\u9fff" and i - j < 8:  # (is_han inlined: asked per character)
            j -= 1
        if i - j < 2:
            break
        items.append((j, i))
        if j > 0 and text[j - 1] == _LIST_SEP:
            i = j - 1
            continue
        break
    return items[::-1]


@lru_cache(maxsize=1)
def _known_names_scan() -> LiteralScan:
    """Every known outlet and body: one scan tells which names occur, instead of one str.find per name.
    At each position only the longest name counts: a shorter name found only inside a longer one is
    never added anyway (the longer one covers it)."""
    return LiteralScan(lexicon.media() | lexicon.gov_bodies())


@lru_cache(maxsize=1)
def _media_tuple() -> tuple[str, ...]:
    return tuple(sorted(lexicon.media()))


#: A dateline naming the outlet: 某某网讯, 某某网3月5日讯.
_DATELINE = re.compile(r"([\u4e00-\u9fff]{2,8}网)(?:\d{1,2}月\d{1,2}日)?讯")


def _dateline_starts(text: str) -> list[int]:
    """Where a _DATELINE match can start: two to eight characters before a 网 with a 讯 soon after it
    (the pattern opens with a character run: re would try every offset)."""
    return [q - k for q in find_all(text, "网") if text.find("讯", q + 1, q + 9) >= 0 for k in range(2, 9)]


def find_media(idx: TextIndex, source: str | None = None) -> list[Candidate]:
    """Media outlets: known names, the page's source line, 'X网讯' datelines, and the items of a list
    that ends in 等媒体 or that holds a known outlet (被澎湃新闻、X等转发)."""
    text, out = idx.text, []
    known = lexicon.media()
    known_t = _media_tuple()  # for one C-level endswith over all outlets
    seen: set[tuple[int, int]] = set()

    def add(start: int, end: int, rule: str, conf: float) -> None:
        if (start, end) not in seen and end > start:
            seen.add((start, end))
            name = text[start:end]
            if source and source != name and source.startswith(name) and not source[len(name)].isalnum():
                name = source  # 人民网 on a page whose source line reads 人民网-江苏频道
            out.append(Candidate(start, end, "Organization", rule, conf, name, kind="media"))

    present = {name for _, name in _known_names_scan().longest_at_each_start(text)}
    for name in sorted(present, key=lambda n: (-len(n), n)):  # (ties by name: a set's order varies by run)
        for pos in find_all(text, name):
            if idx.is_boundary(pos) and not any(a <= pos < b for a, b in seen):
                app = len("客户端") if text.startswith("客户端", pos + len(name)) else 0  # the outlet's app
                add(pos, pos + len(name) + app, "media-known", 0.9)
    if source and len(source) >= 4 and source.endswith("讯") and not source.endswith("通讯"):
        source = source[:-1]  # 某某讯 2026-07-08: the dateline's 讯 (news from) is no part of the outlet's name
    parts = source_outlets(source) if source else []
    if len(parts) == 2 and all(_MEDIA_SUFFIX.search(p) and len(p) >= 3 for p in parts):
        source = None  # 每日甘肃网-甘肃日报: two outlets, each named on its own
        for part in parts:
            for pos in find_all(text, part):
                add(pos, pos + len(part), "media-source", 0.9)
    if source and _company_name(source):
        source = None  # 来源:国网某县供电公司: the company posted its own news; it is no outlet
    if source:
        for pos in find_all(text, source):
            add(pos, pos + len(source), "media-source", 0.9)
            # 来源:荆楚网(湖北日报网): the outlet's other name in brackets is the same outlet
            alt = _BRACKETED.match(text, pos + len(source))
            if alt and _MEDIA_SUFFIX.search(alt.group(1)):
                a = alt.start(1)
                if (a, alt.end(1)) not in seen:
                    seen.add((a, alt.end(1)))
                    out.append(Candidate(a, alt.end(1), "Organization", "media-source-alias", 0.85, source,
                                         kind="media"))
    for m in finditer_at(_DATELINE, text, _dateline_starts(text)):
        start = idx.name_start(m.end(1) - 1, max_chars=8)
        if m.end(1) - start >= 3:
            add(start, m.end(1), "media-dateline", 0.85)
    # enumerations: a list ending in 等媒体, or one that names a known outlet
    for m in re.finditer("等", text):
        items = _list_before(text, m.start())
        if len(items) < 2 and not _MEDIA_TAIL.match(text, m.start()):
            continue
        media_list = bool(_MEDIA_TAIL.match(text, m.start())) or any(
            text[a:b].endswith(known_t) for a, b in items)
        if not media_list:
            continue
        for a, b in items:
            inner = [k for k in known if text[a:b].endswith(k)]
            a = b - len(max(inner, key=len)) if inner else max(a, idx.name_start(b, max_chars=b - a))
            if b - a >= 2 and (text[a:b] in known or _MEDIA_SUFFIX.search(text[a:b]) or idx.is_boundary(a)):
                add(a, b, "media-list", 0.75)
    return out


#: Between two outlets on one source line: 每日某某网-某某日报, 长江日报－长江网 (full-width), 某网—某报.
_OUTLET_JOIN = re.compile(r"[-－—]")


def source_outlets(source: str) -> list[str]:
    """The two outlets a source line joins (每日某某网-某某日报 -> both), or [] when it names one."""
    parts = _OUTLET_JOIN.split(source)
    if len(parts) == 2 and all(_MEDIA_SUFFIX.search(p) and len(p) >= 3 for p in parts):
        return parts
    return []


#: (the suffix table, its Company suffixes): built once per table, not walked per name.
_COMPANY_SUFFIXES: tuple[object, frozenset[str]] = (None, frozenset())


def _company_name(name: str) -> bool:
    """True when a name ends with a Company suffix of the grammar (某县供电公司, 某某有限公司)."""
    global _COMPANY_SUFFIXES
    suffixes = lexicon.org_suffixes()
    if _COMPANY_SUFFIXES[0] is not suffixes:
        _COMPANY_SUFFIXES = (suffixes, frozenset(s for s, info in suffixes.items() if info.type == "Company"))
    company = _COMPANY_SUFFIXES[1]
    # every proper suffix of the name (shorter than the name itself), looked up in the set
    return any(name[k:] in company for k in range(1, len(name)))


def find_brands(idx: TextIndex) -> list[Candidate]:
    """Grid companies named by brand alone (国家电网, 南方电网APP) and the short forms 'brand + province +
    电力' (国网江苏电力) or 'province + 电力' at a word end (江苏电力)."""
    text, out = idx.text, []
    gaz = lexicon.gazetteer()
    for brand in lexicon.brands():
        if len(brand) < 4:
            continue
        for pos in find_all(text, brand):
            out.append(Candidate(pos, pos + len(brand), "Company", "org-brand", 0.8, brand, kind="unit"))
    for m in _POWER.finditer(text):
        s = m.start()
        for length in (3, 2):  # the province or city right before 电力 (or before 省电力)
            stem_end = s - 1 if text[s - 1:s] == "省" else s
            place = text[max(0, stem_end - length):stem_end]
            names = gaz.lookup(place)
            if len(place) == length and names and gaz.full[names[0]].level != "county":
                start = stem_end - length
                brand = text[max(0, start - 2):start]
                if brand in ("国网", "南网"):
                    start -= 2
                elif not idx.is_boundary(start):
                    break
                out.append(Candidate(start, m.end(), "Company", "org-brand-short", 0.7, text[start:m.end()],
                                     kind="unit"))
                break
    return out


_POWER = re.compile(r"电力(?!公司|有限|局|设计|建设|工程|集团|检修|\(|（)")
