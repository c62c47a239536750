"""A short line of labelled credits closing a page (文字:甲 图片:乙 编辑:丙), maybe above a row of buttons:
its writer is the author and its editor an editor when the header named no writer (made-up page)."""

from __future__ import annotations

from kg.page import analyze_page

PAGE = """某某供电局 官方微信公众号
党建联建 | 青禾供电所与东湖社区签订协议
原创 某某供电局 2026-07-03

7月1日,青禾供电所党支部与东湖社区党总支签订党建联建协议,双方将围绕“电力+网格”开展共建。
据了解,东湖社区共有居民4200余户,其中老年人占比近三成。

文字:甲乙丙  图片:丁戊  编辑:己庚
阅读原文   点赞  在看
"""


def test_closing_credit_line_names_writer_and_editor():
    page = analyze_page(PAGE)
    assert page.authors == ("甲乙丙",)
    assert page.editors == ("己庚",)


def test_a_header_writer_is_not_replaced():
    page = analyze_page(PAGE.replace("原创 某某供电局 2026-07-03", "2026-07-03 作者:辛壬"))
    assert page.authors == ("辛壬",)
