"""General relation patterns found on unseen articles, on small made-up sentences (invented names only).

Each test states one pattern and, where it matters, a near miss that must give nothing.
"""

from __future__ import annotations

from kg.extract.relations import find_relations
from test_relations import make, run

# ---------------------------------------------------------------- subsidiaries


def test_affiliated_units_belong_to_the_unit_before():
    ents = {"国网青石供电公司": "Company", "国网青石县供电公司": "Company", "国网白沙县供电公司": "Company"}
    got = run("青石供电公司召开会议,部署所属国网青石县供电公司、国网白沙县供电公司做好工作。",
              ents, aliases={"国网青石供电公司": ("青石供电公司",)})
    assert ("国网青石县供电公司", "subsidiaryOf", "国网青石供电公司", None) in got
    assert ("国网白沙县供电公司", "subsidiaryOf", "国网青石供电公司", None) in got


def test_affiliated_unit_written_inside_a_longer_name():
    ents = {"某市供电局": "Company", "某区供电局": "Company", "某区供电局“红帆”党员服务队": "Organization"}
    got = run("某市供电局下属某区供电局“红帆”党员服务队走进社区。某区供电局很忙。", ents)
    assert ("某区供电局", "subsidiaryOf", "某市供电局", None) in got


def test_fronted_directive_ties_the_acting_unit_to_its_parent():
    ents = {"国网某省电力公司": "Company", "国网河湾供电公司": "Company", "李甲": "Person"}
    got = run("按照国网某省电力公司统一部署,7月5日,国网河湾供电公司副总经理李甲带队检查。", ents)
    assert ("国网河湾供电公司", "subsidiaryOf", "国网某省电力公司", None) in got


def test_county_level_unit_gets_no_provincial_parent_without_a_tie():
    ents = {"国网某某省电力有限公司": "Company", "国网河湾县供电公司": "Company"}
    text = "国网某某省电力有限公司部署防汛工作。国网河湾县供电公司连夜抢修。"
    doc, es = make(text, ents)
    rels, _ = find_relations(doc, es)
    assert not any(r.predicate == "subsidiaryOf" for r in rels)


# ---------------------------------------------------------------- positions


def test_copula_with_filler_gives_title():
    ents = {"某供电所": "Company", "甲乙": "Person", "丙丁": "Person"}
    got = run("甲乙是某供电所营业厅的一名老员工。丙丁是某供电所的一名老党员。", ents)
    assert ("甲乙", "holdsPosition", "某供电所", "员工") in got
    assert ("丙丁", "worksFor", "某供电所", None) in got
    assert not any(f[0] == "丙丁" and f[1] == "holdsPosition" for f in got)


def test_copula_with_a_community_and_a_stationed_title_serves_it():
    got = run("戊己是柳湾村的驻村工作队队员。", {"柳湾村": "Community", "戊己": "Person"})
    assert ("戊己", "servesCommunity", "柳湾村", None) in got


def test_stationed_team_title_is_kept_whole():
    got = run("某局驻柳湾村工作队队员庚辛已经在村里住了两年。",
              {"某局": "Company", "柳湾村": "Community", "庚辛": "Person"})
    assert ("庚辛", "holdsPosition", "某局", "驻村工作队队员") in got


def test_community_party_secretary_keeps_the_party_title():
    got = run("柳湾社区党委书记壬癸出席仪式。", {"柳湾社区党委": "Organization", "壬癸": "Person"})
    assert ("壬癸", "holdsPosition", "柳湾社区党委", "党委书记") in got


def test_bare_team_title_refers_to_the_team_named_just_before():
    ents = {"某公司“光明”服务队": "Organization", "赵甲": "Person", "钱乙": "Person"}
    got = run("某公司“光明”服务队成立。次日,服务队队员赵甲、钱乙来到现场。", ents)
    assert ("赵甲", "holdsPosition", "某公司“光明”服务队", "队员") in got
    assert ("钱乙", "worksFor", "某公司“光明”服务队", None) in got
    # far from any team, a 队员 names no team
    far = "某公司“光明”服务队成立。甲。乙。丙。丁。队员赵甲来到现场。"
    assert not any(f[0] == "赵甲" for f in run(far, ents))


