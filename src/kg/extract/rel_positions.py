"""worksFor and holdsPosition: a person named with a title at a unit.

Patterns (U = a Company/Organization mention, P = a Person mention, T = a title from titles.txt):

- apposition ``U T P``: 青川某局党委书记张三, 某公司综合服务中心员工、共产党员李四 (modifiers such as
  共产党员 are skipped), 某局驻某村第一书记王五 (the gap may hold a community), 某公司下沉社区党员赵六
  (党员/志愿者 alone: worksFor without a title); a list ``U T P1、P2`` gives both persons the title;
- copula ``P 是/任/调任 U T``: 张三是某供电所员工, 李四调任某公司总经理, 张三是劳动模范,现任某班班长; a team
  named right after its company holds the post (张三还是某公司“某某”服务队的队员);
- a title after the name ``U T1、P T2``: 某公司党委书记、张三董事长 gives P both titles;
- a party body ``U党委 书记 P`` puts the title on the unit itself (党委书记 at U) when U is an entity;
- concurrent posts split at 、 and 兼 (站长兼书记), a charge (分管某业务的) is skipped, an unnamed department
  stays in the post (调度中心主任); ``U选派到C任第一书记的P`` / ``U派驻C的第一书记P`` give the post at U;
- ``P从U调到/来到…``: the unit the person comes from employs them;
- ``U向C派驻驻村工作队,由P任第一书记兼工作队队长``: both posts at U, and U and P serve C;
- staff with no unit written (青年职工P1、P2) are the article's company's, or, after 所里/站里/局里 in the
  sentence (所里将…,员工P1、P2已报名), the station or bureau that word stands for;
- titles whose unit is not written next to the person (``该公司召开某会,总经理P1、党委书记P2出席``,
  ``集团董事长P``): ``rel_title_refs``.

A body inside the unit stays in the title (某局团委书记P: 团委书记 at the bureau; 党委委员); a community party
body's 书记兼主任 holds only the party post there. ``所长甲带着客户经理乙``: 乙 holds the title at 甲's unit;
``与他一起值守的还有同事乙和丙``: colleagues; ``名叫P,是U派驻C的第一书记``: the post at U.

Each stated title gives a holdsPosition (qualifier = the title) and a worksFor. At a party body that is
itself the tail (某社区党委, 某村党支部) the title is kept as written (党委书记, 党支部书记), as NOTES.md keeps
titles (党委书记 at the bureau it leads); writers of dev4-dev8 also write the bare 书记 there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .rel_base import CLAUSE_BREAK, Candidate, Context, Hit, Key, SentenceView, lexicon, lexicon_regex
from .rel_title_refs import _fits, title_ref_rules, unit_for_noun

__all__ = ["Apposition", "apposition_of", "appositions", "position_rules", "split_titles"]

_COPULA = re.compile(r"^(?:既是|也是|就是|还是|是|为|系|任|担任|调任|出任|现任|兼任|升任|转任|曾任|作为)$")
#: An unnamed team (运维班, 配电运维班) written before a title, or alone, is part of the post.
_TEAM_WORD = re.compile(r"[^服]班$")
_SPECIALIST = frozenset({"专责", "专工", "技术员", "工程师", "专员"})
_STAFF_NOUN = re.compile(r"^的?([\u4e00-\u9fff]{2,4}人员)$")
_MAX_GAP = 22
_TITLE_CHARS = re.compile(r"^[\u4e00-\u9fff]+$")
#: 村委会主任 / 居委会副主任: a post at the community's committee, another body than the one named.
_OTHER_BODY_POST = re.compile(r"^(?:村委会|居委会|村民委员会|居民委员会)(?:副)?(?:主任|委员)$")
_CHARGE = re.compile(r"^(?:分管|主管|负责|主抓|联系)[\u4e00-\u9fff]{1,10}的$")
#: An unnamed department before a title is part of the post (调度中心主任, 营销部主任).
_DEPARTMENT = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}(?:中心|部|室|科|处|车间)|[\u4e00-\u9fff]{0,4}营业厅)$")
#: A body inside the unit (the Youth League committee, the party committee) written before its post:
#: 某局团委书记 is 团委书记 at the bureau, 党委委员 a member of its party committee (not a bare 委员).
_TEAM_NOUN = re.compile(r"(?:服务队|突击队|抢修队|志愿队|工作队|先锋队)$")
_BODY_WORDS = frozenset({"团委", "团总支", "团支部", "党委", "纪委"})
_BODY_POSTS = frozenset({"书记", "副书记", "委员"})
#: A one- or two-character prefix that forms another post with the title after it (新员工 is not any
#: 员工, 生产副总经理 not any 副总经理); writers of different sets keep it in the title.
_CADRE = "干部"
#: Posts of government departments and companies beyond the shared title lexicon (longest first).
_MORE_TITLES = ("副秘书长", "总经理助理", "总经济师", "总会计师", "副厅长", "副司长", "副署长", "副馆长", "厅长", "司长",
                "署长", "馆长")
#: A people or a generation, then a word for a staff member (锡伯族员工, 90后职工), after a post.
_WHO_THEY_ARE = re.compile(r"(?:[\u4e00-\u9fff]{1,3}族|\d{2}后|“\d{2}后”)(?:青年)?(?:员工|职工|小伙|姑娘|党员)")
#: A commander's role named by the project or operation (项目总指挥, 抗冰抢险现场总指挥).
_EVENT_ROLE = re.compile(r"[\u4e00-\u9fff]{1,10}(?:总指挥|副总指挥|指挥长|副指挥长)")
#: The head of a government (市长, 县长) written after a party post (市委副书记、市长).
_GOVERNMENT_HEAD = re.compile(r"(?:副)?(?:省|市|县|区|州|盟|旗|镇|乡)长")
_TITLE_PREFIX = re.compile(r"新|女|男|生产|常务|执行|高级|首席|资深|分")


@dataclass(frozen=True)
class Apposition:
    """A person described by the unit before them: ``U [gap] P``."""

    person: Hit
    unit: Key
    titles: tuple[str, ...]
    member: bool  # the gap ends with a membership word (党员, 志愿者) or is empty
    gap: str  # the text between unit and person, mentions inside replaced by their text
    communities: tuple[Key, ...]  # Community mentions inside the gap (驻某村, 下沉某社区)
    view: SentenceView
    rule: str
    unit_hit: Hit


@lru_cache(maxsize=16384)  # pure over the lexicons; gap segments recur across articles
def _title_of(segment: str) -> str | None:
    """The title a gap segment states, or None. The whole segment when it is a plain title phrase
    (治安保卫及内勤管理专责), else the longest lexicon title it ends with."""
    if not segment:
        return None
    if segment == _CADRE:
        return segment  # 某局干部张三: the bare 干部 right after a unit is the person's post there
    for title in lexicon("titles"):
        if segment.endswith(title):
            if segment in lexicon("person_modifiers"):
                return None
            rest = segment[: -len(title)]
            if not rest:
                return title
            if rest in lexicon("person_modifiers") or rest.endswith("的"):
                return title
            if _TITLE_PREFIX.fullmatch(rest):
                return segment  # 新员工, 女职工, 生产副总经理, 分局长: the prefix makes another post
            if title in ("队员", "队长", "副队长") and _TEAM_NOUN.search(rest) and len(segment) <= 12 \
                    and _TITLE_CHARS.match(segment):
                return segment  # 党员服务队队员: the unnamed team of the unit is part of the post
            body = next((b for b in _BODY_WORDS if rest.endswith(b)), None)
            if body is not None and title in _BODY_POSTS:
                return body + title  # 团委书记, 党委委员: the post names the body inside the unit
            if len(segment) <= 12 and _TITLE_CHARS.match(segment) and re.search(r"[及和与]", rest):
                return segment
            if _DEPARTMENT.match(rest) and title in ("主任", "副主任", "部长", "副部长", "科长", "处长", "经理", "副经理",
                                                     "班长", "副班长", "组长"):
                return segment
            if len(segment) <= 10 and _TITLE_CHARS.match(segment) and (
                    _TEAM_WORD.search(rest) or (title in _SPECIALIST and len(rest) <= 6)):
                return segment  # 配电运维班班长, 输电运检专责: the unnamed team or field is part of the post
            return title
    if len(segment) <= 8 and _TITLE_CHARS.match(segment) and _TEAM_WORD.search(segment):
        return segment  # 某供电所配电运维班张三: the unnamed team the person belongs to
    more = next((t for t in _MORE_TITLES if segment.endswith(t)), None)
    if more is not None and (segment == more or segment[: -len(more)] in lexicon("person_modifiers")):
        return more  # 某厅副厅长张三, 某公司总经理助理李四
    m = _STAFF_NOUN.match(segment)
    if m:
        return m.group(1)  # 保电人员, 抢修人员
    return None


@lru_cache(maxsize=16384)
def split_titles(gap: str) -> tuple[tuple[str, ...], bool]:
    """Titles stated in an apposition gap, and whether the gap makes the person a member.

    >>> split_titles("党委书记、董事长")
    (('党委书记', '董事长'), True)
    >>> split_titles("员工、共产党员")
    (('员工',), True)
    >>> split_titles("突击队党员")
    ((), True)
    >>> split_titles("带领")
    ((), False)
    """
    titles: list[str] = []
    member = not gap
    for segment in _TITLE_SEP.split(gap):
        segment = segment.strip()
        if _CHARGE.match(segment):
            continue  # 副总经理、分管客户服务的张三: what the person is in charge of
        if _OTHER_BODY_POST.match(segment):
            continue  # 某村党支部书记、村委会主任张三: a post at the village committee, not at the branch
        if titles and _WHO_THEY_ARE.fullmatch(segment):
            member = True
            continue  # 客户经理、锡伯族员工张三: who the person is (people, generation), not another post
        if titles and _EVENT_ROLE.fullmatch(segment):
            continue  # 某部主任、项目总指挥张三: the commander of a project or an operation, not a post at the unit
        if _GOVERNMENT_HEAD.fullmatch(segment) and segment not in lexicon("titles") and len(titles) > 0:
            continue  # 某市委副书记、市长张三: the mayor's post is at the government, not at the party committee
        if segment.startswith("的") and len(segment) > 1:
            segment = segment[1:]  # 来自某公司的输电运检专责张三
        if not segment:
            continue
        title = _title_of(segment)
        if title is not None:
            titles.append(title)
            member = True
        elif segment in lexicon("person_modifiers") or segment.endswith(lexicon("membership_words")):
            member = True
        else:
            return (), False
    return tuple(dict.fromkeys(titles)), member


def _unit_for(ctx: Context, hit: Hit) -> tuple[Key, str]:
    """The unit a title at ``hit`` belongs to, and the party prefix to put on the title.

    A party body (某局党委) whose unit is itself an entity moves the title to the unit."""
    name = ctx.entities[hit.key].name
    suffixes = lexicon("party_suffixes")
    if not hit.text.endswith(suffixes) and not name.endswith(suffixes):
        return hit.key, ""  # (most units: no party body, one check for every suffix)
    for suffix in suffixes:
        for surface in (hit.text, name):
            if surface.endswith(suffix) and len(surface) > len(suffix):
                parent = ctx.entity_named(surface[: -len(suffix)], ("Company", "Organization"))
                if parent is not None and parent != hit.key:
                    return parent, suffix
    return hit.key, ""


def _party_title(prefix: str, title: str) -> str:
    """书记 stated at a party body is that body's secretary: 党委书记, 党支部书记."""
    if prefix and title in ("书记", "副书记"):
        return prefix + title
    return title


