"""Extension modules for the build backend (build_support/kg_build.py); the metadata is pyproject.toml's.

With KG_COMPILE=1, a wheel build (``pip install .``, ``pip wheel .``) compiles the per-document
extraction with mypyc (issue #7: the pure-Python rules are the build's largest cost). Never for an
editable install or an in-place build: the working copy must keep running its .py sources.
"""

import os
import sys
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent

#: The compiled modules: everything a worker runs per document (read, normalize, extract), nothing
#: corpus-level. Each must type-check under mypy and keep its outputs identical when compiled.
COMPILED = ("kg/extract/*.py", "kg/normalize/*.py", "kg/sentences.py", "kg/document.py", "kg/read.py",
            "kg/page.py")

#: Commands that build extension modules into a wheel (not metadata: egg_info, dist_info run before
#: mypy is installed; not in place: develop, editable_wheel, build_ext --inplace).
BUILDS = {"bdist_wheel", "build", "build_ext"}
IN_PLACE = {"develop", "editable_wheel", "--inplace", "-i"}


def ext_modules() -> list:
    if os.environ.get("KG_COMPILE", "") != "1" or os.environ.get("KG_EDITABLE"):
        return []
    if not BUILDS & set(sys.argv) or IN_PLACE & set(sys.argv):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        raise SystemExit("KG_COMPILE=1 needs mypyc: build with pip (it installs mypy) or pip install mypy") \
            from exc

    os.chdir(ROOT)  # mypycify takes paths relative to the project and writes its C sources to build/
    paths = sorted(str(p.relative_to(ROOT)) for pattern in COMPILED for p in (ROOT / "src").glob(pattern))
    return mypycify(paths, opt_level="3")


setup(ext_modules=ext_modules())
