"""The long fuzz run: 10^5 generated inputs through every stage, checking kg's invariants on each.

    .venv/bin/python bench/fuzz.py                          # 100000 inputs, all cores
    .venv/bin/python bench/fuzz.py --count 500 --out /tmp   # a quick look

Inputs are generated deterministically from ``--seed`` (no hypothesis: the same run can be repeated
exactly) in five modes:

- ``genre``: sentences of the genre (invented names) damaged with noise pieces, even inside names;
- ``noise``: pieces of trouble (pinyin annotations, ``?`` next to CJK, quotes, controls, markup...);
- ``unicode``: random code points from every plane, lone surrogates included (a str can hold them);
- ``bytes``: random bytes, written to a file and read with ``kg.document.load_document``;
- ``encoded``: genre text encoded in GBK, GB18030, Big5, UTF-16 (with or without BOM), UTF-8 with BOM,
  then truncated or with bytes flipped, and read from a file.

Per input: normalize (``make_document`` or ``load_document``), then extraction (``process_document``),
checking that the offset map is monotonic and in range of the raw text, that every mention and every
evidence sentence is the text its offsets point at, and that relations join known entities. Per batch
of documents: resolution (unique ids, closed relations) and serialization (Turtle parsed back by rdflib
and isomorphic to ``corpus_to_rdf``, pyoxigraph loads it, GraphML and node-link JSON load in networkx,
report.json and the page render as UTF-8). A crash is any exception or broken invariant; each is kept
with a reproducer. Results: ``fuzz.json`` and ``fuzz.md`` in ``--out`` (default bench/results).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

MODES = ("genre", "noise", "unicode", "bytes", "encoded")
BATCH = 40  # documents per corpus-level check
CORPUS_EVERY = 3  # check one batch in this many at corpus level

PIECES = [
    "国网", "國網", "供电公司", "供電公司", "电力有限公司", "供电所", "县", "市", "省", "区", "镇", "社区", "村", "街道",
    "张", "王", "李", "刘", "陈", "建国", "丽华", "总经理", "党委书记", "主任", "员工", "志愿者",
    "来到", "下沉", "开展", "组织", "召开", "会议", "防汛", "抢修", "保电", "荣获", "最美", "称号", "位于",
    "業(yè)", "(zhōng)", "（guó）", "(王进 摄)", "(右三)", "（", "）", "(", ")", "?", "？", "??", "国?网",
    "“", "”", "\"", "'", "‘", "’", "《", "》", "【", "】", "、", "，", "。", "：", ":", "；", "！", "…",
    "\n", "\n\n", "\r\n", "\r", "\t", " ", "\u3000", "记者", "通讯员", "责任编辑", "来源：", "相关阅读", "评论",
    "2021年07月20日", "2020-02-10", "12:30", "\x00", "\x07", "\x1b", "\x7f", "\ufeff", "\u200b", "\u202e",
    "𠀀", "𪚥", "e\u0301", "ﬁ", "Ａ", "１２", "<p>", "</div>", "&nbsp;", "]]>", "\\", "\\u0041", '"""',
    "<script>alert(1)</script>", '<img src=x onerror="alert(2)">', "\u2028", "\ufffd", "\U0010ffff",
]
SLOTS = {
    "org": ["国网江苏省电力有限公司", "国网江苏省电力有限公司南京供电公司", "南京供电公司", "城东供电所",
            "国网浙江省电力有限公司杭州供电公司", "广西电网公司柳州供电局", "國網江蘇省電力有限公司", "该公司",
            "江宁区委", "南京市人民医院", "连心共产党员服务队"],
    "title": ["总经理", "党委书记", "副总经理", "主任", "所长", "员工", "總經理", "党支部书记"],
    "person": ["王建国", "张丽华", "李明", "陈晓东", "刘芳", "王建國", "欧阳明"],
    "community": ["幸福社区", "东风村", "城南街道", "阳光小区", "幸福社區"],
    "event": ["防汛救灾", "疫情防控", "迎峰度夏保电", "“万人助万企”活动", "7月20日暴雨"],
    "place": ["南京市", "江宁区", "杭州市", "柳州市", "长江"],
}
TEMPLATES = [
    "{org}{title}{person}来到{community}，开展{event}工作。",
    "{org}是{org}的下属单位。",
    "{person}荣获{community}授予的“最美志愿者”称号。",
    "{org}组织党员下沉{community}开展{event}。",
    "{org}于7月20日召开{event}工作会议。",
    "（记者 {person} 通讯员 {person}）",
    "{org}位于{place}。",
    "{org}{title}{person}、{title}{person}带队参加{event}。",
    "{org}全力开展{event}\n2021年07月20日 来源：某某网\n",
    "相关阅读\n{org}{title}{person}慰问{community}群众\n",
    "责任编辑：{person}\n",
]
ENCODINGS = ("gbk", "gb18030", "big5", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-8")


# ---------------------------------------------------------------- generation


def _sentence(rng: random.Random) -> str:
    template = rng.choice(TEMPLATES)
    parts = template.split("{")
    out = [parts[0]]
    for part in parts[1:]:
        slot, rest = part.split("}", 1)
        out.append(rng.choice(SLOTS[slot]) + rest)
    text = "".join(out)
    for _ in range(rng.choice((0, 0, 1, 2))):
        at = rng.randint(0, len(text))
        text = text[:at] + rng.choice(PIECES) + text[at:]
    return text


def _code_point(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return chr(rng.randint(0x4E00, 0x9FFF))
    if r < 0.6:
        return chr(rng.randint(0, 0x7F))
    if r < 0.65:
        return chr(rng.randint(0xD800, 0xDFFF))  # lone surrogate
    if r < 0.7:
        return chr(rng.randint(0x20000, 0x2FFFF))
    return chr(rng.randint(0, 0x10FFFF))


def generate(index: int, seed: int) -> tuple[str, str | bytes]:
    """Input number ``index`` of run ``seed``: (mode, text or bytes). Deterministic."""
    rng = random.Random(f"{seed}:{index}")
    mode = MODES[index % len(MODES)]
    if mode == "genre":
        return mode, "".join(_sentence(rng) if rng.random() < 0.8 else rng.choice(PIECES)
                             for _ in range(rng.randint(1, 12)))
    if mode == "noise":
        return mode, "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
    if mode == "unicode":
        return mode, "".join(_code_point(rng) for _ in range(rng.randint(0, 80)))
    if mode == "bytes":
        return mode, bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 600)))
    text = "".join(_sentence(rng) for _ in range(rng.randint(1, 8)))
    encoding = rng.choice(ENCODINGS)
    # "replace" leaves '?' where a character has no code, as real archives do (1 in 5: it is the slow path).
    data = text.encode(encoding, "replace" if rng.random() < 0.2 else "ignore")
    damage = rng.random()
    if damage < 0.3 and data:
        data = data[: rng.randint(0, len(data))]
    elif damage < 0.6 and data:
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 5)):
            flipped[rng.randrange(len(flipped))] = rng.getrandbits(8)
        data = bytes(flipped)
    return mode, data


