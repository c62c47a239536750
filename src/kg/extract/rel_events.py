"""participatedIn and organizedBy: who takes part in or organises an event.

The actor of an event is the subject of the verb before it: the first actor mention of the verb's
clause, else of the sentence before the verb (beneficiaries after 为/对/给 and things set up with 成立
are not subjects; a unit described with a person, 某公司总经理张三, stands for the person). A sentence
with no subject continues the previous sentence's subject (the evidence then spans both sentences).

- ``organiser-verb``: X召开/举办/组织/制订 EVENT -> EVENT organizedBy X (a person only takes part);
- ``participation-verb``: X开展/参加/打响/进行/纳入 EVENT -> X participatedIn EVENT; a party committee
  (某局党委) that 开展/打响 a campaign organises it;
- ``event-then-actor``: EVENT打响后, X迅速响应 -> X participatedIn EVENT;
- ``at-event``: X在EVENT上/中 -> X participatedIn EVENT;
- ``team-named-after-event``: 抗冰保电突击队 takes part in 抗冰保电;
- ``campaign-verb``: a person described as 下沉社区党员 takes part in the article's 下沉 campaign.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .rel_base import Candidate, Context, Hit, Key, SentenceView, lexicon, lexicon_regex
from .rel_positions import appositions

__all__ = ["event_rules", "subjects"]

_ACTORS = ("Person", "Company", "Organization")
_NOT_SUBJECT_BEFORE = re.compile(r"(为|对|给|向|成立|成立了|组建|组建了|以|帮助|帮|助|到|至|于)$")
_GLUE = re.compile(r"^[了着过“‘\"「]*$")
_AFTER = re.compile(r"^(?:打响|开始|启动|爆发|发生|来临|到来)?(?:之后|后|以来|期间)|^(?:打响|爆发|来临)的")
_SET_UP = re.compile(r"(成立|组建|组成|设立)")
_DATE_START = re.compile(r"^[“”\"]?[^,，。]{0,12}?\d{1,2}月\d{1,2}日")
_AT = re.compile(r"^[“”‘’\"]*(?:[^,，。;；]{0,6}?)(?:上|中|期间|之际)")
_PARTY = tuple(lexicon_suffix for lexicon_suffix in ("党委", "党组"))
_MAX_VERB_GAP = 6


def _is_subject(v: SentenceView, h: Hit, lo: int) -> bool:
    """An actor mention that is not a beneficiary (为X) nor a thing set up (成立…X) in its clause."""
    if h.type not in _ACTORS:
        return False
    if _NOT_SUBJECT_BEFORE.search(v.text[max(lo, h.start - 4) - v.start:h.start - v.start]):
        return False
    clause_lo, _ = v.clause_bounds(h.start)
    return not _SET_UP.search(v.text[clause_lo - v.start:h.start - v.start])


def subjects(ctx: Context, v: SentenceView, hit: Hit) -> list[Hit]:
    """Persons of appositions anchored on ``hit`` (某公司总经理张三 -> 张三), else [hit]."""
    index = ctx.cache.get("apposition-units")
    if index is None:
        index = {}
        for a in appositions(ctx):
            index.setdefault(a.unit_hit, []).append(a.person)
        ctx.cache["apposition-units"] = index
    return list(index.get(hit, ())) or [hit]


def _subject_before(ctx: Context, v: SentenceView, index: int) -> list[Hit]:
    lo, _ = v.clause_bounds(index)
    for start in (lo, v.start):
        for h in v.hits:
            if start <= h.start and h.end <= index and _is_subject(v, h, start):
                return subjects(ctx, v, h)
    return []


def _verb_before(v: SentenceView, e: Hit) -> tuple[str, int] | None:
    """The organiser or participation verb right before an event mention (glue like 了 allowed)."""
    window = v.text[max(0, e.start - v.start - _MAX_VERB_GAP - 4):e.start - v.start]
    best = None
    for name in ("organiser_verbs", "participation_verbs"):
        for m in lexicon_regex(name).finditer(window):
            gap = window[m.end():]
            if _GLUE.match(gap) or (len(gap) <= _MAX_VERB_GAP and re.match(r"^了?(关于|建立|对|推进|为期[^的]{1,4}的)", gap)):
                at = e.start - len(window) + m.start()
                if best is None or at > best[1]:
                    best = (name, at, m.group())
    if best is None:
        return None
    return best[0] + ":" + best[2], best[1]


def _role(verb_kind: str, actor: Hit, ctx: Context) -> str:
    kind, verb = verb_kind.split(":", 1)
    if actor.type == "Person":
        return "participatedIn"
    if kind == "organiser_verbs":
        return "organizedBy"
    name = ctx.entities[actor.key].name
    if verb in ("开展", "打响", "深入开展") and actor.type == "Organization" and name.endswith(_PARTY):
        return "organizedBy"
    return "participatedIn"


def _emit(actor: Hit, event: Key, role: str, start: int, end: int, rule: str, conf: float) -> Candidate:
    if role == "organizedBy":
        return Candidate(event, "organizedBy", actor.key, start, end, rule, conf, reference=actor.is_reference)
    return Candidate(actor.key, "participatedIn", event, start, end, rule, conf, reference=actor.is_reference)


def _sentence_events(ctx: Context, v: SentenceView, carried: list[Hit], carried_start: int
                     ) -> tuple[list[Candidate], list[Hit]]:
    out: list[Candidate] = []
    last_subjects: list[Hit] = []
    events = [h for h in v.hits if h.type == "Event"]
    for e in events:
        verb = _verb_before(v, e)
        after = v.text[e.end - v.start:]
        if verb is not None:
            actors = _subject_before(ctx, v, verb[1])
            span = (v.start, v.end)
            rule = "organiser-verb" if verb[0].startswith("organiser") else "participation-verb"
            conf = 0.8
            if not actors and carried:
                actors, span, conf = carried, (carried_start, v.end), 0.55
                rule += "-carried"
            for a in actors:
                out.append(_emit(a, e.key, _role(verb[0], a, ctx), span[0], span[1], rule, conf))
            last_subjects = actors or last_subjects
            continue
        m = _AFTER.match(after)
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
        if _AT.match(after) and "在" in v.text[max(0, e.start - v.start - 8):e.start - v.start]:
            actors = _subject_before(ctx, v, e.start) or [
                h for h in v.hits if h.start >= e.end and _is_subject(v, h, e.end)][:1]
            for a in actors:
                out.append(_emit(a, e.key, "participatedIn", v.start, v.end, "at-event", 0.65))
            continue
        if (carried and _DATE_START.match(v.text)
                and not any(_is_subject(v, h, v.start) for h in v.hits if h.end <= e.start)):
            for a in carried:
                out.append(_emit(a, e.key, "participatedIn", carried_start, v.end, "carried-subject", 0.45))
    if not last_subjects:
        first = [h for h in v.hits if _is_subject(v, h, v.start)]
        last_subjects = subjects(ctx, v, first[0]) if first and events else []
    return out, last_subjects


def _teams(ctx: Context) -> Iterator[Candidate]:
    """A team named after an event (抗冰保电突击队) takes part in it; evidence: its own mention."""
    events = [(s, k) for k in ctx.entities if k[0] == "Event" for s in ctx.surfaces(k) if len(s) >= 3]
    for v in ctx.sentences:
        for h in v.hits:
            if h.type != "Organization":
                continue
            for surface, key in events:
                if h.text.startswith(surface) and len(h.text) > len(surface):
                    yield Candidate(h.key, "participatedIn", key, v.start, v.end, "team-named-after-event", 0.7)


def _campaigns(ctx: Context) -> Iterator[Candidate]:
    """People sent out by a campaign verb (下沉) take part in the article's campaign named by it."""
    campaigns: dict[str, list[Key]] = {}
    for k in sorted(ctx.entities):
        if k[0] != "Event":
            continue
        for verb in lexicon("service_verbs"):
            if len(verb) >= 2 and any(verb in s for s in ctx.surfaces(k)):
                campaigns.setdefault(verb, []).append(k)
    if not campaigns:
        return
    for app in appositions(ctx):
        for verb, keys in campaigns.items():
            if verb in app.gap and len(keys) == 1:
                v = app.view
                yield Candidate(app.person.key, "participatedIn", keys[0], v.start, v.end,
                                "campaign-verb-structural", 0.6)
    for v in ctx.sentences:
        for verb, keys in campaigns.items():
            at = v.text.find(verb)
            if at < 0 or len(keys) != 1 or any(h.key == keys[0] for h in v.hits):
                continue
            lo, _ = v.clause_bounds(v.start + at)
            persons = [h for h in v.hits if h.type == "Person" and lo <= h.start < v.start + at]
            if not persons:
                persons = [h for h in v.hits if h.type == "Person" and h.start < v.start + at][:1]
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


def event_rules(ctx: Context) -> Iterator[Candidate]:
    found: list[Candidate] = []
    carried: list[Hit] = []
    carried_start = 0
    previous_end = -1
    for v in ctx.sentences:
        if v.start > previous_end + 2 or "\n" in ctx.doc.text[previous_end:v.start]:
            carried = []  # a new paragraph starts a new story
        previous_end = v.end
        if not v.hits:
            carried = []
            continue
        cands, subs = _sentence_events(ctx, v, carried, carried_start)
        found.extend(cands)
        if subs:
            carried, carried_start = subs, v.start
        elif any(h.type in _ACTORS for h in v.hits):
            carried = []
    # An actor that organises an event is not also listed as taking part in it.
    organisers = {(c.tail, c.head) for c in found if c.predicate == "organizedBy"}
    yield from (c for c in found if c.predicate != "participatedIn" or (c.head, c.tail) not in organisers)
    yield from _meetings(ctx, found)
    yield from _teams(ctx)
    yield from _campaigns(ctx)
