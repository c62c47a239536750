"""The shortcuts that keep relation extraction fast must never change what it finds.

Rules skip sentences by a cheap word test before their patterns run; each test here checks that a word
test passes wherever its pattern matches (random strings over the pattern's own characters, plus the
real sentences of the seed and dev articles), and that the per-document indexes agree with a plain scan.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg.document import load_document
from kg.extract import rel_base, rel_events, rel_positions, rel_reporters, rel_subsidiary
from kg.extract.rel_base import build_context
from kg.extract.relations import find_relations
from test_relations import make

ROOT = Path(__file__).resolve().parent.parent
#: Characters that bound clauses and open names: they matter to the patterns' lookarounds.
_PUNCT = ",，。;；:：、“”\"在的是了"


def _texts() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data").glob("dev*/*.txt"))
    out = []
    for p in paths:
        doc = load_document(str(p), p.name)
        if hasattr(doc, "text"):  # a Skipped file has none
            out.extend(doc.text[s.start:s.end] for s in doc.sentences)
    return out


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return _texts()


def _random_strings(pattern: str, n: int = 6000, seed: int = 7) -> list[str]:
    """Strings over the CJK characters of ``pattern`` and some punctuation (so that its words do occur)."""
    chars = sorted({ch for ch in pattern if "\u4e00" <= ch <= "\u9fff"} | set(_PUNCT))
    rng = random.Random(seed)
    return ["".join(rng.choice(chars) for _ in range(rng.randint(1, 14))) for _ in range(n)]


#: Made-up strings that match the rarer patterns (each must still pass its word test).
_EXAMPLES = ["他和同事", "带着老的同事", "本次竞赛中", "赛后,", "颁奖仪式上", "该项保电任务", "活动现场", "施工期间",
             "会上", "此次会议", "演练结束", "投运当天", "按照", "某地根据", "编辑:", "【责任编辑 ", "文/图 ",
             "服务队队长", "和队员", "工作组组员", ",大会由", "在会上", "他说", "省公司", "的省公司"]

_CHECKS = [
    # (what, the pattern's search, the word test that must pass wherever it matches)
    *[(f"refers-{i}", cue.search, words.search)
      for i, ((cue, _), words) in enumerate(zip(rel_events._REFERS, rel_events._REFER_WORDS))],
    ("head-scene", re.compile(rel_events._HEAD_SCENE).search, rel_events._SCENE_WORDS.search),
    ("any-word-scene", re.compile(rel_events._HEAD_SCENE).search, rel_events._ANY_WORD.search),
    *[(f"any-word-{i}", cue.search, rel_events._ANY_WORD.search) for i, (cue, _) in enumerate(rel_events._REFERS)],
    ("fronted", rel_subsidiary._FRONTED.search, rel_subsidiary._FRONTED_WORD.search),
    ("byline-role", rel_reporters._ROLE_BEFORE.search, rel_reporters._ROLE_WORD.search),
    ("team-title", rel_positions._TEAM_TITLE.search, re.compile("队长|队员|组长|组员").search),
    ("colleagues", rel_positions._COLLEAGUES.search, re.compile("同事").search),
    ("event-head", rel_base._EVENT_HEAD.search, rel_base._EVENT_HEAD_ANYWHERE.search),
    ("province-company", rel_base._PROVINCE_COMPANY_REF.search, re.compile("省公司").search),
    ("operation-work", rel_events._OPERATION_WORK.search, rel_events._OPERATION_WORDS.search),
    ("directed", rel_subsidiary._DIRECTED.search, rel_subsidiary._DIRECTED_WORD.search),
    ("joins", rel_events._JOINS.search, rel_events._JOIN_WORDS.search),
    ("honoured", rel_events._HONOURED.search, rel_events._JOIN_WORDS.search),
]


@pytest.mark.parametrize(("what", "pattern", "words"), _CHECKS, ids=[c[0] for c in _CHECKS])
def test_word_test_passes_wherever_the_pattern_matches(what, pattern, words, sentences):
    source = getattr(getattr(pattern, "__self__", None), "pattern", "")
    matched = 0
    for s in _random_strings(source) + _EXAMPLES + sentences:
        if pattern(s):
            matched += 1
            assert words(s), f"{what}: the word test skips {s!r}, which the pattern matches"
    assert matched > 0, f"{what}: no string exercised the pattern"


def test_views_naming_agrees_with_a_scan_of_every_sentence():
    text = "某市供电局所属某县供电局成立服务队。某县供电局张三来到某村。该局李四也来了。"
    doc, ents = make(text, {"某市供电局": "Company", "某县供电局": "Company", "张三": "Person", "李四": "Person",
                            "某村": "Community", "服务队": "Organization"})
    ctx = build_context(doc, ents)
    for key in ctx.entities:
        assert ctx.views_naming(key) == [v for v in ctx.sentences if key in v.named_keys()]
        assert ctx.views_naming(key, nested=False) == [v for v in ctx.sentences if any(h.key == key for h in v.hits)]


def test_sentence_views_know_their_types_and_events():
    text = "某公司召开安全大会。张三出席。"
    doc, ents = make(text, {"某公司": "Company", "安全大会": "Event", "张三": "Person"})
    ctx = build_context(doc, ents)
    for v in ctx.sentences:
        assert v.types == {h.type for h in v.hits}
        assert v.events == [h for h in v.hits if h.type == "Event"]
        assert (v.start, v.end) == (v.sentence.start, v.sentence.end)
    assert any(v.events for v in ctx.sentences)


def test_a_document_gives_the_same_relations_twice_in_one_process():
    # memoised lookups (titles, leads, provinces, campaign verbs) must not leak one call into the next
    text = "某市供电局所属某县供电局党委书记、局长张三带队参加抢修演练。本次演练中,某县供电局出动队员。"
    ents = {"某市供电局": "Company", "某县供电局": "Company", "张三": "Person", "抢修演练": "Event"}
    first = find_relations(*make(text, ents))
    second = find_relations(*make(text, ents))
    assert first == second
    assert any(r.predicate == "holdsPosition" for r in first[0])


def test_pronoun_scan_finds_what_the_pattern_finds(sentences):
    for s in _random_strings(rel_base._PRONOUN.pattern + "们人乡其吉利") + _EXAMPLES + sentences:
        expected = [(m.span(), m.group()) for m in rel_base._PRONOUN.finditer(s)]
        assert [(m.span(), m.group()) for m in rel_base._pronoun_matches(s)] == expected, s


def _plain_clause_bounds(v, index):
    """clause_bounds as first written: bisect over the breaks, clamped to the sentence."""
    breaks = [v.start + i for i, ch in enumerate(v.text) if ch in rel_base.CLAUSE_BREAK]
    i = sum(1 for b in breaks if b < index)
    lo = breaks[i - 1] + 1 if i > 0 else v.start
    hi = breaks[i] if i < len(breaks) else v.end
    return max(lo, v.start), min(max(hi, index), v.end)


def test_clause_bounds_agree_with_a_plain_scan():
    text = "某公司,张三;李四：王五。,开头逗号,中间,,两个。没有标点的句子。结尾逗号,"
    doc, ents = make(text, {"张三": "Person"})
    ctx = build_context(doc, ents)
    for v in ctx.sentences:
        for index in range(v.start - 2, v.end + 3):
            assert v.clause_bounds(index) == _plain_clause_bounds(v, index), (v.text, index)


def test_views_with_agrees_with_a_scan_of_every_sentence():
    text = "某公司召开安全大会。张三出席。某村。服务队和某公司来到某村。没有名字。"
    doc, ents = make(text, {"某公司": "Company", "安全大会": "Event", "张三": "Person", "某村": "Community",
                            "服务队": "Organization"})
    ctx = build_context(doc, ents)
    tests = {"any": lambda v: bool(v.hits), "2+": lambda v: len(v.hits) >= 2,
             "actor": lambda v: bool(v.types & {"Person", "Company", "Organization"}),
             "unit": lambda v: bool(v.types & {"Company", "Organization"})}
    for kind in ("Person", "Company", "Organization", "Event", "Community", "Place", *tests):
        test = tests.get(kind, lambda v, kind=kind: kind in v.types)
        assert ctx.views_with(kind) == [v for v in ctx.sentences if test(v)], kind
    assert [v.index for v in ctx.sentences] == list(range(len(ctx.sentences)))


def test_extra_hits_are_merged_as_a_full_sort_would():
    hits = [rel_base.Hit(s, e, "x" * (e - s), "Person", ("Person", f"p{s}"), False) for s, e in ((0, 2), (3, 5), (3, 4), (9, 11))]
    extra = [rel_base.Hit(3, 5, "xx", "Person", ("Person", "p3"), False),  # already there
             rel_base.Hit(6, 7, "他", "Person", ("Person", "p0"), True), rel_base.Hit(0, 1, "他", "Person", ("Person", "p0"), True)]
    assert rel_base._with_extra(hits, extra) == sorted(set(hits) | set(extra), key=rel_base._order)


def test_longest_title_ending_is_the_first_title_of_the_lexicon_it_ends_with():
    from kg.extract import rel_backoff

    titles = rel_base.lexicon("titles")
    rng = random.Random(3)
    chars = sorted({ch for t in titles for ch in t} | set("老的名"))
    roles = [*titles, *(rng.choice(["", "老", "副", "一名"]) + t for t in titles),
             *("".join(rng.choice(chars) for _ in range(rng.randint(1, 8))) for _ in range(4000))]
    for role in roles:
        assert rel_backoff._longest_title_ending(role) == next((t for t in titles if role.endswith(t)), None), role


def test_a_pronoun_inside_a_mention_is_no_reference():
    # whether a 他 lies inside a mention is read from the mentions' running furthest end
    text = "张三来到国网某县他山镇供电所。他检查线路,所长李四和他一起。"
    doc, ents = make(text, {"张三": "Person", "李四": "Person", "国网某县他山镇供电所": "Company"})
    ctx = build_context(doc, ents)
    refs = {h.start: h.key for h in ctx.hits if h.is_reference and h.type == "Person"}
    named = [h for h in ctx.hits if not h.is_reference]
    assert not any(h.start <= at < h.end for at in refs for h in named)
    assert text.index("他山") not in refs
    assert refs[text.index("他检查")] == ("Person", "张三")
    assert refs[text.rindex("他")] == ("Person", "李四")


def test_merge_orders_facts_and_evidence_as_the_relations_sort_would():
    from kg.extract.rel_base import Candidate
    from kg.extract.relations import _ORDER, _merge

    text = "某公司张三。某公司李四。"
    ctx = build_context(*make(text, {"某公司": "Company", "张三": "Person", "李四": "Person"}))
    p1, p2, co = ("Person", "张三"), ("Person", "李四"), ("Company", "某公司")
    cands = [Candidate(p2, "holdsPosition", co, 6, 12, "r", 0.66666, "经理"),
             Candidate(p1, "holdsPosition", co, 0, 6, "r", 0.5, None),
             Candidate(p1, "worksFor", co, 6, 12, "r", 0.7),
             Candidate(p1, "worksFor", co, 0, 6, "r", 0.70004),
             Candidate(p1, "worksFor", co, 0, 6, "r", 0.7001),  # same evidence, surer: replaces the one above
             Candidate(p1, "worksFor", co, 0, 6, "r", 0.6)]  # less sure: kept out
    rels = _merge(ctx, cands)
    keys = [(r.head, _ORDER[r.predicate], r.tail, r.qualifier or "") for r in rels]
    assert keys == sorted(keys)
    works = next(r for r in rels if r.predicate == "worksFor")
    assert [(e.start, e.confidence, e.sentence) for e in works.evidence] == [(0, 0.7, "某公司张三。"), (6, 0.7, "某公司李四。")]
    assert next(r for r in rels if r.head == p2).evidence[0].confidence == 0.667
    assert next(r for r in rels if r.head == p1 and r.predicate == "holdsPosition").qualifier is None


def test_department_companies_are_the_companies_named_like_a_department():
    from kg.extract.rel_base import lexicon as rel_lexicon

    text = "某市供电公司营销部和某市供电公司安排某县供电局物资部。某集团检修分场。"
    names = {"某市供电公司营销部": "Company", "某市供电公司": "Company", "某县供电局物资部": "Company",
             "某县供电局": "Company", "某集团检修分场": "Organization"}
    ctx = build_context(*make(text, names))
    dept = rel_lexicon("department_suffixes") + rel_subsidiary._org_departments()
    plain = {k for k, e in ctx.entities.items() if k[0] == "Company" and e.name.endswith(dept)}
    assert rel_subsidiary._department_companies(ctx) == plain
    assert ("Company", "某市供电公司营销部") in plain and ("Company", "某市供电公司") not in plain


def test_compound_parent_reads_the_rest_of_the_name_as_a_slice_would():
    text = "某市供电公司某某供电所的员工。某市供电公司营销部。某市供电公司召开会议。"
    ctx = build_context(*make(text, {"某市供电公司某某供电所": "Company", "某市供电公司": "Company",
                                     "某市供电公司营销部": "Company"}))
    units = rel_base.lexicon("unit_suffixes")
    for key in ctx.entities:
        found = rel_subsidiary.compound_parent(ctx, key)
        plain = None
        for own in ctx.surfaces(key):
            for cut in range(len(own) - 1, 1, -1):
                parent = ctx.by_surface.get(own[:cut])
                if parent is not None and parent != key and own[cut:].endswith(units):
                    if plain is None or cut > len(plain[1]):
                        plain = (parent, own[:cut], own)
                    break
        assert found == plain
        assert rel_subsidiary.compound_parent(ctx, key) == found  # (the memo answers the same)
    assert rel_subsidiary.compound_parent(ctx, ("Company", "某市供电公司某某供电所"))[0] == ("Company", "某市供电公司")


def test_views_with_answers_the_same_whatever_kind_is_asked_first():
    text = "某公司召开安全大会。张三出席。某村。服务队和某公司来到某村。没有名字。"
    made = make(text, {"某公司": "Company", "安全大会": "Event", "张三": "Person", "某村": "Community", "服务队": "Organization"})
    kinds = ["Place", "Person", "any", "Company", "unit", "Organization", "Event", "2+", "Community", "actor", "Document"]
    expected = {k: build_context(*made).views_with(k) for k in kinds}  # each asked first, of its own context
    rng = random.Random(3)
    for _ in range(20):
        ctx = build_context(*made)
        order = rng.sample(kinds, len(kinds))
        for kind in order + order:
            got = ctx.views_with(kind)
            assert [v.index for v in got] == [v.index for v in expected[kind]], (kind, order)
            assert got is ctx.views_with(kind)  # one list per kind, kept
    assert expected["Place"] == [] and [v.index for v in expected["Event"]] == [0]


def test_backoff_gap_never_matches_beyond_the_length_the_verb_loop_allows():
    from kg.extract import rel_backoff

    rng = random.Random(11)
    chars = "甲乙的了好,、\n “"
    matched = 0
    for _ in range(5000):
        gap = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        if rel_backoff._GAP.match(gap):
            matched += 1
            assert len(gap) <= rel_backoff._MAX_GAP + 1, repr(gap)
    assert matched > 0
    assert rel_backoff._GAP.match("甲" * rel_backoff._MAX_GAP + "\n")  # the one character more: a final newline
