"""Event names walked left: 暨 joins two occasions, a count before 周年 belongs, 全局 and a bare 街道 do not."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _events(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Event"}


def test_joined_occasions_and_anniversary_count():
    events = _events("7月1日，国网白石县供电公司党委召开庆祝建党105周年暨“两优一先”表彰大会，对先进集体进行表彰。")
    assert "庆祝建党105周年暨“两优一先”表彰大会" in events
    assert not any(e.startswith("周年") for e in events)


def test_self_scope_is_not_part_of_a_contest():
    events = _events("国网白石县供电公司员工周明报名参加全局安全知识竞赛。")
    assert "全局安全知识竞赛" not in events


def test_bare_body_before_a_ceremony():
    events = _events("国网白石县供电公司与白石区青松街道党建共建签约仪式在青松街道举行。")
    assert not any(e.startswith("街道") for e in events)
