"""The build: a per-document map (read -> normalize -> extract) and a corpus-level reduce (resolve).

    >>> import kg
    >>> graph = kg.build(texts=["国网尉氏县供电公司总经理卢强来到供电所。"])
    >>> graph.nx.number_of_nodes() > 0
    True
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .graph import KnowledgeGraph
from .iri import DEFAULT_BASE
from .model import Document, DocumentResult, Skipped

__all__ = ["build", "process_document", "build_corpus_results"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def process_document(doc: Document) -> DocumentResult:
    """The per-document map: entities and relations of one normalized document. Pure."""
    from .extract.entities import find_entities
    from .extract.relations import find_relations

    entities = find_entities(doc)
    relations, dropped = find_relations(doc, entities)
    return DocumentResult(document=doc, entities=tuple(entities), relations=tuple(relations),
                          dropped=tuple(dropped))


def _documents_from_texts(texts: Sequence[str]) -> list[Document]:
    from .document import make_document

    width = max(3, len(str(len(texts))))
    return [make_document(text, doc_id=f"text_{i:0{width}d}.txt") for i, text in enumerate(texts)]


def build_corpus_results(
    paths: Iterable[str | Path] | None = None,
    *,
    texts: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> tuple[list[DocumentResult], list[Skipped]]:
    """Run the map over every input. Raises InputError for a missing path or nothing to read."""
    from .document import load_document
    from .read import discover

    results: list[DocumentResult] = []
    skipped: list[Skipped] = []
    if texts is not None:
        docs: list[Document] = _documents_from_texts(texts)
        for i, doc in enumerate(docs):
            results.append(process_document(doc))
            if progress:
                progress(i + 1, len(docs))
        return results, skipped
    files, skipped = discover([str(p) for p in (paths or [])])
    for i, (path, doc_id) in enumerate(files):
        loaded = load_document(path, doc_id)
        if isinstance(loaded, Skipped):
            skipped.append(loaded)
        else:
            results.append(process_document(loaded))
        if progress:
            progress(i + 1, len(files))
    return results, skipped


def build(
    paths: Iterable[str | Path] | None = None,
    *,
    texts: Sequence[str] | None = None,
    base: str = DEFAULT_BASE,
    progress: Progress | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from files and folders, or from strings (``texts=[...]``)."""
    from .resolve import resolve_corpus

    if isinstance(paths, (str, Path)):
        paths = [paths]
    results, skipped = build_corpus_results(paths, texts=texts, progress=progress)
    corpus = resolve_corpus(results, skipped=skipped, base=base)
    return KnowledgeGraph(corpus, base=base)
