"""subsidiaryOf: which unit a Company belongs to (direct parents only).

Rules, most certain first; a later rule only gives a parent to a unit that has none yet:

0. What the text states outright comes before a name's prefix: the copula 甲是乙下属的区级供电企业
   (``copula-subsidiary``; also 甲作为其所属地市公司, 这家公司是乙的全资子公司) and ``drawn-from``: 乙从甲、丙
   调派/抽调… (a company drawing crews from its own units; not from another city's).

1. ``compound-name``: 某市供电局某某供电所 extends the entity 某市供电局 with a unit suffix, so it is its
   direct subsidiary (the longest proper prefix that is an entity, aliases included).
2. ``affiliated``: 某公司所属/下属/下辖某供电所 (and every unit listed after it: 部署所属甲、乙); the
   parent is the unit right before the word, else the unit a bare noun before it stands for (集团下属的,
   公司所属的), else the nearest unit before it in the sentence that is not the source of a directive
   (按照某公司部署); 作为乙下属的地市供电企业,甲… ; copulas 甲是乙下属的县级供电企业 / 乙管辖的一等站 /
   乙的全资子公司, 甲则是乙控股的企业, 甲,总装机容量12万千瓦,是乙旗下规模最大的电站, 甲位于某市某基地,
   是乙旗下… (``copula-subsidiary``); 乙承建的某工程项目部 (``builder-project``); ``owns``: 乙是…,旗下还有
   甲和丙 / 另有全资子公司甲; ``listed-own``: 甲、乙、丙等基层单位 under the article's company, or under
   the unit directing them (某分公司组织甲、乙等所属单位开展…).
2a. ``noun-department``: 集团科技信息部 / 电站检修分场 / 公司营销部副主任: a department after a bare noun
   belongs to the unit the noun stands for (电站, 电厂: the station the article names most).
3. ``directed-by``: 某局根据某电网公司安排部署 / 某厂严格落实某公司党委…指示 (a unit following its
   parent's orders).
4. ``place-prefix`` (structural): 某地甲供电局 under 某地供电局 when the latter is the article's company.
5. ``geo-hierarchy`` (structural): a local power unit named by its place (国网某市供电公司, 某县供电局)
   under the article's company when that is the unit one level up: a prefecture's unit under the
   provincial grid company of its province, a county's unit under the unit of its prefecture (a district
   of a municipality under the municipality's company). The gazetteer says which place lies in which;
   only one candidate parent may fit. The parent must be the company the story is about (gold NOTES: a
   unit introduced inside its parent's story): the article's company, or the one its headline names; a
   city company merely named beside its province is left to the text.
5a. ``provincial`` (structural): a city-level 供电公司/供电局 under the one provincial grid company of
   the article (matched by province name when it has one); in the article itself (not only in a
   teaser) when the province is named in both names (国网某省某市供电公司 under 国网某省电力公司). County-level units (某县供电公司,
   某区供电局, 某市供电公司) report to a city company, so they get no provincial parent.
6. ``department`` (structural): a bare department (物资部, 信息通信中心, 某某供电所) under the article's
   company, or the site a feature's headline names (某水电站…侧记: its 检修维护部); under the company
   commanding it in its clause instead (某公司派出由某室副主任带领的…, 副局长某某带领某部:
   ``department-clause``), or under the unit the gazetteer puts it in (某区供电中心 of a city company).
7. ``national-prefix``: a 国网-named company under 国家电网 when one sentence names both.

Structural rules take their evidence from a sentence naming both ends when there is one, else from the
sentence naming the unit (its rule name then ends in ``-structural``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from .. import lexicon as kg_lexicon
from .rel_base import CLAUSE_BREAK, Candidate, Context, Hit, Key, SentenceView, lexicon
from .rel_events import _subject_before
from .rel_positions import _unit_for
from .rel_title_refs import unit_for_noun

__all__ = ["STRUCTURAL_SUFFIX", "compound_parent", "subsidiary_rules"]

STRUCTURAL_SUFFIX = "-structural"
_DIRECTED = re.compile(r"^(?:根据|按照|依照|遵照|落实|严格落实|认真落实|贯彻|贯彻落实|执行|严格执行)$")
_DIRECTED_WORD = re.compile("根据|按照|依照|遵照|落实|贯彻|执行")  # in every match of _DIRECTED
_DIRECTIVE = re.compile(r"(安排|部署|要求|指示|统一|通知|决策)")
_PROVINCIAL = re.compile(r"(电网(有限)?(责任)?公司|电力(有限)?(责任)?公司|电力)$")
_LOCAL_UNIT = re.compile(r"(供电局|供电公司|供电分公司|检修公司|检修分公司)$")
_NATIONAL = ("国家电网", "国网", "南方电网", "南网")
#: 国网某省某供电公司 / 某省电力公司 in one article: the city unit of the province named in both names.
PROVINCE_NAME_IN_TEXT = True
#: The national companies' own names.
_NATIONAL_NAMES = frozenset({"国家电网", "国家电网公司", "国家电网有限公司", "南方电网", "中国南方电网", "南方电网公司"})
_COUNTY_LEVEL = re.compile(r"[县区旗市](供电局|供电公司|供电分公司)$")
_AFFILIATED = re.compile(r"(所属|下属|下辖|旗下|直属|下设)(的)?")
#: 甲(隶属乙) / 甲隶属于乙 / 甲归属乙: the unit before the word belongs to the one after it.
_BELONGS = re.compile(r"^[(（]?(?:隶属于?|归属于?|隶属)$")
#: 甲是乙的全资子公司 / 甲是乙的县级供电企业 / 甲系乙下属单位: what a copula says of a subsidiary.
_COPULA_SUB = re.compile(r"^(?:则|也|就|正|还|又)?(?:是|系|为|作为)$")
_SUB_NOUN = re.compile(r"(?:(?:下属|所属|管辖|直属|旗下|下辖)的)?的?(?:一家|一个|一座|一处)?[^,，。;；]{0,8}?"
                       r"(?:全资|控股|直属|下属|二级|三级|县级|市级|地市级|区县级|一等|二等|三等)?(?:供电)?"
                       r"(?:子公司|分公司|企业|单位|公司|机构|派出机构|分支机构|供电企业|站|所|分行|支行)(?![\u4e00-\u9fff])")
#: 甲,总装机容量12万千瓦,是乙旗下规模最大的电站: the sentence's subject described in a later clause.
_COPULA_LATER_SUB = re.compile(r"^(?:[,，][^。;；]{1,30}|(?:位于|地处|坐落于|坐落在)[^。;；,，]{1,30})[,，](?:也|还|则)?是$")
_BUILDS = re.compile(r"^(?:承建|施工|负责施工|负责建设|中标)的$")
_LIES_FIRST = re.compile(r"^(?:位于|地处|坐落于|坐落在)")
_UNDER_NOUN = re.compile(r"(?:旗下|下属|所属|直属|控股)的?[^,，。;；]{0,10}?(?:电站|电厂|风电场|企业|公司|单位|子公司"
                         r"|营业厅|供电所|服务站|营业所)"
                         r"(?![\u4e00-\u9fff])")
#: 作为某公司下属的地市供电企业,某供电公司…: the unit opening the next clause.
_AS_MEMBER = re.compile(r"作为$")
#: 甲、乙、丙等基层单位: units listed as the article's own.
_LISTED_OWN = re.compile(r"等(?:各|其他)?(?:基层|下属|所属|县级|县区|区县|县市区)?"
                         r"(?:单位|供电企业|供电公司|供电局|供电所|分公司|子公司|县区局|区县局|县局|分局)")
#: 组织/带领/督促甲、乙等所属单位: the subject directing the listed units.
_DIRECTS = re.compile(r"(?:组织|带领|指导|督促|要求|统筹|调集|召集|部署)[,，]?$")  # (由某局统一部署,甲、乙等…)
#: A station (供电所) belongs to a county-level company, not to a city or provincial one.
_STATION = ("供电所", "营业所", "供电站", "供电服务站")
_UNIT_LIST_SEP = ("、", "和", "及", "与", "以及")
_DIRECTIVE_BEFORE = re.compile(r"(根据|按照|依照|遵照|落实|贯彻|执行)$")


def _companies(ctx: Context) -> list[Key]:
    return sorted(k for k in ctx.entities if k[0] == "Company")


def compound_parent(ctx: Context, key: Key) -> tuple[Key, str, str] | None:
    """The entity whose name the unit's name extends with a unit suffix: (parent, parent surface, unit surface)."""
    memo = ctx.cache.get("compound-parent")  # asked of the same units by several rules
    if memo is None:
        memo = ctx.cache["compound-parent"] = {}
    elif key in memo:
        return memo[key]
    found = memo[key] = _compound_parent(ctx, key)
    return found


