"""Rendering the output formats in several processes at once (``kg build --workers N``).

The formats are independent renderings of one corpus, so after resolution they can be made side by
side: this process forks N - 1 children (they inherit the built graph, nothing is pickled), each
renders its share of the files and writes each to a temporary dot-file beside its target; this process
renders its own share meanwhile. Only the names of the finished temporary files come back, and
``kg.output`` renames them into place once every one of them is complete: a failure anywhere leaves
the previous outputs untouched, as in the one-process path.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import OutputError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from .graph import KnowledgeGraph

__all__ = ["PLANS", "can_fork", "plan", "render_parallel"]

#: Files per process, by number of processes; the first group is rendered by this process. Balanced by
#: CPU seconds at 10,000 articles (Turtle 1.95, HTML 1.35, GraphML 1.2, node-link JSON 0.9, report 0.1,
#: and 0.33 for the PlainGraph that every process drawing HTML, GraphML or JSON builds once): 3.2 and 3.0 s
#: for two processes, against 5.8 s for one.
PLANS: dict[int, tuple[tuple[str, ...], ...]] = {
    1: (("graph.ttl", "graph.html", "graph.graphml", "graph.json", "report.json"),),
    2: (("graph.ttl", "graph.json"), ("graph.html", "graph.graphml", "report.json")),
    3: (("graph.ttl", "report.json"), ("graph.html", "graph.json"), ("graph.graphml",)),
    4: (("graph.ttl", "report.json"), ("graph.html",), ("graph.graphml",), ("graph.json",)),
}


def plan(workers: int) -> tuple[tuple[str, ...], ...]:
    """The groups of files for ``workers`` processes (more than four processes would have nothing to do)."""
    return PLANS[max(1, min(workers, max(PLANS)))]


def can_fork() -> bool:
    """True where forking is available and safe: POSIX, and no other thread that could hold a lock."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _render_group(graph: KnowledgeGraph, out_dir: Path, names: tuple[str, ...]) -> dict[str, str]:
    from .output import write_temps

    return write_temps(graph, out_dir, names)


def _die_with(parent: int) -> None:
    """Make this child end when ``parent`` does (kill -9 included): an orphan would go on writing
    temporary files into a folder the next build has already cleaned."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


def _child(graph: KnowledgeGraph, out_dir: Path, names: tuple[str, ...], conn: Connection, parent: int) -> None:
    """In a forked child: render and write ``names``, send back ("ok", temps) or ("error", exception)."""
    _die_with(parent)
    try:
        reply: tuple[str, Any] = ("ok", _render_group(graph, out_dir, names))
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
        reply = ("error", exc)
    try:
        conn.send(reply)
    except (pickle.PicklingError, TypeError, AttributeError):  # an exception that does not pickle: its text
        conn.send(("error", OutputError(f"rendering {', '.join(names)} failed: {reply[1]!r}")))
    conn.close()


def render_parallel(graph: KnowledgeGraph, out_dir: Path, workers: int) -> dict[str, str]:
    """Render every output file into a temporary file with ``workers`` processes; file name -> temp name.

    Raises what a renderer raised (after removing every temporary file made); OutputError if a child
    process died without answering.
    """
    from .output import _unlink, remove_stale_temps

    groups = plan(workers)
    context = multiprocessing.get_context("fork")
    children: list[tuple[Any, Connection, tuple[str, ...]]] = []
    temps: dict[str, str] = {}
    error: BaseException | None = None
    died = False
    try:
        for names in groups[1:]:
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=_child, args=(graph, out_dir, names, send, os.getpid()),
                                      daemon=True)
            process.start()
            send.close()
            children.append((process, receive, names))
        try:
            temps.update(_render_group(graph, out_dir, groups[0]))
        except BaseException as exc:  # noqa: BLE001 - raised once the children are collected
            error = exc
        for process, receive, names in children:
            try:
                status, value = receive.recv()
            except EOFError:
                died = True
                status, value = "error", OutputError(
                    f"the process rendering {', '.join(names)} stopped without finishing (out of memory?); "
                    "run again, or with fewer --workers")
            receive.close()
            process.join()
            if status == "ok":
                temps.update(value)
            elif error is None:
                error = value
        if error is not None:
            raise error
        return temps
    except BaseException:
        for process, _receive, _names in children:
            if process.is_alive():
                process.terminate()
                process.join()
        for tmp in temps.values():
            _unlink(tmp)
        if died:
            remove_stale_temps(out_dir)  # what the dead child had written: nobody else knows the names
        raise