def test_colleagues_work_where_the_titled_person_works():
    ents = {"某供电所": "Company", "孙丙": "Person", "李丁": "Person"}
    got = run("某供电所所长孙丙说。他和同事李丁赶到现场。", ents)
    assert ("李丁", "worksFor", "某供电所", None) in got
    assert not any(f[0] == "李丁" and f[1] == "holdsPosition" for f in got)


def test_enterprise_reference_skips_grid_companies():
    ents = {"某某新材料有限公司": "Company", "国网某县供电公司": "Company", "周戊": "Person"}
    got = run("国网某县供电公司走访某某新材料有限公司。国网某县供电公司帮助办理。该企业负责人周戊说。", ents)
    assert ("周戊", "holdsPosition", "某某新材料有限公司", "负责人") in got


# ---------------------------------------------------------------- service


def test_agreement_with_a_community_serves_it_and_the_team_owner_too():
    ents = {"国网某县供电公司": "Company", "国网某县供电公司“光明”服务队": "Organization", "东湖社区": "Community"}
    got = run("国网某县供电公司“光明”服务队与东湖社区签订了共建协议。国网某县供电公司很忙。", ents)
    assert ("国网某县供电公司“光明”服务队", "servesCommunity", "东湖社区", None) in got
    assert ("国网某县供电公司", "servesCommunity", "东湖社区", None) in got


def test_leader_and_led_persons_serve_the_village_entered():
    ents = {"周一": "Person", "吴二": "Person", "郑三": "Person", "石桥村": "Community"}
    got = run("周一带领吴二、郑三等党员乘冲锋舟进入石桥村,为村民架设电源。", ents)
    assert {("周一", "servesCommunity", "石桥村", None), ("郑三", "servesCommunity", "石桥村", None)} <= got


def test_only_the_innermost_community_of_an_address_is_served():
    ents = {"王五": "Person", "南湖街道": "Community", "北岸社区": "Community"}
    got = run("王五连续10天下沉南湖街道北岸社区。", ents)
    assert ("王五", "servesCommunity", "北岸社区", None) in got
    assert ("王五", "servesCommunity", "南湖街道", None) not in got


def test_bare_to_only_after_a_move():
    ents = {"王五": "Person", "北岸社区": "Community"}
    assert ("王五", "servesCommunity", "北岸社区", None) in run("王五带队到北岸社区调研。", ents)
    assert not any(f[1] == "servesCommunity" for f in run("王五受到北岸社区好评。", ents))


def test_service_for_residents_and_restored_supply():
    ents = {"赵六": "Person", "钱七": "Person", "北岸社区": "Community", "南岭村": "Community"}
    got = run("赵六就为北岸社区的32户居民上门检查线路。钱七赶到故障点,恢复了南岭村等5个村的供电。", ents)
    assert ("赵六", "servesCommunity", "北岸社区", None) in got
    assert ("钱七", "servesCommunity", "南岭村", None) in got


# ---------------------------------------------------------------- events


def test_chaired_meeting_is_held_by_the_chairs_unit():
    ents = {"国网某省电力公司": "Company", "谭某": "Person", "保供电专题会议": "Event"}
    got = run("国网某省电力公司党委书记、董事长谭某主持召开保供电专题会议。", ents)
    assert ("保供电专题会议", "organizedBy", "国网某省电力公司", None) in got
    assert ("谭某", "participatedIn", "保供电专题会议", None) in got


def test_affiliated_unit_is_the_subject():
    ents = {"国网某省电力公司": "Company", "国网青石供电公司": "Company", "视频调度会": "Event"}
    got = run("9月3日,国网某省电力公司所属国网青石供电公司召开视频调度会。", ents)
    assert ("视频调度会", "organizedBy", "国网青石供电公司", None) in got
    assert ("视频调度会", "organizedBy", "国网某省电力公司", None) not in got


def test_visit_events_and_directive_sources():
    ents = {"国网某省电力公司": "Company", "国网河湾供电公司": "Company", "李甲": "Person", "河湾县": "Place",
            "检查抢修进度": "Event"}
    got = run("按照国网某省电力公司部署,国网河湾供电公司副总经理李甲带队到河湾县检查抢修进度。", ents)
    assert ("李甲", "participatedIn", "检查抢修进度", None) in got
    assert not any(f[0] == "国网某省电力公司" for f in got if f[1] == "participatedIn")


