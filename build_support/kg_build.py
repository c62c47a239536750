"""The build backend: setuptools, plus an opt-in mypyc compilation of the per-document extraction.

    pip install .                    # pure Python, as always
    KG_COMPILE=1 pip install .       # the modules in setup.py's COMPILED are compiled with mypyc
    pip install -e .                 # always pure Python, whatever KG_COMPILE says

The editable install (``make test``, ``make build``, every working copy) must run the .py sources: a
compiled module left beside an edited .py would shadow it. So only wheels compile, and mypy (which
brings mypyc) is a build requirement only then; it is pinned because mypyc's semantics are checked
(identical outputs, the test suite) against that version.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # the other PEP 517/660 hooks, unchanged

MYPYC = "mypy==2.4.1"


def compile_requested() -> bool:
    return os.environ.get("KG_COMPILE", "") == "1"


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    requires = list(_setuptools.get_requires_for_build_wheel(config_settings))
    return requires + [MYPYC] if compile_requested() else requires


def build_editable(wheel_directory: str, config_settings: dict[str, Any] | None = None,
                   metadata_directory: str | None = None) -> str:
    os.environ["KG_EDITABLE"] = "1"  # read by setup.py: never compile for an editable install
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    os.environ["KG_EDITABLE"] = "1"
    return list(_setuptools.get_requires_for_build_editable(config_settings))
