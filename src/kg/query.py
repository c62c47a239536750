"""SPARQL over a graph: ``run_query`` (Turtle text), ``run_query_file`` (a graph.ttl), ``format_result``.

pyoxigraph is the engine (fast on large graphs); rdflib is the fallback (``engine="rdflib"``) and gives
the same rows. The usual prefixes (kg, rdf, rdfs, xsd, skos, org, prov, schema, foaf, dcterms, sem) are
declared for you. Values come back as Python values: str for IRIs and plain or language-tagged
literals, int / float / bool for numeric and boolean literals, None for unbound variables.

    >>> result = run_query('<http://x/a> <http://x/p> 2 .', "SELECT ?o WHERE { ?s ?p ?o }")
    >>> result.variables, result.rows
    (['o'], [{'o': 2}])
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

from .errors import InputError, KGError, QueryError

__all__ = [
    "ENGINES",
    "FORMATS",
    "QueryResult",
    "format_result",
    "load_rdflib",
    "load_store",
    "run_on_store",
    "run_query",
    "run_query_file",
]

ENGINES = ("oxigraph", "rdflib")
FORMATS = ("table", "csv", "json")

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = frozenset(
    _XSD + t
    for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
              "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
              "unsignedByte")
)
_FLOAT_TYPES = frozenset(_XSD + t for t in ("decimal", "double", "float"))
_TRIPLE_VARIABLES = ["subject", "predicate", "object"]


@dataclass(frozen=True)
class QueryResult:
    """Rows of a query. ``kind`` is "select", "ask" (one row ``{"result": bool}``) or "construct"
    (rows ``{"subject", "predicate", "object"}``, sorted, for CONSTRUCT and DESCRIBE)."""

    variables: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    kind: str = "select"


def _value(kind: str, lexical: str, datatype: str | None) -> Any:
    """One engine-independent conversion of an RDF term to a Python value."""
    if kind != "literal" or datatype is None:
        return lexical
    try:
        if datatype in _INTEGER_TYPES:
            return int(lexical)
        if datatype in _FLOAT_TYPES:
            return float(lexical)
    except ValueError:
        return lexical  # an ill-typed literal: keep its text rather than fail the whole query
    if datatype == _XSD + "boolean":
        return lexical.strip() in ("true", "1")
    return lexical


def _prefixes() -> dict[str, str]:
    from .iri import PREFIXES  # not kg.namespace: that imports rdflib

    return dict(PREFIXES)


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


_EXPECTED_SHOWN = 8


def _expected(what: str) -> str:
    """oxigraph lists every token and character class it would accept; keep a readable few."""
    if not what.startswith("expected one of "):
        return what
    items = re.findall(r'"(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^,]+', what[len("expected one of "):])
    items = [i.strip() for i in items if i.strip()]
    words = [i for i in items if not i.startswith("[")]
    if "Prefix not found" in words:
        known = ", ".join(sorted(_prefixes()))
        return f"a prefix is not declared: add PREFIX name: <iri> (known without PREFIX: {known})"
    shown = ", ".join(words[:_EXPECTED_SHOWN])
    more = len(items) - min(len(words), _EXPECTED_SHOWN)
    return f"expected one of {shown}" + (f" or {more} more" if more else "")


def _where(message: str, sparql: str | None = None) -> str:
    """oxigraph says "error at 3:14: expected ..."; say it in words, with the text near the error."""
    match = re.match(r"error at (\d+):(\d+): (.*)", _one_line(message))
    if not match:
        return ": " + _one_line(message)
    line, column = int(match[1]), int(match[2])
    near = ""
    if sparql is not None:
        lines = sparql.splitlines() or [""]
        text = lines[min(line, len(lines)) - 1]
        snippet = _one_line(text[max(0, column - 21):column + 10])
        near = f" (near {snippet!r})" if snippet else " (at the end)"
    return f"at line {line}, column {column}{near}: {_expected(match[3])}"


# ------------------------------------------------------------------------------------------ oxigraph


def _ox_value(term: Any) -> Any:
    return _ox_converter()(term)


def _ox_converter() -> Any:
    """A fast term -> value function (queries can return hundreds of thousands of cells): the common
    cases (IRI, plain or language-tagged string) are decided by type and datatype alone."""
    import pyoxigraph as ox

    named, blank, literal = ox.NamedNode, ox.BlankNode, ox.Literal
    string = ox.NamedNode(_XSD + "string")

    def convert(term: Any) -> Any:
        cls = type(term)
        if cls is named:
            return term.value
        if cls is literal:
            datatype = term.datatype
            if datatype == string or term.language:
                return term.value
            return _value("literal", term.value, datatype.value)
        if term is None:
            return None
        if cls is blank:
            return "_:" + term.value
        return str(term)  # RDF-star triple terms

    return convert


def load_store(turtle: str | None = None, path: Path | None = None) -> Any:
    import pyoxigraph as ox

    store = ox.Store()
    try:
        if path is not None:
            store.load(path=str(path), format=ox.RdfFormat.TURTLE)
        else:
            store.load(turtle or "", format=ox.RdfFormat.TURTLE)
    except SyntaxError as exc:
        where = str(path) if path is not None else "the graph"
        raise KGError(f"{where} is not valid Turtle ({_one_line(str(exc))}); give a graph.ttl written by kg build") from exc
    return store


_UPDATE = re.compile(r"(?is)^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                     r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b")


def _check_read_only(sparql: str) -> None:
    """Say plainly what oxigraph's parser would report as "expected CONSTRUCT"."""
    if not sparql.strip():
        raise QueryError("the SPARQL query is empty; give a SELECT, ASK, CONSTRUCT or DESCRIBE query")
    match = _UPDATE.match(sparql)
    if match:
        raise QueryError(f"kg query runs read-only queries (SELECT, ASK, CONSTRUCT, DESCRIBE), not "
                         f"SPARQL Update ({match[1].upper()}); the graph.ttl file is never changed")


