"""honoredBy: 张三被某社区授予“最美志愿者” (qualifier = the award), pairwise for lists:
``甲、乙分别被A、B授予“X”和“Y”`` gives 甲-A-X and 乙-B-Y. A volunteer award from a community also
means the person serves that community (servesCommunity).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .rel_base import Candidate, Context, Hit, SentenceView, lexicon_regex

__all__ = ["honour_rules"]

_AWARD = re.compile(r"[“\"「『]([^”\"」』]{1,30})[”\"」』]")
_GROUP_SEP = re.compile(r"^[、,，和及与]$")


def _groups(hits: list[Hit], v: SentenceView) -> list[Hit]:
    """Adjacent mentions (柳岸街道 + 青禾社区) count as one body: the last, most specific, one."""
    out: list[Hit] = []
    for h in hits:
        if out and v.between(out[-1].end, h.start) == "":
            out[-1] = h
        else:
            out.append(h)
    return out


def _honours(v: SentenceView) -> Iterator[Candidate]:
    for verb in lexicon_regex("honour_verbs").finditer(v.text):
        vs = v.start + verb.start()
        lo, _ = v.clause_bounds(vs)
        bei = v.text.rfind("被", lo - v.start, verb.start())
        if bei < 0:
            continue
        bei_at = v.start + bei
        bodies = _groups([h for h in v.hits if bei_at < h.start and h.end <= vs
                          and h.type in ("Community", "Organization", "Company")], v)
        persons = [h for h in v.hits if lo <= h.start and h.end <= bei_at and h.type == "Person"]
        if not persons:
            # 张三是某村的驻村队员,洪水期间她…,被某市委评为“…”: the sentence's person, clauses before.
            persons = [h for h in v.hits if h.end <= bei_at and h.type == "Person"][-1:]
        tail = v.text[verb.end():]
        awards = []
        pos = 0
        while True:
            m = _AWARD.match(tail, pos)
            if not m:
                break
            awards.append(m.group(1))
            rest = re.match(r"[、和及与,，]*", tail[m.end():])
            pos = m.end() + (rest.end() if rest else 0)
        if not persons or not bodies or not awards:
            continue
        if len(persons) == len(bodies) == len(awards) and len(persons) > 1:
            triples = list(zip(persons, bodies, awards))
            rule = "honour-pairwise"
        elif "分别" in v.text[lo - v.start:verb.start()]:
            continue  # 分别 pairs them up, but a body or a person is missing: no safe pairing
        else:
            triples = [(p, b, a) for p in persons for b in bodies for a in awards]
            rule = "honour"
        for p, b, award in triples:
            yield Candidate(p.key, "honoredBy", b.key, v.start, v.end, rule, 0.85, qualifier=award)
            if b.type == "Community" and "志愿" in award:
                yield Candidate(p.key, "servesCommunity", b.key, v.start, v.end, rule + "-volunteer", 0.75)


def honour_rules(ctx: Context) -> Iterator[Candidate]:
    for v in ctx.sentences:
        if len(v.hits) >= 2 and "被" in v.text:
            yield from _honours(v)
