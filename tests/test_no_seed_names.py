"""No name from the seed articles in the package: rules and lexicons must hold general knowledge only.

The gold seed annotation (tests/data/seeds_gold.json, a copy of shared/gold/seeds.json) lists every Person, Company,
Community and Organization named in the seeds; none of those names (nor their aliases) may appear in a
file under src/kg/. National brands and outlets, generic department words, and division names from the
gazetteer are general knowledge and allowed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "kg"
GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "seeds_gold.json"

#: Used only when the gold file is not beside the repository (a fresh clone): the seed Person and
#: Company names, so the test still checks something.
FALLBACK = [
    "卢强", "左浩", "王长春", "匡健", "秦岭", "肖云", "刘金凤", "叶军", "帅瑞武", "黄卫华", "梅昌华", "张敏",
    "王秀云", "李根", "刘开银", "王进", "许清瑞", "赵超", "吴斌", "郑亚亚", "谷红霞", "邓庆雨", "陈康清",
    "安顺供电局", "贵州电网公司", "安顺市郊供电局", "安顺普定供电局", "安顺平坝供电局", "轿子山供电所",
    "国网甘肃刘家峡水电厂", "刘家峡水电厂", "甘肃省电力公司", "国网尉氏县供电公司", "尉氏县供电公司",
    "产业集聚区供电所", "武汉供电公司", "黄石供电公司", "武汉中超电网建设监理有限公司", "普定县养老院",
]

#: General knowledge that may sit in lexicons even though a seed names it.
ALLOWED = {
    "国家电网", "国家电网公司", "国家电网有限公司", "南方电网", "新华社", "人民日报", "中央电视台", "澎湃新闻",
    "党中央", "腾讯", "华为云", "保卫部", "科技信息中心", "输电检修中心", "工程部", "计量室", "市场营销部",
}

_TYPES = ("Person", "Company", "Community", "Organization")


def _seed_names() -> set[str]:
    if not GOLD.exists():
        return set(FALLBACK)
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    names: set[str] = set()
    for doc in data["documents"]:
        for ent in doc["entities"]:
            if ent["type"] in _TYPES:
                names.update(n for n in (ent["name"], *ent.get("aliases", [])) if len(n) >= 2)
    return names


def _forbidden() -> list[str]:
    from kg import lexicon

    gaz = lexicon.gazetteer()
    return sorted(n for n in _seed_names() if n not in ALLOWED and not gaz.lookup(n))


#: Tables generated mechanically from a public dictionary (jieba's dict.txt): they hold every common
#: word of the language, so a seed name that is also an ordinary word (秦岭) may occur in them.
DERIVED_FROM_DICTIONARIES = {"data/normalize/charmodel.txt"}


def _package_files() -> list[Path]:
    return sorted(
        p for p in PACKAGE.rglob("*")
        if p.is_file() and p.suffix in (".py", ".txt", ".tsv", ".json", ".ttl", ".md", ".html", ".js", ".css")
        and p.relative_to(PACKAGE).as_posix() not in DERIVED_FROM_DICTIONARIES
    )


def test_the_check_has_names_to_look_for():
    assert len(_forbidden()) >= 20
    assert "国家电网" not in _forbidden()


@pytest.mark.parametrize("path", _package_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_seed_name_in_package_file(path: Path):
    text = path.read_text(encoding="utf-8", errors="replace")
    hits = [name for name in _forbidden() if name in text]
    assert not hits, f"{path.relative_to(REPO)} names seed entities: {', '.join(hits)}"
