"""A source read from a dateline names the outlet without the dateline's 讯."""

from __future__ import annotations

from kg.page import analyze_page

_PAGE = "江河新闻 | 江苏 | 民生\n\n某某抢修不过夜\n\n江河点讯 2026-07-08 10:15 记者 王晓岚\n\n7月6日凌晨,某地一处供水主管爆管。\n"


def test_dateline_source_drops_its_news_word() -> None:
    assert analyze_page(_PAGE).source == "江河点"
