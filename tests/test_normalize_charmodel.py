"""The character model's shipped data files: they load, they match what the builder makes."""

from __future__ import annotations

import pytest

from kg.errors import DataFileError
from kg.normalize import charmodel, mojibake


def test_build_lines_from_a_tiny_dictionary():
    lines = list(charmodel.build_lines(["电力 60 n\n", "电 5 n\n", "力量 10 n\n"], min_word_freq=50))
    body = [ln for ln in lines if not ln.startswith("#")]
    # total counts every character of every word; characters are summed; rare words are left out
    assert body == ["T\t145", "C\t力\t70", "C\t电\t65", "C\t量\t10", "W\t电力\t60"]


def test_shipped_counts_load():
    uni, words, total = charmodel.load_counts()
    assert total > 10_000_000
    assert uni["的"] > uni["电"] > mojibake._RARE
    assert words["电力"] >= charmodel.MIN_WORD_FREQ
    assert all(freq >= charmodel.MIN_WORD_FREQ for freq in words.values())


def test_rare_threshold_agrees_with_the_readings_file():
    assert mojibake._RARE == charmodel.MIN_CHAR_FREQ


def test_shipped_readings_load():
    readings = charmodel.load_readings()
    assert "bào" in readings["报"]
    assert {"zhòng", "chóng"} <= readings["重"]


def test_shipped_counts_match_jieba():
    """The data file is what the builder makes from the installed jieba (rebuild after an upgrade)."""
    with charmodel.jieba_dict_path().open(encoding="utf-8") as fh:
        built = [line + "\n" for line in charmodel.build_lines(fh)]
    from importlib import resources

    shipped = resources.files("kg").joinpath("data/normalize/charmodel.txt").read_text(encoding="utf-8")
    assert "".join(built) == shipped


def test_malformed_counts_name_the_file(monkeypatch):
    class Fake:
        def joinpath(self, name):
            return self

        def read_text(self, encoding):
            return "T\t10\nC\tx\n"

    monkeypatch.setattr(charmodel.resources, "files", lambda package: Fake())
    charmodel.load_counts.cache_clear()
    try:
        with pytest.raises(DataFileError, match="charmodel.txt, line 2"):
            charmodel.load_counts()
    finally:
        charmodel.load_counts.cache_clear()
