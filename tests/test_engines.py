"""Engines: the same results whatever the engine and the number of workers; clear errors."""

from __future__ import annotations

import gc
import os

import pytest

from kg.engines import apply_batch, batches, get_engine
from kg.errors import KGError


def square_with_pid(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def test_batches_cover_every_item_once_in_order() -> None:
    items = list(range(1003))
    for workers in (1, 2, 7):
        parts = batches(items, workers)
        assert [x for part in parts for x in part] == items
        assert all(1 <= len(part) <= 64 for part in parts)
    assert batches([], 3) == []


def test_apply_batch() -> None:
    assert apply_batch(abs, [-1, 2, -3]) == [1, 2, 3]


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_local_engines_map_every_item(workers: int) -> None:
    items = list(range(200))
    with get_engine("local", workers=workers) as engine:
        out = list(engine.map(square_with_pid, items))
    assert sorted(v for v, _ in out) == [x * x for x in items]
    pids = {pid for _, pid in out}
    if workers == 1:
        assert pids == {os.getpid()}
    else:
        assert os.getpid() not in pids and len(pids) >= 1


def collector_state(_: int) -> bool:
    return gc.isenabled()


def test_pool_pauses_the_collector_here_only_while_results_arrive() -> None:
    assert gc.isenabled()
    seen_here = []
    with get_engine("local", workers=2) as engine:
        for worker_has_it in engine.map(collector_state, range(20)):
            assert worker_has_it  # the workers were forked before the pause: they collect as usual
            seen_here.append(gc.isenabled())
    assert seen_here and not any(seen_here)
    assert gc.isenabled()


def test_pool_engine_with_no_items() -> None:
    with get_engine("local", workers=2) as engine:
        assert list(engine.map(square_with_pid, [])) == []


def test_unknown_engine_is_a_kg_error() -> None:
    with pytest.raises(KGError, match="unknown engine 'spark'"):
        get_engine("spark")


def test_bad_workers_and_stray_scheduler() -> None:
    with pytest.raises(KGError, match="--workers"):
        get_engine("local", workers=0)
    with pytest.raises(KGError, match="--scheduler"):
        get_engine("local", scheduler="tcp://127.0.0.1:1")


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                       dashboard_address=None)
    yield cluster
    cluster.close()


def test_dask_engine_on_a_local_cluster(dask_cluster) -> None:
    items = list(range(300))
    with get_engine("dask", scheduler=dask_cluster.scheduler_address) as engine:
        out = list(engine.map(square_with_pid, items))
        assert engine.workers == 2
    assert sorted(v for v, _ in out) == [x * x for x in items]


def test_unreachable_scheduler_is_one_clear_kg_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr("kg.engines.dask_engine.CONNECT_TIMEOUT", 1)
    engine = get_engine("dask", scheduler="tcp://127.0.0.1:9")
    with pytest.raises(KGError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9") as info, engine:
        list(engine.map(abs, [1]))
    assert "\n" not in str(info.value)


def test_sequential_map_freezes_survivors_and_gives_them_back():
    import gc

    from kg.engines import get_engine

    seen = []
    with get_engine("local", workers=1) as engine:
        for value in engine.map(abs, [-1, 2, -3]):
            seen.append((value, gc.get_freeze_count() > 0))
    assert [v for v, _ in seen] == [1, 2, 3]
    assert all(frozen for _, frozen in seen)  # the collector skips what survived each item
    assert gc.get_freeze_count() == 0  # and sees everything again afterwards


def test_abandoned_map_unfreezes():
    import gc

    from kg.gcpause import frozen_as_they_come

    it = frozen_as_they_come(abs, [-1, -2, -3])
    assert next(it) == 1
    it.close()
    assert gc.get_freeze_count() == 0
