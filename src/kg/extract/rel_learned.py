"""A learned back-off: a logistic regression per predicate over name-free features of a mention pair.

The rule families state what their authors saw written; a new writer's phrasing slips past them. This
module scores every pair of mentions in a sentence whose types fit a predicate and proposes the pairs
whose probability reaches the predicate's threshold, for facts no rule stated.

Features never hold a name: the two types, their order, the distance, the mentions and punctuation
between them, and general words (from the shipped vocabulary, which ``scripts/train_relations.py`` draws
from jieba's common, non-proper words) around and between them, with every mention masked out first.
The model is a small JSON of weights (``kg/data/relations/learned.json``); scoring is plain Python.

    >>> model = LearnedModel({"worksFor": Weights(-1.0, 0.5, {"b:员工": 3.0})}, frozenset({"员工"}), 2)
    >>> round(model.probability("worksFor", ["b:员工"]), 3)
    0.881
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import DataFileError
from .rel_base import CLAUSE_BREAK, Candidate, Context, Hit, SentenceView
from .rel_constraints import ALLOWED

__all__ = ["ENABLED", "FUNCTIONAL", "PREDICATES", "LearnedModel", "Weights", "instances", "learned_rules", "load_model"]

Key = tuple[str, str]

#: Whether ``find_relations`` runs the learned back-off by default.
ENABLED = False

#: Predicates the model may propose: the qualifier of holdsPosition and the document head of reportedBy
#: are beyond a pair classifier.
PREDICATES = ("subsidiaryOf", "worksFor", "servesCommunity", "participatedIn", "organizedBy", "locatedIn",
              "honoredBy")

#: Predicates whose head has one tail as a rule: a head the rules already linked gets no learned tail, and
#: of the learned tails only the likeliest is kept (a person's employer, a unit's parent, a place).
FUNCTIONAL = frozenset({"worksFor", "subsidiaryOf", "locatedIn"})

MAX_GAP = 40  # characters between the two mentions
WINDOW = 6  # characters looked at before the first and after the second mention
_MAX_SENTENCE = 300  # run-on "sentences" are left alone (and keep the module linear)
_MAX_HITS = 40
#: A masked mention: one private-use character per type, so no vocabulary word spans a name.
_MASK = {t: chr(0xE000 + i) for i, t in enumerate(("Company", "Organization", "Person", "Place", "Community", "Event"))}
_PUNCT = {"、": "、", "，": ",", ",": ",", "：": ":", ":": ":", "（": "(", "(": "(", "）": ")", ")": ")",
          "；": ";", ";": ";", "“": "q", "”": "q", "\"": "q"}
_GAPS = (0, 1, 2, 4, 8, 16, 30)


@dataclass(frozen=True)
class Weights:
    """One predicate's logistic regression: bias, decision threshold, feature weights."""

    bias: float
    threshold: float
    weights: dict[str, float]


