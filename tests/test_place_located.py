"""locatedIn phrasings and their near misses (made-up sentences): an institution named after its city, the
innermost place of an address written into a name, the island a typhoon lands on, a unit working in a
village, the venue of a dated happening."""

from __future__ import annotations

from test_relations import run


def test_a_citys_own_institution_is_not_placed_by_its_name():
    ents = {"九江市": "Place", "九江市第一中学": "Organization", "修水县": "Place", "修水县人民医院": "Organization"}
    got = run("九江市和修水县供电正常。在九江市第一中学考点,保电人员早早到岗。修水县人民医院也在当天复电。", ents)
    assert not any(f[1] == "locatedIn" for f in got)
    # near miss: a town's clinic is placed by the town written before its name
    ents = {"龙泉镇": "Place", "龙泉镇卫生院": "Organization"}
    assert ("龙泉镇卫生院", "locatedIn", "龙泉镇", None) in run("龙泉镇停电后,抢修队为龙泉镇卫生院接入应急电源。", ents)


def test_the_innermost_place_of_an_address_in_a_name():
    ents = {"南宁市": "Place", "青秀区": "Place", "南宁市青秀区新竹街道办事处": "Organization",
            "青禾供电局": "Company"}
    got = run("南宁市青秀区供电正常。青禾供电局与南宁市青秀区新竹街道办事处召开联席会议。", ents)
    assert ("南宁市青秀区新竹街道办事处", "locatedIn", "青秀区", None) in got
    assert ("南宁市青秀区新竹街道办事处", "locatedIn", "南宁市", None) not in got


def test_a_typhoon_lands_in_the_city_not_on_its_island():
    ents = {"台风“海燕”": "Event", "湛江市": "Place", "东沙岛": "Place"}
    got = run("7月17日晚,台风“海燕”在湛江市东沙岛沿海登陆。", ents)
    assert ("台风“海燕”", "locatedIn", "湛江市", None) in got
    assert ("台风“海燕”", "locatedIn", "东沙岛", None) not in got


def test_a_unit_working_in_a_village_is_not_placed_there():
    ents = {"莲花社区": "Community", "青禾供电局": "Company"}
    got = run("在莲花社区,青禾供电局志愿者在广场摆起咨询台。", ents)
    assert ("青禾供电局", "locatedIn", "莲花社区", None) not in got
    # near miss: a county named in the phrase places the county company acting there
    ents = {"和龙市": "Place", "国网和龙市供电公司": "Company"}
    got = run("在和龙市,国网和龙市供电公司组织抢修队伍连夜巡线。", ents)
    assert ("国网和龙市供电公司", "locatedIn", "和龙市", None) in got


def test_a_dated_happening_is_placed_in_the_town_not_the_village():
    ents = {"南陵县": "Place", "许镇镇": "Place", "大浦村": "Community", "主题党日活动": "Event"}
    got = run("4月15日,某党支部在南陵县许镇镇的大浦村开展主题党日活动。", ents)
    assert ("主题党日活动", "locatedIn", "许镇镇", None) in got
    assert ("主题党日活动", "locatedIn", "大浦村", None) not in got
    # a partner written before the venue (联合某区某街道) is not where it happens
    ents = {"襄城区": "Place", "檀溪社区": "Community", "便民活动": "Event"}
    got = run("1月19日,某车务段联合襄城区某街道,在檀溪社区举办便民活动。", ents)
    assert ("便民活动", "locatedIn", "襄城区", None) not in got


def test_a_bare_noun_for_the_articles_site_and_where_it_lies():
    ents = {"青禾风电场": "Company", "乌兰察布市": "Place", "察哈尔右翼中旗": "Place"}
    got = run("青禾风电场单日发电量创新高。这座风电场位于乌兰察布市察哈尔右翼中旗,共有风机132台。", ents)
    assert ("青禾风电场", "locatedIn", "察哈尔右翼中旗", None) in got
    ents = {"国网青禾县供电公司孙家湾供电所": "Company", "醴陵市": "Place", "孙家湾镇": "Place"}
    got = run("这个地处醴陵市孙家湾镇的供电所,管着全镇的用电。国网青禾县供电公司孙家湾供电所所长肖某说。", ents)
    assert ("国网青禾县供电公司孙家湾供电所", "locatedIn", "孙家湾镇", None) in got
    # near miss: a noun the article names no unit for stands for nothing
    ents = {"青禾风电场": "Company", "乌兰察布市": "Place"}
    got = run("青禾风电场单日发电量创新高。新建的变电站位于乌兰察布市。", ents)
    assert not any(f[1] == "locatedIn" for f in got)


def test_the_village_a_county_unit_works_in_lies_in_the_county():
    ents = {"赫章县": "Place", "毕节赫章供电局": "Company", "海雀村": "Community"}
    got = run("在赫章县,毕节赫章供电局的抢修队伍冒着低温,徒步进入海雀村抢修倒杆。", ents)
    assert ("海雀村", "locatedIn", "赫章县", None) in got
    # near miss: a village written after its own town is placed by its address, not by the phrase
    ents = {"赫章县": "Place", "毕节赫章供电局": "Company", "海雀村": "Community", "河镇": "Place"}
    got = run("在赫章县,毕节赫章供电局的抢修队伍徒步进入河镇海雀村抢修倒杆。", ents)
    assert ("海雀村", "locatedIn", "赫章县", None) not in got


