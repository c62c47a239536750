"""Who takes part in an event, and who is served on site: phrasing families for unseen writers, on
made-up sentences with invented names; each with a near miss.
"""

from __future__ import annotations

from test_relations import run

CITY = "青禾市供电局"


def test_later_clauses_that_send_or_lead_take_part():
    text = (f"{CITY}立即启动青禾抗冰应急响应,局长张三连夜率队赶赴现场,甲县供电局出动抢修队员96人,"
            "乙送变电公司也派出突击队驰援,丙报社记者说现场很冷。")
    ents = {CITY: "Company", "青禾抗冰应急响应": "Event", "张三": "Person", "甲县供电局": "Company",
            "乙送变电公司": "Company", "丙报社": "Organization"}
    got = run(text, ents)
    assert ("甲县供电局", "participatedIn", "青禾抗冰应急响应", None) in got
    assert ("乙送变电公司", "participatedIn", "青禾抗冰应急响应", None) in got
    assert ("丙报社", "participatedIn", "青禾抗冰应急响应", None) not in got


def test_units_sending_contestants_take_part_and_both_hosts_organise():
    text = ("由甲电力公司主办、甲电力公司培训中心承办的2026年青禾技能竞赛在某市举行,"
            "来自乙供电公司、丙供电公司等14家单位的42名选手同台竞技。")
    ents = {"甲电力公司": "Company", "甲电力公司培训中心": "Company", "青禾技能竞赛": "Event",
            "乙供电公司": "Company", "丙供电公司": "Company"}
    got = run(text, ents)
    assert ("青禾技能竞赛", "organizedBy", "甲电力公司", None) in got
    assert ("青禾技能竞赛", "organizedBy", "甲电力公司培训中心", None) in got
    assert ("乙供电公司", "participatedIn", "青禾技能竞赛", None) in got
    assert ("丙供电公司", "participatedIn", "青禾技能竞赛", None) in got


def test_news_from_a_unit_is_no_contestant():
    got = run("青禾技能竞赛在某市举行,来自乙供电公司的消息称场馆已完工。",
              {"青禾技能竞赛": "Event", "乙供电公司": "Company"})
    assert not any(f[1] == "participatedIn" for f in got)


def test_sentence_referring_back_to_a_contest():
    text = ("青禾技能竞赛在某市举行。赛后,甲电力公司副总经理李四为获奖选手颁奖。"
            "甲电力公司副总经理李五在另一地调研。")
    ents = {"青禾技能竞赛": "Event", "甲电力公司": "Company", "李四": "Person", "李五": "Person"}
    got = run(text, ents)
    assert ("李四", "participatedIn", "青禾技能竞赛", None) in got
    assert ("李五", "participatedIn", "青禾技能竞赛", None) not in got


def test_race_time_refers_to_the_powering_operation():
    text = ("青禾马拉松保电圆满完成\n1月4日,青禾马拉松鸣枪开跑。"
            "比赛当天,甲供电公司调度中心值班长王五全程紧盯线路。")
    ents = {"青禾马拉松保电": "Event", "青禾马拉松": "Event", "甲供电公司调度中心": "Company", "王五": "Person"}
    got = run(text, ents)
    assert ("王五", "participatedIn", "青禾马拉松保电", None) in got
    assert ("王五", "participatedIn", "青禾马拉松", None) not in got


def test_leader_after_you_takes_part():
    text = "青禾主题党日活动由甲供电公司党支部书记赵六带队。"
    got = run(text, {"青禾主题党日活动": "Event", "甲供电公司党支部": "Organization", "赵六": "Person"})
    assert ("赵六", "participatedIn", "青禾主题党日活动", None) in got


