"""kg.export: GraphML and node-link JSON that load back in networkx, byte-stable."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from kg.export import flatten_value, generate_graphml, generate_node_link
from kg.graph import build_nx
from kg.model import Corpus

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"


def read_graphml(data: bytes) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(data), force_multigraph=True)


def reversed_copy(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same graph, built in the opposite order."""
    out = nx.MultiDiGraph()
    out.add_nodes_from(reversed(list(g.nodes(data=True))))
    out.add_edges_from(reversed(list(g.edges(keys=True, data=True))))
    return out


@pytest.mark.parametrize("fixture", ["tiny_corpus", "hostile_corpus"])
def test_graphml_loads_back_with_same_nodes_edges_and_values(fixture: str, request: pytest.FixtureRequest) -> None:
    g = build_nx(request.getfixturevalue(fixture))
    back = read_graphml(generate_graphml(g))
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
    assert set(back.nodes) == set(g.nodes)
    assert set(back.edges(keys=True)) == set(g.edges(keys=True))
    for node, data in g.nodes(data=True):
        assert back.nodes[node]["label"] == data["label"]
        assert json.loads(back.nodes[node]["aliases"]) == list(data["aliases"])
    for u, v, key, data in g.edges(keys=True, data=True):
        loaded = back.edges[u, v, key]
        assert loaded["confidence"] == pytest.approx(data["confidence"])
        assert json.loads(loaded["evidence"]) == json.loads(json.dumps(data["evidence"]))


def test_graphml_is_valid_xml_with_escaped_text(hostile_corpus: Corpus) -> None:
    data = generate_graphml(build_nx(hostile_corpus))
    assert data.startswith(b"<?xml") and b"<script>" not in data
    root = ET.fromstring(data)
    types = {key.get("attr.type") for key in root.iter(GRAPHML_NS + "key")}
    assert types <= {"string", "boolean", "int", "long", "float", "double"}  # what Gephi reads
    names = [(key.get("for"), key.get("attr.name")) for key in root.iter(GRAPHML_NS + "key")]
    assert len(names) == len(set(names)), "one key (one type) per attribute name"


def test_graphml_drops_none_flattens_containers_and_unifies_types() -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", type="Person", note=None, tags={"y", "x"}, meta={"b": 1, "a": None}, score=1)
    g.add_node("b", type="Place", score=0.5, mixed="text")
    g.add_node("c", type="Place", mixed=3, bell="\x07ring")
    g.add_edge("a", "b", key="k1", weight=None)
    back = read_graphml(generate_graphml(g))
    assert "note" not in back.nodes["a"] and "weight" not in back.edges["a", "b", "k1"]
    assert json.loads(back.nodes["a"]["tags"]) == ["x", "y"]
    assert json.loads(back.nodes["a"]["meta"]) == {"b": 1}
    assert back.nodes["a"]["score"] == 1.0 and back.nodes["b"]["score"] == 0.5
    assert (back.nodes["b"]["mixed"], back.nodes["c"]["mixed"]) == ("text", "3")
    assert back.nodes["c"]["bell"] == "\ufffdring"  # XML 1.0 cannot carry U+0007


def test_flatten_value() -> None:
    assert flatten_value(None) is None
    assert flatten_value(("张三", 1)) == '["张三", 1]'
    assert flatten_value(float("nan")) is None
    assert flatten_value(True) is True


