"""LiteralScan (a trie regex) gives the matches of the flat regex alternation sorted longest first."""

from __future__ import annotations

import random
import re

import pytest

from kg.extract.literals import LiteralScan, trie_pattern

WORDS = ["公司", "供电公司", "电公", "局", "供电局", "分局", "区委", "区", "委员", "中心", "心", "服务中心"]


def _not_member(word: str) -> str:
    return "(?!员)" if word.endswith("委") else ""


def _flat(words, after=None) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) + (after(w) if after else "")
                               for w in sorted(set(words), key=lambda w: (-len(w), w))))


def _texts(alphabet: str, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(n)]


FROM_END = [None, False, True]  # the scan's own choice, forward only, from the words' ends


@pytest.mark.parametrize("from_end", FROM_END)
@pytest.mark.parametrize("after", [None, _not_member])
def test_spans_are_the_flat_alternation_spans(after, from_end):
    scan, flat = LiteralScan(WORDS, after=after, from_end=from_end), _flat(WORDS, after)
    for text in _texts("供电公司局分区委员中心服务某，", 300, 7) + ["国网某县供电公司和某局", "社区委员会", "区委"]:
        assert scan.spans(text) == [m.span() for m in flat.finditer(text)], text
        assert scan.longest_at_each_start(text) == [
            (m.start(), m.group(1)) for m in re.finditer("(?=(" + flat.pattern + "))", text)], text


@pytest.mark.parametrize("from_end", FROM_END)
def test_a_refused_word_gives_way_to_a_shorter_one(from_end):
    scan = LiteralScan(WORDS, after=_not_member, from_end=from_end)
    assert scan.spans("某区委员会") == [(1, 2), (2, 4)]  # 区, then 委员 (not 区委 before 员)
    assert scan.spans("某区委会") == [(1, 3)]


@pytest.mark.parametrize("from_end", FROM_END)
def test_random_word_sets(from_end):
    rng = random.Random(11)
    for _ in range(200):
        words = {"".join(rng.choice("甲乙丙") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6))}
        scan, flat = LiteralScan(words, from_end=from_end), _flat(words)
        for text in _texts("甲乙丙丁", 20, rng.randint(0, 10**6)):
            assert scan.spans(text) == [m.span() for m in flat.finditer(text)], (words, text)
            assert scan.longest_at_each_start(text) == [
                (m.start(), m.group(1)) for m in re.finditer("(?=(" + flat.pattern + "))", text)]


@pytest.mark.parametrize("from_end", FROM_END)
def test_special_characters_and_no_words(from_end):
    scan = LiteralScan(["a.b", "a*", "(x)", "]"], from_end=from_end)
    assert scan.spans("a.b axb a* (x)]") == [(0, 3), (8, 10), (11, 14), (14, 15)]
    assert LiteralScan([], from_end=from_end).spans("公司") == []
    assert LiteralScan([], from_end=from_end).longest_at_each_start("公司") == []


def test_suffixes_are_scanned_from_their_ends():
    """Words sharing few last characters take the reversed-text path, and it finds what finditer does."""
    words = ["供电公司", "分公司", "公司", "供电局", "分局", "局", "电力局", "总公司", "子公司", "集团公司"]
    scan = LiteralScan(words)
    assert scan._from_end and scan._spans_from_end
    text = "某集团公司下属分公司和供电局、分局，局长到总公司"
    assert scan.spans(text) == [m.span() for m in _flat(words).finditer(text)]
    assert trie_pattern([""]) == "(?!)"
