"""Back-off rules: broad, lower-confidence patterns that fire where no specific rule did.

The specific families are tuned on phrasings seen in development; these read only the shape of a clause
(an actor as its subject, a verb from a broad lexicon, the other end after the verb, nothing else named
in between), so that unseen wording still yields the relation. Every candidate's evidence is the
sentence naming both ends; confidence is below every specific rule's. An event written before 保电/保供电
(某高考保电协调会) is only powered: no back-off fact names it.

    >>> from kg.model import Document, LocalEntity, Mention, Sentence
    >>> text = "某县供电公司迎战某号台风。"
    >>> doc = Document("a.txt", "a.txt", text, text, text, tuple(range(len(text) + 1)),
    ...                sentences=(Sentence(0, len(text)),))
    >>> ents = [LocalEntity("Company", "某县供电公司", mentions=(Mention(0, 6, text[:6], "Company", "t"),)),
    ...         LocalEntity("Event", "某号台风", mentions=(Mention(8, 12, "某号台风", "Event", "t"),))]
    >>> from kg.extract.rel_base import build_context
    >>> [(c.head[1], c.predicate, c.tail[1]) for c in backoff_rules(build_context(doc, ents), set())]
    [('某县供电公司', 'participatedIn', '某号台风')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .rel_base import Candidate, Context, Hit, Key, SentenceView, lexicon, lexicon_regex
from .rel_events import _POWERED, _SERVED_ONLY, _ahead, _subject_before

__all__ = ["backoff_rules"]

CONFIDENCE = 0.5
#: 某市(的)某社区 -> locatedIn: off, it cost precision with real entities (a place read as an address
#: of the mention after it) and gained nothing on the development sets.
ADDRESS_BACKOFF = False
SCENE_BACKOFF = True
OBJECT_BACKOFF = True
_MAX_GAP = 8  # characters between the verb and the other end
_MAX_SENTENCE = 300  # longer sentences are left to the specific rules
_MAX_HITS = 40
#: Only modifiers may stand between the verb and the other end (了, 好, 这场, 一场…的, quotes).
_GAP = re.compile(rf"^[^,，;；:：。!！?？、和与及]{{0,{_MAX_GAP}}}$")
#: Exams, games and ceremonies that a unit only keeps powered: 保电 for them is not taking part.
_GUARDED = re.compile(r"(高考|中考|考试|运动会|亚运会|奥运会|冬奥会|博览会|峰会|庆典|周年)$")
_GUARD_VERBS = frozenset({"保障", "护航", "服务", "保电", "保供电"})
_SUPPLY_AFTER = re.compile(r"^[^,，;；。]{0,12}?(供电|保电|电力)(保障|服务|任务)")
#: A street office contains the communities it is credited with; serving is said of those (NOTES).
_CONTAINER = re.compile(r"(街道|街道办|镇|乡)$")
_NAMED_PLACE = re.compile(r"(省|市|区|县|州|盟|旗|镇|乡|街道)$")


def _verb(v: SentenceView, lexicon: str, end: int) -> tuple[int, str] | None:
    """The lexicon verb nearest before ``end`` in its clause, with nothing named between it and ``end``."""
    lo, _ = v.clause_bounds(end)
    window = v.between(lo, end)
    best = None
    for m in lexicon_regex(lexicon).finditer(window):
        if len(window) - m.end() > _MAX_GAP + 1:
            continue  # too far for _GAP (its $ may stand before a final newline: one more character)
        gap = window[m.end():]
        if _GAP.match(gap):
            at = lo + m.start()
            if best is None or at + len(m.group()) > best[0] + len(best[1]):
                best = (at, m.group())
    if best is None or any(best[0] < h.start and h.end <= end for h in v.hits):
        return None  # a mention between verb and target: the verb belongs to that one
    return best


_PARTY_BODY = re.compile(r"(党委|党组|党总支|党支部)$")
_DATELINE = re.compile(r"^\d{1,2}月\d{1,2}日讯")


def _actors(ctx: Context, v: SentenceView, index: int, types: frozenset[str]) -> list[Hit]:
    """The clause subject(s) before ``index``; a unit's party body acts for the unit, a dateline never acts."""
    out = []
    for h in _subject_before(ctx, v, index):
        if h.type not in types or _DATELINE.match(v.text[h.end - v.start:]):
            continue
        name = ctx.entities[h.key].name
        m = _PARTY_BODY.search(name)
        if m:
            unit = ctx.entity_named(name[:m.start()], _UNIT_TYPES)
            if unit is None:
                continue
            h = Hit(h.start, h.end, h.text, unit[0], unit, h.is_reference)
        out.append(h)
    # 该公司营销部副主任甲下沉到…: a person named after the unit in the clause is who acts.
    lo, _ = v.clause_bounds(index)
    persons = [h for h in v.hits if h.type == "Person" and lo <= h.start and h.end <= index
               and any(a.type != "Person" and a.end <= h.start for a in out)]
    if persons and "Person" in types:
        return persons[-1:]
    return out


