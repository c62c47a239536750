"""locatedIn: only where the text places the entity, never from a unit's name alone.

- ``address``: a place written right before a community, organisation or event (某省某市某社区 ->
  the community is in 某市, the nearest); a company only after a reference (该县某供电所);
- ``customer-address``: 走访了某区某镇(的)某米业有限公司: a company that is no grid or power unit is in the
  place written right before it;
- ``address-prefix``: a mention whose text starts with another place's name (某区某中学, 某街某村村委):
  the text writes the address into the name (companies excluded, and party bodies);
- ``in-place``: 在某县,某服务队…: the first organisation, community or event after the phrase;
- ``dated-event``: a dated event (2月4日 … 检查) in a sentence naming a place: the nearest place;
- ``held-in-places``: U在甲县、乙县集中推进/开展 EVENT: the event is held in each listed place;
- ``held-at``: EVENT在某地(某街道的采血点)举行; ``struck-place``: 某省西部遭遇…凝冻天气;
- ``noun-lies-in``: 这座风电场位于某旗, 项目部位于某乡, 这个地处某市某镇的供电所: a bare noun standing for
  the unit or work the article names (the one named last before it, or the only one).
Government bureaus (某县应急管理局), media outlets (某县融媒体中心, 某市日报) and an area's own committee or
office (某社区居民委员会, 某街道办事处) get no location from their name: annotators never give one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from .rel_base import Candidate, Context, Hit, Key, SentenceView, lexicon

__all__ = ["location_rules"]

_PLACES = ("Place", "Community")
_PLACE_SET = frozenset(_PLACES)
_LOCATED = ("Community", "Organization", "Event")
_LOCATED_SET = frozenset(_LOCATED)
_DATE = re.compile(r"\d{1,2}月(\d{1,2}日|初|中旬|下旬|底)|\d{1,2}日")
_IN = re.compile(r"在$")
_COMPANY_WORDS = re.compile(r"(公司|供电|电力|电网|集团)")
#: Grid and power companies: their names, not an address, say where they work.
_GRID_WORDS = re.compile(r"(供电|电力|电网|国网|南网|能源|发电|电站|风电|光伏|水电|核电|送变电|电建)")


_LIST_SEP = ("、", "和", "及", "与", "以及")
#: A Community that holds communities of its own (a street office, a town written as a community).
_STREET_ENDS = ("街道", "镇", "乡")


def _address(ctx: Context, v: SentenceView, prefixed: set[int]) -> Iterator[Candidate]:
    hits = v.hits
    for a, b in pairwise(hits):
        if a.type == "Place" and b.type == "Company" and v.between(a.end, b.start) in ("", "的") \
                and not _GRID_WORDS.search(ctx.entities[b.key].name) and not b.is_reference:
            # 走访了某区某镇的某米业有限公司: a customer's address (grid units are never placed by one)
            yield Candidate(b.key, "locatedIn", a.key, v.start, v.end, "customer-address", 0.7)
            continue
        town = a.type == "Place" or (a.type == "Community" and a.text.endswith(_STREET_ENDS))
        if a.type not in _PLACES or (a.end != b.start and not (
                town and b.type == "Community" and v.between(a.end, b.start) == "的")):
            continue  # (某镇的甲村和乙村: a town's villages; 某街道的甲社区: a street's communities)
        if b.start in prefixed:
            # 某区 + 某街道某社区: the community has a nearer place; the first part of its address
            # (某街道, written inside the mention) lies in 某区.
            inner = next((n for n in v.nested if n.start == b.start and n.end < b.end and n.type == "Community"), None)
            if inner is None:
                continue
            b = inner
        # Place -> Place is proposed too: the type check drops it and reports it (the schema has no
        # Place head), so containment the text states stays visible in the dropped list.
        if b.type in _LOCATED or b.type == "Place" or (b.type == "Company" and a.is_reference):
            if b.type == "Organization" and _is_party_or_unit(ctx, b.key):
                body = next((x for x in (*lexicon("party_suffixes"), *_OWN_BODY) if b.text.endswith(x)), None)
                community = ctx.entity_named(b.text[:-len(body)], ("Community",)) if body else None
                in_body = list(_address_in_body(v, a, b)) if a.type == "Place" else []
                if in_body:  # (某街道某社区党委: the street comes first, even where 某街道某社区 is an alias)
                    yield from in_body
                    continue
                if community is not None and a.type == "Place":
                    # 某镇某村党支部: the village whose branch it is lies in the town
                    yield Candidate(community, "locatedIn", a.key, v.start, v.end, "address", 0.75,
                                    reference=a.is_reference)
                continue
            yield Candidate(b.key, "locatedIn", a.key, v.start, v.end, "address", 0.8, reference=a.is_reference)
            if b.type == "Community" and town:
                # 某镇甲村、乙村 / 某镇的甲村和乙村: the villages listed after the first lie in the town too
                prev = b
                for c in (h for h in hits if h.start >= b.end):
                    if c.type != "Community" or v.between(prev.end, c.start) not in _LIST_SEP \
                            or c.text.endswith(("街道", "镇", "乡")) or any(h.start == c.end for h in hits):
                        break  # 某镇甲村、某街道乙社区: the next item is an address of its own
                    prev = c
                    yield Candidate(c.key, "locatedIn", a.key, v.start, v.end, "address-list", 0.7,
                                    reference=a.is_reference)


def _address_in_body(v: SentenceView, a: Hit, body: Hit) -> Iterator[Candidate]:
    """某县|某街道某社区党总支: the body's name holds the street and its community (nested mentions); the
    street lies in the place before the body, the community in the street."""
    inner = sorted((n for n in v.nested if body.start <= n.start and n.end < body.end and n.type == "Community"),
                   key=lambda n: (n.start, n.end))
    if len(inner) < 2 or inner[0].start != body.start or inner[0].end != inner[1].start:
        return  # (a body of one village, 某村党支部, is placed through the village below)
    yield Candidate(inner[0].key, "locatedIn", a.key, v.start, v.end, "address", 0.75, reference=a.is_reference)
    for x, y in pairwise(inner):
        if x.end == y.start and x.key != y.key:
            yield Candidate(y.key, "locatedIn", x.key, v.start, v.end, "address", 0.75)


_INCLUDES = re.compile(r"^[,，]?(?:包括|包含|辖|下辖|管辖|所辖|辖区内?)(?:了|的)?$")


def _town_includes(v: SentenceView) -> Iterator[Candidate]:
    """某镇,包括甲村和乙村 / 某街道下辖的甲社区、乙社区: the villages a town (or street) is said to include
    lie in it."""
    hits = v.hits
    for i, a in enumerate(hits[:-1]):
        if not (a.type == "Place" and a.text.endswith(("镇", "乡")) or a.type == "Community"
                and a.text.endswith(_STREET_ENDS)) or not _INCLUDES.match(v.between(a.end, hits[i + 1].start)):
            continue
        prev = None
        for c in hits[i + 1:]:
            if c.type != "Community" or c.text.endswith(_STREET_ENDS) or (
                    prev is not None and v.between(prev.end, c.start) not in _LIST_SEP):
                break  # the list ends at anything that is not one more village
            prev = c
            yield Candidate(c.key, "locatedIn", a.key, v.start, v.end, "address-includes", 0.7,
                            reference=a.is_reference)


#: Party committees and governments of an administrative area (某市委, 某县人民政府): named after the
#: area they govern, which is not an address.
_GOVERNING = re.compile(r"([省市县区州旗盟]委(员会)?|[省市县区州旗]?(人民)?政府|[\u4e00-\u9fff]办|总?工会|妇联|团委|局|厅|办公室|指挥部"
                        r"|消防救援(大队|支队|总队|站)|消防(大队|支队)|交警(大队|支队)|派出所|人民武装部|武装部"
                        r"|组织部|宣传部|统战部|委员会|管委会|考试中心)$")


#: Media outlets (某县融媒体中心, 某市日报) are named after the area they report on, not placed in it.
_MEDIA = re.compile(r"(融媒体中心|日报|晚报|报社|电视台|广播电视台|新闻中心|新闻网)$")
#: The committee or office of the area it is named after (某社区居民委员会, 某街道办事处): the area's own
#: body, not an address (annotators never give one).
_OWN_BODY = ("居民委员会", "居委会", "村民委员会", "村委会", "办事处", "街道办")


def _is_party_or_unit(ctx: Context, key: Key) -> bool:
    return _party_or_unit_name(ctx.entities[key].name)


@lru_cache(maxsize=8192)  # pure over the lexicon; names recur across articles, and each mention asks
def _party_or_unit_name(name: str) -> bool:
    return name.endswith(lexicon("party_suffixes")) or bool(
        _COMPANY_WORDS.search(name) or _GOVERNING.search(name) or _MEDIA.search(name))


def _prefix_places(ctx: Context) -> dict[str, list[tuple[str, Key]]]:
    """Place surfaces by first character (a name can only start with those sharing its first), each
    list longest first."""
    out = [(s, k) for k in ctx.entities if k[0] in _PLACES for s in ctx.surfaces(k) if len(s) >= 2]
    by_first: dict[str, list[tuple[str, Key]]] = {}
    for p in sorted(out, key=lambda p: (-len(p[0]), p)):
        by_first.setdefault(p[0][0], []).append(p)
    return by_first


def _address_prefix(ctx: Context, by_first: dict[str, list[tuple[str, Key]]], v: SentenceView,
                    silent: dict[Key, Key]) -> Iterator[Candidate]:
    for h in v.hits:
        if h.type not in _LOCATED or h.is_reference:
            continue
        if h.type == "Event" and not _DISASTER.search(ctx.entities[h.key].name):
            continue
        if h.type == "Organization" and _is_party_or_unit(ctx, h.key):
            continue
        found = _prefix_place(by_first, h)
        if found is None:
            continue
        key, rest = found
        if h.type == "Organization" and (_city_level(ctx.entities[key].name) or rest.startswith("人民")):
            # 某市第一中学, 某县人民医院: the city's or county's own institution, not an address; still
            # where a happening at it takes place (到某市某医院开展巡视)
            silent.setdefault(h.key, key)
            continue
        yield Candidate(h.key, "locatedIn", key, v.start, v.end, "address-prefix", 0.7)


def _prefix_place(by_first: dict[str, list[tuple[str, Key]]], h: Hit) -> tuple[Key, str] | None:
    """The innermost place an address written into the mention names (某市某区某街道办事处 -> 某区), and
    what follows it; None when the mention holds no place before its own name, or is the area's own body."""
    text, found = h.text, None
    while True:
        nxt = next(((s, k) for s, k in by_first.get(text[:1], ()) if k != h.key and text.startswith(s)
                    and len(text) > len(s)), None)
        if nxt is None or text[len(nxt[0]):] in _OWN_BODY:
            break
        found, text = (nxt[1], text[len(nxt[0]):]), text[len(nxt[0]):]
    return found


