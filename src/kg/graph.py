"""The knowledge graph object users get from ``kg.build``: NetworkX, RDF, SPARQL and files in one place."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .iri import DEFAULT_BASE, document_iri
from .model import Corpus, Relation

if TYPE_CHECKING:
    import networkx as nx
    import rdflib

__all__ = ["RELATION_LABELS", "TYPE_LABELS", "KnowledgeGraph", "build_nx", "edge_key"]

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


def _node_id(ref: tuple[str, str], base: str) -> str:
    kind, value = ref
    return document_iri(value, base) if kind == "Document" else value


def build_nx(corpus: Corpus, base: str = DEFAULT_BASE) -> nx.MultiDiGraph:
    """Assemble the MultiDiGraph: node id = IRI; attributes ``type``, ``label``, ``aliases``;
    one edge per distinct fact with its evidence."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for doc in corpus.documents:
        graph.add_node(
            document_iri(doc.doc_id, base),
            type="Document",
            label=doc.title or doc.doc_id,
            aliases=[],
            file_name=doc.doc_id,
            published=doc.published or "",
            source=doc.source or "",
        )
    for entity in corpus.entities:
        graph.add_node(
            entity.id,
            type=entity.type,
            label=entity.name,
            aliases=list(entity.aliases),
            hant_labels=list(entity.hant_labels),
            documents=list(entity.documents),
            teaser_only=entity.teaser_only,
        )
    for relation in corpus.relations:
        head, tail = _node_id(relation.head, base), _node_id(relation.tail, base)
        evidence = [
            {
                "document": ev.doc_id,
                "sentence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
                "rule": ev.rule,
                "confidence": ev.confidence,
                "teaser": ev.teaser,
            }
            for ev in relation.evidence
        ]
        graph.add_edge(
            head,
            tail,
            key=edge_key(relation),
            relation=relation.predicate,
            label=RELATION_LABELS.get(relation.predicate, relation.predicate),
            qualifier=relation.qualifier or "",
            confidence=max((ev.confidence for ev in relation.evidence), default=0.0),
            documents=sorted({ev.doc_id for ev in relation.evidence}),
            evidence=evidence,
        )
    return graph


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
