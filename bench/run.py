"""The kg benchmark: build time, memory, stages and SPARQL on generated corpora, against a floor.

    .venv/bin/python bench/run.py                      # 1k and 10k articles (make bench)
    .venv/bin/python bench/run.py --sizes 1000 --workers 2 --quick

For each size it generates the corpus (bench/corpus.py, cached under bench/.corpus/), then runs, each in
a fresh process so that peak memory is that run's alone:

- the floor: read the same files, opencc t2s and ``jieba.lcut`` of the same text, in one process;
- ``kg build`` on one core (``--timings`` gives the time per stage), then with ``--workers N``;
- an incremental rebuild: a cached build, one article added, rebuilt (only with --incremental or the
  smallest size);

and, on the largest graph, every query in ontology/queries/*.rq with each SPARQL engine (oxigraph in the
on-disk store that ``kg query`` keeps beside the graph; its one-off build is timed apart), in two labelled
groups: questions (a file whose first line starts ``# Question:``: one entity, top-N, counts; what a person
at a terminal asks) and exports (full listings of tens of thousands of rows, for ``--format csv``).
Results go to bench/results/latest.json and a markdown summary bench/results/latest.md.
Numbers are never asserted in tests: they depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus as bench_corpus

# ---- child processes ----------------------------------------------------------------------------------

#: Environment of the kg child processes: PYTHONPATH points at a snapshot of the package taken when the
#: run starts, so every measurement of one run uses the same code even while kg is being edited.
CHILD_ENV: dict[str, str] | None = None


def snapshot_package(work: Path, working_tree: bool = False) -> dict[str, str]:
    """Copy the package (the committed one, ``git archive HEAD``, unless ``working_tree``) and return
    the environment that makes child processes import it."""
    import kg

    target = work / "snapshot"
    target.mkdir(parents=True, exist_ok=True)
    source = Path(kg.__file__).parent
    archived = False
    if not working_tree:
        rel = source.relative_to(ROOT).as_posix() if source.is_relative_to(ROOT) else None
        if rel is not None:
            git = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD", rel], capture_output=True, check=False)
            if git.returncode == 0:
                subprocess.run(["tar", "-x", "-C", str(target)], input=git.stdout, check=True)
                (target / rel).rename(target / "kg")
                archived = True
    if not archived:
        shutil.copytree(source, target / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(target), env.get("PYTHONPATH", "")) if p)
    return env


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``cmd``; wall seconds, peak RSS (MiB) of the process, CPU seconds, exit status and output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=ROOT)
        # wait4 gives this child's own resource usage (getrusage(RUSAGE_CHILDREN) would mix runs).
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    return {
        "seconds": round(wall, 3),
        "peak_rss_mib": round(usage.ru_maxrss / 1024, 1),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 3),
        "returncode": proc.returncode,
        "stdout": stdout.decode("utf-8", "replace"),
        "stderr": stderr.decode("utf-8", "replace")[-2000:],
    }


def _spin(_: int) -> float:
    t0 = time.perf_counter()
    x = 0
    for i in range(10_000_000):
        x += i
    return time.perf_counter() - t0


def parallel_capacity(workers: int) -> float:
    """How many CPUs' worth of pure-Python throughput ``workers`` processes really get here (ideal:
    ``workers``). Virtual machines often report 2 CPUs that deliver one; a speed-up is read against this."""
    import multiprocessing

    one = _spin(0)
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pool.map(_spin, range(workers))  # start-up out of the way
        t0 = time.perf_counter()
        pool.map(_spin, range(workers))
        together = time.perf_counter() - t0
    return round(workers * one / together, 2)


def floor_child(corpus_dir: str) -> None:
    """The floor, in this process: read every file, t2s, jieba.lcut. Prints JSON."""
    t0 = time.perf_counter()
    import jieba
    import opencc

    jieba.setLogLevel(60)
    t2s = opencc.OpenCC("t2s")
    jieba.initialize()
    t_ready = time.perf_counter()
    chars = tokens = 0
    for path in sorted(Path(corpus_dir).iterdir()):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gbk", errors="replace")
        simple = t2s.convert(text)
        tokens += len(jieba.lcut(simple))
        chars += len(simple)
    t1 = time.perf_counter()
    print(json.dumps({"setup_seconds": round(t_ready - t0, 3), "work_seconds": round(t1 - t_ready, 3),
                      "chars": chars, "tokens": tokens}))


# ---- the steps -------------------------------------------------------------------------------------


def corpus_dir(size: int, seed: int) -> Path:
    """The generated corpus of ``size`` articles (generated once, reused while the generator is unchanged)."""
    import hashlib

    stamp_text = f"{size}:{seed}:{hashlib.sha256((HERE / 'corpus.py').read_bytes()).hexdigest()}"
    target = HERE / ".corpus" / f"{size}-{seed}"
    stamp = target / ".stamp"
    if stamp.exists() and stamp.read_text() == stamp_text:
        return target
    shutil.rmtree(target, ignore_errors=True)
    bench_corpus.write_corpus(target, size, seed)
    stamp.write_text(stamp_text)
    return target


def kg_build(src: Path, out: Path, *extra: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    timings = out.parent / f"{out.name}.timings.json"
    cmd = [sys.executable, "-m", "kg", "build", str(src), "-o", str(out), "--timings", str(timings), *extra]
    result = run_measured(cmd, env=env or CHILD_ENV)
    if result["returncode"] != 0:
        raise SystemExit(f"kg build failed ({' '.join(cmd)}):\n{result['stderr']}")
    result["stats"] = json.loads(timings.read_text()) if timings.exists() else {}
    del result["stdout"], result["stderr"]
    return result


def floor(src: Path) -> dict[str, Any]:
    result = run_measured([sys.executable, str(HERE / "run.py"), "--floor-child", str(src)])
    if result["returncode"] != 0:
        raise SystemExit(f"floor failed:\n{result['stderr']}")
    result.update(json.loads(result.pop("stdout")))
    del result["stderr"]
    return result


def incremental(src: Path, work: Path, seed: int) -> dict[str, Any]:
    """Cached build of the corpus, then one article added and rebuilt: only it is extracted."""
    copy = work / "incremental-src"
    shutil.copytree(src, copy, ignore=shutil.ignore_patterns(".stamp"))
    cache = work / "incremental-cache"
    cold = kg_build(copy, work / "incremental-out", "--cache-dir", str(cache))
    extra = list(bench_corpus.generate(len(list(copy.iterdir())) + 1, seed))[-1]
    (copy / extra.file_name).write_bytes(extra.text.encode(extra.encoding, errors="ignore"))
    warm = kg_build(copy, work / "incremental-out", "--cache-dir", str(cache))
    return {"cold": cold, "warm_after_adding_one": warm,
            "same_code": cold["stats"].get("code") == warm["stats"].get("code")}


def query_kind(sparql: str) -> str:
    """"question" for a query whose file starts with ``# Question:`` (what the README shows), else "export"."""
    return "question" if sparql.startswith("# Question:") else "export"


