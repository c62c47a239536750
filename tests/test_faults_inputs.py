"""Faults on the input side: every encoding with real bytes, files that are not text, a 100 MB file,
odd names, unreadable files, symlink loops; and every user mistake on the command line.

Each skipped input is listed with its reason in report.json and the build still produces the rest.
Every user mistake gives exit status 2 and one line on stderr naming the thing, no traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import kg
from conftest import GOLD, SEEDS
from kg.document import load_document
from kg.model import Document, Skipped
from kg.read import MAX_BYTES, read_text

SIMPLIFIED = "国网某县供电公司总经理王建国来到幸福社区，开展防汛救灾工作。\n"
TRADITIONAL = "國網某縣供電公司總經理王建國來到幸福社區，開展防汛救災工作。\n"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- encodings, with real bytes

ENCODED = {
    "utf-8": (SIMPLIFIED.encode("utf-8"), "utf-8"),
    "utf-8 with BOM": (SIMPLIFIED.encode("utf-8-sig"), "utf-8"),
    "gbk": (SIMPLIFIED.encode("gbk"), "gbk"),
    # A character outside GBK makes it a real GB18030 file (four-byte sequence).
    "gb18030": ((SIMPLIFIED.strip() + "𠀀\n").encode("gb18030"), "gb18030"),
    "utf-16-le with BOM": (b"\xff\xfe" + SIMPLIFIED.encode("utf-16-le"), "utf-16"),
    "utf-16-be with BOM": (b"\xfe\xff" + SIMPLIFIED.encode("utf-16-be"), "utf-16"),
    "utf-16-le without BOM": (SIMPLIFIED.encode("utf-16-le"), "utf-16"),
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_every_encoding_reads_to_the_same_text(tmp_path, name):
    data, label = ENCODED[name]
    reference = load_document(str(write(tmp_path, "ref.txt", SIMPLIFIED.encode("utf-8"))), "ref.txt")
    doc = load_document(str(write(tmp_path, "x.txt", data)), "x.txt")
    assert isinstance(doc, Document), doc
    assert doc.encoding == label
    expected = reference.text + ("𠀀" if name == "gb18030" else "")
    assert doc.text == expected
    assert "\ufeff" not in doc.raw


def test_big5_reads_as_traditional_and_normalizes_like_utf8(tmp_path):
    utf8 = load_document(str(write(tmp_path, "u.txt", TRADITIONAL.encode("utf-8"))), "u.txt")
    big5 = load_document(str(write(tmp_path, "b.txt", TRADITIONAL.encode("big5"))), "b.txt")
    assert isinstance(big5, Document) and isinstance(utf8, Document)
    assert big5.encoding == "big5"
    assert big5.raw == utf8.raw
    assert big5.text == utf8.text
    assert big5.traditional and "国网" in big5.text and "國網" in big5.original


def test_windows_line_endings_and_lone_cr(tmp_path):
    data = SIMPLIFIED.replace("\n", "\r\n").encode("gbk") + "第二段。\r".encode("gbk")
    doc = load_document(str(write(tmp_path, "crlf.txt", data)), "crlf.txt")
    assert isinstance(doc, Document)
    assert "\r" not in doc.text and "第二段" in doc.text


# ---------------------------------------------------------------- not text: skipped with a reason

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64 + bytes(range(256)) * 4


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\r\n  ", "empty"),
        ("\u3000\u3000\n \n".encode("utf-8"), "no text"),
        (b"\xef\xbb\xbf", "no text"),  # a UTF-8 BOM and nothing else
        (b"\xff\xfe" + " \n".encode("utf-16-le"), "no text"),
        (PNG, "binary"),
        (ELF, "binary"),
        (b"<html><head><script>var a = 1;</script><style>p{}</style></head><body> </body></html>", "no text"),
    ],
    ids=["zero-length", "whitespace", "ideographic-spaces", "bom-only", "utf16-whitespace", "png", "elf",
         "html-without-text"],
)
def test_files_without_text_are_skipped_with_a_reason(tmp_path, data, reason):
    got = read_text(str(write(tmp_path, "x.txt", data)))
    assert isinstance(got, Skipped)
    assert reason in got.reason


# ---------------------------------------------------------------- a 100 MB file


@pytest.fixture(autouse=True)
def _no_big_leftovers(tmp_path):  # type: ignore[no-untyped-def]
    """pytest keeps the last runs' tmp folders: do not leave 100 MB files in them."""
    yield
    for big in tmp_path.rglob("huge.txt"):
        big.unlink()


