# Validates gold.json against SCHEMA.md rules and the normalized article texts.
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from norm import load
here = os.path.dirname(os.path.abspath(__file__))
g = json.load(open(os.path.join(here, 'gold.json'), encoding='utf-8'))
TYPES = {'Company','Person','Community','Event','Place','Organization'}
CON = {'subsidiaryOf': ({'Company'}, {'Company'}), 'worksFor': ({'Person'}, {'Company','Organization'}),
       'holdsPosition': ({'Person'}, {'Company','Organization'}),
       'servesCommunity': ({'Person','Company','Organization'}, {'Community'}),
       'participatedIn': ({'Person','Company','Organization'}, {'Event'}),
       'organizedBy': ({'Event'}, {'Company','Organization'}),
       'locatedIn': ({'Company','Community','Organization','Event'}, {'Place','Community'}),
       'honoredBy': ({'Person'}, {'Community','Organization'}), 'reportedBy': (None, {'Person'})}
errs = []; ne = nr = 0
for d in g['documents']:
    fn = d['file']; text = load(os.path.join(here, fn))
    for k in ('title','published','source','authors','entities','relations'): assert k in d, (fn, k)
    if d['title'] and d['title'] not in text: errs.append(f'{fn}: title not in text')
    names = {}
    for e in d['entities']:
        ne += 1
        if e['type'] not in TYPES: errs.append(f'{fn}: bad type {e}')
        if e['name'] in names: errs.append(f'{fn}: duplicate {e["name"]}')
        names[e['name']] = e['type']
        if e['name'] not in text and not e.get('note','').startswith('constructed'): errs.append(f'{fn}: name not in text {e["name"]}')
        for a in e['aliases']:
            if a not in text: errs.append(f'{fn}: alias not in text {a}')
            if a in names: errs.append(f'{fn}: alias equals a name {a}')
    for a in d['authors']:
        if names.get(a) != 'Person': errs.append(f'{fn}: author not a Person {a}')
    seen = set(); parent = {}
    for r in d['relations']:
        nr += 1
        h, rel, t = r['head'], r['relation'], r['tail']
        if rel not in CON: errs.append(f'{fn}: bad relation {rel}'); continue
        key = (h, rel, t, r.get('qualifier'))
        if key in seen: errs.append(f'{fn}: duplicate relation {key}')
        seen.add(key)
        hs, ts = CON[rel]
        if rel == 'reportedBy':
            if h != fn: errs.append(f'{fn}: reportedBy head {h}')
        elif names.get(h) not in hs: errs.append(f'{fn}: head {h} ({names.get(h)}) bad for {rel}')
        if names.get(t) not in ts: errs.append(f'{fn}: tail {t} ({names.get(t)}) bad for {rel}')
        if r['evidence'] not in text: errs.append(f'{fn}: evidence not verbatim {r["evidence"][:30]}')
        if rel in ('worksFor', 'holdsPosition', 'participatedIn', 'servesCommunity', 'locatedIn', 'honoredBy') and h != fn:
            pass
        if rel == 'holdsPosition' and not r.get('qualifier'): errs.append(f'{fn}: holdsPosition without title {h}')
        if rel == 'subsidiaryOf': parent.setdefault(h, set()).add(t)
        if r.get('note', 'related-teaser') != 'related-teaser': errs.append(f'{fn}: bad note')
    # subsidiaryOf cycles
    def reach(a, b, seen=()):
        return any(p == b or (p not in seen and reach(p, b, seen + (p,))) for p in parent.get(a, ()))
    for c in parent:
        if reach(c, c): errs.append(f'{fn}: subsidiaryOf cycle at {c}')
    # every entity except authors/editors should appear; persons should have a relation (warning only)
    used = {x for r in d['relations'] for x in (r['head'], r['tail'])}
    for n in names:
        if n not in used: print(f'note {fn}: no relation for {n}')
print('\n'.join(errs) if errs else f'OK: {len(g["documents"])} docs, {ne} entities, {nr} relations')
sys.exit(1 if errs else 0)
