"""Titles whose unit is not written next to the person: the unit is a reference or the clause's subject.

Phrasing families (T = a title from titles.txt, P = a Person mention, U = a unit mention before):

- a bare title after a clause break, the unit being the subject of an earlier clause of the sentence:
  ``U召开某会,总经理P1、党委书记P2出席``, ``U在某地开展演练,副局长P担任总指挥``, ``U…,其调度中心主任P``,
  ``…,由客户经理P1、P2、P3三人轮流驻点`` (a title shared by a list);
- a coreference noun before the title: ``集团党委书记、董事长P``, ``公司副总经理P``, ``分行行长P``,
  ``项目部安全总监P``, ``电站站长P``, ``风电场场长P``: the unit is the last one named before whose name ends
  with (or holds) the noun; a bare 公司 after a sentence naming the group or parent of the article's
  company, or another grid company, is the article's company (会后公司将派出…: a time word may open
  the clause);
- a unit-specific title alone at the start of a sentence: ``所长P…`` after a sentence naming a 供电所;
- titled colleagues in a row share the unit (``U成立工作组,局长P1任组长,副局长兼安全总监P2负责…``), and
  members listed after a titled person (``中心主任P1和党员服务队队员P2、P3``) work for it (no title);
- a team's head: ``U组织共产党员服务队…。服务队队长P带着Q、R等8名党员``: P holds 服务队队长 at U, Q and R
  work for U;
- a project party by its role: ``工程由U1施工,U2负责监理。施工方项目经理P1…监理方总监理工程师P2``;
- the head of a named team by its kind: ``服务队队长、某中心副主任P``, ``P既是服务队队长``,
  ``团长由团委书记P担任``: P holds the bare head title (队长, 团长, 站长) at the article's one team (station,
  troupe) of that kind;
- ``公司副总经理P`` opening a sentence after ``甲公司是乙集团控股的企业。``: 公司 is 甲, the subject the copula
  describes; ``中心主任P``: the centre named before.

A lead opening with a preposition or naming a community (``与社区书记P``) is no post at the unit.

A title must fit its unit: 局长 needs a 局, 所长 a 所, 行长 a 行, 队长 a 队 (so ``队长、第一书记P`` after a
company gives P only 第一书记 there). A community named between the unit and the person (``某公司与某社区
共建,党委书记P说``) stops the search: the title may be the community's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .rel_base import Candidate, Context, Hit, Key, SentenceView, lexicon_regex

__all__ = ["TitleRef", "title_ref_rules", "title_refs", "unit_for_noun"]

#: Nouns that stand for a unit named before (longest first): 集团公司 is the group, 公司 any company.
_REF_NOUNS = ("施工单位", "监理单位", "设计单位", "建设单位", "业主单位", "施工方", "监理方", "设计方", "建设方", "业主方",
              "集团公司", "总公司", "供电分公司", "供电公司", "分公司", "子公司", "项目部", "供电服务站", "光伏电站", "水电站", "风电场", "供电所",
              "供电局", "服务站", "工作室", "志愿服务队", "服务队", "突击队", "营业所", "营业厅", "电站", "电厂", "学院", "大学", "集团", "公司", "分行", "支行", "中心",
              "总行", "分局", "该公司", "该局", "该行", "该所", "该集团", "本公司", "局", "行", "段", "厂", "院")
#: The party of a project named by its role (施工方项目经理P): the unit the article says does that work.
_ROLE_NOUNS = {"施工方": "施工|承建", "施工单位": "施工|承建", "监理方": "监理", "监理单位": "监理",
               "设计方": "设计", "设计单位": "设计", "建设方": "建设|投资", "建设单位": "建设|投资",
               "业主方": "建设|投资", "业主单位": "建设|投资"}
_NOT_OWN_TITLE = re.compile(r"^[与與和同跟向对對为爲给給]|社区|社區|(?<![驻駐])村|居委|街道")
#: 和党员服务队队员乙、丙: members listed after a titled person work for the same unit (no title).
_MEMBER_ROLE = re.compile(r"^(?:共产党员|党员|黨員|青年)?(?:服务队|服務隊|突击队|突擊隊)?(?:队员|隊員|员工|員工)$")
#: A team written alone: 服务队队长P is the head of the article's team of that kind.
_TEAM_NOUNS = ("志愿服务队", "服务队", "突击队")
#: 队长、蒙古族青年P / 队长、90后党员P: who the person is (people, generation), not a post.
_DESCRIPTOR = re.compile(r"、(?:[\u4e00-\u9fff]{1,3}族|\d{2}后|“\d{2}后”)(?:青年|小伙|姑娘|女孩|党员|职工|员工)?$")
_LEAD_WORDS = re.compile(r"^(?:由|其|经|据|请|让|如今|目前|现任|时任|担任|身为|作为|(?:带队|领队|牵头)的是)")
#: A title after a quoted label (“水管家”小组组长): the writers keep the label in the title, so the bare
#: head (组长) is not stated for the unit.
_QUOTED_TITLE = re.compile(r"^[“\"][^”\"]{1,10}[”\"]")
#: A title's head that names the kind of unit it belongs to.
_HEAD_FIT = (("局长", "局"), ("所长", "所"), ("站长", "站"), ("厂长", "厂"), ("行长", "行"), ("段长", "段"),
             ("院长", "院"), ("队长", "队"), ("队员", "队"), ("组长", "组"), ("组员", "组"), ("馆长", "馆"),
             ("科长", "科"), ("处长", "处"), ("部长", "部"), ("班长", "班"), ("场长", "场"))
_SPECIFIC = re.compile(r"(局长|所长|站长|厂长|行长|段长|院长|场长)(?:助理)?$")
_NOT_TITLES = ("员工", "职工", "队员", "志愿者", "党员")
BARE_COMPANY_IS_MAIN = True
_GRID = re.compile(r"(供电|电网|国网|南网|电力公司)")
_WINDOW = 3  # sentences back to look for the unit a reference noun stands for


@dataclass(frozen=True)
class TitleRef:
    person: Hit
    unit: Key
    titles: tuple[str, ...]
    view: SentenceView
    rule: str


def _fits(ctx: Context, unit: Key, title: str) -> bool:
    name = ctx.entities[unit].name
    if title.endswith("厂长") and name.endswith("电站"):
        return True  # a power station's head is its 厂长
    if title.endswith("班长") and name.endswith("营业厅"):
        return True  # a service hall is one team: its head is its 班长
    for head, noun in _HEAD_FIT:
        if title.endswith((head, head + "助理")):
            return noun in name[-4:] or any(noun in s[-3:] for s in ctx.surfaces(unit))
    return unit[0] in ("Company", "Organization")


def _noun_fits(ctx: Context, unit: Key, noun: str) -> bool:
    noun = noun.removeprefix("该").removeprefix("本")
    surfaces = ctx.surfaces(unit)
    if noun in ("集团", "集团公司"):
        return any("集团" in s for s in surfaces)
    if noun == "总公司":
        return any(s.endswith("总公司") for s in surfaces)
    if noun == "公司":
        return unit[0] == "Company" and ctx.entities[unit].name.endswith("公司")
    if noun == "行":
        return any(s.endswith(("行", "分行", "支行")) for s in surfaces)
    return any(s.endswith(noun) for s in surfaces)


@lru_cache(maxsize=16384)  # pure over the lexicons; leads recur across articles
def _split(lead: str) -> tuple[str, tuple[str, ...]] | None:
    """``集团党委书记、董事长`` -> ('集团', ('党委书记', '董事长')); None unless the lead is only titles."""
    lead = _DESCRIPTOR.sub("", _LEAD_WORDS.sub("", lead))
    if _NOT_OWN_TITLE.search(lead):
        return None  # 与社区书记P: a partner, or a community's own official
    noun = next((n for n in _REF_NOUNS if lead.startswith(n) and len(lead) > len(n)), "")
    if noun in _TEAM_NOUNS and "由" in lead:
        noun = ""  # 突击队队长由团委书记P担任: the team's head post is given, not held by a titled lead
    if noun:
        found = _split_titles_only(lead[len(noun):])
        if found is not None:
            return noun, found
        if len(noun) > 1:
            return None
    # 局长甲 / 行长乙: a one-character noun that is the title's own head, not a reference
    found = _split_titles_only(lead)
    return None if found is None else ("", found)


def _split_titles_only(rest: str) -> tuple[str, ...] | None:
    from .rel_positions import split_titles

    if not rest:
        return None
    kept = "、".join(seg for seg in rest.split("、") if not _QUOTED_TITLE.match(seg))
    titles, _ = split_titles(kept) if kept else ((), False)
    titles = tuple(t for t in titles if t not in _NOT_TITLES)
    if not titles:
        return None
    # every segment must be a title: 分管客户服务的 is not
    if not all(lexicon_regex("titles").search(seg) for seg in re.split("[、兼]", rest) if seg):
        return None
    return titles


_NOT_SUBJECT = re.compile(r"[与和对为向给同及跟]")
_AFFILIATE = re.compile(r"(?:所属|下属|下辖|旗下|管辖)的?(?:[^,，。;；]{0,30}[、和及与])?$")


_TIME_LEAD = re.compile(r"^(?:据悉|会后|会上|随后|此后|同时|当天|当日|目前|近日|今年|下一步)?[,，]?")


def _unit_in_sentence(ctx: Context, si: int, v: SentenceView, before: int, titles: tuple[str, ...]) -> Hit | None:
    """The subject of the nearest earlier clause that has one: a unit mention opening it (a date or
    place may come first), or a reference noun opening it (公司在某地设立…). A person or community
    opening a clause stops the search: the title may be theirs."""
    end = before - 1
    while end > v.start:
        lo, _ = v.clause_bounds(end - 1)
        inside = [h for h in v.hits if lo <= h.start < end]
        first = inside[0] if inside else None
        lead = v.between(lo, first.start) if first is not None else ""
        sender = next((h for h in inside if h.type in ("Company", "Organization") and h is not first
                       and v.between(h.start - 1, h.start) == "由"), None)
        if first is not None and sender is not None and first.type in ("Community", "Organization"):
            # 某村工作队由某公司选派,第一书记张三: the unit after 由 sends the post's holder
            first, lead = sender, ""
        if first is not None and (len(lead) <= 6 or (lead.endswith("的") and len(lead) <= 12)) \
                and not _NOT_SUBJECT.search(lead):
            titled = _split(lead) if lead and lead == _LEAD_WORDS.sub("", lead) else None
            if first.type == "Person" and titled is not None and titled[0] in ("", "中心") \
                    and not any(h.type == "Community" for h in inside):
                end = lo - 1  # 局长甲任组长,副局长乙负责…: a titled colleague of the same unit; look further back
                continue
            if first.type in ("Person", "Community") or any(h.type == "Community" for h in inside if h.start > first.start):
                return None
            if first.type in ("Company", "Organization"):
                unit = _affiliate_of(v, first)
                return unit if any(_fits(ctx, unit.key, t) for t in titles) else None
        text = _TIME_LEAD.sub("", v.between(lo, end))  # 会后公司将派出…: a time word may open the clause
        noun = next((n for n in _REF_NOUNS if text.startswith(n) and len(n) >= 2), None)
        if noun is not None:
            return _unit_by_noun(ctx, si, lo, noun)
        end = lo - 1
    return None


def _affiliate_of(v: SentenceView, h: Hit) -> Hit:
    """某集团所属的某公司 acts as the unit after 所属."""
    for nxt in v.hits:
        if nxt.start >= h.end and re.fullmatch(r"(?:所属|下属|旗下)的?", v.between(h.end, nxt.start)) \
                and nxt.type in ("Company", "Organization"):
            return _affiliate_of(v, nxt)
    return h


def _unit_by_role(ctx: Context, si: int, before: int, noun: str) -> Hit | None:
    """工程由甲公司施工,乙公司负责监理。施工方项目经理P: the latest unit doing the role's work."""
    work = re.compile(r"^(?:负责|承担|担任|具体)?(?:工程|项目)?(?:" + _ROLE_NOUNS[noun] + ")")
    for v in reversed(ctx.sentences[max(0, si - _WINDOW):si + 1]):
        for h in sorted(v.hits, reverse=True):
            if h.end <= before and h.type == "Company" and work.match(v.text[h.end - v.start:]):
                return h
    return None


