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


def test_a_dated_spell_keeps_its_lasting_word():
    events = _events("2月2日起,青禾山区遭遇持续冻雨,线路覆冰严重。")
    assert any(name.startswith("2月2日") and "冻雨" in name for name in events)


def test_a_festival_counted_by_its_edition():
    events = _events("4月16日,第九届青禾茶文化旅游节在某镇开幕。")
    assert "第九届青禾茶文化旅游节" in events
    assert not _events("青禾镇的茶文化很有名。")


def test_a_campaign_launched_by_its_quoted_name_alone():
    assert "以购代捐" in _events("该局还发动职工开展“以购代捐”,今年采购农产品42万元。")
    assert not _events("供电所员工定期进村开展“电力体检”,每季度巡视一次。")


def test_activities_counted_are_a_kind_not_one_happening():
    assert not _events("今年以来各县公司共开展共建活动60余次。")
