from spec1 import D, DOCS

D('m09_biaozhang.txt', '宜春供电公司表彰一批优秀共产党员', '2026-07-01', '宜春日报', ['易凌霜', '胡志成'], """
国网宜春供电公司|Company|宜春供电公司|公司
国网宜春供电公司党委|Organization||gave the 两优一先 awards
袁州区供电公司|Company||
袁州区供电公司西村供电所|Company|西村供电所|
万载县供电公司|Company||
万载县供电公司变电运维班|Company|变电运维班|班组
宜春供电公司调控中心|Company|调控中心|
袁州区供电公司西村供电所党支部|Organization||先进基层党组织
宜春日报|Organization||source
付建民|Person||党委书记、董事长
廖春燕|Person||西村供电所台区经理
晏国平|Person||变电运维班班长
聂子豪|Person||调控中心调度员
文艳红|Person||万载县供电公司党委副书记
汤卫平|Person||党委副书记、总经理
易凌霜|Person||记者
胡志成|Person||通讯员
西村镇|Place||
万载县|Place||
柏木村|Community||
庆祝建党105周年暨“两优一先”表彰大会|Event||6月30日
""", """
庆祝建党105周年暨“两优一先”表彰大会|organizedBy|国网宜春供电公司党委||国网宜春供电公司党委召开
付建民|worksFor|国网宜春供电公司||董事长付建民出席会议并讲话
付建民|holdsPosition|国网宜春供电公司|党委书记|董事长付建民出席会议并讲话
付建民|holdsPosition|国网宜春供电公司|董事长|董事长付建民出席会议并讲话
付建民|participatedIn|庆祝建党105周年暨“两优一先”表彰大会||董事长付建民出席会议并讲话
袁州区供电公司西村供电所|subsidiaryOf|袁州区供电公司||袁州区供电公司西村供电所台区经理廖春燕
袁州区供电公司|subsidiaryOf|国网宜春供电公司||袁州区供电公司西村供电所台区经理廖春燕
万载县供电公司|subsidiaryOf|国网宜春供电公司||袁州区供电公司西村供电所台区经理廖春燕
万载县供电公司变电运维班|subsidiaryOf|万载县供电公司||万载县供电公司变电运维班班长晏国平
宜春供电公司调控中心|subsidiaryOf|国网宜春供电公司||宜春供电公司调控中心调度员聂子豪
廖春燕|worksFor|袁州区供电公司西村供电所||袁州区供电公司西村供电所台区经理廖春燕
廖春燕|holdsPosition|袁州区供电公司西村供电所|台区经理|袁州区供电公司西村供电所台区经理廖春燕
晏国平|worksFor|万载县供电公司变电运维班||万载县供电公司变电运维班班长晏国平
晏国平|holdsPosition|万载县供电公司变电运维班|班长|万载县供电公司变电运维班班长晏国平
聂子豪|worksFor|宜春供电公司调控中心||宜春供电公司调控中心调度员聂子豪
聂子豪|holdsPosition|宜春供电公司调控中心|调度员|宜春供电公司调控中心调度员聂子豪
廖春燕|honoredBy|国网宜春供电公司党委|优秀共产党员|袁州区供电公司西村供电所台区经理廖春燕
晏国平|honoredBy|国网宜春供电公司党委|优秀共产党员|袁州区供电公司西村供电所台区经理廖春燕
聂子豪|honoredBy|国网宜春供电公司党委|优秀共产党员|袁州区供电公司西村供电所台区经理廖春燕
文艳红|worksFor|万载县供电公司||万载县供电公司党委副书记文艳红
文艳红|holdsPosition|万载县供电公司|党委副书记|万载县供电公司党委副书记文艳红
文艳红|honoredBy|国网宜春供电公司党委|优秀党务工作者|万载县供电公司党委副书记文艳红
廖春燕|participatedIn|庆祝建党105周年暨“两优一先”表彰大会||她在发言中说
廖春燕|servesCommunity|柏木村||常年为西村镇柏木村的留守老人上门服务
柏木村|locatedIn|西村镇||常年为西村镇柏木村的留守老人上门服务
廖春燕|servesCommunity|柏木村||她在发言中说
汤卫平|worksFor|国网宜春供电公司||总经理汤卫平主持
汤卫平|holdsPosition|国网宜春供电公司|党委副书记|总经理汤卫平主持
汤卫平|holdsPosition|国网宜春供电公司|总经理|总经理汤卫平主持
汤卫平|participatedIn|庆祝建党105周年暨“两优一先”表彰大会||总经理汤卫平主持
m09_biaozhang.txt|reportedBy|易凌霜|记者|本报讯（记者 易凌霜
m09_biaozhang.txt|reportedBy|胡志成|通讯员|本报讯（记者 易凌霜
""")