def test_event_heads_own_word_refers_back():
    text = ("青禾变电站投运顺利完成。投运当天,甲供电公司副总经理钱一、乙监理公司总监理工程师钱二等在现场见证。"
            "乙监理公司总监理工程师钱三在另一地开会。")
    ents = {"青禾变电站投运": "Event", "甲供电公司": "Company", "乙监理公司": "Company",
            "钱一": "Person", "钱二": "Person", "钱三": "Person"}
    got = run(text, ents)
    assert ("钱一", "participatedIn", "青禾变电站投运", None) in got
    assert ("钱二", "participatedIn", "青禾变电站投运", None) in got
    assert ("钱三", "participatedIn", "青禾变电站投运", None) not in got


def test_meeting_about_powering_an_event_is_not_that_event():
    got = run("甲供电公司召开了青禾高考保电协调会。", {"甲供电公司": "Company", "青禾高考": "Event"})
    assert not any(f[0] == "青禾高考" or f[2] == "青禾高考" for f in got)


def test_attributive_held_event_frames_the_later_actor():
    text = "据悉,在此前举行的青禾模拟演练中,甲供电公司已对全部考点开展过一次测试。"
    got = run(text, {"青禾模拟演练": "Event", "甲供电公司": "Company"})
    assert ("甲供电公司", "participatedIn", "青禾模拟演练", None) in got
    assert ("青禾模拟演练", "organizedBy", "甲供电公司", None) not in got


def test_meeting_held_with_attendees_after():
    text = "青禾安全工作会议在某市召开,甲供电公司总经理孙一、党委书记孙二出席。"
    ents = {"青禾安全工作会议": "Event", "甲供电公司": "Company", "孙一": "Person", "孙二": "Person"}
    got = run(text, ents)
    assert ("孙一", "participatedIn", "青禾安全工作会议", None) in got


# ---------------------------------------------------------------- service on site


def test_scene_with_a_modifier_serves_worker_and_unit():
    text = "在受灾较重的青禾村,甲供电所所长孙七带领员工摸黑巡线。"
    got = run(text, {"青禾村": "Community", "甲供电所": "Company", "孙七": "Person"})
    assert ("孙七", "servesCommunity", "青禾村", None) in got
    assert ("甲供电所", "servesCommunity", "青禾村", None) in got


def test_scene_without_work_serves_nobody():
    got = run("在风景优美的青禾村,甲供电所所长孙七接受了采访。",
              {"青禾村": "Community", "甲供电所": "Company", "孙七": "Person"})
    assert not any(f[1] == "servesCommunity" for f in got)


def test_listed_districts_whose_residents_are_served():
    text = "3月以来,甲营业厅已为辖区内的青禾街道、青苗街道居民提供上门服务180余次。"
    got = run(text, {"甲营业厅": "Company", "青禾街道": "Community", "青苗街道": "Community"})
    assert ("甲营业厅", "servesCommunity", "青禾街道", None) in got
    assert ("甲营业厅", "servesCommunity", "青苗街道", None) in got


def test_unit_after_you_that_carries_out_a_project_organises_it():
    text = "2025年,青禾水务集团投资380万元,由集团旗下的青禾水务发展公司负责实施青禾村供水工程。"
    ents = {"青禾水务集团": "Company", "青禾水务发展公司": "Company", "青禾村供水工程": "Event"}
    got = run(text, ents)
    assert ("青禾村供水工程", "organizedBy", "青禾水务发展公司", None) in got
    assert ("青禾水务发展公司", "participatedIn", "青禾村供水工程", None) not in got


def test_units_listed_under_the_unit_directing_them():
    text = "今冬以来,青禾供电分公司全面进入迎峰度冬状态,组织甲供电分局、乙供电分局等所属单位开展巡视。"
    ents = {"青禾供电分公司": "Company", "甲供电分局": "Company", "乙供电分局": "Company"}
    got = run(text, ents)
    assert ("甲供电分局", "subsidiaryOf", "青禾供电分公司", None) in got
    assert ("乙供电分局", "subsidiaryOf", "青禾供电分公司", None) in got
    assert ("乙供电分局", "subsidiaryOf", "甲供电分局", None) not in got


