"""Entity recognizers, one by one, with negative cases; then find_entities on made-up and seed texts."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from kg.document import load_document, make_document
from kg.extract.community import find_communities
from kg.extract.entities import find_entities
from kg.extract.event import find_events
from kg.extract.org import find_brands, find_media, find_orgs
from kg.extract.overlap import resolve_overlaps
from kg.extract.person import find_persons
from kg.extract.place import find_places
from kg.extract.textindex import Candidate, TextIndex
from kg.model import Repair

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "data" / "unseen"


def names(cands):
    return {c.name for c in cands}


# --- organisations ----------------------------------------------------------------------------------

def test_org_chain_and_its_parent():
    found = names(find_orgs(TextIndex.of("他是岳阳市郊供电局青石岭供电所员工。")))
    assert {"岳阳市郊供电局", "岳阳市郊供电局青石岭供电所"} <= found


def test_org_needs_a_proper_name():
    found = names(find_orgs(TextIndex.of("公司召开会议，该公司员工和供电公司职工参加。")))
    assert found == set()


def test_org_place_and_brand_prefixes():
    found = names(find_orgs(TextIndex.of("根据国网河南省电力公司安排，国网兰考县供电公司总经理到场。")))
    assert {"国网河南省电力公司", "国网兰考县供电公司"} <= found
    assert not any(n.startswith("根据") for n in found)


def test_org_suffix_typo_is_repaired():
    found = find_orgs(TextIndex.of("突击队连夜为临川疾病预防控中心处理故障。"))
    assert "临川疾病预防控制中心" in names(found)


def test_party_body_needs_a_named_parent():
    assert names(find_orgs(TextIndex.of("公司党委高度重视。"))) == set()
    assert "岳阳供电局党委" in names(find_orgs(TextIndex.of("岳阳供电局党委高度重视。")))


def test_generic_team_is_not_an_entity_named_one_is():
    assert not any("突击队" in n for n in names(find_orgs(TextIndex.of("该公司共组建党员突击队11支。"))))
    assert "应急供电志愿者服务队" in names(find_orgs(TextIndex.of("公司成立应急供电志愿者服务队，日夜值守。")))


def test_media_lists_and_brands():
    idx = TextIndex.of("报道被人民日报、晋阳快讯等转发。")
    assert {"人民日报", "晋阳快讯"} <= names(find_media(idx))
    assert "南方电网" in names(find_brands(TextIndex.of("推广南方电网APP。")))


# --- persons ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("县供电公司总经理郝建平来到现场。", {"郝建平"}),
    ("老党员钱立新、俞国栋等志愿者吃住在单位。", {"钱立新", "俞国栋"}),
    ("“必须守住底线。”蔡卫东说。", {"蔡卫东"}),
    ("80多岁的居民冉秀芝说。", {"冉秀芝"}),
    ("党委书记晏平在会上讲话。", {"晏平"}),
    ("(责编:覃丽)", {"覃丽"}),
])
def test_persons_confirmed_by_context(text, expected):
    assert names(find_persons(TextIndex.of(text))) == expected


@pytest.mark.parametrize("text", [
    "从星夜集结的步履匆匆，到成功通电。",
    "洪水消退，群众回迁。",
    "坚决杜绝无防护上岗。",
    "全厂干部职工闻令而动。",
    "号召广大党员和职工守望相助。",
    "员工关爱行动持续开展。",
])
def test_words_that_look_like_names_are_not_persons(text):
    assert names(find_persons(TextIndex.of(text))) == set()


def test_accepted_name_is_found_everywhere():
    cands = find_persons(TextIndex.of("员工贺文涛到岗。贺文涛每天第一个来。"))
    assert [c.start for c in cands] == [2, 8]


# --- communities and places -------------------------------------------------------------------------

def test_street_prefix_is_split_off():
    cands = find_communities(TextIndex.of("党员被青石街道明德社区授予称号。"))
    assert {"青石街道", "明德社区"} <= names(cands)
    assert any(c.kind == "prefixed" and c.name == "明德社区" for c in cands)


@pytest.mark.parametrize("text", ["组织基层供电所走进全县73个脱贫村。", "受灾较重村庄重建。", "协助社区开展防控。"])
def test_common_words_before_community_suffixes(text):
    assert names(find_communities(TextIndex.of(text))) == set()


def test_places_from_gazetteer_and_suffixes():
    found = names(find_places(TextIndex.of("兰考县多条河流漫堤，紧急驰援黄沟河，赶往仪封镇。")))
    assert {"兰考县", "黄沟河", "仪封镇"} <= found
    assert not any(n.endswith("河流") for n in found)


def test_place_inside_an_entity_name_is_dropped_by_overlap():
    org = Candidate(0, 9, "Organization", "org", 0.9, "仪封镇中心卫生院")
    place = Candidate(0, 3, "Place", "place", 0.7, "仪封镇")
    assert resolve_overlaps([org, place]) == [org]


def test_person_beats_place_inside_the_name():
    person = Candidate(2, 5, "Person", "p", 0.8, "周长春")
    place = Candidate(3, 5, "Place", "g", 0.7, "长春")
    assert resolve_overlaps([place, person]) == [person]


def test_org_chains_nest():
    chain = Candidate(0, 12, "Company", "org", 0.9, "岳阳市郊供电局青石岭供电所")
    parent = Candidate(0, 7, "Company", "org", 0.9, "岳阳市郊供电局")
    assert len(resolve_overlaps([chain, parent])) == 2


# --- events -----------------------------------------------------------------------------------------

def test_event_patterns():
    text = ("3月2日，公司召开了月度安全例会。深入开展安全生产专项整治三年行动，打响疫情防控阻击战。"
            "推进“电亮乡村”活动。学习“两学一做”主题教育。")
    found = names(find_events(TextIndex.of(text)))
    assert {"月度安全例会", "安全生产专项整治三年行动", "疫情防控阻击战", "电亮乡村", "“两学一做”主题教育"} <= found


def test_meeting_without_a_date_is_not_an_event():
    assert names(find_events(TextIndex.of("他在专题会议上讲话。"))) == set()


def test_disaster_per_date():
    found = names(find_events(TextIndex.of("6月3日和6月9日，城关两次遭受大暴雨侵袭。")))
    assert {"6月3日大暴雨", "6月9日大暴雨"} <= found


# --- find_entities ----------------------------------------------------------------------------------

def test_find_entities_aliases_typos_and_references():
    text = ("临川供电局党委书记郝平说。临川供电局党委召开会议。临川供局党委高度重视。川供电局加强服务。"
            "2月4日，该局党员突击队为临川县养老院开展保供电检查。")
    ents = {(e.type, e.name): e for e in find_entities(make_document(text, doc_id="t.txt"))}
    bureau = ents[("Company", "临川供电局")]
    assert {"川供电局"} <= set(bureau.aliases)
    assert any(m.is_reference and m.text == "该局" for m in bureau.mentions)
    assert "临川供局党委" in ents[("Organization", "临川供电局党委")].aliases
    assert ("Person", "郝平") in ents
    for e in ents.values():
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_unrepaired_mojibake_spans_make_no_entities():
    text = "总经理郝建平来到现场。"
    base = make_document(text, doc_id="m.txt")
    repair = Repair("mojibake-unrepaired", base.offset_map[3], base.offset_map[6], "??", "??")
    doc = dataclasses.replace(base, repairs=(repair,))
    assert not any(e.type == "Person" for e in find_entities(doc))


@pytest.fixture(scope="session")
def seed_docs():
    return [load_document(str(p), p.name) for p in sorted((ROOT / "seeds").glob("*.txt"))]


def test_seed_mentions_point_into_the_text_and_sort(seed_docs):
    for doc in seed_docs:
        ents = find_entities(doc)
        assert ents == sorted(ents, key=lambda e: (e.type, e.name))
        for e in ents:
            for m in e.mentions:
                assert doc.text[m.start:m.end] == m.text


def test_teaser_only_entities(seed_docs):
    doc = next(d for d in seed_docs if any(s.kind == "teaser" for s in d.sections))
    ents = find_entities(doc)
    assert any(e.teaser_only for e in ents) and any(not e.teaser_only for e in ents)
    for e in ents:
        if e.teaser_only:
            assert all(doc.section_kind(m.start) == "teaser" for m in e.mentions)


def test_deterministic(seed_docs):
    assert find_entities(seed_docs[0]) == find_entities(seed_docs[0])


def _score(gold_path: Path, docs):
    from kg.evaluate import evaluate_results, load_gold
    from kg.model import DocumentResult

    results = [DocumentResult(d, tuple(find_entities(d)), ()) for d in docs]
    return evaluate_results(results, load_gold(gold_path))


def test_unseen_articles_score():
    docs = [load_document(str(p), p.name) for p in sorted(UNSEEN.glob("*.txt"))]
    result = _score(UNSEEN / "gold.json", docs)
    overall = result._overall(result.entities)
    assert len(docs) >= 5 and overall.f1 >= 0.85



def test_gold_json_is_valid():
    data = json.loads((UNSEEN / "gold.json").read_text(encoding="utf-8"))
    assert all(e["name"] and e["type"] for d in data["documents"] for e in d["entities"])
