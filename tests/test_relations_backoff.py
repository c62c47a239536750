"""Back-off relation rules (kg.extract.rel_backoff) on invented sentences: they add what no specific rule
states, stay out of the guarded cases, and say so in their evidence."""

from __future__ import annotations

from functools import partial

from kg.extract import relations
from test_relations import facts, make, run

#: The rules alone: the learned back-off (rel_learned.ENABLED) may be on in the tree and would add facts.
find_relations = partial(relations.find_relations, learned=False)


def added(text: str, entities: dict[str, str]) -> set[tuple[str, str, str, str | None]]:
    """Facts found with the back-off rules and not without them."""
    doc, ents = make(text, entities)
    with_backoff = facts(find_relations(doc, ents)[0])
    without = facts(find_relations(doc, ents, backoff=False)[0])
    assert without <= with_backoff  # back-off only adds
    return with_backoff - without


def test_participation_with_a_broad_verb():
    assert added("某县供电公司迎战这场特大暴雨。", {"某县供电公司": "Company", "特大暴雨": "Event"}) == {
        ("某县供电公司", "participatedIn", "特大暴雨", None)}
    assert ("某县供电公司", "participatedIn", "防汛抢险", None) in added(
        "某县供电公司坚守在防汛抢险一线。", {"某县供电公司": "Company", "防汛抢险": "Event"})


def test_powering_games_is_not_taking_part():
    assert not added("某县供电公司承担着某市运动会的供电保障任务。",
                     {"某县供电公司": "Company", "某市运动会": "Event"})


def test_party_body_acts_for_its_unit():
    got = added("某县供电公司很忙。某县供电公司党委奋战在疫情防控阻击战一线。",
                {"某县供电公司": "Company", "某县供电公司党委": "Organization", "疫情防控阻击战": "Event"})
    assert got == {("某县供电公司", "participatedIn", "疫情防控阻击战", None)}


def test_a_verb_belongs_to_the_mention_right_after_it():
    # 参加 takes 乙公司's meeting, not the event after it.
    got = added("某县供电公司参加乙公司的年会和防汛演练。",
                {"某县供电公司": "Company", "乙公司": "Company", "防汛演练": "Event"})
    assert not any(f[1] == "participatedIn" for f in got)


def test_service_with_a_broad_verb():
    assert added("张三一早就值守在北岸社区。", {"张三": "Person", "北岸社区": "Community"}) == {
        ("张三", "servesCommunity", "北岸社区", None)}
    assert ("张三", "servesCommunity", "北岸社区", None) in added(
        "张三每周入户北岸社区的老党员家。", {"张三": "Person", "北岸社区": "Community"})


def test_street_office_is_not_served_by_back_off():
    assert not added("张三每周巡查东河街道。", {"张三": "Person", "东河街道": "Community"})


def test_joint_event_has_no_organiser():
    got = added("3月5日,青石供电所与前湾社区举行结对共建签约仪式。",
                {"青石供电所": "Company", "前湾社区": "Community", "结对共建签约仪式": "Event"})
    assert not any(f[1] == "organizedBy" for f in got)


def test_dateline_outlet_does_not_act():
    doc, ents = make("某网5月3日讯 某县供电公司参加抗洪抢险。",
                     {"某网": "Organization", "某县供电公司": "Company", "抗洪抢险": "Event"})
    got = facts(find_relations(doc, ents)[0])
    assert ("某县供电公司", "participatedIn", "抗洪抢险", None) in got
    assert not any(f[0] == "某网" for f in got)


def test_backoff_evidence_names_both_ends_and_is_weaker():
    doc, ents = make("某县供电公司迎战这场特大暴雨。", {"某县供电公司": "Company", "特大暴雨": "Event"})
    (rel,) = find_relations(doc, ents)[0]
    (ev,) = rel.evidence
    assert ev.rule == "backoff-participation"
    assert "某县供电公司" in ev.sentence and "特大暴雨" in ev.sentence
    assert ev.confidence < 0.7


