"""Pausing Python's cyclic garbage collector around the corpus-level stages.

After the map, this process holds millions of small objects (entities, relations, evidence, graph
attributes). Resolution and the writers allocate millions more, and every full collection the
allocations trigger walks the whole heap again: at 10,000 articles that was about half of the CPU time
of resolve and of each format. None of these stages makes reference cycles, so nothing is lost by
pausing the collector while they run.

    >>> import gc
    >>> with paused_gc():
    ...     gc.isenabled()
    False
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic collector inside the block; restore its previous state after (nesting is safe)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
