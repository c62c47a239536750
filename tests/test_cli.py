"""The CLI's contract: exit status 0 on success, 2 with one clear line on stderr for bad usage or input."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, *needles: str) -> None:
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kg: error:")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0]


def test_no_command_is_usage_error(capsys):
    code, _, err = run(capsys)
    assert_one_line_error(code, err)


def test_unknown_flag_is_usage_error(capsys):
    code, _, err = run(capsys, "build", "--frobnicate", "seeds")
    assert_one_line_error(code, err, "--frobnicate")


def test_missing_input_path(capsys, tmp_path):
    code, _, err = run(capsys, "build", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert_one_line_error(code, err, "nope")
    assert not (tmp_path / "out").exists(), "a failed build leaves no empty output folder"


def test_a_failed_build_keeps_an_output_folder_that_was_there(capsys, tmp_path):
    (tmp_path / "out").mkdir()
    code, _, err = run(capsys, "build", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert_one_line_error(code, err, "nope")
    assert (tmp_path / "out").is_dir()


def test_empty_folder(capsys, tmp_path):
    (tmp_path / "in").mkdir()
    code, _, err = run(capsys, "build", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert_one_line_error(code, err, "in")


def test_output_path_is_a_file(capsys, tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "build", "seeds", "-o", str(blocker))
    assert_one_line_error(code, err, "is a file")
    assert blocker.read_text(encoding="utf-8") == "x"


def test_missing_gold_file(capsys, tmp_path):
    code, _, err = run(capsys, "eval", "--gold", str(tmp_path / "g.json"), "seeds")
    assert_one_line_error(code, err, "g.json")


def test_query_needs_exactly_one_query(capsys, tmp_path):
    code, _, err = run(capsys, "query", str(tmp_path / "g.ttl"))
    assert_one_line_error(code, err, "-f")


def test_query_missing_graph(capsys, tmp_path):
    code, _, err = run(capsys, "query", str(tmp_path / "g.ttl"), "SELECT * WHERE { ?s ?p ?o }")
    assert_one_line_error(code, err, "g.ttl")


def test_import_is_cheap():
    code = (
        "import sys, kg\n"
        "heavy = [m for m in ('networkx', 'rdflib', 'jieba', 'rjieba', 'opencc', 'pyoxigraph') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


@pytest.mark.parametrize("argv", [["--help"], ["build", "--help"], ["query", "--help"], ["eval", "--help"]])
def test_help_exits_zero(capsys, argv):
    code, out, _ = run(capsys, *argv)
    assert code == 0 and "usage" in out
