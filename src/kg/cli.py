"""Command line: each command parses options, calls one library function, and turns KGError into one
line on stderr with exit status 2. The only module that prints, exits or picks output paths."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import KGError
from .model import ENTITY_TYPES

__all__ = ["main"]

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2 (argparse prints the usage block)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"kg: error: {message} (see kg {self.prog.split()[-1]} --help)\n")
        raise SystemExit(EXIT_USAGE)


def _progress_printer(enabled: bool):  # type: ignore[no-untyped-def]
    """A plain stderr progress line with documents/s and ETA (only on a terminal and long runs)."""
    if not enabled:
        return None
    started = time.monotonic()

    def show(done: int, total: int) -> None:
        if total < 20:
            return
        elapsed = max(time.monotonic() - started, 1e-6)
        rate = done / elapsed
        eta = (total - done) / rate if rate else 0.0
        sys.stderr.write(f"\r{done}/{total} documents  {rate:,.1f} docs/s  ETA {eta:,.0f}s ")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def cmd_build(args: argparse.Namespace) -> int:
    from .output import prepare_output_dir

    out_dir = Path(args.output)
    created = not out_dir.exists()
    prepare_output_dir(out_dir)  # fail before any work
    try:
        return _build_into(args, out_dir)
    except BaseException:
        if created and out_dir.is_dir() and not any(out_dir.iterdir()):
            out_dir.rmdir()  # a failed build leaves no empty output folder behind
        raise


def _build_into(args: argparse.Namespace, out_dir: Path) -> int:
    import json

    from .pipeline import BuildStats, build

    if args.timings:
        timings, folder = Path(args.timings), Path(args.timings).absolute().parent
        if timings.is_dir() or not folder.is_dir():
            why = "it is a folder" if timings.is_dir() else f"{folder} is not a folder"
            raise KGError(f"cannot write timings to {args.timings}: {why}; give another --timings FILE")
    cache_dir = None if args.no_cache else Path(args.cache_dir or out_dir.absolute().parent / ".kg-cache")
    stats = BuildStats()
    graph = build(args.paths, base=args.base, progress=_progress_printer(sys.stderr.isatty()),
                  workers=args.workers, engine=args.engine, scheduler=args.scheduler, cache_dir=cache_dir,
                  stats=stats)
    if not graph.corpus.documents and graph.corpus.skipped:
        # Nothing readable: say why instead of replacing a previous graph with an empty one.
        first = graph.corpus.skipped[0]
        more = f" (and {len(graph.corpus.skipped) - 1} more)" if len(graph.corpus.skipped) > 1 else ""
        raise KGError(f"nothing to build: every input was skipped; {first.path}: {first.reason}{more}")
    started = time.perf_counter()
    written = graph.write(out_dir)
    stats.add("write", time.perf_counter() - started)
    corpus = graph.corpus
    by_type: dict[str, int] = {}
    for entity in corpus.entities:
        by_type[entity.type] = by_type.get(entity.type, 0) + 1
    types = ", ".join(f"{n} {t}" for t, n in sorted(by_type.items()))
    print(f"read {len(corpus.documents)} documents, skipped {len(corpus.skipped)}")
    print(f"{len(corpus.entities)} entities ({types}), {len(corpus.relations)} relations")
    if cache_dir is not None and stats.cache_hits:
        print(f"{stats.cache_hits} documents from the cache in {cache_dir}, {stats.cache_misses} extracted")
    print(f"wrote {', '.join(str(p) for p in written)}")
    if args.timings:
        from .cache import code_fingerprint

        data = {**stats.as_dict(), "entities": len(corpus.entities), "relations": len(corpus.relations),
                "code": code_fingerprint()}
        try:
            Path(args.timings).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        except OSError as exc:
            raise KGError(f"cannot write timings to {args.timings}: {exc.strerror}") from exc
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    from .query import format_result, run_query_file

    if (args.query is None) == (args.file is None):
        raise KGError("give a SPARQL query as an argument or with -f FILE (one of them)")
    if args.file is not None:
        try:
            sparql = Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise KGError(f"cannot read query file {args.file}: {exc.strerror or exc}") from exc
        except UnicodeDecodeError as exc:
            raise KGError(f"query file {args.file} is not UTF-8 text; save it as UTF-8") from exc
    else:
        sparql = args.query
    if args.no_store:
        result = run_query_file(Path(args.graph), sparql)
    else:
        from .query import run_on_store
        from .store import open_store

        opened = open_store(Path(args.graph), Path(args.store_dir) if args.store_dir else None)
        if opened.warning:
            sys.stderr.write(f"kg: warning: {opened.warning}\n")
        result = run_on_store(opened.store, sparql)
    sys.stdout.write(format_result(result, args.format))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate_file

    conforms, report = validate_file(Path(args.graph))
    print(report)
    return EXIT_OK if conforms else EXIT_FAIL


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_paths

    type_map: dict[str, str] = {}
    for item in args.map or []:
        found, sep, gold = item.partition("=")
        if not sep or found not in ENTITY_TYPES or gold not in ENTITY_TYPES:
            raise KGError(f"--map takes FOUND=GOLD with entity types ({', '.join(ENTITY_TYPES)}), not {item!r}")
        type_map[found] = gold
    for name in args.ignore or []:
        if name not in ENTITY_TYPES:
            raise KGError(f"--ignore takes an entity type ({', '.join(ENTITY_TYPES)}), not {name!r}")
    result = evaluate_paths(Path(args.gold), args.paths, type_map=type_map, ignore_types=args.ignore or [])
    if args.json:
        print(result.to_json())
    else:
        print(result.to_table(show_misses=args.misses))
    return EXIT_OK


def make_parser() -> argparse.ArgumentParser:
    from .iri import DEFAULT_BASE

    parser = _Parser(prog="kg", description="Knowledge graphs from Chinese news articles.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("build", help="build the graph from files and folders")
    p.add_argument("paths", nargs="+", help="article files (.txt, .html) or folders")
    p.add_argument("-o", "--output", default="output", help="output folder (default: output/)")
    p.add_argument("--base", default=DEFAULT_BASE, help="base IRI of instance data")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="processes for the per-document stage (default: 1)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where the per-document stage runs: local processes or a Dask cluster")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (--engine dask; default: a local cluster)")
    cache = p.add_mutually_exclusive_group()
    cache.add_argument("--cache-dir", metavar="DIR",
                       help="per-document cache for incremental rebuilds (default: .kg-cache beside the output)")
    cache.add_argument("--no-cache", action="store_true", help="extract every document again, write no cache")
    p.add_argument("--timings", metavar="FILE", help="write time per stage and counts as JSON to FILE")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("query", help="run SPARQL over a graph.ttl")
    p.add_argument("graph", help="a Turtle file written by kg build")
    p.add_argument("query", nargs="?", help="the SPARQL query text")
    p.add_argument("-f", "--file", help="read the query from this file")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    store = p.add_mutually_exclusive_group()
    store.add_argument("--store-dir", metavar="DIR",
                       help="keep the graph's query store here (default: .kg-store beside the graph; built on "
                            "first use and when the graph changes)")
    store.add_argument("--no-store", action="store_true", help="load the graph in memory, write no store")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("validate", help="check a graph.ttl against the SHACL shapes")
    p.add_argument("graph")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("eval", help="precision, recall and F1 against a gold file")
    p.add_argument("--gold", required=True, help="gold annotations (JSON, see docs)")
    p.add_argument("paths", nargs="+", help="the articles the gold describes")
    p.add_argument("--json", action="store_true", help="JSON instead of a table")
    p.add_argument("--misses", action="store_true", help="list missed and spurious items")
    p.add_argument("--map", action="append", metavar="FOUND=GOLD",
                   help="score found entities of one type as another (e.g. Company=Organization); repeatable")
    p.add_argument("--ignore", action="append", metavar="TYPE",
                   help="leave entities of this type out of the scores (e.g. Event); repeatable")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KGError as exc:
        if args.debug:
            raise
        sys.stderr.write(f"kg: error: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("kg: interrupted\n")
        return 130
    except BrokenPipeError:
        # `kg query ... | head`: the reader left; stop quietly (and keep Python from complaining at exit).
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