def _big_file(folder: Path, size: int = 100 * 1024 * 1024) -> Path:
    """A real 100 MB article (one repeated 1 MiB block), written in well under a second."""
    block = (SIMPLIFIED * (1024 * 1024 // len(SIMPLIFIED.encode("utf-8")) + 1)).encode("utf-8")[: 1024 * 1024]
    path = folder / "huge.txt"
    with open(path, "wb") as handle:
        handle.writelines(block for _ in range(size // len(block)))
    return path


def test_100mb_file_is_refused_by_size_before_reading(tmp_path, monkeypatch):
    big = _big_file(tmp_path)
    assert big.stat().st_size > MAX_BYTES
    import kg.read

    def no_open(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"{path} was opened: the size check must come first")

    monkeypatch.setattr(kg.read, "open", no_open, raising=False)
    got = read_text(str(big))
    assert isinstance(got, Skipped)
    assert "too large" in got.reason and str(MAX_BYTES) in got.reason


@pytest.mark.parametrize("cache", [False, True], ids=["no-cache", "cache"])
def test_100mb_file_keeps_memory_bounded_in_a_real_build(tmp_path, cache):
    """In a child process: peak RSS grows by less than 30 MB when the 100 MB file is in the corpus
    (with the per-document cache too, which hashes each input's bytes)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _big_file(corpus)
    (corpus / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    small = tmp_path / "small"
    small.mkdir()
    (small / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    code = textwrap.dedent(f"""
        import json, resource, kg
        cache = {str(tmp_path / "cache") if cache else None!r}
        kg.build([{str(small)!r}], cache_dir=cache).write({str(tmp_path / "o1")!r})
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        graph = kg.build([{str(corpus)!r}], cache_dir=cache)
        graph.write({str(tmp_path / "o2")!r})
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps([before, after, [s.reason for s in graph.corpus.skipped], len(graph.corpus.documents)]))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    before, after, reasons, documents = json.loads(out)
    assert documents == 1
    assert len(reasons) == 1 and "too large" in reasons[0]
    assert (after - before) * 1024 < 30 * 1024 * 1024, f"peak RSS grew by {(after - before) // 1024} MB"


# ---------------------------------------------------------------- a folder full of trouble, one build


@pytest.fixture(scope="module")
def troubled(tmp_path_factory) -> tuple[Path, dict, list[str]]:
    """A folder with good files in every encoding and odd names, next to every kind of bad input.
    Built once; returns (folder, report.json, the file names expected to be read)."""
    root = tmp_path_factory.mktemp("troubled")
    folder = root / "in"
    folder.mkdir()
    good = {
        "utf8.txt": SIMPLIFIED.encode("utf-8"),
        "bom.txt": SIMPLIFIED.encode("utf-8-sig"),
        "gbk.txt": SIMPLIFIED.encode("gbk"),
        "gb18030.txt": (SIMPLIFIED + "𠀀").encode("gb18030"),
        "big5.txt": TRADITIONAL.encode("big5"),
        "u16le.txt": b"\xff\xfe" + SIMPLIFIED.encode("utf-16-le"),
        "u16be.txt": b"\xfe\xff" + SIMPLIFIED.encode("utf-16-be"),
        "name with spaces.txt": SIMPLIFIED.encode("utf-8"),
        "新闻 稿（一）.txt": SIMPLIFIED.encode("utf-8"),
        "emoji-📰.htm": f"<html><body><p>{SIMPLIFIED}</p></body></html>".encode(),
        "UPPER.TXT": SIMPLIFIED.encode("utf-8"),
    }
    for name, data in good.items():
        write(folder, name, data)
    write(folder, "empty.txt", b"")
    write(folder, "blank.txt", b" \n\n\t ")
    write(folder, "image.txt", PNG)
    write(folder, "notes.md", SIMPLIFIED.encode("utf-8"))  # not a supported suffix: silently not an input
    os.mkfifo(folder / "fifo.txt")
    os.symlink("nowhere.txt", folder / "dangling.txt")
    os.symlink("selfie.txt", folder / "selfie.txt")  # a link to itself
    (folder / "sub").mkdir()
    write(folder / "sub", "utf8.txt", SIMPLIFIED.encode("utf-8"))  # same base name: utf8.txt~2
    os.symlink("..", folder / "sub" / "up")  # a folder loop
    (folder / "folder.txt").mkdir()  # a folder where a file is expected
    big = _big_file(folder)
    graph = kg.build([str(folder)])
    out = root / "out"
    graph.write(out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    big.unlink()
    return folder, report, sorted(good) + ["utf8.txt~2"]


def test_troubled_folder_reads_every_good_file(troubled):
    _, report, expected = troubled
    assert sorted(d["file"] for d in report["documents"]) == sorted(expected)
    assert report["documents_read"] == len(expected)
    by_file = {d["file"]: d["encoding"] for d in report["documents"]}
    assert by_file["gbk.txt"] == "gbk" and by_file["big5.txt"] == "big5" and by_file["u16be.txt"] == "utf-16"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty"),
        ("blank.txt", "empty"),
        ("image.txt", "binary"),
        ("fifo.txt", "not a regular file"),
        ("dangling.txt", "broken link"),
        ("selfie.txt", "broken link"),
        ("huge.txt", "too large"),
        ("sub/up", "symlink loop"),
    ],
)
def test_troubled_folder_lists_each_skip_with_its_reason(troubled, name, reason):
    folder, report, _ = troubled
    assert report["inputs_skipped"] == len(report["skipped"])
    reasons = {s["path"]: s["reason"] for s in report["skipped"]}
    assert str(folder / name) in reasons, sorted(reasons)
    assert reason in reasons[str(folder / name)]


def test_unreadable_file_is_skipped_and_the_rest_built(tmp_path, monkeypatch):
    """Permission denied on open (tests run as root, where chmod 000 does not stop reading, so the
    refusal is simulated where kg.read opens files)."""
    import kg.read

    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "a.txt", SIMPLIFIED.encode("utf-8"))
    locked = write(folder, "locked.txt", SIMPLIFIED.encode("utf-8"))
    real_open = open

    def guarded(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(kg.read, "open", guarded, raising=False)
    graph = kg.build([str(folder)])
    graph.write(tmp_path / "out")
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [d["file"] for d in report["documents"]] == ["a.txt"]
    assert report["skipped"] == [{"path": str(locked), "reason": "cannot read file: Permission denied"}]


def test_file_vanishing_after_discovery_is_skipped(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "a.txt", SIMPLIFIED.encode("utf-8"))
    gone = write(folder, "gone.txt", SIMPLIFIED.encode("utf-8"))
    import kg.read

    real_discover = kg.read.discover

    def discover_then_delete(paths):  # type: ignore[no-untyped-def]
        found = real_discover(paths)
        gone.unlink()
        return found

    monkeypatch.setattr(kg.read, "discover", discover_then_delete)
    graph = kg.build([str(folder)])
    assert [d.doc_id for d in graph.corpus.documents] == ["a.txt"]
    assert [(s.path, "cannot read file" in s.reason) for s in graph.corpus.skipped] == [(str(gone), True)]


@pytest.mark.parametrize("cache", [False, True])
def test_undecodable_file_name_builds(tmp_path, cache):
    """A file name in GBK bytes on a UTF-8 system (os.fsdecode leaves lone surrogates)."""
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode("新闻".encode("gbk") + b".txt")
    (folder / name).write_text(SIMPLIFIED, encoding="utf-8")
    (folder / "ok.txt").write_text(SIMPLIFIED, encoding="utf-8")
    graph = kg.build([str(folder)], cache_dir=tmp_path / "cache" if cache else None)
    written = graph.write(tmp_path / "out")
    assert len(graph.corpus.documents) == 2
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert sorted(d["file"] for d in report["documents"]) == ["ok.txt", "\ufffd\ufffd\ufffd\ufffd.txt"]
    for path in written:
        path.read_bytes().decode("utf-8")  # every output is valid UTF-8
    import rdflib

    rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")


def test_lone_surrogates_in_texts_build(tmp_path):
    graph = kg.build(texts=["\ud800国网江苏省电力有限公司南京供电公司副总经理张丽华\udfff带领志愿者下沉幸福社区。"])
    for path in graph.write(tmp_path / "out"):
        path.read_bytes().decode("utf-8")
    assert graph.corpus.entities


def test_one_file_named_two_ways_is_read_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    os.symlink("a.txt", folder / "link.txt")
    graph = kg.build([str(folder), str(folder.resolve()), str(folder / "a.txt")])
    assert [d.doc_id for d in graph.corpus.documents] == ["a.txt"]


def test_output_folder_inside_the_input_is_not_read_back(tmp_path):
    """Rebuilding into a folder inside the input: the previous graph.html is skipped, not an article."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    kg.build([str(folder)]).write(folder / "out")
    first = (folder / "out" / "graph.ttl").read_bytes()
    graph = kg.build([str(folder)])
    graph.write(folder / "out")
    assert [d.doc_id for d in graph.corpus.documents] == ["a.txt"]
    assert [(s.path, "kg build" in s.reason) for s in graph.corpus.skipped] == [(str(folder / "out" / "graph.html"), True)]
    assert (folder / "out" / "graph.ttl").read_bytes() == first


# ---------------------------------------------------------------- user mistakes on the command line


def kg_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, check=False,
                          cwd=cwd)


def assert_usage_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("kg: error:") and "Traceback" not in proc.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    assert len(lines[0]) < 400, f"the message is too long to read: {lines[0]}"


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """A small graph.ttl and the bad files a user might hand to kg."""
    d = tmp_path_factory.mktemp("cli")
    graph = kg.build(texts=[SIMPLIFIED])
    graph.write(d / "out")
    paths = {"graph": d / "out" / "graph.ttl", "folder": d}
    for name, data in {
        "bad.ttl": b"this is not turtle <<<",
        "binary.ttl": PNG,
        "bad.rq": b"SELECT ?x WHERE {",
        "latin1.rq": "SELECT * WHERE { ?s ?p 'café' }".encode("latin-1"),
        "bad.json": b"{not json",
        "list.json": b"[1, 2]",
        "no-file.json": b'{"documents": [{"entities": []}]}',
        "entities-not-list.json": b'{"documents": [{"file": "a.txt", "entities": "x"}]}',
        "entity-without-type.json": b'{"documents": [{"file": "a.txt", "entities": [{"name": "x"}]}]}',
        "relation-without-tail.json": b'{"documents": [{"file": "a.txt", "relations": [{"head": "x", "relation": "worksFor"}]}]}',
        "binary.json": PNG,
        "aliases-not-list.json": b'{"documents": [{"file": "a.txt", "entities": [{"name": "x", "type": "Person", "aliases": 5}]}]}',
        "authors-not-list.json": b'{"documents": [{"file": "a.txt", "authors": 5}]}',
        "qualifier-number.json": b'{"documents": [{"file": "a.txt", "relations": [{"head": "x", "relation": "holdsPosition", "tail": "y", "qualifier": 1}]}]}',
    }.items():
        paths[name] = write(d, name, data)
    return paths


CASES = [
    # (id, argv with {placeholders}, needles in the message)
    ("build-missing-path", ["build", "{folder}/nope", "-o", "{folder}/o"], ["nope", "does not exist"]),
    ("build-empty-folder", ["build", "{folder}/empty", "-o", "{folder}/o"], ["empty", "no readable input"]),
    ("build-folder-named-like-a-file", ["build", "{folder}/dir.txt", "-o", "{folder}/o"], ["dir.txt"]),
    ("build-unknown-flag", ["build", "--frobnicate", "x"], ["--frobnicate"]),
    ("build-unknown-engine", ["build", "x", "--engine", "spark"], ["--engine", "spark"]),
    ("build-workers-not-a-number", ["build", "x", "--workers", "two"], ["--workers", "two"]),
    ("build-bad-base", ["build", "{seed}", "--base", "not an iri", "-o", "{folder}/o"], ["base IRI", "not an iri"]),
    ("build-no-paths", ["build"], ["paths"]),
    ("unknown-command", ["frobnicate"], ["frobnicate"]),
    ("query-malformed-sparql", ["query", "{graph}", "SELECT ?x WHERE {"], ["SPARQL", "line 1", "column 18"]),
    ("query-malformed-sparql-file", ["query", "{graph}", "-f", "{bad.rq}"], ["SPARQL"]),
    ("query-sparql-file-missing", ["query", "{graph}", "-f", "{folder}/nope.rq"], ["nope.rq"]),
    ("query-sparql-file-is-a-folder", ["query", "{graph}", "-f", "{folder}"], ["query file"]),
    ("query-sparql-file-not-utf8", ["query", "{graph}", "-f", "{latin1.rq}"], ["latin1.rq", "UTF-8"]),
    ("query-update-refused", ["query", "{graph}", "DELETE WHERE { ?s ?p ?o }"], ["read-only", "DELETE"]),
    ("query-empty", ["query", "{graph}", "  "], ["empty"]),
    ("query-undefined-prefix", ["query", "{graph}", "SELECT * WHERE { ?s nope:p ?o }"], ["prefix", "PREFIX"]),
    ("query-both-query-and-file", ["query", "{graph}", "ASK {}", "-f", "{bad.rq}"], ["-f"]),
    ("query-no-query", ["query", "{graph}"], ["-f"]),
    ("query-graph-missing", ["query", "{folder}/g.ttl", "ASK {}"], ["g.ttl"]),
    ("query-graph-not-turtle", ["query", "{bad.ttl}", "ASK {}"], ["bad.ttl", "Turtle"]),
    ("query-graph-binary", ["query", "{binary.ttl}", "ASK {}"], ["binary.ttl"]),
    ("query-graph-is-a-folder", ["query", "{folder}", "ASK {}"], ["folder"]),
    ("query-bad-format", ["query", "{graph}", "ASK {}", "--format", "xml"], ["--format", "xml"]),
    ("validate-missing", ["validate", "{folder}/g.ttl"], ["g.ttl"]),
    ("validate-not-turtle", ["validate", "{bad.ttl}"], ["bad.ttl", "Turtle"]),
    ("validate-binary", ["validate", "{binary.ttl}"], ["binary.ttl"]),
    ("validate-folder", ["validate", "{folder}"], ["folder"]),
    ("eval-gold-missing", ["eval", "--gold", "{folder}/g.json", "{seed}"], ["g.json"]),
    ("eval-gold-not-json", ["eval", "--gold", "{bad.json}", "{seed}"], ["bad.json", "JSON"]),
    ("eval-gold-binary", ["eval", "--gold", "{binary.json}", "{seed}"], ["binary.json"]),
    ("eval-gold-a-list", ["eval", "--gold", "{list.json}", "{seed}"], ["list.json", "documents"]),
    ("eval-gold-doc-without-file", ["eval", "--gold", "{no-file.json}", "{seed}"], ["no-file.json", "file"]),
    ("eval-gold-entities-not-list", ["eval", "--gold", "{entities-not-list.json}", "{seed}"], ["entities"]),
    ("eval-gold-entity-without-type", ["eval", "--gold", "{entity-without-type.json}", "{seed}"], ["type"]),
    ("eval-gold-relation-without-tail", ["eval", "--gold", "{relation-without-tail.json}", "{seed}"], ["tail"]),
    ("eval-gold-aliases-not-list", ["eval", "--gold", "{aliases-not-list.json}", "{seed}"], ["aliases"]),
    ("eval-gold-authors-not-list", ["eval", "--gold", "{authors-not-list.json}", "{seed}"], ["authors"]),
    ("eval-gold-qualifier-number", ["eval", "--gold", "{qualifier-number.json}", "{seed}"], ["qualifier"]),
    ("eval-gold-is-a-folder", ["eval", "--gold", "{folder}", "{seed}"], ["gold"]),
    ("eval-no-gold", ["eval", "{seed}"], ["--gold"]),
    ("eval-missing-article", ["eval", "--gold", "{gold}", "{folder}/nope"], ["nope"]),
]


def fill(arg: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        arg = arg.replace("{" + key + "}", value)
    assert "{" not in arg or arg.startswith(("SELECT", "ASK", "DELETE")), arg
    return arg


@pytest.mark.parametrize(("argv", "needles"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_user_mistake_is_one_line_and_exit_2(files, argv, needles):
    (files["folder"] / "empty").mkdir(exist_ok=True)
    (files["folder"] / "dir.txt").mkdir(exist_ok=True)
    values = {k: str(v) for k, v in files.items()}
    values.update(seed=str(min(SEEDS.glob("*.txt"))), gold=str(GOLD))
    proc = kg_cli(*(fill(a, values) for a in argv))
    assert_usage_error(proc, *needles)
    assert proc.stdout == ""


def test_nothing_readable_is_an_error_and_keeps_the_previous_graph(tmp_path):
    (tmp_path / "image.txt").write_bytes(PNG)
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    proc = kg_cli("build", str(tmp_path / "image.txt"), str(tmp_path / "empty.txt"), "-o", str(out))
    assert_usage_error(proc, "nothing to build", "empty.txt", "empty file", "1 more")
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"


def test_debug_shows_the_traceback(files):
    proc = kg_cli("--debug", "validate", str(files["bad.ttl"]))
    assert proc.returncode != 0 and "Traceback" in proc.stderr


def test_path_relative_to_the_working_directory_in_the_message(tmp_path):
    proc = kg_cli("build", "missing-folder", "-o", "out", cwd=tmp_path)
    assert_usage_error(proc, "missing-folder")
    assert not (tmp_path / "out" / "graph.ttl").exists()
