from spec_a import D

D(file='k11_biaozhang.txt', published='2026-01-23', source='山西新闻网', authors=['温晓峰', '郭婷'], E="""
2026年工作会议暨先进表彰大会|Event||meeting 2026-01-21
国网晋中供电公司|Company|晋中供电公司|市公司; 该公司, 公司
国网山西省电力公司|Company||省公司
国网介休市供电公司|Company|介休供电|县公司; 介休供电 in teaser headline
国网介休市供电公司义安供电所|Company|义安供电所|供电所 (先进集体)
输电运检中心|Company||中心 of 国网晋中供电公司
输电运检中心带电作业班|Company||班组
国网灵石县供电公司|Company||县公司
国网灵石县供电公司南关供电所|Company||供电所
晋中市妇女联合会|Organization||
晋中市总工会|Organization||
山西新闻网|Organization||source outlet
晋中市|Place||
榆次区|Place||
7月榆次区暴雨|Event||July 2025 rainstorm
冀建中|Person||国网山西省电力公司副总经理
韩永平|Person||晋中市副市长 (government unnamed: no holdsPosition)
宁海波|Person||义安供电所所长
侯振宇|Person||带电作业班班长, 劳动模范
阎丽琴|Person||南关供电所台区经理, 三八红旗手
申卫国|Person||国网晋中供电公司党委书记、董事长
温晓峰|Person||通讯员
郭婷|Person||通讯员
任丽娜|Person||责任编辑
常浩|Person||校对
台区经理技能比武|Event||T
杜晓鹏|Person||T
""", R="""
@|reportedBy|温晓峰|通讯员|作者:通讯员 温晓峰 郭婷
@|reportedBy|郭婷|通讯员|作者:通讯员 温晓峰 郭婷
@|reportedBy|任丽娜|责任编辑|责任编辑:任丽娜
@|reportedBy|常浩|校对|责任编辑:任丽娜
2026年工作会议暨先进表彰大会|organizedBy|国网晋中供电公司||国网晋中供电公司召开2026年工作会议
冀建中|holdsPosition|国网山西省电力公司|副总经理|副总经理冀建中出席会议
冀建中|worksFor|国网山西省电力公司||副总经理冀建中出席会议
冀建中|participatedIn|2026年工作会议暨先进表彰大会||副总经理冀建中出席会议
韩永平|participatedIn|2026年工作会议暨先进表彰大会||副总经理冀建中出席会议
国网介休市供电公司义安供电所|subsidiaryOf|国网介休市供电公司||国网介休市供电公司义安供电所连续三年零投诉
宁海波|holdsPosition|国网介休市供电公司义安供电所|所长|该所所长宁海波
宁海波|worksFor|国网介休市供电公司义安供电所||该所所长宁海波
宁海波|participatedIn|2026年工作会议暨先进表彰大会||该所所长宁海波
输电运检中心带电作业班|subsidiaryOf|输电运检中心||输电运检中心带电作业班的经历
输电运检中心|subsidiaryOf|国网晋中供电公司||输电运检中心带电作业班的经历
7月榆次区暴雨|locatedIn|榆次区||去年7月榆次区暴雨
输电运检中心带电作业班|participatedIn|7月榆次区暴雨||去年7月榆次区暴雨
侯振宇|holdsPosition|输电运检中心带电作业班|班长|班长侯振宇本人
侯振宇|worksFor|输电运检中心带电作业班||班长侯振宇本人
侯振宇|honoredBy|国网晋中供电公司|晋中供电公司劳动模范|班长侯振宇本人
国网灵石县供电公司南关供电所|subsidiaryOf|国网灵石县供电公司||南关供电所的台区经理阎丽琴
阎丽琴|holdsPosition|国网灵石县供电公司南关供电所|台区经理|南关供电所的台区经理阎丽琴
阎丽琴|worksFor|国网灵石县供电公司南关供电所||南关供电所的台区经理阎丽琴
阎丽琴|honoredBy|晋中市妇女联合会|晋中市三八红旗手|晋中市妇女联合会颁发
申卫国|holdsPosition|国网晋中供电公司|党委书记|党委书记、董事长申卫国
申卫国|holdsPosition|国网晋中供电公司|董事长|党委书记、董事长申卫国
申卫国|worksFor|国网晋中供电公司||党委书记、董事长申卫国
申卫国|participatedIn|2026年工作会议暨先进表彰大会||党委书记、董事长申卫国
晋中市总工会|participatedIn|2026年工作会议暨先进表彰大会||会议期间
台区经理技能比武|organizedBy|国网介休市供电公司||国网介休市供电公司举办台区经理技能比武|T
杜晓鹏|holdsPosition|国网介休市供电公司义安供电所|台区经理|国网介休市供电公司举办台区经理技能比武|T
杜晓鹏|worksFor|国网介休市供电公司义安供电所||国网介休市供电公司举办台区经理技能比武|T
杜晓鹏|participatedIn|台区经理技能比武||国网介休市供电公司举办台区经理技能比武|T
杜晓鹏|honoredBy|国网介休市供电公司|第一名|国网介休市供电公司举办台区经理技能比武|T
""")

