"""Session 6 rules for events (made-up sentences with invented names, rules alone), each with a near miss."""

from __future__ import annotations

from kg.extract import relations
from test_relations import facts, make


def _run(text: str, entities: dict[str, str]) -> set[tuple[str, str, str, str | None]]:
    doc, ents = make(text, entities)
    return facts(relations.find_relations(doc, ents, learned=False)[0])


JOINT = {"甲供电公司": "Company", "乙县应急管理局": "Organization", "丙镇人民政府": "Organization",
         "青禾联合巡查": "Event", "“青禾敲门行动”": "Event"}


def test_named_partners_hold_together_whatever_the_event_s_head_noun() -> None:
    got = _run("此外,甲供电公司联合乙县应急管理局、丙镇人民政府在某街道开展了青禾联合巡查。", JOINT)
    assert {("青禾联合巡查", "organizedBy", u, None) for u in ("甲供电公司", "乙县应急管理局", "丙镇人民政府")} <= got
    assert ("乙县应急管理局", "participatedIn", "青禾联合巡查", None) not in got
    got = _run("11月28日,甲供电公司与乙县应急管理局联合开展“青禾敲门行动”,工作人员逐户走访。", JOINT)
    assert ("“青禾敲门行动”", "organizedBy", "甲供电公司", None) in got
    assert ("“青禾敲门行动”", "organizedBy", "乙县应急管理局", None) in got


def test_a_partner_the_text_does_not_name_leaves_the_subject_a_party() -> None:
    got = _run("11月28日,甲供电公司与当地政府联合开展“青禾敲门行动”,工作人员逐户走访。", JOINT)
    assert ("“青禾敲门行动”", "organizedBy", "甲供电公司", None) not in got


CONTEST = {"甲供电公司": "Company", "乙市总工会": "Organization", "张青禾": "Person", "李青苗": "Person",
           "“青禾杯”技能大赛": "Event", "青禾表彰大会": "Event", "青禾推进会": "Event"}


def test_winners_named_in_a_contest_s_sentence_took_part_in_it() -> None:
    got = _run("11月12日,在乙市总工会主办、甲供电公司承办的“青禾杯”技能大赛中,员工张青禾获得电气检修项目一等奖,"
               "李青苗被授予“优秀指导教师”称号。", CONTEST)
    assert ("张青禾", "participatedIn", "“青禾杯”技能大赛", None) in got
    assert ("李青苗", "participatedIn", "“青禾杯”技能大赛", None) in got


def test_honourees_of_a_commendation_held_by_no_entity_took_part_in_it() -> None:
    got = _run("11月2日,某州召开青禾表彰大会,甲供电公司被乙市总工会授予“先进集体”称号,员工张青禾被评为“劳动模范”。",
               CONTEST)
    assert ("甲供电公司", "participatedIn", "青禾表彰大会", None) in got
    assert ("张青禾", "participatedIn", "青禾表彰大会", None) in got
    assert ("乙市总工会", "participatedIn", "青禾表彰大会", None) not in got


def test_an_honour_in_the_sentence_of_a_meeting_of_another_kind_is_no_participation() -> None:
    got = _run("11月2日,某州召开青禾推进会,员工张青禾此前被评为“劳动模范”。", CONTEST)
    assert ("张青禾", "participatedIn", "青禾推进会", None) not in got


def test_speakers_and_helpers_of_the_article_s_operation_do_not_work_in_it() -> None:
    from test_relations import run

    ents = {"青禾供电公司": "Company", "抗冰抢险": "Event", "甲": "Person", "乙": "Person", "丙": "Person",
            "丁": "Person"}
    text = ("青禾供电公司连夜开展抗冰抢险。"
            "青禾供电公司局长甲介绍,抢修按“先主干、后分支”的顺序推进。"
            "副局长乙汇报了抢修进展。"
            "村党支部书记丙一直在村口,为抢修队员送去热水和干粮。"
            "抢修班班长丁带着队员赶到现场。")
    got = run(text, ents)
    assert ("丁", "participatedIn", "抗冰抢险", None) in got
    for p in ("甲", "乙", "丙"):
        assert (p, "participatedIn", "抗冰抢险", None) not in got


PLAN = {"甲供电公司": "Company", "张青禾": "Person", "冬季保供电专项行动": "Event"}


def test_a_speaker_announcing_work_to_come_takes_no_part_in_it() -> None:
    got = _run("甲供电公司党委书记张青禾表示,将持续开展冬季保供电专项行动,确保居民温暖过冬。", PLAN)
    assert ("张青禾", "participatedIn", "冬季保供电专项行动", None) not in got
    got = _run("11月10日,甲供电公司党委书记张青禾带队开展冬季保供电专项行动。", PLAN)
    assert ("张青禾", "participatedIn", "冬季保供电专项行动", None) in got


SERIES = {"甲供电局": "Company", "乙供电局": "Company", "青禾杯劳动竞赛": "Event", "2026年配网技能竞赛": "Event"}


def test_the_programme_a_contest_belongs_to_is_not_what_later_sentences_refer_to() -> None:
    text = ("5月20日,2026年配网技能竞赛在某市举行。本次竞赛是某电网公司青禾杯劳动竞赛的重要组成部分。"
            "经过激烈角逐,甲供电局代表队获得团体一等奖,乙供电局代表队获得二等奖。")
    got = _run(text, SERIES)
    assert ("甲供电局", "participatedIn", "2026年配网技能竞赛", None) in got
    assert ("甲供电局", "participatedIn", "青禾杯劳动竞赛", None) not in got


