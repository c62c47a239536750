"""The outlet named by a page's breadcrumb, and person candidates that are places, homes or conjunctions."""

from kg.document import make_document
from kg.extract.entities import _crumb_site, find_entities


def _names(text: str, type_: str) -> set[str]:
    return {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == type_}


def test_crumb_site_is_an_outlet():
    assert _crumb_site("青松新闻网 > 本地 > 要闻\n标题\n", "青松日报") == "青松新闻网"
    assert _crumb_site("青松網(wǎng) > 縣域\n", "") == "青松网"
    assert _crumb_site("青松日报·白石 > 经济\n", "白石区融媒体中心") == "青松日报"


def test_crumb_site_named_by_source_or_no_outlet():
    assert _crumb_site("青松网首页 | 白石频道 | 时政\n", "青松网-白石频道") is None
    assert _crumb_site("首页 > 新闻中心 > 基层动态\n", "青松日报") is None
    assert _crumb_site("一行没有分隔符的标题\n", "") is None


def test_crumb_site_becomes_an_organization():
    text = "青松新闻网 > 本地 > 要闻\n供电所开展服务\n2026-05-01 来源：青松日报\n\n国网白石县供电公司总经理周明来到供电所。\n"
    assert "青松新闻网" in _names(text, "Organization")


def test_person_not_a_county_home_or_conjunction():
    text = ("国网白石县供电公司组织抢修人员和车辆赶赴现场。独居老人周秀英家线路老化，"
            "党员和集体受到表彰。经理周明、白石县供电公司职工参加。")
    persons = _names(text, "Person")
    assert "和车辆" not in persons and "和集体" not in persons
    assert "周秀英家" not in persons and "白石县" not in persons


def test_community_keeps_a_first_character_jieba_splits_off():
    # 查 reads as a verb; the text opens a sentence with the whole name, so it is the name's
    text = ("国网白石县供电公司作为查干草村的联系点，定期走访。\n查干草村党支部书记表示感谢。"
            "白石镇的查干草村用上了光伏电。")
    assert "查干草村" in _names(text, "Community")
    assert "干草村" not in _names(text, "Community")


def test_community_stem_of_a_sibling_name_is_not_a_prefix_word():
    text = "白石区的金松山街道、银松山街道居民用上了新电表。金松山街道和银松山街道都在白石区。"
    assert {"金松山街道", "银松山街道"} <= _names(text, "Community")


def test_committee_of_a_community_is_an_organization():
    text = "国网白石县供电公司与青柳社区居委会联合开展安全用电宣传。青柳社区居民纷纷点赞。"
    assert "青柳社区居委会" in _names(text, "Organization")
    assert "青柳社区居委会" not in _names(text, "Community")
    assert "青柳社区" in _names(text, "Community")
    assert "白石街道青柳社区居民委员会" not in _names("白石街道青柳社区居民委员会向供电所送来锦旗。", "Community")


def test_name_ending_in_lai_before_a_list_separator():
    persons = _names("社区书记周伟和党员吴春来、李婷一起走访。吴春来是城区供电所员工。", "Person")
    assert "吴春来" in persons and "吴春" not in persons
    assert _names("经理周明来到供电所。", "Person") == {"周明"}
