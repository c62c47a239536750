"""Shared plumbing of the relation rules: lexicons, the per-document context, candidates.

Every rule family (``rel_*.py``) is a function ``rules(ctx) -> Iterator[Candidate]``. A Candidate is one
fact stated in one sentence; ``relations.find_relations`` checks types, merges identical facts and
keeps all their evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import accumulate
from operator import attrgetter
from typing import Any

from ..errors import DataFileError
from ..model import Document, LocalEntity, Mention, Sentence

__all__ = [
    "CLAUSE_BREAK",
    "Candidate",
    "Context",
    "Hit",
    "SentenceView",
    "build_context",
    "lexicon",
]

Key = tuple[str, str]

#: Characters that end a clause inside a sentence (both widths: sources mix them).
CLAUSE_BREAK = frozenset(",，;；:：。!！?？")

_CLAUSE_BREAK_RE = re.compile("[" + re.escape("".join(sorted(CLAUSE_BREAK))) + "]")

_NO_TYPES: frozenset[str] = frozenset()

ACTOR_TYPES = frozenset({"Person", "Company", "Organization"})
UNIT_TYPES = frozenset({"Company", "Organization"})


@cache
def lexicon(name: str) -> tuple[str, ...]:
    """The entries of ``kg/data/relations/<name>.txt``, longest first (so the first match is the longest).

    Blank lines and ``#`` comments are skipped; an entry with whitespace inside is an error.
    """
    path = resources.files("kg") / "data" / "relations" / f"{name}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        raise DataFileError(f"relation lexicon {name}.txt cannot be read: {exc}; reinstall kg") from exc
    entries: list[str] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        if any(ch.isspace() for ch in entry):
            raise DataFileError(f"{name}.txt line {lineno}: one entry per line, no spaces: {line!r}")
        entries.append(entry)
    return tuple(sorted(set(entries), key=lambda e: (-len(e), e)))


@cache
def lexicon_regex(name: str) -> re.Pattern[str]:
    """An alternation of the lexicon's entries, longest first."""
    return re.compile("|".join(re.escape(e) for e in lexicon(name)))


@dataclass(eq=False)
class Hit:
    """A mention of an entity, with the entity's key (references included).

    Not frozen (never changed all the same): a document builds hundreds, and a frozen dataclass sets
    each field through ``object.__setattr__``. Equality and hash are those of the frozen class, written
    out: mypyc ignores the generated ones in a class that defines ``__lt__``."""

    start: int
    end: int
    text: str
    type: str
    key: Key
    is_reference: bool

    def __lt__(self, other: Hit) -> bool:
        return (self.start, -self.end, self.key) < (other.start, -other.end, other.key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Hit)
        return (self.start, self.end, self.text, self.type, self.key, self.is_reference) == (
            other.start, other.end, other.text, other.type, other.key, other.is_reference)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text, self.type, self.key, self.is_reference))


@dataclass(unsafe_hash=True)
class Candidate:
    """One fact as one sentence states it, before type checks and merging (not frozen, never changed:
    built faster; equality and hash are those of the frozen class)."""

    head: Key
    predicate: str
    tail: Key
    start: int  # evidence span in Document.text (usually one sentence)
    end: int
    rule: str
    confidence: float
    qualifier: str | None = None
    reference: bool = False  # the link goes through a coreference mention


