# Compact gold spec. See build_gold.py for the format.
DOCS = []


def D(file, title, published, source, authors, ents, rels):
    DOCS.append(dict(file=file, title=title, published=published, source=source,
                     authors=authors, ents=ents, rels=rels))


D('f01_xueleifeng.txt', '南海供电局"电力红马甲"学雷锋走进平洲社区', '2026-03-06', '南方都市网', ['梁嘉欣', '何志鹏'], """
广东电网佛山南海供电局|Company|南海供电局|区级供电局; 该局 in the last paragraph
广东电网有限责任公司佛山供电局|Company|佛山供电局|地市供电局
广东电网有限责任公司|Company|广东电网|省级电网公司 (in compound names only)
桂城供电所|Company||供电所 under 南海供电局 (article structure)
"电力红马甲"志愿服务队|Organization|电力红马甲|named volunteer team of 南海供电局; 该队
南海供电局团委|Organization||co-organiser
平洲社区党委|Organization||co-organiser
佛山市志愿者联合会|Organization||gave the team an award (team is not a Person, so no honoredBy)
南海区志愿者协会|Organization||awarded 罗振华
南方都市网|Organization||source
桂城街道|Community||
平洲社区|Community|桂城街道平洲社区|
夏北社区|Community||
富怡苑|Community|平洲社区富怡苑|小区
"学雷锋·送光明"志愿服务活动|Event|学雷锋·送光明|2026-03-05
黄思敏|Person||南海供电局党委副书记、工会主席
陈丽华|Person||平洲社区党委书记兼居委会主任
罗振华|Person||桂城供电所抄表班班长; 红马甲队长
梁嘉欣|Person||通讯员
何志鹏|Person||记者
周婉婷|Person||责任编辑
T 春风行动|Event||
T 吴俊峰|Person||
""", """
@|reportedBy|梁嘉欣|通讯员|作者:通讯员 梁嘉欣
@|reportedBy|何志鹏|记者|作者:通讯员 梁嘉欣
@|reportedBy|周婉婷|责任编辑|责任编辑:周婉婷
广东电网佛山南海供电局|subsidiaryOf|广东电网有限责任公司佛山供电局||南海供电局是广东电网有限责任公司佛山供电局下属
广东电网有限责任公司佛山供电局|subsidiaryOf|广东电网有限责任公司||南海供电局是广东电网有限责任公司佛山供电局下属
桂城供电所|subsidiaryOf|广东电网佛山南海供电局||桂城供电所抄表班班长
广东电网佛山南海供电局|servesCommunity|平洲社区||志愿服务队走进桂城街道平洲社区
"电力红马甲"志愿服务队|servesCommunity|平洲社区||志愿服务队走进桂城街道平洲社区
"电力红马甲"志愿服务队|servesCommunity|夏北社区||长期与平洲社区、夏北社区结对共建
"电力红马甲"志愿服务队|participatedIn|"学雷锋·送光明"志愿服务活动||志愿服务队走进桂城街道平洲社区
广东电网佛山南海供电局|participatedIn|"学雷锋·送光明"志愿服务活动||志愿服务队走进桂城街道平洲社区
"学雷锋·送光明"志愿服务活动|organizedBy|南海供电局团委||活动由南海供电局团委与平洲社区党委联合开展
"学雷锋·送光明"志愿服务活动|organizedBy|平洲社区党委||活动由南海供电局团委与平洲社区党委联合开展
平洲社区|locatedIn|桂城街道||志愿服务队走进桂城街道平洲社区
富怡苑|locatedIn|平洲社区||家住平洲社区富怡苑
黄思敏|worksFor|广东电网佛山南海供电局||黄思敏带队参加
黄思敏|holdsPosition|广东电网佛山南海供电局|党委副书记|黄思敏带队参加
黄思敏|holdsPosition|广东电网佛山南海供电局|工会主席|黄思敏带队参加
黄思敏|participatedIn|"学雷锋·送光明"志愿服务活动||黄思敏带队参加
陈丽华|worksFor|平洲社区党委||黄思敏带队参加
陈丽华|holdsPosition|平洲社区党委|书记|黄思敏带队参加
陈丽华|participatedIn|"学雷锋·送光明"志愿服务活动||黄思敏带队参加
罗振华|worksFor|桂城供电所||桂城供电所抄表班班长
罗振华|holdsPosition|桂城供电所|抄表班班长|桂城供电所抄表班班长
罗振华|participatedIn|"学雷锋·送光明"志愿服务活动||桂城供电所抄表班班长
罗振华|servesCommunity|平洲社区||桂城供电所抄表班班长
罗振华|worksFor|"电力红马甲"志愿服务队||队长罗振华
罗振华|holdsPosition|"电力红马甲"志愿服务队|队长|队长罗振华
罗振华|honoredBy|南海区志愿者协会|南海区最美志愿者|队长罗振华
T 春风行动|organizedBy|广东电网有限责任公司佛山供电局||佛山供电局启动
T 吴俊峰|worksFor|广东电网有限责任公司佛山供电局||吴俊峰在启动会上
T 吴俊峰|holdsPosition|广东电网有限责任公司佛山供电局|副总经理|吴俊峰在启动会上
T 吴俊峰|participatedIn|春风行动||吴俊峰在启动会上
""")

D('f02_zhucun.txt', '驻村三年,他把"电"种进了彝家山寨', '2026-04-18', '四川新闻网', ['吉木阿依', '刘宇航'], """
国网四川省电力公司|Company|国网四川电力|sent 杨海波 as 第一书记
国网凉山供电公司|Company||地市公司; 公司 in 王建军's statement
国网凉山供电公司营销部|Company||department; 杨海波's former post
昭觉县供电公司|Company||county company
昭觉县供电公司解放沟供电所|Company|解放沟供电所|
三河村党支部|Organization||
中共凉山州委|Organization||awarded 杨海波
四川新闻网|Organization||source
三河村|Community|昭觉县三河村|彝族村寨
昭觉县|Place||
解放沟镇|Place||
凉山州|Place||
乡村振兴工作推进会|Event||2026年2月, 凉山州
杨海波|Person||第一书记、驻村工作队队长; 杨书记
吉克石布|Person||村民
沙马尔古|Person||解放沟供电所所长
李俊|Person||党员服务队队员
阿牛日哈|Person||三河村党支部书记
王建军|Person||国网凉山供电公司党委书记、董事长
吉木阿依|Person||记者
刘宇航|Person||通讯员
马晓燕|Person||责任编辑
陈明|Person||校对
""", """
@|reportedBy|吉木阿依|记者|记者 吉木阿依
@|reportedBy|刘宇航|通讯员|记者 吉木阿依
@|reportedBy|马晓燕|责任编辑|责任编辑:马晓燕
@|reportedBy|陈明|校对|校对:陈明
杨海波|worksFor|国网四川省电力公司||驻昭觉县三河村第一书记杨海波
杨海波|holdsPosition|国网四川省电力公司|第一书记|驻昭觉县三河村第一书记杨海波
杨海波|servesCommunity|三河村||驻昭觉县三河村第一书记杨海波
杨海波|holdsPosition|国网四川省电力公司|驻村工作队队长|派驻三河村的第一书记、驻村工作队队长
国网四川省电力公司|servesCommunity|三河村||派驻三河村的第一书记、驻村工作队队长
三河村|locatedIn|解放沟镇||昭觉县解放沟镇三河村的山坳里
三河村|locatedIn|昭觉县||驻昭觉县三河村第一书记杨海波
国网凉山供电公司营销部|subsidiaryOf|国网凉山供电公司||时任国网凉山供电公司营销部副主任
杨海波|worksFor|国网凉山供电公司营销部||时任国网凉山供电公司营销部副主任
杨海波|holdsPosition|国网凉山供电公司营销部|副主任(时任)|时任国网凉山供电公司营销部副主任
国网凉山供电公司|servesCommunity|三河村||协调国网凉山供电公司投入资金
昭觉县供电公司解放沟供电所|subsidiaryOf|昭觉县供电公司||解放沟供电所所长沙马尔古
沙马尔古|worksFor|昭觉县供电公司解放沟供电所||解放沟供电所所长沙马尔古
沙马尔古|holdsPosition|昭觉县供电公司解放沟供电所|所长|解放沟供电所所长沙马尔古
沙马尔古|servesCommunity|三河村||解放沟供电所所长沙马尔古
李俊|worksFor|昭觉县供电公司解放沟供电所||解放沟供电所所长沙马尔古
李俊|holdsPosition|昭觉县供电公司解放沟供电所|党员服务队队员|解放沟供电所所长沙马尔古
李俊|servesCommunity|三河村||解放沟供电所所长沙马尔古
阿牛日哈|worksFor|三河村党支部||三河村党支部书记阿牛日哈
阿牛日哈|holdsPosition|三河村党支部|书记|三河村党支部书记阿牛日哈
乡村振兴工作推进会|locatedIn|凉山州||在凉山州召开的乡村振兴工作推进会上
杨海波|honoredBy|中共凉山州委|优秀驻村第一书记|在凉山州召开的乡村振兴工作推进会上
杨海波|participatedIn|乡村振兴工作推进会||在凉山州召开的乡村振兴工作推进会上
王建军|worksFor|国网凉山供电公司||党委书记、董事长王建军
王建军|holdsPosition|国网凉山供电公司|党委书记|党委书记、董事长王建军
王建军|holdsPosition|国网凉山供电公司|董事长|党委书记、董事长王建军
""")