def test_unit_as_the_communitys_contact_unit_serves_it():
    got = run("据悉,甲供电公司作为青禾村的联系点单位,今年还将改造机井线路。",
              {"甲供电公司": "Company", "青禾村": "Community"})
    assert ("甲供电公司", "servesCommunity", "青禾村", None) in got


def test_team_leader_title_between_unit_and_worker_on_site():
    text = "在青禾街道的青苗社区,甲供电分局共产党员服务队队长周八带着队员为独居老人更换老化线路。"
    got = run(text, {"青禾街道": "Community", "青苗社区": "Community", "甲供电分局": "Company", "周八": "Person"})
    assert ("周八", "servesCommunity", "青苗社区", None) in got
    assert ("周八", "holdsPosition", "甲供电分局", "共产党员服务队队长") in got


def test_unit_throwing_itself_into_a_campaign_takes_part():
    got = run("甲供电公司全力投入到青禾抗冰行动中。", {"甲供电公司": "Company", "青禾抗冰行动": "Event"})
    assert ("甲供电公司", "participatedIn", "青禾抗冰行动", None) in got


def test_this_drill_opening_the_sentence_frames_the_actor():
    got = run("此次青禾应急演练中,甲供电公司出动抢修队员30人。", {"甲供电公司": "Company", "青禾应急演练": "Event"})
    assert ("甲供电公司", "participatedIn", "青禾应急演练", None) in got


def test_own_body_after_a_speaker_holds_the_campaign():
    # the speaker's unnamed 公司 holds the campaign; the speaker does not take part in it
    text = "甲电力公司党委书记、经理张三表示,公司将以先进为榜样,在全公司开展“学标兵、争一流”活动。"
    ents = {"甲电力公司": "Company", "张三": "Person", "“学标兵、争一流”活动": "Event"}
    got = run(text, ents)
    assert ("“学标兵、争一流”活动", "organizedBy", "甲电力公司", None) in got
    assert ("张三", "participatedIn", "“学标兵、争一流”活动", None) not in got


def test_own_body_stands_for_the_most_named_unit():
    text = ("乙供电公司在某区推行网格服务。乙供电公司还联合丙街道走访。丁电力公司发来贺信。"
            "7月下旬,公司组织40余名网格员参加了青禾用电培训班。")
    ents = {"乙供电公司": "Company", "丙街道": "Organization", "丁电力公司": "Company", "青禾用电培训班": "Event"}
    got = run(text, ents)
    assert ("青禾用电培训班", "organizedBy", "乙供电公司", None) in got
    assert ("青禾用电培训班", "organizedBy", "丁电力公司", None) not in got


def test_unit_staffing_an_operation_runs_it_but_joining_one_does_not():
    staffed = run("甲县供电公司立即启动应急响应,组织320名抢修人员投入抗台抢险。",
                  {"甲县供电公司": "Company", "抗台抢险": "Event"})
    assert ("抗台抢险", "organizedBy", "甲县供电公司", None) in staffed
    joined = run("甲县供电公司立即启动应急响应,投入抗台抢险。", {"甲县供电公司": "Company", "抗台抢险": "Event"})
    assert ("甲县供电公司", "participatedIn", "抗台抢险", None) in joined


def test_own_body_past_a_model_named_in_passing():
    text = "甲电力公司党委书记张三表示,公司将以李四为榜样,在全公司开展“学标兵、争一流”主题活动。"
    ents = {"甲电力公司": "Company", "张三": "Person", "李四": "Person", "“学标兵、争一流”主题活动": "Event"}
    got = run(text, ents)
    assert ("“学标兵、争一流”主题活动", "organizedBy", "甲电力公司", None) in got
    assert ("李四", "participatedIn", "“学标兵、争一流”主题活动", None) not in got