def _city_level(name: str) -> bool:
    """A province or prefecture (its institutions carry its name; a county's may be placed by it)."""
    from .. import lexicon as place_lexicon

    gaz = place_lexicon.gazetteer()
    return any(gaz.full[f].level in ("province", "prefecture") for f in gaz.lookup(name))


def _clause_subject_unit(v: SentenceView, index: int, clause_start: int) -> Hit | None:
    """在某市,某公司(下属的某县公司)出动…: the company opening the clause, when it acts itself (not
    when it only describes a person: 某公司所长张三带领…)."""
    hits = v.hits[index:]
    if not hits or hits[0].type != "Company" or hits[0].start != clause_start:
        return None
    i = 0
    while i + 1 < len(hits) and hits[i + 1].type == "Company" and _AFFILIATED.match(v.between(hits[i].end, hits[i + 1].start)):
        i += 1
    unit = hits[i]
    _, clause_end = v.clause_bounds(unit.end)
    if unit.is_reference or any(h.type == "Person" and h.start < clause_end for h in hits[i + 1:]):
        return None
    return unit


def _in_place(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    for i, h in enumerate(v.hits):
        if h.type not in _PLACES:
            continue
        j = i
        while j + 1 < len(v.hits) and v.hits[j + 1].start == v.hits[j].end and v.hits[j + 1].type in _PLACES:
            j += 1
        last = v.hits[j]
        if not _IN.search(v.text[:h.start - v.start]) or v.text[last.end - v.start:last.end - v.start + 1] not in ",，":
            continue
        # 在某街道,某服务队与某社区签订…: a community of the sentence is what the phrase places.
        later = [t for t in v.hits[j + 1:] if t.type in ("Organization", "Event", "Community")]
        subject = _clause_subject_unit(v, j + 1, last.end + 1)
        if subject is None and j + 2 < len(v.hits) and v.hits[j + 1].start == last.end + 1 \
                and v.hits[j + 1].type == "Company" and not v.hits[j + 1].is_reference \
                and v.hits[j + 2].type == "Person" and v.between(v.hits[j + 1].end, v.hits[j + 2].start) == "的":
            continue  # 在某区,某公司的张三…: the clause is about the unit's people (rel_backoff's scene)
        if subject is not None:
            if last.type == "Place" and _is_division(ctx.entities[last.key].name):
                yield Candidate(subject.key, "locatedIn", last.key, v.start, v.end, "in-place", 0.7)
                # 在某县,某供电局的抢修队伍…进入某村: the village it works in lies in the county
                village = next((t for t in v.hits[j + 2:] if t.type == "Community" and not t.is_reference
                                and not any(p.end == t.start and p.type in _PLACES for p in v.hits)), None)
                if village is not None:
                    # 某街道某社区 written as one mention: the phrase places the outer part
                    outer = [n for n in v.nested if n.start == village.start and n.end < village.end
                             and n.type in _PLACES]
                    where = min(outer, key=lambda n: n.end).key if outer else village.key
                    yield Candidate(where, "locatedIn", last.key, v.start, v.end, "in-place", 0.65)
            continue  # 在某镇/某村,某供电局…: a unit working in a town or village is not placed there
        _, clause_end = v.clause_bounds(last.end + 1)
        target = next((t for t in later if t.type == "Community" and t.end <= clause_end
                       and not any(p.end == t.start and p.type in _PLACES for p in v.hits)),
                      later[0] if later else None)
        if target is not None and target.type == "Organization" and last.type == "Community" \
                and _is_party_or_unit(ctx, target.key):
            continue  # 在某村,驻村第一书记、某局干部…: the village is where the body's cadre serves
        if target is not None:
            # 在某区,…到某街道某社区 written as one mention: the phrase places the outer part.
            outer = [n for n in v.nested if n.start == target.start and n.end < target.end and n.type in _PLACES]
            if target.type == "Community" and outer:
                target = min(outer, key=lambda n: n.end)
            yield Candidate(target.key, "locatedIn", last.key, v.start, v.end, "in-place", 0.7)


_ONSET = re.compile(r"^[^,，。;；]{0,3}?(突袭|来袭|侵袭|袭击|爆发|暴发|发生|肆虐)")


_AFFILIATED = re.compile(r"^(?:所属|下属|下辖|旗下|下设)的?$")
_PARTNER = re.compile(r"(?:与|和|同|联合)$")


def _address_start(v: SentenceView, h: Hit) -> int:
    """Start of the address a place mention ends (某街道某社区 -> the start of 某街道)."""
    start = h.start
    for p in reversed([p for p in v.hits if p.end <= h.start]):
        if p.end != start or p.type not in _PLACES:
            break
        start = p.start
    return start


#: Travel verbs: a place after them is where people went, not where the happening is.
_GONE_TO = re.compile(r"赶赴|奔赴|前往|赶往|驰援|支援")


def _dated_events(ctx: Context, v: SentenceView, derived: dict[Key, Key]) -> Iterator[Candidate]:
    """A dated happening: an event after a date that is what a verb acts on (开展某检查, 进行核查) or
    that strikes (某疫情突袭): not a campaign merely named in passing."""
    from .rel_events import _verb_before_memo

    for e in v.hits:
        if e.type != "Event" or not _DATE.search(v.text[:e.start - v.start]):
            continue
        if _verb_before_memo(ctx, v, e) is None and not _ONSET.match(v.text[e.end - v.start:]):
            continue
        # 甲与某社区举行…: a partner of the event is not where it happens.
        before = [(h.start, h.key) for h in v.hits if h.type in _PLACES and h.end <= e.start
                  and not _PARTNER.search(v.text[:_address_start(v, h) - v.start])]
        before += [(h.start - 1, derived[h.key]) for h in v.hits if h.key in derived and h.end <= e.start
                   and not _PARTNER.search(v.text[:h.start - v.start])]
        # after it, a place of its own clause or of the next (开展某检查,在某镇…), not one that people
        # later travel to (启动某响应,局长某某连夜赶赴某县)
        _, hi = v.clause_bounds(e.end)
        _, hi2 = v.clause_bounds(min(hi + 1, v.end))
        after = [(h.start, h.key) for h in v.hits if h.type in _PLACES and h.start >= e.end
                 and (h.start < hi or (h.start < hi2 and not _GONE_TO.search(v.between(hi, h.start))))]
        # 在某县某镇的某村开展…: a happening is placed in the innermost place, not a village or
        # community of the address (a community alone is only the venue's neighbourhood)
        before = [b for b in before if b[1][0] == "Place"]
        if before:
            place = max(before)[1]
        elif after:
            place = _innermost_from(v, min(after)[0])
        else:
            continue
        yield Candidate(e.key, "locatedIn", place, v.start, v.end, "dated-event", 0.6)


def _innermost_from(v: SentenceView, start: int) -> Key:
    """The last level of the address that opens at ``start`` (来到某区某街道某社区 -> the community): after a
    happening, the writer goes on to name where exactly it took place."""
    chain = [h for h in v.hits if h.start == start and h.type in _PLACES][:1]
    for h in v.hits:
        if chain and h.start == chain[-1].end and h.type in _PLACES:
            chain.append(h)
    return chain[-1].key


_LIES_IN = re.compile(r"^(?:位于|地处|坐落于|坐落在|地属|隶属于|隶属|属于|地处于)$")


def _lies_in(v: SentenceView) -> Iterator[Candidate]:
    """某社区位于某市某区: the last place of the address after the verb."""
    for i, h in enumerate(v.hits[:-1]):
        if h.type not in _LOCATED and h.type != "Company":
            continue
        nxt = v.hits[i + 1]
        if nxt.type not in _PLACES or not _LIES_IN.match(v.between(h.end, nxt.start)):
            continue
        last = nxt
        for t in v.hits[i + 2:]:
            if t.start != last.end or t.type not in _PLACES:
                break
            last = t
        yield Candidate(h.key, "locatedIn", last.key, v.start, v.end, "lies-in", 0.8)


#: 这座风电场位于某旗 / 该站位于某镇 / 项目部位于某乡 / 这个地处某镇的供电所: a unit or work written as a
#: bare noun (a reference to the one the article names) and where it lies.
_NOUNS = r"风电场|光伏电站|水电站|电站|电厂|变电站|换流站|站|供电所|服务站|项目部|工程|景区|合作社"
_NOUN_LIES = re.compile(r"(?:这座|这个|这家|这项|这处|该)?(" + _NOUNS + r")(?:位于|地处|坐落于|坐落在)$")
_NOUN_AFTER = re.compile(r"的(?:这座|这个|这家|这项|这处)?(" + _NOUNS + r")")
_LIES_WORD = re.compile(r"(?:位于|地处|坐落于|坐落在)$")


def _noun_entity(ctx: Context, noun: str, before: int) -> Key | None:
    """The entity a bare noun stands for: the one named last before ``before`` whose name ends with it
    (an event's name only has to hold it: 某变电站主体工程)."""
    best: tuple[int, Key] | None = None
    fitting = []
    for k, ent in sorted(ctx.entities.items()):
        if k[0] not in ("Company", "Organization", "Event"):
            continue
        fits = ent.name.endswith(noun) if k[0] != "Event" else noun in ent.name and len(noun) >= 2
        if not fits:
            continue
        fitting.append(k)
        starts = [p for p in ctx.named_starts(k) if p < before]
        if starts and (best is None or starts[-1] > best[0]):
            best = (starts[-1], k)
    if best is None and len(fitting) == 1:
        return fitting[0]  # 这个地处某镇的供电所 opening a feature: the one such unit it names later
    return best[1] if best else None


def _noun_lies_in(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    hits = v.hits
    for i, p in enumerate(hits):
        if p.type not in _PLACES:
            continue
        if i > 0 and hits[i - 1].end == p.start and hits[i - 1].type in _PLACES:
            continue  # inside an address: its first place is where the verb is read
        m = _NOUN_LIES.search(v.text[:p.start - v.start])
        lie = _LIES_WORD.search(v.text[:p.start - v.start]) if m is None else None
        if m is None and lie is None:
            continue
        last = p
        for t in hits[i + 1:]:
            if t.start != last.end or t.type not in _PLACES:
                break
            last = t
        if m is not None:
            if any(h.end == v.start + m.start() for h in hits):
                continue  # 某风电场位于…: the named one is read by the lies-in rule
            noun, at = m.group(1), v.start + m.start()
        else:
            after = _NOUN_AFTER.match(v.text, last.end - v.start)
            if after is None or any(h.start == v.start + after.start(1) for h in hits):
                continue
            noun, at = after.group(1), v.start + after.start(1)
        head = _noun_entity(ctx, noun, at)
        if head is not None:
            yield Candidate(head, "locatedIn", last.key, v.start, v.end, "noun-lies-in", 0.7, reference=True)


_WITHIN = re.compile(r"^(?:内|境内|辖区内|区内|上游|下游|沿岸|附近|一带|城?[东南西北]边|城?[东南西北]部|城?郊区?|周边|深处)的$")
_LANDFALL = re.compile(r"^(?:[^,，。;；]{0,4}?)(?:沿海|境内|一带)?(?:登陆|过境|肆虐|爆发|暴发|发生)")


def _within(v: SentenceView) -> Iterator[Candidate]:
    """某开发区内的某公司, (位于)某江上游的某水电站: the unit lies in the place."""
    for i, h in enumerate(v.hits[:-1]):
        if h.type not in _PLACES:
            continue
        nxt = v.hits[i + 1]
        if nxt.type not in ("Company", "Organization", "Community") or not _WITHIN.match(v.between(h.end, nxt.start)):
            continue
        yield Candidate(nxt.key, "locatedIn", h.key, v.start, v.end, "within", 0.7)


def _is_division(name: str) -> bool:
    from .. import lexicon as place_lexicon

    return bool(place_lexicon.gazetteer().lookup(name))


def _landfall(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    """台风“某某”在某市某区沿海登陆: the event happens at the last place of the address."""
    for i, e in enumerate(v.hits[:-1]):
        if e.type != "Event" or v.text[e.end - v.start:e.end - v.start + 1] != "在":
            continue
        places = []
        pos = e.end + 1
        for h in v.hits[i + 1:]:
            if h.start != pos or h.type not in _PLACES:
                break
            places.append(h)
            pos = h.end
        if places and _LANDFALL.match(v.text[pos - v.start:]):
            # 在某省某市某岛沿海登陆: the division the island lies in, not the island
            where = places[-1]
            if len(places) > 1 and ctx.entities[where.key].name.endswith("岛") \
                    and _is_division(ctx.entities[places[-2].key].name):
                where = places[-2]
            yield Candidate(e.key, "locatedIn", where.key, v.start, v.end, "event-in-place", 0.7)


#: Happenings whose name may start with where they happen (某河2020年第1号洪水).
_DISASTER = re.compile(r"(洪水|洪峰|暴雨|大暴雨|降雨|台风|地震|暴雪|冰冻|寒潮|山火|泥石流|疫情|抢险|救灾)$")


_DISASTER_NAME = re.compile(r"(洪水|暴雨|降雨|台风|地震|暴雪|冰冻|寒潮|山火|泥石流|疫情)")
_STRUCK = re.compile(r"^(?:[东南西北中]部|沿海|山区|城区|东南|西南|东北|西北)?(?:地区|全市|全县|全区|全境|境内|市区|县城|多地)?"
                     r"(?:遭遇|遭受|突降|出现|经历)")


def _struck(v: SentenceView) -> Iterator[Candidate]:
    """6月1日至3日,某市遭遇…强降雨: the happening (named by its dates, or after the verb) struck the place."""
    for i, p in enumerate(v.hits):
        if p.type != "Place" or not _STRUCK.match(v.text[p.end - v.start:]):
            continue
        _, hi = v.clause_bounds(p.start)
        before = v.hits[i - 1] if i else None
        events = [h for h in v.hits[i + 1:] if h.type == "Event" and h.end <= hi]
        if not events:  # 某市遭遇…降雪,“某某”暴雪导致…: a disaster named in the next clause
            events = [h for h in v.hits[i + 1:] if h.type == "Event" and _DISASTER_NAME.search(h.text)][:1]
        if before is not None and before.type == "Event" and v.between(before.end, p.start) in (",", "，", ""):
            events.insert(0, before)
        for e in events[:1]:
            yield Candidate(e.key, "locatedIn", p.key, v.start, v.end, "struck-place", 0.7)


_LIES_BEFORE = re.compile(r"(?:位于|地处|坐落于|坐落在)$")


def _lying_in(v: SentenceView) -> Iterator[Candidate]:
    """位于某市某镇的某供电所: the entity after 的 lies in the last place of the address."""
    hits = v.hits
    i = 0
    while i < len(hits):
        h = hits[i]
        if h.type not in _PLACES or not _LIES_BEFORE.search(v.text[:h.start - v.start]):
            i += 1
            continue
        j = i
        while j + 1 < len(hits) and hits[j + 1].start == hits[j].end and hits[j + 1].type in _PLACES:
            j += 1
        last = hits[j]
        nxt = hits[j + 1] if j + 1 < len(hits) else None
        if nxt is not None and nxt.start == last.end + 1 and v.text[last.end - v.start] == "的" \
                and (nxt.type in _LOCATED or nxt.type == "Company"):
            yield Candidate(nxt.key, "locatedIn", last.key, v.start, v.end, "lying-in", 0.8)
        i = j + 1


def _bracketed(v: SentenceView) -> Iterator[Candidate]:
    """某中学(某区): the place in brackets right after the name."""
    for a, b in zip(v.hits, v.hits[1:]):
        if a.type in _LOCATED and b.type in _PLACES and v.between(a.end, b.start) in ("(", "（") \
                and v.text[b.end - v.start:b.end - v.start + 1] in (")", "）"):
            yield Candidate(a.key, "locatedIn", b.key, v.start, v.end, "bracketed-place", 0.8)


def _of_place(v: SentenceView) -> Iterator[Candidate]:
    """某岛的某村: a community written after its place and 的."""
    for a, b in zip(v.hits, v.hits[1:]):
        if a.type in _PLACES and b.type == "Community" and v.between(a.end, b.start) == "的":
            yield Candidate(b.key, "locatedIn", a.key, v.start, v.end, "address-of", 0.7)


#: 某市开展新一轮某检测: the place itself holds the event.
_PLACE_HOLDS = re.compile(r"^(?:开展|举行|举办|进行)了?(?:新一轮|一轮|一次|首次|全域|全市|全面)?[“\"]?$")
_HELD_AT = re.compile(r"^(?:[^,，。;；]{0,8}?)在$")
#: (某河畔举行: the bank of a river is still the river's place; 落下帷幕, 展开: the event's place too)
_HELD_VERB = re.compile(r"^(?:畔|岸边|边)?(?:隆重)?(?:举行|召开|举办|开幕|进行|开展|落幕|落下帷幕|闭幕|拉开帷幕|展开|揭牌)")
#: 活动在某区某街道的采血点举行: the venue inside the place may stand before the verb.
_HELD_NEAR = re.compile(r"^[^,，。;；在]{0,12}?的?[^,，。;；在]{0,6}(?:举行|召开|举办|开幕|落幕|落下帷幕|闭幕)")


def _held_at(v: SentenceView) -> Iterator[Candidate]:
    """某大会在某地召开 / 竞赛…,定于5月中旬在某区举行 (the event opening the sentence): held there;
    某市开展某检测: the place doing it."""
    hits = v.hits
    for i, e in enumerate(hits):
        if e.type != "Event":
            continue
        for k, p in enumerate(hits[i + 1:], i + 1):
            if p.type in _PLACES:
                gap = v.between(e.end, p.start)
                same_clause = not any(ch in ",，;；" for ch in gap)
                # 在某市某区召开: an address right before the verb names one place, its innermost (a venue
                # inside it, 在某区某街道的采血点举行, leaves the place the writer names first)
                while k + 1 < len(hits) and hits[k + 1].type in _PLACES and hits[k + 1].start == hits[k].end:
                    k += 1
                if k > hits.index(p) and _HELD_VERB.match(v.text[hits[k].end - v.start:]):
                    p = hits[k]
                rest = v.text[p.end - v.start:]
                if (_HELD_VERB.match(rest) or (gap == "在" and _HELD_NEAR.match(rest))) and (
                        (same_clause and _HELD_AT.match(gap))
                        or (e.start == v.start and re.search(r"在$", gap) and not any(
                            h.type == "Event" for h in hits if e.end <= h.start < p.start))):
                    yield Candidate(e.key, "locatedIn", p.key, v.start, v.end, "held-at", 0.75,
                                    reference=e.is_reference)
                break
    for i, e in enumerate(hits):
        if e.type != "Event" or i == 0:
            continue
        p = hits[i - 1]
        if p.type == "Place" and _PLACE_HOLDS.match(v.between(p.end, e.start)) \
                and not _PARTNER.search(v.text[:p.start - v.start]):  # 某公司联合某区开展…: a partner
            yield Candidate(e.key, "locatedIn", p.key, v.start, v.end, "place-holds", 0.7)


#: 某公司在甲县、乙县集中推进某工程 / 在某区开展某演练: the event is held in the places after 在.
_WORK_VERB = re.compile(r"^(?:[^,，。;；“\"]{0,6}?)(?:集中|全面|组织|同步|联合)?(?:推进|开展|举办|举行|实施|组织开展|召开)了?[“\"]?$")


def _held_in_places(v: SentenceView) -> Iterator[Candidate]:
    hits = v.hits
    for i, p in enumerate(hits):
        if p.type != "Place" or v.text[p.start - v.start - 1:p.start - v.start] != "在":
            continue
        group = [p]
        j = i
        while j + 1 < len(hits) and hits[j + 1].type == "Place" and v.between(hits[j].end, hits[j + 1].start) in ("、", "和", "及", ""):
            j += 1
            group.append(hits[j])
        if j + 1 >= len(hits) or hits[j + 1].type != "Event":
            continue
        e = hits[j + 1]
        if not _WORK_VERB.match(v.between(group[-1].end, e.start)):
            continue
        # an address (甲县乙镇) names one place, its innermost; a list (甲县、乙县) names each
        chosen = [g for k, g in enumerate(group) if k + 1 == len(group) or group[k + 1].start != g.end]
        for g in chosen:
            yield Candidate(e.key, "locatedIn", g.key, v.start, v.end, "held-in-places", 0.75,
                            reference=e.is_reference)


#: 某供电所所在的某片区 / 风电场所在的某嘎查: the unit (or the bare noun for it) lies in the place after.
_WHERE_IT_IS = re.compile(r"所在(?:的|地)?$")
_NOUN_WHERE = re.compile(r"(?:这座|这个|这家|该)?(" + _NOUNS + r")所在(?:的|地)?$")


def _where_it_is(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    """某供电所所在的某片区是…, 风电场所在的某嘎查: the unit lies in the place named right after 所在的."""
    hits = v.hits
    for i, p in enumerate(hits):
        if p.type not in _PLACE_SET:
            continue
        before = v.text[:p.start - v.start]
        if not _WHERE_IT_IS.search(before):
            continue
        prev = hits[i - 1] if i else None
        if prev is not None and prev.type in _LOCATED + ("Company",) and _WHERE_IT_IS.fullmatch(v.between(prev.end, p.start)):
            yield Candidate(prev.key, "locatedIn", p.key, v.start, v.end, "where-it-is", 0.7,
                            reference=prev.is_reference)
            continue
        noun = _NOUN_WHERE.search(before)
        if noun is not None and (prev is None or prev.end <= v.start + noun.start()):
            unit = _noun_entity(ctx, noun.group(1), p.start)
            if unit is not None and unit[0] != "Event":
                yield Candidate(unit, "locatedIn", p.key, v.start, v.end, "where-it-is", 0.6)


def location_rules(ctx: Context) -> Iterator[Candidate]:
    places = _prefix_places(ctx)
    derived: dict[Key, Key] = {}
    silent: dict[Key, Key] = {}
    # (a bracketed place needs a place mention and a bracket in the sentence: most have neither)
    out: list[Candidate] = [c for v in ctx.views_with("2+") if not _PLACE_SET.isdisjoint(v.types)
                            and ("(" in v.text or "（" in v.text) for c in _bracketed(v)]
    bracketed = {c.head for c in out}  # 某市某中学(某区): the bracket is nearer than the name's prefix
    for v in ctx.views_with("any"):
        prefixed: set[int] = set()
        for c in _address_prefix(ctx, places, v, silent) if places and not _LOCATED_SET.isdisjoint(v.types) else ():
            if c.head in bracketed:
                continue
            derived.setdefault(c.head, c.tail)
            prefixed.update(h.start for h in v.hits if h.key == c.head)
            out.append(c)
        if not _PLACE_SET.isdisjoint(v.types) and "所在" in v.text:
            out.extend(_where_it_is(ctx, v))  # (风电场所在的某嘎查: the unit may be a bare noun, no mention)
        # every rule below starts from a Place or Community mention of the sentence
        # (and each only where the words and types its matches need are there: skipping finds nothing less)
        if len(v.hits) >= 2 and not _PLACE_SET.isdisjoint(v.types):
            text, types = v.text, v.types
            event = "Event" in types
            lies = "位于" in text or "地处" in text or "坐落" in text
            out.extend(_address(ctx, v, prefixed))
            if "包" in text or "辖" in text:
                out.extend(_town_includes(v))
            if "在" in text:
                out.extend(_in_place(ctx, v))
            if lies or "地" in text or "属" in text:
                out.extend(_lies_in(v))
            if lies:
                out.extend(_noun_lies_in(ctx, v))
            if "的" in text:
                out.extend(_within(v))
            if event and "在" in text:
                out.extend(_landfall(ctx, v))
            if event:
                out.extend(_struck(v))
            if lies:
                out.extend(_lying_in(v))
            if "Community" in types and "的" in text:
                out.extend(_of_place(v))
            if event:
                out.extend(_held_at(v))
            if event and "在" in text:
                out.extend(_held_in_places(v))
    for c in out:
        if c.rule == "address" and c.head[0] not in _PLACES:
            derived.setdefault(c.head, c.tail)
    for head, tail in silent.items():
        derived.setdefault(head, tail)
    for v in ctx.views_with("Event"):
        if len(v.hits) >= 2:
            out.extend(_dated_events(ctx, v, derived))
    yield from out
