"""report.json: what was read, what was found, what was repaired, what was skipped and why."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from typing import Any

from . import __version__
from .model import Corpus

__all__ = ["generate_report", "indented_json", "report_data"]


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
    text = indented_json(report_data(corpus)) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates only: a search for them costs more than the encoding
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


_STRING = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring
_CONSTANTS = {True: "true", False: "false", None: "null"}


def indented_json(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, several times faster: without indent json
    uses its C encoder, with it a Python generator per value (most of the report's time)."""
    out: list[str] = []
    try:
        _indented(value, "\n", out)
    except _Unusual:
        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(out)


class _Unusual(Exception):
    """A value only json.dumps knows how to write (a subclass, a tuple, a non-str key, a number that is not finite)."""


def _indented(value: Any, newline: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(_STRING(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        first = True
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            out.append(("{" if first else ",") + inner + _STRING(key) + ": ")
            first = False
            _indented(item, inner, out)
        out.append(newline + "}")
    elif kind is list:
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        first = True
        for item in value:
            out.append(("[" if first else ",") + inner)
            first = False
            _indented(item, inner, out)
        out.append(newline + "]")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is bool or value is None:
        out.append(_CONSTANTS[value])
    elif kind is float and math.isfinite(value):
        out.append(float.__repr__(value))
    else:
        raise _Unusual
