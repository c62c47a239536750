"""Validate dev19/gold.json against SCHEMA.md and the articles.

Checks: JSON loads; one entry per article file, no extra files; title/source/date shape;
entity types; no duplicate names (or alias clashing with another name); every canonical name
and alias occurs in the normalized text; heads/tails declared; reportedBy head = the file name
and tail a Person; per-relation type constraints; qualifiers where required; evidence is one
whole sentence of the normalized text; teaser-only entities are used only in teaser relations;
authors have reportedBy; no subsidiaryOf cycles; no duplicate relations.
Run: /work/main/.venv/bin/python check_gold.py   (exit status 1 on any problem)
"""
import json
import pathlib
import re
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from norm import normalize, sentences  # noqa: E402

ACTOR = {"Person", "Company", "Organization"}
CONSTRAINTS = {
    "subsidiaryOf": ({"Company"}, {"Company"}),
    "worksFor": ({"Person"}, {"Company", "Organization"}),
    "holdsPosition": ({"Person"}, {"Company", "Organization"}),
    "servesCommunity": (ACTOR, {"Community"}),
    "participatedIn": (ACTOR, {"Event"}),
    "organizedBy": ({"Event"}, {"Company", "Organization"}),
    "locatedIn": ({"Company", "Community", "Organization", "Event"}, {"Place", "Community"}),
    "honoredBy": ({"Person"}, {"Community", "Organization"}),
    "reportedBy": ({"@doc"}, {"Person"}),
}
NEEDS_QUAL = {"holdsPosition", "honoredBy"}
TYPES = {"Company", "Person", "Community", "Event", "Place", "Organization"}


def main():
    t0 = time.time()
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    errs = []
    files = sorted(p.name for p in HERE.glob("aa*.txt"))
    docs = gold["documents"]
    if sorted(d["file"] for d in docs) != files:
        errs.append(f"documents {sorted(d['file'] for d in docs)} != files {files}")
    for d in docs:
        f = d["file"]
        text = normalize(HERE / f)
        sents = set(sentences(text))
        if d.get("title") and d["title"] not in text.split("\n"):
            errs.append(f"{f}: title is not a line of the text")
        if d.get("published") and not re.fullmatch(r"\d{4}-\d\d-\d\d", d["published"]):
            errs.append(f"{f}: bad date {d['published']}")
        if d.get("source") and d["source"] not in text:
            errs.append(f"{f}: source {d['source']} not in text")
        types, teaser_only = {}, set()
        for e in d["entities"]:
            n = e["name"]
            if n in types:
                errs.append(f"{f}: duplicate entity {n}")
            if e["type"] not in TYPES:
                errs.append(f"{f}: bad type {e['type']} for {n}")
            types[n] = e["type"]
            if e.get("note") == "related-teaser":
                teaser_only.add(n)
            if n not in text:
                errs.append(f"{f}: name {n} not in text")
            for a in e["aliases"]:
                if a not in text:
                    errs.append(f"{f}: alias {a} of {n} not in text")
                if a == n:
                    errs.append(f"{f}: alias equals name {n}")
        alias_owner = {}
        for e in d["entities"]:
            for a in e["aliases"]:
                if a in types:
                    errs.append(f"{f}: alias {a} of {e['name']} is also an entity name")
                if a in alias_owner and alias_owner[a] != e["name"]:
                    errs.append(f"{f}: alias {a} shared by {alias_owner[a]} and {e['name']}")
                alias_owner[a] = e["name"]
        seen, parents, reported = set(), {}, set()
        for r in d["relations"]:
            h, rel, t = r["head"], r["relation"], r["tail"]
            key = (h, rel, t, r.get("qualifier", "") if rel == "holdsPosition" else "")
            if key in seen:
                errs.append(f"{f}: duplicate relation {key}")
            seen.add(key)
            if rel not in CONSTRAINTS:
                errs.append(f"{f}: unknown relation {rel}")
                continue
            hs, ts = CONSTRAINTS[rel]
            if rel == "reportedBy":
                if h != f:
                    errs.append(f"{f}: reportedBy head {h} is not the file name")
                reported.add(t)
            elif h not in types:
                errs.append(f"{f}: head {h} not declared")
            elif types[h] not in hs:
                errs.append(f"{f}: {rel} head {h} is {types[h]}")
            if t not in types:
                errs.append(f"{f}: tail {t} not declared")
            elif types[t] not in ts:
                errs.append(f"{f}: {rel} tail {t} is {types[t]}")
            if rel in NEEDS_QUAL and not r.get("qualifier"):
                errs.append(f"{f}: {rel} {h}->{t} without qualifier")
            if r["evidence"] not in sents:
                errs.append(f"{f}: evidence is not a sentence of the text: {r['evidence'][:40]}")
            if (h in teaser_only or t in teaser_only) and r.get("note") != "related-teaser":
                errs.append(f"{f}: {h} {rel} {t} uses a teaser-only entity but is not marked")
            if rel == "subsidiaryOf":
                parents.setdefault(h, set()).add(t)
        for a in d["authors"]:
            if a not in reported:
                errs.append(f"{f}: author {a} has no reportedBy")

        def reach(x, stack):
            for p in parents.get(x, ()):
                if p in stack:
                    errs.append(f"{f}: subsidiaryOf cycle through {p}")
                    continue
                reach(p, stack | {p})
        for x in parents:
            reach(x, {x})
    n_e = sum(len(d["entities"]) for d in docs)
    n_r = sum(len(d["relations"]) for d in docs)
    for e in errs:
        print("ERROR", e)
    print(f"{len(docs)} documents, {n_e} entities, {n_r} relations, {len(errs)} problems, "
          f"{time.time() - t0:.2f} s")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
