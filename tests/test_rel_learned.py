"""The learned relation back-off (kg.extract.rel_learned): name-free features, a deterministic model file,
candidates only where the rules are silent, with evidence naming both ends."""

from __future__ import annotations

import json

import pytest

from kg.extract import rel_learned
from kg.extract.rel_base import build_context
from kg.extract.rel_learned import LearnedModel, Weights, instances, learned_rules, load_model, parse_model
from kg.extract.relations import find_relations
from test_relations import facts, make

VOCAB = frozenset({"帮扶", "驻", "在", "员工", "的", "来到", "结下", "情谊"})


def toy_model(threshold: float = 0.5, **weights: float) -> LearnedModel:
    """servesCommunity when 帮扶 lies between a person and a community or 结下 follows."""
    w = {"b:帮扶": 4.0, "r:结下": 4.0, "t:Person>Community": 0.5, **weights}
    return LearnedModel({"servesCommunity": Weights(-3.0, threshold, w)}, VOCAB, 2)


def test_features_hold_no_name():
    text = "员工张三来到前湾社区帮扶老人。"
    doc, ents = make(text, {"张三": "Person", "前湾社区": "Community"})
    # 张 and 社区 are ordinary words too: masking keeps them out all the same.
    vocab = VOCAB | {"张", "社区", "前湾", "三"}
    got = list(instances(build_context(doc, ents), vocab, 2))
    assert got, "a person and a community in one sentence make a reading"
    for inst in got:
        words = {f.split(":", 1)[1] for f in inst.features if ":" in f}
        assert not words & {"张", "三", "社区", "前湾"}
        assert any(f == "b:来到" for f in inst.features)
        assert "l:员工" in inst.features


def test_readings_follow_the_schema_both_ways():
    doc, ents = make("某县供电公司与某市供电局签约。", {"某县供电公司": "Company", "某市供电局": "Company"})
    got = {(i.head.text, i.predicate, i.tail.text) for i in instances(build_context(doc, ents), VOCAB, 2)}
    assert ("某县供电公司", "subsidiaryOf", "某市供电局") in got
    assert ("某市供电局", "subsidiaryOf", "某县供电公司") in got
    assert not any(p == "servesCommunity" for _, p, _ in got)


def test_learned_candidate_where_rules_are_silent():
    doc, ents = make("张三与前湾社区结下情谊。", {"张三": "Person", "前湾社区": "Community"})
    assert not facts(find_relations(doc, ents, learned=False)[0])
    rels, _ = find_relations(doc, ents, learned=toy_model())
    (rel,) = rels
    assert (rel.head[1], rel.predicate, rel.tail[1]) == ("张三", "servesCommunity", "前湾社区")
    (ev,) = rel.evidence
    assert ev.rule == "learned-servesCommunity"
    assert "张三" in ev.sentence and "前湾社区" in ev.sentence
    assert 0.5 <= ev.confidence < 1


def test_threshold_and_known_facts_hold_it_back():
    doc, ents = make("张三与前湾社区结下情谊。", {"张三": "Person", "前湾社区": "Community"})
    assert not find_relations(doc, ents, learned=toy_model(threshold=0.99))[0]
    ctx = build_context(doc, ents)
    known = {(("Person", "张三"), "servesCommunity", ("Community", "前湾社区"))}
    assert not list(learned_rules(ctx, known, toy_model()))


def test_functional_predicate_keeps_one_tail_and_respects_the_rules():
    model = LearnedModel({"worksFor": Weights(-1.0, 0.5, {"b:的": 3.0, "r:员工": 1.0})}, VOCAB, 2)
    doc, ents = make("张三的甲公司和乙公司员工。", {"张三": "Person", "甲公司": "Company", "乙公司": "Company"})
    ctx = build_context(doc, ents)
    got = list(learned_rules(ctx, set(), model))
    assert len({c.tail for c in got}) == 1
    known = {(("Person", "张三"), "worksFor", ("Company", "丙公司"))}
    assert not list(learned_rules(ctx, known, model))


def test_off_by_flag_and_off_means_rules_only():
    doc, ents = make("张三与前湾社区结下情谊。", {"张三": "Person", "前湾社区": "Community"})
    default = facts(find_relations(doc, ents)[0])
    expected = facts(find_relations(doc, ents, learned=rel_learned.ENABLED)[0])
    assert default == expected
    assert not facts(find_relations(doc, ents, learned=False)[0])


