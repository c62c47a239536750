"""Short forms of organisation names (made-up sentences): a declared 以下简称 form, a company's core name
without its places and legal form, and the outlets a source line joins."""

from __future__ import annotations

import pytest

from kg.document import make_document
from kg.extract.entities import find_entities
from kg.extract.org import source_outlets


def _orgs(text: str) -> dict[str, set[str]]:
    """Organisation name -> its aliases, in one made-up document."""
    return {e.name: set(e.aliases) for e in find_entities(make_document(text, doc_id="a.txt"))
            if e.type in ("Company", "Organization")}


def test_a_declared_short_form_is_an_alias_of_the_name_before_it():
    orgs = _orgs("国网江西省电力有限公司赣南供电公司(以下简称“赣南供电”)提前启动保供工作。赣南供电组织党员走访用户。")
    assert "赣南供电" in orgs["国网江西省电力有限公司赣南供电公司"]
    assert "赣南供电" not in orgs  # not an entity of its own


def test_a_core_name_standing_alone_is_the_company():
    orgs = _orgs("西安华信燃气有限公司开展检查。西安华信燃气副总经理张明介绍,华信燃气在全市开展检查。")
    assert {"华信燃气", "西安华信燃气"} <= orgs["西安华信燃气有限公司"]


def test_a_core_name_going_on_into_a_unit_is_left_to_that_unit():
    orgs = _orgs("安徽恒达新材料有限公司扩产。恒达新材料设备部经理王强说。")
    assert "恒达新材料" not in orgs["安徽恒达新材料有限公司"]


@pytest.mark.parametrize("source, parts", [
    ("每日某某网-某州日报", ["每日某某网", "某州日报"]),
    ("某江日报－某江网", ["某江日报", "某江网"]),
    ("某某网-江苏频道", []),
    ("某市日报", []),
])
def test_a_source_line_may_join_two_outlets(source, parts):
    assert source_outlets(source) == parts


def test_a_carrier_branch_is_named_by_its_city_and_brand():
    orgs = _orgs("中国电信股份有限公司青州分公司组织活动。据了解,临朐县分公司是青州电信的下属分公司。")
    assert "青州电信" in orgs["中国电信股份有限公司青州分公司"]
    orgs = _orgs("中国移动通信集团江西有限公司吉安分公司开展活动。吉安移动还组织了培训。")
    assert "吉安移动" in orgs["中国移动通信集团江西有限公司吉安分公司"]
    assert "青州电信" not in _orgs("青州电信开展活动。")  # no branch named in full: no alias to give
