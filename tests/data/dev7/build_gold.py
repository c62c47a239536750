"""Build gold.json from the compact spec (spec1-4.py): evidence = the whole normalized sentence containing a fragment."""
import json, os, re, sys
import opencc
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import spec1, spec2, spec3, spec4  # noqa: E401  (spec2-4 register into spec1.DOCS)
T2S = opencc.OpenCC('t2s')
S2T = opencc.OpenCC('s2t')
PINYIN = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)')

def normalized(fname):
    raw = open(os.path.join(HERE, fname), 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('gbk')
    text = PINYIN.sub('', text)
    return T2S.convert(text)

def sentences(text):
    out = []
    for line in text.split('\n'):
        for m in re.finditer(r'[^。！？!?]+[。！？!?]*', line):
            s = m.group(0).strip()
            if s:
                out.append(s)
    return out

def fw(s):
    return ''.join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in s)

def find(sents, frag):
    for f in (frag, T2S.convert(S2T.convert(frag)), fw(frag)):
        hits = [s for s in sents if f in s]
        if hits:
            return hits[0]
    raise SystemExit(f'fragment not found: {frag!r}')

def build():
    docs = []
    for d in spec1.DOCS:
        text = normalized(d['file'])
        sents = sentences(text)
        ents = []
        for line in d['E'].strip().splitlines():
            parts = line.split('|')
            name, typ, aliases, note = (parts + ['', '', '', ''])[:4]
            e = {'name': name, 'type': typ, 'aliases': [a for a in aliases.split(';') if a]}
            if note:
                e['note'] = note
            if len(parts) > 4 and parts[4]:
                e['note'] = parts[4]  # related-teaser marker replaces the free note
            ents.append(e)
        rels = []
        for line in d['R'].strip().splitlines():
            parts = line.split('|')
            head, rel, tail, qual, frag = parts[:5]
            r = {'head': head, 'relation': rel, 'tail': tail}
            if qual:
                r['qualifier'] = qual
            r['evidence'] = find(sents, frag)
            if len(parts) > 5 and parts[5]:
                r['note'] = parts[5]
            rels.append(r)
        docs.append({'file': d['file'], 'title': d['title'], 'published': d['published'],
                     'source': d['source'], 'authors': d['authors'], 'entities': ents, 'relations': rels})
    return docs

if __name__ == '__main__':
    docs = build()
    json.dump({'documents': docs}, open(os.path.join(HERE, 'gold.json'), 'w', encoding='utf-8'),
              ensure_ascii=False, indent=1)
    print(len(docs), 'documents', sum(len(d['entities']) for d in docs), 'entities',
          sum(len(d['relations']) for d in docs), 'relations')
