"""The sequential engine: the map runs in this process, item by item (no start-up cost)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["SequentialEngine"]


class SequentialEngine:
    name = "local"
    workers = 1

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
        from ..gcpause import frozen_as_they_come

        yield from frozen_as_they_come(fn, items)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        return None
