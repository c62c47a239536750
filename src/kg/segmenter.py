"""Word segmentation behind one small interface, so the engine is chosen by measurement.

Two engines: ``rjieba`` (the jieba-rs binding, default: ~35x faster, nearly the same tokens) and
``jieba`` (pure Python). Each engine owns its own tokenizer instance (no ``jieba.dt``); dictionaries load
once per process, on first use, never at import.

    >>> seg = get_segmenter()
    >>> [t.text for t in seg.tokenize("国网供电公司")][:1]
    ['国网']
"""

from __future__ import annotations

import logging
import threading
from functools import partial
from itertools import accumulate
from operator import itemgetter
from typing import Any, NamedTuple, Protocol

__all__ = [
    "DEFAULT_ENGINE",
    "ENGINES",
    "JiebaSegmenter",
    "RjiebaSegmenter",
    "Segmenter",
    "Token",
    "get_segmenter",
]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

DEFAULT_ENGINE = "rjieba"


class Token(NamedTuple):
    """A word with its span in the segmented text and its part-of-speech tag ('' when not tagged).

    A NamedTuple, not a dataclass: documents have thousands of tokens and this is built for each."""

    text: str
    start: int
    end: int
    tag: str = ""


_first, _second = itemgetter(0), itemgetter(1)

#: Token from a 4-tuple without the Python-level ``_make`` (tuple.__new__ is C).
_new_token = partial(tuple.__new__, Token)


class Segmenter(Protocol):
    name: str

    def cut(self, text: str) -> list[str]: ...

    def tokenize(self, text: str) -> list[Token]: ...

    def tag(self, text: str) -> list[Token]: ...

    def tag_columns(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]: ...

    def has_word(self, word: str) -> bool: ...


def _columns(words: list[tuple[str, str]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words, tags) as two tuples, by C-level maps (faster than ``zip(*words)``, which builds an
    iterator per word)."""
    return tuple(map(_first, words)), tuple(map(_second, words))


def _spans(words: list[tuple[str, str]]) -> list[Token]:
    """Tokens with offsets from (word, tag) pairs; built with C-level iterators (documents have thousands
    of tokens and this runs once per document)."""
    if not words:
        return []
    texts, tags = zip(*words)
    ends = list(accumulate(map(len, texts)))
    return list(map(_new_token, zip(texts, [0, *ends[:-1]], ends, tags)))


class RjiebaSegmenter:
    """jieba-rs through rjieba: one ``rjieba.Jieba`` instance per segmenter."""

    name = "rjieba"

    def __init__(self) -> None:
        import rjieba

        self._jieba: Any = rjieba.Jieba()
        self._has_word: dict[str, bool] = {}  # the dictionary never changes: ask the engine once per word

    def cut(self, text: str) -> list[str]:
        return list(self._jieba.cut(text, True))

    def tokenize(self, text: str) -> list[Token]:
        return [Token(w, s, e) for w, s, e in self._jieba.tokenize(text)]

    def tag(self, text: str) -> list[Token]:
        return _spans(list(self._jieba.tag(text, True)))

    def tag_columns(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Words and their tags as two tuples: no Token built (a document has thousands)."""
        return _columns(self._jieba.tag(text, True))

    def has_word(self, word: str) -> bool:
        known = self._has_word.get(word)
        if known is None:
            if len(self._has_word) > 200_000:
                self._has_word.clear()  # bounded: a long build meets many odd words
            known = self._has_word[word] = bool(self._jieba.has_word(word))
        return known


class JiebaSegmenter:
    """Pure-Python jieba: its own ``jieba.Tokenizer`` and ``POSTokenizer``, logger silenced."""

    name = "jieba"

    def __init__(self) -> None:
        import jieba
        import jieba.posseg

        _silence_jieba()

        self._tokenizer = jieba.Tokenizer()
        self._tokenizer.initialize()
        self._pos = jieba.posseg.POSTokenizer(self._tokenizer)

    def cut(self, text: str) -> list[str]:
        return list(self._tokenizer.lcut(text))

    def tokenize(self, text: str) -> list[Token]:
        return [Token(w, s, e) for w, s, e in self._tokenizer.tokenize(text)]

    def tag(self, text: str) -> list[Token]:
        return _spans([(p.word, p.flag) for p in self._pos.lcut(text)])

    def tag_columns(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return _columns([(p.word, p.flag) for p in self._pos.lcut(text)])

    def has_word(self, word: str) -> bool:
        return bool(self._tokenizer.FREQ.get(word))


def _silence_jieba() -> None:
    """jieba logs 'Building prefix dict...' at INFO through its own handler: keep it quiet, here only."""
    logging.getLogger("jieba").setLevel(logging.WARNING)


ENGINES: dict[str, type] = {"rjieba": RjiebaSegmenter, "jieba": JiebaSegmenter}

_lock = threading.Lock()
_instances: dict[str, Any] = {}


def get_segmenter(engine: str = DEFAULT_ENGINE) -> Segmenter:
    """The process-wide segmenter of ``engine`` (built, and its dictionary loaded, on first use)."""
    seg = _instances.get(engine)
    if seg is not None:
        return seg  # type: ignore[no-any-return]  # built already: no lock (called per word by recognizers)
    if engine not in ENGINES:
        from .errors import KGError

        raise KGError(f"unknown segmentation engine {engine!r}; choose one of {', '.join(sorted(ENGINES))}")
    with _lock:
        if engine not in _instances:
            _instances[engine] = ENGINES[engine]()
        return _instances[engine]  # type: ignore[no-any-return]
