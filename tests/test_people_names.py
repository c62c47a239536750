"""Person names in strong slots (after a title), on made-up sentences."""

from __future__ import annotations

import pytest

from kg.extract import person
from kg.extract.textindex import TextIndex


def _names(text: str) -> set[str]:
    return {c.name for c in person.find_persons(TextIndex.of(text))}


@pytest.mark.parametrize(("text", "name"), [
    # a given name whose first character glues to the surname as a word (严正), the last one alone
    ("公司党委书记、董事长严正清先后三次到村里调研。", "严正清"),
    # a Yi name whose tail the segmenter reads as an abbreviation
    ("村党支部书记阿牛日哈告诉记者,村里用上了稳定电。", "阿牛日哈"),
    # a Uyghur name with a long first part after a title
    ("会议由副总经理阿不都热合曼·吐尔逊主持。", "阿不都热合曼·吐尔逊"),
    # a Mongolian name element alone, a Tibetan one joined to another
    ("班长额尔敦说,今年雪大。", "额尔敦"),
    # trade titles of the genre mark the slot too
    ("输电运检中心的巡线工额尔敦和同事踏雪巡线。", "额尔敦"),
    ("道里区副区长郑某伟现场指导。", "郑某伟"),
    ("所长尕藏多杰介绍了情况。", "尕藏多杰"),
    # surnames less common in the north and south
    ("副总经理阎立华出席。", "阎立华"),
    ("党委副书记糜建国主持会议。", "糜建国"),
])
def test_whole_name_after_a_title(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_function_word_after_a_two_character_name_is_no_given_name():
    # near misses: 当 and 在 are words of their own after the name
    assert "郭琳" in _names("队员郭琳当老师,教村民直播。")
    assert "郭琳当" not in _names("队员郭琳当老师,教村民直播。")
    assert "张明在" not in _names("所长张明在村里走访。")
