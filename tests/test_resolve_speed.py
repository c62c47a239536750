"""The streaming resolver and the packed results workers send: the same corpus as resolving objects.

The oracle is the object-by-object resolution kg used before results were packed (kept here, short):
group by alias keys in doc_id order, canonical names, relations remapped and merged.
"""

from __future__ import annotations

import pickle
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

import kg
from kg.iri import entity_iri
from kg.model import Corpus, DocumentInfo, DocumentResult, Entity, Evidence, Relation
from kg.pipeline import build_corpus_results, process_document, slim_result
from kg.resolve import (
    CorpusResolver,
    _sorted_facts,
    alias_key,
    choose_canonical,
    event_join_labels,
    pack_result,
    resolve_corpus,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus as bench_corpus


def _oracle(results: list[DocumentResult]) -> Corpus:
    """Resolution over the result objects, as it was written before packing (skipped and base aside)."""
    groups: dict[tuple[str, str], list[tuple[DocumentResult, object]]] = defaultdict(list)
    label_group: dict[tuple[str, str], tuple[str, str]] = {}
    ordered = sorted(results, key=lambda r: r.document.doc_id)
    for result in ordered:
        for ent in result.entities:
            if ent.type == "Person":
                groups[("Person", ent.name)].append((result, ent))
                continue
            labels = event_join_labels(ent.name, ent.aliases) if ent.type == "Event" else (ent.name, *ent.aliases)
            label_keys = [(ent.type, alias_key(ent.type, label)) for label in labels]
            key = next((label_group[k] for k in label_keys if k in label_group), label_keys[0])
            groups[key].append((result, ent))
            for label_key in label_keys:
                label_group.setdefault(label_key, key)
    by_ident: dict[str, Entity] = {}
    local_to_id = {}
    for key in sorted(groups):
        members = groups[key]
        counts: Counter[str] = Counter()
        labels, hant, docs = set(), set(), set()
        for result, ent in members:
            counts[ent.name] += len(ent.mentions) or 1
            labels.add(ent.name)
            labels.update(ent.aliases)
            docs.add(result.document.doc_id)
            original = result.document.original
            for m in ent.mentions if original else ():
                surface = original[m.start:m.end] if len(original) >= m.end else m.text
                if surface != m.text and not m.is_reference:
                    hant.add(surface)
        name = choose_canonical([e.name for _, e in members], counts)
        ident = entity_iri(key[0], name)
        teaser_only = all(e.teaser_only for _, e in members)
        first = by_ident.get(ident)
        if first is not None:  # another group chose the same name: one entity
            labels |= {first.name, *first.aliases}
            hant |= set(first.hant_labels)
            docs |= set(first.documents)
            teaser_only = teaser_only and first.teaser_only
            name = first.name
        by_ident[ident] = Entity(ident, key[0], name, tuple(sorted(labels - {name})), tuple(sorted(hant)),
                                 tuple(sorted(docs)), teaser_only)
        for result, ent in members:
            local_to_id[(result.document.doc_id, ent.key)] = ident
    facts: dict[tuple, list[Evidence]] = defaultdict(list)
    for result in ordered:
        doc_id = result.document.doc_id
        for rel in result.relations:
            ends = []
            for end in (rel.head, rel.tail):
                ident = end[1] if end[0] == "Document" else local_to_id.get((doc_id, end))
                ends.append((end[0], ident) if ident else None)
            if None not in ends:
                facts[(ends[0], rel.predicate, ends[1], rel.qualifier or "")].extend(rel.evidence)
    order = lambda e: (e.doc_id, e.start, e.end, e.rule, e.sentence, e.confidence)
    relations = tuple(Relation(h, p, t, tuple(ev) if len(ev) == 1 else tuple(sorted(set(ev), key=order)), q or None)
                      for (h, p, t, q), ev in sorted(facts.items()))
    return Corpus(documents=tuple(DocumentInfo.of(r.document) for r in ordered),
                  entities=tuple(sorted(by_ident.values(), key=lambda e: (e.type, e.name, e.id))),
                  relations=relations, dropped=tuple(d for r in ordered for d in r.dropped))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated articles of every form (traditional, pinyin, GBK, HTML): names recur across them."""
    folder = tmp_path_factory.mktemp("resolve_speed")
    for article in bench_corpus.generate(40, seed=5):
        (folder / article.file_name).write_bytes(article.text.encode(article.encoding, errors="ignore"))
    return folder


@pytest.fixture(scope="module")
def slim_results(generated: Path) -> list[DocumentResult]:
    results, _skipped = build_corpus_results([generated])
    return results


def test_generated_corpus_exercises_merging(slim_results: list[DocumentResult]) -> None:
    corpus = resolve_corpus(slim_results)
    local = sum(len(r.entities) for r in slim_results)
    assert len(corpus.entities) < local  # entities of several documents merged
    assert any(len(r.evidence) > 1 for r in corpus.relations)  # facts stated more than once
    assert any(e.hant_labels for e in corpus.entities)  # a traditional source among them


def test_resolution_equals_the_object_by_object_oracle(slim_results: list[DocumentResult]) -> None:
    shuffled = list(slim_results)
    random.Random(3).shuffle(shuffled)
    assert resolve_corpus(shuffled) == _oracle(slim_results)


def test_streaming_packed_full_results_equals_resolving_slim_ones(generated: Path,
                                                                   slim_results: list[DocumentResult]) -> None:
    """What a worker sends (a full result packed as its slimmed form) resolves to the same corpus."""
    from kg.document import load_document

    resolver = CorpusResolver()
    for path in sorted(generated.iterdir()):
        full = process_document(load_document(str(path), path.name))
        packed = pack_result(full, slim=True)
        assert packed == pack_result(slim_result(full))
        resolver.add(pickle.loads(pickle.dumps(packed)))
    assert resolver.finish() == resolve_corpus(slim_results)


def test_packed_results_are_smaller_to_send(slim_results: list[DocumentResult]) -> None:
    objects = len(pickle.dumps(slim_results, protocol=pickle.HIGHEST_PROTOCOL))
    packed = len(pickle.dumps([pack_result(r) for r in slim_results], protocol=pickle.HIGHEST_PROTOCOL))
    assert packed < objects * 0.8


def test_sorted_facts_orders_as_tuples_do() -> None:
    ev = [Evidence("a.txt", "s", 0, 1, "r", 0.5)]
    heads = [("Company", "x"), ("Company", "xa"), ("Company", "x\u00e9"), ("Document", "a.txt"), ("Person", "")]
    facts = {}
    for i, head in enumerate(heads):
        for tail in heads[:3]:
            for qualifier in ("", "q", "q\u4e00", "\x01"):
                facts[(head, f"p{i % 2}", tail, qualifier)] = ev
    assert _sorted_facts(facts) == sorted(facts.items())
    facts[(("Company", "x"), "p0", ("Company", "x"), "with\0nul")] = ev  # falls back to comparing tuples
    assert _sorted_facts(facts) == sorted(facts.items())


def test_build_resolves_while_results_stream_in(generated: Path) -> None:
    """kg.build feeds the resolver in doc_id order whatever the arrival order: 1 and 2 workers agree."""
    one = kg.build([generated])
    two = kg.build([generated], workers=2)
    assert one.corpus == two.corpus
    assert one.corpus == resolve_corpus(build_corpus_results([generated])[0])


def test_unique_evidence_is_the_sorted_set():
    """Deduplicated and ordered on the field keys: what sorted(set(...), key=_evidence_order) gives, the
    first of equal pieces kept (1 and 1.0 are equal; the first one's type is the one written)."""
    import random

    from kg.model import Evidence
    from kg.resolve import _evidence_order, _unique_evidence

    rng = random.Random(7)
    for _ in range(200):
        pool = [Evidence(rng.choice("ab"), rng.choice(["句一", "句二"]), rng.randint(0, 2), rng.randint(3, 4),
                         rng.choice(["r1", "r2"]), rng.choice([0.5, 1, 1.0, 0.9]), rng.random() < 0.5)
                for _ in range(rng.randint(2, 12))]
        got = _unique_evidence(pool)
        want = tuple(sorted(set(pool), key=_evidence_order))
        assert got == want
        assert [type(e.confidence) for e in got] == [type(e.confidence) for e in want]
