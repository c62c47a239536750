"""Normalization shared by build_gold.py and check_gold.py (see SCHEMA.md / NOTES.md):
decode (UTF-8, else GBK), drop pinyin annotations like 業(yè), opencc t2s; split sentences
at 。！？!? and line ends (closing quotes/brackets stay with the sentence they close)."""
import pathlib
import re
import opencc

T2S = opencc.OpenCC("t2s")
PINYIN = re.compile(r"\((?:[a-zü]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])+\)")
END = "。！？!?"
CLOSE = "”’」』)）】"


def read_raw(path):
    data = pathlib.Path(path).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gbk")


def normalize(path):
    return T2S.convert(PINYIN.sub("", read_raw(path)))


def sentences(text):
    out = []
    for line in text.split("\n"):
        cur = ""
        i = 0
        while i < len(line):
            cur += line[i]
            if line[i] in END:
                while i + 1 < len(line) and (line[i + 1] in END or line[i + 1] in CLOSE):
                    i += 1
                    cur += line[i]
                if cur.strip():
                    out.append(cur.strip())
                cur = ""
            i += 1
        if cur.strip():
            out.append(cur.strip())
    return out