def _compound_parent(ctx: Context, key: Key) -> tuple[Key, str, str] | None:
    best: tuple[int, Key, str, str] | None = None
    for own in ctx.surfaces(key):
        for cut in range(len(own) - 1, 1, -1):
            prefix = own[:cut]
            parent = ctx.by_surface.get(prefix)
            if parent is None or parent == key or parent[0] not in ("Company", "Organization"):
                continue
            if not own.endswith(lexicon("unit_suffixes"), cut):  # (the rest own[cut:], not sliced)
                continue
            if best is None or cut > best[0]:
                best = (cut, parent, prefix, own)
            break
    return None if best is None else best[1:]


def _evidence(ctx: Context, head: Key, tail: Key, prefer: str | None = None) -> tuple[int, int, bool] | None:
    """A sentence naming both ends (True), else the first naming the head (False)."""
    head_first = None
    for v in ctx.views_naming(head):
        keys = v.named_keys()
        if head_first is None:
            head_first = (v.start, v.end)
        if tail in keys or (prefer is not None and any(h.key == head and prefer in h.text for h in v.hits + v.nested)):
            return v.start, v.end, True
    if head_first is None:
        return None
    return head_first[0], head_first[1], False


def _candidate(ctx: Context, head: Key, tail: Key, rule: str, conf: float, prefer: str | None = None,
               structural: bool = True) -> Candidate | None:
    ev = _evidence(ctx, head, tail, prefer)
    if ev is None:
        return None
    start, end, both = ev
    if not both and structural:
        rule += STRUCTURAL_SUFFIX
        conf -= 0.1
    elif not both:
        return None
    return Candidate(head, "subsidiaryOf", tail, start, end, rule, conf)


def _directed(ctx: Context) -> Iterator[Candidate]:
    """某局根据某公司安排部署: the subject follows its parent's directives."""
    if not _DIRECTED_WORD.search(ctx.doc.text):  # one scan of the article rules most out
        return
    for v in ctx.views_with("Company"):
        if len(v.hits) < 2 or not _DIRECTED_WORD.search(v.text):
            continue
        hits = v.hits
        for i, h in enumerate(hits[:-1]):
            if h.type != "Company":
                continue
            nxt = hits[i + 1]
            if nxt.type not in ("Company", "Organization"):
                continue
            if not _DIRECTED.match(v.between(h.end, nxt.start)):
                continue
            rest = v.text[nxt.end - v.start:]
            stop = next((k for k, ch in enumerate(rest) if ch in CLAUSE_BREAK), len(rest))
            if not _DIRECTIVE.search(rest[:stop]):
                continue
            parent, _ = _unit_for(ctx, nxt)
            if parent[0] == "Company" or parent[0] == "Organization":
                yield Candidate(h.key, "subsidiaryOf", parent, v.start, v.end, "directed-by", 0.75,
                                reference=h.is_reference or nxt.is_reference)


_FRONTED = re.compile(r"^[^,，;；:：]{0,12}?(根据|按照|依照|遵照|落实)$")
_FRONTED_WORD = re.compile(r"根据|按照|依照|遵照|落实")  # in every match of _FRONTED: a cheap pre-check


