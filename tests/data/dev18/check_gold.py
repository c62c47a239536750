"""Validate gold.json against SCHEMA.md / NOTES.md rules and the normalized article texts."""
import json, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_gold import normalized, HERE

TYPES = {'Company', 'Person', 'Community', 'Event', 'Place', 'Organization'}
ACTOR = {'Person', 'Company', 'Organization'}
CON = {  # relation: (head types, tail types)
    'subsidiaryOf': ({'Company'}, {'Company'}),
    'worksFor': ({'Person'}, {'Company', 'Organization'}),
    'holdsPosition': ({'Person'}, {'Company', 'Organization'}),
    'servesCommunity': (ACTOR, {'Community'}),
    'participatedIn': (ACTOR, {'Event'}),
    'organizedBy': ({'Event'}, {'Company', 'Organization'}),
    'locatedIn': ({'Company', 'Community', 'Organization', 'Event'}, {'Place', 'Community'}),
    'honoredBy': ({'Person'}, {'Community', 'Organization'}),
    'reportedBy': (None, {'Person'}),
}
errors = []
def err(*a):
    errors.append(' '.join(str(x) for x in a))

gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
docs = gold['documents']
if sorted(d['file'] for d in docs) != files:
    err('document list does not match the .txt files')
for d in docs:
    fn = d['file']
    text = normalized(fn)
    for k in ('title', 'published', 'source', 'authors', 'entities', 'relations'):
        if k not in d:
            err(fn, 'missing key', k)
    if d['title'] and d['title'] not in text:
        err(fn, 'title not in text')
    if d['source'] and d['source'] not in text:
        err(fn, 'source not in text')
    ents = {}
    for e in d['entities']:
        if e['name'] in ents:
            err(fn, 'duplicate entity', e['name'])
        ents[e['name']] = e
        if e['type'] not in TYPES:
            err(fn, 'bad type', e)
        if e['name'] not in text:
            err(fn, 'canonical name not in text', e['name'])
        for a in e['aliases']:
            if a not in text:
                err(fn, 'alias not in text', a)
            if a == e['name']:
                err(fn, 'alias equals name', a)
    for a in d['authors']:
        if ents.get(a, {}).get('type') != 'Person':
            err(fn, 'author not a declared Person', a)
    teaser_only = {n for n, e in ents.items() if e.get('note') == 'related-teaser'}
    seen = Counter()
    parents = {}
    for r in d['relations']:
        key = (r['head'], r['relation'], r['tail'], r.get('qualifier'))
        seen[key] += 1
        if seen[key] > 1:
            err(fn, 'duplicate relation', key)
        rel = r['relation']
        if rel not in CON:
            err(fn, 'bad relation', r); continue
        ht, tt = CON[rel]
        if rel == 'reportedBy':
            if r['head'] != fn:
                err(fn, 'reportedBy head must be the file name', r)
        else:
            if r['head'] not in ents:
                err(fn, 'undeclared head', r['head']); continue
            if ents[r['head']]['type'] not in ht:
                err(fn, 'head type', rel, r['head'], ents[r['head']]['type'])
        if r['tail'] not in ents:
            err(fn, 'undeclared tail', r['tail']); continue
        if ents[r['tail']]['type'] not in tt:
            err(fn, 'tail type', rel, r['tail'], ents[r['tail']]['type'])
        if rel == 'holdsPosition' and not r.get('qualifier'):
            err(fn, 'holdsPosition without title', r)
        if rel == 'honoredBy' and not r.get('qualifier'):
            err(fn, 'honoredBy without award', r)
        if r['evidence'] not in text:
            err(fn, 'evidence not verbatim', r['evidence'][:40])
        involved = {r['head'], r['tail']} & teaser_only
        if involved and r.get('note') != 'related-teaser':
            err(fn, 'teaser entity in non-teaser relation', r)
        if r.get('note') not in (None, 'related-teaser'):
            err(fn, 'bad relation note', r)
        if rel == 'subsidiaryOf':
            parents.setdefault(r['head'], set()).add(r['tail'])
    # cycles
    def reach(a, b, seen=()):
        return any(p == b or (p not in seen and reach(p, b, seen + (p,))) for p in parents.get(a, ()))
    for h in parents:
        if reach(h, h):
            err(fn, 'subsidiaryOf cycle at', h)
    used = {r['head'] for r in d['relations']} | {r['tail'] for r in d['relations']}
    lonely = [n for n in ents if n not in used]
    if lonely:
        print(f'{fn}: entities without relation: {", ".join(lonely)}')

for e in errors:
    print('ERROR', e)
print('OK' if not errors else f'{len(errors)} errors')
sys.exit(1 if errors else 0)
