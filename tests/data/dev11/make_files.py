"""Produce the final article files from the simplified drafts in _src/.
r05, r10, r13: traditional (opencc s2t); r13 additionally pinyin after changed chars;
r08: GBK encoded; r11: full-width ASCII punctuation/digits."""
import os, opencc
from pypinyin import pinyin, Style
H = os.path.dirname(os.path.abspath(__file__))
s2t = opencc.OpenCC('s2t')
for f0 in sorted(os.listdir(os.path.join(H, '_src'))):
    f = f0[:-len('.draft')]
    s = open(os.path.join(H, '_src', f0), encoding='utf-8').read()
    enc = 'utf-8'
    if f[:3] in ('r05', 'r10', 'r13'):
        t = s2t.convert(s)
        if f.startswith('r13'):
            out = []
            for a, b in zip(s, t):
                out.append(b)
                if a != b:
                    out.append('(%s)' % pinyin(a, style=Style.TONE)[0][0])
            t = ''.join(out)
        s = t
    if f.startswith('r08'):
        enc = 'gbk'
    if f.startswith('r11'):
        tbl = {ord(c): ord(c) + 0xFEE0 for c in ',:;()!?0123456789'}
        s = s.translate(tbl)
    open(os.path.join(H, f), 'w', encoding=enc).write(s)