D('f03_laojiu.txt', '金水区32个老旧小区告别"蜘蛛网" 供电员工逐户上门换新线', '2026-05-12', '郑州日报', ['孟凡超', '赵一鸣'], """
国网郑州供电公司|Company|郑州供电公司|公司; 郑州供电公司 in teaser
国网郑州供电公司金水区供电中心|Company|金水区供电中心|该班组 = its 配电运检班
营销部|Company||department of 国网郑州供电公司
运检部|Company||department of 国网郑州供电公司
河南恒源电力建设有限公司|Company||施工单位
金水区住建局|Organization||
郑州日报|Organization||source
金水区|Place||
二七区|Place||
郑州市|Place||
文化路街道|Community||
农科路社区|Community||
红旗小区|Community||
老旧小区配电设施改造|Event||2026, 32 个小区, completed 5月10日
郭建新|Person||配电运检班班长
张晓琳|Person||农科路社区网格员
刘桂芝|Person||居民
彭晓东|Person||国网郑州供电公司副总经理
孟凡超|Person||记者
赵一鸣|Person||通讯员
胡晓静|Person||编辑
T 迎峰度夏应急演练|Event||2026-05-08
T 二七区供电中心党支部|Organization||
T 京广路社区党委|Organization||
T 京广路社区|Community||
T 唐磊|Person||
T 宋雅琴|Person||
""", """
@|reportedBy|孟凡超|记者|记者 孟凡超
@|reportedBy|赵一鸣|通讯员|记者 孟凡超
@|reportedBy|胡晓静|编辑|编辑:胡晓静
红旗小区|locatedIn|农科路社区||金水区文化路街道农科路社区红旗小区
农科路社区|locatedIn|文化路街道||金水区文化路街道农科路社区红旗小区
文化路街道|locatedIn|金水区||金水区文化路街道农科路社区红旗小区
国网郑州供电公司|participatedIn|老旧小区配电设施改造||国网郑州供电公司今年承担的32个老旧小区
国网郑州供电公司|servesCommunity|红旗小区||国网郑州供电公司今年承担的32个老旧小区
老旧小区配电设施改造|locatedIn|金水区||金水区32个老旧小区告别
国网郑州供电公司金水区供电中心|subsidiaryOf|国网郑州供电公司||金水区供电中心配电运检班班长郭建新说
郭建新|worksFor|国网郑州供电公司金水区供电中心||金水区供电中心配电运检班班长郭建新说
郭建新|holdsPosition|国网郑州供电公司金水区供电中心|配电运检班班长|金水区供电中心配电运检班班长郭建新说
国网郑州供电公司金水区供电中心|servesCommunity|红旗小区||该班组和施工单位河南恒源电力建设有限公司
国网郑州供电公司金水区供电中心|participatedIn|老旧小区配电设施改造||该班组和施工单位河南恒源电力建设有限公司
河南恒源电力建设有限公司|servesCommunity|红旗小区||该班组和施工单位河南恒源电力建设有限公司
河南恒源电力建设有限公司|participatedIn|老旧小区配电设施改造||该班组和施工单位河南恒源电力建设有限公司
张晓琳|servesCommunity|农科路社区||农科路社区网格员张晓琳
彭晓东|worksFor|国网郑州供电公司||副总经理彭晓东介绍
彭晓东|holdsPosition|国网郑州供电公司|副总经理|副总经理彭晓东介绍
营销部|subsidiaryOf|国网郑州供电公司||由营销部、运检部和各区供电中心组成
运检部|subsidiaryOf|国网郑州供电公司||由营销部、运检部和各区供电中心组成
T 迎峰度夏应急演练|organizedBy|国网郑州供电公司||郑州供电公司开展迎峰度夏应急演练
T 国网郑州供电公司|participatedIn|迎峰度夏应急演练||郑州供电公司开展迎峰度夏应急演练
T 二七区供电中心党支部|servesCommunity|京广路社区||二七区供电中心党支部与京广路社区签订共建协议
T 唐磊|worksFor|二七区供电中心党支部||二七区供电中心党支部书记唐磊
T 唐磊|holdsPosition|二七区供电中心党支部|书记|二七区供电中心党支部书记唐磊
T 宋雅琴|worksFor|京广路社区党委||京广路社区党委书记宋雅琴
T 宋雅琴|holdsPosition|京广路社区党委|书记|京广路社区党委书记宋雅琴
""")

D('f04_biaozhang.txt', '国网江苏电力召开2025年度先进集体和先进个人表彰大会', '2026-02-26', '中国江苏网', ['许文婷'], """
国网江苏省电力有限公司|Company|国网江苏电力|公司 in 沈立民/韩卫东 sentence
国网南京供电公司|Company||
国网南京供电公司城南供电服务中心|Company||先进集体
国网苏州供电公司|Company||
国网苏州供电公司变电运维中心|Company||
国网无锡供电公司|Company||
国网无锡供电公司输电运检室|Company||
国网盐城供电公司|Company||
国网盐城供电公司射阳县供电公司|Company||
海河供电所|Company||its 客户服务班 is a 巾帼文明岗
国网江苏省电力有限公司党委|Organization||gave the awards
江苏省总工会|Organization||awarded 孙梦洁
江苏省妇联|Organization||named the 巾帼文明岗 (a team, no relation)
中国江苏网|Organization||source
南京|Place||
射阳县|Place||
海河镇|Place||
新洋村|Community||
2025年度先进集体和先进个人表彰大会|Event|表彰大会|2026-02-25, 南京
"我为群众办实事"实践活动|Event|我为群众办实事|campaign, no participant stated
沈立民|Person||董事长、党委书记
韩卫东|Person||总经理、党委副书记
朱晓峰|Person||变电运维中心副主任
钱国梁|Person||带电作业班班长
孙梦洁|Person||女职工
冯子健|Person||国网南京供电公司总经理
许文婷|Person||作者
顾佳怡|Person||编辑
""", """
@|reportedBy|许文婷|作者|作者:许文婷
@|reportedBy|顾佳怡|编辑|(编辑:顾佳怡)
2025年度先进集体和先进个人表彰大会|organizedBy|国网江苏省电力有限公司||国网江苏省电力有限公司在南京召开
国网江苏省电力有限公司|participatedIn|2025年度先进集体和先进个人表彰大会||国网江苏省电力有限公司在南京召开
2025年度先进集体和先进个人表彰大会|locatedIn|南京||国网江苏省电力有限公司在南京召开
沈立民|worksFor|国网江苏省电力有限公司||公司董事长、党委书记沈立民
沈立民|holdsPosition|国网江苏省电力有限公司|董事长|公司董事长、党委书记沈立民
沈立民|holdsPosition|国网江苏省电力有限公司|党委书记|公司董事长、党委书记沈立民
沈立民|participatedIn|2025年度先进集体和先进个人表彰大会||公司董事长、党委书记沈立民
韩卫东|worksFor|国网江苏省电力有限公司||总经理、党委副书记韩卫东
韩卫东|holdsPosition|国网江苏省电力有限公司|总经理|总经理、党委副书记韩卫东
韩卫东|holdsPosition|国网江苏省电力有限公司|党委副书记|总经理、党委副书记韩卫东
韩卫东|participatedIn|2025年度先进集体和先进个人表彰大会||总经理、党委副书记韩卫东
国网南京供电公司城南供电服务中心|subsidiaryOf|国网南京供电公司||国网南京供电公司城南供电服务中心等20个单位
国网苏州供电公司变电运维中心|subsidiaryOf|国网苏州供电公司||国网南京供电公司城南供电服务中心等20个单位
国网无锡供电公司输电运检室|subsidiaryOf|国网无锡供电公司||国网南京供电公司城南供电服务中心等20个单位
国网南京供电公司|subsidiaryOf|国网江苏省电力有限公司||国网南京供电公司城南供电服务中心等20个单位
国网苏州供电公司|subsidiaryOf|国网江苏省电力有限公司||国网南京供电公司城南供电服务中心等20个单位
国网无锡供电公司|subsidiaryOf|国网江苏省电力有限公司||国网南京供电公司城南供电服务中心等20个单位
朱晓峰|worksFor|国网苏州供电公司变电运维中心||变电运维中心副主任朱晓峰
朱晓峰|holdsPosition|国网苏州供电公司变电运维中心|副主任|变电运维中心副主任朱晓峰
朱晓峰|honoredBy|国网江苏省电力有限公司党委|先进个人|变电运维中心副主任朱晓峰
钱国梁|worksFor|国网无锡供电公司输电运检室||带电作业班班长钱国梁
钱国梁|holdsPosition|国网无锡供电公司输电运检室|带电作业班班长|带电作业班班长钱国梁
钱国梁|honoredBy|国网江苏省电力有限公司党委|先进个人|带电作业班班长钱国梁
国网盐城供电公司射阳县供电公司|subsidiaryOf|国网盐城供电公司||来自国网盐城供电公司射阳县供电公司
国网盐城供电公司|subsidiaryOf|国网江苏省电力有限公司||来自国网盐城供电公司射阳县供电公司
孙梦洁|worksFor|国网盐城供电公司射阳县供电公司||来自国网盐城供电公司射阳县供电公司
孙梦洁|holdsPosition|国网盐城供电公司射阳县供电公司|女职工|来自国网盐城供电公司射阳县供电公司
孙梦洁|honoredBy|国网江苏省电力有限公司党委|先进个人|来自国网盐城供电公司射阳县供电公司
海河供电所|subsidiaryOf|国网盐城供电公司射阳县供电公司||她所在的海河供电所客户服务班
孙梦洁|worksFor|海河供电所||她所在的海河供电所客户服务班
孙梦洁|servesCommunity|新洋村||她所在的海河供电所客户服务班
海河供电所|servesCommunity|新洋村||我们建了联系卡
国网江苏省电力有限公司党委|participatedIn|2025年度先进集体和先进个人表彰大会||会上,国网江苏省电力有限公司党委授予
新洋村|locatedIn|海河镇||射阳县海河镇新洋村
新洋村|locatedIn|射阳县||射阳县海河镇新洋村
孙梦洁|honoredBy|江苏省总工会|江苏省五一劳动奖章|被江苏省总工会授予
孙梦洁|participatedIn|2025年度先进集体和先进个人表彰大会||孙梦洁在发言中说
冯子健|worksFor|国网南京供电公司||国网南京供电公司总经理冯子健
冯子健|holdsPosition|国网南京供电公司|总经理|国网南京供电公司总经理冯子健
""")