D('m10_bisai.txt', '比技能 赛本领 常德配网带电作业“比武”决出冠亚军', '2026-08-22', '常德市融媒体中心', ['覃一鸣', '舒航'], """
国网常德供电公司|Company|常德供电公司|主办方; 公司
国网常德供电公司工会|Organization||承办方
汉寿县供电公司|Company||团体冠军
桃源县供电公司|Company||团体亚军
汉寿县供电公司带电作业班|Company||
国网湖南省电力有限公司|Company||
国网湖南省电力有限公司技能培训中心|Company||
常德市融媒体中心|Organization||source
新湖南|Organization||site
熊志刚|Person||个人冠军
陈俊宇|Person||个人亚军
伍碧华|Person||副总经理、工会主席
刘铁山|Person||裁判长
覃一鸣|Person||记者
舒航|Person||通讯员
邓雅丽|Person||责任编辑
鼎城区|Place||常德市鼎城区
汉寿县|Place||
2026年配网带电作业技能比武|Event||8月21日
全省带电作业竞赛|Event||10月
“迎峰度夏”应急演练|Event||teaser headline|related-teaser
""", """
2026年配网带电作业技能比武|organizedBy|国网常德供电公司||由国网常德供电公司主办
2026年配网带电作业技能比武|organizedBy|国网常德供电公司工会||由国网常德供电公司主办
2026年配网带电作业技能比武|locatedIn|鼎城区||由国网常德供电公司主办
汉寿县供电公司|participatedIn|2026年配网带电作业技能比武||汉寿县供电公司代表队获得团体冠军
桃源县供电公司|participatedIn|2026年配网带电作业技能比武||汉寿县供电公司代表队获得团体冠军
汉寿县供电公司|subsidiaryOf|国网常德供电公司||汉寿县供电公司代表队获得团体冠军
桃源县供电公司|subsidiaryOf|国网常德供电公司||汉寿县供电公司代表队获得团体冠军
汉寿县供电公司带电作业班|subsidiaryOf|汉寿县供电公司||汉寿县供电公司带电作业班的熊志刚
熊志刚|worksFor|汉寿县供电公司带电作业班||汉寿县供电公司带电作业班的熊志刚
熊志刚|participatedIn|2026年配网带电作业技能比武||汉寿县供电公司带电作业班的熊志刚
陈俊宇|worksFor|桃源县供电公司||桃源县供电公司的陈俊宇
陈俊宇|participatedIn|2026年配网带电作业技能比武||桃源县供电公司的陈俊宇
伍碧华|worksFor|国网常德供电公司||工会主席伍碧华
伍碧华|holdsPosition|国网常德供电公司|副总经理|工会主席伍碧华
伍碧华|holdsPosition|国网常德供电公司工会|工会主席|工会主席伍碧华
伍碧华|worksFor|国网常德供电公司工会||工会主席伍碧华
伍碧华|participatedIn|2026年配网带电作业技能比武||工会主席伍碧华
熊志刚|honoredBy|国网常德供电公司工会|常德供电技术能手|常德供电技术能手
陈俊宇|honoredBy|国网常德供电公司工会|常德供电技术能手|常德供电技术能手
全省带电作业竞赛|organizedBy|国网湖南省电力有限公司||全省带电作业竞赛
国网湖南省电力有限公司技能培训中心|subsidiaryOf|国网湖南省电力有限公司||技能培训中心的两名专家
刘铁山|worksFor|国网湖南省电力有限公司技能培训中心||裁判长刘铁山
刘铁山|participatedIn|2026年配网带电作业技能比武||裁判长刘铁山点评说
“迎峰度夏”应急演练|organizedBy|国网常德供电公司||常德供电公司开展“迎峰度夏”应急演练|related-teaser
m10_bisai.txt|reportedBy|覃一鸣|记者|作者：记者 覃一鸣
m10_bisai.txt|reportedBy|舒航|通讯员|作者：记者 覃一鸣
m10_bisai.txt|reportedBy|邓雅丽|责编|责任编辑：邓雅丽
""")

