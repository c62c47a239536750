"""A role or link word before a company's name is not part of it (运营方, 全资子公司, 所属, 坐镇)."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _orgs(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type in ("Company", "Organization")}


def test_role_word_before_a_company():
    orgs = _orgs("活动结束后，景区运营方海口青松湾旅游发展有限公司向供电所赠送锦旗。")
    assert "海口青松湾旅游发展有限公司" in orgs
    assert not any(o.startswith("景区") for o in orgs)


def test_subsidiary_word_before_a_company():
    orgs = _orgs("国网白石县供电公司负责接入，另有全资子公司海口青松新能源有限公司参与运维。")
    assert "海口青松新能源有限公司" in orgs
    assert not any(o.startswith(("子公司", "全资")) for o in orgs)


def test_person_and_verb_before_a_centre():
    doc = make_document("国网白石县供电公司总经理周明坐镇电力调度控制中心指挥抢修。", doc_id="t.txt")
    names = {e.name for e in find_entities(doc)}
    assert "电力调度控制中心" in names
    assert not any("坐镇" in n for n in names)


def test_more_departments_stand_alone_after_their_parent():
    orgs = _orgs("国网白石县供电公司召开会议。会议听取了设备管理部和科技信息部的汇报，检修分场主任周明发言。")
    assert {"设备管理部", "科技信息部", "检修分场"} <= orgs


def test_generic_centre_needs_its_parent():
    assert "应急指挥中心" not in _orgs("副总经理周明在应急指挥中心说，抢修正在进行。")
    assert "白石供电局应急指挥中心" in _orgs("演练由白石供电局应急指挥中心组织。")
