"""Places: a gazetteer scan of administrative divisions (full names and short forms) plus suffix
patterns for towns, rivers, reservoirs and mountains.

A place inside another entity's own name is removed later by the overlap policy, not here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from .textindex import Candidate, TextIndex

__all__ = ["find_places", "place_matcher"]

#: Tags under which a short form (湖北, 尉氏) stands for the place; other tags mean a common word.
_PLACE_TAGS = {"ns", "nr", "nz", "nt", "x?", "j", "n", "a", "s"}
#: Words after a place name that make it part of something else: 江西频道 is a page section.
_NOT_AFTER = ("频道", "变", "线")


@lru_cache(maxsize=1)
def place_matcher() -> tuple[dict[str, tuple[int, ...]], dict[str, str]]:
    """first character -> candidate lengths (longest first), and surface form -> 'full'/'short'."""
    gaz = lexicon.gazetteer()
    forms: dict[str, str] = {}
    for name in gaz.full:
        forms[name] = "full"
    for name in gaz.short:
        forms.setdefault(name, "short")
    lengths: dict[str, set[int]] = {}
    for form in forms:
        lengths.setdefault(form[0], set()).add(len(form))
    return {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}, forms


def _gazetteer_hits(idx: TextIndex) -> list[Candidate]:
    lengths, forms = place_matcher()
    text, out, i, n = idx.text, [], 0, len(idx.text)
    not_names = lexicon.not_names()
    while i < n:
        cand = lengths.get(text[i])
        if not cand:
            i += 1
            continue
        hit = None
        for length in cand:
            form = text[i:i + length]
            if len(form) == length and form in forms:
                hit = form
                break
        if hit is None:
            i += 1
            continue
        end = i + len(hit)
        kind = forms[hit]
        ok = idx.is_boundary(i) and len(hit) >= 2 and not text.startswith(_NOT_AFTER, end)
        if kind == "short":
            tok = idx.token_at(i)
            county = _county_only(hit)
            ok = ok and idx.is_boundary(end) and (hit not in not_names or (not county and tok is not None
                                                                          and tok.tag in ("ns", "s")))
            ok = ok and tok is not None and (tok.tag in _PLACE_TAGS or tok.end > end)
            ok = ok and (not county or _coherent(text, hit))
        if ok:
            out.append(Candidate(i, end, "Place", f"gazetteer-{kind}", 0.85 if kind == "full" else 0.7, hit,
                                 kind="division"))
            i = end
        else:
            i += 1
    return out


def _county_only(form: str) -> bool:
    gaz = lexicon.gazetteer()
    return all(gaz.full[f].level == "county" for f in gaz.lookup(form))


def _coherent(text: str, form: str) -> bool:
    """A county's short form (建平, 沿河, 新建 are also common words) stands for the county only when
    the text also names it in full or names its prefecture or province (邵武 beside 南平)."""
    gaz = lexicon.gazetteer()
    if any(full in text for full in gaz.lookup(form)):
        return True
    for parent in gaz.parents(form):
        if parent in text or any(short in text for short in lexicon.short_forms(parent)):
            return True
    return False


def _suffix_hits(idx: TextIndex) -> list[Candidate]:
    suffixes = lexicon.place_suffixes()
    pattern = "|".join(sorted(suffixes, key=len, reverse=True))
    text, out = idx.text, []
    not_names = lexicon.not_names()
    seg_words = {"town": (2, 3), "water": (2, 3), "mountain": (2, 3)}
    for m in re.finditer(pattern, text):
        end = m.end()
        if not idx.is_boundary(end):
            continue  # 河堤, 山火, 镇政府 cut the suffix off a longer word
        lo, hi = seg_words[suffixes[m.group()]]
        start = idx.name_start(m.start(), max_chars=hi)
        if m.start() - start < lo:
            continue
        name = text[start:end]
        tok = idx.token_at(start)
        if name in not_names or text[start:m.start()] in not_names:
            continue
        if tok is not None and tok.start == start and tok.end == end and tok.tag not in ("ns", "nr", "nz", "x?"):
            continue  # one dictionary word that is not a place: 江山, 下山
        # a common word before the suffix (防汛河, 高山): not a proper name
        if tok is not None and tok.end == m.start() and tok.tag in ("n", "vn", "v", "a") and len(tok.text) >= 2 \
                and start == tok.start and m.start() - start == len(tok.text) \
                and not lexicon.gazetteer().lookup(tok.text) and (tok.tag != "n" or tok.text in not_names):
            continue
        out.append(Candidate(start, end, "Place", "place-suffix", 0.65, name, kind="suffix"))
    return out


def find_places(idx: TextIndex) -> list[Candidate]:
    """Place candidates in ``idx.text`` (may overlap; the overlap policy decides)."""
    return _gazetteer_hits(idx) + _suffix_hits(idx)