_ACTOR_TYPES = frozenset({"Person", "Company", "Organization"})
_UNIT_TYPES = frozenset({"Company", "Organization"})


def _participation(ctx: Context, v: SentenceView, e: Hit) -> Iterator[Candidate]:
    found = _verb(v, "backoff_participation_verbs", e.start)
    if found is None:
        return
    at, verb = found
    # 保电 for an exam or games is not taking part in it (承担某运动会的供电保障任务).
    if _GUARDED.search(ctx.entities[e.key].name) and (
            verb in _GUARD_VERBS or _SUPPLY_AFTER.match(v.text[e.end - v.start:])):
        return
    if v.text[:at - v.start].endswith(("组织", "带领", "号召", "动员")):
        return  # 组织打响某战: the subject has others act
    for a in _actors(ctx, v, at, _ACTOR_TYPES):
        yield Candidate(a.key, "participatedIn", e.key, v.start, v.end, "backoff-participation", CONFIDENCE,
                        reference=a.is_reference)


_AT_EVENT_BEFORE = re.compile(r"在[^,，;；:：。!！?？在]{0,14}$")
_AT_EVENT_AFTER = re.compile(r"^[“”\"]?(?:会)?(?:上|中|期间|现场)")


def _present(ctx: Context, v: SentenceView, e: Hit) -> Iterator[Candidate]:
    """甲在某专题会上说, 乙在某抗洪抢险中连续奋战: the clause subject before 在 takes part."""
    m = _AT_EVENT_BEFORE.search(v.text[:e.start - v.start])
    if m is None or not _AT_EVENT_AFTER.match(v.text[e.end - v.start:]):
        return
    at = v.start + m.start()
    if any(at < h.start and h.end <= e.start for h in v.hits):
        return
    lo, _ = v.clause_bounds(at)
    for a in _actors(ctx, v, at, _ACTOR_TYPES):
        if a.start >= lo:
            yield Candidate(a.key, "participatedIn", e.key, v.start, v.end, "backoff-present", CONFIDENCE,
                            reference=a.is_reference)


_AFFILIATED = re.compile(r"^(?:所属|下属|下辖|旗下)的?$")
_CONVENE = frozenset({"召开", "主持召开", "举办", "举行", "主办", "承办"})
_JOINT = re.compile(r"(与|和|同|联合|共同|一起|携手)")


_NOT_OBJECT_BEFORE = re.compile(r"(的|为|对|给|向|与|和|及|、|在|从|按照|根据|围绕|结合|通过|以)[“”\"]?$")


