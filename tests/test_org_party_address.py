"""A village's or community's party body written after its address (made-up sentences): the body's name
starts at the village or community, the address stays places of their own, and the village or community
is named too (the schema wants it beside its party branch)."""

from __future__ import annotations

from kg.document import make_document
from kg.extract.entities import find_entities


def _named(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in find_entities(make_document(text, doc_id="a.txt"))}


def test_a_community_body_after_county_and_street():
    got = _named("供电局党委与通海县青柳街道青柳社区党总支签订联建协议。")
    assert ("Organization", "青柳社区党总支") in got
    assert ("Community", "青柳街道") in got and ("Place", "通海县") in got
    assert not any(n.startswith("通海县青柳") for _, n in got)


def test_a_village_beside_its_party_branch():
    got = _named("桥头镇石坝村党支部书记王德明说,村里通了动力电。")
    assert ("Organization", "石坝村党支部") in got
    assert ("Community", "石坝村") in got


def test_a_unit_party_committee_holds_no_community():
    got = _named("青禾供电公司党委召开会议。")
    assert not any(t == "Community" for t, _ in got)


def test_a_company_opening_an_event_name_is_named_too():
    got = _named("班里先后有5人在国网青海省电力有限公司技能竞赛中获奖。")
    assert ("Company", "国网青海省电力有限公司") in got
    assert any(t == "Event" and n.endswith("技能竞赛") for t, n in got)


def test_the_street_and_community_inside_a_party_body_are_placed():
    from kg.extract.relations import find_relations

    doc = make_document("青禾供电所党支部与通海县青柳街道青柳社区党总支签订联建协议。", doc_id="a.txt")
    relations, _ = find_relations(doc, find_entities(doc))
    located = {(r.head[1], r.tail[1]) for r in relations if r.predicate == "locatedIn"}
    assert ("青柳街道", "通海县") in located and ("青柳社区", "青柳街道") in located
    assert ("青柳社区", "通海县") not in located  # the community lies in the street, the nearer place
