DOCS = [
dict(file='v06_ganzi_dianxin.txt', title='泸定“8·21”山体滑坡：36小时打通“生命通信线”', published='2026-08-24',
source='甘孜电信', authors=['泽仁多吉', '次仁卓玛'],
E='''
中国电信股份有限公司|Company||group prefix inside the compound name
中国电信股份有限公司四川分公司|Company|四川分公司|
中国电信股份有限公司四川分公司甘孜分公司|Company|甘孜分公司;甘孜电信|甘孜电信 = its WeChat account (source)
泸定县分公司|Company||
康定市分公司|Company||
甘孜网络维护中心|Company||
泸定县分公司线路班|Company|线路班|班组
甘孜分公司党委|Organization||
“红色通信”党员突击队|Organization|红色通信|named party-member team set up during the repair
泸定县应急管理局|Organization||
得妥镇政府|Organization||
泽仁多吉|Person||文
次仁卓玛|Person||图 (photographer; not the villager 泽仁卓玛)
刘美玲|Person||编辑
蒋志勇|Person||总经理
洛绒扎西|Person||线路班班长 (Tibetan)
杨丹|Person||副总经理、党委委员, 突击队队长
陈立群|Person||四川分公司副总经理
泽仁卓玛|Person||villager (阿姨), no relation
次仁拉姆|Person||康定市分公司客服经理
泸定“8·21”山体滑坡|Event||2026-08-21, 得妥镇
泸定县|Place|泸定|
得妥镇|Place||
大渡河|Place||
湾东村|Community||
联合村|Community||
成都|Place||
甘孜州应急管理局|Organization||
应急通信演练|Event||before the flood season 2026
''',
R='''
@|reportedBy|泽仁多吉|文|文/泽仁多吉
@|reportedBy|次仁卓玛|图|文/泽仁多吉
@|reportedBy|刘美玲|编辑|编辑：刘美玲
泸定“8·21”山体滑坡|locatedIn|得妥镇|2026-08-21|泸定县得妥镇发生山体滑坡
湾东村|locatedIn|得妥镇||得妥镇湾东村、联合村一度与外界失去通信联系
联合村|locatedIn|得妥镇||得妥镇湾东村、联合村一度与外界失去通信联系
中国电信股份有限公司四川分公司|subsidiaryOf|中国电信股份有限公司||总经理蒋志勇带队赶赴现场
中国电信股份有限公司四川分公司甘孜分公司|subsidiaryOf|中国电信股份有限公司四川分公司||总经理蒋志勇带队赶赴现场
泸定县分公司|subsidiaryOf|中国电信股份有限公司四川分公司甘孜分公司||总经理蒋志勇带队赶赴现场
康定市分公司|subsidiaryOf|中国电信股份有限公司四川分公司甘孜分公司||总经理蒋志勇带队赶赴现场
甘孜网络维护中心|subsidiaryOf|中国电信股份有限公司四川分公司甘孜分公司||总经理蒋志勇带队赶赴现场
中国电信股份有限公司四川分公司甘孜分公司|participatedIn|泸定“8·21”山体滑坡|抢修|总经理蒋志勇带队赶赴现场
泸定县分公司|participatedIn|泸定“8·21”山体滑坡|抢修|总经理蒋志勇带队赶赴现场
康定市分公司|participatedIn|泸定“8·21”山体滑坡|抢修|总经理蒋志勇带队赶赴现场
甘孜网络维护中心|participatedIn|泸定“8·21”山体滑坡|抢修|总经理蒋志勇带队赶赴现场
蒋志勇|holdsPosition|中国电信股份有限公司四川分公司甘孜分公司|总经理|总经理蒋志勇带队赶赴现场
蒋志勇|worksFor|中国电信股份有限公司四川分公司甘孜分公司||总经理蒋志勇带队赶赴现场
蒋志勇|participatedIn|泸定“8·21”山体滑坡|抢修|总经理蒋志勇带队赶赴现场
泸定县分公司线路班|subsidiaryOf|泸定县分公司||线路班班长洛绒扎西是得妥镇人
洛绒扎西|holdsPosition|泸定县分公司线路班|班长|线路班班长洛绒扎西是得妥镇人
洛绒扎西|worksFor|泸定县分公司线路班||线路班班长洛绒扎西是得妥镇人
洛绒扎西|servesCommunity|湾东村||于21日下午赶到湾东村
泸定县分公司线路班|servesCommunity|湾东村||于21日下午赶到湾东村
杨丹|holdsPosition|中国电信股份有限公司四川分公司甘孜分公司|副总经理|党委委员杨丹任队长
杨丹|holdsPosition|中国电信股份有限公司四川分公司甘孜分公司|党委委员|党委委员杨丹任队长
杨丹|worksFor|中国电信股份有限公司四川分公司甘孜分公司||党委委员杨丹任队长
杨丹|holdsPosition|“红色通信”党员突击队|队长|党委委员杨丹任队长
“红色通信”党员突击队|participatedIn|泸定“8·21”山体滑坡|抢修|党委委员杨丹任队长
陈立群|holdsPosition|中国电信股份有限公司四川分公司|副总经理|四川分公司副总经理陈立群
陈立群|worksFor|中国电信股份有限公司四川分公司||四川分公司副总经理陈立群
次仁拉姆|holdsPosition|康定市分公司|客服经理|康定市分公司客服经理次仁拉姆
次仁拉姆|worksFor|康定市分公司||康定市分公司客服经理次仁拉姆
次仁拉姆|servesCommunity|湾东村||康定市分公司客服经理次仁拉姆
应急通信演练|organizedBy|中国电信股份有限公司四川分公司甘孜分公司|联合开展|甘孜州应急管理局联合开展了应急通信演练
应急通信演练|organizedBy|甘孜州应急管理局|联合开展|甘孜州应急管理局联合开展了应急通信演练
''' ),
dict(file='v07_yushu_youzheng.txt', title='海拔4500米的“流动邮局”：尼玛扎西和他的邮路', published='2026-11-08',
source='青海新闻网', authors=['才让措', '李雪'],
E='''
青海新闻网|Organization||media outlet
才让措|Person||记者
李雪|Person||实习生
马海燕|Person||责任编辑
中国邮政集团有限公司|Company||
中国邮政集团有限公司青海省玉树州分公司|Company|玉树州分公司|州分公司 refers to it
中国邮政集团有限公司青海省玉树州分公司称多县分公司|Company|称多县分公司|
尼玛扎西|Person|扎西|乡邮投递员 (Tibetan); 青海最美职工
多杰才旦|Person||二村村委会主任
索南旦增|Person||称多县分公司经理
王庆林|Person||玉树州分公司副总经理
珍秦镇二村村委会|Organization||village committee
称多县总工会|Organization||co-organiser of the contest
青海省总工会|Organization||gave 青海最美职工
“邮路先锋”技能比武|Event|邮路先锋|2026-05
称多县|Place||
珍秦镇|Place||
珍秦镇二村|Community||canonical keeps the town: 二村 alone is not a name
西宁|Place||
成都|Place||
才让卓玛|Person||称多县分公司投递员 (Tibetan)
''',
R='''
@|reportedBy|才让措|记者|来源：青海新闻网　记者 才让措
@|reportedBy|李雪|实习生|来源：青海新闻网　记者 才让措
@|reportedBy|马海燕|责任编辑|（责任编辑：马海燕）
中国邮政集团有限公司青海省玉树州分公司|subsidiaryOf|中国邮政集团有限公司||是中国邮政集团有限公司青海省玉树州分公司称多县分公司的乡邮投递员
中国邮政集团有限公司青海省玉树州分公司称多县分公司|subsidiaryOf|中国邮政集团有限公司青海省玉树州分公司||是中国邮政集团有限公司青海省玉树州分公司称多县分公司的乡邮投递员
尼玛扎西|holdsPosition|中国邮政集团有限公司青海省玉树州分公司称多县分公司|乡邮投递员|是中国邮政集团有限公司青海省玉树州分公司称多县分公司的乡邮投递员
尼玛扎西|worksFor|中国邮政集团有限公司青海省玉树州分公司称多县分公司||是中国邮政集团有限公司青海省玉树州分公司称多县分公司的乡邮投递员
珍秦镇二村|locatedIn|珍秦镇||珍秦镇二村村委会主任多杰才旦说
多杰才旦|holdsPosition|珍秦镇二村村委会|主任|珍秦镇二村村委会主任多杰才旦说
多杰才旦|worksFor|珍秦镇二村村委会||珍秦镇二村村委会主任多杰才旦说
“邮路先锋”技能比武|organizedBy|中国邮政集团有限公司青海省玉树州分公司|2026-05|联合开展“邮路先锋”技能比武
“邮路先锋”技能比武|organizedBy|称多县总工会|2026-05|联合开展“邮路先锋”技能比武
尼玛扎西|participatedIn|“邮路先锋”技能比武|投递组第一名|尼玛扎西获得投递组第一名
尼玛扎西|honoredBy|青海省总工会|青海最美职工|被青海省总工会授予
索南旦增|holdsPosition|中国邮政集团有限公司青海省玉树州分公司称多县分公司|经理|称多县分公司经理索南旦增说
索南旦增|worksFor|中国邮政集团有限公司青海省玉树州分公司称多县分公司||称多县分公司经理索南旦增说
王庆林|holdsPosition|中国邮政集团有限公司青海省玉树州分公司|副总经理|玉树州分公司副总经理王庆林表示
王庆林|worksFor|中国邮政集团有限公司青海省玉树州分公司||玉树州分公司副总经理王庆林表示
尼玛扎西|servesCommunity|珍秦镇二村||尼玛扎西把最后一包报纸送到珍秦镇二村的村委会
才让卓玛|holdsPosition|中国邮政集团有限公司青海省玉树州分公司称多县分公司|投递员|称多县分公司投递员才让卓玛也榜上有名
才让卓玛|worksFor|中国邮政集团有限公司青海省玉树州分公司称多县分公司||称多县分公司投递员才让卓玛也榜上有名
''' ),
dict(file='v08_weining_banqian.txt', title='威宁供电局：“电小二”驻进搬迁社区', published='2026-11-26',
source='天眼新闻', authors=['陇小英', '禄永福'],
E='''
天眼新闻|Organization||media outlet (贵州日报)
陇小英|Person||通讯员
禄永福|Person||记者 (Yi surname)
吴敏|Person||责任编辑
贵州电网有限责任公司|Company||
贵州电网有限责任公司毕节供电局|Company|毕节供电局|
威宁供电局|Company||所属 of 毕节供电局; 该局 / 供电局 refer to it
五里岗供电所|Company|供电所|
“电小二”服务站|Company|电小二|service station of 威宁供电局 in 幸福社区
幸福社区党支部|Organization|社区党支部|
威宁自治县|Place|威宁县|
五里岗街道|Community||
幸福社区|Community|五里岗街道幸福社区|易地扶贫搬迁安置社区
龙安芬|Person||resident (Miao), no relation
管家荣|Person||五里岗供电所所长
张朝云|Person||网格员 (供电所员工)
安文华|Person||副局长、党委委员
龙德华|Person||社区党支部书记
配网带电作业技能比武|Event||2026-11-12, 大方县|T
大方县|Place|||T
陈永刚|Person||五里岗供电所员工
''',
R='''
@|reportedBy|陇小英|通讯员|通讯员 陇小英 记者 禄永福
@|reportedBy|禄永福|记者|通讯员 陇小英 记者 禄永福
@|reportedBy|吴敏|责任编辑|责任编辑：吴敏
幸福社区|locatedIn|五里岗街道||在威宁自治县五里岗街道幸福社区
五里岗街道|locatedIn|威宁自治县||在威宁自治县五里岗街道幸福社区
“电小二”服务站|locatedIn|幸福社区||在威宁自治县五里岗街道幸福社区
贵州电网有限责任公司毕节供电局|subsidiaryOf|贵州电网有限责任公司||所属威宁供电局在社区设立
威宁供电局|subsidiaryOf|贵州电网有限责任公司毕节供电局|所属|所属威宁供电局在社区设立
五里岗供电所|subsidiaryOf|威宁供电局||所属威宁供电局在社区设立
“电小二”服务站|subsidiaryOf|威宁供电局||所属威宁供电局在社区设立
威宁供电局|servesCommunity|幸福社区|服务站|所属威宁供电局在社区设立
五里岗供电所|servesCommunity|幸福社区|派员常驻|所属威宁供电局在社区设立
管家荣|holdsPosition|五里岗供电所|所长|五里岗供电所所长管家荣介绍
管家荣|worksFor|五里岗供电所||五里岗供电所所长管家荣介绍
张朝云|holdsPosition|五里岗供电所|网格员|网格员张朝云负责的3号网格
张朝云|worksFor|五里岗供电所||网格员张朝云负责的3号网格
张朝云|servesCommunity|幸福社区|网格员|网格员张朝云负责的3号网格
威宁供电局|servesCommunity|幸福社区|结对共建|与幸福社区党支部结对共建
安文华|holdsPosition|威宁供电局|副局长|党委委员安文华说
安文华|holdsPosition|威宁供电局|党委委员|党委委员安文华说
安文华|worksFor|威宁供电局||党委委员安文华说
龙德华|holdsPosition|幸福社区党支部|党支部书记|社区党支部书记龙德华表示
龙德华|worksFor|幸福社区党支部||社区党支部书记龙德华表示
配网带电作业技能比武|organizedBy|贵州电网有限责任公司毕节供电局|2026-11-12|在大方县举办配网带电作业技能比武|T
配网带电作业技能比武|locatedIn|大方县||在大方县举办配网带电作业技能比武|T
威宁供电局|participatedIn|配网带电作业技能比武|团体第一名|在大方县举办配网带电作业技能比武|T
陈永刚|holdsPosition|五里岗供电所|员工|五里岗供电所员工陈永刚说
陈永刚|worksFor|五里岗供电所||五里岗供电所员工陈永刚说
''' ),
]
DOCS += [
dict(file='v09_gansu_jinengbiwu.txt', title='国网甘肃电力第十届配网抢修技能比武在兰州落幕', published='2026-10-30',
source='中国甘肃网', authors=['孙建军'],
E='''
中国甘肃网|Organization||media outlet
孙建军|Person||记者
陈霞|Person||编辑
国网甘肃省电力公司|Company|国网甘肃电力|
国网甘肃省电力公司技能培训中心|Company||承办
国网甘南供电公司|Company|甘南供电公司|团体第一名
国网张掖供电公司|Company||团体第二名
国网天水供电公司|Company||团体第三名
甘南供电公司碌曲县供电公司|Company|碌曲县供电公司|
甘南供电公司碌曲县供电公司运检班|Company|运检班|班组
合作市供电公司|Company||所属 of 甘南供电公司
国家电网公司|Company||only inside 国家电网公司技能竞赛
第十届配网抢修技能比武|Event|比武;配网抢修技能比武|2026-10-27/29, 兰州
国家电网公司技能竞赛|Event||future, 将被推荐参加 (no participatedIn)
扎西才让|Person||运检班班长, 个人第一名 (Tibetan)
卓玛草|Person||队友
李永刚|Person||队友
何明辉|Person||甘南供电公司安全总监
王志强|Person||副总经理、党委委员
兰州|Place||
碌曲县|Place||
临夏州|Place||
甘南州|Place||
“师带徒”经验交流会|Event|师带徒|during the contest, by the organiser
国网天水供电公司配电运检室|Company|配电运检室|department
赵立新|Person||配电运检室主任
''',
R='''
@|reportedBy|孙建军|记者|作者：记者 孙建军
@|reportedBy|陈霞|编辑|编辑：陈霞
第十届配网抢修技能比武|organizedBy|国网甘肃省电力公司|主办|国网甘肃省电力公司技能培训中心承办
第十届配网抢修技能比武|organizedBy|国网甘肃省电力公司技能培训中心|承办|国网甘肃省电力公司技能培训中心承办
第十届配网抢修技能比武|locatedIn|兰州|2026-10-27|国网甘肃省电力公司技能培训中心承办
国网甘肃省电力公司技能培训中心|subsidiaryOf|国网甘肃省电力公司||国网甘肃省电力公司技能培训中心承办
国网甘南供电公司|subsidiaryOf|国网甘肃省电力公司||国网甘南供电公司代表队获得团体第一名
国网张掖供电公司|subsidiaryOf|国网甘肃省电力公司||国网甘南供电公司代表队获得团体第一名
国网天水供电公司|subsidiaryOf|国网甘肃省电力公司||国网甘南供电公司代表队获得团体第一名
国网甘南供电公司|participatedIn|第十届配网抢修技能比武|团体第一名|国网甘南供电公司代表队获得团体第一名
国网张掖供电公司|participatedIn|第十届配网抢修技能比武|团体第二名|国网甘南供电公司代表队获得团体第一名
国网天水供电公司|participatedIn|第十届配网抢修技能比武|团体第三名|国网甘南供电公司代表队获得团体第一名
甘南供电公司碌曲县供电公司|subsidiaryOf|国网甘南供电公司||运检班班长扎西才让获个人第一名
甘南供电公司碌曲县供电公司运检班|subsidiaryOf|甘南供电公司碌曲县供电公司||运检班班长扎西才让获个人第一名
扎西才让|holdsPosition|甘南供电公司碌曲县供电公司运检班|班长|运检班班长扎西才让获个人第一名
扎西才让|worksFor|甘南供电公司碌曲县供电公司运检班||运检班班长扎西才让获个人第一名
扎西才让|participatedIn|第十届配网抢修技能比武|个人第一名|运检班班长扎西才让获个人第一名
卓玛草|participatedIn|第十届配网抢修技能比武||运检班班长扎西才让获个人第一名
李永刚|participatedIn|第十届配网抢修技能比武||运检班班长扎西才让获个人第一名
何明辉|holdsPosition|国网甘南供电公司|安全总监|由公司安全总监何明辉负责
何明辉|worksFor|国网甘南供电公司||由公司安全总监何明辉负责
王志强|holdsPosition|国网甘肃省电力公司|副总经理|党委委员王志强出席闭幕式
王志强|holdsPosition|国网甘肃省电力公司|党委委员|党委委员王志强出席闭幕式
王志强|worksFor|国网甘肃省电力公司||党委委员王志强出席闭幕式
王志强|participatedIn|第十届配网抢修技能比武|出席闭幕式|党委委员王志强出席闭幕式
合作市供电公司|subsidiaryOf|国网甘南供电公司|所属|甘南供电公司所属合作市供电公司
合作市供电公司|participatedIn|第十届配网抢修技能比武|观摩|甘南供电公司所属合作市供电公司
“师带徒”经验交流会|organizedBy|国网甘肃省电力公司|主办方|组织了“师带徒”经验交流会
国网天水供电公司配电运检室|subsidiaryOf|国网天水供电公司||组织了“师带徒”经验交流会
赵立新|holdsPosition|国网天水供电公司配电运检室|主任|组织了“师带徒”经验交流会
赵立新|worksFor|国网天水供电公司配电运检室||组织了“师带徒”经验交流会
赵立新|participatedIn|“师带徒”经验交流会|专题发言|组织了“师带徒”经验交流会
''' ),
dict(file='v10_nujiang_shuidian.txt', title='怒江吉能水电公司获评“全州先进集体”', published='2026-11-03',
source='怒江日报', authors=['余金花'],
E='''
怒江日报|Organization||media outlet (on 云南网)
余金花|Person||作者 (Lisu)
木春花|Person||责任编辑
怒江吉能水电开发有限公司|Company|吉能水电;怒江吉能水电公司|
云南吉能投资集团有限公司|Company||控股 parent
亚碧罗水电站|Company|福贡县亚碧罗水电站|下属 station
丙中洛水电站|Company|贡山县丙中洛水电站|所属 station
怒江州人民政府|Organization||gave the awards
怒江州委|Organization||only as 州委副书记 (unnamed)
云南电力技工学校|Organization||school, no relation
劳动模范和先进集体表彰大会|Event|表彰大会|2026-11-02
特大山洪|Event||2025-07 flood at 亚碧罗水电站
普建新|Person||站长 (Yi), 怒江州劳动模范
和春华|Person||党委书记、董事长 (Naxi)
邓光荣|Person||副总经理
怒江州|Place|怒江|
福贡县|Place||
上帕镇|Place||
贡山县|Place||
丙中洛镇|Place||
腊吐底村|Community|上帕镇腊吐底村|
双拉村|Community|丙中洛镇双拉村|
怒江供电局|Company||
怒江供电局福贡供电所|Company|福贡供电所|
李金凤|Person||福贡供电所所长, 五一劳动奖章
怒江州总工会|Organization||gave 五一劳动奖章
''',
R='''
@|reportedBy|余金花|作者|作者：余金花
@|reportedBy|木春花|责任编辑|责任编辑：木春花
亚碧罗水电站|subsidiaryOf|怒江吉能水电开发有限公司|下属|公司下属福贡县亚碧罗水电站站长普建新
普建新|holdsPosition|亚碧罗水电站|站长|公司下属福贡县亚碧罗水电站站长普建新
普建新|worksFor|亚碧罗水电站||公司下属福贡县亚碧罗水电站站长普建新
普建新|honoredBy|怒江州人民政府|怒江州劳动模范|公司下属福贡县亚碧罗水电站站长普建新
普建新|participatedIn|劳动模范和先进集体表彰大会|受表彰|公司下属福贡县亚碧罗水电站站长普建新
怒江吉能水电开发有限公司|participatedIn|劳动模范和先进集体表彰大会|受表彰|公司下属福贡县亚碧罗水电站站长普建新
怒江吉能水电开发有限公司|subsidiaryOf|云南吉能投资集团有限公司|控股子公司|的控股子公司
和春华|holdsPosition|怒江吉能水电开发有限公司|党委书记|公司党委书记、董事长和春华说
和春华|holdsPosition|怒江吉能水电开发有限公司|董事长|公司党委书记、董事长和春华说
和春华|worksFor|怒江吉能水电开发有限公司||公司党委书记、董事长和春华说
亚碧罗水电站|servesCommunity|腊吐底村|结对共建|上帕镇腊吐底村结对共建
腊吐底村|locatedIn|上帕镇||上帕镇腊吐底村结对共建
丙中洛水电站|subsidiaryOf|怒江吉能水电开发有限公司|所属|定点帮扶丙中洛镇双拉村
丙中洛水电站|servesCommunity|双拉村|定点帮扶|定点帮扶丙中洛镇双拉村
双拉村|locatedIn|丙中洛镇||定点帮扶丙中洛镇双拉村
普建新|participatedIn|特大山洪|抢险|他带领12名职工连续奋战48小时
邓光荣|holdsPosition|怒江吉能水电开发有限公司|副总经理|吉能水电副总经理邓光荣表示
邓光荣|worksFor|怒江吉能水电开发有限公司||吉能水电副总经理邓光荣表示
怒江供电局福贡供电所|subsidiaryOf|怒江供电局||同场受表彰的还有怒江供电局福贡供电所
怒江供电局福贡供电所|participatedIn|劳动模范和先进集体表彰大会|受表彰|同场受表彰的还有怒江供电局福贡供电所
李金凤|holdsPosition|怒江供电局福贡供电所|所长|同场受表彰的还有怒江供电局福贡供电所
李金凤|worksFor|怒江供电局福贡供电所||同场受表彰的还有怒江供电局福贡供电所
李金凤|honoredBy|怒江州总工会|五一劳动奖章|同场受表彰的还有怒江供电局福贡供电所
李金凤|participatedIn|劳动模范和先进集体表彰大会|受表彰|同场受表彰的还有怒江供电局福贡供电所
''' ),
]
