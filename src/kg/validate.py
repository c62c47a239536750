"""``kg validate``: SHACL (``ontology/shapes.ttl``, with pyshacl) plus graph-wide SPARQL checks
(``ontology/checks.rq``: subsidiaryOf cycles, Assertions about facts that are not asserted, facts
without an Assertion), summed up in one readable report.

    >>> from kg.model import Corpus
    >>> from kg.rdf import corpus_to_rdf
    >>> validate_graph(corpus_to_rdf(Corpus((), (), ())))[0]
    True
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError, KGError
from .rdf import TermWriter, ontology_file

if TYPE_CHECKING:
    import rdflib

__all__ = ["Problem", "find_problems", "parse_checks", "validate_file", "validate_graph"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a graph: the node at fault, what is wrong, and which shape or check says so."""

    node: str
    message: str
    source: str
    value: str = ""


@dataclass(frozen=True)
class Check:
    name: str
    message: str
    sparql: str


def parse_checks(text: str) -> list[Check]:
    """Split checks.rq into queries: shared PREFIX lines, then ``#@check name: message`` + one SELECT."""
    preamble: list[str] = []
    checks: list[tuple[str, str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("#@check"):
            name, _, message = line[len("#@check"):].partition(":")
            checks.append((name.strip(), message.strip(), []))
        elif checks:
            checks[-1][2].append(line)
        elif line.strip().upper().startswith("PREFIX"):
            preamble.append(line)
    head = "\n".join(preamble) + "\n"
    return [Check(name, message, head + "\n".join(body)) for name, message, body in checks]


@lru_cache(maxsize=1)
def _shapes() -> Any:
    from rdflib import Graph

    graph = Graph()
    graph.parse(data=ontology_file("shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    return graph


@lru_cache(maxsize=1)
def _checks() -> tuple[Check, ...]:
    return tuple(parse_checks(ontology_file("checks.rq").read_text(encoding="utf-8")))


def _shacl_problems(graph: rdflib.Graph, writer: TermWriter) -> list[Problem]:
    import pyshacl
    from rdflib import BNode
    from rdflib.namespace import SH

    conforms, results, _ = pyshacl.validate(
        graph, shacl_graph=_shapes(), inference="none", allow_warnings=True, allow_infos=True
    )
    if conforms:
        return []
    problems = []
    for result in results.subjects(SH.resultSeverity, None):
        focus = results.value(result, SH.focusNode)
        message = results.value(result, SH.resultMessage)
        path, value = results.value(result, SH.resultPath), results.value(result, SH.value)
        shape = results.value(result, SH.sourceShape)
        # Name the shape when it has a name, else the property it constrains.
        source = writer.term(shape) if shape is not None and not isinstance(shape, BNode) else (
            writer.term(path) if path is not None and not isinstance(path, BNode) else "")
        problems.append(
            Problem(
                node=str(focus),
                message=str(message) if message is not None else "does not conform",
                source=f"SHACL {source}".strip(),
                value=_with_label(graph, writer, value) if value is not None and value != focus else "",
            )
        )
    return problems


def _with_label(graph: rdflib.Graph, writer: TermWriter, term: Any) -> str:
    """A term as Turtle, with the node's name beside it when it has one."""
    from rdflib import URIRef
    from rdflib.namespace import SKOS

    text = writer.term(term)
    if isinstance(term, URIRef):
        labels = sorted(str(label) for label in graph.objects(term, SKOS.prefLabel))
        if labels:
            text += f' "{_printable(labels[0], 40)}"'
    return text


def _to_store(graph: rdflib.Graph) -> Any:
    """The same triples in a pyoxigraph store (fast SPARQL for the graph-wide checks)."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal

    def term(t: Any) -> Any:
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            if t.datatype:
                return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
            return ox.Literal(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        return ox.NamedNode(str(t))

    store = ox.Store()
    try:
        store.extend(ox.Quad(term(s), term(p), term(o)) for s, p, o in graph)
    except ValueError as exc:
        raise KGError(f"the graph holds a term that is not valid RDF: {exc}") from exc
    return store


def _check_problems(graph: rdflib.Graph, writer: TermWriter) -> list[Problem]:
    from .query import run_on_store

    store = _to_store(graph)
    problems = []
    for check in _checks():
        result = run_on_store(store, check.sparql)
        for row in result.rows:
            others = [row[v] for v in result.variables if v != "node" and row.get(v) is not None]
            value = " ".join(writer.iri(v) if v.startswith(("http:", "https:")) else str(v) for v in others)
            problems.append(Problem(str(row["node"]), check.message, f"check {check.name}", value))
    return problems


def _writer(graph: rdflib.Graph) -> TermWriter:
    from .namespace import PREFIXES

    bound = {(str(p), str(ns)) for p, ns in graph.namespaces()}
    return TermWriter(bound | set(PREFIXES.items()) | {("kgsh", "https://w3id.org/kg-news/shapes#")})


def find_problems(graph: rdflib.Graph) -> list[Problem]:
    """Every SHACL violation and failed graph-wide check, sorted (deterministic report)."""
    writer = _writer(graph)
    return sorted(set(_shacl_problems(graph, writer) + _check_problems(graph, writer)))


def _printable(text: str, limit: int = 120) -> str:
    text = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _report(graph: rdflib.Graph, problems: list[Problem], name: str) -> str:
    from rdflib import URIRef
    from rdflib.namespace import RDF, SKOS

    from .namespace import KG

    counts = {
        "triples": len(graph),
        "documents": sum(1 for _ in graph.subjects(RDF.type, KG.Document)),
        "assertions": sum(1 for _ in graph.subjects(RDF.type, KG.Assertion)),
    }
    summary = ", ".join(f"{n} {what}" for what, n in counts.items())
    if not problems:
        return f"{name} conforms to the kg shapes and checks ({summary})."
    writer = _writer(graph)
    lines = [f"{name} does not conform: {len(problems)} problem{'s' if len(problems) != 1 else ''} ({summary})"]
    for problem in problems:
        node = URIRef(problem.node)
        labels = sorted(str(label) for label in graph.objects(node, SKOS.prefLabel))
        where = writer.iri(problem.node) if problem.node.startswith(("http:", "https:", "urn:")) else problem.node
        if labels:
            where += f' "{_printable(labels[0], 40)}"'
        line = f"- {where}: {_printable(problem.message)}"
        if problem.value:
            line += f" [{_printable(problem.value)}]"
        lines.append(line + f" ({problem.source})")
    return "\n".join(lines)


def validate_graph(graph: rdflib.Graph, name: str = "the graph") -> tuple[bool, str]:
    """SHACL shapes and graph-wide checks. Returns (conforms, a readable report)."""
    problems = find_problems(graph)
    return not problems, _report(graph, problems, name)


def validate_file(path: Path) -> tuple[bool, str]:
    """Validate a Turtle file (the graph.ttl of ``kg build``)."""
    from .query import load_rdflib

    path = Path(path)
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "does not exist"
        raise InputError(f"graph file {path} {what}; give the graph.ttl written by kg build")
    return validate_graph(load_rdflib(path=path), name=str(path))
