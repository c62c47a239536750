"""participatedIn and organizedBy: who takes part in or organises an event.

The actor of an event is the subject of the verb before it: the first actor mention of the verb's
clause, else of the sentence before the verb (beneficiaries after 为/对/给 and things set up with 成立
are not subjects; a unit described with a person, 某公司总经理张三, stands for the person). A sentence
with no subject continues the previous sentence's subject (the evidence then spans both sentences).

- ``organiser-verb``: X召开/举办/组织/制订 EVENT -> EVENT organizedBy X (a person only takes part);
- ``participation-verb``: X开展/参加/打响/进行/纳入/投入到 EVENT -> X participatedIn EVENT; a party committee
  (某局党委) that 开展/打响 a campaign organises it;
- ``event-then-actor``: EVENT打响后, X迅速响应 -> X participatedIn EVENT;
- ``at-event``: X在EVENT上/中, 此次EVENT中,X… -> X participatedIn EVENT;
- ``team-named-after-event``: 抗冰保电突击队 takes part in 抗冰保电;
- ``campaign-verb``: a person described as 下沉社区党员 takes part in the article's 下沉 campaign;
- ``attends-event``: U召开某会,总经理P1、党委书记P2出席 / U举行演练,副局长P担任总指挥 / 某会议在某地召开,
  P出席: people titled after the event in its sentence who attend, speak or lead take part;
- ``supports-event``: 活动…,由某血站提供技术支持: a unit supporting the event takes part;
- ``joins-event``: 某局启动某应急响应,局长甲连夜率队赶赴…;下属乙局出动…,丙公司也派出突击队驰援: subjects
  of later clauses (also after a semicolon) that send, lead, join or support take part (甲、乙等17家企业与
  社区签订协议: units signing at the event join it);
- ``units-send-contestants``: 来自甲公司、乙公司等14家单位的42名选手/代表队: the units take part;
- ``led-by``: 某活动由某支部书记甲带队/任总指挥: the leader takes part;
- ``refers-to-event-coreference``: a sentence naming no event but referring back to one (本次竞赛, 该工程,
  此次演练, 活动由…, 会上, 赛前/赛后/比赛当天, 闭幕式上, 保电期间, or the event's own head word: 投运当天,
  行动中): the subjects of its clauses (and the titled persons listed with them) take part. Where the
  article names the operation powering a race (某马拉松保电), the race's time refers to that operation;
  disasters and events a utility only powers (高考) are never referred to. A sentence may also refer to
  the article's event by its kind alone: 出席会议/出席签约仪式/仪式上/陪同检查/演练由/为获奖…颁奖/夺得冠军/
  出席并讲话/作表态发言/本届比武/组织观摩人员; 会议听取了甲、乙和丙的工作汇报: the units heard report; units in it that 牵头组织/主办/具体承办 organise the event referred to, persons
  listed after 由 who 共同/分别带队 lead it.

- ``topic-operation`` (evidence from the nearest sentence naming it, else ``-coreference``): an article
  about one operation (the one the title names, else its only 抢修/保电/抢险/会战 operation that is no
  dated episode): subjects of clauses in sentences naming no event that do the operation's work (赶到现场, 值守, 支援; not customers who 复电, not 向/为抢修人员 gifts, not a
  speaker's clause before the work it reports: 甲介绍,抢修按…推进, 乙汇报了抢修进展) take part, and
  so do the units crews are drawn from (从甲、乙抽调…), units that set up a crew for it (组建党员突击队) and
  the leaders of its crews (甲队由某副总经理带队, 乙队领队是某主任). An article whose headline names its one
  quake or landslide by a name of its own (“5·22”某地地震回访) is about that disaster's response;
- ``acts-in-article-event``: an article about one event (named by its title or lead sentence; not a
  meeting or an inspection): subjects of clauses naming no event that 带队/派员参加/出动/赶赴, persons
  introduced by their origin (来自某所的新员工甲说) or by a part in it (裁判长, 担任领队, 在点评时指出);
- ``organiser-of-later-event``: 推荐甲参加乙公司今年10月举办的某竞赛 -> the later contest organizedBy 乙;
- ``group-set-up-for-event``: 某局成立某保电工作组 -> the event organizedBy the unit; persons given posts
  after it (甲任组长, 乙具体负责…) take part.

Events written before 保电/保供电 (召开某高考保电协调会) are not the event the actor joins or holds.
在此前举行的某演练中,某公司…: an attributive 举行的 with no actor of its own frames the event (at-event).

A unit that 开展/举行/推进 an event it holds itself organises it: directly (某公司在某地开展演练), through
its own people (某支行的党员志愿者…开展某宣传) or by organising them (某公司组织党员…开展某活动); 由甲与乙
联合开展, 由甲主办、乙承办的(2026年)某竞赛 and 由甲投资建设的某工程 make organisers; 甲联合乙开展 lists both,
and so do 甲联合乙、丙(在某地)开展 and 甲还与乙联合开展 (every allied unit holds it, whatever the event's head
noun); 由该公司工会主办,旗下乙、丙承办 names the unit its union stands for and the affiliates after 旗下. A person
who only announces an event as work to come (甲表示,将持续开展…) takes no part in it. The organiser of an event
is never also listed as taking part. Events a utility only powers (高考, 运动会) have no participants, and a
disaster named by its date (7月7日强降雨) none either: only a named storm (台风“某某”) or a disaster named by
a quoted date (“5·22”某地地震) has responders.

Also: ``sent-by-organiser`` (该公司…,并组织甲所、乙所的骨干开展某行动: the units sent take part, the sender
holds it); ``affiliates-of-holder`` (某公司启动某专项行动,所属甲、乙全员在岗: the affiliates take part); 开幕式由…
/本届某那达慕由… refer to the ceremony or festival named before; a unit that staffs a battle (组织党员突击队…,
全力打好某攻坚战) wages it. A unit that has held a campaign at a long place (已在辖区某某安置点开展) or went
somewhere to hold it (某服务队来到某村,开展某活动; not when 活动由甲与乙联合开展 names the holders) holds it; the
article's one event may be named in the lead's second sentence, and a battle against a storm is live (only a
disaster head is not); 将被授予…,并代表某公司参加某竞赛 puts that contest ahead of the story.

Winners named in a contest's sentence (在某大赛中,甲获得一等奖) and honourees of a commendation (某州召开表彰大会,
甲公司被某政府授予…) take part in it (``joins-event``). The programme a held event belongs to (本次竞赛是某劳动竞赛
的重要组成部分) is not what later sentences refer to. The time after a meeting or a quake (表彰会后, 地震后) is no
joining of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from ..model import LocalEntity
from .rel_base import Candidate, Context, Hit, Key, SentenceView, lexicon, lexicon_regex
from .rel_positions import apposition_of, appositions

__all__ = ["event_rules", "subjects"]

_ACTORS = ("Person", "Company", "Organization")
_ACTOR_SET = frozenset(_ACTORS)
_NOT_SUBJECT_BEFORE = re.compile(r"(为|对|给|向|成立|成立了|组建|组建了|以|帮助|帮|助|到|至|于|从|传达了?|学习了?)$")  # 从: 记者从某公司获悉
_GLUE = re.compile(r"^[了着过]*(?:到|于)?的?(?:\d{4}年度?)?[“‘\"「]*$")  # 举行2026年某仪式  # 投入到某行动中, 参与到…
_AFTER = re.compile(r"^(?:打响|开始|启动|爆发|发生|来临|到来)?(?:之后|后|以来)|^(?:打响|爆发|来临)的")
_SET_UP = re.compile(r"(成立|组建|组成|设立)")
#: Events that are over when the text goes on after them (a meeting, a quake): 某会后 is a time (仪式后 may
#: still be the day of the ceremony: 签约仪式后,双方党员一起走进社区).
_ENDED_BEFORE = re.compile(r"(?:会|会议|地震|滑坡|泥石流)$")
_DATE_START = re.compile(r"^[“”\"]?[^,，。]{0,12}?\d{1,2}月\d{1,2}日")
_AT = re.compile(r"^[“”‘’\"]*(?:[^,，。;；]{0,6}?)(?:上|中|期间|之际)")
_PARTY = ("党委", "党组")
_MAX_VERB_GAP = 6
#: 在2月20日召开的某会议上: the place or time of the event may stand between 在 and the event.
#: Events a utility only powers, never joins (NOTES.md): 高考中,某公司… is no participation.
_SERVED_ONLY = re.compile(r"(高考|中考|考试|运动会|亚运会|奥运会|冬奥会|博览会|峰会|庆典|周年)$")
#: What may open a sentence before an event it is set in (此次某演练中,…).
_OPENING_DET = re.compile(r"^[“”\"‘’ ]*(?:(?:据统计|据悉|据了解|据介绍|其中|同时)[,，])?(?:此次|本次|这次|在此次|在本次)?$")
_AT_BEFORE = re.compile(r"在[^,，。;；在]{0,12}$")
#: 带队到某村调研…, 到某市检查…: an event whose name is the action done at the place reached.
_VISIT = re.compile(r"(?:带队)?(?:到|赴|前往|深入|来到)")
#: A purpose clause with no actor of its own: 为某处架设…, 给某户检修….
_PURPOSE = re.compile(r"^(?:为|给|帮|替)[^,，。;；]{0,16}$")


#: 某赛事保电/保供电工作: the work of powering an event names the event without taking part in it.
_POWERED = re.compile(r"^(?:保电|保供电|供电保障|电力保障|保障供电)")
_DIRECTIVE_SOURCE = re.compile(r"(根据|按照|依照|遵照|落实|贯彻|执行)$")
#: 某网讯, 某网5月3日讯: the outlet of a dateline reports, it does not act.
_DATELINE = re.compile(r"(?:\d{1,2}月\d{1,2}日)?讯")
#: 某集团所属的某公司 / 某集团某省公司 (a parent written right before its unit): the later unit acts.
_AFFILIATED = re.compile(r"(?:(?:所属|下属|下辖|旗下)(?:的)?)?")


def _is_subject(v: SentenceView, h: Hit, lo: int) -> bool:
    """An actor mention that is not a beneficiary (为X), a thing set up (成立…X), the source of a
    directive (按照X部署) nor a dateline (某网讯) in its clause."""
    if h.type not in _ACTORS:
        return False
    before = v.text[max(lo, h.start - 4) - v.start:h.start - v.start]
    if _NOT_SUBJECT_BEFORE.search(before) or _DIRECTIVE_SOURCE.search(v.text[max(v.start, h.start - 4) - v.start:h.start - v.start]):
        return False
    if _DATELINE.match(v.text, h.end - v.start):
        return False
    clause_lo, _ = v.clause_bounds(h.start)
    lead = v.text[clause_lo - v.start:h.start - v.start]
    found = list(_SET_UP.finditer(lead))
    # 某团委组建的某服务队…: the team set up is the subject of what follows; 成立了某队 is not
    return not found or bool(_MADE_BY.match(lead[found[-1].end():]))


_MADE_BY = re.compile(r"^的[“\"]?$")


def subjects(ctx: Context, v: SentenceView, hit: Hit) -> list[Hit]:
    """Persons of appositions anchored on ``hit`` (某公司总经理张三 -> 张三), else [hit]."""
    index = ctx.cache.get("apposition-units")
    if index is None:
        index = {}
        for a in appositions(ctx):
            index.setdefault(a.unit_hit, []).append(a.person)
        ctx.cache["apposition-units"] = index
    return list(index.get(hit, ())) or [hit]


_LEADS = ("、", "和", "与", "及", "带领", "率领", "带着")


def _listed_after(v: SentenceView, first: Hit, index: int, types: tuple[str, ...], joins: tuple[str, ...]) -> list[Hit]:
    """``first`` and the hits of ``types`` listed right after it (joined by ``joins``) before ``index``."""
    out = [first]
    for h in v.hits:
        if h.start <= out[-1].start or h.end > index:
            continue
        gap = v.between(out[-1].end, h.start)
        if h.type not in types or (gap not in joins and not (types != ("Person",) and _UNNAMED_ITEM.fullmatch(gap))):
            break
        out.append(h)
    return out


#: A unit of a list the recognizer missed, between two it found (甲局、区消防救援支队、乙公司): the list goes on.
_UNNAMED_ITEM = re.compile(r"、[\u4e00-\u9fff]{2,12}?(?:支队|大队|中队|局|公司|中心|委员会|办事处|管委会)、")


def _led(v: SentenceView, first: Hit, index: int) -> list[Hit]:
    """A person and those listed or led after it before ``index`` (张三带领李四、王五等党员)."""
    return _listed_after(v, first, index, ("Person",), _LEADS)


_UNIT_LIST = ("、", "和", "与", "及", "以及", "联合", "会同", "及所属", "及下属", "和所属", "以及所属")


def _units_listed(v: SentenceView, first: Hit, index: int) -> list[Hit]:
    """A unit and the units listed right after it before ``index`` (甲公司和乙公司参加…)."""
    return _listed_after(v, first, index, ("Company", "Organization"), _UNIT_LIST)


def _coordinated(ctx: Context, v: SentenceView, lo: int) -> list[Hit]:
    """Persons of clauses before ``lo`` that are nothing but an apposition (某局局长甲,某社区书记乙出席…)."""
    out: list[Hit] = []
    end = lo - 1
    while end > v.start and v.text[end - v.start] in ",，、":
        start, _ = v.clause_bounds(end - 1)
        last = next((h for h in reversed(v.hits) if h.end <= end), None)
        app = apposition_of(ctx, last) if last is not None and last.end == end else None
        if app is None or app.unit_hit.start != start:
            break
        out[:0] = [app.person]
        end = start - 1
    return out


def _subject_before(ctx: Context, v: SentenceView, index: int) -> list[Hit]:
    lo, _ = v.clause_bounds(index)
    for start in (lo, v.start):
        for i, h in enumerate(v.hits):
            if start <= h.start and h.end <= index and _is_subject(v, h, start):
                # 某公司所属某局召开…: the unit after 所属 acts.
                while True:
                    m = _AFFILIATED.match(v.text, h.end - v.start)
                    nxt = v.hits[i + 1] if i + 1 < len(v.hits) else None
                    if not m or nxt is None or nxt.start != v.start + m.end() or nxt.end > index \
                            or nxt.type not in ("Company", "Organization") or h.type not in ("Company", "Organization"):
                        break
                    h, i = nxt, i + 1
                found = subjects(ctx, v, h)
                if len(found) == 1 and found[0].type == "Person":
                    found = _titled_after(ctx, v, _led(v, found[0], index), index)
                elif len(found) == 1 and found[0] is h:
                    found = _units_listed(v, h, index)
                if start == lo and found and found[0].type == "Person":
                    apposed = apposition_of(ctx, found[0])
                    if apposed is not None and apposed.unit_hit.start == lo:
                        found = _coordinated(ctx, v, lo) + found
                return found
    return []


def _titled_after(ctx: Context, v: SentenceView, group: list[Hit], index: int) -> list[Hit]:
    """``group`` and the titled persons listed after it before ``index`` (甲局书记张三、乙社区书记李四出席):
    each written with its own unit and title after 、/和."""
    out = list(group)
    for h in v.hits:
        if h.start <= out[-1].end or h.end > index or h.type != "Person":
            continue
        app = apposition_of(ctx, h)
        if app is None or app.unit_hit.start <= out[-1].end or v.between(out[-1].end, app.unit_hit.start) not in _LEADS[:4]:
            break
        out.append(h)
    return out


#: What may stand between the holder of a later event and its verb: 乙公司今年10月举办的.
_LATER_GAP = re.compile(r"(?:今年|明年|年内|将于|将在|拟于|于)?(?:\d{1,2}月)?(?:份|上旬|中旬|下旬|底|初)?")


def _later_holder(v: SentenceView, e: Hit, verb: tuple[str, int]) -> list[Candidate]:
    """参加乙公司今年10月举办的某竞赛: the unit right before the organiser verb of an event some will take
    part in later holds it."""
    if not verb[0].startswith("organiser") or "的" not in v.between(verb[1], e.start):
        return []
    lo, _ = v.clause_bounds(verb[1])
    units = [h for h in v.hits if h.type in _UNIT_TYPES and lo <= h.start and h.end <= verb[1]]
    if not units or not _LATER_GAP.fullmatch(v.between(units[-1].end, verb[1])):
        return []
    return [Candidate(e.key, "organizedBy", units[-1].key, v.start, v.end, "organiser-of-later-event", 0.7,
                      reference=units[-1].is_reference)]


def _subject_of_clause(ctx: Context, v: SentenceView, h: Hit) -> list[Hit]:
    """The subject ``h`` opening a clause after an event (启动仪式上,某局所属甲所、乙所等单位负责人递交…):
    the units after 所属 and those listed with them, else ``h``'s own subjects."""
    lo, hi = v.clause_bounds(h.start)
    own = subjects(ctx, v, h)
    if h.start != lo or own != [h] or h.type not in _UNIT_TYPES:
        return own  # (会上,某公司某所经理甲、乙等15人被授予…: a roll of honour, not a list of parties)
    return _subject_before(ctx, v, hi) or own


