"""Compose reading, normalization, page structure and sentence splitting into a model.Document.

Chrome (navigation, comment forms, recommendation lists) is removed from ``Document.text`` entirely;
the offset map still points every kept character at its raw position. Metadata lines, the article
and each related-article teaser become Sections; sentences never cross them.

    >>> doc = make_document("标题一则\\n2020年02月10日 来源:某某网\\n國(guó)網公司召开会议。\\n评论\\n用户名:", "a.txt")
    >>> doc.text, doc.title, doc.published, [s.kind for s in doc.sections]
    ('标题一则\\n2020年02月10日 来源:某某网\\n国网公司召开会议。', '标题一则', '2020-02-10', ['meta', 'main'])
    >>> doc.original[doc.sentences[-1].start:doc.sentences[-1].end]
    '國網公司召开会议。'
"""

from __future__ import annotations

import bisect
import logging
import re

from .model import Document, Section, Skipped
from .normalize import normalize
from .normalize.offsets import apply_edits, identity_map
from .normalize.width import blank_line_edits
from .page import Line, analyze_page
from .sentences import split_sentences

__all__ = ["load_document", "make_document"]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def make_document(raw: str, doc_id: str, path: str = "", encoding: str = "utf-8") -> Document:
    """Normalize ``raw`` and find its structure. Pure: same input, same Document."""
    # A str can hold lone surrogates (kg.build(texts=...) from any source); no later stage can encode
    # them, so each becomes U+FFFD, one for one (offsets unchanged).
    raw = _SURROGATE.sub("\ufffd", raw)
    norm = normalize(raw)
    page = analyze_page(norm.text)

    # Drop chrome lines (with their newline), then tidy the blank lines that leaves.
    edits = []
    for line in page.lines:
        if line.kind == "chrome":
            edits.append((line.start, min(line.end + 1, len(norm.text)), ""))
    text, local = norm.text, identity_map(len(norm.text))
    text, local, original, raw_map = _edit(text, local, norm.original, norm.offsets, edits)
    text, local, original, raw_map = _edit(text, local, original, raw_map, blank_line_edits(text))
    text, local, original, raw_map = _edit(text, local, original, raw_map, _edge_edits(text))
    offsets = tuple(raw_map)

    sections = _sections(page.lines, local)
    sentences = split_sentences(text, sections)
    return Document(
        doc_id=doc_id,
        path=path,
        raw=raw,
        text=text,
        original=original,
        offset_map=offsets,
        encoding=encoding,
        title=page.title,
        published=page.published,
        source=page.source,
        authors=page.authors,
        editors=page.editors,
        sections=sections,
        sentences=sentences,
        repairs=norm.repairs,
        traditional=norm.traditional,
    )


def _edit(text: str, local: list[int], original: str, raw_map: list[int],
          edits: list[tuple[int, int, str]]) -> tuple[str, list[int], str, list[int]]:
    """``apply_edits`` to ``text`` and its map into the normalized text (``local``, for the sections), and
    the same edits to the ``original`` aligned with it and its map into the raw text: composing those
    a slice at a time is cheaper than looking every character up through ``local`` at the end."""
    text, local = apply_edits(text, local, edits)
    original, raw_map = apply_edits(original, raw_map, _aligned(original, edits))
    return text, local, original, raw_map


def _aligned(original: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``edits`` of a text, for the text aligned with it index for index: each replacement character is
    the original's character at the position ``apply_edits`` maps it to (an inserted one: the next)."""
    out = []
    for start, end, rep in edits:
        n, width = len(rep), end - start
        if n and width:
            rep = "".join([original[start + (j * width) // n] for j in range(n)])
        elif n:
            rep = original[start] * n
        out.append((start, end, rep))
    return out


def _edge_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    lead = len(text) - len(text.lstrip("\n"))
    if lead:
        edits.append((0, lead, ""))
    trail = len(text) - len(text.rstrip("\n"))
    if trail and trail < len(text):
        edits.append((len(text) - trail, len(text), ""))
    return edits


def _sections(lines: tuple[Line, ...], local: list[int]) -> tuple[Section, ...]:
    """Group kept lines into sections, mapped into the final text through ``local``."""
    groups: list[tuple[str, int, int, int]] = []  # kind, group, start, end (pre-removal text)
    for line in lines:
        if line.kind in ("chrome", "blank") or line.end <= line.start:
            continue
        key = (line.kind, line.group)
        if groups and (groups[-1][0], groups[-1][1]) == key and line.kind != "meta" or (
            groups and groups[-1][0] == "meta" == line.kind
        ):
            kind, group, start, _ = groups[-1]
            groups[-1] = (kind, group, start, line.end)
        else:
            groups.append((line.kind, line.group, line.start, line.end))
    out = []
    for kind, _, start, end in groups:
        s = bisect.bisect_left(local, start, 0, len(local) - 1)
        e = bisect.bisect_left(local, end, 0, len(local) - 1)
        if e > s:
            out.append(Section(kind, s, e))
    return tuple(out)


def load_document(path: str, doc_id: str) -> Document | Skipped:
    """Read one file (any supported encoding, text or HTML) into a Document, or say why not."""
    from .read import read_text

    got = read_text(path)
    if isinstance(got, Skipped):
        return got
    text, encoding = got
    doc = make_document(text, doc_id, path=path, encoding=encoding)
    if not doc.text.strip():
        return Skipped(path, "no article text after removing page chrome")
    return doc
