"""Entity recognition for one document: run the recognizers, apply the overlap policy, group mentions
into LocalEntities (canonical name, aliases, typos, chain tails), add resolved references.

    >>> from kg.document import make_document
    >>> doc = make_document("国网桐庐县供电公司总经理周明来到供电所。", doc_id="a.txt")
    >>> sorted((e.type, e.name) for e in find_entities(doc))
    [('Company', '国网桐庐县供电公司'), ('Person', '周明')]
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from operator import attrgetter

from .. import lexicon
from ..model import Document, LocalEntity, Mention
from ..resolve import alias_key, choose_canonical, is_typo_of
from .community import find_communities
from .coref import find_references
from .event import find_events
from .org import find_brands, find_media, find_orgs, source_outlets
from .overlap import resolve_overlaps
from .person import find_persons
from .place import find_places
from .short_names import carrier_branch_forms, declared_short_forms, implied_short_forms
from .textindex import Candidate, TextIndex, find_all, is_han

__all__ = ["find_candidates", "find_entities", "group_mentions", "typo_candidates"]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

_ORG = ("Company", "Organization")


def _blocked_spans(doc: Document) -> list[tuple[int, int]]:
    """Text spans of mojibake that normalization could not repair: no entity is built from them."""
    spans = []
    for rep in doc.repairs:
        if rep.kind != "mojibake-unrepaired":
            continue
        a = bisect.bisect_left(doc.offset_map, rep.raw_start)
        b = bisect.bisect_left(doc.offset_map, rep.raw_end)
        spans.append((a, max(b, a + 1)))
    return spans


def _chain_tails(text: str, orgs: Sequence[Candidate]) -> list[Candidate]:
    """Later bare mentions of a chain's last unit (孟家岗供电所 after 国网某县供电公司孟家岗供电所): the
    grammar may not read the bare stem as proper, but the full chain said it is a name."""
    out = []
    for c in orgs:
        if not c.parent or not c.name.startswith(c.parent) or c.kind != "unit":
            continue
        tail = c.name[len(c.parent):]
        if len(tail) < 4:
            continue
        for pos in find_all(text, tail):
            before = text[pos - 1:pos]
            if pos != c.end - len(tail) and (not before or not is_han(before) or before in "在和与及、"):
                out.append(Candidate(pos, pos + len(tail), c.type, "org-chain-tail", 0.7, tail, kind=c.kind))
    return out


#: Endings of a quoted title of honour (“某省五一劳动奖章”, “某市优秀共产党员”).
_HONOUR_END = ("奖章", "称号", "奖", "标兵", "模范", "先锋", "能手", "劳模", "党员", "个人", "集体", "青年", "工匠",
               "先锋号", "文明号", "示范岗", "文明岗", "红旗手", "书记", "志愿者")


def _opens_quoted_title(text: str, c: Candidate) -> bool:
    """True when a place opens a quoted title of honour (“甘肃省五一劳动奖章”): the place is part of the
    honour's name, not a place the article is about."""
    if text[c.start - 1:c.start] != "“":
        return False
    close = text.find("”", c.end, c.end + 16)
    return close > c.end + 1 and text[c.end:close].endswith(_HONOUR_END)


#: A list of short place names standing for units (甲、乙、丙等供电局, 甲、乙3家县公司, 甲和乙两家支行): the
#: places name the units there, they are no places the article is about.
_UNIT_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,4}[、和])+[\u4e00-\u9fff]{2,4})等?(?:\d+|[一二两三四五六七八九十几])?[家个所支]?"
                        r"(?:县区|县市|区县|县级|县|区|市)?(?:供电分局|供电局|供电公司|供电分公司|分局|分公司|公司|支行|供电所|单位)")


_LIST_SEPARATOR = re.compile("[、和]")


#: A separator of _UNIT_LIST's items from which Han characters, 、 and digits alone (what a match is made
#: of) reach the end of one of its unit words: most separators do not, and the pattern is not tried there.
_LIST_SEPARATOR_BEFORE_UNIT = re.compile(r"[、和](?=[\u4e00-\u9fff、\d]*?(?:局|公司|支行|供电所|单位))")


