"""Rules added for articles by writers who never saw kg (issue #4): one made-up sentence per rule,
with a negative case where the rule could over-fire. No name here comes from any article."""

from __future__ import annotations

import dataclasses

from kg.document import make_document
from kg.extract.entities import curly_quotes, find_entities


def entities(text):
    return {(e.type, e.name) for e in find_entities(make_document(text, doc_id="t.txt"))}


def labels(text, type_):
    """Every name and alias of the found entities of one type."""
    out = set()
    for e in find_entities(make_document(text, doc_id="t.txt")):
        if e.type == type_:
            out |= {e.name, *e.aliases}
    return out


# ------------------------------------------------------------------ quotes


def test_straight_quotes_pair_into_curly_ones_with_the_same_offsets():
    text = '开展"甲乙进万家"活动,又说"丙丁"。\n另起"一行'
    view = curly_quotes(text)
    assert len(view) == len(text)
    assert view == "开展“甲乙进万家”活动,又说“丙丁”。\n另起“一行"
    assert curly_quotes("没有引号") == "没有引号"


def test_a_straight_quoted_campaign_keeps_the_texts_quotes_in_its_name():
    found = labels('3月5日,国网桐庐县供电公司开展"光明驿路"专项行动,走访客户。', "Event")
    assert '"光明驿路"专项行动' in found
    assert not any("“" in n for n in found)


# ------------------------------------------------------------------ events


def test_topic_before_quotes_belongs_to_the_campaign_but_a_unit_does_not():
    assert ("Event", "夏季保供“百炼成钢”行动") in entities("国网桐庐县供电公司启动夏季保供“百炼成钢”行动,保障用电。")
    found = labels("国网桐庐县供电公司“银杏课堂”进社区活动昨日举行。", "Event")
    assert not any(n.startswith(("公司", "供电公司")) for n in found)


def test_figurative_quotes_are_no_campaign():
    assert not labels("该集团把安全生产作为“头号”工程。", "Event")


def test_drills_and_convened_meetings_are_events_without_a_date():
    found = labels("桐庐县应急管理局组织开展燃气泄漏应急演练。随后召开迎峰度夏推进会。", "Event")
    assert "燃气泄漏应急演练" in found
    assert "迎峰度夏推进会" in found


def test_a_response_to_a_hazard_is_short_and_named_by_the_hazard():
    assert "防汛应急响应" in labels("国网桐庐县供电公司第一时间启动防汛应急响应,连夜抢修。", "Event")
    assert not labels("国网桐庐县供电公司启动疫情防控保电应急响应。", "Event")


def test_two_campaigns_joined_by_he_are_not_one():
    assert not labels("国网桐庐县供电公司开展节约用电和安全知识宣传活动。", "Event")


def test_a_dated_disaster_word_is_a_mention_of_the_dated_event():
    found = labels("6月3日,桐庐县遭遇强降雨,多条线路停运。此次强降雨影响较大。", "Event")
    assert {"6月3日强降雨", "强降雨"} <= found


def test_a_led_visit_to_the_works_is_an_event_but_a_bare_visit_is_not():
    assert "现场督导" in labels("6月3日,国网桐庐县供电公司总经理周明带队到现场督导。", "Event")
    assert not labels("6月3日,总经理周明前往基层单位督导。", "Event")


# ------------------------------------------------------------------ organisations


def test_party_branches_of_villages_count_even_in_titles():
    found = entities("驻村队员走进青禾村。青禾村党支部书记周明说,用电有保障。")
    assert ("Organization", "青禾村党支部") in found
    assert ("Community", "青禾村") in found


def test_bureaus_with_a_short_place_prefix_are_organisations():
    found = entities("桐庐县能源局副局长周明和杭州市城市管理局、浙江省农业农村厅的干部到场。")
    assert {("Organization", "桐庐县能源局"), ("Organization", "杭州市城市管理局"),
            ("Organization", "浙江省农业农村厅")} <= found
    assert not any(n.endswith("局") and t == "Organization" for t, n in entities("大局意识要强,格局要大。"))


