"""The knowledge graph object users get from ``kg.build``: NetworkX, RDF, SPARQL and files in one place."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .iri import DEFAULT_BASE, document_iri
from .model import Corpus, Relation

if TYPE_CHECKING:
    import networkx as nx
    import rdflib

__all__ = ["RELATION_LABELS", "TYPE_LABELS", "KnowledgeGraph", "PlainGraph", "build_nx", "edge_key", "graph_items"]

#: Chinese labels of relations, for the page and for labelled exports.
RELATION_LABELS = {
    "subsidiaryOf": "下属单位",
    "worksFor": "任职于",
    "holdsPosition": "担任",
    "servesCommunity": "服务社区",
    "participatedIn": "参与",
    "organizedBy": "组织方",
    "locatedIn": "位于",
    "honoredBy": "获授荣誉",
    "reportedBy": "报道者",
}

TYPE_LABELS = {
    "Company": "企业",
    "Organization": "组织",
    "Person": "人物",
    "Place": "地点",
    "Community": "社区",
    "Event": "事件",
    "Document": "文章",
}


def edge_key(relation: Relation) -> str:
    """Edge key in the MultiDiGraph: the relation name, plus the qualifier for qualified facts
    (two titles held at one unit are two facts)."""
    if relation.qualifier and relation.predicate in ("holdsPosition", "honoredBy", "reportedBy"):
        return f"{relation.predicate}/{relation.qualifier}"
    return relation.predicate


NodeItem = tuple[str, dict[str, Any]]
EdgeItem = tuple[str, str, str, dict[str, Any]]


def graph_items(corpus: Corpus, base: str = DEFAULT_BASE) -> tuple[list[NodeItem], list[EdgeItem]]:
    """The nodes (id, attributes) and edges (head, tail, key, attributes) of the graph, in corpus order:
    what ``build_nx`` adds, one call per item."""
    nodes: list[NodeItem] = []
    for doc in corpus.documents:
        nodes.append((document_iri(doc.doc_id, base), {
            "type": "Document",
            "label": doc.title or doc.doc_id,
            "aliases": [],
            "file_name": doc.doc_id,
            "published": doc.published or "",
            "source": doc.source or "",
        }))
    for entity in corpus.entities:
        nodes.append((entity.id, {
            "type": entity.type,
            "label": entity.name,
            "aliases": list(entity.aliases),
            "hant_labels": list(entity.hant_labels),
            "documents": list(entity.documents),
            "teaser_only": entity.teaser_only,
        }))
    edges: list[EdgeItem] = []
    doc_iris: dict[str, str] = {}

    def end(kind: str, value: str) -> str:
        if kind != "Document":
            return value
        found = doc_iris.get(value)
        if found is None:
            found = doc_iris[value] = document_iri(value, base)
        return found

    labels = RELATION_LABELS
    for relation in corpus.relations:
        head, tail, predicate, found = relation.head, relation.tail, relation.predicate, relation.evidence
        evidence = [
            {"document": ev.doc_id, "sentence": ev.sentence, "start": ev.start, "end": ev.end, "rule": ev.rule,
             "confidence": ev.confidence, "teaser": ev.teaser}
            for ev in found
        ]
        if len(found) == 1:  # most facts have one piece of evidence
            confidence, documents = found[0].confidence, [found[0].doc_id]
        else:
            confidence = max((ev.confidence for ev in found), default=0.0)
            documents = sorted({ev.doc_id for ev in found})
        edges.append((
            head[1] if head[0] != "Document" else end(*head),
            tail[1] if tail[0] != "Document" else end(*tail),
            edge_key(relation),
            {"relation": predicate, "label": labels.get(predicate, predicate), "qualifier": relation.qualifier or "",
             "confidence": confidence, "documents": documents, "evidence": evidence},
        ))
    return nodes, edges


def build_nx(corpus: Corpus, base: str = DEFAULT_BASE) -> nx.MultiDiGraph:
    """Assemble the MultiDiGraph: node id = IRI; attributes ``type``, ``label``, ``aliases``;
    one edge per distinct fact with its evidence."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    nodes, edges = graph_items(corpus, base)
    for node, attrs in nodes:
        graph.add_node(node, **attrs)
    for head, tail, key, attrs in edges:
        graph.add_edge(head, tail, key=key, **attrs)
    return graph


class _NodeView:
    """What the writers read of ``MultiDiGraph.nodes``: the ids, ``[id]`` and ``(data=True)``."""

    __slots__ = ("_nodes",)

    def __init__(self, nodes: dict[str, dict[str, Any]]) -> None:
        self._nodes = nodes

    def __iter__(self) -> Iterator[str]:
        return iter(self._nodes)

    def __len__(self) -> int:
        return len(self._nodes)

    def __contains__(self, node: object) -> bool:
        return node in self._nodes

    def __getitem__(self, node: str) -> dict[str, Any]:
        return self._nodes[node]

    def __call__(self, data: bool = False) -> Iterable[Any]:
        return self._nodes.items() if data else self._nodes.keys()