def _directed_fronted(ctx: Context) -> Iterator[Candidate]:
    """按照某公司统一部署,某局…: the first unit acting after the directive follows its parent's orders."""
    if not _FRONTED_WORD.search(ctx.doc.text):  # one scan of the article rules most out
        return
    for v in ctx.views_with("unit"):  # (the parent is a unit of the sentence)
        if not _FRONTED_WORD.search(v.text):
            continue
        hits = v.hits
        for i, h in enumerate(hits[:-1]):
            if h.type not in ("Company", "Organization"):
                continue
            if not _FRONTED.match(v.text[:h.start - v.start]):
                break
            rest = v.text[h.end - v.start:]
            stop = next((k for k, ch in enumerate(rest) if ch in CLAUSE_BREAK), len(rest))
            if not _DIRECTIVE.search(rest[:stop]):
                break
            clause_end = h.end + stop
            child = next((u for u in hits[i + 1:] if u.start > clause_end and u.type in ("Company", "Organization")
                          ), None)
            if child is None or child.type != "Company":
                break
            parent, _ = _unit_for(ctx, h)
            yield Candidate(child.key, "subsidiaryOf", parent, v.start, v.end, "directed-by", 0.7,
                            reference=h.is_reference or child.is_reference)
            break


def _affiliated(ctx: Context) -> Iterator[Candidate]:
    """某公司所属某供电所, 部署所属甲、乙: the units after the word belong to the unit before it."""
    if "属" not in ctx.doc.text and "下辖" not in ctx.doc.text and "旗下" not in ctx.doc.text \
            and "下设" not in ctx.doc.text:
        return  # every match of _AFFILIATED holds one of these (所属, 下属, 直属, 下辖, 旗下, 下设)
    for v in ctx.views_with("2+"):
        text = v.text
        if "属" not in text and "下辖" not in text and "旗下" not in text and "下设" not in text:
            continue
        for m in _AFFILIATED.finditer(v.text):
            at, end = v.start + m.start(), v.start + m.end()
            before = [h for h in v.hits if h.end <= at and h.type in ("Company", "Organization")
                      and not _DIRECTIVE_BEFORE.search(v.text[max(0, h.start - v.start - 4):h.start - v.start])]
            if not before or (before[-1].end != at and _noun_before(v, at)):
                # 集团下属的某公司 / 公司所属的甲、乙: the noun stands for a unit named before
                noun = _noun_before(v, at)
                hit = (unit_for_noun(ctx, at, noun) or _group_named(ctx, at, noun)) if noun else None
                if hit is None:
                    continue
                before = [hit]
            parent_hit = before[-1]
            if parent_hit.end != at and parent_hit.type != "Company":
                continue
            parent, _ = _unit_for(ctx, parent_hit)
            units = []
            pos = end
            for h in v.hits:
                if h.start < pos:
                    continue
                if h.start != pos:
                    break
                # 所属某公司调度中心 / 所属某局“某”服务队: the unit named first inside the longer name.
                inner = [n for n in v.nested if n.start == pos and n.end <= h.end and n.type == "Company"]
                unit = min(inner, key=lambda n: n.end).key if inner else h.key
                if not inner:
                    found = compound_parent(ctx, h.key)
                    if found is not None and found[0][0] == "Company" and h.text.startswith(found[1]):
                        unit = found[0]
                if unit[0] != "Company":
                    break
                units.append((unit, h.is_reference))
                sep = next((s for s in _UNIT_LIST_SEP if v.text.startswith(s, h.end - v.start)), None)
                if sep is None:
                    break
                pos = h.end + len(sep)
            if not units and _AS_MEMBER.search(v.text[:max(0, parent_hit.start - v.start)]):
                # 作为某公司下属的地市供电企业,某供电公司…
                _, hi = v.clause_bounds(end)
                nxt = next((h for h in v.hits if h.start == hi + 1 and h.type == "Company"), None)
                if nxt is not None and _SUB_NOUN.fullmatch(v.text[end - v.start:hi - v.start]):
                    units.append((nxt.key, nxt.is_reference))
            for unit, ref in units:
                yield Candidate(unit, "subsidiaryOf", parent, v.start, v.end, "affiliated", 0.85,
                                reference=ref or parent_hit.is_reference)


#: 所属甲、乙、丙3家县公司: place names standing for the units the count noun names.
_PLACE_LIST = re.compile(r"(?:所属|下属|下辖|直属)的?((?:[\u4e00-\u9fff]{2,4}[、和及])+[\u4e00-\u9fff]{2,4})等?"
                         r"(?:[0-9一二三四五六七八九十]+|几|多)家(?:县|县级|区县|县区|市|地市)?(?:供电)?(?:公司|供电局|局|单位)")


def _affiliated_places(ctx: Context) -> Iterator[Candidate]:
    """调集所属醴陵、攸县、茶陵3家县公司: each place is the one unit of the article named after it (国网某市
    供电公司, 某县供电公司 written in full elsewhere), a subsidiary of the unit before 所属."""
    text = ctx.doc.text
    if "属" not in text and "下辖" not in text:  # every match needs 所属/下属/直属 or 下辖
        return
    for v in ctx.views_with("Company"):  # (the parent is a company of the sentence)
        if "属" not in v.text and "下辖" not in v.text:
            continue
        for m in _PLACE_LIST.finditer(v.text):
            at = v.start + m.start()
            # the unit before the word, not a department that helps it (某公司工会主办,公司设备部组织,所属…)
            before = [h for h in v.hits if h.end <= at and h.type == "Company" and h.text.endswith(("公司", "局"))]
            if not before:
                continue
            parent, _ = _unit_for(ctx, before[-1])
            for place in re.split("[、和及]", m.group(1)):
                named = sorted({k for k, e in ctx.entities.items() if k[0] == "Company" and k != parent
                                and any(_named_after(n, place) for n in ctx.surfaces(k))})
                if len(named) == 1:  # one unit the place can stand for, else none
                    yield Candidate(named[0], "subsidiaryOf", parent, v.start, v.end, "affiliated-places", 0.7,
                                    reference=True)


def _named_after(name: str, place: str) -> bool:
    """某地供电公司 / 国网某市供电公司 is a unit named after ``place`` (its bare or divisioned form)."""
    rest = next((name[len(b):] for b in _NATIONAL if name.startswith(b)), name)
    return rest.startswith(place) and len(rest) > len(place) + 1 and rest.endswith(("公司", "局")) \
        and not any(c in rest[len(place) + 1:] for c in "、,，")


