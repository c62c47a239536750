"""The operation an article is about (its only 抢修/保电/抢险 operation), and bodies set up to run an event:
made-up sentences with invented names, each with a near miss."""

from __future__ import annotations

from test_relations import run


def test_workers_of_the_articles_operation_take_part():
    text = ("青禾供电公司连夜开展抗冰抢险。"
            "10月3日午后,甲和抢修班班长乙15分钟赶到现场。"
            "青禾市人民医院等重要用户均在24小时内复电。"
            "丙公司工会向一线抢修人员送去了慰问品。")
    ents = {"青禾供电公司": "Company", "抗冰抢险": "Event", "甲": "Person", "乙": "Person",
            "青禾市人民医院": "Organization", "丙公司工会": "Organization"}
    got = run(text, ents)
    assert ("甲", "participatedIn", "抗冰抢险", None) in got
    assert ("乙", "participatedIn", "抗冰抢险", None) in got
    assert ("青禾市人民医院", "participatedIn", "抗冰抢险", None) not in got
    assert ("丙公司工会", "participatedIn", "抗冰抢险", None) not in got


def test_units_crews_are_drawn_from_take_part():
    text = ("青禾电力公司开展抗冰抢险。灾情发生后,青禾电力公司从甲供电公司、乙供电公司抽调两支支援队伍奔赴一线。")
    ents = {"青禾电力公司": "Company", "抗冰抢险": "Event", "甲供电公司": "Company", "乙供电公司": "Company"}
    got = run(text, ents)
    assert ("甲供电公司", "participatedIn", "抗冰抢险", None) in got
    assert ("乙供电公司", "participatedIn", "抗冰抢险", None) in got


def test_no_topic_when_the_article_has_two_operations_or_only_a_meeting():
    text = "青禾供电公司开展抗冰抢险。青禾供电公司开展国庆保电。10月3日,甲赶到现场。"
    got = run(text, {"青禾供电公司": "Company", "抗冰抢险": "Event", "国庆保电": "Event", "甲": "Person"})
    assert not any(f[0] == "甲" and f[1] == "participatedIn" for f in got)
    text = "青禾供电公司召开安全工作会议。10月3日,甲赶到现场。"
    got = run(text, {"青禾供电公司": "Company", "安全工作会议": "Event", "甲": "Person"})
    assert not any(f[0] == "甲" and f[1] == "participatedIn" for f in got)


def test_speaker_after_a_quote_is_no_worker():
    text = "青禾供电公司开展抗冰抢险。“路再难走也要上。”甲在赶赴现场的路上说。"
    got = run(text, {"青禾供电公司": "Company", "抗冰抢险": "Event", "甲": "Person"})
    assert ("甲", "participatedIn", "抗冰抢险", None) not in got


def test_unit_setting_up_a_group_for_an_event_organises_it():
    text = "节前,青禾供电局成立了春节保供电工作组,局长甲任组长,副局长乙具体负责现场协调,丙在外地出差。"
    ents = {"青禾供电局": "Company", "春节保供电": "Event", "甲": "Person", "乙": "Person", "丙": "Person"}
    got = run(text, ents)
    assert ("春节保供电", "organizedBy", "青禾供电局", None) in got
    assert ("青禾供电局", "participatedIn", "春节保供电", None) not in got
    assert ("甲", "participatedIn", "春节保供电", None) in got
    assert ("乙", "participatedIn", "春节保供电", None) in got
    assert ("丙", "participatedIn", "春节保供电", None) not in got


def test_unit_holding_a_quoted_campaign_with_its_noun_organises_it():
    text = "今年10月,青禾分公司组织党员志愿者到某村开展“反诈宣传进农家”活动。"
    got = run(text, {"青禾分公司": "Company", "反诈宣传进农家": "Event"},
              aliases={"反诈宣传进农家": ("“反诈宣传进农家”活动",)})
    assert ("反诈宣传进农家", "organizedBy", "青禾分公司", None) in got
    text = "青禾分公司开展“我为群众办实事”实践活动。"
    got = run(text, {"青禾分公司": "Company", "我为群众办实事": "Event"},
              aliases={"我为群众办实事": ("“我为群众办实事”实践活动",)})
    assert ("青禾分公司", "participatedIn", "我为群众办实事", None) in got


