"""Town and township names the word cut splits (made-up sentences): a long transliterated township after
its county, and a town whose first character jieba glues to the district before it; near misses that
stay common words."""

from __future__ import annotations

import pytest

from kg.extract.place import find_places
from kg.extract.textindex import TextIndex


def _places(text: str) -> set[str]:
    return {text[c.start:c.end] for c in find_places(TextIndex.of(text))}


@pytest.mark.parametrize("text, town", [
    ("工作队驻伊宁县喀拉亚尕奇乡阿亚村。", "喀拉亚尕奇乡"),
    ("青河县阿格达拉镇的牧民用上了电。", "阿格达拉镇"),
    ("网格位于安定区内官营镇,包括两个村。", "内官营镇"),
])
def test_a_town_name_extends_to_the_division_before_it(text, town):
    got = _places(text)
    assert town in got
    assert not any(p != town and p.endswith(town[-3:]) and town.endswith(p) for p in got)  # not cut short


@pytest.mark.parametrize("text", ["全县开展乡村振兴工作。", "该县召开全县乡镇会议。", "昌吉市人民政府乡村振兴局到场。"])
def test_common_words_before_a_town_suffix_are_not_towns(text):
    assert not any(p[-1] in "乡镇" for p in _places(text))


def test_a_county_between_city_and_town_stays_a_place_of_its_own():
    got = _places("抢修队赶到随州市随县柳林镇。")
    assert "柳林镇" in got and "随县柳林镇" not in got