def test_invited_teachers_take_part_in_the_training():
    text = ("青禾供电局举办了带电作业培训班,邀请某大学副教授张三、某局高级农艺师李四授课。"
            "王五邀请李六吃饭。")
    ents = {"青禾供电局": "Company", "带电作业培训班": "Event", "张三": "Person", "李四": "Person",
            "王五": "Person", "李六": "Person"}
    got = run(text, ents)
    assert ("张三", "participatedIn", "带电作业培训班", None) in got
    assert ("李四", "participatedIn", "带电作业培训班", None) in got
    assert ("李六", "participatedIn", "带电作业培训班", None) not in got


def test_ceremony_chaired_by_a_place_scoped_official():
    text = "8月1日,青禾光伏项目开工启动仪式在某县举行。启动仪式由某县县长张三主持。李四在家休息。"
    ents = {"青禾光伏项目开工启动仪式": "Event", "张三": "Person", "李四": "Person", "某县": "Place"}
    got = run(text, ents)
    assert ("张三", "participatedIn", "青禾光伏项目开工启动仪式", None) in got
    assert ("李四", "participatedIn", "青禾光伏项目开工启动仪式", None) not in got


def test_a_unit_that_rallies_its_staff_to_a_quoted_campaign_runs_it():
    text = "甲供电局还发动职工开展“以购代捐”,今年采购农产品42万元。"
    got = run(text, {"甲供电局": "Company", "以购代捐": "Event"})
    assert ("以购代捐", "organizedBy", "甲供电局", None) in got
    joined = run("甲供电局开展“为民办事”实践活动。", {"甲供电局": "Company", "为民办事": "Event"})
    assert ("甲供电局", "participatedIn", "为民办事", None) in joined


def test_festival_referred_to_and_its_listed_hosts():
    text = ("4月16日,第九届青禾茶文化旅游节在某景区开幕。"
            "据了解,此次旅游节由青禾县人民政府和某市文化旅游局联合主办,为期一周。")
    ents = {"第九届青禾茶文化旅游节": "Event", "青禾县人民政府": "Organization", "某市文化旅游局": "Organization"}
    got = run(text, ents)
    assert ("第九届青禾茶文化旅游节", "organizedBy", "青禾县人民政府", None) in got
    assert ("第九届青禾茶文化旅游节", "organizedBy", "某市文化旅游局", None) in got
    assert ("青禾县人民政府", "participatedIn", "第九届青禾茶文化旅游节", None) not in got


def test_those_honoured_at_a_commendation_meeting_take_part():
    text = "4月27日,青禾省总工会在某市召开表彰大会,甲供电公司营业厅服务班荣获“工人先锋号”称号。"
    ents = {"青禾省总工会": "Organization", "表彰大会": "Event", "甲供电公司营业厅服务班": "Company"}
    got = run(text, ents)
    assert ("甲供电公司营业厅服务班", "participatedIn", "表彰大会", None) in got
    other = run("4月27日,青禾省总工会在某市召开推进会,甲供电公司营业厅服务班荣获“工人先锋号”称号。",
                {"青禾省总工会": "Organization", "推进会": "Event", "甲供电公司营业厅服务班": "Company"})
    assert ("甲供电公司营业厅服务班", "participatedIn", "推进会", None) not in other


def test_reporting_at_the_meeting_referred_to():
    text = ("11月14日,青禾供电公司召开2026年迎峰度冬保供电工作会议。"
            "调控中心主任张三、营销部主任李四分别就电网运行方式作了专题汇报。")
    ents = {"青禾供电公司": "Company", "2026年迎峰度冬保供电工作会议": "Event", "调控中心": "Company",
            "营销部": "Company", "张三": "Person", "李四": "Person"}
    got = run(text, ents)
    assert ("张三", "participatedIn", "2026年迎峰度冬保供电工作会议", None) in got
    assert ("李四", "participatedIn", "2026年迎峰度冬保供电工作会议", None) in got