def test_coordinated_attendees():
    ents = {"某局": "Company", "某社区党委": "Organization", "黄一": "Person", "蒙二": "Person", "签约仪式": "Event"}
    got = run("某局党委书记、局长黄一,某社区党委书记蒙二出席签约仪式。", ents)
    assert ("黄一", "participatedIn", "签约仪式", None) in got
    assert ("蒙二", "participatedIn", "签约仪式", None) in got


def test_dateline_is_not_a_subject():
    got = run("某某网讯 9月1日,某市启动静态管理。", {"某某网": "Organization", "静态管理": "Event"})
    assert not any(f[1] in ("organizedBy", "participatedIn") for f in got)


# ---------------------------------------------------------------- locations


def test_within_and_landfall_and_struck():
    ents = {"某开发区": "Place", "某某科技有限公司": "Company", "台风“海燕”": "Event", "东山": "Place",
            "南区": "Place"}
    got = run("走访某开发区内的某某科技有限公司。台风“海燕”在东山南区沿海登陆。", ents)
    assert ("某某科技有限公司", "locatedIn", "某开发区", None) in got
    assert ("台风“海燕”", "locatedIn", "南区", None) in got
    got = run("6月1日至3日,西川市遭遇入汛以来最强降雨。", {"最强降雨": "Event", "西川市": "Place"})
    assert ("最强降雨", "locatedIn", "西川市", None) in got


def test_governing_body_is_not_placed_by_its_name():
    got = run("张三被某某市委评为“先进个人”。", {"某某市": "Place", "某某市委": "Organization", "张三": "Person"})
    assert not any(f[1] == "locatedIn" for f in got)
    assert ("张三", "honoredBy", "某某市委", "先进个人") in got


def test_in_place_prefers_the_community_of_its_clause():
    ents = {"北湖街道": "Community", "某公司服务队": "Organization", "东关社区": "Community"}
    got = run("在北湖街道,某公司服务队与东关社区签订了共建协议。", ents)
    assert ("东关社区", "locatedIn", "北湖街道", None) in got
    assert ("某公司服务队", "locatedIn", "北湖街道", None) not in got


# ---------------------------------------------------------------- honours


def test_active_and_received_honours():
    ents = {"某县委": "Organization", "宋甲": "Person", "北岸社区": "Community", "林乙": "Person"}
    got = run("某县委授予宋甲“优秀共产党员”称号。林乙荣获北岸社区授予的“最美志愿者”称号。", ents)
    assert ("宋甲", "honoredBy", "某县委", "优秀共产党员") in got
    assert ("林乙", "honoredBy", "北岸社区", "最美志愿者") in got
    assert ("林乙", "servesCommunity", "北岸社区", None) in got
    # a body that merely meets a person honours nobody
    assert not any(f[1] == "honoredBy" for f in run("某县委看望宋甲。", ents))


def test_news_source_is_not_the_actor():
    ents = {"某省电网公司": "Company", "某市供电局": "Company", "防汛演练": "Event"}
    got = run("记者从某省电网公司获悉,5月1日,某市供电局开展防汛演练。", ents)
    assert ("防汛演练", "organizedBy", "某市供电局", None) in got
    assert not any("某省电网公司" in (f[0], f[2]) for f in got if f[1] in ("organizedBy", "participatedIn"))


def test_person_from_a_unit_and_acting_as_a_title():
    ents = {"某检修公司": "Company", "冯甲": "Person", "陈乙": "Person", "某村": "Community"}
    got = run("来自某检修公司的冯甲赶到现场。陈乙作为某村第一书记,带领村民抗洪。", ents)
    assert ("冯甲", "worksFor", "某检修公司", None) in got
    assert ("陈乙", "servesCommunity", "某村", None) in got
    assert not any(f[0] == "冯甲" and f[1] == "holdsPosition" for f in got)


# ---------------------------------------------------------------- round 2 (varied phrasing)


