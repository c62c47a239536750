"""A learned back-off: a logistic regression per predicate over name-free features of a mention pair.

The rule families state what their authors saw written; a new writer's phrasing slips past them. This
module scores every pair of mentions in a sentence whose types fit a predicate and proposes the pairs
whose probability reaches the predicate's threshold, for facts no rule stated.

Features never hold a name: the two types, their order, the distance, the mentions and punctuation
between them, and general words (from the shipped vocabulary, which ``scripts/train_relations.py`` draws
from jieba's common, non-proper words) around and between them, with every mention masked out first.
The model is a small JSON of weights (``kg/data/relations/learned.json``); scoring is plain Python.

The switch is per predicate: of the shipped model only the predicates in ``ON`` propose anything
(servesCommunity, the only one whose leave-one-set-out gain on the fresh sets is positive), and the
back-off as a whole is off by default (``ENABLED``): it adds about one fact to a fresh set and takes about
as much from a fitted one. ``ON`` says why each predicate is on or off, with the numbers.

    >>> model = LearnedModel({"worksFor": Weights(-1.0, 0.5, {"b:员工": 3.0})}, frozenset({"员工"}), 2)
    >>> round(model.probability("worksFor", ["b:员工"]), 3)
    0.881
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..errors import DataFileError
from .rel_base import CLAUSE_BREAK, Candidate, Context, Hit, SentenceView
from .rel_constraints import ALLOWED

__all__ = ["ENABLED", "FUNCTIONAL", "ON", "PREDICATES", "LearnedModel", "Weights", "instances", "learned_rules",
           "load_model", "passes_rival"]

Key = tuple[str, str]

#: Whether ``find_relations`` runs the learned back-off by default (for the predicates in ``ON``). Off:
#: no predicate shows a clear, consistent gain, and what the per-predicate choice gains is its own (see
#: ``ON``).
ENABLED = False

#: The predicates the shipped model proposes when on. Chosen by ``scripts/train_relations.py --loso
#: --end-to-end`` at commit 681657f (relation F1 over real entities, each set scored by a model trained on
#: the other fourteen): a predicate is on when its gain alone, summed over the fresh sets dev9-dev13, is
#: positive, and the predicates on together cost no development set more than 0.005.
#:
#: - servesCommunity on: fresh +0.0034 (dev10 +0.0005, dev11 +0.0035, dev12 -0.0005); the fitted sets
#:   dev2 -0.0017, dev3 +0.0021, dev4 -0.0011, dev5 -0.0037, dev6 -0.0027, dev7 +0.0012: -0.0024 over all
#:   fifteen sets.
#: - off, fresh sum not positive: worksFor -0.0005 (dev12 +0.0015, dev9 -0.0012, dev11 -0.0007),
#:   locatedIn 0 (dev3 +0.0016, dev5 +0.0017), organizedBy -0.0013 (unseen_rel -0.0151, dev12 -0.0030),
#:   participatedIn -0.0010, subsidiaryOf -0.0013 (seeds -0.0081), honoredBy 0 (never above its threshold).
#: - the choice scored on a fresh set it did not see (the predicates the other four fresh sets pick):
#:   dev9 -0.0025, dev10 -0.0008, dev11 -0.0007, dev12 -0.0035, dev13 0: -0.0076 in all.
#: - unstable: 50 rule commits earlier (20207e6) the same rule switched on servesCommunity and worksFor
#:   (fresh +0.0071, fitted -0.0084, left-out choice +0.0011).
#:
#: The ceiling is low: of the gold facts the rules miss, only 7-20 a fresh set (0-2 of them worksFor) are
#: a pair of found mentions in one sentence that a pair classifier could read; holdsPosition needs a
#: qualifier and is not among its predicates. The rest of the missing recall is in entities and rules.
ON = frozenset({"servesCommunity"})

#: Predicates the model may propose: the qualifier of holdsPosition and the document head of reportedBy
#: are beyond a pair classifier.
PREDICATES = ("subsidiaryOf", "worksFor", "servesCommunity", "participatedIn", "organizedBy", "locatedIn",
              "honoredBy")

#: Predicates whose head has one tail as a rule: a head the rules already linked gets no learned tail, and
#: of the learned tails only the likeliest is kept (a person's employer, a unit's parent, a place, the body
#: that honoured a person, an event's organiser). The exceptions (two employers, joint organisers) are
#: written in so many words, and the rules read those.
FUNCTIONAL = frozenset({"worksFor", "subsidiaryOf", "locatedIn", "honoredBy", "organizedBy"})

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
    # predicate -> word kind -> word -> weight, filled on first use (``_word_tables``)
    tables: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict, compare=False, repr=False)

    def probability(self, predicate: str, features: list[str]) -> float:
        w = self.predicates[predicate]
        get = w.weights.get
        return _sigmoid(w.bias, [get(f, 0.0) for f in features])

    def score(self, predicate: str, feats: set[str], words: dict[str, set[str]]) -> float:
        """``probability`` of the features ``_parts`` gives, without spelling out each word feature."""
        w = self.predicates[predicate]
        get = w.weights.get
        terms = [get(f, 0.0) for f in feats]
        tables = _word_tables(self, predicate)
        for kind, ws in words.items():
            table = tables.get(kind)
            if table:
                terms.extend([table.get(x, 0.0) for x in ws])
        return _sigmoid(w.bias, terms)

    def to_json(self) -> str:
        """Deterministic text: sorted keys, rounded floats."""
        data = {
            "max_word": self.max_word,
            "predicates": {p: {"bias": round(w.bias, 4), "threshold": round(w.threshold, 3),
                               "weights": {f: round(x, 4) for f, x in sorted(w.weights.items()) if round(x, 4)}}
                           for p, w in sorted(self.predicates.items())},
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def _sigmoid(bias: float, terms: list[float]) -> float:
    """The logistic of bias + terms, summed exactly (``fsum``): the same bits whatever order the set of
    features comes in (string hashing varies between processes)."""
    z = math.fsum([bias, *terms])
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


def _word_tables(model: LearnedModel, predicate: str) -> dict[str, dict[str, float]]:
    """kind -> word -> weight of one predicate's word features (built once per model)."""
    tables = model.tables.get(predicate)
    if tables is None:
        tables = model.tables[predicate] = {}
        for f, x in model.predicates[predicate].weights.items():
            kind, sep, word = f.partition(":")
            if sep and f.startswith(_WORD_PREFIXES):
                tables.setdefault(kind, {})[word] = x
    return tables