D('f05_xiaoyuan.txt', '"电"亮安全第一课 大理供电局走进洱源县城区小学', '2026-09-08', '云南网', ['段丽娟', '杨正松'], """
云南电网有限责任公司大理供电局|Company|大理供电局|该局 in the 2026年以来 sentence
云南电网有限责任公司|Company||in compound name only
洱源供电局|Company||县级供电局 under 大理供电局
洱源县教育体育局|Organization||co-organiser
城区小学|Organization|洱源县城区小学|school; 该校
凤羽镇中心完小|Organization||school, 联系点
云南网|Organization||source
洱源县|Place||
茈碧湖镇|Place||
"安全用电进校园"主题宣传活动|Event|安全用电进校园|2026-09-05
"护苗"行动|Event|护苗|campaign, future
王彦霖|Person||洱源供电局团委书记; 安全辅导员
李玉梅|Person||城区小学校长
赵启明|Person||大理供电局党委委员、副局长
段丽娟|Person||通讯员
杨正松|Person||通讯员
杨帆|Person||责任编辑
T 漾濞供电局|Company||
T 光明村|Community||
T 苍山西镇|Place||
""", """
@|reportedBy|段丽娟|通讯员|通讯员 段丽娟 杨正松
@|reportedBy|杨正松|通讯员|通讯员 段丽娟 杨正松
@|reportedBy|杨帆|责任编辑|[责任编辑:杨帆]
云南电网有限责任公司大理供电局|subsidiaryOf|云南电网有限责任公司||当天,云南电网有限责任公司大理供电局联合
"安全用电进校园"主题宣传活动|organizedBy|云南电网有限责任公司大理供电局||当天,云南电网有限责任公司大理供电局联合
"安全用电进校园"主题宣传活动|organizedBy|洱源县教育体育局||当天,云南电网有限责任公司大理供电局联合
云南电网有限责任公司大理供电局|participatedIn|"安全用电进校园"主题宣传活动||当天,云南电网有限责任公司大理供电局联合
洱源县教育体育局|participatedIn|"安全用电进校园"主题宣传活动||当天,云南电网有限责任公司大理供电局联合
城区小学|locatedIn|茈碧湖镇||在洱源县茈碧湖镇城区小学的多功能教室里
城区小学|locatedIn|洱源县||在洱源县茈碧湖镇城区小学的多功能教室里
城区小学|participatedIn|"安全用电进校园"主题宣传活动||当天,云南电网有限责任公司大理供电局联合
洱源供电局|subsidiaryOf|云南电网有限责任公司大理供电局||洱源供电局团委书记王彦霖
王彦霖|worksFor|洱源供电局||洱源供电局团委书记王彦霖
王彦霖|holdsPosition|洱源供电局|团委书记|洱源供电局团委书记王彦霖
王彦霖|participatedIn|"安全用电进校园"主题宣传活动||洱源供电局团委书记王彦霖
李玉梅|worksFor|城区小学||城区小学校长李玉梅
李玉梅|holdsPosition|城区小学|校长|城区小学校长李玉梅
赵启明|worksFor|云南电网有限责任公司大理供电局||副局长赵启明
赵启明|holdsPosition|云南电网有限责任公司大理供电局|党委委员|副局长赵启明
赵启明|holdsPosition|云南电网有限责任公司大理供电局|副局长|副局长赵启明
T 云南电网有限责任公司大理供电局|servesCommunity|光明村||大理供电局完成苍山西镇光明村线路改造
T 光明村|locatedIn|苍山西镇||大理供电局完成苍山西镇光明村线路改造
T 漾濞供电局|subsidiaryOf|云南电网有限责任公司大理供电局||漾濞供电局组织30余名党员突击队员
T 漾濞供电局|servesCommunity|光明村||漾濞供电局组织30余名党员突击队员
""")

D('f06_baoxue.txt', '暴雪中的"电力网格员":守好每一户的灯火', '2026-01-14', '河北新闻网', ['高静', '韩宇轩'], """
国网石家庄供电公司|Company||公司
鹿泉区供电公司|Company||county company
鹿泉区供电公司获鹿供电所|Company|获鹿供电所|
国网石家庄供电公司长安供电中心|Company||its 党员服务队 went to 谈固社区
东关村党支部|Organization||
谈固社区党委|Organization||
河北新闻网|Organization||source
石家庄|Place||
鹿泉区|Place||
获鹿镇|Place||
长安区|Place||
东关村|Community||
建华南街道|Community||
谈固社区|Community||
今冬最强降雪|Event||2026-01-11/12, 石家庄
抗雪抢修保供电|Event||2026-01-11/13
刘振国|Person||获鹿供电所网格员、党员; 刘师傅
赵铁柱|Person||东关村党支部书记
马淑芬|Person||谈固社区党委书记
秦建业|Person||副总经理、安全总监
高静|Person||记者
韩宇轩|Person||通讯员
孙梦瑶|Person||责任编辑
""", """
@|reportedBy|高静|记者|作者:记者 高静
@|reportedBy|韩宇轩|通讯员|作者:记者 高静
@|reportedBy|孙梦瑶|责任编辑|责任编辑:孙梦瑶
今冬最强降雪|locatedIn|石家庄||石家庄遭遇今冬最强降雪
抗雪抢修保供电|organizedBy|国网石家庄供电公司||开展抗雪抢修保供电
国网石家庄供电公司|participatedIn|抗雪抢修保供电||开展抗雪抢修保供电
东关村|locatedIn|获鹿镇||鹿泉区获鹿镇东关村
东关村|locatedIn|鹿泉区||鹿泉区获鹿镇东关村
鹿泉区供电公司获鹿供电所|subsidiaryOf|鹿泉区供电公司||鹿泉区供电公司获鹿供电所网格员
鹿泉区供电公司|subsidiaryOf|国网石家庄供电公司||鹿泉区供电公司获鹿供电所网格员
刘振国|worksFor|鹿泉区供电公司获鹿供电所||鹿泉区供电公司获鹿供电所网格员
刘振国|holdsPosition|鹿泉区供电公司获鹿供电所|网格员|鹿泉区供电公司获鹿供电所网格员
刘振国|servesCommunity|东关村||鹿泉区供电公司获鹿供电所网格员
刘振国|participatedIn|抗雪抢修保供电||鹿泉区供电公司获鹿供电所网格员
鹿泉区供电公司获鹿供电所|servesCommunity|东关村||鹿泉区供电公司获鹿供电所网格员
赵铁柱|worksFor|东关村党支部||东关村党支部书记赵铁柱说
赵铁柱|holdsPosition|东关村党支部|书记|东关村党支部书记赵铁柱说
国网石家庄供电公司长安供电中心|subsidiaryOf|国网石家庄供电公司||长安供电中心的党员服务队来到
国网石家庄供电公司长安供电中心|servesCommunity|谈固社区||长安供电中心的党员服务队来到
国网石家庄供电公司长安供电中心|participatedIn|抗雪抢修保供电||长安供电中心的党员服务队来到
谈固社区|locatedIn|建华南街道||建华南街道谈固社区
建华南街道|locatedIn|长安区||建华南街道谈固社区
马淑芬|worksFor|谈固社区党委||谈固社区党委书记马淑芬说
马淑芬|holdsPosition|谈固社区党委|书记|谈固社区党委书记马淑芬说
秦建业|worksFor|国网石家庄供电公司||安全总监秦建业
秦建业|holdsPosition|国网石家庄供电公司|副总经理|安全总监秦建业
秦建业|holdsPosition|国网石家庄供电公司|安全总监|安全总监秦建业
""")

