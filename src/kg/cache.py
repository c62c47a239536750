"""The per-document cache that makes rebuilds incremental.

An entry holds the (slimmed) result of the per-document map for one input file. Its key is a hash of the
file's bytes and its document id; entries live in a folder named after the *fingerprint* of the code
that made them (kg's version and every source and data file of the package), so a new release or a
changed lexicon starts from an empty cache instead of serving stale results.

    cache_dir/<fingerprint>/<key[:2]>/<key>.pkl

Entries are pickles written atomically; an entry that cannot be read back (truncated, corrupted, from
an incompatible model) is a miss, never an error. Pickles run code when loaded: only point ``cache_dir``
at a folder you trust (by default it is ``.kg-cache`` beside the output folder).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__

__all__ = ["ResultCache", "code_fingerprint", "entry_key"]

log = logging.getLogger(__name__)

_FINGERPRINT_DIR = re.compile(r"^[0-9a-f]{16}$")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """16 hex digits naming this kg: its version plus the bytes of every .py and data file in the
    package (a lexicon edit or a code change invalidates the cache)."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def entry_key(data: bytes, doc_id: str) -> str:
    """The key of one input: its bytes and its document id (the id is part of the result)."""
    digest = hashlib.sha256(doc_id.encode("utf-8") + b"\0")
    digest.update(data)
    return digest.hexdigest()


class ResultCache:
    """A folder of per-document results for one code fingerprint.

    ``get`` returns None on a miss (or an unreadable entry); ``put`` writes atomically and never raises
    for an unwritable cache (a cache is an optimisation: the build goes on without it).
    """

    def __init__(self, cache_dir: str | Path, fingerprint: str | None = None) -> None:
        self.root = Path(cache_dir)
        self.fingerprint = fingerprint or code_fingerprint()
        self.dir = self.root / self.fingerprint
        self.hits = 0
        self.misses = 0
        self._writable = True

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.pkl"

    def get(self, key: str, expected: type | tuple[type, ...] = object) -> Any | None:
        path = self._path(key)
        try:
            with open(path, "rb") as handle:
                value = pickle.load(handle)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception as exc:  # noqa: BLE001  any unreadable entry is a miss: truncated, garbage, stale classes
            log.info("cache entry %s unreadable (%s); treated as a miss", path, exc)
            self.misses += 1
            return None
        if not isinstance(value, expected):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Any) -> None:
        if not self._writable:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:8]}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except OSError as exc:
            log.warning("cannot write the cache in %s (%s); building without it", self.root, exc)
            self._writable = False

    def prune(self) -> list[Path]:
        """Delete the entries of other fingerprints (older code) in this cache folder; returns them.
        Only folders named like fingerprints are touched."""
        removed: list[Path] = []
        try:
            children = list(self.root.iterdir())
        except OSError:
            return removed
        for child in children:
            if child.is_dir() and _FINGERPRINT_DIR.match(child.name) and child.name != self.fingerprint:
                shutil.rmtree(child, ignore_errors=True)
                removed.append(child)
        return removed
