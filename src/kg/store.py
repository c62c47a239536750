"""A persistent pyoxigraph store beside a graph.ttl, so that ``kg query`` does not parse the Turtle each time.

    >>> opened = open_store(Path("output/graph.ttl"))      # doctest: +SKIP
    >>> run_on_store(opened.store, "SELECT ...")            # doctest: +SKIP

Layout: ``<store_dir>/<graph file name>.<key>/`` is an on-disk (RocksDB) pyoxigraph store of the graph, by
default in ``.kg-store`` beside the graph file. ``key`` names the Turtle it was built from: its size, its
modification time in nanoseconds and a hash of sampled bytes (the first and last MiB and evenly spaced
blocks between), plus the pyoxigraph version. A changed graph gets a new key, so a new store; the old one is
removed once the new one is in place.

Safety: a store is built in a temporary folder and renamed into place when complete, so a store folder that
exists is whole and is never written again; readers open it read-only and never lock each other out. Two
processes that build at once each build their own; the first rename wins and the other uses the winner's.
When the store folder cannot be written, the graph is loaded in memory and ``OpenStore.warning`` says why.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import InputError, KGError

__all__ = ["STORE_DIR_NAME", "OpenStore", "default_store_dir", "graph_key", "open_store"]

#: The store folder beside a graph file, unless told otherwise.
STORE_DIR_NAME = ".kg-store"

_WHOLE = 4 << 20  # files up to this size are hashed whole
_END = 1 << 20  # else the first and last MiB ...
_BLOCK = 16 << 10  # ... and this many bytes ...
_BLOCKS = 64  # ... at evenly spaced offsets between them


@dataclass(frozen=True)
class OpenStore:
    """A pyoxigraph Store holding one graph. ``folder`` is None when it lives in memory (then ``warning``
    says why); ``built_seconds`` is the time this call spent building it (0 when it was there)."""

    store: Any
    folder: Path | None
    built_seconds: float = 0.0
    warning: str | None = None


def default_store_dir(graph: Path) -> Path:
    return Path(graph).absolute().parent / STORE_DIR_NAME


def _key_of(handle: IO[bytes]) -> str:
    import pyoxigraph as ox

    st = os.fstat(handle.fileno())
    digest = hashlib.blake2b(f"{st.st_size}:{st.st_mtime_ns}:{ox.__version__}".encode(), digest_size=10)
    if st.st_size <= _WHOLE:
        parts = [(0, st.st_size)]
    else:
        step = (st.st_size - 2 * _END) // (_BLOCKS + 1)
        parts = [(0, _END), *((_END + step * (i + 1), _BLOCK) for i in range(_BLOCKS)), (st.st_size - _END, _END)]
    for offset, size in parts:
        handle.seek(offset)
        digest.update(handle.read(size))
    handle.seek(0)
    return digest.hexdigest()


def graph_key(graph: Path) -> str:
    """The identity of a Turtle file as the store sees it (cheap: reads about 3 MiB of a large file)."""
    with Path(graph).open("rb") as handle:
        return _key_of(handle)


def _check_graph(graph: Path) -> None:
    if not graph.is_file():
        what = "is a folder" if graph.is_dir() else "does not exist"
        raise InputError(f"graph file {graph} {what}; give the graph.ttl written by kg build")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _remove_stale(store_dir: Path, name: str, keep: Path) -> None:
    """Stores of older versions of this graph, and temporary folders of builders that died."""
    store = re.compile(re.escape(name) + r"\.[0-9a-f]{20}")
    tmp = re.compile(r"\." + re.escape(name) + r"\.[0-9a-f]{20}\.tmp-(\d+)-[0-9a-f]{8}")
    for entry in store_dir.iterdir():
        if entry == keep or not entry.is_dir():
            continue
        if store.fullmatch(entry.name):
            shutil.rmtree(entry, ignore_errors=True)
            continue
        match = tmp.fullmatch(entry.name)
        if match and not _pid_alive(int(match[1])):
            shutil.rmtree(entry, ignore_errors=True)


def _build(graph: Path, handle: IO[bytes], store_dir: Path, final: Path) -> None:
    """Bulk-load the open Turtle file into a temporary folder, then rename it to ``final``."""
    import pyoxigraph as ox

    store_dir.mkdir(parents=True, exist_ok=True)
    tmp = store_dir / f".{final.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        store = ox.Store(str(tmp))
        try:
            store.bulk_load(handle, format=ox.RdfFormat.TURTLE)
            store.optimize()  # one compacted level: fewer files to look in per lookup, faster queries
        except SyntaxError as exc:
            raise KGError(f"{graph} is not valid Turtle ({_one_line(str(exc))[:300]}); "
                          "give a graph.ttl written by kg build") from exc
        finally:
            del store  # closes the database before the folder moves
        try:
            os.rename(tmp, final)
        except OSError:
            if not final.is_dir():
                raise
            # another process finished first with the same graph: use its store
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if not final.is_dir():
            try:
                store_dir.rmdir()  # leave no empty .kg-store behind a failed build
            except OSError:
                pass
    _remove_stale(store_dir, graph.name, final)


def _in_memory(graph: Path, why: str) -> OpenStore:
    from .query import load_store

    try:
        store = load_store(path=graph)
    except OSError as exc:
        raise InputError(f"cannot read graph file {graph}: {exc}") from exc
    return OpenStore(store, None, 0.0, why)


def open_store(graph: Path, store_dir: Path | None = None) -> OpenStore:
    """The store of ``graph`` in ``store_dir`` (default: ``.kg-store`` beside it), built when missing or
    out of date. Falls back to an in-memory store, with a ``warning``, when the folder is not writable.
    Raises InputError when the graph cannot be read, KGError when it is not Turtle."""
    import pyoxigraph as ox

    graph = Path(graph)
    _check_graph(graph)
    store_dir = Path(store_dir) if store_dir is not None else default_store_dir(graph)
    try:
        handle = graph.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read graph file {graph}: {exc.strerror or exc}") from exc
    with handle:
        try:
            final = store_dir / f"{graph.name}.{_key_of(handle)}"
        except OSError as exc:
            raise InputError(f"cannot read graph file {graph}: {exc.strerror or exc}") from exc
        seconds = 0.0
        if not final.is_dir():
            started = time.perf_counter()
            try:
                _build(graph, handle, store_dir, final)
            except OSError as exc:
                why = (f"cannot write the query store in {store_dir} ({exc.strerror or _one_line(str(exc))}); "
                       f"loaded {graph.name} in memory instead (give --store-dir DIR somewhere writable)")
                return _in_memory(graph, why)
            seconds = time.perf_counter() - started
    try:
        store = ox.Store.read_only(str(final))
    except OSError as exc:
        return _in_memory(graph, f"cannot open the query store {final} ({_one_line(str(exc))}); "
                                 f"loaded {graph.name} in memory instead (delete that folder to rebuild it)")
    return OpenStore(store, final, seconds, None)
