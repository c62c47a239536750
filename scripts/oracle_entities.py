"""Dev aid: gold ("oracle") entities for a document, to measure relation extraction on its own.

    .venv/bin/python scripts/oracle_entities.py [--gold tests/data/seeds_gold.json] [--misses] seeds/*.txt
    .venv/bin/python scripts/oracle_entities.py --gold tests/data/heldout/gold.json --misses tests/data/heldout
    .venv/bin/python scripts/oracle_entities.py --real --show seeds    # the real recognizer instead

Paths may be files or folders (their ``*.txt``).

Entities come from the gold file: each gold name and alias is searched in ``doc.text`` and the matches
become mentions (longest first, no overlaps, like a recognizer would give). Reference mentions (该局,
该公司, 该厂, 该县, ...) point to the nearest preceding entity of a fitting type whose name ends with the
referring noun: a general rule, nothing seed-specific.

Run as a script it extracts relations over the oracle entities and scores them with ``kg.evaluate``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from kg.model import Document, DocumentResult, LocalEntity, Mention, Sentence

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "seeds_gold.json"

#: referring noun -> (entity types it may point to, name endings that fit)
REFERENCES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "该局": (("Company", "Organization"), ("局",)),
    "该公司": (("Company",), ("公司",)),
    "该厂": (("Company",), ("厂",)),
    "该所": (("Company",), ("所",)),
    "该企业": (("Company",), ("公司", "厂", "企业")),
    "该水电站": (("Company",), ("水电站",)),
    "该电站": (("Company",), ("电站",)),
    "该站": (("Company",), ("站",)),
    "该服务队": (("Organization",), ("服务队",)),
    "该突击队": (("Organization",), ("突击队",)),
    "该工作队": (("Organization",), ("工作队",)),
    "该中心": (("Company", "Organization"), ("中心",)),
    "该县": (("Place",), ("县",)),
    "该市": (("Place",), ("市",)),
    "该镇": (("Place",), ("镇",)),
    "该村": (("Community",), ("村",)),
    "该社区": (("Community",), ("社区",)),
}


def load_doc(path: Path) -> Document:
    """The real reader when it exists, else a crude stand-in (t2s, pinyin dropped, split at 。!?)."""
    try:
        from kg.document import load_document
    except ImportError:
        return crude_document(path)
    doc = load_document(str(path), path.name)
    if not isinstance(doc, Document):
        raise SystemExit(f"{path}: skipped by the reader: {doc}")
    return doc


def crude_document(path: Path) -> Document:
    import opencc

    raw = path.read_text(encoding="utf-8")
    text = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)", "", raw)
    text = opencc.OpenCC("t2s").convert(text)
    sentences = []
    start = 0
    for m in re.finditer(r"[。!?！？]+[”’」]?|\n+", text):
        if m.end() > start and text[start:m.end()].strip():
            sentences.append(Sentence(start, m.end()))
        start = m.end()
    if start < len(text):
        sentences.append(Sentence(start, len(text)))
    return Document(doc_id=path.name, path=str(path), raw=raw, text=text, original=text,
                    offset_map=tuple(range(len(text) + 1)), sentences=tuple(sentences))


def gold_documents(gold_path: Path = GOLD) -> dict[str, dict[str, Any]]:
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    return {d["file"]: d for d in data["documents"]}


def oracle_entities(doc: Document, gold_doc: dict[str, Any]) -> list[LocalEntity]:
    """LocalEntities for the gold entities found in ``doc.text``, with reference mentions."""
    gold_entities = gold_doc.get("entities", [])
    spans: list[tuple[int, int, int]] = []  # (start, end, gold index)
    for gi, g in enumerate(gold_entities):
        for surface in {g["name"], *g.get("aliases", [])}:
            if not surface:
                continue
            for m in re.finditer(re.escape(surface), doc.text):
                spans.append((m.start(), m.end(), gi))
    # Longest first, then leftmost: a recognizer keeps 青川供电局党委, not 青川供电局 inside it.
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0], s[2]))
    taken = [False] * (len(doc.text) + 1)
    mentions: dict[int, list[Mention]] = {}
    for start, end, gi in spans:
        if any(taken[start:end]):
            continue
        for i in range(start, end):
            taken[i] = True
        g = gold_entities[gi]
        mentions.setdefault(gi, []).append(Mention(start, end, doc.text[start:end], g["type"], "oracle", 1.0))
    # An entity only ever written inside a longer name (青川某局 in 青川某局某供电所) still gets its
    # nested occurrences, as a recognizer that splits compound names would give them.
    for start, end, gi in sorted(spans, key=lambda s: (s[0], s[1], s[2])):
        if gi not in mentions or all(m.rule == "oracle-nested" for m in mentions[gi]):
            g = gold_entities[gi]
            mentions.setdefault(gi, []).append(
                Mention(start, end, doc.text[start:end], g["type"], "oracle-nested", 0.9))
    _add_references(doc, gold_entities, mentions, taken)
    out = []
    for gi, g in enumerate(gold_entities):
        ms = sorted(mentions.get(gi, []), key=lambda m: (m.start, m.end))
        if not ms:
            continue
        teaser_only = all(doc.section_kind(m.start) == "teaser" for m in ms if not m.is_reference)
        if g.get("note") == "related-teaser":
            teaser_only = True
        out.append(LocalEntity(g["type"], g["name"], tuple(a for a in g.get("aliases", []) if a != g["name"]),
                               tuple(ms), teaser_only, g.get("note")))
    return sorted(out, key=lambda e: e.key)


def _add_references(doc: Document, gold_entities: list[dict[str, Any]], mentions: dict[int, list[Mention]],
                    taken: list[bool]) -> None:
    pattern = re.compile("|".join(sorted(REFERENCES, key=len, reverse=True)))
    named = sorted((m.start, gi) for gi, ms in mentions.items() for m in ms)
    for m in pattern.finditer(doc.text):
        if any(taken[m.start():m.end()]):
            continue
        types, endings = REFERENCES[m.group()]
        target = None
        # The nearest preceding fitting entity; failing that (a reference in the first sentence), the
        # first following one.
        # Entities named as the source of a directive (根据X安排, 落实X要求) are not what 该X refers to.
        before = [gi for start, gi in reversed(named) if start < m.start()
                  and not re.search(r"(根据|按照|落实|执行|贯彻)$", doc.text[max(0, start - 4):start])]
        after = [gi for start, gi in named if start > m.end()]
        # The topic of the sentence before wins over a nearer entity of that sentence: in
        # "甲公司是乙公司的子公司。该公司…" 该公司 is 甲公司 (a unit followed by 所属/下辖 is not the topic).
        prev = _previous_sentence(doc, m.start())
        if prev is not None:
            topic = [gi for start, gi in named if prev[0] <= start < prev[1]
                     and not re.search(r"(根据|按照|落实|执行|贯彻|与|和|从|为|向|对)$", doc.text[max(0, start - 4):start])]
            topic = [gi for gi in topic[:1] if gi in before]
            before = topic + before
        for gi in before + after:
            g = gold_entities[gi]
            if m.group() == "该企业" and re.search(r"(供电|电网|国网|南网|电力公司)", g["name"]):
                continue  # 该企业 is said of a customer enterprise, not of the grid companies
            if g["type"] in types and any(s.endswith(endings) for s in (g["name"], *g.get("aliases", []))):
                target = gi
                break
        if target is None:
            continue
        end = m.end()
        # 该厂党委: the party body of the referent, when it is an entity.
        for suffix in ("党委", "党支部", "党总支"):
            if doc.text.startswith(suffix, end):
                g = gold_entities[target]
                body = [bi for bi, b in enumerate(gold_entities)
                        if any(b["name"] == s + suffix for s in (g["name"], *g.get("aliases", [])))]
                if body:
                    target, end = body[0], end + len(suffix)
                break
        mentions.setdefault(target, []).append(Mention(m.start(), end, doc.text[m.start():end],
                                                       gold_entities[target]["type"], "oracle-reference", 0.7,
                                                       is_reference=True))


def _previous_sentence(doc: Document, index: int) -> tuple[int, int] | None:
    """Bounds of the sentence before the one holding ``index`` (None in the first sentence)."""
    for i, sent in enumerate(doc.sentences):
        if sent.start <= index < sent.end:
            if i == 0:
                return None
            return doc.sentences[i - 1].start, doc.sentences[i - 1].end
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--real", action="store_true", help="use kg.extract.entities.find_entities instead")
    parser.add_argument("--show", action="store_true", help="print the relations found")
    args = parser.parse_args(argv)

    import time

    from kg.evaluate import evaluate_results, load_gold
    from kg.extract.relations import find_relations

    gold = load_gold(args.gold)
    results = []
    chars = 0
    elapsed = 0.0
    paths = [p for arg in args.paths for p in (sorted(arg.glob("*.txt")) if arg.is_dir() else [arg])]
    for path in paths:
        doc = load_doc(path)
        if args.real:
            from kg.extract.entities import find_entities
            entities = find_entities(doc)
        else:
            entities = oracle_entities(doc, gold.get(path.name, {}))
        t0 = time.perf_counter()
        relations, dropped = find_relations(doc, entities)
        elapsed += time.perf_counter() - t0
        chars += len(doc.text)
        if args.show:
            for r in relations:
                print(doc.doc_id[:3], r.head[1], r.predicate, r.tail[1], r.qualifier or "",
                      "|", ";".join(sorted({e.rule for e in r.evidence})))
            for reason, what in dropped:
                print(doc.doc_id[:3], "DROPPED", reason, what)
        results.append(DocumentResult(doc, tuple(entities), tuple(relations), tuple(dropped)))
    out = evaluate_results(results, gold)
    print(out.to_table(show_misses=args.misses))
    print(f"\nrelation extraction: {chars} chars in {elapsed * 1000:.1f} ms = {chars / max(elapsed, 1e-9):,.0f} chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
