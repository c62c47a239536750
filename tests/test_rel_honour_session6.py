"""Honours whose kind names their giver (五一劳动奖章 by the level's 总工会, 三八红旗手 by its 妇联): made-up
sentences with invented names (rules alone), each with a near miss."""

from __future__ import annotations

from kg.extract import relations
from test_relations import facts, make


def _run(text: str, entities: dict[str, str]) -> set[tuple[str, str, str, str | None]]:
    doc, ents = make(text, entities)
    return facts(relations.find_relations(doc, ents, learned=False)[0])


BODIES = {"青禾市总工会": "Organization", "青禾市妇女联合会": "Organization", "张青禾": "Person",
          "甲水务公司": "Company", "苗岭省总工会": "Organization"}


def test_a_level_s_union_gives_its_may_day_medal() -> None:
    got = _run("青禾市总工会近日公布表彰名单。甲水务公司工艺主管张青禾荣获“青禾市五一劳动奖章”。", BODIES)
    assert ("张青禾", "honoredBy", "青禾市总工会", "青禾市五一劳动奖章") in got


def test_a_level_s_women_s_federation_gives_its_red_banner() -> None:
    got = _run("青禾市妇女联合会召开大会。甲水务公司工艺主管张青禾去年获评青禾市三八红旗手。", BODIES)
    assert ("张青禾", "honoredBy", "青禾市妇女联合会", "青禾市三八红旗手") in got


def test_a_union_of_another_level_gives_nothing() -> None:
    got = _run("苗岭省总工会近日公布表彰名单。甲水务公司工艺主管张青禾荣获“青禾市五一劳动奖章”。", BODIES)
    assert not any(f[1] == "honoredBy" for f in got)
