"""Scoring rules of kg eval, on hand-made results (no extraction involved)."""

from __future__ import annotations

import json

import pytest

from kg.errors import GoldError
from kg.evaluate import evaluate_results, load_gold, match_entities
from kg.model import Document, DocumentResult, Evidence, LocalEntity, Relation


def _doc(doc_id: str = "a.txt") -> Document:
    text = "某县供电公司总经理张三说。"
    return Document(doc_id=doc_id, path=doc_id, raw=text, text=text, original=text,
                    offset_map=tuple(range(len(text) + 1)), title="T", authors=("李四",))


def _ev(teaser: bool = False) -> tuple[Evidence, ...]:
    return (Evidence("a.txt", "s", 0, 1, "r", 0.9, teaser=teaser),)


GOLD = {
    "a.txt": {
        "file": "a.txt", "title": "T", "published": None, "source": None, "authors": ["李四"],
        "entities": [
            {"name": "国网某县供电公司", "type": "Company", "aliases": ["某县供电公司"]},
            {"name": "张三", "type": "Person", "aliases": []},
            {"name": "李四", "type": "Person", "aliases": []},
            {"name": "远方公司", "type": "Company", "aliases": [], "note": "related-teaser"},
        ],
        "relations": [
            {"head": "张三", "relation": "holdsPosition", "tail": "国网某县供电公司", "qualifier": "总经理"},
            {"head": "张三", "relation": "worksFor", "tail": "国网某县供电公司"},
            {"head": "a.txt", "relation": "reportedBy", "tail": "李四"},
        ],
    }
}


def test_alias_match_and_duplicate_is_false_positive():
    found = [LocalEntity("Company", "某县供电公司"), LocalEntity("Company", "国网某县供电公司")]
    mapping = match_entities(found, GOLD["a.txt"]["entities"])
    # the exact canonical name wins; the short form is then an unmerged duplicate
    assert mapping == {("Company", "国网某县供电公司"): 0}
    result = evaluate_results([DocumentResult(_doc(), tuple(found), ())], GOLD)
    assert result.entities["Company"].tp == 1
    assert result.entities["Company"].fp == 1


def test_relations_scored_with_title_and_reporter():
    ents = (LocalEntity("Company", "某县供电公司"), LocalEntity("Person", "张三"), LocalEntity("Person", "李四"))
    rels = (
        Relation(("Person", "张三"), "holdsPosition", ("Company", "某县供电公司"), _ev(), qualifier="总经理"),
        Relation(("Person", "张三"), "holdsPosition", ("Company", "某县供电公司"), _ev(), qualifier="主任"),
        Relation(("Document", "a.txt"), "reportedBy", ("Person", "李四"), _ev(), qualifier="记者"),
    )
    result = evaluate_results([DocumentResult(_doc(), ents, rels)], GOLD)
    assert result.relations["holdsPosition"].tp == 1
    assert result.relations["holdsPosition"].fp == 1  # wrong title
    assert result.relations["worksFor"].fn == 1
    assert result.relations["reportedBy"].tp == 1
    assert result.entities["Person"].tp == 2
    assert result.metadata["authors"] == [1, 1]


def test_teaser_entities_count_neither_way():
    ents = (LocalEntity("Company", "远方公司"), LocalEntity("Company", "别处公司", teaser_only=True))
    result = evaluate_results([DocumentResult(_doc(), ents, ())], GOLD)
    assert result.entities["Company"].fp == 0
    assert result.entities["Company"].fn == 1  # 国网某县供电公司 missed; the teaser gold entity is not counted


def test_teaser_relations_scored_apart():
    ents = (LocalEntity("Company", "远方公司"), LocalEntity("Person", "张三"))
    rels = (Relation(("Person", "张三"), "worksFor", ("Company", "远方公司"), _ev(teaser=True)),)
    result = evaluate_results([DocumentResult(_doc(), ents, rels)], GOLD)
    assert result.teaser_relations.fp == 1
    assert result.relations.get("worksFor") is None or result.relations["worksFor"].fp == 0


def test_table_and_json_render():
    result = evaluate_results([DocumentResult(_doc(), (LocalEntity("Person", "张三"),), ())], GOLD)
    table = result.to_table(show_misses=True)
    assert "overall" in table and "fn" in table
    data = json.loads(result.to_json())
    assert data["entities"]["Person"]["tp"] == 1


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not valid JSON"),
        ('{"docs": []}', 'no "documents" list'),
        ('{"documents": [{"entities": []}]}', 'no "file"'),
        ('{"documents": [{"file": "a", "entities": [{"name": "x"}]}]}', "lacks name/type"),
    ],
)
def test_malformed_gold(tmp_path, content, message):
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match=message):
        load_gold(path)


def test_missing_gold_file(tmp_path):
    with pytest.raises(GoldError, match="does not exist"):
        load_gold(tmp_path / "nope.json")


def test_type_map_scores_companies_as_organizations():
    from kg.evaluate import map_types

    gold = {"a.txt": {"file": "a.txt", "entities": [{"name": "某某集团", "type": "Organization"}],
                      "relations": []}}
    result = DocumentResult(_doc(), (LocalEntity("Company", "某某集团"), LocalEntity("Event", "某会")), ())
    plain = evaluate_results([result], gold)
    assert plain.entities["Organization"].fn == 1 and plain.entities["Company"].fp == 1
    mapped = evaluate_results([map_types(result, {"Company": "Organization"}, ignore=["Event"])], gold)
    assert mapped.entities["Organization"].tp == 1
    assert mapped.entities["Event"].fp == 0


def test_cli_rejects_bad_type_map(capsys):
    from kg.cli import main

    code = main(["eval", "--gold", "g.json", "--map", "Company:Org", "seeds"])
    err = capsys.readouterr().err
    assert code == 2 and "--map takes FOUND=GOLD" in err


def test_seed_gold_copy_matches_the_shared_original():
    """tests/data/seeds_gold.json is the project's copy of shared/gold/seeds.json (so tests run outside this
    workplace); where the original is beside the repository, the copy must equal it."""
    from conftest import GOLD, ROOT

    original = ROOT.parent / "shared" / "gold" / "seeds.json"
    copy = json.loads(GOLD.read_text(encoding="utf-8"))
    assert len(copy["documents"]) == 5
    if original.exists():
        assert copy == json.loads(original.read_text(encoding="utf-8")), "refresh tests/data/seeds_gold.json from shared/gold"


def test_quotation_marks_do_not_decide_a_match():
    gold = [{"name": "电力网格进社区专项行动", "type": "Event", "aliases": []}]
    assert match_entities([LocalEntity("Event", "“电力网格进社区”专项行动")], gold) == {
        ("Event", "“电力网格进社区”专项行动"): 0}
    assert match_entities([LocalEntity("Event", "电力网格专项行动")], gold) == {}


def test_character_width_does_not_decide_a_match():
    gold = [{"name": "２２０千伏某变电站投运", "type": "Event", "aliases": []}]
    assert match_entities([LocalEntity("Event", "220千伏某变电站投运")], gold) == {("Event", "220千伏某变电站投运"): 0}
    assert match_entities([LocalEntity("Event", "110千伏某变电站投运")], gold) == {}


def test_a_title_repeating_its_party_body_equals_the_bare_title():
    from kg.evaluate import _title_in

    assert _title_in("党支部书记", "某村党支部") == _title_in("书记", "某村党支部") == "书记"
    assert _title_in("党委副书记", "某公司党委") == "副书记"
    # held at the company itself, the party word is part of the title
    assert _title_in("党委书记", "某供电公司") == "党委书记"
    assert _title_in("党支部", "某村党支部") == "党支部"
