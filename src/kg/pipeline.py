"""The build: a per-document map (read -> normalize -> extract) and a corpus-level reduce (resolve).

    >>> import kg
    >>> graph = kg.build(texts=["国网某县供电公司总经理张三来到供电所。"])
    >>> graph.nx.number_of_nodes() > 0
    True

The map runs on an engine (``kg.engines``: this process, a process pool, or a Dask cluster) over small
work items (paths, never texts, for files); each worker reads, normalizes and extracts one document and
sends back a slimmed result without the texts, so memory grows with the graph, not with the corpus.
With ``cache_dir`` results are cached per input file (``kg.cache``) and a rebuild only extracts what
changed. Results are put in document-id order before the reduce, so the output does not depend on
the order of the inputs, the engine or the number of workers.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .gcpause import paused_gc
from .graph import KnowledgeGraph
from .iri import DEFAULT_BASE
from .model import Document, DocumentResult, Skipped

__all__ = ["BuildStats", "build", "build_corpus_results", "process_document", "slim_result"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

#: Per-document stages, in order; the corpus-level ones are "resolve" (and "write", timed by the caller).
MAP_STAGES = ("read", "entities", "relations")

# A work item: ("path", path, doc_id) or ("text", text, doc_id); what a worker gets.
WorkItem = tuple[str, str, str]
# What a worker sends back: the doc_id, the slimmed result (``run_item``) or the packed one
# (``run_item_packed``), or why the input was skipped; stage seconds; characters of normalized text.
Outcome = tuple[str, Any, tuple[float, ...], int]


@dataclass
class BuildStats:
    """Timings and counts of one build, filled in when passed to ``build(stats=...)``.

    ``stages`` are seconds; the per-document stages (read, entities, relations) are summed over all
    workers (CPU-like time), ``map`` is the wall time of the whole per-document phase.
    """

    stages: dict[str, float] = field(default_factory=dict)
    documents: int = 0
    skipped: int = 0
    chars: int = 0
    cache_hits: int = 0
    cache_misses: int = 0
    engine: str = "local"
    workers: int = 1

    def add(self, stage: str, seconds: float) -> None:
        self.stages[stage] = self.stages.get(stage, 0.0) + seconds

    def as_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["stages"] = {k: round(v, 4) for k, v in self.stages.items()}
        return data


def _extract(doc: Document) -> tuple[DocumentResult, float, float]:
    from .extract.entities import find_entities
    from .extract.relations import find_relations

    t0 = time.perf_counter()
    entities = find_entities(doc)
    t1 = time.perf_counter()
    relations, dropped = find_relations(doc, entities)
    t2 = time.perf_counter()
    result = DocumentResult(document=doc, entities=tuple(entities), relations=tuple(relations),
                            dropped=tuple(dropped))
    return result, t1 - t0, t2 - t1


def process_document(doc: Document) -> DocumentResult:
    """The per-document map: entities and relations of one normalized document. Pure."""
    return _extract(doc)[0]


def slim_result(result: DocumentResult) -> DocumentResult:
    """The result without the heavy text fields, as kept for the corpus-level stages.

    Kept: metadata (doc_id, path, title, date, source, authors, editors, repairs, encoding,
    traditional), entities, relations (with their evidence sentences). Dropped: ``raw``, ``text``,
    ``offset_map``, sentences and sections (``chars`` keeps the text's length for the report).
    ``original`` is kept only where it differs from ``text`` (a traditional source), because
    resolution reads traditional surface forms from it.
    """
    doc = result.document
    original = doc.original if doc.original and doc.original != doc.text else ""
    slim = dataclasses.replace(doc, raw="", text="", original=original, offset_map=(), sentences=(),
                               sections=(), chars=len(doc.text))
    return dataclasses.replace(result, document=slim)


def _load(item: WorkItem) -> Document | Skipped:
    kind, value, doc_id = item
    if kind == "text":
        from .document import make_document

        return make_document(value, doc_id=doc_id)
    from .document import load_document

    return load_document(value, doc_id)


def run_item(item: WorkItem) -> Outcome:
    """What a worker runs for one input: read and normalize, extract, slim. Module level (it pickles)."""
    t0 = time.perf_counter()
    loaded = _load(item)
    t1 = time.perf_counter()
    if isinstance(loaded, Skipped):
        return item[2], loaded, (t1 - t0, 0.0, 0.0), 0
    result, t_entities, t_relations = _extract(loaded)
    return item[2], slim_result(result), (t1 - t0, t_entities, t_relations), len(loaded.text)


def _work_items(
    paths: Iterable[str | Path] | None, texts: Sequence[str] | None
) -> tuple[list[WorkItem], list[Skipped]]:
    if texts is not None:
        width = max(3, len(str(len(texts))))
        return [("text", text, f"text_{i:0{width}d}.txt") for i, text in enumerate(texts)], []
    from .read import discover

    files, skipped = discover([str(p) for p in (paths or [])])
    return [("path", str(path), doc_id) for path, doc_id in files], list(skipped)


def _item_bytes(item: WorkItem) -> bytes | None:
    kind, value, _ = item
    if kind == "text":
        return value.encode("utf-8", "surrogatepass")  # a str may hold lone surrogates
    from .read import MAX_BYTES

    try:
        if Path(value).stat().st_size > MAX_BYTES:
            return None  # never read a huge file whole: the worker refuses it by size, and it is not cached
        return Path(value).read_bytes()
    except OSError:
        return None  # the worker reports it as skipped; never cached


def build_corpus_results(
    paths: Iterable[str | Path] | None = None,
    *,
    texts: Sequence[str] | None = None,
    progress: Progress | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache_dir: str | Path | None = None,
    stats: BuildStats | None = None,
) -> tuple[list[DocumentResult], list[Skipped]]:
    """Run the map over every input; results in doc_id order, skipped inputs in path order.

    Results are slimmed (``slim_result``): metadata, entities and relations, no texts.
    Raises InputError for a missing path or nothing to read, KGError for a bad engine or scheduler.
    """
    results: list[DocumentResult] = []
    skipped = _run_map(paths, texts, run_item, DocumentResult, results.append, progress=progress,
                       workers=workers, engine=engine, scheduler=scheduler, cache_dir=cache_dir, stats=stats)
    return results, skipped


def run_item_packed(item: WorkItem) -> Outcome:
    """``run_item`` for ``build``: the result packed for resolution (``kg.resolve.pack_result``), which
    is several times cheaper to send between processes than the slimmed result's objects."""
    from .resolve import pack_result

    t0 = time.perf_counter()
    loaded = _load(item)
    t1 = time.perf_counter()
    if isinstance(loaded, Skipped):
        return item[2], loaded, (t1 - t0, 0.0, 0.0), 0
    result, t_entities, t_relations = _extract(loaded)
    return item[2], pack_result(result, slim=True), (t1 - t0, t_entities, t_relations), len(loaded.text)


def _run_map(
    paths: Iterable[str | Path] | None,
    texts: Sequence[str] | None,
    worker: Callable[[WorkItem], Outcome],
    kind: type,
    sink: Callable[[Any], None],
    *,
    progress: Progress | None,
    workers: int,
    engine: str,
    scheduler: str | None,
    cache_dir: str | Path | None,
    stats: BuildStats | None,
) -> list[Skipped]:
    """Run ``worker`` over every input and hand each result (of type ``kind``) to ``sink`` in doc_id
    order, as soon as every result before it is in (results arrive in any order); return the skipped
    inputs in path order."""
    from .engines import get_engine

    if isinstance(paths, (str, Path)):
        paths = [paths]
    stats = stats if stats is not None else BuildStats()
    items, skipped = _work_items(paths, texts)
    total = len(items)
    done = 0
    # doc_id order: results wait in ``waiting`` until all those before them have come
    order = sorted(item[2] for item in items)
    waiting: dict[str, list[Any]] = {}
    position = 0

    def arrive(outcome: Outcome) -> None:
        nonlocal done, position
        doc_id, value, seconds, chars = outcome
        for stage, spent in zip(MAP_STAGES, seconds):
            stats.add(stage, spent)
        stats.chars += chars
        waiting.setdefault(doc_id, []).append(value)
        while position < len(order) and order[position] in waiting:
            queue = waiting[order[position]]
            ready = queue.pop(0)
            if not queue:
                del waiting[order[position]]
            position += 1
            if isinstance(ready, Skipped):
                skipped.append(ready)
            else:
                sink(ready)
                stats.documents += 1
        done += 1
        if progress:
            progress(done, total)

    todo: list[WorkItem] = items
    keys: dict[str, str] = {}
    cache = None
    if cache_dir is not None:
        from .cache import ResultCache, entry_key

        cache = ResultCache(cache_dir)
        todo = []
        # Unpickled results make no cycles: without the pause, each full collection walks all those
        # loaded so far again (at 10,000 hits it more than doubled the time resolve spends on them).
        with paused_gc():
            for item in items:
                data = _item_bytes(item)
                if data is None:
                    todo.append(item)
                    continue
                key = keys[item[2]] = entry_key(data, item[2])
                hit = cache.get(key, (kind, Skipped))
                if hit is None:
                    todo.append(item)
                else:
                    arrive((item[2], _relocate(hit, item), (0.0, 0.0, 0.0), 0))
    t0 = time.perf_counter()
    with get_engine(engine, workers=workers, scheduler=scheduler) as runner:
        for outcome in runner.map(worker, todo):
            if cache is not None and outcome[0] in keys:
                cache.put(keys[outcome[0]], outcome[1])
            arrive(outcome)
        stats.engine, stats.workers = runner.name, runner.workers  # after map: a cluster knows its size
    stats.add("map", time.perf_counter() - t0)
    if cache is not None:
        cache.prune()
        stats.cache_hits, stats.cache_misses = cache.hits, cache.misses
    skipped.sort(key=lambda s: (s.path, s.reason))
    stats.skipped = len(skipped)
    return skipped


def _relocate(value: Any, item: WorkItem) -> Any:
    """A cached result for the same bytes under the same doc_id, moved to this build's path."""
    if item[0] != "path":
        return value
    if isinstance(value, Skipped):
        return value if value.path == item[1] else dataclasses.replace(value, path=item[1])
    if isinstance(value, tuple):  # a packed result: its info tuple holds the path second
        info = value[0]
        return value if info[1] == item[1] else ((info[0], item[1], *info[2:]), *value[1:])
    if value.document.path == item[1]:
        return value
    return dataclasses.replace(value, document=dataclasses.replace(value.document, path=item[1]))


def build(
    paths: Iterable[str | Path] | None = None,
    *,
    texts: Sequence[str] | None = None,
    base: str = DEFAULT_BASE,
    progress: Progress | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache_dir: str | Path | None = None,
    stats: BuildStats | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from files and folders, or from strings (``texts=[...]``).

    ``workers`` processes (or ``engine="dask"`` with a ``scheduler`` address) run the per-document
    map; ``cache_dir`` makes rebuilds incremental; ``stats`` (a BuildStats) receives stage timings.
    The output is the same whatever the engine, the workers, the cache or the order of ``paths``.
    """
    from .resolve import CorpusResolver

    stats = stats if stats is not None else BuildStats()
    resolver = CorpusResolver(base)
    spent = 0.0

    def resolve(packed: Any) -> None:
        # Each document is resolved as soon as those before it are in, while the workers go on.
        nonlocal spent
        t0 = time.perf_counter()
        resolver.add(packed)
        spent += time.perf_counter() - t0

    skipped = _run_map(paths, texts, run_item_packed, tuple, resolve, progress=progress, workers=workers,
                       engine=engine, scheduler=scheduler, cache_dir=cache_dir, stats=stats)
    t0 = time.perf_counter()
    with paused_gc():
        corpus = resolver.finish(skipped)
    stats.add("resolve", spent + time.perf_counter() - t0)
    # Local workers are this machine's processes: the writers may use as many (a cluster's are elsewhere).
    return KnowledgeGraph(corpus, base=base, workers=workers if engine == "local" else 1)
