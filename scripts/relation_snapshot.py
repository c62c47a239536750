"""Dev aid: dump every Relation (and the dropped list) of a fixed set of articles to JSON, to prove a
refactor of relation extraction changes nothing.

    .venv/bin/python scripts/relation_snapshot.py --inputs /tmp/relsnap.pkl /tmp/relations_ref.json  # before
    .venv/bin/python scripts/relation_snapshot.py --inputs /tmp/relsnap.pkl /tmp/relations_new.json  # after
    cmp /tmp/relations_ref.json /tmp/relations_new.json

Articles: seeds/*.txt, tests/data/*/*.txt (not the measurement-only or blind sets) and the first N (default 1000) of the bench corpus. The
documents and their entities are computed once and pickled to ``--inputs`` (reused when it exists), so
that changes to reading or entity extraction made meanwhile do not disturb the comparison.
``--time`` reports the CPU time of find_relations over the bench articles; ``--learned`` also runs the
learned back-off (off by default in the pipeline).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from relation_dev_scores import MEASUREMENT_ONLY

#: Sets whose articles are never read while developing: the measurement-only ones and the blind set.
UNREAD = MEASUREMENT_ONLY | {"blind"}


def article_paths(n: int) -> list[Path]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(path for path in (ROOT / "tests" / "data").glob("*/*.txt") if path.parent.name not in UNREAD)
    folder = ROOT / "bench" / ".corpus" / "10000-7"
    if folder.is_dir():
        paths += sorted(folder.glob("*.txt"))[:n]
    return paths


def load_inputs(n: int, cache: Path) -> list[tuple[str, object, list]]:  # type: ignore[type-arg]
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from kg.document import load_document
    from kg.extract.entities import find_entities

    out = []
    for p in article_paths(n):
        doc = load_document(str(p), p.name)
        if hasattr(doc, "text"):
            out.append((str(p.relative_to(ROOT)), doc, list(find_entities(doc))))
    cache.write_bytes(pickle.dumps(out))
    return out


def dump(rels, dropped) -> dict:  # type: ignore[no-untyped-def]
    return {
        "relations": [
            [list(r.head), r.predicate, list(r.tail), r.qualifier,
             [[e.doc_id, e.sentence, e.start, e.end, e.rule, e.confidence, e.teaser] for e in r.evidence]]
            for r in rels
        ],
        "dropped": [list(d) for d in dropped],
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--inputs", type=Path, default=Path("/tmp/relsnap.pkl"), help="pickle of (name, doc, entities)")
    ap.add_argument("--time", action="store_true", help="report CPU time of find_relations on the bench articles")
    ap.add_argument("--learned", action="store_true", help="also run the learned back-off")
    ap.add_argument("--profile", type=Path, help="write cProfile stats of the bench articles here")
    args = ap.parse_args()

    from kg.extract.relations import find_relations

    inputs = load_inputs(args.n, args.inputs)
    learned = True if args.learned else None
    find_relations(inputs[0][1], inputs[0][2], learned=learned)  # load lexicons outside the timing
    bench = [(d, e) for name, d, e in inputs if name.startswith("bench")]
    if args.time:  # the first pass, as a build sees it (caches of recurring phrases still cold)
        t0 = time.process_time()
        for doc, ents in bench:
            find_relations(doc, ents, learned=learned)
        cold = time.process_time() - t0
    out = {}
    for name, doc, ents in inputs:
        out[name] = dump(*find_relations(doc, ents, learned=learned))
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    if args.time:
        best = None
        for _ in range(3):
            t0 = time.process_time()
            for doc, ents in bench:
                find_relations(doc, ents, learned=learned)
            t = time.process_time() - t0
            best = t if best is None else min(best, t)
        print(f"{len(bench)} bench docs: find_relations {cold:.3f} s CPU first pass, "
              f"{best:.3f} s best of 3 more", file=sys.stderr)
    if args.profile:
        import cProfile

        prof = cProfile.Profile(time.process_time)
        prof.enable()
        for doc, ents in bench:
            find_relations(doc, ents, learned=learned)
        prof.disable()
        prof.dump_stats(str(args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
