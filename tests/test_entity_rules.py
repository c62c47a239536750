"""The general rules added for unseen articles, one made-up sentence each (positive and negative)."""

from __future__ import annotations

import pytest

from kg.document import make_document
from kg.extract.community import find_communities
from kg.extract.entities import find_entities
from kg.extract.event import find_events
from kg.extract.org import find_orgs
from kg.extract.person import find_persons
from kg.extract.place import find_places
from kg.extract.textindex import TextIndex


def names(cands):
    return {c.name for c in cands}


def entities(text):
    return {(e.type, e.name) for e in find_entities(make_document(text, doc_id="t.txt"))}


def test_role_words_and_glued_prepositions_end_an_org_name():
    found = names(find_orgs(TextIndex.of("记者从国网江苏省电力有限公司获悉，施工单位南京远达电力建设监理有限公司进场。")))
    assert "国网江苏省电力有限公司" in found
    assert not any(n.startswith(("记者", "从", "施工单位")) for n in found)


def test_town_stem_names_a_unit_jieba_reads_apart():
    text = "在东游镇，该公司东游供电所所长周明带队抢修。"
    assert "东游供电所" in names(find_orgs(TextIndex.of(text)))
    assert "东游镇" in names(find_places(TextIndex.of(text)))


def test_party_committee_only_in_a_title_is_not_an_entity():
    only_title = entities("国网桐庐县供电公司党委书记、总经理周明到场。")
    assert ("Organization", "国网桐庐县供电公司党委") not in only_title
    as_body = entities("国网桐庐县供电公司党委书记周明说，国网桐庐县供电公司党委高度重视。")
    assert ("Organization", "国网桐庐县供电公司党委") in as_body


def test_place_committees_and_their_departments():
    found = names(find_orgs(TextIndex.of("他被桐庐县委评为先进，又被杭州市委组织部表彰。社区委员会开会。")))
    assert {"桐庐县委", "杭州市委组织部"} <= found
    assert not any(n.endswith("区委") for n in found)


@pytest.mark.parametrize("text,place,expected", [
    ("邵武、顺昌等地的抢修队伍赶到南平。", "邵武", True),  # its prefecture is named
    ("对沿河低洼地区的设施逐一巡查。", "沿河", False),  # a county's short form that is also a word
    ("新建、改造10千伏线路86公里。", "新建", False),
])
def test_county_short_form_needs_its_province_or_prefecture(text, place, expected):
    assert (place in names(find_places(TextIndex.of(text)))) is expected


def test_places_in_page_sections_and_generic_divisions_are_not_places():
    found = names(find_places(TextIndex.of("来源:人民网-江苏频道。城区和郊区的线路。")))
    assert not {"江苏", "城区", "郊区"} & found


def test_towns_zones_and_divisions_in_front():
    found = names(find_places(TextIndex.of("在肥西县上派镇和右所镇，桐庐经济技术开发区内，洱源县邓川镇新州村。")))
    assert {"上派镇", "右所镇", "桐庐经济技术开发区", "邓川镇"} <= found
    assert "洱源县邓川镇" not in found


@pytest.mark.parametrize("text,expected", [
    ("所长杨帆带领杜鹃、钟明、何小军等党员下沉社区。", {"杨帆", "杜鹃", "钟明", "何小军"}),
    ("服务队队员刘晓燕、高峰、孙丽丽来到社区。", {"刘晓燕", "高峰", "孙丽丽"}),
    ("副总经理何建平带队赶赴现场。", {"何建平"}),
    ("王成刚是依汶供电所的一名老员工。", {"王成刚"}),
    ("他和同事于海洋、孙宝龙赶到故障点。", {"于海洋", "孙宝龙"}),
])
def test_persons_in_strong_contexts_and_lists(text, expected):
    assert names(find_persons(TextIndex.of(text))) == expected


@pytest.mark.parametrize("text", ["全力迎战用电高峰。", "党员干部强担当，织密防线。", "“电小二”成了居民贴心人。"])
def test_words_are_still_not_persons(text):
    assert not find_persons(TextIndex.of(text))


def test_communities_after_units_and_not_after_verbs():
    found = names(find_communities(TextIndex.of("恢复了孟家岗镇向阳村的供电。服务队扎根社区，助力乡村振兴。")))
    assert "向阳村" in found
    assert not any(n.startswith(("岗镇", "扎根", "助力")) for n in found)