def _group_named(ctx: Context, at: int, noun: str) -> Hit | None:
    """集团旗下的某公司: the one group the article names before ``at`` (某水务产业投资集团有限公司)."""
    if not noun.startswith("集团"):
        return None
    seen = {h.key: h for h in ctx.hits if h.end <= at and h.type == "Company" and not h.is_reference
            and any(n.endswith(("集团", "集团有限公司", "集团有限责任公司", "集团股份有限公司", "集团公司"))
                    for n in ctx.surfaces(h.key))}
    return next(iter(seen.values())) if len(seen) == 1 else None


#: 由甲主办,其全资子公司乙承办 / 甲是…,其控股的乙位于…: 其 is the clause subject before it.
_ITS_SUB = re.compile(r"其(?:全资子公司|控股子公司|全资|子公司|控股的|下属的?|所属的?|旗下的?)")


def _its_subsidiary(ctx: Context) -> Iterator[Candidate]:
    for v in ctx.views_with("2+"):
        if "其" not in v.text:
            continue
        for m in _ITS_SUB.finditer(v.text):
            at, end = v.start + m.start(), v.start + m.end()
            unit = next((h for h in v.hits if h.start == end and h.type == "Company"), None)
            before = [h for h in v.hits if h.end <= at and h.type == "Company"]
            if unit is None or not before:
                continue
            first = v.hits[0]
            if first.type == "Company" and first.start == v.start and v.text.startswith(_COPULAS, first.end - v.start):
                parent = first  # 甲是乙旗下的…,其控股的丙: the sentence's subject
            else:
                parent = before[-1]
            if parent.key != unit.key:
                yield Candidate(unit.key, "subsidiaryOf", parent.key, v.start, v.end, "its-subsidiary", 0.8,
                                reference=parent.is_reference)


_COPULAS = ("是", "系", "为", "作为")
_REF_NOUN_BEFORE = re.compile(r"(集团公司|集团|总公司|公司|该公司|分行|总行|该局|局)$")


def _noun_before(v: SentenceView, at: int) -> str | None:
    """集团 in 集团下属的: a unit written as a bare noun right before the word (no mention there)."""
    if any(h.end == at for h in v.hits):
        return None
    m = _REF_NOUN_BEFORE.search(v.text[:at - v.start])
    return m.group() if m else None


def _listed_own(ctx: Context) -> Iterator[Candidate]:
    """甲、乙、丙等基层单位 (no parent written): units of the article's company."""
    main = ctx.main_company
    for v in ctx.views_with("Company"):
        if "等" not in v.text:
            continue
        hits = v.hits
        for i, h in enumerate(hits):
            if h.type != "Company" or not _LISTED_OWN.match(v.text, h.end - v.start):
                continue
            group = [h]
            j = i
            while j > 0 and hits[j - 1].type == "Company" and v.between(hits[j - 1].end, hits[j].start) in _UNIT_LIST_SEP:
                j -= 1
                group.insert(0, hits[j])
            if len(group) < 2:
                continue
            # 某分公司…,组织甲、乙等所属单位开展…: the unit that directs the list is their parent.
            parent, rule = main, "listed-own" + STRUCTURAL_SUFFIX
            verb = _DIRECTS.search(v.text[:group[0].start - v.start])
            if verb is not None:
                heads = [a for a in _subject_before(ctx, v, v.start + verb.start()) if a.type == "Company"]
                if heads:
                    parent, rule = heads[0].key, "listed-own"
            if parent is None:
                continue
            for g in group:
                if _peers(ctx, g.key, parent):
                    continue  # 广州供电局、佛山供电局等单位 (驰援某市): other cities' units, no one's own
                if g.key != parent:
                    yield Candidate(g.key, "subsidiaryOf", parent, v.start, v.end, rule,
                                    0.5, reference=g.is_reference)


#: 甲从乙、丙调派/抽调…: a company drawing crews from units of its own.
_DRAWS = re.compile(r"^(?:调派|抽调|调集|抽派|调配|调动|选派)")


def _drawn_from(ctx: Context) -> Iterator[Candidate]:
    """某省电网公司从甲供电局、乙供电局调派260名支援人员: the units it draws crews from are its own (the
    drawing company right before 从, the units listed after it, a drawing verb after the list)."""
    for v in ctx.views_with("Company"):  # (the drawing unit is a company of the sentence)
        if "从" not in v.text:
            continue
        hits = v.hits
        for i, h in enumerate(hits[:-1]):
            if h.type != "Company" or v.between(h.end, hits[i + 1].start) not in ("从", "立即从", "迅速从"):
                continue
            listed = [hits[i + 1]]
            for nxt in hits[i + 2:]:
                if v.between(listed[-1].end, nxt.start) not in _AND:
                    break
                listed.append(nxt)
            if not all(u.type == "Company" for u in listed):
                continue
            if not _DRAWS.match(v.text[listed[-1].end - v.start:]):
                continue
            for u in listed:
                if not _peers(ctx, u.key, h.key) or _is_provincial(ctx, h.key):
                    yield Candidate(u.key, "subsidiaryOf", h.key, v.start, v.end, "drawn-from", 0.75,
                                    reference=u.is_reference or h.is_reference)


#: 甲作为其所属地市公司 / 这家公司是乙的全资子公司: a unit's own or a referring noun's statement.
_AS_ITS_OWN = re.compile(r"^作为其(?:所属|下属|直属|旗下)的?[^,，。;；]{0,6}?(?:公司|单位|企业|子公司)")
_THIS_COMPANY_IS = re.compile(r"(?:这家|该)(?:公司|企业)(?:是|系|为)$")


