"""Produce the published article files from the simplified drafts in src/.
k03, k10: traditional (opencc s2t); k07: traditional + pinyin after every character s2t changed;
k04: GBK-encoded; k05 was written with full-width punctuation/digits by hand."""
import os, opencc
from pypinyin import pinyin, Style
here = os.path.dirname(os.path.abspath(__file__))
cc = opencc.OpenCC('s2t')
for d in sorted(os.listdir(os.path.join(here, 'src'))):
    f = d.replace('.draft', '.txt')
    s = open(os.path.join(here, 'src', d), encoding='utf-8').read()
    if f.startswith(('k03', 'k10')):
        open(os.path.join(here, f), 'w', encoding='utf-8').write(cc.convert(s))
    elif f.startswith('k07'):
        t = cc.convert(s)
        assert len(t) == len(s)
        py = pinyin(s, style=Style.TONE, heteronym=False, errors=lambda x: [[''] for _ in x])
        out = []
        for i, (a, b) in enumerate(zip(s, t)):
            out.append(b)
            if a != b:
                out.append('(%s)' % py[i][0])
        open(os.path.join(here, f), 'w', encoding='utf-8').write(''.join(out))
    elif f.startswith('k04'):
        open(os.path.join(here, f), 'w', encoding='gbk').write(s)
    else:
        open(os.path.join(here, f), 'w', encoding='utf-8').write(s)
