"""subsidiaryOf phrasings (made-up sentences, invented names): a department after a bare noun for its unit,
a copula after the unit's address, 则是…控股的企业; each with a near miss."""

from __future__ import annotations

import dataclasses

from test_relations import run


def test_department_after_a_bare_noun_for_its_unit():
    ents = {"青禾水电开发集团有限公司": "Company", "青禾水电站": "Company", "科技信息部": "Company",
            "检修分场": "Company", "张三": "Person"}
    text = ("青禾水电站隶属青禾水电开发集团有限公司。青禾水电站运行平稳。此后,集团科技信息部与电站检修分场"
            "一起开发了在线分析系统。")
    got = run(text, ents)
    assert ("科技信息部", "subsidiaryOf", "青禾水电开发集团有限公司", None) in got
    assert ("检修分场", "subsidiaryOf", "青禾水电站", None) in got
    # near miss: with the group unnamed, 集团 stands for nothing the text names
    got = run("青禾水电站运行平稳。此后,集团科技信息部与电站检修分场一起开发了在线分析系统。",
              {"青禾水电站": "Company", "科技信息部": "Company", "检修分场": "Company"})
    assert not any(f[0] == "科技信息部" and f[2] != "青禾水电站" for f in got if f[1] == "subsidiaryOf")


def test_the_site_noun_means_the_articles_station():
    ents = {"甲水电站": "Company", "乙水电站": "Company", "运行部": "Company", "张三": "Person"}
    text = ("甲水电站迎来入汛高峰。甲水电站加强值守。“我们每天都和乙水电站的调度员核对。”电站运行部主任张三说。")
    got = run(text, ents)
    assert ("运行部", "subsidiaryOf", "甲水电站", None) in got
    assert ("运行部", "subsidiaryOf", "乙水电站", None) not in got


def test_copula_after_the_units_address_and_a_then_copula():
    ents = {"青禾发电厂": "Company", "青禾能源有限公司": "Company", "银川市": "Place"}
    got = run("青禾发电厂位于银川市,是青禾能源有限公司旗下装机容量最大的火电企业。", ents)
    assert ("青禾发电厂", "subsidiaryOf", "青禾能源有限公司", None) in got
    # near miss: a place between the two that is not the first unit's address
    got = run("青禾发电厂支援银川市,青禾能源有限公司旗下企业也派出队伍。", ents)
    assert ("青禾发电厂", "subsidiaryOf", "青禾能源有限公司", None) not in got
    ents = {"青禾水电股份有限公司": "Company", "某能源集团有限公司": "Company"}
    got = run("青禾水电股份有限公司则是某能源集团有限公司控股的水电企业。", ents)
    assert ("青禾水电股份有限公司", "subsidiaryOf", "某能源集团有限公司", None) in got


def test_a_project_office_belongs_to_its_builder():
    ents = {"第三工程公司": "Company", "青禾高速公路第五标段项目部": "Company", "某建工集团有限公司": "Company"}
    got = run("这是某建工集团有限公司下属的第三工程公司承建的青禾高速公路第五标段项目部。", ents)
    assert ("青禾高速公路第五标段项目部", "subsidiaryOf", "第三工程公司", None) in got
    # near miss: a company that only visits the project office is not its parent
    got = run("某建工集团有限公司召开会议。某建工集团有限公司部署任务。第三工程公司走访了青禾高速公路第五标段项目部。",
              ents)
    assert ("青禾高速公路第五标段项目部", "subsidiaryOf", "第三工程公司", None) not in got


def test_department_of_the_company_acting_in_its_clause():
    ents = {"国网青禾县供电公司": "Company", "国网青川供电公司": "Company", "配电运检室": "Company",
            "冷某": "Person"}
    text = ("国网青禾县供电公司全力抢修。国网青禾县供电公司连夜奋战。汛情发生后,国网青川供电公司派出由配电运检室"
            "副主任冷某带领的抢修队伍增援。")
    got = run(text, ents)
    assert ("配电运检室", "subsidiaryOf", "国网青川供电公司", None) in got
    # near miss: with no other company in its clause the department is the article's company's
    got = run("国网青禾县供电公司全力抢修。国网青禾县供电公司连夜奋战。配电运检室副主任冷某带队增援。", ents)
    assert ("配电运检室", "subsidiaryOf", "国网青禾县供电公司", None) in got


def test_departments_of_the_site_a_feature_is_about():
    from kg.extract.relations import find_relations
    from test_relations import facts, make

    ents = {"青禾水电股份有限公司": "Company", "甲水电站": "Company", "检修维护部": "Company"}
    text = "青禾水电股份有限公司召开会议。青禾水电股份有限公司部署防汛。甲水电站加强值守。这几天最忙的是检修维护部。"
    doc, found = make(text, ents)
    got = facts(find_relations(dataclasses.replace(doc, title="甲水电站迎战主汛期侧记"), found)[0])
    assert ("检修维护部", "subsidiaryOf", "甲水电站", None) in got
    # near miss: a headline naming no site leaves the department to the article's company
    got = facts(find_relations(dataclasses.replace(doc, title="主汛期见闻"), found)[0])
    assert ("检修维护部", "subsidiaryOf", "青禾水电股份有限公司", None) in got