@dataclass(init=False)
class SentenceView:
    """A sentence and the mentions inside it, in text order.

    ``hits`` are the outermost mentions (what the rules read as a sequence); ``nested`` the mentions
    lying inside another one (青川某局 inside 青川某局某供电所), used only to know who is named.
    Built once per sentence of every document: a plain ``__init__`` sets every field in one go.
    """

    sentence: Sentence
    text: str
    hits: list[Hit]
    nested: list[Hit] = field(default_factory=list)
    _breaks: list[int] | None = field(default=None, repr=False)  # clause-break offsets, computed on demand
    _named: frozenset[Key] | None = field(default=None, repr=False)  # named_keys(), computed on demand
    # the sentence's offsets as plain attributes: rules read them hundreds of times per sentence
    start: int = field(init=False, repr=False)
    end: int = field(init=False, repr=False)
    events: list[Hit] = field(init=False, repr=False)  # the Event hits: many rules look only at these
    types: frozenset[str] = field(init=False, repr=False)  # the types of ``hits``: rules skip sentences by them
    index: int = field(default=0, repr=False)  # the position in Context.sentences
    #: results about this sentence that several rules ask for (made on demand, by the rule's module)
    memo: dict[str, Any] | None = field(default=None, repr=False)

    def __init__(self, sentence: Sentence, text: str, hits: list[Hit], nested: list[Hit] | None = None,
                 _breaks: list[int] | None = None, index: int = 0) -> None:
        self.sentence = sentence
        self.index = index
        self.memo = None
        self.text = text
        self.hits = hits
        self.nested = [] if nested is None else nested
        self._breaks = _breaks
        self._named = None
        self.start = sentence.start
        self.end = sentence.end
        if hits:
            self.types = types = frozenset(map(_hit_type, hits))
            self.events = [h for h in hits if h.type == "Event"] if "Event" in types else []
        else:
            self.events = []
            self.types = _NO_TYPES

    def named_keys(self) -> frozenset[Key]:
        """The keys of every mention of the sentence (outermost and nested); found once per sentence."""
        named = self._named
        if named is None:
            named = self._named = frozenset([h.key for h in self.hits] + [h.key for h in self.nested])
        return named

    def clause_bounds(self, index: int) -> tuple[int, int]:
        """Document offsets of the clause around ``index`` (bounded by , ; : and the sentence)."""
        breaks = self._breaks
        if breaks is None:
            # the breaks between two sentinels, start - 1 and end: every index then falls between two
            # entries and needs no clamping (this runs for every pair of mentions)
            start = self.start
            breaks = self._breaks = [start - 1, *[start + m.start() for m in _CLAUSE_BREAK_RE.finditer(self.text)], self.end]
        i = bisect_left(breaks, index, 1, len(breaks) - 1)
        return breaks[i - 1] + 1, breaks[i]

    def between(self, a: int, b: int) -> str:
        """Text of the document between offsets a and b (inside this sentence)."""
        return self.text[a - self.start:b - self.start]


@dataclass
class Context:
    """What every rule may look at for one document."""

    doc: Document
    entities: dict[Key, LocalEntity]
    by_surface: dict[str, Key]  # name or alias -> entity key (canonical names win)
    hits: list[Hit]
    sentences: list[SentenceView]
    main_company: Key | None
    cache: dict[str, Any] = field(default_factory=dict)  # results shared between rule families
    _surfaces: dict[Key, tuple[str, ...]] = field(default_factory=dict, repr=False)  # surfaces(), by key
    _with: dict[str, list[SentenceView]] = field(default_factory=dict, repr=False)  # views_with(), by kind
    _teaser: dict[int, bool] | None = field(default=None, repr=False)  # is_teaser(), by start (None: no teaser)
    _teaser_known: bool = field(default=False, repr=False)  # whether the article has a teaser was asked
    _typed: bool = field(default=False, repr=False)  # whether views_with's lists of every type are made

    def entity_named(self, surface: str, types: Iterable[str] | None = None) -> Key | None:
        key = self.by_surface.get(surface)
        if key is None or (types is not None and key[0] not in set(types)):
            return None
        return key

    def named_starts(self, key: Key) -> list[int]:
        """Sorted starts of the mentions that name ``key`` (references excluded)."""
        return self.named_starts_index().get(key, [])

    def named_starts_index(self) -> dict[Key, list[int]]:
        """named_starts of every key, indexed once per document (for callers asking it of many keys)."""
        index = self.cache.get("named-starts")
        if index is None:
            index = {}
            for h in self.hits:
                if not h.is_reference:
                    index.setdefault(h.key, []).append(h.start)
            for starts in index.values():
                starts.sort()
            self.cache["named-starts"] = index
        return index

    def views_naming(self, key: Key, nested: bool = True) -> list[SentenceView]:
        """The sentences, in text order, with a mention of ``key`` (among their outermost mentions
        only, unless ``nested``). Indexed once per document: rules ask this of many keys."""
        name = "views-naming" if nested else "views-hitting"
        index = self.cache.get(name)
        if index is None:
            index = {}
            for v in self.views_with("any"):  # (a sentence with nested mentions has outer ones)
                for hits in (v.hits, v.nested) if nested and v.nested else (v.hits,):
                    for h in hits:
                        views = index.get(h.key)
                        if views is None:
                            index[h.key] = [v]
                        elif views[-1] is not v:
                            views.append(v)
            self.cache[name] = index
        return index.get(key, [])

    def views_with(self, kind: str) -> list[SentenceView]:
        """The sentences, in text order, with an outermost mention of type ``kind`` (Person, Company,
        Organization, Event, Community, Place), of an actor type (``actor``: a person or a unit), of a unit
        type (``unit``), with two mentions or more (``2+``), or with any (``any``). Most rules read only
        such sentences: each walks its own short list, not every sentence of the article to skip most."""
        # (asked some 45 times per article: the lists live in a field of their own, one lookup away)
        index = self._with
        views = index.get(kind)
        if views is None:  # one list per kind asked for, each by one pass over the sentences
            if kind == "any":
                views = [v for v in self.sentences if v.hits]
            elif kind == "2+":
                views = [v for v in self.sentences if len(v.hits) >= 2]
            elif kind == "actor":
                views = [v for v in self.sentences if not v.types.isdisjoint(ACTOR_TYPES)]
            elif kind == "unit":
                views = [v for v in self.sentences if not v.types.isdisjoint(UNIT_TYPES)]
            elif not self._typed:
                # the list of every type, by one pass over the sentences that name something (rules ask
                # for five or six types per article: one pass over every sentence each)
                self._typed = True
                for v in self.views_with("any"):
                    for t in v.types:
                        typed = index.get(t)
                        if typed is None:
                            index[t] = [v]
                        else:
                            typed.append(v)
                views = index.get(kind)
                if views is None:
                    views = []
            else:
                views = []  # (no sentence names this type: the pass above made a list of every one named)
            index[kind] = views
        return views

    def surfaces(self, key: Key) -> tuple[str, ...]:
        """The entity's name and aliases (made once per entity: rules ask it of the same units again and again)."""
        found = self._surfaces.get(key)
        if found is None:
            ent = self.entities[key]
            found = self._surfaces[key] = (ent.name, *ent.aliases)
        return found

    def sentence_of(self, index: int) -> SentenceView | None:
        starts = self.cache.get("sentence-starts")
        if starts is None:
            starts = self.cache["sentence-starts"] = [s.start for s in self.sentences]
        i = bisect_left(starts, index + 1) - 1
        if i >= 0 and self.sentences[i].start <= index < self.sentences[i].end:
            return self.sentences[i]
        return None

    def is_teaser(self, start: int) -> bool:
        memo = self._teaser
        if memo is None:
            if self._teaser_known:  # most articles have no teaser at all: no lookups
                return False
            self._teaser_known = True
            if not _has_teaser(self.doc):
                return False
            memo = self._teaser = {}
        got = memo.get(start)
        if got is None:  # many candidates share a sentence
            sent = self.doc.sentence_at(start)
            got = memo[start] = (sent is not None and sent.section == "teaser") or self.doc.section_kind(start) == "teaser"
        return got


