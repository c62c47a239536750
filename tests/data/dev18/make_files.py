"""Turn the simplified drafts (written by hand in /tmp/zsrc, full-width punctuation) into the delivered files."""
import os, re, sys
import opencc
from pypinyin import pinyin, Style
SRC = sys.argv[1] if len(sys.argv) > 1 else '/tmp/zsrc'
OUT = os.path.dirname(os.path.abspath(__file__))
s2t = opencc.OpenCC('s2t')
HALF = str.maketrans({'，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?'})
FULLWIDTH = {'z10'}                 # keeps full-width punctuation
TRAD = {'z07', 'z09', 'z11'}        # opencc s2t
PINYIN = {'z09'}                    # pinyin after each char s2t changed
GBK = {'z08'}

def annotate(simp):
    trad = s2t.convert(simp)
    assert len(trad) == len(simp)
    out = []
    for s, t in zip(simp, trad):
        out.append(t)
        if s != t:
            out.append('(' + pinyin(s, style=Style.TONE)[0][0] + ')')
    return ''.join(out)

for fn in sorted(os.listdir(SRC)):
    key = fn[:3]
    t = open(os.path.join(SRC, fn), encoding='utf-8').read()
    if key not in FULLWIDTH:
        t = t.translate(HALF)
    if key in PINYIN:
        t = annotate(t)
    elif key in TRAD:
        t = s2t.convert(t)
    data = t.encode('gbk') if key in GBK else t.encode('utf-8')
    open(os.path.join(OUT, fn), 'wb').write(data)
    print(fn, len(data))
