"""References resolved to their antecedent inside a document: 该局, 该公司, 该分公司, 该支行, 该厂, 该县, 该中心, 全厂,
and a bare 公司. The antecedent is the most recent entity mention before the reference whose name
ends in the matching unit word (局 -> a 局, 厂 -> a 厂, 县 -> a 县 place), within a window; a reference
opening a sentence goes first to the subject of the sentence before (甲是乙的子公司。该公司… is 甲),
and a bare 公司 opening a clause to the company the article names most often."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..model import Mention
from .textindex import find_all, finditer_at

__all__ = ["REFERENCE", "find_references"]

#: reference -> (entity types, name endings) of the antecedent
REFERENCE = {
    "局": (("Company",), ("局",)),
    "公司": (("Company",), ("公司",)),
    "分公司": (("Company",), ("分公司",)),
    "支行": (("Company",), ("支行",)),
    "厂": (("Company",), ("厂",)),
    "所": (("Company",), ("所",)),
    "中心": (("Company", "Organization"), ("中心",)),
    "院": (("Organization",), ("院",)),
    "县": (("Place",), ("县",)),
    "市": (("Place",), ("市",)),
    "区": (("Place",), ("区",)),
    "镇": (("Place",), ("镇",)),
    "村": (("Community",), ("村",)),
    "社区": (("Community",), ("社区",)),
}
_PATTERN = re.compile(r"(该|全|本)(公司|分公司|支行|中心|社区|局|厂|所|院|县|市|区|镇|村)(?!长|委|级|务|部|民|体)")
#: 哈尔滨队由该公司…: a team named after its place, right before the reference.
_PLACE_TEAM = re.compile(r"(?:^|[，,。；;、])([\u4e00-\u9fff]{2,3})队(?:由|的|是)$")
#: 从某公司调来的: the unit a person came from, named in passing, is no antecedent.
_CAME_FROM = re.compile(r"^(?:调来|调入|调到|调至|借调|交流|转来|来到|来的|过来)")
_BARE = re.compile(r"(?<![\u4e00-\u9fff])公司(?!党委|领导|化|们|债|章|法)|(?<=[，。、；：”“])公司(?!党委|领导)")
_WINDOW = 800


def _sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the sentence holding ``pos`` starts, given that it starts at ``floor`` or later (the search
    back stops there: callers walking the text forward read it about once)."""
    return max(floor, max(text.rfind(c, floor, pos) for c in "。！？\n") + 1)


def _named_in_sentence(companies: list[tuple[int, int]], start: int, pos: int) -> bool:
    """A company whose name ends in 公司 is named between ``start`` (a sentence's) and ``pos``
    (``companies``: the (start, end) spans of such mentions, sorted)."""
    # (spans sorted by start: only those opening from the sentence start on, up to pos, are looked at)
    for k in range(bisect.bisect_left(companies, (start, -1)), len(companies)):
        a, b = companies[k]
        if a > pos:
            break  # (a mention opening at pos ends there only when it is empty)
        if b <= pos:
            return True
    return False


