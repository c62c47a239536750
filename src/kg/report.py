"""report.json: what was read, what was found, what was repaired, what was skipped and why."""

from __future__ import annotations

import json
import re
from collections import Counter

from . import __version__
from .model import Corpus

__all__ = ["generate_report", "report_data"]


def report_data(corpus: Corpus) -> dict:
    entity_counts = Counter(e.type for e in corpus.entities)
    relation_counts = Counter(r.predicate for r in corpus.relations)
    repairs = Counter(rep.kind for doc in corpus.documents for rep in doc.repairs)
    dropped = Counter(reason for reason, _ in corpus.dropped)
    return {
        "kg_version": __version__,
        "documents_read": len(corpus.documents),
        "inputs_skipped": len(corpus.skipped),
        "entities": dict(sorted(entity_counts.items())),
        "relations": dict(sorted(relation_counts.items())),
        "repairs": dict(sorted(repairs.items())),
        "candidates_dropped": dict(sorted(dropped.items())),
        "documents": [
            {
                "file": doc.doc_id,
                "path": doc.path,
                "encoding": doc.encoding,
                "characters": doc.chars,
                "title": doc.title,
                "published": doc.published,
                "source": doc.source,
                "authors": list(doc.authors),
                "editors": list(doc.editors),
                "traditional": doc.traditional,
                # A pinyin annotation removed is routine (hundreds per annotated page): counted, not
                # listed. Every other repair (mojibake, repaired or not) is listed with its raw span.
                "pinyin_annotations_removed": sum(1 for r in doc.repairs if r.kind == "pinyin"),
                "repairs": [
                    {"kind": r.kind, "raw_start": r.raw_start, "raw_end": r.raw_end,
                     "before": r.before, "after": r.after}
                    for r in doc.repairs if r.kind != "pinyin"
                ],
            }
            for doc in corpus.documents
        ],
        "skipped": [{"path": s.path, "reason": s.reason} for s in corpus.skipped],
    }


# Lone surrogates (a file name in undecodable bytes, decoded by os.fsdecode) cannot be written as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


def generate_report(corpus: Corpus) -> bytes:
    text = json.dumps(report_data(corpus), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    return _SURROGATE.sub("\ufffd", text).encode("utf-8")
