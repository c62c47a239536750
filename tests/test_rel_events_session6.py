"""Session 6 rules for events (made-up sentences with invented names, rules alone), each with a near miss."""

from __future__ import annotations

from kg.extract import relations
from test_relations import facts, make


def _run(text: str, entities: dict[str, str]) -> set[tuple[str, str, str, str | None]]:
    doc, ents = make(text, entities)
    return facts(relations.find_relations(doc, ents, learned=False)[0])


JOINT = {"甲供电公司": "Company", "乙县应急管理局": "Organization", "丙镇人民政府": "Organization",
         "青禾联合巡查": "Event", "“青禾敲门行动”": "Event"}


def test_named_partners_hold_together_whatever_the_event_s_head_noun() -> None:
    got = _run("此外,甲供电公司联合乙县应急管理局、丙镇人民政府在某街道开展了青禾联合巡查。", JOINT)
    assert {("青禾联合巡查", "organizedBy", u, None) for u in ("甲供电公司", "乙县应急管理局", "丙镇人民政府")} <= got
    assert ("乙县应急管理局", "participatedIn", "青禾联合巡查", None) not in got
    got = _run("11月28日,甲供电公司与乙县应急管理局联合开展“青禾敲门行动”,工作人员逐户走访。", JOINT)
    assert ("“青禾敲门行动”", "organizedBy", "甲供电公司", None) in got
    assert ("“青禾敲门行动”", "organizedBy", "乙县应急管理局", None) in got


def test_a_partner_the_text_does_not_name_leaves_the_subject_a_party() -> None:
    got = _run("11月28日,甲供电公司与当地政府联合开展“青禾敲门行动”,工作人员逐户走访。", JOINT)
    assert ("“青禾敲门行动”", "organizedBy", "甲供电公司", None) not in got