def _gap_parts(view: SentenceView, unit: Hit, person: Hit) -> tuple[str, tuple[Key, ...]] | None:
    """The gap between unit and person, or None if other actors or clause breaks lie inside it."""
    if person.start - unit.end > _MAX_GAP:
        return None
    gap = view.between(unit.end, person.start)
    if any(ch in CLAUSE_BREAK for ch in gap):
        return None
    comms = []
    for h in view.hits:
        if h.start >= unit.end and h.end <= person.start:
            if h.type == "Community":
                comms.append(h.key)
            elif h.type not in ("Place", "Event"):  # 驻某县某村: the address of the community may stand in the
                return None  # gap; 抗冰抢险现场总指挥: an event may name a post
    return gap, tuple(comms)


#: 某局副局长甲、某市副市长乙: a place before the next title names another body (not the unit's post).
_PLACE_LEAD = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|州|盟|旗)(?=[\u4e00-\u9fff])")


# the apposition gap's patterns, compiled once (each apposition reads them)
_SENT_TO_POST = re.compile(r"^(?:选派|派驻|下派|委派|派出)(?:到|至|驻)?(?:村|社区)?(?:任|担任)?(?:的)?")
_POSTED_TEAM = re.compile(r"^(?:驻|派驻)村(?=工作队)")
_POSTED = re.compile(r"^(?:驻|下沉|派驻|包保)+(?!村工作队)")
_AREA_WORD = re.compile(r"^(?:社区|村)")
_TITLE_SEP = re.compile("[、兼]")