def test_unit_department_person():
    assert ("张三", "worksFor", "某县供电公司", None) in added(
        "某县供电公司运维部张三赶到现场。", {"某县供电公司": "Company", "张三": "Person"})


def test_copula_unit_title_gives_the_bare_title():
    got = added("张三是某县供电公司的一名抢修班长。", {"某县供电公司": "Company", "张三": "Person"})
    assert got == {("张三", "worksFor", "某县供电公司", None), ("张三", "holdsPosition", "某县供电公司", "班长")}
    # 作为U的T is now a specific rule (rel_positions); the fact stays found, whichever rule states it.
    got = run("张三作为某县供电公司的驻村第一书记,常年住在村里。", {"某县供电公司": "Company", "张三": "Person"})
    assert ("张三", "holdsPosition", "某县供电公司", "驻村第一书记") in got or (
        "张三", "holdsPosition", "某县供电公司", "第一书记") in got


def test_copula_without_title_adds_nothing():
    assert not added("张三是某县供电公司的老朋友。", {"某县供电公司": "Company", "张三": "Person"})


def test_scene_clause_places_its_subject():
    ents = {"东城区": "Place", "某市供电公司东城分公司": "Company", "张三": "Person"}
    assert ("某市供电公司东城分公司", "locatedIn", "东城区", None) in added(
        "在东城区,某市供电公司东城分公司的张三驻守医院配电室。", ents)
    # A unit not named after the area, with its employee as the subject: the scene is the person's.
    ents = {"东城区": "Place", "某市供电公司营销中心": "Company", "张三": "Person"}
    assert not added("在东城区,某市供电公司营销中心员工张三报名当志愿者。", ents)
    # 在某市,某公司下属的某县公司…: not the parent.
    ents = {"西河市": "Place", "某市供电公司": "Company", "某县供电公司": "Company"}
    assert not any(f[1] == "locatedIn" and f[0] == "某市供电公司"
                   for f in added("在西河市,某市供电公司下属的某县供电公司出动人员260余人。", ents))


def test_present_at_an_event():
    ents = {"张三": "Person", "防汛工作推进会": "Event"}
    doc, e = make("7月3日晚,张三在刚刚召开的防汛工作推进会上说。", ents)
    assert ("张三", "participatedIn", "防汛工作推进会", None) in facts(find_relations(doc, e)[0])
    # 在 with another mention between it and the event: not this rule's shape.
    ents = {"张三": "Person", "李四": "Person", "抗洪抢险": "Event"}
    got = facts(find_relations(*make("张三在李四组织的抗洪抢险中受伤。", ents))[0])
    assert ("李四", "participatedIn", "抗洪抢险", None) not in got


def alone(text: str, entities: dict[str, str]) -> set[tuple[str, str, str, str | None]]:
    """Facts of the back-off rules alone (no specific family ran)."""
    doc, ents = make(text, entities)
    return facts(find_relations(doc, ents, rules=())[0])


def test_unit_launching_a_campaign_organises_it():
    ents = {"某县供电公司": "Company", "“电暖万家”专项行动": "Event"}
    assert alone("今年以来,某县供电公司组织开展“电暖万家”专项行动。", ents) == {
        ("“电暖万家”专项行动", "organizedBy", "某县供电公司", None)}
    ents = {"某省电力公司": "Company", "西河市": "Place", "清洁取暖推进会": "Event"}
    assert alone("某省电力公司在西河市召开清洁取暖推进会。", ents) == {
        ("清洁取暖推进会", "organizedBy", "某省电力公司", None)}


def test_affiliated_unit_convenes_and_official_leads():
    ents = {"某省电力公司": "Company", "某市供电公司": "Company", "防台调度会": "Event"}
    got = alone("9月13日,某省电力公司所属某市供电公司召开防台调度会。", ents)
    assert got == {("防台调度会", "organizedBy", "某市供电公司", None)}
    # An official leading an inspection takes part in it; the unit does not organise it.
    ents = {"某市供电局": "Company", "张三": "Person", "保供电巡视": "Event"}
    assert not any(f[1] == "organizedBy" for f in alone("某市供电局局长张三带队到医院开展保供电巡视。", ents))