def _clause_object(ctx: Context, v: SentenceView, e: Hit, convened: tuple[int, str] | None) -> Iterator[Candidate]:
    """张三带领李四、王五为某村架设应急电源: an event that ends its clause, after a verb, taken by the
    clause's own subject (any verb; the event must not be a modifier, a goal or a partner). ``convened``
    is the organiser verb before the event (``_verb(v, "backoff_organiser_verbs", e.start)``)."""
    if _SERVED_ONLY.search(ctx.entities[e.key].name):
        return  # 为高考提供保障: an event a utility only powers has no participant (NOTES)
    if convened is not None and convened[1] in _CONVENE:
        return  # 该公司每年举办一次某比武: whoever convenes an event holds it, it does not take part
    lo, hi = v.clause_bounds(e.start)
    if v.text[e.end - v.start:hi - v.start].strip("”\"’'") or _NOT_OBJECT_BEFORE.search(v.text[:e.start - v.start]):
        return
    for a in _actors(ctx, v, e.start, _ACTOR_TYPES):
        if a.start < lo:
            continue
        gap = v.between(a.end, e.start)
        if len(gap) < 2 or any(a.end <= h.start and h.end <= e.start and h.type in ("Event",) for h in v.hits):
            continue
        yield Candidate(a.key, "participatedIn", e.key, v.start, v.end, "backoff-object", CONFIDENCE * 0.9,
                        reference=a.is_reference)


def _organiser(ctx: Context, v: SentenceView, e: Hit, known: set[tuple[Key, str, Key]],
               found: tuple[int, str] | None) -> Iterator[Candidate]:
    """某公司(所属某局)(在某地)召开/开展/启动某会: the unit opening the clause organises the event
    (``found``: the organiser verb before it, ``_verb(v, "backoff_organiser_verbs", e.start)``).

    Between the unit and the verb only places and persons (its officials) may stand: 甲与乙举行… names a
    second party and is a joint event."""
    if found is None or _ahead(ctx, e):
        return  # 将推荐甲参加乙公司举办的某竞赛: 举办 belongs to that later contest, not to the current one
    at, verb = found
    lo, _ = v.clause_bounds(at)
    before = [h for h in v.hits if lo <= h.start and h.end <= at]
    if not before or before[0].type not in _UNIT_TYPES:
        return
    unit, rest = before[0], before[1:]
    while rest and rest[0].type in _UNIT_TYPES and _AFFILIATED.match(v.between(unit.end, rest[0].start)):
        unit, rest = rest[0], rest[1:]  # 某公司所属某局召开…: the unit after 所属 acts
    if any(h.type not in ("Person", "Place") for h in rest):
        return
    # 某局局长甲带队开展某巡视: the official takes part; only a meeting an official convenes is the unit's.
    if any(h.type == "Person" for h in rest) and verb not in _CONVENE:
        return
    # 与当地政府联合开展 (a partner not recognised), 这是该局开展的… (a relative clause, not the subject).
    if _JOINT.search(v.between(unit.end, at)) or v.between(lo, before[0].start).endswith(("是", "为")):
        return
    if (unit.key, "participatedIn", e.key) in known:
        return
    # 据悉,该公司每年举办一次某比武: a reference names the unit last mentioned, which may be one in an
    # aside (将推荐甲参加乙公司举办的…); when a specific rule already found the organiser, trust that.
    if unit.is_reference and any(k[0] == e.key and k[1] == "organizedBy" for k in known):
        return
    yield Candidate(e.key, "organizedBy", unit.key, v.start, v.end, "backoff-organiser", CONFIDENCE,
                    reference=unit.is_reference)


def _address_start(v: SentenceView, c: Hit) -> int:
    """Where the address written right before ``c`` begins (走进某镇某社区: the verb takes the whole)."""
    start = c.start
    for h in reversed([h for h in v.hits if h.end <= c.start]):
        if h.end != start or h.type not in ("Place", "Community"):
            break
        start = h.start
    return start


