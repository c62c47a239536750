"""Streets and communities named after a road keep the road's whole name (和兴路街道, 新建南路街道)."""

from __future__ import annotations

import pytest

from kg.extract.community import find_communities
from kg.extract.textindex import TextIndex


@pytest.mark.parametrize("text, name", [
    ("道里区新阳路街道和兴路街道文景社区的居民", "和兴路街道"),
    ("公司已与新建南路街道签订共建协议", "新建南路街道"),
    ("来到中山路社区开展服务", "中山路社区"),
])
def test_road_named_streets_keep_the_road(text: str, name: str) -> None:
    assert name in {c.name for c in find_communities(TextIndex.of(text))}


@pytest.mark.parametrize("text", ["今年9月,某某街道党工委在小区组织召开议事会", "推动企业与街道共建", "所辖社区都参加了活动"])
def test_glued_words_make_no_community(text: str) -> None:
    assert not [c for c in find_communities(TextIndex.of(text)) if c.kind != "street"]


def test_verb_glued_before_a_community_is_cut_off() -> None:
    assert "梅岭社区" in {c.name for c in find_communities(TextIndex.of("干部挂点梅岭社区开展走访"))}
