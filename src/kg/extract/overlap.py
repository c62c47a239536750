"""The overlap policy: which of several candidates over the same characters become mentions.

Longer spans win; on equal length the type priority decides (an organisation over a person over a
place). A span inside a kept span survives only where the schema wants nested entities: an organisation
inside an organisation chain (东岭市郊供电局 in 东岭市郊供电局石门供电所), and communities inside a
street-prefixed community. Everything else inside another entity's name (青山镇 in 青山镇中心卫生院,
长春 in 周长春) is dropped; crossing spans lose to the span kept first.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from .textindex import Candidate

__all__ = ["TYPE_PRIORITY", "may_nest", "resolve_overlaps"]

TYPE_PRIORITY = {"Company": 0, "Organization": 1, "Community": 2, "Person": 3, "Event": 4, "Place": 5}
_ORG = ("Company", "Organization")


def may_nest(outer: Candidate, inner: Candidate) -> bool:
    """True when ``inner`` may stay as a mention inside ``outer``."""
    if outer.type == inner.type == "Event" and inner.name == outer.name:
        return True  # “某某”行动 and its quoted name: two mentions of one campaign
    if outer.kind == "media":
        return False  # 国家电网报: the outlet's name holds no company of its own
    if outer.type == "Organization" and outer.kind in ("gov", "department") and inner.type == "Organization" \
            and inner.kind in ("gov", "group"):
        return False  # 某市公安局某分局, 某指挥部办公室: the body's parent is named only as part of it
    if outer.type in _ORG and inner.type in _ORG:
        # a unit inside a chain (X供电局Y供电所) or the parent of a sub-body (X公司党委, X公司“Y”服务队);
        # not a school or a hospital inside another's name (X大学Y医院 is one hospital)
        return inner.type == "Company" or outer.kind in ("party", "team", "group", "department", "gov")
    if outer.type == "Organization" and outer.kind in ("party", "gov") and inner.type == "Community" \
            and inner.kind != "prefixed" and (inner.start == outer.start or outer.name.startswith(inner.name)):
        return True  # 某村党支部, 某街道某社区党委: the village or community whose body it is is named too
    if outer.type == "Event" and inner.type in _ORG and inner.start == outer.start and inner.kind == "unit":
        return True  # 某公司技能竞赛: the company opening an event's name runs it, an entity of its own
    if outer.kind == "event-placed":  # 甲县抗洪抢险: the county where it happened is a place of its own
        return inner.type == "Place" and inner.start == outer.start
    return bool(outer.kind == "prefixed" and inner.type == "Community")


def resolve_overlaps(cands: Sequence[Candidate]) -> list[Candidate]:
    """Keep a consistent set of candidates (see the module docstring), sorted by position."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), TYPE_PRIORITY.get(c.type, 9), -c.confidence,
                                         c.start, c.rule, c.name))
    # owner[i]: index in ``kept`` of the first kept span over character i (a list: sliced in C)
    owner: list[int | None] = [None] * max((c.end for c in cands), default=0)
    kept: list[Candidate] = []
    # (start, end) -> the types kept over exactly that span (also what was seen: a span and type is kept once)
    span_types: dict[tuple[int, int], set[str]] = {}
    for cand in order:
        span = (cand.start, cand.end)
        types = span_types.get(span)
        if types is not None and cand.type in types:
            continue
        covered = owner[cand.start:cand.end]
        owners = set(covered)
        if None in owners:
            if len(owners) == 1:
                ok = True
            else:  # partly free: only inside spans that all let it nest (never across one)
                outer_ok = [kept[o] for o in owners if o is not None]
                ok = all(may_nest(o, cand) and o.start <= cand.start and cand.end <= o.end for o in outer_ok)
        elif len(owners) > 1:
            ok = False  # crossing
            outer_ok = [kept[o] for o in owners if o is not None]
            if outer_ok and all(may_nest(o, cand) and o.start <= cand.start and cand.end <= o.end for o in outer_ok):
                ok = True
        else:
            outer = kept[next(iter(owners))]  # type: ignore[index]
            ok = may_nest(outer, cand)
        if not ok:
            continue
        if types:  # another type kept over the same span: only an organisation may share it
            if cand.type not in _ORG:
                continue
            types.add(cand.type)
        else:
            span_types[span] = {cand.type}
        kept.append(cand)
        if None in owners:
            k = len(kept) - 1
            if len(owners) == 1:  # (most spans: free characters only, filled in C)
                owner[cand.start:cand.end] = [k] * len(covered)
            else:
                owner[cand.start:cand.end] = [k if o is None else o for o in covered]
    return sorted(kept, key=_POSITION)


#: (start, end, type, name) of a candidate, read in C.
_POSITION = itemgetter(0, 1, 2, 5)