D('f07_chongdian.txt', '"充电难"变"充电易" 杭州拱墅区首批智慧充电小区投用', '2026-06-20', '杭州网', ['俞佳', '陶可欣'], """
国网杭州供电公司|Company||该公司
国网浙江省电力有限公司|Company||
国网杭州供电公司拱墅供电服务中心|Company|拱墅供电服务中心|
营销部|Company||department of 国网杭州供电公司
浙江星驰新能源科技有限公司|Company|浙江星驰新能源|charging operator
湖墅新村社区党委|Organization||
杭州网|Organization||source
拱墅区|Place|拱墅|
上城|Place||
杭州|Place||
米市巷街道|Community||
湖墅新村|Community|湖墅新村小区,湖墅新村社区|小区/社区
方晓雯|Person||客户经理
钱伟|Person||业主
楼海燕|Person||湖墅新村社区党委书记
蒋卫平|Person||营销部主任
俞佳|Person||记者
陶可欣|Person||实习生
沈佳|Person||编辑
王立群|Person||审核
""", """
@|reportedBy|俞佳|记者|记者 俞佳
@|reportedBy|陶可欣|实习生|实习生 陶可欣
@|reportedBy|沈佳|编辑|编辑:沈佳
@|reportedBy|王立群|审核|审核:王立群
湖墅新村|locatedIn|米市巷街道||拱墅区米市巷街道湖墅新村小区地下车库里
米市巷街道|locatedIn|拱墅区||拱墅区米市巷街道湖墅新村小区地下车库里
国网杭州供电公司|servesCommunity|湖墅新村||这是国网杭州供电公司与拱墅区米市巷街道
浙江星驰新能源科技有限公司|servesCommunity|湖墅新村||这是国网杭州供电公司与拱墅区米市巷街道
国网杭州供电公司拱墅供电服务中心|subsidiaryOf|国网杭州供电公司||拱墅供电服务中心客户经理方晓雯
方晓雯|worksFor|国网杭州供电公司拱墅供电服务中心||拱墅供电服务中心客户经理方晓雯
方晓雯|holdsPosition|国网杭州供电公司拱墅供电服务中心|客户经理|拱墅供电服务中心客户经理方晓雯
方晓雯|servesCommunity|湖墅新村||拱墅供电服务中心客户经理方晓雯
国网杭州供电公司拱墅供电服务中心|servesCommunity|湖墅新村||拱墅供电服务中心为小区量身设计
楼海燕|worksFor|湖墅新村社区党委||湖墅新村社区党委书记楼海燕
楼海燕|holdsPosition|湖墅新村社区党委|书记|湖墅新村社区党委书记楼海燕
国网杭州供电公司|subsidiaryOf|国网浙江省电力有限公司||国网杭州供电公司是国网浙江省电力有限公司所属
营销部|subsidiaryOf|国网杭州供电公司||该公司营销部主任蒋卫平
蒋卫平|worksFor|营销部||该公司营销部主任蒋卫平
蒋卫平|holdsPosition|营销部|主任|该公司营销部主任蒋卫平
""")

D('f08_jingsai.txt', '广西电网举办2026年配网带电作业技能竞赛 南宁供电局代表队夺冠', '2026-07-23', '广西新闻网', ['韦秋萍', '覃海川'], """
广西电网有限责任公司|Company|广西电网,广西电网公司|
南宁供电局|Company||该局 in 陆文斌 sentence
柳州供电局|Company||
桂林供电局|Company||
广西新闻网|Organization||source
南宁市|Place|南宁|
邕宁区|Place||
青秀区|Place||
南湖街道|Community||
金湖社区|Community||
2026年配网带电作业技能竞赛|Event|配网带电作业技能竞赛|2026-07-20..22, 南宁市邕宁区
"工匠杯"劳动竞赛|Event|工匠杯|广西电网 campaign
黄志坚|Person||配电运检二班班长
莫宏伟|Person||广西电网公司副总经理、工会主席
陆文斌|Person||南宁供电局局长、党委副书记
韦秋萍|Person||通讯员
覃海川|Person||通讯员
蓝晓曼|Person||责任编辑
T 防汛应急演练|Event||2026年6月下旬, 阳朔县兴坪镇
T 阳朔县应急管理局|Organization||
T 阳朔县|Place||
T 兴坪镇|Place||
T 周国栋|Person||
""", """
@|reportedBy|韦秋萍|通讯员|通讯员 韦秋萍 覃海川
@|reportedBy|覃海川|通讯员|通讯员 韦秋萍 覃海川
@|reportedBy|蓝晓曼|责任编辑|责任编辑:蓝晓曼
2026年配网带电作业技能竞赛|organizedBy|广西电网有限责任公司||由广西电网有限责任公司主办、南宁供电局承办
2026年配网带电作业技能竞赛|organizedBy|南宁供电局||由广西电网有限责任公司主办、南宁供电局承办
2026年配网带电作业技能竞赛|locatedIn|邕宁区||由广西电网有限责任公司主办、南宁供电局承办
2026年配网带电作业技能竞赛|locatedIn|南宁市||由广西电网有限责任公司主办、南宁供电局承办
南宁供电局|subsidiaryOf|广西电网有限责任公司||由广西电网有限责任公司主办、南宁供电局承办
"工匠杯"劳动竞赛|organizedBy|广西电网有限责任公司||本次竞赛是广西电网"工匠杯"劳动竞赛
南宁供电局|participatedIn|2026年配网带电作业技能竞赛||南宁供电局代表队获得团体一等奖
柳州供电局|participatedIn|2026年配网带电作业技能竞赛||南宁供电局代表队获得团体一等奖
桂林供电局|participatedIn|2026年配网带电作业技能竞赛||南宁供电局代表队获得团体一等奖
柳州供电局|subsidiaryOf|广西电网有限责任公司||南宁供电局代表队获得团体一等奖
桂林供电局|subsidiaryOf|广西电网有限责任公司||南宁供电局代表队获得团体一等奖
黄志坚|worksFor|南宁供电局||配电运检二班班长黄志坚
黄志坚|holdsPosition|南宁供电局|配电运检二班班长|配电运检二班班长黄志坚
黄志坚|participatedIn|2026年配网带电作业技能竞赛||配电运检二班班长黄志坚
黄志坚|servesCommunity|金湖社区||青秀区南湖街道金湖社区
南宁供电局|servesCommunity|金湖社区||青秀区南湖街道金湖社区
金湖社区|locatedIn|南湖街道||青秀区南湖街道金湖社区
南湖街道|locatedIn|青秀区||青秀区南湖街道金湖社区
莫宏伟|worksFor|广西电网有限责任公司||工会主席莫宏伟
莫宏伟|holdsPosition|广西电网有限责任公司|副总经理|工会主席莫宏伟
莫宏伟|holdsPosition|广西电网有限责任公司|工会主席|工会主席莫宏伟
莫宏伟|participatedIn|2026年配网带电作业技能竞赛||工会主席莫宏伟
陆文斌|worksFor|南宁供电局||南宁供电局局长、党委副书记陆文斌
陆文斌|holdsPosition|南宁供电局|局长|南宁供电局局长、党委副书记陆文斌
陆文斌|holdsPosition|南宁供电局|党委副书记|南宁供电局局长、党委副书记陆文斌
T 防汛应急演练|organizedBy|桂林供电局||桂林供电局联合阳朔县应急管理局
T 防汛应急演练|organizedBy|阳朔县应急管理局||桂林供电局联合阳朔县应急管理局
T 桂林供电局|participatedIn|防汛应急演练||桂林供电局联合阳朔县应急管理局
T 阳朔县应急管理局|participatedIn|防汛应急演练||桂林供电局联合阳朔县应急管理局
T 防汛应急演练|locatedIn|兴坪镇||桂林供电局联合阳朔县应急管理局
T 周国栋|worksFor|桂林供电局||桂林供电局副局长周国栋
T 周国栋|holdsPosition|桂林供电局|副局长|桂林供电局副局长周国栋
T 周国栋|participatedIn|防汛应急演练||桂林供电局副局长周国栋
""")

