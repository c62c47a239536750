"""Build gold.json from the compact spec in spec_*.py.
Entity line:   name | Type | alias1;alias2 | note | T (T = related-teaser only)
Relation line: head | relation | tail | qualifier | evidence fragment | T
head '@' = the document's file name.  Evidence = the whole normalized sentence containing the fragment.
Run with /work/main/.venv/bin/python (needs opencc)."""
import json, os, re, sys, glob, importlib.util
import opencc
HERE = os.path.dirname(os.path.abspath(__file__))
t2s = opencc.OpenCC('t2s')
PINYIN_RE = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)')

def load_text(fn):
    raw = open(os.path.join(HERE, fn), 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('gbk')
    text = PINYIN_RE.sub('', text)
    return t2s.convert(text)

def sentences(text):
    out = []
    for line in text.splitlines():
        for s in re.findall(r'[^。！？!?]*[。！？!?]|[^。！？!?]+$', line):
            s = s.strip(' \t\u3000')
            if s:
                out.append(s)
    return out

def find_sentence(sents, frag, fn):
    hits = [s for s in sents if frag in s]
    if not hits:
        sys.exit('%s: fragment not found: %r' % (fn, frag))
    if len(hits) > 1 and len(set(hits)) > 1:
        sys.exit('%s: fragment ambiguous: %r -> %r' % (fn, frag, hits))
    return hits[0]

def build_doc(d):
    fn = d['file']
    text = load_text(fn)
    sents = sentences(text)
    ents, rels = [], []
    for line in d['E'].strip().splitlines():
        p = [x.strip() for x in line.split('|')] + [''] * 5
        e = {'name': p[0], 'type': p[1], 'aliases': [a for a in p[2].split(';') if a]}
        if p[3]:
            e['note'] = p[3]
        if p[4] == 'T':
            e['note'] = 'related-teaser'
        ents.append(e)
    for line in d['R'].strip().splitlines():
        p = [x.strip() for x in line.split('|')] + [''] * 6
        r = {'head': fn if p[0] == '@' else p[0], 'relation': p[1], 'tail': p[2]}
        if p[3]:
            r['qualifier'] = p[3]
        r['evidence'] = find_sentence(sents, p[4], fn)
        if p[5] == 'T':
            r['note'] = 'related-teaser'
        rels.append(r)
    return {'file': fn, 'title': d['title'], 'published': d['published'], 'source': d['source'],
            'authors': d['authors'], 'entities': ents, 'relations': rels}

def main():
    docs = []
    for path in sorted(glob.glob(os.path.join(HERE, 'spec_*.py'))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        docs.extend(build_doc(d) for d in mod.DOCS)
    docs.sort(key=lambda d: d['file'])
    json.dump({'documents': docs}, open(os.path.join(HERE, 'gold.json'), 'w', encoding='utf-8'),
              ensure_ascii=False, indent=1)
    print('documents', len(docs), 'entities', sum(len(d['entities']) for d in docs),
          'relations', sum(len(d['relations']) for d in docs))

if __name__ == '__main__':
    main()
