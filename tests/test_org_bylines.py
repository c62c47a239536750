"""reportedBy from bylines the page reader leaves unparsed: photographers (图/, 摄影/) and editors after a
slash (made-up bylines), with a near miss."""

from kg.document import make_document
from kg.pipeline import process_document


def _reporters(text: str) -> set[tuple[str, str | None]]:
    res = process_document(make_document(text, doc_id="t.txt"))
    return {(r.tail[1], r.qualifier) for r in res.relations if r.predicate == "reportedBy"}


def test_photographer_and_slashed_editor_report_the_piece():
    got = _reporters("2026-03-06 某某供电局 文/梁嘉欣 摄影/霍俊豪\n\n3月5日,志愿者走进社区服务居民。")
    assert ("霍俊豪", "摄影") in got
    got = _reporters("2022-11-03 18:30 发表于某地\n\n文/刀晓芸/编辑/岩温伦\n\n今年9月以来,抢修队伍连续奋战。")
    assert ("岩温伦", "编辑") in got
    # near miss: a figure caption in the text is no byline
    got = _reporters("3月5日,志愿者走进社区。如下图所示,张晓明正在检修线路,他说这是常事。")
    assert not any(name == "张晓明" for name, _ in got)