def _unit_list_spans(text: str) -> set[tuple[int, int]]:
    """Spans of the items of every list of units named by their places (see _UNIT_LIST)."""
    spans: set[tuple[int, int]] = set()
    if "、" not in text and "和" not in text:
        return spans
    # a list's first item (2 to 4 characters) ends at a separator: try the pattern only where one of
    # those starts could be, in order and past the last match, as finditer would (same matches)
    tried = next_free = 0
    for sep in _LIST_SEPARATOR_BEFORE_UNIT.finditer(text):
        m = None
        for start in range(max(sep.start() - 4, tried, next_free), sep.start() - 1):
            tried = start + 1
            m = _UNIT_LIST.match(text, start)
            if m is not None:
                break
        if m is None:
            continue
        next_free = m.end()
        pos = m.start(1)
        for item in _LIST_SEPARATOR.split(m.group(1)):
            spans.add((pos, pos + len(item)))
            pos += len(item) + 1
    return spans


def _bureau_abbreviations(text: str, orgs: Sequence[Candidate]) -> list[Candidate]:
    """某某局 for a bureau named 某某供电局 in the same text (德宏局已累计…): the usual short form, a
    mention of the bureau itself, where it stands as a word of its own (not 某某局长, not inside a name)."""
    out = []
    seen: set[str] = set()
    for c in orgs:
        tail = c.name[len(c.parent):] if c.parent and c.name.startswith(c.parent) else c.name
        if c.type != "Company" or not tail.endswith("供电局") or len(tail) < 5 or c.name in seen:
            continue
        seen.add(c.name)
        for short, glue in ((tail[:-3] + "局", "已在将对为是的和与及共累"), (tail[:-1], "")):
            for pos in find_all(text, short):  # 德宏局已…; 德宏供电 as an account name, standing alone
                before, after = text[pos - 1:pos], text[pos + len(short):pos + len(short) + 1]
                if (not before or not is_han(before) or before in "在和与及、") \
                        and (not after or not (is_han(after) or after.isalnum()) or after in glue):
                    out.append(Candidate(pos, pos + len(short), "Company", "org-bureau-short", 0.65, c.name,
                                         kind="unit"))
    return out


def curly_quotes(text: str) -> str:
    """``text`` with straight double quotes paired into curly ones (same length, same offsets): the
    recognizers read “X”活动 and "X"活动 alike. A quote is paired only within one line."""
    if '"' not in text:
        return text
    chars = list(text)
    for line in re.finditer(r"[^\n]+", text):
        opened = True
        for m in re.finditer('"', line.group()):
            chars[line.start() + m.start()] = "“" if opened else "”"
            opened = not opened
    return "".join(chars)


def _straight_names(text: str, view: str, cands: list[Candidate]) -> list[Candidate]:
    """Names taken from the curly view spelled as the text spells them (straight quotes)."""
    if view == text:
        return cands
    out = []
    for c in cands:
        if c.name == view[c.start:c.end]:
            c = c._replace(name=text[c.start:c.end])
        elif ("“" in c.name or "”" in c.name) and "“" not in text and "”" not in text:
            c = c._replace(name=c.name.replace("“", '"').replace("”", '"'))
        out.append(c)
    return out


#: Party bodies that a village, community or unit named just before them runs (某村党支部, 某社区党委),
#: and a village's or community's own committee (某村村委会, 某社区居委会): organisations, not communities.
_PARTY_AFTER = re.compile(r"党支部|党总支|党委|党工委|党小组|(?<=社区)(?:居委会|居民委员会)|(?<=村)(?:村委会|村民委员会)")


def _party_bodies_after(text: str, named: Sequence[Candidate]) -> list[Candidate]:
    """某村党支部, 某社区党委, and the party branch of a unit named by its chain tail: an Organization of
    its own, even where only its secretary is named (the village's posts belong to its party branch)."""
    out = []
    for c in named:
        m = _PARTY_AFTER.match(text, c.end)
        if m is None or (c.type == "Community" and c.kind == "street"):
            continue
        committee = "委员会" in m.group() or m.group().endswith("委会")
        if committee and c.type != "Community":
            continue  # a unit has no village committee
        if c.type != "Community" and _PARTY_TITLE_AFTER.match(text, m.end()):
            continue  # X分公司党委书记: the title names the unit's post
        out.append(Candidate(c.start, m.end(), "Organization", "org-committee-after" if committee else "org-party-after",
                             0.8, c.name + m.group(), kind="gov" if committee else "party",
                             parent=c.name if c.type != "Community" else None))
    return out