def run_on_store(store: Any, sparql: str) -> QueryResult:
    import pyoxigraph as ox

    _check_read_only(sparql)
    try:
        answer = store.query(sparql, prefixes=_prefixes())
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL query {_where(str(exc), sparql)}") from exc
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"the SPARQL query failed: {_one_line(str(exc))}") from exc
    try:
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult(["result"], [{"result": bool(answer)}], "ask")
        convert = _ox_converter()
        if isinstance(answer, ox.QueryTriples):
            rows = [
                {"subject": convert(t.subject), "predicate": convert(t.predicate), "object": convert(t.object)}
                for t in answer
            ]
            return QueryResult(list(_TRIPLE_VARIABLES), _sorted_triples(rows), "construct")
        variables = [v.value for v in answer.variables]
        # a solution iterates its values in the order of answer.variables (None when unbound)
        rows = [dict(zip(variables, map(convert, solution))) for solution in answer]
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"the SPARQL query failed: {_one_line(str(exc))}") from exc
    return QueryResult(variables, rows, "select")


# -------------------------------------------------------------------------------------------- rdflib


def _rdflib_value(term: Any) -> Any:
    from rdflib import BNode, Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        if term.language:
            return str(term)
        return _value("literal", str(term), str(term.datatype) if term.datatype else None)
    if isinstance(term, BNode):
        return "_:" + str(term)
    return str(term)


def load_rdflib(turtle: str | None = None, path: Path | None = None) -> Any:
    from rdflib import Graph

    graph = Graph()
    try:
        if path is not None:
            graph.parse(source=str(path), format="turtle")
        else:
            graph.parse(data=turtle or "", format="turtle")
    except (SyntaxError, ValueError, UnicodeDecodeError) as exc:  # BadSyntax is a SyntaxError
        where = str(path) if path is not None else "the graph"
        raise KGError(f"{where} is not valid Turtle ({_one_line(str(exc))[:300]}); give a graph.ttl written by kg build") from exc
    return graph


def _rdflib_run(graph: Any, sparql: str) -> QueryResult:
    from pyparsing import ParseBaseException

    try:
        result = graph.query(sparql, initNs=_prefixes())
        if result.type == "ASK":
            return QueryResult(["result"], [{"result": bool(result.askAnswer)}], "ask")
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            rows = [
                {"subject": _rdflib_value(s), "predicate": _rdflib_value(p), "object": _rdflib_value(o)}
                for s, p, o in result.graph
            ]
            return QueryResult(list(_TRIPLE_VARIABLES), _sorted_triples(rows), "construct")
        variables = [str(v) for v in (result.vars or [])]
        rows = [{name: _rdflib_value(row[i]) for i, name in enumerate(variables)} for row in result]
    except ParseBaseException as exc:
        raise QueryError(f"invalid SPARQL query: {_one_line(str(exc))}") from exc
    except Exception as exc:  # rdflib's evaluator raises bare Exceptions (e.g. unknown prefix)
        raise QueryError(f"the SPARQL query failed: {_one_line(str(exc))}") from exc
    return QueryResult(variables, rows, "select")


