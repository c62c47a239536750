"""corpus_to_turtle writes assertion nodes through a fast path: it must give the general path's bytes."""

from __future__ import annotations

import dataclasses

import pytest

from conftest import make_tiny_corpus
from kg.iri import entity_iri
from kg.model import Corpus, Entity, Evidence, Relation
from kg.rdf import _corpus_triples, _namespaces, _render, corpus_to_turtle


def general(corpus: Corpus, base: str) -> str:
    return _render(_corpus_triples(corpus, base), _namespaces(base))


def every_kind() -> Corpus:
    """Qualifiers of each kind, teasers, repeated evidence, odd offsets and text needing escapes."""
    tiny = make_tiny_corpus(hostile=True)
    org = Entity(entity_iri("Organization", "某单位"), "Organization", "某单位", documents=("a.txt",))
    event = Entity(entity_iri("Event", "某活动"), "Event", "某活动", documents=("b.txt",))
    person = tiny.entities[2]
    weird = 'say "hi" \\ {0} {name} \u2028 end'
    ev = (
        Evidence("a.txt", weird, 0, 5, "honour", 0.75, teaser=True),
        Evidence("a.txt", weird, 0, 5, "honour", 0.95),  # same sentence and rule: the higher confidence
        Evidence("b.txt", "另一句。", 7, 11, "honour{x}", 1.0),
    )
    relations = (
        *tiny.relations,
        Relation(("Person", person.id), "honoredBy", ("Organization", org.id), ev, qualifier="先进{个人}"),
        Relation(("Person", person.id), "participatedIn", ("Event", event.id), ev[:1], qualifier="2021-02-30"),
        Relation(("Person", person.id), "participatedIn", ("Event", event.id), ev[2:], qualifier="2021-03-01"),
        Relation(("Person", person.id), "organizedBy", ("Event", event.id), ev[2:], qualifier="某种 \"说明\""),
        Relation(("Document", "b.txt"), "reportedBy", ("Person", person.id), ev[2:], qualifier="责编"),
    )
    return dataclasses.replace(tiny, entities=(*tiny.entities, org, event), relations=relations)


@pytest.mark.parametrize("base", ["https://w3id.org/kg-news/id/", "urn:x/", "http://example.org/a#"])
@pytest.mark.parametrize("make", [make_tiny_corpus, lambda: make_tiny_corpus(hostile=True), every_kind])
def test_fast_turtle_is_the_general_turtle(make, base):
    corpus = make()
    assert corpus_to_turtle(corpus, base) == general(corpus, base)


def test_every_kind_reaches_the_fast_path():
    ttl = corpus_to_turtle(every_kind())
    for term in ("kg:honourName", "kg:eventDate", "kg:qualifier", "kg:role", "kg:teaser true"):
        assert term in ttl
    assert '"2021-02-30"' in ttl and "kg:eventDate" in ttl  # an impossible date is a plain qualifier


@pytest.mark.parametrize("local", ["0", "8", "zzzz"])
def test_a_subject_among_the_assertions_keeps_subject_order(local):
    """The assertion blocks are spliced in as one sorted run; a subject that sorts among them (an entity
    IRI made to share their namespace: before, inside and after the run) is merged in its place."""
    base = "https://w3id.org/kg-news/id/"
    corpus = every_kind()
    odd = Entity(f"{base}assertion/{local}", "Organization", "某机构", documents=("a.txt",))
    corpus = dataclasses.replace(corpus, entities=(*corpus.entities, odd))
    ttl = corpus_to_turtle(corpus, base)
    assert ttl == general(corpus, base)
    assert f"assertion:{local}\n" in ttl


def test_escape_by_replace_is_the_translate_table():
    """The five common escapes done by str.replace give what the full table gives, whatever mix of
    characters (and lone surrogates, cleaned first) a literal holds."""
    import random

    from kg.rdf import _ESCAPES, _clean, _escape

    rng = random.Random(3)
    alphabet = ["a", '"', "\\", "\n", "\r", "\t", "\x01", "\x7f", "\u2028", "中", "\ud800", "“"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert _escape(text) == _clean(text).translate(_ESCAPES), repr(text)
