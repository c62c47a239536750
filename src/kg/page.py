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

__all__ = ["Line", "Page", "analyze_page", "credit_names", "split_lines"]

_HAN = r"\u3400-\u9fff"
_NAME = rf"[{_HAN}·]{{2,5}}"
_NAMES = rf"{_NAME}(?:[ 、,，/]+{_NAME})*"

_DATE = re.compile(r"(?<!\d)(\d{4})\s*[年\-/.－／]\s*(\d{1,2})\s*[月\-/.－／]\s*(\d{1,2})(?!\d)")
_TIME = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
# A newspaper's e-paper header: 某某日报 数字报 第06版:社会 (names the source, is not the headline).
_EPAPER = re.compile(rf"^([{_HAN}]{{2,10}}?报)\s*(?:数字报|电子版|数字版)?[\s|｜]*第\s*[0-9A-Za-z]{{1,3}}\s*版")
# An outlet named right after the date: 2026年03月09日 10:05 某某网 记者 甲乙.
_OUTLET_AFTER_DATE = re.compile(rf"^([{_HAN}A-Za-z·]{{2,12}}?)\s+(?:本报)?(?:记者|通讯员|作者|文\s*[/:：／])")
_SOURCE = re.compile(r"来源[:：]\s*([^\s|｜【】\[\]]{2,30})")  # 【来源:某某】【作者:甲】: the brackets end it
# A WeChat article's header: the account, the time, 发表于 a province.
_WECHAT_HEADER = re.compile(rf"^(?:原创\s+)?([{_HAN}A-Za-z]{{2,20}}?)\s+\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}})?\s*发表于")
_CREDIT_SOURCE = re.compile(r"^来源[:：]\s*\S+\s+")
# An outlet alone before or after the date (某某新闻网 2022-06-08 16:02; 2021年07月27日 09:58 某某日报客户端),
# or glued to its reporter's credit (某某网记者 甲乙 2023-10-16).
_OUTLET = rf"[{_HAN}]{{1,12}}(?:网|报|客户端|在线|电视台|广播电视台)"
_OUTLET_BEFORE_DATE = re.compile(rf"^({_OUTLET})(?:\s+|(?:全媒体|全媒|融媒体)?记者)")
_OUTLET_ONLY = re.compile(rf"^({_OUTLET})$")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]")
_SOURCE_BEFORE_TIME = re.compile(rf"^([{_HAN}A-Za-z\-]{{2,20}}?)\s*发布时间")
_AUTHOR_LABEL = re.compile(r"(?:作者|文/图|图/文|文图|文字|文|记者|通讯员|撰稿)\s*[:：_/ ]")
_EDITOR_ROLE = r"(?:责任编辑|责编|编辑|审核|审校|校对|监制|统筹|编审|终审|初审|一审|二审|三审)"
# One or more editors' fields on a line of their own: (责编:甲乙、丙丁), 编辑:甲乙 | 审核:丙丁.
_EDITOR_FIELD = rf"{_EDITOR_ROLE}\s*[:：\s]\s*{_NAMES}"
_EDITOR_LINE = re.compile(rf"^[(（【\[]?\s*(?:责编|责任编辑|编辑)\s*[:：\s]\s*({_NAMES})"
                          rf"((?:\s*[|｜/]?\s*{_EDITOR_FIELD})*)\s*[)）】\]]?$")
# An editor's field inside a credit line (文字:甲 | 摄影:乙 | 编辑:丙).
_EDITOR_IN_LINE = re.compile(rf"(?<![{_HAN}]){_EDITOR_ROLE}\s*[:：]\s*({_NAME}(?:[ 、,，/]+(?![{_HAN}·]{{2,5}}\s*[:：]){_NAME})*)")
# A labelled author's field: a header line holding one is a credit line, whatever else it holds (【打印】).
_AUTHOR_FIELD = re.compile(rf"(?:作者|文字|文/图|记者|通讯员|撰稿|摄影)\s*[:：]\s*{_NAME}")
_END_CREDIT = re.compile(r"[(（]\s*([^()（）]{2,40}?)\s*[)）]\s*$")
# A credit in parentheses near the start of the lead paragraph: 某某网5月12日讯(记者 甲乙).
_LEAD_CREDIT = re.compile(rf"[(（]\s*(?:[{_HAN}]{{2,10}}?(?:报|网|台|社|客户端|中心)(?:全媒体|全媒|融媒体|融媒)?)?"
                          r"((?:特约|本报|见习|首席|实习)?(?:记者|通讯员|作者|撰稿|文|实习生)[^()（）]{2,40}?)[)）]")

