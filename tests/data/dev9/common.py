import re, opencc
T2S = opencc.OpenCC('t2s'); S2T = opencc.OpenCC('s2t')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
def read_norm(path):
    b = open(path, 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('gbk')
    return T2S.convert(PY.sub('', t))
def sentences(t):
    return [s.strip() for s in re.split(r'(?<=[。！？!?])|\n', t) if s.strip()]