def _appositions(ctx: Context, view: SentenceView) -> Iterator[Apposition]:
    hits = [h for h in view.hits]
    previous: Apposition | None = None
    for i, p in enumerate(hits):
        if p.type != "Person" or p.is_reference:
            continue
        # P2 in "U T P1、P2": the same unit and titles.
        if previous is not None:
            between = view.between(previous.person.end, p.start)
            if between in _LIST_SEP:
                app = Apposition(p, previous.unit, previous.titles, previous.member, previous.gap,
                                 previous.communities, view, previous.rule.removesuffix("-list") + "-list",
                                 previous.unit_hit)
                previous = app
                yield app
                continue
            if between[:1] == "、" and len(between) <= 12 and not any(
                    h.type in ("Company", "Organization") and previous.person.end <= h.start and h.end <= p.start
                    for h in hits):
                # 某班班长甲、员工乙: the next person at the same unit, with a title of their own (not when
                # another unit is named before the title: 某部主任甲、某分公司经理乙).
                titles, member = split_titles(between[1:])
                if titles and not _PLACE_LEAD.match(between[1:]):
                    app = Apposition(p, previous.unit, titles, member, between[1:], (), view,
                                     "title-apposition-list", previous.unit_hit)
                    previous = app
                    yield app
                    continue
        previous = None
        for j in range(i - 1, -1, -1):
            u = hits[j]
            if u.end > p.start:
                continue
            if u.type not in ("Company", "Organization"):
                if u.type in ("Community", "Place", "Event"):
                    continue
                break
            parts = _gap_parts(view, u, p)
            if parts is None:
                break
            gap, comms = parts
            # Drop the text of community mentions and the verb before them (驻X村, 下沉X社区).
            plain = gap
            for h in view.hits:
                if h.start >= u.end and h.end <= p.start:
                    plain = plain.replace(h.text, "村" if h.type == "Community" and h.text.endswith("村") else "")
            # 选派到某村任第一书记的张三 / 派驻某村的第一书记: the post the unit sent the person to.
            sent = _SENT_TO_POST.match(plain)
            if sent and 0 < sent.end() < len(plain):
                plain = plain[sent.end():].removesuffix("的")
            # 驻某村工作队队员 is the title 驻村工作队队员; 驻某村第一书记 is 第一书记.
            plain = _POSTED_TEAM.sub("驻村", plain)
            plain = _POSTED.sub("", plain)
            plain = _AREA_WORD.sub("", plain)
            if plain.endswith("的") and len(plain) > 1 and _HOLDING.search(view.text[:u.start - view.start]):
                plain = plain[:-1]  # 担任某所所长的张三
            titles, member = split_titles(plain)
            if plain == _CADRE and gap != _CADRE:
                titles = ()  # 驻村干部 is what the person does in the village, not a post at the unit
            if plain == "的":
                titles, member = (), True  # 来自某公司的张三, 某公司的张三经理
            if not titles and not member:
                break
            unit, prefix = _unit_for(ctx, u)
            if not prefix:
                # 某社区党委书记: the body stays the unit (a community holds no positions), the title is whole.
                prefix = next((s for s in lexicon("party_suffixes") if ctx.entities[unit].name.endswith(s)), "")
            titles = tuple(_party_title(prefix, t) for t in titles)
            if prefix and re.search(r"(?:社区|村|街道)" + re.escape(prefix) + "$", ctx.entities[unit].name):
                # 某社区党委书记兼主任: the 主任 is of the residents' committee, not of the party body
                titles = tuple(t for t in titles if t not in ("主任", "副主任"))
            titles = _post_before_unit(view, hits, j, titles)
            # "U T1、P T2": a title right after the name.
            after = lexicon_regex("titles").match(view.text, p.end - view.start)
            if after and (titles or plain == "的") and not _is_name_char(view.text, after.end()):
                titles = titles + (after.group(),)
            previous = Apposition(p, unit, titles, member, gap, comms, view,
                                  "title-apposition" if titles else "member-apposition", u)
            yield previous
            break


_HOLDING = re.compile(r"(?:担任|身为|作为|出任|任)$")


def _earlier_unit_posts(ctx: Context) -> Iterator[Candidate]:
    """``U1 T1、U2 T2 P`` (某公司技能专家、某局配电班班长张三): P also holds T1 at U1, the unit written right
    before that post (only a post and 、 between the two units)."""
    for app in appositions(ctx):
        if not app.titles or app.rule.endswith("-list"):
            continue
        v, u = app.view, app.unit_hit
        prev = next((h for h in reversed(v.hits) if h.end <= u.start), None)
        if prev is None or prev.type not in ("Company", "Organization"):
            continue
        gap = v.between(prev.end, u.start)
        if not gap.endswith("、") or len(gap) > 12:
            continue
        titles, _ = split_titles(gap[:-1])
        if not titles or gap[:-1] in lexicon("person_modifiers"):
            continue
        unit, prefix = _unit_for(ctx, prev)
        ref = prev.is_reference
        yield Candidate(app.person.key, "worksFor", unit, v.start, v.end, "earlier-unit-post", 0.75, reference=ref)
        for title in titles:
            yield Candidate(app.person.key, "holdsPosition", unit, v.start, v.end, "earlier-unit-post", 0.75,
                            qualifier=_party_title(prefix, title), reference=ref)
#: 某村驻村第一书记、: a post written before the unit, ending at 、 (the person's other post).
#: The post a unit sends its people to, held at the unit: a village's first secretary (writers differ on
#: a work-team post written there: 驻某村工作队队员、某局员工P is only 员工 in some sets, so it is left out).
_POST_SENT_TO = re.compile(r"(?:驻村)?第一书记")
_POST_LEAD = re.compile(r"(?:^|[,，;；：:“\"])([\u4e00-\u9fff]{2,8})、$")


def _post_before_unit(view: SentenceView, hits: list[Hit], j: int, titles: tuple[str, ...]) -> tuple[str, ...]:
    """某村驻村第一书记、某局干部张三 / 在某村,驻村第一书记、某局干部张三: the post written before the unit
    (after a community or at the clause start, so it belongs to no other unit) is held at the same unit."""
    if not titles:
        return titles
    u = hits[j]
    prev = hits[j - 1] if j > 0 else None
    lo = prev.end if prev is not None and prev.type == "Community" else None
    if lo is None:
        lo, _ = view.clause_bounds(u.start)
        if prev is not None and prev.end > lo:
            return titles
    lead = view.between(lo, u.start).lstrip(",，")  # 在某村,驻村第一书记、…
    m = _POST_LEAD.search("," + lead)
    if m is None or len(m.group(1)) != len(lead) - 1:
        return titles
    post = m.group(1)
    if not _POST_SENT_TO.fullmatch(post):
        return titles  # 服务队队长、某部主任张三: a team's post, not one the unit sent the person to
    return tuple(dict.fromkeys((post, *titles)))


def _is_name_char(text: str, index: int) -> bool:
    """True when ``text[index]`` would continue a title word (so the match was only a prefix)."""
    return index < len(text) and text[index] in "长员任记理"


def appositions(ctx: Context) -> list[Apposition]:
    """Every ``U [gap] P`` apposition of the document (computed once per document)."""
    cache = ctx.cache.get("appositions")
    if cache is None:
        # an apposition needs a person and a unit in the sentence
        cache = [a for v in ctx.views_with("Person") if len(v.hits) >= 2
                 and ("Company" in v.types or "Organization" in v.types) for a in _appositions(ctx, v)]
        ctx.cache["appositions"] = cache
    return cache


#: What may stand between the unit and the title in ``P是U…T``: an unnamed sub-unit (营业厅), 的, a
#: count (一名) and a descriptor (老): 张三是某供电所营业厅的一名老员工.
#: 张三是全国劳动模范,现任某班班长: a later clause of the person's own sentence takes up the post.
_COPULA_LATER = re.compile(r"^(?:是|也是|还是)[^,，。;；]{1,16}[,，](?:现|目前|如今)?(?:任|担任|现任)$")
_COPULA_FILLER = re.compile(r"[”\"]?(?:[\u4e00-\u9fff]{0,4}?(?:营业厅|班组|班|站|部|室|中心))?的?(?:一名|一位|一个|名|位)?"
                            r"(?:老|资深|年轻的?|普通的?|优秀的?|青年)?")
