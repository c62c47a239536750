"""Page structure: metadata of the five seeds must match the gold exactly; chrome and teasers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.normalize import normalize
from kg.page import analyze_page, credit_names

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "seeds_gold.json"
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


@pytest.mark.parametrize(
    "line",
    ["某某网首页 | 某某频道 | 时政 | 社会 | 图片", "某某频道 | 首页 | 时政", "某某网首页 > 某市频道 > 县区新闻",
     "首页 > 某省新闻 > 市县新闻", "相关新闻 | 网友评论 | 打印本页 | 关闭窗口"],
)
def test_navigation_lines_are_chrome_and_not_titles(line):
    page = analyze_page(f"{line}\n\n某某公司全力迎战用电高峰\n\n2022年07月21日10:11  来源:某某网\n\n正文一句,说明情况。")
    assert page.lines[0].kind == "chrome"
    assert page.title == "某某公司全力迎战用电高峰"


def test_title_with_separator_is_not_navigation():
    page = analyze_page("专访 | 某某公司负责人谈今年的迎峰度夏保供电工作\n2022年07月21日 来源:某某网\n正文一句。")
    assert page.title == "专访 | 某某公司负责人谈今年的迎峰度夏保供电工作"


@pytest.mark.parametrize(
    "text, authors",
    [
        # role words go, names stay; glued roles too
        ("正文一句,说明情况。(记者 甲乙丙)", ("甲乙丙",)),
        ("正文一句,说明情况。(记者 甲乙丙 通讯员 丁戊)", ("甲乙丙", "丁戊")),
        ("正文一句,说明情况。(本报记者甲乙丙 实习生丁戊己)", ("甲乙丙", "丁戊己")),
        ("正文一句,说明情况。(作者:甲乙丙)", ("甲乙丙",)),
        ("正文一句,说明情况。（特约记者 甲乙 摄影 丙丁）", ("甲乙", "丙丁")),
        # a photo credit is not a byline
        ("正文一句,说明情况。(甲乙丙 摄)", ()),
        # the next field label ends the names
        ("题目在此处\n发布时间:2022-07-21 10:11:05  作者:甲乙 丙丁  来源:某某网·某市\n正文。", ("甲乙", "丙丁")),
        ("题目在此处\n2022年07月21日  作者：甲乙、丙丁 编辑：戊己\n正文。", ("甲乙", "丙丁")),
        # a credit inside the lead sentence
        ("题目在此处\n2021年05月12日16:03  来源:某某网\n某某网某市5月12日讯（记者 甲乙）记者从某某局获悉,情况如此。",
         ("甲乙",)),
        # a byline closing the article on its own line
        ("正文第一段,说明情况。\n正文第二段,继续说明。\n文/图_甲乙 丙丁", ("甲乙", "丙丁")),
    ],
)
def test_credits(text, authors):
    assert analyze_page(text).authors == authors


def test_credit_names_stop_at_non_names():
    assert credit_names("记者 甲乙丙 通讯员丁戊  来源:某某网") == (["甲乙丙", "丁戊"], False)
    assert credit_names("甲乙 摄") == (["甲乙"], True)
    assert credit_names("本文图片由某某公司提供")[0] == []
    assert credit_names("来源:某某网")[0] == []


@pytest.mark.parametrize("line", ["责任编辑:甲乙丙", "【责任编辑：甲乙丙】", "(责编:甲乙丙)"])
def test_editor_line_variants(line):
    page = analyze_page(f"正文一句,说明情况。\n{line}\n猜你喜欢的一条\n另一条")
    assert page.editors == ("甲乙丙",)
    assert [ln.kind for ln in page.lines][1:] == ["meta", "chrome", "chrome"] or line.startswith("(")


@pytest.mark.parametrize("window", ["某某公司召开专题会议_某某网", "某某公司召开专题会议 - 某某频道 - 某某网",
                                    "某某公司召开专题会议"])
def test_window_title_gives_way_to_headline(window):
    page = analyze_page(f"{window}\n某某公司召开专题会议\n2022年07月21日 来源:某某网\n正文一句,说明情况。")
    assert page.title == "某某公司召开专题会议"
    assert [ln.kind for ln in page.lines][:2] == ["chrome", "meta"]


def test_longer_headline_is_not_a_window_title():
    page = analyze_page("某某公司召开会议\n某某公司召开会议部署防汛\n2022年07月21日 来源:某某网\n正文一句。")
    # only a headline followed by a separator and a site name is a window title
    assert page.title == "某某公司召开会议" and page.lines[0].kind == "meta"


# Page forms met in the dev3 set (made-up text here).
def _kinds(text: str) -> dict[str, str]:
    page = analyze_page(text)
    return {text[line.start:line.end]: line.kind for line in page.lines if line.kind != "blank"}


def test_two_part_breadcrumb_is_navigation_not_title():
    page = analyze_page("某某报 > 基层动态\n\n山区用上稳定电\n\n2026-05-20  来源:某某报  记者 甲乙丙\n\n正文第一句话写在这里。")
    assert page.title == "山区用上稳定电"
    assert _kinds("某某报 > 基层动态\n正文。")["某某报 > 基层动态"] == "chrome"


def test_headline_bar_site_is_not_navigation():
    assert analyze_page("供电所开展服务 | 某某网\n\n2026-05-20 来源:某某网\n\n正文。").title == "供电所开展服务 | 某某网"


def test_title_before_a_lead_dateline():
    page = analyze_page("某某网 首页>>某省>>某市\n\n热血铸忠诚 金融暖民心\n\n某某网5月21日讯(通讯员 甲乙丙 记者 丁戊)\n\n5月20日,某银行组织开展活动。")
    assert page.title == "热血铸忠诚 金融暖民心"
    assert page.authors == ("甲乙丙", "丁戊")


def test_wechat_header():
    page = analyze_page("某某移动 2026-11-20 08:30 发表于江西\n\n点击上方蓝字关注我们\n\n扎根山村三年\n\n作者:甲乙丙  编辑:丁戊\n\n正文第一句。")
    assert (page.title, page.source, page.authors) == ("扎根山村三年", "某某移动", ("甲乙丙",))
    assert _kinds("点击上方蓝字关注我们\n正文。")["点击上方蓝字关注我们"] == "chrome"


def test_bracketed_buttons_are_chrome_but_bracketed_labels_are_not():
    kinds = _kinds("正文。\n(来源:某某日报 记者 甲乙丙)\n【打印本页】 【关闭窗口】")
    assert kinds["【打印本页】 【关闭窗口】"] == "chrome"
    page = analyze_page("正文。\n(来源:某某日报 记者 甲乙丙)\n【打印本页】 【关闭窗口】")
    assert page.authors == ("甲乙丙",)
    assert analyze_page("正文。\n【责任编辑:丁戊】").editors == ("丁戊",)


def test_bracketed_teaser_marker_and_editor_after_teasers():
    text = "正文。\n【相关阅读】\n某公司召开座谈会\n3月1日,某公司召开座谈会……\n责任编辑:丁戊"
    kinds, page = _kinds(text), analyze_page(text)
    assert kinds["某公司召开座谈会"] == "teaser"
    assert page.editors == ("丁戊",)


def test_outlet_and_credit_after_the_date():
    page = analyze_page("某某网·某市 > 民生 > 正文\n“一次都不跑” 营业厅推出新服务\n2026年03月09日 10:05 某某网 记者 甲乙丙 通讯员 丁戊\n\n正文第一句。")
    assert (page.title, page.published, page.source, page.authors) == (
        "“一次都不跑” 营业厅推出新服务", "2026-03-09", "某某网", ("甲乙丙", "丁戊"))


def test_epaper_header_names_the_source_and_is_not_the_title():
    page = analyze_page("某某日报 数字报 第06版:社会\n网格员走进社区\n2026年11月02日 作者:本报记者 甲乙丙\n正文第一句。")
    assert (page.title, page.source, page.authors) == ("网格员走进社区", "某某日报", ("甲乙丙",))


def test_full_width_date_separators():
    assert analyze_page("某某标题一则\n2026－10－22 15：03 来源：某某网\n正文。").published == "2026-10-22"


def test_photographer_after_a_label_is_not_an_author():
    page = analyze_page("某某标题一则\n2026-05-14 21:10 来源:某某网 记者:甲乙丙 通讯员:丁戊 摄影:己庚\n正文。")
    assert page.authors == ("甲乙丙", "丁戊")


def test_bulleted_teasers_after_a_marker_each_open_a_teaser():
    text = ("正文。\n【相关阅读】\n·某县供电公司开展演练\n  6月1日,某县供电公司副总经理甲乙丙带队检查……\n"
            "·某市供电局护航运动会\n  本网讯 某市供电局连续七天驻守主会场……\n分享: 微信 | 微博")
    page = analyze_page(text)
    teasers = [(text[line.start:line.end], line.group) for line in page.lines if line.kind == "teaser"]
    assert [g for _, g in teasers] == [1, 1, 2, 2]
    assert teasers[0][0] == "·某县供电公司开展演练"
    assert _kinds(text)["分享: 微信 | 微博"] == "chrome"
    # outside a teaser list a bulleted line is still page furniture
    assert _kinds("正文。\n· 更多新闻请点击")["· 更多新闻请点击"] == "chrome"


# Page forms met in the dev7 and dev8 sets (made-up text here).
def test_byline_after_the_outlets_name_and_comma_headline():
    page = analyze_page("某某日报客户端 | 要闻 > 地方\n冰雹过后，红马甲连夜进村\n某某日报全媒记者 甲乙丙 通讯员 丁戊\n"
                        "发布时间：2026-05-08 21:40\n正文第一句。")
    assert (page.title, page.published, page.authors) == ("冰雹过后，红马甲连夜进村", "2026-05-08", ("甲乙丙", "丁戊"))


@pytest.mark.parametrize("line", ["某某网 - 某某新闻 - 部门动态", "某某新能源网 - 风电频道", "某某北方网 / 新闻中心 / 社区",
                                  "某某电力 | 国网某某省电力有限公司", "某某日报客户端 | 延庆", "某某日报 数字报 | 第06版:经济"])
def test_site_and_section_lines_are_not_titles(line):
    page = analyze_page(f"{line}\n某某供电公司开展志愿服务活动\n2026-03-06 来源:某某网\n正文第一句。")
    assert page.title == "某某供电公司开展志愿服务活动"


def test_a_short_site_name_above_the_headline_is_not_the_title():
    page = analyze_page("某某新闻网\n四地驰援 某某电网72小时复电\n2026-01-05 来源:某某新闻网\n正文第一句。")
    assert page.title == "四地驰援 某某电网72小时复电"
    # a short headline above a longer one that is not a site's name stays the title
    assert analyze_page("某某公司召开会议\n某某公司召开会议部署防汛\n2022年07月21日 来源:某某网\n正文。").title == "某某公司召开会议"


def test_benbao_lead_line_and_date_at_the_foot():
    page = analyze_page("某某日报数字报 第03版：综合新闻\n某某公司表彰一批优秀共产党员\n本报讯（记者 甲乙丙 通讯员 丁戊）\n"
                        "6月30日，某某公司召开表彰大会。\n会议由总经理己庚主持。\n2026年07月01日 某某日报\n返回目录 | 上一篇 | 下一篇")
    assert (page.title, page.source, page.published, page.authors) == (
        "某某公司表彰一批优秀共产党员", "某某日报", "2026-07-01", ("甲乙丙", "丁戊"))


def test_place_of_report_and_slash_photo_credit_are_no_authors():
    assert credit_names("记者 甲乙丙 通讯员 丁戊 某岛报道") == (["甲乙丙", "丁戊"], False)
    assert credit_names("文/甲乙丙 图/丁戊") == (["甲乙丙"], False)


def test_editor_in_brackets_without_colon_and_previous_next_links():
    page = analyze_page("正文第一句。\n【责任编辑 甲乙丙】\n上一篇:某县开展培训\n下一篇：某市召开会议")
    assert page.editors == ("甲乙丙",)
    kinds = _kinds("正文第一句。\n上一篇:某县开展培训\n下一篇：某市召开会议")
    assert kinds["上一篇:某县开展培训"] == kinds["下一篇：某市召开会议"] == "chrome"


@pytest.mark.parametrize("head, source", [
    ("某某新闻网 2022-06-08 16:02", "某某新闻网"),
    ("2021年07月27日 09:58 某某日报客户端", "某某日报客户端"),
    ("某某网记者 甲乙丙 2023-10-16 11:20", "某某网"),
    ("原创 某某供电 2022-11-03 18:30 发表于云南", "某某供电"),
])
def test_outlet_named_beside_the_date(head, source):
    assert analyze_page(f"某某供电公司开展志愿服务\n{head}\n正文第一句。").source == source


def test_weekday_is_no_outlet_and_first_crumb_names_the_site():
    page = analyze_page("某某日报 数字报 | 第06版:经济\n某某水电站:高原上的绿色电池\n2026年5月18日 星期一 本报记者 甲乙丙\n正文。")
    assert (page.source, page.authors) == ("某某日报", ("甲乙丙",))
    page = analyze_page("某某网 首页 > 新闻 > 本地 【字号 大 中 小】 【打印本页】\n战疫情 保供电\n2022-04-12 14:05\n正文。")
    assert (page.title, page.source) == ("战疫情 保供电", "某某网")


def test_sentence_end_looked_for_at_the_end_only():
    """_ends_sentence reads the last three characters: the same answer as the pattern over the whole line."""
    import random

    from kg.page import _SENTENCE_END, _ends_sentence

    rng = random.Random(3)
    alphabet = "。！？!?；;…”’」』\na中 "
    for _ in range(30000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
        assert _ends_sentence(line) == bool(_SENTENCE_END.search(line)), repr(line)


def test_chrome_line_shortcut_is_the_pattern():
    """_is_chrome_line tries a long line without | ｜ 客户端 【 [ against the forms that start a line only:
    the same answer as the whole pattern, on random lines made of the forms' own pieces."""
    import random

    from kg.page import _CHROME_ANYWHERE, _CHROME_FORMS, _CHROME_LINE, _is_chrome_line

    assert _CHROME_ANYWHERE <= set(_CHROME_FORMS)
    pieces = ["首页", "|", "｜", ">", "当前位置", "：", ":", "客户端", "下载", "【", "】", "[", "]", "字号", "打印", "关闭",
              "编辑", "2020-01-02", "关注我们", "点击", "蓝字", "上一篇", " ", "•", "分享", "到", "返回顶部", "某某", "的", "。"]
    rng = random.Random(9)
    for _ in range(30000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert _is_chrome_line(line) == bool(_CHROME_LINE.match(line)), line
