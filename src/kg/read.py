"""Find input files and read them as text: encodings detected, HTML reduced to text.

``discover`` walks files and folders; ``read_text`` decodes one file or says why it is skipped
(binary, empty, undecodable, too large, unreadable). Nothing here raises for a bad file: only a
path that does not exist, or a folder with nothing to read, raises InputError.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError
from .model import Skipped

__all__ = ["MAX_BYTES", "SUFFIXES", "decode_bytes", "discover", "html_to_text", "read_text"]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

#: Larger files are refused with a skip reason rather than read into memory.
MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = (".txt", ".html", ".htm")


def discover(paths: list[str]) -> tuple[list[tuple[str, str]], list[Skipped]]:
    """``(path, doc_id)`` for every readable input, sorted by path, and the inputs skipped.

    doc_id is the base name; clashing base names get a ``~2``, ``~3``... suffix in path order.
    """
    if not paths:
        raise InputError("no input given: name at least one file or folder")
    files: set[str] = set()
    skipped: list[Skipped] = []
    for given in paths:
        p = Path(given)
        if not p.exists() and not p.is_symlink():
            raise InputError(f"input path does not exist: {given} (check the spelling)")
        if p.is_dir():
            found = _walk(p, skipped)
            if not found:
                raise InputError(
                    f"folder {given} has no readable input (*.txt, *.html, *.htm): add files or name others"
                )
            files.update(found)
        elif p.is_file():
            files.add(str(p))
        else:
            skipped.append(Skipped(str(p), "not a regular file (broken link or device)"))
    # One file named two ways (a folder and its absolute path, a link to a file also listed) is read once.
    unique: dict[str, str] = {}
    real_dirs: dict[str, str] = {}
    for f in sorted(files):
        unique.setdefault(_realpath(f, real_dirs), f)
    ordered = sorted(unique.values())
    seen: dict[str, int] = {}
    out = []
    for f in ordered:
        # An undecodable file name (os.fsdecode leaves lone surrogates) gets U+FFFD in its doc_id.
        base = re.sub(r"[\ud800-\udfff]", "\ufffd", os.path.basename(f))
        n = seen.get(base, 0) + 1
        seen[base] = n
        out.append((f, base if n == 1 else f"{base}~{n}"))
    return out, sorted(skipped, key=lambda s: s.path)


def _realpath(path: str, real_dirs: dict[str, str]) -> str:
    """``os.path.realpath(path)``: a file that is no link is its folder's real path plus its name, so the
    folder is resolved once for all its files (one lstat per file instead of one per path component)."""
    if os.path.islink(path):
        return os.path.realpath(path)
    folder, name = os.path.split(path)
    if not name or name in (".", ".."):
        return os.path.realpath(path)
    real = real_dirs.get(folder)
    if real is None:
        real = real_dirs[folder] = os.path.realpath(folder)
    return os.path.join(real, name)


def _walk(root: Path, skipped: list[Skipped]) -> list[str]:
    """Files with a supported suffix under ``root``; symlink loops and unreadable folders skipped."""
    found: list[str] = []
    visited: set[tuple[int, int]] = set()

    def onerror(err: OSError) -> None:
        skipped.append(Skipped(str(err.filename), f"folder not readable: {err.strerror}"))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=onerror):
        try:
            st = os.stat(dirpath)
        except OSError as exc:
            skipped.append(Skipped(dirpath, f"folder not readable: {exc.strerror}"))
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in visited:
            skipped.append(Skipped(dirpath, "symlink loop: folder already visited"))
            dirnames[:] = []
            continue
        visited.add(key)
        dirnames.sort()
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            if not name.lower().endswith(SUFFIXES):
                continue
            if not os.path.isfile(full):
                skipped.append(Skipped(full, "broken link or not a regular file"))
                continue
            found.append(full)
    return found


def read_text(path: str) -> tuple[str, str] | Skipped:
    """``(text, encoding)`` of a file, HTML reduced to text; or Skipped with the reason."""
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            return Skipped(path, f"file too large ({size} bytes > {MAX_BYTES}): split it or raise the limit")
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        return Skipped(path, f"cannot read file: {exc.strerror or exc}")
    if not data.strip():
        return Skipped(path, "empty file")
    decoded = decode_bytes(data)
    if isinstance(decoded, str):
        return Skipped(path, decoded)
    text, encoding = decoded
    if _KG_PAGE.search(text[:2000]):
        # An output folder inside the input folder: the page of a previous build is not an article.
        return Skipped(path, "a graph page written by kg build (keep the output folder out of the input)")
    if path.lower().endswith((".html", ".htm")) or _looks_like_html(text):
        text = html_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Skipped(path, "no text (empty or whitespace only)")
    return text, encoding


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes) -> tuple[str, str] | str:
    """``(text, encoding)``, or a reason string when the bytes are not text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError:
                return f"undecodable: has a {enc} byte-order mark but is not valid {enc}"
    utf16 = _bomless_utf16(data)
    if utf16:
        return utf16
    if b"\x00" in data[:8192]:
        for enc in ("utf-16-le", "utf-16-be"):
            text = _plausible_utf16(data, enc)
            if text is not None:
                return text, "utf-16"
        return "binary file (NUL bytes)"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_cjk(data)


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without BOM: every other byte NUL in ASCII-heavy text."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > 0.3 * half and (even if enc == "utf-16-le" else odd) < 0.05 * half:
            try:
                return data.decode(enc), "utf-16"
            except UnicodeDecodeError:
                return None
    return None


