"""One exception tree for kg. The CLI turns each into one line on stderr and exit status 2."""

from __future__ import annotations

__all__ = ["DataFileError", "GoldError", "InputError", "KGError", "OutputError", "QueryError"]


class KGError(Exception):
    """Base of every error kg raises on purpose. The message says where and what to do."""


class InputError(KGError):
    """A path or input the user gave cannot be used (missing path, empty folder, nothing readable)."""


class OutputError(KGError):
    """The output folder cannot be written (a file in the way, no permission)."""


class QueryError(KGError):
    """A SPARQL query that does not parse or cannot run."""


class GoldError(KGError):
    """A gold file for ``kg eval`` that is not valid JSON or not in the gold schema."""


class DataFileError(KGError):
    """A lexicon file shipped in ``kg/data`` is malformed (names the file and line)."""
