"""The optional mypyc build (setup.py, build_support/kg_build.py): never a compiled module in the source
tree, and the class semantics mypyc is known to get wrong stay right in whichever build is installed."""

from __future__ import annotations

import importlib
import importlib.machinery
from pathlib import Path

import kg
from kg.extract.rel_base import Hit

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "kg"
EXTENSIONS = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def test_the_source_tree_holds_no_compiled_module() -> None:
    # A compiled module beside its .py is imported instead of it: an edit to the .py would do nothing.
    # Only wheels compile (KG_COMPILE=1 pip install .); `python setup.py build_ext --inplace` must not be run.
    stale = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*") if p.name.endswith(EXTENSIONS))
    assert stale == [], f"compiled modules in the source tree shadow their .py files: {stale}; delete them"


def test_an_editable_install_runs_the_sources() -> None:
    if Path(kg.__file__).resolve().parent != SOURCES:
        return  # an installed wheel (compiled or not): nothing to check here
    for name in ("kg.extract.entities", "kg.extract.rel_base", "kg.read", "kg.normalize"):
        assert importlib.import_module(name).__file__.endswith(".py"), name


def test_hits_compare_and_hash_by_value() -> None:
    # mypyc drops the dataclass-generated __eq__/__hash__ of a class that defines __lt__: Hit writes
    # them out; equal hits must be equal and collapse in a set, compiled or not.
    a = Hit(0, 2, "张三", "Person", ("Person", "张三"), False)
    b = Hit(0, 2, "张三", "Person", ("Person", "张三"), False)
    c = Hit(0, 2, "张三", "Person", ("Person", "张三"), True)
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != c and len({a, b, c}) == 2
    assert hash(a) == hash((0, 2, "张三", "Person", ("Person", "张三"), False))
    later = Hit(3, 4, "x", "Place", ("Place", "x"), False)
    assert sorted([later, a]) == [a, later]
    assert (a == "not a hit") is False
