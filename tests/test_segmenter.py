"""The segmentation interface: both engines, own instances, nothing loaded at import."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg.errors import KGError
from kg.segmenter import ENGINES, get_segmenter


@pytest.fixture(scope="session", params=sorted(ENGINES))
def seg(request):
    return get_segmenter(request.param)


def test_tokens_cover_the_text(seg):
    text = "国网某县供电公司总经理张三来到供电所。"
    tokens = seg.tokenize(text)
    assert "".join(t.text for t in tokens) == text
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.text for t in seg.tag(text)] == seg.cut(text)


def test_tags_and_dictionary(seg):
    tags = {t.text: t.tag for t in seg.tag("党员在社区开展志愿服务")}
    assert tags["在"] == "p"
    assert seg.has_word("社区") and not seg.has_word("革渣沟")


def test_same_instance_per_process():
    assert get_segmenter("rjieba") is get_segmenter("rjieba")


def test_unknown_engine_is_a_kg_error():
    with pytest.raises(KGError, match="unknown segmentation engine"):
        get_segmenter("nope")


def test_import_loads_no_dictionary():
    code = "import sys, kg.segmenter, kg.extract.entities, kg.resolve; print('jieba' in sys.modules, 'rjieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
