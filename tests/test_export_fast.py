"""The fast paths of the writers give the bytes of the general ones they replace."""

from __future__ import annotations

import io
import json
import re

import networkx as nx
import pytest

from kg.export import _str_list_json, flatten_value, generate_graphml
from kg.html import json_island

TRICKY = ["", "plain", 'quote " and \\ backslash', "tab\tnew\nline\r", "\x00\x1f\x7f", "中文 · “引号”",
          "</script><!--", "a & b < c > d", "\u2028\u2029", "emoji 😀", "/path/to"]


@pytest.mark.parametrize("value", [TRICKY, [], [""], TRICKY[::-1]])
def test_string_lists_as_json_dumps(value):
    assert _str_list_json(value) == json.dumps(value, ensure_ascii=False)


def test_flatten_string_list_with_surrogate_falls_back():
    # A lone surrogate is replaced, as the general path does.
    assert flatten_value(["ok", "\udcff"]) == json.dumps(["ok", "\ufffd"], ensure_ascii=False)


def test_graphml_mixed_types_still_coerced():
    g = nx.MultiDiGraph()
    g.add_node("a", weight=1, name="x")
    g.add_node("b", weight=2.5, name="y")
    g.add_node("c", flag=True)
    g.add_node("d", flag="maybe")
    g.add_edge("a", "b", key="k", w=1)
    back = nx.read_graphml(io.BytesIO(generate_graphml(g)), force_multigraph=True)
    assert back.nodes["a"]["weight"] == 1.0 and isinstance(back.nodes["a"]["weight"], float)
    assert back.nodes["c"]["flag"] == "true" and back.nodes["d"]["flag"] == "maybe"
    assert back.nodes["a"]["name"] == "x"


def test_graphml_repeated_values_escaped_every_time():
    g = nx.MultiDiGraph()
    for n in ("a", "b", "c"):
        g.add_node(n, label="A & B <c>", empty="")
    text = generate_graphml(g).decode("utf-8")
    assert text.count("A &amp; B &lt;c&gt;") == 3
    assert len(re.findall(r'<data key="d\d+" />', text)) == 3  # the empty value, as an empty element
    back = nx.read_graphml(io.BytesIO(text.encode("utf-8")))
    assert all(back.nodes[n]["label"] == "A & B <c>" for n in "abc")


_OLD_RE = re.compile("[<>&\u2028\u2029/\ud800-\udfff]")
_OLD = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029", "/": "\\/"}


@pytest.mark.parametrize("data", [TRICKY, {"k/<": "v&>/"}, ["\udc80 lone", "</script>"], {}])
def test_json_island_as_one_regex_pass(data):
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    assert json_island(data) == _OLD_RE.sub(lambda m: _OLD.get(m.group(0), "\ufffd"), text)
    assert json.loads(json_island(data).replace("\ufffd", "?")) is not None


@pytest.mark.parametrize("value", ["text", None, float("nan"), {"b", "a"}, ("t", 1), ["null", ":null"],
                                   {"inner": None, "x": 1.5}, "\udc80", [{"k": [1, None]}]])
def test_node_link_plain_promise_same_bytes(value):
    from kg.export import generate_node_link

    g = nx.MultiDiGraph()
    g.add_node("a", v=value, label="A")
    g.add_node("b", label="B")
    g.add_edge("a", "b", key="k", v=value, evidence=[{"document": "d", "x": value}])
    assert generate_node_link(g, plain=True) == generate_node_link(g)


def _evidence(**changes):  # type: ignore[no-untyped-def]
    record = {"document": "a.txt", "sentence": 'x "y" \\ \n 中', "start": 0, "end": 12, "rule": "r",
              "confidence": 0.1 + 0.2, "teaser": False}
    record.update(changes)
    return record


@pytest.mark.parametrize("value", [
    [_evidence()],
    [_evidence(teaser=True, confidence=1.0), _evidence(start=-3, end=10**20, confidence=1e-7)],
    [_evidence(confidence=1)],  # an int: the general path
    [_evidence(extra="x")],
    [_evidence(confidence=float("inf"))],
    [_evidence(document=None)],
    [_evidence(sentence="lone \udc80")],
    [_evidence(), "mixed"],
])
def test_evidence_lists_as_the_general_path(value):
    from kg.export import _plain

    expected = json.dumps(_plain(value), ensure_ascii=False, sort_keys=True)
    assert flatten_value(value) == re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", "\ufffd",
                                          expected)
