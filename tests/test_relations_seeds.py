"""Relations on the seed articles, over gold ("oracle") entities so that only relation quality is measured.

The oracle comes from scripts/oracle_entities.py (gold names and aliases found in the text, references
like 该局 pointed at the nearest fitting entity).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kg.document import load_document
from kg.evaluate import evaluate_results, load_gold
from kg.extract.relations import find_relations
from kg.model import Document, DocumentResult

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = ROOT / "tests" / "data" / "seeds_gold.json"

#: Rules whose evidence may lack one end: they rest on the article's structure or a title coreference,
#: and say so in their name.
EXEMPT_SUFFIXES = ("-structural", "-coreference")

def _oracle_module():
    spec = importlib.util.spec_from_file_location("oracle_entities", ROOT / "scripts" / "oracle_entities.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed_results() -> list[DocumentResult]:
    oracle = _oracle_module()
    gold = load_gold(GOLD)
    out = []
    for path in SEEDS:
        doc = load_document(str(path), path.name)
        assert isinstance(doc, Document)
        entities = oracle.oracle_entities(doc, gold[path.name])
        relations, dropped = find_relations(doc, entities)
        out.append(DocumentResult(doc, tuple(entities), tuple(relations), tuple(dropped)))
    return out


def test_every_relation_has_evidence_naming_both_ends(seed_results):
    _assert_evidence_names_both_ends(seed_results)


def _assert_evidence_names_both_ends(results: list[DocumentResult]) -> None:
    for result in results:
        doc = result.document
        ents = {e.key: e for e in result.entities}
        for rel in result.relations:
            assert rel.evidence, rel

            def named(key, ev, ents=ents) -> bool:
                if key[0] == "Document":
                    return True
                ent = ents[key]
                inside = any(ev.start <= m.start and m.end <= ev.end for m in ent.mentions)
                return inside or any(s and s in ev.sentence for s in (ent.name, *ent.aliases))

            ok = any(named(rel.head, ev) and named(rel.tail, ev) for ev in rel.evidence)
            exempt = all(ev.rule.endswith(EXEMPT_SUFFIXES) for ev in rel.evidence)
            assert ok or exempt, (doc.doc_id, rel)
            for ev in rel.evidence:
                assert ev.sentence == doc.text[ev.start:ev.end]
                assert 0.0 <= ev.confidence <= 1.0
                assert ev.doc_id == doc.doc_id


def test_structural_relations_are_few(seed_results):
    rels = [r for res in seed_results for r in res.relations]
    exempt = [r for r in rels if all(ev.rule.endswith(EXEMPT_SUFFIXES) for ev in r.evidence)]
    assert len(exempt) <= 0.15 * len(rels)
    # and less sure than the rules whose sentence names both ends
    for r in rels:
        for ev in r.evidence:
            if ev.rule.endswith(EXEMPT_SUFFIXES):
                assert ev.confidence <= 0.6, r


def test_types_hold(seed_results):
    from kg.extract.rel_constraints import check_types

    for res in seed_results:
        for rel in res.relations:
            assert check_types(rel.predicate, rel.head[0], rel.tail[0]) is None, rel


def test_teaser_flag_matches_sections(seed_results):
    for res in seed_results:
        for rel in res.relations:
            for ev in rel.evidence:
                sent = res.document.sentence_at(ev.start)
                expected = res.document.section_kind(ev.start) == "teaser" or (
                    sent is not None and sent.section == "teaser")
                assert ev.teaser == expected


def test_quality_on_oracle_entities(seed_results):
    out = evaluate_results(seed_results, load_gold(GOLD))
    overall = out._overall(out.relations)
    assert overall.f1 >= 0.85, out.to_table(show_misses=True)
    assert overall.precision >= 0.9


def test_deterministic_whatever_the_entity_order(seed_results):
    # (speed is measured in bench/, never asserted in tests)
    oracle = _oracle_module()
    gold = load_gold(GOLD)
    for res in seed_results:
        doc = res.document
        entities = oracle.oracle_entities(doc, gold[doc.doc_id])
        relations, dropped = find_relations(doc, list(reversed(entities)))
        assert tuple(relations) == res.relations
        assert tuple(dropped) == res.dropped


UNSEEN = ROOT / "tests" / "data" / "unseen_relations"
HELDOUT = ROOT / "tests" / "data" / "heldout"


def _oracle_results(folder: Path) -> tuple[list[DocumentResult], dict]:
    oracle = _oracle_module()
    gold = load_gold(folder / "gold.json")
    results = []
    for path in sorted(folder.glob("*.txt")):
        doc = load_document(str(path), path.name)
        assert isinstance(doc, Document)
        entities = oracle.oracle_entities(doc, gold[path.name])
        relations, dropped = find_relations(doc, entities)
        results.append(DocumentResult(doc, tuple(entities), tuple(relations), tuple(dropped)))
    return results, gold


def test_quality_on_heldout_articles_over_oracle_entities():
    """The held-out set (written blind to the rules, then used as a development set for general rules)."""
    results, gold = _oracle_results(HELDOUT)
    out = evaluate_results(results, gold)
    overall = out._overall(out.relations)
    assert overall.f1 >= 0.9 and overall.precision >= 0.95, out.to_table(show_misses=True)
    _assert_evidence_names_both_ends(results)
    exempt = [r for res in results for r in res.relations
              if all(ev.rule.endswith(EXEMPT_SUFFIXES) for ev in r.evidence)]
    assert len(exempt) <= 0.1 * sum(len(res.relations) for res in results)
    for res in results:
        for rel in res.relations:
            for ev in rel.evidence:
                if ev.rule.endswith(EXEMPT_SUFFIXES):
                    assert ev.confidence <= 0.6, rel


def test_quality_on_unseen_articles_over_oracle_entities():
    oracle = _oracle_module()
    gold = load_gold(UNSEEN / "gold.json")
    results = []
    for path in sorted(UNSEEN.glob("*.txt")):
        doc = load_document(str(path), path.name)
        assert isinstance(doc, Document)
        entities = oracle.oracle_entities(doc, gold[path.name])
        relations, dropped = find_relations(doc, entities)
        results.append(DocumentResult(doc, tuple(entities), tuple(relations), tuple(dropped)))
    out = evaluate_results(results, gold)
    assert out.documents == len(gold)
    assert out._overall(out.relations).f1 >= 0.7, out.to_table(show_misses=True)


DEV2 = ROOT / "tests" / "data" / "dev2"


def test_quality_on_dev2_over_oracle_entities():
    """dev2: articles written for varied phrasing of every relation (measured 0.89 F1, P 0.96)."""
    results, gold = _oracle_results(DEV2)
    out = evaluate_results(results, gold)
    overall = out._overall(out.relations)
    assert overall.f1 >= 0.85 and overall.precision >= 0.93, out.to_table(show_misses=True)
    _assert_evidence_names_both_ends(results)