def parse_model(text: str, name: str = "learned.json") -> LearnedModel:
    """The model in ``text``; the vocabulary is every word its features name."""
    try:
        data = json.loads(text)
        preds = {p: Weights(float(d["bias"]), float(d["threshold"]), {str(f): float(x) for f, x in d["weights"].items()})
                 for p, d in data["predicates"].items()}
        max_word = int(data["max_word"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataFileError(f"relation model {name} is malformed ({exc}); reinstall kg or retrain it") from exc
    vocab = frozenset(f.split(":", 1)[1] for w in preds.values() for f in w.weights if f.startswith(_WORD_PREFIXES))
    return LearnedModel(preds, vocab, min(max_word, max(map(len, vocab), default=1)))


@cache
def load_model(name: str = "learned") -> LearnedModel:
    """The shipped model ``kg/data/relations/<name>.json`` (loaded once per process)."""
    path = resources.files("kg") / "data" / "relations" / f"{name}.json"
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        raise DataFileError(f"relation model {name}.json cannot be read: {exc}; reinstall kg") from exc
    return parse_model(text, f"{name}.json")


_WORD_PREFIXES = ("b:", "l:", "r:", "ba:", "bb:", "bh:", "bt:", "hw:", "tw:")


def _occurrences(text: str, vocab: frozenset[str], max_word: int) -> list[tuple[int, int, str]]:
    """Every vocabulary word in ``text`` as (start, end, word), overlaps included: no segmenter needed."""
    firsts, long_words = _index(vocab, max_word)
    out = []
    n = len(text)
    if long_words is None:  # a big vocabulary (training): every span of every position
        for i in range(n):
            if text[i] in firsts:
                for j in range(i + 1, min(n, i + max_word) + 1):
                    if text[i:j] in vocab:
                        out.append((i, j, text[i:j]))
        return out
    # A shipped model: words of one or two characters by position, the few longer ones by str.find.
    for i, ch in enumerate(text):
        if ch in firsts:
            if ch in vocab:
                out.append((i, i + 1, ch))
            two = text[i:i + 2]
            if two in vocab and len(two) == 2:
                out.append((i, i + 2, two))
    for w in long_words:
        k = text.find(w)
        while k >= 0:
            out.append((k, k + len(w), w))
            k = text.find(w, k + 1)
    if long_words:
        out.sort()
    return out


@cache
def _index(vocab: frozenset[str], max_word: int) -> tuple[frozenset[str], tuple[str, ...] | None]:
    """First characters of the words, and the words longer than two (None when there are too many to find
    one by one)."""
    long_words = sorted(w for w in vocab if len(w) > 2)
    if len(long_words) > 64:
        return frozenset(w[0] for w in vocab), None
    return frozenset(w[0] for w in vocab if len(w) <= 2), tuple(long_words)


def _masked(v: SentenceView) -> str:
    """The sentence with every mention replaced by its type's mask character (same offsets, one per char):
    no vocabulary word can reach into a name."""
    chars = list(v.text)
    for h in v.hits:
        mark = _MASK.get(h.type, "\ue00f")
        for k in range(h.start - v.start, h.end - v.start):
            chars[k] = mark
    return "".join(chars)


def _bucket(n: int) -> int:
    return max(g for g in _GAPS if g <= n)


@dataclass
class _Sentence:
    """What every pair of one sentence shares: the masked text, its words and clause breaks."""

    view: SentenceView
    masked: str
    words: list[tuple[int, int, str]]
    word_starts: list[int]
    breaks: list[int]

    @classmethod
    def of(cls, v: SentenceView, vocab: frozenset[str], max_word: int) -> _Sentence:
        masked = _masked(v)
        words = _occurrences(masked, vocab, max_word)
        return cls(v, masked, words, [w[0] for w in words], [i for i, ch in enumerate(masked) if ch in CLAUSE_BREAK])

    def words_in(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Words lying inside [lo, hi) (offsets in the sentence)."""
        out = []
        for k in range(bisect_left(self.word_starts, lo), len(self.words)):
            w = self.words[k]
            if w[0] >= hi:
                break
            if w[1] <= hi:
                out.append(w)
        return out


def _parts(sent: _Sentence, i: int, j: int, head_first: bool) -> tuple[set[str], dict[str, set[str]]]:
    """The features of a reading as (plain features, words by kind): kind b (between), ba/bb (opening,
    closing the gap), l/r (before, after the pair), hw/tw (just before the head, the tail)."""
    hits = sent.view.hits
    a, b = hits[i], hits[j]
    head, tail = (a, b) if head_first else (b, a)
    o = "hf" if head_first else "tf"
    s0 = sent.view.start
    lo, hi = a.end - s0, b.start - s0
    gap = sent.masked[lo:hi]
    d = _bucket(hi - lo)
    between = hits[i + 1:j]
    feats = {f"t:{head.type}>{tail.type}", f"o:{o}", f"d:{d}", f"d{o}:{d}", f"n:{min(len(between), 3)}",
             f"cb:{min(sum(1 for ch in gap if ch in CLAUSE_BREAK), 2)}"}
    # Is the other end the nearest mention of its type (a title's unit, an event's organiser)?
    nxt = hits[j + 1] if j + 1 < len(hits) else None
    if nxt is None or nxt.type != b.type:
        feats.add("last:b")
    if i > 0 and hits[i - 1].type == b.type:
        feats.add("prev:b-type")
    if nxt is not None and nxt.type == a.type:
        feats.add("next:a-type")
    for h in between:
        feats.add(f"nt:{h.type}")
        if h.type == head.type:
            feats.update(("same:h", f"same{o}:h"))
        if h.type == tail.type:
            feats.update(("same:t", f"same{o}:t"))
    feats.update(f"p:{_PUNCT[ch]}" for ch in gap if ch in _PUNCT)
    if head.is_reference:
        feats.add("ref:h")
    if tail.is_reference:
        feats.add("ref:t")
    if not gap:
        feats.add(f"adj:{o}")
    inside = sent.words_in(lo, hi)
    words = {"b": {w for _, _, w in inside}, "ba": {w for ws, _, w in inside if ws == lo},
             "bb": {w for _, we, w in inside if we == hi}}
    # The windows around the pair stop at a clause break.
    k = bisect_left(sent.breaks, a.start - s0)
    left = max(a.start - s0 - WINDOW, sent.breaks[k - 1] + 1 if k > 0 else 0)
    words["l"] = {w for _, _, w in sent.words_in(left, a.start - s0)}
    k = bisect_left(sent.breaks, b.end - s0)
    right = min(b.end - s0 + WINDOW, sent.breaks[k] if k < len(sent.breaks) else len(sent.masked))
    words["r"] = {w for _, _, w in sent.words_in(b.end - s0, right)}
    # Who each end is: the words just before it (村民 or 党员 before a person, 驻 before a village).
    for tag, h in (("hw", head), ("tw", tail)):
        k = bisect_left(sent.breaks, h.start - s0)
        start = max(h.start - s0 - 4, sent.breaks[k - 1] + 1 if k > 0 else 0)
        words[tag] = {w for _, _, w in sent.words_in(start, h.start - s0)}
    # Words between, also as seen from the head (bh: head first, bt: tail first).
    words["b" + o[0]] = words["b"]
    return feats, words


def pair_features(sent: _Sentence, i: int, j: int, head_first: bool) -> list[str]:
    """Name-free features of the mentions ``hits[i]`` before ``hits[j]`` (``head_first``: the first is the
    head), sorted."""
    feats, words = _parts(sent, i, j, head_first)
    return sorted(feats | {f"{kind}:{w}" for kind, ws in words.items() for w in ws})


@dataclass(frozen=True)
class Instance:
    """One (head, predicate, tail) reading of a mention pair in one sentence."""

    predicate: str
    head: Hit
    tail: Hit
    sentence: SentenceView
    parts: tuple[set[str], dict[str, set[str]]]

    @property
    def features(self) -> list[str]:
        feats, words = self.parts
        return sorted(feats | {f"{kind}:{w}" for kind, ws in words.items() for w in ws})


def instances(ctx: Context, vocab: frozenset[str], max_word: int, predicates: tuple[str, ...] = PREDICATES,
              skip: Callable[[str, Key, Key], bool] | None = None) -> Iterator[Instance]:
    """Every typed reading of every mention pair close enough in one main-text sentence (but those
    ``skip(predicate, head, tail)`` rules out, for which no feature is computed)."""
    readings = _readings(predicates)
    for v in ctx.sentences:
        if len(v.hits) < 2 or v.end - v.start > _MAX_SENTENCE or len(v.hits) > _MAX_HITS or ctx.is_teaser(v.start):
            continue
        sent: _Sentence | None = None
        for i, a in enumerate(v.hits):
            for j in range(i + 1, len(v.hits)):
                b = v.hits[j]
                if b.start - a.end > MAX_GAP:
                    break
                if a.key == b.key or b.start < a.end:
                    continue
                parts: dict[bool, tuple[set[str], dict[str, set[str]]]] = {}
                for pred, head_first in readings.get((a.type, b.type), ()):
                    head, tail = (a, b) if head_first else (b, a)
                    if skip is not None and skip(pred, head.key, tail.key):
                        continue
                    if head_first not in parts:
                        if sent is None:
                            sent = _Sentence.of(v, vocab, max_word)
                        parts[head_first] = _parts(sent, i, j, head_first)
                    yield Instance(pred, head, tail, v, parts[head_first])


@cache
def _readings(predicates: tuple[str, ...]) -> dict[tuple[str, str], tuple[tuple[str, bool], ...]]:
    """(first type, second type) -> the (predicate, head comes first) readings the schema allows."""
    out: dict[tuple[str, str], list[tuple[str, bool]]] = {}
    types = sorted(_MASK)
    for t1 in types:
        for t2 in types:
            for pred in predicates:
                heads, tails = ALLOWED[pred]
                for head_first in (True, False):
                    h, t = (t1, t2) if head_first else (t2, t1)
                    if h in heads and t in tails:
                        out.setdefault((t1, t2), []).append((pred, head_first))
    return {k: tuple(v) for k, v in out.items()}


def passes_rival(features: set[str] | list[str]) -> bool:
    """Whether the reading reaches past another mention of the head's type (甲带领乙、丙: the unit before 甲
    is 甲's). Such readings train the model but are never proposed: across the development sets the rules
    miss hardly any true one, and they are most of what the model gets wrong there."""
    return "same:h" in features


def learned_rules(ctx: Context, known: set[tuple[Key, str, Key]], model: LearnedModel | None = None) -> Iterator[Candidate]:
    """Candidates ``learned-<predicate>`` for readings that reach their threshold, for facts not in ``known``:
    of the shipped model only the predicates in ``ON``, of a model passed in every predicate it has."""
    on = ON if model is None else PREDICATES
    model = model if model is not None else load_model()
    preds = tuple(p for p in PREDICATES if p in model.predicates and p in on)
    taken = {(h, p) for h, p, _ in known if p in FUNCTIONAL}

    def skip(pred: str, head: Key, tail: Key) -> bool:
        return (head, pred, tail) in known or (head, pred) in taken

    found: list[tuple[Instance, float]] = []
    for inst in instances(ctx, model.vocabulary, model.max_word, preds, skip):
        if passes_rival(inst.parts[0]):
            continue
        p = model.score(inst.predicate, *inst.parts)
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
