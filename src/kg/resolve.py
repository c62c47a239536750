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
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Any

from .iri import DEFAULT_BASE, entity_iri
from .model import (
    Corpus,
    DocumentInfo,
    DocumentResult,
    Entity,
    Evidence,
    Mention,
    Relation,
    Skipped,
)

__all__ = ["CorpusResolver", "PackedResult", "alias_key", "brand_key", "choose_canonical", "is_typo_of", "pack_result",
           "resolve_corpus"]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

_BRAND_CANON = {
    "国网": "国家电网", "国家电网": "国家电网", "国家电网公司": "国家电网", "国家电网有限公司": "国家电网",
    "南网": "南方电网", "南方电网": "南方电网", "中国南方电网": "南方电网", "中国南方电网有限责任公司": "南方电网",
}
_COMPANY_TAILS = ("有限责任公司", "有限公司", "公司", "")


#: What pins an event to one occasion: a year, a date, an edition or a session (2026年某会议, 7月22日暴雨,
#: 第三届某竞赛, 首期某培训班).
_EVENT_OCCASION = re.compile(r"\d{4}|\d{1,2}月\d{1,2}日|第[一二三四五六七八九十百\d]+[届期次]|首[届期]")


def event_join_labels(name: str, aliases: Sequence[str]) -> tuple[str, ...]:
    """The labels an event meets events of other articles by: those naming its occasion when it has any.

    2026年某会议 and 2025年某会议 both answer to 某会议 in their own articles, but they are two meetings:
    a year-free alias must not join them.

    >>> event_join_labels("2026年安全工作会议", ("安全工作会议",)), event_join_labels("某竞赛", ())
    (('2026年安全工作会议',), ('某竞赛',))
    """
    labels = (name, *aliases)
    pinned = tuple(label for label in labels if _EVENT_OCCASION.search(label))
    return pinned or labels


def brand_key(name: str) -> str | None:
    """The grid a bare brand name stands for (国家电网公司 -> 国家电网), or None."""
    for tail in _COMPANY_TAILS:
        if tail and not name.endswith(tail):
            continue
        stem = name[: len(name) - len(tail)] if tail else name
        if stem in _BRAND_CANON:
            return _BRAND_CANON[stem]
    return None


@lru_cache(maxsize=1)
def _gazetteer_openings() -> frozenset[str]:
    """The first two characters of every gazetteer form (full or short) of two characters or more."""
    from . import lexicon

    gaz = lexicon.gazetteer()
    return frozenset(form[:2] for forms in (gaz.full, gaz.short) for form in forms if len(form) >= 2)


@lru_cache(maxsize=65536)
def _places_normalized(text: str) -> tuple[list[tuple[str, bool, str]], str]:
    """Split ``text`` into (piece, is_place, level) with places reduced to their short form."""
    from . import lexicon

    gaz = lexicon.gazetteer()
    openings = _gazetteer_openings()
    pieces: list[tuple[str, bool, str]] = []
    i = 0
    while i < len(text):
        hit: tuple[int, str] | None = None
        # Most positions open no form: one set lookup instead of eight slices and lookups.
        if text[i:i + 2] in openings:
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
#
# Resolution runs over *packed* results: per document, plain tuples of what the reduce reads and no
# more (no mention objects, no texts). A worker packs its own result, so what crosses between processes
# is cheap to pickle and to unpickle, and the parent resolves each document as soon as the ones before it
# (in doc_id order) are in, while the workers go on extracting.
#
# PackedResult = (info, entities, relations, dropped)
#   info      = DocumentInfo fields in order (doc_id, path, encoding, chars, title, published, source,
#               authors, editors, repairs, traditional)
#   entities  = ((type, name, aliases, label_keys, weight, hant, teaser_only), ...) where label_keys are
#               the alias keys of name and aliases (() for a Person: persons merge on the name alone; an
#               Event's join labels only, see event_join_labels),
#               weight is len(mentions) or 1 and hant the traditional surface forms of the mentions
#   relations = ((head, predicate, tail, qualifier, ((doc_id, sentence, start, end, rule, confidence,
#               teaser), ...)), ...) with head and tail as in the document (local keys)

PackedResult = tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...], tuple[tuple[Any, ...], ...],
                     tuple[tuple[str, str], ...]]


