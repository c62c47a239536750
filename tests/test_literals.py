"""LiteralScan gives the spans of a regex alternation (leftmost, longest word first), with or without
pyahocorasick."""

from __future__ import annotations

import random
import re

import pytest

from kg.extract.literals import LiteralScan

WORDS = ["公司", "供电公司", "电公", "局", "供电局", "分局", "区委", "委员", "中心", "心", "服务中心"]


def _refuse(text: str, start: int, end: int) -> bool:
    return text[end - 1] == "委" and text[end:end + 1] == "员"


def _regex_spans(text: str, refuse: bool) -> list[tuple[int, int]]:
    alternation = "|".join(re.escape(w) + ("(?!员)" if refuse and w.endswith("委") else "")
                           for w in sorted(WORDS, key=lambda w: (-len(w), w)))
    return [m.span() for m in re.finditer(alternation, text)]


def _texts() -> list[str]:
    rng = random.Random(7)
    alphabet = "供电公司局分区委员中心服务某甲乙，"
    return [("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))) for _ in range(300)]


@pytest.mark.parametrize("refuse", [False, True])
@pytest.mark.parametrize("automaton", [True, False])
def test_spans_are_the_regex_spans(refuse, automaton, monkeypatch):
    if not automaton:  # the fallback when pyahocorasick is missing
        import builtins

        real_import = builtins.__import__

        def no_ahocorasick(name, *args, **kwargs):
            if name == "ahocorasick":
                raise ImportError(name)
            return real_import(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "__import__", no_ahocorasick)
    scan = LiteralScan(WORDS, refuse=_refuse if refuse else None)
    assert (scan._automaton is not None) == automaton
    for text in _texts() + ["国网某县供电公司和某局", "社区委员会", "区委"]:
        assert scan.spans(text) == _regex_spans(text, refuse), text


def test_starts_lists_every_occurrence_longest_first():
    scan = LiteralScan(WORDS)
    starts = scan.starts("某供电公司")
    assert starts[1] == [4]  # 供电公司 (not 公司, which starts later)
    assert starts[2] == [2]  # 电公
    assert starts[3] == [2]  # 公司
    assert LiteralScan([]).spans("公司") == []


def test_a_failed_longer_word_falls_back_to_a_shorter_one():
    # the automaton walks into 供电公司 and fails at 司's place: 电公 and 公 still match
    scan = LiteralScan(["供电公司", "电公", "司局", "公"])
    for text in ["供电公局", "供电公司局", "供电电公司局", "供供电公司"]:
        alternation = "|".join(sorted(scan.words, key=lambda w: (-len(w), w)))
        assert scan.spans(text) == [m.span() for m in re.finditer(alternation, text)], text


def test_random_word_sets_match_the_regex():
    rng = random.Random(11)
    for _ in range(200):
        words = {"".join(rng.choice("甲乙丙") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6))}
        scan = LiteralScan(words)
        alternation = "|".join(sorted(words, key=lambda w: (-len(w), w)))
        for _ in range(20):
            text = "".join(rng.choice("甲乙丙丁") for _ in range(rng.randint(0, 30)))
            assert scan.spans(text) == [m.span() for m in re.finditer(alternation, text)], (words, text)
