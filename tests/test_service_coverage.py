"""servesCommunity by coverage (rel_service._coverage): 已覆盖甲社区、乙社区 after a unit, on made-up
sentences, with near misses."""

from __future__ import annotations

from test_relations import run

ENTS = {"国网青禾县供电公司": "Company", "东湖社区": "Community", "西湖社区": "Community",
        "甲乙丙": "Person"}


def _served(text: str) -> set[tuple[str, str]]:
    return {(f[0], f[2]) for f in run(text, ENTS) if f[1] == "servesCommunity"}


def test_listed_communities_a_unit_covers():
    got = _served("据甲乙丙介绍,该机制由街道和国网青禾县供电公司共同牵头,目前已覆盖东湖社区、西湖社区等8个社区。")
    assert {("国网青禾县供电公司", "东湖社区"), ("国网青禾县供电公司", "西湖社区")} <= got


def test_near_miss_no_coverage_verb_or_nothing_covered():
    got = _served("国网青禾县供电公司召开会议,东湖社区、西湖社区负责人参加。")
    assert ("国网青禾县供电公司", "西湖社区") not in got
    assert not _served("国网青禾县供电公司的冰雪覆盖了线路。东湖社区居民说,路很滑。") & {("国网青禾县供电公司", "东湖社区")}


def test_team_just_formed_goes_after_a_short_adverbial():
    team = "“青禾”青年志愿服务队"
    ents = {"国网青禾县供电公司": "Company", team: "Organization", "东湖社区": "Community", "西湖社区": "Community"}
    text = f"国网青禾县供电公司是窗口单位。青年们组建了{team},利用周末到东湖社区和西湖社区开展志愿服务。"
    got = {(f[0], f[2]) for f in run(text, ents) if f[1] == "servesCommunity"}
    assert {(team, "东湖社区"), (team, "西湖社区")} <= got
    # near miss: a team only named, the visit made by others in a clause of its own
    text = f"国网青禾县供电公司是窗口单位。青年们组建了{team},社区干部每周到东湖社区开会。"
    got = {(f[0], f[2]) for f in run(text, ents) if f[1] == "servesCommunity"}
    assert (team, "东湖社区") not in got
