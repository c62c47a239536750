"""Page structure: metadata of the five seeds must match the gold exactly; chrome and teasers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.normalize import normalize
from kg.page import analyze_page

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"
GOLD_DOCS = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]


@pytest.mark.parametrize("gold", GOLD_DOCS, ids=[d["file"][:3] for d in GOLD_DOCS])
def test_seed_metadata_matches_gold(gold):
    page = analyze_page(normalize((ROOT / "seeds" / gold["file"]).read_text(encoding="utf-8")).text)
    assert page.title == gold["title"]
    assert page.published == gold["published"]
    assert page.source == gold["source"]
    assert list(page.authors) == gold["authors"]


def test_editors_line():
    page = analyze_page("正文一句。(某某)\n\n(责编:甲乙丙、丁戊)")
    assert page.editors == ("甲乙丙", "丁戊") and page.authors == ("某某",)


@pytest.mark.parametrize(
    "line",
    ["首页 | 党政文化", "当前位置: 首页 > 电网 > 党政文化", "用户名: 匿名发表", "密 码:", "验证码:",
     "最新评论(0", "• 某某频道微信公众号", "综合新闻2020-03-23"],
)
def test_chrome_lines(line):
    page = analyze_page(f"某某公司召开会议,部署防汛工作。\n{line}\n另一段正文,继续说明情况。")
    kinds = [ln.kind for ln in page.lines]
    assert kinds == ["main", "chrome", "main"]


def test_tail_and_teasers():
    text = ("正文第一段,说明情况。\n推荐阅读\n某某推荐标题\n评论\n用户名:\n相关阅读\n"
            "甲公司开展检修\n3月1日,甲公司员工开展检修。\n乙公司启动防汛\n\n4月1日,乙公司启动防汛工作。")
    page = analyze_page(text)
    kinds = [(ln.kind, ln.group) for ln in page.lines if ln.kind != "blank"]
    assert kinds == [("main", 0), ("chrome", 0), ("chrome", 0), ("chrome", 0), ("chrome", 0),
                     ("chrome", 0), ("teaser", 1), ("teaser", 1), ("teaser", 2), ("teaser", 2)]


@pytest.mark.parametrize(
    "text, authors",
    [
        ("文/图_甲乙 丙丁\n正文一句话,很长很长。", ("甲乙", "丙丁")),
        ("某公司发布时间:2020-04-15 13:06:11  作者:甲乙 丙丁\n正文。", ("甲乙", "丙丁")),
        ("题目在此处\nabc_user1\n2020-04-13 17:35:12\n 来源:某网\n正文一句。", ("abc_user1",)),
    ],
)
def test_bylines(text, authors):
    assert analyze_page(text).authors == authors
