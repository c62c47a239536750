"""Relation patterns on small made-up sentences (entities given by hand, so only relations are tested)."""

from __future__ import annotations

import re

import pytest

from kg.errors import DataFileError
from kg.extract import rel_base
from kg.extract.rel_constraints import check_types
from kg.extract.rel_positions import split_titles
from kg.extract.relations import find_relations
from kg.model import Document, LocalEntity, Mention, Relation, Sentence


def make(text: str, entities: dict[str, str], refs: dict[str, str] | None = None,
         authors: tuple[str, ...] = (), editors: tuple[str, ...] = (),
         aliases: dict[str, tuple[str, ...]] | None = None) -> tuple[Document, list[LocalEntity]]:
    """A Document split at 。 and entities found by name (longest first, no overlaps).

    ``refs`` maps a referring expression (该局) to the entity name it refers to.
    """
    sentences = []
    start = 0
    for m in re.finditer(r"。|\n", text):
        sentences.append(Sentence(start, m.end()))
        start = m.end()
    if start < len(text):
        sentences.append(Sentence(start, len(text)))
    doc = Document("t.txt", "t.txt", text, text, text, tuple(range(len(text) + 1)), authors=authors,
                   editors=editors, sentences=tuple(sentences))
    aliases = aliases or {}
    surfaces = sorted(((s, n) for n in entities for s in (n, *aliases.get(n, ()))), key=lambda p: -len(p[0]))
    taken = [False] * len(text)
    mentions: dict[str, list[Mention]] = {n: [] for n in entities}
    for surface, name in surfaces:
        for m in re.finditer(re.escape(surface), text):
            if any(taken[m.start():m.end()]):
                continue
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
            mentions[name].append(Mention(m.start(), m.end(), surface, entities[name], "test"))
    for ref, name in (refs or {}).items():
        for m in re.finditer(re.escape(ref), text):
            mentions[name].append(Mention(m.start(), m.end(), ref, entities[name], "test", is_reference=True))
    ents = [LocalEntity(t, n, aliases.get(n, ()), tuple(sorted(mentions[n], key=lambda x: x.start)))
            for n, t in entities.items() if mentions[n]]
    return doc, ents


def facts(rels: list[Relation]) -> set[tuple[str, str, str, str | None]]:
    return {(r.head[1], r.predicate, r.tail[1], r.qualifier) for r in rels}


def run(text: str, entities: dict[str, str], **kw) -> set[tuple[str, str, str, str | None]]:
    doc, ents = make(text, entities, **kw)
    rels, _ = find_relations(doc, ents)
    return facts(rels)


def run_rules(text: str, entities: dict[str, str]) -> set[tuple[str, str, str, str | None]]:
    """The facts the rules state, with the learned back-off off (for tests about the rules)."""
    doc, ents = make(text, entities)
    return facts(find_relations(doc, ents, learned=False)[0])


# ---------------------------------------------------------------- positions


def test_title_apposition_gives_worksfor_and_position():
    got = run("某市供电局党委书记张三出席会议。", {"某市供电局": "Company", "张三": "Person"})
    assert ("张三", "worksFor", "某市供电局", None) in got
    assert ("张三", "holdsPosition", "某市供电局", "党委书记") in got


def test_party_body_title_moves_to_its_unit():
    got = run("某市供电局党委书记张三出席会议。某市供电局很忙。",
              {"某市供电局": "Company", "某市供电局党委": "Organization", "张三": "Person"})
    assert ("张三", "holdsPosition", "某市供电局", "党委书记") in got
    assert not any(f[2] == "某市供电局党委" for f in got)


def test_two_titles_split_and_title_after_name():
    got = run("某省电力公司党委书记、王五董事长作出指示。", {"某省电力公司": "Company", "王五": "Person"})
    assert ("王五", "holdsPosition", "某省电力公司", "党委书记") in got
    assert ("王五", "holdsPosition", "某省电力公司", "董事长") in got


