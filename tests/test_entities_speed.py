"""The fast forms of entity extraction give what the plain forms they replace gave: each is checked
against a straightforward version on the seed articles and on made-up strings."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg import lexicon
from kg.document import load_document
from kg.extract.entities import find_candidates
from kg.extract.event import _DATE, _DATE_CORE, sentence_spans
from kg.extract.overlap import TYPE_PRIORITY, may_nest, resolve_overlaps
from kg.extract.person import _quote_or_age
from kg.extract.textindex import (
    _LOCAL_TOWN,
    _TITLES_IN_NAMES,
    GLUED_PREPOSITIONS,
    NAME_VERBS,
    STOP_TAGS,
    TextIndex,
    _local_towns,
    _titles,
    all_han,
    is_han,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MADE_UP = ["在东游镇和西坪乡，县东乡长到南山镇政府", "和东镇西镇镇乡", "3岁后多岁、12后的“好”，他说", "",
           "国网某县供电公司总经理张三来到供电所。该公司在甲镇乙村。", "从国网某县到某市", "。\n！？!?", "abc。"]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    docs = [load_document(str(p), p.name) for p in sorted(SEEDS.glob("*.txt"))]
    return [d.text for d in docs if hasattr(d, "text")] + MADE_UP


@pytest.fixture(scope="module")
def indexes(texts) -> list[TextIndex]:
    return [TextIndex.of(t) for t in texts]


def test_all_han():
    rng = random.Random(3)
    for _ in range(500):
        s = "".join(rng.choice("中文ab1，\u4e00\u9fff\u3400") for _ in range(rng.randint(0, 5)))
        assert all_han(s) == all(is_han(c) for c in s), s


def test_local_towns_are_the_regex_matches(texts):
    for text in texts:
        assert _local_towns(text) == [m.group(1) for m in _LOCAL_TOWN.finditer(text)]


def test_quote_or_age_is_the_lookbehind_pattern(texts):
    old = re.compile(r"”|(?<=\d)[岁后]|(?<=多)岁")
    for text in texts + ["５岁", "岁", "后"]:
        assert list(_quote_or_age(text)) == [m.start() for m in old.finditer(text)]


def test_sentence_spans(texts):
    for text in texts:
        out, start = [], 0
        for m in re.finditer(r"[。！？!?\n]", text):
            out.append((start, m.end()))
            start = m.end()
        if start < len(text):
            out.append((start, len(text)))
        assert sentence_spans(text) == out


def _sentence(starts: list[int], pos: int) -> int:
    return max(k for k, a in enumerate(starts) if a <= pos)


def test_dated_sentences(texts):
    for text in texts + ["1月2日。3月4日至5日！2020年6月7日\n月8日。x9月1日"]:
        starts = [a for a, _ in sentence_spans(text)]
        full = {_sentence(starts, m.start()) for m in _DATE.finditer(text)}
        core = {_sentence(starts, m.start()) for m in _DATE_CORE.finditer(text)
                if text[m.start() - 1:m.start()].isdecimal()}
        assert full == core


def _name_start_plain(idx: TextIndex, end: int, max_chars: int = 16) -> int:
    """The walk as first written, one test after another on each token."""
    stops = lexicon.stopwords()
    titles = _titles()
    i = end
    while i > 0 and end - i < max_chars:
        tok = idx.token_before(i)
        if tok is None:
            break
        word = tok.text
        if any(not is_han(ch) for ch in word):
            break
        if word in stops:
            break
        if len(word) >= 2 and word[-1] == "是" and tok.tag in ("nr", "x?", "v"):
            break
        if word[0] in "该本全我其此这那各每" and len(word) <= 2 and not idx.is_place_word(word):
            break
        if tok.start > 0 and idx.text[tok.start - 1] in "该本其我全" and word in lexicon.org_suffixes():
            break
        if word in titles and word not in _TITLES_IN_NAMES:
            break
        tag = tok.tag
        if idx.is_place_word(word) or (tok.end < len(idx.text) and idx.is_place_word(word + idx.text[tok.end])):
            i = tok.start
            continue
        if len(word) >= 2 and word[0] in GLUED_PREPOSITIONS and (
                idx.is_place_word(word[1:]) or any(word[1:].startswith(b) for b in lexicon.brands())):
            i = tok.start + 1
            break
        if tag in STOP_TAGS and word not in NAME_VERBS:
            break
        if tag == "v" and word not in NAME_VERBS:
            before = idx.token_before(tok.start)
            if not (len(word) == 2 and before is not None and idx.is_place_word(before.text)):
                break
        if tok.start < end - max_chars:
            break
        i = tok.start
    return i


def test_name_start_is_the_plain_walk(indexes):
    for idx in indexes:
        for end in range(len(idx.text) + 1):
            for max_chars in (4, 16, 26):
                assert idx.name_start(end, max_chars) == _name_start_plain(idx, end, max_chars), (idx.text, end)


def _resolve_plain(cands):
    """The overlap policy with a dict of owners, as first written."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), TYPE_PRIORITY.get(c.type, 9), -c.confidence,
                                         c.start, c.rule, c.name))
    owner: dict[int, int] = {}
    kept, seen, span_types = [], set(), {}
    for cand in order:
        if (cand.start, cand.end, cand.type) in seen:
            continue
        owners = {owner.get(i) for i in range(cand.start, cand.end)}
        if owners == {None}:
            ok = True
        elif None in owners or len(owners) > 1:
            outer = [kept[o] for o in owners if o is not None]
            ok = bool(outer) and all(may_nest(o, cand) and o.start <= cand.start and cand.end <= o.end for o in outer)
        else:
            ok = may_nest(kept[next(iter(owners))], cand)
        if not ok or (span_types.get((cand.start, cand.end), set()) - {cand.type} and cand.type not in ("Company", "Organization")):
            continue
        seen.add((cand.start, cand.end, cand.type))
        span_types.setdefault((cand.start, cand.end), set()).add(cand.type)
        kept.append(cand)
        for i in range(cand.start, cand.end):
            owner.setdefault(i, len(kept) - 1)
    return sorted(kept, key=lambda c: (c.start, c.end, c.type, c.name))


