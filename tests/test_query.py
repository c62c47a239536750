"""kg.query: SPARQL with pyoxigraph (and rdflib, which must agree), result formats, errors."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pytest

from kg.errors import InputError, KGError, QueryError
from kg.model import Corpus
from kg.query import ENGINES, QueryResult, format_result, run_query, run_query_file
from kg.rdf import corpus_to_rdf, generate_turtle

POSITIONS = """
SELECT ?person ?title ?unit WHERE {
  ?p kg:holdsPosition ?m . ?m org:organization ?u ; kg:titleText ?title .
  ?p skos:prefLabel ?person . ?u skos:prefLabel ?unit .
} ORDER BY ?person
"""


@pytest.fixture
def turtle(tiny_corpus: Corpus) -> str:
    return generate_turtle(corpus_to_rdf(tiny_corpus))


@pytest.fixture
def graph_file(tmp_path: Path, turtle: str) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(turtle, encoding="utf-8")
    return path


@pytest.mark.parametrize("engine", ENGINES)
def test_select_returns_python_values(turtle: str, tiny_corpus: Corpus, engine: str) -> None:
    result = run_query(turtle, POSITIONS, engine=engine)
    names = {e.id: e.name for e in tiny_corpus.entities}
    expected = [
        {"person": names[r.head[1]], "title": r.qualifier, "unit": names[r.tail[1]]}
        for r in tiny_corpus.relations
        if r.predicate == "holdsPosition"
    ]
    assert result.kind == "select"
    assert result.variables == ["person", "title", "unit"]
    assert result.rows == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_typed_values_and_unbound(turtle: str, tiny_corpus: Corpus, engine: str) -> None:
    sparql = """
    SELECT (COUNT(?a) AS ?n) (MAX(?c) AS ?best) (SAMPLE(?missing) AS ?none) WHERE {
      ?a a kg:Assertion ; kg:confidence ?c .
      OPTIONAL { ?a kg:noSuchThing ?missing }
    }"""
    (row,) = run_query(turtle, sparql, engine=engine).rows
    assert row["n"] == sum(len(r.evidence) for r in tiny_corpus.relations)
    assert isinstance(row["n"], int) and not isinstance(row["n"], bool)
    assert isinstance(row["best"], float) and row["best"] == max(
        ev.confidence for r in tiny_corpus.relations for ev in r.evidence)
    assert row["none"] is None
    (row,) = run_query(turtle, 'SELECT ?b WHERE { BIND (true AS ?b) }', engine=engine).rows
    assert row["b"] is True


def test_engines_agree(turtle: str) -> None:
    queries = [
        POSITIONS,
        "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label } ORDER BY ?s",
        "SELECT ?doc ?date WHERE { ?d kg:fileName ?doc OPTIONAL { ?d kg:date ?date } } ORDER BY ?doc",
        "SELECT ?p (COUNT(*) AS ?n) WHERE { ?a rdf:predicate ?p } GROUP BY ?p ORDER BY ?p",
        ("SELECT ?sentence ?start ?end WHERE { ?a kg:evidenceText ?sentence ; kg:startOffset ?start ; "
        "kg:endOffset ?end } ORDER BY ?sentence ?start"),
        "ASK { ?x kg:subsidiaryOf ?y }",
        "ASK { ?x kg:subsidiaryOf ?x }",
        "CONSTRUCT { ?x kg:under ?y } WHERE { ?x kg:subsidiaryOf+ ?y }",
    ]
    for sparql in queries:
        assert run_query(turtle, sparql) == run_query(turtle, sparql, engine="rdflib"), sparql


@pytest.mark.parametrize("engine", ENGINES)
def test_ask_and_construct(turtle: str, engine: str) -> None:
    assert run_query(turtle, "ASK { ?x a kg:Person }", engine=engine) == QueryResult(
        ["result"], [{"result": True}], "ask")
    assert run_query(turtle, "ASK { ?x a kg:Nothing }", engine=engine).rows == [{"result": False}]
    result = run_query(turtle, "CONSTRUCT { ?y kg:parentOf ?x } WHERE { ?x kg:subsidiaryOf ?y }", engine=engine)
    assert result.kind == "construct" and result.variables == ["subject", "predicate", "object"]
    assert len(result.rows) == 1 and result.rows[0]["predicate"].endswith("#parentOf")
    # DESCRIBE is implementation-defined: each engine returns at least the node's own triples.
    described = run_query(turtle, "DESCRIBE ?x WHERE { ?x a kg:Event }", engine=engine)
    assert described.kind == "construct"
    assert any(str(r["object"]).endswith("#Event") for r in described.rows)


@pytest.mark.parametrize("engine", ENGINES)
def test_malformed_sparql_is_a_query_error_on_one_line(turtle: str, engine: str) -> None:
    with pytest.raises(QueryError) as info:
        run_query(turtle, "SELECT ?x WHERE {\n  ?x ?p \n}", engine=engine)
    message = str(info.value)
    assert "\n" not in message and message.startswith("invalid SPARQL query")
    assert "line" in message or "char" in message


@pytest.mark.parametrize("engine", ENGINES)
def test_prefixes_are_predeclared_but_can_be_overridden(turtle: str, engine: str) -> None:
    sparql = "PREFIX kg: <http://example.org/other#> ASK { ?x a kg:Person }"
    assert run_query(turtle, sparql, engine=engine).rows == [{"result": False}]


@pytest.mark.parametrize("engine", ENGINES)
def test_file_queries_match_text_queries(graph_file: Path, turtle: str, engine: str) -> None:
    assert run_query_file(graph_file, POSITIONS, engine=engine) == run_query(turtle, POSITIONS, engine=engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_missing_folder_and_non_turtle_files(tmp_path: Path, engine: str) -> None:
    with pytest.raises(InputError, match="does not exist"):
        run_query_file(tmp_path / "nope.ttl", POSITIONS, engine=engine)
    with pytest.raises(InputError, match="is a folder"):
        run_query_file(tmp_path, POSITIONS, engine=engine)
    for name, data in (("graph.json", b'{"nodes": []}'), ("latin1.ttl", b"<a> <b> \"\xe9\xff\" .")):
        bad = tmp_path / name
        bad.write_bytes(data)
        with pytest.raises(KGError, match="not valid Turtle") as info:
            run_query_file(bad, POSITIONS, engine=engine)
        assert str(bad) in str(info.value) and "\n" not in str(info.value)


def test_unknown_engine_and_format(turtle: str) -> None:
    with pytest.raises(KGError, match="engine"):
        run_query(turtle, POSITIONS, engine="virtuoso")
    with pytest.raises(KGError, match="format"):
        format_result(QueryResult(["x"], []), "xml")


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def test_table_aligns_chinese_and_escapes_control_characters() -> None:
    result = QueryResult(["name", "n"], [{"name": "国网某县供电公司", "n": 1},
                                         {"name": "a\nb\x1b[31m", "n": None}, {"name": "x", "n": True}])
    text = format_result(result, "table")
    lines = text.splitlines()
    assert len(lines) == 2 + 3 + 1 and lines[-1] == "(3 rows)"
    # The second column starts at the same display column on every line (Chinese counts double).
    first = max(_display_width(r) for r in ("国网某县供电公司", "a\\nb\\x1b[31m", "name")) + 2
    for line, last in ((lines[0], "n"), (lines[2], "1"), (lines[4], "true")):
        assert line.endswith(last) and _display_width(line) - len(last) == first
    assert "\x1b" not in text and "a\\nb" in text and "true" in text


def test_csv_and_json_carry_the_rows() -> None:
    rows = [{"name": '张三 "x", y', "n": 2, "c": 0.5, "b": False, "u": None}]
    result = QueryResult(["name", "n", "c", "b", "u"], rows)
    parsed = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert parsed == [["name", "n", "c", "b", "u"], ['张三 "x", y', "2", "0.5", "false", ""]]
    data = json.loads(format_result(result, "json"))
    assert data == {"variables": result.variables, "rows": rows}


def test_empty_results_format(turtle: str) -> None:
    result = run_query(turtle, "SELECT ?x WHERE { ?x a kg:Nothing }")
    assert result.rows == []
    assert format_result(result, "table").splitlines()[-1] == "(0 rows)"
    assert format_result(result, "csv") == "x\n"


def test_table_cuts_long_cells_but_csv_does_not() -> None:
    sentence = "很长的句子" * 40
    result = QueryResult(["s"], [{"s": sentence}])
    (cell,) = format_result(result, "table").splitlines()[2:3]
    assert cell.endswith("…") and _display_width(cell) <= 60
    assert sentence in format_result(result, "csv")
