"""How the page copes with a large graph: render time in Python, and time to interactive in Chromium.

    .venv/bin/python bench/html_bench.py                    # 5,000 entities, the default initial view
    .venv/bin/python bench/html_bench.py --entities 20000 --limit 300 --out /tmp/big.html

A synthetic kg.model.Corpus (no extraction involved): entities of every type with made-up names, a
long-tailed company tree, people with titles, communities, events and places, every relation with one
to three evidence sentences. Drives Debian's /usr/bin/chromium through Playwright; the page may not
reach the network. Prints one JSON object of timings (seconds) and sizes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kg.graph import KnowledgeGraph
from kg.html import render_html
from kg.iri import entity_iri
from kg.model import Corpus, DocumentInfo, Entity, Evidence, Relation

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

_CHARS = "安宝北昌城川春大德东丰福光广海和河华江金京康乐林龙明南宁平庆泉山胜盛顺泰天通万文西祥新兴阳永源云长正中"
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
_TITLES = ("总经理", "党委书记", "副总经理", "主任", "所长", "班长", "工程师")
_TYPES = (("Company", 0.35), ("Person", 0.35), ("Community", 0.12), ("Place", 0.08), ("Event", 0.06),
          ("Organization", 0.04))


def _name(rng: random.Random, kind: str, serial: int) -> str:
    core = "".join(rng.choice(_CHARS) for _ in range(2))
    if kind == "Person":
        return rng.choice(_SURNAMES) + core + (str(serial) if serial % 7 == 0 else "")
    suffix = {"Company": "供电公司", "Organization": "委员会", "Community": "社区", "Place": "县",
              "Event": "保电行动"}[kind]
    return f"{core}{serial}{suffix}"


def synthetic_corpus(entities: int = 5000, seed: int = 7) -> Corpus:
    """A deterministic corpus of ``entities`` entities and about three relations per entity."""
    rng = random.Random(seed)
    docs = tuple(DocumentInfo(f"doc{i:04d}.txt", f"doc{i:04d}.txt", "utf-8", 2000, title=f"新闻稿第{i}号",
                              published=f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}")
                 for i in range(max(1, entities // 10)))
    by_type: dict[str, list[Entity]] = {t: [] for t, _ in _TYPES}
    made = []
    for serial in range(entities):
        kind = rng.choices([t for t, _ in _TYPES], [w for _, w in _TYPES])[0]
        name = _name(rng, kind, serial)
        ent = Entity(entity_iri(kind, name, str(serial)), kind, name, aliases=(name[:4],) if serial % 3 == 0 else (),
                     documents=tuple(sorted({rng.choice(docs).doc_id for _ in range(2)})))
        by_type[kind].append(ent)
        made.append(ent)

    def pick(kind: str) -> Entity:
        pool = by_type[kind]
        # long tail: low indexes (early, "big") entities are picked far more often
        return pool[min(len(pool) - 1, int(rng.paretovariate(1.2)) - 1)] if rng.random() < 0.5 \
            else rng.choice(pool)

    def evidence(head: Entity, tail: Entity) -> tuple[Evidence, ...]:
        out = []
        for _ in range(rng.randint(1, 3)):
            doc = rng.choice(docs).doc_id
            sentence = f"{head.name}与{tail.name}在{rng.choice(_CHARS)}{rng.choice(_CHARS)}开展工作，保障供电安全稳定。"
            out.append(Evidence(doc, sentence, 0, len(sentence), "synthetic", round(rng.uniform(0.5, 0.95), 2)))
        return tuple(out)

    relations = {}
    for ent in made:
        plans = {
            "Company": [("subsidiaryOf", "Company"), ("locatedIn", "Place"), ("servesCommunity", "Community")],
            "Person": [("worksFor", "Company"), ("holdsPosition", "Company"), ("participatedIn", "Event")],
            "Community": [("locatedIn", "Place")],
            "Place": [("locatedIn", "Place")],
            "Event": [("organizedBy", "Company"), ("locatedIn", "Place")],
            "Organization": [("locatedIn", "Place"), ("participatedIn", "Event")],
        }[ent.type]
        for predicate, tail_type in plans:
            if rng.random() < 0.25:
                continue
            tail = pick(tail_type)
            if tail.id == ent.id:
                continue
            qualifier = rng.choice(_TITLES) if predicate == "holdsPosition" else None
            key = (ent.id, predicate, tail.id, qualifier)
            if key not in relations:
                relations[key] = Relation((ent.type, ent.id), predicate, (tail.type, tail.id), evidence(ent, tail),
                                          qualifier=qualifier)
    return Corpus(documents=docs, entities=tuple(made), relations=tuple(relations.values()))


def browser_timings(html: str) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    out: dict[str, float] = {}
    blocked: list[str] = []
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        path = Path(tmp) / "graph.html"
        path.write_text(html, encoding="utf-8")
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
                   else (blocked.append(r.request.url), r.abort()))
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.kgView && window.kgView.ready", timeout=60_000, polling=20)
        out["open_to_interactive_s"] = round(time.perf_counter() - start, 3)
        out["drawn_nodes"] = page.evaluate("window.kgView.nodes.length")
        out["drawn_edges"] = page.evaluate("window.kgView.edges.length")
        out["total_nodes"] = page.evaluate("window.kgView.data.nodes.length")

        def timed(name: str, script: str) -> None:
            t0 = time.perf_counter()
            page.evaluate(script)
            page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            out[name] = round(time.perf_counter() - t0, 3)

        # a name that is not in the initial view: the least connected entity
        timed("search_and_select_s", """() => {
            const v = window.kgView, ns = v.data.nodes;
            const i = ns.reduce((b, n, k) => n.degree < ns[b].degree ? k : b, 0);
            const hits = v.search(ns[i].label.slice(0, 3)); v.select(hits.includes(i) ? i : hits[0]);
        }""")
        timed("expand_hub_s", """() => {
            const v = window.kgView, ns = v.data.nodes;
            v.showNeighbours(ns.reduce((b, n, k) => n.degree > ns[b].degree ? k : b, 0));
        }""")
        out["drawn_after_expand"] = page.evaluate("window.kgView.nodes.length")
        timed("type_filter_off_on_s", "() => { window.kgView.setType('Person', false); "
                                      "window.kgView.setType('Person', true); }")
        timed("pan_zoom_redraw_s", "() => { const n = window.kgView.network; n.moveTo({scale: 0.3}); n.redraw(); }")
        browser.close()
    out["blocked_requests"] = len(blocked)
    out["console_errors"] = len(errors)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=5000)
    parser.add_argument("--limit", type=int, default=300, help="initial view size (the page's default: 300)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="also keep the page here")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    corpus = synthetic_corpus(args.entities, args.seed)
    graph = KnowledgeGraph(corpus)
    nx_graph = graph.nx
    t1 = time.perf_counter()
    html = render_html(graph, initial_limit=args.limit)
    t2 = time.perf_counter()
    again = render_html(KnowledgeGraph(corpus), initial_limit=args.limit)
    result: dict[str, object] = {
        "entities": len(corpus.entities), "relations": len(corpus.relations),
        "graph_nodes": nx_graph.number_of_nodes(), "graph_edges": nx_graph.number_of_edges(),
        "initial_limit": args.limit, "build_graph_s": round(t1 - t0, 3), "render_html_s": round(t2 - t1, 3),
        "html_mb": round(len(html.encode("utf-8")) / 1e6, 2), "deterministic": again == html,
    }
    if args.out:
        args.out.write_text(html, encoding="utf-8")
    if not args.no_browser:
        result.update(browser_timings(html))
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
