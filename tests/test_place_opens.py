"""place._opens_flags: the per-word table read for every word of a text (new words learnt on the way)
gives the starts that slicing the text at every token start gives."""

from __future__ import annotations

from kg.extract import place
from kg.extract.textindex import TextIndex


def test_flags_pick_the_sliced_starts_for_new_and_known_words():
    lengths = place.place_matcher()[0]
    texts = ["湖北省武汉市和北京、上海。在普陀", "某县供电公司在东游镇开展巡视,赴普陀区和江西南昌", "甲乙丙丁戊己庚辛"]
    saved = place._OPENS[0]
    try:
        for fresh in (True, False):  # every word new to the table, then every word known
            if fresh:
                place._OPENS[0] = {}
            for text in texts:
                idx = TextIndex.of(text)
                flags = place._opens_flags(idx.words)
                assert len(flags) == len(idx.words) and -1 not in flags and None not in flags
                picked = [i for i, o in zip(idx.starts, flags) if o and (o == 1 or text[i:i + 2] in lengths)]
                assert picked == [i for i in idx.starts if text[i:i + 2] in lengths]
            assert all(place._OPENS[0][w] in (0, 1, 2) for w in TextIndex.of(texts[1]).words)
    finally:
        place._OPENS[0] = saved