_PARTY_TITLE_AFTER = re.compile(r"副?书记|委员|班子|成员")


def _street_offices(text: str, communities: Sequence[Candidate]) -> list[Candidate]:
    """某街道办事处 where the community grammar read the street (泉城路街道|办事处): the street's office, an
    Organization, with the district written right before it (某区某街道办事处) kept in its name."""
    out = []
    gaz = lexicon.gazetteer()
    for c in communities:
        if c.kind != "street" or not text.startswith("办事处", c.end) or text[c.start:c.end] != c.name:
            continue
        start = next((c.start - k for k in (5, 4, 3) if c.start >= k and text[c.start - 1] in "区县市旗"
                      and gaz.lookup(text[c.start - k:c.start])), c.start)
        out.append(Candidate(start, c.end + 3, "Organization", "org-street-office", 0.8,
                             text[start:c.end + 3], kind="gov"))
    return out


def _outlet_aliases(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Every mention of an outlet's bracketed other name (来源:荆楚网(湖北日报网)) names that outlet."""
    alias = {text[c.start:c.end]: c.name for c in cands if c.rule == "media-source-alias"}
    if not alias:
        return cands
    return [c._replace(name=alias[c.name]) if c.type == "Organization" and c.name in alias else c for c in cands]


def find_candidates(doc: Document, idx: TextIndex | None = None) -> list[Candidate]:
    """Every recognizer's candidates over ``doc.text`` (before the overlap policy)."""
    view = curly_quotes(doc.text)
    if idx is None or idx.text != view:
        idx = TextIndex.of(view)
    cands: list[Candidate] = []
    cands += find_orgs(idx)
    cands += _chain_tails(idx.text, cands) + _bureau_abbreviations(idx.text, cands)
    short = declared_short_forms(idx, cands) + implied_short_forms(idx, cands) + carrier_branch_forms(idx, cands)
    # a short form read by the grammar as a name of its own (以下简称"某市供电公司") is a mention of the full name
    if short:
        full = {(c.start, c.end): c.name for c in short}
        cands = [c._replace(name=full[c.start, c.end]) if (c.start, c.end) in full and c.type in _ORG else c
                 for c in cands] + short
    cands += find_media(idx, doc.source)
    cands += find_brands(idx)
    communities = find_communities(idx)
    cands += communities + _party_bodies_after(idx.text, communities + [c for c in cands if c.rule == "org-chain-tail"])
    cands += _street_offices(idx.text, communities)
    cands += find_places(idx)
    cands += find_persons(idx, tuple(doc.authors) + tuple(doc.editors))
    cands += find_events(idx)
    unit_items = _unit_list_spans(idx.text)
    cands = [c for c in cands if not (c.type == "Place" and (_opens_quoted_title(idx.text, c)
                                                             or (c.start, c.end) in unit_items))]
    cands = _outlet_aliases(idx.text, cands)
    blocked = _blocked_spans(doc)
    if blocked:
        cands = [c for c in cands if not any(a < c.end and c.start < b for a, b in blocked)]
    return _straight_names(doc.text, idx.text, cands)


#: A stretch of characters outside every kept span (in typo_candidates' mask).
_FREE = re.compile(b"\x00+")


def typo_candidates(text: str, kept: Sequence[Candidate]) -> list[Candidate]:
    """Near-identical spellings of organisation names in free text (one character missing, same ending):
    东岭供局党委 and 岭供电局 next to 东岭供电局(党委)."""
    # characters already inside a kept span or a typo found (empty spans, if any, are tested apart)
    covered = bytearray(len(text) + 1)
    for c in kept:
        covered[c.start:c.end] = b"\x01" * max(0, c.end - c.start)
    empty = [(c.start, c.end) for c in kept if c.start >= c.end]
    out = []
    names = sorted({c.name for c in kept if c.type in _ORG and len(c.name) >= 5})
    types = {c.name: c.type for c in kept if c.type in _ORG}
    # the text outside every kept span, its stretches joined by a character no name holds: a variant
    # found lies in one of them (C-level tests there first). A variant keeps the name's second half when
    # the missing character is in the first, and the reverse: most names have neither half in it
    free = "\x00".join(text[m.start():m.end()] for m in _FREE.finditer(covered, 0, len(text))) if names else ""
    for name in names:
        half = len(name) // 2
        first_k = 0 if name[half:] in free else half
        last_k = len(name) - 1 if name[:half] in free else half
        for k in range(first_k, last_k):
            variant = name[:k] + name[k + 1:]
            if variant not in free:
                continue
            for start in find_all(text, variant):
                end = start + len(variant)
                if 1 in covered[start:end]:
                    continue  # (most hits: inside the name's own mentions; a longer span would be covered too)
                whole = next((p for p in range(max(0, start - 1), start + 1) if text.startswith(name, p)), None)
                if whole is not None:
                    start, end = whole, whole + len(name)  # the name itself, written where the grammar missed it
                if 1 not in covered[start:end] and not any(a < end and start < b for a, b in empty):
                    rule = "repeat-of-name" if whole is not None else "typo-of-name"
                    out.append(Candidate(start, end, types[name], rule, 0.6, name, kind="typo"))
                    covered[start:end] = b"\x01" * (end - start)
    return out


#: Where one unit of a chain ends and the next begins (X供电局|Y分局, X公司|Y供电所).
_LINK_END = ("公司", "局", "集团", "中心")


def _short_bureau(name: str) -> str:
    """A chain name with its bureaus abbreviated the usual way (海口供电局 -> 海口局)."""
    return name.replace("供电局", "局")


def _merge_chain_tails(by_key, names_of, merged) -> None:  # type: ignore[no-untyped-def]
    """Join a unit's shorter chain names to its full chain: 海口局琼山分局, 琼山分局 and 海口供电局琼山分局
    are 甲公司海口供电局琼山分局 when that is the only chain that ends so. Fills ``merged`` in place."""
    def root(k):  # type: ignore[no-untyped-def]
        while k in merged:
            k = merged[k]
        return k

    longest = {k: max(map(len, names_of[k])) for k in by_key if k[0] in _ORG}
    org_keys = sorted(longest, key=lambda k: (-longest[k], k))
    short_names = {k: {_short_bureau(n) for n in names_of[k]} for k in org_keys}
    for small in org_keys:
        if small in merged:
            continue
        roots = set()
        for big in org_keys:
            if longest[big] <= longest[small]:
                break  # longest first: no longer chain follows
            if big[0] != small[0]:
                continue
            for s_name in short_names[small]:
                if len(s_name) < 4:
                    continue
                if any(b == s_name or (b.endswith(s_name) and b[:-len(s_name)].endswith(_LINK_END))
                       for b in short_names[big]):
                    roots.add(root(big))
        if len(roots) == 1 and (target := roots.pop()) != small:
            merged[small] = target


_LEGAL = re.compile(r"股份有限公司|有限责任公司|有限公司")


def _without_legal_form(name: str) -> str:
    """The name with its legal forms dropped where a unit name goes on (中国电信股份有限公司赣州分公司 ->
    中国电信赣州分公司) and at the end after a group or bank (某水务集团有限公司 -> 某水务集团)."""
    if "有限" not in name:
        return name  # (no legal form: every one of them says 有限)
    out = _LEGAL.sub(lambda m: "" if m.end() < len(name) else m.group(), name)
    m = _LEGAL.search(out)
    if m and m.end() == len(out) and out[:m.start()].endswith(("集团", "银行")):
        out = out[:m.start()]
    return out


def _merge_legal_forms(by_key, names_of, merged) -> None:  # type: ignore[no-untyped-def]
    """Join a short name to the one longer name that reads the same without legal forms and with a
    prefix before it (宁夏某水务集团有限公司 <- 某水务集团, 中国电信股份有限公司赣州分公司 <- 电信赣州分公司).
    A bare department word (调度控制中心) is left alone: it stands for the article's own unit's
    department, not for the one longer name that happens to end the same way. Fills ``merged`` in place."""
    departments = _department_words()
    org_keys = sorted((k for k in by_key if k[0] in _ORG), key=lambda k: (-max(len(n) for n in names_of[k]), k))
    # ending of five characters or more -> keys with a name that ends so without its legal forms: each name
    # looks up its own endings instead of being compared with every other key's names
    ending_of: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for k in org_keys:
        for b in {_without_legal_form(n) for n in names_of[k]}:
            for j in range(len(b) - 4):
                ending_of[b[j:]].add(k)
    for small in org_keys:  # longest first: 中国电信赣州分公司 joins its full name before 电信赣州分公司 looks
        if small in merged or names_of[small] <= departments:
            continue
        targets = {big for s_name in names_of[small] if len(s_name) >= 5 for big in ending_of.get(s_name, ())
                   if s_name not in names_of[big] and big != small and big[0] == small[0] and big not in merged}
        if len(targets) == 1:
            target = targets.pop()
            if merged.get(target) != small:
                merged[small] = target


_DEPARTMENTS: list[frozenset[str]] = []


def _department_words() -> frozenset[str]:
    """The department suffixes (调度控制中心), computed once per process."""
    if not _DEPARTMENTS:
        _DEPARTMENTS.append(frozenset(word for word, suffix in lexicon.org_suffixes().items()
                                      if suffix.kind == "department"))
    return _DEPARTMENTS[0]


_LEGAL_END = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")
#: Where a chain's last unit starts: after a unit word that more of the name follows (某集团有限公司|某厂).
_UNIT_BOUNDARY = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|公司|集团|银行|局)(?=[\u4e00-\u9fff]{3})")