def _belongs(ctx: Context) -> Iterator[Candidate]:
    """甲(隶属乙), 甲隶属于乙; 甲是乙的全资子公司 / 县级供电企业: the first unit belongs to the second."""
    for v in ctx.views_with("Company"):
        if len(v.hits) < 2:  # (both statements below need two mentions)
            continue
        # places between two units are part of what the sentence says of the first (甲位于某市某基地,是乙旗下…)
        units = [h for h in v.hits if h.type not in ("Place", "Community")]
        for a, b in pairwise(units):
            if a.type != "Company" or b.type not in ("Company", "Organization"):
                continue
            gap = v.between(a.end, b.start)
            if any(h.type in ("Place", "Community") and a.end <= h.start < b.start for h in v.hits) \
                    and not _LIES_FIRST.match(gap):
                continue  # a place between them is read only after 位于 (甲位于某市,是乙旗下…)
            if _BUILDS.match(gap) and b.type == "Company" and ctx.entities[b.key].name.endswith(("项目部", "项目经理部")):
                # 某工程公司承建的某高速公路第五标段项目部: a project office belongs to its builder
                yield Candidate(b.key, "subsidiaryOf", a.key, v.start, v.end, "builder-project", 0.8,
                                reference=a.is_reference or b.is_reference)
                continue
            if _BELONGS.match(gap):
                rule = "belongs-to"
            elif _COPULA_SUB.match(gap) and _SUB_NOUN.match(v.text, b.end - v.start):
                rule = "copula-subsidiary"
            elif a is next(h for h in v.hits if h.type in ("Company", "Organization", "Person")) \
                    and _COPULA_LATER_SUB.match(gap) and _UNDER_NOUN.match(v.text, b.end - v.start):
                rule = "copula-subsidiary"  # 某电站,总装机容量12万千瓦,是某集团旗下规模最大的电站
            else:
                continue
            parent, _ = _unit_for(ctx, b)
            yield Candidate(a.key, "subsidiaryOf", parent, v.start, v.end, rule, 0.85,
                            reference=a.is_reference or b.is_reference)
        if "作为其" not in v.text and "这家" not in v.text and "该" not in v.text:
            continue  # what both statements below need
        companies = [h for h in v.hits if h.type == "Company"]
        for i, a in enumerate(companies):
            if i > 0 and _AS_ITS_OWN.match(v.text[a.end - v.start:]):
                # 乙在全省推广…,甲作为其所属地市公司…: 其 is the unit opening the sentence
                yield Candidate(a.key, "subsidiaryOf", companies[0].key, v.start, v.end, "copula-subsidiary", 0.8)
            if i > 0 and _THIS_COMPANY_IS.search(v.text[:a.start - v.start]) \
                    and _SUB_NOUN.match(v.text, a.end - v.start):
                # 由甲负责,这家公司是乙的全资子公司: the company named before is the subsidiary
                yield Candidate(companies[i - 1].key, "subsidiaryOf", a.key, v.start, v.end, "copula-subsidiary", 0.8)


#: 某集团…,旗下还有甲和乙 / 另有全资子公司甲: units the sentence's subject owns.
_OWNS = re.compile(r"[,，](?:其|公司|集团)?(?:旗下|另|下设|下辖)(?:还|也)?(?:有|拥有|包括|设有)(?:[^,，。;；]{0,6}?"
                   r"(?:全资|控股)?(?:子公司|企业|单位|公司))?$")
_AND = ("、", "和", "与", "及", "以及")


def _owned(ctx: Context) -> Iterator[Candidate]:
    """某集团是…,旗下还有甲电站和乙风电场 / 另有全资子公司甲: units listed after the ownership word
    belong to the unit opening the sentence."""
    for v in ctx.views_with("Company"):  # (the owner is a company of the sentence)
        if "旗下" not in v.text and "另有" not in v.text and "下设" not in v.text:
            continue
        units = [h for h in v.hits if h.type in ("Company", "Organization")]
        actors = [h for h in v.hits if h.type in ("Company", "Organization", "Person")]
        if len(units) < 2 or actors[0] is not units[0] or units[0].type != "Company":
            continue
        owner = units[0]
        for i, h in enumerate(units[1:], 1):
            if h.type != "Company" or not _OWNS.search(v.between(units[i - 1].end, h.start)):
                continue
            listed = [h]
            for nxt in units[i + 1:]:
                if nxt.type != "Company" or v.between(listed[-1].end, nxt.start) not in _AND:
                    break
                listed.append(nxt)
            for u in listed:
                yield Candidate(u.key, "subsidiaryOf", owner.key, v.start, v.end, "owns", 0.75,
                                reference=u.is_reference or owner.is_reference)
            break


#: A unit written as a bare noun right before a department (集团科技信息部, 电站运行部主任, 公司营销部).
_NOUN_BEFORE_DEPT = re.compile(r"(?:该|本)?(集团公司|集团|水电站|电站|电厂|分公司|公司|局|厂)$")
_SITE_NOUNS = frozenset(["水电站", "电站", "电厂", "厂"])
#: What may stand before such a bare noun (punctuation, a preposition): else the noun ends a longer word.
_BEFORE_BARE_NOUN = frozenset("，,。;；：:、“”\"（(由和与及在从向将对为")


@lru_cache(maxsize=1)
def _org_departments() -> tuple[str, ...]:
    """Department suffixes of the organisation grammar (检修分场, 运行部): names a department alone."""
    return tuple(sorted(k for k, info in kg_lexicon.org_suffixes().items() if info.kind == "department"))


@lru_cache(maxsize=1)
def _department_suffixes() -> tuple[str, ...]:
    """Every ending that makes a name a department's: the relation lexicon's and the grammar's."""
    return lexicon("department_suffixes") + _org_departments()


def _department_companies(ctx: Context) -> frozenset[Key]:
    """The companies whose name ends like a department's, found once per document (three rules ask,
    of every company or of every mention: a test of some hundred endings each time)."""
    found = ctx.cache.get("department-companies")
    if found is None:
        dept = _department_suffixes()
        found = ctx.cache["department-companies"] = frozenset(
            k for k, e in ctx.entities.items() if k[0] == "Company" and e.name.endswith(dept))
    return found


