"""Normalization used for gold evidence: decode (utf-8, else gbk), drop pinyin (xx), opencc t2s."""
import re
import opencc

_cc = opencc.OpenCC('t2s')
_PY = re.compile(r'\(([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+)\)')


def load(path):
    raw = open(path, 'rb').read()
    try:
        t = raw.decode('utf-8')
    except UnicodeDecodeError:
        t = raw.decode('gbk')
    t = _PY.sub('', t)
    return _cc.convert(t)


def sentences(text):
    out = []
    for line in text.split('\n'):
        for s in re.split(r'(?<=[。！？!?])', line):
            s = s.strip()
            if s:
                out.append(s)
    return out