_SENT_TO = re.compile(r"(?:派驻|选派到|选派至|派到|下派到|派往)[\u4e00-\u9fff]{2,10}?(?:村|社区)的?")
#: Titles that say the holder serves the community named before them (张三是某村的驻村工作队队员).
_SERVICE_TITLE = re.compile(r"^(?:驻村|第一书记|志愿者|网格员)")


def apposition_of(ctx: Context, person: Hit) -> Apposition | None:
    """The apposition describing this person mention (the first, when a list repeats it), or None."""
    index = ctx.cache.get("apposition-persons")
    if index is None:
        index = {}
        for a in appositions(ctx):
            index.setdefault(a.person, a)
        ctx.cache["apposition-persons"] = index
    return index.get(person)


def _copulas(ctx: Context, view: SentenceView) -> Iterator[Candidate]:
    """``P 是/调任 U T`` (U T may be ``U的一名老T``); ``P是C的驻村工作队队员`` serves C."""
    hits = view.hits
    for i, p in enumerate(hits):
        if p.type != "Person":
            continue
        for u in hits[i + 1:i + 2]:
            if u.type not in ("Company", "Organization", "Community"):
                continue
            gap = view.between(p.end, u.start)
            if gap[:1] in ",，" and gap[1:2] == "是":
                gap = gap[1:]  # 名叫张三,是某公司派驻某村的第一书记
            if not (_COPULA.match(gap) or _COPULA_LATER.match(gap)):
                continue
            for w in hits[hits.index(u) + 1:]:  # 张三还是某公司“某某服务队”队长: the team named last holds the post
                if w.type not in ("Company", "Organization") or view.between(u.end, w.start) not in ("", "的", "“", "的“"):
                    break
                u = w
            filler = _COPULA_FILLER.match(view.text, u.end - view.start)
            at = filler.end() if filler else u.end - view.start
            sent = _SENT_TO.match(view.text, u.end - view.start)
            if sent is not None and u.type != "Community":
                filler, at = sent, sent.end()  # 某公司派驻某村的第一书记: the post the unit sent the person to
            m = lexicon_regex("titles").match(view.text, at)
            if m is None and at != u.end - view.start:  # 某班班长: the filler took the title's first character
                m = lexicon_regex("titles").match(view.text, u.end - view.start)
                if m is not None:
                    filler = None
            ref = p.is_reference or u.is_reference
            if u.type == "Community":
                if m and _SERVICE_TITLE.match(m.group()):
                    yield Candidate(p.key, "servesCommunity", u.key, view.start, view.end, "title-copula-service",
                                    0.8, reference=ref)
                continue
            if not m:
                member = re.match("|".join(lexicon("membership_words")), view.text[at:])
                if member and filler is not None and filler.end() > u.end - view.start:
                    unit, _ = _unit_for(ctx, u)
                    yield Candidate(p.key, "worksFor", unit, view.start, view.end, "member-copula", 0.75,
                                    reference=ref)
                continue
            unit, prefix = _unit_for(ctx, u)
            title = _party_title(prefix, m.group())
            yield Candidate(p.key, "worksFor", unit, view.start, view.end, "title-copula", 0.85, reference=ref)
            yield Candidate(p.key, "holdsPosition", unit, view.start, view.end, "title-copula", 0.85,
                            qualifier=title, reference=ref)


_TEAM = re.compile(r"(队|组|团|小组)$")
_SET_UP = re.compile(r"(成立|组建|组成)了?$")
_LIST_SEP = ("、", "和", "与", "及")
_HEADED = re.compile(r"以([\u4e00-\u9fff]{2,8}?)为(组长|队长|团长|主任|负责人|总指挥|指挥长)的$")
_STAFF = re.compile(r"(员工|职工)$")
_UNIT_WORD = re.compile(r"(公司|局|所|厂|中心|部|站|队|室|院|处|科|班|组)")
#: 营业厅员工 / 供电所的年轻员工: a noun for a unit named before, then staff.
_STAFF_NOUN_LEAD = re.compile(r"(营业厅|供电所|服务站|供电站|项目部)(?:的)?(?:年轻|青年|老|新)?")


def _person_list(view: SentenceView, start_index: int) -> list[Hit]:
    """Persons ``P1、P2、P3`` starting at hit ``start_index`` of the view."""
    out: list[Hit] = []
    for h in view.hits[start_index:]:
        if h.type != "Person" or (out and view.between(out[-1].end, h.start) not in _LIST_SEP):
            break
        out.append(h)
    return out


def _team_members(ctx: Context, view: SentenceView) -> Iterator[Candidate]:
    """成立某服务队,老党员张三、李四等志愿者…: the persons listed are members of the team."""
    for i, t in enumerate(view.hits[:-1]):
        if t.type != "Organization" or not _TEAM.search(ctx.entities[t.key].name):
            continue
        if not _SET_UP.search(view.text[:t.start - view.start]):
            continue
        after = view.text[t.end - view.start:t.end - view.start + 1]
        if after not in ",，":
            continue
        first = view.hits[i + 1]
        lead = view.between(t.end + 1, first.start)
        if len(lead) > 6 or (lead and lead not in lexicon("person_modifiers")):
            continue
        persons = _person_list(view, i + 1)
        if persons and view.text[persons[-1].end - view.start:].startswith("等"):
            for p in persons:
                yield Candidate(p.key, "worksFor", t.key, view.start, view.end, "team-members", 0.65)


#: 所里将…,员工甲、乙已报名: 所里/站里/局里 stands for the station or bureau named before.
_UNIT_HERE = re.compile(r"(所|站|局)里")


def _staff_of_main(ctx: Context, view: SentenceView, placed: set[int]) -> Iterator[Candidate]:
    """青年职工张三、李四 with no unit in the sentence: staff of the article's company (structural), or of
    the unit a 所里/站里 before them in the sentence stands for."""
    main = ctx.main_company
    if main is None:
        return
    here = _UNIT_HERE.search(view.text)
    if here is not None:
        unit = unit_for_noun(ctx, view.start + here.start(), "该" + here.group(1))
        if unit is not None and unit.key != main:
            found = list(_staff_of(ctx, view, placed, unit.key, view.start + here.start()))
            if found:  # 员工甲回到所里: staff named before the word stay the article's company's
                yield from found
                return
    yield from _staff_of(ctx, view, placed, main, view.start)