@pytest.mark.parametrize("text,expected,unexpected", [
    ("9月14日，第12号台风“梅花”在舟山登陆。", "台风“梅花”", "9月14日台风"),
    ("7月12日，形成修河2020年第1号洪水。", "修河2020年第1号洪水", "7月12日洪水"),
    ("11月8日至9日，佳木斯地区遭遇暴雪。", "11月8日至9日暴雪", "11月8日暴雪"),
    ("9月13日，公司召开防御台风“梅花”视频调度会。", "防御台风“梅花”视频调度会", "视频调度会"),
    ("3月26日，副总经理张海鹰带队到新州村调研农网改造工作。", "调研农网改造工作", None),
    ("4月1日，公司领导前往基层单位督导调研复工复产工作。", None, "督导调研复工复产工作"),
    ("开展“电亮乡村”专项行动。", "“电亮乡村”专项行动", "电亮乡村"),
])
def test_events(text, expected, unexpected):
    found = names(find_events(TextIndex.of(text)))
    if expected:
        assert expected in found
    if unexpected:
        assert unexpected not in found


def test_honour_titles_name_no_event():
    assert "抗洪救灾" not in names(find_events(TextIndex.of("她被评为“抗洪救灾先进个人”。")))


def test_countries_and_world_regions_are_places():
    found = entities("代表团先后访问了巴西、阿根廷和智利，并在东南亚停留。")
    assert {("Place", "巴西"), ("Place", "阿根廷"), ("Place", "智利"), ("Place", "东南亚")} <= found


def test_a_three_character_name_tagged_by_jieba_needs_no_title():
    assert ("Person", "张伟明") in entities("会上，张伟明介绍了当地的经验。")


def test_a_surname_after_a_numeral_is_a_measure_word():
    assert not any(t == "Person" for t, _ in entities("公司组成12支迎峰度夏突击队。"))


def test_a_town_right_after_a_district_and_the_district_itself():
    found = entities("在云溪区石岭坡镇，村民正在收割。")
    assert {("Place", "云溪区"), ("Place", "石岭坡镇")} <= found
    assert not any(n.startswith("区") for _, n in found)


def test_a_name_before_the_post_it_holds():
    found = entities("王建国现任国网云溪县供电公司总经理。")
    assert {("Person", "王建国"), ("Company", "国网云溪县供电公司")} <= found


@pytest.mark.parametrize("text, company", [
    ("陈立是国网云溪县供电公司的一名员工。", "国网云溪县供电公司"),
    ("西江电网公司旗下北湖供电局召开会议。", "北湖供电局"),
])
def test_copula_and_ownership_words_end_an_org_name(text, company):
    found = entities(text)
    assert ("Company", company) in found
    assert not any(("是" in n or "旗下" in n) for _, n in found)


def test_general_news_org_suffixes():
    found = entities("北湖协会与南山银行签署协议。")
    assert {("Organization", "北湖协会"), ("Company", "南山银行")} <= found


def test_islands_are_places():
    assert ("Place", "东沙岛") in entities("船只停靠在东沙岛。")


def events(text):
    return {c.name for c in find_events(TextIndex.of(text))}


@pytest.mark.parametrize(("text", "event"), [
    ("5月3日，东山市召开2021年度先进集体和先进个人表彰大会。", "2021年度先进集体和先进个人表彰大会"),
    ("会议宣布了第三届变电运维技能竞赛的安排。", "第三届变电运维技能竞赛"),
    ("该公司启动“点亮乡村”行动，首批十个村入选。", "“点亮乡村”行动"),
    ("该局开展“用电安全进校园”宣传活动。", "“用电安全进校园”宣传活动"),
    ("“3·15”暴雨导致多条线路停运。", "“3·15”暴雨"),
    ("2020年7月，他在青原县抗洪抢险中坚守一线。", "青原县抗洪抢险"),
    ("供电公司立即投入防汛抢险保供电，全员取消休假。", "防汛抢险保供电"),
    ("各级党组织全力打好疫情防控保供电攻坚战。", "疫情防控保供电攻坚战"),
])
def test_event_names_keep_their_year_place_quotes_and_aim(text, event):
    assert event in events(text)


def test_a_bare_ceremony_after_its_full_name_is_that_ceremony():
    found = find_events(TextIndex.of("供电所与社区举行结对共建签约仪式。签约仪式后，他们走进社区。"))
    assert {c.name for c in found} == {"结对共建签约仪式"}


def test_a_time_stamp_date_is_not_a_disaster_date():
    assert not any("台风" in n for n in events("截至7月18日20时，因台风停电的用户已全部复电。"))


def persons(text):
    return {c.name for c in find_persons(TextIndex.of(text))}


