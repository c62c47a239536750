"""The plain data that flows between kg's stages.

Standard library only. Every stage is a function over these frozen dataclasses:

    read -> Document -> [Mention] -> [LocalEntity] -> [Relation]      (per document, the "map")
         -> resolve across documents -> Corpus                          (the "reduce")

Offsets always point into ``Document.text`` (the normalized, simplified text); ``Document.raw_offset``
maps them back to the raw text so evidence can be shown in its original form.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any

__all__ = [
    "ENTITY_TYPES",
    "RELATION_TYPES",
    "Corpus",
    "Document",
    "DocumentInfo",
    "DocumentResult",
    "Entity",
    "Evidence",
    "LocalEntity",
    "Mention",
    "Relation",
    "Repair",
    "Section",
    "Sentence",
    "Skipped",
]

#: Entity types, the local names of the ontology classes.
ENTITY_TYPES = ("Company", "Organization", "Person", "Place", "Community", "Event")

#: Relation names as used in gold files and in code. ``holdsPosition`` becomes an org:Membership in RDF.
RELATION_TYPES = (
    "subsidiaryOf",
    "worksFor",
    "holdsPosition",
    "servesCommunity",
    "participatedIn",
    "organizedBy",
    "locatedIn",
    "honoredBy",
    "reportedBy",
)

#: Section kinds: the article itself, a related-article teaser (相关阅读), page metadata (title, byline).
SECTION_KINDS = ("main", "teaser", "meta")


@dataclass(frozen=True, slots=True)
class Section:
    """A stretch of ``Document.text``: the main article, one teaser, or metadata lines."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of ``Document.text`` with the kind of section it lies in."""

    start: int
    end: int
    section: str = "main"