def _only_other_in_paragraph(text: str, named: list[tuple[Mention, str]], pos: int, near: str, main: str) -> bool:
    """The paragraph around ``pos`` names ``near`` before it and never names ``main``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    inside = [(m, name) for m, name in named if start <= m.start < end]
    return any(name == near and m.end <= pos for m, name in inside) and not any(name == main for _, name in inside)


def find_references(text: str, mentions: Sequence[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """Reference mentions with the canonical name of their antecedent.

    ``mentions`` are (mention, canonical name) pairs of the document's named mentions.
    """
    # (start, end): of two mentions opening at one place (某省公司 inside 某省公司某县供电公司), the walk
    # back meets the longer first: 该公司 after the county company's full name is the county company
    named = sorted(((m, name) for m, name in mentions if not m.is_reference), key=lambda p: (p[0].start, p[0].end))
    taken = [(m.start, m.end) for m, _ in named]
    out: list[tuple[Mention, str]] = []

    def antecedent(pos: int, types: tuple[str, ...], endings: tuple[str, ...]) -> tuple[str, str] | None:
        for m, name in reversed(named):
            if m.end > pos:
                continue
            if pos - m.end > _WINDOW:
                break
            if m.type in types and name.endswith(endings):
                if text[m.start - 1:m.start] == "从" and _CAME_FROM.match(text[m.end:m.end + 2]):
                    continue
                return m.type, name
        return None

    def subject(pos: int, types: tuple[str, ...], endings: tuple[str, ...]) -> tuple[str, str] | None:
        """At a sentence start, the subject of the sentence before when it is a matching unit: 甲是乙的
        子公司。该公司… means 甲, not the more recent 乙."""
        before = text[:pos].rstrip(" \t\u3000")
        if before and before[-1] in "，,；" and (own := max(before.rfind(c) for c in "。！？\n") + 1) < len(before):
            # 甲是乙所属的企业,该公司…: a clause after a sentence opening that says what 甲 is means 甲
            for m, name in reversed(named):
                if m.start == own and m.end < pos and text.startswith("是", m.end) and m.type in types \
                        and name.endswith(endings):
                    return m.type, name
            return None
        if before and before[-1] not in "。！？\n":
            return None
        prev_start = max(before.rfind(c, 0, len(before) - 1) for c in "。！？\n") + 1
        while prev_start < len(before) and text[prev_start] in " \t\u3000\n":
            prev_start += 1
        found = None
        for m, name in named:
            if m.start == prev_start and m.end < pos and m.type in types and name.endswith(endings):
                found = m.type, name  # (the longest mention opening there: the last one)
            if m.start > prev_start:
                break
        return found

    def team_owner(pos: int, types: tuple[str, ...], endings: tuple[str, ...]) -> tuple[str, str] | None:
        """哈尔滨队由该公司副总经理P带队: a team named after a place belongs to the unit named after it."""
        team = _PLACE_TEAM.search(text, max(0, pos - 8), pos)
        if team is None:
            return None
        for m, name in reversed(named):
            if m.end <= pos and pos - m.end <= _WINDOW and m.type in types and name.endswith(endings) \
                    and team.group(1) in name:
                return m.type, name
        return None

    # mentions of companies whose name ends in 公司: sorted spans for _named_in_sentence, and by their end
    # for main_company (the bare 公司 come in text order: their counts grow as the scan goes on)
    company_named = [(m, name) for m, name in named if m.type == "Company" and name.endswith("公司")]
    company_spans = [(m.start, m.end) for m, _ in company_named]
    by_end = sorted(((m.end, name) for m, name in company_named), key=lambda p: p[0])
    counts: dict[str, int] = {}
    counted = [0]  # how many of by_end are in counts

    def main_company(pos: int) -> tuple[str, str] | None:
        """The article's main company: the 公司 named most often before ``pos`` (a bare 公司 opening a
        clause means the company the article is about, not the one named last). ``pos`` never decreases
        from one call to the next."""
        k = counted[0]
        while k < len(by_end) and by_end[k][0] <= pos:
            name = by_end[k][1]
            counts[name] = counts.get(name, 0) + 1
            k += 1
        counted[0] = k
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None  # no one main company: the nearest one decides
        return "Company", ranked[0][0]

    # characters inside a named mention, for ``free`` (a mask instead of a scan of every mention per match)
    covered = bytearray(len(text) + 1)
    empty = []
    for s, e in taken:
        if s < e:
            covered[s:e] = b"\x01" * (e - s)
        else:
            empty.append((s, e))

    def free(a: int, b: int) -> bool:
        return 1 not in covered[a:b] and not any(s < b and a < e for s, e in empty)

    for m in _PATTERN.finditer(text):
        if m.group(1) == "全" and m.group(2) not in ("厂", "局", "县", "公司"):
            continue
        if not free(m.start(), m.end()):
            continue
        types, endings = REFERENCE[m.group(2)]
        found = team_owner(m.start(), types, endings) or subject(m.start(), types, endings) \
            or antecedent(m.start(), types, endings)
        if found:
            out.append((Mention(m.start(), m.end(), m.group(), found[0], f"coref-{m.group(1)}{m.group(2)}", 0.6,
                                is_reference=True), found[1]))
    floor = 0  # the start of the last sentence a bare 公司 opened a clause in
    for m in finditer_at(_BARE, text, find_all(text, "公司")):  # (the lookbehinds: re would try every offset)
        if not free(m.start(), m.end()) or text[m.start() - 1:m.start()] in ("该", "本", "全", "分", "子", "总"):
            continue
        at_clause = m.start() == 0 or text[m.start() - 1] in "。！？\n，,；：:”"
        # 某公司联合某单位开展演练,公司副总经理P: a company named earlier in the sentence is the one meant
        if at_clause:  # (the bare 公司 come in text order: a sentence starts no earlier than the last one)
            floor = _sentence_start(text, m.start(), floor)
        in_sentence = at_clause and _named_in_sentence(company_spans, floor, m.start())
        main = main_company(m.start()) if at_clause and not in_sentence else None
        near = antecedent(m.start(), ("Company",), ("公司",))
        if main is not None and near is not None and near != main \
                and _only_other_in_paragraph(text, named, m.start(), near[1], main[1]):
            main = None  # 某材料公司二期项目送电。公司总经理P说: the paragraph's own company, not the main one
        found = subject(m.start(), ("Company",), ("公司",)) if main is None else None
        found = found or main or near
        if found:
            out.append((Mention(m.start(), m.end(), "公司", "Company", "coref-bare", 0.5, is_reference=True),
                        found[1]))
    return out