def _hant_forms(original: str, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """Traditional surface forms of the mentions that differ from the simplified text (references aside)."""
    forms = set()
    for m in mentions:
        surface = original[m.start:m.end] if len(original) >= m.end else m.text
        if surface != m.text and not m.is_reference:
            forms.add(surface)
    return tuple(sorted(forms))


def pack_result(result: DocumentResult, *, slim: bool = False) -> PackedResult:
    """The packed form of one document's result: what :class:`CorpusResolver` reads, as plain tuples.

    ``slim=True`` packs a full (unslimmed) result as its ``kg.pipeline.slim_result`` would pack: the
    traditional forms come from ``original`` only where it differs from the text.
    """
    doc = result.document
    original = doc.original
    if slim and original == doc.text:
        original = ""
    chars = len(doc.text) if doc.chars is None else doc.chars
    info = (doc.doc_id, doc.path, doc.encoding, chars, doc.title, doc.published, doc.source, doc.authors,
            doc.editors, doc.repairs, doc.traditional)
    entities = []
    for ent in result.entities:
        type_ = ent.type
        if type_ == "Person":
            keys: tuple[str, ...] = ()
        elif type_ == "Event":
            keys = tuple(alias_key(type_, label) for label in event_join_labels(ent.name, ent.aliases))
        else:
            keys = (alias_key(type_, ent.name), *[alias_key(type_, label) for label in ent.aliases])
        hant = _hant_forms(original, ent.mentions) if original else ()
        entities.append((type_, ent.name, ent.aliases, keys, len(ent.mentions) or 1, hant, ent.teaser_only))
    relations = tuple(
        (rel.head, rel.predicate, rel.tail, rel.qualifier,
         tuple((ev.doc_id, ev.sentence, ev.start, ev.end, ev.rule, ev.confidence, ev.teaser)
               for ev in rel.evidence))
        for rel in result.relations
    )
    return info, tuple(entities), relations, result.dropped


class _Group:
    """The members of one corpus entity, as far as they are known."""

    __slots__ = ("counts", "docs", "hant", "labels", "teaser_only")

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.labels: set[str] = set()
        self.hant: set[str] = set()
        self.docs: set[str] = set()
        self.teaser_only = True


class CorpusResolver:
    """The corpus-wide reduce, fed one packed document at a time in doc_id order (``add``), finished
    once (``finish``). Which entity a local entity joins is decided when its document arrives and never
    changes, so facts are merged on the way; only names, ids and sorting wait for the last document."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base
        self._groups: dict[tuple[str, str], _Group] = {}
        # labels of each local entity map to a group: alias keys of every label, so 桐庐县供电公司 in one
        # article meets 国网桐庐县供电公司 in another
        self._label_group: dict[tuple[str, str], tuple[str, str]] = {}
        self._facts: dict[tuple[Any, ...], list[Evidence]] = {}
        self._infos: list[tuple[Any, ...]] = []
        self._dropped: list[tuple[str, str]] = []

    def add(self, packed: PackedResult) -> None:
        """One more document, the next in doc_id order."""
        info, entities, relations, dropped = packed
        doc_id = info[0]
        self._infos.append(info)
        if dropped:
            self._dropped.extend(dropped)
        groups, label_group = self._groups, self._label_group
        local: dict[tuple[str, str], tuple[str, str]] = {}
        for type_, name, aliases, keys, weight, hant, teaser_only in entities:
            if type_ == "Person":
                key = (type_, name)
            else:
                # The first label (the name, or an event's first join label) is the entity's own merge key.
                label_keys = [(type_, k) for k in keys]
                key = label_keys[0]
                for label_key in label_keys:
                    other = label_group.get(label_key)
                    if other is not None:
                        key = other
                        break
                for label_key in label_keys:
                    label_group.setdefault(label_key, key)
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Group()
            counts = group.counts
            counts[name] = counts.get(name, 0) + weight
            labels = group.labels
            labels.add(name)
            if aliases:
                labels.update(aliases)
            group.docs.add(doc_id)
            if hant:
                group.hant.update(hant)
            if not teaser_only:
                group.teaser_only = False
            local[(type_, name)] = key
        facts = self._facts
        find = local.get
        for head, predicate, tail, qualifier, evidence in relations:
            # Each end: a Document as it is, an entity as ("", group key), None if unknown.
            if head[0] != "Document":
                group_key = find(head)
                head = ("", group_key) if group_key else None
            if tail[0] != "Document":
                group_key = find(tail)
                tail = ("", group_key) if group_key else None
            if head is None or tail is None:
                log.debug("relation %s in %s refers to an unknown entity", predicate, doc_id)
                continue
            fact = (head, predicate, tail, qualifier or "")
            # Evidence objects are made here, while the workers go on, rather than all in ``finish``.
            found = facts.get(fact)
            if found is None:
                facts[fact] = [Evidence(*ev) for ev in evidence]
            else:
                found.extend(Evidence(*ev) for ev in evidence)

    def finish(self, skipped: Sequence[Skipped] = ()) -> Corpus:
        """The corpus: entities named and numbered, facts merged per pair of corpus entities."""
        entities: list[Entity] = []
        ident_of: dict[tuple[str, str], str] = {}
        # id -> (type, name, groups): two groups may choose one name (2026年 and 2025年 contests both
        # named 某竞赛, each joined only by its year): they are one entity, as they share one id.
        named: dict[str, tuple[str, str, list[_Group]]] = {}
        base = self.base
        for key in sorted(self._groups):
            group = self._groups[key]
            counts = group.counts
            if len(counts) == 1:  # most entities have one name: nothing to choose
                (name,) = counts
            else:
                name = min(counts, key=lambda n: (-len(n), -counts[n], n))  # choose_canonical
            type_ = key[0]
            ident = ident_of[key] = entity_iri(type_, name, base=base)
            if ident in named:
                named[ident][2].append(group)
            else:
                named[ident] = (type_, name, [group])
        for ident, (type_, name, groups) in named.items():
            group = groups[0]
            labels, hant, docs, teaser_only = group.labels, group.hant, group.docs, group.teaser_only
            if len(groups) > 1:
                labels = labels.union(*(g.labels for g in groups[1:]))
                hant = hant.union(*(g.hant for g in groups[1:]))
                docs = docs.union(*(g.docs for g in groups[1:]))
                teaser_only = all(g.teaser_only for g in groups)
            entities.append(Entity(
                id=ident, type=type_, name=name,
                aliases=tuple(sorted(labels - {name})) if len(labels) > 1 else (),
                hant_labels=tuple(sorted(hant)) if hant else (),
                documents=tuple(sorted(docs)),
                teaser_only=teaser_only,
            ))
        # Two groups may choose the same name (so the same id): their facts are one fact.
        facts: dict[tuple[tuple[str, str], str, tuple[str, str], str], list[Evidence]] = {}
        for (head, predicate, tail, qualifier), evidence in self._facts.items():
            if not head[0]:
                head = (head[1][0], ident_of[head[1]])
            if not tail[0]:
                tail = (tail[1][0], ident_of[tail[1]])
            fact = (head, predicate, tail, qualifier)
            found = facts.get(fact)
            if found is None:
                facts[fact] = evidence
            else:
                facts[fact] = found + evidence
        relations = []
        unique: tuple[Evidence, ...]
        for (head, predicate, tail, qualifier), evidence in _sorted_facts(facts):
            unique = tuple(evidence) if len(evidence) == 1 else _unique_evidence(evidence)
            relations.append(Relation(head, predicate, tail, unique, qualifier or None))
        return Corpus(
            documents=tuple(DocumentInfo(*info) for info in self._infos),
            entities=tuple(sorted(entities, key=lambda e: (e.type, e.name, e.id))),
            relations=tuple(relations),
            skipped=tuple(sorted(skipped, key=lambda s: (s.path, s.reason))),
            dropped=tuple(self._dropped),
        )


def resolve_corpus(results: Sequence[DocumentResult], skipped: Sequence[Skipped] = (),
                   base: str = DEFAULT_BASE) -> Corpus:
    """Merge per-document entities into corpus entities, remap relations to entity ids, merge facts."""
    resolver = CorpusResolver(base)
    for result in sorted(results, key=lambda r: r.document.doc_id):
        resolver.add(pack_result(result))
    return resolver.finish(skipped)


def _evidence_order(e: Evidence) -> tuple[str, int, int, str, str, float, bool]:
    # Every field: two pieces of evidence equal in all but the teaser flag came out in set order, which
    # changes with PYTHONHASHSEED.
    return (e.doc_id, e.start, e.end, e.rule, e.sentence, e.confidence, e.teaser)


_EVIDENCE_ORDER = attrgetter("doc_id", "start", "end", "rule", "sentence", "confidence", "teaser")


def _unique_evidence(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    """``tuple(sorted(set(evidence), key=_evidence_order))``: the order key holds every field, so equal keys
    are equal pieces of evidence; deduplicated and sorted on the keys (attrgetter and tuple hashing, in C)
    instead of the dataclass's hash and a key function in Python per piece."""
    # Built backwards: of equal pieces the first is kept, as the set kept it (1 and 1.0 are equal).
    backwards = evidence[::-1]
    keyed = dict(zip(map(_EVIDENCE_ORDER, backwards), backwards))
    return tuple([keyed[key] for key in sorted(keyed)])


_Fact = tuple[tuple[str, str], str, tuple[str, str], str]


def _sorted_facts(facts: dict[_Fact, list[Evidence]]) -> list[tuple[_Fact, list[Evidence]]]:
    """``sorted(facts.items())``: keys compared as one string each, their parts joined by NUL, which
    orders them as the tuples would (NUL sorts before every character, so a part that is a prefix of
    another still comes first) several times faster. A part holding NUL itself: the tuples compared."""
    keyed = []
    for fact, evidence in facts.items():
        (head_type, head), predicate, (tail_type, tail), qualifier = fact
        key = f"{head_type}\0{head}\0{predicate}\0{tail_type}\0{tail}\0{qualifier}"
        if key.count("\0") != 5:
            return sorted(facts.items())
        keyed.append((key, fact, evidence))
    keyed.sort()  # keys are unique: the rest of each tuple is never compared
    return [(fact, evidence) for _, fact, evidence in keyed]
