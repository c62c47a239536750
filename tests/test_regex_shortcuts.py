"""Patterns that ``re`` would try at every offset (they open with a lookbehind, a group or a character
run) are run through ``textindex.finditer_at`` at the offsets where a match can start. Each shortcut
must find exactly what ``pattern.finditer`` finds: checked on the seed and development articles and on
random strings over the characters the patterns care about.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.document import load_document
from kg.extract import coref, event, org, person
from kg.extract.entities import curly_quotes
from kg.extract.textindex import find_all, finditer_at

ROOT = Path(__file__).resolve().parent.parent
_DEV_SETS = ("heldout", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")

#: (name, pattern, where its matches may start)
SHORTCUTS: list[tuple[str, re.Pattern[str], Callable[[str], list[int]]]] = [
    ("person._BYLINE", person._BYLINE, person._byline_starts),
    ("person._LIST_ROLE", person._LIST_ROLE, person._list_role_starts),
    ("person._NAME_COMMA_POST", person._NAME_COMMA_POST, person._name_comma_starts),
    ("person._HOLDS_POST", person._HOLDS_POST, person._holds_post_starts),
    ("person._MEASURED", person._MEASURED, person._measured_starts),
    ("coref._BARE", coref._BARE, lambda t: find_all(t, "公司")),
    ("event._OCCASION_SUPPLY", event._OCCASION_SUPPLY, event._occasion_starts),
    ("event._RESPONSE_SUPPLY", event._RESPONSE_SUPPLY, lambda t: [p + 2 for p in find_all(t, "开展抗")]),
    ("org._DATELINE", org._DATELINE, org._dateline_starts),
]


def test_counted_window_finds_what_a_scan_from_the_start_finds() -> None:
    """org: a count before a team (组成12支突击队) is looked for in the last three characters only."""
    rng = random.Random(3)
    alphabet = "12三十几多数支个队员\n，"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        for end in range(len(text) + 1):
            full = org._COUNTED.search(text, 0, end) is not None
            assert (org._COUNTED.search(text, max(0, end - 3), end) is not None) == full, (text, end)

#: Characters of the patterns' literals and lookarounds, and a few fillers.
_ALPHABET = ("现任担兼为亩斤公吨件台套平方米二两百千万0１２网讯月日12、等公司，。！？\n/／文图摄影保供电马拉松期间运动会亚奥冬两会峰开展抗冰雪灾洪疫险"
             "名位人员三十2一党委领导化们的张李王,；：“”")


def _texts() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    for name in _DEV_SETS:
        paths += sorted((ROOT / "tests" / "data" / name).glob("*.txt"))
    out = []
    for p in paths:
        doc = load_document(str(p), p.name)
        if hasattr(doc, "text"):  # a Skipped file has none
            out.append(curly_quotes(doc.text))
    return out


def _random_texts(n: int = 3000) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def _found(matches) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(m.span(), m.groups()) for m in matches]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts() + _random_texts()


@pytest.mark.parametrize("name,pattern,starts", SHORTCUTS, ids=[s[0] for s in SHORTCUTS])
def test_shortcut_finds_what_the_pattern_finds(texts, name, pattern, starts) -> None:  # type: ignore[no-untyped-def]
    matched = 0
    for text in texts:
        expected = _found(pattern.finditer(text))
        assert _found(finditer_at(pattern, text, starts(text))) == expected, (name, text[:80])
        matched += bool(expected)
    assert matched > 0, f"{name}: no text exercises the pattern"


def test_finditer_at_keeps_lookbehinds_and_skips_overlaps() -> None:
    pattern = re.compile(r"(?<=x)ab|ab")
    text = "xabab"
    assert _found(finditer_at(pattern, text, [1, 3, 2, 1])) == _found(pattern.finditer(text))
    overlapping = re.compile(r"aa")
    assert [m.span() for m in finditer_at(overlapping, "aaaa", [0, 1, 2])] == [(0, 2), (2, 4)]
