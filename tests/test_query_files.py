"""ontology/queries/: the question queries (``# Question:`` first; what a person at a terminal asks) give
few rows that are the right answer, computed here again in Python from the graph; and the table renderer
cuts and pads cells exactly as a plain reference does."""

from __future__ import annotations

import random
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF, SKOS

import kg
from conftest import ROOT, SEEDS
from kg.query import QueryResult, _fitted, _width, format_result, run_query

QUERIES = ROOT / "ontology" / "queries"
QUESTIONS = sorted(p for p in QUERIES.glob("*.rq") if p.read_text(encoding="utf-8").startswith("# Question:"))
KG = rdflib.Namespace("https://w3id.org/kg-news/ontology#")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")


@pytest.fixture(scope="module")
def seeds_turtle() -> str:
    return kg.build([SEEDS]).turtle


@pytest.fixture(scope="module")
def seeds_graph(seeds_turtle: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=seeds_turtle, format="turtle")


def _run(name: str, turtle: str) -> QueryResult:
    return run_query(turtle, (QUERIES / name).read_text(encoding="utf-8"))


def _label(graph: rdflib.Graph, node: rdflib.term.Node) -> str:
    return str(graph.value(node, SKOS.prefLabel))


def _top(graph: rdflib.Graph, counts: Counter, n: int = 10) -> list[tuple[str, int]]:
    """The n largest counts (a tie at the cut broken by the node's IRI, as the queries do), by count then name."""
    chosen = sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))[:n]
    return sorted(((_label(graph, node), count) for node, count in chosen), key=lambda r: (-r[1], r[0]))


def test_there_are_questions_and_each_is_bounded() -> None:
    names = {p.name for p in QUESTIONS}
    assert {"company-tree.rq", "counts.rq", "person.rq", "top-units.rq", "top-events.rq", "top-communities.rq"} <= names
    for path in QUESTIONS:
        text = path.read_text(encoding="utf-8")
        # a question reads a bounded number of rows: a LIMIT, one entity (VALUES) or counts (GROUP BY)
        assert "LIMIT" in text or "VALUES" in text or "GROUP BY" in text, path.name


@pytest.mark.parametrize("path", QUESTIONS, ids=lambda p: p.name)
def test_questions_answer_in_a_few_rows_on_the_seeds(path: Path, seeds_turtle: str) -> None:
    result = _run(path.name, seeds_turtle)
    assert 0 < len(result.rows) <= 20


def test_counts_are_the_graphs_counts(seeds_turtle: str, seeds_graph: rdflib.Graph) -> None:
    got = {row["what"]: row["count"] for row in _run("counts.rq", seeds_turtle).rows}
    for kind in ("Company", "Organization", "Person", "Place", "Community", "Event"):
        expected = len(set(seeds_graph.subjects(RDF.type, KG[kind])))
        assert got.get(kind, 0) == expected, kind
    for relation in ("subsidiaryOf", "worksFor", "holdsPosition", "servesCommunity", "participatedIn"):
        expected = len(set(seeds_graph.subjects(RDF.predicate, KG[relation])))
        assert got.get(relation, 0) == expected, relation
    counts = [row["count"] for row in _run("counts.rq", seeds_turtle).rows]
    assert counts == sorted(counts, reverse=True) and all(n > 0 for n in counts)


def test_top_units_events_and_communities(seeds_turtle: str, seeds_graph: rdflib.Graph) -> None:
    g = seeds_graph
    units = Counter(u for _m, u in g.subject_objects(ORG.organization))
    got = [(r["unit"], r["positions"]) for r in _run("top-units.rq", seeds_turtle).rows]
    assert got == _top(g, units)
    events = Counter(e for _x, e in set(g.subject_objects(KG.participatedIn)))
    got = [(r["event"], r["participants"]) for r in _run("top-events.rq", seeds_turtle).rows]
    assert got == _top(g, events)
    served = Counter(c for _x, c in set(g.subject_objects(KG.servesCommunity)))
    got = [(r["community"], r["served_by"]) for r in _run("top-communities.rq", seeds_turtle).rows]
    assert got == _top(g, served)