D(file='k12_jingsai.txt', published='2025-10-15', source='北国网', authors=['孟令宇'], E="""
“夏季攻坚”劳动竞赛|Event||labour competition, five months of 2025
“夏季攻坚”劳动竞赛总结会|Event||meeting 2025-10-13
国网鞍山供电公司|Company|鞍山供电|市公司
国网鞍山供电公司工会|Organization||union, 主办
建设部|Company||department of 国网鞍山供电公司
设备部|Company||department of 国网鞍山供电公司
国网海城市供电公司|Company||县公司
岫岩供电公司|Company||县公司
岫岩供电公司配电运检班|Company||班组
铁东供电中心|Company||城区供电中心
辽宁鑫源电力工程有限公司|Company|鑫源公司|contractor
北国网|Organization||source outlet
岫岩|Place||
鞍山|Place||
贺文涛|Person||国网海城市供电公司副总经理
吕长海|Person||鑫源公司施工队长
那日松|Person||配电运检班班长, 攻坚标兵
孙佳琪|Person||铁东供电中心技术员, 攻坚标兵
苑立新|Person||工会主席
孟令宇|Person||记者
关雪|Person||责任编辑
""", R="""
@|reportedBy|孟令宇|记者|记者 孟令宇
@|reportedBy|关雪|责任编辑|责任编辑:关雪
“夏季攻坚”劳动竞赛总结会|organizedBy|国网鞍山供电公司||劳动竞赛总结会在国网鞍山供电公司召开
“夏季攻坚”劳动竞赛|organizedBy|国网鞍山供电公司工会||这场竞赛由国网鞍山供电公司工会主办
“夏季攻坚”劳动竞赛|organizedBy|建设部||这场竞赛由国网鞍山供电公司工会主办
“夏季攻坚”劳动竞赛|organizedBy|设备部||这场竞赛由国网鞍山供电公司工会主办
建设部|subsidiaryOf|国网鞍山供电公司||这场竞赛由国网鞍山供电公司工会主办
设备部|subsidiaryOf|国网鞍山供电公司||这场竞赛由国网鞍山供电公司工会主办
国网海城市供电公司|subsidiaryOf|国网鞍山供电公司||这场竞赛由国网鞍山供电公司工会主办
岫岩供电公司|subsidiaryOf|国网鞍山供电公司||这场竞赛由国网鞍山供电公司工会主办
国网海城市供电公司|participatedIn|“夏季攻坚”劳动竞赛||这场竞赛由国网鞍山供电公司工会主办
岫岩供电公司|participatedIn|“夏季攻坚”劳动竞赛||这场竞赛由国网鞍山供电公司工会主办
贺文涛|holdsPosition|国网海城市供电公司|副总经理|该公司副总经理贺文涛
贺文涛|worksFor|国网海城市供电公司||该公司副总经理贺文涛
辽宁鑫源电力工程有限公司|participatedIn|“夏季攻坚”劳动竞赛||承担施工任务的还有
吕长海|holdsPosition|辽宁鑫源电力工程有限公司|施工队长|鑫源公司施工队长吕长海
吕长海|worksFor|辽宁鑫源电力工程有限公司||鑫源公司施工队长吕长海
岫岩供电公司配电运检班|subsidiaryOf|岫岩供电公司||岫岩供电公司配电运检班班长那日松
那日松|holdsPosition|岫岩供电公司配电运检班|班长|岫岩供电公司配电运检班班长那日松
那日松|worksFor|岫岩供电公司配电运检班||岫岩供电公司配电运检班班长那日松
那日松|participatedIn|“夏季攻坚”劳动竞赛||岫岩供电公司配电运检班班长那日松
那日松|honoredBy|国网鞍山供电公司工会|攻坚标兵|岫岩供电公司配电运检班班长那日松
孙佳琪|holdsPosition|铁东供电中心|技术员|铁东供电中心技术员孙佳琪
孙佳琪|worksFor|铁东供电中心||铁东供电中心技术员孙佳琪
孙佳琪|participatedIn|“夏季攻坚”劳动竞赛||铁东供电中心技术员孙佳琪
孙佳琪|honoredBy|国网鞍山供电公司工会|攻坚标兵|铁东供电中心技术员孙佳琪
铁东供电中心|subsidiaryOf|国网鞍山供电公司||铁东供电中心技术员孙佳琪
铁东供电中心|participatedIn|“夏季攻坚”劳动竞赛||铁东供电中心技术员孙佳琪
苑立新|holdsPosition|国网鞍山供电公司|工会主席|工会主席苑立新
苑立新|worksFor|国网鞍山供电公司||工会主席苑立新
苑立新|participatedIn|“夏季攻坚”劳动竞赛总结会||工会主席苑立新
""")

