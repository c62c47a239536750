"""Screenshot of the interactive page, for the README.

    .venv/bin/python scripts/screenshot.py docs/screenshot.png            # the seed graph (seeds/)
    .venv/bin/python scripts/screenshot.py docs/screenshot.png --tiny     # the tests' tiny corpus

Drives Debian's /usr/bin/chromium through Playwright (downloads nothing); the page may not reach the
network (every non-file request is aborted). Fonts: Debian's fonts-noto-cjk for the Chinese labels.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def load_graph(tiny: bool):  # -> kg.graph.KnowledgeGraph
    if tiny:
        sys.path.insert(0, str(ROOT / "tests"))
        from conftest import make_tiny_corpus
        from kg.graph import KnowledgeGraph

        return KnowledgeGraph(make_tiny_corpus())
    import kg

    return kg.build([str(ROOT / "seeds")])


def take_screenshot(html: str, out: Path, select: str | None = None, width: int = 1400, height: int = 860,
                    browser=None) -> None:
    """Open ``html`` from a file:// URL, optionally select the node labelled ``select`` (the most connected
    one when ``select`` is "") so the side panel shows its evidence, and save a PNG to ``out``.

    ``browser``: a Playwright Browser to reuse (the tests pass theirs); by default one is launched.
    """
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            launched = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                take_screenshot(html, out, select, width, height, browser=launched)
            finally:
                launched.close()
        return
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "graph.html"
        page_path.write_text(html, encoding="utf-8")
        context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
        try:
            page = context.new_page()
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                       else route.abort())
            page.goto(page_path.as_uri())
            page.wait_for_function("window.kgView && window.kgView.ready")
            if select is not None:
                page.evaluate(
                    """(label) => {
                        const v = window.kgView, nodes = v.data.nodes;
                        let i = label ? nodes.findIndex(n => n.label === label) : -1;
                        if (i < 0) i = nodes.reduce((b, n, k) => n.degree > nodes[b].degree ? k : b, 0);
                        v.showNode(i); v.network.selectNodes([i]);
                    }""",
                    select,
                )
            page.wait_for_timeout(300)
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
        finally:
            context.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="PNG to write, e.g. docs/screenshot.png")
    parser.add_argument("--tiny", action="store_true", help="use the tests' tiny corpus instead of seeds/")
    parser.add_argument("--select", default="", help="label of the node whose panel is shown "
                        "(default: the most connected)")
    args = parser.parse_args(argv)
    from kg.html import render_html

    take_screenshot(render_html(load_graph(args.tiny)), args.output, select=args.select)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
