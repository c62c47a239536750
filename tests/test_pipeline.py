"""The build pipeline: the same bytes whatever the engine, the workers, the cache or the input order."""

from __future__ import annotations

import dataclasses
import shutil
import sys
from pathlib import Path

import pytest

import kg
from kg.cli import main
from kg.errors import KGError
from kg.pipeline import BuildStats, build_corpus_results, slim_result
from kg.report import generate_report

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus as bench_corpus

SIZE = 14


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated articles in every form (traditional, pinyin, GBK, HTML) plus a made-up one."""
    folder = tmp_path_factory.mktemp("corpus")
    articles = list(bench_corpus.generate(60, seed=11))
    chosen = {a.form: a for a in articles}  # one of each form ...
    chosen_list = list(chosen.values()) + [a for a in articles if a not in chosen.values()]
    for article in chosen_list[:SIZE]:
        (folder / article.file_name).write_bytes(article.text.encode(article.encoding, errors="ignore"))
    (folder / "zz_made_up.txt").write_text("国网某县供电公司总经理张三来到幸福社区。\n", encoding="utf-8")
    return folder


def _fingerprint(graph: kg.KnowledgeGraph) -> tuple[str, bytes]:
    return graph.turtle, generate_report(graph.corpus)


@pytest.fixture(scope="module")
def reference(small_corpus: Path) -> tuple[str, bytes]:
    return _fingerprint(kg.build([small_corpus]))


def test_two_workers_give_the_same_graph(small_corpus: Path, reference: tuple[str, bytes]) -> None:
    stats = BuildStats()
    graph = kg.build([small_corpus], workers=2, stats=stats)
    assert _fingerprint(graph) == reference
    assert stats.workers == 2 and stats.documents == SIZE + 1


def test_input_order_does_not_matter(small_corpus: Path, reference: tuple[str, bytes]) -> None:
    files = sorted(small_corpus.iterdir(), reverse=True)
    assert _fingerprint(kg.build(files)) == reference


def test_stats_time_every_stage(small_corpus: Path) -> None:
    stats = BuildStats()
    kg.build([small_corpus], stats=stats)
    assert {"read", "entities", "relations", "map", "resolve"} <= set(stats.stages)
    assert all(v >= 0 for v in stats.stages.values()) and stats.stages["map"] > 0
    assert stats.chars > 1000 and stats.cache_hits == 0


def test_results_are_slim_and_keep_what_later_stages_need(small_corpus: Path) -> None:
    results, skipped = build_corpus_results([small_corpus])
    assert not skipped and [r.document.doc_id for r in results] == sorted(r.document.doc_id for r in results)
    for result in results:
        doc = result.document
        assert doc.raw == doc.text == "" and doc.offset_map == () and doc.sentences == ()
        assert doc.chars and doc.chars > 0 and doc.doc_id and doc.path
    assert any(r.document.original for r in results)  # traditional sources keep their surface forms


def test_slim_result_keeps_original_only_when_it_differs() -> None:
    from kg.document import make_document
    from kg.pipeline import process_document

    simple = process_document(make_document("国网某县供电公司总经理张三来到幸福社区。", doc_id="a.txt"))
    slim = slim_result(simple)
    assert slim.document.original == "" and slim.document.chars == len(simple.document.text)
    assert slim.entities == simple.entities and slim.relations == simple.relations
    hant = process_document(make_document("國網某縣供電公司總經理張三來到幸福社區。", doc_id="b.txt"))
    assert slim_result(hant).document.original == hant.document.original


def test_texts_with_workers(reference: tuple[str, bytes]) -> None:
    texts = ["国网某县供电公司总经理张三来到幸福社区。", "國網某縣供電公司總經理張三來到幸福社區。"] * 3
    one = kg.build(texts=texts)
    two = kg.build(texts=texts, workers=2)
    assert one.turtle == two.turtle and len(one.corpus.documents) == 6


def _write(graph: kg.KnowledgeGraph, out: Path) -> dict[str, bytes]:
    graph.write(out)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def test_incremental_build_is_byte_identical(small_corpus: Path, tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(small_corpus, src)
    extra = src / "zz_extra.txt"
    cache = tmp_path / "cache"
    clean = _write(kg.build([src]), tmp_path / "clean0")
    first = BuildStats()
    assert _write(kg.build([src], cache_dir=cache, stats=first), tmp_path / "cold") == clean
    assert (first.cache_hits, first.cache_misses) == (0, SIZE + 1)
    second = BuildStats()
    assert _write(kg.build([src], cache_dir=cache, stats=second), tmp_path / "warm") == clean
    assert (second.cache_hits, second.cache_misses) == (SIZE + 1, 0)
    # one article added: only it is extracted, and the result equals a clean build
    extra.write_text("国网某市供电公司党委书记李四带领党员下沉和平社区。\n", encoding="utf-8")
    third = BuildStats()
    grown = _write(kg.build([src], cache_dir=cache, workers=2, stats=third), tmp_path / "grown")
    assert (third.cache_hits, third.cache_misses) == (SIZE + 1, 1)
    assert grown == _write(kg.build([src]), tmp_path / "clean1")
    assert grown != clean


def test_corrupted_cache_entries_are_misses(small_corpus: Path, tmp_path: Path,
                                            reference: tuple[str, bytes]) -> None:
    cache = tmp_path / "cache"
    kg.build([small_corpus], cache_dir=cache)
    entries = sorted(cache.rglob("*.pkl"))
    assert len(entries) == SIZE + 1
    entries[0].write_bytes(b"\x80\x04garbage")
    entries[1].write_bytes(b"")
    stats = BuildStats()
    assert _fingerprint(kg.build([small_corpus], cache_dir=cache, stats=stats)) == reference
    assert (stats.cache_hits, stats.cache_misses) == (SIZE - 1, 2)


def test_moved_corpus_reuses_the_cache_with_the_new_paths(small_corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    kg.build([small_corpus], cache_dir=cache)
    moved = tmp_path / "moved"
    shutil.copytree(small_corpus, moved)
    stats = BuildStats()
    graph = kg.build([moved], cache_dir=cache, stats=stats)
    assert stats.cache_hits == SIZE + 1
    assert _fingerprint(graph) == _fingerprint(kg.build([moved]))


@pytest.fixture(scope="module")
def dask_address():
    import distributed

    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                       dashboard_address=None)
    yield cluster.scheduler_address
    cluster.close()


def test_dask_engine_gives_the_same_graph(small_corpus: Path, reference: tuple[str, bytes],
                                          dask_address: str) -> None:
    stats = BuildStats()
    graph = kg.build([small_corpus], engine="dask", scheduler=dask_address, stats=stats)
    assert _fingerprint(graph) == reference
    assert stats.engine == "dask" and stats.workers == 2


def test_bad_engine_is_a_kg_error(small_corpus: Path) -> None:
    with pytest.raises(KGError, match="unknown engine"):
        kg.build([small_corpus], engine="spark")


def test_cli_build_options(small_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    timings = tmp_path / "t.json"
    assert main(["build", str(small_corpus), "-o", str(out), "--workers", "2", "--timings", str(timings)]) == 0
    assert (tmp_path / ".kg-cache").is_dir()  # the default cache sits beside the output folder
    import json

    data = json.loads(timings.read_text())
    assert data["documents"] == SIZE + 1 and "write" in data["stages"] and data["entities"] > 0
    assert main(["build", str(small_corpus), "-o", str(out)]) == 0
    assert f"{SIZE + 1} documents from the cache" in capsys.readouterr().out
    assert main(["build", str(small_corpus), "-o", str(tmp_path / "o2"), "--no-cache"]) == 0


def test_cli_unreachable_scheduler_exits_2(small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("kg.engines.dask_engine.CONNECT_TIMEOUT", 1)
    code = main(["build", str(small_corpus), "-o", str(tmp_path / "o"), "--no-cache", "--engine", "dask",
                 "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("kg: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert err.count("\n") == 1


def test_cli_bad_workers_exits_2(small_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(small_corpus), "-o", str(tmp_path / "o"), "--workers", "0"]) == 2
    assert "--workers" in capsys.readouterr().err


def test_replace_is_not_needed_for_equal_paths() -> None:
    # guard for _relocate: a cached result under the same path comes back unchanged (no copy)
    from kg.model import Skipped
    from kg.pipeline import _relocate

    value = Skipped("a/b.txt", "empty")
    assert _relocate(value, ("path", "a/b.txt", "b.txt")) is value
    assert _relocate(value, ("path", "c/b.txt", "b.txt")) == dataclasses.replace(value, path="c/b.txt")
