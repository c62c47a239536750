"""Reading: discovery, encodings, HTML, skip reasons."""

from __future__ import annotations

import os

import pytest

from kg import read
from kg.errors import InputError
from kg.model import Skipped
from kg.read import decode_bytes, discover, html_to_text, read_text

TEXT = "国网某县供电公司总经理张三来到供电所,检查度冬保供电工作。"
TRAD = "國網某縣供電公司總經理張三來到供電所,檢查度冬保供電工作。"


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (TEXT.encode("utf-8"), TEXT, "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT, "utf-8"),
        (TEXT.encode("gbk"), TEXT, "gbk"),
        (TRAD.encode("gbk"), TRAD, "gbk"),
        (TRAD.encode("big5"), TRAD, "big5"),
        (TEXT.encode("utf-16"), TEXT, "utf-16"),
        (TEXT.encode("utf-16-le"), TEXT, "utf-16"),
        ("𠀀" .encode("gb18030") + TEXT.encode("gb18030"), "𠀀" + TEXT, "gb18030"),
    ],
)
def test_decode(data, text, encoding):
    assert decode_bytes(data) == (text, encoding)


def test_binary_refused():
    assert isinstance(decode_bytes(bytes(range(256)) * 4), str)
    assert isinstance(decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), str)


def test_html_to_text():
    html = ("<html><head><title>T</title><style>p{}</style><script>var a='<p>x</p>';</script></head>"
            "<body><div>第一段&amp;<b>加粗</b></div><p>第二段</p></body></html>")
    out = html_to_text(html)
    assert "var a" not in out and "p{}" not in out
    lines = [ln.strip() for ln in out.split("\n") if ln.strip()]
    assert lines == ["T", "第一段&加粗", "第二段"]


def test_read_text_skips(tmp_path, monkeypatch):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    for name in ("empty.txt", "blank.txt", "bin.txt"):
        got = read_text(str(tmp_path / name))
        assert isinstance(got, Skipped) and got.reason
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 10, encoding="utf-8")
    monkeypatch.setattr(read, "MAX_BYTES", 100)
    got = read_text(str(big))
    assert isinstance(got, Skipped) and "too large" in got.reason


def test_read_html_file(tmp_path):
    p = tmp_path / "a.html"
    p.write_bytes(f"<html><body><p>{TEXT}</p><script>alert(1)</script></body></html>".encode("gbk"))
    text, enc = read_text(str(p))
    assert text.strip() == TEXT and enc == "gbk"


def test_discover(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b" / "y.htm").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b" / "skip.pdf").write_bytes(b"%PDF")
    files, skipped = discover([str(tmp_path)])
    assert [d for _, d in files] == ["x.txt", "x.txt~2", "y.htm"]
    assert [p for p, _ in files] == sorted(p for p, _ in files)
    assert skipped == []


def test_discover_errors(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        discover([str(tmp_path / "nope")])
    (tmp_path / "only.pdf").write_bytes(b"x")
    with pytest.raises(InputError, match="no readable input"):
        discover([str(tmp_path)])


def test_symlink_loop(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(TEXT, encoding="utf-8")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    files, skipped = discover([str(tmp_path)])
    assert len(files) == 1
    assert any("loop" in s.reason for s in skipped)


def test_unreadable_path(tmp_path):
    got = read_text(str(tmp_path))  # a folder opened as a file: the OS refuses
    assert isinstance(got, Skipped) and "cannot read" in got.reason
