"""A district whose name is a common word (老城区) is a place only where the text names its city
(made-up sentences)."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _places(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Place"}


def test_the_old_town_is_no_district():
    assert "老城区" not in _places("学校所在的社区是老城区，周边架空线路多。")


def test_the_district_where_its_city_is_named():
    assert "老城区" in _places("记者来到洛阳。在老城区，工人们正在抢修线路。")


def test_a_town_after_a_long_autonomous_county_keeps_its_whole_stem():
    places = _places("记者来到杜尔伯特蒙古族自治县查干花镇的一座光伏电站。")
    assert "查干花镇" in places, places


def test_a_town_listed_after_a_town_is_a_town_whatever_its_stem():
    places = _places("连日降雨，河水暴涨，上营镇、平安镇多处低洼地区被淹。")
    assert {"上营镇", "平安镇"} <= places, places
