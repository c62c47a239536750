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
