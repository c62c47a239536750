"""The one place that decides where serialized bytes go: atomic writes of every output file."""

from __future__ import annotations

import glob
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import OutputError
from .gcpause import paused_gc

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

__all__ = ["OUTPUT_FILES", "atomic_write", "prepare_output_dir", "remove_stale_temps", "write_outputs"]

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


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` then rename it over: a killed build leaves the old file
    (and at worst a ``.NAME.XXXXXXXX.tmp`` dot-file that the next build removes).

    Raises OutputError when the folder cannot take the file (disk full, permissions, a folder in the way).
    """
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}; choose another output folder with -o") from exc
    try:
        os.chmod(tmp, _file_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}; free some space or choose another "
                              "output folder with -o") from exc
        raise


def write_outputs(graph: KnowledgeGraph, out_dir: Path) -> list[Path]:
    """Render every format first, then write them all: a failure while rendering writes nothing."""
    from .export import generate_graphml, generate_node_link
    from .html import render_html
    from .report import generate_report

    prepare_output_dir(out_dir)
    remove_stale_temps(out_dir)
    with paused_gc():
        rendered = {
            "graph.ttl": graph.turtle.encode("utf-8"),
            "graph.html": render_html(graph).encode("utf-8"),
            "graph.graphml": generate_graphml(graph.nx),
            "graph.json": generate_node_link(graph.nx),
            "report.json": generate_report(graph.corpus),
        }
    written = []
    for name in OUTPUT_FILES:
        path = out_dir / name
        atomic_write(path, rendered[name])
        written.append(path)
    return written
