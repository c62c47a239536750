"""Hui and Salar names with 尕 and long dotted Uyghur names, on made-up sentences."""

from __future__ import annotations

import pytest

from kg.extract import person
from kg.extract.textindex import TextIndex


def _names(text: str) -> set[str]:
    return {c.name for c in person.find_persons(TextIndex.of(text))}


@pytest.mark.parametrize(("text", "name", "short"), [
    # a surname, 尕 and two characters, closed by a verb jieba glued to the last one
    ("县公司经理韩尕西木带着队员抵达镇上。", "韩尕西木", "韩尕西"),
    # a surname, 尕 and one character (拉 is no verb here), closed by 和
    ("供电所所长马尕拉和同事们检查线路。", "马尕拉", "马尕"),
    # a second part of six characters before a verb jieba tags as a name
    ("队员阿依古丽·阿不都热合曼荣获“优秀志愿者”。", "阿依古丽·阿不都热合曼", "阿依古丽·阿不都"),
])
def test_whole_name(text: str, name: str, short: str) -> None:
    found = _names(text)
    assert name in found and short not in found


def test_ga_name_needs_a_closer() -> None:
    # 了 closes no 尕 name: the three-character reading is not taken
    assert "马尕来" not in _names("所长马尕来了以后")


def test_long_dotted_part_needs_a_closing_verb() -> None:
    # before an ordinary noun the second part stays short (at most four characters)
    assert not any(len(n.split("·")[-1]) > 4 for n in _names("队员买买提·阿不都热合曼同志在村里。"))


@pytest.mark.parametrize(("text", "name"), [
    # the photographer's role before a colon in a byline is no part of the name
    ("文字:王一鸣  图片:李昆  编辑:陈小雨", "李昆"),
    # jieba reads the surname and the first given character as an adjective (普建/新)
    ("水电站站长普建新被评为“劳动模范”。", "普建新"),
])
def test_name_in_a_byline_or_glued_slot(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", ["书记高度重视", "所长全面负责", "队长严格要求", "本文图片来自网络。"])
def test_no_name_from_common_words(text: str) -> None:
    assert not _names(text)
