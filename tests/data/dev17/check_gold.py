#!/usr/bin/env python3
"""Validate dev17/gold.json against SCHEMA.md rules. Run with /work/main/.venv/bin/python."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_gold import HERE, normalize, sentences  # noqa: E402

TYPES = {"Company", "Person", "Community", "Event", "Place", "Organization"}
CONSTRAINTS = {
    "subsidiaryOf": ({"Company"}, {"Company"}),
    "worksFor": ({"Person"}, {"Company", "Organization"}),
    "holdsPosition": ({"Person"}, {"Company", "Organization"}),
    "servesCommunity": ({"Person", "Company", "Organization"}, {"Community"}),
    "participatedIn": ({"Person", "Company", "Organization"}, {"Event"}),
    "organizedBy": ({"Event"}, {"Company", "Organization"}),
    "locatedIn": ({"Company", "Community", "Organization", "Event"}, {"Place", "Community"}),
    "honoredBy": ({"Person"}, {"Community", "Organization"}),
    "reportedBy": (None, {"Person"}),
}
errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(HERE) if f.startswith("y") and f.endswith(".txt"))
seen_files = [d["file"] for d in gold["documents"]]
if sorted(seen_files) != files:
    errors.append(f"documents {seen_files} != files {files}")

for d in gold["documents"]:
    f = d["file"]
    for k in ("title", "published", "source", "authors", "entities", "relations"):
        if k not in d:
            err(f, f"missing key {k}")
    text = normalize(f)
    sents = set(sentences(text))
    body = len(text)
    if not 500 <= body:
        err(f, f"text too short ({body})")
    if d["title"] and d["title"] not in text:
        err(f, "title not in text")
    if d["source"] and d["source"] not in text:
        err(f, "source not in text")
    ents, surf = {}, {}
    for e in d["entities"]:
        n = e["name"]
        if e["type"] not in TYPES:
            err(f, f"bad type {e}")
        if n in ents:
            err(f, f"duplicate entity {n}")
        ents[n] = e
        if n not in text:
            err(f, f"name not in text: {n}")
        for a in e["aliases"]:
            if a not in text:
                err(f, f"alias not in text: {a}")
        for s in [n] + e["aliases"]:
            if s in surf and surf[s] != n:
                err(f, f"surface form {s} used by {surf[s]} and {n}")
            surf[s] = n
        if "note" in e and e["note"] == "related-teaser":
            pass
    for a in d["authors"]:
        if a not in ents or ents[a]["type"] != "Person":
            err(f, f"author {a} not a Person entity")
        if not any(r["relation"] == "reportedBy" and r["tail"] == a for r in d["relations"]):
            err(f, f"author {a} has no reportedBy")
    triples = set()
    sub = {}
    for r in d["relations"]:
        h, rel, t = r["head"], r["relation"], r["tail"]
        if rel not in CONSTRAINTS:
            err(f, f"bad relation {rel}")
            continue
        key = (h, rel, t, r.get("qualifier"))
        if key in triples:
            err(f, f"duplicate relation {key}")
        triples.add(key)
        hs, ts = CONSTRAINTS[rel]
        if rel == "reportedBy":
            if h != f:
                err(f, f"reportedBy head {h} != file")
        elif h not in ents:
            err(f, f"undeclared head {h}")
        elif ents[h]["type"] not in hs:
            err(f, f"type {ents[h]['type']} not allowed as {rel} head ({h})")
        if t not in ents:
            err(f, f"undeclared tail {t}")
        elif ents[t]["type"] not in ts:
            err(f, f"type {ents[t]['type']} not allowed as {rel} tail ({t})")
        if rel == "locatedIn" and t in ents and ents[t]["type"] == "Community" and h in ents \
                and ents[h]["type"] != "Community":
            err(f, f"locatedIn Community only for Community heads ({h})")
        ev = r["evidence"]
        if ev not in text:
            err(f, f"evidence not verbatim: {ev[:40]}")
        elif ev not in sents:
            err(f, f"evidence not a whole sentence: {ev[:40]}")
        teaser_ents = [x for x in (h, t) if x in ents and ents[x].get("note") == "related-teaser"]
        if teaser_ents and r.get("note") != "related-teaser":
            err(f, f"relation with teaser entity not marked: {key}")
        if rel == "subsidiaryOf":
            sub.setdefault(h, set()).add(t)
    # subsidiaryOf cycles
    def reach(a, seen):
        for b in sub.get(a, ()):
            if b in seen:
                return True
            if reach(b, seen | {b}):
                return True
        return False
    for a in sub:
        if reach(a, {a}):
            err(f, f"subsidiaryOf cycle at {a}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
n_e = sum(len(d["entities"]) for d in gold["documents"])
n_r = sum(len(d["relations"]) for d in gold["documents"])
print(f"OK: {len(gold['documents'])} documents, {n_e} entities, {n_r} relations")