@pytest.mark.parametrize(("text", "person"), [
    ("吉克曲布是县供电公司的一名客户经理。", "吉克曲布"),
    ("村民吉木拉格说。", "吉木拉格"),
    ("文/刀小兰 编辑/岩罕  今年", "岩罕"),
    ("文/刀小兰 编辑/岩罕  今年", "刀小兰"),
    ("抢修队已赶到。何晓波,东山供电局北兴供电所所长,带队抢修。", "何晓波"),
    ("因为表现突出,孙红梅获得街道表彰。", "孙红梅"),
])
def test_names_without_a_han_surname_or_an_adjacent_title(text, person):
    assert person in persons(text)


@pytest.mark.parametrize(("text", "person"), [("局长王刚介绍，今年", "王刚"), ("总经理周明强调，", "周明")])
def test_a_verb_after_a_name_is_not_read_into_it(text, person):
    assert persons(text) == {person}


def test_abbreviated_and_bare_bureau_chains_are_one_entity():
    text = ("他们来自南方电网有限责任公司东港供电局西山分局。东港局西山分局下设三个供电所。"
            "西山分局局长周明说，东港供电局西山分局今年新建线路十条。")
    found = [e for e in find_entities(make_document(text, doc_id="t.txt")) if e.name.endswith("西山分局")]
    assert len(found) == 1
    assert found[0].name == "南方电网有限责任公司东港供电局西山分局"
    assert {"东港局西山分局", "西山分局", "东港供电局西山分局"} <= set(found[0].aliases)


def test_one_tail_shared_by_two_chains_stays_apart():
    text = "东港供电局西山分局和南岭供电局西山分局联合开展检修。西山分局员工参加。"
    names_found = {e.name for e in find_entities(make_document(text, doc_id="t.txt")) if e.type == "Company"}
    assert {"东港供电局西山分局", "南岭供电局西山分局"} <= names_found


def test_a_chain_before_a_staff_word_is_one_company():
    found = names(find_orgs(TextIndex.of("国网铜川供电公司宜君县供电公司员工周明获得表彰。")))
    assert "国网铜川供电公司宜君县供电公司" in found


def test_the_county_of_a_placed_response_stays_a_place():
    found = entities("2020年7月，他在宜君县抗洪抢险中坚守一线。")
    assert ("Event", "宜君县抗洪抢险") in found
    assert ("Place", "宜君县") in found


def test_a_reference_opening_a_sentence_goes_to_the_subject_before():
    text = "东山华远电力工程有限公司是国网东山供电公司的全资子公司。该公司项目经理周明介绍，工程已完工。"
    refs = [m for e in find_entities(make_document(text, doc_id="t.txt")) for m in e.mentions
            if m.is_reference and m.text == "该公司"]
    owners = [e.name for e in find_entities(make_document(text, doc_id="t.txt"))
              if any(m.is_reference for m in e.mentions)]
    assert refs and owners == ["东山华远电力工程有限公司"]


@pytest.mark.parametrize(("text", "community"), [
    ("在海边的安和村，抢修队正在检修。安和村村民端来一壶凉茶。", "安和村"),
    ("队员走进明光社区。明光社区位于城区东部。", "明光社区"),
    ("他走进前湾社区海风小区，为居民检修线路。", "海风小区"),
])
def test_communities_named_with_common_words_by_their_use(text, community):
    assert community in names(find_communities(TextIndex.of(text)))


def test_a_common_word_village_once_is_no_community():
    assert "团结村" not in names(find_communities(TextIndex.of("大家要团结村里的力量。")))


def places(text):
    return {c.name for c in find_places(TextIndex.of(text))}


def test_a_numeral_town_after_a_one_word_district():
    assert "三门坡镇" in places("5月18日上午,海口市琼山区三门坡镇的荔枝园里。")


def test_a_kind_of_town_after_a_county_is_no_town():
    assert not any(p.endswith("乡镇") for p in places("辉县市部分乡镇积水严重。"))


def test_new_districts_and_new_towns():
    assert "钱塘区" in places("位于钱塘区的一所大学。")
    assert "钱江新城" in places("誓师大会在钱江新城举行。")
    assert not any(p.endswith("区") for p in places("江苏区域电网运行平稳。"))


@pytest.mark.parametrize(("text", "org"), [
    ("在苏州市第十三中学考点，来自供电公司的队员值守。", "苏州市第十三中学"),
    ("他获得浦东新区文明办表彰。", "浦东新区文明办"),
    ("10月20日，瑞金市委、市政府为他颁发证书。", "瑞金市政府"),
    ("2021年07月27日 09:58 河南日报客户端  7月22日，新乡市遭遇暴雨。", "河南日报客户端"),
])
def test_schools_offices_shared_governments_and_apps(text, org):
    found = {c.name for c in find_orgs(TextIndex.of(text))} | {n for t, n in entities(text) if t == "Organization"}
    assert org in found