def test_belongs_in_brackets_and_copula_subsidiary():
    ents = {"青石供电局": "Company", "白沙供电局": "Company", "河湾工程有限公司": "Company", "国网河湾供电公司": "Company"}
    got = run("白沙供电局(隶属青石供电局)的队伍赶到。河湾工程有限公司是国网河湾供电公司的全资子公司。", ents)
    assert ("白沙供电局", "subsidiaryOf", "青石供电局", None) in got
    assert ("河湾工程有限公司", "subsidiaryOf", "国网河湾供电公司", None) in got


def test_no_provincial_parent_from_structure_in_the_main_text():
    ents = {"国网某某省电力有限公司": "Company", "国网河湾供电公司": "Company"}
    got = run("国网某某省电力有限公司部署防汛工作。国网河湾供电公司连夜抢修。", ents)
    assert not any(f[1] == "subsidiaryOf" for f in got)


def test_station_belongs_to_a_county_level_company_only():
    ents = {"国网河湾供电公司": "Company", "青石供电所": "Company"}
    got = run("国网河湾供电公司召开会议。青石供电所所长很忙。国网河湾供电公司表示满意。", ents)
    assert not any(f[1] == "subsidiaryOf" for f in got)
    ents = {"国网青石县供电公司": "Company", "白沙供电所": "Company", "青石县": "Place", "白沙镇": "Place"}
    got = run("位于青石县白沙镇的白沙供电所受灾最重。国网青石县供电公司出动抢修人员。", ents)
    assert ("白沙供电所", "subsidiaryOf", "国网青石县供电公司", None) in got
    assert ("白沙供电所", "locatedIn", "白沙镇", None) in got


def test_descriptions_after_the_name():
    ents = {"青石供电局": "Company", "青石供电局白沙供电所": "Company", "甲乙": "Person", "丙丁": "Person"}
    got = run("甲乙(青石供电局党委书记、局长)在指挥部说。丙丁,青石供电局白沙供电所所长,带着队员扶正电杆。", ents)
    assert ("甲乙", "holdsPosition", "青石供电局", "党委书记") in got
    assert ("甲乙", "holdsPosition", "青石供电局", "局长") in got
    assert ("丙丁", "holdsPosition", "青石供电局白沙供电所", "所长") in got


def test_listed_before_the_unit_and_comes_from():
    ents = {"国网河湾区供电公司": "Company", "甲乙": "Person", "丙丁": "Person", "戊己": "Person"}
    got = run("甲乙、丙丁等国网河湾区供电公司员工连续驻守。驻村工作队队员戊己来自国网河湾区供电公司。", ents)
    assert ("甲乙", "holdsPosition", "国网河湾区供电公司", "员工") in got
    assert ("丙丁", "worksFor", "国网河湾区供电公司", None) in got
    assert ("戊己", "holdsPosition", "国网河湾区供电公司", "驻村工作队队员") in got


def test_bare_title_takes_the_unit_of_the_sentence_before():
    ents = {"青石供电所": "Company", "甲乙": "Person"}
    got = run("位于镇上的青石供电所受灾最重。所长甲乙带领全所人员抢修。", ents)
    assert ("甲乙", "holdsPosition", "青石供电所", "所长") in got
    # no unit of that kind before: nothing
    got = run("镇上受灾最重。所长甲乙带领全所人员抢修。", {"甲乙": "Person"})
    assert not got


def test_team_post_and_genitive_person():
    ents = {"青石供电中心": "Company", "国网河湾供电公司运检部": "Company", "甲乙": "Person", "丙丁": "Person"}
    got = run("青石供电中心运维班班长甲乙查找故障点。国网河湾供电公司运检部的丙丁经理说。", ents)
    assert ("甲乙", "holdsPosition", "青石供电中心", "运维班班长") in got
    assert ("丙丁", "holdsPosition", "国网河湾供电公司运检部", "经理") in got


