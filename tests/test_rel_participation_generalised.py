"""General Chinese-news frames for who holds and who joins an event, on made-up sentences with invented
names (each with a near miss that must not fire)."""

from __future__ import annotations

from test_relations import run

DRILL = {"甲供电局": "Company", "乙县应急管理局": "Organization", "丙区人民武装部": "Organization",
         "青禾防汛应急演练": "Event"}


def test_unit_allied_with_others_holds_the_event_with_them():
    got = run("5月3日,甲供电局联合乙县应急管理局、丙区人民武装部在某镇开展了青禾防汛应急演练。", DRILL)
    for unit in ("甲供电局", "乙县应急管理局", "丙区人民武装部"):
        assert ("青禾防汛应急演练", "organizedBy", unit, None) in got
        assert (unit, "participatedIn", "青禾防汛应急演练", None) not in got


def test_partner_after_an_adverb_holds_it_too():
    got = run("此外,甲供电局还与乙县应急管理局联合开展了青禾防汛应急演练。", DRILL)
    assert ("青禾防汛应急演练", "organizedBy", "甲供电局", None) in got


def test_allied_units_far_from_the_verb_hold_nothing_together():
    # the allied list ends in a clause of its own: the verb's subject is not the list
    got = run("甲供电局联合乙县应急管理局成立专班,丙区人民武装部随后开展青禾防汛应急演练。", DRILL)
    assert ("青禾防汛应急演练", "organizedBy", "甲供电局", None) not in got
