"""Property-based tests of the per-document stages and resolution, over arbitrary text and bytes.

Never a crash; offsets always point at the text they claim; the offset map is monotonic and in range;
resolution gives unique ids and relations between entities that exist. Examples are kept few per
property (CI time); bench/fuzz.py runs the same checks on 10^5 inputs.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.document import load_document, make_document
from kg.model import ENTITY_TYPES, RELATION_TYPES, Document, DocumentResult, Skipped
from kg.pipeline import process_document
from kg.resolve import resolve_corpus

# Pieces of the genre, and of what goes wrong in it: CJK (simplified and traditional), pinyin-like
# annotations, real parentheses, '?' where a character was lost, quotes, bylines, page chrome,
# control characters, invisible characters, supplementary-plane CJK, combining accents.
PIECES = [
    "国网", "國網", "供电公司", "供電公司", "电力有限公司", "供电所", "县", "市", "省", "区", "镇", "社区", "村", "街道",
    "张", "王", "李", "刘", "陈", "建国", "丽华", "总经理", "党委书记", "主任", "员工", "志愿者",
    "来到", "下沉", "开展", "组织", "召开", "会议", "防汛", "抢修", "保电", "荣获", "最美", "称号", "位于",
    "業(yè)", "(zhōng)", "（guó）", "(王进 摄)", "(右三)", "（", "）", "(", ")", "?", "？", "??", "国?网",
    "“", "”", "\"", "'", "‘", "’", "《", "》", "【", "】", "、", "，", "。", "：", ":", "；", "！", "…",
    "\n", "\n\n", "\r\n", "\t", " ", "\u3000", "记者", "通讯员", "责任编辑", "来源：", "相关阅读", "评论",
    "2021年07月20日", "2020-02-10", "12:30", "\x00", "\x07", "\x1b", "\x7f", "\ufeff", "\u200b", "\u202e",
    "𠀀", "𪚥", "e\u0301", "ﬁ", "Ａ", "１２", "<p>", "</div>", "&nbsp;", "]]>", "\\", "\\u0041",
]

# Sentences of the genre (invented names), so that extraction finds entities and relations to check.
SLOTS = {
    "org": ["国网江苏省电力有限公司", "国网江苏省电力有限公司南京供电公司", "南京供电公司", "城东供电所",
            "国网浙江省电力有限公司杭州供电公司", "广西电网公司柳州供电局", "國網江蘇省電力有限公司", "该公司"],
    "title": ["总经理", "党委书记", "副总经理", "主任", "所长", "员工", "總經理"],
    "person": ["王建国", "张丽华", "李明", "陈晓东", "刘芳", "王建國"],
    "community": ["幸福社区", "东风村", "城南街道", "阳光小区", "幸福社區"],
    "event": ["防汛救灾", "疫情防控", "迎峰度夏保电", "“万人助万企”活动"],
    "place": ["南京市", "江宁区", "杭州市", "柳州市"],
}
TEMPLATES = [
    "{org}{title}{person}来到{community}，开展{event}工作。",
    "{org}是{org}的下属单位。",
    "{person}荣获{community}授予的“最美志愿者”称号。",
    "{org}组织党员下沉{community}开展{event}。",
    "{org}于7月20日召开{event}工作会议。",
    "（记者 {person} 通讯员 {person}）",
    "{org}位于{place}。",
    "{org}{title}{person}、{title}{person}带队参加{event}。",
    "标题：{org}全力开展{event}\n2021年07月20日 来源：某某网\n",
]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(TEMPLATES))
    parts = template.split("{")
    out = [parts[0]]
    for part in parts[1:]:
        slot, rest = part.split("}", 1)
        out.append(draw(st.sampled_from(SLOTS[slot])) + rest)
    text = "".join(out)
    if draw(st.booleans()):  # damage it: a piece of noise anywhere, even inside a name
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(PIECES)) + text[at:]
    return text


articles = st.lists(
    st.one_of(sentences(), sentences(), sentences(), st.sampled_from(PIECES), st.text(max_size=4),
              st.characters(codec="utf-8")),
    max_size=30,
).map("".join)

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_document(doc: Document) -> None:
    n = len(doc.text)
    assert len(doc.offset_map) == n + 1
    assert all(a <= b for a, b in zip(doc.offset_map, doc.offset_map[1:])), "offset map goes backwards"
    assert all(0 <= o <= len(doc.raw) for o in doc.offset_map), "offset map out of range of raw"
    assert len(doc.original) == n
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= n
    assert list(doc.sentences) == sorted(doc.sentences, key=lambda s: s.start)
    for a, b in zip(doc.sentences, doc.sentences[1:]):
        assert a.end <= b.start, "sentences overlap"
    for section in doc.sections:
        assert 0 <= section.start <= section.end <= n
    for r in doc.repairs:
        assert 0 <= r.raw_start <= r.raw_end <= len(doc.raw)
        assert doc.raw[r.raw_start:r.raw_end] == r.before


def check_result(result: DocumentResult) -> None:
    doc = result.document
    keys = {e.key for e in result.entities}
    assert len(keys) == len(result.entities), "two local entities share a key"
    for entity in result.entities:
        assert entity.type in ENTITY_TYPES
        assert entity.name
        for m in entity.mentions:
            assert 0 <= m.start < m.end <= len(doc.text)
            assert doc.text[m.start:m.end] == m.text, m
            assert 0.0 <= m.confidence <= 1.0
    for relation in result.relations:
        assert relation.predicate in RELATION_TYPES
        assert relation.head in keys or relation.head == ("Document", doc.doc_id), relation.head
        assert relation.tail in keys, relation.tail
        assert relation.evidence
        for ev in relation.evidence:
            assert ev.doc_id == doc.doc_id
            assert doc.text[ev.start:ev.end] == ev.sentence, ev
            assert 0.0 <= ev.confidence <= 1.0


# ---------------------------------------------------------------- normalize


@SETTINGS
@given(raw=articles)
def test_make_document_offsets(raw):
    check_document(make_document(raw, "x.txt"))


@SETTINGS
@given(raw=st.text(max_size=300))
def test_make_document_any_unicode(raw):
    assume(not any("\ud800" <= c <= "\udfff" for c in raw))
    check_document(make_document(raw, "x.txt"))


@SETTINGS
@given(raw=st.text(st.characters(), max_size=100) | articles.map(lambda t: t.replace("国", "\ud800")))
def test_make_document_lone_surrogates(raw):
    """A str can hold lone surrogates (kg.build(texts=...)): they become U+FFFD, offsets unchanged."""
    doc = make_document(raw, "x.txt")
    check_document(doc)
    assert not any("\ud800" <= c <= "\udfff" for c in doc.raw + doc.text)
    assert len(doc.raw) == len(raw)
    check_result(process_document(doc))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=400),
    articles.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(articles, st.sampled_from(["gbk", "gb18030", "big5", "utf-16", "utf-16-le", "utf-8-sig"]))
      .map(lambda p: p[0].encode(p[1], "ignore") if p[1] != "big5" else p[0].encode("big5", "replace")),
    st.tuples(st.binary(max_size=50), st.integers(0, 40)).map(lambda p: b"\xef\xbb\xbf" + p[0] * p[1]),
))
def test_load_document_arbitrary_bytes(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "x.txt"
    path.write_bytes(data)
    got = load_document(str(path), "x.txt")
    if isinstance(got, Skipped):
        assert got.reason and got.path == str(path)
    else:
        assert isinstance(got, Document) and got.text.strip()
        assert not any("\ud800" <= c <= "\udfff" for c in got.raw)
        check_document(got)


# ---------------------------------------------------------------- extraction


@SETTINGS
@given(raw=articles)
def test_process_document_offsets_and_references(raw):
    doc = make_document(raw, "x.txt")
    result = process_document(doc)
    check_result(result)
    assert process_document(doc) == result  # pure


# ---------------------------------------------------------------- resolution


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raws=st.lists(articles, min_size=1, max_size=4), seed=st.integers(0, 2**16))
def test_resolve_corpus_ids_unique_relations_closed_order_free(raws, seed):
    results = [process_document(make_document(raw, f"d{i}.txt")) for i, raw in enumerate(raws)]
    corpus = resolve_corpus(results)
    ids = [e.id for e in corpus.entities]
    assert len(ids) == len(set(ids)), "two corpus entities share an id"
    known = {(e.type, e.id) for e in corpus.entities}
    doc_ids = {d.doc_id for d in corpus.documents}
    for relation in corpus.relations:
        assert relation.head in known or (relation.head[0] == "Document" and relation.head[1] in doc_ids)
        assert relation.tail in known
        assert relation.predicate in RELATION_TYPES
    for entity in corpus.entities:
        assert set(entity.documents) <= doc_ids
        assert entity.name not in entity.aliases
    shuffled = list(results)
    random.Random(seed).shuffle(shuffled)
    assert resolve_corpus(shuffled) == corpus


@pytest.mark.parametrize("raw", ["", " ", "\n\n", "\x00", "(", "？", "國(guó)", "\ufeff", "\u3000" * 5])
def test_degenerate_texts(raw):
    doc = make_document(raw, "x.txt")
    check_document(doc)
    check_result(process_document(doc))
