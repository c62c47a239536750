"""The graph as RDF: ``corpus_to_rdf`` (Corpus -> rdflib.Graph) and ``generate_turtle`` (Graph -> Turtle).

The model is documented in ``ontology/kg.ttl``. In short: one triple per fact, one ``kg:Assertion`` per
(fact, document, sentence, rule) carrying the evidence, positions as ``org:Membership`` nodes, and no
blank nodes (every node gets a hash IRI), so the Turtle is byte-identical for the same corpus.

    >>> from kg.model import Corpus
    >>> ttl = generate_turtle(corpus_to_rdf(Corpus((), (), ())))
    >>> ttl.startswith("@prefix")
    True
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import logging
import math
import re
import string
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from itertools import chain, repeat
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import KGError
from .iri import DEFAULT_BASE, ONTOLOGY_NS, PREFIXES, assertion_iri, document_iri, normalize_name
from .model import ENTITY_TYPES, Corpus, Evidence, Relation

if TYPE_CHECKING:
    from importlib.abc import Traversable  # importlib.resources.abc is 3.11+

    import rdflib

__all__ = [
    "ONTOLOGY_FILES",
    "BlankNode",
    "Lit",
    "TermWriter",
    "corpus_to_rdf",
    "corpus_to_turtle",
    "corpus_to_turtle_chunks",
    "corpus_triples",
    "generate_turtle",
    "job_title_iri",
    "membership_iri",
    "ontology_file",
]

log = logging.getLogger(__name__)

#: The ontology files shipped in the package (``kg/data/ontology``); ``ontology/`` at the repository
#: root is the published copy and a test keeps the two identical.
ONTOLOGY_FILES = ("kg.ttl", "shapes.ttl", "checks.rq")

#: Instance-data prefixes: prefix name -> path segment under the base IRI (segments from kg.iri).
_INSTANCE_PREFIXES = {
    "assertion": "assertion/",
    "doc": "doc/",
    "event": "event/",
    "jobtitle": "title/",
    "kgid": "",
    "membership": "membership/",
    "organization": "org/",
    "person": "person/",
    "place": "place/",
}

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
# Characters an absolute IRI may not contain (Turtle IRIREF), plus whitespace.
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def ontology_file(name: str) -> Traversable:
    """One of ONTOLOGY_FILES as shipped in the package (works after a non-editable install)."""
    if name not in ONTOLOGY_FILES:
        raise ValueError(f"unknown ontology file {name!r}; expected one of {ONTOLOGY_FILES}")
    return resources.files("kg").joinpath("data").joinpath("ontology").joinpath(name)


def _check_base(base: str) -> None:
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", base) or _BAD_IRI.search(base) or base[-1] not in "/#":
        raise KGError(
            f"base IRI {base!r} is not usable: give an absolute IRI without spaces or <>\"{{}}|^`\\ "
            f"that ends with / or # (e.g. {DEFAULT_BASE})"
        )


def _digest(*parts: str) -> str:
    # The same scheme as kg.iri: stable across runs and platforms.
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def membership_iri(person: str, organization: str, title: str, base: str = DEFAULT_BASE) -> str:
    """IRI of the org:Membership "person holds title at organization"."""
    return f"{base}membership/{_digest('Membership', person, organization, normalize_name(title))}"


def job_title_iri(title: str, base: str = DEFAULT_BASE) -> str:
    """IRI of the kg:JobTitle concept for a title text (总经理)."""
    return f"{base}title/{_digest('JobTitle', normalize_name(title))}"


def _clean(text: str) -> str:
    """Lone surrogates (from undecodable bytes) cannot be written as UTF-8: replace them."""
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _decimal(value: float) -> str:
    """Canonical-looking xsd:decimal lexical form, 4 places at most (0.9 -> "0.9", 1 -> "1.0")."""
    if not math.isfinite(value):
        raise ValueError(f"confidence {value!r} is not a finite number")
    text = f"{value:.4f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _valid_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


class Lit(NamedTuple):
    """A literal, independent of rdflib: lexical form, language tag or datatype IRI (or neither)."""

    lexical: str
    language: str | None = None
    datatype: str | None = None


class BlankNode(str):
    """A blank node label (kg never makes them; generate_turtle accepts them from other graphs)."""


#: A triple of plain terms: IRIs are str (rdflib's URIRef is one), literals are Lit.
Triple = tuple[str, str, "str | Lit"]


def _namespaces(base: str) -> list[tuple[str, str]]:
    return list(PREFIXES.items()) + [(prefix, base + segment) for prefix, segment in _INSTANCE_PREFIXES.items()]


def corpus_to_rdf(corpus: Corpus, base: str = DEFAULT_BASE) -> rdflib.Graph:
    """The RDF graph of a corpus: documents, entities, facts, memberships and assertions.

    Raises KGError for an unusable ``base`` and ValueError for an entity type or relation the ontology
    does not know (a bug upstream, not bad input).
    """
    from rdflib import Graph, Literal, URIRef

    _check_base(base)
    graph = Graph(bind_namespaces="none")
    for prefix, ns in _namespaces(base):
        graph.bind(prefix, ns)
    # Terms repeat a lot (documents, entities, rules, confidences): make each rdflib term once.
    iris: dict[str, URIRef] = {}
    literals: dict[Lit, Literal] = {}

    def iri(value: str) -> URIRef:
        term = iris.get(value)
        if term is None:
            term = iris[value] = URIRef(value)
        return term

    def obj(value: str | Lit) -> Any:
        if not isinstance(value, Lit):
            return iri(value)
        term = literals.get(value)
        if term is None:
            term = literals[value] = Literal(value.lexical, lang=value.language, datatype=value.datatype)
        return term

    graph.addN((iri(s), iri(p), obj(o), graph) for s, p, o in corpus_triples(corpus, base))
    return graph


def corpus_to_turtle(corpus: Corpus, base: str = DEFAULT_BASE) -> str:
    """``generate_turtle(corpus_to_rdf(corpus, base))``, byte for byte, without building an rdflib graph
    (several times faster on large corpora)."""
    return _joined(_turtle_parts(corpus, base))


def corpus_to_turtle_chunks(corpus: Corpus, base: str = DEFAULT_BASE) -> list[bytes]:
    """``corpus_to_turtle(corpus, base).encode("utf-8")`` as chunks to write one after the other (the whole
    text as one str and then as one bytes object cost more than the encoding: ``kg.output.encoded_join``)."""
    from .output import encoded_join

    header, blocks = _turtle_parts(corpus, base)
    return [(header + "\n").encode("utf-8"), *encoded_join("\n", blocks)]


def _turtle_parts(corpus: Corpus, base: str) -> tuple[str, list[str]]:
    """``corpus_to_turtle``'s header and subject blocks (the text is the header, a blank line, and the
    blocks joined by blank lines: ``_joined``)."""
    _check_base(base)
    writer = TermWriter(_namespaces(base))
    terms = _Terms(base)
    assertions: dict[str, _Assertion] = {}
    subjects = _group(_node_triples(corpus, base, terms, assertions))
    if not assertions.keys().isdisjoint(subjects):  # cannot happen with kg's IRIs; the general way if it did
        return _turtle_blocks(TermWriter(_namespaces(base)), _group(_corpus_triples(corpus, base)), {})
    return _turtle_blocks(writer, subjects, _assertion_blocks(assertions, terms, writer))


def _assertion_blocks(assertions: dict[str, _Assertion], terms: _Terms, writer: TermWriter) -> dict[str, str]:
    """Each kg:Assertion node's Turtle block: what ``_turtle_blocks`` writes for its ``_assertion_pairs``.

    They are most of the graph (ten triples each, every predicate with one object) and all alike, so
    each is filled into a layout made once per set of predicates instead of going through triples;
    every repeated term (documents, sentences, offsets, rules, scores) is rendered once.
    The property tests hold this to the bytes of the general path.
    """
    v = _vocabulary()
    iri, literal, iris = writer.iri, writer.literal, writer.cache
    xsd_integer, xsd_date = v["xsd:integer"], v["xsd:date"]
    true = literal(Lit("true", None, v["xsd:boolean"]))
    fixed = [v[name] for name in ("rdf:type", "rdf:subject", "rdf:predicate", "rdf:object", "prov:wasDerivedFrom",
                                  "kg:evidenceText", "kg:startOffset", "kg:endOffset", "kg:confidence", "kg:rule")]
    teaser = v["kg:teaser"]
    assertion = iri(v["kg:Assertion"])
    offsets: dict[int, str] = {}
    layouts: dict[tuple[str, ...], str] = {}

    def layout(predicates: tuple[str, ...]) -> str:
        """A str.format template: {0} the subject, {k + 1} the object of predicates[k]."""
        found = layouts.get(predicates)
        if found is None:
            slot = {p: k + 1 for k, p in enumerate(predicates)}
            lines = [("    a " if p == _RDF_TYPE else f"    {iri(p)} ").replace("{", "{{").replace("}", "}}")
                     + f"{{{slot[p]}}}" for p in _predicate_order(predicates)]
            found = layouts[predicates] = "{0}\n" + " ;\n".join(lines) + " .\n"
        return found

    def offset(value: int) -> str:
        found = offsets.get(value)
        if found is None:
            found = offsets[value] = literal(Lit(str(int(value)), None, xsd_integer))
        return found

    # Assertion IRIs are new to the writer and all in one namespace: rendered here as TermWriter.iri would
    # (prefix:local when the namespace has a prefix and the local part is a valid name), without a cache
    # entry for each.
    namespaces = {ns: prefix for ns, prefix in writer.by_ns.items()}

    def node_text(node: str) -> str:
        cut = max(node.rfind("/"), node.rfind("#")) + 1
        prefix = namespaces.get(node[:cut]) if cut else None
        if prefix is not None and prefix in writer.used:
            local = node[cut:]
            if _LOCAL.match(local):
                return f"{prefix}:{local}"
        return iri(node)

    if not assertions:
        return {}
    nodes = list(assertions)
    subjects, predicates, objects, relations, evidence = zip(*assertions.values())
    # A column per predicate, each distinct term rendered once (in first-seen order, as a loop over the
    # assertions would); the blocks are then filled a row at a time from the columns.
    facts = {t: iris.get(t) or iri(t) for t in dict.fromkeys(chain(subjects, predicates, objects))}
    doc_ids, sentence_col, starts, ends, score_col, rule_col, teasers = zip(*map(_EVIDENCE_FIELDS, evidence))
    doc_text = {d: iri(terms.doc_iri(d)) for d in dict.fromkeys(doc_ids)}
    sentence_text = _sentence_literals(sentence_col, terms, literal)
    offset_text = {n: offset(n) for n in dict.fromkeys(chain(starts, ends))}
    score_text = {c: literal(terms.decimal(c)) for c in dict.fromkeys(score_col)}
    rule_text = {r: literal(terms.string(r)) for r in dict.fromkeys(rule_col)}
    columns = [_node_texts(nodes, node_text, writer), [assertion] * len(nodes),
               *([table[t] for t in column] for table, column in (
                   (facts, subjects), (facts, predicates), (facts, objects), (doc_text, doc_ids),
                   (sentence_text, sentence_col), (offset_text, starts), (offset_text, ends),
                   (score_text, score_col), (rule_text, rule_col)))]
    qualifiers = [r.qualifier if r.qualifier and r.predicate != "holdsPosition" else None for r in relations]
    plain = [i for i, (teaser, qualifier) in enumerate(zip(teasers, qualifiers)) if not teaser and qualifier is None]
    blocks = dict.fromkeys(nodes, "")
    if plain:
        fill = layout(tuple(fixed))
        if len(plain) == len(nodes):
            blocks.update(zip(nodes, _fill_rows(fill, columns)))
        else:
            blocks.update(zip([nodes[i] for i in plain], _fill_rows(fill, [[column[i] for i in plain] for column in columns])))
    if len(plain) == len(nodes):
        return blocks
    # A teaser flag or a qualifier (honour, role, event date): one more predicate, one row at a time.
    for i, (node, flag, qualifier, relation) in enumerate(zip(nodes, teasers, qualifiers, relations)):
        if not flag and qualifier is None:
            continue
        names = fixed
        values = [column[i] for column in columns]
        if flag:
            names = [*names, teaser]
            values.append(true)
        if qualifier is not None:
            if relation.predicate == "honoredBy":
                extra, lit = v["kg:honourName"], terms.text(qualifier)
            elif relation.predicate == "reportedBy":
                extra, lit = v["kg:role"], terms.text(qualifier)
            elif _valid_date(qualifier):
                extra, lit = v["kg:eventDate"], Lit(qualifier, None, xsd_date)
            else:
                extra, lit = v["kg:qualifier"], terms.string(qualifier)
            names = [*names, extra]
            values.append(literal(lit))
        blocks[node] = layout(tuple(names)).format(*values)
    return blocks


def _fill_rows(template: str, columns: list[list[str]]) -> Iterator[str]:
    """``template.format(*row)`` for each row of ``columns``: the template's fixed text and the columns
    interleaved by zip and joined in C, instead of a format call (which parses the template) per row."""
    parts: list[Any] = []
    for text, field, spec, conversion in string.Formatter().parse(template):
        if spec or conversion:
            return map(template.format, *columns)
        if text:
            parts.append(repeat(text))
        if field is not None:
            parts.append(columns[int(field)])
    return map("".join, zip(*parts))


def _sentence_literals(sentences: Iterable[str], terms: _Terms, literal: Callable[[Lit], str]) -> dict[str, str]:
    """Each distinct evidence sentence rendered as its ``zh-Hans`` literal; at once when none needs an
    escape or a cleaning (the usual case: one scan of them all instead of two per sentence)."""
    unique = list(dict.fromkeys(sentences))
    if _TO_ESCAPE.search("".join(unique)) is None:  # _TO_ESCAPE covers lone surrogates (_clean's work) too
        return dict(zip(unique, map('"{}"@zh-Hans'.format, unique)))
    # Some need it (a sentence running over a line break: 4k of 70k at 10k): those alone go the long way.
    search = _TO_ESCAPE.search
    return {t: literal(terms.text(t)) if search(t) else f'"{t}"@zh-Hans' for t in unique}


def _node_texts(nodes: list[str], node_text: Callable[[str], str], writer: TermWriter) -> list[str]:
    """``node_text`` of each node; at once when all are prefix:local in one namespace (kg's assertions)."""
    first = nodes[0]
    cut = max(first.rfind("/"), first.rfind("#")) + 1
    namespace, prefix = first[:cut], writer.by_ns.get(first[:cut]) if cut else None
    if prefix is not None:
        locals_ = [node[cut:] for node in nodes]
        if all(node.startswith(namespace) for node in nodes) and all(map(_LOCAL.match, locals_)):
            writer.iri(first)  # the prefix is used from now on
            return [f"{prefix}:{local}" for local in locals_]
    return [node_text(node) for node in nodes]


_EVIDENCE_FIELDS = attrgetter("doc_id", "sentence", "start", "end", "confidence", "rule", "teaser")


def corpus_triples(corpus: Corpus, base: str = DEFAULT_BASE) -> Iterator[Triple]:
    """Every triple of the corpus as plain terms (IRIs as plain str, literals as ``Lit``); duplicates
    possible."""
    # rdflib's URIRef (what KG.x and RDF.type are) neither equals nor hashes like the same str.
    for s, p, o in _corpus_triples(corpus, base):
        yield str(s), str(p), (o if isinstance(o, Lit) else str(o))


@functools.cache
def _vocabulary() -> dict[str, str]:
    """Every vocabulary IRI the corpus triples use, as plain str ("rdf:type" -> IRI), made once from the
    prefixes in kg.iri: rdflib's namespace attribute lookup was a fifth of the Turtle time, and importing
    rdflib for it a tenth of a second of every build (a test holds these to rdflib's closed namespaces)."""
    kg_names = (*ENTITY_TYPES, *_PREDICATES, "ExtractionRun", "softwareVersion", "Document", "fileName", "encoding",
                "title", "date", "publisher", "authorName", "editorName", "traditionalSource", "mentionedIn",
                "teaserOnly", "Assertion", "evidenceText", "startOffset", "endOffset", "confidence", "rule", "teaser",
                "honourName", "role", "eventDate", "qualifier", "titleText", "JobTitle")
    terms = {f"kg:{name}": ONTOLOGY_NS + name for name in kg_names}
    for prefix, names in (
        ("rdf", ("type", "subject", "predicate", "object")),
        ("rdfs", ("label",)),
        ("skos", ("prefLabel", "altLabel")),
        ("prov", ("wasDerivedFrom",)),
        ("org", ("Membership", "member", "organization", "role")),
        ("xsd", ("integer", "date", "decimal", "boolean")),
    ):
        for name in names:
            terms[f"{prefix}:{name}"] = PREFIXES[prefix] + name
    return terms


def _corpus_triples(corpus: Corpus, base: str) -> Iterator[Triple]:
    """The triples with every term a plain str or Lit (what corpus_triples promises)."""
    terms = _Terms(base)
    assertions: dict[str, _Assertion] = {}
    yield from _node_triples(corpus, base, terms, assertions)
    yield from _assertion_triples(assertions, terms)


class _Terms:
    """Sentences, rules, names and document IRIs repeat across assertions: each term is made once."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.texts: dict[tuple[str, str | None], Lit] = {}
        self.doc_iris: dict[str, str] = {}
        self.decimals: dict[float, Lit] = {}

    def text(self, value: str, lang: str | None = "zh-Hans") -> Lit:
        key = (value, lang)
        lit = self.texts.get(key)
        if lit is None:
            lit = self.texts[key] = Lit(_clean(value), lang)
        return lit

    def string(self, value: str) -> Lit:
        return self.text(value, None)

    def doc_iri(self, doc_id: str) -> str:
        iri = self.doc_iris.get(doc_id)
        if iri is None:
            iri = self.doc_iris[doc_id] = document_iri(doc_id, self.base)
        return iri

    def decimal(self, value: float) -> Lit:
        lit = self.decimals.get(value)
        if lit is None:
            lit = self.decimals[value] = Lit(_decimal(value), None, _vocabulary()["xsd:decimal"])
        return lit


#: An assertion node's subject, predicate and object (the fact), the relation and the evidence.
_Assertion = tuple[str, str, str, Relation, Evidence]


def _node_triples(corpus: Corpus, base: str, terms: _Terms, assertions: dict[str, _Assertion]) -> Iterator[Triple]:
    """Every triple but those of the kg:Assertion nodes, which are collected into ``assertions``."""
    import kg

    v = _vocabulary()
    a, label, pref_label, alt_label = v["rdf:type"], v["rdfs:label"], v["skos:prefLabel"], v["skos:altLabel"]
    xsd_date = v["xsd:date"]
    true = Lit("true", None, v["xsd:boolean"])
    text, string, doc_iri = terms.text, terms.string, terms.doc_iri

    run = f"{base}run"
    yield run, a, v["kg:ExtractionRun"]
    yield run, label, Lit(f"kg {kg.__version__}")
    yield run, v["kg:softwareVersion"], Lit(kg.__version__)

    for doc in corpus.documents:
        node = doc_iri(doc.doc_id)
        yield node, a, v["kg:Document"]
        yield node, v["kg:fileName"], string(doc.doc_id)
        yield node, v["kg:encoding"], string(doc.encoding)
        if doc.title:
            yield node, v["kg:title"], text(doc.title)
        if doc.published:
            if _valid_date(doc.published):
                yield node, v["kg:date"], Lit(doc.published, None, xsd_date)
            else:
                log.warning("document %s: date %r is not YYYY-MM-DD; left out", doc.doc_id, doc.published)
        if doc.source:
            yield node, v["kg:publisher"], string(doc.source)
        for name in doc.authors:
            yield node, v["kg:authorName"], string(name)
        for name in doc.editors:
            yield node, v["kg:editorName"], string(name)
        if doc.traditional:
            yield node, v["kg:traditionalSource"], true

    mentioned_in, teaser_only = v["kg:mentionedIn"], v["kg:teaserOnly"]
    for entity in corpus.entities:
        if entity.type not in ENTITY_TYPES:
            raise ValueError(f"entity {entity.id}: unknown type {entity.type!r}; expected one of {ENTITY_TYPES}")
        node = str(entity.id)
        yield node, a, v["kg:" + entity.type]
        yield node, pref_label, text(entity.name)
        for alias in entity.aliases:
            if alias != entity.name:
                yield node, alt_label, text(alias)
        for form in entity.hant_labels:
            yield node, alt_label, text(form, "zh-Hant")
        for doc_id in entity.documents:
            yield node, mentioned_in, doc_iri(doc_id)
        if entity.teaser_only:
            yield node, teaser_only, true

    for relation in corpus.relations:
        s, p, o, extra = _fact(relation, base, v, doc_iri)
        yield s, p, o
        yield from extra
        for ev in relation.evidence:
            key = "\x1f".join((ev.doc_id, str(ev.start), str(ev.end), ev.rule))
            iri = assertion_iri(s, p, o, relation.qualifier or "", key, base)
            kept = assertions.get(iri)
            # The same fact, sentence and rule twice: one Assertion, the higher confidence.
            if kept is None or ev.confidence > kept[4].confidence:
                assertions[iri] = (s, p, o, relation, ev)


def _assertion_triples(assertions: dict[str, _Assertion], terms: _Terms) -> Iterator[Triple]:
    """The triples of each kg:Assertion node: the fact it reifies and its evidence."""
    for node, pairs in _assertion_pairs(assertions, terms):
        for p, o in pairs:
            yield node, p, o


def _assertion_pairs(assertions: dict[str, _Assertion], terms: _Terms) -> Iterator[tuple[str, list[tuple[str, Any]]]]:
    """Each kg:Assertion node with its (predicate, object) pairs, one object per predicate."""
    v = _vocabulary()
    a, xsd_integer, xsd_date = v["rdf:type"], v["xsd:integer"], v["xsd:date"]
    true = Lit("true", None, v["xsd:boolean"])
    text, string, doc_iri = terms.text, terms.string, terms.doc_iri
    rdf_subject, rdf_predicate, rdf_object = v["rdf:subject"], v["rdf:predicate"], v["rdf:object"]
    assertion, derived_from, evidence_text = v["kg:Assertion"], v["prov:wasDerivedFrom"], v["kg:evidenceText"]
    start_offset, end_offset, confidence = v["kg:startOffset"], v["kg:endOffset"], v["kg:confidence"]
    rule, teaser = v["kg:rule"], v["kg:teaser"]
    for node, (s, p, o, relation, ev) in assertions.items():
        pairs: list[tuple[str, Any]] = [
            (a, assertion),
            (rdf_subject, s),
            (rdf_predicate, p),
            (rdf_object, o),
            (derived_from, doc_iri(ev.doc_id)),
            (evidence_text, text(ev.sentence)),
            (start_offset, Lit(str(int(ev.start)), None, xsd_integer)),
            (end_offset, Lit(str(int(ev.end)), None, xsd_integer)),
            (confidence, terms.decimal(ev.confidence)),
            (rule, string(ev.rule)),
        ]
        if ev.teaser:
            pairs.append((teaser, true))
        qualifier = relation.qualifier
        if qualifier and relation.predicate != "holdsPosition":  # a title is on the Membership
            if relation.predicate == "honoredBy":
                pairs.append((v["kg:honourName"], text(qualifier)))
            elif relation.predicate == "reportedBy":
                pairs.append((v["kg:role"], text(qualifier)))
            elif _valid_date(qualifier):
                pairs.append((v["kg:eventDate"], Lit(qualifier, None, xsd_date)))
            else:
                pairs.append((v["kg:qualifier"], string(qualifier)))
        yield node, pairs


def _fact(
    relation: Relation, base: str, v: dict[str, str], doc_iri: Callable[[str], str]
) -> tuple[str, str, str, list[Triple]]:
    """The fact triple of a relation and the triples of the node it needs (a Membership for positions)."""
    if relation.predicate not in _PREDICATES:
        raise ValueError(f"unknown relation {relation.predicate!r}; expected one of {sorted(_PREDICATES)}")
    head = doc_iri(relation.head[1]) if relation.head[0] == "Document" else str(relation.head[1])
    tail = doc_iri(relation.tail[1]) if relation.tail[0] == "Document" else str(relation.tail[1])
    if relation.predicate != "holdsPosition":
        return head, v["kg:" + relation.predicate], tail, []
    title = relation.qualifier or ""
    member = membership_iri(head, tail, title, base)
    a = v["rdf:type"]
    extra: list[Triple] = [
        (member, a, v["org:Membership"]),
        (member, v["org:member"], head),
        (member, v["org:organization"], tail),
    ]
    if title:
        concept, title_text, concept_label = _title_terms(title, base)
        extra += [
            (member, v["kg:titleText"], title_text),
            (member, v["org:role"], concept),
            (concept, a, v["kg:JobTitle"]),
            (concept, v["skos:prefLabel"], concept_label),
        ]
    return head, v["kg:holdsPosition"], member, extra


@functools.lru_cache(maxsize=4096)
def _title_terms(title: str, base: str) -> tuple[str, Lit, Lit]:
    """A title's kg:JobTitle IRI, its text and the concept's label: a few dozen titles are held thousands
    of times (a hash and two normalisations each)."""
    return job_title_iri(title, base), Lit(_clean(title), "zh-Hans"), Lit(_clean(normalize_name(title)), "zh-Hans")


_PREDICATES = frozenset(
    ("subsidiaryOf", "worksFor", "holdsPosition", "servesCommunity", "participatedIn", "organizedBy",
     "locatedIn", "honoredBy", "reportedBy")
)


# ------------------------------------------------------------------------------------------ Turtle

# Local names written as prefix:local; anything else is written in full as <iri>. Conservative on
# purpose (rapper, rdflib and pyoxigraph all read it): letters, digits, _ and - (not first).
_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*\Z")
_PREFIX_NAME = re.compile(r"[A-Za-z]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?\Z")
_ESCAPES = {ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
_ESCAPES.update({c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F, 0x2028, 0x2029] if c not in _ESCAPES})
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")
_DECIMAL_LEX = re.compile(r"[+-]?[0-9]*\.[0-9]+\Z")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


# What _escape changes (the _ESCAPES keys and lone surrogates): most texts hold none, and a search is many
# times cheaper than translate, which looks every character up in a dict.
_TO_ESCAPE = re.compile('["\\\\\x00-\x1f\x7f\u2028\u2029\ud800-\udfff]')


# The escapes other than \\ " \n \r \t: with none of them, five str.replace calls (in C, each a fast scan)
# do translate's work several times faster (a sentence over a line break is the common case).
_RARE_ESCAPE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")


def _escape(text: str) -> str:
    if _TO_ESCAPE.search(text) is None:
        return text
    text = _clean(text)
    if _RARE_ESCAPE.search(text) is None:  # the backslash first: the others bring new ones
        return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t"))
    return text.translate(_ESCAPES)


def _iri_ref(iri: str) -> str:
    if _BAD_IRI.search(iri):
        raise ValueError(f"cannot write IRI {iri!r} in Turtle: it contains a space or one of <>\"{{}}|^`\\")
    return f"<{iri}>"


class TermWriter:
    """Renders plain terms (str IRIs, Lit, BlankNode) as Turtle, abbreviating IRIs with the given
    prefixes and remembering which were used."""

    def __init__(self, namespaces: Iterable[tuple[str, str]]) -> None:
        self.by_ns: dict[str, str] = {}
        for prefix, ns in sorted(namespaces):
            if _PREFIX_NAME.match(prefix) and ns[-1:] in ("/", "#") and ns not in self.by_ns:
                _iri_ref(ns)
                self.by_ns[ns] = prefix
        self.used: set[str] = set()
        self.cache: dict[str, str] = {}

    def iri(self, iri: str) -> str:
        cached = self.cache.get(iri)
        if cached is not None:
            return cached
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        prefix = self.by_ns.get(iri[:cut]) if cut else None
        local = iri[cut:]
        if prefix is not None and _LOCAL.match(local):
            self.used.add(prefix)
            rendered = f"{prefix}:{local}"
        else:
            rendered = _iri_ref(iri)
        self.cache[iri] = rendered
        return rendered

    def literal(self, lit: Lit) -> str:
        lexical, language, datatype = lit
        if language:
            return f'"{_escape(lexical)}"@{language}'
        if datatype is None or datatype == _XSD + "string":
            return f'"{_escape(lexical)}"'
        if datatype == _XSD + "integer" and _INTEGER.match(lexical):
            return lexical
        if datatype == _XSD + "decimal" and _DECIMAL_LEX.match(lexical):
            return lexical
        if datatype == _XSD + "boolean" and lexical in ("true", "false"):
            return lexical
        return f'"{_escape(lexical)}"^^{self.iri(datatype)}'

    def term(self, term: Any) -> str:
        """Render a plain term, or an rdflib term (URIRef, BNode, Literal)."""
        if isinstance(term, BlankNode):
            return "_:" + re.sub(r"[^A-Za-z0-9_]", "_", term)
        if isinstance(term, Lit):
            return self.literal(term)
        if isinstance(term, str):
            plain = _plain_term(term)
            if plain is not term:
                return self.term(plain)
            return self.iri(term)
        raise ValueError(f"cannot write {term!r} in Turtle (RDF 1.1 has no such term)")


def _plain_term(term: Any) -> Any:
    """rdflib term -> plain term (Literal -> Lit, BNode -> BlankNode); plain terms pass through."""
    from rdflib import BNode, Literal

    if isinstance(term, Literal):
        datatype = str(term.datatype) if term.datatype is not None else None
        return Lit(str(term), term.language or None, datatype)
    if isinstance(term, BNode):
        return BlankNode(term)
    return term


def _term_key(term: Any) -> tuple[Any, ...]:
    if isinstance(term, Lit):
        return (2, term.lexical, term.datatype or "", term.language or "")
    return (1 if isinstance(term, BlankNode) else 0, term)


def _render(triples: Iterable[Triple], namespaces: Iterable[tuple[str, str]]) -> str:
    """Sorted Turtle from plain triples: subjects, predicates (rdf:type first) and objects in order,
    duplicates dropped, only the prefixes used."""
    return _joined(_turtle_blocks(TermWriter(namespaces), _group(triples), {}))


def _group(triples: Iterable[Triple]) -> dict[str, dict[str, set[Any]]]:
    """subject -> predicate -> objects (duplicates dropped)."""
    subjects: dict[str, dict[str, set[Any]]] = {}
    for s, p, o in triples:
        predicates = subjects.get(s)
        if predicates is None:
            subjects[s] = {p: {o}}
        else:
            objects = predicates.get(p)
            if objects is None:
                predicates[p] = {o}
            else:
                objects.add(o)
    return subjects


def _predicate_order(predicates: Iterable[str]) -> list[str]:
    """How a subject's predicates are written: in plain order, then rdf:type moved first."""
    order = sorted(predicates)
    if _RDF_TYPE in order:
        order.remove(_RDF_TYPE)
        order.insert(0, _RDF_TYPE)
    return order


def _joined(parts: tuple[str, list[str]]) -> str:
    """The Turtle document from ``_turtle_blocks``'s header and blocks."""
    header, blocks = parts
    return header + "\n" + "\n".join(blocks)


def _turtle_blocks(writer: TermWriter, subjects: dict[str, dict[str, set[Any]]],
                   ready: dict[str, str]) -> tuple[str, list[str]]:
    """The Turtle document's prefix lines and its blocks, one per subject: the grouped ``subjects`` and the
    ``ready`` blocks (subject -> its block, written by a specialised renderer with the same ``writer``; no
    subject in both) in subject order."""
    # Objects repeat (documents, rules, confidences, entities): each plain IRI or Lit gets its sort key
    # and its text once. BlankNode is left out of the memo: it equals and hashes like the same str.
    memo: dict[Any, tuple[tuple[Any, ...], str]] = {}

    def entry(term: Any) -> tuple[tuple[Any, ...], str]:
        kind = type(term)
        if kind is not str and kind is not Lit:
            return _term_key(term), writer.term(term)
        found = memo.get(term)
        if found is None:
            found = memo[term] = (_term_key(term), writer.iri(term) if kind is str else writer.literal(term))
        return found

    iris = writer.cache  # the rendered IRIs, read directly in the loop below
    starts: dict[str, str] = {_RDF_TYPE: "    a "}  # predicate -> the start of its line
    orders: dict[tuple[str, ...], list[str]] = {}  # predicates as inserted -> as written
    blocks = []
    keys = [*subjects, *ready]
    # Plain str IRIs sort as themselves; blank nodes (from other graphs) after them.
    ordered = sorted(keys) if all(type(k) is str for k in keys) else sorted(keys, key=_term_key)
    for subject in ordered:
        predicates = subjects.get(subject)
        if predicates is None:
            blocks.append(ready[subject])
            continue
        # Subjects of one kind (assertions, documents) list the same predicates: sort each list once.
        seen = tuple(predicates)
        order = orders.get(seen)
        if order is None:
            order = orders[seen] = _predicate_order(predicates)
        lines = []
        for predicate in order:
            start = starts.get(predicate)
            if start is None:
                start = starts[predicate] = f"    {writer.iri(predicate)} "
            objects = predicates[predicate]
            if len(objects) == 1:
                (only,) = objects
                found = memo.get(only) if type(only) is str or type(only) is Lit else None
                lines.append(start + (found or entry(only))[1])
            elif set(map(type, objects)) == _JUST_STR:  # IRIs only (documents, facts): they sort as themselves
                lines.append(start + ", ".join([iris.get(o) or writer.iri(o) for o in sorted(objects)]))
            else:
                lines.append(start + ", ".join(text for _, text in sorted(map(entry, objects))))
        head = (iris.get(subject) or writer.iri(subject)) if type(subject) is str else writer.term(subject)
        blocks.append(head + "\n" + " ;\n".join(lines) + " .\n")
    header = "".join(
        f"@prefix {prefix}: {_iri_ref(ns)} .\n"
        for ns, prefix in sorted(writer.by_ns.items(), key=lambda item: item[1])
        if prefix in writer.used
    )
    return header, blocks


_JUST_STR = {str}


def generate_turtle(graph: rdflib.Graph) -> str:
    """Turtle, deterministic: subjects, predicates (rdf:type first) and objects sorted, only the prefixes
    used, no blank nodes in kg's graphs. Same graph, same string."""
    from rdflib import BNode, Literal

    def plain(term: Any) -> Any:
        if isinstance(term, (Literal, BNode)):
            return _plain_term(term)
        return str(term)

    triples = ((plain(s), str(p), plain(o)) for s, p, o in graph)
    return _render(triples, ((str(prefix), str(ns)) for prefix, ns in graph.namespaces()))
