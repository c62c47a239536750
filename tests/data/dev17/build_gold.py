#!/usr/bin/env python3
"""Build gold.json for dev17 from a compact spec.

Run with /work/main/.venv/bin/python (needs opencc).
Entities: (name, type, aliases, note?)   note "related-teaser" marks teaser-only entities.
Relations: (head, relation, tail, qualifier_or_None, fragment, teaser?)  head "DOC" = the file name.
The evidence is the whole normalized sentence that contains `fragment`.
"""
import json, os, re, sys
import opencc

HERE = os.path.dirname(os.path.abspath(__file__))
ENCODING = {"y06_rucheng_xiangcun.txt": "gbk"}
_t2s = opencc.OpenCC("t2s")
PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)")


def normalize(fname):
    raw = open(os.path.join(HERE, fname), "rb").read()
    text = raw.decode(ENCODING.get(fname, "utf-8"))
    text = PINYIN.sub("", text)
    return _t2s.convert(text)


def sentences(text):
    out = []
    for line in text.splitlines():
        for s in re.findall(r"[^。！？!?]*[。！？!?]|[^。！？!?]+$", line):
            s = s.strip()
            if s:
                out.append(s)
    return out


def find(sents, frag, fname):
    hits = [s for s in sents if frag in s]
    if not hits:
        sys.exit(f"{fname}: fragment not found: {frag}")
    return hits[0]


from spec import DOCS  # noqa: E402


def build():
    docs = []
    for d in DOCS:
        f = d["file"]
        sents = sentences(normalize(f))
        ents = []
        for e in d["ents"]:
            name, typ, aliases = e[0], e[1], e[2]
            ent = {"name": name, "type": typ, "aliases": list(aliases)}
            if len(e) > 3 and e[3]:
                ent["note"] = e[3]
            ents.append(ent)
        rels = []
        for r in d["rels"]:
            head, rel, tail, qual, frag = r[:5]
            rr = {"head": f if head == "DOC" else head, "relation": rel, "tail": tail}
            if qual:
                rr["qualifier"] = qual
            rr["evidence"] = find(sents, frag, f)
            if len(r) > 5 and r[5]:
                rr["note"] = "related-teaser"
            rels.append(rr)
        docs.append({"file": f, "title": d["title"], "published": d["published"],
                     "source": d["source"], "authors": d["authors"],
                     "entities": ents, "relations": rels})
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump({"documents": docs}, fh, ensure_ascii=False, indent=1)
    print(len(docs), "documents,", sum(len(x["entities"]) for x in docs), "entities,",
          sum(len(x["relations"]) for x in docs), "relations")


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    build()
