"""General-knowledge lexicons shipped in ``kg/data/lexicon``: surnames, titles, organisation suffixes,
the gazetteer of administrative divisions, event keywords, words that look like names but are not.

Files are read once per process, lazily, through ``importlib.resources``. A malformed line raises
:class:`kg.errors.DataFileError` naming the file and the line.

    >>> from kg import lexicon
    >>> "欧阳" in lexicon.surnames().double
    True
    >>> lexicon.gazetteer().full["湖北省"].level
    'province'
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .errors import DataFileError

__all__ = [
    "Division",
    "Gazetteer",
    "OrgSuffix",
    "Surnames",
    "brands",
    "community_suffixes",
    "event_groups",
    "events",
    "gazetteer",
    "gov_bodies",
    "media",
    "not_names",
    "org_suffixes",
    "place_suffixes",
    "read_lines",
    "read_table",
    "short_forms",
    "stopwords",
    "surnames",
    "titles",
    "world_places",
]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

_PACKAGE = "kg"
_FOLDER = "data/lexicon"

#: Ethnic-group names stripped from autonomous divisions (紫云苗族布依族自治县 -> 紫云).
_NATIONS = ["汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "高山"]

#: Level words at the end of a division's name, longest first.
_LEVEL_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "省", "市", "县", "区", "盟", "旗")


def _read_text(name: str) -> str:
    try:
        return resources.files(_PACKAGE).joinpath(f"{_FOLDER}/{name}").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataFileError(f"lexicon file {_FOLDER}/{name} is missing from the kg package; reinstall kg") from exc
    except UnicodeDecodeError as exc:
        raise DataFileError(f"lexicon file {_FOLDER}/{name} is not UTF-8; save it as UTF-8") from exc


def read_lines(name: str, text: str | None = None) -> list[tuple[int, str]]:
    """Non-empty, non-comment lines of a data file as ``(line number, stripped line)``."""
    text = _read_text(name) if text is None else text
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append((number, line))
    return out


def read_table(name: str, columns: int, text: str | None = None) -> list[tuple[int, list[str]]]:
    """Tab-separated rows with exactly ``columns`` fields; anything else is a DataFileError."""
    rows = []
    for number, line in read_lines(name, text):
        fields = line.split("\t")
        if len(fields) != columns or not all(f.strip() for f in fields):
            raise DataFileError(
                f"{_FOLDER}/{name}, line {number}: expected {columns} tab-separated fields, got {line!r}"
            )
        rows.append((number, [f.strip() for f in fields]))
    return rows


def _words(name: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for _, line in read_lines(name):
        for word in line.split():
            seen[word] = None
    return tuple(seen)


@dataclass(frozen=True)
class Surnames:
    single: frozenset[str]
    double: frozenset[str]


@cache
def surnames() -> Surnames:
    single, double = set(), set()
    for word in _words("surnames.txt"):
        if len(word) == 1:
            single.add(word)
        elif len(word) == 2:
            double.add(word)
        else:
            raise DataFileError(f"{_FOLDER}/surnames.txt: {word!r} is not a one- or two-character surname")
    return Surnames(frozenset(single), frozenset(double))


def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def titles() -> tuple[str, ...]:
    """Titles and roles, longest first."""
    return _longest_first(_words("titles.txt"))


@cache
def brands() -> tuple[str, ...]:
    """Grid brand prefixes, longest first."""
    return _longest_first(_words("brands.txt"))


@dataclass(frozen=True)
class OrgSuffix:
    suffix: str
    type: str
    kind: str


_ORG_KINDS = {"unit", "department", "party", "team", "group", "media", "gov", "public"}


@cache
def org_suffixes() -> dict[str, OrgSuffix]:
    out: dict[str, OrgSuffix] = {}
    for number, (suffix, type_, kind) in read_table("org_suffixes.tsv", 3):
        if type_ not in ("Company", "Organization") or kind not in _ORG_KINDS:
            raise DataFileError(f"{_FOLDER}/org_suffixes.tsv, line {number}: unknown type or kind "
                                f"{type_!r}/{kind!r}")
        out[suffix] = OrgSuffix(suffix, type_, kind)
    return out


@cache
def media() -> frozenset[str]:
    return frozenset(_words("media.txt"))


@cache
def gov_bodies() -> frozenset[str]:
    return frozenset(_words("gov_bodies.txt"))


@cache
def community_suffixes() -> dict[str, str]:
    return {s: k for _, (s, k) in read_table("community.tsv", 2)}


@cache
def place_suffixes() -> dict[str, str]:
    return {s: k for _, (s, k) in read_table("place_suffixes.tsv", 2)}


_WORLD_KINDS = {"country", "region", "city"}


@cache
def world_places() -> dict[str, str]:
    """Countries, world regions and major cities outside China's divisions: name -> kind."""
    out: dict[str, str] = {}
    for number, (name, kind) in read_table("world.tsv", 2):
        if kind not in _WORLD_KINDS:
            raise DataFileError(f"{_FOLDER}/world.tsv, line {number}: unknown kind {kind!r}; "
                                f"use one of {', '.join(sorted(_WORLD_KINDS))}")
        out[name] = kind
    return out