# Words that say what someone did for the article, not who they are.
_ROLES = frozenset(
    ["记者", "本报记者", "特约记者", "见习记者", "首席记者", "实习记者", "通讯员", "本报通讯员", "特约通讯员",
     "实习生", "作者", "撰稿", "撰文", "文", "文字", "图", "文图", "摄", "摄影", "供图", "整理", "编译", "综合", "报道",
     "采写", "供稿", "执笔", "口述"]
)
_EDITOR_ROLES = frozenset(["编辑", "责编", "责任编辑", "校对", "审核", "审校", "监制", "统筹", "编审"])
_PHOTO_ROLES = frozenset(["摄", "摄影", "供图", "图"])
# Roles that may be glued to the name that follows (记者甲乙) or precedes it (甲乙摄).
_ROLE_PREFIX = re.compile(r"^(?:本报|特约|见习|首席|实习)?(?:记者|通讯员)|^实习生|^作者|^撰稿")
_ROLE_SUFFIX = re.compile(r"(?:摄影|摄|供图|整理|报道)$")
# A field label that ends a list of names: 来源:, 发布时间:, 编辑:, ...
_CREDIT_TOKEN = re.compile(rf"([{_HAN}·]+)\s*([:：])?|[ 　\t、,，/_|｜]+|(.)")
# A press office's pen name, not a person (某电宣: a power company's publicity desk).
_PSEUDONYM = re.compile(r"电宣$")
# Words of page furniture that a bulleted line in a teaser list can still be.
_CHROME_WORDS = re.compile(r"分享|评论|打印|关闭|返回|登录|注册|更多")
_HANDLE = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{2,29}$")
_SENTENCE_END = re.compile(r"[。！？!?；;…]$|[。！？!?][”’」』]$")


def _ends_sentence(line: str) -> bool:
    """``_SENTENCE_END.search(line)``, looked for in the last three characters only: a match is at most
    two characters, before a final newline at most (a search of the whole line tries every position)."""
    return _SENTENCE_END.search(line[-3:]) is not None

# Lines that are page furniture wherever they appear: one alternative each.
_CHROME_FORMS = (
    r"首页\s*[|｜>].*", r"当前位置[:：].*", r".*[|｜]\s*$", r"您的位置[:：].*",
    r"用户名[:：].*", r"密\s*码[:：].*", r"验证码[:：]?.*", r"最新评论.*", r"匿名发表.*", r"发表评论.*", r"网友评论.*",
    r"分享(?:到|[:：]).*", r"扫一扫.*", r"打印本页", r"关闭窗口", r"返回顶部", r"【?字号.*", r".*客户端.*下载.*", r"下载.*客户端.*",
    r"[•·●▪■]\s*.*", r".{0,12}\d{4}-\d{2}-\d{2}", r"点击.{0,6}(?:蓝字|关注).*", r".{0,12}关注我们.?",
    r"(?:[【\[](?![^】\]]*(?:编辑|责编|记者|作者|来源))[^】\]:：]{1,8}[】\]]\s*)+",
    r"(?:上一篇|下一篇|上一条|下一条)(?:[:：\s].*)?", r".*[【\[]\s*(?:字号|打印|关闭).*",
)
_CHROME_LINE = re.compile("^(?:" + "|".join(_CHROME_FORMS) + ")$")
# The forms that can match a long line only if it holds | ｜ 客户端 【 or [ (the .* ones, tried from every
# position of the line) or a short line only (at most 22 characters).
_CHROME_ANYWHERE = frozenset((r".*[|｜]\s*$", r".*客户端.*下载.*", r".*[【\[]\s*(?:字号|打印|关闭).*",
                              r".{0,12}\d{4}-\d{2}-\d{2}", r".{0,12}关注我们.?"))
_CHROME_START = re.compile("^(?:" + "|".join(f for f in _CHROME_FORMS if f not in _CHROME_ANYWHERE) + ")$")


