"""Towns and streets written after the division they lie in (made-up sentences), where the word cut hides
the name: a town stem that is a common word, a town opening with a count character, a street after a
district jieba splits."""

from __future__ import annotations

import pytest

from kg.document import make_document
from kg.extract.entities import find_entities


def _named(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in find_entities(make_document(text, doc_id="a.txt"))}


@pytest.mark.parametrize("text, expected", [
    ("在罗田县花园镇花东社区,网格员逐户走访。", {("Place", "花园镇"), ("Community", "花东社区")}),
    ("党员服务队提前走访了莲塘镇程家冈村。", {("Place", "莲塘镇"), ("Community", "程家冈村")}),
    ("供电局在石桥街道、两英镇设置了抢修驻点。", {("Place", "两英镇")}),
    ("在电白区水南街道,抢修队逐户排查。", {("Place", "电白区"), ("Community", "水南街道")}),
])
def test_an_addressed_town_or_street_is_found(text, expected):
    got = _named(text)
    assert expected <= got
    assert not any(t == "Community" and n.endswith("花园") for t, n in got)  # 花园 opens the town's name


@pytest.mark.parametrize("text", ["两镇的群众都用上了电。", "全县各乡镇开展检查。"])
def test_counts_and_kinds_of_towns_are_no_towns(text):
    assert not any(t == "Place" and n[-1] in "镇乡" for t, n in _named(text))


@pytest.mark.parametrize("text, street", [
    ("演练模拟芝罘区幸福街道变电站故障。", "幸福街道"),  # a common word as the stem
    ("工作人员来到管城回族区紫荆山南路街道开展服务。", "紫荆山南路街道"),  # read apart by the word cut
    ("在海拉尔区建设街道的胜利社区。", "建设街道"),
])
def test_a_street_after_its_district_is_named_by_all_between(text, street):
    got = _named(text)
    assert ("Community", street) in got
    assert not any(t == "Community" and n != street and street.endswith(n) for t, n in got)


@pytest.mark.parametrize("text", ["全市各区街道都行动起来。", "海拉尔区主要街道都亮起了路灯。"])
def test_kinds_of_streets_after_a_district_are_no_names(text):
    assert not any(t == "Community" for t, _ in _named(text))


@pytest.mark.parametrize("text", ["来自揭东、揭西、惠来等供电局的新员工参加培训。", "长葛、禹州、鄢陵4家县供电公司参赛。",
                                  "城中、鱼峰、柳北三个供电分局参加。"])
def test_places_naming_listed_units_are_no_places(text):
    assert not any(t == "Place" for t, _ in _named(text))


def test_a_list_of_places_is_still_places():
    assert {("Place", "长沙"), ("Place", "株洲")} <= _named("在长沙、株洲等地开展活动。")


def test_a_kind_of_team_is_no_team():
    assert not any(t == "Company" for t, _ in _named("所长许少鹏带领抢修班组赶到现场。"))
    assert ("Company", "青禾供电所抢修班") in _named("青禾供电所抢修班班长王强说。")


def test_a_village_after_its_town_whose_suffix_the_cut_glues_on():
    got = _named("该局为石桥镇古井村英歌舞巡游活动安排了专人值守。")
    assert ("Community", "古井村") in got
    assert ("Community", "长虹村") in _named("在柳市镇长虹村村民家中。")
    assert not any(t == "Community" for t, _ in _named("该乡不少村都通了电。"))


def test_a_whole_village_is_the_village():
    got = _named("沅陵遭遇特大暴雨,官庄镇青山村整村停电。")
    assert ("Community", "青山村") in got and not any(n.endswith("整村") for _, n in got)


def test_a_village_after_a_tourist_zone():
    got = _named("供电局党委与涠洲岛旅游区南湾村党支部举行结对帮扶签约仪式。")
    assert ("Place", "涠洲岛旅游区") in got and ("Community", "南湾村") in got