def _verb_before_memo(ctx: Context, v: SentenceView, e: Hit) -> tuple[str, int] | None:
    """_verb_before, found once per event mention (the event and the location rules both ask)."""
    memo = ctx.cache.get("verb-before")
    if memo is None:
        memo = ctx.cache["verb-before"] = {}
    if e.start not in memo:
        memo[e.start] = _verb_before(v, e)
    got: tuple[str, int] | None = memo[e.start]
    return got


#: What else may stand between a verb and its event (组织开展关于…的, 推进为期三天的…).
_VERB_OBJECT_LEAD = re.compile(r"^了?(关于|建立|对|推进|为期[^的]{1,4}的)")


def _verb_before(v: SentenceView, e: Hit) -> tuple[str, int] | None:
    """The organiser or participation verb right before an event mention (glue like 了 allowed)."""
    window = v.text[max(0, e.start - v.start - _MAX_VERB_GAP - 4):e.start - v.start]
    best = None
    for name in ("organiser_verbs", "participation_verbs"):
        for m in lexicon_regex(name).finditer(window):
            gap = window[m.end():]
            if _GLUE.match(gap) or (len(gap) <= _MAX_VERB_GAP and _VERB_OBJECT_LEAD.match(gap)):
                at = e.start - len(window) + m.start()
                # The verb nearest the event; of two ending together the longer (组织开展, not 开展).
                rank = (at + len(m.group()), len(m.group()))
                if best is None or rank > best[0]:
                    best = (rank, name, at, m.group())
    if best is None:
        return None
    return best[1] + ":" + best[3], best[2]


#: Events a unit holds itself when it is their direct subject (某公司开展某专项行动, 某公司在某岛开展演练).
_HELD = re.compile(r"(专项行动|行动|演练|检查|督查|活动|竞赛|比武|大赛|比赛|培训|培训班|仪式|会议|会|宣传|工程)$")
#: 某公司开展“某某大走访”活动 / 开展“某某”主题志愿服务活动: the head noun written after the quoted name (not 实践活动,
#: often a nationwide campaign a unit joins).
_HELD_AFTER_NAME = re.compile(r"[”\"’]?(?:主题)?(?:志愿服务|宣传|党日)?(?:专项行动|行动|活动|演练|竞赛)")
#: The same, inside a mention that keeps the noun: “某某”活动.
_QUOTED_HELD = re.compile(r"[”\"’](?:专项行动|行动|活动|演练|竞赛)$")
#: What may stand between a unit and its verb for the unit to be the direct subject.
_DIRECT = re.compile(r"^(?:(?:也|还|又|先后|随即|立即|迅速|积极|全面|深入|持续|继续|主动|集中|扎实|近日|日前|连日来|今年以来|"
                     r"今年|明年|将|已|已经|计划|[(（][^()（）]{1,20}[)）]|在[^,，。;；]{1,16}?))*$")
#: 某支行的党员志愿者走进某社区,开展某宣传 / 某公司组织党员到某村开展某活动: the unit's own people hold it.
_OWN_PEOPLE = re.compile(r"^(?:的(?:党员|青年|团员)?(?:志愿者|志愿服务队|党员|员工|职工|团员|干部)|"
                         r"(?:还|也|又|已经|已|将|先后|积极)*(?:组织|发动|动员)(?:全体|广大)?(?:党员|青年|团员|员工|职工|干部)?)")


def _role(verb_kind: str, actor: Hit, ctx: Context, v: SentenceView | None = None, e: Hit | None = None,
          verb_at: int = -1) -> str:
    kind, verb = verb_kind.split(":", 1)
    if actor.type == "Person":
        return "participatedIn"
    if e is not None and v is not None and verb in ("开展", "深入开展", "组织开展") and actor.end <= verb_at \
            and _OPERATION_HELD.search(ctx.entities[e.key].name) and not _JOINT.search(v.between(actor.end, verb_at)):
        # 某局立即启动应急响应,调集…,全力开展抗冰保供电: the unit runs its own operation (甲与当地政府联合开展
        # leaves it a party, below)
        return "organizedBy"
    if v is not None and e is not None and actor.end <= verb_at and verb in _JOINT_VERBS \
            and (_jointly_held(v, actor, verb_at) or _allied(v, actor, verb_at)):
        # 甲与乙联合开展 / 甲联合乙、丙开展某专项行动 / 甲与乙联合开展“某某敲门行动”/联合巡查: named partners
        # that join to hold something hold it together, whatever its head noun
        return "organizedBy"
    gap = v.between(actor.end, verb_at) if v is not None and actor.end <= verb_at else ""
    partnered = re.search(r"[,，;；]", gap)
    if (v is not None and e is not None and partnered and _JOINT.search(gap) and verb in ("开展", "举行")
            and _DIRECT.match(gap[partnered.end():].replace("每月", "").replace("每季度", "").replace("定期", ""))
            and (_HELD.search(ctx.entities[e.key].name) or _QUOTED_HELD.search(e.text)
                 or _HELD_AFTER_NAME.match(v.text, e.end - v.start))):
        return "organizedBy"  # 服务班与某社区结对共建,每月开展“某某”活动: the pairing is its own clause; the unit holds it
    if v is not None and actor.end <= verb_at and _JOINT.search(v.between(actor.end, verb_at)):
        return "participatedIn"  # 甲与乙举行签约仪式: a party to the event, not its organiser
    if kind == "organiser_verbs":
        return "organizedBy"
    if v is not None and e is not None and actor.end <= verb_at and verb in ("投入", "参加", "参与", "投入到") \
            and _ORGANISES_PEOPLE.search(v.between(v.clause_bounds(verb_at)[0], verb_at)) \
            and (_OPERATION_HELD.search(ctx.entities[e.key].name) or _HELD.search(ctx.entities[e.key].name)):
        return "organizedBy"  # 某公司…,组织320名抢修人员投入抗台抢险: the unit runs the operation it staffs
    if v is not None and e is not None and actor.end <= verb_at and verb in ("打好", "打赢", "打响") \
            and _BATTLE.search(ctx.entities[e.key].name) and _ORGANISES_PEOPLE.search(v.between(actor.end, verb_at)):
        return "organizedBy"  # 某局启动应急响应,组织党员突击队进驻…,全力打好某攻坚战: the unit wages the battle it staffs
    name = ctx.entities[actor.key].name
    if verb in ("开展", "打响", "深入开展") and actor.type == "Organization" and name.endswith(_PARTY):
        return "organizedBy"
    if (verb in ("开展", "举行", "深入开展", "推进") and v is not None and e is not None and actor.end <= verb_at
            and (_HELD.search(ctx.entities[e.key].name) or _QUOTED_HELD.search(e.text) or _HELD_AFTER_NAME.match(v.text, e.end - v.start)
                 or (verb == "开展" and v.text[e.start - v.start - 1:e.start - v.start] in ("“", "\"", "‘")
                     and _QUOTE_ALONE.match(v.text, e.end - v.start)))
            and (_DIRECT.match(v.between(actor.end, verb_at)) or _OWN_PEOPLE.match(v.between(actor.end, verb_at))
                 or (_WENT_TO.match(v.between(actor.end, verb_at)) and not _HELD_BY_NAMED.search(ctx.doc.text)))):
        return "organizedBy"
    return "participatedIn"


def _held_event(ctx: Context, v: SentenceView, e: Hit) -> bool:
    """An event a unit holds (某专项行动, 某演练, “某某”活动), not one it only joins."""
    return bool(_HELD.search(ctx.entities[e.key].name) or _QUOTED_HELD.search(e.text)
                or _HELD_AFTER_NAME.match(v.text, e.end - v.start))


#: 某服务队来到某村,开展某活动: the unit that goes somewhere to hold it holds it.
_WENT_TO = re.compile(r"^(?:走进|来到|深入|前往|走访)[^,，。;；]{2,20}[,，](?:先后|随即|集中|还|又)?$")
#: 活动由甲与乙联合开展: the writer names the holders elsewhere; the unit that went there is a party.
_HELD_BY_NAMED = re.compile(r"(?:活动|行动|演练)由[^,，。;；]{2,30}?(?:联合|共同)?(?:开展|主办|举办|组织)")
#: 开展“以购代捐”,: a campaign named by its quotes alone (开展“某某”实践活动 may be a nationwide one joined).
_QUOTE_ALONE = re.compile(r"[”\"’][,，。;；]")
_JOINT = re.compile(r"^(?:与|和|同)")
_JOINT_VERBS = frozenset({"开展", "举办", "举行", "组织", "组织开展"})
_UNIT_TYPES = frozenset({"Company", "Organization"})
_PARTNER_JOINS = ("与", "和", "同", "、", "及")
#: 甲与乙 / 甲还与乙 (an adverb before the join): partners listed before 联合开展.
_PARTNER_JOIN = re.compile(r"(?:也|还|又)?(?:与|和|同)|、|及")


def _jointly_held(v: SentenceView, actor: Hit, verb_at: int) -> bool:
    """甲与乙、丙联合开展: ``actor`` is one of a list of named units written right before 联合/共同 and the
    verb; a partner the text does not name (与当地政府联合开展) leaves the actor a participant."""
    units = [h for h in v.hits if h.type in _UNIT_TYPES and h.end <= verb_at]
    if len(units) < 2 or v.between(units[-1].end, verb_at) not in ("联合", "共同"):
        return False
    chain = [units[-1]]
    for h in reversed(units[:-1]):
        if not _PARTNER_JOIN.fullmatch(v.between(h.end, chain[0].start)):
            break
        chain.insert(0, h)
    return len(chain) >= 2 and actor in chain
def _allied(v: SentenceView, actor: Hit, verb_at: int) -> bool:
    """甲联合乙、丙(在某地)开展: the unit that 联合 others and the units it joins, listed right before the
    verb (a place or an adverb may stand between), hold the event together. Writers of every set read
    甲联合乙开展 so; 甲与乙联合开展 is _jointly_held's."""
    lo, _ = v.clause_bounds(verb_at)
    units = [h for h in v.hits if h.type in _UNIT_TYPES and lo <= h.start and h.end <= verb_at]
    for i, h in enumerate(units[:-1]):
        if not _ALLIES.fullmatch(v.between(h.end, units[i + 1].start)):
            continue
        chain = [h, units[i + 1]]
        for nxt in units[i + 2:]:
            if v.between(chain[-1].end, nxt.start) not in _PARTNER_JOINS:
                break
            chain.append(nxt)
        return actor in chain and bool(_DIRECT.match(v.between(chain[-1].end, verb_at)))
    return False


#: 还与 / 也和 / 同: the join before the partner of 甲与乙联合开展.
_WITH = re.compile(r"(?:也|还|又|再次|先后)?(?:与|和|同)$")
#: 联合乙 / 携手乙: the join before the partners of 甲联合乙开展 (会同乙 reads as joined, not co-held).
_ALLY_BEFORE = re.compile(r"(?:也|还|又|再次|积极|主动)?(?:联合|携手)$")
_PARTNER_LIST = ("、", "和", "及", "以及")