def test_modifier_between_title_and_name_is_skipped():
    got = run("某公司服务中心员工、共产党员李四来到现场。", {"某公司服务中心": "Company", "李四": "Person"})
    assert ("李四", "holdsPosition", "某公司服务中心", "员工") in got
    assert ("李四", "holdsPosition", "某公司服务中心", "共产党员") not in got


def test_person_list_shares_the_title():
    got = run("某县供电公司员工赵一、钱二来到泵站。", {"某县供电公司": "Company", "赵一": "Person", "钱二": "Person"})
    assert {("赵一", "holdsPosition", "某县供电公司", "员工"), ("钱二", "holdsPosition", "某县供电公司", "员工")} <= got


def test_member_without_title_gets_worksfor_only():
    got = run("某局配电所突击队党员孙三询问情况。", {"某局配电所": "Company", "孙三": "Person"})
    assert ("孙三", "worksFor", "某局配电所", None) in got
    assert not any(f[1] == "holdsPosition" for f in got)


def test_copula_title():
    got = run("卫六调任某县供电公司总经理,推进工作。", {"某县供电公司": "Company", "卫六": "Person"})
    assert ("卫六", "holdsPosition", "某县供电公司", "总经理") in got


def test_unrelated_verb_between_unit_and_person_gives_nothing():
    got = run("某县供电公司组织人员慰问张三。", {"某县供电公司": "Company", "张三": "Person"})
    assert not any(f[1] in ("worksFor", "holdsPosition") for f in got)


def test_split_titles():
    assert split_titles("党委书记、董事长") == (("党委书记", "董事长"), True)
    assert split_titles("治安保卫及内勤管理专责") == (("治安保卫及内勤管理专责",), True)
    assert split_titles("带领") == ((), False)


# ---------------------------------------------------------------- service, honours


def test_stationed_first_secretary_serves_village_with_unit():
    got = run("某县供电局驻某某村第一书记周七带领工作组宣传。",
              {"某县供电局": "Company", "某某村": "Community", "周七": "Person"})
    assert ("周七", "holdsPosition", "某县供电局", "第一书记") in got
    assert ("周七", "servesCommunity", "某某村", None) in got
    assert ("某县供电局", "servesCommunity", "某某村", None) in got


def test_employer_alone_does_not_serve_the_community():
    got = run("某公司服务中心员工吴八下班后来到幸福社区她包保的楼栋。",
              {"某公司服务中心": "Company", "幸福社区": "Community", "吴八": "Person"})
    assert ("吴八", "servesCommunity", "幸福社区", None) in got
    assert ("某公司服务中心", "servesCommunity", "幸福社区", None) not in got


def test_pairwise_honours():
    got = run("党员甲一、乙二分别被东街社区、西街社区授予“最美志愿者”和“抗疫先锋”。",
              {"甲一": "Person", "乙二": "Person", "东街社区": "Community", "西街社区": "Community"})
    assert ("甲一", "honoredBy", "东街社区", "最美志愿者") in got
    assert ("乙二", "honoredBy", "西街社区", "抗疫先锋") in got
    assert ("甲一", "servesCommunity", "东街社区", None) in got
    assert ("乙二", "servesCommunity", "西街社区", None) not in got  # not a volunteer award
    assert ("甲一", "honoredBy", "西街社区", "最美志愿者") not in got


# ---------------------------------------------------------------- events


def test_organiser_and_participation_verbs():
    ents = {"某市供电局": "Company", "周例会": "Event", "保电检查": "Event"}
    got = run("2月3日,某市供电局召开了周例会。2月4日,某市供电局开展保电检查。", ents)
    assert ("周例会", "organizedBy", "某市供电局", None) in got
    # A unit that is the direct subject of 开展 holds the inspection it carries out.
    assert ("保电检查", "organizedBy", "某市供电局", None) in got
    assert ("某市供电局", "participatedIn", "周例会", None) not in got
    # Its staff carrying it out only take part; a broad campaign is joined, not held.
    ents = {"某市供电局": "Company", "带电作业": "Event", "防疫阻击战": "Event"}
    got = run("某市供电局员工开展带电作业。某市供电局开展防疫阻击战。", ents)
    assert ("某市供电局", "participatedIn", "带电作业", None) in got
    assert ("某市供电局", "participatedIn", "防疫阻击战", None) in got
    assert not any(p == "organizedBy" for _, p, _, _ in got)


