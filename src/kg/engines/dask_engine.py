"""The Dask engine: batches of items mapped on a ``dask.distributed`` cluster, results gathered here.

Only the per-document map runs on the cluster; the corpus-level resolution stays on the client. Workers
read the input files themselves, so they must see the same paths (a shared file system, or a cluster on
this machine). Without a scheduler address a local cluster of ``workers`` processes is started.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing_extensions import Self

from ..errors import KGError
from . import apply_batch, batches

__all__ = ["CONNECT_TIMEOUT", "DaskEngine"]

#: Seconds to wait for a scheduler before giving up with a clear error.
CONNECT_TIMEOUT = 5


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise KGError("--engine dask needs dask.distributed: install it with pip install 'kg[dask]'") from exc
    return distributed


class DaskEngine:
    name = "dask"

    def __init__(self, scheduler: str | None = None, *, workers: int = 1) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self._client: Any = None
        self._cluster: Any = None

    def _connect(self) -> Any:
        distributed = _distributed()
        if self.scheduler is None:
            self._cluster = distributed.LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            address = self._cluster.scheduler_address
        else:
            address = self.scheduler
        try:
            client = distributed.Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise KGError(
                f"cannot reach the Dask scheduler at {address} ({exc.__class__.__name__}); "
                "check the address or start one with `dask scheduler`"
            ) from exc
        self.workers = max(1, len(client.scheduler_info().get("workers", {})) or self.workers)
        return client

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
        if not items:
            return
        if self._client is None:
            self._client = self._connect()
        distributed = _distributed()
        futures = self._client.map(partial(apply_batch, fn), batches(items, self.workers), pure=False)
        for future in distributed.as_completed(futures, loop=self._client.loop):
            yield from future.result()
            future.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