# ---------------------------------------------------------------- checks


def check_document(doc: Any) -> None:
    n = len(doc.text)
    assert len(doc.offset_map) == n + 1, "offset map length"
    assert all(a <= b for a, b in zip(doc.offset_map, doc.offset_map[1:])), "offset map goes backwards"
    assert all(0 <= o <= len(doc.raw) for o in doc.offset_map), "offset map out of range of raw"
    assert len(doc.original) == n, "original and text differ in length"
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= n, "sentence out of range"
    for a, b in zip(doc.sentences, doc.sentences[1:]):
        assert a.end <= b.start, "sentences overlap or are out of order"
    for r in doc.repairs:
        assert doc.raw[r.raw_start:r.raw_end] == r.before, "repair span is not its 'before' text"


def check_result(result: Any) -> None:
    from kg.model import ENTITY_TYPES, RELATION_TYPES

    doc = result.document
    keys = {e.key for e in result.entities}
    assert len(keys) == len(result.entities), "two local entities share a key"
    for entity in result.entities:
        assert entity.type in ENTITY_TYPES and entity.name, "bad entity"
        for m in entity.mentions:
            assert doc.text[m.start:m.end] == m.text, f"mention offsets: {m}"
    for relation in result.relations:
        assert relation.predicate in RELATION_TYPES, "unknown relation"
        assert relation.head in keys or relation.head == ("Document", doc.doc_id), "head is no entity"
        assert relation.tail in keys, "tail is no entity"
        for ev in relation.evidence:
            assert doc.text[ev.start:ev.end] == ev.sentence, f"evidence offsets: {ev}"
            assert 0.0 <= ev.confidence <= 1.0, "confidence out of [0, 1]"


