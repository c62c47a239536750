"""Regenerate the README's SPARQL examples from the seed graph (or check they are current).

    python scripts/readme_sync.py           # rewrite README.md blocks in place
    python scripts/readme_sync.py --check   # exit 1 when README.md is out of date

Each block in README.md looks like::

    <!-- kg:query positions.rq -->
    ... (generated: the query text and its table on the seed graph) ...
    <!-- kg:end -->
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
QUERIES = ROOT / "ontology" / "queries"
BLOCK = re.compile(r"<!-- kg:query (?P<name>[\w.-]+) -->\n.*?<!-- kg:end -->", re.S)
MAX_ROWS = 12


def render_block(name: str, turtle: str) -> str:
    from kg.query import format_result, run_query

    sparql = (QUERIES / name).read_text(encoding="utf-8")
    body = "\n".join(line for line in sparql.splitlines() if not line.startswith("PREFIX "))
    result = run_query(turtle, sparql)
    shown = type(result)(variables=result.variables, rows=result.rows[:MAX_ROWS], kind=result.kind)
    table = format_result(shown, "table").rstrip("\n")
    more = len(result.rows) - len(shown.rows)
    note = f"\n… {more} more rows ({len(result.rows)} in all)" if more > 0 else f"\n({len(result.rows)} rows)"
    return (
        f"<!-- kg:query {name} -->\n"
        f"`kg query output/graph.ttl -f ontology/queries/{name}`\n\n"
        f"```sparql\n{body.strip()}\n```\n\n"
        f"```text\n{table}{note}\n```\n"
        f"<!-- kg:end -->"
    )


def sync(readme: str, turtle: str) -> str:
    return BLOCK.sub(lambda m: render_block(m.group("name"), turtle), readme)


def seed_turtle() -> str:
    import kg

    return kg.build([ROOT / "seeds"]).turtle


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    updated = sync(current, seed_turtle())
    if "--check" in argv:
        if updated != current:
            print("README.md SPARQL examples are out of date: run python scripts/readme_sync.py")
            return 1
        return 0
    README.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