def _unit_by_noun(ctx: Context, si: int, before: int, noun: str) -> Hit | None:
    if noun in _ROLE_NOUNS:
        return _unit_by_role(ctx, si, before, noun)
    found = _nearest_by_noun(ctx, si, before, noun)
    main = ctx.main_company
    if noun == "公司" and BARE_COMPANY_IS_MAIN and found is not None and main is not None \
            and found.key != main and _noun_fits(ctx, main, noun) and _above(ctx, found.key, main) \
            and not ctx.is_teaser(before - 1) and found.start < ctx.sentences[si].start:
        # 公司副总经理甲 after a sentence naming the group or parent of the article's company: 公司 is
        # the article's own company, not its parent named in passing (a company named in its own
        # sentence, 甲公司组织集训,由公司安全总监P负责, is the one meant).
        return next((h for h in ctx.hits if h.key == main and not h.is_reference and h.end <= before), found)
    return found


def _above(ctx: Context, key: Key, main: Key) -> bool:
    """``key`` names a group or the parent of ``main`` (某集团, 某省电力公司 before 某省电力公司某供电公司)."""
    name, main_names = ctx.entities[key].name, ctx.surfaces(main)
    if _GRID.search(name) and _GRID.search(ctx.entities[main].name):
        return True  # two grid companies: the article's own is meant, not one it names in passing
    return "集团" in name or any(m.startswith(name) and len(m) > len(name) for m in main_names)


