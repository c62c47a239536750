import os, re, opencc
H = os.path.dirname(os.path.abspath(__file__))
_t2s = opencc.OpenCC('t2s')
PINYIN = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)')
def normalized(f):
    b = open(os.path.join(H, f), 'rb').read()
    try: s = b.decode('utf-8')
    except UnicodeDecodeError: s = b.decode('gbk')
    return _t2s.convert(PINYIN.sub('', s))
def sentences(text):
    out = []
    for line in text.splitlines():
        for m in re.finditer(r'[^。！？!?]*[。！？!?]+|[^。！？!?]+$', line):
            t = m.group(0).strip()
            if t: out.append(t)
    return out