def query_child(engine: str, ttl: str, names: list[str]) -> None:
    """Open the graph with ``engine`` as ``kg query`` does, then run the queries; one JSON line per step,
    flushed. oxigraph: the on-disk store beside the graph (built on first use, which is timed apart, then
    opened again as every later ``kg query`` opens it); rdflib: the Turtle parsed in memory. For oxigraph
    each query also gets the time of printing its rows as ``kg query`` does (table and csv), apart."""
    from kg import query as kq

    if engine == "oxigraph":
        from kg.store import open_store

        built = open_store(Path(ttl))
        print(json.dumps({"store_build_seconds": round(built.built_seconds, 3)}), flush=True)
        del built
        t0 = time.perf_counter()
        graph = open_store(Path(ttl)).store
    else:
        turtle = Path(ttl).read_text("utf-8")
        t0 = time.perf_counter()
        graph = kq.load_rdflib(turtle)
    print(json.dumps({"load_seconds": round(time.perf_counter() - t0, 3)}), flush=True)
    for name in names:
        sparql = (ROOT / "ontology" / "queries" / name).read_text("utf-8")
        best, best_cpu, rows, result = float("inf"), float("inf"), 0, None
        for _ in range(3 if engine == "oxigraph" else 1):  # rdflib is slow: one run
            t0, c0 = time.perf_counter(), time.process_time()
            # execution and every row turned into Python values, as kg query does
            if engine == "oxigraph":
                result = kq.run_on_store(graph, sparql)
                rows = len(result.rows)
            else:
                rows = len(list(graph.query(sparql)))
            best, best_cpu = min(best, time.perf_counter() - t0), min(best_cpu, time.process_time() - c0)
        item = {"query": name, "kind": query_kind(sparql), "seconds": round(best, 4),
                "cpu_seconds": round(best_cpu, 4), "rows": rows}
        if result is not None:
            for fmt in ("table", "csv"):
                c0 = time.process_time()
                kq.format_result(result, fmt)
                item[f"{fmt}_cpu_seconds"] = round(time.process_time() - c0, 4)
        print(json.dumps(item), flush=True)


