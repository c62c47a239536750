"""Validate gold.json against SCHEMA.md rules and the normalized article texts."""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_gold import normalized
TYPES = {'Company', 'Person', 'Community', 'Event', 'Place', 'Organization'}
CON = {
    'subsidiaryOf': ({'Company'}, {'Company'}),
    'worksFor': ({'Person'}, {'Company', 'Organization'}),
    'holdsPosition': ({'Person'}, {'Company', 'Organization'}),
    'servesCommunity': ({'Person', 'Company', 'Organization'}, {'Community'}),
    'participatedIn': ({'Person', 'Company', 'Organization'}, {'Event'}),
    'organizedBy': ({'Event'}, {'Company', 'Organization'}),
    'locatedIn': ({'Company', 'Community', 'Organization', 'Event'}, {'Place', 'Community'}),
    'honoredBy': ({'Person'}, {'Community', 'Organization'}),
}
errs, warns = [], []
g = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
counts = collections.Counter(); rcounts = collections.Counter()
for d in g['documents']:
    f = d['file']; text = normalized(f)
    for k in ('file', 'title', 'published', 'source', 'authors', 'entities', 'relations'):
        if k not in d: errs.append(f'{f}: missing {k}')
    if d['title'] and d['title'] not in text: errs.append(f'{f}: title not in text')
    ents = {}
    for e in d['entities']:
        if e['name'] in ents: errs.append(f"{f}: duplicate entity {e['name']}")
        if e['type'] not in TYPES: errs.append(f"{f}: bad type {e}")
        ents[e['name']] = e; counts[e['type']] += 1
        if e['name'] not in text: warns.append(f"{f}: canonical not verbatim in text: {e['name']}")
        for a in e['aliases']:
            if a not in text: errs.append(f"{f}: alias not in text: {a}")
            if a in ents and a != e['name']: errs.append(f"{f}: alias is also an entity: {a}")
    for a in d['authors']:
        if a not in ents: errs.append(f'{f}: author not an entity {a}')
    par = {}
    for r in d['relations']:
        h, rel, t = r['head'], r['relation'], r['tail']; rcounts[rel] += 1
        if r['evidence'] not in text: errs.append(f'{f}: evidence not verbatim: {r}')
        if rel == 'reportedBy':
            if h != f: errs.append(f'{f}: reportedBy head {h}')
            if t not in ents or ents[t]['type'] != 'Person': errs.append(f'{f}: reportedBy tail {t}')
            continue
        if rel not in CON: errs.append(f'{f}: bad relation {rel}'); continue
        if h not in ents: errs.append(f'{f}: undeclared head {h}'); continue
        if t not in ents: errs.append(f'{f}: undeclared tail {t}'); continue
        hs, ts = CON[rel]
        if ents[h]['type'] not in hs or ents[t]['type'] not in ts:
            errs.append(f"{f}: type constraint {h}({ents[h]['type']}) {rel} {t}({ents[t]['type']})")
        if rel == 'holdsPosition' and not r.get('qualifier'): errs.append(f'{f}: holdsPosition without title {r}')
        if rel == 'subsidiaryOf': par.setdefault(h, set()).add(t)
        tz = ents[h].get('note') == 'related-teaser' or ents[t].get('note') == 'related-teaser'
        if tz and r.get('note') != 'related-teaser': errs.append(f'{f}: teaser entity in non-teaser relation {r}')
    def cyc(n, seen):
        for p in par.get(n, ()):
            if p in seen or cyc(p, seen | {p}): return True
        return False
    for n in par:
        if cyc(n, {n}): errs.append(f'{f}: subsidiaryOf cycle at {n}')
for w in warns: print('WARN', w)
for e in errs: print('ERROR', e)
print(dict(counts)); print(dict(rcounts))
print('OK' if not errs else f'{len(errs)} errors')
sys.exit(1 if errs else 0)