def _nearest_by_noun(ctx: Context, si: int, before: int, noun: str) -> Hit | None:
    for v in reversed(ctx.sentences[max(0, si - _WINDOW):si + 1]):
        for h in sorted(v.hits + v.nested, reverse=True):
            if h.end > before or h.type not in ("Company", "Organization") \
                    or _AFFILIATE.search(v.text[max(0, h.start - v.start - 40):h.start - v.start]):
                continue
            if _noun_fits(ctx, h.key, noun):
                return h
            parent = _parent(ctx, h)  # 某公司营销部: its company
            if parent is not None and _noun_fits(ctx, parent.key, noun):
                return parent
    # a group, a branch or a project office written alone: the document's only such unit named before
    fitting = {h.key for h in ctx.hits if h.end <= before and not h.is_reference and h.type in ("Company", "Organization")
               and _noun_fits(ctx, h.key, noun)} if noun not in ("公司", "局", "行", "段", "厂", "院") else set()
    if noun == "公司" and ctx.main_company is not None and _noun_fits(ctx, ctx.main_company, noun):
        # 公司 alone, with no company in the sentences before: the article's company
        fitting = {ctx.main_company} if any(s < before for s in ctx.named_starts(ctx.main_company)) else set()
    if len(fitting) == 1:
        key = next(iter(fitting))
        return next(h for h in ctx.hits if h.key == key and not h.is_reference)
    return None


