"""The page as a string: self-contained, deterministic, escaped; the JSON island gives back the graph."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys

import networkx as nx
import pytest

from conftest import make_tiny_corpus
from kg.graph import KnowledgeGraph
from kg.html import json_island, layout_positions, page_data, render_html

ISLAND = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.DOTALL)


def markup(html: str) -> str:
    """The HTML with the bodies of script and style elements removed: what the parser sees as tags."""
    return re.sub(r"(<(script|style)\b[^>]*>).*?(</\2>)", r"\1\3", html, flags=re.DOTALL)


def island(html: str) -> dict:
    found = ISLAND.findall(html)
    assert len(found) == 1
    return json.loads(found[0])


@pytest.fixture(scope="module")
def tiny_html() -> str:
    return render_html(KnowledgeGraph(make_tiny_corpus()))


@pytest.fixture(scope="module")
def hostile_html() -> str:
    return render_html(KnowledgeGraph(make_tiny_corpus(hostile=True)))


def test_self_contained(tiny_html, hostile_html):
    for html in (tiny_html, hostile_html):
        assert html.startswith("<!DOCTYPE html>")
        assert '<meta charset="utf-8">' in html
        assert not re.search(r"https?://", html, re.IGNORECASE)
        assert not re.search(r"\b(src|href)\s*=", markup(html), re.IGNORECASE)
        assert "@import" not in html
        assert all(u.startswith(("data:", '"data:', "'data:")) for u in re.findall(r"url\(\s*([^)]*)", html))
        # vis-network itself is inline, and the policy forbids the page any request
        assert "vis.Network" in html and "Content-Security-Policy" in html and "default-src 'none'" in html


def test_deterministic_and_independent_of_corpus_order():
    corpus = make_tiny_corpus()
    first = render_html(KnowledgeGraph(corpus))
    assert render_html(KnowledgeGraph(make_tiny_corpus())) == first
    shuffled = dataclasses.replace(corpus, entities=corpus.entities[::-1], relations=corpus.relations[::-1],
                                   documents=corpus.documents[::-1])
    assert render_html(KnowledgeGraph(shuffled)) == first


def test_hostile_text_cannot_break_out(hostile_html):
    assert "<script>window" not in hostile_html
    assert "<img" not in hostile_html
    assert "onerror" not in markup(hostile_html)
    # exactly our three script elements (the data island, vis-network, the page), none closed early
    assert markup(hostile_html).count("<script") == 3
    assert hostile_html.lower().count("</script") == 3
    assert "<!--" not in hostile_html
    data = island(hostile_html)
    labels = {n["label"] for n in data["nodes"]}
    assert any(label.startswith("张三<script>window.__pwned=1</script><img src=x") for label in labels)


def test_island_parses_back_to_the_graph(tiny_html):
    graph = KnowledgeGraph(make_tiny_corpus()).nx
    data = island(tiny_html)
    assert [n["iri"] for n in data["nodes"]] == sorted(graph.nodes)
    for node in data["nodes"]:
        attrs = graph.nodes[node["iri"]]
        assert node["type"] == attrs["type"]
        assert node["label"] == attrs["label"]
        assert node["aliases"] == sorted(attrs.get("aliases", []))
        assert node["degree"] == graph.degree(node["iri"])
    assert len(data["edges"]) == graph.number_of_edges()
    iris = [n["iri"] for n in data["nodes"]]
    for edge in data["edges"]:
        u, v = iris[edge["from"]], iris[edge["to"]]
        matching = [a for a in graph.get_edge_data(u, v).values() if a["relation"] == edge["relation"]
                    and a["qualifier"] == edge["qualifier"]]
        assert len(matching) == 1
        assert [e["sentence"] for e in edge["evidence"]] == [e["sentence"] for e in matching[0]["evidence"]]
    assert sorted(data["initial"]) == list(range(len(iris)))  # small graph: everything shown
    assert data["documents"]["a.txt"] == {"title": "标题一", "published": "2021-11-20", "source": "某网"}
    assert data["documents"]["b.txt"]["title"] == "b.txt"  # no title: the file name


def test_edge_labels_in_chinese_with_titles(tiny_html):
    data = island(tiny_html)
    labels = {e["relation"]: e["label"] for e in data["edges"]}
    assert labels["holdsPosition"] == "担任 总经理"
    assert labels["subsidiaryOf"] == "下属单位"
    assert labels["servesCommunity"] == "服务社区"
    assert labels["reportedBy"] == "报道者 记者"
    legend = {t["type"]: t for t in data["types"]}
    assert legend["Company"]["label"] == "企业" and legend["Company"]["count"] == 2
    assert len({(t["color"], t["shape"]) for t in data["types"]}) == len(data["types"])


def test_parallel_edges_are_curved_apart(tiny_html):
    data = island(tiny_html)
    by_pair: dict[tuple[int, int], list] = {}
    for edge in data["edges"]:
        by_pair.setdefault(tuple(sorted((edge["from"], edge["to"]))), []).append(edge)
    pairs = [edges for edges in by_pair.values() if len(edges) > 1]
    assert pairs  # worksFor + holdsPosition, participatedIn + organizedBy (opposite directions)
    for edges in pairs:
        # drawn in absolute terms: the bend, as seen from the lower node index, must differ per edge
        bends = []
        for e in edges:
            s = e["smooth"]
            signed = 0.0 if not s else s["roundness"] * (1 if s["type"] == "curvedCW" else -1)
            bends.append(signed if e["from"] < e["to"] else -signed)
        assert len(set(bends)) == len(bends)
    singles = [edges[0] for edges in by_pair.values() if len(edges) == 1]
    assert all(e["smooth"] is False for e in singles)


def test_json_island_escapes():
    text = json_island({"s": "</script><!-- & \u2028\u2029 https://x"})
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert "://" not in text
    assert json.loads(text) == {"s": "</script><!-- & \u2028\u2029 https://x"}


def star_graph(n: int) -> nx.MultiDiGraph:
    """A hub with spokes plus a chain: degrees differ, so the initial view is well defined."""
    graph = nx.MultiDiGraph()
    for i in range(n):
        graph.add_node(f"n{i:03d}", type="Person" if i % 2 else "Company", label=f"名{i}", aliases=[])
    for i in range(1, n):
        graph.add_edge(f"n{i:03d}", "n000", key="worksFor", relation="worksFor", label="任职于", evidence=[])
    for i in range(1, 10):
        graph.add_edge(f"n{i:03d}", f"n{i + 1:03d}", key="locatedIn", relation="locatedIn", label="位于",
                       evidence=[])
    return graph


def test_large_graph_opens_on_most_connected():
    graph = star_graph(60)
    data = page_data(graph, initial_limit=10)
    assert len(data["nodes"]) == 60 and data["limit"] == 10
    assert len(data["initial"]) == 10
    shown = [data["nodes"][i] for i in data["initial"]]
    degrees = sorted((n["degree"] for n in data["nodes"]), reverse=True)
    assert sorted((n["degree"] for n in shown), reverse=True) == degrees[:10]
    assert "n000" in {n["iri"] for n in shown}
    # positions only for the initial view; the page places the rest when they are revealed
    assert sorted(p[0] for p in data["positions"]) == sorted(data["initial"])


def test_layout_is_integer_spread_and_stable():
    graph = KnowledgeGraph(make_tiny_corpus()).nx
    pos = layout_positions(graph, graph.nodes)
    assert set(pos) == set(graph.nodes)
    assert all(isinstance(c, int) for xy in pos.values() for c in xy)
    points = list(pos.values())
    closest = min(abs(a[0] - b[0]) + abs(a[1] - b[1]) for i, a in enumerate(points) for b in points[i + 1:])
    assert closest > 60  # no two nodes on top of each other
    assert layout_positions(graph, reversed(list(graph.nodes))) == pos


def test_node_size_grows_with_degree():
    data = page_data(star_graph(30), initial_limit=30)
    hub = next(n for n in data["nodes"] if n["iri"] == "n000")
    leaf = next(n for n in data["nodes"] if n["iri"] == "n029")
    assert hub["size"] > leaf["size"]


def test_import_is_cheap():
    code = "import kg.html, sys; print(sorted(m for m in ('networkx', 'numpy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_empty_graph_renders():
    from kg.model import Corpus

    data = island(render_html(KnowledgeGraph(Corpus(documents=(), entities=(), relations=()))))
    assert data["nodes"] == [] and data["edges"] == [] and data["initial"] == [] and data["positions"] == []


def test_initial_view_is_the_full_ranking_with_ties():
    """initial_view ranks only nodes as connected as the limit-th: the same nodes as ranking them all
    by (degree, label, id), ties at the cut included; and the documents list keeps its order."""
    import random

    from kg.html import _documents, initial_view

    rng = random.Random(5)
    g = nx.MultiDiGraph()
    for i in range(400):
        g.add_node(f"n{i:03d}", label=rng.choice(["甲", "乙", "丙", f"名{i}"]),
                   type=rng.choice(["Person", "Document"]), file_name=f"f{i % 50}.txt")
    for _ in range(900):
        g.add_edge(f"n{rng.randrange(400):03d}", f"n{rng.randrange(400):03d}", key=rng.choice("ab"))
    degree = dict(g.degree())
    for limit in (1, 7, 30, 150, 399, 400):
        full = sorted(sorted(g.nodes), key=lambda n: (-degree[n], str(g.nodes[n].get("label", n)), n))
        expected = sorted(full[:limit]) if limit < len(g) else sorted(g.nodes)
        assert initial_view(g, limit) == expected, limit
    by_all_nodes: dict[str, str] = {}
    for _node, attrs in sorted(g.nodes(data=True)):
        if attrs.get("type") == "Document":
            by_all_nodes[str(attrs["file_name"])] = str(attrs.get("label"))
    assert {name: doc["title"] for name, doc in _documents(g, ()).items()} == dict(sorted(by_all_nodes.items()))


@pytest.mark.parametrize("ids", ["str", "int"])
def test_edges_in_node_order_then_key(ids):
    """Edges are listed by the index of their ends, then their key as text: str ids are sorted as they
    are, other ids (ints here, whose text order differs) through their index."""
    g = nx.MultiDiGraph()
    names = [10, 9, 100, 2] if ids == "int" else ["b", "a", "ab", "c"]
    for u, v, k in [(0, 1, "x"), (2, 1, "b"), (0, 1, "a"), (3, 2, "k"), (1, 0, "z"), (2, 3, 5)]:
        g.add_edge(names[u], names[v], key=k if ids == "int" or k != 5 else "5")  # the key shows as relation
    data = page_data(g)
    index = {node: i for i, node in enumerate(sorted(g.nodes))}
    expected = sorted(((index[u], index[v], str(k)) for u, v, k in g.edges(keys=True)))
    assert [(e["from"], e["to"], e["relation"]) for e in data["edges"]] == expected


def test_island_in_pieces_is_the_island():
    """The page's data escaped and encoded a piece of the JSON encoder's output at a time: the same bytes
    as the whole island, with escapes and a lone surrogate anywhere among the pieces."""
    from kg.html import _ISLAND_PIECES, _island_chunks

    odd = ["</script>", "a&b", "\u2028", "x/y", "\ud800", "普通"]
    data = {"rows": [{"k": odd[i % len(odd)] * (i % 3), "n": i, "f": i / 7} for i in range(60_000)]}
    chunks = _island_chunks(data)
    assert len(chunks) > 1 and _ISLAND_PIECES is not None  # the pieces path, several pieces
    assert b"".join(chunks) == json_island(data).encode("utf-8")
