"""Validate gold.json against the article files in this folder.

    /work/main/.venv/bin/python tests/data/heldout/check_gold.py
Checks: JSON loads; every relation head/tail is a declared entity of its document
(head = file name for reportedBy); schema type constraints; evidence is a verbatim
substring of the normalized text (opencc t2s, pinyin annotations removed); entity names
and aliases occur in that text (except declared constructed names); no duplicate names;
no subsidiaryOf cycles; teaser notes consistent.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
T2S = opencc.OpenCC("t2s")
PINYIN_RE = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
CONSTRUCTED = {"11月8日至9日暴雪", "6月17日至20日强降雨"}
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
    "reportedBy": ({"<document>"}, {"Person"}),
}


def read_any(path):
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gbk")


def main():
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    errors = []
    ent_types, rel_types = Counter(), Counter()
    for doc in gold["documents"]:
        f = doc["file"]
        text = PINYIN_RE.sub("", T2S.convert(read_any(HERE / f)))
        names = [e["name"] for e in doc["entities"]]
        for n, c in Counter(names).items():
            if c > 1:
                errors.append(f"{f}: duplicate entity {n}")
        types = {e["name"]: e["type"] for e in doc["entities"]}
        teaser_ents = {e["name"] for e in doc["entities"] if e.get("note") == "related-teaser"}
        for e in doc["entities"]:
            ent_types[e["type"]] += 1
            for s in [e["name"]] + e["aliases"]:
                if s not in text and s not in CONSTRUCTED:
                    errors.append(f"{f}: entity surface {s!r} not in text")
            if e["type"] not in {"Company", "Person", "Community", "Event", "Place", "Organization"}:
                errors.append(f"{f}: bad type {e}")
        if doc["title"] and doc["title"] not in text:
            errors.append(f"{f}: title not in text")
        for a in doc["authors"]:
            if types.get(a) != "Person":
                errors.append(f"{f}: author {a} is not a Person entity")
        parents = {}
        seen = set()
        for r in doc["relations"]:
            rel_types[r["relation"]] += 1
            key = (r["head"], r["relation"], r["tail"], r.get("qualifier"))
            if key in seen:
                errors.append(f"{f}: duplicate relation {key}")
            seen.add(key)
            if r["relation"] not in CONSTRAINTS:
                errors.append(f"{f}: unknown relation {r}")
                continue
            hs, ts = CONSTRAINTS[r["relation"]]
            ht = "<document>" if r["relation"] == "reportedBy" and r["head"] == f else types.get(r["head"])
            tt = types.get(r["tail"])
            if ht is None or tt is None:
                errors.append(f"{f}: undeclared head/tail {r['head']} -> {r['tail']}")
                continue
            if ht not in hs or tt not in ts:
                errors.append(f"{f}: type violation {r['head']}({ht}) {r['relation']} {r['tail']}({tt})")
            if r["relation"] == "locatedIn" and tt == "Community" and ht != "Community":
                errors.append(f"{f}: only Community may be locatedIn a Community: {r}")
            if r["evidence"] not in text:
                errors.append(f"{f}: evidence not verbatim: {r['evidence'][:40]}")
            if r["relation"] == "holdsPosition" and not r.get("qualifier"):
                errors.append(f"{f}: holdsPosition without title {r}")
            if r["relation"] == "holdsPosition" and not any(
                    x["head"] == r["head"] and x["relation"] == "worksFor" and x["tail"] == r["tail"]
                    for x in doc["relations"]):
                errors.append(f"{f}: holdsPosition without worksFor {r}")
            touches_teaser = r["head"] in teaser_ents or r["tail"] in teaser_ents
            if touches_teaser and r.get("note") != "related-teaser":
                errors.append(f"{f}: relation with teaser entity not marked {r}")
            if r["relation"] == "subsidiaryOf":
                parents.setdefault(r["head"], []).append(r["tail"])
        for start in parents:
            stack, visited = [start], set()
            while stack:
                n = stack.pop()
                for p in parents.get(n, []):
                    if p == start:
                        errors.append(f"{f}: subsidiaryOf cycle via {start}")
                    elif p not in visited:
                        visited.add(p)
                        stack.append(p)
    for e in errors:
        print("ERROR", e)
    print("documents", len(gold["documents"]))
    print("entities", dict(ent_types), sum(ent_types.values()))
    print("relations", dict(rel_types), sum(rel_types.values()))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
