"""Event names that writers of every set use: slogans with joiners inside quotes, quoted meetings with
a period before them, meetings named after the time they were held; made-up sentences only."""

from __future__ import annotations

import pytest

from kg.document import make_document
from kg.extract.entities import find_entities


def _events(text: str) -> dict[str, list[str]]:
    doc = make_document(text, doc_id="t")
    return {e.name: [m.text for m in e.mentions] for e in find_entities(doc) if e.type == "Event"}


@pytest.mark.parametrize("text, name", [
    ("今年以来,青禾供电公司持续开展“党建+优质服务”行动,在全公司设立了30个党员示范岗。", "“党建+优质服务”行动"),
    ("3月4日,青禾服务队走进某社区,开展“学雷锋·送光明”志愿服务活动,为居民检修线路。", "“学雷锋·送光明”志愿服务活动"),
    ("11月4日下午,青禾街道召开第四季度“党建引领、共驻共建”联席会议。", "“党建引领、共驻共建”联席会议"),
    ("青禾局长张三在13日凌晨的抢修调度会上这样部署。", "抢修调度会"),
    ("7月1日,青禾供电公司召开庆祝建党105周年大会,表彰了一批优秀共产党员。", "庆祝建党105周年大会"),
    ("青禾供电局立即启动防风抗灾抢险工作,全力抢修受损线路。", "防风抗灾抢险"),
])
def test_general_event_names(text: str, name: str) -> None:
    assert name in _events(text)


def test_a_bare_kind_of_meeting_or_a_vague_time_names_no_event() -> None:
    assert _events("青禾街道每季度召开一次联席会议。") == {}
    assert _events("青禾局长张三在当天的会上说。") == {}


def test_a_contest_named_with_its_holder_keeps_the_holder_as_an_alias() -> None:
    got = _events("9月12日,国网青禾供电公司2026年配网不停电作业技能竞赛在某县举行。")
    assert got == {"配网不停电作业技能竞赛": ["国网青禾供电公司2026年配网不停电作业技能竞赛"]}
    got = _events("由青禾电网有限责任公司主办、乙供电局承办的青禾电网公司第十届配网带电作业技能竞赛在某市开幕。")
    assert "青禾电网公司第十届配网带电作业技能竞赛" in got["第十届配网带电作业技能竞赛"]
    # a holder after 的 or a verb of holding is no part of the mention
    got = _events("乙供电局承办的第十届配网带电作业技能竞赛在某市开幕。")
    assert got["第十届配网带电作业技能竞赛"] == ["第十届配网带电作业技能竞赛"]


def test_an_event_held_with_its_year_is_one_event_with_its_headline() -> None:
    got = _events("青禾供电局开展“迎峰度夏”应急演练\n7月15日,青禾供电局在某区举行2026年迎峰度夏大面积停电应急演练,"
                  "某市应急管理局派员参加。")
    assert list(got) == ["迎峰度夏大面积停电应急演练"]
    assert "2026年迎峰度夏大面积停电应急演练" in got["迎峰度夏大面积停电应急演练"]
    got = _events("青禾市举行2026年迎峰度夏电力应急联合演练\n6月25日,青禾市2026年迎峰度夏电力应急联合演练在某区举行。")
    assert list(got) == ["2026年迎峰度夏电力应急联合演练"]


def test_a_verb_glued_to_a_contest_s_name_by_the_word_cut_stays_out() -> None:
    got = _events("个人前三名将被甲公司授予称号,并推荐参加国网青禾省电力公司技能竞赛。")
    assert list(got) == ["国网青禾省电力公司技能竞赛"]