def _is_chrome_line(line: str) -> bool:
    """``_CHROME_LINE.match(line)``: a long line (most article paragraphs) that holds none of the characters
    the other forms need is tried against the forms that start the line only."""
    if len(line) > 22 and "|" not in line and "｜" not in line and "客户端" not in line and "【" not in line \
            and "[" not in line:
        return _CHROME_START.match(line) is not None
    return _CHROME_LINE.match(line) is not None
# A line that starts the page's tail: everything after it is chrome (until a teaser list starts).
_TAIL_MARKER = re.compile(
    r"^(?:推荐阅读|评论|网友评论|热门推荐|精彩推荐|猜你喜欢|.{0,6}新闻推荐|移动端新媒体|相关新闻推荐"
    r"|更多精彩)$"
)
# A bulleted item in a teaser list (· 标题, >> 标题): a teaser, though bullets elsewhere are chrome.
_TEASER_ITEM = re.compile(r"^(?:[•·●▪■]|>>|》)\s*\S")
# A line that starts a list of related-article teasers.
_TEASER_MARKER = re.compile(r"^[【\[]?(?:相关阅读|延伸阅读|相关新闻|相关文章|相关报道)[】\]]?[:：]?$")


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


def credit_names(text: str) -> tuple[list[str], bool]:
    """Names in a credit (``记者 甲乙 通讯员 丙丁``), role words dropped, and whether it is a photo credit.

    Reading stops at the next field label (``来源:``) or at anything that is not a name.

        >>> credit_names("记者 甲乙丙 通讯员丁戊  来源:某某网")
        (['甲乙丙', '丁戊'], False)
        >>> credit_names("甲乙 摄")
        (['甲乙'], True)
    """
    names: list[str] = []
    roles: set[str] = set()
    photo_label = False  # after 摄影: the names are photographers, not authors (the gold's authors are writers)
    after_label = False  # right after 作者: / 文/图: a longer name may follow (乌云其其格)
    for m in _CREDIT_TOKEN.finditer(text):
        word, colon, other = m.group(1), m.group(2), m.group(3)
        if other is not None:
            break
        if word is None:
            continue
        if word in _EDITOR_ROLES:
            break  # editors are read from their own line
        if word in _ROLES:
            after_label = bool(colon) or text[m.end():m.end() + 1] in ("/", "／")
            photo_label = after_label and word in _PHOTO_ROLES and bool(names)
            roles.add(word)
            continue
        labelled, after_label = after_label, False
        if photo_label:
            continue
        if colon:
            break  # a label; role labels (作者:) were handled above
        word = _ROLE_PREFIX.sub("", word)
        if word.endswith("报道"):
            continue  # 青岛报道: where the report comes from
        stripped = _ROLE_SUFFIX.sub("", word)
        if stripped != word and len(stripped) >= 2:
            roles.add(word[len(stripped):])
            word = stripped
        if not (2 <= len(word) <= (5 if labelled else 4) or "·" in word and len(word) <= 12):
            break
        if not _PSEUDONYM.search(word):
            names.append(word)
    # only photographers credited: a photo caption, not a byline
    return names, bool(roles) and roles <= _PHOTO_ROLES


def _label_names(line: str) -> list[str]:
    """Names after an author label in a header line (作者:甲乙 丙丁, 文/图_甲乙)."""
    for m in _AUTHOR_LABEL.finditer(line):
        names, _ = credit_names(line[m.start():])
        if names:
            return names
    return []


def _date(line: str) -> str | None:
    m = _DATE.search(line)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _after_date(line: str) -> str:
    """What a date line says besides its date and time (2026年03月09日 10:05 某某网 … -> 某某网 …)."""
    return _WEEKDAY.sub("", _TIME.sub("", re.sub(r"^\s*日", "", _DATE.sub("", line, count=1)))).strip()


def _is_dateline(line: str) -> bool:
    """A date/source line: a date plus little else, or a 来源/发布时间 label."""
    if "来源" in line or "发布时间" in line or _WECHAT_HEADER.match(line):
        return True
    if _date(line) is None:
        return False
    rest = _after_date(line)
    if _OUTLET_AFTER_DATE.match(rest) and len(line) <= 60:
        return not _ends_sentence(line)
    rest = re.sub(r"作者[:：].*", "", rest)
    return len(rest.strip()) <= 12 and not _ends_sentence(line)


