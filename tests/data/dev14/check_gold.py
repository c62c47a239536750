"""Validate gold.json against SCHEMA.md / NOTES.md conventions. Run with /work/main/.venv/bin/python."""
import json, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_gold import load_text, sentences, HERE

TYPES = {'Company', 'Person', 'Community', 'Event', 'Place', 'Organization'}
CON = {  # relation: (head types, tail types, qualifier required)
    'subsidiaryOf': ({'Company'}, {'Company'}, False),
    'worksFor': ({'Person'}, {'Company', 'Organization'}, False),
    'holdsPosition': ({'Person'}, {'Company', 'Organization'}, True),
    'servesCommunity': ({'Person', 'Company', 'Organization'}, {'Community'}, False),
    'participatedIn': ({'Person', 'Company', 'Organization'}, {'Event'}, False),
    'organizedBy': ({'Event'}, {'Company', 'Organization'}, False),
    'locatedIn': ({'Company', 'Community', 'Organization', 'Event'}, {'Place', 'Community'}, False),
    'honoredBy': ({'Person'}, {'Community', 'Organization'}, True),
}
errors, warnings = [], []
def err(m): errors.append(m)

gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
docfiles = [d['file'] for d in gold['documents']]
if sorted(docfiles) != files:
    err('documents %s != files %s' % (docfiles, files))
for d in gold['documents']:
    fn = d['file']
    for k in ('title', 'published', 'source', 'authors', 'entities', 'relations'):
        if k not in d:
            err('%s: missing key %s' % (fn, k))
    text = load_text(fn)
    sents = set(sentences(text))
    if d['title'] and d['title'] not in text:
        err('%s: title not in text' % fn)
    if d['source'] and d['source'] not in text:
        err('%s: source not in text' % fn)
    ents = {}
    surface = collections.Counter()
    for e in d['entities']:
        if e['name'] in ents:
            err('%s: duplicate entity %s' % (fn, e['name']))
        ents[e['name']] = e
        if e['type'] not in TYPES:
            err('%s: bad type %s' % (fn, e))
        if e['name'] not in text:
            warnings.append('%s: canonical not verbatim: %s' % (fn, e['name']))
        for a in e['aliases']:
            if a not in text:
                err('%s: alias %r of %s not in text' % (fn, a, e['name']))
            if a == e['name']:
                err('%s: alias equals name %s' % (fn, a))
        for s in [e['name']] + e['aliases']:
            surface[s] += 1
        if set(e) - {'name', 'type', 'aliases', 'note'}:
            err('%s: extra keys in %s' % (fn, e))
    for s, n in surface.items():
        if n > 1:
            err('%s: surface form %s used by %d entities' % (fn, s, n))
    for a in d['authors']:
        if a not in ents or ents[a]['type'] != 'Person':
            err('%s: author %s not a Person entity' % (fn, a))
    teaser_ents = {n for n, e in ents.items() if e.get('note') == 'related-teaser'}
    seen = set()
    parents = collections.defaultdict(set)
    used = set()
    for r in d['relations']:
        key = (r['head'], r['relation'], r['tail'], r.get('qualifier'))
        if key in seen:
            err('%s: duplicate relation %s' % (fn, key))
        seen.add(key)
        if r['evidence'] not in sents:
            err('%s: evidence is not a whole normalized sentence: %r' % (fn, r['evidence']))
        rel, h, t = r['relation'], r['head'], r['tail']
        used.update([h, t])
        if rel == 'reportedBy':
            if h != fn:
                err('%s: reportedBy head %s' % (fn, h))
            if t not in ents or ents[t]['type'] != 'Person':
                err('%s: reportedBy tail %s' % (fn, t))
            continue
        if rel not in CON:
            err('%s: unknown relation %s' % (fn, rel)); continue
        if h not in ents or t not in ents:
            err('%s: undeclared head/tail %s -> %s' % (fn, h, t)); continue
        hs, ts, q = CON[rel]
        if ents[h]['type'] not in hs or ents[t]['type'] not in ts:
            err('%s: type constraint %s(%s) %s %s(%s)' % (fn, h, ents[h]['type'], rel, t, ents[t]['type']))
        if q and not r.get('qualifier'):
            err('%s: %s needs qualifier: %s' % (fn, rel, key))
        if (h in teaser_ents or t in teaser_ents) and r.get('note') != 'related-teaser':
            err('%s: relation on teaser entity not marked: %s' % (fn, key))
        if rel == 'subsidiaryOf':
            parents[h].add(t)
    # cycles
    def reach(a, b, stack=()):
        return any(p == b or (p not in stack and reach(p, b, stack + (p,))) for p in parents[a])
    for c in list(parents):
        if reach(c, c):
            err('%s: subsidiaryOf cycle at %s' % (fn, c))
    unrelated = [n for n in ents if n not in used]
    if unrelated:
        warnings.append('%s: entities with no relation: %s' % (fn, ', '.join(unrelated)))

for w in warnings:
    print('WARN', w)
for e in errors:
    print('ERROR', e)
print('%d documents, %d errors, %d warnings' % (len(gold['documents']), len(errors), len(warnings)))
sys.exit(1 if errors else 0)
