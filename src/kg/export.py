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

import json
import math
import re
from collections.abc import Iterable
from itertools import chain, islice, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["flatten_value", "generate_graphml", "generate_node_link", "graphml_chunks", "node_link_chunks"]

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


def _plain_fast(value: Any) -> Any:
    """``_plain`` without the surrogate replacement in strings (the caller checks the JSON text for
    surrogates and falls back): type checks first, because this walks every evidence record."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is dict:
        out = {}
        for k, v in value.items():
            vkind = type(v)
            if not (vkind is str or vkind is int or vkind is bool):
                if v is None:
                    continue
                v = _plain_fast(v)
                if v is None:
                    continue
            out[k if type(k) is str else str(k)] = v
        return out
    if kind is list or kind is tuple:
        return [_plain_fast(v) for v in value]
    if kind is float:
        return value if math.isfinite(value) else None
    # Subclasses and other containers: the general rules.
    if isinstance(value, dict):
        items = ((str(k), _plain_fast(v)) for k, v in value.items())
        return {k: v for k, v in items if v is not None}
    if isinstance(value, (set, frozenset)):
        return sorted((_plain_fast(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [_plain_fast(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


# json.dumps(value, ensure_ascii=False, sort_keys=True), without making an encoder per call.
_JSON_TEXT = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_JSON_STRING = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring


def _str_list_json(value: list[str]) -> str:
    """``json.dumps(value, ensure_ascii=False)`` of a list of str (names, documents): the commonest list
    attribute, written without the encoder. Raises TypeError if an item is not a str."""
    return "[" + ", ".join(map(_JSON_STRING, value)) + "]"


_EVIDENCE_KEYS = frozenset(("confidence", "document", "end", "rule", "sentence", "start", "teaser"))


def _evidence_json(value: list[Any]) -> str | None:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True)`` of a list of evidence records exactly as
    ``kg.graph.build_nx`` makes them (those keys; str, int, finite float, bool values), or None for
    anything else (the general path writes it)."""
    out = []
    for ev in value:
        if type(ev) is not dict or ev.keys() != _EVIDENCE_KEYS:
            return None
        confidence, document, end, rule = ev["confidence"], ev["document"], ev["end"], ev["rule"]
        sentence, start, teaser = ev["sentence"], ev["start"], ev["teaser"]
        if not (type(confidence) is float and math.isfinite(confidence) and type(document) is str
                and type(end) is int and type(rule) is str and type(sentence) is str and type(start) is int
                and type(teaser) is bool):
            return None
        out.append(f'{{"confidence": {confidence!r}, "document": {_JSON_STRING(document)}, "end": {end!r}, '
                   f'"rule": {_JSON_STRING(rule)}, "sentence": {_JSON_STRING(sentence)}, "start": {start!r}, '
                   f'"teaser": {"true" if teaser else "false"}}}')
    return "[" + ", ".join(out) + "]"


def flatten_value(value: Any) -> Any:
    """A GraphML-ready scalar: str, int, float or bool; lists and dicts as JSON text; None stays None."""
    kind = type(value)
    if kind is str:
        return _xml_text(value)  # replaces lone surrogates too
    if value is None or kind is bool or kind is int:
        return value
    if kind is float:
        return value if math.isfinite(value) else None
    if kind is list:
        try:
            fast: str | None = _str_list_json(value)  # raises TypeError for anything but strings
        except TypeError:
            fast = _evidence_json(value)
        if fast is not None:
            if not _NOT_XML.search(fast):  # the common case: nothing to replace, one scan
                return fast
            if not _SURROGATE.search(fast):
                return _xml_text(fast)
    plain = _plain_fast(value)
    if plain is None or isinstance(plain, (bool, int, float)):
        return plain
    if isinstance(plain, str):
        return _xml_text(plain)
    if isinstance(plain, (list, dict)):
        text = _JSON_TEXT(plain)
        if _SURROGATE.search(text):
            # Replaced surrogates can change set order and merge keys: clean before writing, as before.
            text = json.dumps(_plain(value), ensure_ascii=False, sort_keys=True)
        return _xml_text(text)
    return _xml_text(str(plain))


def _uniform(rows: Iterable[dict[str, Any]]) -> dict[str, type]:
    """GraphML declares one type per attribute: an attribute seen with mixed types is written as text
    (ints mixed with floats become floats)."""
    return _kinds(_types(rows))


