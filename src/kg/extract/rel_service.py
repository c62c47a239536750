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
            targets = [c for c in targets if v.between(ve, c.start) in ("", "了")]
        if not targets:
            continue
        actors = [h for h in v.hits if h.end <= vs and h.type in ("Person", "Company", "Organization")]
        persons = [h for h in actors if h.type == "Person"]
        subject: Hit | None = persons[-1] if persons else None
        for c in targets:
            if subject is not None:
                yield Candidate(subject.key, "servesCommunity", c.key, v.start, v.end, "service-verb", 0.7,
                                reference=subject.is_reference)
            units = [h for h in actors if h.type != "Person" and h.end == vs]
            for u in units:
                yield Candidate(u.key, "servesCommunity", c.key, v.start, v.end, "service-verb", 0.7,
                                reference=u.is_reference)


def service_rules(ctx: Context) -> Iterator[Candidate]:
    yield from _from_appositions(ctx)
    for v in ctx.sentences:
        if len(v.hits) >= 2 and any(h.type == "Community" for h in v.hits):
            yield from _from_verbs(ctx, v)