def test_received_and_bestowed_honours():
    ents = {"甲乙": "Person", "丙丁": "Person", "青石县委": "Organization", "青石县政府": "Organization",
            "国网某省电力公司": "Company"}
    got = run("甲乙获得国网某省电力公司表彰,被评为“先进个人”。青石县委、青石县政府为丙丁颁发“抗疫先锋”荣誉证书。", ents)
    assert ("甲乙", "honoredBy", "国网某省电力公司", "先进个人") in got
    assert ("丙丁", "honoredBy", "青石县委", "抗疫先锋") in got
    assert ("丙丁", "honoredBy", "青石县政府", "抗疫先锋") in got


def test_pronoun_stands_for_the_person_named_last():
    ents = {"甲乙": "Person", "某州委": "Organization"}
    doc, es = make("甲乙在村里驻村三年。今年4月,他荣获某州委授予的“优秀队员”称号。", ents)
    rels, _ = find_relations(doc, es)
    rel = next(r for r in rels if r.predicate == "honoredBy")
    assert rel.head[1] == "甲乙" and rel.tail[1] == "某州委"
    assert "甲乙" in rel.evidence[0].sentence  # evidence stretched back to the name


def test_organised_by_and_held_at():
    ents = {"青石供电局": "Company", "第三届技能竞赛": "Event", "青石区": "Place", "保电誓师大会": "Event",
            "钱塘新城": "Place"}
    got = run("会议宣布了第三届技能竞赛的安排。竞赛由青石供电局承办,定于5月在青石区举行。"
              "由青石供电局承办的保电誓师大会在钱塘新城举行。", ents)
    assert ("第三届技能竞赛", "organizedBy", "青石供电局", None) in got
    assert ("第三届技能竞赛", "locatedIn", "青石区", None) in got
    assert ("保电誓师大会", "organizedBy", "青石供电局", None) in got
    assert ("保电誓师大会", "locatedIn", "钱塘新城", None) in got


def test_joint_event_parties_take_part():
    ents = {"青石供电所": "Company", "前湾社区": "Community", "结对共建签约仪式": "Event"}
    got = run("3月5日,青石供电所与前湾社区举行结对共建签约仪式。", ents)
    assert ("青石供电所", "participatedIn", "结对共建签约仪式", None) in got
    assert ("青石供电所", "servesCommunity", "前湾社区", None) in got
    assert not any(f[1] in ("organizedBy", "locatedIn") for f in got)


def test_disaster_response():
    ents = {"青石市": "Place", "“1·5”暴雪": "Event", "国网青石供电公司": "Company"}
    got = run("1月5日,青石市遭遇强降雪,“1·5”暴雪导致线路跳闸。国网青石供电公司第一时间启动应急响应。", ents)
    assert ("国网青石供电公司", "participatedIn", "“1·5”暴雪", None) in got
    assert ("“1·5”暴雪", "locatedIn", "青石市", None) in got


# ---------------------------------------------------------------- service on site (round 4)


def test_person_stationed_in_a_village_after_the_name():
    ents = {"柳湾村": "Community", "戊己": "Person", "某供电公司": "Company"}
    got = run("队员戊己来自某供电公司,他在柳湾村驻村已有三年。", ents)
    assert ("戊己", "servesCommunity", "柳湾村", None) in got
    assert ("某供电公司", "servesCommunity", "柳湾村", None) not in got
    got = run("某供电公司的员工戊己还有一个身份——柳湾村驻村工作队队员。", ents)
    assert ("戊己", "servesCommunity", "柳湾村", None) in got


def test_fronted_locative_then_a_unit_working_on_site():
    ents = {"石桥村": "Community", "某岛": "Place", "某供电所": "Company", "甲乙": "Person"}
    got = run("在某岛的石桥村,某供电所党员服务队正在为村民检修入户线路。", ents)
    assert ("某供电所", "servesCommunity", "石桥村", None) in got
    # The clause after the locative is not work on site, or does not open with the actor: nothing.
    assert not any(f[1] == "servesCommunity" for f in run("在石桥村,某供电所召开了座谈会。", ents))
    assert not any(f[1] == "servesCommunity" for f in run("在石桥村,村民甲乙家里已经用上了电暖器。", ents))


