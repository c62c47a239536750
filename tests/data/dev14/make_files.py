"""Produce the final article files from the simplified drafts raw/*.src.
v06, v10, v13: traditional (opencc s2t); v13 also pinyin-annotated after each character s2t changed.
v08: GBK-encoded.  v11: ASCII punctuation turned into full-width forms.
Run with /work/main/.venv/bin/python."""
import os, opencc, pypinyin
HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, 'raw')
s2t = opencc.OpenCC('s2t')
TRAD = {'v06', 'v10', 'v13'}
PINYIN = {'v13'}
GBK = {'v08'}
FULLWIDTH = {'v11'}

def pinyinize(simp, trad):
    assert len(simp) == len(trad)
    py = pypinyin.pinyin(simp, style=pypinyin.Style.TONE, errors=lambda x: [[''] for _ in x])
    out = []
    for s, t, p in zip(simp, trad, py):
        out.append(t)
        if s != t and p and p[0]:
            out.append('(%s)' % p[0])
    return ''.join(out)

def fullwidth(text):
    return ''.join(chr(ord(c) + 0xFEE0) if c in ':,()|[]?!;-.' else c for c in text)

for fn in sorted(os.listdir(RAW)):
    if not fn.endswith('.src'):
        continue
    key = fn[:3]
    text = open(os.path.join(RAW, fn), encoding='utf-8').read()
    if key in TRAD:
        trad = s2t.convert(text)
        text = pinyinize(text, trad) if key in PINYIN else trad
    if key in FULLWIDTH:
        text = fullwidth(text)
    enc = 'gbk' if key in GBK else 'utf-8'
    open(os.path.join(HERE, fn[:-4] + '.txt'), 'w', encoding=enc).write(text)
    print(fn, enc, len(text))
