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
    real = output.render_output

    def render(graph, name):  # type: ignore[no-untyped-def]
        if name == failing:
            raise OutputError(f"cannot render {name}")
        return real(graph, name)

    monkeypatch.setattr(output, "render_output", render)
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
