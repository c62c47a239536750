"""Honours whose kind names their giver (五一劳动奖章 by the level's 总工会, 三八红旗手 by its 妇联): made-up
sentences with invented names (rules alone), each with a near miss."""

from __future__ import annotations

from kg.extract import relations
from test_relations import facts, make


def _run(text: str, entities: dict[str, str]) -> set[tuple[str, str, str, str | None]]:
    doc, ents = make(text, entities)
    return facts(relations.find_relations(doc, ents, learned=False)[0])


BODIES = {"青禾市总工会": "Organization", "青禾市妇女联合会": "Organization", "张青禾": "Person",
          "甲水务公司": "Company", "苗岭省总工会": "Organization"}


def test_a_level_s_union_gives_its_may_day_medal() -> None:
    got = _run("青禾市总工会近日公布表彰名单。甲水务公司工艺主管张青禾荣获“青禾市五一劳动奖章”。", BODIES)
    assert ("张青禾", "honoredBy", "青禾市总工会", "青禾市五一劳动奖章") in got


def test_a_level_s_women_s_federation_gives_its_red_banner() -> None:
    got = _run("青禾市妇女联合会召开大会。甲水务公司工艺主管张青禾去年获评青禾市三八红旗手。", BODIES)
    assert ("张青禾", "honoredBy", "青禾市妇女联合会", "青禾市三八红旗手") in got


def test_a_union_of_another_level_gives_nothing() -> None:
    got = _run("苗岭省总工会近日召开工作会议。甲水务公司工艺主管张青禾荣获“青禾市五一劳动奖章”。", BODIES)
    assert not any(f[1] == "honoredBy" for f in got)


MEETING = {"甲供电公司": "Company", "乙供电所": "Company", "张青禾": "Person", "庆祝大会": "Event"}


def test_a_person_commended_right_after_the_unit_s_commendation_meeting_is_honoured_by_it() -> None:
    got = _run("7月1日,甲供电公司召开庆祝大会,表彰了一批优秀共产党员。乙供电所所长张青禾被评为优秀共产党员。", MEETING)
    assert ("张青禾", "honoredBy", "甲供电公司", "优秀共产党员") in got


def test_a_meeting_that_commends_nobody_gives_no_honour() -> None:
    got = _run("7月1日,甲供电公司召开庆祝大会,部署了下半年工作。乙供电所所长张青禾被评为优秀共产党员。", MEETING)
    assert ("张青禾", "honoredBy", "甲供电公司", "优秀共产党员") not in got


GIVERS = {"张青禾": "Person", "青禾市委宣传部": "Organization", "青禾市文明办": "Organization", "青禾县委": "Organization",
          "甲供电公司": "Company"}


def test_every_body_named_between_the_verb_and_the_award_gives_it() -> None:
    got = _run("甲供电公司员工张青禾荣获由青禾市委宣传部、青禾市文明办联合评选的“青禾好人”称号。", GIVERS)
    assert ("张青禾", "honoredBy", "青禾市委宣传部", "青禾好人") in got
    assert ("张青禾", "honoredBy", "青禾市文明办", "青禾好人") in got
    got = _run("甲供电公司员工张青禾近日获得青禾县委、县政府授予的“优秀共产党员”称号。", GIVERS)
    assert ("张青禾", "honoredBy", "青禾县委", "优秀共产党员") in got
    got = _run("张青禾受到青禾县委的通报表彰。", GIVERS)
    assert ("张青禾", "honoredBy", "青禾县委", None) in got


def test_help_or_praise_in_words_from_a_body_is_no_honour() -> None:
    got = _run("张青禾获得甲供电公司提供的帮助,也获得了青禾县委的认可。", GIVERS)
    assert not any(f[1] == "honoredBy" for f in got)


ROLL = {"张青禾": "Person", "李青苗": "Person", "青禾市总工会": "Organization", "青禾县委": "Organization",
        "青禾市委宣传部": "Organization", "甲供电公司": "Company"}


def test_a_body_s_decision_or_commendation_names_whom_it_honours() -> None:
    got = _run("青禾市总工会日前作出决定,授予甲供电公司员工张青禾“五一劳动奖章”。", ROLL)
    assert ("张青禾", "honoredBy", "青禾市总工会", "五一劳动奖章") in got
    got = _run("青禾县委近日表彰了一批优秀共产党员,张青禾、李青苗榜上有名。", ROLL)
    assert ("张青禾", "honoredBy", "青禾县委", None) in got
    assert ("李青苗", "honoredBy", "青禾县委", None) in got
    got = _run("张青禾当选青禾市委宣传部评选的“青禾好人”。", ROLL)
    assert ("张青禾", "honoredBy", "青禾市委宣传部", "青禾好人") in got


def test_a_decision_or_news_that_honours_nobody_gives_nothing() -> None:
    assert not any(f[1] == "honoredBy" for f in _run("青禾市总工会作出决定,对张青禾进行处分。", ROLL))
    assert not any(f[1] == "honoredBy" for f in _run("青禾市总工会近日发布消息,张青禾表示很高兴。", ROLL))