def _hits(ents: dict[Key, LocalEntity]) -> list[Hit]:
    # deduplicated and sorted as plain tuples (hashed and compared in C), each Hit built once
    rows = {(m.start, -m.end, key, m.text, m.is_reference) for key, ent in ents.items() for m in ent.mentions}
    return [Hit(start, -neg_end, text, key[0], key, ref) for start, neg_end, key, text, ref in sorted(rows)]


def _has_teaser(doc: Document) -> bool:
    """Whether any part of the article is a teaser (section or sentence): else none is asked about."""
    return any(s.kind == "teaser" for s in doc.sections) or any(s.section == "teaser" for s in doc.sentences)


def _with_extra(hits: list[Hit], extra: list[Hit]) -> list[Hit]:
    """``hits`` (sorted by _order, unique) with the ``extra`` ones not already among them, in order:
    inserted one by one instead of hashing and sorting every hit again."""
    out = list(hits)
    starts = [h.start for h in out]
    for e in extra:
        i = bisect_left(starts, e.start)
        while i < len(out) and out[i].start == e.start:
            if out[i] == e:
                break
            i += 1
        else:
            at = bisect_right(out, _order(e), key=_order)
            out.insert(at, e)
            starts.insert(at, e.start)
    return out


_hit_type = attrgetter("type")
_hit_end = attrgetter("end")


def _order(h: Hit) -> tuple[int, int, Key]:
    """The sort key of Hit.__lt__, for sorted(): a key function is much cheaper than __lt__ calls."""
    return (h.start, -h.end, h.key)


def _hit(m: Mention, key: Key) -> Hit:
    return Hit(m.start, m.end, m.text, key[0], key, m.is_reference)