def _noun_departments(ctx: Context) -> Iterator[Candidate]:
    """集团科技信息部 / 电站检修分场 / 公司营销部副主任: a department written after a bare noun belongs to
    the unit the noun stands for (the nearest one named before that fits it)."""
    depts = _department_companies(ctx)
    if not depts:
        return
    for v in ctx.views_with("Company"):  # (depts are companies)
        for h in v.hits:
            if h.key not in depts or h.is_reference \
                    or h.text != ctx.entities[h.key].name or compound_parent(ctx, h.key) is not None:
                continue
            if any(o.end == h.start for o in v.hits):
                continue  # 某公司|营销部: a name right before is the parent (the adjacent rule)
            m = _NOUN_BEFORE_DEPT.search(v.text[:h.start - v.start])
            if m is None or (m.start() > 0 and v.text[m.start() - 1] not in _BEFORE_BARE_NOUN):
                continue  # 某某公司营销部 read apart: the noun ends a longer word, not a unit alone
            noun = m.group(1)
            sites = [k for k in ctx.entities if k[0] == "Company" and k != h.key
                     and any(s.endswith(noun) for s in ctx.surfaces(k))] if noun in _SITE_NOUNS else []
            parent: Key | None
            if sites:
                # 电站运行部: the article's own station (the one it names most), not one named in passing
                parent = min(sites, key=lambda k: (-len(ctx.named_starts(k)), k))
            else:
                unit = unit_for_noun(ctx, v.start + m.start(), noun)
                parent = unit.key if unit is not None and unit.type == "Company" else None
            if parent is not None and parent != h.key:
                yield Candidate(h.key, "subsidiaryOf", parent, v.start, v.end, "noun-department", 0.7,
                                reference=True)


def _station_parents(ctx: Context, companies: list[Key], has_parent: set[Key]) -> Iterator[Candidate]:
    """A bare station (某某供电所) under a county-level company: the one named with it in a sentence
    (该公司…安排某供电所的员工), else the one named after the place written in the station's address
    (位于某市某镇的某供电所 -> 国网某市供电公司; structural)."""
    county = [k for k in companies if _county_level(ctx.surfaces(k))]
    if not county:
        return
    for key in companies:
        if key in has_parent or key in county or not ctx.entities[key].name.endswith(_STATION):
            continue
        if compound_parent(ctx, key) is not None:
            continue
        found = None
        for v in ctx.views_naming(key, nested=False):
            named = sorted({h.key for h in v.hits if h.key in county})
            if len(named) == 1:
                found = Candidate(key, "subsidiaryOf", named[0], v.start, v.end, "station-county", 0.6)
                break
            places = [h.text for h in v.hits if h.type in ("Place", "Community") and len(h.text) >= 2]
            owners = sorted({k for k in county for p in places for s in ctx.surfaces(k) if p in s})
            if found is None and len(owners) == 1:
                found = Candidate(key, "subsidiaryOf", owners[0], v.start, v.end,
                                  "station-place" + STRUCTURAL_SUFFIX, 0.5)
        if found is not None:
            yield found


def _adjacent(ctx: Context) -> Iterator[Candidate]:
    """``U1U2`` with no gap, U2 a unit name: U2 belongs to U1 (also through a reference, 该局某分局)."""
    for v in ctx.views_with("Company"):
        if len(v.hits) < 2:
            continue
        for a, b in zip(v.hits, v.hits[1:]):
            if (a.end == b.start and a.type == "Company" and b.type == "Company" and not b.is_reference
                    and b.text.endswith(lexicon("unit_suffixes"))):
                yield Candidate(b.key, "subsidiaryOf", a.key, v.start, v.end, "adjacent-units", 0.7,
                                reference=a.is_reference)


@lru_cache(maxsize=8192)  # pure over the lexicon; unit names recur across articles
def _province_of(name: str) -> str | None:
    for p in lexicon("provinces"):
        if p in name[:6]:
            return p
    return None


def _is_provincial(ctx: Context, key: Key) -> bool:
    return _provincial_names(ctx.surfaces(key))


# Both below depend on a unit's names only, and the same units recur across articles.
@lru_cache(maxsize=8192)
def _provincial_names(surfaces: tuple[str, ...]) -> bool:
    return any(_province_of(s) is not None and _PROVINCIAL.search(s) and not _LOCAL_UNIT.search(s) for s in surfaces)


@lru_cache(maxsize=8192)
def _county_level(surfaces: tuple[str, ...]) -> bool:
    return any(_COUNTY_LEVEL.search(s) for s in surfaces)


def _hit_count(ctx: Context, key: Key, teaser: bool | None = None) -> int:
    return sum(1 for h in ctx.hits if h.key == key
               and (teaser is None or (ctx.doc.section_kind(h.start) == "teaser") == teaser))


#: Local power units named by their place: 国网某市供电公司, 某县供电局, 某区供电中心.
_GEO_UNIT = re.compile(r"(供电局|供电公司|供电分公司|供电分局|供电中心|供电有限公司|供电有限责任公司)$")
_LEVEL_CHARS = ("市", "县", "区", "旗")


