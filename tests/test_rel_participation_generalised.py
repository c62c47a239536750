"""General Chinese-news frames for who holds and who joins an event, on made-up sentences with invented
names (each with a near miss that must not fire)."""

from __future__ import annotations

from test_relations import run

DRILL = {"甲供电局": "Company", "乙县应急管理局": "Organization", "丙区人民武装部": "Organization",
         "青禾防汛应急演练": "Event"}


def test_unit_allied_with_others_holds_the_event_with_them():
    got = run("5月3日,甲供电局联合乙县应急管理局、丙区人民武装部在某镇开展了青禾防汛应急演练。", DRILL)
    for unit in ("甲供电局", "乙县应急管理局", "丙区人民武装部"):
        assert ("青禾防汛应急演练", "organizedBy", unit, None) in got
        assert (unit, "participatedIn", "青禾防汛应急演练", None) not in got


def test_partner_after_an_adverb_holds_it_too():
    got = run("此外,甲供电局还与乙县应急管理局联合开展了青禾防汛应急演练。", DRILL)
    assert ("青禾防汛应急演练", "organizedBy", "甲供电局", None) in got


def test_allied_units_far_from_the_verb_hold_nothing_together():
    # the allied list ends in a clause of its own: the verb's subject is not the list
    got = run("甲供电局联合乙县应急管理局成立专班,丙区人民武装部随后开展青禾防汛应急演练。", DRILL)
    assert ("青禾防汛应急演练", "organizedBy", "甲供电局", None) not in got


TRAINING = {"甲供电公司": "Company", "人力资源部": "Company", "培训中心": "Company", "工会": "Organization",
            "青禾班组长培训班": "Event"}


def test_own_department_after_you_organises_the_training_referred_to():
    got = run("5月3日,甲供电公司举办青禾班组长培训班。本次培训由公司人力资源部组织,公司培训中心具体承办。",
              TRAINING)
    assert ("青禾班组长培训班", "organizedBy", "人力资源部", None) in got
    assert ("青禾班组长培训班", "organizedBy", "培训中心", None) in got
    assert ("人力资源部", "participatedIn", "青禾班组长培训班", None) not in got


def test_units_listed_after_you_jointly_hold_the_activity_referred_to():
    ents = {"甲供电局团委": "Organization", "乙社区党委": "Organization", "青禾志愿服务活动": "Event"}
    got = run("3月5日,甲供电局团委在某地开展青禾志愿服务活动。此次活动由甲供电局团委和乙社区党委联合举办。", ents)
    assert ("青禾志愿服务活动", "organizedBy", "乙社区党委", None) in got
    assert ("乙社区党委", "participatedIn", "青禾志愿服务活动", None) not in got


def test_units_that_join_the_drill_or_activity_referred_to_take_part():
    ents = {"甲供电公司": "Company", "乙水利局": "Organization", "丙消防救援支队": "Organization",
            "丁移动分公司": "Company", "青禾防汛应急演练": "Event", "王五": "Person"}
    got = run("5月20日,由乙水利局主办、甲供电公司承办的青禾防汛应急演练在江畔举行。丙消防救援支队、丁移动分公司"
              "以及城东街道共8家单位、200余人参加演练。网格员王五也参加了演练。", ents)
    assert ("丙消防救援支队", "participatedIn", "青禾防汛应急演练", None) in got
    assert ("丁移动分公司", "participatedIn", "青禾防汛应急演练", None) in got
    assert ("王五", "participatedIn", "青禾防汛应急演练", None) in got
    ents = {"甲供电局团委": "Organization", "青禾志愿服务活动": "Event", "丙民政局": "Organization"}
    got = run("3月5日,甲供电局团委在某地开展青禾志愿服务活动。当天,丙民政局也派员参加了活动。", ents)
    assert ("丙民政局", "participatedIn", "青禾志愿服务活动", None) in got


def test_a_later_contest_some_will_be_sent_to_is_not_referred_to():
    ents = {"青禾技能竞赛": "Event", "乙省电力公司": "Organization", "全省带电作业竞赛": "Event", "张三": "Person",
            "李四": "Person"}
    got = run("青禾技能竞赛在某市举行。公司将推荐张三参加乙省电力公司今年10月举办的全省带电作业竞赛。"
              "李四是第一次参赛。", ents)
    assert ("李四", "participatedIn", "全省带电作业竞赛", None) not in got


