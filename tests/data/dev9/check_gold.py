# validates gold.json against SCHEMA.md constraints and the normalized texts
import json, os, sys
from common import read_norm, sentences
G=json.load(open('gold.json',encoding='utf-8'))
T={'subsidiaryOf':({'Company'},{'Company'}),'worksFor':({'Person'},{'Company','Organization'}),'holdsPosition':({'Person'},{'Company','Organization'}),
'servesCommunity':({'Person','Company','Organization'},{'Community'}),'participatedIn':({'Person','Company','Organization'},{'Event'}),
'organizedBy':({'Event'},{'Company','Organization'}),'locatedIn':({'Company','Community','Organization','Event'},{'Place','Community'}),
'honoredBy':({'Person'},{'Community','Organization'}),'reportedBy':(None,{'Person'})}
TYPES={'Company','Person','Community','Event','Place','Organization'}
err=0
def bad(*a):
    global err; err+=1; print('ERROR',*a)
for d in G['documents']:
    f=d['file']
    if not os.path.exists(f): bad(f,'missing file'); continue
    norm=read_norm(f); sents=set(sentences(norm))
    for k in ('title','published','source','authors','entities','relations'):
        if k not in d: bad(f,'missing key',k)
    types={}
    for e in d['entities']:
        if e['name'] in types: bad(f,'duplicate',e['name'])
        types[e['name']]=e['type']
        if e['type'] not in TYPES: bad(f,'type',e)
        if e['name'] not in norm and not (e['type']=='Event' and 'constructed' in e.get('note','')): bad(f,'name not in text',e['name'])
        for a in e['aliases']:
            if a not in norm: bad(f,'alias not in text',a)
            if a in types or a==e['name']: bad(f,'alias clash',a)
    allal={a for e in d['entities'] for a in e['aliases']}
    if allal & set(types): bad(f,'alias equals a name',allal & set(types))
    for a in d['authors']:
        if types.get(a)!='Person': bad(f,'author not Person',a)
    seen=set(); parent={}
    for r in d['relations']:
        h,rel,t=r['head'],r['relation'],r['tail']
        if rel not in T: bad(f,'relation',r); continue
        key=(h,rel,t,r.get('qualifier'))
        if key in seen: bad(f,'dup relation',key)
        seen.add(key)
        if r['evidence'] not in sents: bad(f,'evidence not a sentence',r['evidence'])
        hs,ts=T[rel]
        if rel=='reportedBy':
            if h!=f: bad(f,'reportedBy head',h)
        elif types.get(h) not in hs: bad(f,'head type',r)
        if types.get(t) not in ts: bad(f,'tail type',r)
        if rel=='holdsPosition' and not r.get('qualifier'): bad(f,'no title',r)
        if rel=='subsidiaryOf': parent.setdefault(h,set()).add(t)
        if r.get('note') not in (None,'related-teaser'): bad(f,'note',r)
    def cyc(n,stack):
        if n in stack: return True
        return any(cyc(p,stack|{n}) for p in parent.get(n,()))
    for n in parent:
        if cyc(n,set()): bad(f,'subsidiaryOf cycle',n)
print('documents',len(G['documents']),'errors',err); sys.exit(1 if err else 0)
