"""A bare department word is not merged into the one longer name that ends with it."""

from __future__ import annotations

from kg.extract.entities import _merge_legal_forms


def _merge(names: dict[tuple[str, str], set[str]]) -> dict[tuple[str, str], tuple[str, str]]:
    merged: dict[tuple[str, str], tuple[str, str]] = {}
    _merge_legal_forms({k: [] for k in names}, names, merged)
    return merged


def test_a_bare_department_stays_apart_from_another_units_department():
    long_key, bare_key = ("Company", "某省电力有限公司电力调度控制中心"), ("Company", "调度控制中心")
    merged = _merge({long_key: {"国网某省电力有限公司电力调度控制中心"}, bare_key: {"调度控制中心"}})
    assert bare_key not in merged


def test_a_short_name_that_is_no_department_still_joins_its_full_name():
    long_key, short_key = ("Company", "宁夏某水务集团"), ("Company", "某水务集团")
    merged = _merge({long_key: {"宁夏某水务集团有限公司"}, short_key: {"某水务集团"}})
    assert merged == {short_key: long_key}
