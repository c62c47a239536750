"""Property-based tests of serialization over arbitrary corpora: any names, sentences, titles, dates,
qualifiers (quotes, backslashes, control characters, markup, lone surrogates, any plane).

Turtle always parses back (rdflib and pyoxigraph) to a graph isomorphic to ``corpus_to_rdf``; the fast
Turtle writer gives the same bytes as rdflib's path; GraphML and node-link JSON load in networkx with the
same nodes and edges; report.json and the page's data island are valid UTF-8 JSON.
"""

from __future__ import annotations

import io
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.graph import KnowledgeGraph
from kg.iri import entity_iri
from kg.model import ENTITY_TYPES, Corpus, DocumentInfo, Entity, Evidence, Relation, Repair, Skipped

HOSTILE = ['"""', "'''", "\\", "\\n", "]]>", "<script>alert(1)</script>", "<!--", "&amp;", "\x00", "\x1f",
           "\x7f", "\u2028", "\ufeff", "\ud800", "\udcff", "𠀀", "@zh", "^^", " ", "\n", "\r", "\t", "#", "<>"]
texts = st.one_of(
    st.text(max_size=12),
    st.text(st.characters(), max_size=8),  # surrogates included
    st.lists(st.sampled_from(HOSTILE) | st.sampled_from(["国网", "供电公司", "王建国", "社区"]), max_size=5).map("".join),
)
nonempty = texts.filter(bool)
dates = st.one_of(st.none(), st.dates().map(str), texts, st.sampled_from(["2021-02-30", "2021-13-01", "0000-00-00"]))
confidence = st.floats(0.0, 1.0, allow_nan=False)

# Subject/object types the relations connect (kept loose on purpose: the writers must not care).
PREDICATES = ["subsidiaryOf", "worksFor", "holdsPosition", "servesCommunity", "participatedIn", "organizedBy",
              "locatedIn", "honoredBy"]


@st.composite
def corpora(draw: st.DrawFn) -> Corpus:
    doc_ids = draw(st.lists(nonempty, min_size=1, max_size=3, unique=True))
    documents = tuple(
        DocumentInfo(
            doc_id=d, path=draw(texts), encoding=draw(st.sampled_from(["utf-8", "gbk", "big5", "utf-16"])),
            chars=draw(st.integers(0, 10**6)), title=draw(st.none() | texts), published=draw(dates),
            source=draw(st.none() | texts), authors=tuple(draw(st.lists(nonempty, max_size=2))),
            editors=tuple(draw(st.lists(nonempty, max_size=1))),
            repairs=tuple(Repair(draw(st.sampled_from(["mojibake", "pinyin"])), 0, 1, draw(texts), draw(texts))
                          for _ in range(draw(st.integers(0, 2)))),
            traditional=draw(st.booleans()),
        )
        for d in sorted(doc_ids)
    )
    entities: dict[str, Entity] = {}
    for _ in range(draw(st.integers(1, 6))):
        type_ = draw(st.sampled_from(ENTITY_TYPES))
        name = draw(nonempty)
        ident = entity_iri(type_, name)
        entities[ident] = Entity(
            ident, type_, name, aliases=tuple(sorted(set(draw(st.lists(nonempty, max_size=3))) - {name})),
            hant_labels=tuple(sorted(set(draw(st.lists(nonempty, max_size=2))))),
            documents=tuple(sorted(set(draw(st.lists(st.sampled_from(doc_ids), max_size=2))))),
            teaser_only=draw(st.booleans()),
        )
    ents = sorted(entities.values(), key=lambda e: e.id)
    relations = []
    for _ in range(draw(st.integers(0, 6))):
        evidence = tuple(
            Evidence(draw(st.sampled_from(doc_ids)), draw(texts), draw(st.integers(0, 99)), draw(st.integers(0, 99)),
                     draw(nonempty), draw(confidence), teaser=draw(st.booleans()))
            for _ in range(draw(st.integers(1, 3)))
        )
        if draw(st.booleans()) and any(e.type == "Person" for e in ents):
            person = draw(st.sampled_from([e for e in ents if e.type == "Person"]))
            relations.append(Relation(("Document", draw(st.sampled_from(doc_ids))), "reportedBy",
                                      ("Person", person.id), evidence, qualifier=draw(st.none() | nonempty)))
            continue
        head, tail = draw(st.sampled_from(ents)), draw(st.sampled_from(ents))
        predicate = draw(st.sampled_from(PREDICATES))
        qualifier = draw(nonempty) if predicate in ("holdsPosition", "honoredBy") else None
        relations.append(Relation((head.type, head.id), predicate, (tail.type, tail.id), evidence, qualifier))
    skipped = tuple(Skipped(draw(texts), draw(nonempty)) for _ in range(draw(st.integers(0, 2))))
    return Corpus(documents, tuple(ents), tuple(relations), skipped=skipped)


NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

SURROGATE = re.compile("[\ud800-\udfff]")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(corpus=corpora())
def test_turtle_round_trips_to_an_isomorphic_graph(corpus):
    import pyoxigraph as ox
    import rdflib
    from rdflib.compare import isomorphic

    from kg.rdf import corpus_to_rdf, corpus_to_turtle, generate_turtle

    ttl = corpus_to_turtle(corpus)
    expected = corpus_to_rdf(corpus)
    parsed = rdflib.Graph().parse(data=ttl, format="turtle")
    assert isomorphic(parsed, expected)
    assert generate_turtle(expected) == ttl  # the fast path writes rdflib's bytes
    store = ox.Store()
    store.load(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(parsed)


@SETTINGS
@given(corpus=corpora())
def test_graph_files_load_in_networkx(corpus):
    import networkx as nx

    from kg.export import generate_graphml, generate_node_link

    graph = KnowledgeGraph(corpus).nx
    back = nx.read_graphml(io.BytesIO(generate_graphml(graph)), force_multigraph=True)
    assert set(back.nodes) == set(graph.nodes)
    # XML 1.0 cannot carry control characters or lone surrogates: U+FFFD stands in for them.
    assert sorted(back.edges(keys=True)) == sorted((u, v, NOT_XML.sub("\ufffd", k)) for u, v, k in graph.edges(keys=True))
    linked = nx.node_link_graph(json.loads(generate_node_link(graph).decode("utf-8")), edges="edges")
    assert set(linked.nodes) == set(graph.nodes)
    assert sorted(linked.edges(keys=True)) == sorted((u, v, SURROGATE.sub("\ufffd", k))
                                                     for u, v, k in graph.edges(keys=True))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus=corpora())
def test_report_and_page_are_valid_utf8_json(corpus):
    from kg.html import render_html
    from kg.report import generate_report

    report = json.loads(generate_report(corpus).decode("utf-8"))
    assert report["documents_read"] == len(corpus.documents)
    assert len(report["skipped"]) == len(corpus.skipped)
    html = render_html(KnowledgeGraph(corpus))
    html.encode("utf-8")
    island = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL)
    assert island is not None
    data = json.loads(island.group(1))
    assert len(data["nodes"]) == KnowledgeGraph(corpus).nx.number_of_nodes()
    assert "<script>alert" not in html
