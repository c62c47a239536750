"""Bodies of villages and communities, formally set-up party branches, an area's own departments, named
studios and co-operatives, numbered branches (made-up sentences), each with a near miss."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _orgs(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type in ("Company", "Organization")}


def test_the_party_branch_and_committee_of_a_named_village():
    orgs = _orgs("“冰雹有鸡蛋大。”鹿鸣湾村党支部书记严某说。提醒村民错峰用电。七里村村委会主任黄某说。")
    assert {"鹿鸣湾村党支部", "七里村村委会"} <= orgs
    # near misses: a count of villages and 全村/该村 name no village
    assert not _orgs("全县两个村党支部参加。全村党支部都参加。该村党支部书记张某说。")


def test_formally_set_up_branch_and_an_areas_own_department():
    orgs = _orgs("某市供电公司迅速成立防汛抢险临时党支部,由公司经理担任书记。双方签约，区委组织部副部长曾某出席。")
    assert {"防汛抢险临时党支部", "区委组织部"} <= orgs
    # near miss: an area's department named in passing, with no title after, is too vague
    assert "区委组织部" not in _orgs("材料报送区委组织部审核。")


def test_numbered_branch_under_its_company_and_a_named_studio():
    orgs = _orgs("项目经理、湖南省输变电工程有限公司第三分公司副经理田某说。以他名字命名的刘振山劳模创新工作室成立。")
    assert "湖南省输变电工程有限公司第三分公司" in orgs
    assert "刘振山劳模创新工作室" in orgs


def test_legal_names_with_a_bracketed_group_and_counts_and_links():
    orgs = _orgs("内蒙古电力(集团)有限责任公司呼伦贝尔供电分公司输电运检中心党员冒雪巡线。")
    assert "内蒙古电力(集团)有限责任公司呼伦贝尔供电分公司" in orgs
    assert "内蒙古电力" not in orgs
    # near misses: a count of companies and a bare unit word after a link word name nothing
    assert not _orgs("全省14家地市供电公司分管负责人参加会议。")
    assert _orgs("浦东供电公司下辖营业厅全部开放。") == {"浦东供电公司"}
    assert "国网辽宁省电力有限公司党委组织部" in _orgs("会议由国网辽宁省电力有限公司党委组织部主办。")


def test_a_company_posting_its_own_news_is_no_outlet():
    from kg.document import make_document
    from kg.extract.entities import find_entities

    doc = make_document("6月30日,国网秦安县供电公司叶堡供电所党支部与石咀村党支部签订协议。", doc_id="t.txt")
    doc = doc.__class__(**{f: getattr(doc, f) for f in doc.__dataclass_fields__} | {"source": "国网秦安县供电公司"})
    types = {(e.name, e.type) for e in find_entities(doc)}
    assert ("国网秦安县供电公司", "Organization") not in types


def test_an_outlet_naming_itself_in_a_byline():
    assert "海峡都市报" in _orgs("文/图 海峡都市报记者 黄清华 通讯员 陈丽娟")
    # near miss: a kind of paper before 记者 names no outlet
    assert not _orgs("他读了一份晚报记者写的稿。")
