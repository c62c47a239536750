"""Engines run the per-document map: a function over work items, batch by batch.

Three engines share one small interface (``Engine.map``): in this process, a pool of local processes,
or a Dask cluster. They yield results in completion order; the pipeline puts them back in a
deterministic order, so the output never depends on the engine or the number of workers.

    >>> from kg.engines import get_engine
    >>> with get_engine("local", workers=1) as engine:
    ...     sorted(engine.map(abs, [-2, 1, -3]))
    [1, 2, 3]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self

from ..errors import KGError

__all__ = ["ENGINES", "Engine", "apply_batch", "batches", "get_engine"]

#: Engine names accepted by ``kg build --engine``.
ENGINES = ("local", "dask")

T = TypeVar("T")
R = TypeVar("R")


class Engine(Protocol):
    """Runs ``fn`` over items; yields one result per item, in any order."""

    name: str
    workers: int

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...


def batches(items: Sequence[T], workers: int, *, largest: int = 64) -> list[list[T]]:
    """Split items into batches: few enough to keep scheduling cheap, enough to balance the load
    (about eight per worker) and to keep the progress bar moving."""
    if not items:
        return []
    size = max(1, min(largest, len(items) // max(1, workers * 8)))
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def apply_batch(fn: Callable[[T], R], batch: Sequence[T]) -> list[R]:
    """What a worker runs: ``fn`` over one batch (module level so that it pickles)."""
    return [fn(item) for item in batch]


def get_engine(name: str = "local", *, workers: int = 1, scheduler: str | None = None) -> Engine:
    """The engine called ``name``. ``local`` runs in this process (``workers=1``) or in a process pool;
    ``dask`` sends batches to the Dask scheduler at ``scheduler`` (a local cluster when None).
    Raises KGError for an unknown name or a bad number of workers."""
    if workers < 1:
        raise KGError(f"--workers must be 1 or more, not {workers}")
    if name == "local":
        if scheduler is not None:
            raise KGError("--scheduler only applies to --engine dask")
        if workers == 1:
            from .sequential import SequentialEngine

            return SequentialEngine()
        from .pool import PoolEngine

        return PoolEngine(workers)
    if name == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(scheduler, workers=workers)
    raise KGError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")