@pytest.mark.parametrize("generate", [generate_graphml, generate_node_link])
def test_exports_are_deterministic_and_order_independent(generate, tiny_corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    g = build_nx(tiny_corpus)
    once = generate(g)
    assert generate(build_nx(tiny_corpus)) == once
    assert generate(reversed_copy(g)) == once


@pytest.mark.parametrize("fixture", ["tiny_corpus", "hostile_corpus"])
def test_node_link_loads_back_equal(fixture: str, request: pytest.FixtureRequest) -> None:
    g = build_nx(request.getfixturevalue(fixture))
    data = generate_node_link(g)
    text = data.decode("utf-8")
    assert "null" not in text and "NaN" not in text
    parsed = json.loads(text)
    assert {"nodes", "edges", "directed", "multigraph"} <= set(parsed)
    back = nx.node_link_graph(parsed, edges="edges")
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
    assert nx.utils.graphs_equal(back, g)


def test_node_link_drops_none() -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", label="甲", missing=None, items=("x", None))
    parsed = json.loads(generate_node_link(g))
    (node,) = parsed["nodes"]
    assert node == {"id": "a", "label": "甲", "items": ["x", None]}  # None inside a list is data


def networkx_graphml(g: nx.MultiDiGraph) -> bytes:
    """The reference: the same flattened, typed graph written by networkx's own GraphML writer."""
    from kg.export import _coerce, _uniform

    def clean(attrs: dict) -> dict:  # type: ignore[type-arg]
        flat = {str(k): flatten_value(v) for k, v in attrs.items()}
        return {k: v for k, v in flat.items() if v is not None}

    nodes = sorted((str(n), clean(d)) for n, d in g.nodes(data=True))
    edges = sorted(((str(u), str(v), str(k)), clean(d)) for u, v, k, d in g.edges(keys=True, data=True))
    node_kinds, edge_kinds = _uniform(d for _, d in nodes), _uniform(d for _, d in edges)
    ref = nx.MultiDiGraph()
    ref.add_nodes_from((n, _coerce(d, node_kinds)) for n, d in nodes)
    ref.add_edges_from((u, v, k, _coerce(d, edge_kinds)) for (u, v, k), d in edges)
    buffer = io.BytesIO()
    nx.write_graphml_xml(ref, buffer, encoding="utf-8")
    return buffer.getvalue()


@pytest.mark.parametrize("fixture", ["tiny_corpus", "hostile_corpus"])
def test_graphml_parses_like_networkx_writer(fixture: str, request: pytest.FixtureRequest) -> None:
    g = build_nx(request.getfixturevalue(fixture))
    ours, theirs = read_graphml(generate_graphml(g)), read_graphml(networkx_graphml(g))
    assert list(ours.nodes(data=True)) == list(theirs.nodes(data=True))
    assert list(ours.edges(keys=True, data=True)) == list(theirs.edges(keys=True, data=True))
    assert ours.graph == theirs.graph


def test_graphml_escapes_markup_quotes_and_whitespace_in_ids_and_text() -> None:
    g = nx.MultiDiGraph()
    g.add_node('a"<&>\n\t\r', label='x & <y> "z"\r\n', flag=True, n=3)
    g.add_node("b", flag=False, n=4)
    g.add_edge('a"<&>\n\t\r', "b", key="k'\"&", note="]]> &amp;")
    back = read_graphml(generate_graphml(g))
    assert back.nodes['a"<&>\n\t\r'] == {"label": 'x & <y> "z"\r\n', "flag": True, "n": 3}
    assert back.nodes["b"] == {"flag": False, "n": 4}
    assert back.edges['a"<&>\n\t\r', "b", "k'\"&"] == {"note": "]]> &amp;"}


def networkx_node_link(g: nx.MultiGraph) -> bytes:
    """The reference: networkx's node_link_data of the sorted, cleaned copy."""
    from kg.export import _plain, _sorted_graph

    data = nx.node_link_data(_sorted_graph(g, lambda attrs, _: _plain(attrs)), edges="edges")
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False, separators=(",", ":"))
    return (text.replace("\ud800", "\ufffd") + "\n").encode("utf-8")


def odd_values_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name="g", meta={"n": None})
    g.add_node("b", tags={"\ud800x", "\ufffdy", "a"}, score=float("inf"), nested=[{"k": None, 1: (2, 3)}])
    g.add_node("a\ud800", label="x\ud800")
    g.add_node(3, label="int id")
    g.add_edge("b", "a\ud800", key="k\ud800", weight=1.5, note=None)
    g.add_edge("b", 3, key=0, evidence=[{"rule": "r", "conf": float("nan")}])
    return g


@pytest.mark.parametrize("fixture", ["tiny_corpus", "hostile_corpus", None])
def test_node_link_bytes_equal_networkx_node_link_data(fixture: str | None, request: pytest.FixtureRequest) -> None:
    g = build_nx(request.getfixturevalue(fixture)) if fixture else odd_values_graph()
    assert generate_node_link(g) == networkx_node_link(g)
    undirected = nx.MultiGraph(g)
    assert generate_node_link(undirected) == networkx_node_link(undirected)


@pytest.mark.parametrize(
    "value",
    [{"\ud800x", "\ufffdy", "a"}, {"k\ud800": 1, "j\ufffd": None, 2: [1.5, float("nan")]}, ("\x07", {"b", "a"}),
     "x\ud800\x0b", 3, 2.5, float("-inf"), False, None],
)
def test_flatten_value_matches_cleaning_everything_first(value: object) -> None:
    from kg.export import _plain, _xml_text

    plain = _plain(value)
    if plain is None or isinstance(plain, (bool, int, float)):
        assert flatten_value(value) == plain
    elif isinstance(plain, str):
        assert flatten_value(value) == _xml_text(plain)
    else:
        assert flatten_value(value) == _xml_text(json.dumps(plain, ensure_ascii=False, sort_keys=True))
