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
