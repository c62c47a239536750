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


def test_writer_after_wen_slash_and_a_co_author_sharing_the_role():
    got = _reporters("某某供电局 2026-07-09 18:02 发表于某地\n原创 文/杨晓明 图/朱小丽\n\n7月5日,抢修队伍连续奋战。")
    assert ("杨晓明", "文") in got and ("朱小丽", "图") in got
    got = _reporters("2026年11月26日 10:05　来源：某某新闻网　文/图：乌兰其其格 刘海明\n\n11月25日,演练在某地举行。")
    assert {"乌兰其其格", "刘海明"} <= {name for name, _ in got}
    # near miss: a person after another in a body sentence is no co-author
    got = _reporters("11月25日,演练在某地举行。文章里张晓明 李大伟两人讲了经过,他们说这是常事。")
    assert not any(name == "李大伟" for name, _ in got)
