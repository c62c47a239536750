"""Normalization shared by build_gold.py and check_gold.py (decode, drop pinyin, opencc t2s, split)."""
import re
import opencc

_T2S = opencc.OpenCC('t2s')
PINYIN = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńň]+\)')


def normalized(path):
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('gbk')
    text = PINYIN.sub('', text)
    return _T2S.convert(text)


def sentences(text):
    out = []
    for line in text.split('\n'):
        for s in re.split(r'(?<=[。！？!?])', line):
            s = s.strip(' \t\u3000\r')
            if s:
                out.append(s)
    return out
