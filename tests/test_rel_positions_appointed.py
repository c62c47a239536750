"""成立了某小组,由经理P任组长: the head appointed to a body founded in the clause before (rel_positions),
with the learned back-off off: these tests are about the rules."""

from __future__ import annotations

from test_relations import run_rules as run

CO = "国网青禾县供电公司"
GROUP = "冬季保供电领导小组"
TEAM = "“红色通信”党员突击队"


def test_head_of_the_group_founded_before():
    ents = {CO: "Company", GROUP: "Organization", "甲乙丙": "Person"}
    got = run(f"{CO}承担改造任务。为确保运行,该公司成立了{GROUP},由经理甲乙丙任组长,并组织骨干开展行动。", ents)
    assert ("甲乙丙", "holdsPosition", GROUP, "组长") in got
    assert ("甲乙丙", "worksFor", GROUP, None) in got
    assert ("甲乙丙", "holdsPosition", CO, "经理") in got


def test_head_of_the_team_after_the_persons_posts():
    ents = {CO: "Company", TEAM: "Organization", "甲乙丙": "Person"}
    got = run(f"抢修期间,{CO}还组建了{TEAM},副总经理、党委委员甲乙丙任队长,提供通信保障。", ents)
    assert ("甲乙丙", "holdsPosition", TEAM, "队长") in got


def test_no_head_of_a_body_named_but_not_founded():
    # near miss: the body is only named (参加), so the post taken up may be another one's
    ents = {CO: "Company", GROUP: "Organization", "甲乙丙": "Person"}
    got = run(f"{CO}参加了{GROUP},经理甲乙丙任组长。", ents)
    assert ("甲乙丙", "holdsPosition", GROUP, "组长") not in got
