"""Validate gold.json against SCHEMA.md rules and the normalized article texts."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_gold import normalized  # same normalization as the builder

TYPES = {'Company', 'Person', 'Community', 'Event', 'Place', 'Organization'}
C = {
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
errors = []
def err(*a):
    errors.append(' '.join(map(str, a)))

gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
files = sorted(f for f in os.listdir(HERE) if f.startswith('m') and f.endswith('.txt'))
if sorted(d['file'] for d in gold['documents']) != files:
    err('document list != article files')
for d in gold['documents']:
    f = d['file']
    text = normalized(f)
    for k in ('title', 'published', 'source', 'authors', 'entities', 'relations'):
        if k not in d:
            err(f, 'missing key', k)
    if d['title'] and d['title'] not in text:
        err(f, 'title not in text')
    ents = {}
    for e in d['entities']:
        if e['name'] in ents:
            err(f, 'duplicate entity', e['name'])
        ents[e['name']] = e
        if e['type'] not in TYPES:
            err(f, 'bad type', e)
        if e['name'] not in text and e['type'] != 'Event':
            err(f, 'name not in text', e['name'])
        for a in e['aliases']:
            if a not in text:
                err(f, 'alias not in text', a)
            if a == e['name']:
                err(f, 'alias == name', a)
    for a in d['authors']:
        if a not in ents or ents[a]['type'] != 'Person':
            err(f, 'author not a declared Person', a)
    seen = set()
    parents = {}
    for r in d['relations']:
        key = (r['head'], r['relation'], r['tail'], r.get('qualifier'), r['evidence'])
        if key in seen:
            err(f, 'duplicate relation', key)
        seen.add(key)
        rel = r['relation']
        if rel not in C:
            err(f, 'bad relation', rel); continue
        if r['evidence'] not in text:
            err(f, 'evidence not verbatim', r['evidence'][:40])
        hs, ts = C[rel]
        if rel == 'reportedBy':
            if r['head'] != f:
                err(f, 'reportedBy head must be file name', r['head'])
        elif r['head'] not in ents:
            err(f, 'undeclared head', r['head'])
        elif ents[r['head']]['type'] not in hs:
            err(f, 'head type', rel, r['head'], ents[r['head']]['type'])
        if r['tail'] not in ents:
            err(f, 'undeclared tail', r['tail'])
        elif ents[r['tail']]['type'] not in ts:
            err(f, 'tail type', rel, r['tail'], ents[r['tail']]['type'])
        if rel == 'holdsPosition' and not r.get('qualifier'):
            err(f, 'holdsPosition without qualifier', r['head'])
        if rel == 'honoredBy' and not r.get('qualifier'):
            err(f, 'honoredBy without qualifier', r['head'])
        if r.get('note') not in (None, 'related-teaser'):
            err(f, 'bad note on relation', r)
        if rel == 'subsidiaryOf':
            parents.setdefault(r['head'], set()).add(r['tail'])
    # subsidiaryOf cycles
    def reach(a, seen=()):
        for p in parents.get(a, ()):
            if p == a or p in seen:
                return True
            if reach(p, seen + (a,)):
                return True
        return False
    for a in parents:
        if reach(a):
            err(f, 'subsidiaryOf cycle at', a)
    # teaser-only entities should not be used by non-teaser relations
    for r in d['relations']:
        if r.get('note') != 'related-teaser':
            for x in (r['head'], r['tail']):
                if x in ents and ents[x].get('note') == 'related-teaser':
                    err(f, 'main relation uses teaser entity', x)
    used = {r['head'] for r in d['relations']} | {r['tail'] for r in d['relations']}
    for n in ents:
        if n not in used:
            print('  info', f, 'entity without relation:', n)

if errors:
    print('\n'.join(errors)); print(len(errors), 'errors'); sys.exit(1)
print('OK', len(gold['documents']), 'documents')
