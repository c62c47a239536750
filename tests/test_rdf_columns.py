"""The column-at-a-time pieces of the Turtle writer give the bytes of the one-at-a-time ones."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.rdf import _ESCAPES, TermWriter, _clean, _escape, _namespaces, _node_texts

TEXT = st.text(alphabet=st.sampled_from(['"', "\\", "\n", "\r", "\t", "\x00", "\x1f", "\x7f", "\u2028", "\u2029",
                                         "\udc80", "a", "中", " ", "{", "}"]), max_size=12)


@given(st.one_of(TEXT, st.text(max_size=20)))
def test_escape_as_translating_every_text(text: str) -> None:
    assert _escape(text) == _clean(text).translate(_ESCAPES)


def _one_at_a_time(nodes: list[str]) -> tuple[list[str], set[str]]:
    writer = TermWriter(_namespaces("https://e.org/id/"))
    return [writer.iri(node) for node in nodes], writer.used


def _columns(nodes: list[str]) -> tuple[list[str], set[str]]:
    writer = TermWriter(_namespaces("https://e.org/id/"))
    return _node_texts(nodes, writer.iri, writer), writer.used


def test_node_texts_prefixed_at_once_and_in_full_otherwise() -> None:
    ns = "https://e.org/id/assertion/"
    cases = [
        [ns + "00ab", ns + "ff-1_x"],  # all prefix:local
        [ns + "00ab", ns + "-bad"],  # a local name that must be written in full
        [ns + "00ab", "https://e.org/id/doc/1"],  # two namespaces
        ["urn:other/x", "urn:other/y"],  # no prefix for the namespace
    ]
    for nodes in cases:
        assert _columns(nodes) == _one_at_a_time(nodes)
    assert _columns(cases[0])[0] == ["assertion:00ab", "assertion:ff-1_x"]


def test_vocabulary_is_rdflibs_closed_namespaces() -> None:
    from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS, XSD

    from kg.namespace import KG
    from kg.rdf import _vocabulary

    spaces = {"kg": KG, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "prov": PROV, "org": ORG, "xsd": XSD}
    vocabulary = _vocabulary()
    assert len(vocabulary) > 40
    for name, iri in vocabulary.items():
        prefix, local = name.split(":")
        assert iri == str(spaces[prefix][local])  # KG fails loudly on a term the ontology lacks


def test_turtle_needs_no_rdflib() -> None:
    import subprocess
    import sys

    code = ("import sys; from kg.rdf import corpus_to_turtle; from kg.model import Corpus; "
            "corpus_to_turtle(Corpus((), (), ())); print('rdflib' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