def test_units_of_a_list_clause_before_as_well_take_part():
    text = "甲公司发展策划部、营销部,以及乙县供电公司、丙县供电公司负责人参加了青禾签约仪式。"
    ents = {"甲公司发展策划部": "Company", "营销部": "Company", "乙县供电公司": "Company", "丙县供电公司": "Company",
            "青禾签约仪式": "Event"}
    got = run(text, ents)
    for unit in ("甲公司发展策划部", "营销部", "乙县供电公司", "丙县供电公司"):
        assert (unit, "participatedIn", "青禾签约仪式", None) in got
    other = run("甲公司发展策划部发布通知,乙县供电公司负责人参加了青禾签约仪式。",
                {"甲公司发展策划部": "Company", "乙县供电公司": "Company", "青禾签约仪式": "Event"})
    assert ("甲公司发展策划部", "participatedIn", "青禾签约仪式", None) not in other


def test_a_contest_ahead_is_not_the_one_referred_to():
    text = ("青禾带电作业技能竞赛在某市举行。"
            "获奖选手将代表青禾参加某省公司9月举办的全省技能竞赛。"
            "青禾市总工会派员现场观摩,并为获奖选手颁发证书。")
    ents = {"青禾带电作业技能竞赛": "Event", "全省技能竞赛": "Event", "青禾市总工会": "Organization"}
    got = run(text, ents)
    assert ("青禾市总工会", "participatedIn", "青禾带电作业技能竞赛", None) in got
    assert ("青禾市总工会", "participatedIn", "全省技能竞赛", None) not in got


def test_launch_ceremony_of_the_campaign_named_before():
    text = ("6月10日,青禾燃气公司“燃气安全进社区”专项行动在某街道启动。"
            "启动仪式上,青禾燃气公司总经理张三为服务队授旗。")
    ents = {"青禾燃气公司": "Company", "“燃气安全进社区”专项行动": "Event", "张三": "Person"}
    got = run(text, ents)
    assert ("张三", "participatedIn", "“燃气安全进社区”专项行动", None) in got


def test_a_pairing_clause_does_not_make_the_unit_a_mere_party():
    text = "2025年起,甲营业厅服务班与乙社区结对共建,每月开展“电力服务进社区”活动。"
    ents = {"甲营业厅服务班": "Company", "乙社区": "Community", "电力服务进社区": "Event"}
    got = run(text, ents)
    assert ("电力服务进社区", "organizedBy", "甲营业厅服务班", None) in got
    joint = run("甲供电公司与乙能源公司举行青禾签约仪式。",
                {"甲供电公司": "Company", "乙能源公司": "Company", "青禾签约仪式": "Event"})
    assert ("甲供电公司", "participatedIn", "青禾签约仪式", None) in joint


def test_a_contest_some_will_be_sent_to_later_is_not_the_one_referred_to():
    text = ("甲电力公司举办的青禾技能竞赛在某市举行。"
            "甲电力公司工会主席李四说,获奖选手将优先推荐参加省公司技能竞赛。"
            "竞赛期间,甲电力公司副总经理王五以此次竞赛为契机调研。")
    ents = {"甲电力公司": "Company", "青禾技能竞赛": "Event", "省公司技能竞赛": "Event",
            "李四": "Person", "王五": "Person"}
    got = run(text, ents)
    assert ("王五", "participatedIn", "青禾技能竞赛", None) in got
    assert ("王五", "participatedIn", "省公司技能竞赛", None) not in got


def test_a_contest_entered_now_keeps_its_participants():
    text = "甲电力公司副总经理王五参加了省公司技能竞赛。"
    got = run(text, {"甲电力公司": "Company", "省公司技能竞赛": "Event", "王五": "Person"})
    assert ("王五", "participatedIn", "省公司技能竞赛", None) in got


def test_units_building_the_articles_one_project_take_part():
    text = ("青禾220千伏某变电站投运。工程由甲电力建设有限公司施工,乙监理有限公司负责监理。"
            "设计单位是丙设计院有限公司。丁公司承担费用。")
    ents = {"青禾220千伏某变电站投运": "Event", "甲电力建设有限公司": "Company", "乙监理有限公司": "Company",
            "丙设计院有限公司": "Company", "丁公司": "Company"}
    got = run(text, ents)
    for unit in ("甲电力建设有限公司", "乙监理有限公司", "丙设计院有限公司"):
        assert (unit, "participatedIn", "青禾220千伏某变电站投运", None) in got
    assert ("丁公司", "participatedIn", "青禾220千伏某变电站投运", None) not in got