def test_byline_unit_after_the_writer():
    ents = {"某供电局某分局": "Company", "甲乙": "Person", "丙丁": "Person"}
    got = run("作者:甲乙 某供电局某分局\n某供电局某分局开展巡视。", ents, authors=("甲乙",))
    assert ("甲乙", "worksFor", "某供电局某分局", None) in got
    # An editor's byline, or a unit further on, ties nobody.
    got = run("责编:丙丁\n某供电局某分局开展巡视。", ents, editors=("丙丁",))
    assert not any(f[1] == "worksFor" for f in got)


def test_unit_reaches_a_village_through_an_unnamed_town():
    ents = {"某县供电公司": "Company", "里溪村": "Community", "某市": "Place"}
    got = run("某县供电公司来到某市石岭镇里溪村,为渔民检修设备。", ents)
    assert ("某县供电公司", "servesCommunity", "里溪村", None) in got


def test_village_written_after_its_town_is_a_community():
    from kg.extract.community import find_communities
    from kg.extract.textindex import TextIndex
    names = [c.name for c in find_communities(TextIndex.of("服务队走进梅岭镇塔石村宣传电力设施保护知识。"))]
    assert "塔石村" in names
    assert find_communities(TextIndex.of("各乡镇村干部参加了会议。")) == []


def test_service_work_done_in_or_for_a_community():
    ents = {"某供电公司": "Company", "甲乙": "Person", "柳湾村": "Community", "东湖社区": "Community"}
    assert ("某供电公司", "servesCommunity", "东湖社区", None) in run("某供电公司在东湖社区开展安全用电宣传。", ents)
    assert ("某供电公司", "servesCommunity", "柳湾村", None) in run("某供电公司对柳湾村进行线路改造。", ents)
    assert ("甲乙", "servesCommunity", "柳湾村", None) in run("甲乙和同事们赶往柳湾村。", ents)
    assert ("某供电公司", "servesCommunity", "柳湾村", None) in run("某供电公司挂点帮助柳湾村。", ents)
    # A meeting held in a community is not service to it.
    assert not any(f[1] == "servesCommunity" for f in run("某供电公司在东湖社区召开了座谈会。", ents))


def test_unit_written_right_after_a_person():
    ents = {"某供电公司": "Company", "甲乙": "Person"}
    for text in ("甲乙所在的某供电公司承担了任务。", "甲乙(某供电公司)介绍了情况。", "甲乙带领某供电公司的党员连夜抢修。"):
        assert ("甲乙", "worksFor", "某供电公司", None) in run(text, ents), text
    # A unit the person only meets or thanks is not theirs.
    for text in ("甲乙感谢某供电公司的帮助。", "甲乙带领某供电公司走出困境。"):
        assert not any(f[1] == "worksFor" for f in run(text, ents)), text


def test_units_listed_as_subject_all_take_part():
    ents = {"某供电公司": "Company", "某电力公司": "Company", "防汛演练": "Event", "某社区": "Community"}
    got = run("某供电公司和某电力公司参加防汛演练。", ents)
    assert {("某供电公司", "participatedIn", "防汛演练", None), ("某电力公司", "participatedIn", "防汛演练", None)} <= got


def test_organiser_by_and_held_at_a_unit():
    ents = {"某供电公司": "Company", "防汛演练": "Event", "工作会议": "Event"}
    assert ("防汛演练", "organizedBy", "某供电公司", None) in run("由某供电公司统一组织的防汛演练在江边举行。", ents)
    assert ("工作会议", "organizedBy", "某供电公司", None) in run("工作会议在某供电公司召开。", ents)
    # Held somewhere else, or the unit merely present: no organiser.
    assert not any(f[1] == "organizedBy" for f in run("工作会议在某供电公司的帮助下顺利结束。", ents))


def test_solving_a_community_power_problem_serves_it():
    ents = {"某供电公司": "Company", "柳湾村": "Community"}
    assert ("某供电公司", "servesCommunity", "柳湾村", None) in run("某供电公司解决了柳湾村的用电难题。", ents)
    assert not any(f[1] == "servesCommunity" for f in run("某供电公司提升柳湾村的知名度。", ents))


