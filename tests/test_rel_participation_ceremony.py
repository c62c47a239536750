"""Who holds and who joins an opening ceremony named once and then called 开幕式 (made-up names; the
learned back-off off: the rules alone)."""

from __future__ import annotations

from test_relations import run_rules as _run

CEREMONY = {"甲省体育局": "Organization", "乙市人民政府": "Organization", "丙区人民政府": "Organization",
            "丁冰雪集团有限公司": "Company", "戊滑雪场": "Company", "2026-2027冰雪季开幕式": "Event"}


def test_the_bare_ceremony_names_its_holders_and_parties():
    got = _run("11月28日,2026-2027冰雪季开幕式在某镇举行。开幕式由甲省体育局、乙市人民政府主办,"
               "丙区人民政府、丁冰雪集团有限公司承办,戊滑雪场同步开板。", CEREMONY)
    for unit in ("甲省体育局", "乙市人民政府", "丙区人民政府", "丁冰雪集团有限公司"):
        assert ("2026-2027冰雪季开幕式", "organizedBy", unit, None) in got
    assert ("戊滑雪场", "participatedIn", "2026-2027冰雪季开幕式", None) in got


def test_a_ceremony_word_that_is_not_at_the_start_refers_to_nothing():
    got = _run("11月28日,2026-2027冰雪季开幕式在某镇举行。戊滑雪场的开幕式由甲省体育局主办。", CEREMONY)
    assert ("2026-2027冰雪季开幕式", "organizedBy", "甲省体育局", None) not in got


FESTIVAL = {"甲市人民政府": "Organization", "乙区人民政府": "Organization", "第十二届青禾冰雪那达慕": "Event"}


def test_this_edition_of_a_festival_names_its_holders():
    got = _run("11月30日,第十二届青禾冰雪那达慕在某区开幕。本届冰雪那达慕由甲市人民政府主办,乙区人民政府承办。", FESTIVAL)
    assert ("第十二届青禾冰雪那达慕", "organizedBy", "甲市人民政府", None) in got
    assert ("第十二届青禾冰雪那达慕", "organizedBy", "乙区人民政府", None) in got
    got = _run("11月30日,第十二届青禾冰雪那达慕在某区开幕。甲市人民政府主办的赛马会在乙区举行。", FESTIVAL)
    assert ("第十二届青禾冰雪那达慕", "organizedBy", "甲市人民政府", None) not in got


SENT = {"甲县供电公司": "Company", "乙供电所": "Company", "丙供电所": "Company", "冬季保供电专项行动": "Event"}


def test_units_whose_people_are_sent_take_part_and_the_sender_holds_it():
    got = _run("今年,甲县供电公司成立了领导小组,并组织乙供电所、丙供电所的骨干开展冬季保供电专项行动。", SENT)
    assert ("乙供电所", "participatedIn", "冬季保供电专项行动", None) in got
    assert ("丙供电所", "participatedIn", "冬季保供电专项行动", None) in got
    assert ("冬季保供电专项行动", "organizedBy", "甲县供电公司", None) in got
    assert ("冬季保供电专项行动", "organizedBy", "乙供电所", None) not in got
    # without the verb that sends them, the unit before 开展 holds its own campaign
    got = _run("今年,乙供电所开展冬季保供电专项行动。", SENT)
    assert ("冬季保供电专项行动", "organizedBy", "乙供电所", None) in got


CONTEST = {"甲邮政分公司": "Company", "乙县总工会": "Organization", "“邮路先锋”技能比武": "Event"}


def test_partners_that_jointly_launch_a_contest_hold_it():
    got = _run("今年5月,甲邮政分公司与乙县总工会联合开展“邮路先锋”技能比武。", CONTEST)
    assert ("“邮路先锋”技能比武", "organizedBy", "甲邮政分公司", None) in got
    assert ("“邮路先锋”技能比武", "organizedBy", "乙县总工会", None) in got
    assert ("甲邮政分公司", "participatedIn", "“邮路先锋”技能比武", None) not in got
    # a unit that only takes part in it
    got = _run("今年5月,甲邮政分公司参加了“邮路先锋”技能比武。", CONTEST)
    assert ("甲邮政分公司", "participatedIn", "“邮路先锋”技能比武", None) in got


QUAKE = {"甲供电公司": "Company", "“5·22”某县地震": "Event", "“守护家园”地震应急演练": "Event"}


def test_a_unit_responding_to_a_quoted_disaster_takes_part_even_with_a_quake_drill_named():
    text = ("“5·22”某县地震五周年回访\n记者 某某\n五年前的5月22日凌晨,某县发生“5·22”某县地震。"
            "那一夜,甲供电公司连夜启动一级应急响应。5月20日,甲供电公司举行“守护家园”地震应急演练。")
    got = _run(text, QUAKE)
    assert ("甲供电公司", "participatedIn", "“5·22”某县地震", None) in got
    # the response must come soon after the disaster: not in a later paragraph's drill
    got = _run("“5·22”某县地震五周年回访\n今年5月20日,甲供电公司举行“守护家园”地震应急演练。", QUAKE)
    assert ("甲供电公司", "participatedIn", "“5·22”某县地震", None) not in got


BATTLE = {"甲供电局": "Company", "疫情防控保供电攻坚战": "Event"}


def test_a_unit_that_staffs_a_battle_wages_it():
    got = _run("甲供电局第一时间启动应急响应,组织党员突击队进驻隔离点,全力打好疫情防控保供电攻坚战。", BATTLE)
    assert ("疫情防控保供电攻坚战", "organizedBy", "甲供电局", None) in got
    # fighting it with no people of its own organised: a party to it
    got = _run("甲供电局全力打好疫情防控保供电攻坚战。", BATTLE)
    assert ("甲供电局", "participatedIn", "疫情防控保供电攻坚战", None) in got
    assert ("疫情防控保供电攻坚战", "organizedBy", "甲供电局", None) not in got


TRAINING = {"甲煤炭有限公司": "Company", "安全管理人员培训班": "Event"}


def test_a_units_own_training_held_in_a_far_named_town_is_its_own():
    got = _run("11月10日至14日,甲煤炭有限公司安全管理人员培训班在某旗某某湾镇举办。", TRAINING)
    assert ("安全管理人员培训班", "organizedBy", "甲煤炭有限公司", None) in got
    # a place so long it is a clause of its own: not this shape
    got = _run("甲煤炭有限公司安全管理人员培训班的学员们分别来自某旗某某湾镇的十几个矿井和选煤厂后来举办", TRAINING)
    assert ("安全管理人员培训班", "organizedBy", "甲煤炭有限公司", None) not in got


AFFILIATES = {"甲新能源有限公司": "Company", "乙风电分公司": "Company", "丙光伏分公司": "Company",
              "迎峰度冬保供电专项行动": "Event"}


def test_the_holders_affiliates_listed_after_its_campaign_take_part():
    got = _run("受寒潮影响,甲新能源有限公司启动迎峰度冬保供电专项行动,所属乙风电分公司、丙光伏分公司全员在岗。",
               AFFILIATES)
    assert ("乙风电分公司", "participatedIn", "迎峰度冬保供电专项行动", None) in got
    assert ("丙光伏分公司", "participatedIn", "迎峰度冬保供电专项行动", None) in got
    # units named after the campaign without 所属/旗下 are not its holder's own
    got = _run("受寒潮影响,甲新能源有限公司启动迎峰度冬保供电专项行动,乙风电分公司、丙光伏分公司发来贺信。",
               AFFILIATES)
    assert ("乙风电分公司", "participatedIn", "迎峰度冬保供电专项行动", None) not in got
