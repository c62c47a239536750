"""Entity resolution: the naming policies shared by the per-document stage, and the corpus-wide reduce.

Policies, each a named function tested alone:

- :func:`alias_key` — the form two names of one entity share: 国网江苏电力 = 国网江苏省电力有限公司
  (brand, 省, 有限, 电力 dropped), 桐庐县供电公司 = 国网桐庐县供电公司, 江苏南京供电公司 = 南京供电公司.
- :func:`is_typo_of` — a near-identical name in the same document (one character missing) with the same
  ending: 东岭供局 / 岭供电局 -> 东岭供电局.
- :func:`choose_canonical` — the fullest form: the longest name, then the most frequent, then the first in
  Unicode order.
- Persons are merged across documents only when their names are identical (two 王伟 in two articles
  become one node: names are all the text gives us); within a document the same rule holds.

    >>> alias_key("Company", "国网江苏省电力有限公司") == alias_key("Company", "国网江苏电力")
    True
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .iri import DEFAULT_BASE, entity_iri
from .model import Corpus, DocumentInfo, DocumentResult, Entity, Evidence, LocalEntity, Relation, Skipped

__all__ = ["alias_key", "brand_key", "choose_canonical", "is_typo_of", "resolve_corpus"]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

_BRAND_CANON = {
    "国网": "国家电网", "国家电网": "国家电网", "国家电网公司": "国家电网", "国家电网有限公司": "国家电网",
    "南网": "南方电网", "南方电网": "南方电网", "中国南方电网": "南方电网", "中国南方电网有限责任公司": "南方电网",
}
_COMPANY_TAILS = ("有限责任公司", "有限公司", "公司", "")


def brand_key(name: str) -> str | None:
    """The grid a bare brand name stands for (国家电网公司 -> 国家电网), or None."""
    for tail in _COMPANY_TAILS:
        if tail and not name.endswith(tail):
            continue
        stem = name[: len(name) - len(tail)] if tail else name
        if stem in _BRAND_CANON:
            return _BRAND_CANON[stem]
    return None


@lru_cache(maxsize=8192)
def _places_normalized(text: str) -> tuple[list[tuple[str, bool, str]], str]:
    """Split ``text`` into (piece, is_place, level) with places reduced to their short form."""
    from . import lexicon

    gaz = lexicon.gazetteer()
    pieces: list[tuple[str, bool, str]] = []
    i = 0
    while i < len(text):
        hit: tuple[int, str] | None = None
        for j in range(min(len(text), i + 10), i + 1, -1):
            fulls = gaz.lookup(text[i:j])
            if fulls:
                hit = (j, fulls[0])
                break
        if hit:
            j, full = hit
            forms = lexicon.short_forms(full)
            short = forms[0] if forms else full
            pieces.append((short, True, gaz.full[full].level))
            i = j
        else:
            if pieces and not pieces[-1][1]:
                pieces[-1] = (pieces[-1][0] + text[i], False, "")
            else:
                pieces.append((text[i], False, ""))
            i += 1
    return pieces, "".join(p for p, _, _ in pieces)


def _bare(rest: str) -> bool:
    """True when ``rest`` is only a suffix (供电公司, 检修公司) or nothing."""
    from . import lexicon

    return not rest or rest in lexicon.org_suffixes() or rest in ("电力", "电网")


@lru_cache(maxsize=65536)
def alias_key(type_: str, name: str) -> str:
    """The matching key of a name: equal keys mean one entity (same type assumed).

    Companies and organisations: brand prefix dropped, places reduced to short forms, 有限/有限责任 and
    电力 dropped, a leading province (or a place followed by another place) dropped while a named unit
    remains. Places: the short form. Others: the name itself.
    """
    from .iri import normalize_name

    name = normalize_name(name)
    if type_ == "Place":
        pieces, joined = _places_normalized(name)
        return joined
    if type_ not in ("Company", "Organization"):
        return name
    brand = brand_key(name)
    if brand:
        return brand
    from . import lexicon

    rest = name
    for b in lexicon.brands():
        if rest.startswith(b) and not _bare(rest[len(b):]):
            rest = rest[len(b):]
            break
    rest = rest.replace("有限责任公司", "公司").replace("有限公司", "公司")
    pieces, _ = _places_normalized(rest)
    # drop leading places while a named unit remains
    while len(pieces) >= 2 and pieces[0][1]:
        remainder = "".join(p for p, _, _ in pieces[1:])
        next_is_place = pieces[1][1]
        if (pieces[0][2] == "province" or next_is_place) and not _bare(remainder.replace("电力", "")):
            pieces = pieces[1:]
        else:
            break
    key = "".join(p for p, _, _ in pieces)
    stripped = key.replace("电力", "")
    if stripped.endswith("公司") and len(pieces) >= 1 and pieces[0][1] and stripped[:-2] == pieces[0][0]:
        stripped = stripped[:-2]  # 江苏电力公司 -> 江苏 (the province's grid company)
    if stripped.endswith("供电公司") and len(pieces) == 2 and pieces[0][1] and pieces[1][0] == "供电公司":
        stripped = pieces[0][0]  # 国网聊城供电公司 = 国网聊城电力: the place's grid company
    if stripped and not _bare(stripped):
        return stripped
    return key


def is_typo_of(short: str, long: str) -> bool:
    """True when ``short`` is ``long`` with one character missing and both end alike (东岭供局 / 东岭供电局).

    >>> is_typo_of("岭供电局", "东岭供电局"), is_typo_of("供电局", "东岭供电局")
    (True, False)
    """
    if len(long) != len(short) + 1 or len(short) < 3:
        return False
    if short[-1] != long[-1]:
        return False
    for k in range(len(long)):
        if long[:k] + long[k + 1:] == short:
            return True
    return False


def choose_canonical(names: Iterable[str], counts: Counter[str] | None = None) -> str:
    """The fullest form: longest, then most frequent, then the first in Unicode order."""
    counts = counts or Counter()
    return min(set(names), key=lambda n: (-len(n), -counts.get(n, 0), n))


# --- corpus-wide resolution -------------------------------------------------------------------------


def _merge_key(entity: LocalEntity) -> tuple[str, str]:
    if entity.type == "Person":
        return ("Person", entity.name)
    return (entity.type, alias_key(entity.type, entity.name))


def resolve_corpus(results: Sequence[DocumentResult], skipped: Sequence[Skipped] = (),
                   base: str = DEFAULT_BASE) -> Corpus:
    """Merge per-document entities into corpus entities, remap relations to entity ids, merge facts."""
    groups: dict[tuple[str, str], list[tuple[DocumentResult, LocalEntity]]] = defaultdict(list)
    # labels of each local entity map to a group: alias keys of every label, so 桐庐县供电公司 in one
    # article meets 国网桐庐县供电公司 in another
    label_group: dict[tuple[str, str], tuple[str, str]] = {}
    ordered = sorted(results, key=lambda r: r.document.doc_id)
    for result in ordered:
        for ent in result.entities:
            if ent.type == "Person":
                groups[_merge_key(ent)].append((result, ent))
                continue
            # The first label is the name: its key is the entity's own merge key.
            label_keys = [(ent.type, alias_key(ent.type, label)) for label in (ent.name, *ent.aliases)]
            key = label_keys[0]
            for label_key in label_keys:
                other = label_group.get(label_key)
                if other is not None:
                    key = other
                    break
            groups[key].append((result, ent))
            for label_key in label_keys:
                label_group.setdefault(label_key, key)
    entities: list[Entity] = []
    local_to_id: dict[tuple[str, tuple[str, str]], str] = {}
    for key in sorted(groups):
        members = groups[key]
        counts: Counter[str] = Counter()
        labels: set[str] = set()
        hant: set[str] = set()
        docs: set[str] = set()
        for result, ent in members:
            name = ent.name
            counts[name] = counts.get(name, 0) + (len(ent.mentions) or 1)
            labels.add(name)
            labels.update(ent.aliases)
            doc = result.document
            docs.add(doc.doc_id)
            if not doc.original:
                continue  # no traditional source (the slimmed result keeps ``original`` only then)
            for m in ent.mentions:
                original = doc.original[m.start:m.end] if len(doc.original) >= m.end else m.text
                if original != m.text and not m.is_reference:
                    hant.add(original)
        name = choose_canonical([e.name for _, e in members], counts)
        type_ = key[0]
        ident = entity_iri(type_, name, base=base)
        entities.append(Entity(
            id=ident, type=type_, name=name,
            aliases=tuple(sorted(labels - {name})),
            hant_labels=tuple(sorted(hant)),
            documents=tuple(sorted(docs)),
            teaser_only=all(e.teaser_only for _, e in members),
        ))
        for result, ent in members:
            local_to_id[(result.document.doc_id, ent.key)] = ident
    relations = _remap_relations(results, local_to_id)
    dropped = tuple(d for r in ordered for d in r.dropped)
    return Corpus(
        documents=tuple(DocumentInfo.of(r.document) for r in ordered),
        entities=tuple(sorted(entities, key=lambda e: (e.type, e.name, e.id))),
        relations=relations,
        skipped=tuple(sorted(skipped, key=lambda s: (s.path, s.reason))),
        dropped=dropped,
    )


def _evidence_order(e: Evidence) -> tuple[str, int, int, str, str, float]:
    return (e.doc_id, e.start, e.end, e.rule, e.sentence, e.confidence)


def _remap_relations(results: Sequence[DocumentResult],
                     local_to_id: dict[tuple[str, tuple[str, str]], str]) -> tuple[Relation, ...]:
    facts: dict[tuple[tuple[str, str], str, tuple[str, str], str], list[Evidence]] = defaultdict(list)
    find = local_to_id.get
    for result in results:
        doc_id = result.document.doc_id
        for rel in result.relations:
            # Each end: a Document as it is, an entity as (type, corpus id), None if unknown.
            head: tuple[str, str] | None = rel.head
            tail: tuple[str, str] | None = rel.tail
            if rel.head[0] != "Document":
                ident = find((doc_id, rel.head))
                head = (rel.head[0], ident) if ident else None
            if rel.tail[0] != "Document":
                ident = find((doc_id, rel.tail))
                tail = (rel.tail[0], ident) if ident else None
            if head is None or tail is None:
                log.debug("relation %s in %s refers to an unknown entity", rel.predicate, doc_id)
                continue
            facts[(head, rel.predicate, tail, rel.qualifier or "")].extend(rel.evidence)
    out = []
    for (head, predicate, tail, qualifier), evidence in sorted(facts.items()):
        unique = tuple(evidence) if len(evidence) == 1 else tuple(sorted(set(evidence), key=_evidence_order))
        out.append(Relation(head, predicate, tail, unique, qualifier or None))
    return tuple(out)