def test_event_opening_the_sentence_then_its_actor():
    ents = {"甲乙": "Person", "防汛演练": "Event", "2030年高考": "Event", "某供电公司": "Company"}
    assert ("甲乙", "participatedIn", "防汛演练", None) in run("防汛演练中,甲乙负责指挥。", ents)
    assert not any(f[1] == "participatedIn" for f in run("2030年高考中,某供电公司安排人员值守。", ents))


def test_works_at_and_serves_residents_in_place():
    ents = {"某供电所": "Company", "东湖社区": "Community", "甲乙": "Person"}
    for text in ("甲乙在某供电所工作了十年。", "甲乙入职某供电所三年。", "甲乙作为某供电所的一员参加抢修。"):
        assert ("甲乙", "worksFor", "某供电所", None) in run(text, ents), text
    for text in ("甲乙在某供电所的帮助下脱贫。", "甲乙在某供电所门口等候。"):
        assert not any(f[1] == "worksFor" for f in run(text, ents)), text
    assert ("甲乙", "servesCommunity", "东湖社区", None) in run("甲乙在东湖社区为居民更换电表。", ents)


def test_partner_unit_of_a_community_serves_it():
    ents = {"某供电公司": "Company", "柳湾村": "Community", "东湖社区": "Community"}
    assert ("某供电公司", "servesCommunity", "柳湾村", None) in run("作为柳湾村的帮扶单位,某供电公司投入资金。", ents)
    assert ("某供电公司", "servesCommunity", "东湖社区", None) in run("东湖社区的共建单位某供电公司送来电表。", ents)
    assert not any(f[1] == "servesCommunity" for f in run("东湖社区的共建单位有很多,某供电公司是其中之一。", ents))


def test_title_after_the_person_or_before_a_copula():
    ents = {"某供电所": "Company", "甲乙": "Person"}
    for text in ("甲乙,某供电所所长,今年45岁。", "某供电所所长是甲乙。"):
        got = run(text, ents)
        assert ("甲乙", "holdsPosition", "某供电所", "所长") in got, text
        assert ("甲乙", "worksFor", "某供电所", None) in got, text
    for text in ("甲乙,某供电所刚刚成立。", "甲乙说,某供电所所长很好。"):
        assert not any(f[1] == "holdsPosition" for f in run(text, ents)), text


def test_supply_of_a_community_residents_and_help_in_place():
    ents = {"某供电公司": "Company", "东湖社区": "Community", "甲乙": "Person", "柳湾村": "Community"}
    assert ("某供电公司", "servesCommunity", "东湖社区", None) in run("某供电公司保障了东湖社区300户居民的用电。", ents)
    assert ("甲乙", "servesCommunity", "柳湾村", None) in run("甲乙在柳湾村帮扶已有两年。", ents)
    assert not any(f[1] == "servesCommunity" for f in run("某供电公司保障了东湖社区的安全。", ents))


def test_unit_gathering_held_and_joint_organisers():
    ents = {"某供电公司": "Company", "某电力公司": "Company", "工作推进会": "Event", "防汛演练": "Event"}
    assert ("工作推进会", "organizedBy", "某供电公司", None) in run("5月10日,某供电公司工作推进会召开。", ents)
    got = run("防汛演练由某供电公司和某电力公司联合举办。", ents)
    assert {("防汛演练", "organizedBy", "某供电公司", None), ("防汛演练", "organizedBy", "某电力公司", None)} <= got
    # A unit inside a longer phrase (after a verb) does not hold the gathering.
    assert not any(f[1] == "organizedBy" for f in run("记者参加某供电公司工作推进会召开前的准备。", ents))


def test_village_belongs_to_its_town():
    assert ("柳湾村", "locatedIn", "某镇", None) in run("柳湾村隶属某镇。", {"柳湾村": "Community", "某镇": "Place"})


def test_village_post_is_held_for_the_employer():
    ents = {"某供电公司": "Company", "柳湾村": "Community", "甲乙": "Person"}
    got = run("甲乙是某供电公司员工,今年担任柳湾村第一书记。", ents)
    assert ("甲乙", "holdsPosition", "某供电公司", "第一书记") in got
    assert ("甲乙", "servesCommunity", "柳湾村", None) in got
    assert not any(f[1] == "holdsPosition" for f in run("甲乙感谢柳湾村第一书记。", ents))
