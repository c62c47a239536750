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
    ("道里区副区长郑宏伟现场指导。", "郑宏伟"),          # a noun used as an adverb after the name
    ("公司副总经理冀建中出席会议并讲话。", "冀建中"),      # an idiom after the name
    ("值守的还有同事欧阳晨和詹美玲,三人轮流巡视。", "詹美玲"),  # 甲和乙 after a name
    ("来源:南方网 文/陈某某 图/林晓", "林晓"),              # the photographer's byline
    ("编辑:马某某 校对:陈明", "陈明"),
    ("解放沟供电所所长沙马尔古、队员李某等人进村。", "沙马尔古"),   # 长沙 read across the title
    ("所长尕藏多杰介绍了情况。", "尕藏多杰"),
    ("供电所的网格员才旦加和同事骑着摩托车出发。", "才旦加"),     # an element and an Amdo ending
    # surnames less common in the north and south
    ("副总经理阎立华出席。", "阎立华"),
    ("党委副书记糜建国主持会议。", "糜建国"),
    # a given name after a surname that starts a place word (韩国): the title marks the slot
    ("领队是运检部主任韩国栋,另一队由副主任带领。", "韩国栋"),
    # south-western surnames: Dai 刀 and 岩, Bai/Yi 字
    ("一边帮退休教师刀玉芬查询电费。", "刀玉芬"),
    ("社区党委书记兼居委会主任岩温香说,居民满意。", "岩温香"),
    ("所长字海东介绍了情况。", "字海东"),
    ("电站运行部主任和永刚说,入汛以来水位上涨。", "和永刚"),   # Naxi 和, a given name jieba tags an adverb
    ("担任实操教师的某县公司技能专家储建东一边示范一边讲解。", "储建东"),
    ("某村的网格员是朝鲜族小伙金成东。", "金成东"),
    ("副所长吴某某、抄表员龙小兵等人踩着冰碴上山。", "龙小兵"),   # 抄表员龙/小兵: title glued to the surname
    ("防汛抗旱指挥部副指挥长卢国平在巡查时来到泵站。", "卢国平"),
])
def test_whole_name_after_a_title(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_verb_after_a_two_character_name_is_not_its_given_name() -> None:
    assert "白梅拿" not in _names("网格员白梅拿着平板电脑走进营业厅。")


@pytest.mark.parametrize("text", ["岩石滑落,刀具齐全,字样清晰。"])
def test_new_surnames_inside_words_are_no_names(text: str) -> None:
    assert _names(text) == set()


def test_a_function_word_after_a_two_character_name_is_no_given_name():
    # near misses: 当 and 在 are words of their own after the name
    assert "郭琳" in _names("队员郭琳当老师,教村民直播。")
    assert "郭琳当" not in _names("队员郭琳当老师,教村民直播。")
    assert "张明在" not in _names("所长张明在村里走访。")


def test_a_person_token_then_a_word_of_its_own():
    # 欧阳明/共同: the name stops before the adverb; 杨忠/明说: before speech the last character is the name's
    assert "欧阳明" in _names("团委书记麦某某和副校长欧阳明共同为科普角揭牌。")
    assert "欧阳明共" not in _names("团委书记麦某某和副校长欧阳明共同为科普角揭牌。")
    assert "杨忠明" in _names("村党支部书记杨忠明说:电一来,心里就踏实了。")


@pytest.mark.parametrize("text", ["天刚蒙蒙亮,他就出发了。", "余震过后,抢修队进村。", "梅雨季到来前完成检修。"])
def test_common_words_that_begin_with_a_surname(text: str) -> None:
    assert _names(text) == set()


def test_title_glued_to_a_word_does_not_swallow_a_verb():
    # near miss: 主任/何 reads as 任何, and 何承志/任 ends in the verb 任
    assert "何承志任" not in _names("由公司营销部副主任何承志任第一书记兼工作队队长。")


def test_a_surname_and_a_kinship_word_name_no_one() -> None:
    assert not {n for n in _names("社区居民孙阿姨说:“以前觉得麻烦。”") if n.startswith("孙")}


def test_a_title_after_the_byline_slash_is_no_name() -> None:
    found = _names("2026-07-09 07:50 来源:某晚报 文/记者 林若楠 通讯员 黄思琪 图/陈炜")
    assert "记者" not in found and {"林若楠", "黄思琪", "陈炜"} <= found


@pytest.mark.parametrize(("text", "name"), [
    ("在某村牧民尕藏家,网格员检查了新换的插座。", "尕藏"),   # a herder's home: the title slot, closed by 家
    ("插座换好了。扎西说,有一次夜里跳闸。", "扎西"),          # one element opening a clause, speaking
])
def test_two_character_tibetan_name_alone(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_tibetan_element_inside_a_longer_word_is_no_speaker() -> None:
    assert "扎西" not in _names("大家齐声喊扎西德勒说吉祥。")


def test_a_conjunction_after_a_title_is_no_surname() -> None:
    assert not _names("所长和队员说,今年雪大。") & {"和队员"}


@pytest.mark.parametrize(("text", "name"), [
    ("村党支部书记阿西拉哈告诉记者,村里通了电。", "阿西拉哈"),    # a Yi clan name read as a place
    ("供电所所长沙马日火带队进村。", "沙马日火"),                # 长沙 read across the title
    ("所长曲比拉且带队巡线。", "曲比拉且"),
    ("网格员娜仁高娃和同事出发。", "娜仁高娃"),                  # two Mongolian elements
    ("公司总经理傅春来出席会议。", "傅春来"),                    # a given name ending in 来, a verb after it
    ("副所长黄德才带队巡线。", "黄德才"),
])
def test_minority_names_and_function_word_endings_after_a_title(text: str, name: str) -> None:
    assert name in _names(text)


def test_near_misses_of_clan_names_and_function_word_endings() -> None:
    assert not {n for n in _names("村主任吉克村里人都认识。") if len(n) == 4}   # 村里 is a word of its own
    assert "张春来" not in _names("所长张春来了。")                          # 来了: the verb, not the name
    assert "马海涛" in _names("所长马海涛说,好。")                           # a Han name, not a clan one


@pytest.mark.parametrize(("text", "name"), [
    ("某公司的安检员钟伟则带着工具箱上门。", "钟伟"),                 # 则 ("then") before the verb
    ("某供电所所长傅春来作了交流发言。", "傅春来"),                   # a one-character verb and 了 after 来
    ("某供电所所长阿拉坦仓组织队员送去发电车。", "阿拉坦仓"),         # a Mongolian name before a verb
    ("服务队队长、蒙古族青年苏和巴特尔告诉记者,小区很老。", "苏和巴特尔"),  # a descriptor after the title
])
def test_names_closed_by_the_words_after_them(text: str, name: str) -> None:
    assert name in _names(text)


def test_near_misses_of_closing_words() -> None:
    assert "钟伟则" not in _names("某公司的安检员钟伟则带着工具箱上门。")
    assert "阿拉坦仓组" not in _names("某供电所所长阿拉坦仓组织队员送去发电车。")
    assert not _names("队长、蒙古族青年们说,今年雪大。") & {"青年们"}
