"""Partners that hold an event with its subject (甲还与乙联合开展 / 甲联合乙、丙开展): made-up sentences with
invented names (rules alone, learned=False), each with a near miss."""

from __future__ import annotations

from kg.extract import relations
from test_relations import facts, make


def _run(text: str, entities: dict[str, str]) -> set[tuple[str, str, str, str | None]]:
    doc, ents = make(text, entities)
    return facts(relations.find_relations(doc, ents, learned=False)[0])


UNITS = {"甲供电公司": "Company", "乙县应急管理局": "Organization", "丙镇人民政府": "Organization",
         "青禾应急演练": "Event"}


def test_a_partner_named_after_with_holds_the_event_with_a_subject_in_an_earlier_clause() -> None:
    got = _run("据了解,甲供电公司今年已组建应急队伍,汛期前还与乙县应急管理局联合开展了青禾应急演练。", UNITS)
    assert ("青禾应急演练", "organizedBy", "乙县应急管理局", None) in got
    assert ("青禾应急演练", "organizedBy", "甲供电公司", None) in got
    assert ("乙县应急管理局", "participatedIn", "青禾应急演练", None) not in got


def test_every_unit_allied_before_the_verb_holds_the_event() -> None:
    got = _run("此外,甲供电公司联合乙县应急管理局、丙镇人民政府在某街道开展了青禾应急演练。", UNITS)
    assert ("青禾应急演练", "organizedBy", "乙县应急管理局", None) in got
    assert ("青禾应急演练", "organizedBy", "丙镇人民政府", None) in got


def test_units_only_joined_by_huitong_are_not_partners() -> None:
    got = _run("春运期间,甲供电公司还会同乙县应急管理局、丙镇人民政府开展了青禾应急演练。", UNITS)
    assert ("青禾应急演练", "organizedBy", "丙镇人民政府", None) not in got


TEAM = {"青禾志愿服务队": "Organization", "青禾一家亲": "Event"}


def test_a_team_holds_a_campaign_named_before_its_theme_words() -> None:
    got = _run("11月10日,青禾志愿服务队来到某县某镇某村,开展“青禾一家亲”主题志愿服务活动。", TEAM)
    assert ("青禾一家亲", "organizedBy", "青禾志愿服务队", None) in got


def test_a_practice_campaign_after_its_name_is_only_joined() -> None:
    got = _run("11月10日,青禾志愿服务队来到某县某镇某村,开展“青禾一家亲”实践活动。", TEAM)
    assert ("青禾一家亲", "organizedBy", "青禾志愿服务队", None) not in got


HOSTS = {"甲能源公司": "Company", "乙风电公司": "Company", "丙光伏公司": "Company", "丁市总工会": "Organization",
         "青禾劳动竞赛": "Event", "青禾敲门行动": "Event", "营销部": "Company"}


def test_every_host_listed_after_the_first_organises_the_event() -> None:
    got = _run("青禾劳动竞赛由甲能源公司主办,旗下乙风电公司、丙光伏公司承办,历时8个月。", HOSTS)
    assert {("青禾劳动竞赛", "organizedBy", u, None) for u in ("甲能源公司", "乙风电公司", "丙光伏公司")} <= got


def test_hosts_without_you_name_the_organisers_only_before_de() -> None:
    got = _run("11月12日,在丁市总工会主办、乙风电公司承办的青禾劳动竞赛中,甲某获得一等奖。", HOSTS)
    assert ("青禾劳动竞赛", "organizedBy", "乙风电公司", None) in got
    got = _run("丁市总工会主办,乙风电公司承办。青禾劳动竞赛历时8个月。", HOSTS)
    assert ("青禾劳动竞赛", "organizedBy", "乙风电公司", None) not in got


def test_a_department_after_you_and_the_writer_s_own_body_organises_the_event() -> None:
    got = _run("“青禾敲门行动”由该公司营销部牵头组织,网格员每月入户走访一次。", HOSTS)
    assert ("青禾敲门行动", "organizedBy", "营销部", None) in got
