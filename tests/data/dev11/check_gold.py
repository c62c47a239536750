"""Validate gold.json against SCHEMA.md rules and the normalized article texts."""
import json, os, sys
from common import H, normalized, sentences
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
 'reportedBy': (None, {'Person'}),
}
g = json.load(open(os.path.join(H, 'gold.json'), encoding='utf-8'))
errs, warns = [], []
files = sorted(f for f in os.listdir(H) if f.endswith('.txt'))
if sorted(d['file'] for d in g['documents']) != files: errs.append('file list mismatch')
for d in g['documents']:
    f = d['file']; text = normalized(f); sents = set(sentences(text))
    if d['title'] and d['title'] not in text: errs.append((f, 'title', d['title']))
    for a in d['authors']:
        if a not in text: errs.append((f, 'author', a))
    types = {}
    for e in d['entities']:
        if e['name'] in types: errs.append((f, 'dup', e['name']))
        if e['type'] not in TYPES: errs.append((f, 'type', e))
        types[e['name']] = e['type']
        if e['name'] not in text: warns.append((f, 'canonical not verbatim', e['name']))
        for a in e['aliases']:
            if a not in text: errs.append((f, 'alias missing', a))
            if a in types: errs.append((f, 'alias is also a name', a))
    allnames = [e['name'] for e in d['entities']]
    seen = set(); par = {}
    for r in d['relations']:
        h, rel, t = r['head'], r['relation'], r['tail']
        key = (h, rel, t, r.get('qualifier'))
        if key in seen: errs.append((f, 'dup relation', key))
        seen.add(key)
        if rel not in CON: errs.append((f, 'relation', rel)); continue
        hs, ts = CON[rel]
        if rel == 'reportedBy':
            if h != f: errs.append((f, 'reportedBy head', h))
        elif h not in types: errs.append((f, 'undeclared head', h))
        elif types[h] not in hs: errs.append((f, 'head type', rel, h, types[h]))
        if t not in types: errs.append((f, 'undeclared tail', t))
        elif types[t] not in ts: errs.append((f, 'tail type', rel, t, types[t]))
        if r['evidence'] not in sents: errs.append((f, 'evidence not a sentence', r['evidence'][:40]))
        if rel == 'subsidiaryOf': par.setdefault(h, set()).add(t)
    for s in par:  # cycles
        stack, vis = list(par[s]), set()
        while stack:
            x = stack.pop()
            if x == s: errs.append((f, 'cycle', s)); break
            if x not in vis: vis.add(x); stack.extend(par.get(x, ()))
for w in warns: print('WARN', *w)
for e in errs: print('ERR', *e)
print('OK' if not errs else '%d errors' % len(errs))
sys.exit(1 if errs else 0)
