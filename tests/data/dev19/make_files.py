"""Build the article files aa01..aa15 from the simplified sources in src/*.src.

Variants: aa03, aa08 traditional (opencc s2t); aa12 traditional + pinyin after every
character that s2t changed; aa06 GBK-encoded; aa10 is written with full-width punctuation
in its source and copied as is. Run with /work/main/.venv/bin/python.
"""
import pathlib
import re
import opencc
from pypinyin import pinyin, Style

HERE = pathlib.Path(__file__).resolve().parent
S2T = opencc.OpenCC("s2t")
TRAD = {"aa03", "aa08"}
PINYIN = {"aa12"}
GBK = {"aa06"}


def readings(simp: str) -> list:
    """One tone-marked reading per character; Han runs are read as a whole so that
    pypinyin's phrase table picks the reading in context (队长 duì zhǎng, not cháng)."""
    out = []
    for run in re.findall(r"[\u4e00-\u9fff]+|[^\u4e00-\u9fff]+", simp):
        if re.match(r"[\u4e00-\u9fff]", run):
            py = pinyin(run, style=Style.TONE)
            assert len(py) == len(run)
            out.extend(p[0] for p in py)
        else:
            out.extend([None] * len(run))
    return out


def annotate(simp: str, trad: str) -> str:
    assert len(simp) == len(trad), "s2t changed the length"
    out = []
    for s, t, r in zip(simp, trad, readings(simp)):
        out.append(t)
        if s != t:
            out.append("(" + r + ")")
    return "".join(out)


for src in sorted((HERE / "src").glob("aa*.src")):
    key = src.name[:4]
    text = src.read_text(encoding="utf-8")
    dst = HERE / (src.stem + ".txt")
    if key in TRAD or key in PINYIN:
        trad = S2T.convert(text)
        if key in PINYIN:
            trad = annotate(text, trad)
        dst.write_text(trad, encoding="utf-8")
    elif key in GBK:
        dst.write_bytes(text.encode("gbk"))
    else:
        dst.write_text(text, encoding="utf-8")
    print(dst.name, len(text))
