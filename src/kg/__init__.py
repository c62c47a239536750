"""kg: knowledge graphs of companies, people, communities and events from Chinese news.

    >>> import kg
    >>> graph = kg.build(["seeds/"])            # doctest: +SKIP
    >>> graph.nx, graph.rdf                     # doctest: +SKIP

Importing kg is cheap: dictionaries and heavy libraries load on first use.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from .errors import DataFileError, GoldError, InputError, KGError, OutputError, QueryError

if TYPE_CHECKING:
    from .graph import KnowledgeGraph
    from .pipeline import build

__all__ = [
    "DataFileError",
    "GoldError",
    "InputError",
    "KGError",
    "KnowledgeGraph",
    "OutputError",
    "QueryError",
    "__version__",
    "build",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> Any:
    # Lazy: `import kg` must not import networkx, rdflib or jieba.
    if name == "build":
        from .pipeline import build

        return build
    if name == "KnowledgeGraph":
        from .graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