def _kinds(seen: dict[str, set[type]]) -> dict[str, type]:
    kinds = {}
    for name, types in seen.items():
        if len(types) == 1:
            kinds[name] = next(iter(types))
        elif types == {int, float}:
            kinds[name] = float
        else:
            kinds[name] = str
    return kinds


def _types(rows: Iterable[dict[str, Any]]) -> dict[str, set[type]]:
    seen: dict[str, set[type]] = {}
    for attrs in rows:
        for name, value in attrs.items():
            types = seen.get(name)
            if types is None:
                seen[name] = {type(value)}
            else:
                types.add(type(value))
    return seen


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


_GRAPHML_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)
# The GraphML type of each Python type, as networkx writes and reads them.
_XML_TYPE = {str: "string", int: "long", float: "double", bool: "boolean"}


def _xml_escape(text: str) -> str:
    """Element text: & < > escaped, and \r as a reference (a parser would turn a raw one into \n)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def _xml_attr(text: str) -> str:
    """Attribute value in double quotes: also quotes and whitespace that attribute normalisation eats."""
    text = _xml_escape(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def _graphml_value(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return _xml_escape(value if isinstance(value, str) else str(value))


def generate_graphml(g: nx.MultiDiGraph) -> bytes:
    """GraphML bytes (UTF-8): every attribute a scalar, one type per attribute name, stable order.

    Written directly as text (networkx's ElementTree writer was most of the export time); the layout
    follows networkx's: keys numbered d0, d1, ... in order of first use (graph, nodes, edges) and listed
    newest first, two-space indentation.
    """
    fast = _graphml_columns(g)
    return b"".join(fast) if fast is not None else _graphml_general(g)


def graphml_chunks(g: nx.MultiDiGraph) -> list[bytes]:
    """``generate_graphml(g)`` as chunks to write one after the other (a large graph's text is never one
    string: see ``kg.output.encoded_join``)."""
    fast = _graphml_columns(g)
    return fast if fast is not None else [_graphml_general(g)]


def _graphml_general(g: nx.MultiDiGraph) -> bytes:
    """``generate_graphml`` for any graph: every value cleaned, typed and escaped one at a time."""

    texts: dict[str, str] = {}  # str value -> flattened (labels, types, relations repeat)

    def clean(attrs: dict[Any, Any]) -> dict[str, Any]:
        out = {}
        for k, v in attrs.items():
            if type(v) is str:
                flat = texts.get(v)
                if flat is None:
                    flat = texts[v] = _xml_text(v)
                out[k if type(k) is str else str(k)] = flat
                continue
            v = flatten_value(v)
            if v is not None:
                out[str(k)] = v
        return out

    def str_id(value: Any) -> str:
        return _xml_text(str(value))

    # Node ids and edge keys must be strings in GraphML; ids that become equal merge, as in networkx.
    nodes: dict[str, dict[str, Any]] = {}
    for n, d in g.nodes(data=True):
        nodes.setdefault(str_id(n), {}).update(d)
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for u, v, k, d in g.edges(keys=True, data=True):
        edges.setdefault((str_id(u), str_id(v), str_id(k)), {}).update(d)
    graph_data = {k: v for k, v in g.graph.items() if k not in ("node_default", "edge_default")}
    graph_id = graph_data.pop("id", None)
    graph_attrs = clean(graph_data)
    node_rows = [(node, clean(nodes[node])) for node in sorted(nodes)]
    edge_rows = [(key, clean(edges[key])) for key in sorted(edges)]

    types = {"graph": _types([graph_attrs]), "node": _types(attrs for _, attrs in node_rows),
             "edge": _types(attrs for _, attrs in edge_rows)}
    graph_kinds, node_kinds, edge_kinds = (_kinds(types[scope]) for scope in ("graph", "node", "edge"))
    key_ids: dict[tuple[str, str], str] = {}
    key_lines: list[str] = []

    # When every attribute of a scope has one type, _coerce changes nothing: skip it.
    mixed = {scope: any(len(kinds) > 1 for kinds in seen.values()) for scope, seen in types.items()}
    escaped: dict[str, str] = {}  # str value -> element text
    opens: dict[tuple[str, str], dict[str, str]] = {}  # (scope, indent) -> name -> '<data key="dN"'

    def data_lines(attrs: dict[str, Any], kinds: dict[str, type], scope: str, indent: str) -> list[str]:
        lines = []
        starts = opens.get((scope, indent))
        if starts is None:
            starts = opens[(scope, indent)] = {}
        for name, value in (_coerce(attrs, kinds) if mixed[scope] else attrs).items():
            start = starts.get(name)
            if start is None:
                key_id = key_ids.get((scope, name))
                if key_id is None:
                    key_id = key_ids[(scope, name)] = f"d{len(key_ids)}"
                    key_lines.append(
                        f'  <key id="{key_id}" for="{scope}" attr.name="{_xml_attr(name)}" '
                        f'attr.type="{_XML_TYPE[kinds[name]]}" />\n'
                    )
                start = starts[name] = f'{indent}<data key="{key_id}"'
            if type(value) is str:
                text = escaped.get(value)
                if text is None:
                    text = escaped[value] = _xml_escape(value)
            else:
                text = _graphml_value(value)
            lines.append(f"{start}>{text}</data>\n" if text else f"{start} />\n")
        return lines

    directed = "directed" if g.is_directed() else "undirected"
    graph_open = f'  <graph edgedefault="{directed}"'
    if graph_id is not None:
        graph_open += f' id="{_xml_attr(str_id(graph_id))}"'
    body = [graph_open + ">\n"]
    body += data_lines(graph_attrs, graph_kinds, "graph", "    ")
    for node, attrs in node_rows:
        lines = data_lines(attrs, node_kinds, "node", "      ")
        if lines:
            body.append(f'    <node id="{_xml_attr(node)}">\n')
            body += lines
            body.append("    </node>\n")
        else:
            body.append(f'    <node id="{_xml_attr(node)}" />\n')
    for (u, v, k), attrs in edge_rows:
        lines = data_lines(attrs, edge_kinds, "edge", "      ")
        open_tag = f'    <edge source="{_xml_attr(u)}" target="{_xml_attr(v)}" id="{_xml_attr(k)}"'
        if lines:
            body.append(open_tag + ">\n")
            body += lines
            body.append("    </edge>\n")
        else:
            body.append(open_tag + " />\n")
    body.append("  </graph>\n</graphml>\n")
    return (_GRAPHML_HEAD + "".join(reversed(key_lines)) + "".join(body)).encode("utf-8")


# json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False) as a list of chunks, the C encoder
# made once (JSONEncoder.encode makes one per call, which cost more than encoding a short list).
def _raise_type(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not JSON")


_C_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_JSON_CHUNKS: Any = (
    _C_ENCODER({}, _raise_type, _JSON_STRING, None, ": ", ", ", True, False, False)
    if _C_ENCODER is not None and _JSON_STRING is getattr(json.encoder, "c_encode_basestring", None) else None
)
_SCALARS = frozenset((str, int, float, bool))
_ATTR_MARKUP = re.compile('[&<>"\r\n\t]')


def _json_column(values: list[Any]) -> list[str] | None:
    """What ``flatten_value`` gives for each list in ``values``: JSON text (sort_keys, ", " and ": ").

    Only lists of str and lists of flat records (str keys; str, int, bool, finite float values: kg's
    names and evidence) are taken; for those the JSON text is the general path's, byte for byte. None
    for anything else (the general path writes it)."""
    inner = set(map(type, chain.from_iterable(values)))
    if not inner - {str}:
        return ["[" + ", ".join(map(_JSON_STRING, value)) + "]" for value in values]
    if inner != {dict}:
        return None
    records = list(chain.from_iterable(values))
    if all(record.keys() == _EVIDENCE_KEYS for record in records):
        return _evidence_column(values, records)
    if _JSON_CHUNKS is None or set(map(type, chain.from_iterable(records))) != {str}:
        return None
    if {type(v) for record in records for v in record.values()} - _SCALARS:
        return None
    try:
        return ["".join(_JSON_CHUNKS(value, 0)) for value in values]
    except (TypeError, ValueError):  # a non-finite float
        return None


_EVIDENCE_FIELDS = (("confidence", float), ("document", str), ("end", int), ("rule", str), ("sentence", str),
                    ("start", int), ("teaser", bool))
_EVIDENCE_RECORD = ('{{"confidence": {!r}, "document": {}, "end": {!r}, "rule": {}, "sentence": {}, "start": {!r}, '
                    '"teaser": {}}}')
_EVIDENCE_GET = itemgetter(*(name for name, _ in _EVIDENCE_FIELDS))
# _EVIDENCE_RECORD's fixed text before each field and after the last.
_EVIDENCE_TEXTS = ('{"confidence": ', ', "document": ', ', "end": ', ', "rule": ', ', "sentence": ', ', "start": ',
                   ', "teaser": ', "}")


def _evidence_column(values: list[Any], records: list[dict[str, Any]]) -> list[str] | None:
    """``_evidence_json`` of each list in ``values`` (``records``: their items, all with its keys), checked
    and encoded a field at a time instead of a record at a time."""
    columns = list(zip(*map(_EVIDENCE_GET, records))) or [()] * len(_EVIDENCE_FIELDS)
    for (_name, kind), column in zip(_EVIDENCE_FIELDS, columns):
        if set(map(type, column)) - {kind} or (kind is float and not all(map(math.isfinite, column))):
            return None
    confidence, document, end, rule, sentence, start, teaser = columns
    s = _JSON_STRING
    # Each record is _EVIDENCE_RECORD filled: its fixed text and the fields' texts interleaved and joined
    # in C (zip, map), without a format call (which parses the template) per record.
    fixed = _EVIDENCE_TEXTS
    texts = map("".join, zip(
        repeat(fixed[0]), map(float.__repr__, confidence), repeat(fixed[1]), map(s, document), repeat(fixed[2]),
        map(int.__repr__, end), repeat(fixed[3]), map(s, rule), repeat(fixed[4]), map(s, sentence),
        repeat(fixed[5]), map(int.__repr__, start), repeat(fixed[6]), map(_JSON_BOOL.__getitem__, teaser),
        repeat(fixed[7])))
    return ["[" + ", ".join(islice(texts, n)) + "]" for n in map(len, values)]


_JSON_BOOL = {True: "true", False: "false"}


def _text_column(values: list[Any]) -> tuple[type, list[str]] | None:
    """(the GraphML type, element text per value) of one attribute column, exactly as the general path
    writes it, or None where a value needs its cleaning (None, NaN, mixed types, characters XML 1.0
    cannot carry, containers other than kg's)."""
    kinds = set(map(type, values))
    if len(kinds) != 1:
        return None
    (kind,) = kinds
    if kind is str:
        texts = values
    elif kind is bool:
        return bool, ["true" if v else "false" for v in values]
    elif kind is int:
        return int, list(map(str, values))
    elif kind is float:
        if not all(map(math.isfinite, values)):
            return None
        return float, list(map(repr, values))
    elif kind is list:
        found = _json_column(values)
        if found is None:
            return None
        texts = found
    else:
        return None
    joined = "".join(texts)
    # JSON text has its control characters escaped; lone surrogates fail the final encoding.
    if ("\ufffe" in joined or "\uffff" in joined) if kind is list else _NOT_XML.search(joined):
        return None
    if "&" in joined or "<" in joined or ">" in joined or "\r" in joined:
        texts = list(map(_xml_escape, texts))
    return str, texts


def _attr_column(values: list[str]) -> list[str]:
    return list(map(_xml_attr, values)) if _ATTR_MARKUP.search("".join(values)) else values


def _graphml_columns(g: nx.MultiDiGraph) -> list[bytes] | None:
    """``_graphml_general``'s bytes as chunks, made a column at a time: the rows (nodes, edges) are grouped by
    their attribute names, each attribute is typed, flattened and escaped for a whole column at once,
    and each row is filled into a template made once per group. None when the graph needs the general
    path (graph attributes, ids that are not clean str, values that need cleaning, mixed types)."""
    if not g.is_multigraph() or any(k not in ("node_default", "edge_default") for k in g.graph):
        return None
    nodes = list(g.nodes(data=True))
    edges = list(g.edges(keys=True, data=True))
    node_ids = [n for n, _ in nodes]
    ends = [x for e in edges for x in e[:3]]
    if set(map(type, node_ids)) - {str} or set(map(type, ends)) - {str}:
        return None
    if _NOT_XML.search("".join(node_ids)) or _NOT_XML.search("".join(ends)):
        return None
    nodes.sort(key=_first)
    edges.sort(key=_first_three)
    scopes = (
        ("node", '    <node id="{}"', [d for _, d in nodes], [_attr_column([n for n, _ in nodes])]),
        ("edge", '    <edge source="{}" target="{}" id="{}"', [e[3] for e in edges],
         [_attr_column([e[k] for e in edges]) for k in range(3)]),
    )
    kinds: dict[tuple[str, str], type] = {}
    made = []
    for scope, _open, rows, _ids in scopes:
        signatures = list(map(tuple, rows))
        groups: dict[tuple[Any, ...], list[int]] = {}
        if len(set(signatures)) == 1:  # the usual case: every row has the same attribute names
            groups[signatures[0]] = list(range(len(rows)))
        else:
            for i, names in enumerate(signatures):
                found = groups.get(names)
                if found is None:
                    groups[names] = [i]
                else:
                    found.append(i)
        parts = []
        for names, members in groups.items():
            if set(map(type, names)) - {str}:
                return None
            chosen = rows if len(members) == len(rows) else [rows[i] for i in members]
            texts = []
            for name in names:
                column = _text_column(list(map(itemgetter(name), chosen)))
                if column is None or kinds.setdefault((scope, name), column[0]) is not column[0]:
                    return None
                texts.append(column[1])
            parts.append((names, members, texts))
        made.append(parts)
    key_ids: dict[tuple[str, str], str] = {}
    key_lines = []
    body = ['  <graph edgedefault="{}">\n'.format("directed" if g.is_directed() else "undirected")]
    for (scope, open_tag, rows, ids), parts in zip(scopes, made):
        out: list[str] = [""] * len(rows)
        for names, members, texts in parts:
            slots = []
            for name, values in zip(names, texts):
                key_id = key_ids.get((scope, name))
                if key_id is None:
                    key_id = key_ids[(scope, name)] = f"d{len(key_ids)}"
                    key_lines.append(f'  <key id="{key_id}" for="{scope}" attr.name="{_xml_attr(name)}" '
                                     f'attr.type="{_XML_TYPE[kinds[(scope, name)]]}" />\n')
                if "" in values:  # an empty value is an empty element
                    slots.append(f'      <data key="{key_id}"{{}}')
                    values[:] = [f">{t}</data>\n" if t else " />\n" for t in values]
                else:
                    slots.append(f'      <data key="{key_id}">{{}}</data>\n')
            template = (open_tag + ">\n" + "".join(slots) + f"    </{scope}>\n") if names else open_tag + " />\n"
            # The fixed text between the slots (none of it holds a brace) interleaved with the columns
            # without a format call per row: zip and chain run in C.
            pieces = template.split("{}")
            chosen = ids if len(parts) == 1 else [[id_column[i] for i in members] for id_column in ids]
            interleaved: list[Any] = [repeat(pieces[0])]
            for piece, slot_values in zip(pieces[1:], [*chosen, *texts]):
                interleaved += [slot_values, repeat(piece)]
            if len(parts) == 1:
                # Text of _ROWS rows at a time, never the whole scope as one string (kg.output.encoded_join).
                filled = zip(*interleaved)
                out = ["".join(chain.from_iterable(islice(filled, _ROWS))) for _ in range(0, len(rows), _ROWS)]
            else:
                for i, block in zip(members, map("".join, zip(*interleaved))):
                    out[i] = block
        if len(parts) != 1:
            out = ["".join(out[i:i + _ROWS]) for i in range(0, len(rows), _ROWS)]
        body += out
    body.append("  </graph>\n</graphml>\n")
    try:
        return [(_GRAPHML_HEAD + "".join(reversed(key_lines))).encode("utf-8"), *(text.encode("utf-8") for text in body)]
    except UnicodeEncodeError:  # lone surrogates: the general path replaces them
        return None


_ROWS = 2000  # nodes or edges per chunk of GraphML text


def _first(item: tuple[Any, ...]) -> Any:
    return item[0]


def _first_three(item: tuple[Any, ...]) -> Any:
    return item[:3]


def _node_link_text(g: nx.MultiDiGraph, clean: Any) -> str:
    """What ``nx.node_link_data(_sorted_graph(g, clean), edges="edges")`` gives for a directed graph,
    as JSON text, without building the sorted copy."""
    return json.dumps(_node_link_data(g, clean), ensure_ascii=False, sort_keys=True, allow_nan=False,
                      separators=(",", ":"))


def _node_link_data(g: nx.MultiDiGraph, clean: Any) -> dict[str, Any]:
    nodes = sorted(g.nodes(data=True), key=lambda item: str(item[0]))
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    return {
        "directed": True,
        "multigraph": True,
        "graph": clean(dict(g.graph)),
        "nodes": [{**clean(d), "id": n} for n, d in nodes],
        "edges": [{**clean(d), "source": u, "target": v, "key": k} for u, v, k, d in edges],
    }


# _node_link_text's json.dumps as the list of pieces the C encoder joins (a few hundred thousand
# characters each).
_NODE_LINK_PIECES: Any = (
    _C_ENCODER({}, _raise_type, _JSON_STRING, None, ":", ",", True, False, False)
    if _C_ENCODER is not None and _JSON_STRING is getattr(json.encoder, "c_encode_basestring", None) else None
)


def node_link_chunks(g: nx.MultiDiGraph, *, plain: bool = False) -> list[bytes]:
    """``generate_node_link(g, plain=plain)`` as chunks to write one after the other: the C encoder's
    pieces encoded one by one, never the whole text as one string (``kg.output.encoded_join``)."""
    if not g.is_directed() or _NODE_LINK_PIECES is None:
        return [generate_node_link(g, plain=plain)]
    pieces = None
    if plain:
        try:
            pieces = _NODE_LINK_PIECES(_node_link_data(g, _as_is), 0)
        except (TypeError, ValueError):  # a set, or a non-finite float
            pieces = None
        if pieces is not None and _has_null(pieces):
            pieces = None
    try:
        if pieces is None:
            pieces = _NODE_LINK_PIECES(_node_link_data(g, _plain_fast), 0)
        return [*(piece.encode("utf-8") for piece in pieces), b"\n"]
    except (TypeError, ValueError):  # lone surrogates (cleaned there), or what json.dumps rejects: as it says
        return [generate_node_link(g, plain=plain)]


def _has_null(pieces: list[str]) -> bool:
    """``_NULL.search("".join(pieces))``, a piece at a time: a match across pieces lies within the last
    five characters before a piece and its first five."""
    tail = ""
    for piece in pieces:
        if "null" in piece and _NULL.search(piece):
            return True
        if tail and _NULL.search(tail + piece[:5]):
            return True
        tail = (tail + piece[-5:])[-5:]
    return False


# A JSON null outside a string (inside one it only costs the general path).
_NULL = re.compile(r"[:,\[]null[,\]}]")


def _as_is(attrs: Any) -> Any:
    return attrs


def generate_node_link(g: nx.MultiDiGraph, *, plain: bool = False) -> bytes:
    """NetworkX node-link JSON (``edges="edges"``), keys sorted, nodes and edges sorted, no nulls.

    ``plain=True`` promises attributes that are JSON already, with str keys (what ``kg.graph.build_nx``
    makes): they are encoded without a cleaning copy; a None, NaN or set found on the way falls back
    to the general path. Load it back with ``nx.node_link_graph(json.loads(data), edges="edges")``.
    """
    if g.is_directed():
        text = None
        if plain:
            try:
                text = _node_link_text(g, _as_is)
            except (TypeError, ValueError):  # a set, or a non-finite float
                text = None
            # "null" in text first: a substring test is far cheaper than the pattern over the whole text
            if text is not None and "null" in text and _NULL.search(text):
                text = None
        if text is None:
            text = _node_link_text(g, _plain_fast)
        try:
            # UTF-8 fails exactly on lone surrogates: encoding is the check (a pattern search over the
            # whole text cost more than the encoding it precedes).
            return (text + "\n").encode("utf-8")
        except UnicodeEncodeError:
            # Lone surrogates can change set order and merge keys once replaced: clean first, as before.
            text = _node_link_text(g, _plain)
    else:
        import networkx as nx

        # Undirected edges come out of networkx oriented by node order: let networkx do that.
        data = nx.node_link_data(_sorted_graph(g, lambda attrs, _: _plain(attrs)), edges="edges")
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False, separators=(",", ":"))
    # Edge keys carry qualifiers, which the attribute cleaning does not see: no lone surrogate may remain.
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return (text + "\n").encode("utf-8")