_NAV_SEPARATOR = re.compile(r"\s*[|｜>＞»›]\s*|\s+[-/—]\s+")
# Words that end a site's or a section's name (某某网 | 要闻, 北京日报客户端 | 延庆).
_SITE_WORD = re.compile(r"(?:网|报|客户端|频道|在线|电力|公司|公众号|号)$")
_NAV_WORDS = ("首页", "频道", "位置", "新闻", "栏目", "正文")


_CRUMB_SEPARATOR = re.compile(r"[>＞»›]|\s[-/—]\s")
# Every separator holds one of these: a line without any is no menu, and is not split (most lines).
_NAV_MARKS = re.compile(r"[|｜>＞»›\-/—]")


def _is_navigation(line: str) -> bool:
    """A breadcrumb or menu: short items between | or > (首页 > 电网 > 党建园地, 某某报 > 基层动态)."""
    if _NAV_MARKS.search(line) is None:
        return False
    parts = _NAV_SEPARATOR.split(line)
    if len(parts) < 2 or not all(len(part) <= 12 for part in parts) or _ends_sentence(line):
        return False
    # '>' (and a spaced - or /) only ever separates crumbs; '|' also joins headlines (标题 | 某某网), so a
    # two-part line with '|' must be a site and a section: one part a site's name, the other short or one too
    if len(parts) == 2 and not _CRUMB_SEPARATOR.search(line) and any(_SITE_WORD.search(p) for p in parts) \
            and all(len(p) <= 6 or _SITE_WORD.search(p) for p in parts):
        return True
    return len(parts) >= 3 or bool(_CRUMB_SEPARATOR.search(line)) or any(w in line for w in _NAV_WORDS)


def _is_page_title_of(page_title: str, headline: str) -> bool:
    """``某某标题_某某网`` (or the headline itself) as the window title of the page whose headline is given."""
    if page_title == headline:
        return True
    rest = page_title[len(headline):] if page_title.startswith(headline) and len(headline) >= 4 else ""
    return bool(re.match(r"^\s*[_|｜\-–—]", rest))


# A lead paragraph's dateline on its own line: 某某网5月21日讯(记者 甲乙).
_LEAD_DATELINE = re.compile(rf"^[{_HAN}]{{0,12}}?(?:\d{{1,2}}月\d{{1,2}}日电?讯|本报讯|本网讯)")


# A credit line, maybe after the outlet's name (某某日报全媒体记者 甲乙 通讯员 丙丁).
_BYLINE = re.compile(rf"^(?:原创\s+)?(?:[{_HAN}]{{2,10}}?(?:报|网|台|社|客户端|中心)(?:全媒体|全媒|融媒体|融媒)?)?"
                     r"(?:作者|文/图|文图|文字|文|记者|通讯员|摄影|撰稿)\s*[:：_/ ]")
# A WeChat byline: 原创 甲乙 丙丁 某某公众号 (the names unlabelled, then the account).
_ORIGINAL = re.compile(r"^原创\s+")


#: A short line naming a site or an account rather than an article (某某新闻网, 某市融媒体中心, 国网某某供电公司).
_SITE_NAME = re.compile(rf"^[{_HAN}A-Za-z]{{2,10}}(?:网|报|客户端|频道|在线|公众号|中心|公司|局)$")


def _opens_article(line: str) -> bool:
    """A line that comes right after a headline: date line, byline, account handle, 某某网X月X日讯."""
    return bool(_is_dateline(line) or _is_byline(line) or _HANDLE.match(line) or _LEAD_DATELINE.match(line))


def _is_byline(line: str) -> bool:
    return bool(_BYLINE.match(line)) and len(line) <= 40


def _is_credit_line(line: str) -> bool:
    """A header line of labelled credits (文字:甲 | 摄影:乙 | 编辑:丙), maybe among dates and widgets."""
    return len(line) <= 120 and bool(_AUTHOR_FIELD.search(line)) and not _ends_sentence(line)


def _editor_names(line: str) -> list[str]:
    """Editors named in labelled fields of a credit line (编辑:丙 审核:丁)."""
    return [n for m in _EDITOR_IN_LINE.finditer(line) for n in _names(m.group(1))]