def _staff_of(ctx: Context, view: SentenceView, placed: set[int], main: Key, after: int) -> Iterator[Candidate]:
    for i, p in enumerate(view.hits):
        if p.type != "Person" or p.start in placed or p.start < after:
            continue
        if any(h.type in ("Company", "Organization") for h in view.hits[:i]):
            return
        lo, _ = view.clause_bounds(p.start)
        prev_end = max([lo] + [h.end for h in view.hits[:i]])
        lead = view.between(prev_end, p.start)
        m = _STAFF.search(lead)
        if not m:
            continue
        unit, rule = main, "title-main-company-structural"
        noun = _STAFF_NOUN_LEAD.fullmatch(lead[: m.start()])
        if noun is not None:
            # 营业厅员工P / 供电所的年轻员工P: the one such unit the article names before
            found = unit_for_noun(ctx, p.start, noun.group(1))
            if found is None:
                continue
            unit, rule = found.key, "title-reference-noun"
        elif _UNIT_WORD.search(lead[: m.start()]):
            continue  # 某某供电公司员工 with the unit unrecognised is not staff of the article's company
        for q in _person_list(view, i):
            placed.add(q.start)
            for pred, qual in (("worksFor", None), ("holdsPosition", m.group())):
                yield Candidate(q.key, pred, unit, view.start, view.end, rule, 0.5, qualifier=qual,
                                reference=rule == "title-reference-noun")


def _headed_by_title(ctx: Context, view: SentenceView, holders: dict[str, set[tuple[str, str]]]
                     ) -> Iterator[Candidate]:
    """成立以党委书记为组长的某领导小组: the one person holding that title heads the body."""
    for t in view.hits:
        if t.type != "Organization":
            continue
        m = _HEADED.search(view.text[max(0, t.start - view.start - 20):t.start - view.start])
        if not m:
            continue
        people = holders.get(m.group(1), set())
        if len(people) != 1:
            continue
        person = next(iter(people))
        yield Candidate(person, "worksFor", t.key, view.start, view.end, "title-coreference", 0.6, reference=True)
        yield Candidate(person, "holdsPosition", t.key, view.start, view.end, "title-coreference", 0.6,
                        qualifier=m.group(2), reference=True)


#: 某公司成立了某领导小组,由经理P任组长 / 组建了某突击队,副总经理、党委委员P任队长: the head the new body
#: is given in the next clause (the titles before P are P's posts at the unit, stated elsewhere).
_APPOINTED = re.compile(r"(?:担任|出任|任)(副?(?:组长|队长|团长|主任|指挥长|总指挥))")
_FOUNDED_BODY = re.compile(r"(?:成立|组建|组成)了?[“\"]?$")
_BODY_NAME = re.compile(r"(?:组|队|团|指挥部|工作室)$")


def _appointed_head(v: SentenceView) -> Iterator[Candidate]:
    """成立了某小组,由经理P任组长: P holds the head title at the body founded in the clause before, and works
    for it (the body named just before, founded there; no other person between)."""
    for i, p in enumerate(v.hits):
        if p.type != "Person":
            continue
        m = _APPOINTED.match(v.text, p.end - v.start)
        if m is None:
            continue
        lo, _ = v.clause_bounds(p.start)
        before = [h for h in v.hits[:i] if h.end <= lo]
        body = before[-1] if before else None
        if body is None or body.type != "Organization" or not _BODY_NAME.search(body.text.rstrip("”\"")) \
                or not _FOUNDED_BODY.search(v.between(v.start, body.start)) \
                or v.between(body.end, lo).strip("，,") \
                or any(h.type == "Person" for h in v.hits if lo <= h.start < p.start):
            continue
        yield Candidate(p.key, "worksFor", body.key, v.start, v.end, "appointed-head", 0.75, reference=p.is_reference)
        yield Candidate(p.key, "holdsPosition", body.key, v.start, v.end, "appointed-head", 0.75,
                        qualifier=m.group(1), reference=p.is_reference)


_TEAM_TITLE = re.compile(r"(?:^|^[^,，;；]{0,2}?(?:和|与|同|及))((?:服务队|突击队|工作队|志愿服务队|志愿队|小分队|抢修队|"
                         r"先锋队|工作组)?)(队长|副队长|队员|组长|副组长|组员)$")
_TEAM_WINDOW = 3  # sentences back to look for the team a bare 队员 refers to


def _team_members_by_reference(ctx: Context, placed: set[int]) -> Iterator[Candidate]:
    """服务队队员甲、乙 / 他和队员甲 with no team named in the clause: members of the team named in the
    last few sentences (whose name ends with the team noun when one is written)."""
    text = ctx.doc.text
    if "队长" not in text and "队员" not in text and "组长" not in text and "组员" not in text:
        return  # no sentence is titled (most articles): no pass over the sentences
    # the teams, found once per entity rather than once per mention
    teams = {k for k, e in ctx.entities.items() if k[0] == "Organization" and _TEAM.search(e.name)}
    if not teams:
        return
    last_team: list[tuple[int, Hit]] = []  # (sentence index, team mention), in text order
    for v in ctx.views_with("any"):
        si = v.index
        # every match of _TEAM_TITLE ends with one of these words
        titled = "队长" in v.text or "队员" in v.text or "组长" in v.text or "组员" in v.text
        for i, p in enumerate(v.hits if titled else ()):
            if p.type != "Person" or p.start in placed or p.is_reference:
                continue
            lo, _ = v.clause_bounds(p.start)
            prev_end = max([lo] + [h.end for h in v.hits[:i]])
            m = _TEAM_TITLE.search(v.between(prev_end, p.start))
            if not m:
                continue
            noun = m.group(1) or "队" if m.group(2).startswith(("队", "副队")) else m.group(1) or "组"
            team = next((h for s, h in reversed(last_team) if si - s <= _TEAM_WINDOW
                         and ctx.entities[h.key].name.endswith(noun)), None)
            if team is None:
                continue
            for q in _person_list(v, i):
                placed.add(q.start)
                yield Candidate(q.key, "worksFor", team.key, v.start, v.end, "team-member-coreference", 0.55,
                                reference=True)
                yield Candidate(q.key, "holdsPosition", team.key, v.start, v.end, "team-member-coreference", 0.55,
                                qualifier=m.group(2), reference=True)
        for h in v.hits:
            if h.key in teams and not h.is_reference:
                last_team.append((si, h))


_COLLEAGUES = re.compile(r"(他|她)?(?:和|与|同|带着|带领|还有)(?:[\u4e00-\u9fff]{0,2}的)?同事$")
#: 所长甲带着客户经理乙: the title of the one led (a post at the leader's unit, not a role word).
_LED_TITLED = re.compile(r"(他|她)?(?:带着|带领|率领)([\u4e00-\u9fff]{2,5})$")
_NOT_LED_TITLES = frozenset({"党员", "队员", "同事", "志愿者", "群众", "居民", "村民", "记者", "民警", "干部", "职工", "员工"})