@dataclass(frozen=True)
class LearnedModel:
    """Per-predicate weights and the vocabulary the word features are drawn from."""

    predicates: dict[str, Weights]
    vocabulary: frozenset[str]
    max_word: int

    def probability(self, predicate: str, features: list[str]) -> float:
        w = self.predicates[predicate]
        z = w.bias + sum(w.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def to_json(self) -> str:
        """Deterministic text: sorted keys, rounded floats."""
        data = {
            "max_word": self.max_word,
            "predicates": {p: {"bias": round(w.bias, 4), "threshold": round(w.threshold, 3),
                               "weights": {f: round(x, 4) for f, x in sorted(w.weights.items()) if round(x, 4)}}
                           for p, w in sorted(self.predicates.items())},
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def parse_model(text: str, name: str = "learned.json") -> LearnedModel:
    """The model in ``text``; the vocabulary is every word its features name."""
    try:
        data = json.loads(text)
        preds = {p: Weights(float(d["bias"]), float(d["threshold"]), {str(f): float(x) for f, x in d["weights"].items()})
                 for p, d in data["predicates"].items()}
        max_word = int(data["max_word"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataFileError(f"relation model {name} is malformed ({exc}); reinstall kg or retrain it") from exc
    vocab = frozenset(f.rsplit(":", 1)[1] for w in preds.values() for f in w.weights if f.startswith(_WORD_PREFIXES))
    return LearnedModel(preds, vocab, max_word)


@cache
def load_model(name: str = "learned") -> LearnedModel:
    """The shipped model ``kg/data/relations/<name>.json`` (loaded once per process)."""
    path = resources.files("kg") / "data" / "relations" / f"{name}.json"
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        raise DataFileError(f"relation model {name}.json cannot be read: {exc}; reinstall kg") from exc
    return parse_model(text, f"{name}.json")


_WORD_PREFIXES = ("b:", "l:", "r:", "ba:", "bb:", "bh:", "bt:")


def _words(text: str, vocab: frozenset[str], max_word: int) -> set[str]:
    """Every vocabulary word occurring in ``text`` (overlaps included: no segmenter needed)."""
    out = set()
    n = len(text)
    for i in range(n):
        for j in range(i + 1, min(n, i + max_word) + 1):
            if text[i:j] in vocab:
                out.add(text[i:j])
    return out


def _masked(v: SentenceView) -> str:
    """The sentence with every mention replaced by its type's mask character (same offsets, one per char)."""
    chars = list(v.text)
    for h in v.hits:
        mark = _MASK.get(h.type, "\ue00f")
        for k in range(h.start - v.start, h.end - v.start):
            chars[k] = mark
    return "".join(chars)


def _bucket(n: int) -> int:
    return max(g for g in _GAPS if g <= n)


def pair_features(v: SentenceView, masked: str, a: Hit, b: Hit, head_first: bool,
                  vocab: frozenset[str], max_word: int) -> list[str]:
    """Name-free features of mentions ``a`` before ``b`` in ``v`` (``head_first``: a is the head)."""
    head, tail = (a, b) if head_first else (b, a)
    o = "hf" if head_first else "tf"
    s0 = v.start
    gap_raw = masked[a.end - s0:b.start - s0]
    gap = _squeeze(gap_raw)
    feats = [f"t:{head.type}>{tail.type}", f"o:{o}", f"d:{_bucket(b.start - a.end)}",
             f"d{o}:{_bucket(b.start - a.end)}"]
    between = [h for h in v.hits if a.end <= h.start and h.end <= b.start]
    feats.append(f"n:{min(len(between), 3)}")
    for h in between:
        feats.append(f"nt:{h.type}")
        if h.type == head.type:
            feats.append("same:h")
        if h.type == tail.type:
            feats.append("same:t")
    breaks = sum(1 for ch in gap if ch in CLAUSE_BREAK)
    feats.append(f"cb:{min(breaks, 2)}")
    feats.extend(f"p:{_PUNCT[ch]}" for ch in gap if ch in _PUNCT)
    if head.is_reference:
        feats.append("ref:h")
    if tail.is_reference:
        feats.append("ref:t")
    if not gap:
        feats.append(f"adj:{o}")
    words = _words(gap, vocab, max_word)
    feats.extend(f"b:{w}" for w in words)
    feats.extend(f"b{o[0]}:{w}" for w in words)
    feats.extend(f"ba:{w}" for w in words if gap.startswith(w))
    feats.extend(f"bb:{w}" for w in words if gap.endswith(w))
    left = _squeeze(masked[max(0, a.start - s0 - WINDOW):a.start - s0])
    right = _squeeze(masked[b.end - s0:b.end - s0 + WINDOW])
    feats.extend(f"l:{w}" for w in _words(_clip_left(left), vocab, max_word))
    feats.extend(f"r:{w}" for w in _words(_clip_right(right), vocab, max_word))
    return sorted(set(feats))


def _squeeze(text: str) -> str:
    """Runs of one mask character become one (a long name weighs like a short one)."""
    out: list[str] = []
    for ch in text:
        if out and ch == out[-1] and "\ue000" <= ch <= "\ue00f":
            continue
        out.append(ch)
    return "".join(out)


def _clip_left(text: str) -> str:
    """The window before the pair, from the last clause break on."""
    cut = max((i for i, ch in enumerate(text) if ch in CLAUSE_BREAK), default=-1)
    return text[cut + 1:]


def _clip_right(text: str) -> str:
    cut = next((i for i, ch in enumerate(text) if ch in CLAUSE_BREAK), len(text))
    return text[:cut]


@dataclass(frozen=True)
class Instance:
    """One (head, predicate, tail) reading of a mention pair in one sentence."""

    predicate: str
    head: Hit
    tail: Hit
    sentence: SentenceView
    features: list[str]


def instances(ctx: Context, vocab: frozenset[str], max_word: int,
              predicates: tuple[str, ...] = PREDICATES) -> Iterator[Instance]:
    """Every typed reading of every mention pair close enough in one main-text sentence."""
    for v in ctx.sentences:
        if len(v.hits) < 2 or v.end - v.start > _MAX_SENTENCE or len(v.hits) > _MAX_HITS or ctx.is_teaser(v.start):
            continue
        masked = ""
        for i, a in enumerate(v.hits):
            for b in v.hits[i + 1:]:
                if b.start - a.end > MAX_GAP:
                    break
                if a.key == b.key or b.start < a.end:
                    continue
                for pred in predicates:
                    heads, tails = ALLOWED[pred]
                    for head_first in (True, False):
                        head, tail = (a, b) if head_first else (b, a)
                        if head.type in heads and tail.type in tails:
                            if not masked:
                                masked = _masked(v)
                            yield Instance(pred, head, tail, v,
                                           pair_features(v, masked, a, b, head_first, vocab, max_word))


def learned_rules(ctx: Context, known: set[tuple[Key, str, Key]], model: LearnedModel | None = None) -> Iterator[Candidate]:
    """Candidates ``learned-<predicate>`` for readings that reach their threshold, for facts not in ``known``."""
    model = model if model is not None else load_model()
    preds = tuple(p for p in PREDICATES if p in model.predicates)
    taken = {(h, p) for h, p, _ in known if p in FUNCTIONAL}
    found: list[tuple[Instance, float]] = []
    for inst in instances(ctx, model.vocabulary, model.max_word, preds):
        if (inst.head.key, inst.predicate, inst.tail.key) in known or (inst.head.key, inst.predicate) in taken:
            continue
        p = model.probability(inst.predicate, inst.features)
        if p >= model.predicates[inst.predicate].threshold:
            found.append((inst, p))
    best: dict[tuple[Key, str], tuple[float, Key]] = {}
    for inst, p in found:
        k = (inst.head.key, inst.predicate)
        if inst.predicate in FUNCTIONAL and (k not in best or (p, inst.tail.key) > best[k]):
            best[k] = (p, inst.tail.key)
    for inst, p in found:
        if inst.predicate in FUNCTIONAL and best[(inst.head.key, inst.predicate)][1] != inst.tail.key:
            continue
        v = inst.sentence
        yield Candidate(inst.head.key, inst.predicate, inst.tail.key, v.start, v.end, f"learned-{inst.predicate}", p,
                        reference=inst.head.is_reference or inst.tail.is_reference)