D(file='k13_lianxi.txt', published='2025-03-28', source='广西新闻网', authors=['覃美玲', '黄炳宏'], E="""
2025年第一季度政企联席会议|Event|联席会议|meeting 2025-03-26
南宁供电局|Company||市级供电局; 该局
广西电网有限责任公司|Company||省公司
市场营销部|Company||department of 南宁供电局
青秀供电分局|Company||分局 of 南宁供电局
新竹供电所|Company||供电所 under 青秀供电分局
新竹街道办事处|Organization|南宁市青秀区新竹街道办事处|街道办事处
新竹社区服务中心|Organization||venue
竹溪社区党委|Organization||
广西新闻网|Organization||source outlet
南宁市|Place|南宁|
青秀区|Place||
古城社区|Community||
竹溪社区|Community||
新竹社区|Community||
梁秋燕|Person||新竹街道办事处主任
韦志诚|Person||南宁供电局副局长
农建军|Person||新竹供电所所长
莫丽华|Person||竹溪社区党委书记
覃美玲|Person||记者
黄炳宏|Person||通讯员
蒙婷婷|Person||责任编辑
""", R="""
@|reportedBy|覃美玲|记者|记者:覃美玲
@|reportedBy|黄炳宏|通讯员|记者:覃美玲
@|reportedBy|蒙婷婷|责任编辑|责任编辑:蒙婷婷
2025年第一季度政企联席会议|organizedBy|南宁供电局||在新竹社区服务中心召开
2025年第一季度政企联席会议|organizedBy|新竹街道办事处||在新竹社区服务中心召开
南宁供电局|participatedIn|2025年第一季度政企联席会议||在新竹社区服务中心召开
新竹街道办事处|participatedIn|2025年第一季度政企联席会议||在新竹社区服务中心召开
新竹街道办事处|locatedIn|青秀区||在新竹社区服务中心召开
梁秋燕|holdsPosition|新竹街道办事处|主任|会议由新竹街道办事处主任梁秋燕主持
梁秋燕|worksFor|新竹街道办事处||会议由新竹街道办事处主任梁秋燕主持
梁秋燕|participatedIn|2025年第一季度政企联席会议||会议由新竹街道办事处主任梁秋燕主持
韦志诚|holdsPosition|南宁供电局|副局长|会议由新竹街道办事处主任梁秋燕主持
韦志诚|worksFor|南宁供电局||会议由新竹街道办事处主任梁秋燕主持
韦志诚|participatedIn|2025年第一季度政企联席会议||会议由新竹街道办事处主任梁秋燕主持
市场营销部|subsidiaryOf|南宁供电局||会议由新竹街道办事处主任梁秋燕主持
青秀供电分局|subsidiaryOf|南宁供电局||会议由新竹街道办事处主任梁秋燕主持
市场营销部|participatedIn|2025年第一季度政企联席会议||会议由新竹街道办事处主任梁秋燕主持
青秀供电分局|participatedIn|2025年第一季度政企联席会议||会议由新竹街道办事处主任梁秋燕主持
新竹供电所|subsidiaryOf|青秀供电分局||及其下属的新竹供电所认领
农建军|holdsPosition|新竹供电所|所长|新竹供电所所长农建军当场认领
农建军|worksFor|新竹供电所||新竹供电所所长农建军当场认领
农建军|participatedIn|2025年第一季度政企联席会议||新竹供电所所长农建军当场认领
南宁供电局|subsidiaryOf|广西电网有限责任公司||南宁供电局是广西电网有限责任公司下属
莫丽华|holdsPosition|竹溪社区党委|书记|竹溪社区党委书记莫丽华
莫丽华|worksFor|竹溪社区党委||竹溪社区党委书记莫丽华
青秀供电分局|servesCommunity|古城社区||青秀供电分局党员服务队随即到古城社区
""")