def _partners(v: SentenceView, verb: tuple[str, int], e: Hit) -> list[Hit]:
    """甲还与乙联合开展某演练 / 甲联合乙、丙(在某地)开展某巡查: the named partners that hold the event
    with the subject (the subject may stand in an earlier clause). None when the verb is attributive
    (与乙联合开展的某活动: a larger campaign the story only places)."""
    word = verb[0].split(":", 1)[1]
    at = verb[1]
    if word not in _JOINT_VERBS or "的" in v.between(at + len(word), e.start):
        return []
    lo, _ = v.clause_bounds(at)
    units = [h for h in v.hits if h.type in _UNIT_TYPES and lo <= h.start and h.end <= at]
    if not units:
        return []
    gap = v.between(units[-1].end, at)
    joint = gap in ("联合", "共同")
    if not joint and not _DIRECT.match(gap):
        return []
    chain = [units[-1]]
    for h in reversed(units[:-1]):
        if v.between(h.end, chain[0].start) not in _PARTNER_LIST:
            break
        chain.insert(0, h)
    before = v.text[max(0, chain[0].start - v.start - 6):chain[0].start - v.start]
    if (joint and _WITH.search(before)) or _ALLY_BEFORE.search(before):
        return chain
    return []


#: 甲联合乙 / 甲还联合乙 / 甲会同乙: the join of an allied list.
_ALLIES = re.compile(r"(?:也|还|又|再次|积极|主动)?(?:联合|会同|携手)")
#: 由某公司承办的某大会 / 某大会由某公司主办: the unit after 由 organises the event.
_BY = re.compile(r"^(?:承办|主办|组织|举办|发起|牵头)(?:的)?$")
_BY_AFTER = re.compile(r"^由$")
#: 由甲 / 由集团旗下的甲: the unit after 由 (a bare parent noun may stand between).
#: 由公司人力资源部组织: the writer's own body may stand unnamed before its department.
_BY_BEFORE = re.compile(r"由(?:(?:该|本)?(?:公司|集团|局)|[^,，。;；由]{0,6}?(?:旗下|下属|所属)的?"
                        r"|[\u4e00-\u9fff]{0,8}?(?:工会|团委|党委|部|办|局|中心|委员会|街道|社区)[和与、及])?$")  # 由公司工会和某部联合主办
_BY_VERB = re.compile(r"(?:统一|负责|联合|共同|具体)?(?:投资建设|承办|主办|组织召开|组织开展|组织|举办|发起|牵头|主持召开|召开|部署开展|开展|实施|举行|部署)")
#: A unit's own body written after it with no name of its own (由该公司工会主办, 由某局团委组织).
_SUB_BODY = re.compile(r"(?:工会|团委|党委)?")
#: 甲主办、乙承办: the hosting verbs that name organisers without 由.
_HOSTS = re.compile(r"(?:联合|共同|具体)?(?:主办|承办|协办)")
#: What opens the next host of a list (由甲主办,旗下乙、丙承办 / ,其全资子公司乙具体承办).
_NEXT_ROLE = re.compile(r"[、,，](?:其)?(?:全资子公司|控股子公司|旗下|下属|所属)?的?")
#: Between an event and the unit that organises it: 由, or 由该公司 before the unit's department.
_BY_LEAD = re.compile(r"[”\"’]?(?:机制|工作)?由(?:(?:该|本)?(?:公司|集团|局)|[\u4e00-\u9fff]{0,8}?(?:工会|团委|党委|部|办|局|中心|委员会|街道|社区)"
                      r"[和与、及])?")
#: 某会议在某公司召开: a meeting held at a unit is the unit's.
_HELD_AT = re.compile(r"^(?:[^,，。;；]{0,14}?)(?:召开|举行|举办|开幕|启动|实施)")
#: Operations a unit runs itself when it 开展 them (抗冰保供电, 抗灾复电, 某专项行动).
_OPERATION_HELD = re.compile(r"(?:保电|保供电|抢修|抢险|复电|专项行动)$")
#: A battle (某保供电攻坚战, 某阻击战): waged by the unit that staffs it.
_BATTLE = re.compile(r"(?:攻坚战|保卫战|阻击战|歼灭战|保电战|会战)$")


#: 由某公司主办的2026年某竞赛 / 第六届某竞赛: a year or an edition may open the event's name.
_EVENT_LEAD = re.compile(r"的[“\"]?(?:\d{4}年度?)?(?:第[一二三四五六七八九十百\d]+(?:届|期))?")  # 的2026年第一期某培训班


def _organised_by(v: SentenceView) -> Iterator[Candidate]:
    """由U承办的E; E由U主办 (E's head noun alone, 大会由…主办, is the event of the sentence before)."""
    hits = v.hits
    for i, u in enumerate(hits):
        prev = hits[i - 1] if i else None
        if u.type in ("Company", "Organization") and prev is not None and prev.type == "Event" \
                and v.between(prev.end, u.start) == "在" and _HELD_AT.match(v.text[u.end - v.start:]):
            yield Candidate(prev.key, "organizedBy", u.key, v.start, v.end, "held-at-unit", 0.75,
                            reference=u.is_reference or prev.is_reference)
            continue
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if u.type in ("Company", "Organization") and nxt is not None and nxt.type == "Event" \
                and v.between(u.end, nxt.start) in ("", "的") \
                and (u.start == v.start or v.text[u.start - v.start - 1] in ",，") \
                and _HELD_AT.match(v.text[nxt.end - v.start:]):
            # 某公司(的)某会议在…召开: the unit's own gathering.
            yield Candidate(nxt.key, "organizedBy", u.key, v.start, v.end, "unit-event-held", 0.7,
                            reference=u.is_reference or nxt.is_reference)
            continue
        if u.type not in ("Company", "Organization"):
            continue
        parent = prev if prev is not None and prev.type in _UNIT_TYPES and prev.end == u.start \
            and v.text[prev.start - v.start - 1:prev.start - v.start] == "由" else None
        by = parent is not None or _BY_BEFORE.search(v.text[max(0, u.start - v.start - 12):u.start - v.start])
        if not by and prev is not None and prev.type in _UNIT_TYPES and v.between(prev.end, u.start) in _UNIT_LIST:
            continue  # a later unit of a list already read from its first
        group = [u]  # 由甲公司和乙公司联合举办: every unit listed after 由
        j = i
        while j + 1 < len(hits) and hits[j + 1].type in ("Company", "Organization") \
                and v.between(hits[j].end, hits[j + 1].start) in _UNIT_LIST:
            j += 1
            group.append(hits[j])
        # (由某局安全监管部牵头: the department after its parent unit; 甲主办、乙承办的: hosts without 由)
        # (由该公司工会主办: the unit's union, named by no entity of its own, holds it for the unit)
        sub = _SUB_BODY.match(v.text, group[-1].end - v.start) if by else None
        verb = (_BY_VERB if by else _HOSTS).match(v.text, sub.end() if sub else group[-1].end - v.start)
        if not verb:
            continue
        while True:
            # 由甲主办、乙承办的某竞赛 / 由甲主办,旗下乙、丙和丁承办: every unit with its own role organises it
            gap = _NEXT_ROLE.match(v.text, verb.end())
            if gap is None or j + 1 >= len(hits) or hits[j + 1].type not in _UNIT_TYPES \
                    or hits[j + 1].start != v.start + gap.end():
                break
            k = j + 1
            while k + 1 < len(hits) and hits[k + 1].type in _UNIT_TYPES \
                    and v.between(hits[k].end, hits[k + 1].start) in _UNIT_LIST:
                k += 1
            next_verb = (_BY_VERB if gap.group() in ("、", ",", "，") else _HOSTS).match(v.text, hits[k].end - v.start)
            if not next_verb:
                break
            group.extend(hits[j + 1:k + 1])
            j, verb = k, next_verb
        if not by and not v.text.startswith("的", verb.end()):
            continue  # 甲主办、乙承办的某竞赛: without 由, only the attributive form names the hosts
        after = v.start + verb.end()
        nxt = hits[j + 1] if j + 1 < len(hits) else None
        lead = _EVENT_LEAD.match(v.text, after - v.start)
        if nxt is not None and nxt.type == "Event" and (nxt.start == after or (lead and nxt.start == v.start + lead.end())
                                                        or v.between(after, nxt.start) == "的"):  # the mention keeps the year
            # 由甲承办的某会 / 由甲负责实施某工程
            for g in group:
                yield Candidate(nxt.key, "organizedBy", g.key, v.start, v.end, "organised-by", 0.85,
                                reference=g.is_reference)
            continue
        before = hits[i - 2] if parent is not None and i >= 2 else prev
        gap_text = v.between(before.end, (parent or u).start) if before is not None else ""
        if before is not None and before.type == "Event" and _BY_LEAD.fullmatch(gap_text):
            # 某大会由甲主办 / 某行动由该公司营销部牵头组织 / 某活动由某局某部牵头组织
            for g in group:
                yield Candidate(before.key, "organizedBy", g.key, v.start, v.end, "organised-by", 0.85,
                                reference=g.is_reference or before.is_reference)


def _emit(actor: Hit, event: Key, role: str, start: int, end: int, rule: str, conf: float) -> Candidate:
    if role == "organizedBy":
        return Candidate(event, "organizedBy", actor.key, start, end, rule, conf, reference=actor.is_reference)
    return Candidate(actor.key, "participatedIn", event, start, end, rule, conf, reference=actor.is_reference)


#: A verb that sends a unit's people (组织甲所的骨干, 抽调乙队队员) right before the units listed.
_SENDS = re.compile(r"(?:组织|抽调|调集|动员|带领)(?:了)?(?:辖区|所属|下属)?$")
#: What follows the listed units for them to be the people sent: their people, then the verb (a unit the
#: recognizer missed may close the list: 甲所、乙所的骨干).
_THEIR_PEOPLE = re.compile(r"^(?:[、和及与][\u4e00-\u9fff]{2,12}?)*的?(?:骨干|党员|员工|职工|人员|技术骨干|业务骨干|抢修人员|抢修队员|青年|干部)(?:力量)?")


def _sent_by(ctx: Context, v: SentenceView, actors: list[Hit], verb_at: int) -> list[Hit] | None:
    """The units (of the sentence's subject) that send ``actors``' people to the event: 该公司…,并组织甲所、
    乙所的骨干开展某行动. None when the actors are not written as the object of such a verb."""
    units = [a for a in actors if a.type in _UNIT_TYPES]
    if not units or len(units) != len(actors):
        return None
    first, last = min(units, key=lambda h: h.start), max(units, key=lambda h: h.end)
    lo, _ = v.clause_bounds(first.start)
    sends = _SENDS.search(v.between(lo, first.start))
    if sends is None or not _THEIR_PEOPLE.match(v.between(last.end, verb_at)):
        return None
    at = lo + sends.start()
    return [h for h in _subject_before(ctx, v, at) if h.type in _UNIT_TYPES and h.end <= at] or []


def _sentence_events(ctx: Context, v: SentenceView, carried: list[Hit], carried_start: int
                     ) -> tuple[list[Candidate], list[Hit]]:
    out: list[Candidate] = []
    last_subjects: list[Hit] = []
    events = v.events
    for e in events:
        verb = _verb_before_memo(ctx, v, e)
        if verb is not None and _ahead(ctx, e):
            # 对获奖选手将优先推荐参加某竞赛: who will be sent later is not the sentence's subject; the unit
            # that holds the later event is its organiser (推荐甲参加乙公司今年10月举办的某竞赛)
            out.extend(_later_holder(v, e, verb))
            continue
        after = v.text[e.end - v.start:]
        if _POWERED.match(after):
            continue  # 召开某赛事保电协调会: the gathering is about powering the event, not the event
        if verb is not None and _AT.match(after) and "的" in v.between(verb[1], e.start):
            # 在此前举行的某演练中,该公司…: an attributive verb with no actor of its own frames the event
            at = _AT_BEFORE.search(v.text[:verb[1] - v.start])
            if at is not None and not any(h.type in _ACTORS for h in v.hits
                                          if v.start + at.start() <= h.start and h.end <= verb[1]):
                verb = None
        own = _own_body(ctx, v, verb[1]) if verb is not None else None
        if own is not None and verb is not None:
            # 某公司书记甲表示,公司将开展某活动: the writer's own body holds it, not the speaker
            role = "organizedBy" if _OWN_HOLDS.search(verb[0]) or _ORGANISES_PEOPLE.search(
                v.between(v.clause_bounds(verb[1])[0], verb[1])) else "participatedIn"
            out.append(_emit(own[0], e.key, role, own[1], v.end, "own-body-holds", 0.65))
            last_subjects = [own[0]]
            continue
        if verb is not None:
            actors = _subject_before(ctx, v, verb[1])
            span = (v.start, v.end)
            rule = "organiser-verb" if verb[0].startswith("organiser") else "participation-verb"
            conf = 0.8
            if not actors and carried:
                actors, span, conf = carried, (carried_start, v.end), 0.55
                rule += "-carried"
            actors = _list_before(v, actors, verb[1]) + actors
            actors = [a for a in actors if not _announces_plan(v, a, verb[1])]
            sent = _sent_by(ctx, v, actors, verb[1]) if rule in ("participation-verb", "organiser-verb") else None
            if sent is not None:
                # 该公司…,并组织甲所、乙所的骨干开展某专项行动: the units sent take part, the sender holds it
                out.extend(_emit(a, e.key, "participatedIn", span[0], span[1], "sent-by-organiser", 0.7) for a in actors)
                out.extend(_emit(o, e.key, "organizedBy", span[0], span[1], "sent-by-organiser", 0.65) for o in sent)
                last_subjects = actors
                continue
            partners = _partners(v, verb, e) if rule in ("participation-verb", "organiser-verb") \
                and _held_event(ctx, v, e) else []
            if partners and all(a in partners for a in actors):
                # 甲…,还与乙联合开展某演练: the subject stands before the join, in the clause or before it
                actors = [a for a in _subject_before(ctx, v, partners[0].start) if a.type in _UNIT_TYPES] + actors
            for p in partners:
                if p not in actors:
                    out.append(_emit(p, e.key, "organizedBy", span[0], span[1], "joint-partner", 0.7))
            for a in actors:
                role = "organizedBy" if partners and a.type in _UNIT_TYPES else _role(verb[0], a, ctx, v, e, verb[1])
                out.append(_emit(a, e.key, role, span[0], span[1], rule, conf))
                if a.type == "Person" and _INSPECTION.search(ctx.entities[e.key].name) \
                        and _LEADS_PARTY.match(v.text, a.end - v.start):
                    # 某公司副总经理甲带队到某县,开展某专项督查: the leader's unit holds its inspection
                    ap = apposition_of(ctx, a)
                    if ap is not None and ap.titles and ap.unit is not None:
                        out.append(Candidate(e.key, "organizedBy", ap.unit, span[0], span[1], "inspection-led", 0.65))
                if a.type == "Person" and verb[0].startswith("organiser") and _MEETING.search(ctx.entities[e.key].name):
                    # 某公司总经理张三主持召开某会议: the meeting is held by the chair's unit.
                    ap = apposition_of(ctx, a)
                    unit = ap.unit if ap is not None and ap.titles else None
                    if unit is not None:
                        out.append(Candidate(e.key, "organizedBy", unit, span[0], span[1], "chaired-by", 0.7))
            last_subjects = actors or last_subjects
            continue
        lo, _ = v.clause_bounds(e.start)
        visit = None
        for visit in _VISIT.finditer(v.text, lo - v.start, e.start - v.start):
            pass
        if visit is not None and _only_mentions(v, v.start + visit.end(), e.start):
            actors = _subject_before(ctx, v, v.start + visit.start())
            for a in actors:
                out.append(_emit(a, e.key, "participatedIn", v.start, v.end, "visit-event", 0.7))
            if actors:
                last_subjects = actors
                continue
        lo, _ = v.clause_bounds(e.start)
        if (_PURPOSE.match(v.text[lo - v.start:e.start - v.start])
                and not any(h.type in _ACTORS for h in v.hits if lo <= h.start < e.start)):
            # 张三带领李四…进入某村,为村里的安置点架设应急电源: the sentence's subject does it.
            actors = _subject_before(ctx, v, lo)
            for a in actors:
                if a.type == "Person":
                    out.append(_emit(a, e.key, "participatedIn", v.start, v.end, "purpose-clause", 0.6))
            if actors:
                continue
        m = _AFTER.match(after)
        if m and _ENDED_BEFORE.search(ctx.entities[e.key].name):
            m = None  # 表彰会后,… / 某地4.9级地震后: the time after a meeting or a quake, not joining it
        if m:
            lo = e.end + m.end()
            actors = _subject_before(ctx, v, e.start)
            if not actors:
                later = [h for h in v.hits if h.start >= lo and _is_subject(v, h, lo)]
                actors = subjects(ctx, v, later[0]) if later else []
            for a in actors:
                out.append(_emit(a, e.key, "participatedIn", v.start, v.end, "event-then-actor", 0.7))
            if actors:
                last_subjects = actors
                continue
        # 在某会议上 / 签约仪式上,…: at a gathering (a sentence opening with 某台风期间 is only a time).
        if _AT.match(after) and (_AT_BEFORE.search(v.text[:e.start - v.start])
                                 or (_OPENING_DET.match(v.text[:e.start - v.start]) and (after.startswith("上") or (after.startswith(("中,", "中，"))
                                      and not _SERVED_ONLY.search(ctx.entities[e.key].name))))):
            later = [h for h in v.hits if h.start >= e.end and _is_subject(v, h, e.end)][:1]
            actors = _subject_before(ctx, v, e.start) or [s for h in later for s in _subject_of_clause(ctx, v, h)]
            for a in actors:
                out.append(_emit(a, e.key, "participatedIn", v.start, v.end, "at-event", 0.65))
            continue
        if (carried and _DATE_START.match(v.text)
                and not any(_is_subject(v, h, v.start) for h in v.hits if h.end <= e.start)):
            for a in carried:
                out.append(_emit(a, e.key, "participatedIn", carried_start, v.end, "carried-subject", 0.45))
    if not last_subjects and events:
        first = next((h for h in v.hits if _is_subject(v, h, v.start)), None)
        last_subjects = subjects(ctx, v, first) if first is not None else []
    return out, last_subjects


