"""Person names: posts of other bodies mark a name; forms of address and village-work words do not
(made-up sentences)."""

from __future__ import annotations

import pytest

from kg.extract import person
from kg.extract.textindex import TextIndex


def _names(text: str) -> set[str]:
    return {c.name for c in person.find_persons(TextIndex.of(text))}


@pytest.mark.parametrize(("text", "name"), [
    ("公司总经理助理甘志明到抗洪一线检查指导。", "甘志明"),     # a post written with 助理
    ("省应急管理厅副厅长吴立华在文昌检查工作时表示,要抓紧复电。", "吴立华"),
    ("民宿协会会长曹立波说,师傅们上门服务很及时。", "曹立波"),   # an association's head
    ("来自青禾县供电公司的学员孙立欣说,回去就能用。", "孙立欣"),
    ("青禾县供电公司选手李立明获得个人第一名。", "李立明"),
    ("营业厅班长杞文丽成为第一批网格员。", "杞文丽"),            # a rare surname
])
def test_post_marks_a_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(("text", "form"), [
    ("长虹村村民周阿婆家的电表进水了。“太辛苦了。”周阿婆说。", "阿婆"),
    ("“灯亮了!”黄阿公笑着说。", "阿公"),
])
def test_form_of_address_is_no_name(text: str, form: str) -> None:
    assert not any(form in n for n in _names(text))


@pytest.mark.parametrize("text", [
    "网格员包联社区,与社区签订包联责任书。“包联”是新做法。",
    "工作队在墙上贴出了“用电明白卡”,用双语写着安全知识。",
    "景区内的农家乐和古村落灯光秀依次亮起。",
])
def test_village_work_words_are_no_names(text: str) -> None:
    assert not _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("张寨社区网格员岳娟全程陪同,帮助联系老人。", "岳娟"),       # the title's last character glued to the name
    ("该公司配电运检班员工冯立远获得个人第一名。", "冯立远"),   # 班员 is no title before 工
])
def test_name_after_a_title_the_segmenter_cut_badly(text: str, name: str) -> None:
    assert name in _names(text)


def test_word_after_a_title_glued_to_its_last_character_is_no_name():
    # near miss: 网格员 and a word that only looks like a surname and a given name
    assert "全程" not in _names("网格员全程陪同老人。")


def test_dictionary_word_across_a_title_is_no_name():
    # near miss: 线路工 is a title, but 工程建设 is one word: 程建设 is no name
    assert "程建设" not in _names("国网青禾县供电公司线路工程建设进展顺利,甲先生介绍了情况。")