def test_a_body_that_praises_a_person_or_judges_a_selection_honours_them() -> None:
    got = _run("青禾县委对张青禾、李青苗等5名同志进行了表彰。", ROLL)
    assert {("张青禾", "honoredBy", "青禾县委", None), ("李青苗", "honoredBy", "青禾县委", None)} <= got
    got = _run("在青禾市总工会组织的评选中,张青禾获评“技术能手”,李青苗被评为“岗位标兵”。", ROLL)
    assert ("李青苗", "honoredBy", "青禾市总工会", "岗位标兵") in got
    assert not any(f[1] == "honoredBy" for f in _run("青禾县委对张青禾进行了批评。", ROLL))
    assert not any(f[1] == "honoredBy" for f in _run("在青禾市总工会的指导下,张青禾获评“技术能手”。", ROLL))


def test_every_body_listed_before_an_active_award_gives_it() -> None:
    got = _run("甲供电公司、青禾县委授予张青禾“技术能手”称号。", ROLL)
    assert ("张青禾", "honoredBy", "甲供电公司", "技术能手") in got
    assert ("张青禾", "honoredBy", "青禾县委", "技术能手") in got
    got = _run("张青禾在青禾县委组织的评比中被评为“优秀共产党员”。", ROLL)
    assert ("张青禾", "honoredBy", "青禾县委", "优秀共产党员") in got


def test_active_awards_with_a_time_word_and_lists_of_bodies_with_their_awards() -> None:
    got = _run("青禾市总工会于2025年授予张青禾“五一劳动奖章”。", ROLL)
    assert ("张青禾", "honoredBy", "青禾市总工会", "五一劳动奖章") in got
    got = _run("青禾市总工会命名张青禾为“技术能手”。", ROLL)
    assert ("张青禾", "honoredBy", "青禾市总工会", "技术能手") in got
    got = _run("张青禾,先后获得青禾市总工会“技术能手”、青禾县委“优秀共产党员”等称号。", ROLL)
    assert ("张青禾", "honoredBy", "青禾县委", "优秀共产党员") in got
    assert not any(f[1] == "honoredBy" for f in _run("青禾市总工会于是邀请张青禾讲课。", ROLL))


ROLL2 = {"张青禾": "Person", "李青苗": "Person", "王青松": "Person", "青禾市总工会": "Organization",
         "青禾团市委": "Organization", "甲供电公司": "Company"}


def test_the_roll_of_an_announcement_runs_on_over_its_honour_sentences() -> None:
    text = ("近日,青禾市总工会发布表彰决定。甲供电公司共有3人获此殊荣。"
            "其中,运检部主任张青禾获得“青禾市技术能手”称号。配电班班长李青苗、营销部专责王青松被授予“青禾市优秀职工”称号。")
    got = _run(text, ROLL2)
    assert ("张青禾", "honoredBy", "青禾市总工会", "青禾市技术能手") in got
    assert {("李青苗", "honoredBy", "青禾市总工会", "青禾市优秀职工"),
            ("王青松", "honoredBy", "青禾市总工会", "青禾市优秀职工")} <= got


def test_a_sentence_naming_its_own_announcer_or_after_a_break_is_not_on_the_roll() -> None:
    text = ("近日,青禾市总工会发布表彰决定,张青禾被授予“青禾市技术能手”称号。"
            "同期,青禾团市委表彰一批青年岗位能手,李青苗榜上有名。")
    got = _run(text, ROLL2)
    assert ("李青苗", "honoredBy", "青禾市总工会", None) not in got
    text = ("近日,青禾市总工会发布表彰决定。甲供电公司今年完成抢修任务300余次。"
            "运检部主任张青禾获得“青禾市技术能手”称号。")
    assert ("张青禾", "honoredBy", "青禾市总工会", "青禾市技术能手") not in _run(text, ROLL2)


def test_an_award_written_plain_is_read_by_its_kind() -> None:
    got = _run("张青禾被青禾县委评为优秀共产党员,被青禾市总工会授予技术能手称号。", ROLL)
    assert ("张青禾", "honoredBy", "青禾县委", "优秀共产党员") in got
    assert ("张青禾", "honoredBy", "青禾市总工会", "技术能手") in got
    got = _run("青禾市总工会授予张青禾五一劳动奖章。", ROLL)
    assert ("张青禾", "honoredBy", "青禾市总工会", "五一劳动奖章") in got
    assert not any(f[1] == "honoredBy" for f in _run("青禾市总工会授予张青禾一面锦旗。", ROLL))
    assert not any(f[1] == "honoredBy" for f in _run("张青禾被青禾县委评为先进。", ROLL))


def test_a_roll_of_persons_with_their_units_and_a_count_is_honoured_whole() -> None:
    text = "近日,青禾市总工会公布2026年度“青禾工匠”名单,甲供电公司运检部主任张青禾、某所所长李青苗等3人榜上有名。"
    got = _run(text, ROLL2)
    assert ("张青禾", "honoredBy", "青禾市总工会", "青禾工匠") in got
    assert ("李青苗", "honoredBy", "青禾市总工会", "青禾工匠") in got
    text = "近日,青禾市总工会发布表彰决定。甲供电公司运检部主任张青禾、某所所长李青苗等3人被授予“青禾工匠”称号。"
    got = _run(text, ROLL2)
    assert ("张青禾", "honoredBy", "青禾市总工会", "青禾工匠") in got
    assert ("李青苗", "honoredBy", "青禾市总工会", "青禾工匠") in got
