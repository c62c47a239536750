"""Back-off servesCommunity (rel_backoff): a unit's speaker who reports that staff will serve a community
does not serve it himself (made-up sentences, invented names), with the near miss of an actor doing it."""

from __future__ import annotations

from kg.extract.rel_backoff import backoff_rules
from kg.extract.rel_base import build_context
from test_relations import make

ENTS = {"青禾供电公司": "Company", "营销部": "Company", "甲某": "Person", "东湖社区": "Community"}


def _served(text: str) -> set[tuple[str, str]]:
    doc, ents = make(text, ENTS)
    return {(c.head[1], c.tail[1]) for c in backoff_rules(build_context(doc, ents), set())
            if c.predicate == "servesCommunity"}


def test_the_speaker_reporting_a_visit_does_not_serve_the_community():
    assert ("甲某", "东湖社区") not in _served("青禾供电公司营销部经理甲某介绍,员工将走进东湖社区开展用电检查。")
    assert ("甲某", "东湖社区") not in _served("甲某告诉记者,下周大家还要走进东湖社区。")
    # near miss: the person doing it serves it
    assert ("甲某", "东湖社区") in _served("青禾供电公司营销部经理甲某走进东湖社区开展用电检查。")
