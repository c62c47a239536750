"""Event rules for responses and happenings unseen writers name (made-up sentences), each with a near miss."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _events(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Event"}


def test_a_response_raised_to_a_level_against_a_hazard():
    assert "地震灾害Ⅲ级应急响应" in _events("青禾供电局立即启动地震灾害Ⅲ级应急响应,连夜赶赴震中。")
    assert "通信保障一级响应" in _events("青禾分公司启动通信保障一级响应,抢通基站12个。")


def test_a_bare_level_or_a_seasonal_alert_names_no_response():
    assert not any("响应" in n for n in _events("该公司应急指挥中心立即启动Ⅱ级应急响应,调派抢修人员。"))
    assert not any("响应" in n for n in _events("青禾供电公司随即启动防汛Ⅱ级应急响应,抽调队伍。"))
    assert not any("响应" in n for n in _events("青禾供电局提前启动防台风Ⅰ级应急响应。"))


def test_a_unit_unveiled_names_the_unveiling():
    events = _events("11月4日,青禾县供电公司石桥供电服务站在石桥镇正式揭牌运行。\n揭牌仪式由该公司副总经理主持。")
    assert "石桥供电服务站揭牌仪式" in events
    assert "揭牌仪式" not in events  # the bare mention is this unveiling
    assert "青禾敬老服务站揭牌" in _events("8月7日,某街道“青禾敬老服务站”在某社区揭牌。")


def test_a_plaque_put_up_during_a_visit_is_no_unveiling():
    assert not any("揭牌" in n for n in _events("他与村党总支书记一起为村里的“电力驿站”揭牌,驿站将作为服务点。"))


def test_a_matching_or_promotion_meeting_convened_is_an_event():
    events = _events("11月5日,青禾合作社联合某银行支行在某镇举办“冬储备耕”金融服务对接会,20余家合作社参加。")
    assert any(n.replace("“", "").replace("”", "") == "冬储备耕金融服务对接会" for n in events)
    assert not any("对接会" in n for n in _events("双方约定建立对接机制,定期沟通。"))


def test_a_two_character_word_in_quotes_names_no_campaign():
    assert not any("实战" in n for n in _events("5月12日,青禾水电厂开展了一场“实战”演练,检验应急队伍。"))
    assert not any("风光" in n for n in _events("青禾新能源公司“风光”劳动竞赛赛出新水平"))
    assert "夏季攻坚" in _events("青禾供电局开展“夏季攻坚”劳动竞赛,比进度、比质量。")  # four characters: a name
