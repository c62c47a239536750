"""Normalization used by build_gold.py and check_gold.py: decode (UTF-8, else GBK),
drop pinyin annotations like 業(yè), opencc t2s."""
import re, opencc
_t2s = opencc.OpenCC('t2s')
PINYIN = re.compile(r'\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)')
def normalized(path):
    b = open(path, 'rb').read()
    try:
        s = b.decode('utf-8')
    except UnicodeDecodeError:
        s = b.decode('gbk')
    s = PINYIN.sub('', s)
    return _t2s.convert(s)
def sentences(text):
    return [x for x in re.split(r'(?<=[。！？!?])|\n', text) if x.strip()]