def test_awards_and_exchanges_refer_back_to_the_event():
    text = ("7月2日,青禾技能竞赛在某市举行。经过激烈角逐,甲供电局代表队获得团体一等奖,乙供电局、丙供电局代表队分获二、三等奖。"
            "丁供电局正在检修线路。")
    ents = {"青禾技能竞赛": "Event", "甲供电局": "Company", "乙供电局": "Company", "丙供电局": "Company",
            "丁供电局": "Company"}
    got = run(text, ents)
    assert ("甲供电局", "participatedIn", "青禾技能竞赛", None) in got
    assert ("乙供电局", "participatedIn", "青禾技能竞赛", None) in got
    assert ("丁供电局", "participatedIn", "青禾技能竞赛", None) not in got
    text = ("11月1日,青禾服务现场会在某区召开。甲公司董事长张三,乙公司、丙公司负责同志分别作了经验交流。"
            "丁公司董事长李四在外地调研。")
    ents = {"青禾服务现场会": "Event", "甲公司": "Company", "张三": "Person", "乙公司": "Company",
            "丙公司": "Company", "丁公司": "Company", "李四": "Person"}
    got = run(text, ents)
    assert ("张三", "participatedIn", "青禾服务现场会", None) in got
    assert ("李四", "participatedIn", "青禾服务现场会", None) not in got


def test_work_in_the_next_clause_without_a_subject_and_posts_in_the_event():
    text = ("青禾供电公司开展冰雹灾害抢修。"
            "服务队队长甲带着乙、丙等8名党员,冒雨立杆架线,至7日凌晨全村恢复供电。"
            "队长丁带着戊等人,村民己也赶到现场。")
    ents = {"青禾供电公司": "Company", "冰雹灾害抢修": "Event", "甲": "Person", "乙": "Person", "丙": "Person",
            "丁": "Person", "戊": "Person", "己": "Person"}
    got = run(text, ents)
    assert {("甲", "participatedIn", "冰雹灾害抢修", None), ("丙", "participatedIn", "冰雹灾害抢修", None)} <= got
    assert ("丁", "participatedIn", "冰雹灾害抢修", None) not in got  # the next clause has its own subject
    text = "青禾供电公司总经理、抗冰抢险现场总指挥甲把任务分到了班组。乙担任演练总指挥,丙担任工会主席。"
    ents = {"青禾供电公司": "Company", "抗冰抢险": "Event", "演练": "Event", "甲": "Person", "乙": "Person",
            "丙": "Person"}
    got = run(text, ents)
    assert ("甲", "participatedIn", "抗冰抢险", None) in got
    assert ("乙", "participatedIn", "演练", None) in got
    assert not any(f[0] == "丙" and f[1] == "participatedIn" for f in got)


def test_meeting_chair_led_units_and_organising_departments():
    text = ("3月6日,甲供电局召开青禾政企联席会议。"
            "会议由某街道办事处主任张三主持,甲供电局副局长李四带领市场营销部、乙供电分局等部门负责人参加。"
            "某市副市长王五到会祝贺。")
    ents = {"甲供电局": "Company", "青禾政企联席会议": "Event", "某街道办事处": "Organization", "张三": "Person",
            "李四": "Person", "市场营销部": "Company", "乙供电分局": "Company", "某市": "Place", "王五": "Person"}
    got = run(text, ents)
    for who in ("张三", "李四", "市场营销部", "乙供电分局", "王五"):
        assert (who, "participatedIn", "青禾政企联席会议", None) in got
    text = "青禾劳动竞赛为期五个月。这场竞赛由甲公司工会主办,公司建设部、设备部共同组织。丙部、丁部共同商定了方案。"
    ents = {"青禾劳动竞赛": "Event", "甲公司工会": "Organization", "建设部": "Company", "设备部": "Company",
            "丙部": "Company", "丁部": "Company"}
    got = run(text, ents)
    assert ("青禾劳动竞赛", "organizedBy", "建设部", None) in got
    assert ("青禾劳动竞赛", "organizedBy", "设备部", None) in got
    assert ("建设部", "participatedIn", "青禾劳动竞赛", None) not in got
    assert not any(f[2] == "丙部" or f[0] == "丙部" for f in got if f[1] in ("organizedBy", "participatedIn"))