def test_who_leads_a_party_in_an_article_about_one_event_takes_part():
    ents = {"甲供电局": "Company", "青禾防汛应急演练": "Event", "张三": "Person", "乙供电所": "Company"}
    text = ("5月3日,甲供电局在某镇开展青禾防汛应急演练。甲供电局副局长张三带队赶到江边。"
            "乙供电所也派员参加。")
    got = run(text, ents)
    assert ("张三", "participatedIn", "青禾防汛应急演练", None) in got
    assert ("乙供电所", "participatedIn", "青禾防汛应急演练", None) in got


def test_after_a_meeting_or_with_two_events_nobody_is_assigned_by_the_article():
    ents = {"甲供电局": "Company", "青禾防汛工作会": "Event", "张三": "Person"}
    got = run("5月3日,甲供电局召开青禾防汛工作会。会后,副局长张三带队赶到江边。", ents)
    assert ("张三", "participatedIn", "青禾防汛工作会", None) not in got
    ents = {"甲供电局": "Company", "青禾防汛应急演练": "Event", "青禾抗旱行动": "Event", "张三": "Person"}
    got = run("5月3日,甲供电局开展青禾防汛应急演练,并启动青禾抗旱行动。副局长张三带队赶到江边。", ents)
    assert not any(f[0] == "张三" and f[1] == "participatedIn" for f in got)


def test_titled_persons_listed_with_their_own_units_all_attend():
    ents = {"甲供电局": "Company", "乙社区党总支": "Organization", "赵一": "Person", "钱二": "Person",
            "青禾签约仪式": "Event"}
    got = run("7月1日,甲供电局举行青禾签约仪式。甲供电局党委书记赵一、乙社区党总支书记钱二出席青禾签约仪式并讲话。", ents)
    assert ("赵一", "participatedIn", "青禾签约仪式", None) in got
    assert ("钱二", "participatedIn", "青禾签约仪式", None) in got


def test_a_trainee_introduced_by_the_unit_they_come_from_takes_part():
    ents = {"甲供电局": "Company", "乙供电所": "Company", "孙三": "Person", "李四": "Person", "青禾岗前培训班": "Event"}
    got = run("8月10日,甲供电局举办青禾岗前培训班。“学到很多。”来自乙供电所的新员工孙三说。乙供电所员工李四说天很热。",
              ents)
    assert ("孙三", "participatedIn", "青禾岗前培训班", None) in got
    assert ("李四", "participatedIn", "青禾岗前培训班", None) not in got
    assert ("乙供电所", "participatedIn", "青禾岗前培训班", None) not in got


def test_a_unit_responds_to_a_named_storm_not_to_a_dated_spell_of_rain():
    ents = {"甲供电局": "Company", "台风“青禾”": "Event", "7月7日强降雨": "Event"}
    got = run("台风“青禾”登陆。甲供电局立即启动防风Ⅱ级应急响应。", ents)
    assert ("甲供电局", "participatedIn", "台风“青禾”", None) in got
    got = run("7月7日强降雨袭击某县。甲供电局立即启动防汛Ⅱ级应急响应。", ents)
    assert ("甲供电局", "participatedIn", "7月7日强降雨", None) not in got


def test_a_plain_service_word_sends_nobody_to_the_campaign_named_with_it():
    ents = {"“供水服务进社区”便民活动": "Event", "甲街道": "Organization", "梁五": "Person", "乙公司": "Company"}
    got = run("8月10日,乙公司在某社区开展“供水服务进社区”便民活动。甲街道党工委副书记梁五表示,将把便民服务延伸到每个小区。",
              ents)
    assert ("梁五", "participatedIn", "“供水服务进社区”便民活动", None) not in got


def test_a_member_sent_down_still_takes_part_in_the_campaign_named_by_it():
    ents = {"青禾驻村干部培训班": "Event", "甲供电局": "Company", "申六": "Person"}
    got = run("5月3日,甲供电局举办青禾驻村干部培训班。甲供电局驻村第一书记申六分享了经验。", ents)
    assert ("申六", "participatedIn", "青禾驻村干部培训班", None) in got


def test_the_holder_of_a_later_event_some_will_be_sent_to_organises_it():
    ents = {"青禾技能竞赛": "Event", "乙省电力公司": "Company", "全省带电作业竞赛": "Event", "张三": "Person"}
    got = run("青禾技能竞赛在某市举行。公司将推荐张三参加乙省电力公司今年10月举办的全省带电作业竞赛。", ents)
    assert ("全省带电作业竞赛", "organizedBy", "乙省电力公司", None) in got
    assert ("张三", "participatedIn", "全省带电作业竞赛", None) not in got
    got = run("青禾技能竞赛在某市举行。公司将推荐张三参加乙省电力公司的培训后举办的全省带电作业竞赛。", ents)
    assert ("全省带电作业竞赛", "organizedBy", "乙省电力公司", None) not in got