def _is_subsequence(short: str, long: str) -> bool:
    pos = 0
    for c in short:  # (one C-level find per character, not an iterator walked in Python)
        pos = long.find(c, pos) + 1
        if not pos:
            return False
    return True


#: Characters an abbreviation never drops between its own (a place level or a unit word: 国网某市|某区|供电公司
#: is another unit than 国网某市供电公司).
_NEVER_DROPPED = frozenset("省市区县州旗盟镇乡局所站厂")


def _drops_a_unit(short: str, full: str) -> bool:
    """Aligned from the end, the characters ``full`` has between the first and the last of ``short``'s
    include a place level or a unit word."""
    j = len(full)
    positions = []
    for c in reversed(short):
        j = full.rfind(c, 0, j)
        if j < 0:
            return True
        positions.append(j)
    first = positions[-1]
    kept = set(positions)
    dropped = "".join(full[i] if i not in kept else "|" for i in range(first, len(full)))
    if any(c in _NEVER_DROPPED for c in dropped):
        return True
    gaz = lexicon.gazetteer()  # 南宁|宾阳|供电局: a county's name dropped is another unit
    return any(len(run) >= 2 and gaz.lookup(run) for run in dropped.split("|"))


def _abbreviates(short: str, full: str) -> bool:
    """``short`` is the way news abbreviates ``full``: its characters in order (公交 for 公共交通, 农行 for
    农业银行), the same last character (after the legal form), and the words before its own unit word
    inside ``full``'s last unit (苏州供电公司 for 某省电力有限公司苏州供电分公司, not 某省电力公司)."""
    if len(short) < 5 or len(short) >= len(full) or short in full or not _is_subsequence(short, full):
        return False
    bare = _LEGAL_END.sub("", full)
    if short[-1] not in (full[-1], bare[-1:]):
        return False
    last = [m.end() for m in _UNIT_BOUNDARY.finditer(bare)]
    tail = bare[last[-1]:] if last else bare
    return _is_subsequence(short[-4:-2], tail) and not _drops_a_unit(short, bare if short[-1] == bare[-1:] else full)


