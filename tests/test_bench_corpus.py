"""The benchmark corpus generator: deterministic, varied, growing like an archive, free of seed names."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus as bench_corpus


@pytest.fixture(scope="module")
def articles() -> list:
    return list(bench_corpus.generate(400, seed=3))


def _companies(texts: list[str]) -> set[str]:
    return set(re.findall(r"国网[\u4e00-\u9fff]{2,12}?供电公司|[\u4e00-\u9fff]{2,6}供电局", "\n".join(texts)))


def test_deterministic_and_prefix_stable(articles: list) -> None:
    again = list(bench_corpus.generate(100, seed=3))
    assert again == articles[:100]
    other = list(bench_corpus.generate(100, seed=4))
    assert [a.text for a in other] != [a.text for a in again]
    assert len({a.file_name for a in articles}) == len(articles)


def test_forms_and_encodings_are_mixed(articles: list) -> None:
    forms = {a.form for a in articles}
    assert {"simplified", "traditional", "pinyin", "html"} <= forms
    assert {"utf-8", "gbk"} <= {a.encoding for a in articles}
    pinyin = next(a for a in articles if a.form == "pinyin")
    assert re.search(r"[\u4e00-\u9fff]\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)", pinyin.text)
    assert any("相关阅读" in a.text for a in articles)


def test_articles_are_articles(articles: list) -> None:
    lengths = sorted(len(a.text) for a in articles)
    assert lengths[len(lengths) // 2] > 600  # a median article has several paragraphs
    simplified = [a.text for a in articles if a.form == "simplified"]
    assert all(re.search(r"供电(公司|局|所)", t) for t in simplified)
    assert sum(bool(re.search(r"(社区|村|街道)", t)) for t in simplified) > len(simplified) * 0.8


def test_distinct_entities_grow_with_the_corpus(articles: list) -> None:
    texts = [a.text for a in articles if a.form == "simplified"]
    quarter, whole = _companies(texts[: len(texts) // 4]), _companies(texts)
    assert len(whole) > 1.5 * len(quarter)
    # but the head recurs: the most frequent company is in several articles
    joined = "\n".join(texts)
    assert max(joined.count(c) for c in whole) >= 5


def test_no_seed_names(articles: list) -> None:
    world = bench_corpus.World(3)
    for _ in range(200):
        world.person_name()
    seed_text = bench_corpus._seed_text()
    assert seed_text  # the seeds are read, so the filter is live
    assert not [n for n in world.used_people if n in seed_text]
    gold = ROOT / "tests" / "data" / "seeds_gold.json"
    names: set[str] = set()
    if gold.exists():  # the gold lists the seeds' people, companies and communities
        for doc in json.loads(gold.read_text("utf-8"))["documents"]:
            for ent in doc["entities"]:
                if ent["type"] in ("Person", "Community", "Company") and len(ent["name"]) >= 3:
                    names.add(ent["name"])
    names -= {"国家电网", "南方电网", "国家电网公司", "国家电网有限公司"}  # brands, general knowledge
    joined = "\n".join(a.text for a in articles)
    assert not [n for n in names if n in joined]


def test_write_corpus(tmp_path: Path) -> None:
    counts = bench_corpus.write_corpus(tmp_path, 30, seed=5)
    files = sorted(tmp_path.iterdir())
    assert counts["files"] == len(files) == 30
    assert counts["chars"] > 0 and counts["bytes"] >= counts["chars"]
