"""servesCommunity: a person or unit that serves a named community.

- ``apposition-service``: 某局驻某村第一书记张三, 某公司下沉某社区党员李四: the person and the unit both
  serve the community (the text ties the unit itself to it). When the gap names no community
  (某公司下沉社区党员李四) the sentence's one named community is meant.
- ``service-verb``: a person followed, in the same sentence, by a service verb (下沉, 包保, 驻村, 帮扶,
  巡视, 走访 ...) whose clause names a community: the person serves it. A unit serves it only when the
  verb follows the unit's name directly (某公司下沉某社区).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .rel_base import Candidate, Context, Hit, SentenceView, lexicon_regex
from .rel_events import _is_subject
from .rel_positions import appositions

__all__ = ["service_rules"]

_GENERIC_PLACE = re.compile(r"(社区|村|街道|小区)")
_ARRIVE = ("来到", "走进", "送到", "送往", "送至")


def _from_appositions(ctx: Context) -> Iterator[Candidate]:
    for app in appositions(ctx):
        verb = lexicon_regex("service_verbs").search(app.gap)
        if verb is None:
            continue
        v = app.view
        comms = list(app.communities)
        if not comms and _GENERIC_PLACE.search(app.gap[verb.end():]):
            named = sorted({h.key for h in v.hits if h.type == "Community"})
            comms = named if len(named) == 1 else []
        for c in comms:
            ref = app.unit_hit.is_reference
            yield Candidate(app.person.key, "servesCommunity", c, v.start, v.end, "apposition-service", 0.85)
            yield Candidate(app.unit, "servesCommunity", c, v.start, v.end, "apposition-service", 0.8,
                            reference=ref)


def _from_verbs(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    comms = [h for h in v.hits if h.type == "Community"]
    if not comms:
        return
    for m in lexicon_regex("service_verbs").finditer(v.text):
        vs, ve = v.start + m.start(), v.start + m.end()
        lo, hi = v.clause_bounds(vs)
        targets = [c for c in comms if lo <= c.start and c.end <= hi and c.start >= ve - 2]
        if m.group() in _ARRIVE:
            # 来到某社区 / 走进某镇某村: the community is what the verb reaches (an address may precede it).
            targets = [c for c in targets if _reaches(v, ve, c)]
        if not targets:
            continue
        actors = [h for h in v.hits if h.end <= vs and h.type in ("Person", "Company", "Organization")]
        persons = [h for h in actors if h.type == "Person"]
        subjects = _listed(v, persons[-1]) if persons else []
        units = [h for h in actors if h.type != "Person" and h.end == vs]
        if not subjects and not units:
            # No person acts: the unit that is the sentence's subject does (某公司…走进某村).
            first = next((h for h in actors if _is_subject(v, h, v.start)), None)
            units = [first] if first is not None and first.type != "Person" else []
        for c in targets:
            for subject in subjects:
                yield Candidate(subject.key, "servesCommunity", c.key, v.start, v.end, "service-verb", 0.7,
                                reference=subject.is_reference)
            for u in units:
                yield Candidate(u.key, "servesCommunity", c.key, v.start, v.end, "service-verb", 0.7,
                                reference=u.is_reference)


def _reaches(v: SentenceView, verb_end: int, c: Hit) -> bool:
    gap = v.between(verb_end, c.start)
    places = "".join(h.text for h in v.hits if verb_end <= h.start and h.end <= c.start and h.type == "Place")
    return gap.removeprefix("了") == places


def _listed(v: SentenceView, last: Hit) -> list[Hit]:
    """The person ``last`` and those listed right before it (张三、李四)."""
    persons = [h for h in v.hits if h.type == "Person" and h.end <= last.end]
    out = [last]
    for h in reversed(persons[:-1]):
        if v.between(h.end, out[0].start) not in ("、", "和", "与", "及"):
            break
        out.insert(0, h)
    return out


def service_rules(ctx: Context) -> Iterator[Candidate]:
    yield from _from_appositions(ctx)
    for v in ctx.sentences:
        if len(v.hits) >= 2 and any(h.type == "Community" for h in v.hits):
            yield from _from_verbs(ctx, v)
