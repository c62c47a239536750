"""Rendering the formats in several processes: same bytes as one process, and the same all-or-nothing
guarantees when a renderer fails or a renderer process dies."""

from __future__ import annotations

import os
import signal

import pytest

from conftest import make_tiny_corpus
from kg import output, parallel_write
from kg.errors import OutputError
from kg.graph import KnowledgeGraph
from kg.output import OUTPUT_FILES, write_outputs
from kg.parallel_write import PLANS, plan

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")  # CI runs on Linux: never skipped


def snapshot(folder) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in sorted(os.listdir(folder))}


@pytest.fixture(autouse=True)
def forking(monkeypatch):
    """Other tests may leave threads behind (a thread pool, a browser driver): fork anyway here, as the
    fault tests do, so the parallel path is the one under test."""
    monkeypatch.setattr(parallel_write, "can_fork", lambda: True)


@pytest.fixture(scope="module")
def graphs() -> tuple[KnowledgeGraph, KnowledgeGraph]:
    return KnowledgeGraph(make_tiny_corpus()), KnowledgeGraph(make_tiny_corpus(hostile=True))


def test_every_plan_covers_every_file_once():
    for workers, groups in PLANS.items():
        names = [name for group in groups for name in group]
        assert sorted(names) == sorted(OUTPUT_FILES), workers
        assert len(groups) == workers
    assert plan(0) == PLANS[1] and plan(64) == PLANS[max(PLANS)]


@pytest.mark.parametrize("workers", [2, 3, 4, 8])
def test_same_bytes_as_one_process(workers, graphs, tmp_path):
    for graph in graphs:
        one, many = tmp_path / f"one{id(graph)}", tmp_path / f"many{id(graph)}"
        written = write_outputs(graph, one)
        assert write_outputs(KnowledgeGraph(graph.corpus), many, workers=workers) == [many / n for n in OUTPUT_FILES]
        assert [p.name for p in written] == list(OUTPUT_FILES)
        assert snapshot(one) == snapshot(many)  # also: no temporary file left behind


def test_graph_write_uses_the_build_workers(graphs, tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(output, "write_outputs", lambda graph, out, workers: seen.append(workers) or [])
    KnowledgeGraph(graphs[0].corpus, workers=3).write(tmp_path)
    KnowledgeGraph(graphs[0].corpus, workers=3).write(tmp_path, workers=1)
    assert seen == [3, 1]


def _previous(graph: KnowledgeGraph, out) -> dict[str, bytes]:
    write_outputs(graph, out)
    return snapshot(out)


@pytest.mark.parametrize("failing", OUTPUT_FILES)
def test_a_failing_renderer_writes_nothing(failing, graphs, tmp_path, monkeypatch):
    """Whichever process renders the failing file, its error comes out and no file changes."""
    out = tmp_path / "out"
    before = _previous(graphs[0], out)
    real = output.render_chunks

    def render(graph, name):  # type: ignore[no-untyped-def]
        if name == failing:
            raise OutputError(f"cannot render {name}")
        return real(graph, name)

    monkeypatch.setattr(output, "render_chunks", render)
    with pytest.raises(OutputError, match=f"cannot render {failing}"):
        write_outputs(KnowledgeGraph(graphs[1].corpus), out, workers=2)
    assert snapshot(out) == before


def test_a_dying_renderer_process_writes_nothing(graphs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    before = _previous(graphs[0], out)
    child_file = plan(2)[1][-1]
    real = output.render_chunks
    parent = os.getpid()

    def render(graph, name):  # type: ignore[no-untyped-def]
        if name == child_file:
            assert os.getpid() != parent, "rendered in the test process: the parallel path was not taken"
            os.kill(os.getpid(), signal.SIGKILL)
        return real(graph, name)

    monkeypatch.setattr(output, "render_chunks", render)
    with pytest.raises(OutputError, match="stopped without finishing"):
        write_outputs(KnowledgeGraph(graphs[1].corpus), out, workers=2)
    assert snapshot(out) == before


def test_unpicklable_error_still_reported(graphs, tmp_path, monkeypatch):
    class Odd(Exception):
        def __reduce__(self):  # type: ignore[no-untyped-def]
            raise TypeError("no pickling")

    out = tmp_path / "out"
    before = _previous(graphs[0], out)
    real = output.render_chunks
    child_file = plan(2)[1][0]

    def render(graph, name):  # type: ignore[no-untyped-def]
        if name == child_file:
            raise Odd("strange")
        return real(graph, name)

    monkeypatch.setattr(output, "render_chunks", render)
    with pytest.raises(OutputError, match="strange"):
        write_outputs(KnowledgeGraph(graphs[1].corpus), out, workers=2)
    assert snapshot(out) == before


def test_threads_fall_back_to_one_process(monkeypatch):
    monkeypatch.undo()  # the real can_fork
    monkeypatch.setattr(parallel_write.threading, "active_count", lambda: 2)
    assert not parallel_write.can_fork()
    monkeypatch.setattr(parallel_write.threading, "active_count", lambda: 1)
    assert parallel_write.can_fork()


def test_kill_9_of_a_parallel_build(tmp_path):
    """``kg build --workers 2`` killed while it writes: whole files only, the renderer processes end with
    it (no temporary file appears after the kill), and the next build cleans up and completes."""
    import subprocess
    import sys
    import time

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from corpus import write_corpus  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "bench"))
    write_corpus(tmp_path / "a", 40, seed=21)
    write_corpus(tmp_path / "b", 80, seed=22)
    out = tmp_path / "out"
    kg = [sys.executable, "-m", "kg", "build"]
    subprocess.run([*kg, str(tmp_path / "a"), "-o", str(out), "--no-cache"], check=True, capture_output=True)
    old = snapshot(out)
    proc = subprocess.Popen([*kg, str(tmp_path / "b"), "-o", str(out), "--no-cache", "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if any(n.startswith(".") and n.endswith(".tmp") for n in os.listdir(out)):
            break  # a renderer has started writing
        time.sleep(0.0005)
    killed = proc.poll() is None
    proc.kill()
    proc.wait()
    time.sleep(0.5)  # a renderer that outlived the parent would write on meanwhile
    after_kill = sorted(os.listdir(out))
    time.sleep(1.0)
    assert sorted(os.listdir(out)) == after_kill, "a renderer process outlived the killed build"
    state = snapshot(out)
    subprocess.run([*kg, str(tmp_path / "b"), "-o", str(out), "--no-cache", "--workers", "2"], check=True,
                   capture_output=True)
    assert sorted(os.listdir(out)) == sorted(OUTPUT_FILES)
    new = snapshot(out)
    assert all(new[n] != old[n] for n in OUTPUT_FILES)
    for entry, data in state.items():
        if entry in OUTPUT_FILES:
            assert data in (old[entry], new[entry]), f"{entry} is partial ({len(data)} bytes)"
        else:
            assert entry.startswith(".") and entry.endswith(".tmp"), entry
    assert killed or state == new