def time_queries(ttl: Path, limit: float) -> dict[str, Any]:
    """Every ontology/queries/*.rq with each engine, each in a child process; a query that runs longer
    than ``limit`` seconds is recorded as a timeout and the child restarted for the rest."""
    names = sorted(p.name for p in (ROOT / "ontology" / "queries").glob("*.rq"))
    out: dict[str, Any] = {"graph_bytes": ttl.stat().st_size, "limit_seconds": limit, "engines": {},
                           "kinds": {n: query_kind((ROOT / "ontology" / "queries" / n).read_text("utf-8"))
                                     for n in names}}
    for engine in ("oxigraph", "rdflib"):
        result: dict[str, Any] = {"queries": {}}
        todo = list(names)
        while todo:
            cmd = [sys.executable, str(HERE / "run.py"), "--query-child", engine, str(ttl), *todo]
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
                                    env=CHILD_ENV)
            assert proc.stdout is not None
            import selectors

            sel = selectors.DefaultSelector()
            sel.register(proc.stdout, selectors.EVENT_READ)
            deadline = time.monotonic() + limit * 3  # loading counts too
            while todo:
                if not sel.select(timeout=max(0.0, deadline - time.monotonic())):
                    proc.kill()
                    result["queries"][todo.pop(0)] = {"seconds": None, "rows": None, "timeout": True}
                    break
                line = proc.stdout.readline()
                if not line:
                    for name in todo:
                        result["queries"][name] = {"seconds": None, "rows": None, "error": True}
                    todo = []
                    break
                item = json.loads(line)
                if "load_seconds" in item or "store_build_seconds" in item:
                    for key, value in item.items():
                        result.setdefault(key, value)  # a restarted child finds the store built
                else:
                    name = item.pop("query")
                    todo.remove(name)
                    result["queries"][name] = item
                deadline = time.monotonic() + limit
            proc.kill()
            proc.wait()
        out["engines"][engine] = result
    return out


# ---- report ----------------------------------------------------------------------------------------


STAGE_COLUMNS = ("read", "entities", "relations", "resolve", "write")