def _merge_abbreviations(by_key, names_of, merged, kinds) -> None:  # type: ignore[no-untyped-def]
    """Join a company's abbreviated name to the one full name it abbreviates (怒江某能水电公司 <-
    怒江某能水电开发有限公司, 农行某某支行 <- 中国农业银行股份有限公司某某支行). Fills ``merged`` in place."""
    companies = sorted((k for k in by_key if k[0] == "Company" and k not in merged),
                       key=lambda k: (-max(len(n) for n in names_of[k]), k))
    for small in companies:
        if small in merged or kinds[small] != {"unit"}:
            continue
        shorts = [sn for sn in names_of[small] if len(sn) >= 5]  # (no shorter name abbreviates)
        if not shorts:
            continue
        targets = {big for big in companies if big != small and big not in merged and merged.get(big) != small
                   and any(_abbreviates(sn, bn) for sn in shorts for bn in names_of[big] if len(sn) < len(bn))}
        if len(targets) == 1:
            merged[small] = targets.pop()


def group_mentions(cands: Sequence[Candidate]) -> dict[tuple[str, str], list[Candidate]]:
    """Group kept candidates into entities: same type and same alias key; typos and chain tails join the
    full name they belong to. Returns canonical key -> members."""
    by_key: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in cands:
        key = c.name if c.type == "Person" else alias_key(c.type, c.name)
        by_key[(c.type, key)].append(c)
    # typos and chain tails join a longer name of the same type
    names_of = {k: {m.name for m in v} for k, v in by_key.items()}
    merged: dict[tuple[str, str], tuple[str, str]] = {}
    tail_keys = {k: {alias_key(m.type, m.name[len(m.parent):]) for m in v
                     if m.parent and m.name.startswith(m.parent) and len(m.name) > len(m.parent) + 2}
                 for k, v in by_key.items() if k[0] in _ORG}
    longest = {k: max(map(len, v)) for k, v in names_of.items()}
    # the keys a key may join, looked up instead of compared with every key of its type: a typo is one
    # character shorter with the same last character ((type, length - 1, last character) -> keys), a
    # chain tail is one of the tail keys of a longer chain ((type, tail key) -> keys)
    by_shape: dict[tuple[str, int, str], set[tuple[str, str]]] = defaultdict(set)
    for k, names in names_of.items():
        if k[0] != "Person":
            for n in names:
                by_shape[(k[0], len(n) - 1, n[-1])].add(k)
    by_tail: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for k, tails in tail_keys.items():
        for tail in tails:
            by_tail[(k[0], tail)].add(k)
    for small in sorted((k for k in by_key if k[0] != "Person"), key=lambda k: (longest[k], k)):
        type_, small_names = small[0], names_of[small]
        targets = {big for n in small_names for big in by_shape.get((type_, len(n), n[-1]), ())
                   if big != small and big not in merged
                   and any(is_typo_of(s, b) for s in small_names for b in names_of[big])}
        if type_ in _ORG:
            targets.update(big for big in by_tail.get((type_, small[1]), ()) if big != small and big not in merged)
        if len(targets) == 1 and small not in merged.values():
            merged[small] = targets.pop()  # (石门供电所 -> 东岭市郊供电局石门供电所)
    _merge_chain_tails(by_key, names_of, merged)
    _merge_legal_forms(by_key, names_of, merged)
    _merge_abbreviations(by_key, names_of, merged, {k: {m.kind for m in v} for k, v in by_key.items()
                                                    if k[0] == "Company"})
    out: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for bkey, members in by_key.items():
        target = bkey
        while target in merged:
            target = merged[target]
        out[target].extend(members)
    # events: synonyms of one happening (防汛救灾 / 防汛抢险 / 抗洪战斗)
    groups = lexicon.event_groups()
    final: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for okey, members in out.items():
        if okey[0] == "Event":
            gkeys = sorted({g for m in members if (g := groups.get(m.name))})
            if len(gkeys) == 1:
                final[("Event", "group:" + gkeys[0])].extend(members)
                continue
        final[okey].extend(members)
    return final


