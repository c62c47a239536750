"""Validate dev5/gold.json against SCHEMA.md. Run with /work/main/.venv/bin/python (needs opencc)."""
import json, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_gold import normalize, HERE

TYPES = {'Company', 'Person', 'Community', 'Event', 'Place', 'Organization'}
CO = {'Company', 'Organization'}
PCO = {'Person', 'Company', 'Organization'}
RULES = {
    'subsidiaryOf': ({'Company'}, {'Company'}),
    'worksFor': ({'Person'}, CO),
    'holdsPosition': ({'Person'}, CO),
    'servesCommunity': (PCO, {'Community'}),
    'participatedIn': (PCO, {'Event'}),
    'organizedBy': ({'Event'}, CO),
    'locatedIn': ({'Company', 'Community', 'Organization', 'Event'}, {'Place', 'Community'}),
    'honoredBy': ({'Person'}, {'Community', 'Organization'}),
    'reportedBy': (None, {'Person'}),
}
CONSTRUCTED = {'光明驿站志愿服务', '猇亭220千伏变电站投运', '厦门马拉松保电', '迎峰度夏保供电专项行动',
               '电靓春耕 党旗飘扬主题党日活动', '暖心电管家志愿服务队', '芜湖供电“红马甲”共产党员服务队',
               '电力网格进社区专项行动', '世界遗产大会保电', '桐梓县农村电网巩固提升工程'}

def main():
    gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
    errs = []
    files = set()
    for d in gold['documents']:
        f = d['file']; files.add(f)
        for k in ('file', 'title', 'published', 'source', 'authors', 'entities', 'relations'):
            if k not in d: errs.append(f'{f}: missing key {k}')
        text = normalize(os.path.join(HERE, f))
        names = Counter(e['name'] for e in d['entities'])
        for n, c in names.items():
            if c > 1: errs.append(f'{f}: duplicate entity {n}')
        allforms = Counter()
        for e in d['entities']:
            allforms[e['name']] += 1
            for a in e['aliases']: allforms[a] += 1
        for n, c in allforms.items():
            if c > 1: errs.append(f'{f}: surface form used twice: {n}')
        etype = {e['name']: e['type'] for e in d['entities']}
        for e in d['entities']:
            if e['type'] not in TYPES: errs.append(f'{f}: bad type {e}')
            if e['name'] not in text and e['name'] not in CONSTRUCTED:
                errs.append(f'{f}: name not in text: {e["name"]}')
            for a in e['aliases']:
                if a not in text: errs.append(f'{f}: alias not in text: {a}')
        for a in d['authors']:
            if etype.get(a) != 'Person': errs.append(f'{f}: author not a Person entity: {a}')
        seen = set()
        parent = {}
        for r in d['relations']:
            key = (r['head'], r['relation'], r['tail'], r.get('qualifier'))
            if key in seen: errs.append(f'{f}: duplicate relation {key}')
            seen.add(key)
            rel = r['relation']
            if rel not in RULES: errs.append(f'{f}: bad relation {rel}'); continue
            hs, ts = RULES[rel]
            if rel == 'reportedBy':
                if r['head'] != f: errs.append(f'{f}: reportedBy head {r["head"]}')
            elif r['head'] not in etype: errs.append(f'{f}: undeclared head {r["head"]}')
            elif etype[r['head']] not in hs: errs.append(f'{f}: head type {key} {etype[r["head"]]}')
            if r['tail'] not in etype: errs.append(f'{f}: undeclared tail {r["tail"]}')
            elif etype[r['tail']] not in ts: errs.append(f'{f}: tail type {key} {etype[r["tail"]]}')
            if rel == 'locatedIn' and r['head'] in etype and r['tail'] in etype:
                if etype[r['tail']] == 'Community' and etype[r['head']] != 'Community':
                    errs.append(f'{f}: only Community->Community allowed: {key}')
            if rel == 'holdsPosition' and not r.get('qualifier'):
                errs.append(f'{f}: holdsPosition without qualifier {key}')
            if rel == 'honoredBy' and not r.get('qualifier'):
                errs.append(f'{f}: honoredBy without qualifier {key}')
            if r['evidence'] not in text: errs.append(f'{f}: evidence not verbatim: {r["evidence"]}')
            if rel == 'subsidiaryOf': parent.setdefault(r['head'], []).append(r['tail'])
        # cycles
        def cyc(n, path):
            for p in parent.get(n, []):
                if p in path or cyc(p, path | {p}): return True
            return False
        for n in parent:
            if cyc(n, {n}): errs.append(f'{f}: subsidiaryOf cycle at {n}')
    disk = {x for x in os.listdir(HERE) if x.endswith('.txt')}
    if disk != files: errs.append(f'files on disk vs gold differ: {disk ^ files}')
    for e in errs: print('ERROR', e)
    n_e = sum(len(d['entities']) for d in gold['documents'])
    n_r = sum(len(d['relations']) for d in gold['documents'])
    print(f'{len(gold["documents"])} documents, {n_e} entities, {n_r} relations, {len(errs)} errors')
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
