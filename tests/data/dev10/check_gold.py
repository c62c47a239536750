"""Validate dev10 gold.json against SCHEMA.md rules and the normalized article texts."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.dirname(os.path.abspath(__file__))
import re, opencc
T2S = opencc.OpenCC('t2s')
PY = re.compile(r'\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńň]+)\)')

def normalize(path):
    b = open(path, 'rb').read()
    try:
        s = b.decode('utf-8')
    except UnicodeDecodeError:
        s = b.decode('gbk')
    return T2S.convert(PY.sub('', s))

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
errs, warns = [], []
g = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
for d in g['documents']:
    f = d['file']
    for k in ('file', 'title', 'published', 'source', 'authors', 'entities', 'relations'):
        if k not in d: errs.append(f'{f}: missing key {k}')
    text = normalize(os.path.join(HERE, f))
    ents = {}
    for e in d['entities']:
        if e['name'] in ents: errs.append(f'{f}: duplicate entity {e["name"]}')
        ents[e['name']] = e
        if e['type'] not in TYPES: errs.append(f'{f}: bad type {e}')
        if e['name'] not in text: warns.append(f'{f}: canonical not in text (constructed): {e["name"]}')
        for a in e['aliases']:
            if a not in text: errs.append(f'{f}: alias {a!r} of {e["name"]} not in text')
            if a in ents or a == e['name']: errs.append(f'{f}: alias {a!r} equals a name')
    allal = [a for e in d['entities'] for a in e['aliases']]
    if len(allal) != len(set(allal)): errs.append(f'{f}: alias used twice')
    for a in d['authors']:
        if ents.get(a, {}).get('type') != 'Person': errs.append(f'{f}: author {a} not a Person')
    if d['title'] and d['title'] not in text: errs.append(f'{f}: title not in text')
    seen = set(); parent = {}
    for r in d['relations']:
        h, rel, t = r['head'], r['relation'], r['tail']
        key = (h, rel, t, r.get('qualifier'))
        if key in seen: errs.append(f'{f}: duplicate relation {key}')
        seen.add(key)
        if rel not in CON: errs.append(f'{f}: bad relation {rel}'); continue
        hs, ts = CON[rel]
        if rel == 'reportedBy':
            if h != f: errs.append(f'{f}: reportedBy head {h}')
        elif h not in ents: errs.append(f'{f}: head undeclared {h}')
        elif ents[h]['type'] not in hs: errs.append(f'{f}: head type {h} {ents[h]["type"]} for {rel}')
        if t not in ents: errs.append(f'{f}: tail undeclared {t}')
        elif ents[t]['type'] not in ts: errs.append(f'{f}: tail type {t} {ents[t]["type"]} for {rel}')
        if r['evidence'] not in text: errs.append(f'{f}: evidence not verbatim: {r["evidence"]}')
        if rel == 'holdsPosition' and not r.get('qualifier'): errs.append(f'{f}: holdsPosition without title {h}')
        if rel == 'honoredBy' and not r.get('qualifier'): errs.append(f'{f}: honoredBy without award {h}')
        teaser_ent = any(ents.get(x, {}).get('note') == 'related-teaser' for x in (h, t))
        if teaser_ent and r.get('note') != 'related-teaser': errs.append(f'{f}: teaser entity in non-teaser relation {key}')
        if rel == 'subsidiaryOf': parent.setdefault(h, []).append(t)
    def cyc(n, path):
        for p in parent.get(n, []):
            if p in path: return True
            if cyc(p, path | {p}): return True
        return False
    for n in parent:
        if cyc(n, {n}): errs.append(f'{f}: subsidiaryOf cycle at {n}')
    names = {r['head'] for r in d['relations']} | {r['tail'] for r in d['relations']}
    for n in ents:
        if n not in names: warns.append(f'{f}: entity without relation: {n}')
for w in warns: print('WARN', w)
for e in errs: print('ERROR', e)
print(f'{len(g["documents"])} docs, {sum(len(d["entities"]) for d in g["documents"])} entities, '
      f'{sum(len(d["relations"]) for d in g["documents"])} relations, {len(errs)} errors')
sys.exit(1 if errs else 0)
