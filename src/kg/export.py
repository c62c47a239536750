"""Graph files for other tools: GraphML (Gephi, yEd, networkx) and NetworkX node-link JSON.

Both are deterministic (nodes sorted by id, edges by source, target and key; JSON keys sorted) and load
back in networkx with the same nodes and edges. GraphML holds only scalars, so lists and dicts become
JSON text; None values are left out; characters XML 1.0 cannot carry become U+FFFD.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="worksFor", documents=["x.txt"])
    'worksFor'
    >>> back = nx.read_graphml(__import__("io").BytesIO(generate_graphml(g)), force_multigraph=True)
    >>> list(back.edges(keys=True, data="documents"))
    [('a', 'b', 'worksFor', '["x.txt"]')]
"""

from __future__ import annotations

import io
import json
import math
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["flatten_value", "generate_graphml", "generate_node_link"]

# XML 1.0 forbids these even as character references; lone surrogates cannot be encoded at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _plain(value: Any) -> Any:
    """A JSON-ready copy: tuples and sets as lists (sets sorted), None and non-finite floats dropped."""
    if isinstance(value, dict):
        items = ((str(k), _plain(v)) for k, v in value.items())
        return {k: v for k, v in items if v is not None}
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def flatten_value(value: Any) -> Any:
    """A GraphML-ready scalar: str, int, float or bool; lists and dicts as JSON text; None stays None."""
    value = _plain(value)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return _xml_text(value)
    if isinstance(value, (list, dict)):
        return _xml_text(json.dumps(value, ensure_ascii=False, sort_keys=True))
    return _xml_text(str(value))


def _uniform(rows: Iterable[dict[str, Any]]) -> dict[str, type]:
    """GraphML declares one type per attribute: an attribute seen with mixed types is written as text
    (ints mixed with floats become floats)."""
    seen: dict[str, set[type]] = {}
    for attrs in rows:
        for name, value in attrs.items():
            seen.setdefault(name, set()).add(type(value))
    kinds = {}
    for name, types in seen.items():
        if len(types) == 1:
            kinds[name] = next(iter(types))
        elif types == {int, float}:
            kinds[name] = float
        else:
            kinds[name] = str
    return kinds


def _coerce(attrs: dict[str, Any], kinds: dict[str, type]) -> dict[str, Any]:
    out = {}
    for name, value in attrs.items():
        kind = kinds[name]
        if kind is str and not isinstance(value, str):
            value = json.dumps(value) if isinstance(value, bool) else str(value)
        elif kind is float and not isinstance(value, float):
            value = float(value)
        out[name] = value
    return out


def _sorted_graph(g: nx.MultiDiGraph, clean: Any) -> nx.MultiDiGraph:
    """A copy with nodes and edges in sorted order and attributes passed through ``clean``."""
    import networkx as nx

    out = nx.MultiDiGraph() if g.is_directed() else nx.MultiGraph()
    out.graph.update(clean(dict(g.graph), "graph"))
    nodes = sorted(g.nodes(data=True), key=lambda item: str(item[0]))
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    node_attrs = [clean(dict(data), "node") for _, data in nodes]
    edge_attrs = [clean(dict(data), "edge") for *_, data in edges]
    out.add_nodes_from((node, attrs) for (node, _), attrs in zip(nodes, node_attrs))
    for (u, v, key, _), attrs in zip(edges, edge_attrs):
        out.add_edge(u, v, key=key, **attrs)
    return out


def generate_graphml(g: nx.MultiDiGraph) -> bytes:
    """GraphML bytes (UTF-8): every attribute a scalar, one type per attribute name, stable order."""
    import networkx as nx

    def clean(attrs: dict[str, Any], _: str) -> dict[str, Any]:
        flat = {str(k): flatten_value(v) for k, v in attrs.items()}
        return {k: v for k, v in flat.items() if v is not None}

    def str_id(value: Any) -> str:
        return _xml_text(str(value))

    # Node ids and edge keys must be strings in GraphML; relabel first, then flatten and sort.
    relabelled = nx.MultiDiGraph() if g.is_directed() else nx.MultiGraph()
    relabelled.graph.update(g.graph)
    relabelled.add_nodes_from((str_id(n), d) for n, d in g.nodes(data=True))
    relabelled.add_edges_from((str_id(u), str_id(v), str_id(k), d) for u, v, k, d in g.edges(keys=True, data=True))
    flat = _sorted_graph(relabelled, clean)

    node_kinds = _uniform(d for _, d in flat.nodes(data=True))
    edge_kinds = _uniform(d for *_, d in flat.edges(keys=True, data=True))
    for _, data in flat.nodes(data=True):
        data.update(_coerce(data, node_kinds))
    for *_, data in flat.edges(keys=True, data=True):
        data.update(_coerce(data, edge_kinds))
    # The ElementTree writer (not lxml) with an explicit encoding: real UTF-8 text and an XML
    # declaration, where generate_graphml would write every Chinese character as &#NNNNN;.
    buffer = io.BytesIO()
    nx.write_graphml_xml(flat, buffer, encoding="utf-8", prettyprint=True)
    data = buffer.getvalue()
    return data if data.endswith(b"\n") else data + b"\n"


def generate_node_link(g: nx.MultiDiGraph) -> bytes:
    """NetworkX node-link JSON (``edges="edges"``), keys sorted, nodes and edges sorted, no nulls.

    Load it back with ``nx.node_link_graph(json.loads(data), edges="edges")``.
    """
    import networkx as nx

    def clean(attrs: dict[str, Any], _: str) -> dict[str, Any]:
        return _plain(attrs)  # type: ignore[no-any-return]

    data = nx.node_link_data(_sorted_graph(g, clean), edges="edges")
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False, separators=(",", ":"))
    # Edge keys carry qualifiers, which the attribute cleaning does not see: no lone surrogate may remain.
    return (_SURROGATE.sub("\ufffd", text) + "\n").encode("utf-8")
