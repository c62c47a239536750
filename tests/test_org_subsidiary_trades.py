"""A unit never sits under a company of another trade (grid, telecoms, gas, water)."""

from kg.extract.rel_subsidiary import _other_trades


def test_different_trades():
    assert _other_trades("国网某某供电公司", "某某燃气集团")
    assert _other_trades("中国联通某市分公司某营业部", "国网某市某区供电公司")


def test_same_or_unknown_trade():
    assert not _other_trades("某县供电公司", "国网某市供电公司")
    assert not _other_trades("某某燃气有限公司", "某某能源集团有限公司")
