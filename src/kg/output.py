"""The one place that decides where serialized bytes go: atomic writes of every output file."""

from __future__ import annotations

import glob
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import OutputError
from .gcpause import paused_gc

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

__all__ = ["OUTPUT_FILES", "atomic_write", "encoded_join", "prepare_output_dir", "remove_stale_temps", "render_chunks",
           "render_output", "write_outputs", "write_temps"]

OUTPUT_FILES = ("graph.ttl", "graph.html", "graph.graphml", "graph.json", "report.json")


def prepare_output_dir(out_dir: Path) -> None:
    """Create the folder or fail early with a clear message, before any work is done."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"output path {out_dir} is a file, not a folder; choose another with -o")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {out_dir}: {exc.strerror}") from exc
    if not os.access(out_dir, os.W_OK):
        raise OutputError(f"output folder {out_dir} is not writable; choose another with -o")
    for name in OUTPUT_FILES:
        target = out_dir / name
        if target.exists() and not target.is_file():
            raise OutputError(f"{target} is in the way (a folder or not a regular file); remove it or choose "
                              "another output folder with -o")


def _temp_names(out_dir: Path) -> list[Path]:
    """Temporary files a killed build may have left: ``.graph.ttl.XXXXXXXX.tmp`` and so on."""
    found: list[Path] = []
    for name in OUTPUT_FILES:
        found.extend(p for p in out_dir.glob(f".{glob.escape(name)}.*.tmp") if p.is_file())
    return sorted(found)


def remove_stale_temps(out_dir: Path) -> list[Path]:
    """Delete the dot-files a build killed mid-write (kill -9, power loss) left in ``out_dir``."""
    removed = []
    for path in _temp_names(out_dir):
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass  # another build's file that just went away, or not ours to remove: leave it
    return removed


def _file_mode() -> int:
    """The mode an ordinary new file gets (mkstemp would leave it 0600)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _write_temp(path: Path, data: bytes | Sequence[bytes]) -> str:
    """Write ``data`` (bytes, or chunks written one after the other) to a new ``.NAME.XXXXXXXX.tmp`` beside
    ``path``, synced to disk; return its name."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}; choose another output folder with -o") from exc
    try:
        os.chmod(tmp, _file_mode())
        with os.fdopen(fd, "wb") as handle:
            for chunk in (data,) if isinstance(data, bytes) else data:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as exc:
        _unlink(tmp)
        if isinstance(exc, OSError):
            raise _write_error(path, exc) from exc
        raise
    return tmp


def _write_error(path: Path, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {path}: {exc.strerror or exc}; free some space or choose another "
                       "output folder with -o")


def _unlink(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def _commit(tmp: str, path: Path) -> None:
    """Rename a finished temporary file over ``path`` (atomic on POSIX and Windows)."""
    try:
        os.replace(tmp, path)
    except BaseException as exc:
        _unlink(tmp)
        if isinstance(exc, OSError):
            raise _write_error(path, exc) from exc
        raise


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` then rename it over: a killed build leaves the old file
    (and at worst a ``.NAME.XXXXXXXX.tmp`` dot-file that the next build removes).

    Raises OutputError when the folder cannot take the file (disk full, permissions, a folder in the way).
    """
    _commit(_write_temp(path, data), path)


def encoded_join(separator: str, pieces: Sequence[str], per_chunk: int = 2000) -> list[bytes]:
    """``separator.join(pieces).encode("utf-8")`` as chunks of ``per_chunk`` pieces each.

    A large file's text is a few hundred MB as a str (two bytes a character once it holds Chinese): one
    join, then its encoding, touched that much fresh memory (page faults: a third of the write stage's
    system time) for a file that is written a chunk at a time anyway.
    """
    chunks = []
    last = len(pieces) - per_chunk
    for start in range(0, len(pieces), per_chunk):
        text = separator.join(pieces[start:start + per_chunk])
        chunks.append((text + separator if start < last else text).encode("utf-8"))
    return chunks


def render_chunks(graph: KnowledgeGraph, name: str) -> list[bytes]:
    """The bytes of one of OUTPUT_FILES, as chunks to write one after the other (never joined: see
    ``encoded_join``)."""
    if name == "graph.ttl":
        if "turtle" in graph.__dict__:  # already made (a query asked for it)
            return [graph.turtle.encode("utf-8")]
        from .rdf import corpus_to_turtle_chunks

        return corpus_to_turtle_chunks(graph.corpus, graph.base)
    if name == "graph.html":
        from .html import render_html_chunks

        return render_html_chunks(graph)
    if name == "graph.graphml":
        from .export import graphml_chunks

        return graphml_chunks(graph.plain)  # type: ignore[arg-type]  # the MultiDiGraph reads it offers
    if name == "graph.json":
        from .export import node_link_chunks

        return node_link_chunks(graph.plain, plain=True)  # type: ignore[arg-type]  # plain JSON attributes
    if name == "report.json":
        from .report import generate_report

        return [generate_report(graph.corpus)]
    raise ValueError(f"unknown output file {name!r}; expected one of {OUTPUT_FILES}")


def render_output(graph: KnowledgeGraph, name: str) -> bytes:
    """The bytes of one of OUTPUT_FILES."""
    return b"".join(render_chunks(graph, name))


def write_temps(graph: KnowledgeGraph, out_dir: Path, names: tuple[str, ...]) -> dict[str, str]:
    """Render ``names`` in turn, each written and synced to its temporary dot-file beside its target;
    file name -> temp name. Renames nothing.

    A writer thread writes and syncs each file while the next one is rendered: write and fsync release
    the GIL, so the disk's time (seconds for a large corpus) hides behind the rendering's CPU time.
    Raises the first error (a renderer's, or OutputError for a file that cannot be written) after
    removing every temporary file made.
    """
    from concurrent.futures import Future, ThreadPoolExecutor

    writes: list[tuple[str, Future[str]]] = []
    error: BaseException | None = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-write") as writer:
        try:
            for name in names:
                if any(future.done() and future.exception() is not None for _, future in writes):
                    break  # a write failed: rendering on is wasted work
                writes.append((name, writer.submit(_write_temp, out_dir / name, render_chunks(graph, name))))
        except BaseException as exc:  # noqa: BLE001 - raised once the writes under way have finished
            error = exc
    # (leaving the ``with`` waited for every write)
    temps: dict[str, str] = {}
    for name, future in writes:
        failed = future.exception()
        if failed is None:
            temps[name] = future.result()
        elif error is None:
            error = failed
    if error is not None:
        for tmp in temps.values():
            _unlink(tmp)
        raise error
    return temps


def write_outputs(graph: KnowledgeGraph, out_dir: Path, workers: int = 1) -> list[Path]:
    """Render and write every format to temporary dot-files, then rename them all into place: a failure
    anywhere (rendering or writing) leaves the previous outputs untouched.

    With ``workers`` > 1 (and fork available) the formats are rendered by that many processes at once
    (``kg.parallel_write``), each writing its files to temporary dot-files; the renames are the same.
    """
    prepare_output_dir(out_dir)
    remove_stale_temps(out_dir)
    with paused_gc():
        from .parallel_write import can_fork, render_parallel

        if workers > 1 and can_fork():
            temps = render_parallel(graph, out_dir, workers)
        else:
            temps = write_temps(graph, out_dir, OUTPUT_FILES)
    written = []
    try:
        for name in OUTPUT_FILES:
            path = out_dir / name
            _commit(temps.pop(name), path)
            written.append(path)
    finally:
        for tmp in temps.values():
            _unlink(tmp)
    return written