def test_beneficiary_is_not_the_actor():
    ents = {"某局": "Company", "某县医院": "Organization", "设备检查": "Event"}
    got = run("该局突击队为某县医院开展设备检查。", ents, refs={"该局": "某局"})
    assert ("某局", "participatedIn", "设备检查", None) in got
    assert ("某县医院", "participatedIn", "设备检查", None) not in got


def test_person_in_apposition_is_the_subject():
    ents = {"某县供电公司": "Company", "张三": "Person", "督导": "Event"}
    got = run("11月19日,某县供电公司总经理张三来到营业厅,对安全管理进行督导。", ents)
    assert ("张三", "participatedIn", "督导", None) in got
    assert ("某县供电公司", "participatedIn", "督导", None) not in got


# ---------------------------------------------------------------- locations


def test_address_string_places_the_community():
    got = run("某省某市幸福社区的居民说。", {"某省": "Place", "某市": "Place", "幸福社区": "Community"})
    assert ("幸福社区", "locatedIn", "某市", None) in got
    assert ("幸福社区", "locatedIn", "某省", None) not in got


def test_company_name_alone_does_not_place_it():
    got = run("某县供电公司员工来到现场。某县在北方。", {"某县供电公司": "Company", "某县": "Place"})
    assert not any(f[1] == "locatedIn" for f in got)


def test_reference_place_before_a_unit():
    ents = {"某县": "Place", "某县供电公司": "Company", "产业区供电所": "Company"}
    got = run("某县供电公司很忙。人们来到该县产业区供电所。", ents, refs={"该县": "某县"})
    assert ("产业区供电所", "locatedIn", "某县", None) in got


# ---------------------------------------------------------------- subsidiaries


def test_compound_name_gives_the_longest_prefix_parent():
    ents = {"某市供电局": "Company", "某市郊供电局": "Company", "某市郊供电局某某供电所": "Company"}
    got = run("某市供电局很忙。某市郊供电局好。某市郊供电局某某供电所员工来了。", ents)
    assert ("某市郊供电局某某供电所", "subsidiaryOf", "某市郊供电局", None) in got
    assert ("某市郊供电局某某供电所", "subsidiaryOf", "某市供电局", None) not in got


def test_directed_by_parent():
    got = run("某市供电局根据某省电网公司安排部署,减少聚集。", {"某市供电局": "Company", "某省电网公司": "Company"})
    assert ("某市供电局", "subsidiaryOf", "某省电网公司", None) in got


def test_party_body_is_never_a_subsidiary():
    ents = {"某市供电局": "Company", "某市供电局党委": "Organization"}
    got = run("某市供电局党委召开会议。某市供电局很忙。", ents)
    assert not any(f[1] == "subsidiaryOf" for f in got)


# ---------------------------------------------------------------- reporters, constraints, output


def test_reporters_and_editors():
    doc, ents = make("正文说了一件事。(记者 张三)\n(责编:李四)", {"张三": "Person", "李四": "Person"},
                     authors=("张三",), editors=("李四",))
    rels, _ = find_relations(doc, ents)
    got = {(r.head, r.predicate, r.tail[1], r.qualifier) for r in rels}
    assert (("Document", "t.txt"), "reportedBy", "张三", "记者") in got
    assert (("Document", "t.txt"), "reportedBy", "李四", "责编") in got


@pytest.mark.parametrize("pred,head,tail,ok", [
    ("subsidiaryOf", "Person", "Company", False),
    ("subsidiaryOf", "Company", "Organization", True),
    ("worksFor", "Person", "Place", False),
    ("servesCommunity", "Company", "Community", True),
    ("locatedIn", "Place", "Place", False),
    ("locatedIn", "Community", "Community", True),
    ("organizedBy", "Event", "Person", False),
    ("honoredBy", "Person", "Community", True),
    ("reportedBy", "Document", "Person", True),
])
def test_type_constraints(pred, head, tail, ok):
    assert (check_types(pred, head, tail) is None) == ok


