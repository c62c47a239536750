"""Print each article sentence by sentence with the gold relations that cite it (for the manual re-read).
Usage: /work/main/.venv/bin/python review_gold.py aa01 aa02 ..."""
import sys, json
sys.path.insert(0,'.')
from norm import normalize, sentences
g=json.load(open('gold.json'))
for d in g['documents']:
    if not any(k in d['file'] for k in sys.argv[1:]): continue
    print('=====', d['file'])
    print('ENT:', '; '.join(f"{e['name']}[{e['type'][:3]}]" for e in d['entities']))
    by={}
    for r in d['relations']: by.setdefault(r['evidence'],[]).append(r)
    for s in sentences(normalize(d['file'])):
        print('  S:', s)
        for r in by.get(s,[]): print('      ->', r['head'], r['relation'], r['tail'], r.get('qualifier',''))