def _service(ctx: Context, v: SentenceView, c: Hit) -> Iterator[Candidate]:
    if _CONTAINER.search(ctx.entities[c.key].name):
        return
    found = _verb(v, "backoff_service_verbs", _address_start(v, c))
    if found is None:
        return
    at, _ = found
    lo, _ = v.clause_bounds(at)
    for a in _actors(ctx, v, at, _ACTOR_TYPES):
        if a.start < lo and _speaks(v, a):
            continue  # 某部经理甲介绍,员工将走进某社区: the speaker reports who serves; he does not
        yield Candidate(a.key, "servesCommunity", c.key, v.start, v.end, "backoff-service", CONFIDENCE,
                        reference=a.is_reference)


#: A clause that ends in a speech verb (某部经理甲介绍, 甲告诉记者): what follows is what was said.
_SPEECH_END = re.compile(r"(?:介绍|说|表示|称|告诉记者|告诉|指出|透露|坦言|谈到|回忆|强调)[:：]?$")


def _speaks(v: SentenceView, a: Hit) -> bool:
    """The clause of ``a`` (or of a person named after it) closes with a speech verb."""
    _, hi = v.clause_bounds(a.start)
    return bool(_SPEECH_END.search(v.between(a.end, hi).strip()))


def _location(v: SentenceView, i: int) -> Iterator[Candidate]:
    """某市的某社区, 在某县某村: a place written right before a unit, community or event it is not part of."""
    p = v.hits[i]
    if p.type != "Place" or p.is_reference or i + 1 >= len(v.hits) or not _NAMED_PLACE.search(p.text):
        return
    n = v.hits[i + 1]
    if n.type not in ("Community",) or v.between(p.end, n.start) not in ("", "的"):
        return
    yield Candidate(n.key, "locatedIn", p.key, v.start, v.end, "backoff-address", CONFIDENCE)


#: Between a unit and the person right after it: a department or team name and nothing else (某公司运维部张三).
_DEPARTMENT_GAP = re.compile(r"^的?[\u4e00-\u9fff]{1,8}?(?:部|室|中心|班|组|科|处|所|站)的?$")
#: 张三是某公司的一名抢修班长, 张三作为某公司的驻村第一书记: a copula, the unit, then the title.
_COPULA = re.compile(r"(?:是|系|为|任|担任|现任|作为)$")
_ROLE_AFTER = re.compile(r"^的?(?:一名|一位|名|位)?(?P<role>[^,，;；:：。!！?？、和与及的]{1,8})")


@lru_cache(maxsize=1)
def _title_set() -> frozenset[str]:
    return frozenset(lexicon("titles"))


def _longest_title_ending(role: str) -> str | None:
    """The first title of the lexicon's order (longest first) that ``role`` ends with: its suffixes looked
    up from the longest, not every title tried."""
    titles = _title_set()
    return next((role[-k:] for k in range(len(role), 0, -1) if role[-k:] in titles), None)


def _positions(ctx: Context, v: SentenceView, i: int) -> Iterator[Candidate]:
    """worksFor (and holdsPosition when a title is said) from the two shapes above."""
    u = v.hits[i]
    if u.type not in _UNIT_TYPES:
        return
    nxt = v.hits[i + 1] if i + 1 < len(v.hits) else None
    if nxt is not None and nxt.type == "Person" and _DEPARTMENT_GAP.match(v.between(u.end, nxt.start)):
        yield Candidate(nxt.key, "worksFor", u.key, v.start, v.end, "backoff-unit-person", CONFIDENCE,
                        reference=nxt.is_reference)
    prev = v.hits[i - 1] if i > 0 else None
    if prev is None or prev.type != "Person" or not _COPULA.search(v.between(prev.end, u.start)):
        return
    if len(v.between(prev.end, u.start)) > 4:
        return
    _, hi = v.clause_bounds(u.end)
    m = _ROLE_AFTER.match(v.between(u.end, hi))
    if m is None:
        return
    role = m.group("role")
    title = _longest_title_ending(role)
    if title is None or (nxt is not None and nxt.start < u.end + m.end()):
        return
    # The title itself is the qualifier: 一名老员工 -> 员工, 驻村第一书记 -> 第一书记.
    for pred, qual in (("worksFor", None), ("holdsPosition", title)):
        yield Candidate(prev.key, pred, u.key, v.start, v.end, "backoff-copula-title", CONFIDENCE, qual,
                        reference=prev.is_reference)