def test_a_branch_of_a_public_security_bureau_and_an_office_of_a_headquarters():
    found = entities("杭州市公安局桐庐分局民警到场。桐庐县防汛抗旱指挥部办公室发布预警。")
    assert ("Organization", "杭州市公安局桐庐分局") in found
    assert ("Organization", "桐庐县防汛抗旱指挥部办公室") in found
    assert not any(t == "Company" and "分局" in n for t, n in found)


def test_a_quoted_team_name_alone_is_an_alias_of_the_team():
    found = labels("国网桐庐县供电公司“银杏”共产党员服务队上门服务。", "Organization")
    assert "“银杏”共产党员服务队" in found
    assert "国网桐庐县供电公司“银杏”共产党员服务队" in found


def test_a_village_work_team_is_not_a_named_team():
    assert not labels("青禾村驻村工作队由供电公司派出。", "Organization")


def test_a_legal_form_completes_the_group_and_short_names_join_it():
    found = entities("浙江桐江水务集团有限公司下属三家公司。桐江水务集团投资200万元。")
    assert ("Company", "浙江桐江水务集团有限公司") in found
    assert ("Company", "桐江水务集团") not in found


def test_place_hidden_by_the_word_cut_and_trade_word_after_a_place():
    found = entities("临安市自来水有限公司和桐庐县的大源口供电公司负责供水供电。")
    assert ("Company", "临安市自来水有限公司") in found


def test_a_department_of_an_unnamed_unit_and_a_title_with_fu():
    found = entities("服务队队长、分公司运维检修部主任周明说,设备正常。")
    assert ("Company", "运维检修部") in found


# ------------------------------------------------------------------ persons


def test_a_name_after_a_title_whatever_jieba_reads():
    found = labels("供电所所长向建国和同事们赶到,总经理韩立强说:“能修好。”", "Person")
    assert {"向建国", "韩立强"} <= found


def test_a_slogan_after_a_title_is_no_name():
    assert not labels("全体党员强担当，干部勇作为。", "Person")


def test_names_joined_by_a_middle_dot():
    found = labels("社区网格员阿依古丽·买买提说,服务很周到。", "Person")
    assert "阿依古丽·买买提" in found
    assert not labels("中国·杭州国际会展中心开放。", "Person")


def test_surname_with_kin_word_or_title_is_no_name():
    found = labels("居民钟大妈说,孔书记常来。", "Person")
    assert "钟大妈" not in found and "孔书记" not in found


# ------------------------------------------------------------------ communities and places


def test_community_names_the_word_cut_breaks_after_a_street_or_district():
    found = entities("记者在拱墅区燕子窝街道太平里社区看到,居民正在排队。")
    assert ("Community", "燕子窝街道") in found
    assert ("Community", "太平里社区") in found


def test_a_town_written_as_an_address_before_a_village():
    assert ("Place", "茶坪乡") in entities("在婺源县茶坪乡青山村,村民都认识他。")


def test_no_company_inside_an_outlet_and_no_bureau_inside_its_branch():
    found = entities("来源:国家电网报。杭州市公安局桐庐分局民警到场。")
    assert ("Company", "国家电网") not in found
    assert ("Organization", "杭州市公安局") not in found


def test_a_group_read_inside_an_organisation_word_heads_its_chain():
    found = entities("他是中国移动通信集团浙江有限公司杭州分公司的员工。")
    assert ("Company", "中国移动通信集团") in found


def test_tibetan_names_after_a_title():
    found = labels("项目经理多吉平措带领工人施工。“很顺利。”多吉平措说。", "Person")
    assert "多吉平措" in found and "多吉" not in found


def test_a_measured_crop_and_a_repeated_dictionary_word_are_no_names():
    assert not labels("村里建起300亩金银花基地,金银花长势好。", "Person")
    assert "马甲" not in labels("“红马甲”上门,“红马甲”服务队受欢迎。", "Person")


def test_contests_and_meetings_one_speaks_at_are_events():
    found = labels("国网桐庐县供电公司举办2025年配网运维技能竞赛。周明在迎峰度夏推进会上讲话。", "Event")
    assert {"2025年配网运维技能竞赛", "配网运维技能竞赛"} <= found
    assert "迎峰度夏推进会" in found