def _original_names(line: str) -> list[str]:
    """Names after 原创 in a WeChat byline (原创 甲乙 丙丁 某某公众号); none if the line says more."""
    if not _ORIGINAL.match(line) or len(line) > 40:
        return []
    names, _ = credit_names(_ORIGINAL.sub("", line))
    return names


def _looks_like_title(line: str) -> bool:
    # a comma is allowed in a short headline (冰雹过后，红马甲连夜进村), not in a longer line
    return 4 <= len(line) <= 60 and not _ends_sentence(line) and ("，" not in line or len(line) <= 30)


def analyze_page(text: str) -> Page:
    """Classify every line and read title, date, source, authors and editors."""
    spans = split_lines(text)
    strings = [text[s:e].strip() for s, e in spans]
    kinds = ["blank" if not s else "" for s in strings]
    n = len(strings)

    # Tail and teaser zones, and chrome lines anywhere.
    state = "main"
    epaper_source = None
    crumb_source = None  # a site named by the first breadcrumb (某某网 > 新闻 > 本地)
    for i, s in enumerate(strings):
        if not s:
            continue
        epaper = _EPAPER.match(s) if epaper_source is None else None
        if epaper:
            kinds[i], epaper_source = "chrome", epaper.group(1)
        elif state == "main" and i < 12 and _is_credit_line(s) \
                and not any(k == "main" and (len(strings[j]) > 60 or _ends_sentence(strings[j]))
                            for j, k in enumerate(kinds[:i])):
            kinds[i] = "main"  # a credit line among widgets (【打印】) or | separators: read in the header
        elif crumb_source is None and i < 4 and "main" not in kinds[:i] and not _TEASER_MARKER.match(s) \
                and (_is_navigation(s) or _is_chrome_line(s)):
            kinds[i] = "chrome"
            crumb = _OUTLET_BEFORE_DATE.match(_NAV_SEPARATOR.split(s)[0].split(" ")[0] + " ")
            crumb_source = crumb.group(1) if crumb else None
        elif _TEASER_MARKER.match(s):
            kinds[i], state = "chrome", "teaser"
        elif _TAIL_MARKER.match(s) and state != "teaser":
            kinds[i], state = "chrome", "chrome"
        elif state == "teaser" and _TEASER_ITEM.match(s) and not _CHROME_WORDS.search(s):
            kinds[i] = "teaser"
        elif _is_chrome_line(s) or _is_navigation(s) or (state == "teaser" and _TAIL_MARKER.match(s)) or state == "chrome":
            kinds[i] = "chrome"
        elif state == "teaser" and _EDITOR_LINE.match(s):
            kinds[i], state = "main", "main"  # the editor's line closes a teaser list placed before it
        elif state == "teaser":
            kinds[i] = "teaser"
        else:
            kinds[i] = "main"

    # Header: the lines before the first body paragraph.
    title = published = source = None
    title_line: int | None = None
    authors: list[str] = []
    editors: list[str] = []
    body = [i for i in range(n) if kinds[i] == "main"]
    header_end = next((i for i in body if (len(strings[i]) > 60 or _ends_sentence(strings[i]))
                       and not _is_credit_line(strings[i])), n)
    header = [i for i in body if i < header_end]
    for pos, i in enumerate(header):
        s = strings[i]
        later = header[pos + 1 : pos + 4]
        if _is_dateline(s):
            kinds[i] = "meta"
            published = published or _date(s)
            m = (_SOURCE.search(s) or _SOURCE_BEFORE_TIME.search(s) or _WECHAT_HEADER.search(s)
                 or _OUTLET_AFTER_DATE.match(_after_date(s)) or _OUTLET_ONLY.match(_after_date(s))
                 or _OUTLET_BEFORE_DATE.match(s))
            if m and source is None:
                source = m.group(1)
            authors += _label_names(s)
            editors += _editor_names(s)
        elif _is_byline(s) or (_is_credit_line(s) and _label_names(s)):
            kinds[i] = "meta"
            authors += _label_names(s) or _original_names(s)
            editors += _editor_names(s)
        elif _date(s) and len(s) <= 80 and _label_names(s):
            # 某某网 2025-06-20 08:15 [某某报记者 甲乙 通讯员 丙丁]: a dated credit line
            kinds[i] = "meta"
            published = published or _date(s)
            m = _OUTLET_BEFORE_DATE.match(s)
            if m and source is None:
                source = m.group(1)
            authors += _label_names(s)
        elif title is not None and _original_names(s):
            kinds[i] = "meta"
            authors += _original_names(s)
        elif _HANDLE.match(s) and title is not None:
            kinds[i] = "meta"
            authors.append(s)
        elif (title is None and _looks_like_title(s)
              and (any(_opens_article(strings[j]) for j in later) or (later and _original_names(strings[later[0]])))
              and not (len(s) <= 10 and _SITE_NAME.search(s) and later and _looks_like_title(strings[later[0]])
                       and len(strings[later[0]]) > len(s) and any(_opens_article(strings[j]) for j in later[1:3]))):
            # (a short line such as 某某新闻网 or 某某供电公司 above a longer headline names the site, not the article)
            kinds[i] = "meta"
            title = s
            title_line = i
        elif title is not None and title_line is not None and _is_page_title_of(title, s):
            # an HTML page's <title> (headline + site name) came first; the headline itself is here
            kinds[title_line], kinds[i] = "chrome", "meta"
            title, title_line = s, None

    source = source or epaper_source or crumb_source
    if source and len(source) >= 4 and source.endswith("讯") and not source.endswith("通讯"):
        source = source[:-1]  # 某某讯 2026-07-08: the dateline's 讯 (news from) is no part of the outlet's name
    if published is None:
        # a newspaper page may date the article at its foot: 2026年07月01日 某某日报
        for i in [i for i in range(n) if kinds[i] == "main"][-3:]:
            if len(strings[i]) <= 30 and _date(strings[i]) and _is_dateline(strings[i]):
                kinds[i], published = "meta", _date(strings[i])
                break

    # A byline as the very first line of an article without header (文/图_…).
    for i in body:
        if kinds[i] == "main" and _is_byline(strings[i]):
            kinds[i] = "meta"
            authors += _label_names(strings[i])
        break

    # Editors' lines: (责编:甲乙) or 责任编辑:甲乙; what follows one is the page's tail.
    for i in range(n):
        if kinds[i] != "main":
            continue
        m = _EDITOR_LINE.match(strings[i])
        if m:
            kinds[i] = "meta"
            editors += _names(m.group(1)) + _editor_names(m.group(2))
            if not strings[i].startswith(("(", "（")):
                for j in range(i + 1, n):
                    if kinds[j] == "main":
                        kinds[j] = "chrome"
    last_main = [i for i in range(n) if kinds[i] == "main"]
    # A byline closing the article on a line of its own (文/图_…), or a short line of labelled credits
    # (文字:甲 图片:乙 编辑:丙) when the header named no writer.
    if len(last_main) > 1 and _is_byline(strings[last_main[-1]]):
        kinds[last_main[-1]] = "meta"
        authors += _label_names(strings[last_main.pop()])
    elif len(last_main) > 1 and not authors:
        # (the credit line may sit above a line of buttons: 阅读原文 点赞 在看)
        for i in reversed(last_main[-3:]):
            if len(strings[i]) <= 60 and _is_credit_line(strings[i]) and _label_names(strings[i]):
                kinds[i] = "meta"
                authors += _label_names(strings[i])
                editors += _editor_names(strings[i])
                last_main.remove(i)
                break
    # A credit in parentheses in the lead paragraph, else one closing the article.
    if not authors and last_main:
        for i in last_main[:2]:
            m = _LEAD_CREDIT.search(strings[i][:80])
            names, photo = credit_names(m.group(1)) if m else ([], False)
            if names and not photo:
                authors += names
                break
    if not authors and last_main:
        m = _END_CREDIT.search(strings[last_main[-1]])
        # (来源:某某日报 记者 甲乙): the outlet first, then the credit
        credit = _CREDIT_SOURCE.sub("", m.group(1)) if m else ""
        names, photo = credit_names(credit) if m else ([], False)
        if not photo:
            authors += names

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
            headline = not _ends_sentence(string) and len(string) <= 60
            if (headline and prev_paragraph) or _TEASER_ITEM.match(string):  # each bullet opens a teaser
                group += 1
            prev_paragraph = not headline
            g = max(group, 1)
        lines.append(Line(s, e, kind, g))
    return lines