def _main_company(hits: list[Hit], doc: Document) -> Key | None:
    """The company the article is about: the Company mentioned most often in the main text."""
    companies = [h for h in hits if h.type == "Company"]
    if any(s.kind == "teaser" for s in doc.sections):  # else section_kind never says teaser
        companies = [h for h in companies if doc.section_kind(h.start) != "teaser"]
    if not companies:
        return None
    counts = Counter(h.key for h in companies)  # (counted in C)
    first = {h.key: h.start for h in reversed(companies)}  # the earliest mention's start: hits are in text order
    return min(counts, key=lambda k: (-counts[k], first[k], k))


_REFERENCE = re.compile(r"该(公司|企业|局|厂|水电站|电站|站|所|中心|服务队|突击队|工作队|队|县|市|区|镇|乡|村|社区|街道)")
#: 该企业 is said of a customer enterprise, not of the grid companies the article is about.
_GRID_WORDS = re.compile(r"(供电|电网|国网|南网|电力公司)")


def _fits(noun: str, ent: LocalEntity) -> bool:
    """Whether ``该<noun>`` may refer to ``ent``: its name ends with the noun (企业: any non-grid company)."""
    if noun == "企业":
        return ent.type == "Company" and not _GRID_WORDS.search(ent.name)
    if noun.endswith("队"):
        return ent.type == "Organization" and ent.name.endswith(noun)
    return ent.type != "Person" and ent.name.endswith(noun)
_DIRECTIVE_SOURCE = re.compile(r"(根据|按照|落实|执行|贯彻)$")


def _party_references(doc: Document, ents: dict[Key, LocalEntity], by_surface: dict[str, Key],
                      hits: list[Hit]) -> list[Hit]:
    """该厂党委: a reference followed by a party suffix names the referent's party body, when that body
    is an entity (该厂 -> 某水电厂, so 该厂党委 -> 某水电厂党委)."""
    out = hits
    suffixes = lexicon_regex("party_suffixes")  # one match finds the first suffix of the lexicon's order
    for i, h in enumerate(hits):
        if not h.is_reference:
            continue
        m = suffixes.match(doc.text, h.end)
        if m is None or m.end() == h.end:  # (an empty lexicon's pattern matches nothing)
            continue
        suffix = m.group()
        ent = ents[h.key]
        body = next((by_surface[s + suffix] for s in (ent.name, *ent.aliases) if s + suffix in by_surface), None)
        if body is not None:
            end = h.end + len(suffix)
            if out is hits:
                out = list(hits)
            out[i] = Hit(h.start, end, doc.text[h.start:end], body[0], body, True)
    return sorted(set(out), key=_order) if out is not hits else hits


def _fallback_references(doc: Document, ents: dict[Key, LocalEntity], hits: list[Hit]) -> list[Hit]:
    """该县, 该厂 … that the recognizer left unresolved: the nearest entity before whose name ends with
    the noun (a directive's source, 根据某公司…, is not a topic), else the only such entity."""
    found = list(_REFERENCE.finditer(doc.text))
    if not found:
        return hits
    starts = [h.start for h in hits]
    max_len = max((h.end - h.start for h in hits), default=0)
    fitting: dict[str, list[Hit]] = {}  # suffix -> named mentions, in text order
    extra: list[Hit] = []
    for m in found:
        # covered by a mention? only mentions starting within max_len before can reach it
        lo = bisect_left(starts, m.start() - max_len)
        hi = bisect_left(starts, m.end())
        if any(hits[i].end > m.start() for i in range(lo, hi)):
            continue
        suffix = m.group(1)
        if suffix not in fitting:
            fitting[suffix] = [h for h in hits if not h.is_reference and _fits(suffix, ents[h.key])]
        options = fitting[suffix]
        cut = bisect_left([h.start for h in options], m.start())
        before = [h for h in options[max(0, cut - 8):cut] if h.end <= m.start()
                  and not _DIRECTIVE_SOURCE.search(doc.text[max(0, h.start - 4):h.start])]
        keys = {h.key for h in options}
        if before:
            key = before[-1].key
        elif len(keys) == 1:
            key = next(iter(keys))
        else:
            continue
        extra.append(Hit(m.start(), m.end(), m.group(), key[0], key, True))
    return _with_extra(hits, extra) if extra else hits


_PROVINCE_COMPANY_REF = re.compile(r"(?<![\u4e00-\u9fff])省公司|(?<=[、和与及的是在由为向对,，。:：“])省公司")
_PROVINCE_COMPANY = re.compile(r"省(电力|电网)(有限)?(责任)?公司$|^(广东|广西|云南|贵州|海南)电网(有限责任)?公司$")


