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
])
def test_general_event_names(text: str, name: str) -> None:
    assert name in _events(text)


def test_a_bare_kind_of_meeting_or_a_vague_time_names_no_event() -> None:
    assert _events("青禾街道每季度召开一次联席会议。") == {}
    assert _events("青禾局长张三在当天的会上说。") == {}