D('f09_yanlian.txt', '哈尔滨供电公司联合道里区开展大面积停电应急演练', '2026-10-29', '东北网', ['刘思远', '王鹏飞'], """
国网哈尔滨供电公司|Company|哈尔滨供电公司|
国网黑龙江省电力有限公司|Company||所属各单位
道里供电分公司|Company||该公司 in 吕彬 sentence
哈尔滨热电有限责任公司|Company||drill participant
哈尔滨市道里区人民政府|Organization||
道里区应急管理局|Organization||
哈尔滨市第一医院|Organization||
道里区消防救援大队|Organization||
东北网|Organization||source
道里区|Place||
群力新区|Place||
新发镇|Place||
新发村|Community||
群力街道|Community||
丽江社区|Community||
2026年大面积停电事件应急演练|Event|大面积停电应急演练|2026-10-28
孙立新|Person||总经理、党委副书记; 演练总指挥
郑宏伟|Person||道里区副区长
蒋丽萍|Person||丽江社区网格员
吕彬|Person||道里供电分公司经理
刘思远|Person||记者
王鹏飞|Person||摄影
韩雪|Person||责任编辑
""", """
@|reportedBy|刘思远|记者|记者 刘思远
@|reportedBy|王鹏飞|摄影|摄影 王鹏飞
@|reportedBy|韩雪|责任编辑|(责任编辑:韩雪)
2026年大面积停电事件应急演练|organizedBy|国网哈尔滨供电公司||国网哈尔滨供电公司与哈尔滨市道里区人民政府联合开展
2026年大面积停电事件应急演练|organizedBy|哈尔滨市道里区人民政府||国网哈尔滨供电公司与哈尔滨市道里区人民政府联合开展
国网哈尔滨供电公司|participatedIn|2026年大面积停电事件应急演练||国网哈尔滨供电公司与哈尔滨市道里区人民政府联合开展
哈尔滨市道里区人民政府|participatedIn|2026年大面积停电事件应急演练||国网哈尔滨供电公司与哈尔滨市道里区人民政府联合开展
新发村|locatedIn|新发镇||新发镇新发村
丽江社区|locatedIn|群力街道||群力街道丽江社区
2026年大面积停电事件应急演练|organizedBy|道里区应急管理局||演练由道里区应急管理局和国网哈尔滨供电公司共同组织
道里区应急管理局|participatedIn|2026年大面积停电事件应急演练||演练由道里区应急管理局和国网哈尔滨供电公司共同组织
哈尔滨市第一医院|participatedIn|2026年大面积停电事件应急演练||演练由道里区应急管理局和国网哈尔滨供电公司共同组织
道里区消防救援大队|participatedIn|2026年大面积停电事件应急演练||演练由道里区应急管理局和国网哈尔滨供电公司共同组织
哈尔滨热电有限责任公司|participatedIn|2026年大面积停电事件应急演练||演练由道里区应急管理局和国网哈尔滨供电公司共同组织
孙立新|worksFor|国网哈尔滨供电公司||党委副书记孙立新担任演练总指挥
孙立新|holdsPosition|国网哈尔滨供电公司|总经理|党委副书记孙立新担任演练总指挥
孙立新|holdsPosition|国网哈尔滨供电公司|党委副书记|党委副书记孙立新担任演练总指挥
孙立新|participatedIn|2026年大面积停电事件应急演练||党委副书记孙立新担任演练总指挥
郑宏伟|worksFor|哈尔滨市道里区人民政府||道里区副区长郑宏伟现场指导
郑宏伟|holdsPosition|哈尔滨市道里区人民政府|副区长|道里区副区长郑宏伟现场指导
郑宏伟|participatedIn|2026年大面积停电事件应急演练||道里区副区长郑宏伟现场指导
道里供电分公司|subsidiaryOf|国网哈尔滨供电公司||国网哈尔滨供电公司所属道里供电分公司
道里供电分公司|participatedIn|2026年大面积停电事件应急演练||国网哈尔滨供电公司所属道里供电分公司
蒋丽萍|servesCommunity|丽江社区||丽江社区网格员蒋丽萍
蒋丽萍|participatedIn|2026年大面积停电事件应急演练||丽江社区网格员蒋丽萍
吕彬|worksFor|道里供电分公司||道里供电分公司经理吕彬说
吕彬|holdsPosition|道里供电分公司|经理|道里供电分公司经理吕彬说
国网哈尔滨供电公司|subsidiaryOf|国网黑龙江省电力有限公司||国网黑龙江省电力有限公司要求所属各单位
""")

D('f10_jinglao.txt', '重阳敬老情意浓　西安供电志愿者走进融侨社区', '2026-10-21', '西部网', ['冯雪梅'], """
国网西安供电公司|Company||
雁塔供电服务中心|Company||unit of 国网西安供电公司 (article structure)
国网西安供电公司工会|Organization||co-organiser
融侨社区居委会|Organization||co-organiser
“彩虹”共产党员服务队|Organization|彩虹,“彩虹”服务队|named team; 服务队
鸭池口村小学|Organization||school helped by the team
西部网|Organization||source
雁塔区|Place||
长安区|Place||
长延堡街道|Community||
融侨社区|Community||
王莽街道|Community||
重阳敬老|Event||2026-10-19 visit to 融侨社区 (name from the title)
王鹏|Person||服务队队长、雁塔供电服务中心副主任
任晓娜|Person||志愿者
赵桂兰|Person||老人
刘振海|Person||党委书记、董事长
冯雪梅|Person||通讯员
吴迪|Person||责任编辑
T 国网陕西省电力有限公司|Company|国网陕西电力|
T 志愿服务工作座谈会|Event||2026-10-10, 西安
T 西安|Place||
T 周海涛|Person||
""", """
@|reportedBy|冯雪梅|通讯员|作者：通讯员　冯雪梅
@|reportedBy|吴迪|责任编辑|责任编辑：吴迪
重阳敬老|organizedBy|国网西安供电公司工会||此次活动由国网西安供电公司工会和融侨社区居委会联合举办
重阳敬老|organizedBy|融侨社区居委会||此次活动由国网西安供电公司工会和融侨社区居委会联合举办
“彩虹”共产党员服务队|participatedIn|重阳敬老||共产党员服务队来到雁塔区长延堡街道融侨社区
国网西安供电公司|participatedIn|重阳敬老||共产党员服务队来到雁塔区长延堡街道融侨社区
“彩虹”共产党员服务队|servesCommunity|融侨社区||共产党员服务队来到雁塔区长延堡街道融侨社区
国网西安供电公司|servesCommunity|融侨社区||共产党员服务队来到雁塔区长延堡街道融侨社区
融侨社区|locatedIn|长延堡街道||共产党员服务队来到雁塔区长延堡街道融侨社区
长延堡街道|locatedIn|雁塔区||共产党员服务队来到雁塔区长延堡街道融侨社区
王鹏|worksFor|“彩虹”共产党员服务队||雁塔供电服务中心副主任王鹏
王鹏|holdsPosition|“彩虹”共产党员服务队|队长|雁塔供电服务中心副主任王鹏
王鹏|worksFor|雁塔供电服务中心||雁塔供电服务中心副主任王鹏
王鹏|holdsPosition|雁塔供电服务中心|副主任|雁塔供电服务中心副主任王鹏
王鹏|participatedIn|重阳敬老||雁塔供电服务中心副主任王鹏
王鹏|servesCommunity|融侨社区||雁塔供电服务中心副主任王鹏
雁塔供电服务中心|subsidiaryOf|国网西安供电公司||雁塔供电服务中心副主任王鹏
任晓娜|participatedIn|重阳敬老||志愿者任晓娜发现
任晓娜|servesCommunity|融侨社区||志愿者任晓娜发现
鸭池口村小学|locatedIn|王莽街道||与长安区王莽街道鸭池口村小学结成帮扶对子
王莽街道|locatedIn|长安区||与长安区王莽街道鸭池口村小学结成帮扶对子
刘振海|worksFor|国网西安供电公司||党委书记、董事长刘振海说
刘振海|holdsPosition|国网西安供电公司|党委书记|党委书记、董事长刘振海说
刘振海|holdsPosition|国网西安供电公司|董事长|党委书记、董事长刘振海说
T 志愿服务工作座谈会|organizedBy|国网陕西省电力有限公司||国网陕西省电力有限公司在西安召开
T 国网陕西省电力有限公司|participatedIn|志愿服务工作座谈会||国网陕西省电力有限公司在西安召开
T 志愿服务工作座谈会|locatedIn|西安||国网陕西省电力有限公司在西安召开
T 周海涛|worksFor|国网陕西省电力有限公司||公司党委副书记周海涛出席并讲话
T 周海涛|holdsPosition|国网陕西省电力有限公司|党委副书记|公司党委副书记周海涛出席并讲话
T 周海涛|participatedIn|志愿服务工作座谈会||公司党委副书记周海涛出席并讲话
""")

