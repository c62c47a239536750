"""Validate gold.json against SCHEMA.md rules and the normalized article texts."""
import json, os, sys
from norm import normalized, sentences
HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
SIG = {
    'subsidiaryOf': ({'Company'}, {'Company'}),
    'worksFor': ({'Person'}, {'Company', 'Organization'}),
    'holdsPosition': ({'Person'}, {'Company', 'Organization'}),
    'servesCommunity': ({'Person', 'Company', 'Organization'}, {'Community'}),
    'participatedIn': ({'Person', 'Company', 'Organization'}, {'Event'}),
    'organizedBy': ({'Event'}, {'Company', 'Organization'}),
    'locatedIn': ({'Company', 'Community', 'Organization', 'Event'}, {'Place', 'Community'}),
    'honoredBy': ({'Person'}, {'Community', 'Organization'}),
}
TYPES = {'Company', 'Person', 'Community', 'Event', 'Place', 'Organization'}
errs = []
def err(*a): errs.append(' '.join(map(str, a)))
g = json.load(open('gold.json', encoding='utf-8'))
txts = sorted(f for f in os.listdir('.') if f.endswith('.txt'))
files = [d['file'] for d in g['documents']]
if sorted(files) != txts: err('documents vs txt files differ', set(files) ^ set(txts))
for d in g['documents']:
    fn = d['file']
    for k in ('title', 'published', 'source', 'authors', 'entities', 'relations'):
        if k not in d: err(fn, 'missing key', k)
    text = normalized(fn)
    sents = {s.strip() for s in sentences(text)}
    if d['title'] and d['title'] not in text: err(fn, 'title not in text')
    if d['source'] and d['source'] not in text: err(fn, 'source not in text')
    ent = {}
    seen = set()
    for e in d['entities']:
        if e['type'] not in TYPES: err(fn, 'bad type', e)
        if e['name'] in ent: err(fn, 'duplicate name', e['name'])
        ent[e['name']] = e
        for s in [e['name']] + e['aliases']:
            if s in seen: err(fn, 'surface form used twice', s)
            seen.add(s)
        if e['name'] not in text: err(fn, 'name not in text', e['name'])
        for a in e['aliases']:
            if a not in text: err(fn, 'alias not in text', a)
            if a == e['name']: err(fn, 'alias equals name', a)
    for a in d['authors']:
        if ent.get(a, {}).get('type') != 'Person': err(fn, 'author not a Person entity', a)
        if not any(r['relation'] == 'reportedBy' and r['tail'] == a for r in d['relations']):
            err(fn, 'author without reportedBy', a)
    used = set(); keys = set()
    parent = {}
    for r in d['relations']:
        rel, h, t = r['relation'], r['head'], r['tail']
        key = (h, rel, t, r.get('qualifier'))
        if key in keys: err(fn, 'duplicate relation', key)
        keys.add(key)
        ev = r.get('evidence', '')
        if ev not in text: err(fn, 'evidence not verbatim', ev[:40])
        elif ev not in sents: err(fn, 'evidence not a whole sentence', ev[:40])
        if rel == 'reportedBy':
            if h != fn: err(fn, 'reportedBy head must be file name', h)
            if ent.get(t, {}).get('type') != 'Person': err(fn, 'reportedBy tail not Person', t)
            used.add(t); continue
        if rel not in SIG: err(fn, 'unknown relation', rel); continue
        if h not in ent: err(fn, 'undeclared head', h, rel); continue
        if t not in ent: err(fn, 'undeclared tail', t, rel); continue
        used |= {h, t}
        if ent[h]['type'] not in SIG[rel][0] or ent[t]['type'] not in SIG[rel][1]:
            err(fn, 'type constraint', h, ent[h]['type'], rel, t, ent[t]['type'])
        if rel == 'locatedIn' and ent[h]['type'] == 'Community' and ent[t]['type'] not in ('Place', 'Community'):
            err(fn, 'locatedIn tail', t)
        if rel == 'locatedIn' and ent[h]['type'] != 'Community' and ent[t]['type'] == 'Community':
            err(fn, 'locatedIn to Community only from Community', h, t)
        if rel == 'holdsPosition' and not r.get('qualifier'): err(fn, 'holdsPosition without qualifier', h)
        if rel == 'honoredBy' and not r.get('qualifier'): err(fn, 'honoredBy without qualifier', h)
        if rel == 'holdsPosition' and not any(x['relation'] == 'worksFor' and x['head'] == h and x['tail'] == t for x in d['relations']):
            err(fn, 'holdsPosition without worksFor', h, t)
        teaser_ent = any(ent[x].get('note') == 'related-teaser' for x in (h, t))
        if teaser_ent and r.get('note') != 'related-teaser': err(fn, 'teaser entity in non-teaser relation', h, rel, t)
        if rel == 'subsidiaryOf': parent.setdefault(h, []).append(t)
    for start in parent:
        stack, seenp = [start], set()
        while stack:
            x = stack.pop()
            for p in parent.get(x, []):
                if p == start: err(fn, 'subsidiaryOf cycle', start)
                elif p not in seenp: seenp.add(p); stack.append(p)
    for n in ent:
        if n not in used: print(f'info {fn}: entity without relation: {n}')
print('\n'.join(errs) if errs else 'OK: no errors')
sys.exit(1 if errs else 0)