def _colleagues(ctx: Context, placed: set[int]) -> Iterator[Candidate]:
    """张三和同事李四、王五 / 他和同事李四: colleagues work where the named (or last titled) person works."""
    text = ctx.doc.text
    if "同事" not in text and "带" not in text and "率领" not in text:
        return  # no sentence has a colleague word (below): nothing to find
    unit_of: dict[Key, Key] = {}
    latest: list[tuple[int, Key]] = []  # (sentence index, titled person) in text order
    by_start = {a.person.start: a for a in appositions(ctx)}
    by_view: dict[int, list[Apposition]] = {}  # a sentence's appositions, in text order
    for a in appositions(ctx):
        by_view.setdefault(a.view.index, []).append(a)
    placed_elsewhere = {a.person.key for a in appositions(ctx)}  # a colleague with a unit of their own
    for v in ctx.views_with("any"):
        si = v.index
        colleague = "同事" in v.text or "带" in v.text or "率领" in v.text  # _COLLEAGUES ends with 同事, _LED with 带/率领 + a title
        if not colleague:
            # only the sentence's appositions count here (the loop below reads nothing else without one)
            for own in by_view.get(si, ()):
                unit_of.setdefault(own.person.key, own.unit)
                latest.append((si, own.person.key))
            continue
        for i, p in enumerate(v.hits):
            app = by_start.get(p.start)
            if app is not None and app.person is p:
                unit_of.setdefault(p.key, app.unit)
                latest.append((si, p.key))
                continue
            if p.type != "Person" or p.start in placed or not colleague:
                continue
            lo, _ = v.clause_bounds(p.start)
            prev = v.hits[i - 1] if i else None
            prev_end = max(lo, prev.end if prev else lo)
            lead = v.between(prev_end, p.start)
            m = _COLLEAGUES.search(lead)
            led = _LED_TITLED.search(lead) if m is None else None
            if led is not None and led.group(2) in lexicon("titles") and led.group(2) not in _NOT_LED_TITLES:
                m = led  # 所长甲带着客户经理乙 / 他带着台区经理乙: a titled worker of the leader's unit
            elif m is None:
                continue
            if m.group(1):  # 他和同事: the titled person of the last few sentences
                anchor = next((k for s, k in reversed(latest) if si - s <= 2), None)
            else:
                anchor = prev.key if prev is not None and prev.type == "Person" and prev.end >= lo else None
            unit = unit_of.get(anchor) if anchor is not None else None
            if unit is None:
                continue
            title = m.group(2) if m.re is _LED_TITLED else None
            for q in _person_list(v, i) if title is None else [p]:
                placed.add(q.start)
                if q.key not in placed_elsewhere:
                    yield Candidate(q.key, "worksFor", unit, v.start, v.end, "colleague-coreference", 0.5,
                                    reference=True)
                    if title is not None:
                        yield Candidate(q.key, "holdsPosition", unit, v.start, v.end, "colleague-coreference", 0.5,
                                        qualifier=title, reference=True)


#: 张三从某公司调到某村 / 他从集团下属的某公司来到村里: the unit a person comes from employs them.
_FROM_UNIT = re.compile(r"^(?:此前|曾|早年)?从(?:[\u4e00-\u9fff]{1,6}(?:下属|所属|旗下)的)?$")
_MOVED = re.compile(r"^(?:被)?(?:调到|调至|调任|调入|来到|到|派到|派驻|选派到|选派|下派|借调|抽调|挂职|调往)")
_OWN_UNIT_GAP = ("所在的", "所在单位", "所在单位的", "(", "（")
_LEADS_STAFF = ("带领", "率领", "带着")
#: 张三在某公司工作了十年 / 张三作为某公司的一员: the unit is the person's employer.
_WORKS_AT = re.compile(r"^(?:工作|上班|任职|就职|的一员|的一名员工|的员工|的职工)")
#: 张三已在某公司工作了八年 / 一直在某所上班: adverbs before 在.
_AT_AFTER_ADVERB = re.compile(r"(?:已经|已|曾经|曾|一直|长期|先后|就|还)+在")
_STAFF_AFTER = re.compile(r"^的?(?:[\u4e00-\u9fff]{0,4}?)(?:党员|员工|职工|队员|青年|骨干|抢修人员|技术人员)")


def _own_unit(ctx: Context, view: SentenceView) -> Iterator[Candidate]:
    """``P所在的U``, ``P(U)`` and ``P带领U的党员``: the unit right after a person is where they work."""
    hits = view.hits
    for p, u in pairwise(hits):
        if p.type != "Person" or u.type not in ("Company", "Organization"):
            continue
        gap = view.between(p.end, u.start)
        after = view.text[u.end - view.start:]
        if gap in ("(", "（"):
            ok = after[:1] in ")）"
        elif gap in ("在", "就职于", "供职于", "入职", "任职于", "作为") or _AT_AFTER_ADVERB.fullmatch(gap):
            ok = bool(_WORKS_AT.match(after)) or gap in ("就职于", "供职于", "入职", "任职于")
        elif _FROM_UNIT.match(gap):
            ok = bool(_MOVED.match(after))
        elif gap in _LEADS_STAFF:
            ok = bool(_STAFF_AFTER.match(after))
        else:
            ok = gap in _OWN_UNIT_GAP
        if ok:
            yield Candidate(p.key, "worksFor", u.key, view.start, view.end, "own-unit", 0.75,
                            reference=p.is_reference or u.is_reference)


_CLAUSE_END = re.compile(r"[,，;；。:：!！?？)）]|$")


def _title_after(view: SentenceView, p: Hit, u: Hit) -> tuple[str, ...]:
    """``P,U T`` (the clause after the comma is only the unit and its titles) and ``U T是P``."""
    gap = view.between(p.end, u.start) if p.end <= u.start else view.between(u.end, p.start)
    if p.end <= u.start:
        if gap not in (",", "，"):
            return ()
        rest = view.text[u.end - view.start:]
        end = _CLAUSE_END.search(rest)
        segment = rest[:end.start()] if end is not None else rest
    else:
        if not gap.endswith("是") or len(gap) > 12:
            return ()
        segment = gap[:-1]
    titles, _ = split_titles(segment)
    return titles if segment and titles and all(_title_of(t) for t in segment.split("、")) else ()


def _titles_around(ctx: Context, view: SentenceView) -> Iterator[Candidate]:
    """Titles written after the person (张三,某所所长) or before a copula (某所所长是张三)."""
    for a, b in pairwise(view.hits):
        for p, u in ((a, b), (b, a)):
            if p.type != "Person" or u.type not in ("Company", "Organization"):
                continue
            titles = _title_after(view, p, u)
            ref = p.is_reference or u.is_reference
            if titles:
                yield Candidate(p.key, "worksFor", u.key, view.start, view.end, "title-after-person", 0.8,
                                reference=ref)
            for t in titles:
                yield Candidate(p.key, "holdsPosition", u.key, view.start, view.end, "title-after-person", 0.8,
                                qualifier=t, reference=ref)


_VILLAGE_POST = re.compile(r"的?(驻村第一书记|第一书记|驻村工作队队长|驻村工作队员|驻村队员)")
_TAKES_POST = re.compile(r"(?:现任|担任|任|出任|兼任|是|作为)$")


