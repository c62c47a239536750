"""The closed namespace of kg's ontology terms: a typo (``KG.workFor``) fails loudly.

Every member is declared in ``ontology/kg.ttl`` (a test checks both ways). Imports rdflib, so import
this module lazily (``import kg`` stays cheap).
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from .iri import ONTOLOGY_NS, PREFIXES

__all__ = ["KG", "PREFIXES", "SEM", "kg_terms"]


class KG(DefinedNamespace):
    """kg's ontology terms (``https://w3id.org/kg-news/ontology#``)."""

    _fail = True
    _NS = Namespace(ONTOLOGY_NS)

    # classes
    Organization: URIRef
    Company: URIRef
    Person: URIRef
    Place: URIRef
    Community: URIRef
    Event: URIRef
    Document: URIRef
    Assertion: URIRef
    JobTitle: URIRef
    ExtractionRun: URIRef

    # facts
    subsidiaryOf: URIRef
    worksFor: URIRef
    holdsPosition: URIRef
    servesCommunity: URIRef
    participatedIn: URIRef
    organizedBy: URIRef
    locatedIn: URIRef
    honoredBy: URIRef
    reportedBy: URIRef
    mentionedIn: URIRef

    # positions
    titleText: URIRef

    # documents
    fileName: URIRef
    title: URIRef
    date: URIRef
    publisher: URIRef
    authorName: URIRef
    editorName: URIRef
    encoding: URIRef
    traditionalSource: URIRef

    # entities
    teaserOnly: URIRef

    # provenance
    evidenceText: URIRef
    startOffset: URIRef
    endOffset: URIRef
    confidence: URIRef
    rule: URIRef
    teaser: URIRef
    honourName: URIRef
    role: URIRef
    eventDate: URIRef
    qualifier: URIRef
    softwareVersion: URIRef


#: Simple Event Model (not shipped with rdflib).
SEM = Namespace(PREFIXES["sem"])

def kg_terms() -> list[URIRef]:
    """Every member of KG, in declaration order."""
    return [KG[name] for name in KG.__annotations__]
