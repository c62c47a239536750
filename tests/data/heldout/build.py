"""Build the held-out article files from articles_src.py and gold.json from gold_src.py.

Run with the project venv (needs opencc and pypinyin):
    /work/main/.venv/bin/python tests/data/heldout/build.py
"""
import json
import re
import sys
from pathlib import Path

import opencc
from pypinyin import pinyin, Style

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles_src import FORMS, TEXTS  # noqa: E402

S2T = opencc.OpenCC("s2t")
T2S = opencc.OpenCC("t2s")
PINYIN_WORDS = ["复工", "复产", "电力", "企业"]
PINYIN_CHARS = "区业"
PINYIN_RE = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def add_pinyin(simp: str, trad: str) -> str:
    assert len(simp) == len(trad)
    marks = {}
    for w in PINYIN_WORDS:
        for m in re.finditer(w, simp):
            for i, syl in enumerate(pinyin(w, style=Style.TONE)):
                marks[m.start() + i] = syl[0]
    for i, ch in enumerate(simp):
        if ch in PINYIN_CHARS and i not in marks:
            marks[i] = pinyin(ch, style=Style.TONE)[0][0]
    return "".join(c + (f"({marks[i]})" if i in marks else "") for i, c in enumerate(trad))


def render(name: str) -> bytes:
    simp = TEXTS[name]
    form = FORMS[name]
    if form == "utf8":
        return simp.encode("utf-8")
    if form == "bom":
        return simp.encode("utf-8-sig")
    if form == "gbk":
        return simp.encode("gbk")
    trad = S2T.convert(simp)
    if form == "trad":
        return trad.encode("utf-8")
    if form == "trad_pinyin":
        return add_pinyin(simp, trad).encode("utf-8")
    raise ValueError(form)


def read_any(path: Path) -> str:
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gbk")


def normalize(text: str) -> str:
    return PINYIN_RE.sub("", T2S.convert(text))


def main():
    for name in TEXTS:
        (HERE / name).write_bytes(render(name))
        norm = normalize(read_any(HERE / name))
        if norm != TEXTS[name]:
            import difflib
            for a, b in zip(norm.splitlines(), TEXTS[name].splitlines()):
                if a != b:
                    sm = difflib.SequenceMatcher(None, a, b)
                    for op in sm.get_opcodes():
                        if op[0] != "equal":
                            print(name, "ROUNDTRIP", op[0], repr(a[op[1]:op[2]]), repr(b[op[3]:op[4]]))
        print(name, FORMS[name], "chars", len(TEXTS[name]))
    if (HERE / "gold_src.py").exists():
        from gold_src import build_gold
        gold = build_gold({n: normalize(read_any(HERE / n)) for n in TEXTS})
        (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("gold.json written")


if __name__ == "__main__":
    main()
