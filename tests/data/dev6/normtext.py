import re, opencc
_cc = opencc.OpenCC('t2s')
def load(path):
    b = open(path, 'rb').read()
    try:
        s = b.decode('utf-8')
    except UnicodeDecodeError:
        s = b.decode('gbk')
    s = re.sub(r'\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+)\)', '', s)
    return _cc.convert(s)
def sentences(s):
    out = []
    for line in s.splitlines():
        for m in re.finditer(r'[^。！？!?]*[。！？!?]?', line):
            t = m.group(0)
            if t.strip():
                out.append(t)
    return out
