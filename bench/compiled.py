"""The compiled package for the benchmark: kg built as ``KG_COMPILE=1 pip wheel`` (mypyc), unpacked.

The wheel is built from the same sources the benchmark measures (``git archive HEAD``, or the working
tree) and cached under bench/.compiled/ by a hash of those sources, so a second run of the same code does
not compile again (compiling takes minutes). Used by ``bench/run.py --compiled``.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".compiled"
#: What a wheel build reads.
BUILD_INPUTS = ("pyproject.toml", "setup.py", "build_support", "README.md", "src")


def _sources(target: Path, working_tree: bool) -> None:
    if working_tree:
        for name in BUILD_INPUTS:
            src = ROOT / name
            if src.is_dir():
                ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.so")
                shutil.copytree(src, target / name, ignore=ignore)
            else:
                shutil.copy2(src, target / name)
        return
    git = ["git", "-C", str(ROOT), "archive", "--format=tar", "HEAD", *BUILD_INPUTS]
    archive = subprocess.run(git, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python >= 3.10.12 / 3.11.4
            tar.extractall(target, filter="data")
        else:
            tar.extractall(target)  # our own git archive


def _digest(tree: Path) -> str:
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(p for p in tree.rglob("*") if p.is_file()):
        digest.update(path.relative_to(tree).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def compiled_package(working_tree: bool = False) -> tuple[Path, float | None]:
    """The folder to put on PYTHONPATH for the compiled kg, and the CPU seconds the compile took (None
    when it came from the cache). Raises SystemExit when the wheel does not build."""
    with tempfile.TemporaryDirectory(prefix="kg-compile-") as tmp:
        tree = Path(tmp) / "src-tree"
        tree.mkdir()
        _sources(tree, working_tree)
        target = CACHE / _digest(tree)
        if (target / "kg").is_dir():
            return target, None
        wheels = Path(tmp) / "wheels"
        env = dict(os.environ, KG_COMPILE="1")
        started = os.times()
        cmd = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(tree)]
        build = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        ended = os.times()
        if build.returncode != 0:
            raise SystemExit(f"the compiled wheel did not build:\n{build.stderr[-3000:]}")
        cpu = ended.children_user + ended.children_system - started.children_user - started.children_system
        shutil.rmtree(CACHE, ignore_errors=True)  # one compiled version kept: they are large
        partial = CACHE / f".{target.name}.partial"
        with zipfile.ZipFile(next(wheels.glob("kg-*.whl"))) as wheel:
            wheel.extractall(partial)
        partial.rename(target)
        return target, round(cpu, 1)
