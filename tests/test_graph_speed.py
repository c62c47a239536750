"""PlainGraph: the writers' graph without networkx draws every format exactly as the MultiDiGraph does,
merges included (a node id twice, two facts on one edge key, an edge to a node the corpus does not list,
a loop)."""

from __future__ import annotations

import dataclasses

import pytest

from conftest import make_tiny_corpus
from kg.export import generate_graphml, generate_node_link
from kg.graph import KnowledgeGraph, PlainGraph, build_nx, graph_items
from kg.html import generate_html, page_data
from kg.model import Corpus, Entity, Evidence, Relation


def _awkward(hostile: bool) -> Corpus:
    corpus = make_tiny_corpus(hostile=hostile)
    company, parent, person = corpus.entities[0], corpus.entities[1], corpus.entities[2]
    ev = (Evidence("a.txt", "句子。", 0, 3, "r", 0.7), Evidence("b.txt", "另一句。", 1, 4, "s", 0.95, teaser=True))
    twin = dataclasses.replace(parent, name="同名", aliases=(), documents=("b.txt",), teaser_only=True)
    extra = (
        # worksFor keys its edge without the qualifier: these two facts share one edge, the last one wins
        Relation(("Person", person.id), "worksFor", ("Company", parent.id), ev[:1], qualifier="甲"),
        Relation(("Person", person.id), "worksFor", ("Company", parent.id), ev, qualifier="乙"),
        Relation(("Company", company.id), "subsidiaryOf", ("Company", company.id), ev[1:]),  # a loop
        Relation(("Company", "https://example.org/not-listed"), "locatedIn", ("Place", corpus.entities[5].id), ev),
        Relation(("Document", "c.txt"), "reportedBy", ("Person", person.id), ev[:1], qualifier="编辑"),
    )
    entities = (*corpus.entities, twin, Entity("https://example.org/lonely", "Place", "孤点"))
    return dataclasses.replace(corpus, entities=entities, relations=corpus.relations + extra)


@pytest.fixture(params=[False, True], ids=["plain", "hostile"])
def awkward(request: pytest.FixtureRequest) -> Corpus:
    return _awkward(request.param)


def test_plain_graph_reads_like_the_multidigraph(awkward: Corpus) -> None:
    nx_graph = build_nx(awkward)
    plain = PlainGraph(*graph_items(awkward))
    assert list(plain.nodes(data=True)) == list(nx_graph.nodes(data=True))
    assert list(plain.nodes) == list(nx_graph.nodes)
    assert plain.edges(keys=True, data=True) == list(nx_graph.edges(keys=True, data=True))
    assert plain.edges() == list(nx_graph.edges())
    assert plain.edges(keys=True) == list(nx_graph.edges(keys=True))
    assert plain.edges(data=True) == list(nx_graph.edges(data=True))
    assert dict(plain.degree()) == dict(nx_graph.degree())
    assert plain.graph == nx_graph.graph
    assert len(plain.nodes) == nx_graph.number_of_nodes() and plain.edges() and "https://example.org/lonely" in plain.nodes


def test_every_networkx_format_is_byte_identical(awkward: Corpus) -> None:
    nx_graph, plain = build_nx(awkward), PlainGraph(*graph_items(awkward))
    assert generate_graphml(plain) == generate_graphml(nx_graph)  # type: ignore[arg-type]
    assert generate_node_link(plain, plain=True) == generate_node_link(nx_graph, plain=True)  # type: ignore[arg-type]
    for limit in (3, 300):
        assert (generate_html(page_data(plain, awkward.documents, limit))  # type: ignore[arg-type]
                == generate_html(page_data(nx_graph, awkward.documents, limit)))


def test_knowledge_graph_writes_from_the_plain_graph(awkward: Corpus) -> None:
    graph = KnowledgeGraph(awkward)
    from kg.html import render_html
    from kg.output import render_output

    assert render_output(graph, "graph.json") == generate_node_link(build_nx(awkward), plain=True)
    assert render_html(graph) == generate_html(page_data(build_nx(awkward), awkward.documents))
    assert "nx" not in vars(graph)  # writing never built the MultiDiGraph
