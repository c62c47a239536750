"""Traditional -> simplified with OpenCC (t2s), character-aligned so offsets survive.

OpenCC loads once per process, on first use. t2s almost always keeps length; where a phrase
conversion would not, that line is converted character by character so ``original`` and ``text``
stay aligned index for index.
"""

from __future__ import annotations

import functools
import operator
import re
from typing import Any

__all__ = ["is_traditional", "to_simplified"]

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@functools.cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Simplified form of ``text`` with exactly the same length."""
    if not text:
        return text
    convert = _converter().convert
    out = convert(text)
    if len(out) == len(text):
        return out
    lines = text.split("\n")
    fixed = []
    for line in lines:
        conv = convert(line)
        if len(conv) != len(line):
            conv = "".join(_one(c) for c in line)
        fixed.append(conv)
    return "\n".join(fixed)


@functools.lru_cache(maxsize=8192)
def _one(char: str) -> str:
    conv = _converter().convert(char)
    return conv if len(conv) == 1 else char


def is_traditional(original: str, simplified: str) -> bool:
    """True when t2s changed a noticeable share of the Han characters (not one stray variant)."""
    if original == simplified:
        return False
    changed = sum(map(operator.ne, original, simplified))
    if changed < 3:
        return False
    han = len(_HAN.findall(original))
    return changed >= 0.02 * han