def test_joint_or_relative_clause_is_not_organising():
    ents = {"某水电公司": "Company", "“护线宣传周”活动": "Event"}
    # a joint campaign: the unit takes part, it does not organise
    assert alone("在某县,某水电公司与当地政府联合开展“护线宣传周”活动。", ents) == {
        ("某水电公司", "participatedIn", "“护线宣传周”活动", None)}
    ents = {"某市供电局": "Company", "“我为群众办实事”实践活动": "Event"}
    assert not any(f[1] == "organizedBy" for f in alone("这是某市供电局开展“我为群众办实事”实践活动的举措之一。", ents))


def test_event_ending_its_clause_is_its_subjects():
    ents = {"罗某": "Person", "熊某": "Person", "邹某": "Person", "架设应急电源": "Event"}
    got = added("7月13日,罗某带领熊某、邹某等党员乘冲锋舟为村里的安置点架设应急电源。", ents)
    assert got == {(p, "participatedIn", "架设应急电源", None) for p in ("罗某", "熊某", "邹某")}
    # The event as a modifier (的), a goal (为) or not ending its clause: nothing.
    ents = {"张三": "Person", "李四": "Person", "防汛演练": "Event"}
    assert not added("张三看了李四的防汛演练。", ents)
    assert not added("张三为防汛演练准备物资。", ents)
    assert not added("张三把防汛演练方案交给了队长。", ents)


def test_an_event_ahead_gets_no_backoff_organiser():
    ents = {"某县供电公司": "Company", "某省电力公司": "Company", "张三": "Person", "带电作业竞赛": "Event"}
    text = "某县供电公司举行带电作业竞赛。公司将推荐张三参加某省电力公司10月举办的带电作业竞赛。"
    got = alone(text, ents)
    assert ("带电作业竞赛", "organizedBy", "某县供电公司", None) in got
    assert ("带电作业竞赛", "organizedBy", "某省电力公司", None) not in got


def test_a_reference_does_not_add_a_second_organiser():
    ents = {"某县供电公司": "Company", "某省电力公司": "Company", "带电作业比武": "Event"}
    text = "某县供电公司举办带电作业比武。某省电力公司派专家当裁判。据悉,该公司每年举办一次带电作业比武。"
    doc, e = make(text, ents, refs={"该公司": "某省电力公司"})
    got = facts(find_relations(doc, e)[0])
    assert ("带电作业比武", "organizedBy", "某县供电公司", None) in got
    assert not {f for f in got if f[0] == "某省电力公司" or f[2] == "某省电力公司"} & {
        ("带电作业比武", "organizedBy", "某省电力公司", None), ("某省电力公司", "participatedIn", "带电作业比武", None)}


def test_convening_is_not_taking_part_and_powered_events_have_no_party():
    ents = {"某县供电公司": "Company", "年度表彰会": "Event"}
    assert ("某县供电公司", "participatedIn", "年度表彰会", None) not in alone("去年,某县供电公司召开了年度表彰会。", ents)
    ents = {"某县供电公司": "Company", "张三": "Person", "全市中考": "Event"}
    assert not any(f[1] == "participatedIn" for f in alone("张三带领某县供电公司员工全力护航全市中考。", ents))


def test_no_backoff_party_to_a_contest_ahead():
    ents = {"甲供电公司": "Company", "青禾电网公司技能竞赛": "Event"}
    assert not added("甲供电公司将被推荐参加青禾电网公司技能竞赛。", ents)
    assert not added("张三获个人第一名,他将被推荐参加青禾电网公司技能竞赛。", {**ents, "张三": "Person"})
    # joined now, the back-off still finds the party
    assert ("甲供电公司", "participatedIn", "青禾电网公司技能竞赛", None) in added(
        "甲供电公司迎战青禾电网公司技能竞赛。", ents)
