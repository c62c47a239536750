"""Event names on made-up sentences: meetings convened with their year, quoted gatherings, occasions
joined by 暨, ceremonies named by the site, drills launched with their year; each with a near miss."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _events(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Event"}


def test_meeting_convened_with_its_year_and_a_kind_of_gathering():
    events = _events("8月2日,国网青禾县供电公司召开2026年安全警示教育大会,通报典型案例。")
    assert "2026年安全警示教育大会" in events


def test_a_recurring_kind_of_meeting_alone_is_no_event():
    events = _events("项目部党支部与村党总支每季度召开一次联席会议。")
    assert not events


def test_quarter_belongs_to_the_meeting_name():
    events = _events("3月6日,青禾供电局与某街道办事处召开2025年第一季度政企联席会议。")
    assert "2025年第一季度政企联席会议" in events


def test_headline_meeting_takes_the_full_name_of_the_body():
    text = "青禾电力召开2025年度表彰大会\n2月5日,2025年度先进集体和先进个人表彰大会在某市召开。"
    events = _events(text)
    assert "2025年度先进集体和先进个人表彰大会" in events
    assert "2025年度表彰大会" not in events


def test_meeting_held_at_a_place_before_it():
    events = _events("今年3月,在某州召开的乡村振兴工作推进会上,张某被授予称号。")
    assert "乡村振兴工作推进会" in events
    assert not any("召开" in e for e in events)


def test_two_occasions_joined_and_a_festival_in_the_name():
    events = _events("4月27日,青禾市庆祝五一国际劳动节暨劳动模范表彰大会召开。")
    assert "青禾市庆祝五一国际劳动节暨劳动模范表彰大会" in events


def test_quoted_gathering_names_itself():
    events = _events("青禾供电所今年承办了全市“台区经理技能提升培训班”。")
    assert "台区经理技能提升培训班" in events
    assert not _events("青禾供电所今年获评全市“五星级供电所”。")


def test_slogan_with_a_plus_inside_a_meeting_name():
    events = _events("11月3日,国网某省电力公司“网格化+党建”供电服务现场会在某区召开。")
    assert any(name.endswith("“网格化+党建”供电服务现场会") for name in events)


def test_ceremony_named_by_its_site_and_joined_occasions():
    events = _events("11月4日,青禾供电服务站揭牌仪式在某镇举行。")
    assert "青禾供电服务站揭牌仪式" in events
    events = _events("9月3日,某供电局与某社区举行结对共建签约暨“党员进网格”启动仪式。")
    assert "结对共建签约暨“党员进网格”启动仪式" in events


def test_drill_launched_with_its_year_keeps_the_year_as_an_alias():
    events = _events("5月6日,某供电局在某街道开展2026年防汛应急综合演练。")
    assert "防汛应急综合演练" in events
    assert "2026年防汛应急综合演练" in events["防汛应急综合演练"]


def test_response_operation_framed_as_a_happening():
    assert "抗雪抢修保供电" in _events("某供电公司连夜开展抗雪抢修保供电。")
    assert "冻雨抗冰抢修" in _events("所长某某带领6人参加了冻雨抗冰抢修。")
    assert "冰雹灾害抢修" in _events("副经理慰问了参与冰雹灾害抢修的队员。")
    # a task in passing, not a happening
    assert not _events("某公司组织抢修人员投入抗雪保电。")
    assert not _events("在抗灾保电过程中,某公司组建突击队。")


def test_every_mention_of_a_response_operation():
    events = _events("此次抗冰抢险检验了机制。某公司总经理、抗冰抢险现场总指挥张某分派任务。")
    assert list(events) == ["抗冰抢险"]


def test_holiday_supply_when_the_text_returns_to_it_or_sets_it_up():
    assert "国庆保电" in _events("“国庆保电,我们9月就开始准备。”员工某某第一次参加国庆保电。")
    assert "春节保供电" in _events("节前,某供电局成立了春节保供电工作组。")
    assert not _events("春节期间,他冲锋在春节保电第一线。")
    assert not _events("某供电局做好春节保电。")


def test_a_spell_of_rain_is_named_by_its_date_and_by_its_words():
    events = _events("受冷空气影响,10月9日至12日某市出现持续强降雨,某河水位上涨。")
    assert "10月9日至12日强降雨" in events
    assert {"持续强降雨", "强降雨"} <= set(events["10月9日至12日强降雨"])
    events = _events("1月3日至4日,某市遭遇今冬最强降雪,积雪超过20厘米。")
    assert "今冬最强降雪" in events["1月3日至4日降雪"]


def test_a_storm_named_in_quotes_is_the_only_disaster_of_its_sentence():
    events = _events("12月1日至2日,某市遭遇入冬以来最强降雪,“12·1”暴雪导致线路覆冰。")
    assert list(events) == ["“12·1”暴雪"]


def test_launched_references_kinds_and_scopes_are_no_names():
    assert not _events("该所开展此项活动已有三年,还组织各类应急演练。")
    assert not _events("明年将把“冬季保供”也纳入劳动竞赛范围。")
    assert "安全知识竞赛" in _events("该所组织开展安全知识竞赛。")


def test_bare_closing_ceremony_is_part_of_another_event():
    assert not _events("工会主席在闭幕式上说,竞赛带动了队伍。")


def test_operation_named_by_its_topic_without_a_verb():
    assert "迎峰度夏专项行动" in _events("据悉,青禾供电公司迎峰度夏专项行动自6月启动。")
    assert not _events("据悉,专项行动将持续到9月底。")


def test_contest_held_by_a_unit_keeps_its_scope():
    events = _events("公司将推荐某某参加某省电力公司今年10月举办的全省带电作业竞赛。")
    assert "全省带电作业竞赛" in events


def test_earthquake_named_by_magnitude_and_place():
    events = _events("昭通4.9级地震后 供电人10小时抢通电力\n5月3日23时,昭通市某县发生4.9级地震,震中位于某乡。")
    assert list(events) == ["昭通4.9级地震"]


def test_quoted_campaign_keeps_its_noun_as_an_alias():
    events = _events("今年10月,某分公司组织党员到某村开展“反诈宣传进农家”活动。")
    assert "反诈宣传进农家" in events
    assert "“反诈宣传进农家”活动" in events["反诈宣传进农家"]


def test_commissioning_of_works_is_an_event_named_without_its_adverb():
    events = _events("220千伏青禾变电站正式投运\n6月2日,220千伏青禾变电站正式投运。据介绍,220千伏青禾变电站新增主变两台。")
    assert "220千伏青禾变电站投运" in events
    assert "220千伏青禾变电站" in events["220千伏青禾变电站投运"]
    # a substation that will be put in service, or one counted, is no event
    assert not _events("某变电站投运后将缓解压力。这是今年投运的第三座220千伏变电站。220千伏某变电站投运后将缓解压力。")


def test_headline_event_with_words_left_out_is_the_body_one():
    events = _events("青禾供电局开展防汛应急演练\n5月6日,青禾供电局在某街道开展2026年防汛应急综合演练。")
    assert list(events) == ["防汛应急综合演练"]
    # in the body, a shorter name is a different event
    events = _events("5月6日,青禾供电局开展防汛应急综合演练。此前,该局还于4月开展了防汛应急演练,共有百余人参加。")
    assert len(events) == 2


def test_contest_in_a_headline_is_named_without_its_year():
    events = _events("某省电力举办2026年输电线路带电作业技能竞赛\n10月9日,由某省电力公司主办的2026年输电线路带电作业技能竞赛开幕。")
    assert list(events) == ["输电线路带电作业技能竞赛"]


def test_generic_activities_and_planned_drills():
    assert not _events("这是她第一次参加志愿服务活动。服务队还长期开展助学活动。")
    assert "大坝溃坝应急演练" in _events("会上明确,由安全监察部负责组织8月下旬的大坝溃坝应急演练。")


def _mentions(text: str) -> dict[str, int]:
    return {e.name: len(e.mentions) for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Event"}


def test_a_launched_event_named_again_in_the_body_is_mentioned_there():
    text = ("青禾供电公司开展极寒天气青禾停电应急演练\n"
            "11月5日,青禾供电公司在某市举行2026年极寒天气青禾停电应急演练,某局派员观摩。")
    assert _mentions(text).get("极寒天气青禾停电应急演练") == 2


def test_a_short_launched_name_is_not_looked_for_again():
    text = "青禾供电公司开展巡视活动\n11月5日,青禾供电公司在某市又一次巡视活动,某局派员观摩。"
    assert _mentions(text).get("巡视活动", 0) <= 1
