"""GraphML written a column at a time gives the bytes of the general, one-value-at-a-time writer."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import make_tiny_corpus
from kg.export import _evidence_json, _graphml_columns, _graphml_general, _json_column, generate_graphml
from kg.graph import KnowledgeGraph

TRICKY = st.sampled_from(["", "plain", "a & b < c > d", 'quote " \\', "tab\tnew\nline\r", "\x00\x1f\x7f",
                          "中文“引号”", "\ufffe", "lone \udc80", "{braces} {0}", "/x/y#z"])
TEXT = st.one_of(TRICKY, st.text(max_size=8))


def _record(sentence: str, start: int, confidence: float, teaser: bool) -> dict[str, object]:
    return {"document": "a.txt", "sentence": sentence, "start": start, "end": start + 3, "rule": "r",
            "confidence": confidence, "teaser": teaser}


RECORD = st.builds(_record, TEXT, st.integers(-5, 10**12), st.floats(allow_nan=True, allow_infinity=True),
                   st.booleans())
VALUE = st.one_of(TEXT, st.integers(), st.floats(), st.booleans(), st.none(), st.lists(TEXT, max_size=3),
                  st.lists(RECORD, max_size=3), st.dictionaries(TEXT, st.integers(), max_size=2),
                  st.lists(st.dictionaries(st.sampled_from(["a", "b"]), st.one_of(TEXT, st.none())), max_size=2))
ATTRS = st.dictionaries(st.sampled_from(["label", "type", "evidence", "documents", "weight"]), VALUE, max_size=4)


@st.composite
def graphs(draw: st.DrawFn) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    names = draw(st.lists(TEXT, min_size=1, max_size=5, unique=True))
    for name in names:
        g.add_node(name, **draw(ATTRS))
    for _ in range(draw(st.integers(0, 6))):
        u, v = draw(st.sampled_from(names)), draw(st.sampled_from(names))
        g.add_edge(u, v, key=draw(TEXT), **draw(ATTRS))
    return g


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs())
def test_any_graph_same_bytes_as_the_general_path(g: nx.MultiDiGraph) -> None:
    assert generate_graphml(g) == _graphml_general(g)


@pytest.mark.parametrize("hostile", [False, True], ids=["plain", "hostile"])
def test_kg_graph_same_bytes_and_taken_when_clean(hostile: bool) -> None:
    plain = KnowledgeGraph(make_tiny_corpus(hostile=hostile)).plain
    fast = _graphml_columns(plain)  # type: ignore[arg-type]
    general = _graphml_general(plain)  # type: ignore[arg-type]
    if not hostile:
        assert fast is not None  # the corpus graph must not silently take the slow path
    assert fast is None or b"".join(fast) == general
    assert generate_graphml(plain) == general  # type: ignore[arg-type]


def test_rows_with_different_attribute_names_keep_their_order() -> None:
    g = nx.MultiDiGraph()
    g.add_node("b", type="Person", label="乙")
    g.add_node("a", type="Document", label="甲", file_name="a.txt")
    g.add_node("c", type="Document", label="丙", file_name="")
    g.add_node("d")
    g.add_edge("a", "b", key="k", relation="r")
    g.add_edge("a", "b", key="j")
    fast = _graphml_columns(g)
    assert fast is not None and b"".join(fast) == _graphml_general(g)
    text = b"".join(fast).decode("utf-8")
    assert text.index('id="a"') < text.index('id="b"') < text.index('id="c"') < text.index('id="d" />')
    assert '<data key="d2" />' in text  # the empty file name


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(RECORD, max_size=3), max_size=4))
def test_evidence_column_as_evidence_json(values: list[list[dict[str, object]]]) -> None:
    column = _json_column(values)
    expected = [_evidence_json(value) for value in values]
    if column is not None:
        assert column == expected
    else:  # declined: a record the general path must clean (a non-finite confidence)
        assert None in expected


JSONISH = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.tuples(inner),
                            st.dictionaries(st.one_of(TEXT, st.integers()), inner, max_size=3)),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(JSONISH)
def test_report_json_indented_as_json_dumps(value: object) -> None:
    import json

    from kg.report import indented_json

    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_report_same_bytes_as_before() -> None:
    import json
    import re

    from kg.report import generate_report, report_data

    corpus = make_tiny_corpus(hostile=True)
    text = json.dumps(report_data(corpus), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    assert generate_report(corpus) == re.sub("[\ud800-\udfff]", "\ufffd", text).encode("utf-8")


@given(st.lists(st.text(alphabet=":,[]}nul x", max_size=12), max_size=8))
def test_null_found_across_pieces(pieces: list[str]) -> None:
    from kg.export import _NULL, _has_null

    assert _has_null(pieces) == bool(_NULL.search("".join(pieces)))


def test_evidence_texts_are_the_record_template() -> None:
    from kg.export import _EVIDENCE_RECORD, _EVIDENCE_TEXTS

    fields = ["0.5", '"a.txt"', "9", '"r"', '"句"', "3", "true"]
    filled = "".join(text + field for text, field in zip(_EVIDENCE_TEXTS, [*fields, ""]))
    assert filled == _EVIDENCE_RECORD.format(0.5, '"a.txt"', 9, '"r"', '"句"', 3, "true")
