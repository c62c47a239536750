"""kg.validate: SHACL shapes and graph-wide checks, with a readable report."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS

from kg.errors import InputError, KGError
from kg.model import Corpus
from kg.namespace import KG
from kg.rdf import corpus_to_rdf, generate_turtle
from kg.validate import find_problems, parse_checks, validate_file, validate_graph

DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


def first(graph: rdflib.Graph, type_: URIRef) -> URIRef:
    return min(graph.subjects(RDF.type, type_))  # type: ignore[no-any-return]


def assertion_of(graph: rdflib.Graph, predicate: URIRef) -> URIRef:
    return min(graph.subjects(RDF.predicate, predicate))  # type: ignore[no-any-return]


@pytest.mark.parametrize("fixture", ["tiny_corpus", "hostile_corpus"])
def test_built_graphs_conform(fixture: str, request: pytest.FixtureRequest) -> None:
    corpus = request.getfixturevalue(fixture)
    conforms, report = validate_graph(corpus_to_rdf(corpus))
    assert conforms, report
    assert "conforms" in report and f"{len(corpus.documents)} documents" in report


def test_person_subsidiary_of_fails_with_a_readable_report(tiny_corpus: Corpus) -> None:
    graph = corpus_to_rdf(tiny_corpus)
    person, company = first(graph, KG.Person), first(graph, KG.Company)
    graph.add((person, KG.subsidiaryOf, company))
    conforms, report = validate_graph(graph, name="graph.ttl")
    assert not conforms
    assert report.startswith("graph.ttl does not conform")
    lines = [line for line in report.splitlines() if "only a Company can be kg:subsidiaryOf" in line]
    assert len(lines) == 1
    name = str(graph.value(person, SKOS.prefLabel))
    assert name in lines[0] and "person:" in lines[0]
    # and the fact has no Assertion, which the graph-wide check reports
    assert "fact-without-assertion" in report


@pytest.mark.parametrize(
    "break_it, expected",
    [
        (lambda g: g.add((first(g, KG.Company), KG.worksFor, first(g, KG.Place))), "kg:worksFor"),
        (lambda g: g.add((first(g, KG.Event), KG.locatedIn, first(g, KG.Person))), "kg:locatedIn must point"),
        (lambda g: g.add((first(g, KG.Document), KG.reportedBy, first(g, KG.Company))), "kg:reportedBy must point"),
        (lambda g: g.remove((first(g, KG.Person), SKOS.prefLabel, None)), "exactly one non-empty skos:prefLabel"),
        (lambda g: g.add((first(g, KG.Person), SKOS.prefLabel, Literal("另一个", lang="zh-Hans"))),
         "exactly one non-empty skos:prefLabel"),
        (lambda g: g.set((first(g, KG.Event), SKOS.prefLabel, Literal("flood", lang="en"))), "skos:prefLabel"),
        (lambda g: g.set((assertion_of(g, KG.worksFor), KG.confidence, Literal("1.5", datatype=DECIMAL))),
         "kg:confidence, an xsd:decimal in [0, 1]"),
        (lambda g: g.remove((assertion_of(g, KG.worksFor), PROV.wasDerivedFrom, None)), "prov:wasDerivedFrom"),
        (lambda g: g.remove((assertion_of(g, KG.worksFor), KG.evidenceText, None)), "kg:evidenceText"),
        (lambda g: g.set((assertion_of(g, KG.worksFor), KG.startOffset, Literal(10**6))), "kg:startOffset"),
    ],
)
def test_each_shape_catches_its_violation(tiny_corpus: Corpus, break_it, expected: str) -> None:  # type: ignore[no-untyped-def]
    graph = corpus_to_rdf(tiny_corpus)
    break_it(graph)
    conforms, report = validate_graph(graph)
    assert not conforms
    assert expected in report, report


def test_subsidiary_cycle_is_reported(tiny_corpus: Corpus) -> None:
    graph = corpus_to_rdf(tiny_corpus)
    (child, parent) = next(iter(graph.subject_objects(KG.subsidiaryOf)))
    graph.add((parent, KG.subsidiaryOf, child))
    problems = [p for p in find_problems(graph) if p.source == "check subsidiary-cycle"]
    assert {p.node for p in problems} == {str(child), str(parent)}


def test_assertion_about_a_missing_fact_is_reported(tiny_corpus: Corpus) -> None:
    graph = corpus_to_rdf(tiny_corpus)
    a = assertion_of(graph, KG.worksFor)
    fact = (graph.value(a, RDF.subject), KG.worksFor, graph.value(a, RDF.object))
    graph.remove(fact)
    problems = find_problems(graph)
    assert [p.node for p in problems if p.source == "check assertion-not-asserted"] == [str(a)]
    assert validate_graph(graph)[1] == validate_graph(graph)[1]  # deterministic report


def test_validate_file(tmp_path: Path, tiny_corpus: Corpus) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text(generate_turtle(corpus_to_rdf(tiny_corpus)), encoding="utf-8")
    conforms, report = validate_file(path)
    assert conforms and str(path) in report
    with pytest.raises(InputError, match="does not exist"):
        validate_file(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(KGError, match="not valid Turtle"):
        validate_file(bad)


def test_parse_checks_splits_queries() -> None:
    text = "PREFIX a: <http://a/>\n#@check one: first problem\nSELECT ?node WHERE { ?node a:p 1 }\n" \
           "#@check two: second\nSELECT ?node WHERE { ?node a:q 2 }\n"
    one, two = parse_checks(text)
    assert (one.name, one.message, two.name) == ("one", "first problem", "two")
    assert one.sparql.startswith("PREFIX a:") and "a:q" not in one.sparql and "a:q" in two.sparql
