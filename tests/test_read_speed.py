"""discover resolves each folder once: the same inputs and doc ids as resolving every path in full."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg import read
from kg.read import discover


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "a").mkdir(parents=True)
    (root / "b").mkdir()
    (root / "a" / "x.txt").write_text("甲", encoding="utf-8")
    (root / "a" / "y.txt").write_text("乙", encoding="utf-8")
    (root / "b" / "x.txt").write_text("丙", encoding="utf-8")
    (root / "link_dir").symlink_to(root / "a", target_is_directory=True)  # the same files a second way
    (root / "b" / "alias.txt").symlink_to(root / "a" / "y.txt")  # a file link: one file, read once
    (root / "b" / "dangling.txt").symlink_to(root / "gone.txt")
    return root


@pytest.mark.parametrize("relative", [False, True])
def test_discover_equals_full_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relative: bool) -> None:
    root = _tree(tmp_path)
    given = [str(root), str(root / "a" / "x.txt"), str(root / "link_dir" / "y.txt")]
    if relative:
        monkeypatch.chdir(root)
        given = ["a", "b", "link_dir", "./a/x.txt", "b/alias.txt"]
    fast = discover(given)
    monkeypatch.setattr(read, "_realpath", lambda path, _dirs: os.path.realpath(path))
    assert discover(given) == fast
    files = [path for path, _doc_id in fast[0]]
    assert len({os.path.realpath(f) for f in files}) == len(files)  # every file once
    assert sorted(doc_id for _p, doc_id in fast[0]) == sorted(["x.txt", "x.txt~2", "y.txt"])


def test_realpath_matches_the_library(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    dirs: dict[str, str] = {}
    for path in [root / "a" / "x.txt", root / "link_dir" / "x.txt", root / "b" / "alias.txt",
                 root / "b" / "dangling.txt", root / "b" / "missing.txt", root / "a" / "."]:
        assert read._realpath(str(path), dirs) == os.path.realpath(path)
