"""Checks gold.json: loads, declared heads/tails, type constraints, verbatim evidence
in the simplified pinyin-free text, no duplicate names, no subsidiaryOf cycles."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))

def normalized(path):
    text = open(path, encoding='utf-8').read()
    text = re.sub(r'\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)', '', text)  # drop pinyin 業(yè)
    try:
        import opencc
        text = opencc.OpenCC('t2s').convert(text)
    except ImportError:
        sys.exit('opencc needed: run with /work/main/.venv/bin/python')
    return text

ORG = {'Company', 'Organization'}
ALLOWED = {
    'subsidiaryOf': ({'Company'}, {'Company'}),
    'worksFor': ({'Person'}, ORG), 'holdsPosition': ({'Person'}, ORG),
    'servesCommunity': ({'Person', 'Company', 'Organization'}, {'Community'}),
    'participatedIn': ({'Person', 'Company', 'Organization'}, {'Event'}),
    'organizedBy': ({'Event'}, ORG),
    'locatedIn': ({'Company', 'Community', 'Organization', 'Event'}, {'Place', 'Community'}),
    'honoredBy': ({'Person'}, {'Community', 'Organization', 'Company'}),
    'reportedBy': ({'DOC'}, {'Person'}),
}
TYPES = {'Company', 'Person', 'Community', 'Event', 'Place', 'Organization'}

def main():
    gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
    errors = []
    for d in gold['documents']:
        f = d['file']; text = normalized(os.path.join(HERE, f))
        types = {}
        for e in d['entities']:
            if e['name'] in types: errors.append(f'{f}: duplicate {e["name"]}')
            if e['type'] not in TYPES: errors.append(f'{f}: bad type {e}')
            types[e['name']] = e['type']
            if e['name'] not in text and not any(a in text for a in e['aliases']):
                print(f'note {f}: constructed name {e["name"]}')
            for a in e['aliases']:
                if a not in text: errors.append(f'{f}: alias {a} not in text')
        for a in d['authors']:
            if a not in types: errors.append(f'{f}: author {a} not declared')
        parent = {}
        for r in d['relations']:
            rel = r['relation']
            if rel not in ALLOWED: errors.append(f'{f}: bad relation {r}'); continue
            ht = 'DOC' if r['head'] == f else types.get(r['head'])
            tt = types.get(r['tail'])
            if ht is None or tt is None: errors.append(f'{f}: undeclared {r["head"]} / {r["tail"]}'); continue
            hs, ts = ALLOWED[rel]
            if ht not in hs or tt not in ts: errors.append(f'{f}: type {ht}-{rel}-{tt}: {r["head"]} {r["tail"]}')
            if r['evidence'] not in text: errors.append(f'{f}: evidence not verbatim: {r["evidence"]}')
            if rel == 'subsidiaryOf': parent.setdefault(r['head'], set()).add(r['tail'])
        for start in parent:
            seen, stack = set(), [start]
            while stack:
                for p in parent.get(stack.pop(), ()):
                    if p == start: errors.append(f'{f}: subsidiaryOf cycle at {start}')
                    elif p not in seen: seen.add(p); stack.append(p)
    for e in errors: print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} errors')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
