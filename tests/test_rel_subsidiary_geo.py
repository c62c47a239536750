"""subsidiaryOf by geography: a local power unit named by its place belongs to the article's company when
that company is the unit one level up (made-up sentences; real division names from the gazetteer)."""

from __future__ import annotations

from test_relations import run

PROV = "国网江苏省电力有限公司"


def test_city_units_under_the_provincial_company_the_story_is_about():
    text = (f"{PROV}举办技能竞赛。{PROV}组织各单位选手参赛。国网苏州供电公司选手甲某获得第一名,"
            "国网徐州供电公司选手乙某获得第二名。")
    ents = {PROV: "Company", "国网苏州供电公司": "Company", "国网徐州供电公司": "Company",
            "甲某": "Person", "乙某": "Person"}
    got = run(text, ents)
    assert ("国网苏州供电公司", "subsidiaryOf", PROV, None) in got
    assert ("国网徐州供电公司", "subsidiaryOf", PROV, None) in got


def test_a_city_of_another_province_is_not_under_it():
    text = f"{PROV}举办技能竞赛。{PROV}邀请同行观摩。国网杭州供电公司选手丙某到场交流。"
    ents = {PROV: "Company", "国网杭州供电公司": "Company", "丙某": "Person"}
    assert not any(f[1] == "subsidiaryOf" for f in run(text, ents))


def test_county_units_under_the_city_company_of_their_prefecture():
    city = "国网苏州供电公司"
    text = (f"{city}开展迎峰度夏保供电。{city}统筹调度,国网昆山市供电公司和国网吴江区供电公司"
            "派出抢修队伍。")
    ents = {city: "Company", "国网昆山市供电公司": "Company", "国网吴江区供电公司": "Company"}
    got = run(text, ents)
    assert ("国网昆山市供电公司", "subsidiaryOf", city, None) in got
    assert ("国网吴江区供电公司", "subsidiaryOf", city, None) in got
    # near miss: a county of another prefecture (沛县 lies in 徐州) gets no parent from 苏州's company
    text2 = f"{city}开展迎峰度夏保供电。{city}统筹调度,国网沛县供电公司派出抢修队伍。"
    got = run(text2, {city: "Company", "国网沛县供电公司": "Company"})
    assert ("国网沛县供电公司", "subsidiaryOf", city, None) not in got


def test_a_county_unit_does_not_skip_a_level():
    # the province is the article's company, but a county unit reports to its city company
    text = f"{PROV}部署防汛工作。{PROV}要求各单位落实责任。国网昆山市供电公司连夜巡视线路。"
    ents = {PROV: "Company", "国网昆山市供电公司": "Company"}
    assert ("国网昆山市供电公司", "subsidiaryOf", PROV, None) not in run(text, ents)


def test_parent_only_when_it_is_the_story():
    # the city company carries the story; the provincial company is only named beside it
    city = "国网苏州供电公司"
    text = f"{city}开展迎峰度夏保供电。{city}抢修队伍连夜出发,{PROV}发来慰问。{city}圆满完成任务。"
    ents = {city: "Company", PROV: "Company"}
    assert (city, "subsidiaryOf", PROV, None) not in run(text, ents)


def test_a_municipal_district_under_the_municipal_company():
    muni = "国网北京市电力公司"
    text = f"{muni}召开会议。{muni}部署保电任务,国网海淀供电公司承担主要任务。"
    ents = {muni: "Company", "国网海淀供电公司": "Company"}
    assert ("国网海淀供电公司", "subsidiaryOf", muni, None) in run(text, ents)


def test_other_cities_units_listed_as_helpers_are_not_the_articles_own():
    main = "国网苏州供电公司"
    text = (f"{main}全力抢修。{main}连夜奋战。国网南京供电公司、国网徐州供电公司等单位共派出抢修人员300人驰援。")
    ents = {main: "Company", "国网南京供电公司": "Company", "国网徐州供电公司": "Company"}
    got = run(text, ents)
    assert not any(f[1] == "subsidiaryOf" and f[2] == main for f in got)
    # near miss: the article's own county units listed the same way are its own
    text2 = f"{main}全力抢修。{main}连夜奋战。国网昆山市供电公司、国网吴江区供电公司等基层单位共派出抢修人员300人。"
    ents2 = {main: "Company", "国网昆山市供电公司": "Company", "国网吴江区供电公司": "Company"}
    got = run(text2, ents2)
    assert ("国网昆山市供电公司", "subsidiaryOf", main, None) in got


def test_the_headline_names_the_parent_whose_story_it_is():
    import dataclasses

    from kg.extract.relations import find_relations
    from test_relations import facts, make

    city = "国网苏州供电公司"
    text = f"{city}选手甲某获得第一名。{city}选手乙某获得第二名。{PROV}组织竞赛。"
    ents = {PROV: "Company", city: "Company", "甲某": "Person", "乙某": "Person"}
    doc, found = make(text, ents)
    got = facts(find_relations(dataclasses.replace(doc, title="国网江苏省电力有限公司举办技能竞赛"), found)[0])
    assert (city, "subsidiaryOf", PROV, None) in got
    # near miss: a headline about the city company leaves the province named only in passing
    got = facts(find_relations(dataclasses.replace(doc, title="苏州供电选手夺冠"), found)[0])
    assert (city, "subsidiaryOf", PROV, None) not in got


def test_a_district_unit_writing_its_city_into_its_name_needs_a_sentence_with_the_city_company():
    city, district = "国网苏州供电公司", "国网苏州市吴中区供电公司"
    ents = {city: "Company", district: "Company"}
    text = f"{city}开展技能竞赛。竞赛由{city}主办、{district}承办,共有12支队伍参赛。"
    assert (district, "subsidiaryOf", city, None) in run(text, ents)
    # near miss: named in separate sentences only, its name is just its address
    text2 = f"{city}开展技能竞赛。共有12支队伍参赛。{district}派出两支队伍。"
    assert (district, "subsidiaryOf", city, None) not in run(text2, ents)
