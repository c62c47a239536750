"""``kg eval``: precision, recall and F1 of entities and relations against a gold file.

The gold format is ``shared/gold/SCHEMA.md``: per document, entities (name, type, aliases) and relations
(head, relation, tail, qualifier). Scoring is per document, on what the per-document stage extracted:

- a found entity matches a gold entity when the types agree and any of its labels (name or alias) equals
  the gold name or one of its aliases (quotation marks and character width ignored); a second found entity matching the same gold entity is a false
  positive (a failed merge);
- entities and relations that only occur in related-article teasers (gold ``note: related-teaser``, found
  ``teaser_only`` / teaser evidence) are kept out of the main scores; relations from teasers are scored
  apart;
- a found relation matches a gold relation with the same predicate when its head and tail match the gold
  head and tail as entities do; ``holdsPosition`` must also agree on the title (qualifier), where a title
  that repeats the party body it is held in equals the bare title (党支部书记 at 某村党支部 = 书记 there:
  the gold writers use both notations for the same fact).
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldError
from .model import ENTITY_TYPES, RELATION_TYPES, DocumentResult, LocalEntity, Relation

__all__ = ["EvalResult", "Score", "evaluate_paths", "evaluate_results", "load_gold"]

TEASER = "related-teaser"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class EvalResult:
    entities: dict[str, Score] = field(default_factory=dict)
    relations: dict[str, Score] = field(default_factory=dict)
    teaser_relations: Score = field(default_factory=Score)
    metadata: dict[str, list[int]] = field(default_factory=dict)  # field -> [correct, total]
    misses: list[dict[str, str]] = field(default_factory=list)
    documents: int = 0
    gold_not_read: list[str] = field(default_factory=list)

    @staticmethod
    def _overall(scores: dict[str, Score]) -> Score:
        total = Score()
        for score in scores.values():
            total.add(score)
        return total

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "entities": {**{t: s.as_dict() for t, s in sorted(self.entities.items())},
                         "overall": self._overall(self.entities).as_dict()},
            "relations": {**{t: s.as_dict() for t, s in sorted(self.relations.items())},
                          "overall": self._overall(self.relations).as_dict()},
            "teaser_relations": self.teaser_relations.as_dict(),
            "metadata": {k: {"correct": v[0], "total": v[1]} for k, v in sorted(self.metadata.items())},
            "gold_documents_not_read": self.gold_not_read,
            "misses": self.misses,
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)

    def to_table(self, show_misses: bool = False) -> str:
        lines = [f"documents scored: {self.documents}"]
        if self.gold_not_read:
            lines.append(f"gold documents not among the inputs: {', '.join(self.gold_not_read)}")

        def block(title: str, scores: dict[str, Score]) -> None:
            lines.append("")
            lines.append(f"{title:<24}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
            for name, s in sorted(scores.items()):
                if not (s.tp or s.fp or s.fn):
                    continue
                lines.append(f"  {name:<22}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6d}{s.fp:6d}{s.fn:6d}")
            o = self._overall(scores)
            lines.append(f"  {'overall':<22}{o.precision:7.3f}{o.recall:7.3f}{o.f1:7.3f}{o.tp:6d}{o.fp:6d}{o.fn:6d}")

        block("entities (main text)", self.entities)
        block("relations (main text)", self.relations)
        t = self.teaser_relations
        lines.append(f"  {'teaser relations':<22}{t.precision:7.3f}{t.recall:7.3f}{t.f1:7.3f}{t.tp:6d}{t.fp:6d}{t.fn:6d}")
        if self.metadata:
            lines.append("")
            lines.append("metadata: " + ", ".join(f"{k} {c}/{n}" for k, (c, n) in sorted(self.metadata.items())))
        if show_misses and self.misses:
            lines.append("")
            lines.append("misses (fn = in gold, not found; fp = found, not in gold):")
            for m in self.misses:
                lines.append(f"  {m['document']}  {m['kind']:<3} {m['what']:<8} {m['item']}")
        return "\n".join(lines)


# ---------------------------------------------------------------- gold


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    """Gold documents by file name. Raises GoldError naming the file and the problem."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise GoldError(f"gold file {path} does not exist") from exc
    except OSError as exc:
        raise GoldError(f"cannot read gold file {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise GoldError(f"gold file {path} is not UTF-8 text; save it as UTF-8 JSON") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"gold file {path} is not valid JSON: line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise GoldError(f'gold file {path} has no "documents" list (see the gold SCHEMA)')
    docs: dict[str, dict[str, Any]] = {}
    for i, doc in enumerate(data["documents"]):
        if not isinstance(doc, dict) or not isinstance(doc.get("file"), str):
            raise GoldError(f'gold file {path}: document {i} has no "file" name')
        for key in ("entities", "relations"):
            items = doc.get(key, [])
            if not isinstance(items, list):
                raise GoldError(f'gold file {path}: document {doc["file"]}: "{key}" is not a list')
            for item in items:
                need = ("name", "type") if key == "entities" else ("head", "relation", "tail")
                if not isinstance(item, dict) or any(not isinstance(item.get(k), str) for k in need):
                    raise GoldError(f'gold file {path}: document {doc["file"]}: a {key[:-1]} lacks {"/".join(need)}')
                _check_optional(path, doc["file"], item, ("qualifier",), ("aliases",))
        _check_optional(path, doc["file"], doc, ("title", "published", "source"), ("authors",))
        docs[doc["file"]] = doc
    return docs


def _check_optional(path: Path, file: str, item: dict[str, Any], texts: tuple[str, ...],
                    lists: tuple[str, ...]) -> None:
    """Optional keys must be a string (or null) and a list of strings (or null): scoring relies on it."""
    for key in texts:
        if item.get(key) is not None and not isinstance(item[key], str):
            raise GoldError(f'gold file {path}: document {file}: "{key}" must be a string or null')
    for key in lists:
        value = item.get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            raise GoldError(f'gold file {path}: document {file}: "{key}" must be a list of strings')


#: Quotation marks are typography, not part of a name: “电力网格进社区”专项行动 = 电力网格进社区专项行动.
_QUOTES = str.maketrans("", "", "“”‘’「」『』\"'")


def _with_unquoted(labels: set[str]) -> set[str]:
    """The labels, plus each without quotation marks and folded to one width (NFKC: a gold name typed
    with full-width digits, ２２０千伏, names what the normalized text writes as 220千伏)."""
    plain = {label.translate(_QUOTES) for label in labels}
    return labels | plain | {unicodedata.normalize("NFKC", label) for label in plain}


def _gold_labels(entity: dict[str, Any]) -> set[str]:
    return _with_unquoted({entity["name"], *[a for a in entity.get("aliases") or [] if isinstance(a, str)]})


def _found_labels(entity: LocalEntity) -> set[str]:
    return _with_unquoted({entity.name, *entity.aliases})


# ---------------------------------------------------------------- matching


def match_entities(found: Sequence[LocalEntity], gold: Sequence[dict[str, Any]]) -> dict[tuple[str, str], int]:
    """Map found entity keys to gold entity indices: exact canonical names first, then any shared label.
    Each gold entity is matched by at most one found entity."""
    taken: set[int] = set()
    mapping: dict[tuple[str, str], int] = {}
    for exact in (True, False):
        for f in found:
            if f.key in mapping:
                continue
            for gi, g in enumerate(gold):
                if gi in taken or g["type"] != f.type:
                    continue
                hit = f.name == g["name"] if exact else bool(_found_labels(f) & _gold_labels(g))
                if hit:
                    mapping[f.key] = gi
                    taken.add(gi)
                    break
    return mapping


def _label_index(gold: Sequence[dict[str, Any]]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for gi, g in enumerate(gold):
        for label in _gold_labels(g):
            index[label].append(gi)
    return index


def _is_teaser_relation(relation: Relation) -> bool:
    return all(ev.teaser for ev in relation.evidence) if relation.evidence else False


def _score_document(result: DocumentResult, gold_doc: dict[str, Any], out: EvalResult) -> None:
    doc_id = result.document.doc_id
    gold_entities = gold_doc.get("entities", [])
    found = [e for e in result.entities]
    mapping = match_entities(found, gold_entities)
    teaser_gold = {gi for gi, g in enumerate(gold_entities) if g.get("note") == TEASER}

    # entities
    matched_gold: set[int] = set(mapping.values())
    label_index = _label_index(gold_entities)
    for f in found:
        gi = mapping.get(f.key)
        if gi is not None:
            if gi in teaser_gold or f.teaser_only:
                continue
            out.entities.setdefault(f.type, Score()).tp += 1
            continue
        if f.teaser_only:
            continue
        # A label shared with a teaser-only gold entity: neither way.
        if any(gi in teaser_gold for label in _found_labels(f) for gi in label_index.get(label, ())):
            continue
        out.entities.setdefault(f.type, Score()).fp += 1
        dup = any(gold_entities[gi]["type"] == f.type for label in _found_labels(f)
                  for gi in label_index.get(label, ()))
        out.misses.append({"document": doc_id, "kind": "fp", "what": "entity",
                           "item": f"{f.type} {f.name}" + (" (duplicate of a matched entity)" if dup else "")})
    for gi, g in enumerate(gold_entities):
        if gi in teaser_gold or gi in matched_gold:
            continue
        out.entities.setdefault(g["type"], Score()).fn += 1
        out.misses.append({"document": doc_id, "kind": "fn", "what": "entity", "item": f"{g['type']} {g['name']}"})

    # relations: resolve each found end to a gold entity (or the document itself)
    found_by_key = {f.key: f for f in found}

    def gold_end(key: tuple[str, str]) -> str | None:
        if key[0] == "Document":
            return key[1]
        gi = mapping.get(key)
        if gi is None and key in found_by_key:
            # An unmerged duplicate still names a gold entity; its relations count (the entity did not).
            hits = {g for label in _found_labels(found_by_key[key]) for g in label_index.get(label, ())
                    if gold_entities[g]["type"] == key[0]}
            gi = hits.pop() if len(hits) == 1 else None
        return gold_entities[gi]["name"] if gi is not None else None

    found_facts: dict[tuple[str, str, str, str], bool] = {}
    for rel in result.relations:
        head, tail = gold_end(rel.head), gold_end(rel.tail)
        qual = _title_in(rel.qualifier or "", tail or "") if rel.predicate == "holdsPosition" else ""
        label_head = head if head is not None else f"?{rel.head[1]}"
        label_tail = tail if tail is not None else f"?{rel.tail[1]}"
        fact = (label_head, rel.predicate, label_tail, qual)
        teaser = _is_teaser_relation(rel)
        found_facts[fact] = found_facts.get(fact, True) and teaser

    gold_facts: dict[tuple[str, str, str, str], bool] = {}
    for g in gold_doc.get("relations", []):
        qual = _title_in(g.get("qualifier") or "", g["tail"]) if g["relation"] == "holdsPosition" else ""
        gold_facts[(g["head"], g["relation"], g["tail"], qual)] = g.get("note") == TEASER

    for fact, teaser in sorted(found_facts.items()):
        gold_teaser = gold_facts.get(fact)
        if gold_teaser is not None:
            score = out.teaser_relations if gold_teaser else out.relations.setdefault(fact[1], Score())
            score.tp += 1
        else:
            score = out.teaser_relations if teaser else out.relations.setdefault(fact[1], Score())
            score.fp += 1
            out.misses.append({"document": doc_id, "kind": "fp", "what": "relation" + (" (teaser)" if teaser else ""),
                               "item": _fact_text(fact)})
    for fact, teaser in sorted(gold_facts.items()):
        if fact in found_facts:
            continue
        score = out.teaser_relations if teaser else out.relations.setdefault(fact[1], Score())
        score.fn += 1
        out.misses.append({"document": doc_id, "kind": "fn", "what": "relation" + (" (teaser)" if teaser else ""),
                           "item": _fact_text(fact)})

    # metadata
    doc = result.document
    for name, found_value, gold_value in (
        ("title", doc.title, gold_doc.get("title")),
        ("published", doc.published, gold_doc.get("published")),
        ("source", doc.source, gold_doc.get("source")),
        ("authors", list(doc.authors), list(gold_doc.get("authors") or [])),
    ):
        cell = out.metadata.setdefault(name, [0, 0])
        cell[1] += 1
        if _same_metadata(found_value, gold_value):
            cell[0] += 1
        else:
            out.misses.append({"document": doc_id, "kind": "fn", "what": "metadata",
                               "item": f"{name}: found {found_value!r}, gold {gold_value!r}"})


def _same_metadata(found: object, gold: object) -> bool:
    """Equal up to character width (２０２６ = 2026) and whitespace runs (also U+3000): kg normalizes both."""
    if isinstance(found, str) and isinstance(gold, str):
        def plain(value: str) -> str:
            return " ".join(unicodedata.normalize("NFKC", value).split())
        return plain(found) == plain(gold)
    return found == gold


#: Party bodies whose titles are written both with and without the body's word (党支部书记 / 书记).
_PARTY_BODIES = ("党总支", "党支部", "党工委", "党委", "党组", "团委", "支部")


def _title_in(title: str, unit: str) -> str:
    """The title as scored: without the party body's word when the unit is that body (某村党支部 +
    党支部书记 -> 书记), so the two notations of one fact match."""
    for body in _PARTY_BODIES:
        if unit.endswith(body) and title.startswith(body) and len(title) > len(body):
            return title[len(body):]
    return title


def _fact_text(fact: tuple[str, str, str, str]) -> str:
    head, predicate, tail, qualifier = fact
    return f"{head} --{predicate}{'/' + qualifier if qualifier else ''}--> {tail}"


def map_types(result: DocumentResult, type_map: dict[str, str], ignore: Iterable[str] = ()) -> DocumentResult:
    """Rename found entity types (and drop some) to score against a gold set with other conventions,
    e.g. MSRA: Company -> Organization, Community -> Place, Events left out."""
    ignored = set(ignore)

    def key(k: tuple[str, str]) -> tuple[str, str]:
        return (type_map.get(k[0], k[0]), k[1])

    entities = tuple(
        dataclasses.replace(e, type=type_map.get(e.type, e.type))
        for e in result.entities if e.type not in ignored
    )
    relations = tuple(
        dataclasses.replace(r, head=key(r.head), tail=key(r.tail))
        for r in result.relations if r.head[0] not in ignored and r.tail[0] not in ignored
    )
    return dataclasses.replace(result, entities=entities, relations=relations)


def evaluate_results(results: Iterable[DocumentResult], gold: dict[str, dict[str, Any]]) -> EvalResult:
    out = EvalResult()
    for t in ENTITY_TYPES:
        out.entities.setdefault(t, Score())
    seen: set[str] = set()
    for result in sorted(results, key=lambda r: r.document.doc_id):
        name = Path(result.document.path or result.document.doc_id).name
        gold_doc = gold.get(name) or gold.get(result.document.doc_id)
        if gold_doc is None:
            continue
        seen.add(gold_doc["file"])
        out.documents += 1
        _score_document(result, gold_doc, out)
    for rel in RELATION_TYPES:
        if any(g.get("relation") == rel for d in gold.values() for g in d.get("relations", [])):
            out.relations.setdefault(rel, Score())
    out.gold_not_read = sorted(set(gold) - seen)
    return out


def evaluate_paths(gold_path: Path, paths: Sequence[str], type_map: dict[str, str] | None = None,
                   ignore_types: Sequence[str] = ()) -> EvalResult:
    """Extract from ``paths`` and score against the gold file (found types renamed by ``type_map``;
    gold and found entities of ``ignore_types`` left out)."""
    from .pipeline import build_corpus_results

    gold = load_gold(gold_path)
    results, _skipped = build_corpus_results(paths)
    if type_map or ignore_types:
        results = [map_types(r, type_map or {}, ignore_types) for r in results]
        ignored = set(ignore_types)
        for doc in gold.values():
            doc["entities"] = [e for e in doc.get("entities", []) if e["type"] not in ignored]
    out = evaluate_results(results, gold)
    if out.documents == 0:
        raise GoldError(f"no input document has a gold entry in {gold_path} (gold files are matched by file name)")
    return out
