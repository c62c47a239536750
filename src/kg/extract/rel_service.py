"""servesCommunity: a person or unit that serves a named community.

- ``apposition-service``: 某局驻某村第一书记张三, 某公司下沉某社区党员李四: the person and the unit both
  serve the community (the text ties the unit itself to it). When the gap names no community
  (某公司下沉社区党员李四) the sentence's one named community is meant.
- ``service-verb``: a person followed, in the same sentence, by a service verb (下沉, 包保, 驻村, 帮扶,
  巡视, 走访 ...) whose clause names a community: the person serves it. A unit serves it only when the
  verb follows the unit's name directly (某公司下沉某社区).
- ``agreement``: U与C签订共建协议 / 开展党建联建 / 结成共建对子 / 是“一对一”结对单位;
- ``service-for`` / ``work-there``: U派出服务队,对C的用户上门服务; U在C举办便民活动/开展演练 (the unit
  opening the sentence when the clause names no actor);
- ``on-site``: 在C(的小广场上)/在受灾较重的C/记者在C看到, U的营业员P正在…检查/讲解/巡线/教老人: the
  worker described there, and the unit describing the worker;
- ``service-for`` / ``work-there`` also take lists and area words: 为辖区内的甲街道、乙街道居民提供…,
  对辖区内的甲社区、乙村等重点区域进行走访;
- ``partner-unit``: C的帮扶单位U / U作为C的联系点单位;
- ``community-post``: C网格员P, C志愿者P (not C党委书记: community officials do not serve it);
- ``bare-village``: P到村里调研 / 为村里的老人…: the article's one village;
- ``community-post`` also: P是C的“电力网格员” / P和Q被聘为C电力网格员; ``in-charge``: 台区经理P,负责甲村和
  邻近的乙村两个台区; ``contact-point``: P把甲村、乙村划为自己的联系点; P成了社区的“驻点电力员”: the one
  community the sentence names;
- ``service-for`` also: 甲是某所的台区经理,常年为某村的老人上门服务: the person opening the sentence
  acts in a later clause led only by adverbs (not after a speech verb: 甲介绍,…); 为社区里的孤寡老人…
  with the sentence's one named community;
- ``bare-village`` also: 进村开展体检, 蹚水进村, 全村恢复供电 (the whole list of workers named before; not
  a resident, not 车开进村);
- ``community-post`` also: 某村驻村第一书记、某局干部P / 驻某村工作队队员、某局员工P / 在某村,驻村第一书记、…P
  (a service post in the community, then the person's other posts); 甲既是…,也是某社区网格员 (the
  sentence's subject); ``contact-point`` also: 某服务队…把某村定为联系点 (the team opening the sentence,
  and the person 所在的 it); ``partner-unit`` also: C是U的党建联系点 / 定点帮扶村;
- ``agreement`` also: a street's 党工委 or 办事处 signs for the street; 与某社区居委会联合开展入户走访 (service
  work run jointly with the community's own body);
- ``service-verb`` also: a clause led by the team written alone (服务队志愿服务某街道, 队员们又来到某小区):
  the article's one named team; an arrival reaches the community after its street and 的;
- ``on-site-continuation``: 某村村民某某家停了电。甲和乙先给他家拉了一根临时线: workers opening a sentence
  that names no community, doing work at people's homes, serve the one community the paragraph's two
  sentences before name; ``on-site`` also: 某村独居老人某某家线路老化,他带着台区经理乙上门服务 (the workers
  after the resident, not the resident);
- ``service-for`` also: 为受灾最重的某村架设临时线路 / 为某小区新增变压器 (work done for the community itself);
- ``agreement`` also: 所里/站里/局里还与某村结成共建对子 (the station or bureau the word stands for);
  某中心主任P还与某街道签订结对共建协议 (the titled person and the unit of the post).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise

from .rel_base import Candidate, Context, Hit, Key, SentenceView, lexicon_regex
from .rel_events import _is_subject
from .rel_positions import Apposition, apposition_of, appositions

__all__ = ["service_rules"]

_GENERIC_PLACE = re.compile(r"(社区|村|街道|小区)")
_ARRIVE = ("来到", "走进", "出现在", "转战", "送到", "送往", "送至", "进入", "赶到", "赶赴", "前往", "奔赴", "深入", "进驻", "到", "赶往", "驰援", "分赴")
#: 到 ends many words that are not a move (受到, 得到, 达到 …): only a bare 到 counts.
_NOT_BARE_TO = frozenset("受得收达做感想遇看听见提找接来送赶回直等办报遭广伸展")  # 推广到/延伸到: a plan spreading
#: Between a unit and its verb: adverbs (就, 也), and an unnamed team of the unit (“某某”党员服务队).
_UNIT_GLUE = re.compile(r"^[”\"]?(?:[“\"][^”\"]{1,10}[”\"])?(?:青年|共产党员|党员|志愿)?(?:服务队|突击队|志愿者|志愿服务队|小分队)?"
                        r"(?:今年|去年|近年来|近日|日前|当天|同日|随后)?(?:就|也|还|又|再次|先后|主动|都|纷纷|随即|立即|迅速|第一时间|每周|定期)?$")
_LEADS = ("带领", "率领", "带着", "和", "与", "同", "及", "、")
#: 所长甲和党员乙、丙: the next person's role word may follow the connective.
_LISTED_ROLE = re.compile(r"^(?:和|与|同|及|、|带领|带着|率领)(?:青年|老)?(?:党员|队员|同事|员工|志愿者|网格员)$")


def _from_appositions(ctx: Context) -> Iterator[Candidate]:
    for app in appositions(ctx):
        verb = lexicon_regex("service_verbs").search(app.gap)
        if verb is None:
            continue
        v = app.view
        comms = list(app.communities)
        if not comms and _GENERIC_PLACE.search(app.gap[verb.start():]):
            named = sorted({h.key for h in v.hits if h.type == "Community"})
            comms = named if len(named) == 1 else []
        for c in comms:
            ref = app.unit_hit.is_reference
            yield Candidate(app.person.key, "servesCommunity", c, v.start, v.end, "apposition-service", 0.85)
            yield Candidate(app.unit, "servesCommunity", c, v.start, v.end, "apposition-service", 0.8,
                            reference=ref)


def _innermost(v: SentenceView) -> list[Hit]:
    """Community mentions, without those written as the address of the next one (某街道(的)某社区).
    Found once per sentence (several service rules ask); callers only read the list."""
    memo = v.memo
    if memo is None:
        memo = v.memo = {}
    found: list[Hit] | None = memo.get("innermost")
    if found is None:
        comms = [h for h in v.hits if h.type == "Community"]
        found = memo["innermost"] = [c for i, c in enumerate(comms)
                                     if not (i + 1 < len(comms) and v.between(c.end, comms[i + 1].start) in ("", "的"))]
    return found


#: Arrivals beyond the shared service-verb lexicon: 分赴甲社区、乙社区 (crews split between them); and
#: 包联某村 (a cadre answering for a village, as 包保).
_MORE_ARRIVE = re.compile(r"分赴|包联|出现在|转战")
_FORMED_GAP = re.compile(r"^[,，](?:[^,，;；。]{0,8}?(?:利用|趁|在|于|每逢|每到)[^,，;；。]{0,6}|定期|经常|多次|随即|随后)?$")
_LEADS_OWN_TEAM = re.compile(r"^(?:带领|带着|率领)(?:所里|站里|局里|公司|中心|本单位)的?[^,，;；。]{0,10}?"
                             r"(?:服务队|突击队|小分队|志愿者)(?:队员)?(?:们)?(?:再次|又|也|先后|连夜|第一时间)?$")
#: 某所所长P带领抢修班组,赶到某村 / 带着4名队员来到: the head brings the unit's own crew.
_LEADS_CREW = re.compile(r"^(?:带领|带着|率领|和|与|同)(?:[\d一二三四五六七八九十]+名|全所|全班|所里的?|班组)?"
                         r"(?:抢修班组|班组成员|班组|抢修队员|抢修人员|抢修队|队员|员工|党员|青年员工|组员)(?:们)?[,，]?"
                         r"(?:连夜|第一时间|冒雨|迅速|立即|及时|每月|每周|定期|多次|经常|常年)?(?:[一两三四五六七八九十\d]+次)?$")
_LEADS_IN = re.compile(r"(?:带队|带领[^,，;；。]{0,10}?|率队)(?:入村|进村|入户|上门|走访|到村|到社区|进社区)")
_FORMS = re.compile(r"(?:组成|组建|成立|派出|抽调)了?(?:[^,，;；。]{0,8}的)?[“\"]?$")
_LIST_JOIN = re.compile(r"[、和及与]|以及")


def _strip_places(v: SentenceView, start: int, end: int) -> str:
    """The text between ``start`` and ``end`` without the places (and their 的) named there."""
    text = v.between(start, end)
    for h in sorted((h for h in v.hits if start <= h.start and h.end <= end and h.type == "Place"), reverse=True):
        a, b = h.start - start, h.end - start
        text = text[:a] + text[b:].removeprefix("的")
    return text


def _from_verbs(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    comms = _innermost(v)
    if not comms:
        return
    matches = [*lexicon_regex("service_verbs").finditer(v.text), *_MORE_ARRIVE.finditer(v.text)]
    for m in sorted(matches, key=lambda m: m.start()):
        vs, ve = v.start + m.start(), v.start + m.end()
        if m.group() == "到" and m.start() > 0 and v.text[m.start() - 1] in _NOT_BARE_TO:
            continue
        if _STAFF_VISIT.match(v.text, m.start()):
            continue  # 慰问了在某社区值守的员工: the staff working there are visited, no one serves
        lo, hi = v.clause_bounds(vs)
        targets = [c for c in comms if lo <= c.start and c.end <= hi and c.start >= ve - 2]
        if m.group() in _ARRIVE:
            # 来到某社区 / 走进某镇某村: the community is what the verb reaches (an address may precede it),
            # with those listed after it (来到某镇的甲村和乙村).
            reached = [c for c in targets if _reaches(v, ve, c)]
            for c in targets:
                if reached and c.start > reached[-1].end and c not in reached \
                        and _LIST_JOIN.fullmatch(_strip_places(v, reached[-1].end, c.start)):
                    reached.append(c)
            targets = reached
        if not targets:
            continue
        if m.group() in _ARRIVE and _STAFF_VISIT.match(v.text, targets[-1].end - v.start + 1):
            continue  # 带队到某街道,看望慰问在一线坚守的抢修队员: a visit to the unit's own staff
        actors = [h for h in v.hits if h.end <= vs and h.type in ("Person", "Company", "Organization")]
        persons = [h for h in actors if h.type == "Person"]
        subjects = _listed(v, persons[-1]) if persons else []
        reported = bool(subjects) and _reported(v.between(subjects[-1].end, vs))
        if reported:
            subjects = []  # 甲介绍,该公司…与某社区结成对子: what a speaker reports is not their own act
        units = [h for h in actors if h.type != "Person" and _UNIT_GLUE.match(v.between(h.end, vs))]
        units = units[-1:]
        if not subjects and not units and not reported:
            # No person acts: the unit that is the sentence's subject does (某公司…走进某村).
            first = next((h for h in actors if _is_subject(v, h, v.start)), None)
            units = [first] if first is not None and first.type != "Person" else []
        if m.group() in _ARRIVE:
            # 组成“某某”服务队,分赴某社区: the team just formed or sent out goes there too.
            # (组建了某服务队,利用周末到某社区: a short adverbial, no other mention, before the verb)
            units += [h for h in actors if h.type == "Organization" and h not in units
                      and _FORMED_GAP.match(v.between(h.end, vs)) and not any(h.end <= o.start < vs for o in v.hits)
                      and _FORMS.search(v.text[:h.start - v.start])]
        if not subjects and not units and _BARE_TEAM.match(v.between(lo, vs)):
            units = _named_team_before(ctx, vs)  # 服务队志愿服务某街道 / 队员们又来到某小区: the article's team
        if subjects and not units:
            units = _head_brings_unit(ctx, subjects[-1], v.between(subjects[-1].end, vs)) \
                or (_post_units(ctx, v, subjects[-1:], _FIELD_POSTS) if m.group() in _ARRIVE else [])
        for c in targets:
            for subject in subjects:
                yield Candidate(subject.key, "servesCommunity", c.key, v.start, v.end, "service-verb", 0.7,
                                reference=subject.is_reference)
            for u in units:
                yield Candidate(u.key, "servesCommunity", c.key, v.start, v.end, "service-verb", 0.7,
                                reference=u.is_reference)


def _reported(gap: str) -> bool:
    """The gap after a person holds a speech verb before the act (甲介绍,…), and the act is not the
    speaker's own group's (甲说,我们还到…)."""
    m = _SPEECH.search(gap)
    return m is not None and not _OWN_GROUP.search(gap[m.end():])


#: The head of a small unit (a station, a team) whose crew is the unit's own, unlike a company's executive.
_CREW_HEAD = ("所长", "站长", "班长", "组长", "队长", "主任")


def _head_brings_unit(ctx: Context, person: Hit, gap: str) -> list[Hit]:
    """某所所长P带领所里的共产党员服务队来到某村 / 某所所长P带领抢修班组,赶到某村: the unit's own team or crew
    goes with its head, so the unit serves (not a company's executive leading crews: 董事长P带领抢修人员)."""
    own_team = _LEADS_OWN_TEAM.match(gap)
    if not own_team and not _LEADS_CREW.match(gap):
        return []
    app = apposition_of(ctx, person) or _titled_elsewhere(ctx, person)
    if app is None or not app.titles or app.unit != app.unit_hit.key:
        return []
    if not own_team and not any(t.endswith(_CREW_HEAD) for t in app.titles):
        return []
    return [app.unit_hit]


def _titled_elsewhere(ctx: Context, person: Hit) -> Apposition | None:
    """他和队员们每月走进某村: the post the article gave the person first (a pronoun, or a name written
    again without its unit), when it gave one post only."""
    found = {(a.unit, a.titles): a for a in appositions(ctx) if a.person.key == person.key and a.titles}
    return next(iter(found.values())) if len(found) == 1 else None


#: 看望慰问(了)在一线坚守的抢修队员: a visit to staff (not to residents) is no service to the community.
_STAFF_VISIT = re.compile(r"(?:看望|慰问|看望慰问)了?[^,，;；。]{0,24}?(?:队员|员工|职工|抢修人员|一线人员|施工人员|值守人员|"
                          r"工作人员|干部职工)们?(?=[,，;；。]|$)")


#: 慰问了在某社区保电值守的员工: those working there are the ones visited (a relative clause).
_VISITED_THERE = re.compile(r"(?:看望|慰问)了?[^,，;；。]{0,6}在$")


#: A clause led by the team written alone (服务队, 队员们), with adverbs before the verb.
_BARE_TEAM = re.compile(r"^(?:[^,，;；。]{0,6}?[,，])?(?:该|这支)?(?:志愿|共产党员|党员)?(?:服务队|队员们)(?:[^,，;；。]{0,4})$")


def _named_team_before(ctx: Context, index: int) -> list[Hit]:
    """The one named team (an Organization whose name ends with 队) the article names before ``index``."""
    teams = {h.key: h for h in ctx.hits if h.type == "Organization" and not h.is_reference and h.end <= index
             and ctx.entities[h.key].name.rstrip("”\"").endswith("队") and not ctx.is_teaser(h.start)}
    return list(teams.values()) if len(teams) == 1 else []


_MODIFIER = re.compile(r"^了?(?:[^,，;；。]{1,10}的)?")
_MAX_REACH = 40
#: An address the recognizer did not name (温岭市石塘镇): administrative units one after another.
_ADDRESS = re.compile(r"^(?:[\u4e00-\u9fff]{1,5}?(?:省|市|县|区|镇|乡|街道))+$")


def _reaches(v: SentenceView, verb_end: int, c: Hit) -> bool:
    """The verb reaches ``c``: only its address (places, an outer community) and a short 的-modifier
    (受损最严重的) stand between."""
    gap = v.between(verb_end, c.start)
    if len(gap) > _MAX_REACH:
        return False  # no address runs this long; the bound also keeps run-on clauses from going cubic
    places = "".join(h.text for h in v.hits if verb_end <= h.start and h.end <= c.start
                     and h.type in ("Place", "Community"))
    bare = gap.removeprefix("了")
    if bare in (places, places + "的") or _ADDRESS.match(bare) or (bare.endswith("的") and _ADDRESS.match(bare[:-1])):
        return True  # 来到某市某区某街道(的)某社区
    m = _MODIFIER.match(gap)
    return m is not None and m.end() > 0 and gap[m.end():] == places


def _listed(v: SentenceView, last: Hit) -> list[Hit]:
    """The person ``last`` and those listed right before it (张三、李四), with the one leading them
    (张三带领李四、王五等党员)."""
    persons = [h for h in v.hits if h.type == "Person" and h.end <= last.end]
    out = [last]
    for h in reversed(persons[:-1]):
        gap = v.between(h.end, out[0].start)
        if gap not in _LEADS and not _LISTED_ROLE.match(gap):
            break
        out.insert(0, h)
    return out


_AGREEMENT = re.compile(r"^(?:(?:举行|开展|签订|签署|建立|结成)了?)?[“\"]?(?:党建)?(?:签订|签署|签约|共建|联建|结对|结成|"
                        r"[“\"][^”\"]{1,12}[”\"]结对)|^是[^,，;；。]{0,10}(?:结对|共建|帮扶|联建)")
#: 与甲村、乙村等帮扶村开展结对: the communities listed, then 等 and their kind.
_LIST_TAIL = re.compile(r"^(?:[、和及与][^,，;；。]{0,0})?等[^,，;；。]{0,6}?(?:村|社区|小区|街道)")
_AREA = re.compile(r"(?:辖区内?的?|周边的?)?$")
#: 某服务队,常年与某社区结对: a comma or an adverb of habit may stand between the unit and 与.
_PARTNER_GAP = re.compile(r"^[,，]?(?:将|还|也|继续|已经|已|正式|今年|常年|长年|长期|一直|定期|主动|先后|积极)*(?:与|同|和)$")


def _after_list(v: SentenceView, c: Hit) -> str:
    """What follows community ``c`` and the communities listed after it (甲村、乙村等帮扶村), adverbs dropped."""
    end = c.end
    for h in v.hits:
        if h.start >= end and h.type == "Community" and v.between(end, h.start) in ("、", "和", "及", "与"):
            end = h.end
    rest = v.text[end - v.start:]
    m = re.match(r"^等[^,，;；。]{0,6}?(?:村|社区|小区|街道|区域|片区|嘎查)", rest)
    if m:
        rest = rest[m.end():]
    return rest.lstrip("了")
_FOR = re.compile(r"[为爲对對给給](?:辖区内?的?|辖区|周边的?|附近的?|沿线的?)?(?:[\u4e00-\u9fff]{2,4}?[镇鎮乡鄉])?$")  # 为辖区内的某街道居民…
#: 为受灾最重的某村: a short 的-modifier before the community.
_FOR_MODIFIED = re.compile(r"[为给][^,，;；。为给在]{1,8}的$")
#: 为某村新增变压器 / 为某小区更换感应灯: work done for the community itself.
#: (为某村民宿集中区新增: a short place inside the community, without 的, may stand before the work)
_FOR_WORK = re.compile(r"^(?:[^,，;；。]{0,6}?的|[^,，;；。的为给]{1,6}?(?:区|点|片|组|楼))?(?:新增|新装|加装|安装|改造|更换|检修|架设|新建|建设|铺设|解决|办理|建立|提供|免费|集中)")
_RESIDENTS = re.compile(r"^(?:的)?[^,，;；。]{0,6}?(?:居民|村民|群众|住户|老人|用户|困难家庭|孤寡|长者|农户|残疾人|牧民|牧户|渔民)")
_WORK = re.compile(r"^(?:连续|日夜|一直|持续|全力|坚持)?[^,，;；。]{0,8}?(?:奋战|抢修|值守|坚守|守了|守着|守候|蹲守|驻守|忙碌|排查|巡视|作业|值班|帮扶|驻点|蹲点)"
                   r"|^为(?:居民|村民|群众|住户|老人|用户)")
_RESTORE = re.compile(r"(?:恢复|保障|解决|改善|提升|满足)了?$")
_RESTORED = re.compile(r"^(?:等[^,，;；。]{0,6})?的?(?:[^,，;；。]{0,10}?(?:居民|村民|用户|群众|住户|牧民|渔民)的?)?(?:供电|送电|用电|电力供应)")
#: 某村驻村工作队队员 / 在某村驻村已有三年: the person named before is stationed there.
_STATIONED = re.compile(r"^(?:驻村|驻点|挂点|(?:担任|任)(?:驻村)?第一书记)")
#: 在某村,某供电所党员服务队正在为村民检修…: the locative opens the sentence, the next clause's subject works there.
_LOCATIVE_HEAD = re.compile(r"^[^,，;；。]{0,12}在(?:[^,，;；。在]{1,8}的|[\u4e00-\u9fff]{1,5}?[镇乡])?$")  # 在受灾较重的某村
#: 在某社区开展安全用电宣传 / 对某村(等5个村)的换热站进行改造: the clause's actor does service work there.
_WORK_THERE = re.compile(r"^(?:的[^,，;；。的]{1,10}?)?[^,，;；。]{0,4}?(?:开展|进行|组织|举办)了?[^,，;；。]{0,12}?"
                         r"(?:宣传|服务|走访|排查|巡查|巡视|检修|抢修|志愿|慰问|帮扶|检查|维修|改造|安装|整治|便民|演练|[”\"]活动)")
#: 作为某村的帮扶单位,某公司… / 某村的结对共建单位某公司: the unit named next serves the community.
_WORK_AT = re.compile(r"[在对为](?:辖区内?的?|辖区|周边的?|沿线的?)?$")
_PARTNER_UNIT = re.compile(r"^的?(?:定点|对口|挂点|包联|包保|党建)?(?:帮扶|结对|共建|结对共建|包保|包联|联系点?|挂点|驻村)"
                           r"单位(?:[,，]|是|为)?")
#: 某所是某村的挂点帮扶单位: the unit before 是 (adverbs between) is the partner.
_IS_PARTNER = re.compile(r"(?:是|为|系)$")
#: 某公司作为某村的联系点单位: the unit before 作为 serves the community.
_AS_PARTNER = re.compile(r"作为$")
_ON_SITE_WORK = re.compile(r"[为给帮教][^,，;；。]{0,4}?(?:村民|居民|群众|住户|用户|老人)|检修|抢修|入户|上门|巡查|排查|检查|讲解|"
                           r"架设|安装|复电|送电|手把手|巡线|更换|维修|走访|核对|摸排|清洗|清理|抽水|排水|立杆|架线|"
                           r"除冰|融冰|铲雪|扫雪|开辟|搭建|转移|疏散|送到|送去|运送")
#: 在某社区的小广场上, / 记者在某社区看到, : the scene opens the sentence; what follows is done there.
_SCENE_TAIL = re.compile(r"^(?:的?[^,，;；。]{0,8}?(?:上|里|内|中|前|旁|门口)|看到|了解到|见到)?[,，]")
#: 甲和某社区的干部一起,…: the community's own people, working together with someone.
_WITH_ITS_STAFF = re.compile(r"^的?(?:社区|村|居委会|村委会)?(?:干部|网格员|工作人员|志愿者|党员|居委会干部|村干部)们?"
                             r"(?:一起|一道|一同|共同)")
#: 某社区网格员张三: a post held in the community itself.
_COMMUNITY_POST = re.compile(r"的?(?:兼职|专职)?(?:网格员|网格长|志愿者|驻村干部|驻村第一书记|第一书记|驻村工作队员|驻村队员)")


#: 甲是/成了/被聘为某社区(的)“电力网格员”: a service post held in the community (not its officials).
#: 某村的网格员是朝鲜族小伙P: the post, then the person who holds it.
_POST_IS = re.compile(r"是[^,，;；。是]{0,8}")
_BECOMES = re.compile(r"(?:是|成为|成了|被聘为|聘为|担任|当上了?)$")
_POST_OF = re.compile(r"^的?(?:兼职|专职)?[“\"]?(?:电力|挂点|包联|包保)?[”\"]?(?:网格员|网格长|联络员|联系人|驻点电力员|驻点员|台区经理|客户经理|志愿者"
                      r"|包联干部|包保干部|包联责任人|驻村第一书记|第一书记)")
#: (独立)负责某村(和某村)三个台区 / 负责某社区的用电服务: the area a utility worker answers for.
_IN_CHARGE = re.compile(r"(?:负责|分管(?:的是)?)(?:[^,，;；。负]{1,10}?(?:和|、|及|与)(?:邻近的|相邻的|附近的)?)?$")
_CHARGE_TAIL = re.compile(r"^(?:(?:和|、|及|与)(?:邻近的|相邻的|附近的)?[^,，;；。]{1,6}?(?:村|社区))?(?:[^,，;；。]{0,6}?)"
                          r"(?:台区|片区|网格|供电服务|用电服务|抄表|线路|入户|巡查|排查|抢修|[两二三四五六七八九十\d]+个(?:村|社区))")
#: 甲把某村、某村划为(自己的)联系点
_CONTACT_POINT = re.compile(r"^(?:划为|作为|列为|确定为|定为)(?:自己|他|她|其)?的?(?:党建)?(?:联系点|责任区|网格|包保"
                            r"|(?:定点|对口)(?:帮扶|结对|共建)?(?:社区|村|单位|点))")


#: 在某村(、某镇)设立了党员服务点 / 在某村正式揭牌运行: a post of the unit set up in the community.
_SET_UP = re.compile(r"^(?:[、和及][^,，;；。]{2,8}?(?:镇|乡|街道|社区|村))*(?:等[^,，;；。]{0,6}?)?"
                     r"(?:正式|率先|专门|还|也|首批)?(?:设立|设置|建立|建起|开设|挂牌成立|揭牌成立|挂牌|揭牌)了?"
                     r"[^,，;；。]{0,14}?(?:服务站|服务点|驿站|驻点|联系点|服务网点|工作站|便民点|运行)")
#: ,由党员P值守 / 由P负责: who keeps the post just set up.
_KEEPER = re.compile(r"^[^,，;；。]{0,12}?[,，]由(?:党员|队员|员工|网格员|台区经理)?$")
_KEEPS = re.compile(r"(?:值守|驻点|坐班|负责|常驻|轮值)")


def _keeper(v: SentenceView, index: int) -> list[Hit]:
    """The person who keeps a post set up at ``index``: 设立了党员服务点,由党员P值守."""
    p = next((h for h in v.hits if h.start >= index), None)
    if p is None or p.type != "Person" or not _KEEPER.match(v.between(index, p.start)) \
            or not _KEEPS.match(v.text, p.end - v.start):
        return []
    return [p]


def _earlier_clause_unit(v: SentenceView, lo: int, index: int) -> list[Hit]:
    """该公司将对…进行走访,并在某街道设立…: a clause led by 并/还 continues the unit acting before it (the
    last unit named in the sentence, no person named in it)."""
    if not re.fullmatch(r"(?:并|还|同时|并且|另外)(?:将|已|还)?在", v.between(lo, index + 1)):
        return []
    if any(h.type == "Person" for h in v.hits if h.end <= index):
        return []
    units = [h for h in v.hits if h.end <= lo and h.type in ("Company", "Organization")]
    return units[-1:]


#: 某局联合某局、某部在某街道开展巡查: the unit before 联合 leads; the partners it names do not.
_JOINT = re.compile(r"^(?:还|也|又)?联合")


def _joint_lead(v: SentenceView, actors: list[Hit]) -> list[Hit]:
    """The unit leading the joint work when the actor found is one of the partners listed after 联合."""
    if len(actors) != 1 or actors[0].type == "Person":
        return actors
    partner = actors[0]
    for h in v.hits:
        if h.end > partner.start:
            break
        if h.type in ("Company", "Organization") and _JOINT.match(v.between(h.end, partner.start)) \
                and not any(ch in ",，;；。" for ch in v.between(h.end, partner.start)):
            return [h]
    return actors


#: 承担/参与了 the service task of the communities listed next: the unit or person taking it on serves them.
_TAKES_ON = re.compile(r"(?:承担|承担了|参与了?|分包)$")
_TASK = re.compile(r"^[^,，;；。]{0,12}?的?(?:包联|包保|帮扶|结对|驻点|网格化?服务|入户|走访|抢修|巡查|复电|保电)"
                   r"[^,，;；。]{0,4}?(?:任务|工作)")


def _actors_before(v: SentenceView, index: int, lo: int) -> list[Hit]:
    """Who acts in the clause [lo, index): the persons listed last, else the last unit."""
    actors = [h for h in v.hits if lo <= h.start and h.end <= index and h.type in ("Person", "Company", "Organization")]
    persons = [h for h in actors if h.type == "Person"]
    if persons:
        return _listed(v, persons[-1])
    return actors[-1:] if actors else []


def _opening_unit(v: SentenceView, index: int) -> list[Hit]:
    """某公司派出服务队,对某村的用户上门服务: the unit opening the sentence acts in a later clause
    (no person or other unit stands between)."""
    before = [h for h in v.hits if h.end <= index and h.type in ("Person", "Company", "Organization")]
    if not before or before[0].type == "Person" or not _is_subject(v, before[0], v.start):
        return []
    first = before[0]
    if v.between(v.start, first.start).strip("“\"") and not re.match(r"^[^,，]{0,12}[,，]$", v.between(v.start, first.start)):
        return []
    if any(h.type == "Person" for h in before):
        return []
    for h in before[1:]:  # 某公司所属的某县公司派出…: the unit after 所属 acts
        if h.type == "Community" or not re.fullmatch(r"(?:所属|下属|旗下)的?", v.between(first.end, h.start)):
            break
        first = h
    return [first]


#: 常年为某村的老人上门服务 after 甲是某所的台区经理: a clause with no actor of its own, only adverbs.
_ADVERBS_ONLY = re.compile(r"^(?:常年|长年|经常|长期|一直|多年来|多次|还|也|又|都|坚持|主动|定期|每周|每月|每天|常常|始终)+$")
_SPEECH = re.compile(r"说|表示|介绍|告诉|称|指出|强调|认为|谈到")


def _opening_person(v: SentenceView, index: int, lo: int) -> list[Hit]:
    """甲是某所的台区经理,常年为某村的老人上门服务: the person opening the sentence acts in a later
    clause whose lead is only adverbs (no speech verb after the person: 甲说,…为某村 is someone else's act)."""
    before = [h for h in v.hits if h.end <= index and h.type in ("Person", "Company", "Organization")]
    if not before or before[0].type != "Person" or v.between(v.start, before[0].start).strip("“\""):
        return []
    if any(h.type == "Person" for h in before[1:]) or _SPEECH.search(v.between(before[0].end, lo)):
        return []
    return [before[0]]


_WITH_STAFF = re.compile(r"^的?(?:工作人员|员工|职工|党员|志愿者|队员|技术人员)(?:们)?(?:一起|一道)")


def _previous_clause_workers(v: SentenceView, lo: int) -> list[Hit]:
    """甲和某公司工作人员一起,为某社区老人更换… / 某公司的安检员甲则带着工具箱,为某社区的老人…: the
    clause right before (no speech verb) names who does the work; a unit whose staff join in does it too."""
    plo, _ = v.clause_bounds(lo - 2)
    clause = v.between(plo, lo)
    persons = [h for h in v.hits if plo <= h.start and h.end <= lo and h.type == "Person"]
    if not persons or _SPEECH.search(clause) or "、" in clause[-1:]:
        return []
    out = _listed(v, persons[-1])
    out += [h for h in v.hits if plo <= h.start and h.end <= lo and h.type in ("Company", "Organization")
            and _WITH_STAFF.match(v.text[h.end - v.start:])]
    return out


def _copula_subject(v: SentenceView, lo: int, head: str) -> list[Hit]:
    """甲既是某所的营业员,也是某社区网格员: the person opening the sentence is the subject of a later
    也是/还是 clause (no other person named between, no speech verb)."""
    if not head.endswith(("也是", "还是", "又是", "同时是")):
        return []
    before = [h for h in v.hits if h.end <= lo and h.type == "Person"]
    if len(before) != 1 or _SPEECH.search(v.between(before[0].end, lo)):
        return []
    first = before[0]
    lead = v.between(v.start, first.start)
    units = [h for h in v.hits if h.end <= first.start]
    if lead.strip("“\"") and not all(h.type in ("Company", "Organization") for h in units):
        return []
    if len(lead) > 24 or any(ch in ",，;；" for ch in lead):
        return []
    return [first]


def _opening_team(v: SentenceView, index: int) -> list[Hit]:
    """某服务队由某公司牵头组建,起把某村定为联系点: the unit opening the sentence (after 所在的) acts."""
    units = [h for h in v.hits if h.end <= index and h.type in ("Company", "Organization")]
    if not units:
        return []
    first = units[0]
    lead = v.between(v.start, first.start)
    if lead and not re.fullmatch(r"[^,，;；。]{0,4}所在的[“\"]?|[“\"]", lead):
        return []
    out = [first]
    person = next((h for h in v.hits if h.end <= first.start and h.type == "Person"), None)
    if person is not None and v.between(person.end, first.start).startswith("所在的"):
        out.append(person)  # 她所在的服务队: she serves with it
    return out


#: 某村驻村第一书记、某局干部P / 驻某村工作队队员、某局员工P: a service post in the community, then the
#: person's other posts.
_POST_CHAIN = re.compile(r"^的?(?:驻村)?(?:第一书记|驻村干部|工作队(?:队员|队长|副队长)|驻村工作队(?:队员|队长|副队长))"
                         r"(?:[、兼][^,，;；。]{1,24}?)?$")
#: 在某村,驻村第一书记、…P: the locative names the village of the post that opens the next clause.
_LOCATIVE_POST = re.compile(r"^[,，](?:驻村)?(?:第一书记|驻村干部|驻村工作队(?:队员|队长))(?:[、兼][^,，;；。]{1,24}?)?$")


def _post_chains(v: SentenceView) -> Iterator[Candidate]:
    """某村驻村第一书记、某局干部P / 驻某村工作队队员、某局员工P / 在某村,驻村第一书记、…P: P serves it."""
    comms = [h for h in v.hits if h.type == "Community"]
    for c in comms:
        p = next((h for h in v.hits if h.start >= c.end and h.type == "Person"), None)
        if p is None or p.start - c.end > 40:
            continue
        if any(h.type not in ("Company", "Organization", "Place") for h in v.hits if c.end <= h.start and h.end <= p.start):
            continue
        gap = v.between(c.end, p.start)
        locative = v.between(v.start, c.start).rstrip().endswith("在")
        if _POST_CHAIN.match(gap) or (locative and _LOCATIVE_POST.match(gap)):
            yield Candidate(p.key, "servesCommunity", c.key, v.start, v.end, "community-post", 0.7,
                            reference=p.is_reference)


#: 某社区是某中心的党建联系点 / 某村是某公司的定点帮扶村: the unit after 是 serves the community.
_PARTNER_OF = re.compile(r"的?(?:党建|志愿服务|定点|对口|结对|共建|网格化服务|网格化|网格|服务)*(?:帮扶)?(?:联系点|帮扶村|帮扶点|结对村|共建村|"
                         r"共建社区|联系村|联系社区|服务点|示范点)")


def _partner_copula(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    for c, u in pairwise(v.hits):
        if c.type == "Community" and u.type in ("Company", "Organization") and v.between(c.end, u.start) == "是" \
                and _PARTNER_OF.match(v.text, u.end - v.start):
            yield Candidate(u.key, "servesCommunity", c.key, v.start, v.end, "partner-unit", 0.7,
                            reference=u.is_reference)
    for c in (h for h in v.hits if h.type == "Community"):
        # 某村是该所的网格化服务联系点: the unit a bare noun stands for
        m = _BARE_UNIT_IS.match(v.text, c.end - v.start)
        if m is None or not _PARTNER_OF.match(v.text, m.end()):
            continue
        from .rel_title_refs import unit_for_noun

        noun = {"所": "供电所", "局": "供电局"}.get(m.group(1), m.group(1))
        unit = unit_for_noun(ctx, v.start + m.start(1), noun)
        if unit is not None:
            yield Candidate(unit.key, "servesCommunity", c.key, v.start, v.end, "partner-unit", 0.65, reference=True)


_BARE_UNIT_IS = re.compile(r"是(?:该|本|我们)(供电所|所|供电局|局|公司|分公司|支行|中心|营业厅)")


#: 为社区里的孤寡老人检查线路: the sentence's one named community, written again as a bare noun.
_BARE_RESIDENTS = re.compile(r"(?:为|给|帮)(?:社区|村)(?:里|内|中)的?[^,，;；。]{0,6}?(?:居民|村民|老人|住户|群众|用户|家庭)")


def _bare_residents(v: SentenceView) -> Iterator[Candidate]:
    named = {h.key for h in _innermost(v)}  # (某街道的某社区: the street is the community's address)
    if len(named) != 1:
        return
    community = next(iter(named))
    for m in _BARE_RESIDENTS.finditer(v.text):
        at = v.start + m.start()
        lo, _ = v.clause_bounds(at)
        for p in _listed_persons_before(v, at, lo):
            yield Candidate(p.key, "servesCommunity", community, v.start, v.end, "service-for", 0.65,
                            reference=p.is_reference)


def _listed_persons_before(v: SentenceView, at: int, lo: int) -> list[Hit]:
    return [h for h in _actors_before(v, at, lo) if h.type == "Person"]


#: Titles (no unit named) before the person opening a clause: 网格长兼社区党委副书记 / 台区经理.
_TITLE_LEAD = re.compile(r"^[^,，;；。“”\"、和与及]{0,12}?(?:长|员|书记|主任|经理)$")


#: Front-line posts whose area is their unit's area too (某供电所台区经理甲,负责某村两个台区).
_AREA_POSTS = ("台区经理", "网格员", "客户经理", "安检员", "抄表员", "巡线员")


#: Posts whose holder, arriving somewhere, brings the unit's own field work (not a client manager's call).
_FIELD_POSTS = ("台区经理", "网格员", "安检员", "抄表员", "巡线员")


def _post_units(ctx: Context, v: SentenceView, persons: list[Hit], posts: tuple[str, ...] = _AREA_POSTS) -> list[Hit]:
    """The unit named with the person's front-line post in this sentence: its area is the unit's."""
    units = []
    for p in persons:
        app = apposition_of(ctx, p)
        if app is not None and app.unit == app.unit_hit.key and v.start <= app.unit_hit.start < p.start \
                and any(t.endswith(posts) for t in app.titles):
            units.append(app.unit_hit)
    return units


def _on_site_subject(v: SentenceView, index: int) -> list[Hit]:
    """The unit or person opening the clause at ``index``, when that clause is work done on site."""
    lo, _ = v.clause_bounds(index)
    first = next((h for h in v.hits if h.start >= lo), None)
    if first is None or first.type not in ("Person", "Company", "Organization"):
        return []
    # 在某社区,网格长兼社区党委副书记甲带着网格员上门走访: a person may come after their titles.
    if first.start != lo and not (first.type == "Person" and _TITLE_LEAD.match(v.between(lo, first.start))):
        return []
    if not _ON_SITE_WORK.search(v.between(first.end, v.end)[:40]):
        return []
    if first.type != "Person":
        # 某公司的营业员张三,正…: the person described by the unit works there
        nxt = next((h for h in v.hits if h.start > first.start), None)
        if nxt is not None and nxt.type == "Person" and nxt.start - first.end <= 12 \
                and not any(ch in ",，;；" for ch in v.between(first.end, nxt.start)):
            return [nxt, first]
    return [first]


#: 所里还与某村结成共建对子: a word for the article's station or bureau, then the partner verb.
_UNIT_WORD_PARTNER = re.compile(r"(?:^|[,，;；“\"]|(?<=[该本]))(所里|站里|局里|公司|分公司|支行|分行|供电所|营业所|营业厅|"
                                r"供电局|供电中心|党支部|支部|党总支|突击队|服务队|志愿服务队|车队)"
                                r"(?:将|还|也|继续|已经|已|正式|今年|先后|近年来|多年来)*(?:与|同|和)$")
#: The noun a bare unit word stands for, as rel_title_refs resolves it (支部 is the one 党支部 named before).
_UNIT_WORD_NOUN = {"所里": "供电所", "站里": "站", "局里": "局", "支部": "党支部"}


def _unit_word_partner(ctx: Context, v: SentenceView, addr: int) -> list[Hit]:
    """The unit 所里/站里/局里 stands for (the one named before, as rel_title_refs resolves nouns)."""
    from .rel_title_refs import unit_for_noun

    m = _UNIT_WORD_PARTNER.search(v.between(v.start, addr))
    if m is None:
        return []
    noun = _UNIT_WORD_NOUN.get(m.group(1), m.group(1))
    unit = _speakers_unit(ctx, v, v.start + m.start(1), noun) or unit_for_noun(ctx, v.start + m.start(1), noun)
    return [Hit(v.start + m.start(1), v.start + m.end(1), m.group(1), unit.type, unit.key, True)] if unit else []


def _speakers_unit(ctx: Context, v: SentenceView, at: int, noun: str) -> Hit | None:
    """某公司总经理P告诉记者,公司已与某村…: the bare noun in what a titled person says is their own unit."""
    from .rel_title_refs import _noun_fits

    for h in reversed([h for h in v.hits if h.type == "Person" and h.end <= at]):
        app = apposition_of(ctx, h)
        if app is not None and app.titles and _SPEECH.search(v.between(h.end, at)) \
                and _noun_fits(ctx, app.unit, noun.removesuffix("里")):
            return app.unit_hit if app.unit == app.unit_hit.key else None
        break
    return None


_UNIT_WORD_SUBJECT = re.compile(r"(?:^|[,，;；])(?:该|本)?(公司|分公司|支行|供电所|营业所|供电局|供电中心)"
                                r"(?:将|还|也|继续|已经|已|今年|先后|多次|定期|每月|每年)*$")


def _unit_word_subject(ctx: Context, v: SentenceView, at: int) -> list[Hit]:
    """某公司副总经理P表示,…,公司在某街道开展…活动: the bare unit word opening the clause acts."""
    m = _UNIT_WORD_SUBJECT.search(v.between(v.start, at))
    if m is None:
        return []
    from .rel_title_refs import unit_for_noun

    start = v.start + m.start(1)
    unit = _speakers_unit(ctx, v, start, m.group(1)) or unit_for_noun(ctx, start, m.group(1))
    return [Hit(start, v.start + m.end(1), m.group(1), unit.type, unit.key, True)] if unit else []


def _person_partner(ctx: Context, v: SentenceView, addr: int) -> list[Hit]:
    """某中心主任P还与某街道签订了结对共建协议: the titled person signs, for the unit of their post."""
    person = [h for h in v.hits if h.end <= addr - 1 and h.type == "Person"
              and _PARTNER_GAP.match(v.between(h.end, addr))][-1:]
    if not person:
        return []
    app = apposition_of(ctx, person[0])
    if app is None or not app.titles:
        return []
    return [person[0], app.unit_hit] if app.unit == app.unit_hit.key else [person[0]]


def _from_phrases(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    """与某社区签订共建协议; 为某社区(的)居民…; 在某社区连续奋战; 恢复了某村(等几个村)的供电."""
    for c in _innermost(v):
        after = v.text[c.end - v.start:]
        # Drop the community's address written before it (与某街道某社区, 为某镇某村).
        addr = c.start
        for h in reversed([h for h in v.hits if h.end <= c.start]):
            if h.type in ("Place", "Community") and v.between(h.end, addr) in ("", "的"):
                addr = h.start
            elif h.type == "Community" and v.between(h.end, addr) in ("、", "和", "及"):
                addr = h.start  # 与甲村、乙村等…结对: the list's first community stands after 与
            else:
                break
        head = v.text[:addr - v.start]
        lo, _ = v.clause_bounds(c.start)
        rule = None
        actors: list[Hit] = []
        # 与辖区内的甲社区、乙社区…建立共建关系: the area word before the list is not the partner's.
        area = _AREA.search(head)  # always matches (an optional word at the end)
        at = addr - (len(area.group()) if area is not None else 0)
        if v.text[:at - v.start].endswith(("与", "同", "和")) \
                and _AGREEMENT.match(_BODY_AFTER.sub("", _after_list(v, c), count=1)):
            partner = [h for h in v.hits if h.end <= at - 1 and h.type in ("Company", "Organization")
                       and _PARTNER_GAP.match(v.between(h.end, at))][-1:]
            actors, rule = partner or _unit_word_partner(ctx, v, at) or _person_partner(ctx, v, at), "agreement"
            if not actors and lo > v.start and _PARTNER_GAP.match(v.between(lo, at)):
                # 某服务队成立于2019年,…,长期与甲社区结对共建: the clause has no subject of its own
                actors = _opening_unit(v, lo)
            if actors:
                # …签订结对帮扶协议,公司总经理P带队入村调研: who leads the partner's people into it
                actors = actors + [h for h in v.hits if h.type == "Person" and h.start > c.end
                                   and _LEADS_IN.match(v.text, h.end - v.start)]
        elif (m := _FOR.search(head) or _FOR_MODIFIED.search(head)) and (
                _RESIDENTS.match(after) or _RESIDENTS.match(_after_list(v, c))
                or (m.group()[:1] in "为给" and _FOR_WORK.match(_after_list(v, c)))):
            actors, rule = _actors_before(v, addr - 1, lo) or _opening_unit(v, addr - 1) \
                or _unit_word_subject(ctx, v, addr - len(m.group())), "service-for"
            if not actors and lo > v.start and _ADVERBS_ONLY.match(v.between(lo, addr - len(m.group()))):
                actors = _opening_person(v, addr - 1, lo)
            if not actors and lo > v.start and not v.between(lo, addr - len(m.group())):
                actors = _previous_clause_workers(v, lo)
        elif head.endswith("在") and _WORK.match(after) and not _VISITED_THERE.search(head):
            actors, rule = [h for h in _actors_before(v, addr - 1, v.start) if h.type == "Person"], "work-in"
        elif _RESTORE.search(head) and _RESTORED.match(after):
            # 他们赶到…,连续作业…,恢复了某村的供电: the subject may stand clauses before.
            actors, rule = _actors_before(v, addr, lo) or _actors_before(v, addr, v.start), "restored-supply"
        elif (w := _WORK_AT.search(head)) and (_WORK_THERE.match(after) or _WORK_THERE.match(_after_list(v, c))):
            at = v.start + w.start()  # (公司对辖区内的某社区…: the unit word before 对)
            actors, rule = _actors_before(v, addr - 1, lo) or _opening_unit(v, addr - 1) \
                or _unit_word_subject(ctx, v, at), "work-there"
            actors = _joint_lead(v, actors)
        elif head.endswith("在") and (m := _SET_UP.match(after)) is not None:
            # 某局还在某村设立了党员服务点,由党员P值守: the unit sets up a post serving the community
            actors = _actors_before(v, addr - 1, lo) or _opening_unit(v, addr - 1) \
                or _unit_word_subject(ctx, v, addr - 1) or _earlier_clause_unit(v, lo, addr - 1)
            actors = _joint_lead(v, actors) + _keeper(v, c.end + m.end())
            rule = "set-up"
        elif (m := _PARTNER_UNIT.match(after)) is not None:
            at = c.end + m.end()
            actors = [h for h in v.hits if h.start == at and h.type in ("Company", "Organization")]
            if not actors and _AS_PARTNER.search(head):
                actors = [h for h in v.hits if h.end == addr - 2 and h.type in ("Company", "Organization")]
            if not actors and _IS_PARTNER.search(head):
                actors = [h for h in v.hits if h.end == addr - 1 and h.type in ("Company", "Organization")]
            rule = "partner-unit"
        elif _STATIONED.match(after):
            actors, rule = [h for h in _actors_before(v, addr, v.start) if h.type == "Person"], "stationed"
        elif (_LOCATIVE_HEAD.match(v.between(lo, addr)) or _LOCATIVE_HEAD.match(v.between(v.start, addr).lstrip("“\""))) \
                and (m := _SCENE_TAIL.match(after)) is not None \
                and not any(h.type == "Community" and (h.start < addr or h.start >= c.end) for h in v.hits):
            actors, rule = _on_site_subject(v, c.end + m.end()), "on-site"
        elif _BECOMES.search(head) and _POST_OF.match(after):
            # 甲是某社区的“电力网格员” / 甲和乙被聘为某社区电力网格员: the persons hold a post there.
            actors = [h for h in _actors_before(v, addr, lo) if h.type == "Person"] or _copula_subject(v, lo, head)
            rule = "community-post"
        elif _TAKES_ON.search(head) and _TASK.match(_after_list(v, c)):
            # 某所承担甲社区、乙村等11个社区和村的包联任务 / 参与了甲村、乙村等9个村的入户复电工作
            actors, rule = _actors_before(v, addr, lo) or _opening_unit(v, addr), "takes-on"
        elif _IN_CHARGE.search(head) and _CHARGE_TAIL.match(_after_list(v, c)):
            # 台区经理甲,负责某村和某村两个台区: the person (of this clause, else of the sentence) serves them.
            actors = [h for h in _actors_before(v, addr, lo) or _actors_before(v, addr, v.start) if h.type == "Person"]
            actors += _post_units(ctx, v, actors)
            rule = "in-charge"
        elif head.endswith(("把", "将")) and _CONTACT_POINT.match(_after_list(v, c)):
            # 甲把某村、某村划为自己的联系点: the person takes them on.
            actors = [h for h in _actors_before(v, addr, lo) if h.type == "Person"] or _opening_team(v, addr)
            if not actors:
                # 某分公司随即把某社区列为定点帮扶社区: the unit right before 把 (adverbs between) takes it on
                actors = [h for h in v.hits if lo <= h.start and h.type in ("Company", "Organization")
                          and re.fullmatch(r"(?:随即|已|已经|还|也|今年|率先|主动|专门)*[把将]", v.between(h.end, addr))]
            rule = "contact-point"
        elif head.endswith(("和", "与", "同")) and _WITH_ITS_STAFF.match(after):
            # 网格员甲和某社区的干部一起,对…逐一排查: who works alongside the community's own people
            actors, rule = [h for h in v.hits if h.end == addr - 1 and h.type in ("Person", "Company", "Organization")
                            and h.start >= lo], "with-its-staff"
        elif (m := _COMMUNITY_POST.match(after)) is not None:
            actors = [h for h in v.hits if h.type == "Person" and (h.start == c.end + m.end() or (
                h.start > c.end + m.end() and _POST_IS.fullmatch(v.between(c.end + m.end(), h.start))))][:1]
            rule = "community-post"
        for a in actors:
            yield Candidate(a.key, "servesCommunity", c.key, v.start, v.end, rule or "", 0.7,
                            reference=a.is_reference)


def _team_units(ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """A unit's named team (某公司“某某”党员服务队) serving a community: the unit serves it too."""
    companies: list[tuple[str, Key]] | None = None
    for c in found:
        if c.head[0] != "Organization":
            continue
        view = ctx.sentence_of(c.start)
        if view is None:
            continue
        for h in view.hits:
            if h.key != c.head:
                continue
            # The longest company name the team's name starts with (某省公司某市公司“某某”服务队 -> 某市公司).
            if companies is None:
                companies = sorted((s, k) for k in ctx.entities if k[0] == "Company" for s in ctx.surfaces(k))
            names = [(len(n.text), n.key) for n in view.nested if n.start == h.start and n.end < h.end
                     and n.type == "Company"]
            names += [(len(s), k) for s, k in companies if h.text.startswith(s) and len(s) < len(h.text)]
            owner = max(names)[1] if names else _founder(view, h)
            if owner is not None:
                yield Candidate(owner, "servesCommunity", c.tail, c.start, c.end, "team-of-unit", 0.7)
            break


_FOUNDED_BY = re.compile(r"^(?:是)?由$")
_FOUNDS = re.compile(r"^(?:牵头|发起|联合)?(?:组建|成立|组织|创建|发起)")


def _founder(view: SentenceView, team: Hit) -> Key | None:
    """某服务队由某公司牵头组建: the company that set the team up (its name need not open the team's)."""
    for u in view.hits:
        if u.start >= team.end and u.type == "Company" and _FOUNDED_BY.match(view.between(team.end, u.start)) \
                and _FOUNDS.match(view.text[u.end - view.start:]):
            return u.key
    return None


#: 到村里调研 / 为村里的独居老人… / 在村里工作: the village written as a bare noun.
_BARE_VILLAGE = re.compile(r"(?:到|来到|回到|走进|进|驻|在|为|负责)(?:村里|村上|村中)"
                           r"|(?<![先推引促收开驶])(?:进|入)村(?![民委党级干镇里部庄集])"  # 进村开展体检, 蹚水进村
                           r"|(?:恢复了?|保障了?|对)全村|全村[^,，;；。]{0,10}?(?:恢复|复电|送电|来电)")  # 全村恢复供电


_UNIT_TEAM_GOES = re.compile(r"^(?:的?(?:[“\"][^”\"]{1,10}[”\"])?(?:青年|共产党员|党员|志愿)?(?:服务队|突击队|志愿服务队|小分队)"
                             r"(?:队员们?)?)?(?:还会|还|也|又|就|都|定期|每月|经常|常年|多次|专门|先后|已经|已)*$")
_OWN_GROUP = re.compile(r"他们|我们|咱们|自己")
_RESIDENT_WORDS = ("村民", "居民", "群众", "农户", "老人", "村医", "大爷", "大妈", "阿姨", "户主")


def _bare_village(ctx: Context) -> Iterator[Candidate]:
    """A person who goes to or works for 村里 serves the article's one village (named before)."""
    villages = sorted({h.key for h in ctx.hits if h.type == "Community" and not h.is_reference
                       and ctx.entities[h.key].name.endswith("村") and not ctx.is_teaser(h.start)})
    if len(villages) != 1:
        return
    village = villages[0]
    first = min(ctx.named_starts(village), default=None)
    for v in ctx.views_with("actor"):  # (the ones serving are actors of the sentence)
        if first is None or v.start < first or "Community" in v.types:
            continue
        for m in _BARE_VILLAGE.finditer(v.text):
            at = v.start + m.start()
            lo, _ = v.clause_bounds(at)
            persons = [h for h in _actors_before(v, at, lo) if h.type == "Person"]
            if not persons:
                listed = [h for h in _actors_before(v, at, v.start) if h.type == "Person"]
                named = [h for h in v.hits if h.type == "Person" and h.end <= at]
                # 甲带着乙、丙,…,全村恢复供电: the whole list when it is every person named before
                persons = listed if listed and listed[0] is next(iter(named), None) else listed[:1]
                # 甲表示,…服务站建在村里: what a speaker reports is not the speaker's act (unless the
                # speaker's own group acts: 甲介绍,他们还为村里的老人…)
                persons = [p for p in persons if not (_SPEECH.search(v.between(p.end, at))
                                                      and not _OWN_GROUP.search(v.between(p.end, at)))]
            for p in persons:
                if v.between(max(v.start, p.start - 3), p.start).endswith(_RESIDENT_WORDS):
                    continue  # 村民某某: a resident of the village does not serve it
                yield Candidate(p.key, "servesCommunity", village, v.start, v.end, "bare-village", 0.6,
                                reference=True)
            if not persons:
                # 某供电所的共产党员服务队还会进村入户: the unit whose team goes into the village
                units = [h for h in v.hits if lo <= h.start and h.end <= at and h.type in ("Company", "Organization")]
                if units and _UNIT_TEAM_GOES.match(v.between(units[-1].end, at)):
                    yield Candidate(units[-1].key, "servesCommunity", village, v.start, v.end, "bare-village", 0.6,
                                    reference=True)


#: 与某社区居委会联合开展入户走访活动: work run jointly with the community's own body.
_JOINT_WORK = re.compile(r"(?:联合|共同|一起)(?:开展|举办|组织)了?[^,，;；。]{0,16}?(?:入户|走访|上门|服务|帮扶|慰问|检修|排查|宣传)")
#: The community's own bodies: 某村党支部, 某社区居委会 stand for the community in an agreement.
_COMMUNITY_BODY = ("党支部", "党总支", "党工委", "党委", "村委会", "居委会", "村民委员会", "居民委员会", "办事处")


def _body_agreements(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    """甲供电所党支部与某镇某村党支部签订党建联建协议: the partner (and the unit whose party body it is)
    serves the community whose own body signs."""
    from .rel_positions import _unit_for

    for i, o in enumerate(v.hits):
        if o.type != "Organization" or not o.text.endswith(_COMMUNITY_BODY):
            continue
        suffix = next(b for b in _COMMUNITY_BODY if o.text.endswith(b))
        stem = o.text[:-len(suffix)]
        # 某区某街道党工委: the community is the stem without its address
        community = next((k for i in range(max(1, len(stem) - 1)) if (k := ctx.entity_named(stem[i:], ("Community",)))), None)
        after = v.text[o.end - v.start:]
        if community is None or not (_AGREEMENT.match(after) or _JOINT_WORK.match(after)):
            continue
        j = i
        while j > 0 and v.hits[j - 1].type in ("Place", "Community") and v.hits[j - 1].end == v.hits[j].start:
            j -= 1  # 与某镇某村党支部 / 与某区某街道某社区党委: the community's address
        start = v.hits[j].start
        partner = [h for h in v.hits[:j] if h.type in ("Company", "Organization") and h.end <= start - 1
                   and _partner_gap(v.between(h.end, start))][-1:]
        for h in partner:
            yield Candidate(h.key, "servesCommunity", community, v.start, v.end, "agreement", 0.7,
                            reference=h.is_reference)
            unit, prefix = _unit_for(ctx, h)
            if prefix and unit != h.key:
                yield Candidate(unit, "servesCommunity", community, v.start, v.end, "agreement", 0.65)


#: 与某社区党委签订…: the community's own body (not named as an entity) signs for it.
_BODY_AFTER = re.compile(r"^(?:党委|党总支|党支部|党工委|居委会|村委会|居民委员会|村民委员会)")


def _partner_gap(gap: str) -> bool:
    """与 between the partner and the community's body, with an address the recognizer did not name
    (与通海县某街道某社区党总支)."""
    m = re.match(r"^(?:将|还|也|继续|已|正式|今年)*(?:与|同|和)", gap)
    return m is not None and (m.end() == len(gap) or bool(_ADDRESS.fullmatch(gap[m.end():])))


#: 甲成了社区的“驻点电力员”: a post in the bare community, the one the sentence names.
_BARE_POST = re.compile(r"(?:是|成了|成为|被聘为|担任|作为)(?:社区|村里|该社区|该村)的?" + _POST_OF.pattern.removeprefix("^的?"))


def _bare_community_posts(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    """甲成了社区的“驻点电力员”: the sentence's one community; 甲既是…,也是社区的兼职网格员 with none named
    in the sentence: the article's one 社区 named before."""
    named = {h.key for h in v.hits if h.type == "Community"}
    if len(named) > 1:
        return
    community = next(iter(named)) if named else _article_community(ctx, v.start)
    if community is None:
        return
    for m in _BARE_POST.finditer(v.text):
        at = v.start + m.start()
        lo, _ = v.clause_bounds(at)
        persons = [h for h in v.hits if lo <= h.start and h.end <= at and h.type == "Person"][-1:]
        if persons and v.between(persons[0].end, at) != "":
            persons = []
        if not persons and m.group().startswith("是"):
            persons = _copula_subject(v, lo, v.between(lo, at + 1))
        for p in persons:
            yield Candidate(p.key, "servesCommunity", community, v.start, v.end, "community-post", 0.65,
                            reference=p.is_reference)


def _article_community(ctx: Context, before: int) -> Key | None:
    """The article's one 社区 (main text) named before ``before``, or None."""
    found = {h.key for h in ctx.hits if h.type == "Community" and not h.is_reference and h.end <= before
             and ctx.entities[h.key].name.endswith("社区") and not ctx.is_teaser(h.start)}
    return next(iter(found)) if len(found) == 1 else None


#: Work done at people's homes: what a crew does where the sentences before put it.
_ON_SITE_ACT = re.compile(r"挨家挨户|逐户|入户|上门|(?:为|给|帮)[^,，;；。]{0,6}?(?:居民|村民|群众|住户|老人|用户|他家|她家|农户)")
_SCENE_WINDOW = 2  # sentences back, inside the paragraph


def _scene_continuation(ctx: Context) -> Iterator[Candidate]:
    """某村村民某某家停了电。甲和乙先给他家拉了一根临时线: workers named at the start of a sentence that
    names no community, doing on-site work, serve the one community the paragraph's sentences before
    name (the scene)."""
    text = ctx.doc.text
    if not any(h.type == "Community" and not h.is_reference for h in ctx.hits):
        return  # no sentence names a scene
    # the sentences naming a community: a window holding none has no scene (most are skipped by bisection)
    named = [u.index for u in ctx.views_with("Community")]
    for v in ctx.views_with("Person"):
        si = v.index
        if "Community" in v.types or si == 0:
            continue
        at = bisect_left(named, si - _SCENE_WINDOW)
        if at == len(named) or named[at] >= si or ctx.is_teaser(v.start):
            continue
        prev = []
        for u in reversed(ctx.sentences[max(0, si - _SCENE_WINDOW):si]):
            if text.find("\n", u.end, v.start) >= 0 or ctx.is_teaser(u.start):
                break
            prev.append(u)
        scene = {c.key for u in prev if "Community" in u.types for c in _innermost(u) if not c.is_reference}
        if len(scene) != 1:
            continue
        first = next(h for h in v.hits if h.type == "Person")
        lo, _ = v.clause_bounds(first.start)
        lead = v.between(lo, first.start)
        if len(lead) > 8 or any(h.start < first.start and h.start >= lo for h in v.hits) \
                or lead.endswith(_RESIDENT_WORDS) or _SPEECH.search(lead):
            continue
        persons = [first]
        for h in v.hits:
            if h.start <= persons[-1].start or h.type != "Person":
                continue
            gap = v.between(persons[-1].end, h.start)
            if gap in _LEADS or _LISTED_ROLE.match(gap):
                persons.append(h)
            else:
                break
        after = v.between(persons[-1].end, v.end)[:40]
        if _SPEECH.match(after.lstrip("“\"")) or not _ON_SITE_ACT.search(after) or _SPEECH.search(after[:6]):
            continue
        community = next(iter(scene))
        for p in persons:
            yield Candidate(p.key, "servesCommunity", community, v.start, v.end, "on-site-continuation", 0.5,
                            reference=True)


#: 某村独居老人某某家线路老化 / 某社区的低保户某某: the community as the address of a resident.
_RESIDENT_AFTER = re.compile(r"的?(?:独居|孤寡|空巢|留守|困难|低保|五保)?(?:老人|村民|居民|低保户|五保户|住户|农户|群众|老党员)")


def _resident_scene(v: SentenceView) -> Iterator[Candidate]:
    """某村独居老人某某家线路老化,他带着台区经理乙上门服务: workers named after the resident, doing work at
    the home, serve the resident's community (the sentence's only one)."""
    comms = _innermost(v)
    if len({c.key for c in comms}) != 1:
        return
    c = comms[0]
    m = _RESIDENT_AFTER.match(v.text, c.end - v.start)
    if m is None:
        return
    resident_end = v.start + m.end()
    resident = next((h for h in v.hits if h.start == resident_end and h.type == "Person"), None)
    for h in v.hits:
        if h.type != "Person" or h.start < resident_end or (resident is not None and h.key == resident.key):
            continue  # (a 他 read as the resident, named last, is no worker)
        lo, hi = v.clause_bounds(h.start)
        if lo <= c.start:
            continue  # the worker's clause must be another than the resident's
        if _ON_SITE_ACT.search(v.between(h.end, hi)) and not _SPEECH.match(v.between(h.end, hi)):
            yield Candidate(h.key, "servesCommunity", c.key, v.start, v.end, "on-site", 0.6,
                            reference=h.is_reference)


#: 甲负责的网格位于某镇,包括甲村和乙村 / 她负责的台区覆盖某镇的甲村和乙村: the person's own area.
_OWN_AREA = re.compile(r"负责的(?:网格|台区|片区|区域|辖区)")
_AREA_COVERS = re.compile(r"覆盖|包括|涵盖|包含")


def _own_area(v: SentenceView) -> Iterator[Candidate]:
    m = _OWN_AREA.search(v.text)
    if m is None:
        return
    at = v.start + m.start()
    person = [h for h in v.hits if h.type == "Person" and h.end == at]
    cover = _AREA_COVERS.search(v.text, m.end())
    if not person or cover is None:
        return
    _, hi = v.clause_bounds(v.start + cover.start())
    for c in _innermost(v):
        if v.start + cover.end() <= c.start and c.end <= hi:
            yield Candidate(person[0].key, "servesCommunity", c.key, v.start, v.end, "in-charge", 0.65,
                            reference=person[0].is_reference)


#: 社区与某中心签订结对共建协议 / 社区与供电所结对共建以来: the bare community signs with a unit.
_BARE_SIGNS = re.compile(r"(?:^|[,，;；])(?:社区|村里)(?:还|也|已经|已|今年|正式)*(?:与|和|同)"
                         r"(?:(该|本)?(供电所|营业所|营业厅|供电服务中心|供电中心|支行|供电公司|公司))?")


def _bare_community_agreements(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    """社区与某公司签订共建协议: the unit serves the community the sentence (or the article) names."""
    from .rel_title_refs import unit_for_noun

    for m in _BARE_SIGNS.finditer(v.text):
        at = v.start + m.end()
        if m.group(2):
            unit = unit_for_noun(ctx, v.start + m.start(2), m.group(2))
            rest = v.text[m.end():]
        else:
            unit = next((h for h in v.hits if h.start == at and h.type in ("Company", "Organization")), None)
            rest = v.text[unit.end - v.start:] if unit is not None else ""
        if unit is None or not _AGREEMENT.match(rest):
            continue
        named = {h.key for h in v.hits if h.type == "Community"}
        named |= {k for h in v.hits if h.type == "Organization" and h.text.endswith(_COMMUNITY_BODY)
                  for b in _COMMUNITY_BODY if h.text.endswith(b)
                  if (k := ctx.entity_named(h.text[:-len(b)], ("Community",))) is not None}
        community = next(iter(named)) if len(named) == 1 else (None if named else _article_community(ctx, v.start))
        if community is not None:
            yield Candidate(unit.key, "servesCommunity", community, v.start, v.end, "agreement", 0.65,
                            reference=unit.is_reference or bool(m.group(2)))


_AGREEMENT_WORD = re.compile(r"协议|共建|联建|结对|对子")
#: 已覆盖甲社区、乙社区 / 计划覆盖某街道下辖的甲社区: a service or a mechanism reaching the communities listed.
_COVERS = re.compile(r"(?:已经|已|将|计划|逐步|现已)覆盖了?(?:[^,，;；。的]{1,10}的)?")
_COVER_UNIT_END = ("服务队", "公司", "供电所", "供电中心", "供电局", "营业厅", "营业所", "分行", "支行", "中心")


def _coverage(v: SentenceView) -> Iterator[Candidate]:
    """The last unit named before 已覆盖 in the sentence serves the communities listed right after it."""
    for m in _COVERS.finditer(v.text):
        at, after = v.start + m.start(), v.start + m.end()
        units = [h for h in v.hits if h.end <= at and h.type in ("Company", "Organization")
                 and h.text.endswith(_COVER_UNIT_END)]
        first = next((h for h in v.hits if h.start == after and h.type == "Community"), None)
        if not units or first is None:
            continue
        listed, end = [first], first.end
        for h in v.hits:
            if h.start > end and h.type == "Community" and v.between(end, h.start) in ("、", "和", "及", "与"):
                listed.append(h)
                end = h.end
        for c in listed:
            yield Candidate(units[-1].key, "servesCommunity", c.key, v.start, v.end, "coverage", 0.6,
                            reference=units[-1].is_reference)


def service_rules(ctx: Context) -> Iterator[Candidate]:
    found: list[Candidate] = list(_from_appositions(ctx))
    for v in ctx.views_with("any"):  # (each rule below reads a mention of the sentence)
        if "Community" in v.types and len(v.hits) == 1:
            if "服务队" in v.text or "队员们" in v.text:
                found.extend(_from_verbs(ctx, v))  # 服务队志愿服务某街道: the team is written alone
            if "负责的" in v.text:
                found.extend(_own_area(v))
            if "里" in v.text or _AGREEMENT_WORD.search(v.text):
                found.extend(_from_phrases(ctx, v))  # 所里/该支行还与某村结成共建对子: a word for the unit
        if len(v.hits) >= 2 and "Community" in v.types:
            found.extend(_from_verbs(ctx, v))
            found.extend(_from_phrases(ctx, v))
            if "负责的" in v.text:
                found.extend(_own_area(v))
            if "社区" in v.text or "村" in v.text:
                found.extend(_bare_community_posts(ctx, v))
                if "Person" in v.types:
                    found.extend(_resident_scene(v))
                found.extend(_bare_residents(v))
            if "Person" in v.types and ("第一书记" in v.text or "工作队" in v.text or "驻村干部" in v.text):
                found.extend(_post_chains(v))
            if "是" in v.text:
                found.extend(_partner_copula(ctx, v))
            if "覆盖" in v.text:
                found.extend(_coverage(v))
        if len(v.hits) >= 2 and "Organization" in v.types and ("协议" in v.text or "共建" in v.text
                                                                or "联建" in v.text or "结对" in v.text
                                                                or "联合" in v.text or "共同" in v.text):
            found.extend(_body_agreements(ctx, v))
    for v in ctx.sentences:  # 社区与供电所结对共建以来: the bare community signs
        if ("社区" in v.text or "村里" in v.text) and _AGREEMENT_WORD.search(v.text):
            found.extend(_bare_community_agreements(ctx, v))
    for v in ctx.views_with("Person"):  # 也是社区的兼职网格员 in a sentence naming no community
        if "Community" not in v.types and "社区" in v.text:
            found.extend(_bare_community_posts(ctx, v))
    yield from found
    yield from _team_units(ctx, found)
    yield from _bare_village(ctx)
    yield from _scene_continuation(ctx)
