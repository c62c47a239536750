"""Tibetan and Mongolian names, and names before 任/说 in strong slots, on made-up sentences."""

from __future__ import annotations

import pytest

from kg.extract import person
from kg.extract.textindex import TextIndex


def _names(text: str) -> set[str]:
    return {c.name for c in person.find_persons(TextIndex.of(text))}


@pytest.mark.parametrize(("text", "name"), [
    # a Tibetan name after a title, closed by a verb (not by punctuation or speech)
    ("运检班班长扎西才让获个人第一名。", "扎西才让"),
    ("客服经理次仁拉姆帮村里的老人接通了视频电话。", "次仁拉姆"),
    ("线路班班长洛绒扎西是本地人。", "洛绒扎西"),
    # a Mongolian name after a title, closed by an adverb
    ("供电所所长吉日嘎拉常年包联嘎查。", "吉日嘎拉"),
    # a Tibetan name after an age, and a postal title before a name
    ("今年42岁的尼玛扎西是县分公司的乡邮投递员。", "尼玛扎西"),
    ("县分公司投递员才让卓玛也榜上有名。", "才让卓玛"),
    # 任 after a two-character given name, before a title, is the verb
    ("副总经理、党委委员杨丹任队长。", "杨丹"),
    # 和 as a surname after a title, before speech
    ("”公司党委书记、董事长和春华说。", "和春华"),
])
def test_name_in_a_strong_slot(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("副总经理、党委委员杨丹任队长。", "杨丹任"),
    ("运检班班长扎西才让获个人第一名。", "扎西才让获"),
    # a conjunction before a common noun is still no surname
    ("公司组织人员和车辆赶赴现场。", "和车辆"),
])
def test_no_name_swallows_the_verb(text: str, wrong: str) -> None:
    assert wrong not in _names(text)
