"""Normalization used for gold evidence: decode (utf-8, else gbk), drop pinyin (xx), opencc t2s."""
import re, opencc
_cv = opencc.OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)')
def normalize(path):
    b = open(path, 'rb').read()
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError:
        t = b.decode('gbk')
    t = PY.sub('', t)
    return _cv.convert(t)
def sentences(text):
    out = []
    for s in re.findall(r'[^。！？!?\n]*[。！？!?]?', text):
        s = s.strip()
        if s:
            out.append(s)
    return out
