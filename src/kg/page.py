"""Page structure of a normalized article: metadata lines, chrome, main text, related-article teasers.

Works line by line on the normalized (simplified) text. Each line gets a kind:

- ``meta``: title, date/source line, byline, handle, editor line;
- ``main``: the article;
- ``teaser``: a 相关阅读 item (headline + paragraph) about another article;
- ``chrome``: navigation, share widgets, comment forms, recommendation lists (dropped from the text).

    >>> p = analyze_page("标题一则\\n2020年02月10日 来源:某某网\\n正文第一句。(张三)\\n(责编:李四、王五)")
    >>> p.title, p.published, p.source, p.authors, p.editors
    ('标题一则', '2020-02-10', '某某网', ('张三',), ('李四', '王五'))
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Line", "Page", "analyze_page", "split_lines"]

_HAN = r"\u3400-\u9fff"
_NAME = rf"[{_HAN}·]{{2,5}}"
_NAMES = rf"{_NAME}(?:[ 、,，/]+{_NAME})*"

_DATE = re.compile(r"(?<!\d)(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)")
_SOURCE = re.compile(r"来源[:：]\s*([^\s|]{2,30})")
_SOURCE_BEFORE_TIME = re.compile(rf"^([{_HAN}A-Za-z\-]{{2,20}}?)\s*发布时间")
_AUTHOR_LABEL = re.compile(rf"(?:作者|文/图|文图|文|记者|通讯员|撰稿)\s*[:：_/ ]\s*_?({_NAMES})")
_EDITOR_LINE = re.compile(rf"^[(（]\s*(?:责编|责任编辑|编辑)\s*[:：]\s*({_NAMES})\s*[)）]$")
_EDITOR_LABEL = re.compile(rf"(?:责编|责任编辑)\s*[:：]\s*({_NAMES})")
_END_AUTHOR = re.compile(rf"[(（]\s*({_NAMES})\s*[)）]\s*$")
_HANDLE = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{2,29}$")
_SENTENCE_END = re.compile(r"[。！？!?；;…]$|[。！？!?][”’」』]$")

# Lines that are page furniture wherever they appear.
_CHROME_LINE = re.compile(
    r"^(?:首页\s*[|｜>].*|当前位置[:：].*|.*[|｜]\s*$|您的位置[:：].*"
    r"|用户名[:：].*|密\s*码[:：].*|验证码[:：]?.*|最新评论.*|匿名发表.*|发表评论.*|网友评论.*"
    r"|分享到.*|扫一扫.*|打印本页|关闭窗口|返回顶部|【?字号.*|.*客户端.*下载.*|下载.*客户端.*"
    r"|[•·●▪■]\s*.*|.{0,12}\d{4}-\d{2}-\d{2})$"
)
# A line that starts the page's tail: everything after it is chrome (until a teaser list starts).
_TAIL_MARKER = re.compile(
    r"^(?:推荐阅读|评论|网友评论|热门推荐|精彩推荐|猜你喜欢|.{0,6}新闻推荐|移动端新媒体|相关新闻推荐"
    r"|更多精彩|责任编辑[:：].*)$"
)
# A line that starts a list of related-article teasers.
_TEASER_MARKER = re.compile(r"^(?:相关阅读|延伸阅读|相关新闻|相关文章|相关报道)[:：]?$")


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # excluding the newline
    kind: str  # "main" | "meta" | "teaser" | "chrome" | "blank"
    group: int = 0  # teaser number for teaser lines


@dataclass(frozen=True)
class Page:
    lines: tuple[Line, ...]
    title: str | None = None
    published: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()


def split_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, newline excluded."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _names(group: str) -> list[str]:
    return [n for n in re.split(r"[ 、,，/]+", group.strip()) if n]


def _date(line: str) -> str | None:
    m = _DATE.search(line)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _is_dateline(line: str) -> bool:
    """A date/source line: a date plus little else, or a 来源/发布时间 label."""
    if "来源" in line or "发布时间" in line:
        return True
    if _date(line) is None:
        return False
    rest = _DATE.sub("", line)
    rest = re.sub(r"\d{1,2}:\d{2}(:\d{2})?|作者[:：].*", "", rest)
    return len(rest.strip()) <= 12 and not _SENTENCE_END.search(line)


def _is_byline(line: str) -> bool:
    return bool(re.match(r"^(?:作者|文/图|文图|文|记者|通讯员|撰稿)\s*[:：_/ ]", line)) and len(line) <= 40


def _looks_like_title(line: str) -> bool:
    return 4 <= len(line) <= 60 and not _SENTENCE_END.search(line) and "，" not in line


def analyze_page(text: str) -> Page:
    """Classify every line and read title, date, source, authors and editors."""
    spans = split_lines(text)
    strings = [text[s:e].strip() for s, e in spans]
    kinds = ["blank" if not s else "" for s in strings]
    n = len(strings)

    # Tail and teaser zones, and chrome lines anywhere.
    state = "main"
    for i, s in enumerate(strings):
        if not s:
            continue
        if _TEASER_MARKER.match(s):
            kinds[i], state = "chrome", "teaser"
        elif _TAIL_MARKER.match(s) and state != "teaser":
            kinds[i], state = "chrome", "chrome"
        elif _CHROME_LINE.match(s) or (state == "teaser" and _TAIL_MARKER.match(s)) or state == "chrome":
            kinds[i] = "chrome"
        elif state == "teaser":
            kinds[i] = "teaser"
        else:
            kinds[i] = "main"

    # Header: the lines before the first body paragraph.
    title = published = source = None
    authors: list[str] = []
    editors: list[str] = []
    body = [i for i in range(n) if kinds[i] == "main"]
    header_end = next((i for i in body if len(strings[i]) > 60 or _SENTENCE_END.search(strings[i])), n)
    header = [i for i in body if i < header_end]
    for pos, i in enumerate(header):
        s = strings[i]
        later = header[pos + 1 : pos + 4]
        if _is_dateline(s):
            kinds[i] = "meta"
            published = published or _date(s)
            m = _SOURCE.search(s) or _SOURCE_BEFORE_TIME.search(s)
            if m and source is None:
                source = m.group(1)
            m = _AUTHOR_LABEL.search(s)
            if m:
                authors += _names(m.group(1))
        elif _is_byline(s):
            kinds[i] = "meta"
            m = _AUTHOR_LABEL.search(s)
            if m:
                authors += _names(m.group(1))
        elif _HANDLE.match(s) and title is not None:
            kinds[i] = "meta"
            authors.append(s)
        elif (title is None and _looks_like_title(s)
              and any(_is_dateline(strings[j]) or _is_byline(strings[j]) or _HANDLE.match(strings[j])
                      for j in later)):
            kinds[i] = "meta"
            title = s

    # A byline as the very first line of an article without header (文/图_…).
    for i in body:
        if kinds[i] == "main" and _is_byline(strings[i]):
            kinds[i] = "meta"
            m = _AUTHOR_LABEL.search(strings[i])
            if m:
                authors += _names(m.group(1))
        break

    # Editors' line and an author in parentheses closing the article.
    for i in range(n):
        if kinds[i] != "main":
            continue
        m = _EDITOR_LINE.match(strings[i])
        if m:
            kinds[i] = "meta"
            editors += _names(m.group(1))
    last_main = [i for i in range(n) if kinds[i] == "main"]
    if not authors and last_main:
        m = _END_AUTHOR.search(strings[last_main[-1]])
        if m and not m.group(1).endswith(("摄", "供图")):
            authors += _names(m.group(1))

    lines = _with_groups(spans, kinds, strings)
    return Page(tuple(lines), title, published, source, tuple(dict.fromkeys(authors)),
                tuple(dict.fromkeys(editors)))


def _with_groups(spans: list[tuple[int, int]], kinds: list[str], strings: list[str]) -> list[Line]:
    """Number teaser lines: a new teaser starts at a headline that follows a paragraph."""
    lines = []
    group = 0
    prev_paragraph = True
    for (s, e), kind, string in zip(spans, kinds, strings):
        g = 0
        if kind == "teaser":
            headline = not _SENTENCE_END.search(string) and len(string) <= 60
            if headline and prev_paragraph:
                group += 1
            prev_paragraph = not headline
            g = max(group, 1)
        lines.append(Line(s, e, kind, g))
    return lines
