"""worksFor and holdsPosition from descriptions written around a person's name, not before it.

``rel_positions`` reads ``U T P`` (the unit and title before the name). News also writes:

- ``parenthesis``: 张三(某局党委书记、局长) - the description in brackets right after the name;
- ``fronted-name``: 张三,某供电所所长,带着… - the name opens the clause, the description follows
  between commas;
- ``listed-before``: 张三、李四等某公司员工 - the persons listed first, then 等 and the unit;
- ``comes-from``: 驻村工作队队员张三来自某公司 - 来自 after the name (a title before it is the post);
- ``title-previous-unit``: 所长张三 / 分局局长李四 with no unit in the clause - the unit of the sentence
  before (or the one before that) whose name ends as the title says (所长 -> …所, 局长 -> …局); the
  evidence spans from that sentence to the person's, so it names both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from .rel_base import Candidate, Context, Hit, SentenceView, lexicon_regex
from .rel_positions import _party_title, _unit_for, appositions, split_titles

__all__ = ["description_rules"]

_UNITS = ("Company", "Organization")
_OPEN = "(（"
_CLOSE = ")）"
_LIST_SEP = ("、", "和", "与", "及")
#: title -> the ending of the unit's name it implies (所长 is the head of a …所).
_TITLE_UNIT = {
    "所长": "所", "副所长": "所", "局长": "局", "副局长": "局", "站长": "站", "副站长": "站",
    "厂长": "厂", "副厂长": "厂", "队长": "队", "副队长": "队", "班长": "班", "副班长": "班",
}
#: What may precede the bare title: nothing, or the kind of unit (分局局长, 供电所所长).
_UNIT_KIND = re.compile(r"^(?:分局|供电所|供电局|分公司|营业所|供电站|电站|水电站|厂|所|局|站)?$")
_BARE_TITLE = re.compile(r"(" + "|".join(sorted(_TITLE_UNIT, key=len, reverse=True)) + r")$")
_WINDOW = 2  # sentences back to look for the unit of a bare title


def _emit(ctx: Context, person: Hit, unit_hit: Hit, titles: tuple[str, ...], start: int, end: int,
          rule: str, conf: float) -> Iterator[Candidate]:
    unit, prefix = _unit_for(ctx, unit_hit)
    ref = unit_hit.is_reference or person.is_reference
    yield Candidate(person.key, "worksFor", unit, start, end, rule, conf, reference=ref)
    for t in titles:
        yield Candidate(person.key, "holdsPosition", unit, start, end, rule, conf,
                        qualifier=_party_title(prefix, t), reference=ref)


def _parenthesis(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    """张三(某局党委书记、局长)."""
    hits = v.hits
    for p, u in pairwise(hits):
        if p.type != "Person" or u.type not in _UNITS or v.between(p.end, u.start) not in _OPEN:
            continue
        rest = v.text[u.end - v.start:]
        close = next((i for i, ch in enumerate(rest) if ch in _CLOSE), -1)
        if close <= 0 or close > 20:
            continue
        titles, _ = split_titles(rest[:close])
        if titles:
            yield from _emit(ctx, p, u, titles, v.start, v.end, "parenthesis", 0.85)


def _fronted_name(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    """张三,某供电所所长,带着…: the name alone opens the sentence, its description follows."""
    hits = v.hits
    if len(hits) < 2:
        return
    p, u = hits[0], hits[1]
    if p.type != "Person" or u.type not in _UNITS or v.between(v.start, p.start).strip():
        return
    if v.between(p.end, u.start) not in (",", "，"):
        return
    rest = v.text[u.end - v.start:]
    stop = next((i for i, ch in enumerate(rest) if ch in ",，;；。"), -1)
    if stop <= 0 or rest[stop] not in ",，":
        return
    titles, _ = split_titles(rest[:stop])
    if titles:
        yield from _emit(ctx, p, u, titles, v.start, v.end, "fronted-name", 0.8)


def _listed_before(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    """张三、李四等某公司员工: persons, 等, the unit and a title (or a member word)."""
    hits = v.hits
    for i, u in enumerate(hits):
        if u.type not in _UNITS or i == 0 or v.text[u.start - v.start - 1:u.start - v.start] != "等":
            continue
        last = hits[i - 1]
        if last.type != "Person" or last.end != u.start - 1:
            continue
        persons = [last]
        for h in reversed(hits[:i - 1]):
            if h.type != "Person" or v.between(h.end, persons[0].start) not in _LIST_SEP:
                break
            persons.insert(0, h)
        m = lexicon_regex("titles").match(v.text, u.end - v.start)
        if not m:
            continue
        titles, member = split_titles(m.group())
        if not member:
            continue
        for p in persons:
            yield from _emit(ctx, p, u, titles, v.start, v.end, "listed-before", 0.8)


def _comes_from(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    """(T) 张三来自某公司: a member of the unit; a title written right before the name is the post."""
    hits = v.hits
    for i, (p, u) in enumerate(pairwise(hits)):
        if p.type != "Person" or u.type not in _UNITS or v.between(p.end, u.start) != "来自":
            continue
        if v.text[u.end - v.start:u.end - v.start + 1] == "的":
            continue  # 张三来自某公司的…: what follows is not this person's description
        lo, _ = v.clause_bounds(p.start)
        prev_end = max([lo] + [h.end for h in hits[:i] if h.end <= p.start])
        titles, member = split_titles(v.between(prev_end, p.start))
        yield from _emit(ctx, p, u, titles if member else (), v.start, v.end, "comes-from", 0.8)


def _title_previous_unit(ctx: Context, index: int, v: SentenceView, placed: set[int]) -> Iterator[Candidate]:
    """所长张三带领… with no unit in the clause: the unit of the sentence before that the title fits."""
    for i, p in enumerate(v.hits):
        if p.type != "Person" or p.is_reference or p.start in placed:
            continue
        lo, _ = v.clause_bounds(p.start)
        if any(h.type in _UNITS for h in v.hits[:i] if h.end > lo):
            continue
        lead = v.between(max([lo] + [h.end for h in v.hits[:i]]), p.start)
        m = _BARE_TITLE.search(lead)
        if not m or not _UNIT_KIND.match(lead[:m.start()]):
            continue
        ending = lead[:m.start()] or _TITLE_UNIT[m.group()]
        found = None
        for back in range(1, _WINDOW + 1):
            if index - back < 0:
                break
            prev = ctx.sentences[index - back]
            units = {h.key for h in prev.hits + prev.nested if h.type in _UNITS
                     and any(s.endswith(ending) for s in ctx.surfaces(h.key))}
            if len(units) == 1:
                found = (next(iter(units)), prev)
                break
            if units:
                break
        if found is None:
            continue
        key, prev = found
        placed.add(p.start)
        title = m.group()
        yield Candidate(p.key, "worksFor", key, prev.start, v.end, "title-previous-unit", 0.6)
        yield Candidate(p.key, "holdsPosition", key, prev.start, v.end, "title-previous-unit", 0.6,
                        qualifier=title)


def description_rules(ctx: Context) -> Iterator[Candidate]:
    placed = {a.person.start for a in appositions(ctx)}
    for v in ctx.views_with("Person"):
        index = v.index
        # every rule here describes a person (the four below by a unit of the sentence; the bare titles
        # of _TITLE_UNIT all end with 长)
        person = "Person" in v.types
        if len(v.hits) >= 2 and person and not v.types.isdisjoint(_UNITS):
            text = v.text
            # each rule only where the word it reads is written (a bracket, 等, 来自): skipping finds nothing less
            rules = [rule for rule, needed in ((_parenthesis, "(" in text or "（" in text), (_fronted_name, True),
                                               (_listed_before, "等" in text), (_comes_from, "来自" in text)) if needed]
            for rule in rules:
                for c in rule(ctx, v):
                    view = ctx.sentence_of(c.start)
                    placed.update(h.start for h in (view.hits if view else ()) if h.key == c.head)
                    yield c
        if person and "长" in v.text:
            yield from _title_previous_unit(ctx, index, v, placed)
