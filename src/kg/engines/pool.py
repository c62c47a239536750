"""The process-pool engine: batches of items mapped over ``workers`` local processes.

Workers are forked where the platform allows it (fast start, the parent's imports shared copy-on-write)
and spawned elsewhere. Items should be small (paths, not texts): each worker reads its own files.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing_extensions import Self

from . import batches

__all__ = ["PoolEngine"]


def _context() -> Any:
    # fork is only safe and default-worthy on Linux; macOS and Windows spawn.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _apply_batch_frozen(fn: Callable[[Any], Any], batch: Sequence[Any]) -> list[Any]:
    """A worker's batch, with the collector kept off the worker's long-lived tables (see kg.gcpause)."""
    from ..gcpause import frozen_as_they_come

    return list(frozen_as_they_come(fn, batch))


class PoolEngine:
    name = "local"

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: Any = None

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
        if not items:
            return
        if self._pool is None:
            self._pool = _context().Pool(min(self.workers, len(items)))
        # This process only unpickles results here, and they pile up: with the collector on, every
        # full collection walks all of them again, which on a large corpus costs this process seconds
        # of CPU that the workers need (two workers on two cores). The results hold no cycles, so the
        # collector is paused while they arrive (after the fork: the workers keep theirs).
        paused = gc.isenabled()
        gc.disable()
        # The pool's threads in this process feed the workers and drain their results (a worker waits
        # until its result is read); the caller consumes results in this thread meanwhile. A shorter
        # switch interval keeps those threads from waiting up to 5 ms for the interpreter each time.
        interval = sys.getswitchinterval()
        sys.setswitchinterval(min(interval, 0.001))
        try:
            for batch_result in self._pool.imap_unordered(partial(_apply_batch_frozen, fn),
                                                           batches(items, self.workers)):
                yield from batch_result
        finally:
            sys.setswitchinterval(interval)
            if paused:
                gc.enable()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate() if exc and exc[0] is not None else self._pool.close()
            self._pool.join()
            self._pool = None
