"""Relations of one document, each with the sentences that state it.

    >>> from kg.model import Document, LocalEntity, Mention, Sentence
    >>> text = "国网某县供电公司总经理张三来到供电所。"
    >>> doc = Document("a.txt", "a.txt", text, text, text, tuple(range(len(text) + 1)),
    ...                sentences=(Sentence(0, len(text)),))
    >>> ents = [LocalEntity("Company", "国网某县供电公司", mentions=(Mention(0, 8, text[:8], "Company", "t"),)),
    ...         LocalEntity("Person", "张三", mentions=(Mention(11, 13, "张三", "Person", "t"),))]
    >>> rels, dropped = find_relations(doc, ents)
    >>> [(r.head[1], r.predicate, r.tail[1], r.qualifier) for r in rels]
    [('张三', 'worksFor', '国网某县供电公司', None), ('张三', 'holdsPosition', '国网某县供电公司', '总经理')]

Each rule family lives in its own module (``rel_positions``, ``rel_descriptions``, ``rel_subsidiary``, ``rel_service``,
``rel_honour``, ``rel_events``, ``rel_location``, ``rel_reporters``) and yields Candidates; the broad
back-off (``rel_backoff``) and the learned back-off (``rel_learned``) add facts no family stated; this module
checks their types against the schema (``rel_constraints``), merges identical facts keeping all their
evidence, and orders the result deterministically.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence

from ..model import RELATION_TYPES, Document, Evidence, LocalEntity, Relation
from . import rel_learned
from .rel_backoff import backoff_rules
from .rel_base import Candidate, Context, build_context
from .rel_constraints import check_types
from .rel_descriptions import description_rules
from .rel_events import event_rules
from .rel_honour import honour_rules
from .rel_learned import LearnedModel
from .rel_location import location_rules
from .rel_positions import position_rules
from .rel_reporters import reporter_rules
from .rel_service import service_rules
from .rel_subsidiary import subsidiary_rules

__all__ = ["RULE_FAMILIES", "find_relations"]

Rule = Callable[[Context], Iterable[Candidate]]

#: The rule families, in the order they run. Subsidiary rules come after positions and events so that
#: structural fallbacks know which units already have a parent from the text.
RULE_FAMILIES: tuple[Rule, ...] = (
    reporter_rules,
    position_rules,
    description_rules,
    honour_rules,
    service_rules,
    event_rules,
    location_rules,
    subsidiary_rules,
)

_ORDER = {name: i for i, name in enumerate(RELATION_TYPES)}
#: Rules that rest on the article's structure or a coreference and say so: their evidence may lack an end.
EXEMPT = ("-structural", "-coreference")


def find_relations(
    doc: Document,
    entities: Sequence[LocalEntity],
    rules: Sequence[Rule] = RULE_FAMILIES,
    backoff: bool = True,
    learned: bool | LearnedModel | None = None,
) -> tuple[list[Relation], list[tuple[str, str]]]:
    """The relations of ``doc`` between ``entities``, and the candidates dropped by type constraints.

    With ``backoff`` the broad rules of ``rel_backoff`` then add facts that no specific rule stated.
    ``learned`` runs the learned back-off (``rel_learned``) last, for facts no rule stated: None follows
    ``rel_learned.ENABLED``, True uses the shipped model, a LearnedModel uses that model, False turns it off.

    Returns ``(relations, dropped)``; ``dropped`` holds ``(reason, description)`` pairs.
    """
    ctx = build_context(doc, entities)
    kept: list[Candidate] = []
    dropped: set[tuple[str, str]] = set()
    for rule in rules:
        _check(ctx, rule(ctx), kept, dropped)
    if backoff:
        known = {(c.head, c.predicate, c.tail) for c in kept}
        _check(ctx, backoff_rules(ctx, known), kept, dropped)
    if learned is None:
        learned = rel_learned.ENABLED
    if learned is not False:
        known = {(c.head, c.predicate, c.tail) for c in kept}
        model = learned if isinstance(learned, LearnedModel) else None
        _check(ctx, rel_learned.learned_rules(ctx, known, model), kept, dropped)
    return _merge(ctx, kept), sorted(dropped)


def _check(ctx: Context, cands: Iterable[Candidate], kept: list[Candidate], dropped: set[tuple[str, str]]) -> None:
    """Keep the candidates whose types fit the schema (anchored), record the others in ``dropped``."""
    index = ctx.named_starts_index()
    for cand in cands:
        if cand.head == cand.tail:
            continue
        reason = check_types(cand.predicate, cand.head[0], cand.tail[0])
        if reason is not None:
            dropped.add((reason, _describe(cand)))
            continue
        kept.append(_anchored(ctx, cand, index))


def _anchored(ctx: Context, c: Candidate, index: dict[tuple[str, str], list[int]]) -> Candidate:
    """Stretch the evidence back to the sentence naming an end that the span reaches only through a
    reference (他, 该公司): the evidence then names both ends. ``index`` is ctx.named_starts_index()."""
    if c.rule.endswith(EXEMPT):
        return c
    start = c.start
    for key in (c.head, c.tail):
        if key[0] == "Document":
            continue
        named = index.get(key, [])
        i = bisect_left(named, c.end) - 1
        if i >= 0 and named[i] >= start:
            continue
        text = ctx.doc.text[start:c.end]
        if any(s and s in text for s in ctx.surfaces(key)):
            continue
        if i >= 0:
            sent = ctx.sentence_of(named[i])
            start = min(start, sent.start if sent is not None else named[i])
    if start == c.start:
        return c
    return Candidate(c.head, c.predicate, c.tail, start, c.end, c.rule, c.confidence, c.qualifier, c.reference)


def _describe(c: Candidate) -> str:
    qual = f"/{c.qualifier}" if c.qualifier else ""
    return f"{c.head[0]} {c.head[1]} --{c.predicate}{qual}--> {c.tail[0]} {c.tail[1]} [{c.rule} @{c.start}]"


def _merge(ctx: Context, candidates: Iterable[Candidate]) -> list[Relation]:
    """One Relation per (head, predicate, tail, qualifier), with every sentence that states it."""
    grouped: dict[tuple[tuple[str, str], str, tuple[str, str], str], dict[tuple[int, int, str], Evidence]] = {}
    for c in candidates:
        fact = (c.head, c.predicate, c.tail, c.qualifier or "")
        evs = grouped.setdefault(fact, {})
        ev_key = (c.start, c.end, c.rule)
        old = evs.get(ev_key)
        if old is None or old.confidence < c.confidence:
            evs[ev_key] = Evidence(ctx.doc.doc_id, ctx.doc.text[c.start:c.end], c.start, c.end, c.rule,
                                   round(c.confidence, 3), ctx.is_teaser(c.start))
    relations = [
        Relation(head, pred, tail, tuple([evs[k] for k in sorted(evs)]) if len(evs) > 1 else tuple(evs.values()),
                 qualifier or None)
        for (head, pred, tail, qualifier), evs in grouped.items()
    ]
    relations.sort(key=lambda r: (r.head, _ORDER.get(r.predicate, 99), r.tail, r.qualifier or ""))
    return relations


def iter_candidates(ctx: Context, rules: Sequence[Rule] = RULE_FAMILIES) -> Iterator[Candidate]:
    """Every candidate the rules propose, before checks (for debugging and tests)."""
    for rule in rules:
        yield from rule(ctx)