def unit_for_noun(ctx: Context, index: int, noun: str) -> Hit | None:
    """The unit a bare noun at ``index`` stands for (集团, 公司, 该局), or None."""
    view = ctx.sentence_of(index)
    return None if view is None else _unit_by_noun(ctx, view.index, index, noun)


def _parent(ctx: Context, h: Hit) -> Hit | None:
    """The unit whose name opens a department's mention (某公司营销部 -> 某公司), as a hit."""
    for n in range(len(h.text) - 1, 3, -1):
        key = ctx.by_surface.get(h.text[:n])
        if key is not None and key != h.key and key[0] in ("Company", "Organization"):
            return Hit(h.start, h.start + n, h.text[:n], key[0], key, h.is_reference)
    return None


def _copula_subject(ctx: Context, si: int, noun: str) -> Hit | None:
    """公司副总经理P opening a sentence after ``甲公司是乙集团控股的企业。``: the noun is 甲, the subject
    the sentence before describes, not the parent named after 是."""
    if si == 0:
        return None
    prev = ctx.sentences[si - 1]
    first = prev.hits[0] if prev.hits else None
    if first is None or first.start != prev.start or first.type not in ("Company", "Organization") \
            or not prev.text.startswith("是", first.end - prev.start) or not _noun_fits(ctx, first.key, noun):
        return None
    return first


def _unit_of_previous(ctx: Context, si: int, titles: tuple[str, ...]) -> Hit | None:
    """A sentence opening with bare titles: the unit of the sentence before, if it names only one
    (or the last one fitting a unit-specific title: 所长 after a 供电所)."""
    if si == 0:
        return None
    prev = ctx.sentences[si - 1]
    units = [h for h in prev.hits if h.type in ("Company", "Organization")]
    if all(_SPECIFIC.search(t) for t in titles):
        return next((h for h in reversed(units) if all(_fits(ctx, h.key, t) for t in titles)), None)
    if len({h.key for h in units}) == 1 and not any(h.type == "Person" for h in prev.hits):
        return units[-1]
    return None


