# builds gold.json from spec*.py: evidence = the normalized sentence containing the fragment
import json, sys
from common import read_norm, sentences, T2S
from gen import load
out=[]; errs=0
for d in load():
    f=d['file']; norm=read_norm(f); sents=sentences(norm)
    fx=(lambda x: T2S.convert(x)) if d['mode'].startswith('trad') else (lambda x: x)
    ents=[]; teaser=set()
    for e in d['ents']:
        name,typ,al,note=(e.split('|')+['',''])[:4]
        ent={'name':fx(name),'type':typ,'aliases':[fx(a) for a in al.split(';') if a]}
        if note: ent['note']=note
        if note=='related-teaser': teaser.add(ent['name'])
        if ent['name'] not in norm and 'constructed' not in note: print('NAME MISSING',f,name); errs+=1
        ents.append(ent)
    rels=[]
    for r in d['rels']:
        h,rel,t,q,frag=r[:5]; h=f if h=='@' else fx(h); t=fx(t); frag=fx(frag)
        hits=[s for s in sents if frag in s]
        if len(hits)!=1: print('EVID',f,len(hits),frag); errs+=1; continue
        x={'head':h,'relation':rel,'tail':t}
        if q: x['qualifier']=q
        x['evidence']=hits[0]
        if len(r)>5 and r[5]=='T': x['note']='related-teaser'
        rels.append(x)
    out.append({'file':f,'title':fx(d['title']),'published':d['date'],'source':d['source'],'authors':[fx(a) for a in d['authors']],'entities':ents,'relations':rels})
json.dump({'documents':out},open('gold.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print('errors',errs)
