"""make_document/load_document: invariants, chrome removal, sections, gold evidence, speed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.document import load_document, make_document
from kg.model import Document, Skipped
from kg.normalize.convert import to_simplified

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = json.loads((ROOT / "tests" / "data" / "seeds_gold.json").read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    out = {}
    for p in SEEDS:
        doc = load_document(str(p), p.name)
        assert isinstance(doc, Document)
        out[p.name] = doc
    return out


def test_invariants(docs):
    for doc in docs.values():
        assert len(doc.offset_map) == len(doc.text) + 1 == len(doc.original) + 1
        assert all(a <= b for a, b in zip(doc.offset_map, doc.offset_map[1:]))
        assert doc.offset_map[-1] <= len(doc.raw)
        assert to_simplified(doc.original) == doc.text
        for s in doc.sentences:
            sec = [x for x in doc.sections if x.start <= s.start and s.end <= x.end]
            assert len(sec) == 1 and sec[0].kind == s.section
        starts = [s.start for s in doc.sentences]
        assert starts == sorted(starts)


def test_kept_characters_map_to_raw(docs):
    """Outside repaired spans, each character of ``original`` is the raw character (or its ASCII form)."""
    for doc in docs.values():
        repaired = [(r.raw_start, r.raw_end) for r in doc.repairs if r.kind == "mojibake"]
        for i, c in enumerate(doc.original):
            o = doc.offset_map[i]
            if any(a <= o < b for a, b in repaired) or c in " \n":
                continue
            r = doc.raw[o]
            assert r == c or ord(r) - 0xFEE0 == ord(c), (doc.doc_id, i, c, r)


@pytest.mark.parametrize("gold", GOLD, ids=[g["file"][:3] for g in GOLD])
def test_gold_evidence_is_in_text_and_in_one_sentence(docs, gold):
    doc = docs[gold["file"]]
    for rel in gold["relations"]:
        ev = rel["evidence"]
        assert ev in doc.text
        at = doc.text.index(ev)
        s = doc.sentence_at(at)
        assert s is not None


def test_chrome_removed_teasers_kept(docs):
    d000, d001, d003 = (docs[p.name] for p in SEEDS if p.name[:3] in ("000", "001", "003"))
    assert "移动端新媒体" not in d000.text and "贵州频道微信公众号" not in d000.text
    assert "验证码" not in d001.text and "首页 | 党政文化" not in d001.text
    assert "当前位置" not in d003.text
    teasers = [s for s in d003.sections if s.kind == "teaser"]
    assert len(teasers) == 10
    assert any("清远供电局" in d003.text[t.start:t.end] for t in teasers)
    assert all("teaser" != s.kind for s in d000.sections)


def test_traditional_flag(docs):
    flags = {name[:3]: d.traditional for name, d in docs.items()}
    assert flags == {"000": False, "001": False, "002": True, "003": True, "004": True}


def test_pinyin_gone(docs):
    import re

    from kg.normalize.pinyin import PINYIN_ANNOTATION

    for doc in docs.values():
        assert not PINYIN_ANNOTATION.search(doc.text)
        assert not re.search(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", doc.text)


def test_make_document_from_string():
    doc = make_document("國(guó)網公司召开会议。", "x.txt")
    assert doc.text == "国网公司召开会议。" and doc.original == "國網公司召开会议。"
    assert doc.sentences and doc.sections[0].kind == "main"


def test_load_document_skips(tmp_path):
    empty = tmp_path / "e.txt"
    empty.write_text("  \n ", encoding="utf-8")
    assert isinstance(load_document(str(empty), "e.txt"), Skipped)




HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>某县供电公司开展度夏用电专项检查_某某新闻网</title>
<style>.x{{color:red}}</style><script>var nav = "首页 | 时政";</script></head>
<body>
<div class="nav"><a href="/">首页</a> | <a>时政</a> | <a>社会</a> | <a>图片</a></div>
<h1>某县供电公司开展度夏用电专项检查</h1>
<div class="info">2022年07月21日 10:11 &nbsp;来源：某某新闻网 &nbsp;作者：甲乙 丙丁</div>
<div class="content">
<p>　　7月以来，某县持续高温，全县用电负荷屡创新高。</p>
<p>　　该公司组织人员对全县线路开展特巡特护，确保“不拉闸、不限电”。</p>
</div>
<div class="share">分享到：</div>
<p>（责任编辑：庚辛）</p>
</body></html>
"""


@pytest.mark.parametrize("charset, encoding", [("gb2312", "gbk"), ("utf-8", "utf-8"), ("big5", "big5"),
                                               ("utf-16", "utf-16")])
def test_html_page_end_to_end(tmp_path, charset, encoding):
    page = HTML_PAGE.format(charset=charset)
    if charset == "big5":
        import opencc

        page = opencc.OpenCC("s2t").convert(page)
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(charset))
    doc = load_document(str(path), "page.html")
    assert isinstance(doc, Document)
    assert doc.encoding == encoding
    # the window title (headline + site) gives way to the headline; navigation, scripts, share widgets go
    assert doc.title == "某县供电公司开展度夏用电专项检查"
    assert (doc.published, doc.source, doc.authors, doc.editors) == (
        "2022-07-21", "某某新闻网", ("甲乙", "丙丁"), ("庚辛",))
    assert "首页" not in doc.text and "var nav" not in doc.text and "分享到" not in doc.text
    assert "全县用电负荷屡创新高。" in doc.text
    assert [s.kind for s in doc.sections] == ["meta", "main", "meta"]