D('f11_wusi.txt', '青春建功电网一线 天水供电公司召开青年座谈会', '2026-05-06', '每日甘肃网-天水日报', ['牛晓东', '雷婷'], """
国网天水供电公司|Company|天水供电公司|该公司; 公司
国网甘肃省电力公司|Company||
变电检修中心|Company||unit of 国网天水供电公司
秦州区供电公司|Company||
秦州区供电公司玉泉供电所|Company|玉泉供电所|its 青年突击队 serves 烟铺村
麦积区供电公司|Company||
麦积区供电公司客户服务中心|Company||95598班组 = 青年文明号
国网天水供电公司团委|Organization||gave 青年岗位能手
天水市农业农村局|Organization||
共青团甘肃省委|Organization||
甘肃省青年联合会|Organization||
每日甘肃网|Organization||source
天水日报|Organization||source
天水|Place||
陇南|Place||
秦州区|Place||
玉泉镇|Place||
烟铺村|Community||
"五四"青年座谈会|Event|青年座谈会,座谈会|2026-05-04
"电力帮扶日"活动|Event|电力帮扶日|monthly activity in 烟铺村
马志强|Person||党委书记、总经理
郝彦青|Person||团委书记
杜嘉豪|Person||变电检修中心青年员工
贾明阳|Person||玉泉供电所青年突击队队长
宋立平|Person||烟铺村驻村第一书记、天水市农业农村局干部
牛晓东|Person||记者
雷婷|Person||通讯员
张蕾|Person||编辑
杨立新|Person||审核
""", """
@|reportedBy|牛晓东|记者|作者:记者 牛晓东
@|reportedBy|雷婷|通讯员|作者:记者 牛晓东
@|reportedBy|张蕾|编辑|编辑:张蕾
@|reportedBy|杨立新|审核|编辑:张蕾
"五四"青年座谈会|organizedBy|国网天水供电公司||国网天水供电公司召开"五四"青年座谈会
国网天水供电公司|participatedIn|"五四"青年座谈会||国网天水供电公司召开"五四"青年座谈会
马志强|worksFor|国网天水供电公司||公司党委书记、总经理马志强出席并讲话
马志强|holdsPosition|国网天水供电公司|党委书记|公司党委书记、总经理马志强出席并讲话
马志强|holdsPosition|国网天水供电公司|总经理|公司党委书记、总经理马志强出席并讲话
马志强|participatedIn|"五四"青年座谈会||公司党委书记、总经理马志强出席并讲话
郝彦青|worksFor|国网天水供电公司||公司团委书记郝彦青主持会议
郝彦青|holdsPosition|国网天水供电公司|团委书记|公司团委书记郝彦青主持会议
郝彦青|participatedIn|"五四"青年座谈会||公司团委书记郝彦青主持会议
变电检修中心|subsidiaryOf|国网天水供电公司||公司变电检修中心青年员工
杜嘉豪|worksFor|变电检修中心||公司变电检修中心青年员工
杜嘉豪|holdsPosition|变电检修中心|青年员工|公司变电检修中心青年员工
杜嘉豪|honoredBy|国网天水供电公司团委|天水供电青年岗位能手|公司变电检修中心青年员工
杜嘉豪|honoredBy|共青团甘肃省委|甘肃青年五四奖章|共青团甘肃省委、甘肃省青年联合会颁发
杜嘉豪|honoredBy|甘肃省青年联合会|甘肃青年五四奖章|共青团甘肃省委、甘肃省青年联合会颁发
杜嘉豪|participatedIn|"五四"青年座谈会||公司变电检修中心青年员工
国网天水供电公司团委|participatedIn|"五四"青年座谈会||公司变电检修中心青年员工
秦州区供电公司玉泉供电所|subsidiaryOf|秦州区供电公司||秦州区供电公司玉泉供电所青年突击队队长
秦州区供电公司|subsidiaryOf|国网天水供电公司||秦州区供电公司玉泉供电所青年突击队队长
贾明阳|worksFor|秦州区供电公司玉泉供电所||秦州区供电公司玉泉供电所青年突击队队长
贾明阳|holdsPosition|秦州区供电公司玉泉供电所|青年突击队队长|秦州区供电公司玉泉供电所青年突击队队长
贾明阳|participatedIn|"五四"青年座谈会||秦州区供电公司玉泉供电所青年突击队队长
贾明阳|servesCommunity|烟铺村||他和队员们每月两次走进秦州区玉泉镇烟铺村
秦州区供电公司玉泉供电所|servesCommunity|烟铺村||他和队员们每月两次走进秦州区玉泉镇烟铺村
贾明阳|participatedIn|"电力帮扶日"活动||他和队员们每月两次走进秦州区玉泉镇烟铺村
"电力帮扶日"活动|locatedIn|玉泉镇||他和队员们每月两次走进秦州区玉泉镇烟铺村
烟铺村|locatedIn|玉泉镇||他和队员们每月两次走进秦州区玉泉镇烟铺村
烟铺村|locatedIn|秦州区||他和队员们每月两次走进秦州区玉泉镇烟铺村
宋立平|servesCommunity|烟铺村||烟铺村驻村第一书记、天水市农业农村局干部宋立平
宋立平|worksFor|天水市农业农村局||烟铺村驻村第一书记、天水市农业农村局干部宋立平
宋立平|holdsPosition|天水市农业农村局|干部|烟铺村驻村第一书记、天水市农业农村局干部宋立平
宋立平|holdsPosition|天水市农业农村局|驻村第一书记|烟铺村驻村第一书记、天水市农业农村局干部宋立平
宋立平|participatedIn|"五四"青年座谈会||烟铺村驻村第一书记、天水市农业农村局干部宋立平
麦积区供电公司客户服务中心|subsidiaryOf|麦积区供电公司||麦积区供电公司客户服务中心95598班组
麦积区供电公司|subsidiaryOf|国网天水供电公司||麦积区供电公司客户服务中心95598班组
国网天水供电公司|subsidiaryOf|国网甘肃省电力公司||国网天水供电公司是国网甘肃省电力公司下辖
""")

