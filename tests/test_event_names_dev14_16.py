"""Event names as the writers of dev14-dev16 put them, on made-up sentences: a season's years, a
festival named by its date, a contest whose year is written 年度; each with a
near miss."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _events(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Event"}


def test_a_season_opens_with_its_years():
    assert "2026-2027冰雪季开幕式" in _events("11月28日,2026-2027冰雪季开幕式在青禾县某小镇举行。")
    # a single year stays a date of the sentence, not part of the ceremony's name
    assert "2026-冰雪季开幕式" not in _events("11月28日,2026-冰雪季开幕式在青禾县某小镇举行。")


def test_a_festival_named_by_its_date():
    events = _events("5月4日,青禾团市委在五四青年节表彰会上,授予某队荣誉称号。")
    assert "五四青年节表彰会" in events
    assert "青年节表彰会" not in events


def test_a_contest_year_written_with_du():
    events = _events("11月19日,青禾新能源有限公司2026年度风光储劳动竞赛总结表彰会在某市召开。")
    assert "风光储劳动竞赛" in events  # a contest is named without its year
    assert not any(n.startswith("度") for n in events)


def test_a_battle_against_a_named_storm_keeps_the_storm():
    events = _events("某供电公司全力打好防御台风“青禾”保供电攻坚战。")
    assert "防御台风“青禾”保供电攻坚战" in events
    assert "“青禾”保供电攻坚战" not in events


def test_an_edition_names_a_skills_contest_and_a_festival():
    assert "第十届配网抢修技能比武" in _events("10月27日,由某省电力公司主办的第十届配网抢修技能比武在某市举行。")
    assert "第十二届青禾冰雪那达慕" in _events("11月30日,第十二届青禾冰雪那达慕在某区开幕。")
    assert not any("那达慕" in n for n in _events("牧民们从小就喜欢那达慕上的赛马。"))


def test_a_counted_drill_is_routine_work():
    assert not any("联合演练" in n for n in _events("近年来,该厂与某大队建立了联训机制,每季度开展一次联合演练。"))
    assert any(n.endswith("联合演练") for n in _events("11月18日,某大队与某厂开展冬季消防联合演练。"))


def test_a_disaster_named_by_a_quoted_date_and_its_place():
    text = "泸定“8·21”山体滑坡:36小时打通通信线\n8月21日凌晨,泸定县某镇发生山体滑坡,多条光缆被冲断。"
    events = _events(text)
    assert "泸定“8·21”山体滑坡" in events
    assert "8月21日山体滑坡" not in events  # the dated mention is the quoted one
    text = "“5·22”玛多地震五周年回访\n五年前的5月22日凌晨,某县发生7.4级地震。"
    assert _events(text) == {"“5·22”玛多地震"}


def test_a_drill_scenario_is_no_disaster():
    events = _events("5月20日,某供电公司在某县举行“守护家园”地震应急演练。")
    assert not any(n.endswith("地震") for n in events)


def test_a_meeting_keeps_a_quoted_slogan_of_nine_characters():
    events = _events("6月25日下午,某街道党工委举办“红色青禾·联建共治”党建联建推进会。")
    assert "“红色青禾·联建共治”党建联建推进会" in events


def test_a_quoted_campaign_of_home_visits():
    assert "“访民问暖”入户走访活动" in _events("10月以来,某热力公司在全市开展“访民问暖”入户走访活动。")
    # a word of a clause after the quotes (在, 纳入) still makes a clause, not a name
    assert not any("在全市" in n for n in _events("今年,某公司把“访民问暖”在全市行动起来。"))
