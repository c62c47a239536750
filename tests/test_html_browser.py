"""The page in a real headless Chromium (Debian's /usr/bin/chromium via Playwright; downloads nothing).

Every test asserts that the page asked for nothing but its own file and logged no error.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import make_tiny_corpus
from kg.graph import KnowledgeGraph
from kg.html import render_html

pytestmark = pytest.mark.browser





class Page:
    """An opened graph page plus what it tried to fetch and what it logged."""

    def __init__(self, browser, html: str, path: Path) -> None:
        path.write_text(html, encoding="utf-8")
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.kgView && window.kgView.ready", timeout=10_000)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def index(self, label: str) -> int:
        return self.js("(l) => window.kgView.data.nodes.findIndex(n => n.label === l)", label)

    def drawn(self) -> list[int]:
        return sorted(self.js("window.kgView.nodes.getIds()"))

    def panel(self) -> str:
        return self.page.inner_text("#kg-panel")

    def click_node(self, index: int, double: bool = False) -> None:
        """Click where the node is drawn, as a user would."""
        x, y = self.js("""(i) => {
            const v = window.kgView, p = v.network.getPositions([i])[i], d = v.network.canvasToDOM(p);
            const box = document.getElementById('kg-network').getBoundingClientRect();
            return [box.left + d.x, box.top + d.y];
        }""", index)
        if double:
            self.page.mouse.dblclick(x, y)
        else:
            self.page.mouse.click(x, y)

    def close(self) -> None:
        assert self.requests == [], f"the page tried to reach the network: {self.requests}"
        assert self.errors == [], f"console errors: {self.errors}"
        self.context.close()


@pytest.fixture
def open_page(browser, tmp_path) -> Iterator:
    pages: list[Page] = []

    def opener(graph: KnowledgeGraph, **options) -> Page:
        page = Page(browser, render_html(graph, **options), tmp_path / f"graph{len(pages)}.html")
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.close()


@pytest.fixture
def tiny_graph() -> KnowledgeGraph:
    return KnowledgeGraph(make_tiny_corpus())


def test_draws_every_node_and_edge(open_page, tiny_graph):
    page = open_page(tiny_graph)
    assert page.js("window.kgView.nodes.length") == tiny_graph.nx.number_of_nodes()
    assert page.js("window.kgView.edges.length") == tiny_graph.nx.number_of_edges()
    assert page.js("document.characterSet") == "UTF-8"
    assert "8 / 8" in page.page.inner_text("#kg-note")
    # the legend lists the types present, in Chinese
    legend = page.page.inner_text("#kg-types")
    assert "企业" in legend and "人物" in legend and "社区" in legend
    # positions are the ones computed in Python: nothing moved
    data_pos = page.js("Object.fromEntries(window.kgView.data.positions.map(p => [p[0], [p[1], p[2]]]))")
    drawn_pos = page.js("window.kgView.network.getPositions()")
    assert {int(k): [round(v["x"]), round(v["y"])] for k, v in drawn_pos.items()} == \
        {int(k): v for k, v in data_pos.items()}


def test_search_by_chinese_name_and_alias_selects(open_page, tiny_graph):
    page = open_page(tiny_graph)
    target = page.index("幸福社区")
    page.page.fill("#kg-search", "幸福")
    assert "幸福社区" in page.page.inner_text("#kg-results")
    page.page.press("#kg-search", "Enter")
    assert page.js("window.kgView.network.getSelectedNodes()") == [target]
    assert "幸福社区" in page.panel() and "社区" in page.panel()
    # an alias and the traditional form find the same company; IRIs are not searched
    company = page.index("国网某县供电公司")
    assert page.js("window.kgView.search('某县供电公司')")[0] == company
    assert page.js("window.kgView.search('國網某縣')") == [company]
    assert page.js("window.kgView.search('w3id')") == []


def test_type_filter_hides_that_type(open_page, tiny_graph):
    page = open_page(tiny_graph)
    before = page.js("window.kgView.nodes.length")
    page.page.get_by_label("人物").uncheck()  # the legend's checkbox for Person
    types = page.js("window.kgView.nodes.get().map(n => n.group)")
    assert "Person" not in types and len(types) == before - 1
    person = page.index("张三")
    assert page.js("(p) => window.kgView.edges.get().filter(e => e.from === p || e.to === p).length", person) == 0
    page.page.get_by_label("人物").check()
    assert page.js("window.kgView.nodes.length") == before


def test_relation_filter_hides_edges(open_page, tiny_graph):
    page = open_page(tiny_graph)
    page.page.get_by_label("担任").uncheck()
    labels = page.js("window.kgView.edges.get().map(e => e.label)")
    assert "担任 总经理" not in labels and "任职于" in labels
    assert page.js("window.kgView.nodes.length") == tiny_graph.nx.number_of_nodes()


def test_click_node_shows_evidence(open_page, tiny_graph):
    page = open_page(tiny_graph)
    page.click_node(page.index("国网某县供电公司"))
    text = page.panel()
    assert "国网某县供电公司" in text and "企业" in text
    assert "某县供电公司" in text and "國網某縣供電公司" in text  # aliases and traditional form
    assert "国网某县供电公司总经理张三来到供电所。" in text  # evidence sentence
    assert "标题一" in text and "2021-11-20" in text  # its document's title and date
    assert "担任 总经理" in text and "下属单位" in text


def test_click_edge_shows_its_evidence(open_page, tiny_graph):
    page = open_page(tiny_graph)
    head, tail = page.index("国网某省电力有限公司"), page.index("幸福社区")
    x, y = page.js("""([a, b]) => {
        const v = window.kgView, p = v.network.getPositions([a, b]);
        const d = v.network.canvasToDOM({x: (p[a].x + p[b].x) / 2, y: (p[a].y + p[b].y) / 2});
        const box = document.getElementById('kg-network').getBoundingClientRect();
        return [box.left + d.x, box.top + d.y];
    }""", [head, tail])
    page.page.mouse.click(x, y)
    text = page.panel()
    assert "服务社区" in text
    assert "国网某省电力有限公司组织党员下沉幸福社区开展防汛救灾。" in text
    assert "b.txt" in text  # untitled document: its file name


def test_large_view_expands_on_double_click_and_search(open_page, tiny_graph):
    page = open_page(tiny_graph, initial_limit=3)
    assert page.js("window.kgView.nodes.length") == 3
    assert "3 / 8" in page.page.inner_text("#kg-note")
    hub = page.index("国网某县供电公司")  # degree 4: among the three most connected
    assert hub in page.drawn()
    page.click_node(hub, double=True)
    neighbours = {page.index(n) for n in ("国网某省电力有限公司", "张三", "某县")}
    assert neighbours <= set(page.drawn())
    # search reveals an entity that is not drawn yet
    assert page.index("b.txt") not in page.drawn()
    page.page.fill("#kg-search", "b.txt")
    page.page.press("#kg-search", "Enter")
    assert page.index("b.txt") in page.drawn()
    page.page.click("#kg-reset")
    assert page.js("window.kgView.nodes.length") == 3


def test_hostile_corpus_runs_nothing_and_shows_text(open_page, hostile_corpus):
    page = open_page(KnowledgeGraph(hostile_corpus))
    assert page.js("typeof window.__pwned") == "undefined"
    person = page.js("window.kgView.data.nodes.findIndex(n => n.type === 'Person')")
    page.click_node(person)
    page.page.fill("#kg-search", "<script>")
    page.page.press("#kg-search", "Enter")
    page.js("(i) => window.kgView.showEdge(window.kgView.data.edges.findIndex(e => e.from === i))", person)
    page.js("(i) => window.kgView.showNode(i)", person)
    page.page.wait_for_timeout(100)
    assert page.js("typeof window.__pwned") == "undefined"
    assert "<script>window.__pwned=1</script><img src=x" in page.panel()
    assert page.js("document.querySelectorAll('img').length") == 0
    assert page.js("document.scripts.length") == 3


def test_screenshot_script(browser, tmp_path, tiny_graph):
    """scripts/screenshot.py (which makes docs/screenshot.png) keeps working."""
    import struct
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from screenshot import take_screenshot

    out = tmp_path / "shot.png"
    take_screenshot(render_html(tiny_graph), out, select="张三", width=900, height=600, browser=browser)
    head = out.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", head[16:24]) == (900, 600)


def test_empty_graph_opens(open_page):
    from kg.model import Corpus

    page = open_page(KnowledgeGraph(Corpus(documents=(), entities=(), relations=())))
    assert page.js("window.kgView.nodes.length") == 0
    assert "0 / 0" in page.page.inner_text("#kg-note")


def test_hub_expands_in_batches(open_page):
    from kg.iri import entity_iri
    from kg.model import Corpus, Entity, Evidence, Relation

    hub = Entity(entity_iri("Company", "某某供电公司"), "Company", "某某供电公司")
    people = [Entity(entity_iri("Person", f"员工{i:03d}"), "Person", f"员工{i:03d}") for i in range(230)]
    relations = tuple(Relation(("Person", p.id), "worksFor", ("Company", hub.id),
                               (Evidence("a.txt", f"{p.name}在某某供电公司工作。", 0, 12, "title", 0.8),))
                      for p in people)
    page = open_page(KnowledgeGraph(Corpus(documents=(), entities=(hub, *people), relations=relations)),
                     initial_limit=5)
    assert page.js("window.kgView.nodes.length") == 5
    index = page.index("某某供电公司")
    page.js("(i) => window.kgView.showNeighbours(i)", index)
    assert page.js("window.kgView.nodes.length") == 205  # one batch of 200, most connected first
    assert "展开邻居 (26)" in page.panel()
    page.js("(i) => window.kgView.showNeighbours(i)", index)
    assert page.js("window.kgView.nodes.length") == 231
    assert "231 / 231" in page.page.inner_text("#kg-note")