def _province_company_references(doc: Document, ents: dict[Key, LocalEntity], hits: list[Hit]) -> list[Hit]:
    """省公司 (the provincial company, as its own staff write it): the article's one provincial grid company."""
    if "省公司" not in doc.text:  # both alternatives need it; the lookbehinds make the regex scan slow
        return hits
    found = list(_PROVINCE_COMPANY_REF.finditer(doc.text))
    if not found:
        return hits
    options = sorted(k for k, e in ents.items() if k[0] == "Company"
                     and any(_PROVINCE_COMPANY.search(s) for s in (e.name, *e.aliases)))
    if len(options) != 1:
        return hits
    covered = {i for h in hits for i in range(h.start, h.end)}
    extra = [Hit(m.start(), m.end(), m.group(), "Company", options[0], True)
             for m in found if m.start() not in covered]
    return _with_extra(hits, extra) if extra else hits


_PRONOUN = re.compile(r"(?<![其吉利])[他她](?![们人乡])")
_PRONOUN_AHEAD = re.compile("[他她](?![们人乡])")
_NOT_PRONOUN_AFTER = "其吉利"  # _PRONOUN's lookbehind
_PRONOUN_WINDOW = 2  # sentences back to look for the person a pronoun stands for
#: A person named as the one served (村民某某, 独居老人某某家) in the pronoun's own sentence is not the one
#: it stands for in these stories: 他 there is the worker who served them, named before.
_RESIDENT_BEFORE = re.compile(r"(?:村民|居民|老人|群众|住户|户主|农户|患者|病人|老党员|业主|留守儿童|贫困户|脱贫户|低保户|五保户|残疾人)$")
_RESIDENT_AFTER = re.compile(r"家(?![属人])")


def _is_resident(text: str, h: Hit) -> bool:
    """村民某某 / 居民某某 / 某某家: a person the story serves, not one who works in it."""
    return bool(_RESIDENT_BEFORE.search(text, max(0, h.start - 6), h.start)) or bool(_RESIDENT_AFTER.match(text, h.end))


def _pronoun_matches(text: str) -> list[re.Match[str]]:
    """The matches of _PRONOUN in ``text``, found by the pattern without its opening lookbehind (which
    makes re try it at every character) and the character before checked here."""
    return [m for m in _PRONOUN_AHEAD.finditer(text) if m.start() == 0 or text[m.start() - 1] not in _NOT_PRONOUN_AFTER]


def _pronoun_references(doc: Document, hits: list[Hit], sentences: list[Sentence]) -> list[Hit]:
    """他/她 in the article: the person named last before it, in its sentence or the two before."""
    text = doc.text
    found = _pronoun_matches(text)
    if not found:
        return hits
    persons = [h for h in hits if h.type == "Person" and not h.is_reference]
    if not persons:
        return hits
    starts = [h.start for h in persons]
    sent_starts = [s.start for s in sentences]
    # a pronoun inside a mention is no reference (none counted with 200 pronouns or more): it is inside
    # one when the furthest end of the mentions starting at or before it lies beyond it (ends made
    # cumulative by accumulate, in C: no scan of the mentions around each pronoun)
    count_covered = len(found) < 200
    hit_starts = [h.start for h in hits]
    reach = list(accumulate(map(_hit_end, hits), max))
    extra = []
    for m in found:
        at = m.start()
        i = bisect_left(starts, at) - 1
        if i < 0:
            continue
        if count_covered:
            k = bisect_left(hit_starts, at + 1) - 1  # (i >= 0: a person starts before the pronoun)
            if reach[k] > at:
                continue
        if doc.section_kind(at) != "main":
            continue
        si = bisect_left(sent_starts, m.start() + 1) - 1
        pi = bisect_left(sent_starts, persons[i].start + 1) - 1
        while i > 0 and pi == si and _is_resident(text, persons[i]):
            # 老人某某家线路老化,他带着…: a resident in the pronoun's own clause chain is what the worker
            # served (a resident closing the sentence before, then 他, is the new topic: kept)
            i -= 1
            pi = bisect_left(sent_starts, persons[i].start + 1) - 1
        if si - pi > _PRONOUN_WINDOW or si < 0 or sentences[si].section != "main" or sentences[pi].section != "main":
            continue
        extra.append(Hit(m.start(), m.end(), m.group(), "Person", persons[i].key, True))
    return _with_extra(hits, extra) if extra else hits