def test_a_dated_dateline_names_its_outlet():
    assert ("Organization", "东北网") in entities("东北网4月12日讯 4月7日，哈尔滨市开展核酸检测。")


def test_a_district_short_form_after_its_full_name():
    found = {(e.type, e.name): [m.text for m in e.mentions]
             for e in find_entities(make_document("上海市普陀区供电公司员工检修。在普陀，志愿者走访居民。", doc_id="t.txt"))}
    assert found.get(("Place", "普陀区")) == ["普陀"]


def test_a_bare_unit_after_its_chain_is_a_mention_of_the_chain():
    text = "国网桦南县供电公司孟家岗供电所所长周明说。孟家岗供电所今年新建线路。"
    found = {(e.type, e.name): [m.text for m in e.mentions] for e in find_entities(make_document(text, doc_id="t.txt"))}
    assert found[("Company", "国网桦南县供电公司孟家岗供电所")] == ["国网桦南县供电公司孟家岗供电所", "孟家岗供电所"]


def test_a_disease_before_its_patients_is_no_event():
    assert "新冠肺炎" not in events("这是全市收治新冠肺炎患者的定点医院之一。")
    assert "新冠肺炎" in events("面对突如其来的新冠肺炎，全体党员冲在一线。")


def test_a_province_opening_a_quoted_honour_is_no_place():
    found = entities("他去年荣获“甘肃省五一劳动奖章”称号。")
    assert ("Place", "甘肃省") not in found
    assert ("Place", "甘肃省") in entities("他去年在甘肃省工作。")


@pytest.mark.parametrize("text", ["是创建文明城市、文明村镇、文明行业。", "但并乡扩镇以来，部分干部不适应。",
                                  "考察了郑口、饶阳店两镇的政务公开。", "认定的贫困乡、贫困民族乡及镇。",
                                  "有的企业就主要向中小城镇销售。"])
def test_kinds_and_counts_of_towns_are_no_towns(text):
    assert not any(p.endswith(("镇", "乡")) for p in places(text))


def test_a_photo_credit_ends_a_name_and_a_world_city_is_no_person():
    assert persons("（本报记者李舸摄）") == {"李舸"}
    assert "莫斯科" not in persons("双方于4月2日在莫斯科签署了协议。莫斯科说")


def test_a_transliterated_name_after_a_title_is_read_whole():
    assert "普里马科夫" in persons("俄罗斯外交部长普里马科夫等俄罗斯官员出席。")


def test_a_bureaus_usual_short_forms_are_mentions_of_it():
    text = "东川供电局第一时间启动应急响应。截至目前，东川局已累计出动人员300余人次。东川局长周明说。欢迎关注 东川供电 公众号。"
    found = {(e.type, e.name): sorted(m.text for m in e.mentions)
             for e in find_entities(make_document(text, doc_id="t.txt"))}
    assert found[("Company", "东川供电局")] == ["东川供电", "东川供电局", "东川局"]


def test_a_bare_company_opening_a_clause_is_the_main_company():
    text = ("国网东山县供电公司组织抢修。国网东山县供电公司党员冲在一线。该县的东山华远电力工程有限公司也派出人员。"
            "公司将继续做好保电工作。")
    refs = {e.name for e in find_entities(make_document(text, doc_id="t.txt"))
            if any(m.is_reference and m.text == "公司" for m in e.mentions)}
    assert refs == {"国网东山县供电公司"}


def test_a_quoted_campaign_one_takes_part_in():
    assert "抗汛保电" in events("全体党员以饱满的精神投入“抗汛保电”中，舍小家为大家。")
    assert not events("他说“我们一定行”。")


def test_transliterated_foreign_names_in_name_slots():
    found = persons("美国总统克林顿会见了来访客人。亨特表示，理查德·赖尔登也出席了。")
    assert {"克林顿", "亨特"} <= found
    assert "齐齐哈尔" not in persons("从齐齐哈尔、大庆两地抽调人员。")


def test_the_community_a_unit_is_assigned_to():
    assert "团结社区" in names(find_communities(TextIndex.of("党员周明主动报名包保团结社区，每天为居民服务。")))
    assert not names(find_communities(TextIndex.of("党员们主动报名包保社区，每天为居民服务。")))
