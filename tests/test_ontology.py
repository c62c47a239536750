"""ontology/: kg.ttl, shapes.ttl, checks.rq and the example queries, against the code that uses them."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.iri import ONTOLOGY_NS
from kg.model import ENTITY_TYPES, RELATION_TYPES, Corpus
from kg.namespace import KG, kg_terms
from kg.query import run_query
from kg.rdf import ONTOLOGY_FILES, corpus_to_rdf, generate_turtle, ontology_file
from kg.validate import parse_checks

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
QUERIES = sorted((ONTOLOGY / "queries").glob("*.rq"))
TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}

#: The local names the design contract promises.
CONTRACT = {
    "Organization", "Company", "Person", "Place", "Community", "Event", "Document", "Assertion",
    "subsidiaryOf", "worksFor", "servesCommunity", "participatedIn", "organizedBy", "locatedIn",
    "honoredBy", "reportedBy", "titleText", "fileName", "title", "date", "publisher",
}


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY / "kg.ttl", format="turtle")


def kg_terms_in(text: str) -> set[str]:
    return set(re.findall(r"\bkg:([A-Za-z][A-Za-z0-9_]*)", text))


@pytest.mark.parametrize("name", ONTOLOGY_FILES)
def test_packaged_copy_is_identical_to_published_copy(name: str) -> None:
    published = (ONTOLOGY / name).read_bytes()
    packaged = ontology_file(name).read_bytes()
    assert packaged == published, f"run: cp ontology/{name} src/kg/data/ontology/{name}"


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_ontology_files_load_in_rdflib_and_pyoxigraph(name: str) -> None:
    text = (ONTOLOGY / name).read_text(encoding="utf-8")
    graph = rdflib.Graph().parse(data=text, format="turtle")
    assert len(graph) == len(list(ox.parse(text, format=ox.RdfFormat.TURTLE)))


def test_every_namespace_member_is_declared_with_labels_and_comment(ontology: rdflib.Graph) -> None:
    members = {str(term) for term in kg_terms()}
    assert members, "KG has no members?"
    for iri in sorted(members):
        term = URIRef(iri)
        assert set(ontology.objects(term, RDF.type)) & TERM_TYPES, f"{iri} is not declared in kg.ttl"
        languages = {label.language for label in ontology.objects(term, RDFS.label)}
        assert {"en", "zh-Hans"} <= languages, f"{iri} needs rdfs:label @en and @zh-Hans"
        assert ontology.value(term, RDFS.comment) is not None, f"{iri} needs an rdfs:comment"


def test_every_declared_term_is_in_the_namespace(ontology: rdflib.Graph) -> None:
    declared = {
        str(s)[len(ONTOLOGY_NS):]
        for s in ontology.subjects(RDF.type, None)
        if str(s).startswith(ONTOLOGY_NS)
    }
    for name in declared:
        assert KG[name] == URIRef(ONTOLOGY_NS + name)
    assert CONTRACT <= declared
    assert set(ENTITY_TYPES) <= declared
    assert set(RELATION_TYPES) <= declared


def test_namespace_is_closed() -> None:
    with pytest.raises(AttributeError):
        KG.workFor  # noqa: B018  (a typo must fail loudly)


def test_alignment_rules(ontology: rdflib.Graph) -> None:
    wikidata = "http://www.wikidata.org/"
    for s, p, o in ontology:
        assert p not in (OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs)
        if str(o).startswith(wikidata):
            assert p == SKOS.closeMatch, f"Wikidata only as skos:closeMatch: {s} {p} {o}"
    assert (KG.Company, RDFS.subClassOf, KG.Organization) in ontology
    assert (KG.Community, RDFS.subClassOf, KG.Place) in ontology
    assert (KG.subsidiaryOf, RDFS.subPropertyOf, URIRef("http://www.w3.org/ns/org#subOrganizationOf")) in ontology
    assert (KG.subsidiaryOf, SKOS.closeMatch, URIRef("http://www.wikidata.org/prop/direct/P749")) in ontology
    schema = {str(o) for o in ontology.objects() if "schema.org" in str(o)}
    assert schema and all(o.startswith("https://schema.org/") for o in schema)


def test_labels_have_no_stray_languages(ontology: rdflib.Graph) -> None:
    for label in ontology.objects(None, RDFS.label):
        assert isinstance(label, Literal) and label.language in ("en", "zh-Hans")


@pytest.mark.parametrize("path", [ONTOLOGY / "shapes.ttl", ONTOLOGY / "checks.rq", *QUERIES], ids=lambda p: p.name)
def test_files_only_use_declared_terms(path: Path, ontology: rdflib.Graph) -> None:
    declared = {str(s)[len(ONTOLOGY_NS):] for s in ontology.subjects() if str(s).startswith(ONTOLOGY_NS)}
    text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines())
    unknown = kg_terms_in(text) - declared
    assert not unknown, f"{path.name} uses undeclared terms {sorted(unknown)}"


def test_output_only_uses_declared_terms(tiny_corpus: Corpus, ontology: rdflib.Graph) -> None:
    graph = corpus_to_rdf(tiny_corpus)
    used = {str(t) for triple in graph for t in triple if str(t).startswith(ONTOLOGY_NS)}
    declared = {str(s) for s in ontology.subjects() if str(s).startswith(ONTOLOGY_NS)}
    assert used and used <= declared


def test_checks_parse_into_valid_queries() -> None:
    checks = parse_checks((ONTOLOGY / "checks.rq").read_text(encoding="utf-8"))
    assert {c.name for c in checks} >= {"subsidiary-cycle", "assertion-not-asserted", "fact-without-assertion"}
    for check in checks:
        assert check.message
        result = run_query("", check.sparql)
        assert "node" in result.variables and result.rows == []


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_example_queries_run_and_agree_across_engines(path: Path, tiny_corpus: Corpus) -> None:
    turtle = generate_turtle(corpus_to_rdf(tiny_corpus))
    sparql = path.read_text(encoding="utf-8")
    assert sparql.lstrip().startswith("#"), "start each query with a comment saying what it asks"
    fast = run_query(turtle, sparql)
    assert fast.rows, f"{path.name} finds nothing in the tiny corpus"
    assert run_query(turtle, sparql, engine="rdflib") == fast


def test_five_example_queries_exist() -> None:
    names = {p.stem for p in QUERIES}
    assert {"positions", "subsidiary-tree", "evidence", "community-service", "events"} <= names
