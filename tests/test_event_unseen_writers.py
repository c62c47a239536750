"""Events as unseen writers phrase them, on made-up sentences: spells of weather dated by their month,
festivals by their edition, campaigns named only by their quotes, activities counted as a kind; each
with a near miss."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _events(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Event"}


def test_a_spell_dated_by_its_month_that_strikes():
    events = _events("2025年7月,青禾县遭遇特大暴雨,多个村庄停电。")
    assert "2025年7月特大暴雨" in events
    assert not _events("2025年7月,青禾县发布暴雨防御指南。")


def test_freezing_rain_is_a_dated_spell():
    events = _events("2月2日起,青禾山区遭遇持续冻雨,线路覆冰严重。")
    assert "2月2日冻雨" in events  # named by the date and the word, as the seed writer does


def test_a_festival_counted_by_its_edition():
    events = _events("4月16日,第九届青禾茶文化旅游节在某镇开幕。")
    assert "第九届青禾茶文化旅游节" in events
    assert not _events("青禾镇的茶文化很有名。")


def test_a_campaign_launched_by_its_quoted_name_alone():
    assert "以购代捐" in _events("该局还发动职工开展“以购代捐”,今年采购农产品42万元。")
    assert not _events("供电所员工定期进村开展“电力体检”,每季度巡视一次。")


def test_activities_counted_are_a_kind_not_one_happening():
    assert not _events("今年以来各县公司共开展共建活动60余次。")


def test_a_gathering_named_before_where_it_is_held():
    events = _events("8月18日,青禾供电局2026年乡村振兴驻村干部能力提升培训班在某县举办。")
    assert "2026年乡村振兴驻村干部能力提升培训班" in events
    assert not _events("青禾供电局培训班在某县的学员已全部结业。")


def test_a_slogan_of_two_calls_is_one_campaign():
    events = _events("公司将在全公司开展“学标兵、争一流”活动。")
    assert "“学标兵、争一流”活动" in events
    assert not _events("职工们“学标兵”、“争一流”,干劲十足。")


def test_an_operation_joined_or_launched_with_its_alert():
    assert "抗台抢险" in _events("青禾县供电公司组织320名抢修人员投入抗台抢险。")
    assert "抗灾抢险" in _events("青禾供电公司第一时间启动抗灾抢险应急响应,组织人员连夜奋战。")
    assert not _events("青禾供电公司投入抗雪保电。")


def test_a_drill_scenario_is_no_disaster():
    assert not any("山洪" in name for name in _events("5月10日上午,一场模拟特大山洪冲击厂区的演练在某县展开。"))


def test_a_headline_meeting_without_its_year_is_the_body_meeting():
    text = "青禾供电公司召开迎峰度冬保供电工作会议\n11月14日,青禾供电公司召开2026年迎峰度冬保供电工作会议,部署重点工作。"
    events = _events(text)
    assert "2026年迎峰度冬保供电工作会议" in events
    assert "迎峰度冬保供电工作会议" in events["2026年迎峰度冬保供电工作会议"]
    assert not _events("青禾供电公司召开迎峰度冬保供电工作会议\n公司部署了重点工作。")


def test_a_contest_keeps_its_trade_term_and_drops_its_holder():
    events = _events("青禾供电举办配网带电作业技能竞赛\n9月12日,青禾供电公司配网不停电作业技能竞赛在某县举行。")
    assert "配网不停电作业技能竞赛" in events
    assert "配网带电作业技能竞赛" in events["配网不停电作业技能竞赛"]  # the headline's wording of it
    assert not any("举办" in name for name in events)


def test_a_drill_named_before_where_it_unfolds():
    events = _events("5月10日上午,一场模拟山洪冲击厂区的防汛应急演练在某县河畔展开。")
    assert "防汛应急演练" in events


def test_an_operation_named_a_campaign_once_keeps_the_name():
    events = _events("青禾供电局全力开展抗冰保电。据统计,此次抗冰保电行动中,该局累计出动抢修人员260人次。")
    assert "抗冰保电行动" in events
    assert "抗冰保电" not in events


def test_a_bare_opening_ceremony_is_part_of_another_event():
    assert not _events("启动仪式上,青禾燃气公司总经理为服务队授旗。")
    events = _events("青禾社区服务站揭牌启动仪式在某街道举行。启动仪式上,某公司总经理致辞。")
    assert "青禾社区服务站揭牌启动仪式" in events
    assert not any("确保" in name for name in _events("公司制定方案,确保开幕式及各项活动用电万无一失。"))
