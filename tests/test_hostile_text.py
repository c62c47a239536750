"""Hostile article text through the whole build: markup, quotes, backslashes and control characters
come out as data in every format (Turtle in rdflib and pyoxigraph, GraphML and node-link JSON in
networkx, the HTML page) and never run or break the syntax. IRIs are valid whatever the name.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.iri import DEFAULT_BASE, assertion_iri, document_iri, entity_iri

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'
NASTY = f'{SCRIPT}{IMG}]]>"""\'\'\'\\\\n\\u0041\x00\x01\x07\x08\x0b\x0c\x1b\x7f\u2028\u2029\ufeff\u202e<!--&amp;-->'

ARTICLES = [
    # Hostile bits inside the title, the source line, the sentences that carry evidence, next to names.
    (f"国网江苏省电力有限公司南京供电公司召开会议{SCRIPT}\n"
     f"2021年07月20日 来源：某某网{IMG}\n"
     f"国网江苏省电力有限公司南京供电公司副总经理张丽华带领志愿者下沉幸福社区，开展防汛救灾{SCRIPT}。\n"
     f"（记者 李明{SCRIPT}）\n"),
    f"国网江苏省电力有限公司南京供电公司副总经理张丽华带领志愿者下沉幸福社区{NASTY}。\n",
    f'{NASTY}国网浙江省电力有限公司杭州供电公司总经理王建国来到幸福社区，{IMG}"""\\\\。\n',
]


@pytest.fixture(scope="module")
def graph():
    return kg.build(texts=ARTICLES)


@pytest.fixture(scope="module")
def written(graph, tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    graph.write(out)
    return out


def test_the_hostile_text_reached_the_graph(graph):
    """Otherwise the rest proves nothing: the markup is in evidence sentences and labels."""
    sentences = [ev.sentence for r in graph.corpus.relations for ev in r.evidence]
    assert graph.corpus.relations, "no relations were extracted from the hostile articles"
    assert any(SCRIPT in s for s in sentences)
    assert any("\\" in s or '"' in s or "]]>" in s for s in sentences)
    titles = [d.title or "" for d in graph.corpus.documents]
    assert any("<script>" in t for t in titles)


def test_turtle_parses_in_rdflib_and_pyoxigraph_and_keeps_the_text(graph, written):
    import pyoxigraph as ox
    import rdflib
    from rdflib.compare import isomorphic

    data = (written / "graph.ttl").read_bytes()
    parsed = rdflib.Graph().parse(data=data, format="turtle")
    assert isomorphic(parsed, graph.rdf)
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.TURTLE)
    assert len(store) == len(parsed)
    literals = {str(o) for o in parsed.objects() if isinstance(o, rdflib.Literal)}
    assert any(SCRIPT in lit for lit in literals)
    assert any(IMG in lit for lit in literals)


def test_sparql_finds_the_hostile_sentence_verbatim(graph):
    rows = graph.query('SELECT ?s WHERE { ?a kg:evidenceText ?s . FILTER(CONTAINS(STR(?s), "<script>alert(1)")) }')
    assert rows
    assert all(SCRIPT in row["s"] for row in rows)


def test_graphml_and_node_link_load_in_networkx(graph, written):
    import networkx as nx

    back = nx.read_graphml(io.BytesIO((written / "graph.graphml").read_bytes()), force_multigraph=True)
    assert set(back.nodes) == set(graph.nx.nodes)
    assert back.number_of_edges() == graph.nx.number_of_edges()
    labels = {d.get("label", "") for _, d in back.nodes(data=True)}
    assert any("<script>" in label for label in labels)
    data = json.loads((written / "graph.json").read_text(encoding="utf-8"))
    linked = nx.node_link_graph(data, edges="edges")
    assert set(linked.nodes) == set(graph.nx.nodes)
    evidence = [ev["sentence"] for *_, d in linked.edges(keys=True, data=True) for ev in d["evidence"]]
    assert any(SCRIPT in s for s in evidence)