#: 甲表示,(公司)下一步将开展某行动 / 甲介绍,将持续开展…: a speaker announcing work to come.
_SPEECH = re.compile(r"(?:表示|介绍|说|指出|强调|透露)[,，:：]")
_PLAN = re.compile(r"将|计划|下一步|拟|准备|今后")


def _announces_plan(v: SentenceView, actor: Hit, verb_at: int) -> bool:
    """Whether a person only announces the event as work to come (甲表示,将持续开展某专项行动): the speaker
    names a plan, not a happening they took part in."""
    if actor.type != "Person":
        return False
    speech = _SPEECH.search(v.text, actor.end - v.start, verb_at - v.start)
    return bool(speech and speech.start() - (actor.end - v.start) <= 2
                and _PLAN.search(v.text, speech.end(), verb_at - v.start))


#: Inspections a unit sends its leader on (某专项督查, 督导检查, 安全检查).
_INSPECTION = re.compile(r"(?:督查|督导|检查|巡查|调研)$")
#: 带队 / 一行 / 率队 right after the leader's name.
_LEADS_PARTY = re.compile(r"(?:\d{1,2}日)?(?:一行|带队|率队)")


#: A clause opened by the writer's own body, unnamed (公司将…, 该分公司已经…, 集团还…): the body a speaker
#: in the sentence works for, or the body the story last named.
_OWN_BODY = re.compile(r"^[“\"]?(?:该|我|本)?(分公司|公司|集团|供电局|局)(?!员工|职工|党员|领导|干部|的|团委|工会|党委|本部|各|所属|下属)")
#: Verbs by which the own body holds the event (公司将开展/推进/举办某活动); 参加 leaves it a party.
_OWN_HOLDS = re.compile(r":(?:深入)?(?:开展|推进|推行|举办|举行|组织|组织开展|召开|启动|实施|发起)$")
#: 公司组织40余名网格员参加了某培训班 / 某公司组织320名抢修人员投入抗台抢险: the body sends its people.
_ORGANISES_PEOPLE = re.compile(r"组织[^,，。;；]{0,16}?(?:人员|员工|职工|党员|网格员|队员|青年|干部|志愿者|供电所|班组|单位)")
_OWN_LOOKBACK = 4  # sentences back to find the body an unnamed 公司 stands for


def _own_body(ctx: Context, v: SentenceView, verb_at: int) -> tuple[Hit, int] | None:
    """The unit an unnamed 公司/该分公司/集团 opening the verb's clause (or a clause before it with no actor
    between) stands for: the unit of a titled speaker before it in the sentence (某公司经理甲说,该分公司…),
    else the article's most named unit whose name ends with the noun, named in the sentences just before."""
    lo, _ = v.clause_bounds(verb_at)
    m = None
    while True:
        if any(_is_subject(v, h, lo) for h in v.hits if lo <= h.start < verb_at):
            return None  # (以某某为榜样: a model named in passing is no subject)
        m = _OWN_BODY.match(v.between(lo, verb_at))
        if m is not None or lo <= v.start:
            break
        lo, _ = v.clause_bounds(lo - 2)  # 公司将以某为榜样,在全公司开展…: the clause before
    if m is None:
        return None
    noun = m.group(1)
    for h in reversed([h for h in v.hits if h.end <= lo]):
        if h.type == "Person":
            ap = apposition_of(ctx, h)
            if ap is not None and ap.titles and ap.unit[0] in _UNIT_TYPES and ap.unit[1].endswith(noun):
                return ap.unit_hit, v.start
        elif h.type in _UNIT_TYPES and ctx.entities[h.key].name.endswith(noun) and not h.is_reference:
            return h, v.start
    index = v.index
    counts: dict[Key, int] = {}
    for k, ent in ctx.entities.items():
        if k[0] == "Company" and ent.name.endswith(noun) and not ent.teaser_only:
            counts[k] = len(ent.mentions)
    if index is None or not counts:
        return None
    best = max(counts.values())
    top = sorted(k for k, n in counts.items() if n == best)
    if len(top) != 1:
        return None
    for w in reversed(ctx.sentences[max(0, index - _OWN_LOOKBACK):index]):
        for h in reversed(w.hits):
            if h.key == top[0]:
                return h, w.start  # the evidence spans from the sentence naming it
    return None


def _list_before(v: SentenceView, actors: list[Hit], verb_at: int) -> list[Hit]:
    """甲部、乙部,以及丙公司负责人参加了…: the units of the clause before a clause opening with 以及, when
    that clause is nothing but a list of units."""
    lo, _ = v.clause_bounds(verb_at)
    if not actors or actors[0].start < lo or v.between(lo, actors[0].start) not in ("以及", "及", "还有") \
            or lo - 1 <= v.start:
        return []
    plo, _ = v.clause_bounds(lo - 2)
    first = next((h for h in v.hits if plo <= h.start < lo - 1), None)
    if first is None or first.type not in _UNIT_TYPES or first.start != plo:
        return []
    group = _units_listed(v, first, lo - 1)
    return group if group[-1].end == lo - 1 else []


def _only_mentions(v: SentenceView, start: int, end: int) -> bool:
    """Whether [start, end) holds nothing but mentions (the place reached: 到某县某村)."""
    if start >= end:
        return False
    pos = start
    for h in v.hits:
        if h.end <= start or h.start >= end:
            continue
        if h.start != pos:
            return False
        pos = h.end
    return pos == end


def _teams(ctx: Context) -> Iterator[Candidate]:
    """A team named after an event (抗冰保电突击队) takes part in it; evidence: its own mention."""
    events = [(s, k) for k in ctx.entities if k[0] == "Event" for s in ctx.surfaces(k) if len(s) >= 3]
    if not events:
        return
    for v in ctx.views_with("Organization"):
        for h in v.hits:
            if h.type != "Organization":
                continue
            for surface, key in events:
                if h.text.startswith(surface) and len(h.text) > len(surface):
                    yield Candidate(h.key, "participatedIn", key, v.start, v.end, "team-named-after-event", 0.7)


@lru_cache(maxsize=4096)
def _campaign_verbs(surfaces: tuple[str, ...]) -> tuple[str, ...]:
    """The campaign verbs (service verbs of two characters or more) inside an event's names, in lexicon
    order (cached: the same event names recur across articles)."""
    return tuple(verb for verb in lexicon("service_verbs") if len(verb) >= 2 and verb not in _PLAIN_SERVICE
                 and any(verb in s for s in surfaces))


#: Service verbs too plain to send anyone to a campaign (“供水服务进社区”活动 and 街道将把便民服务…;
#: 走访 in 万家企业大走访 and a manager who 走访了某企业): a sentence using them is not about the campaign.
_PLAIN_SERVICE = frozenset({"服务", "志愿服务", "志愿者", "走访", "来到", "走进", "前往", "深入", "帮助", "慰问",
                            "送到", "送往", "送至", "进入", "赶到", "赶赴", "赶往", "奔赴"})


def _campaigns(ctx: Context) -> Iterator[Candidate]:
    """People sent out by a campaign verb (下沉) take part in the article's campaign named by it."""
    campaigns: dict[str, list[Key]] = {}
    for k in sorted(ctx.entities):
        if k[0] != "Event":
            continue
        for verb in _campaign_verbs(ctx.surfaces(k)):
            campaigns.setdefault(verb, []).append(k)
    if not campaigns:
        return
    for app in appositions(ctx):
        for verb, keys in campaigns.items():
            if verb in app.gap and len(keys) == 1:
                v = app.view
                yield Candidate(app.person.key, "participatedIn", keys[0], v.start, v.end,
                                "campaign-verb-structural", 0.6)
    for v in ctx.views_with("Person"):  # the ones sent out are persons of the sentence
        for verb, keys in campaigns.items():
            at = v.text.find(verb)
            if at < 0 or len(keys) != 1 or any(h.key == keys[0] for h in v.hits):
                continue
            lo, _ = v.clause_bounds(v.start + at)
            named = [h for h in v.hits if h.type == "Person" and not h.is_reference]
            persons = [h for h in named if lo <= h.start < v.start + at]
            if not persons:
                persons = [h for h in named if h.start < v.start + at][:1]
            for p in persons[:1]:
                gap = v.between(p.end, v.start + at)
                units = [h for h in v.hits if p.end <= h.start and h.end <= v.start + at and h.type != "Person"]
                if len(gap) <= 20 and not units:
                    yield Candidate(p.key, "participatedIn", keys[0], v.start, v.end,
                                    "campaign-verb-structural", 0.55)


_MEETING = re.compile(r"(会|会议|例会|座谈会|推进会)$")


