"""Events of different occasions stay apart across articles; the same occasion joins."""

import pytest

import kg
from kg.resolve import event_join_labels


def _events(texts: list[str]) -> dict[str, tuple[str, ...]]:
    graph = kg.build(texts=texts)
    return {e.name: e.documents for e in graph.corpus.entities if e.type == "Event"}


@pytest.fixture(scope="module")
def meetings() -> dict[str, tuple[str, ...]]:
    return _events([
        "国网某市供电公司于1月5日召开2026年安全生产工作会议。公司总经理王建国出席会议并讲话。",
        "国网某市供电公司于1月6日召开2025年安全生产工作会议。公司总经理王建国出席会议并讲话。",
        "国网某市供电公司1月5日召开2026年安全生产工作会议，总结全年工作。",
    ])


def test_a_year_free_alias_joins_no_meetings_of_other_years(meetings):
    assert "2025年安全生产工作会议" in meetings
    assert "2026年安全生产工作会议" in meetings
    assert len(meetings["2025年安全生产工作会议"]) == 1


def test_the_same_yeared_meeting_joins_across_articles(meetings):
    assert len(meetings["2026年安全生产工作会议"]) == 2


def test_join_labels_keep_only_the_pinned_names():
    assert event_join_labels("2026年第一期班组长培训班", ("班组长培训班",)) == ("2026年第一期班组长培训班",)
    assert event_join_labels("首期班组长培训班", ("班组长培训班",)) == ("首期班组长培训班",)
    assert event_join_labels("7月22日暴雨", ("暴雨",)) == ("7月22日暴雨",)
    assert event_join_labels("迎峰度夏保供电", ("“迎峰度夏保供电”活动",)) == (
        "迎峰度夏保供电", "“迎峰度夏保供电”活动")


def test_groups_that_choose_one_name_are_one_entity():
    graph = kg.build(texts=[
        "2026年全省电力技能竞赛在某市举行。国网某县供电公司选手李明获得一等奖。",
        "2025年全省电力技能竞赛在某市举行。国网某县供电公司选手张强获得一等奖。",
    ])
    ids = [e.id for e in graph.corpus.entities]
    assert len(ids) == len(set(ids))
