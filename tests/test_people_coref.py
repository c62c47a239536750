"""References to units (coref.find_references) on made-up sentences."""

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


def test_unit_a_person_came_from_is_no_antecedent():
    text = "甲县供电公司下属的供电所去年评为五星级。小李是从乙市供电公司调来的。该公司总经理说,还要推广。"
    got = _resolved(text, {"甲县供电公司": "Company", "乙市供电公司": "Company"})
    assert got["该公司"] == "甲县供电公司"
    # near miss: a unit named without 从…调来 stays the nearest antecedent
    text = "甲县供电公司下属的供电所去年评为五星级。小李到乙市供电公司学习。该公司总经理说,还要推广。"
    assert _resolved(text, {"甲县供电公司": "Company", "乙市供电公司": "Company"})["该公司"] == "乙市供电公司"


def test_reference_before_a_party_body_is_the_subject_of_the_sentence_before():
    text = "丙区供电公司是丁市供电公司的全资子公司。该公司党委副书记张某介绍了情况。"
    got = _resolved(text, {"丙区供电公司": "Company", "丁市供电公司": "Company"})
    assert got["该公司"] == "丙区供电公司"


def test_bare_company_after_a_company_named_in_its_sentence():
    names = {"甲县供电公司": "Company", "乙市供电公司": "Company"}
    text = "甲县供电公司召开会议。甲县供电公司部署保电。乙市供电公司开展演练,公司副总经理张某观摩。"
    got = {ref.start: name for ref, name in find_references(text, _named(text, names))}
    at = text.rfind("公司副总经理")
    assert got[at] == "乙市供电公司"
    # near miss: with no company in its sentence, a bare 公司 is the article's main company
    text = "甲县供电公司召开会议。甲县供电公司部署保电。乙市供电公司开展演练。公司副总经理张某说,要学习。"
    got = {ref.start: name for ref, name in find_references(text, _named(text, names))}
    assert got[text.rfind("公司副总经理")] == "甲县供电公司"


def test_team_named_after_a_place_belongs_to_the_unit_of_that_place():
    names = {"国网甲城供电公司": "Company", "国网乙城供电公司": "Company", "国网丙城供电公司": "Company"}
    text = "从国网甲城供电公司、国网乙城供电公司、国网丙城供电公司抽调队伍。甲城队由该公司副总经理张某带队。"
    assert _resolved(text, names)["该公司"] == "国网甲城供电公司"
    # near miss: without the team word the nearest company stays the antecedent
    text = "从国网甲城供电公司、国网乙城供电公司、国网丙城供电公司抽调队伍。甲城一行由该公司副总经理张某带队。"
    assert _resolved(text, names)["该公司"] == "国网丙城供电公司"


def test_bare_company_in_a_paragraph_about_another_company():
    names = {"国网甲县供电公司": "Company", "乙材料有限公司": "Company"}
    text = ("国网甲县供电公司推行三零服务。国网甲县供电公司设立专班。\n"
            "10月12日,乙材料有限公司二期项目送电。从申请到送电只用了11天。公司总经理张某说,很满意。")
    got = {ref.start: name for ref, name in find_references(text, _named(text, names))}
    assert got[text.rfind("公司总经理")] == "乙材料有限公司"
    # near miss: the paragraph also names the main company, which stays the one meant
    text = ("国网甲县供电公司推行三零服务。国网甲县供电公司设立专班。\n"
            "乙材料有限公司二期项目送电,国网甲县供电公司派人上门。只用了11天。公司总经理张某说,还要推广。")
    got = {ref.start: name for ref, name in find_references(text, _named(text, names))}
    assert got[text.rfind("公司总经理")] == "国网甲县供电公司"


# ---- 该公司 after a unit's full name and after a sentence saying what a unit is (coref.find_references).

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
