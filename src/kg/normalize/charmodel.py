"""The character model's data file: character counts and common words, built once from jieba's dictionary.

Mojibake repair scores candidate readings with character and word frequencies. Reading jieba's
whole dictionary (350,000 words) costs about a second per process, so the counts it needs are
shipped in ``kg/data/normalize/charmodel.txt``: every character's count (summed over all words),
the total, and the words seen at least ``MIN_WORD_FREQ`` times. jieba's dictionary is MIT-licensed.
Beside it, ``readings.txt`` gives the toned pinyin readings of those characters (made with pypinyin,
MIT-licensed), so a pinyin fragment inside a mojibake span can confirm a candidate character
without loading pypinyin at run time.

Rebuild after a jieba upgrade with ``python -m kg.normalize.charmodel``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from ..errors import DataFileError, KGError

__all__ = ["MIN_WORD_FREQ", "build_lines", "build_reading_lines", "jieba_dict_path", "load_counts",
           "load_readings"]

MIN_WORD_FREQ = 50
MIN_CHAR_FREQ = 30  # characters rarer than this are taken for mojibake: no reading needed
_FILE = "data/normalize/charmodel.txt"
_READINGS = "data/normalize/readings.txt"


def jieba_dict_path() -> Path:
    """jieba's dictionary, found without importing jieba (its import sets up logging and state)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise KGError("jieba is not installed: install it to rebuild the character model")
    return Path(spec.origin).with_name("dict.txt")


def build_lines(dictionary: Iterable[str], min_word_freq: int = MIN_WORD_FREQ) -> Iterator[str]:
    """Lines of the data file from the lines of a jieba-style dictionary (``word freq [tag]``)."""
    uni: dict[str, int] = {}
    words: dict[str, int] = {}
    total = 0
    for raw in dictionary:
        parts = raw.split(" ")
        if len(parts) < 2:
            continue
        word, freq = parts[0], int(parts[1])
        total += freq * len(word)
        for c in word:
            uni[c] = uni.get(c, 0) + freq
        if len(word) > 1:
            words[word] = words.get(word, 0) + freq
    yield "# kg character model, built by kg.normalize.charmodel from jieba's dict.txt (MIT licence)"
    yield f"# words kept: frequency >= {min_word_freq}; characters: all"
    yield f"T\t{total}"
    for c in sorted(uni):
        yield f"C\t{c}\t{uni[c]}"
    for w in sorted(words):
        if words[w] >= min_word_freq:
            yield f"W\t{w}\t{words[w]}"


@functools.cache
def load_counts() -> tuple[dict[str, int], dict[str, int], int]:
    """``(character counts, word counts, total)`` from the shipped data file, once per process."""
    text = resources.files("kg").joinpath(_FILE).read_text(encoding="utf-8")
    uni: dict[str, int] = {}
    words: dict[str, int] = {}
    total = 0
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            if parts[0] == "C":
                uni[parts[1]] = int(parts[2])
            elif parts[0] == "W":
                words[parts[1]] = int(parts[2])
            elif parts[0] == "T":
                total = int(parts[1])
            else:
                raise ValueError(parts[0])
        except (IndexError, ValueError) as exc:
            raise DataFileError(f"kg/{_FILE}, line {number}: malformed ({line[:40]!r}); "
                          "rebuild it with python -m kg.normalize.charmodel") from exc
    if not total or not uni:
        raise DataFileError(f"kg/{_FILE} is empty; rebuild it with python -m kg.normalize.charmodel")
    return uni, words, total


def build_reading_lines(chars: Iterable[str]) -> Iterator[str]:
    """``char<TAB>reading reading ...`` for each Han character, readings as pypinyin gives them (toned)."""
    from pypinyin import Style, pinyin

    yield "# toned pinyin readings, built by kg.normalize.charmodel with pypinyin (MIT licence)"
    for c in sorted(set(chars)):
        if "\u3400" <= c <= "\u9fff":
            readings = [r for r in pinyin(c, style=Style.TONE, heteronym=True)[0] if r != c]
            if readings:
                yield f"{c}\t{' '.join(readings)}"


@functools.cache
def load_readings() -> dict[str, frozenset[str]]:
    """Character -> its toned pinyin readings, from the shipped file, once per process."""
    text = resources.files("kg").joinpath(_READINGS).read_text(encoding="utf-8")
    out: dict[str, frozenset[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        char, sep, readings = line.partition("\t")
        if not sep or len(char) != 1 or not readings:
            raise DataFileError(f"kg/{_READINGS}, line {number}: malformed ({line[:40]!r}); "
                                "rebuild it with python -m kg.normalize.charmodel")
        out[char] = frozenset(readings.split(" "))
    return out


def _main() -> None:
    data = Path(__file__).resolve().parent.parent
    with jieba_dict_path().open(encoding="utf-8") as fh:
        lines = list(build_lines(fh))
    (data / _FILE).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    common = [line.split("\t")[1] for line in lines if line.startswith("C\t") and int(line.split("\t")[2]) >= MIN_CHAR_FREQ]
    (data / _READINGS).write_text("".join(line + "\n" for line in build_reading_lines(common)), encoding="utf-8")


if __name__ == "__main__":
    _main()