def _plausible_utf16(data: bytes, enc: str) -> str | None:
    """BOM-less UTF-16 of Chinese text has few NUL bytes: accept it when it reads as text."""
    if len(data) % 2:
        return None
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    sample = text[:5000]
    good = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff" or c.isascii() and (c.isprintable() or c in "\n\r\t")
               or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" or c in "“”‘’…—·")
    return text if good >= 0.9 * len(sample) else None


def _decode_cjk(data: bytes) -> tuple[str, str] | str:
    """GB18030 vs Big5: strict decodes first, ties broken by which reads as more common characters."""
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            candidates.append((enc, data.decode(enc)))
        except UnicodeDecodeError:
            continue
    if len(candidates) == 1:
        enc, text = candidates[0]
        return text, _label(enc, text)
    if len(candidates) == 2:
        (e1, t1), (e2, t2) = candidates
        enc, text = (e1, t1) if _commonness(t1) >= _commonness(t2) else (e2, t2)
        return text, _label(enc, text)
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with kg
        return "undecodable: not UTF-8, GB18030, Big5 or UTF-16"
    best = from_bytes(data).best()
    if best is None:
        return "binary or undecodable (no text encoding fits)"
    text = str(best)
    if _control_share(text) > 0.05:
        return "binary file (control characters)"
    return text, best.encoding


def _label(enc: str, text: str) -> str:
    """gb18030 is a superset of gbk; report gbk when the text fits it."""
    if enc == "gb18030":
        try:
            text.encode("gbk")
            return "gbk"
        except UnicodeEncodeError:
            return "gb18030"
    return enc


_COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力水理眼志世"


def _commonness(text: str) -> float:
    """Share of characters among very common ones, simplified or traditional (Big5 vs GBK test)."""
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 0.0
    common = set(_COMMON) | set("們個國來為時對會說發過這學當點動電長開無問")
    return sum(c in common for c in han) / len(han)


def _control_share(text: str) -> float:
    if not text:
        return 1.0
    bad = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\r\t\f")
    return bad / min(len(text), 20000)


_KG_PAGE = re.compile(r'<meta name="generator" content="kg">')
_HTML_HINT = re.compile(r"<\s*(html|body|head|div|p|br|script|meta)\b", re.IGNORECASE)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:2000]))


class _TextExtractor(HTMLParser):
    _BLOCK = frozenset(
        ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "footer", "title", "blockquote", "pre", "dd", "dt", "dl", "nav", "aside", "form", "hr", "td", "th", "figure", "figcaption"]
    )
    _SKIP = frozenset(("script", "style", "noscript", "template", "svg", "iframe"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data.replace("\n", " "))


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block per line (script and style dropped)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"\n[ \t]*(?=\n)", "\n", text)
