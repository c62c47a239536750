"""kg.store: the on-disk query store beside a graph.ttl (built once, rebuilt when the graph changes, never
half-written, shared by readers) and ``kg query``'s use of it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import InputError, KGError
from kg.model import Corpus
from kg.query import run_on_store, run_query
from kg.rdf import corpus_to_rdf, generate_turtle
from kg.store import STORE_DIR_NAME, graph_key, open_store

POSITIONS = """
SELECT ?person ?title ?unit WHERE {
  ?p kg:holdsPosition ?m . ?m org:organization ?u ; kg:titleText ?title .
  ?p skos:prefLabel ?person . ?u skos:prefLabel ?unit .
} ORDER BY ?person
"""
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture
def turtle(tiny_corpus: Corpus) -> str:
    return generate_turtle(corpus_to_rdf(tiny_corpus))


@pytest.fixture
def graph(tmp_path: Path, turtle: str) -> Path:
    path = tmp_path / "out" / "graph.ttl"
    path.parent.mkdir()
    path.write_text(turtle, encoding="utf-8")
    return path


def stores(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_built_once_beside_the_graph_then_reused(graph: Path, turtle: str) -> None:
    first = open_store(graph)
    assert first.warning is None and first.built_seconds > 0
    assert first.folder == graph.parent / STORE_DIR_NAME / f"graph.ttl.{graph_key(graph)}"
    assert run_on_store(first.store, POSITIONS) == run_query(turtle, POSITIONS)
    again = open_store(graph)
    assert again.folder == first.folder and again.built_seconds == 0.0
    assert run_on_store(again.store, POSITIONS) == run_query(turtle, POSITIONS)
    assert stores(graph.parent / STORE_DIR_NAME) == [first.folder.name]


def test_readers_share_a_store(graph: Path) -> None:
    a, b = open_store(graph), open_store(graph)
    assert run_on_store(a.store, COUNT) == run_on_store(b.store, COUNT)


def test_a_changed_graph_gets_a_new_store_and_the_old_one_goes(graph: Path, turtle: str) -> None:
    old = open_store(graph)
    extra = '<https://example.org/a> <https://example.org/b> "c" .\n'
    graph.write_text(turtle + extra, encoding="utf-8")
    new = open_store(graph)
    assert new.folder != old.folder and new.built_seconds > 0
    assert run_on_store(new.store, COUNT).rows[0]["n"] == run_on_store(old.store, COUNT).rows[0]["n"] + 1
    assert stores(graph.parent / STORE_DIR_NAME) == [new.folder.name]


def test_key_sees_content_size_and_time(tmp_path: Path) -> None:
    path = tmp_path / "g.ttl"
    path.write_bytes(b"x" * 100)
    stat = path.stat()
    key = graph_key(path)
    path.write_bytes(b"y" * 100)  # same size ...
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # ... and same time: only the bytes differ
    assert graph_key(path) != key
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert graph_key(path) != key


def test_key_of_a_large_file_samples_its_middle(tmp_path: Path) -> None:
    path = tmp_path / "big.ttl"
    data = bytearray(b"#" * (9 << 20))
    path.write_bytes(data)
    stat = path.stat()
    key = graph_key(path)
    middle = len(data) // 2
    data[middle:middle + (128 << 10)] = b"!" * (128 << 10)  # wider than the gap between two sampled blocks
    path.write_bytes(bytes(data))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert graph_key(path) != key


def test_unwritable_store_folder_falls_back_to_memory(graph: Path, turtle: str, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    opened = open_store(graph, blocker / "store")
    assert opened.folder is None
    assert opened.warning and str(blocker / "store") in opened.warning and "\n" not in opened.warning
    assert run_on_store(opened.store, POSITIONS) == run_query(turtle, POSITIONS)


def test_bad_graphs_raise_and_leave_nothing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        open_store(tmp_path / "nope.ttl")
    with pytest.raises(InputError, match="is a folder"):
        open_store(tmp_path)
    bad = tmp_path / "bad.ttl"
    bad.write_bytes(b'{"nodes": []}')
    with pytest.raises(KGError, match="not valid Turtle") as info:
        open_store(bad)
    assert str(bad) in str(info.value)
    assert not (tmp_path / STORE_DIR_NAME).exists()


def test_dead_builders_leftovers_are_removed(graph: Path) -> None:
    folder = graph.parent / STORE_DIR_NAME
    folder.mkdir()
    dead = folder / f".graph.ttl.{'0' * 20}.tmp-999999999-abcdef01"  # no such process
    dead.mkdir()
    (dead / "CURRENT").write_text("half written")
    other = folder / f"graph.ttl.old.ttl.{'0' * 20}"  # another graph's store: kept
    other.mkdir()
    opened = open_store(graph)
    assert stores(folder) == sorted([opened.folder.name, other.name])


def test_concurrent_builders_agree(graph: Path) -> None:
    code = ("import sys; from pathlib import Path; from kg.store import open_store; "
            "print(open_store(Path(sys.argv[1])).folder)")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(graph)], stdout=subprocess.PIPE, text=True)
             for _ in range(3)]
    outs = {p.communicate(timeout=120)[0].strip() for p in procs}
    assert all(p.returncode == 0 for p in procs)
    assert len(outs) == 1
    assert stores(graph.parent / STORE_DIR_NAME) == [Path(outs.pop()).name]  # no temporary folder left


def test_cli_query_uses_the_store(graph: Path, tmp_path: Path, capsys) -> None:
    assert main(["query", str(graph), COUNT, "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert len(stores(graph.parent / STORE_DIR_NAME)) == 1
    elsewhere = tmp_path / "stores"
    assert main(["query", str(graph), COUNT, "--format", "csv", "--store-dir", str(elsewhere)]) == 0
    assert capsys.readouterr().out == out and len(stores(elsewhere)) == 1


def test_cli_no_store_writes_nothing(graph: Path, capsys) -> None:
    assert main(["query", str(graph), COUNT, "--no-store"]) == 0
    assert not (graph.parent / STORE_DIR_NAME).exists()


def test_cli_warns_once_and_still_answers(graph: Path, tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert main(["query", str(graph), "ASK { ?s ?p ?o }", "--store-dir", str(blocker / "x")]) == 0
    captured = capsys.readouterr()
    assert "true" in captured.out
    (line,) = captured.err.splitlines()
    assert line.startswith("kg: warning: cannot write the query store") and "in memory" in line
