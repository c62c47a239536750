# writes the article files from spec*.py (simplified source text) applying per-file encodings
import glob, re, importlib.util
from common import S2T
from pypinyin import pinyin, Style
def load():
    D=[]
    for f in sorted(glob.glob('spec*.py')):
        sp=importlib.util.spec_from_file_location(f[:-3], f); m=importlib.util.module_from_spec(sp); sp.loader.exec_module(m); D+=m.D
    return D
def annotate(simp):
    trad=S2T.convert(simp); out=[]
    for a,b in zip(simp,trad):
        out.append(b + (f'({pinyin(a, style=Style.TONE)[0][0]})' if a!=b else ''))
    return ''.join(out)
if __name__=='__main__':
    for d in load():
        t=d['text']; m=d['mode']
        if m=='trad': open(d['file'],'w',encoding='utf-8').write(S2T.convert(t))
        elif m=='trad_py': open(d['file'],'w',encoding='utf-8').write(annotate(t))
        elif m=='gbk': open(d['file'],'wb').write(t.encode('gbk'))
        else: open(d['file'],'w',encoding='utf-8').write(t)
        body=len(re.sub(r'\s','',t)); print(d['file'], m, body)