def _refs(ctx: Context, si: int, v: SentenceView, placed: set[int]) -> Iterator[TitleRef]:
    previous: TitleRef | None = None
    for i, p in enumerate(v.hits):
        if p.type != "Person" or p.is_reference:
            previous = None if p.type != "Person" else previous
            continue
        if previous is not None:
            between = v.between(previous.person.end, p.start)
            if between in ("、", "和", "与", "及"):
                previous = TitleRef(p, previous.unit, previous.titles, v, previous.rule)
                yield previous
                continue
            if between[:1] in ("、", "和") and _MEMBER_ROLE.match(between[1:]) and previous.titles:
                previous = TitleRef(p, previous.unit, (), v, previous.rule)
                yield previous
                continue
            if between[:1] in ("、", "和") and len(between) <= 12:
                split = _split(between[1:])
                if split is not None and not split[0]:
                    titles = tuple(t for t in split[1] if _fits(ctx, previous.unit, t))
                    if titles:
                        previous = TitleRef(p, previous.unit, titles, v, previous.rule)
                        yield previous
                        continue
        previous = None
        if p.start in placed:
            continue
        lo, _ = v.clause_bounds(p.start)
        if i and v.hits[i - 1].end > lo:
            continue  # another mention opens the clause: appositions' business
        lead = v.between(lo, p.start).strip(" “”\"")
        if len(lead) > 16 and len(_LEAD_WORDS.sub("", lead)) > 16:  # (the sub only shortens: most leads are short)
            continue
        split = _split(lead)
        if split is None:
            continue
        noun, titles = split
        unit: Hit | None
        if noun:
            unit = (_copula_subject(ctx, si, noun) if lo == v.start else None) or _unit_by_noun(ctx, si, p.start, noun)
            rule = "title-reference-noun"
        else:
            unit = _unit_in_sentence(ctx, si, v, lo, titles) if lo > v.start else None
            rule = "title-clause-subject"
            if unit is None and lo == v.start:
                unit = _unit_of_previous(ctx, si, titles)
                rule = "title-previous-sentence"
        if unit is None:
            continue
        titles = tuple(t for t in titles if _fits(ctx, unit.key, t))
        if not titles:
            continue
        previous = TitleRef(p, unit.key, titles, v, rule)
        yield previous


def title_refs(ctx: Context, placed: set[int]) -> list[TitleRef]:
    """Every person given a title whose unit is a reference or the clause's subject (cached)."""
    found = ctx.cache.get("title-refs")
    if found is None:
        found = [r for v in ctx.views_with("Person") for r in _refs(ctx, v.index, v, placed)]
        ctx.cache["title-refs"] = found
    return found


#: 服务队队长甲 / 突击队副队长乙: the head of a team an earlier sentence says a unit formed.
_TEAM_TITLE = re.compile(r"^(?:共产党员|党员|青年)?(服务队|突击队|抢修队|志愿服务队|应急队)(队长|副队长)$")
#: 某公司组织共产党员服务队 / 某公司“某某”突击队: the unit whose team it is.
_TEAM_OF = re.compile(r"^(?:迅速|立即|连夜|紧急|随即|第一时间)?(?:组织|组建|成立|派出|派遣|抽调|出动)?了?(?:[“\"][^”\"]{1,10}[”\"])?"
                      r"(?:[^,，;；。]{0,8}?)(服务队|突击队|抢修队|应急队)")
#: 带着乙、丙等8名党员: members listed after the leader (等 and a count end the list).
_MEMBERS_END = re.compile(r"^等(?:\d+|[一二三四五六七八九十两]+)?名?(?:党员|队员|员工|同事|技术骨干|骨干)")


def _team_unit(ctx: Context, si: int, before: int, team: str) -> Hit | None:
    """The unit that formed or sent the team (the latest written before, within the window)."""
    for v in reversed(ctx.sentences[max(0, si - _WINDOW):si + 1]):
        for h in sorted(v.hits, reverse=True):
            if h.end > before or h.type != "Company":
                continue
            m = _TEAM_OF.match(v.text[h.end - v.start:])
            if m is not None and m.group(1) == team.removeprefix("志愿"):
                return h
    return None


