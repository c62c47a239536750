"""Enterprise units of other trades, numbered units and departments, and government bodies by place."""

from __future__ import annotations

import pytest

from kg.extract.org import find_orgs
from kg.extract.textindex import TextIndex


def _names(text: str) -> set[str]:
    return {c.name for c in find_orgs(TextIndex.of(text))}


@pytest.mark.parametrize("text, name", [
    ("公司下属塔木壕煤矿、哈达沟煤矿参加培训。", "哈达沟煤矿"),
    ("检查了华兴热力道里分公司新阳路换热站的运行情况。", "华兴热力道里分公司新阳路换热站"),
    ("开幕式由河北省体育局主办。", "河北省体育局"),
    ("安平区卫生健康局派出医护人员。", "安平区卫生健康局"),
    ("该企业是厦门市国资委下属企业。", "厦门市国资委"),
])
def test_units_and_bodies_by_suffix(text: str, name: str) -> None:
    assert name in _names(text)


def test_numbered_unit_and_its_numbered_department() -> None:
    names = _names("她是第二采油厂第六作业区采油班班长。")
    assert "第二采油厂" in names
    assert "第二采油厂第六作业区" in names
    assert "作业区" not in names  # a bare area word is no department


def test_numbered_unit_inside_a_word_is_no_name() -> None:
    assert not any(n.startswith("第三") for n in _names("某某是第三次来到采油厂。"))


def test_units_listed_after_their_parent_are_named() -> None:
    names = _names("公司所属城区供热分公司、御东供热分公司组织员工入户。")
    assert {"城区供热分公司", "御东供热分公司"} <= names


def test_a_rank_after_the_link_word_is_no_name() -> None:
    assert "二级支行" not in _names("某支行是中国农业银行绍兴分行下辖的二级支行。")


def test_national_body_needs_no_place() -> None:
    assert "中华全国总工会" in _names("工作室被中华全国总工会命名为示范性工作室。")


def test_group_named_by_a_common_noun_abbreviation() -> None:
    names = _names("组织开展演练,首钢集团矿业有限公司参加。")
    assert "首钢集团矿业有限公司" in names
    assert not _names("组织开展演练,能源集团有限公司参加。")  # a trade word names no group


@pytest.mark.parametrize("text, name", [
    ("服务站由五里岗供电所派出两名员工常驻。", "五里岗供电所"),
    ("提交报修后半小时内,大百尺供电所的抢修人员就上门了。", "大百尺供电所"),
])
def test_three_character_station_names_the_word_cut_reads_apart(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", ["。他带领供电所员工抢修。", "。三个供电所都已完成。"])
def test_no_station_from_a_pronoun_verb_or_count(text: str) -> None:
    assert not _names(text)


def test_dateline_news_word_is_no_part_of_the_outlet() -> None:
    from kg.extract.org import find_media

    text = "江河点讯 2026-07-08 10:15 记者 王某\n\n正文。"
    names = {c.name for c in find_media(TextIndex.of(text), source="江河点讯")}
    assert "江河点" in names and "江河点讯" not in names