class PlainGraph:
    """The graph the writers draw from: what ``build_nx`` makes, as plain dicts and lists.

    It offers the few MultiDiGraph reads the writers use (``nodes``, ``edges``, ``degree``, ``graph``,
    ``is_directed``), with networkx's order and merging rules (a node or an edge added twice keeps
    one entry, its attributes updated; an edge to an unknown node adds it bare), so every format is
    byte-identical to one drawn from ``build_nx``. Building the MultiDiGraph and walking its views
    cost as much as writing some formats.
    """

    def __init__(self, nodes: Iterable[NodeItem], edges: Iterable[EdgeItem]) -> None:
        """From ``graph_items``; the attribute dicts become the graph's (updated in place on merges)."""
        self.graph: dict[str, Any] = {}
        table: dict[str, dict[str, Any]] = {}
        # The attribute dicts are taken over, not copied (``graph_items`` makes fresh ones): a copy of each
        # is left in the graph only where a second node or edge updates it.
        for node, attrs in nodes:
            found = table.get(node)
            if found is None:
                table[node] = attrs
            else:
                found.update(attrs)
        succ: dict[str, dict[str, dict[str, dict[str, Any]]]] = {node: {} for node in table}
        degree = dict.fromkeys(table, 0)
        for head, tail, key, attrs in edges:
            for end in (head, tail):
                if end not in table:
                    table[end], succ[end], degree[end] = {}, {}, 0
            keyed = succ[head].setdefault(tail, {})
            found = keyed.get(key)
            if found is None:
                keyed[key] = attrs
                degree[head] += 1
                degree[tail] += 1
            else:
                found.update(attrs)
        self.nodes = _NodeView(table)
        self._edges = [(head, tail, key, attrs) for head, tails in succ.items()
                       for tail, keyed in tails.items() for key, attrs in keyed.items()]
        self._degree = degree

    def is_directed(self) -> bool:
        return True

    def is_multigraph(self) -> bool:
        return True

    def edges(self, keys: bool = False, data: bool = False) -> list[Any]:
        """(head, tail[, key][, attributes]) per edge, as ``MultiDiGraph.edges`` gives them."""
        if keys and data:
            return self._edges
        if keys:
            return [(head, tail, key) for head, tail, key, _ in self._edges]
        if data:
            return [(head, tail, attrs) for head, tail, _, attrs in self._edges]
        return [(head, tail) for head, tail, _, _ in self._edges]

    def degree(self) -> Iterable[tuple[str, int]]:
        """(node, edges in + edges out) per node; a loop counts twice."""
        return self._degree.items()


class KnowledgeGraph:
    """A built graph. ``.nx`` (networkx), ``.rdf`` (rdflib), ``.query(sparql)``, ``.write(dir)``.

    Views are computed on first use, so building is not slowed by formats nobody asks for.
    """

    def __init__(self, corpus: Corpus, base: str = DEFAULT_BASE, workers: int = 1) -> None:
        self.corpus = corpus
        self.base = base
        #: processes ``write`` renders the formats with by default (``kg.build`` passes its ``workers``)
        self.workers = workers

    @cached_property
    def nx(self) -> nx.MultiDiGraph:
        return build_nx(self.corpus, self.base)

    @cached_property
    def plain(self) -> PlainGraph:
        """The graph as the writers read it (``.nx``'s nodes, edges and attributes, without networkx)."""
        return PlainGraph(*graph_items(self.corpus, self.base))

    @cached_property
    def rdf(self) -> rdflib.Graph:
        from .rdf import corpus_to_rdf

        return corpus_to_rdf(self.corpus, self.base)

    @cached_property
    def turtle(self) -> str:
        # Same bytes as generate_turtle(self.rdf), without building an rdflib graph first.
        from .rdf import corpus_to_turtle

        return corpus_to_turtle(self.corpus, self.base)

    def query(self, sparql: str) -> list[dict[str, Any]]:
        """Run SPARQL over the graph; rows as dicts of variable -> Python value (str, int, ...)."""
        from .query import run_query

        return run_query(self.turtle, sparql).rows

    def write(self, out_dir: str | Path, workers: int | None = None) -> list[Path]:
        """Write graph.ttl, graph.html, graph.graphml, graph.json and report.json atomically, rendered by
        ``workers`` processes (default: the ``workers`` the graph was built with)."""
        from .output import write_outputs

        return write_outputs(self, Path(out_dir), self.workers if workers is None else workers)

    def __repr__(self) -> str:
        return (
            f"<KnowledgeGraph documents={len(self.corpus.documents)} entities={len(self.corpus.entities)} "
            f"relations={len(self.corpus.relations)}>"
        )
