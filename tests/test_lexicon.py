"""Lexicon files: loaded through importlib.resources, malformed lines named by file and line."""

from __future__ import annotations

import pytest

from kg import lexicon
from kg.errors import DataFileError


def test_surnames_single_and_double():
    s = lexicon.surnames()
    assert {"王", "李", "卢"} <= s.single and {"欧阳", "司马"} <= s.double
    assert not any(len(x) != 1 for x in s.single)


def test_gazetteer_full_and_short_forms():
    gaz = lexicon.gazetteer()
    assert gaz.full["湖北省"].level == "province"
    assert gaz.full["武汉市"].level == "prefecture"
    assert gaz.lookup("湖北") == ("湖北省",)
    assert "县" not in gaz.short and all(len(k) >= 2 for k in gaz.short)


@pytest.mark.parametrize("name,forms", [
    ("紫云苗族布依族自治县", ["紫云", "紫云县"]),
    ("湖北省", ["湖北"]),
    ("沙县", []),
    ("宁夏回族自治区", ["宁夏"]),
])
def test_short_forms(name, forms):
    assert lexicon.short_forms(name) == forms


def test_org_suffixes_have_types_and_kinds():
    sfx = lexicon.org_suffixes()
    assert sfx["供电局"].type == "Company" and sfx["党委"].type == "Organization"
    assert sfx["保卫部"].kind == "department" and sfx["卫生院"].kind == "public"


def test_events_and_groups():
    ev = lexicon.events()
    assert "阻击战" in ev["battle"] and "例会" in ev["meeting"]
    assert lexicon.event_groups()["防汛抢险"] == lexicon.event_groups()["防汛救灾"]


def test_malformed_table_names_file_and_line():
    with pytest.raises(DataFileError, match=r"community.tsv, line 2"):
        lexicon.read_table("community.tsv", 2, text="社区\tcommunity\n村 only-one-field\n")


def test_comments_and_blank_lines_are_skipped():
    assert lexicon.read_lines("x", text="# c\n\n a \n") == [(3, "a")]


def test_missing_file_is_a_data_file_error():
    with pytest.raises(DataFileError, match="missing"):
        lexicon.read_lines("no-such-file.txt")


def test_world_places_have_known_kinds_and_no_division_clash():
    world = lexicon.world_places()
    assert world["美国"] == "country" and world["东南亚"] == "region"
    assert set(world.values()) <= {"country", "region", "city"}
    # a world name never shadows a Chinese division's full name (the gazetteer decides those)
    assert not set(world) & set(lexicon.gazetteer().full)