def _team_leaders(ctx: Context) -> Iterator[Candidate]:
    """服务队队长甲带着乙、丙等8名党员 after 某公司组织共产党员服务队: 甲 holds 服务队队长 at the unit; the
    members listed after the leader work for it."""
    for v in ctx.views_with("Person"):
        si = v.index
        if "队长" not in v.text:
            continue
        for i, p in enumerate(v.hits):
            if p.type != "Person" or p.is_reference:
                continue
            lo, _ = v.clause_bounds(p.start)
            lead = v.between(lo, p.start).strip(" “”\"")
            m = _TEAM_TITLE.match(lead)
            if m is None or (i and v.hits[i - 1].end > lo):
                continue
            unit = _team_unit(ctx, si, lo, m.group(1))
            if unit is None:
                continue
            yield Candidate(p.key, "worksFor", unit.key, v.start, v.end, "team-leader", 0.7, reference=True)
            yield Candidate(p.key, "holdsPosition", unit.key, v.start, v.end, "team-leader", 0.7,
                            qualifier=m.group(1) + m.group(2), reference=True)
            members: list[Hit] = []
            gap: tuple[str, ...] = ("带着", "带领", "率领")
            for q in v.hits[i + 1:]:
                if q.type != "Person" or v.between((members[-1] if members else p).end, q.start) not in gap:
                    break
                members.append(q)
                gap = ("、", "和", "及")
            if members and _MEMBERS_END.match(v.text[members[-1].end - v.start:]):
                for q in members:
                    yield Candidate(q.key, "worksFor", unit.key, v.start, v.end, "team-members", 0.65, reference=True)


#: The head of a named team, station or troupe written by its kind alone: 服务队队长, 宣讲团团长, 站长.
_HEAD_NOUNS = "志愿服务队|服务队|突击队|宣讲团|服务站|志愿队|小分队|先锋队|工作室"
_HEAD_POST = re.compile(r"(?:共产党员|党员|青年)?(" + _HEAD_NOUNS + r")?(副?(?:队长|团长|站长))")
#: 服务队队长、某中心副主任P: the team's post opens the clause, the person's other post follows.
_HEAD_LEAD = re.compile(r"^(?:共产党员|党员|青年)?(" + _HEAD_NOUNS + r")(副?(?:队长|团长|站长))[、,，]?"
                        r"(?:分公司|公司|供电所|供电局|局|中心)?$")  # (服务队队长、分公司运维检修部主任P)
#: P既是服务队队长 / P还是服务队队长
_HEAD_COPULA = re.compile(r"(?:既是|也是|还是|是|担任|任)(?:共产党员|党员|青年)?(" + _HEAD_NOUNS + r")(副?(?:队长|团长|站长))")
#: 团长由某某P担任 / 服务站站长由某所党员P担任
_HEAD_BY = re.compile(r"(?:(?<=[,，;；。])|^)(?:共产党员|党员|青年)?(" + _HEAD_NOUNS + r")?(副?(?:队长|团长|站长))由$")
_HEAD_KIND = {"队长": "队", "团长": "团", "站长": "站"}


def _named_team(ctx: Context, si: int, before: int, noun: str | None, title: str) -> Key | None:
    """The named team (or station) a bare head title belongs to: the one entity of the document named
    before whose name ends with the kind (服务队, 宣讲团; 队 for a bare 队长), else the latest within the window."""
    kind = noun or _HEAD_KIND[title.removeprefix("副")]
    found = [h for h in ctx.hits if h.end <= before and not h.is_reference and h.type in ("Company", "Organization")
             and ctx.entities[h.key].name.rstrip("”\"").endswith(kind) and not ctx.is_teaser(h.start)]
    keys = {h.key for h in found}
    if len(keys) == 1:
        return found[-1].key
    window = ctx.sentences[max(0, si - _WINDOW)].start
    recent = [h for h in found if h.start >= window]
    return recent[-1].key if recent else None