def test_html_has_no_live_markup_from_articles(written):
    html = (written / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "<img" not in html.lower()
    assert "]]>" not in html
    assert "\u2028" not in html and "\u2029" not in html
    # Only the page's own "<script" (its three elements, and a string inside vis-network): as many as
    # the page of an empty graph has.
    from kg.graph import KnowledgeGraph
    from kg.html import render_html
    from kg.model import Corpus

    empty = render_html(KnowledgeGraph(Corpus((), (), ())))
    for pattern in (r"<script\b", r"</script", r"<!--", r"<img\b", r"<iframe\b", r"javascript:"):
        assert len(re.findall(pattern, html, re.IGNORECASE)) == len(re.findall(pattern, empty, re.IGNORECASE)), pattern
    island = re.search(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.DOTALL)
    assert island is not None
    text = json.dumps(json.loads(island.group(1)), ensure_ascii=False)
    assert SCRIPT in text  # the markup is there, as data


def test_html_file_article_keeps_text_and_drops_its_scripts(tmp_path):
    page = (
        "<html><head><title>国网某县供电公司召开会议</title><script>alert(1)</script></head><body>"
        f"<p>国网某县供电公司总经理王建国来到幸福社区。</p><p>{SCRIPT.replace('<', '&lt;')}</p>"
        '<img src=x onerror="alert(2)"><style>p{color:red}</style></body></html>'
    )
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    graph = kg.build([str(tmp_path / "a.html")])
    graph.write(tmp_path / "out")
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img" not in html.lower()
    assert graph.corpus.documents and graph.corpus.entities


@pytest.mark.browser
def test_hostile_build_runs_nothing_in_chromium(browser, written):
    """Open the built page, show every node and edge panel; nothing runs, no dialog, no image."""
    dialogs: list[str] = []
    errors: list[str] = []
    context = browser.new_context()
    try:
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                   else route.abort())
        page.goto((written / "graph.html").as_uri())
        page.wait_for_function("window.kgView && window.kgView.ready", timeout=10_000)
        page.evaluate("""() => {
            const v = window.kgView;
            v.data.nodes.forEach((_, i) => v.showNode(i));
            v.data.edges.forEach((_, i) => v.showEdge(i));
        }""")
        page.fill("#kg-search", SCRIPT)
        page.press("#kg-search", "Enter")
        page.wait_for_timeout(100)
        assert page.evaluate("document.querySelectorAll('img').length") == 0
        assert page.evaluate("document.scripts.length") == 3
        assert page.evaluate("typeof window.__pwned") == "undefined"
        panel = page.evaluate("document.body.innerText")
    finally:
        context.close()
    assert dialogs == [] and errors == []
    assert "alert(" in panel  # shown as text


# ---------------------------------------------------------------- IRIs, whatever the name

IRI = re.compile(r"https://w3id\.org/kg-news/id/(org|person|place|event|doc|assertion|x)/[0-9a-f]{16}\Z")

names = st.text(st.characters(codec=None), max_size=40) | st.sampled_from(
    [SCRIPT, IMG, NASTY, " ", "", "\ud800", "国网 某县\u3000供电公司", "a/b#c?d", "<>", "\x00"]
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(type_=st.sampled_from(["Company", "Organization", "Person", "Place", "Community", "Event", "Weird"]),
       name=names, context=names)
def test_entity_iris_are_always_valid(type_, name, context):
    import rdflib

    iri = entity_iri(type_, name, context)
    assert IRI.match(iri), iri
    assert rdflib.URIRef(iri).n3() == f"<{iri}>"
    assert iri == entity_iri(type_, name, context)  # stable


@settings(max_examples=100, deadline=None)
@given(doc_id=names, head=names, tail=names)
def test_document_and_assertion_iris_are_always_valid(doc_id, head, tail):
    assert IRI.match(document_iri(doc_id))
    assert IRI.match(assertion_iri(head, "worksFor", tail, "", doc_id))
    assert document_iri(doc_id, "urn:x:").startswith("urn:x:doc/")
    assert DEFAULT_BASE in document_iri(doc_id)


def test_query_table_is_safe_on_a_terminal_and_json_parses(graph):
    """Article text with terminal escapes (ESC [2J clears the screen) is shown inert in the table view;
    JSON escapes it; CSV keeps the exact value (it is data for files and spreadsheets)."""
    from kg.query import format_result, run_query

    g = kg.build(texts=["国网江苏省电力有限公司南京供电公司副总经理张丽华带领志愿者下沉幸福社区\x1b[2J\x07\x00。"])
    result = run_query(g.turtle, "SELECT ?s WHERE { ?a kg:evidenceText ?s }")
    assert result.rows
    table = format_result(result, "table")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", table)
    rows = json.loads(format_result(result, "json"))["rows"]
    assert any("\x1b[2J" in row["s"] for row in rows)
    for fmt in ("table", "csv", "json"):
        format_result(run_query(graph.turtle, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"), fmt)
