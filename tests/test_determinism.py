"""Same input, same bytes: every output file of ``kg build`` is byte-identical whatever the order the
files are listed in, the number of workers, the cache (cold or warm), the hash seed of the Python
process or the name of the output folder.

Each build runs in its own process with its own PYTHONHASHSEED, so set and dict orders really differ.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from kg.output import OUTPUT_FILES


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Seeds, generated articles in every form (GBK, traditional, pinyin, HTML, teasers), clashing base
    names in two folders, a hostile article and a file that is skipped."""
    root = tmp_path_factory.mktemp("determinism") / "in"
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from corpus import write_corpus  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "bench"))
    write_corpus(root / "generated", 30, seed=5)
    shutil.copytree(SEEDS, root / "seeds")
    for folder in ("x", "y"):
        (root / folder).mkdir()
        (root / folder / "same.txt").write_text(
            f"国网江苏省电力有限公司南京供电公司副总经理张丽华带领志愿者下沉{folder}幸福社区。\n", encoding="utf-8")
    (root / "x" / "hostile.txt").write_text(
        '国网浙江省电力有限公司杭州供电公司总经理王建国<script>alert(1)</script>来到"幸福社区"\\。\n', encoding="utf-8")
    (root / "x" / "empty.txt").write_bytes(b"")
    return root


def build(corpus: Path, out: Path, *args: str, order: list[str] | None = None, hash_seed: str = "0",
          extra: tuple[str, ...] = ()) -> dict[str, bytes]:
    inputs = order if order is not None else [str(corpus)]
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run([sys.executable, "-m", "kg", "build", *inputs, "-o", str(out), *args, *extra],
                   check=True, capture_output=True, env=env)
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES}


def files_of(corpus: Path) -> list[str]:
    return sorted(str(p) for p in corpus.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict[str, bytes]:
    out = build(corpus, tmp_path_factory.mktemp("ref") / "out", "--no-cache", hash_seed="1")
    assert b"text_" not in out["report.json"]
    return out


def assert_same(got: dict[str, bytes], reference: dict[str, bytes]) -> None:
    for name in OUTPUT_FILES:
        assert got[name] == reference[name], f"{name} differs"


def test_reference_is_a_real_build(reference):
    import json

    report = json.loads(reference["report.json"])
    assert report["documents_read"] >= 35
    assert {d["file"] for d in report["documents"]} >= {"same.txt", "same.txt~2", "hostile.txt"}
    assert report["inputs_skipped"] == 1


def test_files_listed_in_reverse_order_with_another_hash_seed(corpus, reference, tmp_path):
    assert_same(build(corpus, tmp_path / "o", "--no-cache", order=files_of(corpus)[::-1], hash_seed="2"),
                reference)


def test_shuffled_files_two_workers(corpus, reference, tmp_path):
    order = files_of(corpus)
    random.Random(7).shuffle(order)
    assert_same(build(corpus, tmp_path / "other name", "--no-cache", "--workers", "2", order=order,
                      hash_seed="3"), reference)


def test_cold_then_warm_cache_two_workers(corpus, reference, tmp_path):
    cache = tmp_path / "cache"
    cold = build(corpus, tmp_path / "cold", "--workers", "2", "--cache-dir", str(cache), hash_seed="4")
    assert_same(cold, reference)
    order = sorted(files_of(corpus), key=lambda p: Path(p).name)  # yet another order
    warm = build(corpus, tmp_path / "warm", "--cache-dir", str(cache), order=order, hash_seed="5")
    assert_same(warm, reference)


def test_rebuild_over_previous_output_is_identical(corpus, reference, tmp_path):
    out = tmp_path / "o"
    build(corpus, out, "--no-cache", hash_seed="6")
    assert_same(build(corpus, out, "--no-cache", hash_seed="7"), reference)
    assert sorted(os.listdir(out)) == sorted(OUTPUT_FILES)
