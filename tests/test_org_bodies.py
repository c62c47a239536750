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