D(file='k14_hongxun.txt', published='2025-10-24', source='南海网', authors=['符丽娜', '王大川'], E="""
抗洪抢修|Event||flood repair operation Oct 2025
持续强降雨|Event||2025-10-19 to 22, 琼海市
海南电网有限责任公司|Company|海南电网|省公司
海南电网有限责任公司琼海供电局|Company|琼海供电局|县级供电局
海口供电局|Company||support unit
三亚供电局|Company||support unit
儋州供电局|Company||support unit
三亚供电局变电管理所|Company||
琼海供电局嘉积供电所|Company|嘉积供电所|供电所
中国南方电网有限责任公司|Company||
琼海市第一自来水厂|Company||water works
琼海市三防指挥部|Organization||
琼海市人民医院|Organization||
南海网|Organization||source outlet
琼海市|Place|琼海|
万泉河|Place||
嘉积镇|Place||
博鳌镇|Place||
三亚|Place||
朝烈村|Community||
上埇村|Community||
陈德贤|Person||琼海供电局局长
吉文海|Person||三亚支援队队长
王春燕|Person||嘉积供电所所长
陈明辉|Person||驻上埇村工作队队员、琼海供电局员工
符丽娜|Person||记者
王大川|Person||特约记者
吴静雅|Person||编辑
""", R="""
@|reportedBy|符丽娜|记者|南海网记者 符丽娜
@|reportedBy|王大川|特约记者|南海网记者 符丽娜
@|reportedBy|吴静雅|编辑|【编辑:吴静雅】
海南电网有限责任公司|participatedIn|抗洪抢修||海南电网抗洪抢修一线见闻
持续强降雨|locatedIn|琼海市||琼海市出现持续强降雨
海南电网有限责任公司琼海供电局|subsidiaryOf|海南电网有限责任公司||琼海供电局局长陈德贤
陈德贤|holdsPosition|海南电网有限责任公司琼海供电局|局长|琼海供电局局长陈德贤
陈德贤|worksFor|海南电网有限责任公司琼海供电局||琼海供电局局长陈德贤
陈德贤|participatedIn|抗洪抢修||琼海供电局局长陈德贤
海南电网有限责任公司琼海供电局|participatedIn|抗洪抢修||琼海供电局局长陈德贤
海口供电局|subsidiaryOf|海南电网有限责任公司||抽调抢修人员420名支援琼海
三亚供电局|subsidiaryOf|海南电网有限责任公司||抽调抢修人员420名支援琼海
儋州供电局|subsidiaryOf|海南电网有限责任公司||抽调抢修人员420名支援琼海
海口供电局|participatedIn|抗洪抢修||抽调抢修人员420名支援琼海
三亚供电局|participatedIn|抗洪抢修||抽调抢修人员420名支援琼海
儋州供电局|participatedIn|抗洪抢修||抽调抢修人员420名支援琼海
朝烈村|locatedIn|博鳌镇||在博鳌镇朝烈村
三亚供电局变电管理所|subsidiaryOf|三亚供电局||在博鳌镇朝烈村
三亚供电局变电管理所|servesCommunity|朝烈村||在博鳌镇朝烈村
三亚供电局变电管理所|participatedIn|抗洪抢修||在博鳌镇朝烈村
吉文海|holdsPosition|三亚供电局变电管理所|队长|队长吉文海说
吉文海|worksFor|三亚供电局变电管理所||队长吉文海说
琼海供电局嘉积供电所|subsidiaryOf|海南电网有限责任公司琼海供电局||琼海供电局嘉积供电所所长王春燕说
王春燕|holdsPosition|琼海供电局嘉积供电所|所长|琼海供电局嘉积供电所所长王春燕说
王春燕|worksFor|琼海供电局嘉积供电所||琼海供电局嘉积供电所所长王春燕说
琼海市三防指挥部|participatedIn|抗洪抢修||抗洪期间
上埇村|locatedIn|嘉积镇||在嘉积镇的上埇村
陈明辉|holdsPosition|海南电网有限责任公司琼海供电局|员工|琼海供电局员工陈明辉说
陈明辉|worksFor|海南电网有限责任公司琼海供电局||琼海供电局员工陈明辉说
陈明辉|servesCommunity|上埇村||琼海供电局员工陈明辉说
海南电网有限责任公司|subsidiaryOf|中国南方电网有限责任公司||的全资子公司
""")

