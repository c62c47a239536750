"""Abbreviated company names (公交 for 公共交通, 农行 for 农业银行) join the one full name they abbreviate."""

from __future__ import annotations

import pytest

from kg.extract.entities import _abbreviates


@pytest.mark.parametrize("short, full", [
    ("江城市公交集团", "江城市公共交通集团有限公司"),
    ("农行滨湖支行", "中国农业银行股份有限公司滨湖支行"),
    ("滨湖供电公司", "国网江苏省电力有限公司滨湖供电分公司"),
    ("青峰水电公司", "青峰水电开发有限公司"),
])
def test_abbreviation_of_the_full_name(short: str, full: str) -> None:
    assert _abbreviates(short, full)


@pytest.mark.parametrize("short, full", [
    ("国网江苏省电力公司", "国网江苏省电力有限公司滨湖供电分公司"),  # the parent, not the branch
    ("中国农业银行", "中国农业银行股份有限公司滨湖支行"),
    ("国网青岛供电公司", "国网青岛市黄岛区供电公司"),  # a district dropped is another unit
    ("南宁供电局", "广西电网有限责任公司南宁宾阳供电局"),  # so is a county's name
    ("南宁供电局", "南宁供电局兴宁分局"),
])
def test_other_units_are_no_abbreviations(short: str, full: str) -> None:
    assert not _abbreviates(short, full)