D('m11_fangxun.txt', '红河供电局开展防汛应急演练', '2026-05-27', '云南日报', ['普丽华', '白建林'], """
云南电网有限责任公司红河供电局|Company|红河供电局|
红河供电局应急指挥中心|Company||组织方
蒙自供电局|Company||承办方; 基层单位
红河州应急管理局|Organization||观摩
蒙自市水务局|Organization||观摩
龙井社区居民委员会|Organization||
云南日报|Organization||source
云南网|Organization||site
杨绍明|Person||红河供电局副局长
李雯|Person||蒙自市副市长
马志国|Person||蒙自供电局应急抢修队队长
段红伟|Person||蒙自供电局局长
普春梅|Person||龙井社区居民委员会主任
普丽华|Person||记者
白建林|Person||通讯员
陶婉|Person||责任编辑
蒙自市|Place||
雨过铺街道|Community||
龙井社区|Community||
防汛应急综合演练|Event||５月２６日
""", """
防汛应急综合演练|locatedIn|蒙自市||在蒙自市雨过铺街道开展
云南电网有限责任公司红河供电局|participatedIn|防汛应急综合演练||在蒙自市雨过铺街道开展
防汛应急综合演练|organizedBy|红河供电局应急指挥中心||演练由红河供电局应急指挥中心组织
防汛应急综合演练|organizedBy|蒙自供电局||演练由红河供电局应急指挥中心组织
红河供电局应急指挥中心|subsidiaryOf|云南电网有限责任公司红河供电局||演练由红河供电局应急指挥中心组织
蒙自供电局|participatedIn|防汛应急综合演练||演练由红河供电局应急指挥中心组织
红河州应急管理局|participatedIn|防汛应急综合演练||演练由红河供电局应急指挥中心组织
蒙自市水务局|participatedIn|防汛应急综合演练||演练由红河供电局应急指挥中心组织
杨绍明|worksFor|云南电网有限责任公司红河供电局||红河供电局副局长杨绍明
杨绍明|holdsPosition|云南电网有限责任公司红河供电局|副局长|红河供电局副局长杨绍明
杨绍明|participatedIn|防汛应急综合演练||红河供电局副局长杨绍明
李雯|participatedIn|防汛应急综合演练||红河供电局副局长杨绍明
马志国|worksFor|蒙自供电局||应急抢修队队长马志国
马志国|holdsPosition|蒙自供电局|应急抢修队队长|应急抢修队队长马志国
马志国|participatedIn|防汛应急综合演练||应急抢修队队长马志国
龙井社区|locatedIn|雨过铺街道||雨过铺街道龙井社区
蒙自供电局|subsidiaryOf|云南电网有限责任公司红河供电局||蒙自供电局等各基层单位
普春梅|worksFor|龙井社区居民委员会||龙井社区居民委员会主任普春梅
普春梅|holdsPosition|龙井社区居民委员会|主任|龙井社区居民委员会主任普春梅
段红伟|worksFor|蒙自供电局||蒙自供电局局长段红伟
段红伟|holdsPosition|蒙自供电局|局长|蒙自供电局局长段红伟
m11_fangxun.txt|reportedBy|普丽华|记者|作者：记者 普丽华
m11_fangxun.txt|reportedBy|白建林|通讯员|作者：记者 普丽华
m11_fangxun.txt|reportedBy|陶婉|责编|责任编辑：陶婉
""")

