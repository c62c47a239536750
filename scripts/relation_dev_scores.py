"""Dev aid: relation F1/P/R on every development set at once, with gold and with real entities.

    .venv/bin/python scripts/relation_dev_scores.py            # gold and real entities
    .venv/bin/python scripts/relation_dev_scores.py --gold-only
    .venv/bin/python scripts/relation_dev_scores.py --cache /tmp/ents.pkl   # reuse real entities between runs
    .venv/bin/python scripts/relation_dev_scores.py --misses dev2           # misses of one set
    .venv/bin/python scripts/relation_dev_scores.py --no-backoff            # specific rules only

The blind set is never read here. Per-predicate lines are printed with ``--by-type``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from oracle_entities import load_doc, oracle_entities

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "seeds": (ROOT / "tests" / "data" / "seeds_gold.json", ROOT / "seeds"),
    "heldout": (ROOT / "tests/data/heldout/gold.json", ROOT / "tests/data/heldout"),
    "dev2": (ROOT / "tests/data/dev2/gold.json", ROOT / "tests/data/dev2"),
    "unseen_rel": (ROOT / "tests/data/unseen_relations/gold.json", ROOT / "tests/data/unseen_relations"),
}
# Newer sets, once their gold exists. dev3-dev16 are development sets (each was measured unseen first,
# then used to develop). dev17, dev18 and dev19 are measurement-only: scores are read, their misses never
# (--misses refuses them), so they keep measuring unseen writers.
MEASUREMENT_ONLY = frozenset({"dev17", "dev18", "dev19"})
for _name in [f"dev{n}" for n in range(3, 20)]:
    if (ROOT / "tests/data" / _name / "gold.json").exists():
        SETS[_name] = (ROOT / "tests/data" / _name / "gold.json", ROOT / "tests/data" / _name)


def score_set(name: str, real: bool, cache: dict | None, backoff: bool = True):
    from kg.evaluate import evaluate_results, load_gold
    from kg.extract.relations import find_relations
    from kg.model import DocumentResult

    gold_path, folder = SETS[name]
    gold = load_gold(gold_path)
    results = []
    for path in sorted(folder.glob("*.txt")):
        doc = load_doc(path)
        if real:
            key = str(path)
            if cache is not None and key in cache:
                entities = cache[key]
            else:
                from kg.extract.entities import find_entities
                entities = find_entities(doc)
                if cache is not None:
                    cache[key] = entities
        else:
            entities = oracle_entities(doc, gold.get(path.name, {}))
        relations, dropped = find_relations(doc, entities, backoff=backoff)
        results.append(DocumentResult(doc, tuple(entities), tuple(relations), tuple(dropped)))
    return evaluate_results(results, gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=list(SETS))
    parser.add_argument("--gold-only", action="store_true")
    parser.add_argument("--real-only", action="store_true")
    parser.add_argument("--cache", type=Path, help="pickle of real entities, reused when present")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--by-type", action="store_true")
    parser.add_argument("--no-backoff", action="store_true", help="specific rules only (rel_backoff off)")
    args = parser.parse_args(argv)
    if args.misses and argv is None and len(sys.argv) == 2:
        args.sets = [name for name in args.sets if name not in MEASUREMENT_ONLY]
    if args.misses and MEASUREMENT_ONLY.intersection(args.sets):
        parser.error(f"{', '.join(sorted(MEASUREMENT_ONLY))} are measurement-only: their misses are never read")
    cache = None
    if args.cache is not None:
        cache = pickle.loads(args.cache.read_bytes()) if args.cache.exists() else {}
    modes = [m for m in ("gold", "real") if not (m == "gold" and args.real_only)
             and not (m == "real" and args.gold_only)]
    for mode in modes:
        total_f1 = 0.0
        print(f"{mode} entities:{'':10}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
        for name in args.sets:
            out = score_set(name, mode == "real", cache, backoff=not args.no_backoff)
            s = out._overall(out.relations)
            total_f1 += s.f1
            print(f"  {name:<22}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6d}{s.fp:6d}{s.fn:6d}")
            if args.by_type:
                for rel, sc in sorted(out.relations.items()):
                    print(f"    {rel:<20}{sc.precision:7.3f}{sc.recall:7.3f}{sc.f1:7.3f}{sc.tp:6d}{sc.fp:6d}{sc.fn:6d}")
            if args.misses:
                for m in out.misses:
                    if m.get("what", "").startswith("relation"):
                        print("   ", m["kind"], m["document"], m.get("fact", m))
        print(f"  {'sum F1':<22}{'':14}{total_f1:7.3f}\n")
    if cache is not None:
        args.cache.write_bytes(pickle.dumps(cache))
    return 0


if __name__ == "__main__":
    sys.exit(main())