D(file='k15_qinghai.txt', published='2025-12-10', source='青海日报', authors=['才让卓玛'], E="""
国网贵南县供电公司|Company||县公司; 该公司, 公司
国网贵南县供电公司森多供电所|Company|森多供电所|供电所; 所里
国网海南供电公司|Company||市公司 (海南藏族自治州, Qinghai; not Hainan province)
国网青海省电力公司|Company||省公司
贵南县应急管理局|Organization||
青海新闻网|Organization||outlet (page chrome)
大美青海客户端|Organization||outlet (page chrome)
青海日报|Organization||source outlet
海南藏族自治州|Place||
贵南县|Place||
森多镇|Place||
多隆村|Community||
沙加村|Community||
电力便民日|Event||monthly activity
才旦加|Person||森多供电所网格员
尕藏|Person||herder of 多隆村
马福明|Person||国网贵南县供电公司经理、党委副书记
拉毛才让|Person||森多供电所所长
才让卓玛|Person||记者
李文斌|Person||责任编辑
""", R="""
@|reportedBy|才让卓玛|记者|作者:本报记者 才让卓玛
@|reportedBy|李文斌|责任编辑|责任编辑:李文斌
国网贵南县供电公司森多供电所|subsidiaryOf|国网贵南县供电公司||国网贵南县供电公司森多供电所的网格员才旦加
才旦加|holdsPosition|国网贵南县供电公司森多供电所|网格员|国网贵南县供电公司森多供电所的网格员才旦加
才旦加|worksFor|国网贵南县供电公司森多供电所||国网贵南县供电公司森多供电所的网格员才旦加
才旦加|servesCommunity|多隆村||才旦加分管的是多隆村和沙加村两个村
才旦加|servesCommunity|沙加村||才旦加分管的是多隆村和沙加村两个村
国网贵南县供电公司|subsidiaryOf|国网海南供电公司||是国网海南供电公司的下属企业
马福明|holdsPosition|国网贵南县供电公司|经理|该公司经理、党委副书记马福明
马福明|holdsPosition|国网贵南县供电公司|党委副书记|该公司经理、党委副书记马福明
马福明|worksFor|国网贵南县供电公司||该公司经理、党委副书记马福明
拉毛才让|holdsPosition|国网贵南县供电公司森多供电所|所长|森多供电所所长拉毛才让介绍
拉毛才让|worksFor|国网贵南县供电公司森多供电所||森多供电所所长拉毛才让介绍
国网贵南县供电公司森多供电所|servesCommunity|多隆村||所里还与多隆村结成了共建对子
电力便民日|organizedBy|国网贵南县供电公司森多供电所||所里还与多隆村结成了共建对子
""")
