"""The interactive page: one self-contained HTML file drawn with vis-network.

Everything is inline (vis-network, our CSS and JS, the graph as a JSON island); the page loads nothing,
and a Content-Security-Policy forbids it from trying. Positions are computed here, deterministically,
so the page opens settled and same graph -> same bytes. Large graphs open on the ``initial_limit``
most connected nodes; search and neighbourhood expansion reveal the rest.

    >>> from kg.graph import KnowledgeGraph                 # doctest: +SKIP
    >>> html = render_html(KnowledgeGraph(corpus))          # doctest: +SKIP

Article text only ever reaches the page inside the JSON island, escaped so that ``</script>`` cannot
close it; the page's JS puts it on screen with text nodes only.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from .graph import RELATION_LABELS, TYPE_LABELS
from .model import RELATION_TYPES, DocumentInfo

if TYPE_CHECKING:
    import networkx as nx

    from .graph import KnowledgeGraph

__all__ = [
    "INITIAL_LIMIT",
    "MAX_INITIAL",
    "TYPE_STYLES",
    "generate_html",
    "html_chunks",
    "json_island",
    "layout_positions",
    "page_data",
    "render_html",
    "render_html_chunks",
]

#: How many nodes a large graph opens with (the most connected ones).
INITIAL_LIMIT = 300
#: Upper bound on the initial view whatever the caller asks: the layout is dense (O(n^2) memory).
MAX_INITIAL = 2000

#: Colour (Okabe-Ito palette, safe for colour-blind readers), vis-network shape and legend glyph per type.
TYPE_STYLES: dict[str, tuple[str, str, str]] = {
    "Company": ("#0072B2", "square", "■"),
    "Organization": ("#56B4E9", "hexagon", "⬢"),
    "Person": ("#D55E00", "dot", "●"),
    "Place": ("#009E73", "triangle", "▲"),
    "Community": ("#E69F00", "diamond", "◆"),
    "Event": ("#CC79A7", "star", "★"),
    "Document": ("#7F7F7F", "triangleDown", "▼"),
}
_OTHER_STYLE = ("#999999", "dot", "●")

#: What the qualifier of a relation means, for the panel.
_QUALIFIER_LABELS = {"holdsPosition": "职务", "honoredBy": "荣誉", "reportedBy": "角色"}

_LAYOUT_SEED = 17


def node_size(degree: int) -> int:
    """Radius in pixels: grows with the square root of the degree, capped so hubs stay readable."""
    return min(40, round(8 + 4 * math.sqrt(degree)))


def initial_view(graph: nx.MultiDiGraph, limit: int = INITIAL_LIMIT) -> list[str]:
    """The nodes the page opens with: all of them, or the ``limit`` most connected (ties by label, id)."""
    nodes = sorted(graph.nodes)
    if len(nodes) <= limit:
        return nodes
    degree = dict(graph.degree())
    # Only nodes at least as connected as the limit-th most connected can be among the first ``limit``:
    # those alone are ranked (a key per node for tens of thousands of nodes cost more than the ranking).
    floor = sorted(degree.values(), reverse=True)[limit - 1]
    candidates = [n for n in nodes if degree[n] >= floor]
    ranked = sorted(candidates, key=lambda n: (-degree[n], str(graph.nodes[n].get("label", n)), n))
    return sorted(ranked[:limit])


def layout_positions(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> dict[str, tuple[int, int]]:
    """Deterministic layout of ``nodes`` in integer pixels: a spring layout (fixed seed, fixed node order)
    per connected component, scaled to a common edge length, components packed in rows, largest first.

    Laying components out apart keeps isolated nodes from squeezing the rest into a corner; integers keep
    the bytes stable across platforms whose floating point differs in the last bits.
    """
    import networkx as nx

    chosen = sorted(nodes)
    keep = set(chosen)
    simple = nx.Graph()
    simple.add_nodes_from(chosen)
    simple.add_edges_from(sorted((u, v) for u, v in graph.edges() if u in keep and v in keep and u != v))
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    boxes = [_component_layout(simple.subgraph(c)) for c in components]
    return {n: (round(x), round(y)) for n, (x, y) in _pack(boxes).items()}


_EDGE_LENGTH = 230.0  # median edge length in pixels: room for a label on the edge and on both nodes
_GAP = 170.0  # between packed components


def _component_layout(component: nx.Graph) -> dict[str, tuple[float, float]]:
    import networkx as nx

    # A small subgraph view iterates its nodes in set order, which changes with PYTHONHASHSEED: lay out
    # a copy whose nodes and edges are in sorted order, so the page is byte-identical from run to run.
    members = sorted(component.nodes)
    if len(members) == 1:
        return {members[0]: (0.0, 0.0)}
    if len(members) == 2:
        return {members[0]: (0.0, 0.0), members[1]: (_EDGE_LENGTH, 0.0)}
    ordered = nx.Graph()
    ordered.add_nodes_from(members)
    ordered.add_edges_from(sorted(tuple(sorted(e)) for e in component.edges()))
    component = ordered
    pos = nx.spring_layout(component, seed=_LAYOUT_SEED, iterations=80)
    lengths = sorted(math.dist(pos[u], pos[v]) for u, v in component.edges())
    factor = _EDGE_LENGTH / max(lengths[len(lengths) // 2], 1e-9)
    return {n: (float(pos[n][0]) * factor, float(pos[n][1]) * factor) for n in members}


def _pack(layouts: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Shelf packing: components left to right in rows about as wide as the drawing is tall."""
    boxes = []
    for layout in layouts:
        xs = [p[0] for p in layout.values()]
        ys = [p[1] for p in layout.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + _GAP, max(ys) - min(ys) + _GAP))
    if not boxes:
        return {}
    area = sum(w * h for _x, _y, w, h in boxes)
    row_width = max(max(w for _x, _y, w, _h in boxes), 1.4 * math.sqrt(area))
    placed: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for layout, (min_x, min_y, w, h) in zip(layouts, boxes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in layout.items():
            placed[node] = (x + px - min_x, y + py - min_y)
        x += w
        row_height = max(row_height, h)
    cx = (min(p[0] for p in placed.values()) + max(p[0] for p in placed.values())) / 2
    cy = (min(p[1] for p in placed.values()) + max(p[1] for p in placed.values())) / 2
    return {n: (px - cx, py - cy) for n, (px, py) in placed.items()}


def _curves(edges: list[tuple[int, int]]) -> list[Any]:
    """vis-network ``smooth`` option per edge, fanning parallel and opposite edges apart so their
    labels do not sit on top of each other. A single edge between two nodes stays straight."""
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    for idx, (a, b) in enumerate(edges):
        groups[(min(a, b), max(a, b))].append(idx)
    smooth: list[Any] = [False] * len(edges)
    for (low, _high), members in groups.items():
        if len(members) < 2 or edges[members[0]][0] == edges[members[0]][1]:
            continue
        odd = len(members) % 2
        unit = min(0.22, 0.9 / ((len(members) + 1) // 2))  # vis roundness stays within (0, 1)
        for rank, idx in enumerate(members):
            # offsets 0, +1, -1, +2, -2 ... for an odd count; +1, -1, +2, -2 ... for an even one
            if odd:
                step, sign = (rank + 1) // 2, (1 if rank % 2 else -1)
            else:
                step, sign = rank // 2 + 1, (1 if rank % 2 == 0 else -1)
            offset = sign * step * unit
            if offset == 0:
                continue
            # curvedCW bends the same way for both directions only relative to the edge: flip for
            # edges drawn against the canonical (low -> high) direction.
            if edges[idx][0] != low:
                offset = -offset
            smooth[idx] = {"enabled": True, "type": "curvedCW" if offset > 0 else "curvedCCW",
                           "roundness": round(abs(offset), 3)}
    return smooth


def _documents(graph: nx.MultiDiGraph, infos: Iterable[DocumentInfo]) -> dict[str, dict[str, str]]:
    docs: dict[str, dict[str, str]] = {}
    # Only the documents sorted: their order among themselves is their order among all the nodes.
    for _node, attrs in sorted(item for item in graph.nodes(data=True) if item[1].get("type") == "Document"):
        name = str(attrs.get("file_name", ""))
        docs[name] = {"title": str(attrs.get("label") or name), "published": str(attrs.get("published") or ""),
                      "source": str(attrs.get("source") or "")}
    for info in infos:
        docs[info.doc_id] = {"title": info.title or info.doc_id, "published": info.published or "",
                             "source": info.source or ""}
    return dict(sorted(docs.items()))


def page_data(graph: nx.MultiDiGraph, documents: Iterable[DocumentInfo] = (),
              initial_limit: int = INITIAL_LIMIT) -> dict[str, Any]:
    """Everything the page draws, as plain JSON-ready data. Nodes and edges are referred to by index."""
    ids = sorted(graph.nodes)
    index = {node: i for i, node in enumerate(ids)}
    nodes = []
    degrees = dict(graph.degree())
    node_attrs = graph.nodes
    sizes: dict[int, int] = {}
    # map(str, ...) and the emptiness tests instead of a generator per list: most lists are empty or short.
    for node in ids:
        attrs = node_attrs[node]
        degree = degrees[node]
        size = sizes.get(degree)
        if size is None:
            size = sizes[degree] = node_size(degree)
        aliases, hant, docs = attrs.get("aliases", ()), attrs.get("hant_labels", ()), attrs.get("documents", ())
        item: dict[str, Any] = {
            "iri": node,
            "type": str(attrs.get("type", "Other")),
            "label": str(attrs.get("label") or node),
            "aliases": sorted(map(str, aliases)) if aliases else [],
            "hant": sorted(map(str, hant)) if hant else [],
            "docs": sorted(map(str, docs)) if docs else [],
            "degree": degree,
            "size": size,
        }
        if attrs.get("teaser_only"):
            item["teaser"] = True
        if item["type"] == "Document":
            item["file"] = str(attrs.get("file_name", ""))
        nodes.append(item)

    raw_edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (index[e[0]], index[e[1]], str(e[2])))
    ends = [(index[u], index[v]) for u, v, _k, _a in raw_edges]
    edges = []
    labels = RELATION_LABELS
    for (u, v), smooth, (_u, _v, key, attrs) in zip(ends, _curves(ends), raw_edges):
        relation = str(attrs.get("relation", key))
        qualifier = str(attrs.get("qualifier") or "")
        name = str(attrs.get("label") or labels.get(relation, relation))
        edges.append({
            "from": u,
            "to": v,
            "relation": relation,
            "name": name,
            "label": f"{name} {qualifier}" if qualifier else name,
            "qualifier": qualifier,
            "confidence": float(attrs.get("confidence", 0.0)),
            "smooth": smooth,
            "evidence": [
                {"doc": str(ev.get("document", "")), "sentence": str(ev.get("sentence", "")),
                 "rule": str(ev.get("rule", "")), "confidence": float(ev.get("confidence", 0.0)),
                 "teaser": bool(ev.get("teaser", False))}
                for ev in attrs.get("evidence", ())
            ],
        })

    initial_limit = max(1, min(initial_limit, MAX_INITIAL))
    initial = initial_view(graph, initial_limit)
    positions = layout_positions(graph, initial)
    present_types = {n["type"] for n in nodes}
    type_order = [t for t in TYPE_STYLES if t in present_types or t in TYPE_LABELS]
    type_order += sorted(present_types - set(type_order))
    present_relations = {e["relation"] for e in edges}
    relation_order = [r for r in RELATION_TYPES if r in present_relations]
    relation_order += sorted(present_relations - set(relation_order))
    type_counts: dict[str, int] = defaultdict(int)
    for n in nodes:
        type_counts[n["type"]] += 1
    relation_counts: dict[str, int] = defaultdict(int)
    for e in edges:
        relation_counts[e["relation"]] += 1
    return {
        "types": [
            {"type": t, "label": TYPE_LABELS.get(t, t), "color": TYPE_STYLES.get(t, _OTHER_STYLE)[0],
             "shape": TYPE_STYLES.get(t, _OTHER_STYLE)[1], "glyph": TYPE_STYLES.get(t, _OTHER_STYLE)[2],
             "count": type_counts.get(t, 0)}
            for t in type_order
        ],
        "relations": [
            {"relation": r, "label": RELATION_LABELS.get(r, r), "count": relation_counts[r],
             "qualifier": _QUALIFIER_LABELS.get(r, "")}
            for r in relation_order
        ],
        "documents": _documents(graph, documents),
        "nodes": nodes,
        "edges": edges,
        "initial": [index[n] for n in initial],
        "positions": [[index[n], x, y] for n, (x, y) in sorted(positions.items(), key=lambda p: index[p[0]])],
        "limit": initial_limit,
    }


_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029",
                 "/": "\\/"}
_SURROGATES = re.compile("[\ud800-\udfff]")


def json_island(data: Any) -> str:
    """JSON safe to place inside ``<script type="application/json">``.

    ``<``, ``>``, ``&``, U+2028/2029 become ``\\uXXXX`` and ``/`` becomes ``\\/`` (all still valid JSON,
    decoded by ``JSON.parse``), so no article text can close the script element or open a comment, and
    IRIs are data, never something that looks like a link.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    # str.replace per character (every IRI holds several /) instead of a callback per match; no
    # replacement brings back a character replaced before it.
    for char, escaped in _JSON_ESCAPES.items():
        if char in text:
            text = text.replace(char, escaped)
    # Lone surrogates (from an undecodable file name) cannot be written as UTF-8: U+FFFD instead. Trying
    # the encoding finds them several times faster than the pattern scanning a long text.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATES.sub("\ufffd", text)
    return text


@cache
def _asset(name: str) -> str:
    return (resources.files("kg") / "data" / "html" / name).read_text(encoding="utf-8")


_LICENCE_HEADER = re.compile(r"\A/\*\*.*?\*/\s*", re.DOTALL)


@lru_cache(maxsize=1)
def _vis_js() -> str:
    """vis-network, with its licence comment shortened (the full text ships as LICENSE-vis-network.txt)
    and ``://`` inside its string literals written ``:\\/\\/`` (the same string in JS), so the page holds
    no URL at all: the only ones are a namespace name and error-message links."""
    code = _LICENCE_HEADER.sub("", _asset("vis-network.min.js"), count=1)
    code = code.replace("://", ":\\/\\/")
    notice = ("/* vis-network 9.1.2 (c) 2011-2017 Almende B.V., 2017-2019 visjs contributors; "
              "dual licensed Apache-2.0 / MIT, used under MIT. Includes core-js (c) Denis Pushkarev, MIT. */\n")
    return notice + code


_SLOT = re.compile(r"@@KG_([A-Z_]+)@@")


def generate_html(data: dict[str, Any]) -> str:
    """Fill the page template with the assets and the data (one pass, so data cannot inject a slot)."""
    parts = {
        "VIS_CSS": _asset("vis-network.css"),
        "PAGE_CSS": _asset("page.css"),
        "VIS_JS": _vis_js(),
        "PAGE_JS": _asset("page.js"),
        "DATA": json_island(data),
    }
    return _SLOT.sub(lambda m: parts[m.group(1)], _asset("page.html"))


def render_html(graph: KnowledgeGraph, *, initial_limit: int = INITIAL_LIMIT) -> str:
    """The page for a built graph: one self-contained HTML document (str, UTF-8 when written)."""
    return generate_html(page_data(graph.plain, graph.corpus.documents, initial_limit))  # type: ignore[arg-type]


def render_html_chunks(graph: KnowledgeGraph, *, initial_limit: int = INITIAL_LIMIT) -> list[bytes]:
    """``render_html(graph).encode("utf-8")`` as chunks to write one after the other."""
    return html_chunks(page_data(graph.plain, graph.corpus.documents, initial_limit))  # type: ignore[arg-type]


def html_chunks(data: dict[str, Any]) -> list[bytes]:
    """``generate_html(data).encode("utf-8")`` as chunks: the template's pieces and the JSON island a piece
    of the encoder's output at a time (escaped and encoded per piece: every escape is of one character).

    The island is most of the page (tens of MB): made, escaped, checked, put into the template and
    encoded as whole strings, it was five copies of it in fresh memory.
    """
    pieces = _SLOT.split(_asset("page.html"))  # text, slot name, text, ...
    chunks = []
    for k, piece in enumerate(pieces):
        if k % 2 == 0:
            chunks.append(piece.encode("utf-8"))
        elif piece == "DATA":
            chunks += _island_chunks(data)
        else:
            chunks.append(_slot_bytes(piece))
    return chunks


@lru_cache(maxsize=8)
def _slot_bytes(name: str) -> bytes:
    text = {"VIS_CSS": _asset("vis-network.css"), "PAGE_CSS": _asset("page.css"), "VIS_JS": _vis_js(),
            "PAGE_JS": _asset("page.js")}[name]
    return text.encode("utf-8")


def _raise_type(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# json.dumps(..., ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False) as the list of
# pieces the C encoder joins (each a join of many small strings: a few hundred thousand characters).
_C_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_C_STRING = getattr(json.encoder, "c_encode_basestring", None)
_ISLAND_PIECES: Any = (
    _C_ENCODER({}, _raise_type, _C_STRING, None, ":", ",", True, False, False)
    if _C_ENCODER is not None and _C_STRING is not None else None
)


def _island_chunks(data: Any) -> list[bytes]:
    """``json_island(data).encode("utf-8")`` as chunks."""
    if _ISLAND_PIECES is None or type(data) is not dict:
        return [json_island(data).encode("utf-8")]
    chunks = []
    for text in _ISLAND_PIECES(data, 0):
        for char, escaped in _JSON_ESCAPES.items():  # as json_island, a piece at a time
            if char in text:
                text = text.replace(char, escaped)
        try:
            chunks.append(text.encode("utf-8"))
        except UnicodeEncodeError:
            chunks.append(_SURROGATES.sub("\ufffd", text).encode("utf-8"))
    return chunks
