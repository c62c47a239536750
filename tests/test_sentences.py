"""Sentence splitting: punctuation, line breaks, quotes, sections."""

from __future__ import annotations

import pytest

from kg.model import Section
from kg.sentences import split_sentences, split_spans


def parts(text):
    return [text[s:e] for s, e in split_spans(text)]


@pytest.mark.parametrize(
    "text, expect",
    [
        ("甲。乙！丙？丁；戊", ["甲。", "乙！", "丙？", "丁；", "戊"]),
        ("甲!乙?丙;丁", ["甲!", "乙?", "丙;", "丁"]),
        ("一行\n二行", ["一行", "二行"]),
        ("他说:“好。走吧。”然后离开。", ["他说:“好。走吧。”", "然后离开。"]),
        ("“身边有党旗。”他们是逆行者。", ["“身边有党旗。”", "他们是逆行者。"]),
        ("“我是党员,必须担当”他说。", ["“我是党员,必须担当”他说。"]),
        ("“好吗?会不会?”一走进", ["“好吗?会不会?”", "一走进"]),
        ("  前后空白。  ", ["前后空白。"]),
        ("等等……然后。", ["等等……然后。"]),
    ],
)
def test_split(text, expect):
    assert parts(text) == expect


def test_sentences_respect_sections():
    text = "标题\n正文一。正文二\n预告一。"
    sections = (Section("meta", 0, 2), Section("main", 3, 10), Section("teaser", 11, 15))
    sents = split_sentences(text, sections)
    assert [(text[s.start:s.end], s.section) for s in sents] == [
        ("标题", "meta"), ("正文一。", "main"), ("正文二", "main"), ("预告一。", "teaser")]
    for s in sents:
        assert any(sec.start <= s.start and s.end <= sec.end for sec in sections)