AFTER = {"甲供电公司": "Company", "张青禾": "Person", "青禾表彰会": "Event", "青禾阻击战": "Event"}


def test_the_time_after_a_meeting_is_no_part_in_it_unlike_a_battle_s_start() -> None:
    got = _run("甲供电公司党委书记张青禾在青禾表彰会后专门来到码头,看望了值班的队员。", AFTER)
    assert ("张青禾", "participatedIn", "青禾表彰会", None) not in got
    got = _run("青禾阻击战打响之后,甲供电公司迅速响应,组织党员突击队奔赴一线。", AFTER)
    assert ("甲供电公司", "participatedIn", "青禾阻击战", None) in got


def test_a_host_listed_after_an_unnamed_one_organises_the_event() -> None:
    ents = {"人力资源部": "Company", "青禾技能竞赛": "Event", "张青禾": "Person"}
    got = _run("青禾技能竞赛由公司工会和人力资源部联合主办,40名选手参加了比赛。", ents)
    assert ("青禾技能竞赛", "organizedBy", "人力资源部", None) in got
    got = _run("青禾技能竞赛结束后,张青禾和人力资源部的同事一起整理了场地。", ents)
    assert ("青禾技能竞赛", "organizedBy", "人力资源部", None) not in got


HOLDING = {"甲能源有限公司": "Company", "乙风电有限公司": "Company", "丙光伏有限公司": "Company", "丁分公司": "Company",
           "青禾劳动竞赛": "Event"}


def test_a_union_hosting_for_its_unit_and_the_affiliates_hosting_after_it_organise() -> None:
    got = _run("青禾劳动竞赛由甲能源有限公司工会主办,旗下乙风电有限公司、丙光伏有限公司和丁分公司承办,历时8个月。", HOLDING)
    assert {("青禾劳动竞赛", "organizedBy", u, None)
            for u in ("甲能源有限公司", "乙风电有限公司", "丙光伏有限公司", "丁分公司")} <= got
    got = _run("青禾劳动竞赛由甲能源有限公司工会的同事拍摄记录,乙风电有限公司的职工参加。", HOLDING)
    assert ("青禾劳动竞赛", "organizedBy", "甲能源有限公司", None) not in got


def test_a_host_before_a_year_and_a_period_of_a_training_organises_it() -> None:
    ents = {"甲供电公司": "Company", "农电骨干培训班": "Event"}
    got = _run("4月15日,由甲供电公司主办的2026年第一期农电骨干培训班在某市开班。", ents)
    assert ("农电骨干培训班", "organizedBy", "甲供电公司", None) in got
    got = _run("4月15日,由甲供电公司主办的第一场讲座之后,农电骨干培训班在某市开班。", ents)
    assert ("农电骨干培训班", "organizedBy", "甲供电公司", None) not in got


def test_a_subsidiary_named_as_such_that_hosts_the_event_referred_to_organises_it() -> None:
    ents = {"甲水电开发有限公司": "Company", "乙水电厂": "Company", "丙县应急管理局": "Organization",
            "青禾防汛应急演练": "Event"}
    text = ("6月5日,青禾防汛应急演练在某县举行。此次演练由甲水电开发有限公司主办,其全资子公司乙水电厂具体承办,"
            "丙县应急管理局派员参加。")
    got = _run(text, ents)
    assert ("青禾防汛应急演练", "organizedBy", "乙水电厂", None) in got
    assert ("丙县应急管理局", "participatedIn", "青禾防汛应急演练", None) in got


def test_a_scheme_or_work_led_or_deployed_by_a_unit_is_organised_by_it() -> None:
    ents = {"甲供电公司": "Company", "“青禾联动”": "Event", "春节保供电": "Event", "乙供电局": "Company"}
    got = _run("据介绍,“青禾联动”机制由街道和甲供电公司共同牵头,已覆盖8个社区。", ents)
    assert ("“青禾联动”", "organizedBy", "甲供电公司", None) in got
    got = _run("据悉,今年春节保供电工作由乙供电局统一部署,各县区局全面落实24小时值班制度。", ents)
    assert ("春节保供电", "organizedBy", "乙供电局", None) in got
    got = _run("据悉,春节保供电期间,乙供电局的抢修人员由甲供电公司统一调配。", ents)
    assert ("春节保供电", "organizedBy", "甲供电公司", None) not in got


def test_a_unit_whose_leader_leads_an_inspection_holds_it() -> None:
    ents = {"甲供电公司": "Company", "王青山": "Person", "青禾专项督查": "Event", "青禾推进会": "Event"}
    got = _run("7月15日,甲供电公司副总经理王青山带队到某县,对重要线路开展青禾专项督查。", ents)
    assert ("青禾专项督查", "organizedBy", "甲供电公司", None) in got
    assert ("王青山", "participatedIn", "青禾专项督查", None) in got
    got = _run("7月15日,甲供电公司副总经理王青山带队参加青禾推进会。", ents)
    assert ("青禾推进会", "organizedBy", "甲供电公司", None) not in got


def test_a_unit_that_goes_on_holding_its_campaign_holds_it() -> None:
    ents = {"甲供电公司": "Company", "“青年文明号”创建活动": "Event"}
    got = _run("甲供电公司将继续推进“青年文明号”创建活动,引导青年员工服务群众。", ents)
    assert ("“青年文明号”创建活动", "organizedBy", "甲供电公司", None) in got
    assert ("甲供电公司", "participatedIn", "“青年文明号”创建活动", None) not in got