def _village_post(ctx: Context, view: SentenceView) -> Iterator[Candidate]:
    """张三是某公司的干部,…现任某村第一书记: a post in a village is held for the person's employer."""
    for k, c in enumerate(view.hits):
        if c.type != "Community" or not _TAKES_POST.search(view.text[:c.start - view.start]):
            continue
        m = _VILLAGE_POST.match(view.text, c.end - view.start)
        if m is None:
            continue
        persons = [h for h in view.hits[:k] if h.type == "Person"]
        if not persons:
            continue
        p = persons[-1]
        # The post is in the village: its holder serves it.
        yield Candidate(p.key, "servesCommunity", c.key, view.start, view.end, "village-post", 0.7,
                        reference=p.is_reference)
        nxt = next((h for h in view.hits if h.start >= p.end), None)
        unit = None
        if nxt is not None and nxt.type in ("Company", "Organization") and _COPULA.match(view.between(p.end, nxt.start)):
            unit = nxt
        if unit is None:
            continue
        ref = p.is_reference or unit.is_reference
        yield Candidate(p.key, "holdsPosition", unit.key, view.start, view.end, "village-post", 0.7,
                        qualifier=m.group(1), reference=ref)
        yield Candidate(p.key, "worksFor", unit.key, view.start, view.end, "village-post", 0.7, reference=ref)


#: U向C派驻驻村工作队,由(公司某部副主任)P任第一书记兼工作队队长: the post at the sending unit.
_SENDS_TEAM = re.compile(r"^(?:派驻|选派|派出|派遣|选派了|派驻了)[^,，;；。]{0,12}(?:工作队|第一书记)")
_SENT_POST = re.compile(r"^(?:担任|出任|任)((?:驻村)?第一书记|(?:驻村)?工作队队长|(?:驻村)?工作队长)"
                        r"(?:兼((?:驻村)?第一书记|(?:驻村)?工作队队长|(?:驻村)?工作队长))?")


def _sent_to_village(view: SentenceView) -> Iterator[Candidate]:
    """U向C派驻驻村工作队,由P任第一书记兼工作队队长: P holds both posts at U (the unit pays the post);
    U and P serve C."""
    for u, c in pairwise(view.hits):
        if u.type != "Company" or c.type != "Community" or view.between(u.end, c.start) not in ("向", "到", "为", "给"):
            continue
        if not _SENDS_TEAM.match(view.text[c.end - view.start:]):
            continue
        yield Candidate(u.key, "servesCommunity", c.key, view.start, view.end, "sent-to-village", 0.7,
                        reference=u.is_reference)
        for p in view.hits:
            if p.type != "Person" or p.start < c.end:
                continue
            m = _SENT_POST.match(view.text[p.end - view.start:])
            if m is None:
                continue
            ref = p.is_reference or u.is_reference
            yield Candidate(p.key, "worksFor", u.key, view.start, view.end, "sent-to-village", 0.7, reference=ref)
            yield Candidate(p.key, "servesCommunity", c.key, view.start, view.end, "sent-to-village", 0.7,
                            reference=p.is_reference)
            for title in filter(None, m.groups()):
                yield Candidate(p.key, "holdsPosition", u.key, view.start, view.end, "sent-to-village", 0.7,
                                qualifier=title, reference=ref)


#: A youth league or party body inside a unit (某公司团委, 某局党委): its officials work for the unit.
_INNER_BODY = re.compile(r"(?:团委|团总支|党委)$")
#: What the unit before such a body ends with (not a village, community or town: 某村党支部 is its own).
_BODY_PARENT = re.compile(r"(?:公司|局|集团|分行|支行|中心|供电所|分局|营业部|电厂|水电站)$")


def _body_parent(ctx: Context, tail: Key) -> Key | None:
    """The unit a body inside it belongs to (某供电局团委 -> 某供电局), when the document names it."""
    name = tail[1]
    m = _INNER_BODY.search(name)
    if tail[0] != "Organization" or m is None or not _BODY_PARENT.search(name[:m.start()]):
        return None
    return ctx.entity_named(name[:m.start()], ("Company", "Organization"))


#: Posts of the body itself (书记, 委员): 某公司党委委员、副总经理P holds only these at the party committee.
_BODY_POST = re.compile(r"书记|委员|常委|团委|党委")


def position_rules(ctx: Context) -> Iterator[Candidate]:
    """Every position rule; worksFor a body inside a unit (某局团委书记P) is worksFor the unit, as the
    writers of every set but one note it; the body's own posts stay at the body, a post of the unit listed
    with them (某公司党委委员、副总经理P) is held at the unit."""
    parents: dict[Key, Key | None] = {}
    for c in _position_rules(ctx):
        if c.tail[0] == "Organization" and (c.predicate == "worksFor" or (
                c.predicate == "holdsPosition" and not _BODY_POST.search(c.qualifier or ""))):
            if c.tail not in parents:
                parents[c.tail] = _body_parent(ctx, c.tail)
            parent = parents[c.tail]
            if parent is not None:
                c = Candidate(c.head, c.predicate, parent, c.start, c.end, c.rule + "-body-unit", c.confidence,
                              c.qualifier, c.reference)
        yield c


def _position_rules(ctx: Context) -> Iterator[Candidate]:
    placed = {a.person.start for a in appositions(ctx)}
    holders: dict[str, set[tuple[str, str]]] = {}
    for app in appositions(ctx):
        for title in app.titles:
            holders.setdefault(title, set()).add(app.person.key)
    yield from _team_members_by_reference(ctx, placed)
    yield from _colleagues(ctx, placed)
    yield from title_ref_rules(ctx, placed)
    # Each rule below runs only on sentences with the mention types and the words it needs (the checks
    # are what each rule's own tests require, so skipping changes nothing).
    for v in ctx.views_with("Person"):  # (each rule below but one reads a person of the sentence)
        types, text = v.types, v.text
        unit = "Company" in types or "Organization" in types
        if len(v.hits) >= 2:
            if "Organization" in types and ("成立" in text or "组建" in text or "组成" in text):
                yield from _team_members(ctx, v)
            if unit:
                yield from _own_unit(ctx, v)
                yield from _titles_around(ctx, v)
            if "Community" in types and ("第一书记" in text or "驻村" in text):
                yield from _village_post(ctx, v)
                if "派" in text:
                    yield from _sent_to_village(v)
        if "员工" in text or "职工" in text:
            yield from _staff_of_main(ctx, v, placed)
        if "Organization" in types and "任" in text:
            yield from _appointed_head(v)
    for v in ctx.views_with("Organization"):  # (the order of the candidates is immaterial: no state is shared)
        if "以" in v.text:
            yield from _headed_by_title(ctx, v, holders)
    yield from _earlier_unit_posts(ctx)
    for app in appositions(ctx):
        v = app.view
        ref = app.unit_hit.is_reference
        conf = 0.9 if app.titles else 0.75
        yield Candidate(app.person.key, "worksFor", app.unit, v.start, v.end, app.rule, conf, reference=ref)
        for title in app.titles:
            yield Candidate(app.person.key, "holdsPosition", app.unit, v.start, v.end, app.rule, conf,
                            qualifier=title, reference=ref)
    for v in ctx.views_with("Person"):
        # every copula (_COPULA, _COPULA_LATER) holds 是, 为, 系 or 任
        if len(v.hits) >= 2 and ("是" in v.text or "为" in v.text or "任" in v.text
                                                          or "系" in v.text):
            yield from _copulas(ctx, v)
    for v in ctx.views_with("Person"):  # (each rule below reads a person of the sentence)
        if "Person" in v.types and "当" in v.text:
            yield from _took_up(ctx, v)
        if "作为" in v.text and "Person" in v.types and ("Company" in v.types or "Organization" in v.types):
            yield from _as_post(ctx, v)
        if "Person" in v.types and ("是所里" in v.text or "是公司" in v.text or "是站里" in v.text
                                    or "是局里" in v.text or "是厂里" in v.text):
            yield from _copula_unit_word(ctx, v)


