"""Build gold.json from the compact spec in spec_a/b/c.py.
Entity line: name|Type|alias1,alias2|note   (note 'T' = related-teaser)
Relation line: head|relation|tail|qualifier|fragment[|T]   (head '@' = the document file)
Evidence = the first normalized sentence that contains the fragment (warning if several do)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from normtext import load, sentences
import spec_a, spec_b, spec_c  # noqa: F401  (spec_b/c append to spec_a.DOCS)

def build():
    docs = []
    for d in spec_a.DOCS:
        text = load(os.path.join(here, d['file']))
        sents = sentences(text)
        lines = text.splitlines()
        ents = []
        for ln in d['E'].strip().splitlines():
            name, typ, al, note = (ln.split('|') + [''] * 4)[:4]
            e = {'name': name, 'type': typ, 'aliases': [a for a in al.split(',') if a]}
            if note == 'T':
                e['note'] = 'related-teaser'
            elif note:
                e['note'] = note
            ents.append(e)
        rels = []
        for ln in d['R'].strip().splitlines():
            parts = ln.split('|')
            head, rel, tail, qual, frag = parts[:5]
            teaser = len(parts) > 5 and parts[5] == 'T'
            hits = [s for s in sents if frag in s]
            if not hits:
                raise SystemExit('%s: fragment not found: %s' % (d['file'], frag))
            if len(hits) > 1:
                print('WARN %s: fragment in %d sentences: %s' % (d['file'], len(hits), frag))
            r = {'head': d['file'] if head == '@' else head, 'relation': rel, 'tail': tail}
            if qual:
                r['qualifier'] = qual
            r['evidence'] = hits[0]
            if teaser:
                r['note'] = 'related-teaser'
            rels.append(r)
        docs.append({'file': d['file'], 'title': lines[1].strip(), 'published': d['published'],
                     'source': d['source'], 'authors': d['authors'], 'entities': ents, 'relations': rels})
    return {'documents': docs}

if __name__ == '__main__':
    g = build()
    json.dump(g, open(os.path.join(here, 'gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('documents', len(g['documents']))