def _named_team_heads(ctx: Context, placed: set[int]) -> Iterator[Candidate]:
    """服务队队长、某中心副主任P / P既是服务队队长 / 团长由团委书记P担任: P heads the team the article
    names (某公司“某某”服务队, 某某宣讲团), with the bare head title."""
    for v in ctx.views_with("Person"):
        si = v.index
        # every match of _HEAD_LEAD, _HEAD_COPULA and _HEAD_BY holds one of these titles
        if "队长" not in v.text and "团长" not in v.text and "站长" not in v.text:
            continue
        for i, p in enumerate(v.hits):
            if p.type != "Person" or p.is_reference:
                continue
            lo, _ = v.clause_bounds(p.start)
            first = next((h for h in v.hits if h.start >= lo), p)
            m = _HEAD_LEAD.match(v.between(lo, first.start).strip(" “”\""))
            if m is not None and first is not p and (first.type not in ("Company", "Organization")
                                                     or any(h.type == "Person" for h in v.hits[v.hits.index(first):i])):
                m = None  # only the unit of the person's own post may stand between
            if m is None:
                m = _HEAD_COPULA.match(v.text, p.end - v.start)
            if m is None:
                by = v.text[:p.start - v.start].rfind("由")
                if by >= 0 and v.text.startswith("担任", p.end - v.start) and "," not in v.text[by:p.start - v.start] \
                        and "，" not in v.text[by:p.start - v.start]:
                    m = _HEAD_BY.search(v.text, 0, by + 1)
                    if m is not None and m.end() != by + 1:
                        m = None
            if m is None:
                continue
            team = _named_team(ctx, si, p.start, m.group(1), m.group(2))
            if team is None:
                continue
            yield Candidate(p.key, "worksFor", team, v.start, v.end, "team-head-reference", 0.65, reference=True)
            yield Candidate(p.key, "holdsPosition", team, v.start, v.end, "team-head-reference", 0.65,
                            qualifier=m.group(2), reference=True)


#: The sentence before goes on about the team (队员们又来到…, 服务队还…).
_TEAM_TALK = re.compile(r"队员们|服务队|突击队")
#: 队员P opening a clause: a member of the article's named team (no unit of their own written).
_BARE_MEMBER = re.compile(r"^(?:共产党员|党员|青年|志愿)?(?:服务队|突击队)?(队员)$")


def _bare_team_members(ctx: Context, placed: set[int]) -> Iterator[Candidate]:
    """…队员们又来到某小区。队员P是公司新入职的大学生: P is a member (队员) of the one team the
    article names before."""
    for v in ctx.views_with("Person"):
        si = v.index
        if "队员" not in v.text:
            continue
        for p in v.hits:
            if p.type != "Person" or p.is_reference or p.start in placed:
                continue
            lo, _ = v.clause_bounds(p.start)
            m = _BARE_MEMBER.match(v.between(lo, p.start).strip(" “”\""))
            if m is None:
                continue
            # the team named within the window, or the article's team the sentence before speaks of (队员们…)
            window = ctx.sentences[max(0, si - _WINDOW)].start
            if si > 0 and _TEAM_TALK.search(ctx.sentences[si - 1].text):
                window = 0
            teams = {h.key for h in ctx.hits if window <= h.start and h.end <= p.start and not h.is_reference
                     and not ctx.is_teaser(h.start) and h.type in ("Company", "Organization")
                     and ctx.entities[h.key].name.rstrip("”\"").endswith("队")}
            if len(teams) != 1:
                continue  # (two teams named: the member's is not known)
            team = next(iter(teams))
            yield Candidate(p.key, "worksFor", team, v.start, v.end, "team-member-reference", 0.6, reference=True)
            yield Candidate(p.key, "holdsPosition", team, v.start, v.end, "team-member-reference", 0.6,
                            qualifier=m.group(1), reference=True)


def title_ref_rules(ctx: Context, placed: set[int]) -> Iterator[Candidate]:
    yield from _team_leaders(ctx)
    yield from _named_team_heads(ctx, placed)
    yield from _bare_team_members(ctx, placed)
    for r in title_refs(ctx, placed):
        v = r.view
        yield Candidate(r.person.key, "worksFor", r.unit, v.start, v.end, r.rule, 0.7, reference=True)
        for t in r.titles:
            yield Candidate(r.person.key, "holdsPosition", r.unit, v.start, v.end, r.rule, 0.7, qualifier=t,
                            reference=True)
