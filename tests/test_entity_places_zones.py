"""Ethnic townships and industrial parks as places."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _places(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Place"}


def test_ethnic_township_after_its_county():
    places = _places("国网白石县供电公司在白石县青岩坪苗族乡开展服务。")
    assert "青岩坪苗族乡" in places and "苗族乡" not in places


def test_ethnic_township_after_de():
    places = _places("供电所员工来到洞口县的松溪瑶族乡，为村民检修线路。")
    assert "松溪瑶族乡" in places and "瑶族乡" not in places


def test_industrial_park_needs_a_place_in_front():
    assert "临沂智能装备产业园" in _places("国网临沂供电公司为临沂智能装备产业园内的企业提供服务。")
    assert not any(p.endswith("产业园") for p in _places("村里的金桔产业园用上了新线路。"))


def test_city_naming_a_team_is_not_a_place_mention():
    places = _places("抢修队伍连夜出发。杭州队由副总经理周明带队，宁波队领队是运检部主任吴刚。")
    assert "杭州" not in places and "宁波" not in places


def test_a_common_word_before_a_known_city_is_not_a_place_name():
    from kg.document import make_document
    from kg.extract.entities import find_entities
    places = {e.name for e in find_entities(make_document("获奖选手将代表青岛参加全省技能竞赛。", doc_id="t.txt"))
              if e.type == "Place"}
    assert places == {"青岛"}
    # near miss: a town after its county stays a town
    places = {e.name for e in find_entities(make_document("洱源县邓川镇很美。", doc_id="t.txt")) if e.type == "Place"}
    assert "邓川镇" in places


def test_districts_renamed_after_the_adcode_table_and_their_parents():
    from kg import lexicon
    gaz = lexicon.gazetteer()
    assert gaz.lookup("叙州区") == ("叙州区",) and "宜宾市" in gaz.parents("叙州区")
    assert "晋中市" in gaz.parents("太谷区")
    assert gaz.lookup("前郭县") and "松原市" in gaz.parents(gaz.lookup("前郭县")[0])
    assert not gaz.lookup("前进县")  # near miss: no such county
