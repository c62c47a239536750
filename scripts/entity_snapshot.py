"""Dev aid: dump every LocalEntity of a fixed set of articles to JSON, to prove a refactor of entity
extraction changes nothing.

    .venv/bin/python scripts/entity_snapshot.py --freeze --root /tmp/entsnap x   # copy the articles once
    .venv/bin/python scripts/entity_snapshot.py --root /tmp/entsnap /tmp/entities_ref.json   # before
    .venv/bin/python scripts/entity_snapshot.py --root /tmp/entsnap /tmp/entities_new.json   # after
    cmp /tmp/entities_ref.json /tmp/entities_new.json

Articles: seeds/*.txt, tests/data/*/*.txt (not the measurement-only or blind sets) and the first N (default 1000) of the bench corpus.
``--time`` also reports the CPU time of find_entities and of jieba.lcut on the same texts.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from relation_dev_scores import MEASUREMENT_ONLY

#: Sets whose articles are never read while developing: the measurement-only ones and the blind set.
UNREAD = MEASUREMENT_ONLY | {"blind"}


def article_paths(n: int, root: Path = ROOT) -> list[Path]:
    paths = sorted((root / "seeds").glob("*.txt")) + sorted(path for path in (root / "tests" / "data").glob("*/*.txt") if path.parent.name not in UNREAD)
    for corpus in ("10000-7", "1000-7"):
        folder = root / "bench" / ".corpus" / corpus
        if folder.is_dir():
            paths += sorted(folder.glob("*.txt"))[:n]
            break
    return paths


def freeze(n: int, dest: Path) -> None:
    """Copy the articles to ``dest`` (same relative paths): test data changes while others work, and a
    reference is only worth something over the same texts."""
    import shutil

    for p in article_paths(n):
        target = dest / p.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(p, target)


def dump_entity(e) -> dict:  # type: ignore[no-untyped-def]
    return {"type": e.type, "name": e.name, "aliases": list(e.aliases), "teaser_only": e.teaser_only,
            "note": e.note,
            "mentions": [[m.start, m.end, m.text, m.type, m.rule, m.confidence, m.is_reference]
                         for m in e.mentions]}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--time", action="store_true", help="report CPU times (find_entities, jieba.lcut)")
    ap.add_argument("--root", type=Path, default=ROOT, help="read the articles under this folder (see --freeze)")
    ap.add_argument("--freeze", action="store_true", help="copy the articles to --root, then exit")
    args = ap.parse_args()
    if args.freeze:
        freeze(args.n, args.root)
        return 0

    from kg.document import load_document
    from kg.extract.entities import find_entities

    docs = []
    for p in article_paths(args.n, args.root):
        doc = load_document(str(p), p.name)
        if hasattr(doc, "text"):
            docs.append((str(p.relative_to(args.root)), doc))
    find_entities(docs[0][1])  # load dictionaries outside the timing
    t0 = time.process_time()
    out = {}
    for rel, doc in docs:
        out[rel] = [dump_entity(e) for e in find_entities(doc)]
    t_ent = time.process_time() - t0
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    if args.time:
        import jieba

        jieba.setLogLevel(60)
        jieba.lcut("预热")
        t0 = time.process_time()
        for _, doc in docs:
            jieba.lcut(doc.text)
        t_jieba = time.process_time() - t0
        chars = sum(len(d.text) for _, d in docs)
        print(f"{len(docs)} docs, {chars} chars: find_entities {t_ent:.2f} s CPU, jieba.lcut {t_jieba:.2f} s "
              f"CPU, ratio {t_ent / t_jieba:.3f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