#: How an outlet's name ends (a source line may also name a company or a government office).
_OUTLET_NAME = re.compile(r"(?:日报|晚报|晨报|都市报|商报|报|网|电视台|广播电台|客户端|在线|新闻)$")


#: A breadcrumb's separators (某某网 > 新闻, 某某网 - 要闻, 某某网 | 首页, 某某网 首页>>本地).
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>>|[|｜>＞»›])\s*|\s+[-/—]\s+")
#: A site's name in a breadcrumb: an outlet's suffix, optionally followed by its edition (·济宁) or 首页.
_CRUMB_SITE = re.compile(r"^([\u4e00-\u9fff]{2,10}(?:网|在线|日报|晚报|客户端))(?:·[\u4e00-\u9fff]{2,6})?(?:首页)?$")


def _crumb_site(raw: str, source: str) -> str | None:
    """The outlet named first in a breadcrumb among the page's first lines, unless the source line
    already names it (人民网首页 | 江西频道 on a page from 人民网-江西频道)."""
    from ..normalize import normalize

    for line in raw[:400].splitlines()[:4]:
        line = line.strip().lstrip("\ufeff")
        if not line or not _CRUMB_SEPARATOR.search(line):
            continue
        first = _CRUMB_SEPARATOR.split(normalize(line).text.strip())[0].split()
        m = _CRUMB_SITE.match(first[0]) if first else None
        if m:
            site = m.group(1)
        elif first and first[0] in lexicon.media():
            site = first[0]  # an outlet known by name whatever its ending (某某头条 > 三农)
        else:
            return None
        # the source's own site (某地某某网 for 来源:某某网) is the source; a paper's site (某某日报网 above
        # 来源:某某日报) is an outlet of its own
        if source and (site in source or site.endswith(source)):
            return None
        return site
    return None


