"""Validate gold.json against SCHEMA.md rules and the normalized article texts."""
import json, sys, os
from build_gold import normalize, sentences
TYPES = {'Company','Person','Community','Event','Place','Organization'}
CON = {
 'subsidiaryOf': ({'Company'}, {'Company'}),
 'worksFor': ({'Person'}, {'Company','Organization'}),
 'holdsPosition': ({'Person'}, {'Company','Organization'}),
 'servesCommunity': ({'Person','Company','Organization'}, {'Community'}),
 'participatedIn': ({'Person','Company','Organization'}, {'Event'}),
 'organizedBy': ({'Event'}, {'Company','Organization'}),
 'locatedIn': ({'Company','Community','Organization','Event'}, {'Place','Community'}),
 # deviation (see README): awards given by a company are also recorded
 'honoredBy': ({'Person'}, {'Community','Organization','Company'}),
}
g = json.load(open('gold.json', encoding='utf-8'))
errs = []; nE = nR = 0
for d in g['documents']:
    f = d['file']
    if not os.path.exists(f): errs.append(f'{f}: missing file'); continue
    text = normalize(f); sents = set(sentences(text))
    names = {}
    for e in d['entities']:
        nE += 1
        if e['name'] in names: errs.append(f"{f}: duplicate {e['name']}")
        names[e['name']] = e['type']
        if e['type'] not in TYPES: errs.append(f"{f}: bad type {e}")
        if e['name'] not in text: errs.append(f"{f}: name not in text: {e['name']}")
        for a in e['aliases']:
            if a not in text: errs.append(f"{f}: alias not in text: {a}")
    for a in d['authors']:
        if names.get(a) != 'Person': errs.append(f'{f}: author not a Person: {a}')
    parents = {}
    seen = set()
    for r in d['relations']:
        nR += 1
        key = (r['head'], r['relation'], r['tail'], r.get('qualifier'))
        if key in seen: errs.append(f'{f}: duplicate relation {key}')
        seen.add(key)
        if r['evidence'] not in sents or r['evidence'] not in text: errs.append(f"{f}: evidence not a sentence: {r['evidence']}")
        if r['relation'] == 'reportedBy':
            if r['head'] != f: errs.append(f'{f}: reportedBy head {r["head"]}')
            if names.get(r['tail']) != 'Person': errs.append(f'{f}: reportedBy tail {r["tail"]}')
            continue
        if r['relation'] not in CON: errs.append(f'{f}: bad relation {r}'); continue
        ht, tt = names.get(r['head']), names.get(r['tail'])
        if ht is None or tt is None: errs.append(f'{f}: undeclared {key}'); continue
        H, T = CON[r['relation']]
        if ht not in H or tt not in T: errs.append(f'{f}: type violation {key} {ht}->{tt}')
        if r['relation'] in ('holdsPosition', 'honoredBy') and not r.get('qualifier'): errs.append(f'{f}: no qualifier {key}')
        if r['relation'] == 'subsidiaryOf': parents.setdefault(r['head'], set()).add(r['tail'])
    # cycles
    def reach(a, b, seen=()):
        return any(p == b or (p not in seen and reach(p, b, seen + (p,))) for p in parents.get(a, ()))
    for h in parents:
        if reach(h, h): errs.append(f'{f}: subsidiaryOf cycle at {h}')
print('\n'.join(errs) if errs else f'OK: {len(g["documents"])} documents, {nE} entities, {nR} relations')
sys.exit(1 if errs else 0)