def markdown(data: dict[str, Any]) -> str:
    capacity = data["machine"].get(f"parallel_capacity_{data['workers']}_processes", "?")
    lines = [
        "# kg benchmark",
        "",
        (f"Run {data['date']} on {data['machine']['cpus']} CPUs ({data['machine']['platform']}), "
         f"Python {data['machine']['python']}, kg {data['kg_version']}. Generated corpus "
         f"(`bench/corpus.py`, seed {data['seed']}). Times are wall seconds of one `kg build` process "
         "(start-up, read, extract, resolve, write of all five files); memory is that process's peak RSS. "
         f"Parallel capacity of this machine: {data['workers']} processes get {capacity} CPUs' worth of "
         "pure-Python throughput (the best speed-up any build can show here)."),
        "",
        ("| articles | chars | floor s | build 1 core s | ratio to floor | chars/s | peak MiB | "
         f"build {data['workers']} workers s | speed-up |"),
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in data["sizes"]:
        b1, bn, fl = row["build_1"], row.get("build_n"), row["floor"]
        lines.append(
            f"| {row['articles']:,} | {row['chars']:,} | {fl['seconds']:.1f} | {b1['seconds']:.1f} | "
            f"{b1['seconds'] / fl['seconds']:.2f}x | {row['chars'] / b1['seconds']:,.0f} | "
            f"{b1['peak_rss_mib']:.0f} | "
            + (f"{bn['seconds']:.1f} | {b1['seconds'] / bn['seconds']:.2f}x |" if bn else "- | - |")
        )
    compiled = [row for row in data["sizes"] if row.get("build_1_compiled")]
    if compiled:
        took = data.get("compiled", {}).get("compile_cpu_seconds")
        when = f"compiling took {took:.0f} CPU s" if took else "compiled in an earlier run"
        lines += ["", (f"Compiled (`KG_COMPILE=1 pip install .`: the per-document extraction compiled with "
                       f"mypyc; {when}), one core, seconds (CPU s: the whole process, compiled and not, "
                       "for a comparison that holds on a busy machine):"), "",
                  ("| articles | build 1 core s | ratio to floor | CPU s | CPU s uncompiled | read | entities "
                   "| relations | resolve | write | outputs identical |"),
                  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
        for row in compiled:
            bc = row["build_1_compiled"]
            s = bc["stats"].get("stages", {})
            stages = " | ".join(f"{s.get(k, 0):.1f}" for k in STAGE_COLUMNS)
            lines.append(f"| {row['articles']:,} | {bc['seconds']:.1f} | "
                         f"{bc['seconds'] / row['floor']['seconds']:.2f}x | {bc['cpu_seconds']:.1f} | "
                         f"{row['build_1']['cpu_seconds']:.1f} | {stages} | "
                         f"{'yes' if row.get('compiled_output_identical') else 'NO'} |")
    lines += ["", "Time per stage on one core (seconds; read includes normalization):", "",
              "| articles | read | entities | relations | resolve | write | entities found | relations found |",
              "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in data["sizes"]:
        st = row["build_1"]["stats"]
        s = st.get("stages", {})
        lines.append(
            f"| {row['articles']:,} | " + " | ".join(f"{s.get(k, 0):.1f}" for k in
                                                     ("read", "entities", "relations", "resolve", "write"))
            + f" | {st.get('entities', '-'):,} | {st.get('relations', '-'):,} |"
        )
    inc = data.get("incremental")
    if inc:
        lines += ["", (f"Incremental build ({inc['articles']:,} articles, `--cache-dir`): clean build "
                       f"{inc['cold']['seconds']:.1f} s; after adding one article "
                       f"{inc['warm_after_adding_one']['seconds']:.1f} s, extracting "
                       f"{inc['warm_after_adding_one']['stats'].get('cache_misses', '?')} document(s).")]
    q = data.get("queries")
    if q:
        def cell(entry: dict[str, Any] | None) -> str:
            if not entry or entry.get("seconds") is None:
                return f"> {q['limit_seconds']:.0f} (stopped)" if entry and entry.get("timeout") else "failed"
            return f"{entry['seconds']:.3f}"

        def cpu(entry: dict[str, Any] | None) -> str:
            return f"{entry['cpu_seconds']:.3f}" if entry and entry.get("cpu_seconds") is not None else "-"

        def printing(entry: dict[str, Any] | None) -> str:
            if not entry or entry.get("table_cpu_seconds") is None:
                return "- | -"
            return f"{entry['table_cpu_seconds']:.3f} | {entry['csv_cpu_seconds']:.3f}"

        ox, rd = q["engines"]["oxigraph"], q["engines"]["rdflib"]
        lines += ["", (f"SPARQL on the {q['articles']:,}-article graph ({q['graph_bytes'] / 1e6:.1f} MB of "
                       "Turtle), seconds for the query and all its rows as Python values (oxigraph: its "
                       "on-disk store, as `kg query` uses it, best of 3, wall and CPU; rdflib: in memory, one run); "
                       "then the CPU seconds `kg query` spends printing those rows as a table or as csv. "
                       f"The oxigraph store is built once per graph, on the first `kg query`: "
                       f"{ox.get('store_build_seconds', 0):.1f} s. Open store: {ox.get('load_seconds', 0):.2f} s; "
                       f"rdflib parses the Turtle in {rd.get('load_seconds', 0):.2f} s.")]
        groups = (("question", "Questions (one entity, top-N, counts: what the README shows)"),
                  ("export", "Exports (full listings, for `--format csv`)"))
        for kind, title in groups:
            names = sorted(n for n in ox["queries"] if q.get("kinds", {}).get(n, "export") == kind)
            if not names:
                continue
            lines += ["", f"{title}:", "",
                      "| query | oxigraph | oxigraph CPU | print table | print csv | rdflib | rows |",
                      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
            for name in names:
                o, r = ox["queries"].get(name), rd["queries"].get(name)
                rows = (o or {}).get("rows") or (r or {}).get("rows")
                lines.append(f"| {name} | {cell(o)} | {cpu(o)} | {printing(o)} | {cell(r)} | "
                             f"{rows if rows is not None else '-'} |")
    if data.get("notes"):
        lines += ["", *data["notes"]]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description="kg benchmark")
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, e.g. 1000,10000,100000")
    parser.add_argument("--workers", type=int, default=2, help="workers for the parallel build")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-queries", action="store_true")
    parser.add_argument("--no-parallel", action="store_true")
    parser.add_argument("--results", default=str(HERE / "results"))
    parser.add_argument("--note", action="append", default=[], help="a line added to the summary")
    parser.add_argument("--working-tree", action="store_true",
                        help="measure the package as it is on disk (default: the committed HEAD)")
    parser.add_argument("--compiled", action="store_true",
                        help=("also build on one core with the mypyc-compiled package (a KG_COMPILE=1 "
                              "wheel, cached in bench/.compiled/; the first run compiles for minutes)"))
    parser.add_argument("--query-limit", type=float, default=120.0, help="seconds before a query is abandoned")
    parser.add_argument("--floor-child", help=argparse.SUPPRESS)
    parser.add_argument("--query-child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor_child:
        floor_child(args.floor_child)
        return
    if args.query_child:
        query_child(args.query_child[0], args.query_child[1], args.query_child[2:])
        return
    import kg

    sizes = [int(s) for s in args.sizes.split(",") if s]
    data: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "kg_version": kg.__version__,
        "seed": args.seed,
        "workers": args.workers,
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
                    f"parallel_capacity_{args.workers}_processes": parallel_capacity(args.workers)},
        "sizes": [],
        "notes": args.note,
    }
    global CHILD_ENV
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        CHILD_ENV = snapshot_package(work, args.working_tree)
        compiled_env = None
        if args.compiled:
            from compiled import compiled_package

            print("compiling (mypyc) ...", file=sys.stderr, flush=True)
            package, seconds = compiled_package(args.working_tree)
            compiled_env = dict(os.environ, PYTHONPATH=str(package))
            data["compiled"] = {"compile_cpu_seconds": seconds}
        for size in sizes:
            src = corpus_dir(size, args.seed)
            print(f"[{size}] floor ...", file=sys.stderr, flush=True)
            fl = floor(src)
            print(f"[{size}] kg build, 1 core ...", file=sys.stderr, flush=True)
            b1 = kg_build(src, work / f"out-{size}-1", "--no-cache")
            row: dict[str, Any] = {"articles": size, "chars": fl["chars"], "floor": fl, "build_1": b1}
            if compiled_env:
                print(f"[{size}] kg build, 1 core, compiled ...", file=sys.stderr, flush=True)
                row["build_1_compiled"] = kg_build(src, work / f"out-{size}-1c", "--no-cache",
                                                   env=compiled_env)
                row["compiled_output_identical"] = all(
                    (work / f"out-{size}-1" / f).read_bytes() == (work / f"out-{size}-1c" / f).read_bytes()
                    for f in ("graph.ttl", "graph.json", "graph.graphml", "graph.html", "report.json"))
            if not args.no_parallel and args.workers > 1:
                print(f"[{size}] kg build, {args.workers} workers ...", file=sys.stderr, flush=True)
                row["build_n"] = kg_build(src, work / f"out-{size}-n", "--no-cache", "--workers",
                                          str(args.workers))
                same = all((work / f"out-{size}-1" / f).read_bytes() == (work / f"out-{size}-n" / f).read_bytes()
                           for f in ("graph.ttl", "graph.json", "report.json"))
                row["parallel_output_identical"] = same
                # other people editing kg during a run changes the code between the two builds
                row["same_code"] = b1["stats"].get("code") == row["build_n"]["stats"].get("code")
            data["sizes"].append(row)
            print(f"[{size}] floor {fl['seconds']:.1f}s, build {b1['seconds']:.1f}s", file=sys.stderr)
        smallest = min(sizes)
        print(f"[{smallest}] incremental ...", file=sys.stderr, flush=True)
        data["incremental"] = {"articles": smallest, **incremental(corpus_dir(smallest, args.seed), work, args.seed)}
        if not args.no_queries:
            largest = max(sizes)
            print(f"[{largest}] SPARQL ...", file=sys.stderr, flush=True)
            data["queries"] = {"articles": largest, **time_queries(work / f"out-{largest}-1" / "graph.ttl",
                                                                     args.query_limit)}
    results = Path(args.results)
    results.mkdir(parents=True, exist_ok=True)
    (results / "latest.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    (results / "latest.md").write_text(markdown(data), "utf-8")
    print(markdown(data))


if __name__ == "__main__":
    main()