def test_model_text_round_trips_and_is_deterministic():
    model = toy_model(**{"d:4": 0.123456789, "zero": 0.00001})
    text = model.to_json()
    assert text == parse_model(text).to_json()
    data = json.loads(text)
    assert "zero" not in data["predicates"]["servesCommunity"]["weights"]
    assert data["predicates"]["servesCommunity"]["weights"]["d:4"] == 0.1235
    assert parse_model(text).vocabulary == {"帮扶", "结下"}


def test_malformed_model_names_the_file():
    from kg.errors import DataFileError

    with pytest.raises(DataFileError, match="learned.json"):
        parse_model('{"predicates": {"worksFor": {}}}')


def test_shipped_model_is_sane():
    model = load_model()
    assert set(model.predicates) <= set(rel_learned.PREDICATES)
    for w in model.predicates.values():
        assert 0 < w.threshold <= 1
    assert all(1 <= len(word) <= model.max_word for word in model.vocabulary)


def test_fast_score_equals_the_sum_over_spelled_out_features():
    text = "员工张三来到前湾社区,在某县供电公司的帮扶下,李四与前湾社区结下情谊。"
    doc, ents = make(text, {"张三": "Person", "李四": "Person", "前湾社区": "Community", "某县供电公司": "Company"})
    model = LearnedModel({"servesCommunity": Weights(-1.0, 0.5, {"b:帮扶": 1.5, "bh:来到": 0.7, "l:员工": 0.3,
                                                                 "r:结下": 0.4, "ba:来到": 0.2, "hw:员工": 0.1,
                                                                 "p:,": -0.6, "t:Person>Community": 0.5}),
                          "worksFor": Weights(0.2, 0.5, {"bb:的": 0.9, "nt:Community": -0.3})}, VOCAB, 2)
    got = list(instances(build_context(doc, ents), model.vocabulary, model.max_word, ("servesCommunity", "worksFor")))
    assert len(got) >= 4
    for inst in got:
        assert model.score(inst.predicate, *inst.parts) == pytest.approx(model.probability(inst.predicate, inst.features))
    assert len({round(model.score(i.predicate, *i.parts), 6) for i in got}) > 2  # the weights do matter


def test_word_search_is_the_same_for_small_and_big_vocabularies():
    from kg.extract.rel_learned import _occurrences

    text = "驻村工作队队员来到村委会,帮扶困难群众解决用电难题。"
    small = frozenset({"驻村", "工作队", "队员", "来到", "帮扶", "用电难题", "村", "队", "难"})
    big = small | {f"词{i:03d}" for i in range(100)}  # more long words than the small-vocabulary path takes
    assert _occurrences(text, small, 4) == _occurrences(text, big, 4)
    found = {w for _, _, w in _occurrences(text, small, 4)}
    assert found == small


def test_no_reading_reaches_past_a_rival_of_the_head():
    doc, ents = make("张三带领李四与前湾社区结下情谊。", {"张三": "Person", "李四": "Person", "前湾社区": "Community"})
    rules_only = facts(find_relations(doc, ents, learned=False)[0])
    got = facts(find_relations(doc, ents, learned=toy_model(threshold=0.3))[0]) - rules_only
    assert ("李四", "servesCommunity", "前湾社区", None) in got | rules_only
    assert ("张三", "servesCommunity", "前湾社区", None) not in got


def test_shipped_model_proposes_only_the_predicates_switched_on(monkeypatch):
    doc, ents = make("张三与前湾社区结下情谊。", {"张三": "Person", "前湾社区": "Community"})
    ctx = build_context(doc, ents)
    monkeypatch.setattr(rel_learned, "load_model", lambda: toy_model())
    monkeypatch.setattr(rel_learned, "ON", frozenset({"worksFor"}))
    assert not list(learned_rules(ctx, set()))
    assert list(learned_rules(ctx, set(), toy_model())), "a model passed in proposes every predicate it has"
    monkeypatch.setattr(rel_learned, "ON", frozenset({"servesCommunity"}))
    (cand,) = learned_rules(ctx, set())
    assert cand.predicate == "servesCommunity"


def test_switched_on_predicates_are_in_the_shipped_model():
    assert rel_learned.ON <= set(rel_learned.PREDICATES)
    assert rel_learned.ON <= set(load_model().predicates)
