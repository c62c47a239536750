import opencc, re
from pypinyin import pinyin, Style
from articles_src import A
s2t = opencc.OpenCC('s2t')
FW = {',':'，',':':'：','(':'（',')':'）'}
for fn,(mode,txt) in A.items():
    if mode=='plain':
        open(fn,'w',encoding='utf-8').write(txt)
    elif mode=='fullwidth':
        open(fn,'w',encoding='utf-8').write(txt)
    elif mode=='gbk':
        open(fn,'w',encoding='gbk').write(txt)
    elif mode=='trad':
        open(fn,'w',encoding='utf-8').write(s2t.convert(txt))
    elif mode=='trad_pinyin':
        t = s2t.convert(txt)
        out=[]
        for a,b in zip(txt,t):
            out.append(b)
            if a!=b:
                out.append('('+pinyin(a,style=Style.TONE)[0][0]+')')
        assert len(txt)==len(t)
        open(fn,'w',encoding='utf-8').write(''.join(out))