def test_unit_running_its_own_operation_organises_it():
    text = "青禾供电局立即启动应急响应,调集1200余名抢修人员奔赴一线,全力开展抗冰保供电。"
    got = run(text, {"青禾供电局": "Company", "抗冰保供电": "Event"})
    assert ("抗冰保供电", "organizedBy", "青禾供电局", None) in got
    assert ("青禾供电局", "participatedIn", "抗冰保供电", None) not in got
    text = "据悉,青禾供电公司迎峰度夏专项行动自6月启动,已排查隐患316处。"
    got = run(text, {"青禾供电公司": "Company", "迎峰度夏专项行动": "Event"})
    assert ("迎峰度夏专项行动", "organizedBy", "青禾供电公司", None) in got
    # a campaign joined is no operation of one's own
    text = "青禾供电公司全面开展青禾主题教育。"
    got = run(text, {"青禾供电公司": "Company", "青禾主题教育": "Event"})
    assert ("青禾主题教育", "organizedBy", "青禾供电公司", None) not in got


def test_leaders_of_a_campaigns_teams_and_the_drills_commander():
    text = "据悉,青禾供电公司今年开展青禾大走访活动,组建了由营销部主任甲牵头的8支团队。乙部主任丙负责其他工作。"
    ents = {"青禾供电公司": "Company", "青禾大走访活动": "Event", "营销部": "Company", "甲": "Person",
            "乙部": "Company", "丙": "Person"}
    got = run(text, ents)
    assert ("甲", "participatedIn", "青禾大走访活动", None) in got
    assert ("丙", "participatedIn", "青禾大走访活动", None) not in got
    text = ("10月8日,甲供电公司开展青禾应急演练。"
            "甲供电公司总经理乙担任演练总指挥,某区副区长丙现场指导。")
    ents = {"甲供电公司": "Company", "青禾应急演练": "Event", "乙": "Person", "某区": "Place", "丙": "Person"}
    got = run(text, ents)
    assert ("乙", "participatedIn", "青禾应急演练", None) in got
    assert ("丙", "participatedIn", "青禾应急演练", None) in got


def test_honours_relayed_requirements_and_task_names_are_no_work():
    text = ("青禾供电公司开展抗洪抢险保供电。"
            "甲被某省电力公司授予“防汛抢险先进个人”称号。"
            "会议传达了某省电力公司有关工作要求,对下一阶段排查工作作出部署。"
            "乙带领抢修队员蹚水进村,逐户排查用电安全隐患。")
    ents = {"青禾供电公司": "Company", "抗洪抢险保供电": "Event", "甲": "Person", "某省电力公司": "Company",
            "乙": "Person"}
    got = run(text, ents)
    assert ("乙", "participatedIn", "抗洪抢险保供电", None) in got
    assert ("甲", "participatedIn", "抗洪抢险保供电", None) not in got
    assert ("某省电力公司", "participatedIn", "抗洪抢险保供电", None) not in got


def test_hosts_before_a_contest_whose_mention_keeps_its_year():
    text = "10月9日,由甲电力公司主办、甲电力公司培训中心承办的2026年青禾技能竞赛在某市举行。"
    got = run(text, {"甲电力公司": "Company", "甲电力公司培训中心": "Company", "青禾技能竞赛": "Event"},
              aliases={"青禾技能竞赛": ("2026年青禾技能竞赛",)})
    assert ("青禾技能竞赛", "organizedBy", "甲电力公司", None) in got
    assert ("青禾技能竞赛", "organizedBy", "甲电力公司培训中心", None) in got


