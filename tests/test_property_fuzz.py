"""bench/fuzz.py (the long fuzz run, 10^5 inputs) still works: a tiny run finds no crash and writes
its results."""

from __future__ import annotations

import json
import sys

from conftest import ROOT


def test_fuzz_tool_runs_and_finds_nothing(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import fuzz  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert fuzz.generate(7, 1) == fuzz.generate(7, 1)  # reproducible inputs
    assert {fuzz.generate(i, 1)[0] for i in range(10)} == set(fuzz.MODES)
    code = fuzz.main(["--count", "250", "--workers", "1", "--seed", "3", "--out", str(tmp_path)])
    result = json.loads((tmp_path / "fuzz.json").read_text(encoding="utf-8"))
    assert result["inputs"] == 250
    assert result["documents"] > 50 and result["relations"] > 0 and result["corpus_checks"] >= 1
    assert result["crashes"] == 0, result["failures"][:3]
    assert code == 0
    assert "**250 inputs, 0 crashes**" in (tmp_path / "fuzz.md").read_text(encoding="utf-8")