#: 张三是所里最年轻的员工 / 李四是公司新入职的大学生: the word stands for the unit named before.
_COPULA_UNIT_WORD = re.compile(r"(?:也|还|就|都)?是(所里|站里|局里|厂里|公司)(?:最年轻的|新入职的|新来的|的)?"
                               r"(?:一名|一位)?(?:老|年轻的?|青年)?")
_UNIT_WORD_NOUNS = {"所里": "供电所", "站里": "站", "局里": "局", "厂里": "厂", "公司": "公司"}


def _copula_unit_word(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    """``P是所里最年轻的员工``, ``P是公司新入职的大学生``: P works for the unit the word stands for (the one
    named before, as rel_title_refs resolves nouns), and holds the title written after it, if any."""
    for p in v.hits:
        if p.type != "Person" or p.is_reference:
            continue
        m = _COPULA_UNIT_WORD.match(v.text, p.end - v.start)
        if m is None:
            continue
        unit = unit_for_noun(ctx, v.start + m.start(1), _UNIT_WORD_NOUNS[m.group(1)])
        if unit is None or unit.type not in ("Company", "Organization"):
            continue
        yield Candidate(p.key, "worksFor", unit.key, v.start, v.end, "copula-unit-word", 0.7, reference=True)
        t = lexicon_regex("titles").match(v.text, m.end())
        if t is not None and _fits(ctx, unit.key, t.group()):
            yield Candidate(p.key, "holdsPosition", unit.key, v.start, v.end, "copula-unit-word", 0.7,
                            qualifier=t.group(), reference=True)


#: 作为U(选派/派驻某村)的T: the post the person fills "as"; the text up to the clause end.
_AS_SENT = re.compile(r"^(?:选派|派驻|下派|委派|派出)(?:到|至|驻)?(?:村|社区)?的?|^的")
_AS_ADVERBS = re.compile(r"(?:还|也|则|就|又|曾|一直)?")


def _as_post(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    """``P作为U选派的驻村工作队队员,…`` / ``作为U派驻某村的第一书记、驻村工作队队长,他…``: the person named
    right before 作为, or opening the next clause, holds the posts at U."""
    for at in (m.start() + v.start for m in re.finditer("作为", v.text)):
        u = next((h for h in v.hits if h.start == at + 2), None)
        if u is None or u.type not in ("Company", "Organization"):
            continue
        _, hi = v.clause_bounds(u.start)
        inner = [h for h in v.hits if u.end <= h.start and h.end <= hi]
        if any(h.type not in ("Community", "Place") for h in inner):
            continue
        plain = v.between(u.end, hi)
        for h in sorted(inner, key=lambda h: -h.start):
            a, b = h.start - u.end, h.end - u.end
            plain = plain[:a] + ("村" if h.type == "Community" and h.text.endswith("村") else "") + plain[b:]
        sent = _AS_SENT.match(plain)
        plain = plain[sent.end():] if sent else plain
        titles, member = split_titles(re.sub(r"^(?:一名|一位)(?:老|年轻的?|普通的?)?", "", plain))
        if not titles and not (member and plain.startswith(("一名", "一位"))):
            continue  # (作为U的一名老党员: a member, with no post)
        person = _as_subject(v, at, hi)
        if person is None:
            continue
        unit, _prefix = _unit_for(ctx, u)
        ref = u.is_reference or person.is_reference
        yield Candidate(person.key, "worksFor", unit, v.start, v.end, "as-post", 0.8, reference=ref)
        for title in titles:
            yield Candidate(person.key, "holdsPosition", unit, v.start, v.end, "as-post", 0.8, qualifier=title,
                            reference=ref)
        if sent is not None and sent.group().startswith(("派驻", "选派", "下派")):
            # 作为某局派驻某村的第一书记: the person and the unit that sent them serve the village
            for c in (h for h in inner if h.type == "Community"):
                yield Candidate(person.key, "servesCommunity", c.key, v.start, v.end, "as-post", 0.75,
                                reference=person.is_reference)
                yield Candidate(u.key, "servesCommunity", c.key, v.start, v.end, "as-post", 0.7,
                                reference=u.is_reference)


def _as_subject(v: SentenceView, at: int, hi: int) -> Hit | None:
    """Who fills the post: the person right before 作为 (adverbs between), else the person opening the
    next clause (作为…,他每天…)."""
    before = next((h for h in reversed(v.hits) if h.end <= at), None)
    if before is not None and before.type == "Person" and _AS_ADVERBS.fullmatch(v.between(before.end, at)):
        return before
    if before is not None and before.end > v.clause_bounds(at)[0]:
        return None  # another mention opens the clause: 某公司作为…
    after = next((h for h in v.hits if h.start > hi), None)
    if after is not None and after.type == "Person" and v.between(hi, after.start) in (",", "，"):
        return after
    return None


#: 他如今在项目部当上了钢筋工 / 在某供电所当了一名台区经理: the person took up a post at the unit.
_TOOK_UP = re.compile(r"在([\u4e00-\u9fff“”\"]{2,30}?)(?:当上了?|当了|当起了?)(?:一名|一位|名)?")
#: Bare nouns for a unit after 在 (在项目部当上了…): resolved to the unit the article names.
_TOOK_UP_NOUNS = ("项目部", "供电所", "供电局", "供电公司", "营业厅", "营业所", "公司", "分公司", "电站", "电厂")


def _took_up(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    """``P…在U当上了T``: the person named last before it (no other between) holds title T at U."""
    titles = lexicon_regex("titles")
    for m in _TOOK_UP.finditer(v.text):
        at, where_end = v.start + m.start(), v.start + m.end(1)
        title = titles.match(v.text, m.end())
        persons = [h for h in v.hits if h.type == "Person" and h.end <= at]
        if title is None or not persons or _is_name_char(v.text, title.end()):
            continue
        unit = next((h for h in v.hits if h.start == at + 1 and h.end == where_end
                     and h.type in ("Company", "Organization")), None)
        if unit is None and m.group(1) in _TOOK_UP_NOUNS:
            unit = unit_for_noun(ctx, at + 1, m.group(1))
        if unit is None:
            continue
        p = persons[-1]
        ref = p.is_reference or unit.is_reference or unit.start != at + 1
        yield Candidate(p.key, "worksFor", unit.key, v.start, v.end, "took-up-post", 0.7, reference=ref)
        yield Candidate(p.key, "holdsPosition", unit.key, v.start, v.end, "took-up-post", 0.7,
                        qualifier=title.group(), reference=ref)