def test_a_leaders_crew_works_clauses_later_and_a_response_starts_the_operation():
    text = ("青禾供电局全力投入抗洪抢险。"
            "6日凌晨,青禾供电局启动防汛Ⅱ级应急响应,局长张三连夜赶赴灾区。"
            "甲供电所所长李四带着7名党员,扛着导线徒步翻山4个多小时,在泥泞中立杆架线。"
            "乙供电所所长王五说,他们出发时带了两台烘干设备,柜子不烘干就送电容易出故障。")
    ents = {"青禾供电局": "Company", "抗洪抢险": "Event", "防汛Ⅱ级应急响应": "Event", "张三": "Person",
            "甲供电所": "Company", "李四": "Person", "乙供电所": "Company", "王五": "Person"}
    got = run(text, ents)
    assert ("张三", "participatedIn", "抗洪抢险", None) in got
    assert ("李四", "participatedIn", "抗洪抢险", None) in got
    assert ("王五", "participatedIn", "抗洪抢险", None) not in got


def test_a_flood_fight_named_by_its_hazard_is_the_topic():
    text = "在这场防汛抗洪战斗中,电力人日夜坚守。甲供电所副所长张三和网格员李四20分钟内赶到现场。"
    ents = {"防汛抗洪": "Event", "甲供电所": "Company", "张三": "Person", "李四": "Person"}
    got = run(text, ents)
    assert ("张三", "participatedIn", "防汛抗洪", None) in got



def _run_titled(title: str, text: str, entities: dict[str, str]) -> set[tuple[str, str, str, str | None]]:
    import dataclasses

    from kg.extract.relations import find_relations
    from test_relations import facts, make

    doc, ents = make(text, entities)
    rels, _ = find_relations(dataclasses.replace(doc, title=title), ents)
    return facts(rels)


def test_a_drill_the_title_names_is_the_topic_but_a_planned_one_is_not():
    text = ("6月25日,青禾市大面积停电应急联合演练在某区举行。"
            "接到指令后,甲供电中心抢修队携应急发电车赶赴医院,28分钟内恢复供电。")
    ents = {"青禾市大面积停电应急联合演练": "Event", "甲供电中心": "Company"}
    got = _run_titled("青禾市大面积停电应急联合演练举行", text, ents)
    assert ("甲供电中心", "participatedIn", "青禾市大面积停电应急联合演练", None) in got
    planned = ("会上明确,由乙部负责组织8月下旬的大坝溃坝应急演练。"
               "入汛以来,甲运行部实行两班倒,24小时有人值守。")
    got = _run_titled("某水电站迎战汛期", planned, {"大坝溃坝应急演练": "Event", "乙部": "Company", "甲运行部": "Company"})
    assert ("甲运行部", "participatedIn", "大坝溃坝应急演练", None) not in got


def test_units_that_handle_the_drill_the_title_names_take_part():
    text = ("6月25日,青禾极寒天气停电应急演练在某盟举行。"
            "接到指令后,调控中心、输电管理处等单位协同处置。"
            "乙部编制了处置方案。")
    ents = {"青禾极寒天气停电应急演练": "Event", "调控中心": "Company", "输电管理处": "Company", "乙部": "Company"}
    got = _run_titled("青禾极寒天气停电应急演练举行", text, ents)
    assert ("调控中心", "participatedIn", "青禾极寒天气停电应急演练", None) in got
    assert ("输电管理处", "participatedIn", "青禾极寒天气停电应急演练", None) in got
    assert ("乙部", "participatedIn", "青禾极寒天气停电应急演练", None) not in got


def test_a_leader_directing_the_operation_takes_part():
    text = ("青禾供电公司连夜开展抗灾抢险。"
            "甲省电力公司副总经理张三当天通过视频连线调度抢修工作。"
            "李四在会上介绍了调度规程。")
    ents = {"青禾供电公司": "Company", "抗灾抢险": "Event", "甲省电力公司": "Company", "张三": "Person", "李四": "Person"}
    got = run(text, ents)
    assert ("张三", "participatedIn", "抗灾抢险", None) in got
    assert ("李四", "participatedIn", "抗灾抢险", None) not in got