def test_numbered_and_listed_units_under_a_group():
    found = entities("修路的是浙江桐江建工集团有限公司下属的第二工程公司。集团下属的供热服务分公司、管网维修分公司和计量检测中心组成专班。")
    assert ("Company", "第二工程公司") in found
    assert ("Company", "计量检测中心") in found
    assert not any(n.startswith("下属") for _, n in found)


def test_a_surname_glued_to_the_title_before_it():
    assert "于海涛" in labels("安达社区网格员于海涛说,服务很好。", "Person")


def test_no_name_from_a_title_glued_to_a_verb_and_a_verb_glued_to_a_name():
    assert not labels("云池社区、翠亭社区等居民区提供可靠电源。", "Person")
    found = labels("党委书记、经理曾庆民带着服务队出发。", "Person")
    assert "曾庆民带" not in found


def test_grid_departments_and_numbered_waterworks():
    found = entities("国网桐庐县供电公司运维检修中心和国网杭州供电公司建设部到场。临安市第二自来水厂恢复供水。")
    assert ("Company", "国网桐庐县供电公司运维检修中心") in found
    assert ("Company", "国网杭州供电公司建设部") in found
    assert ("Company", "临安市第二自来水厂") in found


def test_supply_for_a_named_occasion_but_not_for_a_holiday():
    found = labels("公司全力做好亚运保电和春节保电工作。", "Event")
    assert "亚运保电" in found and "春节保电" not in found


def test_a_quoted_campaign_name_alone_is_an_alias():
    found = labels("国网桐庐县供电公司开展“电亮万家”行动。", "Event")
    assert {"“电亮万家”行动", "电亮万家"} <= found


def test_a_community_after_an_address_and_de_or_in_a_list():
    found = entities("在桐庐县水东镇的七里村,村民用上了电。企业和云溪社区、石油社区等居民区都已通电。")
    assert ("Community", "七里村") in found
    assert ("Community", "石油社区") in found


def test_the_pages_outlet_is_an_organisation_without_a_mention():
    doc = make_document("国网桐庐县供电公司开展巡视。", doc_id="t.txt")
    doc = dataclasses.replace(doc, source="桐江日报")
    found = {(e.type, e.name) for e in find_entities(doc)}
    assert ("Organization", "桐江日报") in found
    company = dataclasses.replace(doc, source="国网桐庐县供电公司")
    assert ("Organization", "国网桐庐县供电公司") not in {(e.type, e.name) for e in find_entities(company)}


def test_a_clause_between_quotes_and_a_contest_is_no_event_name():
    found = labels("今年,“冬季保供”也纳入劳动竞赛。桐江供电“夏季攻坚”劳动竞赛启动。", "Event")
    assert not any("纳入" in n for n in found)
    assert not any(n.startswith("桐江供电") for n in found)


def test_mongolian_names_after_a_title_and_dotted_names_after_de():
    assert "巴特尔" in labels("供电分局局长巴特尔表示,设备运行正常。", "Person")
    assert "买买提·吐尔洪" in labels("来自国网某供电公司的买买提·吐尔洪、李强获奖。", "Person")


def test_a_domain_verb_opens_a_contest_name():
    assert "输电线路带电作业技能竞赛" in labels("公司举办2026年输电线路带电作业技能竞赛。", "Event")


def test_a_place_opening_a_utilitys_short_name_is_no_place():
    found = entities("桐庐水务推出上门服务,桐庐移动也来了。桐庐县的居民很满意。")
    assert ("Place", "桐庐县") in found
    assert sum(1 for t, _ in found if t == "Place") == 1


def test_a_preposition_glued_by_the_word_cut_is_not_part_of_a_community():
    from kg.document import make_document
    from kg.extract.entities import find_entities

    doc = make_document("党员甲乙丙下班后来到亚明社区她包保。党员于3月22日已从亚明社区撤回。", "t.txt")
    names = {e.name for e in find_entities(doc) if e.type == "Community"}
    assert names == {"亚明社区"}  # jieba cuts 从亚/明社区