def test_units_a_company_draws_crews_from_and_its_own_by_reference():
    ents = {"青禾电网有限责任公司": "Company", "甲市供电局": "Company", "乙市供电局": "Company"}
    got = run("青禾电网有限责任公司从甲市供电局、乙市供电局调派260名支援人员。", ents)
    assert ("甲市供电局", "subsidiaryOf", "青禾电网有限责任公司", None) in got
    # near miss: people coming from units is no drawing of them
    got = run("青禾电网有限责任公司表扬了从甲市供电局赶来的队员。", ents)
    assert ("甲市供电局", "subsidiaryOf", "青禾电网有限责任公司", None) not in got
    ents = {"国网青禾省电力有限公司": "Company", "国网甲市供电公司": "Company", "某电动汽车服务有限公司": "Company"}
    got = run("国网青禾省电力有限公司在全省推广网格模式,国网甲市供电公司作为其所属地市公司,已组建团队31个。", ents)
    assert ("国网甲市供电公司", "subsidiaryOf", "国网青禾省电力有限公司", None) in got
    got = run("运营由某电动汽车服务有限公司负责,这家公司是国网青禾省电力有限公司的全资子公司。", ents)
    assert ("某电动汽车服务有限公司", "subsidiaryOf", "国网青禾省电力有限公司", None) in got


def test_a_stated_copula_beats_a_prefix():
    ents = {"广东电网有限责任公司": "Company", "广东电网佛山南海供电局": "Company",
            "广东电网有限责任公司佛山供电局": "Company"}
    text = "广东电网佛山南海供电局开展活动。广东电网佛山南海供电局是广东电网有限责任公司佛山供电局下属的区级供电企业。"
    got = run(text, ents)
    assert ("广东电网佛山南海供电局", "subsidiaryOf", "广东电网有限责任公司佛山供电局", None) in got
    assert ("广东电网佛山南海供电局", "subsidiaryOf", "广东电网有限责任公司", None) not in got


def test_departments_report_to_the_company_the_headline_names():
    from kg.extract.relations import find_relations
    from test_relations import facts, make
    city, county = "国网青禾供电公司", "国网白沙县供电公司"
    ents = {city: "Company", county: "Company", "调控中心": "Company", "甲某": "Person", "乙某": "Person"}
    text = (f"11月14日,{city}召开保供电工作会议。调控中心主任甲某作了专题汇报。"
            f"{county}经理乙某作了交流发言。{county}推行包片制度。")
    doc, found = make(text, ents, aliases={city: ("青禾供电公司",)})
    got = facts(find_relations(dataclasses.replace(doc, title="青禾供电公司召开保供电工作会议"), found)[0])
    assert ("调控中心", "subsidiaryOf", city, None) in got
    # near miss: with no headline the company named most is the article's
    got = facts(find_relations(doc, found)[0])
    assert ("调控中心", "subsidiaryOf", county, None) in got


def test_its_wholly_owned_subsidiary_and_its_holding_after_a_copula():
    ents = {"青禾水电开发有限公司": "Company", "青禾一级水电厂": "Company", "白沙新能源有限公司": "Company",
            "白沙控股集团": "Company", "白沙风电场": "Company"}
    got = run("此次演练由青禾水电开发有限公司主办,其全资子公司青禾一级水电厂具体承办。", ents)
    assert ("青禾一级水电厂", "subsidiaryOf", "青禾水电开发有限公司", None) in got
    got = run("白沙新能源有限公司是白沙控股集团旗下的平台公司,其控股的白沙风电场位于某乡。", ents)
    assert ("白沙风电场", "subsidiaryOf", "白沙新能源有限公司", None) in got
    assert ("白沙风电场", "subsidiaryOf", "白沙控股集团", None) not in got
    # near miss: 其 before a plain noun names no subsidiary
    got = run("青禾水电开发有限公司主办演练,其员工青禾一级水电厂的甲某参加。", ents)
    assert ("青禾一级水电厂", "subsidiaryOf", "青禾水电开发有限公司", None) not in got


def test_a_copula_with_a_longer_description_of_the_subsidiary():
    ents = {"青禾电力有限公司": "Company", "国网某某省电力公司": "Company"}
    got = run("青禾电力有限公司是国网某某省电力公司控股的省管产业单位,长期承担农网施工。", ents)
    assert ("青禾电力有限公司", "subsidiaryOf", "国网某某省电力公司", None) in got
    # near miss: a partner described after a copula is no subsidiary
    got = run("青禾电力有限公司是国网某某省电力公司多年来最重要的合作伙伴。", ents)
    assert not any(f[1] == "subsidiaryOf" for f in got)
