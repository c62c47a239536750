"""Posts of people (rel_positions, rel_title_refs) on made-up sentences: one phrasing family per test,
with a near miss where it matters."""

from __future__ import annotations

from test_relations import run

CO = "国网青禾县供电公司"


def test_body_inside_the_unit_stays_in_the_title():
    text = f"{CO}团委书记甲乙丙主持会议,{CO}副总经理、党委委员丁戊出席。"
    got = run(text, {CO: "Company", "甲乙丙": "Person", "丁戊": "Person"})
    assert ("甲乙丙", "holdsPosition", CO, "团委书记") in got
    assert ("甲乙丙", "holdsPosition", CO, "书记") not in got
    assert ("丁戊", "holdsPosition", CO, "党委委员") in got
    assert ("丁戊", "holdsPosition", CO, "副总经理") in got
    assert ("丁戊", "holdsPosition", CO, "委员") not in got


def test_party_secretary_keeps_the_whole_title():
    # near miss: a plain 党委书记 is one lexicon title, not the body word plus 书记
    text = f"{CO}党委书记甲乙丙说,今年要完成改造。"
    got = run(text, {CO: "Company", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", CO, "党委书记") in got


def test_head_of_the_named_team_by_its_kind():
    team = "国网青禾县供电公司“青禾红”共产党员服务队"
    ents = {team: "Organization", CO: "Company", "国网青禾县供电公司营销部": "Company", "甲乙丙": "Person"}
    text = f"{team}成立于2019年。服务队队长、国网青禾县供电公司营销部副主任甲乙丙带领队员入户。"
    got = run(text, ents)
    assert ("甲乙丙", "holdsPosition", team, "队长") in got
    assert ("甲乙丙", "worksFor", team, None) in got
    assert ("甲乙丙", "holdsPosition", "国网青禾县供电公司营销部", "副主任") in got


def test_head_by_copula_and_by_appointment():
    team, troupe = "青禾“小蓝马甲”志愿服务队", "“小电工”宣讲团"
    ents = {team: "Organization", troupe: "Organization", CO: "Company", "甲乙丙": "Person", "丁戊": "Person"}
    text = (f"营业部组成{team}。营业部主任甲乙丙既是服务队队长,也是社区网格员。"
            f"{troupe}成立于2021年,成员都是{CO}的青年员工,团长由团委书记丁戊担任。")
    got = run(text, ents)
    assert ("甲乙丙", "holdsPosition", team, "队长") in got
    assert ("丁戊", "holdsPosition", troupe, "团长") in got
    assert ("丁戊", "holdsPosition", CO, "书记") not in got


def test_no_head_without_a_named_team():
    # near miss: the team is never named, so the bare post has no team to belong to
    text = f"{CO}组织党员入户。服务队队长甲乙丙说,今年要走访三百户。"
    got = run(text, {CO: "Company", "甲乙丙": "Person"})
    assert not any(f[0] == "甲乙丙" and f[3] == "队长" for f in got)


def test_community_secretary_and_director_keeps_only_the_party_post():
    body = "青禾社区党委"
    got = run(f"{body}书记兼主任甲乙丙是老搭档。", {body: "Organization", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", body, "党委书记") in got
    assert ("甲乙丙", "holdsPosition", body, "主任") not in got
    # near miss: a company's secretary and director holds both posts there
    got = run(f"{CO}营销部党支部书记兼主任甲乙丙说。", {f"{CO}营销部": "Company", "甲乙丙": "Person"})
    assert ("甲乙丙", "holdsPosition", f"{CO}营销部", "主任") in got


def test_titled_worker_led_by_a_titled_person_works_at_the_leaders_unit():
    unit = "青禾县供电公司白水供电所"
    ents = {unit: "Company", "甲乙丙": "Person", "丁戊": "Person", "己庚": "Person"}
    got = run(f"{unit}所长甲乙丙带着客户经理丁戊多次上门。", ents)
    assert ("丁戊", "holdsPosition", unit, "客户经理") in got
    assert ("丁戊", "worksFor", unit, None) in got
    # near miss: a role word (村民, 记者) is no post at the leader's unit
    got = run(f"{unit}所长甲乙丙带着村民己庚查看线路。", ents)
    assert not any(f[0] == "己庚" and f[1] in ("worksFor", "holdsPosition") for f in got)


def test_copula_after_a_comma_with_the_village_the_unit_sent_the_person_to():
    ents = {CO: "Company", "白水村": "Community", "甲乙丙": "Person"}
    got = run(f"“小甲书记”名叫甲乙丙,是{CO}派驻白水村的第一书记。", ents)
    assert ("甲乙丙", "holdsPosition", CO, "第一书记") in got
    assert ("甲乙丙", "worksFor", CO, None) in got
    # near miss: a comma and no copula is no post
    got = run(f"甲乙丙,{CO}派驻白水村的工作人员说。", ents)
    assert not any(f[0] == "甲乙丙" and f[1] == "holdsPosition" and f[3] == "第一书记" for f in got)


def test_colleagues_listed_after_huanyou():
    ents = {CO: "Company", "甲乙丙": "Person", "丁戊": "Person", "己庚": "Person"}
    got = run(f"{CO}运维人员甲乙丙在变电站值守。与他一起值守的还有同事丁戊和己庚。", ents)
    assert ("丁戊", "worksFor", CO, None) in got
    assert ("己庚", "worksFor", CO, None) in got


def test_unnamed_team_of_the_unit_stays_in_the_members_title():
    unit = "青禾县供电公司白水供电所"
    ents = {unit: "Company", "甲乙丙": "Person", "丁戊": "Person"}
    got = run(f"{unit}所长甲乙丙、党员服务队队员丁戊等人定期进村。", ents)
    assert ("丁戊", "holdsPosition", unit, "党员服务队队员") in got
    assert ("丁戊", "holdsPosition", unit, "队员") not in got


def test_staff_of_the_station_a_noun_stands_for():
    station = "青禾县供电公司八达岭供电所"
    ents = {CO: "Company", station: "Company", "甲乙丙": "Person"}
    got = run(f"{CO}部署国庆保电。{CO}开展巡视。{station}负责景区供电。供电所的年轻员工甲乙丙第一次参加保电。", ents)
    assert ("甲乙丙", "worksFor", station, None) in got
    assert ("甲乙丙", "worksFor", CO, None) not in got


def test_an_event_inside_a_post_does_not_break_the_apposition():
    ents = {CO: "Company", "甲乙丙": "Person", "抗冰抢险": "Event"}
    got = run(f"{CO}总经理、抗冰抢险现场总指挥甲乙丙把任务分到了每一个班组。", ents)
    assert ("甲乙丙", "holdsPosition", CO, "总经理") in got
    assert ("甲乙丙", "worksFor", CO, None) in got


def test_post_after_who_leads_and_a_quoted_label():
    unit = "青禾县自来水公司东街营业所"
    ents = {unit: "Company", "甲乙丙": "Person"}
    text = f"{unit}的服务小组就上门了。带队的是营业所副所长、“水管家”小组组长甲乙丙。"
    got = run(text, ents)
    assert ("甲乙丙", "holdsPosition", unit, "副所长") in got
    # near miss: the bare head of a quoted label's title is no post the writer states
    assert ("甲乙丙", "holdsPosition", unit, "组长") not in got


def test_team_head_of_a_service_hall():
    hall = "国网青禾县供电公司城区营业厅"
    ents = {hall: "Company", "甲乙丙": "Person", "丁戊": "Person"}
    got = run(f"{hall}是公司的窗口单位。营业厅班长甲乙丙说,大家轮流值班。", ents)
    assert ("甲乙丙", "holdsPosition", hall, "班长") in got
    # near miss: a 组长 has no 组 in the hall's name
    got = run(f"{hall}是公司的窗口单位。营业厅组长丁戊说,大家轮流值班。", ents)
    assert ("丁戊", "holdsPosition", hall, "组长") not in got


def test_post_taken_up_at_a_unit_later_in_the_sentence():
    ents = {CO: "Company", "甲乙丙": "Person", "丁戊": "Person"}
    got = run(f"{CO}招聘了一批青年。甲乙丙毕业后回到家乡,在{CO}当了一名台区经理。", ents)
    assert ("甲乙丙", "holdsPosition", CO, "台区经理") in got
    # near miss: 在 a unit without a post taken up (当 is not there)
    got = run(f"{CO}招聘了一批青年。丁戊毕业后回到家乡,在{CO}附近开了一家店。", ents)
    assert not any(f[0] == "丁戊" and f[1] == "holdsPosition" for f in got)
