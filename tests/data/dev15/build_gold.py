"""Build gold.json from the compact spec in spec_*.py.

Spec lines (one per line):
  T title / D date (or null) / S source / A authors,comma,separated
  E:Type|name|alias1,alias2|note          entity
  head|relation|tail|qualifier|fragment   relation; evidence = the unique normalized
                                          sentence containing `fragment`
  prefix `~` = related-teaser; `@` as head = the document's file name.
Heads/tails may be given by canonical name or by a declared alias.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from normtext import normalized, sentences  # noqa: E402
import spec_a, spec_b, spec_c, spec_d  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def build_doc(fname, spec):
    text = normalized(os.path.join(HERE, fname))
    sents = sentences(text)
    doc = {"file": fname, "title": None, "published": None, "source": None,
           "authors": [], "entities": [], "relations": []}
    amap = {}
    errors = []
    for raw in spec.strip().split('\n'):
        line = raw.strip()
        if not line:
            continue
        teaser = line.startswith('~')
        if teaser:
            line = line[1:]
        if line[:2] in ('T ', 'D ', 'S ', 'A '):
            key, val = line[0], line[2:].strip()
            if key == 'T':
                doc['title'] = val
            elif key == 'D':
                doc['published'] = None if val == 'null' else val
            elif key == 'S':
                doc['source'] = val
            else:
                doc['authors'] = [a for a in val.split(',') if a]
            continue
        if line.startswith('E:'):
            typ, name, aliases, note = (line[2:].split('|') + ['', ''])[:4]
            al = [a for a in aliases.split(',') if a]
            ent = {"name": name, "type": typ, "aliases": al}
            if teaser:
                ent["note"] = "related-teaser"
            elif note:
                ent["note"] = note
            doc['entities'].append(ent)
            for n in [name] + al:
                if n in amap and amap[n] != name:
                    errors.append(f"{fname}: surface {n} maps to two entities")
                amap[n] = name
            continue
        parts = line.split('|')
        if len(parts) != 5:
            errors.append(f"{fname}: bad line {raw}")
            continue
        head, rel, tail, qual, frag = parts
        head = fname if head == '@' else amap.get(head, head)
        tail = amap.get(tail, tail)
        hits = [s for s in sents if frag in s]
        if len(hits) != 1:
            errors.append(f"{fname}: fragment {frag!r} found in {len(hits)} sentences")
            continue
        r = {"head": head, "relation": rel, "tail": tail}
        if qual:
            r["qualifier"] = qual
        r["evidence"] = hits[0]
        if teaser:
            r["note"] = "related-teaser"
        doc['relations'].append(r)
    return doc, errors


def main():
    specs = {}
    for m in (spec_a, spec_b, spec_c, spec_d):
        specs.update(m.SPEC)
    docs, errs = [], []
    for fname in sorted(specs):
        d, e = build_doc(fname, specs[fname])
        docs.append(d)
        errs += e
    for e in errs:
        print("ERROR", e)
    with open(os.path.join(HERE, 'gold.json'), 'w', encoding='utf-8') as f:
        json.dump({"documents": docs}, f, ensure_ascii=False, indent=1)
    print(len(docs), "documents,", sum(len(d['entities']) for d in docs), "entities,",
          sum(len(d['relations']) for d in docs), "relations")
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
