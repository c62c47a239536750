"""Units written as short forms or inside their parent's name: stations, service halls, departments after a
bare 公司, units named by a place the word cut hides (made-up sentences), each with a near miss."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _orgs(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type in ("Company", "Organization")}


def test_station_named_by_an_odd_word_after_its_parent():
    # 森多 is read as a numeral: the station's name still follows its parent company
    assert "国网湟源县供电公司森多供电所" in _orgs("国网湟源县供电公司森多供电所所长李某介绍了情况。")


def test_station_opening_a_sentence():
    orgs = _orgs("队伍转战下一个村。万和供电所所长程某介绍，该所已完成排查。")
    assert "万和供电所" in orgs
    # near misses: a count, a quantifier or a conjunction before the station word names no station
    assert not _orgs("全县两个供电所参加。各供电所都参加。社区和供电所联合开展活动。")


def test_station_named_by_an_area_word_under_its_bureau():
    assert "青禾供电局城区供电所" in _orgs("根据共建协议，青禾供电局城区供电所将与某社区开展网格化服务。")
    # near miss: an adjective phrase between the bureau and the station is no name
    assert not any(o.endswith("的供电所") for o in _orgs("青禾供电局琼山分局最偏远的供电所也通了网。"))


def test_service_hall_of_a_centre_but_not_of_a_station():
    orgs = _orgs("青禾供电公司在其下属的东湖区供电中心营业厅设立办电专窗。")
    assert "东湖区供电中心营业厅" in orgs
    # a station's hall is the room the station serves from, not a unit of its own
    assert not any(o.endswith("供电所营业厅") for o in _orgs("总经理张某来到该县东湖供电所营业厅检查工作。"))


def test_department_after_a_bare_company_noun_with_a_title():
    assert "营销部" in _orgs("国网青禾县供电公司派驻工作队，由公司营销部副主任何某任第一书记。")
    assert "配电运检室" in _orgs("青禾供电公司派出由配电运检室副主任冷某带领的抢修队。")
    assert "青禾供电公司调控中心" in _orgs("投产当天,青禾供电公司调控中心主任倪某发出指令。")


def test_unit_named_by_a_district_the_word_cut_splits():
    # 道里 (a district of Harbin) is cut into two characters: the place still names the branch
    assert "道里供电分公司" in _orgs("国网哈尔滨供电公司所属道里供电分公司的抢修人员出发。")


def test_a_trade_team_is_a_department_of_its_unit():
    # gold NOTES: departments are Companies under their parent and a title points to the most specific unit
    orgs = _orgs("东湖区供电中心配电运维班班长甲某带着老师傅巡线。检修班班长乙某带着9名班员登塔。")
    assert {"东湖区供电中心配电运维班", "检修班"} <= orgs
    # near misses: a training class and duty staff are no teams; a team of an unnamed station is no name
    assert not _orgs("公司举办技能培训班，值班人员参加。村里选出护线员，和供电所线路班结成对子。")


def test_trade_words_before_a_legal_form_and_a_womens_federation():
    orgs = _orgs("宁夏送变电有限责任公司承担施工,宁夏恒远工程建设监理有限公司负责监理。她所在的班组是宁夏妇联命名的先进集体。")
    assert {"宁夏送变电有限责任公司", "宁夏恒远工程建设监理有限公司", "宁夏妇联"} <= orgs
    # near miss: a trade word with no name before it names no company
    assert not _orgs("工程由送变电有限公司承担。")


def test_a_project_office_named_after_its_project_and_a_title_verb_before_a_unit():
    orgs = _orgs("修路的是某建工集团下属的第三工程公司承建的青禾高速公路第五标段项目部。")
    assert "青禾高速公路第五标段项目部" in orgs
    assert "国网凉山供电公司营销部" in _orgs("杨某时任国网凉山供电公司营销部副主任。")
    assert not any(o.startswith("时任") for o in _orgs("杨某时任国网凉山供电公司营销部副主任。"))
    # near miss: a project office with no project named is no name
    assert not any(o.endswith("项目部") for o in _orgs("该公司在此设立项目部。"))


def test_a_verb_or_preposition_the_walk_runs_over_is_not_part_of_the_name():
    assert "国网山东省电力公司" in _orgs("获奖选手将代表青岛参加国网山东省电力公司举办的技能竞赛。")
    assert "国能大渡河流域水电开发有限公司" in _orgs("演练由国能大渡河流域水电开发有限公司主办。")
    got = _orgs("据了解,青禾县供电公司是国网上饶供电公司下属单位。")
    assert "国网上饶供电公司" in got and not any(n.startswith("青禾县供电公司是") for n in got)
    assert "小营街道党工委" in _orgs("据小营街道党工委介绍,活动很成功。")
    # near misses: words that open a name keep it whole (对外, 将乐县)
    assert "河南对外经济贸易有限公司" in _orgs("河南对外经济贸易有限公司成立。")
    assert "国网将乐县供电公司" in _orgs("国网将乐县供电公司员工走进社区。")


def test_a_county_the_word_cut_splits_across_the_walk_and_a_short_county_name():
    assert "国网前郭县供电公司" in _orgs("国网前郭县供电公司员工在前郭县巡线。")
    # near miss: a word opening with a place character is no place (前进路)
    assert "国网前进供电公司" not in _orgs("公司前进路供电所所长介绍情况。")


def test_a_clause_opening_word_before_a_station_is_no_name():
    from kg.document import make_document
    from kg.extract.entities import find_entities

    def companies(text):
        return {e.name for e in find_entities(make_document(text, doc_id="a.txt")) if e.type == "Company"}

    assert not companies("过去没有概念，听了供电所员工的讲解。")
    assert not companies("往年一开就跳闸，今年供电所提前检修。")
    assert "森多供电所" in companies("。森多供电所所长王强说。")  # a name jieba tags as a numeral stays


def test_a_loose_word_before_a_county_is_no_part_of_the_unit():
    from kg.document import make_document
    from kg.extract.entities import find_entities

    names = {e.name for e in find_entities(make_document("他还牵线金寨县供电公司与龙马村结对共建。", doc_id="a.txt"))
             if e.type == "Company"}
    assert names == {"金寨县供电公司"}
    names = {e.name for e in find_entities(make_document("湖北随州市供电公司开展活动。", doc_id="a.txt"))
             if e.type == "Company"}
    assert names == {"湖北随州市供电公司"}  # a province before the city stays (an address prefix)


def test_a_station_named_after_the_noun_for_its_parent():
    from kg.document import make_document
    from kg.extract.entities import find_entities

    def companies(text):
        return {e.name: e.aliases for e in find_entities(make_document(text, doc_id="a.txt")) if e.type == "Company"}

    assert "仙葫供电所" in companies("该分局仙葫供电所所长农建强说。")
    assert not companies("该公司各供电所开展活动。")


def test_a_name_written_again_where_the_grammar_missed_it_is_no_truncated_alias():
    from kg.document import make_document
    from kg.extract.entities import find_entities

    text = "国网青禾供电公司开展检查。随后,国网青禾供电公司又组织了培训。"
    got = {e.name: e.aliases for e in find_entities(make_document(text, doc_id="a.txt")) if e.type == "Company"}
    assert got.get("国网青禾供电公司", ("missing",)) == ()


def test_departments_named_after_the_bare_word_for_the_articles_unit():
    from kg.document import make_document
    from kg.extract.entities import find_entities

    def companies(text):
        return {e.name for e in find_entities(make_document(text, doc_id="a.txt")) if e.type == "Company"}

    got = companies("国网青禾供电公司举办竞赛。竞赛由公司工会主办,公司建设部、设备部共同组织。")
    assert {"建设部", "设备部"} <= got
    assert "应急指挥中心" in companies("国网青禾供电公司开展演练。接到指令后，该公司应急指挥中心立即启动应急响应。")
    assert "培训中心" not in companies("这里新建了一个培训中心。")  # alone, a common noun stays one


def test_a_service_hall_described_after_where_it_lies():
    from test_relations import run

    ents = {"青禾营业厅": "Company", "某市供电公司营销服务中心": "Company", "东区": "Place"}
    got = run("青禾营业厅位于东区,是某市供电公司营销服务中心下属的城区营业厅。", ents)
    assert ("青禾营业厅", "subsidiaryOf", "某市供电公司营销服务中心", None) in got