D('m12_zoufang.txt', '客户经理上门“问电” 企业用电更安心', '2026-03-11', '繁昌区融媒体中心', ['方若晴', '钱伟'], """
国网芜湖市繁昌区供电公司|Company|繁昌区供电公司|
国网芜湖供电公司|Company||
营销部|Company||繁昌区供电公司营销部
安徽恒锐新材料有限公司|Company|恒锐新材料|
恒锐新材料设备部|Company||
芜湖金穗米业有限公司|Company|金穗米业|
繁昌区融媒体中心|Organization||source
芜湖新闻网|Organization||site
许乐天|Person||客户经理
孙雨辰|Person||客户经理 (同事)
邬海涛|Person||恒锐新材料设备部经理
周宏达|Person||金穗米业负责人
蒋宏斌|Person||营销部主任
储立新|Person||繁昌区供电公司总经理
方若晴|Person||通讯员
钱伟|Person||摄影
周可人|Person||编辑
繁昌经济开发区|Place||
繁昌区|Place||
孙村镇|Place||
万家企业大走访|Event||2026 campaign
""", """
许乐天|worksFor|国网芜湖市繁昌区供电公司||客户经理许乐天和同事孙雨辰
许乐天|holdsPosition|国网芜湖市繁昌区供电公司|客户经理|客户经理许乐天和同事孙雨辰
孙雨辰|worksFor|国网芜湖市繁昌区供电公司||客户经理许乐天和同事孙雨辰
孙雨辰|holdsPosition|国网芜湖市繁昌区供电公司|客户经理|客户经理许乐天和同事孙雨辰
安徽恒锐新材料有限公司|locatedIn|繁昌经济开发区||位于繁昌经济开发区
恒锐新材料设备部|subsidiaryOf|安徽恒锐新材料有限公司||恒锐新材料设备部经理邬海涛
邬海涛|worksFor|恒锐新材料设备部||恒锐新材料设备部经理邬海涛
邬海涛|holdsPosition|恒锐新材料设备部|经理|恒锐新材料设备部经理邬海涛
芜湖金穗米业有限公司|locatedIn|孙村镇||繁昌区孙村镇的芜湖金穗米业有限公司
万家企业大走访|organizedBy|国网芜湖市繁昌区供电公司||开展“万家企业大走访”活动
营销部|subsidiaryOf|国网芜湖市繁昌区供电公司||营销部主任蒋宏斌牵头
蒋宏斌|worksFor|营销部||营销部主任蒋宏斌牵头
蒋宏斌|holdsPosition|营销部|主任|营销部主任蒋宏斌牵头
蒋宏斌|participatedIn|万家企业大走访||营销部主任蒋宏斌牵头
国网芜湖市繁昌区供电公司|subsidiaryOf|国网芜湖供电公司||繁昌区供电公司是国网芜湖供电公司下属
周宏达|worksFor|芜湖金穗米业有限公司||金穗米业负责人周宏达
周宏达|holdsPosition|芜湖金穗米业有限公司|负责人|金穗米业负责人周宏达
储立新|worksFor|国网芜湖市繁昌区供电公司||总经理储立新
储立新|holdsPosition|国网芜湖市繁昌区供电公司|总经理|总经理储立新
m12_zoufang.txt|reportedBy|方若晴|通讯员|作者：通讯员 方若晴
m12_zoufang.txt|reportedBy|钱伟|摄影|作者：通讯员 方若晴
m12_zoufang.txt|reportedBy|周可人|责编|编辑：周可人
""")
