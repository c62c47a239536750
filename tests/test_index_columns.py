"""The per-document shortcuts of the entity finders give what the plain forms they replace gave, on the
seed articles and on made-up strings: the characters a place word can end with, and the move over a
hidden place before an organisation suffix (which skips pieces whose last character ends no place)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import lexicon
from kg.document import load_document
from kg.extract.names import has_proper
from kg.extract.org import _NOT_IN_NAME, _over_place, suffix_scan
from kg.extract.textindex import TextIndex, all_han, is_han

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MADE_UP = ["在东游镇和西坪乡，东游供电所与西坪自来水有限公司", "国网前郭县供电公司和大武口供电公司", "临沂市自来水有限公司",
           "宁夏鑫达新材料有限公司", "公司", "，供电所", "abc有限公司", "在某镇的公司"]


@pytest.fixture(scope="module")
def indexes() -> list[TextIndex]:
    docs = [load_document(str(p), p.name) for p in sorted(SEEDS.glob("*.txt"))]
    return [TextIndex.of(t) for t in [d.text for d in docs if hasattr(d, "text")] + MADE_UP]


def test_place_ends_hold_the_last_character_of_every_place_word(indexes):
    gaz = lexicon.gazetteer()
    words = list(gaz.full) + list(gaz.short) + list(lexicon.world_places())
    for idx in indexes:
        ends = idx.place_ends
        assert all(w[-1] in ends for w in words if w)
        assert all(stem[-1] in ends for stem in idx.local_places)
    town = TextIndex.of("在东游镇和西坪乡")
    assert town.local_places and all(idx.is_place_word(s) for idx in [town] for s in town.local_places)


def _over_place_plain(idx: TextIndex, start: int, s: int, trade: bool = True) -> int:
    """_over_place as it was, probing every piece."""
    text = idx.text
    if start < 2 or not is_han(text[start - 1]):
        return start
    han = 1
    while han < 5 and han < start and is_han(text[start - han - 1]):
        han += 1
    for k in (5, 4, 3, 2):
        if k <= han and idx.is_place_word(text[start - k:start]):
            return min(start - k, idx.name_start(start - k, max_chars=12))
    for j in (1, 2):
        for k in (4, 3):
            if j <= han and j < k and start - j + k <= s and idx.is_place_word(text[start - j:start - j + k]):
                return min(start - j, idx.name_start(start - j, max_chars=12))
    if not trade or start - s > 0 or (start < s and has_proper(idx, start, s)):
        return start
    for j in range(2, 6):
        piece = text[max(0, start - j):start]
        if len(piece) < j or not all(is_han(c) and c not in _NOT_IN_NAME for c in piece):
            break
        for k in (4, 3, 2):
            place = text[max(0, start - j - k):start - j]
            if len(place) == k and all_han(place) and idx.is_place_word(place) \
                    and idx.is_boundary(start - j - k) and idx.is_boundary(start - j):
                return start - j - k
    return start


def test_over_place_is_the_plain_probe(indexes):
    scan, _ = suffix_scan()
    tried = 0
    for idx in indexes:
        for s, _ in scan.spans(idx.text):
            walked = idx.name_start(s, max_chars=26)
            for start in {walked, s, max(0, s - 2), max(0, s - 4)}:
                for trade in (True, False):
                    assert _over_place(idx, start, s, trade) == _over_place_plain(idx, start, s, trade)
                    tried += 1
    assert tried > 1000


def test_weak_name_at_is_cached_and_the_same(indexes):
    from kg.extract.person import _name_at, name_at

    found = 0
    for idx in indexes:
        for i in range(-1, len(idx.text) + 1):
            plain = _name_at(idx, i, False)
            assert name_at(idx, i) == plain and name_at(idx, i) == plain  # (the second answer is the cached one)
            assert name_at(idx, i, strong=True) == _name_at(idx, i, True)
            found += plain is not None
        assert set(idx.weak_names) == set(range(-1, len(idx.text) + 1))
    assert found > 20


def test_no_token_starts_inside_a_word(indexes):
    """person.py reads "a word runs across ``i``" as "no token starts at ``i``": the tokens tile the text."""
    for idx in indexes:
        assert "".join(idx.words) == idx.text
        for i in range(1, len(idx.text)):
            tok = idx.token_at(i - 1)
            assert tok is not None and (tok.end > i) == (i not in idx._start_set)


def test_place_starts_read_from_words_are_the_sliced_ones(indexes):
    """place.py picks the token starts opening a gazetteer form from a per-word table; slicing the text at
    every start gives the same starts."""
    from kg.extract.place import _opens_form, place_matcher

    lengths = place_matcher()[0]
    picked = 0
    for idx in indexes + [TextIndex.of("湖北省武汉市和北京、上海。在普陀")]:
        opens = _opens_form(idx.words)
        text = idx.text
        fast = [i for i, w in zip(idx.starts, idx.words) if (o := opens[w]) and (o == 1 or text[i:i + 2] in lengths)]
        assert fast == [i for i in idx.starts if text[i:i + 2] in lengths]
        picked += len(fast)
    assert picked > 50
