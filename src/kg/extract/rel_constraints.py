"""The schema's type constraints on relations, in one place.

A candidate whose head or tail type is not allowed is dropped and reported, never silently kept.

    >>> check_types("worksFor", "Person", "Company") is None
    True
    >>> check_types("subsidiaryOf", "Person", "Company")
    'subsidiaryOf: head must be Company, not Person'
"""

from __future__ import annotations

__all__ = ["ALLOWED", "check_types"]

_ACTORS = frozenset({"Person", "Company", "Organization"})
_UNITS = frozenset({"Company", "Organization"})

#: predicate -> (allowed head types, allowed tail types)
ALLOWED: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "subsidiaryOf": (frozenset({"Company"}), _UNITS),
    "worksFor": (frozenset({"Person"}), _UNITS),
    "holdsPosition": (frozenset({"Person"}), _UNITS),
    "servesCommunity": (_ACTORS, frozenset({"Community"})),
    "participatedIn": (_ACTORS, frozenset({"Event"})),
    "organizedBy": (frozenset({"Event"}), _UNITS),
    "locatedIn": (frozenset({"Company", "Community", "Organization", "Event"}), frozenset({"Place", "Community"})),
    # Company is an Organization in the ontology: a grid company may honour its staff.
    "honoredBy": (frozenset({"Person"}), frozenset({"Community"}) | _UNITS),
    "reportedBy": (frozenset({"Document"}), frozenset({"Person"})),
}


def check_types(predicate: str, head_type: str, tail_type: str) -> str | None:
    """None when the types fit the schema, else the reason the candidate is dropped."""
    allowed = ALLOWED.get(predicate)
    if allowed is None:
        return f"unknown relation {predicate}"
    heads, tails = allowed
    if head_type not in heads:
        return f"{predicate}: head must be {'/'.join(sorted(heads))}, not {head_type}"
    if tail_type not in tails:
        return f"{predicate}: tail must be {'/'.join(sorted(tails))}, not {tail_type}"
    return None