def test_overlap_policy_is_the_plain_one_and_keeps_its_result(texts):
    from kg.document import make_document

    for text in texts:
        cands = find_candidates(make_document(text, doc_id="t.txt"))
        kept = resolve_overlaps(cands)
        assert kept == _resolve_plain(cands)
        assert resolve_overlaps(kept) == kept  # why find_entities runs it again only for new candidates


def _typos_plain(text, kept):
    from kg.extract.textindex import Candidate

    taken = [(c.start, c.end) for c in kept]
    out = []
    names = sorted({c.name for c in kept if c.type in ("Company", "Organization") and len(c.name) >= 5})
    types = {c.name: c.type for c in kept if c.type in ("Company", "Organization")}
    for name in names:
        for k in range(len(name) - 1):
            variant = name[:k] + name[k + 1:]
            start = text.find(variant)
            while start >= 0:
                end = start + len(variant)
                if not any(a < end and start < b for a, b in taken):
                    out.append(Candidate(start, end, types[name], "typo-of-name", 0.6, name, kind="typo"))
                    taken.append((start, end))
                start = text.find(variant, start + 1)
    return out


def test_typo_candidates_are_the_plain_search(texts):
    from kg.document import make_document
    from kg.extract.entities import typo_candidates

    extra = "东岭供电局党委书记来到东岭供局和岭供电局，东岭电局也在。"
    for text in texts + [extra]:
        kept = resolve_overlaps(find_candidates(make_document(text, doc_id="t.txt")))
        assert typo_candidates(text, kept) == _typos_plain(text, kept)
    kept = resolve_overlaps(find_candidates(make_document(extra, doc_id="t.txt")))
    assert _typos_plain(extra, kept)  # the made-up text does hold typos


def test_is_role_matches_are_the_lookbehind_matches(texts):
    from kg.extract.person import _IS_ROLE, _is_role_matches

    for text in texts + ["张三是公司的一名员工，李四是的，王五是一名。赵六是好的"]:
        assert [(m.start(1), m.end(2), m.groups()) for m in _is_role_matches(text)] == [
            (m.start(1), m.end(2), m.groups()) for m in _IS_ROLE.finditer(text)]


def test_positions():
    from kg.extract.textindex import positions

    tags = ("n", "nr", "v", "nr", "nr")
    assert positions(tags, "nr") == [1, 3, 4] and positions(tags, "x") == [] and positions((), "n") == []
