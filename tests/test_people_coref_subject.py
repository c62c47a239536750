"""该公司 after a unit's full name and after a sentence saying what a unit is (coref.find_references)."""

from __future__ import annotations

from kg.extract.coref import find_references
from kg.model import Mention


def _named(text: str, names: dict[str, str]) -> list[tuple[Mention, str]]:
    out = []
    for name, type_ in names.items():
        start = text.find(name)
        while start >= 0:
            out.append((Mention(start, start + len(name), name, type_, "t"), name))
            start = text.find(name, start + 1)
    return out


def _resolved(text: str, names: dict[str, str]) -> dict[str, str]:
    return {ref.text: name for ref, name in find_references(text, _named(text, names))}


def test_the_full_name_not_the_parent_inside_it():
    names = {"国网某省电力有限公司": "Company", "国网某省电力有限公司甲县供电公司": "Company"}
    text = "国网某省电力有限公司甲县供电公司承担了改造任务。为确保设备运行,该公司成立了领导小组。"
    assert _resolved(text, names)["该公司"] == "国网某省电力有限公司甲县供电公司"


def test_the_unit_the_sentence_describes():
    names = {"甲市供电公司": "Company", "国网某省电力有限公司": "Company"}
    text = "甲市供电公司是国网某省电力有限公司所属的地市级供电企业,该公司今年组建了集训团队。"
    assert _resolved(text, names)["该公司"] == "甲市供电公司"
    # near miss: a sentence not opening with 甲是 leaves the nearest unit
    text = "甲市供电公司联合国网某省电力有限公司开展演练,该公司今年组建了集训团队。"
    assert _resolved(text, names)["该公司"] == "国网某省电力有限公司"


def test_a_branch_reference_names_the_branch():
    names = {"某市供电公司": "Company", "甲区供电分公司": "Company", "乙县农商银行丙支行": "Company"}
    text = "某市供电公司召开会议。甲区供电分公司经理张某介绍,该分公司已完成改造。乙县农商银行丙支行开展宣传,该支行还走访了农户。"
    got = _resolved(text, names)
    assert got["该分公司"] == "甲区供电分公司"
    assert got["该支行"] == "乙县农商银行丙支行"
    # near miss: 该公司 still names the nearest company whose name ends in 公司
    text = "某市供电公司召开会议。甲区供电分公司介绍了经验,该公司今年完成改造。"
    assert _resolved(text, names)["该公司"] == "甲区供电分公司"
