"""Round four of participation rules (a quake or landslide the headline names; units signing at a
meeting): made-up sentences with invented names, rules alone (learned=False), each with a near miss."""

from __future__ import annotations

import dataclasses

from kg.extract import relations
from test_relations import facts, make


def _run(text: str, entities: dict[str, str], title: str = "") -> set[tuple[str, str, str, str | None]]:
    doc, ents = make(text, entities)
    if title:
        doc = dataclasses.replace(doc, title=title)
    return facts(relations.find_relations(doc, ents, learned=False)[0])


QUAKE_TEXT = ("五年前的6月12日,“6·12”青禾地震发生。"
              "青禾县供电公司的38名员工在余震中冲进现场,连续抢修22个小时。"
              "甲送变电公司也派出120名施工人员支援。")
QUAKE_ENTS = {"“6·12”青禾地震": "Event", "青禾县供电公司": "Company", "甲送变电公司": "Company"}


def test_units_working_in_a_quake_the_headline_names_take_part_in_it():
    got = _run(QUAKE_TEXT, QUAKE_ENTS, title="“6·12”青禾地震五周年回访")
    assert ("甲送变电公司", "participatedIn", "“6·12”青禾地震", None) in got


def test_a_storm_the_headline_names_gets_no_such_party():
    ents = {"台风“青禾”": "Event", "青禾县供电公司": "Company", "甲送变电公司": "Company"}
    text = QUAKE_TEXT.replace("“6·12”青禾地震发生", "台风“青禾”登陆")
    got = _run(text, ents, title="台风“青禾”过境一周年回访")
    assert not any(f[1] == "participatedIn" for f in got)


def test_a_quake_the_headline_does_not_name_is_no_topic():
    got = _run(QUAKE_TEXT, QUAKE_ENTS, title="青禾县供电公司新居通电")
    assert ("甲送变电公司", "participatedIn", "“6·12”青禾地震", None) not in got


def test_units_signing_at_the_meeting_take_part():
    text = ("6月25日,青禾街道党工委举办党建联建推进会,甲供电公司、乙燃气公司、丙银行支行等17家驻区企业"
            "与街道所辖社区签订党建联建协议。")
    ents = {"青禾街道党工委": "Organization", "党建联建推进会": "Event", "甲供电公司": "Company",
            "乙燃气公司": "Company", "丙银行支行": "Company"}
    got = _run(text, ents)
    assert ("党建联建推进会", "organizedBy", "青禾街道党工委", None) in got
    for unit in ("甲供电公司", "乙燃气公司", "丙银行支行"):
        assert (unit, "participatedIn", "党建联建推进会", None) in got


def test_units_that_only_report_signing_later_do_not():
    text = ("6月25日,青禾街道党工委举办党建联建推进会,甲供电公司今年将落实与社区签订的协议。")
    ents = {"青禾街道党工委": "Organization", "党建联建推进会": "Event", "甲供电公司": "Company"}
    got = _run(text, ents)
    assert ("甲供电公司", "participatedIn", "党建联建推进会", None) not in got


MEETING = {"甲供电公司": "Company", "迎峰度夏保供电推进会": "Event", "张三": "Person",
           "调度控制中心": "Company", "设备管理部": "Company", "营销部": "Company"}


def test_units_the_meeting_hears_report_take_part():
    text = ("7月7日,甲供电公司召开迎峰度夏保供电推进会,总经理张三主持会议。"
            "会议听取了调度控制中心、设备管理部和营销部的工作汇报。")
    got = _run(text, MEETING)
    for unit in ("调度控制中心", "设备管理部", "营销部"):
        assert (unit, "participatedIn", "迎峰度夏保供电推进会", None) in got


def test_units_only_named_in_what_the_meeting_heard_do_not():
    text = ("7月7日,甲供电公司召开迎峰度夏保供电推进会,总经理张三主持会议。"
            "会议听取了关于调度控制中心、设备管理部和营销部改革的方案。")
    got = _run(text, MEETING)
    assert not any(f[1] == "participatedIn" and f[0] in ("调度控制中心", "设备管理部", "营销部") for f in got)


CONTEST = {"甲电网公司": "Company", "青禾带电作业技能竞赛": "Event", "乙供电局": "Company", "丙供电局": "Company"}


def test_units_sending_observers_to_the_contest_take_part():
    text = ("10月27日,甲电网公司主办的青禾带电作业技能竞赛落下帷幕。"
            "据悉,竞赛共设置4个比赛项目。乙供电局、丙供电局等单位也组织观摩人员到现场学习。")
    got = _run(text, CONTEST)
    assert ("乙供电局", "participatedIn", "青禾带电作业技能竞赛", None) in got
    assert ("丙供电局", "participatedIn", "青禾带电作业技能竞赛", None) in got


def test_this_editions_contest_is_referred_to():
    text = ("10月27日,甲电网公司主办的青禾带电作业技能竞赛落下帷幕。"
            "本届竞赛还邀请了乡村电工,乙供电局的6名农电工现场观看。")
    got = _run(text, CONTEST)
    assert ("乙供电局", "participatedIn", "青禾带电作业技能竞赛", None) in got


def test_units_observing_no_contest_do_not_take_part_in_another_event():
    text = ("10月27日,甲电网公司召开青禾安全生产会议。乙供电局、丙供电局等单位也组织观摩人员到现场学习。")
    ents = {"甲电网公司": "Company", "青禾安全生产会议": "Event", "乙供电局": "Company", "丙供电局": "Company"}
    got = _run(text, ents)
    assert ("乙供电局", "participatedIn", "青禾安全生产会议", None) not in got
