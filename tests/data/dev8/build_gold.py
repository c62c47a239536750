"""Build gold.json from spec.py: evidence = the whole normalized sentence containing a fragment."""
import json, os, re, sys
import opencc
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from spec import DOCS
t2s = opencc.OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)')

def normalized(fname):
    b = open(os.path.join(HERE, fname), 'rb').read()
    try:
        s = b.decode('utf-8')
    except UnicodeDecodeError:
        s = b.decode('gbk')
    return t2s.convert(PY.sub('', s))

def sentences(text):
    return [m.group(0).strip() for m in re.finditer(r'[^。！？!?\n]+[。！？!?]?', text) if m.group(0).strip()]

BOUND = ('公司', '局', '站', '场', '所', '中心', '国网')
OVERRIDE = {'佛山禅城供电局市场营销部': '禅城供电局市场营销部'}
PARTY = ('党委', '党总支', '党支部', '团委')

def canonicalize(ents, rels, text, fname, problems):
    """NOTES.md: canonical = fullest form in the text.  Spec names may carry the organisational
    parent as a prefix; cut them back to the longest suffix found in the text.  Party/youth
    committees that the text names only as 公司党委/集团党委 are dropped and their titles moved to
    the company (党委书记 -> company), as in the seeds."""
    rename, drop = {}, {}
    byname = {e['name']: e for e in ents}
    alias2 = {a: e['name'] for e in ents for a in e['aliases']}
    for e in ents:
        n = e['name']
        if n in text or e['type'] in ('Event', 'Person', 'Place'):
            continue
        cuts = [i for i in range(1, len(n)) if n[:i].endswith(BOUND)]
        suf = OVERRIDE.get(n) or next((n[i:] for i in cuts if n[i:] in text and len(n) - i >= 2), None)
        if e['type'] == 'Organization' and n.endswith(PARTY) and (suf is None or suf in PARTY or suf.startswith(('公司', '分公司', '集团'))):
            p = next(x for x in PARTY if n.endswith(x))
            parent = n[:-len(p)]
            parent = alias2.get(parent, parent)
            if parent not in byname:
                problems.append(f'{fname}: no parent for {n}'); continue
            drop[n] = (parent, p)
            continue
        if suf:
            rename[n] = suf
            e['aliases'] = [a for a in e['aliases'] if a != suf]
            e.setdefault('note', '')
            e['note'] = (e['note'] + '; ' if e['note'] else '') + 'spec name: ' + n
            e['name'] = suf
    ents = [e for e in ents if e['name'] not in drop]
    new, seen = [], set()
    for r in rels:
        r['head'] = rename.get(r['head'], r['head']); r['tail'] = rename.get(r['tail'], r['tail'])
        if r['tail'] in drop:
            parent, p = drop[r['tail']]
            r['tail'] = parent
            if r['relation'] == 'holdsPosition':
                r['qualifier'] = p + r.get('qualifier', '')
        k = (r['head'], r['relation'], r['tail'], r.get('qualifier'))
        if k in seen: continue
        seen.add(k); new.append(r)
    return ents, new

def main():
    out, problems = [], []
    for d in DOCS:
        text = normalized(d['file'])
        sents = sentences(text)
        ents, seen = [], set()
        for line in d['E'].strip().splitlines():
            name, typ, al, note = (line.split('|') + ['', '', ''])[:4]
            e = {'name': name, 'type': typ, 'aliases': [a for a in al.split(',') if a]}
            if note.startswith('teaser'):
                e['note'] = 'related-teaser'
            elif note:
                e['note'] = note
            ents.append(e)
        rels, rseen = [], set()
        for line in d['R'].strip().splitlines():
            parts = line.split('|')
            # '|' inside an evidence fragment (page chrome) is rejoined
            h, r, t, q = parts[:4]
            frag, note = '|'.join(parts[4:]), ''
            if frag.endswith('|related-teaser'):
                frag, note = frag[:-len('|related-teaser')], 'related-teaser'
            if h == '@': h = d['file']
            key = (h, r, t, q)
            if key in rseen:
                problems.append(f"{d['file']}: duplicate {key}"); continue
            rseen.add(key)
            hits = [s for s in sents if frag in s]
            if not hits:
                problems.append(f"{d['file']}: fragment not found: {frag!r}"); continue
            rel = {'head': h, 'relation': r, 'tail': t}
            if q: rel['qualifier'] = q
            rel['evidence'] = hits[0]
            if note: rel['note'] = note
            rels.append(rel)
        ents, rels = canonicalize(ents, rels, text, d['file'], problems)
        out.append({'file': d['file'], 'title': d['title'], 'published': d['published'],
                    'source': d['source'], 'authors': d['authors'], 'entities': ents, 'relations': rels})
    json.dump({'documents': out}, open(os.path.join(HERE, 'gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    for p in problems: print('PROBLEM', p)
    print(len(out), 'documents,', sum(len(x['entities']) for x in out), 'entities,', sum(len(x['relations']) for x in out), 'relations')

if __name__ == '__main__':
    main()
