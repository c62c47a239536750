"""The overlap policy: longer spans first, nesting only where the schema wants it, one type per span
(organisations aside); checked on examples and against a plain reference on random candidates."""

from __future__ import annotations

import random

from kg.extract.overlap import TYPE_PRIORITY, may_nest, resolve_overlaps
from kg.extract.textindex import Candidate

_ORG = ("Company", "Organization")


def _reference(cands):
    """The policy written plainly: per candidate, the set of kept spans over its characters."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), TYPE_PRIORITY.get(c.type, 9), -c.confidence,
                                         c.start, c.rule, c.name))
    owner = [None] * max((c.end for c in cands), default=0)
    kept, seen, span_types = [], set(), {}
    for cand in order:
        if (cand.start, cand.end, cand.type) in seen:
            continue
        covered = owner[cand.start:cand.end]
        owners = set(covered)
        if owners == {None}:
            ok = True
        elif None in owners or len(owners) > 1:
            outer = [kept[o] for o in owners if o is not None]
            ok = bool(outer) and all(may_nest(o, cand) and o.start <= cand.start and cand.end <= o.end for o in outer)
        else:
            ok = may_nest(kept[next(iter(owners))], cand)
        if not ok or (span_types.get((cand.start, cand.end), set()) - {cand.type} and cand.type not in _ORG):
            continue
        seen.add((cand.start, cand.end, cand.type))
        span_types.setdefault((cand.start, cand.end), set()).add(cand.type)
        kept.append(cand)
        k = len(kept) - 1
        owner[cand.start:cand.end] = [k if o is None else o for o in covered]
    return sorted(kept, key=lambda c: (c.start, c.end, c.type, c.name))


def _cand(start, end, type_, kind="", name=None, rule="r"):
    return Candidate(start, end, type_, rule, 0.8, name or f"{type_}{start}-{end}", kind=kind)


def test_longer_span_wins_and_a_place_inside_a_name_is_dropped():
    org, place = _cand(0, 6, "Company", "unit"), _cand(0, 3, "Place")
    assert resolve_overlaps([place, org]) == [org]


def test_a_unit_nests_inside_a_chain_but_crossing_spans_lose():
    chain, unit, crossing = _cand(0, 10, "Company", "unit"), _cand(0, 5, "Company", "unit"), _cand(8, 12, "Person")
    assert resolve_overlaps([crossing, unit, chain]) == [unit, chain]


def test_one_type_per_span_unless_organisations():
    person, place = _cand(0, 3, "Person"), _cand(0, 3, "Place")
    assert resolve_overlaps([place, person]) == [person]
    company, org = _cand(0, 3, "Company", "group"), _cand(0, 3, "Organization", "gov")
    assert resolve_overlaps([org, company]) == [company, org]
    assert resolve_overlaps([org, company._replace(kind="unit")]) == [company._replace(kind="unit")]
    other = company._replace(rule="other")  # same span and type: kept once, the first in rule order
    assert resolve_overlaps([company, other]) == [other]


def test_same_as_the_plain_reference_on_random_candidates():
    rng = random.Random(5)
    types = list(TYPE_PRIORITY)
    kinds = ["", "unit", "party", "gov", "department", "group", "team", "media", "prefixed", "street", "event-placed"]
    for _ in range(400):
        cands = []
        for _ in range(rng.randint(0, 14)):
            start = rng.randint(0, 20)
            cands.append(Candidate(start, start + rng.randint(1, 8), rng.choice(types), rng.choice("ab"),
                                   rng.choice([0.6, 0.8]), rng.choice(["甲", "乙", f"n{start}"]), rng.choice(kinds)))
        assert resolve_overlaps(cands) == _reference(cands), cands
