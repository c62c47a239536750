"""locatedIn from 所在的 (made-up sentences, given entities): a unit, or the bare noun for it, lies in the
place named right after; a person's 所在的 names no place."""

from __future__ import annotations

from test_relations import run


def test_a_unit_where_it_is():
    got = run("青禾供电所所在的东湖片区是新兴的居住区。", {"青禾供电所": "Company", "东湖片区": "Place"})
    assert ("青禾供电所", "locatedIn", "东湖片区", None) in got


def test_a_bare_noun_for_the_unit_named_before():
    ents = {"某某新能源有限公司青山风电场": "Company", "乌兰嘎查": "Community"}
    got = run("某某新能源有限公司青山风电场发电量创新高。风电场所在的乌兰嘎查,有不少牧民。", ents)
    assert ("某某新能源有限公司青山风电场", "locatedIn", "乌兰嘎查", None) in got


def test_a_persons_place_of_work_is_no_location():
    got = run("她所在的青禾供电所获得表彰。", {"青禾供电所": "Company"})
    assert not any(f[1] == "locatedIn" for f in got)
