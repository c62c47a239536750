"""General post phrasings (rel_positions) on made-up sentences: a title prefix that makes another post,
the bare 干部 after a unit, and a village post written before the unit."""

from __future__ import annotations

from test_relations import run_rules as run

CO = "国网青禾县供电公司"
BUREAU = "青禾市农业农村局"


def test_prefix_that_makes_another_post_stays_in_the_title():
    text = f"来自{CO}的新员工甲乙丙说,培训很实用。{CO}生产副总经理丁戊出席。"
    got = run(text, {CO: "Company", "甲乙丙": "Person", "丁戊": "Person"})
    assert ("甲乙丙", "holdsPosition", CO, "新员工") in got
    assert ("甲乙丙", "holdsPosition", CO, "员工") not in got
    assert ("丁戊", "holdsPosition", CO, "生产副总经理") in got


def test_person_modifier_prefix_is_still_dropped():
    # near miss: 共产党员 before a title describes the person, it is not part of the post
    text = f"{CO}共产党员、班长甲乙丙带队抢修。"
    got = run(text, {CO: "Company", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", CO, "班长") in got


def test_bare_cadre_after_a_unit_is_a_post():
    text = f"目前,驻村工作由{BUREAU}干部甲乙丙负责。"
    got = run(text, {BUREAU: "Organization", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", BUREAU, "干部") in got
    assert ("甲乙丙", "worksFor", BUREAU, None) in got


def test_village_work_is_not_a_cadre_post():
    # near miss: 驻村干部 says what the person does in the village, not a post at the unit
    text = f"记{CO}驻村干部甲乙丙"
    got = run(text, {CO: "Company", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", CO, "干部") not in got


def test_village_post_written_before_the_unit():
    village = "青禾村"
    ents = {village: "Community", BUREAU: "Organization", "甲乙丙": "Person"}
    got = run(f"“{village}驻村第一书记、{BUREAU}干部甲乙丙说。", ents)
    assert ("甲乙丙", "holdsPosition", BUREAU, "驻村第一书记") in got
    got = run(f"在{village},驻村第一书记、{BUREAU}干部甲乙丙每周都来。", ents)
    assert ("甲乙丙", "holdsPosition", BUREAU, "驻村第一书记") in got


def test_team_post_before_the_unit_stays_with_the_team():
    # near miss: 服务队队长 is the team's post, not one held at the department named after it
    dept = "国网青禾县供电公司营销部"
    got = run(f"服务队队长、{dept}主任甲乙丙说。", {dept: "Company", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", dept, "服务队队长") not in got
    assert ("甲乙丙", "holdsPosition", dept, "主任") in got


def test_work_team_post_before_the_unit_is_left_out():
    # near miss: only the first secretary's post is taken over to the unit named after it
    village = "青禾村"
    ents = {village: "Community", CO: "Company", "甲乙丙": "Person"}
    got = run(f"驻{village}工作队队员、{CO}员工甲乙丙说,村里变化很大。", ents)
    assert not any(f[1] == "holdsPosition" and "工作队" in (f[3] or "") and f[2] == CO for f in got)
    assert ("甲乙丙", "holdsPosition", CO, "员工") in got


def test_government_posts_beyond_the_shared_lexicon():
    dept = "青禾省应急管理厅"
    got = run(f"{dept}副厅长甲乙丙在青禾检查工作时表示,抢修是先手棋。", {dept: "Organization", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", dept, "副厅长") in got
    got = run(f"{CO}总经理助理甲乙丙到一线检查指导。", {CO: "Company", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", CO, "总经理助理") in got


def test_mayor_after_a_party_post_is_not_at_the_party_committee():
    committee = "青禾市委"
    got = run(f"8日下午,{committee}副书记、市长甲乙丙到{CO}调研。",
              {committee: "Organization", "甲乙丙": "Person", CO: "Company"})
    assert ("甲乙丙", "holdsPosition", committee, "副书记") in got
    assert ("甲乙丙", "holdsPosition", committee, "市长") not in got


def test_competitors_and_trainees_work_for_their_unit_without_a_post():
    got = run(f"{CO}选手甲乙丙获得个人第一名。", {CO: "Company", "甲乙丙": "Person"})
    assert ("甲乙丙", "worksFor", CO, None) in got
    assert not any(f[0] == "甲乙丙" and f[1] == "holdsPosition" for f in got)
    got = run(f"来自{CO}的学员甲乙丙说:“回去马上就能用。”", {CO: "Company", "甲乙丙": "Person"})
    assert ("甲乙丙", "worksFor", CO, None) in got


def test_post_filled_as_by_the_person_before_or_after():
    village = "青禾村"
    ents = {CO: "Company", "甲乙丙": "Person", village: "Community"}
    got = run(f"2023年10月,甲乙丙作为{CO}选派的驻村工作队队员,来到{village}任第一书记。", ents)
    assert ("甲乙丙", "holdsPosition", CO, "驻村工作队队员") in got
    got = run(f"作为{CO}派驻{village}的第一书记、驻村工作队队长,甲乙丙每天都要走一圈。", ents)
    assert ("甲乙丙", "holdsPosition", CO, "第一书记") in got
    assert ("甲乙丙", "holdsPosition", CO, "驻村工作队队长") in got
    got = run(f"作为{CO}的一名老党员,甲乙丙坚持了十年。", ents)
    assert ("甲乙丙", "worksFor", CO, None) in got
    assert not any(f[1] == "holdsPosition" for f in got)


def test_a_unit_acting_as_is_no_post():
    # near miss: the unit itself (not a person) is what 作为 describes
    other = "青禾供电所"
    ents = {CO: "Company", other: "Company", "甲乙丙": "Person"}
    got = run(f"{other}作为{CO}下属的供电所,甲乙丙所长说要做好服务。", ents)
    assert ("甲乙丙", "holdsPosition", CO, "所长") not in got


def test_unnamed_service_hall_stays_in_the_post():
    station = "青禾供电所"
    got = run(f"{station}党员、营业厅班长甲乙丙成为第一批网格员。", {station: "Company", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", station, "营业厅班长") in got
    assert ("甲乙丙", "holdsPosition", station, "班长") not in got


def test_operation_commander_after_a_post_is_not_a_post():
    dept = "国网青禾县供电公司建设部"
    got = run(f"“{dept}主任、项目总指挥甲乙丙介绍。", {dept: "Company", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", dept, "主任") in got
    assert not any(f[1] == "holdsPosition" and "指挥" in (f[3] or "") for f in got)
    # near miss: a headquarters' own deputy commander is its post
    hq = "青禾市防汛抗旱指挥部"
    got = run(f"{hq}副指挥长甲乙丙在巡查时来到泵站。", {hq: "Organization", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", hq, "副指挥长") in got


def test_people_or_generation_after_a_post_is_no_second_post():
    got = run(f"由{CO}客户经理、锡伯族员工甲乙丙担任项目联络人。", {CO: "Company", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", CO, "客户经理") in got
    assert ("甲乙丙", "holdsPosition", CO, "员工") not in got


TEAM = "国网青禾县供电公司“青禾红”志愿服务队"


def test_team_head_before_a_bare_unit_word_and_post():
    dept = "运维检修部"
    ents = {TEAM: "Organization", CO: "Company", dept: "Company", "甲乙丙": "Person"}
    text = f"{TEAM}的队员们扛着发电机赶到卫生院。服务队队长、分公司{dept}主任甲乙丙说,队员们已连续工作20小时。"
    got = run(text, ents)
    assert ("甲乙丙", "holdsPosition", TEAM, "队长") in got
    assert ("甲乙丙", "holdsPosition", dept, "主任") in got


def test_bare_member_of_the_named_team():
    ents = {TEAM: "Organization", CO: "Company", "甲乙丙": "Person"}
    text = f"当天,{TEAM}的队员们来到小区更换感应灯。队员甲乙丙是公司新入职的大学生。"
    got = run(text, ents)
    assert ("甲乙丙", "holdsPosition", TEAM, "队员") in got
    assert ("甲乙丙", "worksFor", TEAM, None) in got
    # near miss: with no team named, a bare 队员 is no post anywhere
    got = run(f"当天,{CO}的员工来到小区更换感应灯。队员甲乙丙是公司新入职的大学生。", {CO: "Company", "甲乙丙": "Person"})
    assert not any(f[0] == "甲乙丙" and f[3] == "队员" for f in got)


def test_post_at_the_unit_written_before_the_other_unit():
    bureau = "青禾供电局"
    ents = {CO: "Company", bureau: "Company", "甲乙丙": "Person"}
    got = run(f"培训班邀请了{CO}技能专家、{bureau}配电班班长甲乙丙授课。", ents)
    assert ("甲乙丙", "holdsPosition", CO, "技能专家") in got
    assert ("甲乙丙", "holdsPosition", bureau, "配电班班长") in got
    # near miss: another person between holds the first post
    got = run(f"{CO}总经理丁戊、{bureau}局长甲乙丙出席。", {**ents, "丁戊": "Person"})
    assert ("甲乙丙", "holdsPosition", CO, "总经理") not in got


def test_sent_as_first_secretary_serves_the_village():
    village = "青禾村"
    ents = {CO: "Company", "甲乙丙": "Person", village: "Community"}
    got = run(f"作为{CO}派驻{village}的第一书记,甲乙丙每天都要走访农户。", ents)
    assert ("甲乙丙", "servesCommunity", village, None) in got
    assert (CO, "servesCommunity", village, None) in got
    # near miss: a post with no village it was sent to
    got = run(f"作为{CO}的总经理,甲乙丙常去{village}。", ents)
    assert (CO, "servesCommunity", village, None) not in got
