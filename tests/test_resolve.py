"""Resolution policies, alone, and resolve_corpus over hand-made document results."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.document import make_document
from kg.iri import entity_iri
from kg.model import DocumentResult, Evidence, LocalEntity, Mention, Relation, Skipped
from kg.resolve import alias_key, brand_key, choose_canonical, is_typo_of, resolve_corpus


@pytest.mark.parametrize("a,b", [
    ("国网江苏省电力有限公司", "国网江苏电力"),
    ("国网江苏省电力有限公司", "江苏电力公司"),
    ("青海省电力公司", "国网青海电力"),
    ("桐庐县供电公司", "国网桐庐县供电公司"),
    ("江苏南京供电公司", "南京供电公司"),
    ("国网聊城供电公司", "国网聊城电力"),
    ("江苏电力检修公司", "国网江苏检修公司"),
    ("国家电网公司", "国家电网有限公司"),
])
def test_alias_key_merges_short_forms(a, b):
    assert alias_key("Company", a) == alias_key("Company", b)


@pytest.mark.parametrize("a,b", [
    ("南京供电公司", "徐州供电公司"),
    ("徐州供电公司", "徐州供电公司综合服务中心"),
    ("东岭供电局", "东岭市郊供电局"),
    ("国家电网公司", "南方电网"),
    ("广西电网公司", "国网广西电力"),  # 电网公司 (southern grid) is not 电力 (state grid)
])
def test_alias_key_keeps_different_units_apart(a, b):
    assert alias_key("Company", a) != alias_key("Company", b)


def test_alias_key_for_places_and_persons():
    assert alias_key("Place", "桐庐") == alias_key("Place", "桐庐县")
    assert alias_key("Person", "王伟") == "王伟"
    assert brand_key("国网") == "国家电网" and brand_key("国网江苏电力") is None


def test_typos():
    assert is_typo_of("东岭供局", "东岭供电局") and is_typo_of("岭供电局", "东岭供电局")
    assert not is_typo_of("东岭供电所", "东岭供电局")  # different ending
    assert not is_typo_of("供电局", "东岭供电局")  # two characters missing


def test_choose_canonical_is_fullest_then_frequent():
    assert choose_canonical(["青田供电局", "东岭青田供电局"]) == "东岭青田供电局"
    assert choose_canonical(["甲乙", "丙丁"], Counter({"丙丁": 3})) == "丙丁"
    assert choose_canonical(["丙丁", "甲乙"]) == "丙丁"


def _result(doc_id: str, text: str, entities, relations=()) -> DocumentResult:
    return DocumentResult(make_document(text, doc_id=doc_id), tuple(entities), tuple(relations))


def _ent(type_, name, text, aliases=()):
    start = text.index(name)
    return LocalEntity(type_, name, tuple(aliases), (Mention(start, start + len(name), name, type_, "t"),))


def test_resolve_corpus_merges_across_documents_and_remaps_relations():
    t1 = "国网桐庐县供电公司总经理王伟到场。"
    t2 = "桐庐县供电公司员工王伟值守。"
    ev1 = Evidence("a.txt", t1, 0, len(t1), "r", 0.9)
    ev2 = Evidence("b.txt", t2, 0, len(t2), "r", 0.8)
    r1 = _result("a.txt", t1, [_ent("Company", "国网桐庐县供电公司", t1), _ent("Person", "王伟", t1)],
                 [Relation(("Person", "王伟"), "worksFor", ("Company", "国网桐庐县供电公司"), (ev1,))])
    r2 = _result("b.txt", t2, [_ent("Company", "桐庐县供电公司", t2), _ent("Person", "王伟", t2)],
                 [Relation(("Person", "王伟"), "worksFor", ("Company", "桐庐县供电公司"), (ev2,)),
                  Relation(("Document", "b.txt"), "reportedBy", ("Person", "王伟"), (ev2,), "记者")])
    corpus = resolve_corpus([r2, r1], [Skipped("x.bin", "binary")], base="http://x/")
    companies = [e for e in corpus.entities if e.type == "Company"]
    assert len(companies) == 1
    company = companies[0]
    assert company.name == "国网桐庐县供电公司" and company.aliases == ("桐庐县供电公司",)
    assert company.id == entity_iri("Company", "国网桐庐县供电公司", base="http://x/")
    assert company.documents == ("a.txt", "b.txt")
    works = [r for r in corpus.relations if r.predicate == "worksFor"]
    assert len(works) == 1 and len(works[0].evidence) == 2
    assert works[0].tail == ("Company", company.id)
    reported = next(r for r in corpus.relations if r.predicate == "reportedBy")
    assert reported.head == ("Document", "b.txt")
    assert [d.doc_id for d in corpus.documents] == ["a.txt", "b.txt"]
    assert corpus.skipped == (Skipped("x.bin", "binary"),)


def test_persons_merge_only_on_identical_names():
    t1, t2 = "员工王伟值守。", "员工王伟强值守。"
    corpus = resolve_corpus([_result("a.txt", t1, [_ent("Person", "王伟", t1)]),
                             _result("b.txt", t2, [_ent("Person", "王伟强", t2)])])
    assert sorted(e.name for e in corpus.entities) == ["王伟", "王伟强"]


def test_traditional_surface_forms_become_hant_labels():
    doc = make_document("國網尉氏縣供電公司", doc_id="t.txt")
    name = doc.text
    ent = LocalEntity("Company", name, (), (Mention(0, len(name), name, "Company", "t"),))
    corpus = resolve_corpus([DocumentResult(doc, (ent,), ())])
    assert corpus.entities[0].hant_labels == ("國網尉氏縣供電公司",)


def test_output_is_deterministic():
    t1 = "国网桐庐县供电公司总经理王伟到场。"
    results = [_result("a.txt", t1, [_ent("Company", "国网桐庐县供电公司", t1), _ent("Person", "王伟", t1)])]
    assert resolve_corpus(results) == resolve_corpus(list(reversed(results)))


def test_evidence_differing_only_in_the_teaser_flag_in_one_order_whatever_the_hash_seed():
    """Evidence is deduplicated through a set: equal sort keys would leave the order to the set, which
    changes with PYTHONHASHSEED. Every field is in the key, so each seed gives the same tuple."""
    import subprocess
    import sys

    code = ("from kg.model import Evidence; from kg.resolve import _evidence_order; "
            "evs = [Evidence('a.txt', '句子。', 0, 3, 'r', 0.9, teaser=t) for t in (True, False)]; "
            "print([e.teaser for e in sorted(set(evs), key=_evidence_order)])")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in range(1, 7)}
    assert outs == {"[False, True]\n"}
