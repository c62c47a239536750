"""The README's promises: its SPARQL examples return the rows it shows, and its two set-up commands
are the ones the Makefile and CI run."""

from __future__ import annotations

import importlib.util
import re

import kg
from conftest import ROOT, SEEDS


def _readme_sync():
    spec = importlib.util.spec_from_file_location("readme_sync", ROOT / "scripts" / "readme_sync.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_queries_show_their_real_output_on_the_seeds():
    sync = _readme_sync()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = sync.BLOCK.findall(readme)
    assert len(blocks) >= 5
    turtle = kg.build([SEEDS]).turtle
    assert sync.sync(readme, turtle, sections=False) == readme, (
        "README.md SPARQL examples are out of date: run .venv/bin/python scripts/readme_sync.py"
    )


def test_every_readme_query_has_rows():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    counts = [int(n) for n in re.findall(r"\((\d+) (?:rows|in all)\)", readme)]
    assert len(counts) >= 5 and all(n > 0 for n in counts)


def test_setup_commands_are_the_ones_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^    (make \w+)", setup, re.MULTILINE)
    assert commands == ["make build", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^build:", makefile, re.MULTILINE) and re.search(r"^test:", makefile, re.MULTILINE)
