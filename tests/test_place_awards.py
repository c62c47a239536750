"""A place opening a well-known honour's name is part of the honour, not a place of the story."""

from __future__ import annotations

import pytest

from kg.extract.place import find_places
from kg.extract.textindex import TextIndex


@pytest.mark.parametrize("text", [
    "工作室被命名为“杭州市劳模和工匠人才创新工作室”。",
    "工作室先后获得杭州市职工技术创新成果一等奖。",
    "他荣获杭州市五一劳动奖和多项荣誉。",
])
def test_place_inside_an_honour_is_no_place(text: str) -> None:
    assert "杭州市" not in {c.name for c in find_places(TextIndex.of(text))}


def test_place_before_a_postal_service_is_its_short_name() -> None:
    assert "青海省" not in {c.name for c in find_places(TextIndex.of("他在青海邮政系统工作了十年。"))}


def test_place_of_the_story_stays() -> None:
    assert "杭州市" in {c.name for c in find_places(TextIndex.of("活动在杭州市举行。"))}


def test_town_named_like_a_county_keeps_its_name() -> None:
    names = {c.name for c in find_places(TextIndex.of("其中向清水河镇、芦草沟镇发放贷款"))}
    assert "清水河镇" in names


def test_town_stem_written_alone_is_the_town() -> None:
    text = "记者来到玛多县花石峡镇。地震造成35千伏花石峡变电站停运。"
    stems = [c for c in find_places(TextIndex.of(text)) if c.start == text.index("花石峡变")]
    assert stems and all(c.name == "花石峡镇" for c in stems)


def test_new_districts_are_known() -> None:
    assert "上党区" in {c.name for c in find_places(TextIndex.of("长治市上党区开展活动"))}
