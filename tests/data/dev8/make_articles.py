"""Turn src/*.txt (simplified drafts) into the delivered articles."""
import os, opencc
from pypinyin import pinyin, Style
s2t = opencc.OpenCC('s2t')
HERE = os.path.dirname(os.path.abspath(__file__))
TRAD = {'n03_touchan.txt', 'n08_zhiyuan.txt', 'n12_qingnian.txt'}
PINYIN = {'n08_zhiyuan.txt'}
GBK = {'n05_fengdian.txt'}
FULLWIDTH = {'n10_laomo.txt'}
FW = str.maketrans({',': '，', ':': '：', '(': '（', ')': '）', ';': '；', '!': '！', '?': '？'})
for d in sorted(os.listdir(os.path.join(HERE, 'src'))):
    f = d[:-len('.draft')] + '.txt'
    s = open(os.path.join(HERE, 'src', d), encoding='utf-8').read()
    if f in TRAD:
        t = s2t.convert(s)
        if f in PINYIN:
            out = []
            for a, b in zip(s, t):
                out.append(b)
                if a != b:
                    out.append('(' + pinyin(a, style=Style.TONE)[0][0] + ')')
            t = ''.join(out)
        s = t
    if f in FULLWIDTH:
        s = s.translate(FW)
    data = s.encode('gbk') if f in GBK else s.encode('utf-8')
    open(os.path.join(HERE, f), 'wb').write(data)
