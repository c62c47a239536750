"""An official of a body inside a unit (某局团委书记P) works for the unit, on made-up sentences."""

from __future__ import annotations

from test_relations import run_rules as run

BUREAU = "青禾供电局"
LEAGUE = BUREAU + "团委"


def test_league_secretary_works_for_the_unit_and_holds_the_post_at_the_body():
    got = run(f"{BUREAU}开展安全宣传。{LEAGUE}书记甲乙丙为学生讲课。",
              {BUREAU: "Company", LEAGUE: "Organization", "甲乙丙": "Person"})
    assert ("甲乙丙", "worksFor", BUREAU, None) in got
    assert ("甲乙丙", "worksFor", LEAGUE, None) not in got
    assert any(f[:3] == ("甲乙丙", "holdsPosition", LEAGUE) for f in got)


def test_village_party_branch_stays_the_employer():
    village, branch = "青禾村", "青禾村党委"
    got = run(f"{village}位于山区。{branch}书记甲乙丙介绍了情况。",
              {village: "Community", branch: "Organization", "甲乙丙": "Person"})
    assert ("甲乙丙", "worksFor", branch, None) in got


def test_unit_not_named_alone_keeps_the_body():
    # the unit is named only inside the body's name: no entity to move to
    got = run(f"{LEAGUE}书记甲乙丙为学生讲课。", {LEAGUE: "Organization", "甲乙丙": "Person"})
    assert ("甲乙丙", "worksFor", LEAGUE, None) in got


def test_unit_post_listed_with_a_party_post_is_held_at_the_unit():
    party = BUREAU + "党委"
    got = run(f"{BUREAU}开展应急演练。抢修期间,{party}还组建了突击队,副总经理、党委委员甲乙丙任队长。",
              {BUREAU: "Company", party: "Organization", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", BUREAU, "副总经理") in got
    assert ("甲乙丙", "holdsPosition", party, "副总经理") not in got