def test_people_with_a_part_in_the_article_s_one_event_take_part():
    ents = {"甲电力公司": "Company", "青禾技能竞赛": "Event", "赵一": "Person", "钱二": "Person", "孙三": "Person",
            "李四": "Person"}
    text = ("10月27日,甲电力公司举办青禾技能竞赛。“操作规范。”竞赛裁判长、甲电力公司副总经理赵一介绍。"
            "甲电力公司副局长钱二担任领队。甲电力公司主任孙三在点评时指出要加强训练。甲电力公司员工李四说天很热。")
    got = run(text, ents)
    for p in ("赵一", "钱二", "孙三"):
        assert (p, "participatedIn", "青禾技能竞赛", None) in got
    assert ("李四", "participatedIn", "青禾技能竞赛", None) not in got


def test_an_exam_a_utility_only_powers_has_no_participants():
    ents = {"2026年全国高考": "Event", "甲供电公司": "Company", "市场营销部": "Company"}
    got = run("6月7日,2026年全国高考在某市举行。2026年全国高考由甲供电公司市场营销部牵头组织保电。", ents)
    assert not any(f[1] == "participatedIn" and f[2] == "2026年全国高考" for f in got)


def test_units_that_set_up_a_crew_for_the_article_s_operation_take_part():
    ents = {"青禾抗冰抢险": "Event", "甲供电局": "Company", "乙供电局": "Company", "丙供电局": "Company"}
    text = ("青禾抗冰抢险全面展开\n1月5日起,甲供电局全力开展青禾抗冰抢险。乙供电局、丙供电局等基层单位随即组建党员突击队23支。")
    got = run(text, ents)
    assert ("乙供电局", "participatedIn", "青禾抗冰抢险", None) in got
    assert ("丙供电局", "participatedIn", "青禾抗冰抢险", None) in got


def test_a_sentence_opening_with_a_lead_in_and_this_event_is_set_in_it():
    ents = {"青禾抗冰保电行动": "Event", "甲供电局": "Company"}
    got = run("据统计,此次青禾抗冰保电行动中,甲供电局累计出动抢修人员260人次。", ents)
    assert ("甲供电局", "participatedIn", "青禾抗冰保电行动", None) in got


def test_leaders_of_the_crews_of_the_article_s_operation_take_part():
    ents = {"青禾抗冰抢险": "Event", "甲供电局": "Company", "赵一": "Person", "钱二": "Person", "孙三": "Person",
            "乙党委": "Organization"}
    text = ("青禾抗冰抢险全面展开\n1月5日起,甲供电局全力开展青禾抗冰抢险。"
            "甲队由甲供电局副总经理赵一带队,乙队领队是甲供电局主任钱二,丙队则由甲供电局书记孙三率领。"
            "这支服务队由乙党委牵头组建。")
    got = run(text, ents)
    for p in ("赵一", "钱二", "孙三"):
        assert (p, "participatedIn", "青禾抗冰抢险", None) in got
    assert ("乙党委", "participatedIn", "青禾抗冰抢险", None) not in got


def test_a_list_goes_on_past_a_unit_the_recognizer_missed_and_a_community_scopes_a_title():
    ents = {"甲供电公司": "Company", "乙水利局": "Organization", "丁移动分公司": "Company",
            "青禾防汛应急演练": "Event", "王五": "Person", "文汇社区": "Community"}
    got = run("5月20日,甲供电公司承办的青禾防汛应急演练在江畔举行。乙水利局、区消防救援支队、丁移动分公司"
              "共8家单位参加演练。文汇社区网格员王五也参加了演练。", ents)
    assert ("乙水利局", "participatedIn", "青禾防汛应急演练", None) in got
    assert ("丁移动分公司", "participatedIn", "青禾防汛应急演练", None) in got
    assert ("王五", "participatedIn", "青禾防汛应急演练", None) in got
    # a word that names no unit ends the list
    got = run("5月20日,甲供电公司承办的青禾防汛应急演练在江畔举行。乙水利局、群众代表、丁移动分公司"
              "的人员观看了演练。", ents)
    assert ("丁移动分公司", "participatedIn", "青禾防汛应急演练", None) not in got


def test_units_after_suo_shu_opening_the_clause_after_an_event_take_part():
    ents = {"甲供电局": "Company", "乙所": "Company", "丙所": "Company", "青禾启动仪式": "Event"}
    got = run("青禾启动仪式上,甲供电局所属乙所、丙所等8个基层单位负责人递交了责任书。", ents)
    assert ("乙所", "participatedIn", "青禾启动仪式", None) in got
    assert ("丙所", "participatedIn", "青禾启动仪式", None) in got