@lru_cache(maxsize=8192)
def _unit_places(name: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Divisions a local unit's name is named after, as (full name, level, containing divisions): the
    longest place word right before the unit suffix (国网|石家庄|供电公司 -> 石家庄市). A renamed county
    (某某区 that the table still lists as 某某县) is found by its stem."""
    m = _GEO_UNIT.search(name)
    if m is None:
        return ()
    stem = name[:m.start()]
    gaz = kg_lexicon.gazetteer()
    for k in range(min(9, len(stem)), 1, -1):
        word = stem[-k:]
        found = gaz.lookup(word)
        if not found and k >= 3 and word.endswith(_LEVEL_CHARS):
            found = gaz.lookup(word[:-1])
        if found:
            return tuple((f, gaz.full[f].level, gaz.parents(f)) for f in found)
    return ()


@lru_cache(maxsize=4096)
def _short(division: str) -> str:
    """A division's short form (南京市 -> 南京), or its full name when it has none."""
    forms = kg_lexicon.short_forms(division)
    return forms[0] if forms else division


def _co_named(ctx: Context, a: Key, b: Key) -> bool:
    """One sentence of the article itself names both units."""
    return any(b in v.named_keys() for v in ctx.views_naming(a) if ctx.doc.section_kind(v.start) != "teaser")


def _geo_parent(unit: Key, ctx: Context, provincial: list[Key], local: list[Key]) -> Key | None:
    """The one unit a level up from ``unit`` by geography (see rule 5 in the module docstring)."""
    name = ctx.entities[unit].name
    places = _unit_places(name)
    full_names = kg_lexicon.gazetteer().full
    options: set[Key] = set()
    for full, level, parents in places:
        in_prefecture = any(full_names[p].level == "prefecture" for p in parents if p in full_names)
        if level == "prefecture" or (level == "county" and not in_prefecture):
            # a prefecture, or a district of a municipality: the provincial company of its province
            for p in provincial:
                prov = _province_of(ctx.entities[p].name)
                if prov and any(q.startswith(prov) for q in (*parents, full)):
                    options.add(p)
        own_city = any(_short(p) in name for p in parents)
        if level == "county" and (not own_city or _province_of(name) is None):
            # 国网某市某区供电公司 writes its city into its own name: like a parent prefix, that name is
            # its full address and says nothing of a city company (gold NOTES leave such a unit unlinked),
            # unless a sentence names the two together (由国网某市供电公司主办、国网某市某区供电公司承办)
            for c in local:
                if c != unit and any(f in parents for f, lv, _ in _unit_places(ctx.entities[c].name)
                                     if lv == "prefecture") and (not own_city or _co_named(ctx, unit, c)):
                    options.add(c)
    return options.pop() if len(options) == 1 else None


#: What a company (or its leader) does with its own department (派出由某室…带领的, 副局长某某带领某部).
_COMMANDS = re.compile(r"派出|调派|抽调|调集|组织|安排|带领|率领|坐镇|统筹|指挥|成立|由")
#: …and what it does with another's (走访某部, 联合某中心).
_VISITS = re.compile(r"走访|看望|慰问|联合|来到|到访|与|和|同|向")


def _peers(ctx: Context, a: Key, b: Key) -> bool:
    """Two units each named by a place of the same level that is not one in the other (two cities' units)."""
    pa, pb = _unit_places(ctx.entities[a].name), _unit_places(ctx.entities[b].name)
    if not pa or not pb:
        return False
    levels_a, levels_b = {lv for _, lv, _ in pa}, {lv for _, lv, _ in pb}
    inside = any(fb in parents for _, _, parents in pa for fb, _, _ in pb)
    return bool(levels_a & levels_b) and not inside


def _clause_company(ctx: Context, key: Key) -> tuple[Key, int, int] | None:
    """The company named earlier in the clause of the department's first mention (某公司派出由某室
    副主任带领的…), with the sentence span; None if there is none or more than one."""
    for v in ctx.views_naming(key, nested=False):
        h = next(x for x in v.hits if x.key == key)
        lo, _ = v.clause_bounds(h.start)
        depts = _department_companies(ctx)
        before = [x for x in v.hits if lo <= x.start and x.end <= h.start and x.type == "Company"
                  and not x.is_reference and x.key not in depts]
        if len({x.key for x in before}) == 1:
            gap = v.between(before[-1].end, h.start)
            if _COMMANDS.search(gap) and not _VISITS.search(gap):
                return before[-1].key, v.start, v.end
        return None
    return None


def _in_title(ctx: Context, key: Key) -> bool:
    """The headline names the unit (its name or a short form of four characters or more): the story is its.
    Found once per unit (several rules ask)."""
    memo = ctx.cache.get("in-title")
    if memo is None:
        memo = ctx.cache["in-title"] = {}
    found = memo.get(key)
    if found is None:
        title = ctx.doc.title or ""
        found = memo[key] = bool(title) and any(len(s) >= 4 and s in title for s in ctx.surfaces(key))
    return found


def _title_company(ctx: Context, companies: list[Key]) -> Key | None:
    """The one unit (no grid brand, no province) the headline names: the site a feature is about
    (某水电站迎战主汛期侧记), whose departments its text names bare."""
    named = [k for k in companies if _in_title(ctx, k)
             and not any(_province_of(s) or s.startswith(_NATIONAL) for s in ctx.surfaces(k))]
    return named[0] if len(named) == 1 and ctx.entities[named[0]].name.endswith(_SITES) else None


#: Sites whose departments a feature about them names bare.
_SITES = ("水电站", "电站", "电厂", "发电厂", "风电场", "热电厂")


#: Words that tell a company's trade (grid, telecoms, gas, water): a unit never sits under another trade's.
_TRADES = (("grid", ("国网", "国家电网", "南网", "南方电网", "供电", "电网", "电力")),
           ("telecom", ("联通", "移动", "电信", "铁塔")),
           ("gas", ("燃气", "天然气")),
           ("water", ("自来水", "水务")))


@lru_cache(maxsize=8192)  # pure; unit names recur across articles
def _trade(name: str) -> str | None:
    found = {trade for trade, words in _TRADES if any(w in name for w in words)}
    return found.pop() if len(found) == 1 else None


def _other_trades(head: str, tail: str) -> bool:
    """某市联通汉阳营业部 under 某供电公司, 某供电公司 under 某燃气集团: the two names tell different trades."""
    a, b = _trade(head), _trade(tail)
    return a is not None and b is not None and a != b


def subsidiary_rules(ctx: Context) -> Iterator[Candidate]:
    parent: dict[Key, Key] = {}
    out: list[Candidate] = []

    def add(c: Candidate | None) -> None:
        if c is not None and c.head not in parent and c.tail != c.head \
                and not _other_trades(ctx.entities[c.head].name, ctx.entities[c.tail].name):
            parent[c.head] = c.tail
            out.append(c)

    companies = _companies(ctx)
    belongs = list(_belongs(ctx))  # read by rules 0 and 1a: found once
    # 0. a copula the text states (甲是乙下属的区级供电企业) beats the parent a name's prefix suggests
    #    (某省电网某市某区供电局: the province's prefix, the city between)
    for c in belongs:
        if c.rule == "copula-subsidiary" and c.head[0] == "Company" and c.tail[0] == "Company":
            add(c)
    for c in _drawn_from(ctx):
        add(c)
    # 1. compound names
    for key in companies:
        found = compound_parent(ctx, key)
        if found is not None:
            tail, prefix, _ = found
            add(_candidate(ctx, key, tail, "compound-name", 0.9, prefer=prefix))
    # 1a. 所属/下属; 隶属; 是…的子公司
    for c in (*_affiliated(ctx), *_affiliated_places(ctx), *belongs, *_owned(ctx), *_its_subsidiary(ctx)):
        add(c)
    # 1d. 集团某部, 电站某分场: the unit a bare noun stands for
    for c in _noun_departments(ctx):
        add(c)
    # 1c. units listed as the article's own (甲、乙等基层单位) before anything structural
    for c in _listed_own(ctx):
        add(c)
    # 1b. a unit written right after another (该局某供电分局, 某公司 某供电所 split by the recognizer)
    for c in _adjacent(ctx):
        add(c)
    # 3. directives: every sentence is evidence; the first fixes the parent
    for c in (*_directed(ctx), *_directed_fronted(ctx)):
        if c.head not in parent or parent[c.head] == c.tail:
            parent.setdefault(c.head, c.tail)
            out.append(c)
    # 4. place prefix: 某地甲供电局 under 某地供电局 (the article's company)
    main = ctx.main_company
    if main is not None:
        # the main company's surfaces with their unit suffix, found once (not once per unit)
        main_suffixes = [(ms, next((s for s in lexicon("unit_suffixes") if ms.endswith(s)), None))
                         for ms in ctx.surfaces(main)]
        for key in companies:
            if key in parent or key == main:
                continue
            for ms, suffix in main_suffixes:
                if suffix is None or len(ms) - len(suffix) < 2:
                    continue
                place = ms[: -len(suffix)]
                if any(s.startswith(place) and s.endswith(suffix) and 0 < len(s) - len(ms) <= 4
                       and not _COUNTY_LEVEL.search(s) for s in ctx.surfaces(key)):
                    add(_candidate(ctx, key, main, "place-prefix", 0.65))
                    break
    # 5. geography: a local unit under the one unit a level up that the article names
    in_text = [k for k in companies if not ctx.entities[k].teaser_only]
    provincial_set = {k for k in companies if _is_provincial(ctx, k)}  # asked of every company once
    provincial_main = [k for k in in_text if k in provincial_set]
    local_main = [k for k in in_text if _GEO_UNIT.search(ctx.entities[k].name) and k not in provincial_main]
    for key in local_main:
        if key not in parent:
            up = _geo_parent(key, ctx, provincial_main, local_main)
            if up is not None and (up == main or _in_title(ctx, up)):  # the unit is inside its parent's story
                add(_candidate(ctx, key, up, "geo-hierarchy", 0.6))
    # 5a. provincial grid company (city-level units only), for units of a related-article teaser: a
    # headline says little more than the names. In the article itself a city company's parent is left
    # to the text (按照某省公司部署, 某省公司下辖的…): the province acting beside it is no tie.
    provincial = [k for k in companies if k in provincial_set]
    for key in companies:
        if not ctx.entities[key].teaser_only and not PROVINCE_NAME_IN_TEXT:
            continue
        if key in parent or key in provincial or not any(_LOCAL_UNIT.search(s) for s in ctx.surfaces(key)):
            continue
        if _county_level(ctx.surfaces(key)):
            continue
        if any(s.startswith(_NATIONAL) and not s.startswith("国网") for s in ctx.surfaces(key)):
            continue
        provinces = {_province_of(s) for s in ctx.surfaces(key)} - {None}
        options = [p for p in provincial if provinces & {_province_of(s) for s in ctx.surfaces(p)}]
        if not options and not ctx.entities[key].teaser_only:
            continue  # in the article itself only a province named in both names ties them
        if not options:
            teaser = ctx.entities[key].teaser_only
            options = sorted(provincial, key=lambda p: (-_hit_count(ctx, p, teaser), p))[:1]
        if len(options) >= 1:
            add(_candidate(ctx, key, options[0], "provincial", 0.6))
    # 5a. stations under the county-level company named with them
    for c in _station_parents(ctx, companies, set(parent)):
        add(c)
    # 6. bare departments under the article's company (a station only under a county-level one)
    site = _title_company(ctx, companies)
    # the one company the headline names (某市供电公司召开…会议) is whose departments report, though a
    # county unit's compound names may mention another more often
    titled = [k for k in in_text if _in_title(ctx, k) and not ctx.entities[k].name.endswith(_STATION)]
    headline = titled[0] if len(titled) == 1 else None
    anchor = headline or main
    main_county = _county_level(ctx.surfaces(anchor)) if anchor is not None else False
    if main is not None:
        depts = _department_companies(ctx)
        for key in companies:
            if key in parent or key == main:
                continue
            if key not in depts:  # (its name, the first of its surfaces, ends like a department's)
                continue
            names = ctx.surfaces(key)
            if any(_province_of(n) or n.startswith(_NATIONAL) for n in names):
                continue
            if names[0].endswith(_STATION) and not main_county:
                continue
            # a unit named by its place that the gazetteer puts under another unit of the article
            # (某区供电中心 of 某市's company), or the company acting in the clause that names it
            # (某公司派出由某室副主任带领的…), is nearer than the article's company
            up = _geo_parent(key, ctx, provincial_main, local_main) if _GEO_UNIT.search(names[0]) else None
            if up is not None and up != main:
                add(_candidate(ctx, key, up, "geo-hierarchy", 0.55))
                continue
            actor = _clause_company(ctx, key)
            if actor is not None and actor != main:
                add(Candidate(key, "subsidiaryOf", actor[0], actor[1], actor[2], "department-clause", 0.6))
                continue
            add(_candidate(ctx, key, site if site is not None else (headline or main), "department", 0.55))
    # 7. 国网/南网-named companies under the national company named in the same sentence
    nationals = [k for k in companies if not _NATIONAL_NAMES.isdisjoint(ctx.surfaces(k))]
    for key in companies:
        if key in parent or key in nationals:
            continue
        for nat in nationals:
            short = "南网" if "南方" in ctx.entities[nat].name else "国网"
            if any(s.startswith(short) for s in ctx.surfaces(key)):
                add(_candidate(ctx, key, nat, "national-prefix", 0.6, structural=False))
                break
    yield from out