def _sorted_triples(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # Graph results have no order; sort so both engines (and repeated runs) agree.
    return sorted(rows, key=lambda r: tuple((type(r[k]).__name__, str(r[k])) for k in _TRIPLE_VARIABLES))


# ---------------------------------------------------------------------------------------------- API


def _check_engine(engine: str) -> None:
    if engine not in ENGINES:
        raise KGError(f"unknown SPARQL engine {engine!r}; use one of {', '.join(ENGINES)}")


def run_query(turtle: str, sparql: str, engine: str = "oxigraph") -> QueryResult:
    """Run SPARQL over Turtle text. Raises QueryError for a bad query, KGError for bad Turtle."""
    _check_engine(engine)
    if engine == "oxigraph":
        return run_on_store(load_store(turtle=turtle), sparql)
    return _rdflib_run(load_rdflib(turtle=turtle), sparql)


def run_query_file(path: Path, sparql: str, engine: str = "oxigraph") -> QueryResult:
    """Run SPARQL over a Turtle file (the graph.ttl of ``kg build``)."""
    _check_engine(engine)
    path = Path(path)
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "does not exist"
        raise InputError(f"graph file {path} {what}; give the graph.ttl written by kg build")
    if engine == "oxigraph":
        try:
            store = load_store(path=path)
        except OSError as exc:
            raise InputError(f"cannot read graph file {path}: {exc}") from exc
        return run_on_store(store, sparql)
    return _rdflib_run(load_rdflib(path=path), sparql)


# ------------------------------------------------------------------------------------------ formats


def _text(value: Any) -> str:
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    return value


class _CharWidths(dict):  # type: ignore[type-arg]
    """Terminal columns of each character seen (2 for East Asian wide and full-width), decided once per
    character: a 30,000-row table has about a million characters but only a few thousand distinct ones."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        return width


_CHAR_WIDTHS = _CharWidths()


def _width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(map(_CHAR_WIDTHS.__getitem__, text))


def _printable(text: str) -> str:
    # Table cells are for a terminal: one line each, no control characters (escape sequences).
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


#: Widest table cell, in terminal columns (Chinese characters count two); csv and json are never cut.
TABLE_CELL_WIDTH = 60


def _fit(text: str, limit: int = TABLE_CELL_WIDTH) -> str:
    return _fitted(text, limit)[0]


def _fitted(text: str, limit: int = TABLE_CELL_WIDTH) -> tuple[str, int]:
    """The cell as shown and its width in columns (measured once: rendering is most of the cost of
    printing a large table)."""
    # No character is wider than 2 columns: a text of at most limit / 2 characters always fits.
    if len(text) * 2 <= limit or text.isascii() and len(text) <= limit:
        return text, _width(text)
    if len(text) <= limit:  # else it is too wide without measuring it all (each character is 1 or 2)
        width = _width(text)
        if width <= limit:
            return text, width
    # the longest prefix of at most limit - 1 columns, then "…" (one column)
    ends = list(accumulate(map(_CHAR_WIDTHS.__getitem__, text[:limit])))
    n = bisect_right(ends, limit - 1)
    return text[:n] + "…", (ends[n - 1] if n else 0) + 1


def _table(result: QueryResult) -> str:
    header = list(result.variables)
    body = [[_fitted(_printable(_text(row.get(name)))) for name in header] for row in result.rows]
    widths = [max([_width(h)] + [r[i][1] for r in body]) for i, h in enumerate(header)]

    def line(cells: list[tuple[str, int]]) -> str:
        return "  ".join(c + " " * (w - cw) for (c, cw), w in zip(cells, widths)).rstrip()

    lines = [line([(h, _width(h)) for h in header]), "  ".join("-" * w for w in widths)] if header else []
    lines += [line(r) for r in body]
    n = len(result.rows)
    lines.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(lines) + "\n"


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render rows as an aligned ``table`` (for people; long cells cut to TABLE_CELL_WIDTH), ``csv`` (header row, empty for unbound) or
    ``json`` (``{"variables": [...], "rows": [...]}``, unbound as null)."""
    if fmt == "table":
        return _table(result)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([_text(row.get(name)) for name in result.variables])
        return out.getvalue()
    if fmt == "json":
        rows = [{k: _json_safe(v) for k, v in row.items()} for row in result.rows]
        data = {"variables": result.variables, "rows": rows}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    raise KGError(f"unknown result format {fmt!r}; use one of {', '.join(FORMATS)}")
