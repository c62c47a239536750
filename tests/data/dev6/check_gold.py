"""Validate gold.json against SCHEMA.md rules and the normalized article texts."""
import json, os, sys, collections
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from normtext import load, sentences

TYPES = {'Company', 'Person', 'Community', 'Event', 'Place', 'Organization'}
CON = {
    'subsidiaryOf': ({'Company'}, {'Company'}),
    'worksFor': ({'Person'}, {'Company', 'Organization'}),
    'holdsPosition': ({'Person'}, {'Company', 'Organization'}),
    'servesCommunity': ({'Person', 'Company', 'Organization'}, {'Community'}),
    'participatedIn': ({'Person', 'Company', 'Organization'}, {'Event'}),
    'organizedBy': ({'Event'}, {'Company', 'Organization'}),
    'locatedIn': ({'Company', 'Community', 'Organization', 'Event'}, {'Place', 'Community'}),
    'honoredBy': ({'Person'}, {'Community', 'Organization', 'Company'}),
    'reportedBy': (None, {'Person'}),
}
errs = []
def err(*a): errs.append(' '.join(str(x) for x in a))

g = json.load(open(os.path.join(here, 'gold.json'), encoding='utf-8'))
files = sorted(f for f in os.listdir(here) if f.startswith('k') and f.endswith('.txt'))
if sorted(d['file'] for d in g['documents']) != files:
    err('document list differs from files', files)
for d in g['documents']:
    f = d['file']
    text = load(os.path.join(here, f))
    sents = set(sentences(text))
    for k in ('title', 'published', 'source', 'authors', 'entities', 'relations'):
        if k not in d: err(f, 'missing key', k)
    if d['title'] and d['title'] not in text: err(f, 'title not in text')
    if d['source'] and d['source'] not in text: err(f, 'source not in text', d['source'])
    ents = {}
    for e in d['entities']:
        if e['name'] in ents: err(f, 'duplicate entity', e['name'])
        ents[e['name']] = e
        if e['type'] not in TYPES: err(f, 'bad type', e)
        if e['name'] not in text: err(f, 'name not in text', e['name'])
        for a in e['aliases']:
            if a not in text: err(f, 'alias not in text', a)
            if a == e['name']: err(f, 'alias == name', a)
        if e.get('note', '').startswith('related') and e['note'] != 'related-teaser': err(f, 'bad note', e)
    allnames = collections.Counter(n for e in d['entities'] for n in [e['name']] + e['aliases'])
    for n, c in allnames.items():
        if c > 1: err(f, 'surface form used twice', n)
    for a in d['authors']:
        if a not in ents or ents[a]['type'] != 'Person': err(f, 'author not a Person entity', a)
        if not any(r['relation'] == 'reportedBy' and r['tail'] == a for r in d['relations']): err(f, 'author without reportedBy', a)
    seen = set()
    parent = {}
    used = set()
    for r in d['relations']:
        key = (r['head'], r['relation'], r['tail'], r.get('qualifier'))
        if key in seen: err(f, 'duplicate relation', key)
        seen.add(key)
        rel = r['relation']
        if rel not in CON: err(f, 'bad relation', r); continue
        hs, ts = CON[rel]
        if rel == 'reportedBy':
            if r['head'] != f: err(f, 'reportedBy head must be file name', r)
        else:
            if r['head'] not in ents: err(f, 'undeclared head', r['head']); continue
            if ents[r['head']]['type'] not in hs: err(f, 'head type', rel, r['head'], ents[r['head']]['type'])
            used.add(r['head'])
        if r['tail'] not in ents: err(f, 'undeclared tail', r['tail']); continue
        used.add(r['tail'])
        if ents[r['tail']]['type'] not in ts: err(f, 'tail type', rel, r['tail'], ents[r['tail']]['type'])
        if rel == 'holdsPosition' and not r.get('qualifier'): err(f, 'holdsPosition without qualifier', r)
        if rel == 'honoredBy' and not r.get('qualifier'): err(f, 'honoredBy without qualifier', r)
        if r['evidence'] not in sents: err(f, 'evidence is not a normalized sentence', r['evidence'][:40])
        if r.get('note') not in (None, 'related-teaser'): err(f, 'bad relation note', r)
        if rel == 'subsidiaryOf':
            parent.setdefault(r['head'], set()).add(r['tail'])
        if rel == 'holdsPosition':
            if (r['head'], 'worksFor', r['tail'], None) not in {(x['head'], x['relation'], x['tail'], x.get('qualifier')) for x in d['relations']}:
                err(f, 'holdsPosition without worksFor', r['head'], r['tail'])
    # cycles
    def reach(a, b, seen=()):
        return any(p == b or (p not in seen and reach(p, b, seen + (p,))) for p in parent.get(a, ()))
    for a in parent:
        if reach(a, a): err(f, 'subsidiaryOf cycle at', a)
    # teaser consistency: a teaser-only relation may not join two main-text-only facts
    for r in d['relations']:
        for n in (r['head'], r['tail']):
            if n in ents and ents[n].get('note') == 'related-teaser' and r.get('note') != 'related-teaser':
                err(f, 'main relation uses teaser entity', n)
if errs:
    print('\n'.join(errs)); print(len(errs), 'errors'); sys.exit(1)
ne = sum(len(d['entities']) for d in g['documents']); nr = sum(len(d['relations']) for d in g['documents'])
print('OK', len(g['documents']), 'documents,', ne, 'entities,', nr, 'relations')
