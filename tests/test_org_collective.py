"""Units named by every area of a level (各县区供电局, 所属县市区供电公司) are kinds of units, not names
(made-up sentences), each with a named unit beside it that stays."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _orgs(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type in ("Company", "Organization")}


def test_every_area_of_a_level_names_no_unit():
    orgs = _orgs("培训结束后，新员工将分赴各县区供电局和揭西供电局。公司组织所属各县市区供电公司负责人召开会议。")
    assert not any(o.startswith(("县区", "县市区", "各")) for o in orgs), orgs
    assert "揭西供电局" in orgs


def test_after_each_a_branch_is_no_name():
    orgs = _orgs("绍兴市农业银行要求各县区支行加强服务。柯桥支行行长王某说。")
    assert not any(o.endswith("县区支行") for o in orgs), orgs


def test_a_county_short_form_before_a_city_is_a_verb():
    orgs = _orgs("车站还会同福州市公安局铁路公安处开展安检。会同县公安局民警参加。")
    assert "福州市公安局铁路公安处" in orgs, orgs
    assert not any(o.startswith("会同福州") for o in orgs)


def test_a_suffix_the_word_cut_glues_to_the_next_character():
    assert "崇礼区卫生健康局" in _orgs("当天气温骤降。崇礼区卫生健康局在主会场设置了医疗点。")


def test_a_level_word_listed_after_a_named_districts_body():
    orgs = _orgs("演练在江边举行。江北区水利局、区消防救援支队等单位参加。")
    assert "区消防救援支队" in orgs, orgs
    # near miss: the level word after an unrelated unit names no body
    assert "市应急管理局" not in _orgs("某军分区、市应急管理局等单位也对工作提出要求。")