D('f12_taifeng.txt', '台风"海葵"过境后 海口供电局党员连夜抢修保民生', '2026-08-15', '南海网', ['符晓敏', '林绵'], """
海南电网有限责任公司海口供电局|Company|海口供电局|
海南电网有限责任公司|Company|海南电网公司|
美兰供电局|Company||district bureau under 海口供电局 (structure)
美兰供电局演丰供电所|Company|演丰供电所|
三亚供电局|Company||sent support staff
儋州供电局|Company||sent support staff
演丰村党支部|Organization||
南海网|Organization||source
文昌市|Place||
龙楼镇|Place||
海口市|Place|海口|
美兰区|Place||
演丰镇|Place||
龙华区|Place||
演丰村|Community||
金贸街道|Community||
滨海社区|Community||
台风"海葵"|Event|海葵|2026-08-13 landfall
抗灾复电|Event||2026-08-13..15
王启明|Person||演丰供电所所长、党员
吴多福|Person||演丰村党支部书记
陈小燕|Person||海口供电局共产党员服务队队员
邢志坚|Person||海口供电局党委书记、局长
符晓敏|Person||记者
林绵|Person||通讯员
李宁|Person||责任编辑
""", """
@|reportedBy|符晓敏|记者|记者 符晓敏
@|reportedBy|林绵|通讯员|记者 符晓敏
@|reportedBy|李宁|责任编辑|责任编辑:李宁
台风"海葵"|locatedIn|龙楼镇||在文昌市龙楼镇沿海登陆
台风"海葵"|locatedIn|文昌市||在文昌市龙楼镇沿海登陆
台风"海葵"|locatedIn|海口市||在文昌市龙楼镇沿海登陆
海南电网有限责任公司海口供电局|subsidiaryOf|海南电网有限责任公司||海南电网有限责任公司海口供电局立即启动
抗灾复电|organizedBy|海南电网有限责任公司海口供电局||海南电网有限责任公司海口供电局立即启动
海南电网有限责任公司海口供电局|participatedIn|抗灾复电||海南电网有限责任公司海口供电局立即启动
演丰村|locatedIn|演丰镇||美兰区演丰镇演丰村的村民们欢呼起来
演丰村|locatedIn|美兰区||美兰区演丰镇演丰村的村民们欢呼起来
美兰供电局演丰供电所|subsidiaryOf|美兰供电局||美兰供电局演丰供电所所长、党员王启明
美兰供电局|subsidiaryOf|海南电网有限责任公司海口供电局||美兰供电局演丰供电所所长、党员王启明
王启明|worksFor|美兰供电局演丰供电所||美兰供电局演丰供电所所长、党员王启明
王启明|holdsPosition|美兰供电局演丰供电所|所长|美兰供电局演丰供电所所长、党员王启明
王启明|servesCommunity|演丰村||美兰供电局演丰供电所所长、党员王启明
王启明|participatedIn|抗灾复电||美兰供电局演丰供电所所长、党员王启明
美兰供电局演丰供电所|servesCommunity|演丰村||美兰供电局演丰供电所所长、党员王启明
吴多福|worksFor|演丰村党支部||演丰村党支部书记吴多福
吴多福|holdsPosition|演丰村党支部|书记|演丰村党支部书记吴多福
滨海社区|locatedIn|金贸街道||在龙华区金贸街道滨海社区
金贸街道|locatedIn|龙华区||在龙华区金贸街道滨海社区
陈小燕|worksFor|海南电网有限责任公司海口供电局||海口供电局共产党员服务队队员陈小燕
陈小燕|holdsPosition|海南电网有限责任公司海口供电局|共产党员服务队队员|海口供电局共产党员服务队队员陈小燕
陈小燕|servesCommunity|滨海社区||海口供电局共产党员服务队队员陈小燕
陈小燕|participatedIn|抗灾复电||海口供电局共产党员服务队队员陈小燕
海南电网有限责任公司海口供电局|servesCommunity|滨海社区||海口供电局共产党员服务队队员陈小燕
邢志坚|worksFor|海南电网有限责任公司海口供电局||局长邢志坚深夜赶到
邢志坚|holdsPosition|海南电网有限责任公司海口供电局|党委书记|局长邢志坚深夜赶到
邢志坚|holdsPosition|海南电网有限责任公司海口供电局|局长|局长邢志坚深夜赶到
邢志坚|participatedIn|抗灾复电||局长邢志坚深夜赶到
三亚供电局|subsidiaryOf|海南电网有限责任公司||海南电网公司从三亚供电局、儋州供电局调派
儋州供电局|subsidiaryOf|海南电网有限责任公司||海南电网公司从三亚供电局、儋州供电局调派
三亚供电局|participatedIn|抗灾复电||海南电网公司从三亚供电局、儋州供电局调派
儋州供电局|participatedIn|抗灾复电||海南电网公司从三亚供电局、儋州供电局调派
海南电网有限责任公司|participatedIn|抗灾复电||海南电网公司从三亚供电局、儋州供电局调派
""")

D('f13_jinguo.txt', '"巾帼文明岗"里的"她力量":浦东供电营业厅获全国表彰', '2026-03-09', '东方网', ['孙佳音'], """
国网上海市电力公司|Company|国网上海电力|teaser headline uses 国网上海电力
国网上海市电力公司浦东供电公司|Company|浦东供电公司|公司
国网上海市电力公司浦东供电公司陆家嘴营业厅|Company|陆家嘴营业厅|营业厅; 全国巾帼文明岗
全国妇联|Organization||
梅园社区居委会|Organization||
上海市妇联|Organization||awarded 顾婷婷
东方网|Organization||source
北京|Place||
浦东新区|Place||
川沙新镇|Place||
陆家嘴街道|Community||
梅园社区|Community||
连民村|Community||
"三八"国际妇女节表彰大会|Event||2026-03-06, 北京
邱慧敏|Person||营业厅主任; 邱主任
黄爱珍|Person||梅园社区居委会主任
顾婷婷|Person||营业厅员工, 电力义工
张卫东|Person||浦东供电公司副总经理
孙佳音|Person||作者
潘蕾|Person||编辑
T 2026年优质服务现场会|Event||
T 金杨新村街道|Community||
""", """
@|reportedBy|孙佳音|作者|作者:孙佳音
@|reportedBy|潘蕾|编辑|编辑:潘蕾
"三八"国际妇女节表彰大会|organizedBy|全国妇联||全国妇联在北京召开
全国妇联|participatedIn|"三八"国际妇女节表彰大会||全国妇联在北京召开
"三八"国际妇女节表彰大会|locatedIn|北京||全国妇联在北京召开
国网上海市电力公司浦东供电公司陆家嘴营业厅|subsidiaryOf|国网上海市电力公司浦东供电公司||国网上海市电力公司浦东供电公司陆家嘴营业厅被授予
国网上海市电力公司浦东供电公司|subsidiaryOf|国网上海市电力公司||国网上海市电力公司浦东供电公司陆家嘴营业厅被授予
国网上海市电力公司浦东供电公司陆家嘴营业厅|participatedIn|"三八"国际妇女节表彰大会||国网上海市电力公司浦东供电公司陆家嘴营业厅被授予
国网上海市电力公司浦东供电公司陆家嘴营业厅|locatedIn|陆家嘴街道||陆家嘴营业厅地处浦东新区陆家嘴街道
陆家嘴街道|locatedIn|浦东新区||陆家嘴营业厅地处浦东新区陆家嘴街道
邱慧敏|worksFor|国网上海市电力公司浦东供电公司陆家嘴营业厅||营业厅主任邱慧敏
邱慧敏|holdsPosition|国网上海市电力公司浦东供电公司陆家嘴营业厅|主任|营业厅主任邱慧敏
国网上海市电力公司浦东供电公司陆家嘴营业厅|servesCommunity|梅园社区||她们与陆家嘴街道梅园社区结成
梅园社区|locatedIn|陆家嘴街道||她们与陆家嘴街道梅园社区结成
邱慧敏|servesCommunity|梅园社区||邱主任她们来了以后
黄爱珍|worksFor|梅园社区居委会||梅园社区居委会主任黄爱珍说
黄爱珍|holdsPosition|梅园社区居委会|主任|梅园社区居委会主任黄爱珍说
顾婷婷|worksFor|国网上海市电力公司浦东供电公司陆家嘴营业厅||营业厅员工顾婷婷
顾婷婷|holdsPosition|国网上海市电力公司浦东供电公司陆家嘴营业厅|员工|营业厅员工顾婷婷
顾婷婷|servesCommunity|连民村||营业厅员工顾婷婷
顾婷婷|honoredBy|上海市妇联|上海市三八红旗手|她被上海市妇联评为
连民村|locatedIn|川沙新镇||浦东新区川沙新镇连民村
连民村|locatedIn|浦东新区||浦东新区川沙新镇连民村
张卫东|worksFor|国网上海市电力公司浦东供电公司||浦东供电公司副总经理张卫东
张卫东|holdsPosition|国网上海市电力公司浦东供电公司|副总经理|浦东供电公司副总经理张卫东
T 2026年优质服务现场会|organizedBy|国网上海市电力公司||国网上海电力召开2026年优质服务现场会
T 国网上海市电力公司|participatedIn|2026年优质服务现场会||国网上海电力召开2026年优质服务现场会
T 国网上海市电力公司浦东供电公司|servesCommunity|金杨新村街道||浦东供电公司青年志愿者走进金杨新村街道
""")

