"""Build gold.json from the compact spec in spec.py.

Spec per document: header fields, ENT lines `name|type|aliases(comma)|note`, REL lines
`head|relation|tail|qualifier|fragment`. A leading `T ` marks a related-teaser entry.
`@` as head = the document file name. The evidence is the normalized sentence that contains
the fragment (error if none)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import normalize  # noqa: E402
from spec import DOCS  # noqa: E402


def build():
    docs = []
    errors = []
    for d in DOCS:
        fn = d['file']
        text = normalize.load(os.path.join(HERE, fn))
        sents = normalize.sentences(text)
        ents, rels = [], []
        for line in d['ents'].strip().split('\n'):
            line = line.strip()
            if not line:
                continue
            teaser = line.startswith('T ')
            if teaser:
                line = line[2:]
            parts = line.split('|') + [''] * 4
            name, typ, al, note = parts[:4]
            e = {'name': name, 'type': typ,
                 'aliases': [a for a in al.split(',') if a]}
            if teaser:
                e['note'] = 'related-teaser'
            elif note:
                e['note'] = note
            ents.append(e)
        for line in d['rels'].strip().split('\n'):
            line = line.strip()
            if not line:
                continue
            teaser = line.startswith('T ')
            if teaser:
                line = line[2:]
            parts = line.split('|')
            if len(parts) != 5:
                errors.append(f'{fn}: bad rel line {line}')
                continue
            h, r, t, q, frag = parts
            if h == '@':
                h = fn
            hits = [s for s in sents if frag in s]
            if not hits:
                errors.append(f'{fn}: fragment not found: {frag}')
                continue
            rel = {'head': h, 'relation': r, 'tail': t}
            if q:
                rel['qualifier'] = q
            rel['evidence'] = hits[0]
            if teaser:
                rel['note'] = 'related-teaser'
            rels.append(rel)
        docs.append({'file': fn, 'title': d['title'], 'published': d['published'],
                     'source': d['source'], 'authors': d['authors'],
                     'entities': ents, 'relations': rels})
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, 'gold.json'), 'w', encoding='utf-8') as f:
        json.dump({'documents': docs}, f, ensure_ascii=False, indent=1)
    print('wrote', len(docs), 'documents')


if __name__ == '__main__':
    build()
