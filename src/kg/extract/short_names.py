"""Short forms of organisation names that the text introduces or that the genre implies.

Two kinds, both read as mentions of the full name (the candidate's ``name`` is the full name, so the
grouping step joins them to it):

- declared: 某某有限公司(以下简称“某某”) or (简称某某): every later use of the short form;
- implied: a company's core name, without the places before it and its legal form (某市华信燃气有限公司
  -> 华信燃气), where the text writes that core alone as a word of its own;
- carrier branches: 中国电信股份有限公司某州分公司 -> 某州电信 (the way the trade names a carrier's branch).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .textindex import Candidate, TextIndex, all_han, find_all, is_han

__all__ = ["carrier_branch_forms", "declared_short_forms", "implied_short_forms"]

#: (以下简称“X”), （简称：X）, (下称X): the short form the text will use for the name just before.
_DECLARED = re.compile(r"[(（](?:以下|下文)?(?:简称|称)[:：]?[“\"「『]?([\u4e00-\u9fffA-Za-z0-9]{2,12}?)[”\"」』]?[)）]")
#: What may follow a short form that is still a word of its own (not 某某供电|所, 某某燃气|公司).
_LONGER_AFTER = ("公司", "分公司", "集团", "局", "所", "站", "中心", "部", "厂", "处", "班", "队", "有限", "股份")
#: Link words opening with a unit word that still end the name before them (某某公司所属的…).
_LINK_AFTER = ("所属", "所辖")
#: A unit's own bodies, which the word cut may glue to the short form (某某公司|党委副书记).
_BODY_AFTER = ("党委", "党总支", "党支部", "工会", "团委", "纪委")
#: Function words that may follow a core name standing alone (华信燃气在…, 华信燃气的…).
_FUNCTION_AFTER = frozenset("的在是和与及为将已对向等也还都把被从于就又曾正")
#: Titles that may follow a core name (某某燃气副总经理).
_TITLES = ("副总经理", "总经理", "经理", "董事长", "副董事长", "负责人", "员工", "职工", "工作人员", "客户经理")
#: Legal forms a core name is written without.
_LEGAL_END = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$")


def _stands_alone(idx: TextIndex, pos: int, end: int) -> bool:
    """The short form at text[pos:end] is a word of its own: not cut out of a longer word or name."""
    text = idx.text
    return (idx.is_boundary(pos) or not is_han(text[pos - 1:pos])) \
        and (idx.is_boundary(end) or text.startswith(_BODY_AFTER, end)) \
        and (not text.startswith(_LONGER_AFTER, end) or text.startswith(_LINK_AFTER, end))


def declared_short_forms(idx: TextIndex, orgs: Sequence[Candidate]) -> list[Candidate]:
    """Mentions of a short form the text declares right after an organisation's name."""
    text, out = idx.text, []
    by_end = {c.end: c for c in sorted(orgs, key=lambda c: c.start, reverse=True)}  # longest name ending there
    for m in _DECLARED.finditer(text):
        owner = by_end.get(m.start())
        short = m.group(1)
        if owner is None or short == owner.name or not all_han(short):
            continue
        for pos in find_all(text, short):
            end = pos + len(short)
            if m.start(1) <= pos < m.end(1) or _stands_alone(idx, pos, end):
                out.append(Candidate(pos, end, owner.type, "org-short-declared", 0.8, owner.name, kind=owner.kind))
    return out


def _core_names(idx: TextIndex, name: str) -> list[str]:
    """某市华信燃气有限公司 -> 某市华信燃气, 华信燃气: the name without its legal form, with and without the
    places before it."""
    m = _LEGAL_END.search(name)
    if m is None:
        return []
    core = name[:m.start()]
    out = [core]
    moved = True
    while moved:  # drop places in front, one level at a time (某省某市)
        moved = False
        for k in (5, 4, 3, 2):
            if len(core) - k >= 4 and idx.is_place_word(core[:k]):
                core, moved = core[k:], True  # (某省电网, 某市水务 keep their place: the trade alone names nothing)
                out.append(core)
                break
    return [c for c in out if 4 <= len(c) <= 8 and all_han(c)]


def implied_short_forms(idx: TextIndex, orgs: Sequence[Candidate]) -> list[Candidate]:
    """Mentions of a company's core name standing alone (华信燃气 after 某市华信燃气有限公司)."""
    text, out, seen = idx.text, [], set()
    for c in orgs:
        if c.type != "Company" or c.parent or c.name in seen or not c.name.startswith(text[c.start:c.start + 1]):
            continue
        seen.add(c.name)
        taken: set[int] = set()
        for core in _core_names(idx, c.name):  # the longer form first: its places are part of the mention
            for pos in find_all(text, core):
                end = pos + len(core)
                if c.start <= pos < c.end or any(pos <= t < end for t in taken) or not _stands_alone(idx, pos, end):
                    continue
                # (某某新材料设备部: a name going on after the core is a unit of its own, left to the grammar)
                if is_han(text[end:end + 1]) and text[end] not in _FUNCTION_AFTER and not text.startswith(_TITLES, end):
                    continue
                taken.add(end - 1)
                out.append(Candidate(pos, end, "Company", "org-short-core", 0.7, c.name, kind=c.kind))
    return out


#: A carrier's city branch: 中国电信(股份有限公司)某州分公司, 中国移动通信集团某省有限公司某州分公司.
_CARRIER_BRANCH = re.compile(r"^中国(电信|移动|联通)(?:股份有限公司|通信集团(?:[\u4e00-\u9fff]{2,3}有限公司)?|集团)?"
                             r"([\u4e00-\u9fff]{2,4}?)市?分公司$")


def carrier_branch_forms(idx: TextIndex, orgs: Sequence[Candidate]) -> list[Candidate]:
    """Mentions of 某州电信 / 某州移动 standing for the carrier's branch named in full in the text."""
    text, out, seen = idx.text, [], set()
    for c in orgs:
        m = _CARRIER_BRANCH.match(c.name) if c.type == "Company" else None
        if m is None or c.name in seen:
            continue
        seen.add(c.name)
        short = m.group(2) + m.group(1)
        for pos in find_all(text, short):
            if _stands_alone(idx, pos, pos + len(short)):
                out.append(Candidate(pos, pos + len(short), "Company", "org-short-carrier", 0.7, c.name, kind=c.kind))
    return out
