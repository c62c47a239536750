"""Build gold.json for dev10 from a compact spec. Evidence is looked up by fragment in the
normalized text (decoded UTF-8/GBK, pinyin (xx) removed, opencc t2s, split at 。！？!? and line ends)."""
import json, re, sys, os
import opencc
HERE = os.path.dirname(os.path.abspath(__file__))
T2S = opencc.OpenCC('t2s')
PY = re.compile(r'\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńň]+)\)')
TYPES = dict(C='Company', P='Person', M='Community', E='Event', L='Place', O='Organization')
RELS = dict(sub='subsidiaryOf', wf='worksFor', hp='holdsPosition', sc='servesCommunity', pi='participatedIn',
            ob='organizedBy', li='locatedIn', hb='honoredBy', rb='reportedBy')

def normalize(path):
    b = open(path, 'rb').read()
    try:
        s = b.decode('utf-8')
    except UnicodeDecodeError:
        s = b.decode('gbk')
    s = PY.sub('', s)
    return T2S.convert(s)

def sentences(text):
    out = []
    for line in text.splitlines():
        for m in re.finditer(r'[^。！？!?]+[。！？!?]*', line):
            t = m.group().strip()
            if t:
                out.append(t)
    return out

DOCS = []
def D(file, title, date, source, authors, ents, rels):
    DOCS.append((file, title, date, source, authors, ents, rels))

def build():
    docs = []
    for file, title, date, source, authors, ents, rels in DOCS:
        sents = sentences(normalize(os.path.join(HERE, file)))
        E = []
        for line in ents.strip().splitlines():
            parts = [p.strip() for p in line.split('|')]
            t, name = parts[0].split(None, 1)
            teaser = t.endswith('*')
            al = [a for a in parts[1].split(',') if a] if len(parts) > 1 else []
            e = {'name': name, 'type': TYPES[t.rstrip('*')], 'aliases': al}
            if len(parts) > 2 and parts[2]:
                e['note'] = parts[2]
            if teaser:
                e['note'] = 'related-teaser'
            E.append(e)
        R = []
        for line in rels.strip().splitlines():
            parts = [p.strip() for p in line.split('>')]
            h, r, t, q, frag = parts
            teaser = r.endswith('*')
            hits = [s for s in sents if frag in s]
            if len(hits) != 1:
                sys.exit(f'{file}: fragment {frag!r} matched {len(hits)} sentences')
            rel = {'head': file if h == '@' else h, 'relation': RELS[r.rstrip('*')], 'tail': t}
            if q:
                rel['qualifier'] = q
            rel['evidence'] = hits[0]
            if teaser:
                rel['note'] = 'related-teaser'
            R.append(rel)
        docs.append({'file': file, 'title': title, 'published': date, 'source': source,
                     'authors': authors, 'entities': E, 'relations': R})
    return {'documents': docs}

exec(open(os.path.join(HERE, 'spec.py'), encoding='utf-8').read())

if __name__ == '__main__':
    g = build()
    json.dump(g, open(os.path.join(HERE, 'gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(g['documents']), 'docs')
