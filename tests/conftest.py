"""Shared fixtures: a tiny hand-made corpus (no extraction needed) and the seed paths."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.iri import entity_iri
from kg.model import Corpus, DocumentInfo, Entity, Evidence, Relation

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "seeds_gold.json"


def make_tiny_corpus(hostile: bool = False) -> Corpus:
    """Two documents, a company tree, a person with a title, a community, an event.

    With ``hostile=True`` names and evidence carry HTML, quotes, backslashes and control characters.
    """
    bad = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">"\\\n\t' if hostile else ""
    company = Entity(entity_iri("Company", "国网某县供电公司"), "Company", "国网某县供电公司",
                     aliases=("某县供电公司",), hant_labels=("國網某縣供電公司",), documents=("a.txt",))
    parent = Entity(entity_iri("Company", "国网某省电力有限公司"), "Company", "国网某省电力有限公司",
                    aliases=("国网某省电力",), documents=("a.txt", "b.txt"))
    person = Entity(entity_iri("Person", "张三" + bad), "Person", "张三" + bad, documents=("a.txt",))
    community = Entity(entity_iri("Community", "幸福社区"), "Community", "幸福社区", documents=("b.txt",))
    event = Entity(entity_iri("Event", "防汛救灾"), "Event", "防汛救灾", documents=("b.txt",))
    place = Entity(entity_iri("Place", "某县"), "Place", "某县", documents=("a.txt",))
    s1 = "国网某县供电公司总经理张三来到供电所。" + bad
    s2 = "国网某省电力有限公司组织党员下沉幸福社区开展防汛救灾。"

    def ev(doc: str, sentence: str, rule: str) -> tuple[Evidence, ...]:
        return (Evidence(doc, sentence, 0, len(sentence), rule, 0.9),)

    relations = (
        Relation(("Company", company.id), "subsidiaryOf", ("Company", parent.id), ev("a.txt", s1, "prefix")),
        Relation(("Person", person.id), "worksFor", ("Company", company.id), ev("a.txt", s1, "title")),
        Relation(("Person", person.id), "holdsPosition", ("Company", company.id), ev("a.txt", s1, "title"),
                 qualifier="总经理"),
        Relation(("Company", parent.id), "servesCommunity", ("Community", community.id),
                 ev("b.txt", s2, "serve-verb")),
        Relation(("Company", parent.id), "participatedIn", ("Event", event.id), ev("b.txt", s2, "event")),
        Relation(("Event", event.id), "organizedBy", ("Company", parent.id), ev("b.txt", s2, "event")),
        Relation(("Company", company.id), "locatedIn", ("Place", place.id), ev("a.txt", s1, "name-place")),
        Relation(("Document", "a.txt"), "reportedBy", ("Person", person.id), ev("a.txt", "(张三)", "byline"),
                 qualifier="记者"),
    )
    docs = (
        DocumentInfo("a.txt", "a.txt", "utf-8", len(s1), title="标题一" + bad, published="2021-11-20",
                     source="某网", authors=("张三" + bad,)),
        DocumentInfo("b.txt", "b.txt", "gbk", len(s2), title=None),
    )
    return Corpus(documents=docs, entities=(company, parent, person, community, event, place),
                  relations=relations)


@pytest.fixture
def tiny_corpus() -> Corpus:
    return make_tiny_corpus()


@pytest.fixture
def hostile_corpus() -> Corpus:
    return make_tiny_corpus(hostile=True)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser() -> Iterator:
    """One headless Chromium for the whole session (Playwright allows one sync driver at a time).
    Debian's /usr/bin/chromium: nothing is downloaded."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
