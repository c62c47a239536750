"""Property-based test of ``kg eval``'s gold loading: a gold file damaged anywhere (any key set to any
JSON value, keys removed) either scores or raises GoldError naming the file; never another exception,
so the CLI always answers with one line and exit status 2."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import GOLD, SEEDS
from kg.errors import GoldError
from kg.evaluate import evaluate_results, load_gold

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def results():  # type: ignore[no-untyped-def]
    from kg.pipeline import build_corpus_results

    found, _ = build_corpus_results([str(SEEDS)])
    return found


@pytest.fixture(scope="module")
def gold_data() -> Any:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path into a JSON value (dict keys and list indices), a few levels deep."""
    out = [prefix]
    if len(prefix) >= 5:
        return out
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value[:3]):
            out.extend(_paths(v, (*prefix, i)))
    return out


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_gold_scores_or_raises_gold_error(tmp_path_factory, results, gold_data, data):
    gold = copy.deepcopy(gold_data)
    for _ in range(data.draw(st.integers(1, 3))):
        paths = _paths(gold)[1:]
        if not paths:
            break
        path = data.draw(st.sampled_from(paths))
        parent = gold
        for step in path[:-1]:
            parent = parent[step]
        if data.draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = data.draw(json_values)
    file = tmp_path_factory.mktemp("gold") / "gold.json"
    file.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    try:
        loaded = load_gold(file)
    except GoldError as exc:
        assert str(file) in str(exc)
        return
    outcome = evaluate_results(results, loaded)
    outcome.to_table(show_misses=True)
    json.loads(outcome.to_json())
