"""Normalization steps (offsets, pinyin, width, t2s) and the composed normalize()."""

from __future__ import annotations

import pytest

from kg.normalize import normalize
from kg.normalize.convert import is_traditional, to_simplified
from kg.normalize.offsets import apply_edits, identity_map
from kg.normalize.pinyin import remove_pinyin_edits
from kg.normalize.width import blank_line_edits, whitespace_edits, width_edits


def run(step, text):
    return apply_edits(text, identity_map(len(text)), step(text))


@pytest.mark.parametrize(
    "text, edits, expect, offsets",
    [
        ("abc", [], "abc", [0, 1, 2, 3]),
        ("a(b)c", [(1, 4, "")], "ac", [0, 4, 5]),
        ("abc", [(1, 2, "XY")], "aXYc", [0, 1, 1, 2, 3]),
        ("abcd", [(1, 3, "Z")], "aZd", [0, 1, 3, 4]),
        ("ab", [(1, 1, "_")], "a_b", [0, 1, 1, 2]),
    ],
)
def test_apply_edits(text, edits, expect, offsets):
    assert apply_edits(text, identity_map(len(text)), edits) == (expect, offsets)


def test_apply_edits_rejects_overlap():
    with pytest.raises(ValueError):
        apply_edits("abcd", identity_map(4), [(0, 2, ""), (1, 3, "")])


@pytest.mark.parametrize(
    "text, expect",
    [
        ("企業(yè)陸續(xù)復(fù)工", "企業陸續復工"),
        ("區(qū)", "區"),
        ("國（guó）網", "國網"),  # full-width parentheses
        ("綠(lǜ)色", "綠色"),
        ("(王进 摄)", "(王进 摄)"),
        ("卢强(右三)正在", "卢强(右三)正在"),
        ("(责编:邓庆雨、陈康清)", "(责编:邓庆雨、陈康清)"),
        ("。(许清瑞)", "。(许清瑞)"),
        ("采用(AB)组", "采用(AB)组"),  # Latin without tone marks is no pinyin
        ("数据(data)表", "数据(data)表"),
        ("a(yè)", "a(yè)"),  # not after a Han character
        ("最新评论(0", "最新评论(0"),
    ],
)
def test_pinyin_removed_real_parentheses_kept(text, expect):
    out, offsets = run(remove_pinyin_edits, text)
    assert out == expect
    assert all(text[o] == c for c, o in zip(out, offsets))


@pytest.mark.parametrize(
    "text, expect",
    [
        ("ＡＢＣ１２３", "ABC123"),
        ("１１月２日", "11月2日"),
        ("，。：“”（）", "，。：“”（）"),  # Chinese punctuation stays
    ],
)
def test_width(text, expect):
    out, offsets = run(width_edits, text)
    assert out == expect and len(offsets) == len(out) + 1


@pytest.mark.parametrize(
    "text, expect",
    [
        ("a  b", "a b"),
        ("  lead", "lead"),
        ("trail \t", "trail"),
        ("a\u3000\u3000b", "a b"),
        ("x\n\n\n\ny", "x\n\n\n\ny"),  # whitespace step keeps lines; blank_line_edits folds them
    ],
)
def test_whitespace(text, expect):
    assert run(whitespace_edits, text)[0] == expect


def test_blank_lines_folded():
    assert run(blank_line_edits, "x\n\n\n\ny")[0] == "x\n\ny"


@pytest.mark.parametrize("text", ["國網湖北電力黨員下沉社區", "乾隆皇帝頭髮", "後來著名的隨著", "只有一個"])
def test_t2s_keeps_length(text):
    assert len(to_simplified(text)) == len(text)


def test_is_traditional():
    assert is_traditional("國網湖北電力黨員", to_simplified("國網湖北電力黨員"))
    assert not is_traditional("国网湖北电力党员", to_simplified("国网湖北电力党员"))


def test_normalize_invariants():
    raw = "國(guó)網  尉氏縣供電公司\n\n\n\n總經理盧強(qiáng)來到ＡＢ供電所。"
    n = normalize(raw)
    assert n.text == "国网 尉氏县供电公司\n\n总经理卢强来到AB供电所。"
    assert len(n.original) == len(n.text) and len(n.offsets) == len(n.text) + 1
    assert n.traditional
    assert all(a <= b for a, b in zip(n.offsets, n.offsets[1:]))
    # every kept character points at itself (or its full-width form) in the raw text
    for i, c in enumerate(n.original):
        r = raw[n.offsets[i]]
        assert r == c or (c.isascii() and ord(r) - 0xFEE0 == ord(c)) or c == " "
    assert sum(r.kind == "pinyin" for r in n.repairs) == 2
    for r in n.repairs:
        assert raw[r.raw_start:r.raw_end] == r.before


@pytest.mark.parametrize(
    "text, expect",
    [
        ("我們(men)好", "我們好"),  # toneless after a traditional character
        ("我们(men)好", "我们(men)好"),  # simplified character, page without annotations
        ("業(yè)務(wù)發(fā)瞭(le)解", "業務發瞭解"),  # an annotating page: toneless syllables go too
        ("數據(data)表", "數據(data)表"),  # not a syllable
    ],
)
def test_toneless_pinyin(text, expect):
    assert run(remove_pinyin_edits, text)[0] == expect


def test_whitespace_edits_match_the_one_pattern_rule():
    """whitespace_edits classifies runs in Python: the same edits as the rule written as one pattern
    (line edges dropped, inner runs or one odd space collapsed), on random mixes of every space kind."""
    import random
    import re

    from kg.normalize.width import _H

    rule = re.compile(rf"(?m)(^{_H}+|{_H}+$)|({_H}{{2,}}|[\t\u00a0\u3000\u2002-\u200b\ufeff\r\f\v])")

    def by_rule(text: str) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), "" if m.group(1) else " ") for m in rule.finditer(text)
                if m.group(1) or m.group() != " "]

    rng = random.Random(7)
    alphabet = " \t\u00a0\u3000\u2002\u200b\ufeff\r\f\v\nab中"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert whitespace_edits(text) == by_rule(text), repr(text)


def test_pinyin_tried_at_each_parenthesis_is_the_scan():
    """remove_pinyin_edits tries its patterns only where a parenthesis opens: the same edits as scanning
    the whole text with them (look-behind included), on random mixes of annotations and parentheses."""
    import random

    from kg.normalize.pinyin import _TONELESS, PINYIN_ANNOTATION, _toneless_ok, remove_pinyin_edits

    def by_scan(text: str) -> list[tuple[int, int, str]]:
        spans = [(m.start(), m.end()) for m in PINYIN_ANNOTATION.finditer(text)]
        if "(" in text or "（" in text:
            styled = len(spans) >= 3
            spans += [(m.start(), m.end()) for m in _TONELESS.finditer(text) if _toneless_ok(text, m, styled)]
        return [(s, e, "") for s, e in sorted(spans)]

    rng = random.Random(4)
    pieces = ["國", "们", "(", "（", ")", "）", "guó", "men", "yè", "ab", " ", "中", "(yè)", "(men)", "（guó）", "們"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert remove_pinyin_edits(text) == by_scan(text), text


def test_blank_lines_only_where_three_breaks_meet():
    assert blank_line_edits("a\n\nb\n") == []
    assert blank_line_edits("a\n\n\nb\n\n\n\n") == [(1, 4, "\n\n"), (5, 9, "\n\n")]
