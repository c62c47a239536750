"""Session 6 event names, on made-up sentences, each with a near miss."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _events(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Event"}


def test_a_quake_is_named_by_the_county_it_struck() -> None:
    events = _events("12月18日23时59分,青禾县发生6.2级地震。地震发生后,某供电公司立即启动应急响应。")
    assert "青禾县6.2级地震" in events
    assert "6.2级地震" in events["青禾县6.2级地震"]  # the magnitude alone is its mention


def test_a_quake_named_fuller_elsewhere_keeps_that_name() -> None:
    events = _events("青禾4.9级地震后 供电人抢通电力\n5月13日,青禾县发生4.9级地震,多条线路跳闸。")
    assert "青禾县4.9级地震" not in events


def test_a_peak_season_before_a_quoted_campaign_is_its_topic() -> None:
    events = _events("6月15日,青禾供电公司开展迎峰度夏“百日攻坚”行动。")
    assert "迎峰度夏“百日攻坚”行动" in events
    assert "度夏“百日攻坚”行动" not in events


def test_a_quake_in_a_county_of_a_prefecture_is_named_by_the_county() -> None:
    events = _events("1月22日深夜,青禾地区白石县发生7.1级地震。")
    assert "白石县7.1级地震" in events