D('f14_fangxun.txt', '汛期党旗红 介休供电党员守护汾河岸边群众用电', '2026-07-31', '黄河新闻网晋中频道', ['郭小川'], """
国网介休市供电公司|Company|介休市供电公司|公司
国网晋中供电公司|Company|晋中供电公司|
义安供电所|Company||供电所 of 介休市供电公司 (structure)
防汛抢险临时党支部|Organization||formally set up by 国网介休市供电公司
北辛武村村委会|Organization||
黄河新闻网晋中频道|Organization|黄河新闻网|source
晋中市|Place||
介休市|Place|介休|
汾河|Place||river
义安镇|Place||
北辛武村|Community||
北关街道|Community||
西关社区|Community||
持续强降雨|Event||from 2026-07-27, 晋中市
防汛保供电|Event|防汛保供电工作|2026-07-27..30
任志刚|Person||党委书记、经理; 临时党支部书记
冀文涛|Person||义安供电所所长、共产党员
梁秀英|Person||北辛武村村委会主任
杨慧芳|Person||介休市供电公司网格员
闫建华|Person||国网晋中供电公司副总经理
郭小川|Person||作者
王婧|Person||责任编辑
T 迎峰度夏推进会|Event||2026-07-10
T 康永平|Person||
""", """
@|reportedBy|郭小川|作者|作者:郭小川
@|reportedBy|王婧|责任编辑|【责任编辑:王婧】
持续强降雨|locatedIn|晋中市||晋中市持续强降雨
持续强降雨|locatedIn|介休市||晋中市持续强降雨
国网介休市供电公司|participatedIn|防汛保供电||组织党员、网格员下沉一线,开展防汛保供电
防汛保供电|organizedBy|国网介休市供电公司||组织党员、网格员下沉一线,开展防汛保供电
任志刚|worksFor|国网介休市供电公司||由公司党委书记、经理任志刚担任临时党支部书记
任志刚|holdsPosition|国网介休市供电公司|党委书记|由公司党委书记、经理任志刚担任临时党支部书记
任志刚|holdsPosition|国网介休市供电公司|经理|由公司党委书记、经理任志刚担任临时党支部书记
任志刚|worksFor|防汛抢险临时党支部||由公司党委书记、经理任志刚担任临时党支部书记
任志刚|holdsPosition|防汛抢险临时党支部|书记|由公司党委书记、经理任志刚担任临时党支部书记
任志刚|participatedIn|防汛保供电||由公司党委书记、经理任志刚担任临时党支部书记
防汛抢险临时党支部|participatedIn|防汛保供电||由公司党委书记、经理任志刚担任临时党支部书记
北辛武村|locatedIn|义安镇||义安镇北辛武村地势低洼
国网介休市供电公司|servesCommunity|北辛武村||义安镇北辛武村地势低洼
义安供电所|subsidiaryOf|国网介休市供电公司||义安供电所所长、共产党员冀文涛
冀文涛|worksFor|义安供电所||义安供电所所长、共产党员冀文涛
冀文涛|holdsPosition|义安供电所|所长|义安供电所所长、共产党员冀文涛
冀文涛|servesCommunity|北辛武村||义安供电所所长、共产党员冀文涛
冀文涛|participatedIn|防汛保供电||义安供电所所长、共产党员冀文涛
义安供电所|servesCommunity|北辛武村||义安供电所所长、共产党员冀文涛
梁秀英|worksFor|北辛武村村委会||北辛武村村委会主任梁秀英说
梁秀英|holdsPosition|北辛武村村委会|主任|北辛武村村委会主任梁秀英说
杨慧芳|worksFor|国网介休市供电公司||介休市供电公司网格员杨慧芳
杨慧芳|holdsPosition|国网介休市供电公司|网格员|介休市供电公司网格员杨慧芳
杨慧芳|servesCommunity|西关社区||介休市供电公司网格员杨慧芳
杨慧芳|participatedIn|防汛保供电||介休市供电公司网格员杨慧芳
西关社区|locatedIn|北关街道||北关街道西关社区
闫建华|worksFor|国网晋中供电公司||国网晋中供电公司副总经理闫建华
闫建华|holdsPosition|国网晋中供电公司|副总经理|国网晋中供电公司副总经理闫建华
闫建华|participatedIn|防汛保供电||国网晋中供电公司副总经理闫建华
国网介休市供电公司|subsidiaryOf|国网晋中供电公司||国网介休市供电公司是国网晋中供电公司下属
T 迎峰度夏推进会|organizedBy|国网晋中供电公司||国网晋中供电公司召开迎峰度夏推进会
T 国网晋中供电公司|participatedIn|迎峰度夏推进会||国网晋中供电公司召开迎峰度夏推进会
T 康永平|worksFor|国网晋中供电公司||公司总经理康永平
T 康永平|holdsPosition|国网晋中供电公司|总经理|公司总经理康永平
T 康永平|participatedIn|迎峰度夏推进会||公司总经理康永平
""")

D('f15_xianchanghui.txt', '国网沈阳供电公司"网格化+党建"服务现场会在浑南区召开', '2026-11-12', '北国网', ['于洋', '曲丹丹'], """
国网辽宁省电力有限公司|Company||省公司
国网沈阳供电公司|Company|沈阳供电公司|
沈阳供电公司浑南供电中心|Company|浑南供电中心|
浑南供电中心白塔供电所|Company|白塔供电所|该所
大连供电公司|Company||
鞍山供电公司|Company||
国网辽宁省电力有限公司党委组织部|Organization||主办
白塔社区党委|Organization||
五三街道党工委|Organization||
北国网|Organization||source
沈阳市|Place||
浑南区|Place||
五三街道|Community||
白塔社区|Community||
朗日社区|Community||
"网格化+党建"供电服务现场会|Event|"网格化+党建"服务现场会,现场会|2026-11-10, 浑南区
邹国华|Person||省公司党委副书记、工会主席
王雪松|Person||白塔供电所所长
付晓红|Person||白塔社区党委书记、居委会主任
高振宇|Person||国网沈阳供电公司党委书记、董事长
于洋|Person||记者
曲丹丹|Person||通讯员
孟雅楠|Person||责任编辑
""", """
@|reportedBy|于洋|记者|作者:记者 于洋
@|reportedBy|曲丹丹|通讯员|作者:记者 于洋
@|reportedBy|孟雅楠|责任编辑|责任编辑:孟雅楠
"网格化+党建"供电服务现场会|locatedIn|浑南区||供电服务现场会在沈阳市浑南区召开
"网格化+党建"供电服务现场会|locatedIn|沈阳市||供电服务现场会在沈阳市浑南区召开
"网格化+党建"供电服务现场会|organizedBy|国网辽宁省电力有限公司||供电服务现场会在沈阳市浑南区召开
"网格化+党建"供电服务现场会|organizedBy|国网辽宁省电力有限公司党委组织部||会议由国网辽宁省电力有限公司党委组织部主办
"网格化+党建"供电服务现场会|organizedBy|国网沈阳供电公司||会议由国网辽宁省电力有限公司党委组织部主办
国网沈阳供电公司|participatedIn|"网格化+党建"供电服务现场会||会议由国网辽宁省电力有限公司党委组织部主办
国网沈阳供电公司|subsidiaryOf|国网辽宁省电力有限公司||会议由国网辽宁省电力有限公司党委组织部主办
邹国华|worksFor|国网辽宁省电力有限公司||工会主席邹国华出席会议并讲话
邹国华|holdsPosition|国网辽宁省电力有限公司|党委副书记|工会主席邹国华出席会议并讲话
邹国华|holdsPosition|国网辽宁省电力有限公司|工会主席|工会主席邹国华出席会议并讲话
邹国华|participatedIn|"网格化+党建"供电服务现场会||工会主席邹国华出席会议并讲话
白塔社区|locatedIn|五三街道||与会人员首先来到浑南区五三街道白塔社区
五三街道|locatedIn|浑南区||与会人员首先来到浑南区五三街道白塔社区
沈阳供电公司浑南供电中心|subsidiaryOf|国网沈阳供电公司||与会人员首先来到浑南区五三街道白塔社区
沈阳供电公司浑南供电中心|servesCommunity|白塔社区||与会人员首先来到浑南区五三街道白塔社区
浑南供电中心白塔供电所|subsidiaryOf|沈阳供电公司浑南供电中心||浑南供电中心白塔供电所所长王雪松介绍
王雪松|worksFor|浑南供电中心白塔供电所||浑南供电中心白塔供电所所长王雪松介绍
王雪松|holdsPosition|浑南供电中心白塔供电所|所长|浑南供电中心白塔供电所所长王雪松介绍
王雪松|participatedIn|"网格化+党建"供电服务现场会||浑南供电中心白塔供电所所长王雪松介绍
浑南供电中心白塔供电所|servesCommunity|白塔社区||目前已覆盖白塔社区、朗日社区等23个社区
浑南供电中心白塔供电所|servesCommunity|朗日社区||目前已覆盖白塔社区、朗日社区等23个社区
付晓红|worksFor|白塔社区党委||白塔社区党委书记、居委会主任付晓红
付晓红|holdsPosition|白塔社区党委|书记|白塔社区党委书记、居委会主任付晓红
付晓红|participatedIn|"网格化+党建"供电服务现场会||白塔社区党委书记、居委会主任付晓红
高振宇|worksFor|国网沈阳供电公司||国网沈阳供电公司党委书记、董事长高振宇
高振宇|holdsPosition|国网沈阳供电公司|党委书记|国网沈阳供电公司党委书记、董事长高振宇
高振宇|holdsPosition|国网沈阳供电公司|董事长|国网沈阳供电公司党委书记、董事长高振宇
高振宇|participatedIn|"网格化+党建"供电服务现场会||国网沈阳供电公司党委书记、董事长高振宇
大连供电公司|participatedIn|"网格化+党建"供电服务现场会||国网沈阳供电公司党委书记、董事长高振宇
鞍山供电公司|participatedIn|"网格化+党建"供电服务现场会||国网沈阳供电公司党委书记、董事长高振宇
大连供电公司|subsidiaryOf|国网辽宁省电力有限公司||国网沈阳供电公司党委书记、董事长高振宇
鞍山供电公司|subsidiaryOf|国网辽宁省电力有限公司||国网沈阳供电公司党委书记、董事长高振宇
国网沈阳供电公司|servesCommunity|五三街道||沈阳供电公司与浑南区五三街道党工委签订了
""")