def check_corpus(results: list[Any], render_page: bool) -> None:
    import io

    import networkx as nx
    import pyoxigraph as ox
    import rdflib
    from rdflib.compare import isomorphic

    from kg.export import generate_graphml, generate_node_link
    from kg.graph import KnowledgeGraph
    from kg.rdf import corpus_to_rdf, corpus_to_turtle
    from kg.report import generate_report
    from kg.resolve import resolve_corpus

    corpus = resolve_corpus(results)
    ids = [e.id for e in corpus.entities]
    assert len(ids) == len(set(ids)), "two corpus entities share an id"
    known = {(e.type, e.id) for e in corpus.entities}
    for relation in corpus.relations:
        assert relation.tail in known and (relation.head in known or relation.head[0] == "Document"), \
            "corpus relation joins an unknown entity"
    ttl = corpus_to_turtle(corpus)
    parsed = rdflib.Graph().parse(data=ttl, format="turtle")
    assert isomorphic(parsed, corpus_to_rdf(corpus)), "Turtle does not parse back to the same graph"
    store = ox.Store()
    store.load(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(parsed), "pyoxigraph reads another number of triples"
    graph = KnowledgeGraph(corpus)
    back = nx.read_graphml(io.BytesIO(generate_graphml(graph.nx)), force_multigraph=True)
    assert set(back.nodes) == set(graph.nx.nodes), "GraphML nodes differ"
    linked = nx.node_link_graph(json.loads(generate_node_link(graph.nx)), edges="edges")
    assert linked.number_of_edges() == graph.nx.number_of_edges(), "node-link edges differ"
    json.loads(generate_report(corpus).decode("utf-8"))
    if render_page:
        from kg.html import render_html

        render_html(graph).encode("utf-8")


# ---------------------------------------------------------------- running


def _crash(index: int, mode: str, value: str | bytes, stage: str, exc: BaseException) -> dict[str, Any]:
    shown = value if len(value) <= 300 else value[:300]
    return {
        "index": index,
        "mode": mode,
        "stage": stage,
        "error": f"{type(exc).__name__}: {exc}"[:500],
        "where": traceback.format_exception(exc)[-2].strip()[:300] if traceback.format_exception(exc) else "",
        "input": repr(shown),
    }


def run_chunk(args: tuple[int, int, int]) -> dict[str, Any]:
    """Inputs ``start`` .. ``stop``-1 of run ``seed``, in one process."""
    start, stop, seed = args
    from kg.document import load_document, make_document
    from kg.model import Skipped
    from kg.pipeline import process_document

    crashes: list[dict[str, Any]] = []
    counts = {"inputs": 0, "documents": 0, "skipped": 0, "entities": 0, "relations": 0, "corpora": 0}
    modes = dict.fromkeys(MODES, 0)
    slowest: list[tuple[float, int, str, int]] = []
    batch: list[Any] = []
    batch_inputs: list[tuple[int, str, str | bytes]] = []
    process_document(make_document("国网某县供电公司总经理王建国来到幸福社区。", "warm-up.txt"))  # load dictionaries
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as tmp:
        path = os.path.join(tmp, "input.txt")
        for index in range(start, stop):
            mode, value = generate(index, seed)
            counts["inputs"] += 1
            t0 = time.perf_counter()
            modes[mode] += 1
            doc_id = f"f{index:07d}.txt"
            try:
                if isinstance(value, bytes):
                    with open(path, "wb") as handle:
                        handle.write(value)
                    doc = load_document(path, doc_id)
                    if isinstance(doc, Skipped):
                        assert doc.reason, "a skip without a reason"
                        counts["skipped"] += 1
                        continue
                else:
                    doc = make_document(value, doc_id)
                check_document(doc)
            except Exception as exc:  # noqa: BLE001  every failure is a finding
                crashes.append(_crash(index, mode, value, "normalize", exc))
                continue
            try:
                result = process_document(doc)
                check_result(result)
            except Exception as exc:  # noqa: BLE001
                crashes.append(_crash(index, mode, value, "extract", exc))
                continue
            spent = time.perf_counter() - t0
            if len(slowest) < 5 or spent > slowest[-1][0]:
                slowest.append((spent, index, mode, len(value)))
                slowest.sort(reverse=True)
                del slowest[5:]
            counts["documents"] += 1
            counts["entities"] += len(result.entities)
            counts["relations"] += len(result.relations)
            batch.append(result)
            batch_inputs.append((index, mode, value))
            if len(batch) >= BATCH:
                _check_batch(batch, batch_inputs, counts, crashes)
                batch, batch_inputs = [], []
        if batch:
            _check_batch(batch, batch_inputs, counts, crashes)
    return {"counts": counts, "modes": modes, "crashes": crashes, "slowest": slowest}


def _check_batch(batch: list[Any], inputs: list[tuple[int, str, str | bytes]], counts: dict[str, int],
                 crashes: list[dict[str, Any]]) -> None:
    counts["batches"] = counts.get("batches", 0) + 1
    if counts["batches"] % CORPUS_EVERY != 1 % CORPUS_EVERY:
        return  # rdflib's parser and isomorphism dominate the time: check one batch in CORPUS_EVERY
    counts["corpora"] += 1
    try:
        check_corpus(batch, render_page=counts["corpora"] % 10 == 1)
    except Exception as exc:  # noqa: BLE001
        # Find the one document that breaks it on its own, for a small reproducer.
        for result, (index, mode, value) in zip(batch, inputs):
            try:
                check_corpus([result], render_page=True)
            except Exception as single:  # noqa: BLE001
                crashes.append(_crash(index, mode, value, "corpus", single))
                return
        crashes.append(_crash(inputs[0][0], "batch", f"documents {inputs[0][0]}..{inputs[-1][0]}", "corpus", exc))


def _git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def fuzz(count: int, seed: int, workers: int, chunk: int = 500) -> dict[str, Any]:
    started = time.perf_counter()
    chunks = [(s, min(s + chunk, count), seed) for s in range(0, count, chunk)]
    totals: dict[str, int] = {}
    modes = dict.fromkeys(MODES, 0)
    crashes: list[dict[str, Any]] = []
    slowest: list[tuple[float, int, str, int]] = []
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            parts = list(pool.map(run_chunk, chunks))
    else:
        parts = [run_chunk(c) for c in chunks]
    for part in parts:
        for k, v in part["counts"].items():
            totals[k] = totals.get(k, 0) + v
        for k, v in part["modes"].items():
            modes[k] += v
        crashes.extend(part["crashes"])
        slowest.extend(part["slowest"])
    slowest.sort(reverse=True)
    import kg

    return {
        "inputs": totals.get("inputs", 0),
        "crashes": len(crashes),
        "seed": seed,
        "workers": workers,
        "seconds": round(time.perf_counter() - started, 1),
        "modes": modes,
        "documents": totals.get("documents", 0),
        "skipped_inputs": totals.get("skipped", 0),
        "entities": totals.get("entities", 0),
        "relations": totals.get("relations", 0),
        "corpus_checks": totals.get("corpora", 0),
        "kg_version": kg.__version__,
        "commit": _git_commit(),
        "python": platform.python_version(),
        "slowest": [{"seconds": round(t, 3), "index": i, "mode": m, "length": n} for t, i, m, n in slowest[:5]],
        "failures": crashes[:50],
    }


def to_markdown(result: dict[str, Any]) -> str:
    headline = (f"**{result['inputs']:,} inputs, {result['crashes']} crashes** (seed {result['seed']}, "
                f"{result['workers']} workers, {result['seconds']:,} s, kg {result['kg_version']} at "
                f"{result['commit']}, Python {result['python']}).")
    method = ("Made by `bench/fuzz.py` (see its docstring). Every input goes through normalization and "
              "extraction with the offset, evidence and reference invariants checked; one batch of "
              f"{BATCH} documents in {CORPUS_EVERY} goes through resolution and every output format (Turtle "
              "parsed back by rdflib and pyoxigraph, isomorphic to the RDF graph; GraphML and node-link JSON "
              "in networkx; report.json; the page every tenth check).")
    totals = (f"Documents extracted: {result['documents']:,} (inputs skipped by the reader with a reason: "
              f"{result['skipped_inputs']:,}); entities {result['entities']:,}, relations "
              f"{result['relations']:,}; corpus-level checks: {result['corpus_checks']:,}.")
    lines = ["# Fuzz run", "", headline, "", method, "", "| inputs by mode | count |", "| --- | ---: |",
             *[f"| {mode} | {n:,} |" for mode, n in result["modes"].items()], "", totals]
    if result["slowest"]:
        slow = ", ".join(f"#{s['index']} ({s['mode']}, {s['length']} chars/bytes) {s['seconds']} s"
                         for s in result["slowest"])
        lines += ["", (f"Slowest inputs (normalize + extract, one document): {slow}. "
                      "Reproduce with `fuzz.generate(INDEX, SEED)`.")]
    if result["failures"]:
        lines += ["", "## Failures (first 50)", "", "| # | mode | stage | error | input |",
                  "| --- | --- | --- | --- | --- |"]
        for f in result["failures"]:
            cells = [str(f["index"]), f["mode"], f["stage"], f["error"], f["input"][:120]]
            lines.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
        lines += ["", ("Reproduce one: `python -c \"import sys; sys.path.insert(0, 'bench'); import fuzz; "
                      "print(fuzz.run_chunk((INDEX, INDEX + 1, SEED)))\"`.")]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="inputs to try (default 100000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", type=Path, default=HERE / "results", help="folder for fuzz.json and fuzz.md")
    args = parser.parse_args(argv)
    result = fuzz(args.count, args.seed, max(1, args.workers))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "fuzz.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (args.out / "fuzz.md").write_text(to_markdown(result), encoding="utf-8")
    print(f"{result['inputs']} inputs, {result['crashes']} crashes, {result['seconds']} s -> {args.out}/fuzz.md")
    return 0 if result["crashes"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