def find_entities(doc: Document) -> list[LocalEntity]:
    """LocalEntities of ``doc``, sorted by (type, name)."""
    idx = TextIndex.of(curly_quotes(doc.text))
    kept = resolve_overlaps(find_candidates(doc, idx))
    typos = typo_candidates(doc.text, kept)
    if typos:  # the policy keeps a kept set as it is: run it again only when there is something new
        kept = resolve_overlaps(list(kept) + typos)
    groups = group_mentions(kept)
    text = doc.text
    entities: dict[tuple[str, str], dict] = {}
    named_pairs: list[tuple[Mention, str]] = []
    for key, members in groups.items():
        if len(members) == 1:  # (most entities: their one name is the canonical one)
            name = members[0].name
            m = members[0]
            mention = Mention(m.start, m.end, text[m.start:m.end], m.type, m.rule, m.confidence)
            entities[(key[0], name)] = {"mentions": [mention], "aliases": {mention.text, name}}
            named_pairs.append((mention, name))
            continue
        counts = Counter(m.name for m in members)
        if key[0] == "Event" and key[1].startswith("group:"):
            name = min(counts, key=lambda n: (-counts[n], -len(n), n))
        else:
            name = choose_canonical([m.name for m in members], counts)
        mentions = [Mention(m.start, m.end, text[m.start:m.end], m.type, m.rule, m.confidence) for m in members]
        aliases = {m.text for m in mentions} | {m.name for m in members}
        entities[(key[0], name)] = {"mentions": mentions, "aliases": aliases}
        named_pairs += [(mn, name) for mn in mentions]
    referred: set[tuple[str, str]] = set()
    for ref, name in find_references(text, named_pairs):
        entities[(ref.type, name)]["mentions"].append(ref)
        referred.add((ref.type, name))
    # bylines without a mention in the text still name persons
    for person in tuple(doc.authors) + tuple(doc.editors):
        if person in lexicon.titles() or not person.strip():
            continue  # a role the byline parser kept (记者)
        if ("Person", person) not in entities:
            entities[("Person", person)] = {"mentions": [], "aliases": set()}
    # the page's outlet, named only in the dropped page header (某某日报 数字报 第06版), is still an outlet
    source = (doc.source or "").strip()
    for outlet in source_outlets(source) or [source]:  # 每日某某网-某某日报: two outlets, each its own
        if outlet and _OUTLET_NAME.search(outlet) and not any(
                t == "Organization" and (n == outlet or outlet in d["aliases"]) for (t, n), d in entities.items()):
            entities[("Organization", outlet)] = {"mentions": [], "aliases": set()}
    # the site named by the page's breadcrumb (某某新闻网 > 本地 > 要闻), dropped with the page chrome
    site = _crumb_site(doc.raw, source)
    if site and not any(t == "Organization" and (n == site or site in d["aliases"]) for (t, n), d in entities.items()):
        entities[("Organization", site)] = {"mentions": [], "aliases": set()}
    out = []
    has_teaser = any(section.kind == "teaser" for section in doc.sections)  # (most texts have none)
    for (type_, name), data in entities.items():
        mentions = data["mentions"]
        if len(mentions) > 1:  # (named mentions of one entity have distinct spans: only references repeat)
            mentions = sorted(set(mentions) if (type_, name) in referred else mentions, key=_MENTION_ORDER)
        alias_names = tuple(sorted(data["aliases"] - {name}))
        teaser_only = has_teaser and bool(mentions) and all(doc.section_kind(m.start) == "teaser" for m in mentions)
        out.append(LocalEntity(type_, name, alias_names, tuple(mentions), teaser_only))
    return sorted(out, key=_ENTITY_ORDER)


#: Sort keys read in C: a mention's (start, end, rule), an entity's (type, name).
_MENTION_ORDER = attrgetter("start", "end", "rule")
_ENTITY_ORDER = attrgetter("type", "name")
