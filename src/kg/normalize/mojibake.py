"""Repair misaligned-GBK mojibake (first version: detection only, repairs come next)."""

from __future__ import annotations

from .offsets import Edit

__all__ = ["mojibake_edits"]


def mojibake_edits(text: str) -> tuple[list[Edit], list[tuple[int, int]]]:
    """Edits repairing mojibake spans, and the spans that could not be repaired."""
    return [], []
