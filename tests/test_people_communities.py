"""Community names (community.find_communities) the word cut hides, on made-up sentences."""

from __future__ import annotations

import pytest

from kg.extract.community import find_communities
from kg.extract.textindex import TextIndex


def _names(text: str) -> list[str]:
    return [c.name for c in find_communities(TextIndex.of(text))]


@pytest.mark.parametrize(("text", "name"), [
    ("抢修队连夜赶往受灾最重的万和镇鹿角湾村抢修。", "鹿角湾村"),   # a village right after its town
    ("与会人员来到浑南区五三街道白塔社区参观。", "五三街道"),       # a street right after its district
    ("他说:东庄镇的石城村是老人村。", "石城村"),                    # 村/是 read as one word
    ("他来到巴音嘎查走访牧民。", "巴音嘎查"),                        # a Mongolian village (嘎查)
])
def test_name_under_its_address(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", ["城关镇下辖村都通了电。", "白水乡偏远村也装了光伏。", "看到抢修车开进村,心里就有底了。", "全镇各村都通了电。", "全县所有村都通了电。", "乡镇各个村都有网格员。"])
def test_no_name_from_a_quantifier_after_the_unit(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    # the next items of a list of one kind, which the word cut hides
    ("下一步计划推广到湖滨街道、清波街道,惠及更多居民。", {"湖滨街道", "清波街道"}),
    ("经过4个小时抢修,青石镇上岗地村、小李家村恢复供电。", {"上岗地村", "小李家村"}),
    ("周末到某市某某街道的团结社区和建设社区开展志愿服务。", {"团结社区", "建设社区"}),
])
def test_listed_communities(text: str, names: set[str]) -> None:
    assert names <= set(_names(text))


def test_the_town_and_its_de_are_no_part_of_the_village() -> None:
    found = _names("胡村供电所的党员们来到胡村镇的胡村和南席村,对村里的台区巡查。")
    assert "胡村" in found and "的胡村" not in found


def test_a_street_after_its_district_the_word_cut_runs_across() -> None:
    found = _names("在上城区小营街道,居民有了用电难题就找网格员。")
    assert "小营街道" in found and "城区小营街道" not in found


def test_no_list_item_from_a_village_committee() -> None:
    assert "乙村" not in _names("他走访了甲村和乙村委会。")
