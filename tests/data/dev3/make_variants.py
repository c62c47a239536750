"""One-off: turn some simplified drafts into the required variants (run once, in place).
e03, e10: traditional (opencc s2t). e07: traditional + pinyin after each character s2t changed.
e05: GBK-encoded. e09 was written with full-width punctuation by hand."""
import opencc, pypinyin, sys
s2t = opencc.OpenCC('s2t')
def trad(fn, pin=False):
    s = open(fn, encoding='utf-8').read()
    t = s2t.convert(s)
    assert len(s) == len(t), fn
    if pin:
        out = []
        for a, b in zip(s, t):
            out.append(b)
            if a != b:
                out.append('(' + pypinyin.pinyin(a, style=pypinyin.Style.TONE)[0][0] + ')')
        t = ''.join(out)
    open(fn, 'w', encoding='utf-8').write(t)
if __name__ == '__main__':
    trad('e03_xinjiang_gas.txt'); trad('e10_beijing_telecom.txt'); trad('e07_guizhou_icestorm.txt', pin=True)
    s = open('e05_jiangxi_antifraud.txt', encoding='utf-8').read()
    open('e05_jiangxi_antifraud.txt', 'wb').write(s.encode('gbk'))