def test_person_is_the_one_with_most_positions(seeds_turtle: str, seeds_graph: rdflib.Graph) -> None:
    g = seeds_graph
    held = Counter(p for p, _m in g.subject_objects(KG.holdsPosition))
    most = max(held.values())
    name = min(_label(g, p) for p, n in held.items() if n == most)
    rows = _run("person.rq", seeds_turtle).rows
    assert {r["person"] for r in rows} == {name}
    person = next(p for p in held if _label(g, p) == name)
    titles = {str(g.value(m, KG.titleText)) for m in g.objects(person, KG.holdsPosition)}
    assert {r["title"] for r in rows} == titles
    assert all(r["sentence"] and r["file"].endswith(".txt") for r in rows)


def test_company_tree_is_everything_under_the_largest_parent(seeds_turtle: str, seeds_graph: rdflib.Graph) -> None:
    g = seeds_graph
    children: dict = {}
    for unit, parent in g.subject_objects(KG.subsidiaryOf):
        children.setdefault(parent, set()).add(unit)
    most = max(len(c) for c in children.values())
    top = min((t for t, c in children.items() if len(c) == most), key=lambda t: _label(g, t))
    expected, todo, seen = set(), [top], {top}
    while todo:  # every (parent, unit) edge below top, at any depth
        parent = todo.pop()
        for unit in children.get(parent, ()):
            expected.add((_label(g, top), _label(g, parent), _label(g, unit)))
            if unit not in seen:
                seen.add(unit)
                todo.append(unit)
    rows = _run("company-tree.rq", seeds_turtle).rows
    got = [(r["top"], r["parent"], r["unit"]) for r in rows]
    assert set(got) == expected and len(got) == len(expected) > most
    assert got == sorted(got, key=lambda r: (r[1], r[2]))


PLAIN_POSITIONS = """
SELECT ?person ?title ?unit WHERE {
  ?p kg:holdsPosition ?m .
  ?m org:organization ?u .
  OPTIONAL { ?m kg:titleText ?title }
  ?p skos:prefLabel ?person .
  ?u skos:prefLabel ?unit .
}
ORDER BY ?unit ?title ?person
"""


def test_positions_export_gives_the_plain_querys_rows(seeds_turtle: str) -> None:
    # positions.rq is written for speed (ids first, names after); it must answer what the plain form does
    rows = _run("positions.rq", seeds_turtle).rows
    assert rows and rows == run_query(seeds_turtle, PLAIN_POSITIONS).rows


# ------------------------------------------------------------------------------------------ tables


def _reference_fit(text: str, limit: int) -> str:
    """The plain definition: cut to at most limit - 1 columns and add "…" when wider than limit."""
    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)

    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        used += width(ch)
        if used > limit - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def test_cells_are_cut_and_measured_like_the_plain_definition() -> None:
    rng = random.Random(7)
    alphabet = "ab1 -国网供电公司，。“”ｶＡ…é\u3000"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        limit = rng.choice([5, 6, 11, 60])
        shown, width = _fitted(text, limit)
        assert shown == _reference_fit(text, limit), (text, limit)
        assert width == _width(shown) <= limit


def test_table_columns_line_up_with_cut_cells() -> None:
    long = "国网某县供电公司" * 10
    result = QueryResult(["a", "b"], [{"a": long, "b": 1}, {"a": "x", "b": 22}])
    lines = format_result(result, "table").splitlines()
    starts = {_width(line[: line.rindex(" ") + 1]) for line in (lines[2], lines[3])}
    assert len(starts) == 1  # column b starts at the same terminal column in both rows


# ------------------------------------------------------------------------------------ quick queries


def test_query_prefixes_are_the_namespace_prefixes() -> None:
    from kg.namespace import PREFIXES
    from kg.query import _prefixes

    assert _prefixes() == PREFIXES


def test_a_query_on_the_store_does_not_import_rdflib(tmp_path: Path, seeds_turtle: str) -> None:
    # rdflib takes longer to import than a question takes to answer on a 10,000-article graph
    graph = tmp_path / "graph.ttl"
    graph.write_text(seeds_turtle, encoding="utf-8")
    code = ("import sys; from pathlib import Path; from kg.cli import main; "
            f"main(['query', {str(graph)!r}, '-f', {str(QUERIES / 'counts.rq')!r}]); "
            "print('rdflib loaded' if 'rdflib' in sys.modules else 'no rdflib')")
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Person" in done.stdout and done.stdout.rstrip().endswith("no rdflib")
