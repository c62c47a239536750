"""Validate gold.json against SCHEMA.md rules and the normalized article texts."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import normalize  # noqa: E402

TYPES = {'Company', 'Person', 'Community', 'Event', 'Place', 'Organization'}
ORG = {'Company', 'Organization'}
CONSTRAINTS = {
    'subsidiaryOf': ({'Company'}, {'Company'}),
    'worksFor': ({'Person'}, ORG),
    'holdsPosition': ({'Person'}, ORG),
    'servesCommunity': ({'Person', 'Company', 'Organization'}, {'Community'}),
    'participatedIn': ({'Person', 'Company', 'Organization'}, {'Event'}),
    'organizedBy': ({'Event'}, ORG),
    'locatedIn': ({'Company', 'Community', 'Organization', 'Event'}, {'Place', 'Community'}),
    'honoredBy': ({'Person'}, {'Community', 'Organization'}),
    'reportedBy': (None, {'Person'}),
}
# canonical names allowed not to occur verbatim in the text (constructed)
CONSTRUCTED = set()


def main():
    gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
    errs, warns = [], []
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    seen = [d['file'] for d in gold['documents']]
    if sorted(seen) != files:
        errs.append(f'documents {seen} != files {files}')
    for d in gold['documents']:
        fn = d['file']
        for k in ('title', 'published', 'source', 'authors', 'entities', 'relations'):
            if k not in d:
                errs.append(f'{fn}: missing {k}')
        text = normalize.load(os.path.join(HERE, fn))
        sents = set(normalize.sentences(text))
        ents = {}
        allnames = {}
        for e in d['entities']:
            n = e['name']
            if e['type'] not in TYPES:
                errs.append(f'{fn}: bad type {e}')
            if n in ents:
                errs.append(f'{fn}: duplicate entity {n}')
            ents[n] = e
            if n not in text and n not in CONSTRUCTED:
                errs.append(f'{fn}: canonical not in text: {n}')
            for a in [n] + e.get('aliases', []):
                if a in allnames and allnames[a] != n:
                    errs.append(f'{fn}: surface {a} used by {allnames[a]} and {n}')
                allnames[a] = n
            for a in e.get('aliases', []):
                if a not in text:
                    errs.append(f'{fn}: alias not in text: {a} ({n})')
                if a == n:
                    errs.append(f'{fn}: alias equals name {a}')
            if 'note' in e and e['note'] == 'related-teaser':
                pass
        if d['title'] is not None and d['title'] not in sents:
            errs.append(f'{fn}: title not a line of the text')
        for a in d['authors']:
            if a not in ents or ents[a]['type'] != 'Person':
                errs.append(f'{fn}: author {a} not a Person entity')
        used = set()
        keys = set()
        parent = {}
        for r in d['relations']:
            h, rel, t = r['head'], r['relation'], r['tail']
            key = (h, rel, t, r.get('qualifier'))
            if key in keys:
                errs.append(f'{fn}: duplicate relation {key}')
            keys.add(key)
            if rel not in CONSTRAINTS:
                errs.append(f'{fn}: bad relation {rel}')
                continue
            hs, ts = CONSTRAINTS[rel]
            if rel == 'reportedBy':
                if h != fn:
                    errs.append(f'{fn}: reportedBy head {h}')
            elif h not in ents:
                errs.append(f'{fn}: undeclared head {h}')
            elif ents[h]['type'] not in hs:
                errs.append(f'{fn}: {rel} head type {ents[h]["type"]} {h}')
            if t not in ents:
                errs.append(f'{fn}: undeclared tail {t}')
            elif ents[t]['type'] not in ts:
                errs.append(f'{fn}: {rel} tail type {ents[t]["type"]} {t}')
            if rel == 'holdsPosition' and not r.get('qualifier'):
                errs.append(f'{fn}: holdsPosition without title {key}')
            if rel == 'honoredBy' and not r.get('qualifier'):
                errs.append(f'{fn}: honoredBy without award {key}')
            if h == t:
                errs.append(f'{fn}: self relation {key}')
            if r['evidence'] not in sents:
                errs.append(f'{fn}: evidence is not a normalized sentence: {r["evidence"]}')
            if set(r) - {'head', 'relation', 'tail', 'qualifier', 'evidence', 'note'}:
                errs.append(f'{fn}: extra keys {r}')
            if 'note' in r and r['note'] != 'related-teaser':
                errs.append(f'{fn}: relation note must be related-teaser')
            # teaser relations must involve at least one teaser-only entity or teaser evidence
            if rel == 'subsidiaryOf':
                parent.setdefault(h, set()).add(t)
            used.update([h, t])
        # cycles
        def reach(a, seen_):
            for p in parent.get(a, ()):
                if p in seen_:
                    return True
                if reach(p, seen_ | {p}):
                    return True
            return False
        for a in parent:
            if reach(a, {a}):
                errs.append(f'{fn}: subsidiaryOf cycle at {a}')
        for n, e in ents.items():
            if n not in used:
                warns.append(f'{fn}: entity without relation: {n} ({e["type"]})')
    for w in warns:
        print('note:', w)
    for e in errs:
        print('ERROR:', e)
    print(f'{len(gold["documents"])} documents, {len(errs)} errors, {len(warns)} entities without relations')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
