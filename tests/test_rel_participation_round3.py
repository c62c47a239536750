"""Who holds an event and who joins it, round three: made-up sentences with invented names (rules alone,
learned=False), each with a near miss."""

from __future__ import annotations

from kg.extract import relations
from test_relations import facts, make


def _run(text: str, entities: dict[str, str]) -> set[tuple[str, str, str, str | None]]:
    doc, ents = make(text, entities)
    return facts(relations.find_relations(doc, ents, learned=False)[0])


UNIT = {"甲供电局": "Company", "青禾进社区": "Event"}


def test_a_unit_that_has_already_held_a_campaign_at_a_long_place_holds_it() -> None:
    got = _run("今年以来,甲供电局已在辖区七个易地扶贫搬迁安置点开展“青禾进社区”活动四十一次。", UNIT)
    assert ("青禾进社区", "organizedBy", "甲供电局", None) in got
    assert ("甲供电局", "participatedIn", "青禾进社区", None) not in got


def test_a_unit_that_joins_a_campaign_does_not_hold_it() -> None:
    got = _run("今年以来,甲供电局已在辖区七个易地扶贫搬迁安置点参加“青禾进社区”活动四十一次。", UNIT)
    assert ("青禾进社区", "organizedBy", "甲供电局", None) not in got


TEAM = {"青禾志愿服务队": "Organization", "青禾一家亲": "Event"}


def test_a_team_that_goes_somewhere_to_hold_a_campaign_holds_it() -> None:
    got = _run("11月10日,青禾志愿服务队来到某县某镇某村,开展“青禾一家亲”活动。", TEAM)
    assert ("青禾一家亲", "organizedBy", "青禾志愿服务队", None) in got


def test_holders_named_elsewhere_leave_the_team_that_went_a_party() -> None:
    got = _run("11月10日,青禾志愿服务队来到某县某镇某村,开展“青禾一家亲”活动。"
               "活动由某局团委与某社区党委联合开展。", TEAM)
    assert ("青禾一家亲", "organizedBy", "青禾志愿服务队", None) not in got


STORM = {"甲供电公司": "Company", "乙县供电公司": "Company", "台风“青禾”": "Event",
         "防御台风“青禾”保供电攻坚战": "Event"}


def test_a_battle_against_a_storm_named_in_the_lead_is_the_article_s_event() -> None:
    text = ("受今年第9号台风“青禾”影响,某市沿海出现大风。甲供电公司启动防台应急响应,全力打好防御台风“青禾”保供电攻坚战。"
            "乙县供电公司也派员参加。")
    got = _run(text, STORM)
    assert ("乙县供电公司", "participatedIn", "防御台风“青禾”保供电攻坚战", None) in got


def test_the_storm_itself_is_no_article_event() -> None:
    text = "受今年第9号台风“青禾”影响,某市沿海出现大风。乙县供电公司也派员参加。"
    got = _run(text, {"乙县供电公司": "Company", "台风“青禾”": "Event"})
    assert ("乙县供电公司", "participatedIn", "台风“青禾”", None) not in got


CONTEST = {"甲电网公司": "Company", "乙供电局": "Company", "青禾第十届配网带电作业技能竞赛": "Event",
           "丙电网公司技能竞赛": "Event"}


def test_a_contest_the_winners_will_represent_their_company_in_is_ahead_of_the_story() -> None:
    text = ("青禾第十届配网带电作业技能竞赛在某市落幕。乙供电局也派员参加。"
            "获得个人前三名的选手将被某省总工会授予某奖章,并代表甲电网公司参加丙电网公司技能竞赛。")
    got = _run(text, CONTEST)
    assert ("乙供电局", "participatedIn", "青禾第十届配网带电作业技能竞赛", None) in got


def test_a_contest_joined_now_is_a_second_event_of_the_story() -> None:
    text = ("青禾第十届配网带电作业技能竞赛在某市落幕。乙供电局也派员参加。"
            "获得个人前三名的选手曾被某省总工会授予某奖章,后代表甲电网公司参加丙电网公司技能竞赛。")
    got = _run(text, CONTEST)
    assert ("乙供电局", "participatedIn", "青禾第十届配网带电作业技能竞赛", None) not in got