def test_candidates_breaking_types_are_reported():
    # A Place before a Place: the address rule proposes Place -> Place, which the schema forbids.
    doc, ents = make("某省某市的人们。", {"某省": "Place", "某市": "Place"})
    rels, dropped = find_relations(doc, ents)
    assert rels == []
    assert any("locatedIn" in reason for reason, _ in dropped)


def test_evidence_and_determinism():
    text = "2月3日,某市供电局召开了周例会。某市供电局党委书记张三说。某市供电局党委书记张三又说。"
    ents = {"某市供电局": "Company", "周例会": "Event", "张三": "Person"}
    doc, es = make(text, ents)
    rels, _ = find_relations(doc, es)
    again, _ = find_relations(doc, list(reversed(es)))
    assert rels == again
    for r in rels:
        assert r.evidence
        for ev in r.evidence:
            assert ev.sentence == doc.text[ev.start:ev.end]
            assert 0 <= ev.confidence <= 1
    held = [r for r in rels if r.predicate == "holdsPosition"]
    assert len(held) == 1 and len(held[0].evidence) == 2  # both sentences kept


def test_lexicons_load_longest_first():
    titles = rel_base.lexicon("titles")
    assert titles.index("党委书记") < titles.index("书记")


def test_bad_lexicon_names_the_file(monkeypatch, tmp_path):
    with pytest.raises(DataFileError, match="no_such_list"):
        rel_base.lexicon("no_such_list")


def test_next_person_with_own_title_keeps_the_unit():
    got = run("某分局抢修班班长甲一、员工乙二连续奋战。", {"某分局抢修班": "Company", "甲一": "Person", "乙二": "Person"})
    assert ("甲一", "holdsPosition", "某分局抢修班", "班长") in got
    assert ("乙二", "holdsPosition", "某分局抢修班", "员工") in got


def test_address_of_the_village_may_stand_in_the_gap():
    ents = {"某市供电局": "Company", "某县": "Place", "某某村": "Community", "丙三": "Person"}
    got = run("某市供电局驻某县某某村第一书记丙三带领工作队。", ents)
    assert ("丙三", "holdsPosition", "某市供电局", "第一书记") in got
    assert ("丙三", "servesCommunity", "某某村", None) in got


def test_reference_then_unit_is_a_subsidiary():
    ents = {"某市供电局": "Company", "城南供电分局": "Company"}
    got = run("某市供电局很忙。该局城南供电分局连夜抢修。", ents, refs={"该局": "某市供电局"})
    assert ("城南供电分局", "subsidiaryOf", "某市供电局", None) in got


def test_organiser_is_not_also_a_participant():
    got = run("某县供电公司启动迎峰度夏行动。", {"某县供电公司": "Company", "迎峰度夏行动": "Event"})
    assert ("迎峰度夏行动", "organizedBy", "某县供电公司", None) in got
    assert ("某县供电公司", "participatedIn", "迎峰度夏行动", None) not in got


def test_unresolved_place_reference_falls_back_to_the_place_before():
    ents = {"某县": "Place", "产业区供电所": "Company"}
    got = run("某县很大。人们来到该县产业区供电所。", ents)
    assert ("产业区供电所", "locatedIn", "某县", None) in got


def test_address_nearest_place_only():
    ents = {"某区": "Place", "某街道": "Community", "幸福社区": "Community"}
    got = run("家住某区某街道幸福社区的居民。某街道很大。", ents, aliases={"幸福社区": ("某街道幸福社区",)})
    assert ("幸福社区", "locatedIn", "某街道", None) in got
    assert ("幸福社区", "locatedIn", "某区", None) not in got


def test_respectively_without_a_full_pairing_gives_nothing():
    ents = {"甲一": "Person", "乙二": "Person", "东街社区": "Community"}
    got = run("甲一和同事乙二分别被东街社区、某某协会授予“志愿者”和“爱心使者”。", ents)
    assert not any(f[1] == "honoredBy" for f in got)
