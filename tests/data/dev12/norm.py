import re, opencc
_cc = opencc.OpenCC('t2s')
def load(fn):
    b = open(fn, 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('gbk')
    t = re.sub(r'\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+)\)', '', t)
    return _cc.convert(t)
def sentences(t):
    return [s.strip() for s in re.split(r'(?<=[。！？!?])|\n', t) if s.strip()]