@cache
def stopwords() -> frozenset[str]:
    return frozenset(_words("stopwords.txt"))


@cache
def not_names() -> frozenset[str]:
    return frozenset(_words("not_names.txt"))


_EVENT_KINDS = {"battle", "meeting", "generic", "campaign", "check", "disaster", "epidemic", "named", "verb",
                "ceremony", "visit"}


@cache
def events() -> dict[str, tuple[str, ...]]:
    """Event keyword lists by kind (longest first); ``group:*`` rows are in :func:`event_groups`."""
    out: dict[str, tuple[str, ...]] = {}
    for number, (kind, words) in read_table("events.tsv", 2):
        if kind.startswith("group:"):
            continue
        if kind not in _EVENT_KINDS:
            raise DataFileError(f"{_FOLDER}/events.tsv, line {number}: unknown kind {kind!r}")
        out[kind] = _longest_first(tuple(words.split()))
    return out


@cache
def event_groups() -> dict[str, str]:
    """word -> group key, for synonyms of one happening (防汛救灾 / 防汛抢险 / 抗洪战斗)."""
    out: dict[str, str] = {}
    for _, (kind, words) in read_table("events.tsv", 2):
        if kind.startswith("group:"):
            for word in words.split():
                out[word] = kind[len("group:"):]
    return out


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str  # province, prefecture, county


@dataclass(frozen=True)
class Gazetteer:
    """Full names of divisions, and short forms (湖北 -> 湖北省) with every full name they may stand for."""

    full: dict[str, Division]
    short: dict[str, tuple[str, ...]]
    codes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # full name -> every adcode it has
    by_code: dict[str, str] = field(default_factory=dict)  # adcode -> full name

    def parents(self, name: str) -> tuple[str, ...]:
        """Full names of the prefectures and provinces that contain a division called ``name`` (full or
        short form; every division of that name counts): 罗田 -> (湖北省, 黄冈市)."""
        out: set[str] = set()
        for full in self.lookup(name):
            for code in self.codes.get(full, ()):
                for parent in (code[:4] + "00", code[:2] + "0000"):
                    if parent != code and parent in self.by_code:
                        out.add(self.by_code[parent])
        return tuple(sorted(out))

    def lookup(self, name: str) -> tuple[str, ...]:
        """Full names that ``name`` (full, short, or short + level character) may denote."""
        if name in self.full:
            return (name,)
        return self.short.get(name, ())


def short_forms(name: str) -> list[str]:
    """Short forms of a division name: 湖北省 -> [湖北]; 紫云苗族布依族自治县 -> [紫云, 紫云县].

    A short form keeps at least two characters (沙县 stays 沙县).

    >>> short_forms("紫云苗族布依族自治县")
    ['紫云', '紫云县']
    """
    for suffix in _LEVEL_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            break
    else:
        return []
    autonomous = suffix.startswith("自治")
    changed = True
    while changed and autonomous:
        changed = False
        for nation in sorted(_NATIONS, key=len, reverse=True):
            for word in (nation + "族", nation):
                if stem.endswith(word) and len(stem) - len(word) >= 2:
                    stem = stem[: -len(word)]
                    changed = True
                    break
            if changed:
                break
    out = []
    if len(stem) >= 2:
        out.append(stem)
    if autonomous and len(stem) >= 2:
        level_char = suffix[-1]
        if level_char in "县旗州":
            out.append(stem + level_char)
    return out


#: Rows of the adcode table that are placeholders or common words, not names (县, 市辖区, 城区, 郊区).
_NOT_DIVISION_NAMES = frozenset(["县", "市辖区", "城区", "郊区", "矿区", "省直辖县级行政区划",
                                 "自治区直辖县级行政区划"])


@cache
def gazetteer() -> Gazetteer:
    full: dict[str, Division] = {}
    names_by_code: dict[str, str] = {}
    for number, (code, name, level) in read_table("divisions.tsv", 3):
        if level not in ("province", "prefecture", "county") or not code.isdigit():
            raise DataFileError(f"{_FOLDER}/divisions.tsv, line {number}: bad code or level in {name!r}")
        if name in _NOT_DIVISION_NAMES:
            continue
        full.setdefault(name, Division(code, name, level))
        names_by_code.setdefault(code, name)
    codes: dict[str, tuple[str, ...]] = {}
    for number, (code, name, level) in read_table("divisions.tsv", 3):
        if name not in _NOT_DIVISION_NAMES:
            codes.setdefault(name, ())
            codes[name] += (code,)
    short: dict[str, set[str]] = {}
    for name in full:
        for form in short_forms(name):
            if form not in full:
                short.setdefault(form, set()).add(name)
    return Gazetteer(full, {k: tuple(sorted(v)) for k, v in short.items()}, codes, names_by_code)
