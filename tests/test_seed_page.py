"""The seed graph's page in headless Chromium: what a user meets first after `make build`."""

from __future__ import annotations

import pytest

import kg
from kg.html import render_html
from test_html_browser import Page

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def seed_page(browser, tmp_path_factory, seed_graph):
    page = Page(browser, render_html(seed_graph), tmp_path_factory.mktemp("seedpage") / "graph.html")
    yield page
    page.close()  # asserts no outside request and no console error


@pytest.fixture(scope="module")
def seed_graph():
    from conftest import SEEDS

    return kg.build([SEEDS])


def test_every_node_of_the_seed_graph_is_drawn(seed_page, seed_graph):
    assert seed_page.js("window.kgView.nodes.length") == seed_graph.nx.number_of_nodes()


def test_search_finds_the_general_manager(seed_page):
    target = seed_page.index("卢强")
    assert target >= 0
    seed_page.page.fill("#kg-search", "卢强")
    seed_page.page.press("#kg-search", "Enter")
    assert seed_page.js("window.kgView.network.getSelectedNodes()") == [target]
    panel = seed_page.panel()
    assert "总经理" in panel and "国网尉氏县供电公司" in panel
    assert "盧強" in panel  # the traditional surface form the source used


def test_type_filter_hides_people(seed_page):
    seed_page.page.get_by_label("人物").uncheck()
    try:
        groups = seed_page.js("window.kgView.nodes.get().map(n => n.group)")
        assert "Person" not in groups and groups
    finally:
        seed_page.page.get_by_label("人物").check()


def test_clicking_a_company_shows_evidence_with_its_document(seed_page, seed_graph):
    seed_page.js("window.kgView.network.fit()")
    node = next(n for n, d in seed_graph.nx.nodes(data=True) if d["label"] == "国网尉氏县供电公司")
    sentences = {ev["sentence"] for _, _, d in seed_graph.nx.in_edges(node, data=True) for ev in d["evidence"]}
    seed_page.click_node(seed_page.index("国网尉氏县供电公司"))
    panel = seed_page.panel()
    assert "国网尉氏县供电公司" in panel and "总经理" in panel
    shown = [s for s in sentences if s.strip() in panel]
    assert shown, "no evidence sentence of the company's relations is shown"
    assert "004_c412afa8c679d6aa.txt" in panel  # 004 has no title: its file name stands in