def _meetings(ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """A meeting with no stated organiser, where a titled person speaks (张三在某专题会上说):
    the meeting is held by that person's unit."""
    organised = {c.head for c in found if c.predicate == "organizedBy"}
    unit_of: dict[Key, Key] = {}
    for app in appositions(ctx):
        if app.titles:
            unit_of.setdefault(app.person.key, app.unit)
    for c in found:
        if (c.predicate != "participatedIn" or c.rule != "at-event" or c.tail in organised
                or not _MEETING.search(ctx.entities[c.tail].name) or c.head not in unit_of):
            continue
        unit = unit_of[c.head]
        view = ctx.sentence_of(c.start)
        named = view is not None and unit in view.named_keys()
        organised.add(c.tail)
        yield Candidate(c.tail, "organizedBy", unit, c.start, c.end,
                        "meeting-of-speaker" + ("" if named else "-structural"), 0.5)


_DISASTER_EVENT = re.compile(r"(暴雪|降雪|暴雨|降雨|台风|洪水|洪涝|地震|冰冻|寒潮|山火|泥石流|滑坡)")
#: A disaster as the name's head (台风“某某”, “5·22”某地地震, 11月26日至27日寒潮), not a battle against one.
_DISASTER_HEAD = re.compile(_DISASTER_EVENT.pattern + r"(?:[“\"][^”\"]{1,8}[”\"])?$")
_RESPONSE = re.compile(r"启动[^,，。;；]{0,10}?应急(?:响应|预案)")
_RESPONSE_WINDOW = 3  # sentences after the disaster's first mention


def _responders(ctx: Context) -> Iterator[Candidate]:
    """A named disaster strikes, and a unit 启动…应急响应 in the sentences right after: it responds to that
    disaster (the article's only one). The evidence spans from the disaster's sentence to the unit's. A
    spell of weather named by its date (7月7日强降雨) is only its cause: most writers name no party to it."""
    disasters = sorted(k for k, e in ctx.entities.items() if k[0] == "Event" and not e.teaser_only
                       and _DISASTER_EVENT.search(e.name) and not e.name.endswith(("演练", "演习")))
    if len(disasters) != 1 or "“" not in disasters[0][1]:
        return  # only a storm with a name of its own (台风“某某”, “12·11”暴雪) is one the writers say units fight
    first = next((i for i, v in enumerate(ctx.sentences) if v.sentence.section == "main"
                  and any(h.key == disasters[0] for h in v.hits)), None)
    if first is None:
        return
    # the window counts the story's sentences only (a byline between headline and lead is none of them)
    window = list(islice((v for v in ctx.sentences[first:] if v.sentence.section == "main"), _RESPONSE_WINDOW + 1))
    for v in window:
        for m in _RESPONSE.finditer(v.text):
            units = [a for a in _subject_before(ctx, v, v.start + m.start()) if a.type in ("Company", "Organization")]
            for a in units[:1]:
                yield Candidate(a.key, "participatedIn", disasters[0], ctx.sentences[first].start, v.end,
                                "disaster-response", 0.6, reference=a.is_reference)


_ATTEND = re.compile(r"(?:等人?|等领导|等负责人)?(?:也|还|亲自|现场|分别|先后|一同|共同)?"
                     r"(?:出席|参加|参会|列席|主持|讲话|致辞|发言|要求|强调|指出|提出|部署|担任|观摩|带队|督导|作)")
#: 某会议在某地召开,甲出席: an event said to be held with no holder named.
_HELD_AFTER = re.compile(r"[^,，。;；]{0,12}?(?:召开|举行|举办|开幕|开班|开赛|启动)")
#: 举行2026年某仪式: the year written before the event's name.
_YEAR_TAIL = re.compile(r"(?:\d{4}年度?|第[一二三四五六七八九十\d]+届)$")
_HELD_VERBS = re.compile(r"(?:召开|举行|举办|开展|组织开展|组织|启动|主持召开)$")


def _attendance(ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """某公司召开某会,总经理张三、党委书记李四出席 / 某局举行演练,副局长王五担任总指挥: people titled
    after the event, in a later clause of its sentence, who attend, speak or lead, take part in it."""
    from .rel_title_refs import title_refs

    titled: dict[int, Hit] = {a.person.start: a.person for a in appositions(ctx) if a.titles}
    titled.update({r.person.start: r.person for r in title_refs(ctx, set())})
    held = {(c.head, c.start) for c in found if c.predicate == "organizedBy"} | \
        {(c.tail, c.start) for c in found if c.predicate == "participatedIn" and c.head[0] != "Person"}
    for v in ctx.views_with("Event"):
        events = [h for h in v.events if (
            ((h.key, v.start) in held and _HELD_VERBS.search(_YEAR_TAIL.sub("", v.text[:h.start - v.start]).rstrip("了")))
            or _HELD_AFTER.match(v.text, h.end - v.start))]
        if len(events) != 1:
            continue
        e = events[0]
        persons = [h for h in v.hits if h.type == "Person" and h.start > e.end and h.start in titled]
        for i, p in enumerate(persons):
            lo, _ = v.clause_bounds(p.start)
            if lo <= e.end:
                continue
            group = [p]
            for q in persons[i + 1:]:  # 总经理张三、党委书记李四出席: the whole list attends
                if v.clause_bounds(q.start)[0] != lo:
                    break
                group.append(q)
            if _ATTEND.match(v.text, group[-1].end - v.start):
                for q in group:
                    yield Candidate(q.key, "participatedIn", e.key, v.start, v.end, "attends-event", 0.65,
                                    reference=q.is_reference)


_SUPPORT = re.compile(r"(?:提供|负责)[^,，。;；]{0,8}?(?:支持|保障|协助|支援|服务)|(?:协助|配合|协办)")


def _supporters(ctx: Context) -> Iterator[Candidate]:
    """活动在某地举行,由某血站提供技术支持: a unit supporting the sentence's one event takes part in it."""
    for v in ctx.views_with("Event"):
        events = {h.key for h in v.events}
        if len(events) != 1:
            continue
        event = v.events[0]
        for i, h in enumerate(v.hits):
            if h.type not in ("Company", "Organization") or h.start < event.end \
                    or v.text[h.start - v.start - 1:h.start - v.start] != "由":
                continue
            if _SUPPORT.match(v.text, h.end - v.start):
                yield Candidate(h.key, "participatedIn", event.key, v.start, v.end, "supports-event", 0.6,
                                reference=event.is_reference)


#: A project of the article (某变电站投运, 某输变电工程投产, 某改造工程): the works that builders take part in.
_PROJECT = re.compile(r"(?:工程|项目|变电站|输变电工程)(?:正式|顺利|全部)?(?:投运|投产|完工|竣工|开工)?$")
#: The role a unit is named in: 施工单位由甲和乙共同承担, 设计单位是甲, 监理单位为甲 (before the units) ...
_ROLE_BEFORE = re.compile(r"(?:建设|设计|施工|监理|承建|总承包)(?:单位|方)(?:为|是|由)$")
#: ... or 由甲施工, 甲和乙联合施工, 甲负责监理, 土建和电气安装由甲承担 (after them).
_ROLE_AFTER = re.compile(r"(?:共同|联合|负责|具体)?(?:施工|监理|承建|设计|负责项目管理|负责施工|负责监理)(?:工作)?(?=[,，。;；]|$)"
                         r"|(?:共同|联合|具体)?承担(?=[,，。;；]|$)")
_ROLE_WORDS = re.compile(r"施工|监理|承建|设计|项目管理|承担|建设单位|建设方|总承包")
#: A clause whose works 承担 may stand for (工程的土建和电气安装由甲承担), not any duty (由甲承担费用).
_WORKS = re.compile(r"工程|项目|土建|安装|施工|建设|作业")


def _builders(ctx: Context) -> Iterator[Candidate]:
    """工程由甲施工,乙负责监理 / 设计单位是丙: in an article about one project, the units building,
    designing or supervising it take part in it (the evidence sentence need not name the project)."""
    projects = sorted({k for k, ent in ctx.entities.items() if k[0] == "Event" and not ent.teaser_only
                       and _PROJECT.search(ent.name)})
    if len(projects) != 1:
        return
    event = projects[0]
    for v in ctx.views_with("unit"):
        if v.sentence.section != "main":
            continue
        text = v.text
        if not _ROLE_WORDS.search(text):  # a plain-word search rules most sentences out
            continue
        i = 0
        units = [h for h in v.hits if h.type in _UNIT_TYPES]
        while i < len(units):
            first = units[i]
            lo, hi = v.clause_bounds(first.start)
            group = _units_listed(v, first, hi)
            i += len(group)
            before = text[lo - v.start:first.start - v.start]
            role = _ROLE_BEFORE.search(before) is not None
            if not role:
                m = _ROLE_AFTER.match(text, group[-1].end - v.start)
                role = m is not None and (not m.group().startswith(("承担", "共同承担", "联合承担", "具体承担"))
                                          or _WORKS.search(before) is not None) \
                    and (before.endswith("由") or not before.strip(" \u3000“\""))
            if not role:
                continue
            for h in group:
                yield Candidate(h.key, "participatedIn", event, v.start, v.end, "builds-project", 0.6,
                                reference=h.is_reference)


#: What a later clause's subject does to join the sentence's event: 某局派出突击队驰援, 局长某某连夜率队赶赴.
_JOINS = re.compile(r"(?:等[^,，、;；]{0,10}?)?(?:也|还|亦|又|随即|立即|迅速|连夜|第一时间|分别|共|先后|主动|积极|全程|"
                    r"现场|同步|同时|紧急|亲自)*(?:率队|带队|带领|出动|派出|选派|抽调|赶赴|驰援|支援|参加|参与|参演|参赛|"
                    r"投入|加入|负责|承担|配合|协助|观摩|派员|与[^,，。;；]{0,12}?(?:签订|签署|签约))")
#: 某工会召开表彰大会,甲班组荣获“某某”称号: those honoured at a commendation meeting, in its own sentence,
#: take part in it (a list of honourees after a semicolon is the meeting's roll: one writer left it out).
_HONOURED = re.compile(r"(?:也|还|均|分别)?(?:荣获|获得|获评|被(?:[^,，。;；“”]{1,16}?)?(?:授予|评为)|荣膺|上台领奖)")
_COMMENDATION = re.compile(r"(?:表彰大会|表彰会|颁奖典礼|颁奖仪式|颁奖大会|表彰暨[\u4e00-\u9fff]{0,8}大会"
                           r"|竞赛|比武|大赛|比赛)[”\"’]?$")  # a contest's winners named with it took part in it
_MAX_LEAD = 16  # characters between a clause's start and its subject (时间, 地点 phrases)
#: The verbs every match of _JOINS or _HONOURED holds, as plain words: a sentence without one is skipped.
_JOIN_WORDS = re.compile("率队|带队|带领|出动|派出|选派|抽调|赶赴|驰援|支援|参加|参与|参演|参赛|投入|加入|负责|承担|配合|协助|观摩|派员"
                         "|签订|签署|签约|荣获|获得|获评|授予|评为|荣膺|上台领奖")


def _follow_on(ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """某局启动某应急响应,该局局长甲连夜率队赶赴震中;下属乙局出动队员…,丙公司也派出突击队驰援: in a
    sentence whose one event has an actor, the subjects of later clauses that send, lead or join take part."""
    held = {(c.head if c.predicate == "organizedBy" else c.tail, c.start) for c in found
            if c.predicate in ("organizedBy", "participatedIn")}
    taken = {(c.head, c.tail) for c in found} | {(c.tail, c.head) for c in found}
    for first_view in ctx.views_with("Event"):
        n = first_view.index
        events = {h.key for h in first_view.events}
        if len(events) != 1:
            continue
        e = first_view.events[0]
        # 某州召开某表彰大会,甲公司被授予…: a commendation or a contest with its honourees is a happening
        # even when its holder is no entity (only the honour verbs then join)
        honours_only = (e.key, first_view.start) not in held
        if honours_only and not (_COMMENDATION.search(ctx.entities[e.key].name) and _HONOURED.search(first_view.text)):
            continue
        v = first_view
        _, pos = v.clause_bounds(e.end)
        while True:
            if not _JOIN_WORDS.search(v.text):
                pos = v.end  # no clause of the sentence can join (the semicolon's sentence after may)
            while pos < v.end:
                lo, hi = v.clause_bounds(pos + 1)
                if lo <= pos:
                    break
                first = next((h for h in v.hits if lo <= h.start < hi), None)
                if first is not None and first.type in _ACTORS and first.start - lo <= _MAX_LEAD \
                        and _is_subject(v, first, lo):
                    group = subjects(ctx, v, first)
                    if len(group) == 1 and group[0].type == "Person":
                        group = _led(v, group[0], hi)
                    elif len(group) == 1 and group[0] is first:
                        group = _units_listed(v, first, hi)
                    if (not honours_only and _JOINS.match(v.text, group[-1].end - v.start)) or (
                            v is first_view and _HONOURED.match(v.text, group[-1].end - v.start)
                            and _COMMENDATION.search(ctx.entities[e.key].name)):
                        for a in group:
                            if (a.key, e.key) not in taken:
                                taken.add((a.key, e.key))
                                yield Candidate(a.key, "participatedIn", e.key, first_view.start, v.end,
                                                "joins-event", 0.6, reference=a.is_reference)
                pos = hi
            # A sentence cut at a semicolon goes on in the next one (the reader splits at ;).
            n += 1
            if not v.text.rstrip().endswith((";", "；")) or n >= len(ctx.sentences) \
                    or ctx.sentences[n].events:
                break
            v = ctx.sentences[n]
            pos = v.start - 1


_FROM = re.compile(r"来自$")
#: 来自甲公司、乙公司等14家单位的42名选手: what the units send to the event.
_SENT = re.compile(r"(?:等[^,，。;；的]{0,10}?)?的?[^,，。;；]{0,8}?(?:选手|代表队|参赛队|参赛选手|队伍|队员|运动员|代表|职工|员工)")


def _contestants(ctx: Context) -> Iterator[Candidate]:
    """某竞赛在某地举行,来自甲公司、乙公司等单位的选手同台竞技: the units listed after 来自 take part in the
    sentence's one event."""
    for v in ctx.views_with("Event"):
        events = {h.key for h in v.events}
        if len(events) != 1:
            continue
        event = next(iter(events))
        for h in v.hits:
            if h.type not in ("Company", "Organization") or not _FROM.search(v.text[:h.start - v.start]):
                continue
            group = _units_listed(v, h, v.end)
            if _SENT.match(v.text, group[-1].end - v.start):
                for g in group:
                    yield Candidate(g.key, "participatedIn", event, v.start, v.end, "units-send-contestants", 0.65,
                                    reference=g.is_reference)


#: Words that refer back to an event named before (本次竞赛, 该工程, 活动由…, 会上, 赛后, 保电期间), each with
#: the endings of the event names it can stand for.
_REFERS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(cue), re.compile(heads)) for cue, heads in (
        ((r"(?:此次|本次|本届|这次|这场|该|此项|该项)[^,，。;；]{0,4}?(?:竞赛|比赛|大赛|比武)|赛后|赛前|赛中|比赛当天|比赛中|"
          r"(?:代表队|参赛队)由|(?:参加|参与)(?:了)?(?:此次|本次)?(?:竞赛|比赛)|参赛|"
          r"竞赛中|闭幕式上|开幕式上|颁奖仪式上|为获奖[^,，。;；]{0,8}?颁(?:奖|发)|观摩(?:人员|学习)|"
          r"(?:获得|夺得|摘得|荣获|位列)[^,，。;；]{0,6}?(?:冠军|亚军|季军)|"
          r"(?:代表队|选手)?(?:获得|夺得|摘得|荣获|分获)[^,，。;；]{0,6}?(?:[一二三]等奖|第[一二三]名)"), r"(?:赛|竞赛|比武|运动会|马拉松)$"),
        ((r"(?:此次|本次|这次|这场|该|此项|该项)[^,，。;；]{0,4}?演练|演练中|演练现场|演练结束|演练总指挥|^\s*[“\"]?演练(?:由|期间|当天)|"
          r"(?:参加|参与)(?:了)?(?:此次|本次)?演练|参演|观摩席|^[^,，。;；]{2,30}?(?:现场|全程|在现场)观摩(?:了)?(?:演练)?[。,，]?$"), r"演练$"),
        ((r"(?:此次|本次|这次|该)(?:会议|大会)|会上|会议上|(?:出席|参加|主持|列席)(?:了)?(?:会议|大会)|在分会场|"
          r"^\s*[“\"]?(?:会议|大会)(?:由|期间|当天|听取)|到会祝贺|上台领奖"),
         r"(?:会|会议|论坛)$"),
        (r"(?:此次|本次|这次|该|此项|该项)(?:工程|项目)|施工期间", r"(?:工程|项目)$"),
        (r"(?:此次|本次|这次|这场|该|此项|该项)[^,，。;；]{0,4}?(?:保电|保供电)|保电期间|保电任务",
         r"(?:保电|保供电)$"),
        ((r"(?:此次|本次|这次|这场|该|此项|该项)[^,，。;；]{0,4}?活动|^\s*[“\"]?活动(?:由|中|期间|现场|当天)|活动现场|"
          r"(?:参加|参与)(?:了)?活动"),
         r"(?:活动|主题党日|志愿服务|宣传|行动)$"),
        # 甲、乙出席签约仪式 / 启动仪式上,… / 主持仪式: the article's ceremony.
        # 开幕式由甲主办 / 开幕式当天 / 为服务本次开幕式: the opening ceremony named before (with its season).
        ((r"(?:出席|参加|主持|见证)(?:了)?[^,，。;；]{0,4}?(?:仪式|开幕式|闭幕式|典礼)|(?:仪式|典礼)(?:上|后|现场|由)|"
          r"^\s*[“\"]?(?:开幕式|闭幕式)(?:由|当天|期间|现场)|(?:本次|此次|这次)(?:开幕式|闭幕式)"),
         r"(?:仪式|开幕式|闭幕式|典礼)$"),
        # 启动仪式上,甲为服务队授旗: the launch of the campaign named before (某专项行动在某街道启动).
        (r"启动仪式(?:上|现场|后)", r"(?:专项行动|行动|活动)$"),
        # 某部主任甲、某公司经理乙陪同检查: the inspection named before.
        (r"陪同(?:检查|督导|调研)", r"(?:检查|督导|调研)$"),
        # 某部长出席并讲话 / 某所所长代表一线班组作表态发言 / 在发言中说: the meeting or ceremony named before.
        ((r"出席并(?:讲话|致辞|为|揭牌|剪彩|授牌|授旗)|作(?:了)?(?:表态|交流|典型)发言|(?:分别)?作了?经验交流|在(?:交流)?(?:发言|讲话)中|"
          r"作了?(?:专题|工作|述职)汇报|"
          r"代表[^,，。;；]{1,10}?(?:发言|签订|递交|签约)"),
         r"(?:会|会议|大会|论坛|仪式)$"),
        # 此次旅游节由某县人民政府和某局联合主办 / 节会期间: the festival or fair named before.
        (r"(?:此次|本次|这次|该|本届|此届)[^,，。;；]{0,4}?(?:节|博览会|交易会|展览会|展会|那达慕)",
         r"(?:节|博览会|交易会|展览会|展会|那达慕)$"),
        # 培训班由某部牵头,邀请甲授课 / 某局的34名队员参加培训 / 开班动员时: the training named before.
        ((r"(?:此次|本次|这次|该)[^,，。;；]{0,4}?培训|^\s*[“\"]?培训班?(?:由|期间|中|上|结束|首日|第[一二三四五六七]天)|参加(?:了)?(?:此次|本次)?培训|"
          r"担任[^,，。;；]{0,4}?(?:教师|讲师|教员)的|"
          r"开班(?:仪式|动员)|学员们?"),
         r"(?:培训班|培训|训练营|研讨班)$"),
    ))


#: What puts an event ahead of the story (将参加, 推荐参加, 将代表某市参加…举办的): not what 本次/赛后 refer to.
_AHEAD = re.compile(r"(?:将|推荐|即将|拟)(?:[^,，。;；]{0,16}?|[^。;；]{0,30}?[,，]并(?:代表[^,，。;；]{2,16})?)参加"
                    r"[^,，。;；]{0,24}$")  # 将被授予某称号,并代表某公司参加某竞赛


def _ahead(ctx: Context, e: Hit) -> bool:
    """Whether ``e`` is named as an event some will take part in later (将推荐参加某竞赛)."""
    memo = ctx.cache.get("ahead")
    if memo is None:
        memo = ctx.cache["ahead"] = {}
    got = memo.get(e.start)
    if got is None:  # asked of the same mentions by several rules, sentence after sentence
        got = memo[e.start] = bool(_AHEAD.search(ctx.doc.text, max(0, e.start - 72), e.start))  # 将推荐甲参加某公司10月举办的某竞赛
    return got


#: 本次竞赛是某公司“某某”劳动竞赛的重要组成部分: the larger programme a held event belongs to is not what
#: the sentences after it refer to (本次比赛, 闭幕式上).
_PART_OF = re.compile(r"[”\"’]?的(?:重要|一个|一项)?(?:组成部分|一部分|之一|一环)")


def _live_events(ctx: Context, seen: list[Hit]) -> tuple[list[Key], Key | None, tuple[int, ...]]:
    """The events of ``seen`` a later sentence may refer to, each once, the last mentioned first, the
    key of the last one that is the operation powering an event (else None), and the indexes of the
    cues of _REFERS that one of them fits (the only cues worth a search)."""
    traits = ctx.cache.get("event-traits")
    if traits is None:
        traits = ctx.cache["event-traits"] = {}
    order: list[Key] = []
    done: set[Key] = set()
    powering = None
    named_now = {h.key for h in seen if not h.is_reference and not _ahead(ctx, h)
                 and not _PART_OF.match(ctx.doc.text, h.end)}
    for h in reversed(seen):
        t = traits.get(h.key)
        if t is None:
            t = traits[h.key] = _event_traits(ctx.entities[h.key])
        if not t[0]:
            continue
        if h.key not in named_now:
            # 获奖选手将代表某市参加某公司9月举办的全省竞赛: a later event is not the one just held, nor is
            # a bare 竞赛期间 right after it that the resolver tied to it
            continue
        if powering is None and t[1]:
            powering = h.key
        if h.key not in done:
            done.add(h.key)
            order.append(h.key)
    cues = tuple(sorted({ci for k in order for ci, fits in enumerate(traits[k][3]) if fits}))
    return order, powering, cues


def _referent(ctx: Context, v: SentenceView, live: tuple[list[Key], Key | None, tuple[int, ...]]) -> Key | None:
    """The event named before that a reference word of ``v`` stands for (the nearest fitting one).
    Where the article names the operation powering an event (某赛事保电), the event's time (赛前, 比赛当天)
    refers to that operation: a utility powers a race, it does not run in it.

    ``live`` comes from _live_events: whether an event fits depends on its key only, so each key is
    tried once, at its last mention."""
    order, powering, cues = live
    if not order:
        return None
    traits = ctx.cache["event-traits"]
    text = v.text  # (the caller has checked that it holds one of _ANY_WORD)
    if _SCENE_WORDS.search(text):
        for key in order:  # 投运当天 for 某变电站投运, 行动中 for 某专项行动: the event's own head word
            scene = traits[key][2]
            if scene is not None and scene.search(v.text):
                return key
    for ci in cues:  # (a cue no live event fits refers to none of them)
        if not _REFER_WORDS[ci].search(text) or not _REFERS[ci][0].search(text):
            continue
        for key in order:
            if traits[key][3][ci]:
                contest = ci == 0
                return powering if contest and powering is not None and not traits[key][1] else key
    return None


_POWERING = re.compile(r"(?:保电|保供电)$")
_HEAD_SCENE = r"(?:当天|当日|期间|现场|仪式上|过程中|中[,，])"
#: Words one of which every match of _HEAD_SCENE (and of each cue of _REFERS, in order) contains: a
#: search for plain words (fast in re: it skips ahead by their first characters) rules most sentences
#: out before the slower patterns run.
_SCENE_WORDS = re.compile("当天|当日|期间|现场|仪式上|过程中|中,|中，")
_REFER_WORDS = tuple(re.compile(words) for words in ("赛|比武|式上|颁奖|颁发|冠军|亚军|季军|等奖|第[一二三]名|代表队|观摩", "演练|观摩|参演", "会|领奖",
                                                   "工程|项目|施工期间", "保电|保供电", "活动", "仪式|开幕式|闭幕式|典礼", "启动仪式", "陪同",
                                                   "出席并|发言|代表|经验交流|讲话|汇报", "节|博览会|交易会|展|那达慕", "培训|开班|学员|教师|讲师|教员"))
_ANY_WORD = re.compile("|".join(p.pattern for p in (_SCENE_WORDS, *_REFER_WORDS)))


def _event_traits(ent: LocalEntity) -> tuple[bool, bool, re.Pattern[str] | None, tuple[bool, ...]]:
    """What _referent asks of an event, once per event: may a later sentence refer to it, is it the
    operation powering an event, the pattern of its head word at its scene (投运当天), and which
    reference words of _REFERS may stand for it."""
    return _name_traits(ent.name, ent.teaser_only)


@lru_cache(maxsize=8192)  # event names recur across articles
def _name_traits(name: str, teaser_only: bool) -> tuple[bool, bool, re.Pattern[str] | None, tuple[bool, ...]]:
    # 防御台风“某某”保供电攻坚战 is the work against a storm, not the storm: only a disaster head counts
    live = not teaser_only and not _SERVED_ONLY.search(name) and not _DISASTER_HEAD.search(name)
    head = name[-2:]
    scene = re.compile(re.escape(head) + _HEAD_SCENE) if len(head) == 2 else None
    return live, bool(_POWERING.search(name)), scene, tuple(bool(heads.search(name)) for _, heads in _REFERS)


def _clause_subjects(ctx: Context, v: SentenceView) -> list[Hit]:
    """The subject of each clause of ``v`` (an actor near its start), with the persons or units listed
    with it (中心主任甲和队员乙、丙)."""
    out: list[Hit] = []
    pos = v.start - 1
    while pos < v.end:
        lo, hi = v.clause_bounds(pos + 1)
        if lo <= pos:
            break
        first = next((h for h in v.hits if lo <= h.start < hi), None)
        if first is not None and first.type in ("Place", "Community"):
            # 某市副市长甲到会祝贺 / 某社区网格员甲也参加了演练: the place only scopes the title
            nxt = next((h for h in v.hits if first.end <= h.start < hi), None)
            if nxt is not None and nxt.type == "Person" and nxt.start - first.end <= 6:
                first = nxt
        if first is not None and first.type in _ACTORS and first.start - lo <= _MAX_LEAD and _is_subject(v, first, lo):
            while first.type in ("Company", "Organization"):  # 由甲局所属乙局负责: the unit after 所属 acts
                m = _AFFILIATED.match(v.text, first.end - v.start)
                nxt = next((h for h in v.hits if h.start == v.start + m.end() and h.end <= hi), None) if m else None
                if m is None or nxt is None or nxt.type not in ("Company", "Organization") \
                        or m.end() == first.end - v.start:
                    break
                first = nxt
            group = subjects(ctx, v, first)
            if len(group) == 1 and group[0].type == "Person":
                group = _led(v, group[0], hi)
                for h in v.hits:  # 主任甲和党员服务队队员乙、丙: members named with their role
                    if h.start > group[-1].end and h.end <= hi and h.type == "Person" \
                            and _LISTED.match(v.between(group[-1].end, h.start)):
                        group.append(h)
                unit = next((h for h in v.hits if h.start > group[-1].end and h.end <= hi), None)
                if unit is not None and unit.type in _UNIT_TYPES \
                        and v.between(group[-1].end, unit.start) in ("带领", "率领"):
                    group += _units_listed(v, unit, hi)  # 副局长甲带领某部、某分局等部门负责人参加
            elif len(group) == 1 and group[0] is first:
                group = _units_listed(v, first, hi)
            for h in v.hits:  # 副总经理甲、某公司总监乙等在现场见证: titled persons listed after
                if h.start > group[-1].end and h.end <= hi and h.type == "Person":
                    app = apposition_of(ctx, h)
                    if app is not None and v.between(group[-1].end, app.unit_hit.start) in _LEADS:
                        group.append(h)
            out.extend(group)
        pos = hi
    return out + _led_by(ctx, v, v.start) + [h for h in _lecturers(v) if h not in out]


#: 邀请某大学副教授甲、某局高级农艺师乙讲授…: the persons invited to teach at the training.
_INVITE = re.compile(r"邀请")
_TEACH = re.compile(r"(?:为[^,，。;；]{1,8})?(?:讲授|授课|讲课|讲解|作[^,，。;；]{0,6}?(?:辅导|讲座|报告)|传授|现场教学|示范教学)")


def _lecturers(v: SentenceView) -> list[Hit]:
    """Persons listed after 邀请 and before a teaching verb in the same clause."""
    if "邀请" not in v.text:
        return []
    out: list[Hit] = []
    for m in _INVITE.finditer(v.text):
        at = v.start + m.end()
        _, hi = v.clause_bounds(at)
        persons = [h for h in v.hits if h.type == "Person" and at <= h.start < hi]
        if persons and _TEACH.match(v.text, persons[-1].end - v.start):
            out.extend(persons)
    return out


def _taught(ctx: Context) -> Iterator[Candidate]:
    """某局举办某培训班,邀请专家甲授课: in a sentence naming one event, the invited teachers take part."""
    for v in ctx.views_with("Event"):
        if "邀请" not in v.text or len({h.key for h in v.events}) != 1:
            continue
        event = v.events[0]
        for p in _lecturers(v):
            if p.start > event.end:
                yield Candidate(p.key, "participatedIn", event.key, v.start, v.end, "invited-teacher", 0.6,
                                reference=p.is_reference or event.is_reference)


#: 活动由某支部书记甲带队 / 代表队由该公司副总经理乙带队: who leads the event's party takes part.
_LEADS_EVENT = re.compile(r"(?:带队|率队|带领|领队|主持|牵头|任领队|担任领队|任组长|担任组长|任总指挥|担任总指挥)")


_JOINTLY_LEADS = re.compile(r"(?:共同|分别)" + _LEADS_EVENT.pattern)


def _led_by(ctx: Context, v: SentenceView, start: int) -> list[Hit]:
    """Persons (or units' people) after 由 in ``v`` from ``start`` on who lead (由甲带队)."""
    out: list[Hit] = []
    for h in v.hits:
        if h.start < start or h.type not in _ACTORS or v.text[h.start - v.start - 1:h.start - v.start] != "由":
            continue
        for p in subjects(ctx, v, h):
            if _LEADS_EVENT.match(v.text, p.end - v.start):
                out.append(p)
    for h in v.hits:  # 由某县县长甲主持: a person after 由 and a place-scoped title leads
        if h.start < start or h.type != "Person" or h in out or not _LEADS_EVENT.match(v.text, h.end - v.start):
            continue
        by = v.text.rfind("由", 0, h.start - v.start)
        gap = v.text[by + 1:h.start - v.start] if by >= 0 else ""
        if by >= 0 and v.start + by >= start and 0 < len(gap) <= 14 and not any(c in gap for c in ",，、;；和与") \
                and not any(o.type in _ACTORS for o in v.hits if v.start + by < o.start < h.start):
            out.append(h)
    if "由" in v.text and ("共同" in v.text or "分别" in v.text):
        # 由甲局大队长张三和乙公司副总经理李四共同带队 / 由分管生产的副总经理甲和…乙分别带队: every person
        # listed after 由 in the clause leads.
        for m in re.finditer("由", v.text):
            at = v.start + m.end()
            if at < start:
                continue
            _, hi = v.clause_bounds(at)
            persons = [h for h in v.hits if h.type == "Person" and at <= h.start < hi]
            if len(persons) >= 2 and _JOINTLY_LEADS.match(v.text, persons[-1].end - v.start):
                out.extend(p for p in persons if p not in out)
    return out


_LISTED = re.compile(r"^(?:、|和|与|及|以及)[\u4e00-\u9fff]{0,10}$")


#: 活动由某部牵头组织 / 演练由甲组织,乙具体承办: the units that hold the event referred to.
_HOLDS_REFERRED = re.compile(r"(?:具体|负责|统一|联合|共同)?(?:牵头组织|组织实施|主办|承办|牵头|组织)(?![\u4e00-\u9fff]{0,2}(?:人员|力量|队伍|党员|员工))")
#: After 由 the verbs of holding say it too: 活动由甲与乙联合开展, 此次活动由甲和乙联合举办.
_HOLDS_BY = re.compile(_HOLDS_REFERRED.pattern + r"|(?:具体|负责|统一|联合|共同)?(?:举办|开展|发起)(?![\u4e00-\u9fff]{0,2}(?:人员|力量|队伍|党员|员工))")


def _referred_organisers(v: SentenceView) -> list[Hit]:
    """Units after 由, or opening a clause, that 组织/主办/承办 the event the sentence refers to."""
    out = []
    for h in v.hits:
        if h.type not in ("Company", "Organization"):
            continue
        lo, hi = v.clause_bounds(h.start)
        lead = v.between(lo, h.start)
        if (_BY_BEFORE.search(lead) and _HOLDS_BY.match(v.text, h.end - v.start)) \
                or (lead in _OWN_LEAD and _HOLDS_REFERRED.match(v.text, h.end - v.start)):
            out.append(h)  # 由公司人力资源部组织 / 公司培训中心具体承办 (a clause it opens)
    for h in v.hits:  # 由甲县人民政府和乙局联合主办: a list of units after 由
        lo, hi = v.clause_bounds(h.start)
        if h.type in ("Company", "Organization") and h not in out and _BY_BEFORE.search(v.between(lo, h.start)):
            group = _units_listed(v, h, hi)
            if len(group) > 1 and _HOLDS_BY.match(v.text, group[-1].end - v.start):
                out.extend(g for g in group if g not in out)
    for h in v.hits:  # 公司建设部、设备部共同组织: a list of units opening a clause
        lo, hi = v.clause_bounds(h.start)
        if h.type in ("Company", "Organization") and h not in out and v.between(lo, h.start) in _OWN_LEAD:
            group = _units_listed(v, h, hi)
            if len(group) > 1 and _HOLDS_REFERRED.match(v.text, group[-1].end - v.start):
                out.extend(g for g in group if g not in out)
    return out


#: What may stand before a unit list opening a clause: the writer's own company (公司建设部).
_OWN_LEAD = ("", "“", "公司", "该公司", "集团", "该局", "局", "省公司", "旗下", "其旗下", "下属", "所属", "其全资子公司",
             "全资子公司", "其控股子公司")


#: What follows a reference word that opens a sentence about the event (会议由…, 活动期间…).
_OPENS_WITH_REFERENCE = re.compile(r"由|期间|当天|当日")
#: 会议听取了甲、乙和丙的工作汇报: the units heard report at the event.
_HEARD = re.compile(r"听取了?$")
_REPORT = re.compile(r"的?[^,，。;；、]{0,8}?(?:汇报|报告|发言)")


def _heard(v: SentenceView) -> list[Hit]:
    """会议听取了甲、乙和丙的工作汇报: the units or persons listed right after 听取 who report."""
    for h in v.hits:
        if h.type in _ACTORS and _HEARD.search(v.text[:h.start - v.start]):
            group = _units_listed(v, h, v.clause_bounds(h.start)[1]) if h.type != "Person" else [h]
            if _REPORT.match(v.text, group[-1].end - v.start):
                return group
    return []


def _referred(ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """本次竞赛…/活动由某支部书记甲带队/赛后…/该工程由乙公司负责施工: a sentence naming no event but
    referring back to one named before; the subjects of its clauses take part in that event."""
    taken = {(c.head, c.tail) for c in found} | {(c.tail, c.head) for c in found}
    seen: list[Hit] = []
    live: tuple[list[Key], Key | None, tuple[int, ...]] | None = None
    for v in ctx.views_with("any"):  # (a sentence naming nothing changes nothing here)
        events = v.events
        event = None
        if events:
            seen.extend(events)
            live = None
        if _ACTOR_SET.isdisjoint(v.types):
            continue  # every party found below is an actor mention of the sentence
        if events and all(not e.is_reference and _ahead(ctx, e) for e in events):
            events = []  # 甲在闭幕式上说,本次竞赛…,获奖选手将推荐参加某竞赛: the sentence refers back
        if events:
            first = events[0]
            if not (len(events) == 1 and first.is_reference and v.sentence.section == "main"
                    and not v.text[:first.start - v.start].strip(" \u3000“\"")
                    and _OPENS_WITH_REFERENCE.match(v.text, first.end - v.start)):
                continue
            event = first.key  # 会议由甲主持,乙参加: a sentence opening with a word that refers to the event
            if not any(h.key == event and not h.is_reference and not _ahead(ctx, h) for h in seen):
                event = None  # 竞赛期间 right after 将推荐参加某竞赛: the resolver's pick is the later event
        if event is None:
            if not seen or v.sentence.section != "main" or not _ANY_WORD.search(v.text):
                continue  # (no reference word: nothing to refer back with)
            if live is None:
                live = _live_events(ctx, seen)
            event = _referent(ctx, v, live)
        if event is None:
            continue
        organisers = _referred_organisers(v)
        for u in organisers:
            if (u.key, event) not in taken:
                taken.add((u.key, event))
                yield Candidate(event, "organizedBy", u.key, v.start, v.end, "refers-to-event-organiser", 0.55,
                                reference=u.is_reference)
        for a in _clause_subjects(ctx, v) + _heard(v):
            if (a.key, event) not in taken and a not in organisers:
                taken.add((a.key, event))
                yield Candidate(a.key, "participatedIn", event, v.start, v.end, "refers-to-event-coreference", 0.5,
                                reference=a.is_reference)


def _leaders(ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """某活动由某支部书记甲带队: in a sentence naming one event, the leader after 由 takes part."""
    taken = {(c.head, c.tail) for c in found}
    for v in ctx.views_with("Event"):
        events = {h.key for h in v.events}
        if len(events) != 1:
            continue
        event = v.events[0]
        for p in _led_by(ctx, v, event.end):
            if (p.key, event.key) not in taken:
                taken.add((p.key, event.key))
                yield Candidate(p.key, "participatedIn", event.key, v.start, v.end, "led-by", 0.6,
                                reference=p.is_reference or event.is_reference)


#: Operations an article can be about as a whole (抢修, 保电, 抢险, 会战): the story is the operation.
_OPERATION = re.compile(r"(?:抢修|抢险|保电|保供电|复电|会战|救灾|(?:防汛)?抗(?:洪|冰|雪|台|灾|冰雪)|应急演练|联合演练)$")
#: A response launched (某局启动防汛Ⅱ级应急响应): a step of the operation, not an event of its own here.
_RESPONSE_NAME = re.compile(r"应急(?:响应|预案)$")
#: Work done in such an operation by the subject of a clause.
#: Not after 的 (员工的坚守 is a thing thanked for), nor a crew that gifts are brought to (向一线抢修人员送去慰问品),
#: nor inside an honour or a task's name (“防汛抢险先进个人”, 排查工作).
_WORK_VERBS = ("抢修|抢险|巡视|巡查|巡检|值守|驻守|坚守|奔赴|赶赴|赶到|支援|驰援|增援|复电|恢复供电|送电|排查|保电|出动|"
               "守护|奋战|架设|参战|蹲守|消缺|除冰|融冰|清淤|赶往|架线|立杆|抢通|登杆|巡线|排涝|处置|转移负荷|疏散")
_DIRECTING = "坐镇|调度抢修|指挥抢修|督导抢修"
_CREW_SET_UP = "组建|成立|组成"
_OPERATION_WORK = re.compile(rf"(?<!的)(?<!向)(?<!向一线)(?<!给)(?<!为)(?<!汇报)(?<!汇报了)(?:{_WORK_VERBS})(?!先进|模范|标兵|能手|英雄|勇士|工作|方案|预案|重点|队员送|人员送)"
                             rf"|(?<!的)(?:{_DIRECTING})"  # a leader directing the work
                             # 某局第一时间成立青年突击队 / 甲、乙等单位组建党员突击队23支: the unit sends a crew
                             rf"|(?:{_CREW_SET_UP})了?[^,，。;；]{{0,16}}?(?:突击队|服务队|抢修队|先锋队|攻坚团队|攻坚队)")
#: The words every match of _OPERATION_WORK contains, with no lookaround: a fast scan (the lookbehinds
#: opening _OPERATION_WORK make re try them at every character) rules most sentences out first.
_OPERATION_WORDS = re.compile(f"{_WORK_VERBS}|{_DIRECTING}|{_CREW_SET_UP}")
#: A leader's clause (甲带着8名党员) that the work of the clauses after belongs to; a speaker's (甲说).
_LEADS_CREW = re.compile(r"带着|带领|率领|率队|带队")
_SPEAKS = re.compile(r"说|表示|介绍|告诉|指出|坦言")
#: 从甲、乙抽调…: units that send their people to the operation.
_DRAWN_FROM = re.compile(r"(?:抽调|调集|抽派|选派|调派|派出)")


_EPISODES = frozenset({"event-check", "event-visit"})
#: 领队是某部主任甲 / 领队为甲: the person named as a crew's leader.
_LEADER_IS = re.compile(r"(?:领队|带队人|总指挥)(?:是|为)[^,，。;；]{0,16}$")
_TOPIC_WINDOW = 3  # sentences between a worker's sentence and the operation's name for one evidence span
_SERVED = re.compile(r"用户|客户|居民|群众|村民|患者")


def _topic_operation(ctx: Context) -> Key | None:
    """The operation the article is about: the one live event the title names, else the article's only
    operation, if it is an operation."""
    title = ctx.doc.title or ""
    live = [k for k, e in sorted(ctx.entities.items()) if k[0] == "Event" and not e.teaser_only
            and _name_traits(e.name, False)[0]]
    named = [k for k in live if any(len(s) >= 3 and s in title for s in ctx.surfaces(k))]
    # a dated piece of work is an episode of the story (某采样点照明线路抢修), not what it is about
    # (a drill is the story only when the title names it: 会上明确8月下旬的某演练 is a plan)
    keys = named or [k for k in live if _OPERATION.search(ctx.entities[k].name) and not ctx.entities[k].name.endswith("演练")
                     and not any(m.rule in _EPISODES for m in ctx.entities[k].mentions)]
    if len(keys) != 1 or not _OPERATION.search(ctx.entities[keys[0]].name):
        return _topic_disaster(ctx, title) if not keys else None
    return keys[0]


#: A disaster of the ground (地震, 山体滑坡): the story is its response; a storm's writers name no party to it.
_QUAKE = re.compile(r"(?:地震|滑坡|泥石流|山洪)$")


def _topic_disaster(ctx: Context, title: str) -> Key | None:
    """An article whose headline names its one disaster by a name of its own (“5·22”某地地震回访): the
    work done in it (员工在余震中冲进现场, 派出施工人员支援) is the response to that disaster."""
    disasters = [k for k, e in sorted(ctx.entities.items()) if k[0] == "Event" and not e.teaser_only
                 and _DISASTER_HEAD.search(e.name) and "“" in e.name and _QUAKE.search(e.name)]
    if len(disasters) != 1:
        return None
    # the headline: the title, or the first sentence naming it when the title is a channel's (某某公众号文章)
    head = next((v for v in ctx.sentences if v.sentence.section == "main" and v.events), None)
    if not any(len(s) >= 3 and s in title for s in ctx.surfaces(disasters[0])) \
            and not (head is not None and head.events[0].key == disasters[0] and head.events[0].start == head.start):
        return None
    return disasters[0]


def _topic(ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """An article about one operation (its title names 某地抗冰抢险, 国庆保电): a sentence that names no event
    and refers to none takes part in it through the subjects of its clauses doing the operation's work
    (甲和乙15分钟赶到现场; 该局英州供电所担负保电任务) and the units the crews are drawn from (从甲、乙抽调…)."""
    event = _topic_operation(ctx)
    if event is None:
        return
    taken = {(c.head, c.tail) for c in found} | {(c.tail, c.head) for c in found}
    naming = [v.index for v in ctx.views_naming(event)]
    for v in ctx.views_with("actor"):  # every worker found below is an actor mention of the sentence
        if any(not _RESPONSE_NAME.search(ctx.entities[h.key].name) for h in v.events) \
                or v.sentence.section != "main" or not ("由" in v.text or "领队" in v.text
                                                     or (_OPERATION_WORDS.search(v.text) and _OPERATION_WORK.search(v.text))) \
                or v.text.lstrip().startswith(("”", "\"")):
            continue  # ”某某说。: the speaker of a quote, not a worker; 启动某应急响应 is the operation's start
        actors: list[Hit] = []
        for a in _clause_subjects(ctx, v):
            _, hi = v.clause_bounds(a.start)
            # 甲带着乙、丙等8名党员,扛着导线…,冒雨立杆架线: later clauses with no subject (more than one only
            # after a leader's clause; never past a speaker's 说)
            reach = 3 if _LEADS_CREW.search(v.text, a.end - v.start, hi - v.start) else 1
            for step in range(reach):
                if hi >= v.end or _OPERATION_WORK.search(v.text, a.end - v.start, hi - v.start) \
                        or _SPEAKS.search(v.text, a.end - v.start, hi - v.start):
                    break
                _, after = v.clause_bounds(hi + 1)
                if any(h.type in _ACTORS for h in v.hits if hi < h.start < after):
                    break
                hi = after
            work = _OPERATION_WORK.search(v.text, a.end - v.start, hi - v.start)
            if work and not _SERVED.search(v.text, a.end - v.start, work.start()):
                actors.append(a)  # 某医院等重要用户均已复电: the customers served do no work
        for h in v.hits:
            if h.type in ("Company", "Organization") and v.text[h.start - v.start - 1:h.start - v.start] == "从":
                group = _units_listed(v, h, v.end)
                if _DRAWN_FROM.match(v.text, group[-1].end - v.start):
                    actors.extend(group)
        # 哈尔滨队由副总经理甲带队,齐齐哈尔队领队是主任乙: who leads a crew of the operation
        actors.extend(p for p in _led_by(ctx, v, v.start) if p.type == "Person" and p not in actors)
        actors.extend(h for h in v.hits if h.type == "Person" and h not in actors
                      and _LEADER_IS.search(v.between(v.clause_bounds(h.start)[0], h.start)))
        if not actors:
            continue
        # evidence from the nearest sentence naming the operation, when it is close; else the sentence alone
        i = v.index
        near = min((j for j in naming if abs(j - i) <= _TOPIC_WINDOW), key=lambda j: (abs(j - i), -j), default=None)
        if near is None:
            start, end, rule = v.start, v.end, "topic-operation-coreference"
        else:
            start, end, rule = min(v.start, ctx.sentences[near].start), max(v.end, ctx.sentences[near].end), "topic-operation"
        for a in actors:
            if (a.key, event) not in taken:
                taken.add((a.key, event))
                yield Candidate(a.key, "participatedIn", event, start, end, rule, 0.45, reference=a.is_reference)


#: A body set up to run an event: 成立春节保供电工作组, 成立某某抢险指挥部.
_GROUP_FOR = re.compile(r"工作组|领导小组|工作专班|专班|指挥部")
#: Posts in such a body, or its work: 局长甲任组长, 副局长乙具体负责现场协调.
_GROUP_POST = re.compile(r"(?:任|担任)(?:副?组长|总指挥|副总指挥|指挥长|成员)|(?:具体)?负责")


def _groups_set_up(ctx: Context) -> Iterator[Candidate]:
    """某局成立某保电工作组,局长甲任组长,副局长乙具体负责现场协调: the unit that sets up a body for the event
    organises it; the persons given its posts in the clauses after take part."""
    for v in ctx.views_with("Event"):
        for e in v.events:
            if not _GROUP_FOR.match(v.text, e.end - v.start) \
                    or not re.search(r"(?:成立|组建|设立)了?$", v.text[:e.start - v.start]):
                continue
            at = v.start + v.text.rfind("成立", 0, e.start - v.start) if "成立" in v.text[:e.start - v.start] else e.start
            for u in _subject_before(ctx, v, at):
                if u.type in ("Company", "Organization"):
                    yield Candidate(e.key, "organizedBy", u.key, v.start, v.end, "group-set-up-for-event", 0.7,
                                    reference=u.is_reference)
            for h in v.hits:
                if h.type == "Person" and h.start > e.end and _GROUP_POST.match(v.text, h.end - v.start):
                    yield Candidate(h.key, "participatedIn", e.key, v.start, v.end, "post-in-event-group", 0.65,
                                    reference=h.is_reference)


#: A post in the event itself written after its name: 某抢险现场总指挥, 演练总指挥, 竞赛裁判长.
_EVENT_POST = re.compile(r"(?:现场)?(?:总指挥|副总指挥|指挥长|组长|副组长|裁判长|总裁判)")
_TAKES_POST = re.compile(r"(?:担任|任)$")


def _event_posts(ctx: Context) -> Iterator[Candidate]:
    """某公司总经理、抗冰抢险现场总指挥甲 / 甲担任演练总指挥: who holds a post in the event takes part."""
    for v in ctx.views_with("Event"):
        for e in v.events:
            post = _EVENT_POST.match(v.text, e.end - v.start)
            if not post:
                continue
            end = v.start + post.end()
            after = next((h for h in v.hits if h.start >= end), None)
            if after is not None and after.type == "Person" and after.start == end:
                yield Candidate(after.key, "participatedIn", e.key, v.start, v.end, "post-in-event", 0.7,
                                reference=after.is_reference)
                continue
            before = next((h for h in reversed(v.hits) if h.end <= e.start), None)
            if before is not None and before.type == "Person" and _TAKES_POST.search(v.between(before.end, e.start)):
                yield Candidate(before.key, "participatedIn", e.key, v.start, v.end, "post-in-event", 0.7,
                                reference=before.is_reference)


#: What a clause's subject does when it takes part in the article's one event: 某局副局长甲带队赶到…,
#: 乙公司也派员参加, 丙局出动抢修队员 (a date or time may stand between: 甲29日带队).
_ACTS = re.compile(r"(?:等人?)?(?:\d{1,2}日)?(?:上午|下午|晚上|当天|当晚)?(?:也|还|亲自|分别|共同|一同|随即|立即|连夜|"
                   r"第一时间|迅速|现场|同步|全程)*(?:带队|率队|带领|率领|出动|派出|派员|选派|赶赴|驰援|到场|莅临|"
                   # 参加/观摩 with an object of their own (观摩了兄弟单位的抢修车) join something else
                   r"(?:参加|参与|参演|参赛|出席|观摩)(?:了)?(?=[,，。;；!！]|$|并|活动|演练|比赛|竞赛|仪式|培训))")


#: 来自某公司某所的台区经理: a person introduced by the unit they come from (to the article's event).
_FROM_UNIT = re.compile(r"来自[^,，。;；“”]{2,30}?的[\u4e00-\u9fff]{0,8}$")


#: A part in the event written before a person: 竞赛裁判长、某公司副总经理甲 / 裁判长甲点评说.
_PART_BEFORE = re.compile(r"(?:裁判长|总裁判|领队|评委|裁判员|考评员|教练员?|总指挥|副总指挥)[、,，]?[^,，。;；、]{0,20}$")
#: ... or after: 甲担任领队 / 甲在演练总结时表示 / 甲在点评时指出 / 甲在闭幕式上说.
_PART_AFTER = re.compile(r"(?:担任|任)[\u4e00-\u9fff]{0,4}?(?:总指挥|领队|裁判长|评委|裁判|教练)"
                         r"|在[\u4e00-\u9fff]{0,4}?(?:总结|点评|讲评|闭幕式|开幕式|颁奖仪式|开班仪式|结业仪式)(?:时|上|中)")


def _has_part(v: SentenceView, h: Hit) -> bool:
    """Whether person ``h`` is introduced by the unit they come from or by a part they play in the
    event (裁判长, 领队, 在点评时指出)."""
    lead = v.between(v.clause_bounds(h.start)[0], h.start)
    return bool(_FROM_UNIT.search(lead) or _PART_BEFORE.search(lead) or _PART_AFTER.match(v.text, h.end - v.start))


def _article_event(ctx: Context) -> Key | None:
    """The article's one event: the only event a later sentence may refer to (not served only, not a
    disaster) named in its main text."""
    live = sorted({h.key for v in ctx.views_with("Event") if v.sentence.section == "main" for h in v.events
                   if not h.is_reference and not _ahead(ctx, h)
                   and _name_traits(ctx.entities[h.key].name, ctx.entities[h.key].teaser_only)[0]})
    if len(live) != 1:
        return None
    ent = ctx.entities[live[0]]
    if _MEETING_NAME.search(ent.name) or all(m.rule in _EPISODES for m in ent.mentions):
        return None  # after a meeting or an inspection people act in the work it set going, not in it
    title = ctx.doc.title or ""
    # the lead: its first two sentences (受台风影响,某地出现大风。某公司启动响应,全力打好某攻坚战)
    lead = list(islice((v for v in ctx.views_with("any") if v.sentence.section == "main" and not _in_title(ctx, v)), 2))
    if not any(len(s) >= 3 and (s in title or s.strip("“”") in title) for s in ctx.surfaces(live[0])) \
            and not any(h.key == live[0] for v in lead for h in v.events):
        return None  # the story is about what its title or its lead sentence names
    return live[0]


def _in_title(ctx: Context, v: SentenceView) -> bool:
    """Whether ``v`` is the title line itself."""
    title = (ctx.doc.title or "").strip()
    return bool(title) and v.text.strip() == title


_MEETING_NAME = re.compile(r"(?:会|会议)$")


def _article_actors(ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """In an article about one event, the subject of a clause naming no event that leads a party to it,
    sends people or joins (甲带队赶到现场, 乙公司也派员参加) takes part in it."""
    event = _article_event(ctx)
    if event is None:
        return
    taken = {(c.head, c.tail) for c in found} | {(c.tail, c.head) for c in found}
    for v in ctx.views_with("actor"):
        if v.events or v.sentence.section != "main":
            continue
        for h in v.hits:  # “…”来自某供电所的新员工甲说: a trainee, contestant or worker introduced by origin
            if h.type == "Person" and (h.key, event) not in taken and _has_part(v, h):
                taken.add((h.key, event))
                yield Candidate(h.key, "participatedIn", event, v.start, v.end, "acts-in-article-event", 0.45,
                                reference=h.is_reference)
        pos = v.start - 1
        while pos < v.end:
            lo, hi = v.clause_bounds(pos + 1)
            if lo <= pos:
                break
            pos = hi
            first = next((h for h in v.hits if lo <= h.start < hi), None)
            if first is None or first.type not in _ACTORS or first.start - lo > _MAX_LEAD \
                    or not _is_subject(v, first, lo):
                continue
            group = subjects(ctx, v, first)
            if len(group) == 1 and group[0].type == "Person":
                group = _led(v, group[0], hi)
            elif len(group) == 1 and group[0] is first:
                group = _units_listed(v, first, hi)
            if not _ACTS.match(v.text, group[-1].end - v.start):
                continue
            for a in group:
                if (a.key, event) not in taken:
                    taken.add((a.key, event))
                    yield Candidate(a.key, "participatedIn", event, v.start, v.end, "acts-in-article-event", 0.45,
                                    reference=a.is_reference)


def event_rules(ctx: Context) -> Iterator[Candidate]:
    """Every participatedIn and organizedBy candidate of the document. Events a utility only powers
    (高考, 运动会, 博览会) have no participants (NOTES.md), whichever rule reached them."""
    served: dict[Key, bool] = {}  # per event, asked of each of its candidates
    for c in _event_rules(ctx):
        if c.predicate != "participatedIn":
            yield c
            continue
        only = served.get(c.tail)
        if only is None:
            only = served[c.tail] = bool(_SERVED_ONLY.search(ctx.entities[c.tail].name))
        if not only:
            yield c


#: A clause after a launched event opened by the holder's affiliates: ,所属甲、乙和丙全员在岗.
_AFFILIATE_LEAD = re.compile(r"(?:其|公司|集团)?(?:所属|旗下|下属)的?")


def _affiliates_after(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """某公司启动某专项行动,所属甲分公司、乙分公司和丙电站全员在岗: the holder's units listed right after
    (in the next clause, opened by 所属/旗下) take part in what it holds."""
    held = {(c.head, c.start) for c in found if c.predicate == "organizedBy"}
    out: list[Candidate] = []
    for v in ctx.views_with("Event"):
        for e in v.events:
            if (e.key, v.start) not in held:
                continue
            _, hi = v.clause_bounds(e.end)
            if hi >= v.end or v.text[hi - v.start] not in ",，" or hi != e.end:
                continue  # the event must close its clause: 启动某专项行动,所属…
            lead = _AFFILIATE_LEAD.match(v.text, hi + 1 - v.start)
            first = next((h for h in v.hits if lead and h.start == hi + 1 + lead.end() - lead.start()), None)
            if first is None or first.type not in _UNIT_TYPES:
                continue
            _, end = v.clause_bounds(first.start)
            for a in _units_listed(v, first, end):
                out.append(Candidate(a.key, "participatedIn", e.key, v.start, v.end, "affiliates-of-holder", 0.6,
                                     reference=a.is_reference))
    return out


def _event_rules(ctx: Context) -> Iterator[Candidate]:
    found: list[Candidate] = [c for v in ctx.views_with("Event") if len(v.hits) >= 2  # it names an event
                              for c in _organised_by(v)]
    carried: list[Hit] = []
    carried_start = 0
    previous_end = -1
    previous = -2  # the index of the sentence before, among those naming something
    for v in ctx.views_with("any"):
        # a sentence naming nothing between (skipped here) drops what was carried, as a new paragraph does
        if v.index != previous + 1 or v.start > previous_end + 2 or ctx.doc.text.find("\n", previous_end, v.start) >= 0:
            carried = []  # a new paragraph starts a new story
        previous_end = v.end
        previous = v.index
        if v.events:  # a sentence naming no event states nothing here and passes no subject on
            cands, subs = _sentence_events(ctx, v, carried, carried_start)
            found.extend(cands)
            if subs:
                carried, carried_start = subs, v.start
                continue
        if not _ACTOR_SET.isdisjoint(v.types):
            carried = []
    found.extend(_groups_set_up(ctx))
    found.extend(_event_posts(ctx))
    found.extend(_affiliates_after(ctx, found))
    # An actor that organises an event is not also listed as taking part in it.
    organisers = {(c.tail, c.head) for c in found if c.predicate == "organizedBy"}
    yield from (c for c in found if c.predicate != "participatedIn" or (c.head, c.tail) not in organisers)
    yield from _meetings(ctx, found)
    yield from _attendance(ctx, found)
    yield from _follow_on(ctx, found)
    yield from _contestants(ctx)
    referred = list(_referred(ctx, found))
    yield from referred
    yield from _article_actors(ctx, found + referred)
    yield from _leaders(ctx, found)
    yield from _taught(ctx)
    yield from _topic(ctx, found)
    yield from _supporters(ctx)
    yield from _builders(ctx)
    yield from _responders(ctx)
    yield from _teams(ctx)
    yield from _campaigns(ctx)