@dataclass(frozen=True, slots=True)
class Repair:
    """A change normalization made to the raw text, for report.json.

    kind: "mojibake" (repaired), "mojibake-unrepaired", "pinyin" (annotation removed), ...
    ``raw_start``/``raw_end`` index the raw text; ``before`` is the raw span, ``after`` its replacement.
    """

    kind: str
    raw_start: int
    raw_end: int
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not read, and why (listed in report.json)."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Document:
    """One article, read, normalized and split.

    ``doc_id`` is the file's base name (unique within a build; the reader disambiguates clashes).
    ``raw`` is the decoded text as read; ``text`` the normalized simplified text; ``offset_map[i]`` is
    the index in ``raw`` of ``text[i]`` (length ``len(text) + 1``, the last entry maps the end).
    ``original`` is ``text`` before traditional->simplified conversion (same length, same offsets),
    so a span's original surface form is ``original[start:end]``.
    """

    doc_id: str
    path: str
    raw: str
    text: str
    original: str
    offset_map: tuple[int, ...]
    encoding: str = "utf-8"
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    source: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    repairs: tuple[Repair, ...] = ()
    traditional: bool = False  # the source used traditional characters
    # Length of ``text`` when the texts were dropped to save memory (kg.pipeline.slim_result), else None.
    chars: int | None = None

    def raw_offset(self, index: int) -> int:
        """Index in ``raw`` that corresponds to ``text[index]`` (or the end when index == len(text))."""
        return self.offset_map[index]

    def sentence_at(self, index: int) -> Sentence | None:
        """The sentence containing ``text[index]``, or None."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if index < s.start:
                hi = mid
            elif index >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def section_kind(self, index: int) -> str:
        for section in self.sections:
            if section.start <= index < section.end:
                return section.kind
        return "main"


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the corpus keeps of a Document once it is extracted: metadata, not the text."""

    doc_id: str
    path: str
    encoding: str
    chars: int
    title: str | None = None
    published: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    repairs: tuple[Repair, ...] = ()
    traditional: bool = False

    @classmethod
    def of(cls, doc: Document) -> DocumentInfo:
        return cls(
            doc_id=doc.doc_id,
            path=doc.path,
            encoding=doc.encoding,
            chars=len(doc.text) if doc.chars is None else doc.chars,
            title=doc.title,
            published=doc.published,
            source=doc.source,
            authors=doc.authors,
            editors=doc.editors,
            repairs=doc.repairs,
            traditional=doc.traditional,
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of ``Document.text`` that names (or refers to) an entity.

    ``type`` is an ENTITY_TYPES value; ``rule`` names the recognizer that produced it. ``text`` is
    always ``document.text[start:end]``. A reference such as 该局 has ``is_reference=True``.
    """

    start: int
    end: int
    text: str
    type: str
    rule: str
    confidence: float = 0.8
    is_reference: bool = False


@dataclass(frozen=True, slots=True)
class LocalEntity:
    """An entity as resolved inside one document: its canonical name and the mentions naming it.

    ``key`` is ``(type, name)``, unique inside the document; relations refer to entities by key.
    """

    type: str
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    teaser_only: bool = False
    note: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.type, self.name)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact is stated: a sentence of one document, by which rule, how sure."""

    doc_id: str
    sentence: str  # the sentence text (normalized, simplified)
    start: int  # sentence span in Document.text
    end: int
    rule: str
    confidence: float
    teaser: bool = False


@dataclass(frozen=True, slots=True)
class Relation:
    """A fact ``head --predicate--> tail`` with its evidence.

    Inside a document, ``head``/``tail`` are LocalEntity keys ``(type, name)``; for ``reportedBy`` the
    head is ``("Document", doc_id)``. After corpus resolution they are entity ids. ``qualifier`` is the
    title for holdsPosition, the honour for honoredBy, the role for reportedBy (记者, 责编).
    """

    head: tuple[str, str]
    predicate: str
    tail: tuple[str, str]
    evidence: tuple[Evidence, ...]
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """The output of the per-document map: everything later stages need, no shared state."""

    document: Document
    entities: tuple[LocalEntity, ...]
    relations: tuple[Relation, ...]
    dropped: tuple[tuple[str, str], ...] = ()  # (reason, description) of candidates rejected


@dataclass(frozen=True, slots=True)
class Entity:
    """An entity after resolution across the corpus. ``id`` is the opaque, stable IRI."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    hant_labels: tuple[str, ...] = ()  # traditional surface forms seen in sources
    documents: tuple[str, ...] = ()  # doc_ids that mention it
    teaser_only: bool = False


@dataclass(frozen=True, slots=True)
class Corpus:
    """The whole build: documents (metadata only, texts are not kept), entities, relations.

    Relations here have ``head``/``tail`` = ``(type, entity id)``; for reportedBy the head is
    ``("Document", doc_id)``.
    """

    documents: tuple[DocumentInfo, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    skipped: tuple[Skipped, ...] = ()
    dropped: tuple[tuple[str, str], ...] = field(default=())


def _quick(cls: type) -> None:
    """Give a frozen, slotted dataclass a cheaper ``__init__``, ``__getstate__`` and ``__setstate__``
    that do exactly what the generated ones do.

    The generated ones set each field through ``object.__setattr__`` (the class is frozen) and the pickle
    pair calls ``fields()`` per object; the stages build and unpickle hundreds of thousands of these. Here
    each field is set through its slot's own descriptor (``__set__``, no attribute lookup by name), and the
    state is the same list in the same order, so pickles are byte for byte those of the dataclass.
    """
    names = [f.name for f in fields(cls)]
    env: dict[str, Any] = {"_generic_setstate": cls.__dict__["__setstate__"]}
    params = []
    for f in fields(cls):
        assert f.init and f.default_factory is MISSING, f"{cls.__name__}.{f.name}: plain fields only"
        env[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            env[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    sets = "".join(f"\n    _set_{n}(self, {n})" for n in names)
    state_sets = "".join(f"\n        _set_{n}(self, state[{i}])" for i, n in enumerate(names))
    source = (
        f"def __init__(self, {', '.join(params)}):{sets}\n"
        f"def __getstate__(self):\n    return [{', '.join(f'self.{n}' for n in names)}]\n"
        f"def __setstate__(self, state):\n    if len(state) == {len(names)}:{state_sets}\n"
        f"    else:  # not a state this class wrote: set what there is, as the dataclass does\n"
        f"        _generic_setstate(self, state)\n"
    )
    exec(source, env)  # noqa: S102 -- our own source, made from the field names (as dataclasses does)
    for name in ("__init__", "__getstate__", "__setstate__"):
        fn = env[name]
        fn.__annotations__ = dict(getattr(cls, name).__annotations__)
        fn.__qualname__ = f"{cls.__qualname__}.{name}"
        fn.__module__ = cls.__module__
        setattr(cls, name, fn)


for _cls in (Section, Sentence, Repair, Skipped, Document, DocumentInfo, Mention, LocalEntity, Evidence, Relation,
             DocumentResult, Entity, Corpus):
    _quick(_cls)
