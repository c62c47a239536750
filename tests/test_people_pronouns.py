"""他/她 (rel_base._pronoun_references): a resident named as the one served (村民某某, 某某家) is not the
antecedent; the worker named before is (made-up sentences, invented names)."""

from __future__ import annotations

from kg.extract.rel_base import build_context
from test_relations import make

ENTS = {"甲某": "Person", "乙某": "Person"}


def _pronoun_keys(text: str) -> list[str]:
    doc, ents = make(text, ENTS)
    ctx = build_context(doc, ents)
    return [h.key[1] for h in ctx.hits if h.is_reference and h.text in "他她"]


def test_a_resident_is_no_antecedent():
    assert _pronoun_keys("网格员甲某每月走访。村民乙某家线路老化,他带着工具上门。") == ["甲某"]
    assert _pronoun_keys("网格员甲某每月走访。独居老人乙某打来电话,他马上出发。") == ["甲某"]


def test_near_miss_a_worker_named_last_is_the_antecedent():
    assert _pronoun_keys("村民甲某打来电话。网格员乙某接到后,他马上出发。") == ["乙某"]


def test_a_resident_closing_the_sentence_before_is_the_new_topic():
    assert _pronoun_keys("网格员甲某每月走访。记者遇到了村民乙某。他原来在外打工。") == ["乙某"]