def test_a_happening_at_a_citys_own_institution_is_in_the_city():
    ents = {"南宁市": "Place", "南宁市第四人民医院": "Organization", "保供电巡视": "Event", "青禾供电局": "Company"}
    got = run("南宁市疫情反复。3月5日,青禾供电局局长带队到南宁市第四人民医院开展保供电巡视。", ents)
    assert ("保供电巡视", "locatedIn", "南宁市", None) in got
    assert ("南宁市第四人民医院", "locatedIn", "南宁市", None) not in got
    # near miss: a partner's address (与某市某街道办事处…召开) is not where the meeting is held
    ents = {"南宁市": "Place", "南宁市新竹街道办事处": "Organization", "联席会议": "Event", "青禾供电局": "Company"}
    got = run("南宁市供电正常。3月26日,青禾供电局与南宁市新竹街道办事处在社区服务中心召开联席会议。", ents)
    assert ("联席会议", "locatedIn", "南宁市", None) not in got


def test_a_partner_district_does_not_hold_the_drill():
    ents = {"道里区": "Place", "大面积停电应急演练": "Event", "青禾供电公司": "Company"}
    got = run("青禾供电公司联合道里区开展大面积停电应急演练。", ents)
    assert ("大面积停电应急演练", "locatedIn", "道里区", None) not in got
    # near miss: the district holding it itself
    got = run("7月2日,道里区开展大面积停电应急演练。", ents)
    assert ("大面积停电应急演练", "locatedIn", "道里区", None) in got


def test_a_meeting_held_at_an_address_is_in_its_innermost_place():
    ents = {"青禾供电公司": "Company", "供电服务现场会": "Event", "某某市": "Place", "青山区": "Place"}
    got = run("11月10日,青禾供电公司供电服务现场会在某某市青山区召开。", ents)
    assert ("供电服务现场会", "locatedIn", "青山区", None) in got
    assert ("供电服务现场会", "locatedIn", "某某市", None) not in got
    # near miss: a venue inside the address (在某区某街道的采血点举行) leaves the place named first
    ents = {"无偿献血活动": "Event", "青山区": "Place", "东湖街道": "Community"}
    got = run("活动当天,无偿献血活动在青山区东湖街道的采血点举行。", ents)
    assert ("无偿献血活动", "locatedIn", "东湖街道", None) not in got


def test_an_areas_fire_brigade_is_not_placed_by_its_name():
    ents = {"白沙县": "Place", "白沙县消防救援大队": "Organization", "白沙县第二中学": "Organization"}
    got = run("白沙县遭遇强降雨。白沙县消防救援大队与白沙县第二中学一起转移群众。", ents)
    assert ("白沙县消防救援大队", "locatedIn", "白沙县", None) not in got
    # near miss: a county's school is placed by the county written into its name
    assert ("白沙县第二中学", "locatedIn", "白沙县", None) in got


def test_a_dated_response_is_not_placed_where_its_leaders_travel():
    ents = {"青禾供电局": "Company", "防汛应急响应": "Event", "白沙县": "Place", "用电检查": "Event", "龙泉镇": "Place"}
    got = run("6日凌晨,青禾供电局启动防汛应急响应,局长甲某连夜赶赴白沙县,成立前线指挥部。", ents)
    assert ("防汛应急响应", "locatedIn", "白沙县", None) not in got
    # near miss: the place of the next clause where the work is done
    got = run("6月3日,青禾供电局开展用电检查,在龙泉镇逐户排查隐患。", ents)
    assert ("用电检查", "locatedIn", "龙泉镇", None) in got


def test_villages_listed_after_their_town():
    ents = {"龙泉镇": "Place", "上村": "Community", "下湾村": "Community", "东街道": "Community", "丽江社区": "Community"}
    got = run("经过抢修,龙泉镇上村、下湾村恢复供电。她负责龙泉镇的上村和下湾村两个村。", ents)
    assert ("上村", "locatedIn", "龙泉镇", None) in got
    assert ("下湾村", "locatedIn", "龙泉镇", None) in got
    # near miss: a list item that is an address of its own (某街道某社区) is not in the town
    got = run("线路故障,造成龙泉镇上村、东街道丽江社区停电。", ents)
    assert ("东街道", "locatedIn", "龙泉镇", None) not in got


def test_a_streets_communities_listed_after_it_lie_in_the_street():
    ents = {"青川市": "Place", "河西街道": "Community", "和平社区": "Community", "友谊社区": "Community"}
    got = run("志愿者到青川市河西街道的和平社区和友谊社区开展服务。", ents)
    assert ("和平社区", "locatedIn", "河西街道", None) in got
    assert ("友谊社区", "locatedIn", "河西街道", None) in got
    # near miss: a village is no street: the list after its first item is not carried into it
    ents = {"青川市": "Place", "河西村": "Community", "和平社区": "Community", "友谊社区": "Community"}
    got = run("志愿者到青川市河西村的和平社区和友谊社区开展服务。", ents)
    assert ("友谊社区", "locatedIn", "河西村", None) not in got


def test_the_villages_a_town_includes_lie_in_it():
    ents = {"青山镇": "Place", "红旗村": "Community", "新民村": "Community"}
    got = run("他负责的网格位于青山镇,包括红旗村和新民村两个村。", ents)
    assert {("红旗村", "locatedIn", "青山镇", None), ("新民村", "locatedIn", "青山镇", None)} <= got
    # near miss: a list that names the town among the villages says nothing of containment
    assert not any(f[1] == "locatedIn" for f in run("服务范围包括青山镇、红旗村和新民村。", ents))


def test_the_communities_a_street_governs_lie_in_it():
    ents = {"河西街道": "Community", "和平社区": "Community", "友谊社区": "Community"}
    got = run("行动计划覆盖河西街道下辖的和平社区、友谊社区等11个社区。", ents)
    assert ("友谊社区", "locatedIn", "河西街道", None) in got
    # near miss: a community that merely follows the street in a list is not governed by it
    got = run("行动计划覆盖河西街道、和平社区、友谊社区。", ents)
    assert ("友谊社区", "locatedIn", "河西街道", None) not in got