_AT_PLACE = re.compile(r"(?:^|[,，。;；])[“”\"]?在$")
_PARENT_OF = re.compile(r"^(?:所属|下属|下辖|旗下|的下属|组织)")


def _scene(v: SentenceView, i: int) -> Iterator[Candidate]:
    """在某区,某公司…: a clause opened by 在<Place> places the unit or event that is the next clause's subject."""
    p = v.hits[i]
    if p.type != "Place" or p.is_reference or i + 1 >= len(v.hits):
        return
    if not _AT_PLACE.search(v.text[:p.start - v.start]) or v.between(p.end, p.end + 1) not in (",", "，"):
        return
    n = v.hits[i + 1]
    if n.start != p.end + 1 or n.type not in ("Company", "Organization", "Event") or n.is_reference:
        return
    if _PARENT_OF.match(v.text[n.end - v.start:]):
        return  # 在某市,某公司下属的某县公司…: the subsidiary is the subject
    # 在某区,某公司某中心员工张三…: the scene is the person's, unless the unit is named after the area.
    _, hi = v.clause_bounds(n.end)
    if any(h.type == "Person" and n.end <= h.start and h.end <= hi for h in v.hits):
        root = re.sub(r"(省|市|区|县|州|镇|乡|街道)$", "", p.text)
        if len(root) < 2 or root not in n.text:
            return
    yield Candidate(n.key, "locatedIn", p.key, v.start, v.end, "backoff-scene", CONFIDENCE)


def backoff_rules(ctx: Context, known: set[tuple[Key, str, Key]]) -> Iterator[Candidate]:
    """Back-off candidates for facts no specific rule stated (``known`` holds (head, predicate, tail))."""
    for v in ctx.views_with("2+"):
        # A run-on "sentence" (no 。 for hundreds of characters) is not prose these shapes describe, and
        # skipping it keeps the back-off linear in the document.
        if len(v.hits) < 2 or v.end - v.start > _MAX_SENTENCE or len(v.hits) > _MAX_HITS or ctx.is_teaser(v.start):
            continue
        for i, h in enumerate(v.hits):
            if h.type == "Event":
                if _POWERED.match(v.text[h.end - v.start:]):
                    continue  # 某赛事保电协调会: about powering the event, not the event
                # the organiser verb before the event, found once: the object rule reads it too
                convened = _verb(v, "backoff_organiser_verbs", h.start)
                cands = list(_organiser(ctx, v, h, known, convened))
                if not cands and not _ahead(ctx, h):  # 甲都将被推荐参加某竞赛: a contest joined later, not now
                    cands = (list(_participation(ctx, v, h)) or list(_present(ctx, v, h))
                             or (list(_clause_object(ctx, v, h, convened)) if OBJECT_BACKOFF else []))
            elif h.type == "Community":  # served by an actor of the sentence
                cands = list(_service(ctx, v, h)) if not _ACTOR_TYPES.isdisjoint(v.types) else []
            elif h.type in _UNIT_TYPES:  # both shapes put a person next to the unit
                cands = list(_positions(ctx, v, i)) if "Person" in v.types else []
            elif h.type == "Place" and SCENE_BACKOFF:
                cands = list(_scene(v, i)) or (list(_location(v, i)) if ADDRESS_BACKOFF else [])
            elif ADDRESS_BACKOFF:
                cands = list(_location(v, i))
            else:
                continue
            for c in cands:
                if (c.head, c.predicate, c.tail) in known:
                    continue
                if c.predicate == "participatedIn" and (c.tail, "organizedBy", c.head) in known:
                    continue  # the organiser of an event is not also one of its participants
                yield c
