"""A division inside an award's name or a grid's name is no place of the story (made-up sentences), with
near misses where the same division is one."""

from kg.document import make_document
from kg.extract.entities import find_entities


def _places(text: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Place"}


def test_place_naming_an_award_is_not_a_place():
    assert not _places("该队被评为“宁夏优秀志愿服务组织”。张某获评宁夏劳动模范。")
    # near miss: a quoted phrase that names no award, and the division written on its own
    assert "宁夏" in _places("张某常年在宁夏工作,说“宁夏是第二故乡”。")


def test_a_provinces_grid_is_no_place():
    assert not _places("这是今年宁夏电网迎峰度冬的重点工程。")
    assert "宁夏" in _places("这是今年宁夏迎峰度冬的重点工程。")


def test_towns_written_before_their_village_or_after_a_short_county():
    assert "西村镇" in _places("他常年为西村镇柏木村的留守老人服务。")
    assert "叶堡镇" in _places("供电所党支部与叶堡镇石咀村党支部签订协议。")
    assert "万和镇" in _places("冰雹袭击了随县万和镇,多处线路受损。")
    assert "孙村镇" in _places("两人还走访了繁昌区孙村镇的一家米业公司。")
    # near misses: kinds of towns and villages are no names
    assert not _places("推进文明村镇建设,全县各乡镇村组都参加。该县和镇里都有人参加。")


def test_rivers_the_word_cut_reads_oddly_and_new_districts():
    assert "修河" in _places("7月12日,修河永修段水位超过警戒线。")
    assert "细鳞河" in _places("遭遇持续强降雨,细鳞河水位暴涨。")
    assert "北川河" in _places("电站位于北川河上游。")
    assert {"介休市", "汾河"} <= _places("介休市汾河沿岸多地出现内涝。")
    assert "群力新区" in _places("哈尔滨市群力新区停电演练。")
    # near misses: common words with 河 and a bare 新区 are no names
    assert not _places("他喝了一口河水。大河奔流。运河边的新区也通了电。")


def test_a_place_opening_a_well_known_honour_is_no_place():
    from kg.extract.place import find_places
    from kg.extract.textindex import TextIndex

    def places(text):
        return {text[c.start:c.end] for c in find_places(TextIndex.of(text))}

    assert "江苏省" not in places("总工会公布了2026年江苏省五一劳动奖章名单。")
    assert "山东省" not in places("他是山东省劳动模范。")
    assert "山东省" in places("山东省开展迎峰度夏检查。")