#: An event's head noun opening a clause (竞赛由…承办, 大会由…主办) or 会上: the event named just before.
_EVENT_HEAD = re.compile(r"(?:(?:^|(?<=[,，。;；]))(?:在)?|(?<=在))(大会|会议|竞赛|比赛|活动|演练|仪式|行动|会)(?=由|在|将|于|定于|上|现场|期间)")
_EVENT_WINDOW = 2
#: What any match of _EVENT_HEAD inside a sentence also matches in the whole text: a cheap pre-check.
_EVENT_HEAD_ANYWHERE = re.compile(r"(?:大会|会议|竞赛|比赛|活动|演练|仪式|行动|会)(?=由|在|将|于|定于|上|现场|期间)")


def _event_references(doc: Document, ents: dict[Key, LocalEntity], hits: list[Hit],
                      sentences: list[Sentence]) -> list[Hit]:
    """竞赛由某局承办 / 在会上: the head noun stands for the last event of the two sentences before
    (or of its own) whose name ends with it (会 for any meeting: 推进会, 座谈会)."""
    if not _EVENT_HEAD_ANYWHERE.search(doc.text):
        return hits
    events = [h for h in hits if h.type == "Event" and not h.is_reference]
    if not events:
        return hits
    sent_starts = [s.start for s in sentences]
    extra = []
    for sent in sentences:
        text = doc.text[sent.start:sent.end]
        for m in _EVENT_HEAD.finditer(text):
            at = sent.start + m.start(1)
            noun = m.group(1)
            if m.start() > 0 and text[m.start() - 1] not in ",，。;；在":
                continue  # mid-clause only as 在会上
            if noun == "会" and not text.startswith("上", m.end(1)):
                continue
            si = bisect_left(sent_starts, at + 1) - 1
            before = [h for h in events if h.end <= at and si - (bisect_left(sent_starts, h.start + 1) - 1) <= _EVENT_WINDOW
                      and any(s.endswith(noun) for s in (ents[h.key].name, *ents[h.key].aliases))]
            if before and not any(h.start <= at < h.end for h in hits):
                extra.append(Hit(at, at + len(noun), noun, "Event", before[-1].key, True))
    return _with_extra(hits, extra) if extra else hits


def build_context(doc: Document, entities: Iterable[LocalEntity]) -> Context:
    """Index the entities' mentions by sentence. Linear in mentions + sentences."""
    ents = {e.key: e for e in entities}
    by_surface: dict[str, Key] = {}
    keys = sorted(ents)
    for key in keys:
        for alias in ents[key].aliases:
            by_surface.setdefault(alias, key)
    for key in keys:
        by_surface[ents[key].name] = key
    hits = _party_references(doc, ents, by_surface, _fallback_references(doc, ents, _hits(ents)))
    hits = _province_company_references(doc, ents, hits)
    sentences = list(doc.sentences) or [Sentence(0, len(doc.text))]
    hits = _pronoun_references(doc, hits, sentences)
    hits = _event_references(doc, ents, hits, sentences)
    views: list[SentenceView] = []
    starts = [h.start for h in hits]
    n = len(starts)
    text = doc.text
    for index, s in enumerate(sentences):
        # the mentions starting in the sentence, found by bisection (most sentences name one or none)
        s_start, s_end = s.start, s.end
        i = bisect_left(starts, s_start)
        if i == n or starts[i] >= s_end:  # a third of the sentences name nothing
            views.append(SentenceView(s, text[s_start:s_end], [], None, None, index))  # (positional: cheaper)
            continue
        outer: list[Hit] = []
        nested: list[Hit] = []
        last: Hit | None = None  # outer[-1]
        while i < n and starts[i] < s_end:  # sorted by start, longest first
            h = hits[i]
            i += 1
            if h.end > s_end:
                continue
            if last is not None and h.end <= last.end:  # (h.start >= last.start: hits come by start)
                nested.append(h)
            else:
                outer.append(h)
                last = h
        views.append(SentenceView(s, text[s_start:s_end], outer, nested, None, index))
    return Context(doc, ents, by_surface, hits, views, _main_company(hits, doc))


def span_hits(view: SentenceView, start: int, end: int) -> list[Hit]:
    """Mentions of ``view`` lying inside [start, end)."""
    return [h for h in view.hits if h.start >= start and h.end <= end]


def iter_views(ctx: Context, min_hits: int = 2) -> Iterator[SentenceView]:
    """Sentences with at least ``min_hits`` mentions: the only ones worth a regex."""
    for v in ctx.sentences:
        if len(v.hits) >= min_hits:
            yield v
