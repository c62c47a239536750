"""Event names as readers and writers vary them, on made-up sentences: an event's name with its year
and its year-free mention, a bare kind standing for the one named event of that kind, a dated rain taking the
name of the quoted flood of that day; each with a near miss."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _events(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Event"}


def test_a_meeting_named_with_its_year_is_named_without_it_too():
    events = _events("11月2日,青禾州召开2026年劳动模范和先进集体表彰大会,表彰了一批先进。")
    assert list(events) == ["2026年劳动模范和先进集体表彰大会"]
    assert "劳动模范和先进集体表彰大会" in events["2026年劳动模范和先进集体表彰大会"]


def test_this_years_contest_is_the_one_named_with_the_year():
    events = _events("青禾水务集团举行2026年度供水抢修技能竞赛\n8月5日,青禾水务集团举行年度供水抢修技能竞赛,决出前三名。")
    assert list(events) == ["供水抢修技能竞赛"]


def test_two_years_of_one_meeting_keep_their_years():
    events = _events("2月3日,青禾供电局召开2025年安全生产工作会议。2月4日,青禾水务局召开2026年安全生产工作会议。")
    assert sorted(events) == ["2025年安全生产工作会议", "2026年安全生产工作会议"]


def test_a_part_of_the_year_keeps_the_year():
    assert "2025年第一季度政企联席会议" in _events("3月6日,青禾供电局召开2025年第一季度政企联席会议。")


def test_a_bare_kind_launched_is_the_one_named_contest():
    text = ("青禾新能源公司2026年度风光储劳动竞赛总结表彰会召开\n"
            "11月19日,青禾新能源公司2026年度风光储劳动竞赛总结表彰会在某市召开。今年3月,公司决定开展劳动竞赛,"
            "把发电量纳入考核。")
    events = _events(text)
    assert "劳动竞赛" not in events
    assert "风光储劳动竞赛" in events


def test_a_bare_kind_with_two_named_ones_stays_apart():
    text = "青禾供电公司开展夏季劳动竞赛和安全劳动竞赛。5月,公司还组织开展劳动竞赛,覆盖全部班组。"
    events = _events(text)
    assert not any(name.endswith("劳动竞赛") and len(name) > 4 and "劳动竞赛" in aliases
                   for name, aliases in events.items())


def test_a_quoted_campaign_repeated_without_its_season_is_the_same():
    text = ("青禾:供电水务联合开展“敲门行动”\n青禾供电中心与青禾供水公司联合开展“冬季敲门行动”,走访独居老人。"
            "接下来,中心将把“敲门行动”与网格化服务结合起来。")
    events = _events(text)
    assert "敲门行动" not in events
    assert any(name.endswith("冬季敲门行动") for name in events)


def test_a_dated_rain_is_the_quoted_flood_of_that_day():
    text = "青禾“7·14”洪水\n7月14日,青禾县遭遇特大暴雨,多个乡镇被淹。"
    events = _events(text)
    assert len(events) == 1
    [(name, aliases)] = events.items()
    assert name.endswith("“7·14”洪水") and "7月14日" in aliases
    # a rain of another day stays its own event
    other = _events("青禾“7·14”洪水\n7月20日,青禾县遭遇特大暴雨,多个乡镇被淹。")
    assert "7月20日特大暴雨" in other


def test_a_festival_or_games_named_with_its_year():
    events = _events("1月4日,2026青禾马拉松在环岛路鸣枪开跑,3万名跑者参赛。")
    assert "青禾马拉松" in events.get("2026青禾马拉松", ())
    events = _events("9月30日至10月4日,2026青禾州文化旅游节在某镇举行。")
    assert "青禾州文化旅游节" in events.get("2026青禾州文化旅游节", ())
    assert not _events("2026年青禾州接待游客300万人次。")


def test_a_gathering_organised_by_its_host():
    events = _events("比赛期间,主办方还组织了“师带徒”经验交流会,某公司主任作了发言。")
    assert "“师带徒”经验交流会" in events


def test_gatherings_counted_or_of_every_kind_are_no_event():
    assert not _events("据悉,青禾煤炭今年以来已举办各类安全培训班23期。")
    assert not _events("青禾供电公司今年举办安全培训班12期,覆盖全部班组。")


def test_who_is_organised_is_no_part_of_the_drill():
    events = _events("5月12日,青禾供电公司组织员工开展应急疏散演练,检验应急能力。")
    assert list(events) == ["应急疏散演练"]
    assert not _events("青禾供电公司组织各分局开展同类演练。")


def test_a_campaign_month_and_its_year_belong_to_the_ceremony():
    events = _events("5月20日,青禾市2026年安全生产月活动启动仪式在市民广场举行。")
    assert list(events) == ["2026年安全生产月活动启动仪式"]
    assert "安全生产月活动启动仪式" in events["2026年安全生产月活动启动仪式"]


def test_an_inspection_inside_a_meetings_name():
    events = _events("12月2日,青禾供电公司举行冬季安全生产大检查启动会。")
    assert list(events) == ["冬季安全生产大检查启动会"]


def test_a_class_that_opens_is_an_event_named_with_and_without_its_session():
    events = _events("8月10日,青禾供电公司2026年青年员工技能提升培训班开班,50名学员参加。")
    assert "青年员工技能提升培训班" in events.get("2026年青年员工技能提升培训班", ())
    events = _events("“村电工”进课堂 首期农电骨干培训班开班\n4月15日,青禾供电公司2026年第一期农电骨干培训班开班。")
    assert list(events) == ["2026年第一期农电骨干培训班"]
    assert {"首期农电骨干培训班", "农电骨干培训班"} <= set(events["2026年第一期农电骨干培训班"])
    assert not _events("青禾供电公司的培训班很受欢迎。")


def test_sharing_and_lecture_meetings_are_gatherings():
    assert "“书香国网”读书分享会" in _events("4月23日,青禾供电公司举办“书香国网”读书分享会。")


def test_a_service_done_for_someone_is_no_inspection():
    assert not _events("10月11日重阳节当天,青禾供电公司组织志愿者为老人检查家中用电线路。")
    assert "保供电检查" in _events("2月3日,青禾供电所在某养老院开展保供电检查,对变压器逐一测温。")


def test_a_quoted_name_launched_as_routine_anywhere_in_its_clause():
    assert not _events("青禾社区是与供电公司结对最早的社区之一,每季度都会派出志愿者开展“电力课堂”。")
    assert "以购代捐" in _events("该局还发动职工开展“以购代捐”,今年采购农产品42万元。")


def test_a_headline_wording_the_body_event_its_own_way():
    text = ("青禾供电举办配网带电作业技能竞赛\n"
            "9月12日,青禾供电公司2026年配网不停电作业技能竞赛在某县举行,48名选手参赛。")
    events = _events(text)
    assert len(events) == 1
    [(name, aliases)] = events.items()
    assert name == "配网不停电作业技能竞赛" and "配网带电作业技能竞赛" in aliases
    # a headline naming another contest stays its own
    other = _events("青禾供电举办安全知识竞赛\n9月12日,青禾供电公司2026年配网不停电作业技能竞赛在某县举行。")
    assert "安全知识竞赛" in other


def test_what_a_host_holds_is_named_after_its_de():
    events = _events("6月18日,青禾供电公司参加了青禾市应急管理局组织的2026年防汛综合应急演练。")
    assert "防汛综合应急演练" in events.get("2026年防汛综合应急演练", ())
    events = _events("据悉,在此前举行的全市高考模拟演练中,该公司已对全部考点开展过一次切换测试。")
    assert "全市高考模拟演练" in events
    assert not _events("青禾供电公司举办的各类活动受到居民欢迎。")


def test_a_quoted_campaign_started_or_joined_by_its_name():
    assert "春风行动" in _events("3月,青禾供电公司启动“春风行动”,为小微企业提供用电服务。")


def test_a_ceremony_of_any_kind_held_or_attended():
    assert "新员工入职宣誓仪式" in _events("9月15日,青禾供电公司举行新员工入职宣誓仪式。")
    assert "结业仪式" in _events("14日下午,青禾供电局副总经理林某出席结业仪式,为学员颁发证书。")
    assert not _events("青禾供电公司很重视仪式感。")


def test_a_campaign_launched_for_a_span_of_time():
    assert "电力设施保护宣传周活动" in _events("青禾供电公司组织开展了为期一周的电力设施保护宣传周活动。")


def test_work_done_again_and_again_is_no_event():
    assert not _events("每年汛期,青禾供电公司都会开展防汛应急演练。")
    assert not _events("该公司坚持开展“三会一课”,不断加强党员教育管理。")
    assert "防汛应急演练" in _events("6月3日,青禾供电公司开展防汛应急演练。")


def test_a_contest_named_by_its_kind_alone_is_no_event():
    assert not _events("他多次参加省公司组织的技能竞赛并获奖。")


def test_a_gathering_referred_back_to_is_no_name():
    assert not _events("这次培训班结业后,学员们回到各自岗位。")
    assert not _events("本次竞赛由青禾供电公司主办。")


def test_an_award_ceremony_by_its_edition_or_spoken_at():
    assert "第五届“青禾工匠”颁奖典礼" in _events("12月28日,第五届“青禾工匠”颁奖典礼在青禾大剧院举行。")
    events = _events("在青禾市第三届道德模范颁奖典礼上,王某被授予“青禾市道德模范”称号。")
    assert "第三届道德模范颁奖典礼" in events


def test_a_quoted_volunteer_service():
    events = _events("青禾供电公司“彩虹”志愿服务队开展“关爱空巢老人”志愿服务。")
    assert "“关爱空巢老人”志愿服务" in events.get("关爱空巢老人", ())
    assert not _events("青禾供电公司成立“彩虹”志愿服务队。")


def test_a_bare_signing_is_the_signing_of_the_one_agreement_signed():
    text = "青禾供电所党支部与某村党支部签订党建联建协议。镇党委副书记李某出席签约仪式。"
    events = _events(text)
    assert list(events) == ["党建联建签约仪式"] and "签约仪式" in events["党建联建签约仪式"]
    two = _events("双方签订党建联建协议,并签署战略合作协议。李某出席签约仪式。")
    assert "签约仪式" in two


def test_a_quake_named_by_its_place_alone_is_the_texts_one_quake():
    text = "芦山地震抢通纪实\n4月20日早晨,雅安市芦山县发生7.0级地震。震后10分钟,某公司启动应急响应。"
    events = _events(text)
    assert len(events) == 1
    [(name, aliases)] = events.items()
    assert name.endswith("7.0级地震") and "芦山地震" in aliases
