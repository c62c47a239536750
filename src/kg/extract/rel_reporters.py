"""reportedBy: the document's authors and editors, from the byline the reader parsed.

Bylines the reader left unparsed (``编辑:张三 审核:李四``, ``【责任编辑 李四】`` at the foot of the page,
``文/甲 图/乙``, ``摄影/乙``, ``文/甲/编辑/乙``) are read here too: a person right after a role word in a
short line of its own (``byline-text``). A photographer (图, 摄影) reports the piece too: every writer
of the gold sets lists them.

The reporter entities come from the entity recognizer (built from ``doc.authors``/``doc.editors``); they
are matched here by name. The evidence is the sentence holding the byline (the mention nearest a byline
marker such as 记者, 作者, 文/图, 责编, or a trailing ``(name)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .rel_base import Candidate, Context, Key

__all__ = ["reporter_rules", "role_of"]

_MARKERS = re.compile(r"(记者|作者|通讯员|文/图|文\s*/\s*图|图/文|摄影|摄|责编|责任编辑|编辑)")


_EDITOR_ROLE_BEFORE = re.compile(r"(责任编辑|责编|编辑|审核|审校|校对|监制|终审|初审)[ \u3000]*[:：/]?[ \u3000]*$")
#: A press office's pen name (某电宣: a power company's publicity desk), not a person.
_PSEUDONYM = re.compile(r"电宣$")


def role_of(ctx: Context, start: int, end: int, editor: bool) -> str:
    """The role the byline states around a name: 责编 for editors, else 文/图, 记者 or 作者."""
    if editor:
        # the editor's own role when the line states one right before the name (审核:丁戊), else 责编
        m = _EDITOR_ROLE_BEFORE.search(ctx.doc.text[max(0, start - 8):start])
        return m.group(1) if m and m.group(1) != "责任编辑" else "责编"
    around = ctx.doc.text[max(0, start - 12):end + 4]
    found = _MARKERS.findall(around)
    for role in ("文/图", "记者", "作者"):
        if role in found:
            return role
    written = _ROLE_BEFORE.search(ctx.doc.text[max(0, start - 8):start])
    if written and written.group(1) in ("文", "文字"):
        return written.group(1)  # 文/甲, 文字:甲: the byline's own word for the writer
    if "摄" in found or "摄影" in found:
        return "记者"
    return "作者"


def _byline_hit(ctx: Context, key: Key) -> tuple[int, int] | None:
    """The mention of the person that sits in a byline: near a marker, else the last one."""
    spans = sorted((h.start, h.end) for h in ctx.hits if h.key == key and not h.is_reference)
    if not spans:
        return None
    for start, end in reversed(spans):
        around = ctx.doc.text[max(0, start - 12):end + 4]
        if _MARKERS.search(around) or around[max(0, start - max(0, start - 12) - 1):][:1] in "(（":
            return start, end
    return spans[-1]


#: A byline role written right before a name: 编辑:张三, 【责任编辑 李四】, 审核:王五, 作者:赵六.
_ROLE_BEFORE = re.compile(r"(责任编辑|编辑|责编|审核|审校|校对|作者|记者|通讯员|文/图|摄影|(?<![\u4e00-\u9fff])图片?"
                          r"|(?<![\u4e00-\u9fff])文字?(?=[ \u3000]*[:：/]))"
                          r"[ \u3000]*[:：/]?[ \u3000]*$")
_ROLE_WORD = re.compile(r"编辑|责编|审核|审校|校对|作者|记者|通讯员|文/图|摄影|图|文")  # in every match of _ROLE_BEFORE
_BYLINE_OPEN = re.compile(r"(?:^|[(（【\[/]|[ \u3000]|来源[:：])[^,，。;；!?！？]{0,40}$")
_MAX_BYLINE = 80
def _written_bylines(ctx: Context, seen: set[str]) -> Iterator[Candidate]:
    """Bylines the reader did not parse (编辑:张三 审核:李四 at the foot of the page): a person right after
    a role word in a short line of its own."""
    head = ("Document", ctx.doc.doc_id)
    for v in ctx.views_with("Person"):
        if v.end - v.start > _MAX_BYLINE or not _ROLE_WORD.search(v.text):
            continue
        for i, h in enumerate(v.hits):
            if h.type != "Person" or h.is_reference or ctx.entities[h.key].name in seen \
                    or _PSEUDONYM.search(ctx.entities[h.key].name):
                continue
            before = v.text[:h.start - v.start]
            m = _ROLE_BEFORE.search(before)
            prev = v.hits[i - 1] if i else None
            if m is None and prev is not None and prev.type == "Person" and ctx.entities[prev.key].name in seen \
                    and _CO_AUTHOR_GAP.match(v.between(prev.end, h.start)) and _ROLE_WORD.search(before):
                # 文/图:甲 乙: a co-author written after the first, the role said once
                seen.add(ctx.entities[h.key].name)
                yield Candidate(head, "reportedBy", h.key, v.start, v.end, "byline-text", 0.75,
                                qualifier=role_of(ctx, prev.start, prev.end, False))
                continue
            if m is None or not _BYLINE_OPEN.search(before[:m.start()]):
                continue
            seen.add(ctx.entities[h.key].name)
            yield Candidate(head, "reportedBy", h.key, v.start, v.end, "byline-text", 0.8, qualifier=m.group(1))


#: Between two co-authors of one role: spaces or a list comma.
_CO_AUTHOR_GAP = re.compile(r"^(?:[ \u3000]+|[ \u3000]*[、,，][ \u3000]*)$")


def reporter_rules(ctx: Context) -> Iterator[Candidate]:
    yield from _parsed_bylines(ctx)


def _parsed_bylines(ctx: Context) -> Iterator[Candidate]:
    head = ("Document", ctx.doc.doc_id)
    seen: set[str] = set()
    for names, editor in ((ctx.doc.authors, False), (ctx.doc.editors, True)):
        for name in names:
            if name in seen:
                continue
            seen.add(name)
            key = ctx.entity_named(name, ("Person",))
            if key is None:
                continue
            span = _byline_hit(ctx, key) or _byline_line(ctx, name)
            if span is None:
                continue
            sent = ctx.sentence_of(span[0])
            s, e = (sent.start, sent.end) if sent else _line_of(ctx.doc.text, span)
            yield Candidate(head, "reportedBy", key, s, e, "byline", 0.95,
                            qualifier=role_of(ctx, span[0], span[1], editor))
            unit = _unit_after(ctx, span[1])
            if unit is not None and not editor:
                yield Candidate(key, "worksFor", unit, s, max(e, span[1]), "byline-unit", 0.8)
    yield from _written_bylines(ctx, seen)


def _byline_line(ctx: Context, name: str) -> tuple[int, int] | None:
    """The name in the byline the reader parsed, when the recognizer kept no mention of it there
    (【作者:张三】 among page widgets): its first occurrence in a short line with a role word."""
    text = ctx.doc.text
    start = text.find(name)
    while start >= 0:
        line = _line_of(text, (start, start + len(name)))
        if line[1] - line[0] <= _MAX_BYLINE * 2 and _MARKERS.search(text[line[0]:line[1]]):
            return start, start + len(name)
        start = text.find(name, start + 1)
    return None


def _line_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The line holding a span."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return start, len(text) if end < 0 else end


#: 作者:张三 某供电局某分局 / 文/张三(某公司): the writer's unit follows the name in the byline.
_UNIT_GAP = re.compile(r"^[ \u3000]*[(（]?$")


def _unit_after(ctx: Context, end: int) -> Key | None:
    """The company or organisation named right after a byline name (spaces or an opening bracket between)."""
    near = sorted(h for h in ctx.hits if end <= h.start <= end + 3 and not h.is_reference
                  and h.type in ("Company", "Organization") and _UNIT_GAP.match(ctx.doc.text[end:h.start]))
    return near[0].key if near else None
