"""Bylines in their many page forms: labelled fields between | or brackets, among widgets, editors' fields.

All names here are made up. Photographers (摄影:, 图/) report the piece but are not authors: the gold's
authors field holds writers (reporters, correspondents, authors); editors go to ``Page.editors``.
"""

from __future__ import annotations

import pytest

from kg.page import analyze_page, credit_names

BODY = "3月5日,某某公司在某某县举办培训班,共有30名员工参加,会期两天。"


def _text(header: str, footer: str = "") -> str:
    return f"某某公司举办技能培训班\n\n{header}\n\n{BODY}\n\n另一段正文,继续说明情况。\n{footer}"


def _page(header: str, footer: str = ""):
    return analyze_page(_text(header, footer))


@pytest.mark.parametrize(
    "header, authors, editors",
    [
        ("文字:甲乙丙 | 摄影:丁戊 | 编辑:己庚", ("甲乙丙",), ("己庚",)),
        ("文字：甲乙丙 ｜ 摄影：丁戊 ｜ 编辑：己庚", ("甲乙丙",), ("己庚",)),  # full-width colons and bars
        ("文字:甲乙丙 / 编辑:己庚 / 审核:辛壬", ("甲乙丙",), ("己庚", "辛壬")),
        ("【发布日期:2026-04-18】【来源:某某县融媒体中心】【作者:甲乙丙】【字号:大 中 小】", ("甲乙丙",), ()),
        ("2026-03-02 14:08:31   来源:某某新闻网   记者:甲乙 通讯员:丙丁戊   【大 中 小】  【打印】 【关闭】",
         ("甲乙", "丙丁戊"), ()),
        ("记者:甲乙、丙丁 通讯员:戊己", ("甲乙", "丙丁", "戊己"), ()),
        ("2026年11月26日 10:05 来源:某某新闻网 文/图:甲乙丙丁戊 己庚", ("甲乙丙丁戊", "己庚"), ()),
    ],
)
def test_header_credit_lines(header, authors, editors):
    text = _text(header)
    page = analyze_page(text)
    assert page.authors == authors
    assert page.editors == editors
    assert page.title == "某某公司举办技能培训班"
    kinds = [ln.kind for ln in page.lines if text[ln.start:ln.end] == header]
    assert kinds == ["meta"]  # the byline leaves the text the extractors read


def test_source_in_brackets_stops_at_the_bracket():
    page = _page("【发布日期:2026-04-18】【来源:某某县融媒体中心】【作者:甲乙丙】")
    assert page.source == "某某县融媒体中心" and page.published == "2026-04-18"


def test_dated_credit_in_brackets():
    page = _page("某某晚报网 2025-06-20 08:15:06 [某某晚报记者 甲乙丙 通讯员 丁戊]")
    assert page.authors == ("甲乙丙", "丁戊")
    assert page.published == "2025-06-20" and page.source == "某某晚报网"


def test_wechat_original_byline_after_the_headline():
    page = analyze_page("某某公司公众号 2025-08-14 阅读 3261\n某某电站迎战主汛期侧记\n原创 甲乙丙 丁戊 某某水电站号\n"
                        f"{BODY}\n")
    assert page.title == "某某电站迎战主汛期侧记"
    assert page.authors == ("甲乙丙", "丁戊")


def test_lead_credit_after_an_outlet():
    page = analyze_page(f"某某网讯(某某日报记者 甲乙丙)3月5日,某某公司召开会议。\n{BODY}")
    assert page.authors == ("甲乙丙",)


@pytest.mark.parametrize(
    "footer, editors",
    [("编辑:甲乙 | 审核:丙丁", ("甲乙", "丙丁")), ("(编辑:甲乙 审核:丙丁)", ("甲乙", "丙丁")),
     ("责任编辑:甲乙丙", ("甲乙丙",))],
)
def test_editor_lines_with_several_fields(footer, editors):
    page = _page("记者 戊己", footer)
    assert page.editors == editors
    assert page.authors == ("戊己",)


def test_press_office_pen_name_is_not_an_author():
    page = _page("2025-09-08 19:42 来源:某某客户端 记者 甲乙丙 通讯员 某电宣")
    assert page.authors == ("甲乙丙",)


def test_photographer_is_not_an_author():
    assert credit_names("作者:甲乙丙 摄影:丁戊")[0] == ["甲乙丙"]
    assert credit_names("文/甲乙 图/丙丁")[0] == ["甲乙"]


def test_five_character_name_only_after_a_label():
    assert credit_names("文/图:甲乙丙丁戊 己庚")[0] == ["甲乙丙丁戊", "己庚"]
    assert credit_names("记者 甲乙 某某水电站")[0] == ["甲乙"]  # an unlabelled five-character word ends the list


@pytest.mark.parametrize(
    "sentence",
    [
        "记者:甲乙丙在现场看到,抢修队员正在更换电杆,预计当晚恢复供电。",  # a sentence, not a byline
        "该所所长甲乙丙告诉记者,今年已完成改造任务的八成。",
        "通讯员丁戊介绍,这次培训为期两天。",
    ],
)
def test_body_sentence_mentioning_a_reporter_is_not_a_byline(sentence):
    page = analyze_page(f"某某公司举办技能培训班\n2026-03-02 来源:某某网\n\n{BODY}\n\n{sentence}\n\n另一段正文,继续说明情况。")
    assert page.authors == ()
    assert all(ln.kind in ("main", "blank") for ln in page.lines[3:])


def test_credit_line_among_widgets_after_the_body_is_not_a_header_byline():
    # the rescue of credit lines from the page's widgets holds only before the first body paragraph
    text = f"某某公司举办技能培训班\n2026-03-02 来源:某某网\n\n{BODY}\n\n记者:甲乙 【打印】 【关闭】\n\n另一段正文,继续说明情况。"
    page = analyze_page(text)
    assert page.authors == ()
    assert [ln.kind for ln in page.lines if text[ln.start:ln.end].startswith("记者")] == ["chrome"]


@pytest.mark.parametrize(
    "header, footer, expected",
    [
        ("【发布日期:2026-04-18】【来源:某某县融媒体中心】【作者:闵晓舟】【字号:大 中 小】", "(责任编辑:甘若溪)",
         {"闵晓舟", "甘若溪"}),
        ("文字:闵晓舟 | 摄影:甘若溪 | 编辑:祁望川", "", {"闵晓舟", "甘若溪", "祁望川"}),
        ("2026-03-02 来源:某某新闻网 记者:闵晓舟 通讯员:甘若溪 【打印】 【关闭】", "编辑:祁望川 | 审核:蒲安澜",
         {"闵晓舟", "甘若溪", "祁望川", "蒲安澜"}),
    ],
)
def test_reported_by_every_credited_person(header, footer, expected):
    """End to end: writers, photographers and editors of these bylines all report the document."""
    from kg.document import make_document
    from kg.pipeline import process_document

    result = process_document(make_document(_text(header, footer), doc_id="x.txt"))
    reporters = {r.tail[1] for r in result.relations if r.predicate == "reportedBy"}
    assert reporters == expected
