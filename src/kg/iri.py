"""Opaque, stable IRIs: a hash of type and normalized canonical name. Never pinyin slugs."""

from __future__ import annotations

import hashlib
import unicodedata

__all__ = ["DEFAULT_BASE", "ONTOLOGY_NS", "PREFIXES", "assertion_iri", "document_iri", "entity_iri", "normalize_name"]

#: Base of instance IRIs (configurable per build); the ontology namespace is fixed.
DEFAULT_BASE = "https://w3id.org/kg-news/id/"
ONTOLOGY_NS = "https://w3id.org/kg-news/ontology#"

#: The prefixes of graph.ttl, SPARQL queries (``kg query`` declares them for you) and shapes. Kept here,
#: free of rdflib, so that a quick ``kg query`` need not import it (about 65 ms of CPU).
PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY_NS,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
}

_TYPE_PREFIX = {
    "Company": "org",
    "Organization": "org",
    "Person": "person",
    "Place": "place",
    "Community": "place",
    "Event": "event",
}


def normalize_name(name: str) -> str:
    """The form of a name that identity is computed from: NFKC, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", name).split())


def _digest(*parts: str) -> str:
    # surrogatepass: a name from an undecodable file name (os.fsdecode leaves lone surrogates) still
    # hashes, to a different IRI than any valid name; valid text hashes exactly as plain UTF-8.
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def entity_iri(type_: str, name: str, context: str = "", base: str = DEFAULT_BASE) -> str:
    """IRI of an entity. ``context`` separates homonyms (two different 王伟).

    >>> entity_iri("Person", "王伟") == entity_iri("Person", " 王伟 ")
    True
    """
    prefix = _TYPE_PREFIX.get(type_, "x")
    return f"{base}{prefix}/{_digest(type_, normalize_name(name), context)}"


def document_iri(doc_id: str, base: str = DEFAULT_BASE) -> str:
    return f"{base}doc/{_digest('Document', doc_id)}"


def assertion_iri(head: str, predicate: str, tail: str, qualifier: str, doc_id: str,
                  base: str = DEFAULT_BASE) -> str:
    return f"{base}assertion/{_digest(head, predicate, tail, qualifier, doc_id)}"