def test_builders_need_one_project_in_the_article():
    text = "青禾一号工程和青禾二号工程同时开工。工程由甲电力建设有限公司施工。"
    ents = {"青禾一号工程": "Event", "青禾二号工程": "Event", "甲电力建设有限公司": "Company"}
    got = run(text, ents)
    assert not any(f[0] == "甲电力建设有限公司" and f[1] == "participatedIn" for f in got)


def test_a_team_led_to_the_contest_named_before():
    text = ("甲电力公司举办的青禾技能竞赛在某市举行。"
            "据了解,乙供电公司代表队由该公司副总经理赵六带队,队员均为青年。"
            "乙供电公司工会由该公司副总经理钱七带队慰问。")
    ents = {"甲电力公司": "Company", "青禾技能竞赛": "Event", "乙供电公司": "Company", "赵六": "Person", "钱七": "Person"}
    got = run(text, ents)
    assert ("赵六", "participatedIn", "青禾技能竞赛", None) in got
    assert ("钱七", "participatedIn", "青禾技能竞赛", None) not in got


def test_the_teacher_of_the_training_named_before():
    text = ("甲供电公司举办的青禾骨干培训班在某市开班。"
            "“动作要稳。”担任实操教师的乙供电公司技能专家孙八一边示范一边讲解。"
            "“动作要稳。”担任村委会主任的丙村干部周九一边听一边记。")
    ents = {"甲供电公司": "Company", "青禾骨干培训班": "Event", "乙供电公司": "Company", "孙八": "Person",
            "丙村": "Community", "周九": "Person"}
    got = run(text, ents)
    assert ("孙八", "participatedIn", "青禾骨干培训班", None) in got
    assert ("周九", "participatedIn", "青禾骨干培训班", None) not in got


def test_watching_the_drill_named_before():
    ents = {"甲供电局": "Company", "张三": "Person", "青禾应急演练": "Event"}
    got = run("青禾应急演练在某市举行。甲供电局局长张三现场观摩。", ents)
    assert ("张三", "participatedIn", "青禾应急演练", None) in got
    got = run("青禾应急演练在某市举行。甲供电局局长张三现场观摩了兄弟单位的抢修车,说要学习。", ents)
    assert ("张三", "participatedIn", "青禾应急演练", None) not in got


def test_units_listed_after_their_parent_with_suo_shu_take_part():
    text = ("青禾培训班在某县举办。甲供电局及所属乙供电局、丙供电局的34名青年参加培训。"
            "丁供电局为所属戊供电局的职工送去慰问品。")
    ents = {"青禾培训班": "Event", "甲供电局": "Company", "乙供电局": "Company", "丙供电局": "Company",
            "丁供电局": "Company", "戊供电局": "Company"}
    got = run(text, ents)
    assert ("乙供电局", "participatedIn", "青禾培训班", None) in got
    assert ("丙供电局", "participatedIn", "青禾培训班", None) in got
    assert ("戊供电局", "participatedIn", "青禾培训班", None) not in got


def test_guests_who_attend_and_lay_the_foundation_at_the_ceremony_named_before():
    text = ("青禾工程开工仪式在某街道举行。青禾市副市长吴一,甲供电公司总经理郑二出席并为项目培土奠基。"
            "甲供电公司副总经理王三为项目部送去慰问品。")
    ents = {"青禾工程开工仪式": "Event", "甲供电公司": "Company", "吴一": "Person", "郑二": "Person", "王三": "Person"}
    got = run(text, ents)
    assert ("郑二", "participatedIn", "青禾工程开工仪式", None) in got
    assert ("王三", "participatedIn", "青禾工程开工仪式", None) not in got
