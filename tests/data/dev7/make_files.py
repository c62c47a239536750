"""Render src/*.draft (simplified originals) into the delivered article files."""
import glob, os
import opencc
from pypinyin import pinyin, Style
s2t = opencc.OpenCC('s2t')
HERE = os.path.dirname(os.path.abspath(__file__))
TRAD = {'m05_zhucun.txt', 'm09_biaozhang.txt', 'm13_fuwuzhan.txt'}
PINYIN = {'m13_fuwuzhan.txt'}
GBK = {'m07_hudian.txt'}
FULLWIDTH = {'m11_fangxun.txt'}

def add_pinyin(simp, trad):
    out = []
    py = pinyin(simp, style=Style.TONE, heteronym=False, errors=lambda x: [[c] for c in x])
    assert len(py) == len(simp) == len(trad)
    for s, t, p in zip(simp, trad, py):
        out.append(t + (f'({p[0]})' if s != t else ''))
    return ''.join(out)

for src in sorted(glob.glob(os.path.join(HERE, 'src', 'm*.draft'))):
    name = os.path.basename(src)[:-len('.draft')] + '.txt'
    text = open(src, encoding='utf-8').read()
    enc = 'utf-8'
    if name in TRAD:
        t = s2t.convert(text)
        text = add_pinyin(text, t) if name in PINYIN else t
    if name in FULLWIDTH:
        text = ''.join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in text)
    if name in GBK:
        enc = 'gbk'
    open(os.path.join(HERE, name), 'w', encoding=enc).write(text)
    print(name, enc)
