"""Validate gold.json against SCHEMA.md rules and the normalized article texts."""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from normtext import normalized, sentences  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"Company", "Person", "Community", "Event", "Place", "Organization"}
CON = {
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


def main():
    gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
    errs = []
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, 'w[0-9][0-9]_*.txt')))
    docfiles = [d['file'] for d in gold['documents']]
    if sorted(docfiles) != files:
        errs.append(f"documents {docfiles} != files {files}")
    for d in gold['documents']:
        f = d['file']
        text = normalized(os.path.join(HERE, f))
        sents = set(sentences(text))
        for k in ("title", "published", "source", "authors", "entities", "relations"):
            if k not in d:
                errs.append(f"{f}: missing {k}")
        if d['title'] and d['title'] not in text:
            errs.append(f"{f}: title not in text")
        ents = {}
        for e in d['entities']:
            if e['name'] in ents:
                errs.append(f"{f}: duplicate entity {e['name']}")
            ents[e['name']] = e
            if e['type'] not in TYPES:
                errs.append(f"{f}: bad type {e}")
            if e['name'] not in text:
                errs.append(f"{f}: name not in text: {e['name']}")
            for a in e.get('aliases', []):
                if a not in text:
                    errs.append(f"{f}: alias not in text: {a}")
                if a in ents and a != e['name']:
                    errs.append(f"{f}: alias {a} is also an entity name")
            if 'note' in e and e['note'].startswith('related') and e['note'] != 'related-teaser':
                errs.append(f"{f}: bad teaser note {e}")
        names = set(ents)
        for e in d['entities']:
            for a in e.get('aliases', []):
                if a in names:
                    errs.append(f"{f}: alias {a} collides with entity name")
        for a in d['authors']:
            if a not in ents or ents[a]['type'] != 'Person':
                errs.append(f"{f}: author {a} not a declared Person")
        seen = set()
        parent = {}
        for r in d['relations']:
            key = (r['head'], r['relation'], r['tail'], r.get('qualifier'))
            if key in seen:
                errs.append(f"{f}: duplicate relation {key}")
            seen.add(key)
            if r['relation'] not in CON:
                errs.append(f"{f}: bad relation {r}")
                continue
            hts, tts = CON[r['relation']]
            if r['relation'] == 'reportedBy':
                if r['head'] != f:
                    errs.append(f"{f}: reportedBy head {r['head']}")
            elif r['head'] not in ents:
                errs.append(f"{f}: head undeclared {r['head']}")
            elif ents[r['head']]['type'] not in hts:
                errs.append(f"{f}: head type {r}")
            if r['tail'] not in ents:
                errs.append(f"{f}: tail undeclared {r['tail']}")
            elif ents[r['tail']]['type'] not in tts:
                errs.append(f"{f}: tail type {r}")
            if r['relation'] == 'holdsPosition' and not r.get('qualifier'):
                errs.append(f"{f}: holdsPosition without title {r}")
            if r['relation'] == 'honoredBy' and not r.get('qualifier'):
                errs.append(f"{f}: honoredBy without award {r}")
            if r['evidence'] not in text:
                errs.append(f"{f}: evidence not verbatim: {r['evidence'][:40]}")
            elif r['evidence'] not in sents:
                errs.append(f"{f}: evidence not a whole sentence: {r['evidence'][:40]}")
            if r.get('note') not in (None, 'related-teaser'):
                errs.append(f"{f}: bad relation note {r}")
            if r['relation'] == 'subsidiaryOf':
                parent.setdefault(r['head'], []).append(r['tail'])
        # subsidiaryOf cycles
        def reach(a, b, seen_=()):
            return any(p == b or (p not in seen_ and reach(p, b, seen_ + (p,))) for p in parent.get(a, []))
        for h in parent:
            if reach(h, h):
                errs.append(f"{f}: subsidiaryOf cycle at {h}")
        # every entity used? (warning only)
        used = {r['head'] for r in d['relations']} | {r['tail'] for r in d['relations']}
        for n in names - used:
            print(f"note: {f}: entity without relation: {n}")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
