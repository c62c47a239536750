"""The one-process write: each file written and synced by a writer thread while the next is rendered,
every file complete in its dot-file before any is renamed, one clear error and no leftovers on failure."""

from __future__ import annotations

import os
import threading

import pytest

from conftest import make_tiny_corpus
from kg import output
from kg.errors import OutputError
from kg.graph import KnowledgeGraph
from kg.output import OUTPUT_FILES, write_outputs, write_temps


def snapshot(folder) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in sorted(os.listdir(folder))}


@pytest.fixture(scope="module")
def graphs() -> tuple[KnowledgeGraph, KnowledgeGraph]:
    return KnowledgeGraph(make_tiny_corpus()), KnowledgeGraph(make_tiny_corpus(hostile=True))


def test_same_bytes_as_each_renderer(graphs, tmp_path):
    graph = graphs[1]
    written = write_outputs(graph, tmp_path, workers=1)
    assert written == [tmp_path / name for name in OUTPUT_FILES]
    assert snapshot(tmp_path) == {name: output.render_output(graph, name) for name in sorted(OUTPUT_FILES)}


def test_writes_overlap_rendering_and_the_thread_ends(graphs, tmp_path, monkeypatch):
    """The files are written off the main thread, and no thread outlives the call (a later fork needs
    a process with one thread: ``parallel_write.can_fork``)."""
    threads: set[str] = set()
    real = output._write_temp

    def write(path, data):  # type: ignore[no-untyped-def]
        threads.add(threading.current_thread().name)
        return real(path, data)

    monkeypatch.setattr(output, "_write_temp", write)
    before = threading.active_count()
    temps = write_temps(graphs[0], tmp_path, OUTPUT_FILES)
    assert threading.active_count() == before
    assert threading.main_thread().name not in threads and len(threads) == 1
    assert sorted(temps) == sorted(OUTPUT_FILES)
    assert all(os.path.dirname(tmp) == str(tmp_path) and os.path.isfile(tmp) for tmp in temps.values())


@pytest.mark.parametrize("failing", OUTPUT_FILES)
def test_a_failing_renderer_writes_nothing(failing, graphs, tmp_path, monkeypatch):
    """Files rendered before the failing one are already on disk as dot-files: they are removed."""
    out = tmp_path / "out"
    write_outputs(graphs[0], out)
    before = snapshot(out)
    real = output.render_chunks

    def render(graph, name):  # type: ignore[no-untyped-def]
        if name == failing:
            raise OutputError(f"cannot render {name}")
        return real(graph, name)

    monkeypatch.setattr(output, "render_chunks", render)
    with pytest.raises(OutputError, match=f"cannot render {failing}"):
        write_outputs(graphs[1], out, workers=1)
    assert snapshot(out) == before  # also: no dot-file left


@pytest.mark.parametrize("failing", [0, 2, len(OUTPUT_FILES) - 1])
def test_a_failing_write_is_one_output_error(failing, graphs, tmp_path, monkeypatch):
    """A disk that fills up while one file syncs: an OutputError naming it, and nothing changed."""
    out = tmp_path / "out"
    write_outputs(graphs[0], out)
    before = snapshot(out)
    calls = []
    real = os.fsync

    def fsync(fd):  # type: ignore[no-untyped-def]
        calls.append(fd)
        if len(calls) == failing + 1:
            raise OSError(28, "No space left on device")
        return real(fd)

    monkeypatch.setattr(output.os, "fsync", fsync)
    with pytest.raises(OutputError, match=rf"{OUTPUT_FILES[failing]}.*No space left"):
        write_outputs(graphs[1], out, workers=1)
    assert snapshot(out) == before
    assert len(calls) <= len(OUTPUT_FILES)


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4, 7])
def test_encoded_join_is_the_whole_text_encoded(count):
    pieces = [f"片段{i}\n" * i for i in range(count)]
    for per_chunk in (1, 2, 3, 10):
        chunks = output.encoded_join("\n", pieces, per_chunk)
        assert b"".join(chunks) == "\n".join(pieces).encode("utf-8")
        assert len(chunks) == -(-count // per_chunk)


@pytest.mark.parametrize("which", [0, 1], ids=["plain", "hostile"])
def test_chunks_are_the_renderers_bytes(which, graphs):
    """Each file written a chunk at a time holds what the str and bytes renderers give."""
    from kg.export import generate_graphml, generate_node_link
    from kg.html import render_html
    from kg.report import generate_report

    graph = KnowledgeGraph(graphs[which].corpus)
    chunks = {name: output.render_chunks(graph, name) for name in OUTPUT_FILES}
    assert all(type(chunk) is bytes for parts in chunks.values() for chunk in parts)
    assert b"".join(chunks["graph.ttl"]) == graph.turtle.encode("utf-8")
    assert b"".join(chunks["graph.html"]) == render_html(graph).encode("utf-8")
    assert b"".join(chunks["graph.graphml"]) == generate_graphml(graph.plain)  # type: ignore[arg-type]
    assert b"".join(chunks["graph.json"]) == generate_node_link(graph.plain, plain=True)  # type: ignore[arg-type]
    assert b"".join(chunks["report.json"]) == generate_report(graph.corpus)
    assert len(chunks["graph.ttl"]) > 1 and len(chunks["graph.html"]) > 1  # really in chunks
