"""kg.rdf: the corpus as RDF and its deterministic Turtle."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import ORG, PROV, RDF, SKOS

from kg.errors import KGError
from kg.iri import DEFAULT_BASE, document_iri
from kg.model import Corpus, DocumentInfo, Entity, Evidence, Relation
from kg.namespace import KG
from kg.rdf import corpus_to_rdf, corpus_to_turtle, generate_turtle, job_title_iri, membership_iri


class XSD:
    """XSD datatypes (rdflib's open XSD namespace warns when pytest inspects this module)."""

    integer = URIRef("http://www.w3.org/2001/XMLSchema#integer")
    decimal = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
    boolean = URIRef("http://www.w3.org/2001/XMLSchema#boolean")
    date = URIRef("http://www.w3.org/2001/XMLSchema#date")
    double = URIRef("http://www.w3.org/2001/XMLSchema#double")
    string = URIRef("http://www.w3.org/2001/XMLSchema#string")


def parse(turtle: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=turtle, format="turtle")


def ox_triples(turtle: str) -> set[tuple[str, str, str]]:
    """Triples as parsed by pyoxigraph, language tags lowercased (oxigraph normalizes them)."""
    out = set()
    for quad in ox.parse(turtle, format=ox.RdfFormat.TURTLE):
        obj = quad.object
        if isinstance(obj, ox.Literal):
            tag = f"@{obj.language}" if obj.language else f"^^{obj.datatype.value}"
            text = f"{obj.value}{tag}"
        else:
            text = obj.value
        out.add((quad.subject.value, quad.predicate.value, text))
    return out


def rdflib_triples(graph: rdflib.Graph) -> set[tuple[str, str, str]]:
    out = set()
    for s, p, o in graph:
        if isinstance(o, Literal):
            tag = f"@{o.language.lower()}" if o.language else f"^^{o.datatype or XSD.string}"
            text = f"{o}{tag}"
        else:
            text = str(o)
        out.add((str(s), str(p), text))
    return out


def test_no_blank_nodes_and_every_node_has_an_iri(tiny_corpus: Corpus) -> None:
    graph = corpus_to_rdf(tiny_corpus)
    assert len(graph) > 0
    assert not [t for t in graph if any(isinstance(x, BNode) for x in t)]


def test_entities_have_one_simplified_preflabel_and_altlabels(tiny_corpus: Corpus) -> None:
    graph = corpus_to_rdf(tiny_corpus)
    for entity in tiny_corpus.entities:
        node = URIRef(entity.id)
        assert (node, RDF.type, KG[entity.type]) in graph
        labels = list(graph.objects(node, SKOS.prefLabel))
        assert labels == [Literal(entity.name, lang="zh-Hans")]
        alt = set(graph.objects(node, SKOS.altLabel))
        expected = {Literal(a, lang="zh-Hans") for a in entity.aliases if a != entity.name}
        expected |= {Literal(h, lang="zh-Hant") for h in entity.hant_labels}
        assert alt == expected


def test_documents_carry_their_metadata(tiny_corpus: Corpus) -> None:
    graph = corpus_to_rdf(tiny_corpus)
    for doc in tiny_corpus.documents:
        node = URIRef(document_iri(doc.doc_id))
        assert (node, RDF.type, KG.Document) in graph
        assert graph.value(node, KG.fileName) == Literal(doc.doc_id)
        date = graph.value(node, KG.date)
        assert (date is None) == (doc.published is None)
        if date is not None:
            assert date.datatype == XSD.date and str(date) == doc.published
        assert set(graph.objects(node, KG.authorName)) == {Literal(a) for a in doc.authors}


def test_every_fact_has_assertions_with_evidence(tiny_corpus: Corpus) -> None:
    graph = corpus_to_rdf(tiny_corpus)
    assertions = set(graph.subjects(RDF.type, KG.Assertion))
    assert len(assertions) == sum(len(r.evidence) for r in tiny_corpus.relations)
    sentences = {ev.sentence for r in tiny_corpus.relations for ev in r.evidence}
    for a in assertions:
        s, p, o = (graph.value(a, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        assert (s, p, o) in graph, "an Assertion about a fact that is not asserted"
        assert str(graph.value(a, KG.evidenceText)) in sentences
        assert graph.value(a, KG.evidenceText).language == "zh-Hans"
        doc = graph.value(a, PROV.wasDerivedFrom)
        assert (doc, RDF.type, KG.Document) in graph
        assert 0 <= float(graph.value(a, KG.confidence)) <= 1
        assert graph.value(a, KG.confidence).datatype == XSD.decimal
        assert int(graph.value(a, KG.startOffset)) <= int(graph.value(a, KG.endOffset))
        assert graph.value(a, KG.teaser) is None  # only written when true


def test_position_is_a_membership_with_title(tiny_corpus: Corpus) -> None:
    graph = corpus_to_rdf(tiny_corpus)
    position = next(r for r in tiny_corpus.relations if r.predicate == "holdsPosition")
    person, unit, title = position.head[1], position.tail[1], position.qualifier
    assert title
    member = URIRef(membership_iri(person, unit, title))
    assert (URIRef(person), KG.holdsPosition, member) in graph
    assert (member, RDF.type, ORG.Membership) in graph
    assert graph.value(member, ORG.member) == URIRef(person)
    assert graph.value(member, ORG.organization) == URIRef(unit)
    assert graph.value(member, KG.titleText) == Literal(title, lang="zh-Hans")
    concept = graph.value(member, ORG.role)
    assert concept == URIRef(job_title_iri(title))
    assert (concept, RDF.type, KG.JobTitle) in graph
    assert graph.value(concept, SKOS.prefLabel) == Literal(title, lang="zh-Hans")
    # The Assertion reifies (person holdsPosition membership): one pattern finds the sentence.
    asserted = list(graph.subjects(RDF.object, member))
    assert len(asserted) == 1 and graph.value(asserted[0], RDF.predicate) == KG.holdsPosition


def test_qualifiers_are_kept(tiny_corpus: Corpus) -> None:
    e = {x.type: x for x in tiny_corpus.entities}
    ev = (Evidence("a.txt", "某句。", 0, 3, "r", 0.5),)
    relations = (
        Relation(("Person", e["Person"].id), "honoredBy", ("Community", e["Community"].id), ev, "最美志愿者"),
        Relation(("Company", e["Company"].id), "participatedIn", ("Event", e["Event"].id), ev, "2020-02-04"),
        Relation(("Company", e["Company"].id), "locatedIn", ("Place", e["Place"].id), ev, "县城"),
        Relation(("Document", "a.txt"), "reportedBy", ("Person", e["Person"].id), ev, "责编"),
    )
    graph = corpus_to_rdf(dataclasses.replace(tiny_corpus, relations=relations))

    def on_assertion(predicate: URIRef, prop: URIRef) -> Literal:
        (a,) = graph.subjects(RDF.predicate, predicate)
        value = graph.value(a, prop)
        assert isinstance(value, Literal)
        return value

    assert on_assertion(KG.honoredBy, KG.honourName) == Literal("最美志愿者", lang="zh-Hans")
    assert on_assertion(KG.participatedIn, KG.eventDate) == Literal("2020-02-04", datatype=XSD.date)
    assert on_assertion(KG.locatedIn, KG.qualifier) == Literal("县城")
    assert on_assertion(KG.reportedBy, KG.role) == Literal("责编", lang="zh-Hans")


def test_duplicate_evidence_is_one_assertion_with_the_best_confidence(tiny_corpus: Corpus) -> None:
    first = tiny_corpus.relations[0]
    ev = first.evidence[0]
    twice = dataclasses.replace(first, evidence=(ev, dataclasses.replace(ev, confidence=0.95)))
    other_sentence = dataclasses.replace(first, evidence=(dataclasses.replace(ev, start=5, end=9),))
    graph = corpus_to_rdf(dataclasses.replace(tiny_corpus, relations=(twice, first, other_sentence)))
    assertions = list(graph.subjects(RDF.type, KG.Assertion))
    assert len(assertions) == 2
    confidences = sorted(float(graph.value(a, KG.confidence)) for a in assertions)
    assert confidences == [0.9, 0.95]


def test_teaser_flag_written_when_true(tiny_corpus: Corpus) -> None:
    first = tiny_corpus.relations[0]
    teaser = dataclasses.replace(first, evidence=(dataclasses.replace(first.evidence[0], teaser=True),))
    graph = corpus_to_rdf(dataclasses.replace(tiny_corpus, relations=(teaser,)))
    (a,) = graph.subjects(RDF.type, KG.Assertion)
    assert graph.value(a, KG.teaser) == Literal(True)


def test_turtle_is_byte_identical_and_order_independent(tiny_corpus: Corpus) -> None:
    once = generate_turtle(corpus_to_rdf(tiny_corpus))
    assert generate_turtle(corpus_to_rdf(tiny_corpus)) == once
    shuffled = dataclasses.replace(
        tiny_corpus,
        documents=tiny_corpus.documents[::-1],
        entities=tiny_corpus.entities[::-1],
        relations=tiny_corpus.relations[::-1],
    )
    assert generate_turtle(corpus_to_rdf(shuffled)) == once


@pytest.mark.parametrize("fixture", ["tiny_corpus", "hostile_corpus"])
def test_turtle_round_trips_in_rdflib_and_pyoxigraph(fixture: str, request: pytest.FixtureRequest) -> None:
    corpus = request.getfixturevalue(fixture)
    graph = corpus_to_rdf(corpus)
    turtle = generate_turtle(graph)
    back = parse(turtle)
    assert isomorphic(back, graph)
    assert ox_triples(turtle) == rdflib_triples(graph)


def test_hostile_names_survive_exactly(hostile_corpus: Corpus) -> None:
    back = parse(generate_turtle(corpus_to_rdf(hostile_corpus)))
    person = next(e for e in hostile_corpus.entities if e.type == "Person")
    assert "<script>" in person.name and "\n" in person.name
    assert str(back.value(URIRef(person.id), SKOS.prefLabel)) == person.name


def test_every_control_character_is_escaped() -> None:
    nasty = "".join(chr(c) for c in range(0x20)) + '\x7f"\\\u2028\u2029 end'
    graph = rdflib.Graph()
    graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal(nasty)))
    graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/q"), Literal(nasty, lang="zh-Hans")))
    turtle = generate_turtle(graph)
    body = turtle.split("\n", 1)[1]
    assert not any(ch in body.replace("\n", "") for ch in map(chr, [*range(0x20), 0x7F]))
    assert isomorphic(parse(turtle), graph)
    assert len(ox_triples(turtle)) == 2


def test_lone_surrogates_become_replacement_characters() -> None:
    corpus = Corpus(documents=(), entities=(Entity("https://example.org/p/1", "Person", "张\udcff三"),), relations=())
    turtle = generate_turtle(corpus_to_rdf(corpus))
    turtle.encode("utf-8")
    assert "张\ufffd三" in turtle


def test_typed_literals_keep_their_types() -> None:
    s, p = URIRef("http://example.org/s"), URIRef("http://example.org/p")
    graph = rdflib.Graph()
    for literal in (Literal("5", datatype=XSD.integer), Literal("0.25", datatype=XSD.decimal),
                    Literal("true", datatype=XSD.boolean), Literal("2020-01-02", datatype=XSD.date),
                    Literal("1e3", datatype=XSD.double), Literal("x", datatype=URIRef("http://example.org/dt"))):
        graph.add((s, p, literal))
    assert isomorphic(parse(generate_turtle(graph)), graph)


def test_custom_base_and_bad_base(tiny_corpus: Corpus) -> None:
    base = "http://example.org/kg/"
    graph = corpus_to_rdf(dataclasses.replace(tiny_corpus, entities=(), relations=()), base=base)
    docs = set(graph.subjects(RDF.type, KG.Document))
    assert docs and all(str(d).startswith(base) for d in docs)
    assert parse(generate_turtle(graph)) is not None
    for bad in ("not an iri", "http://example.org/x y/", "http://example.org/<x>/", "relative/"):
        with pytest.raises(KGError, match="base IRI"):
            corpus_to_rdf(tiny_corpus, base=bad)


def test_unknown_type_or_relation_is_a_bug_not_silence(tiny_corpus: Corpus) -> None:
    with pytest.raises(ValueError, match="unknown type"):
        corpus_to_rdf(dataclasses.replace(tiny_corpus, entities=(Entity("http://x/1", "Thing", "某物"),)))
    bad = dataclasses.replace(tiny_corpus.relations[0], predicate="ownedBy")
    with pytest.raises(ValueError, match="unknown relation"):
        corpus_to_rdf(dataclasses.replace(tiny_corpus, relations=(bad,)))


def test_invalid_dates_are_left_out(tiny_corpus: Corpus) -> None:
    doc = DocumentInfo("c.txt", "c.txt", "utf-8", 1, published="2021-02-30")
    graph = corpus_to_rdf(dataclasses.replace(tiny_corpus, documents=(doc,)))
    assert graph.value(URIRef(document_iri("c.txt", DEFAULT_BASE)), KG.date) is None


def test_empty_corpus() -> None:
    turtle = generate_turtle(corpus_to_rdf(Corpus((), (), ())))
    assert (None, RDF.type, KG.ExtractionRun) in parse(turtle)


@pytest.mark.parametrize("fixture", ["tiny_corpus", "hostile_corpus"])
def test_fast_path_writes_the_same_bytes(fixture: str, request: pytest.FixtureRequest) -> None:
    corpus = request.getfixturevalue(fixture)
    base = "http://example.org/id/"
    assert corpus_to_turtle(corpus, base) == generate_turtle(corpus_to_rdf(corpus, base))


def test_objects_sort_iris_then_blank_nodes_then_literals() -> None:
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.namespace import RDF, XSD

    s, p = URIRef("http://example.org/s"), URIRef("http://example.org/p")
    objects = [Literal("b"), Literal("a", lang="zh"), URIRef("http://example.org/z"), BNode("n1"),
               Literal("7", datatype=XSD.integer), URIRef("http://example.org/a")]
    outputs = set()
    for order in (objects, objects[::-1]):
        graph = Graph(bind_namespaces="none")
        graph.bind("ex", "http://example.org/")
        graph.add((s, RDF.type, URIRef("http://example.org/T")))
        for o in order:
            graph.add((s, p, o))
        outputs.add(generate_turtle(graph))
    (ttl,) = outputs
    assert '    a ex:T ;\n    ex:p ex:a, ex:z, _:n1, 7, "a"@zh, "b" .\n' in ttl
