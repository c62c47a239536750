DOCS = [
dict(file='v11_huocheng_nongshang.txt', title='“访惠聚”工作队里的银行人', published='2026-11-16',
source='伊犁新闻网', authors=['古丽米热·阿不都', '周涛'],
E='''
伊犁新闻网|Organization||media outlet
古丽米热·阿不都|Person||记者 (Uyghur)
周涛|Person||通讯员
马燕|Person||责任编辑
新疆霍城农村商业银行股份有限公司|Company|霍城农商银行|该行 refers to it
霍城农商银行三宫支行|Company|三宫支行|
霍城农商银行营业部|Company|营业部|
伊犁州乡村振兴局|Organization||co-organiser of the training class
下三宫村党支部|Organization||
访惠聚|Event||campaign; the bank's 驻村工作队 (generic team, not an entity) belongs to it
乡村振兴金融服务培训班|Event||
买买提江·吐尔逊|Person||三宫支行行长, 下三宫村第一书记, 队长; 买书记 not annotated
韩雪|Person||队员, 营业部柜员
刘志远|Person||董事长、党委书记
阿不都拉·热合曼|Person||村民, no relation
哈力木拉提·别克|Person||村党支部书记 (Kazakh)
霍城县|Place||
三宫乡|Place||
下三宫村|Community||
清水河镇|Place||
芦草沟镇|Place||
努尔兰·赛力克|Person||三宫支行客户经理 (Kazakh)
''',
R='''
@|reportedBy|古丽米热·阿不都|记者|作者： 记者 古丽米热·阿不都
@|reportedBy|周涛|通讯员|作者： 记者 古丽米热·阿不都
@|reportedBy|马燕|责任编辑|责任编辑： 马燕
下三宫村|locatedIn|三宫乡||霍城县三宫乡下三宫村的村民活动中心
新疆霍城农村商业银行股份有限公司|servesCommunity|下三宫村|驻村工作队|霍城县三宫乡下三宫村的村民活动中心
新疆霍城农村商业银行股份有限公司|servesCommunity|下三宫村|派驻|派驻下三宫村的“访惠聚”工作队
新疆霍城农村商业银行股份有限公司|participatedIn|访惠聚||派驻下三宫村的“访惠聚”工作队
霍城农商银行三宫支行|subsidiaryOf|新疆霍城农村商业银行股份有限公司|支行|是该行三宫支行行长
买买提江·吐尔逊|holdsPosition|霍城农商银行三宫支行|行长|是该行三宫支行行长
买买提江·吐尔逊|worksFor|霍城农商银行三宫支行||是该行三宫支行行长
买买提江·吐尔逊|servesCommunity|下三宫村|第一书记|是该行三宫支行行长
买买提江·吐尔逊|participatedIn|访惠聚|队长|是该行三宫支行行长
霍城农商银行三宫支行|servesCommunity|下三宫村|授信放贷|霍城农商银行三宫支行据此发放
霍城农商银行营业部|subsidiaryOf|新疆霍城农村商业银行股份有限公司|营业部|队员韩雪是霍城农商银行营业部的柜员
韩雪|holdsPosition|霍城农商银行营业部|柜员|队员韩雪是霍城农商银行营业部的柜员
韩雪|worksFor|霍城农商银行营业部||队员韩雪是霍城农商银行营业部的柜员
韩雪|servesCommunity|下三宫村|金融夜校|队员韩雪是霍城农商银行营业部的柜员
刘志远|holdsPosition|新疆霍城农村商业银行股份有限公司|董事长|党委书记刘志远介绍
刘志远|holdsPosition|新疆霍城农村商业银行股份有限公司|党委书记|党委书记刘志远介绍
刘志远|worksFor|新疆霍城农村商业银行股份有限公司||党委书记刘志远介绍
乡村振兴金融服务培训班|organizedBy|新疆霍城农村商业银行股份有限公司|联合举办|乡村振兴金融服务培训班
乡村振兴金融服务培训班|organizedBy|伊犁州乡村振兴局|联合举办|乡村振兴金融服务培训班
哈力木拉提·别克|holdsPosition|下三宫村党支部|党支部书记|下三宫村党支部书记哈力木拉提·别克说
哈力木拉提·别克|worksFor|下三宫村党支部||下三宫村党支部书记哈力木拉提·别克说
努尔兰·赛力克|holdsPosition|霍城农商银行三宫支行|客户经理|三宫支行客户经理努尔兰·赛力克
努尔兰·赛力克|worksFor|霍城农商银行三宫支行||三宫支行客户经理努尔兰·赛力克
努尔兰·赛力克|servesCommunity|下三宫村|入户走访|三宫支行客户经理努尔兰·赛力克
''' ),
dict(file='v12_zhaojue_zhucun.txt', title='从电力工人到驻村书记：吉克阿呷的“三年之约”', published='2026-11-21',
source='川观新闻', authors=['俄木拉格', '王丽'],
E='''
川观新闻|Organization||media outlet
俄木拉格|Person||记者 (Yi)
王丽|Person||通讯员
李婷婷|Person||责任编辑
国网四川省电力公司|Company||
国网四川省电力公司凉山供电公司|Company|凉山供电公司|
凉山供电公司营销部|Company||
国网昭觉县供电分公司|Company|昭觉县供电分公司|
国网昭觉县供电分公司竹核供电所|Company|竹核供电所|我们所 in 沙马日体's quote
四川省乡村振兴局|Organization||gave 优秀驻村第一书记
吉克阿呷|Person|阿呷|驻村第一书记、工作队队长; formerly 竹核供电所所长 (Yi)
阿西木呷|Person||村民, no relation
何俊|Person||凉山供电公司营销部员工, 队员
马海军|Person||昭觉县供电分公司员工, 队员
沙马日体|Person||竹核供电所所长
张继红|Person||总经理、党委副书记
昭觉县|Place|昭觉|
竹核乡|Place||
温泉村|Community||乡村振兴重点帮扶村
布拖|Place||
美姑|Place||
海来阿芝|Person||吉克阿呷's wife, nurse (Yi)
昭觉县人民医院|Organization||hospital
''',
R='''
@|reportedBy|俄木拉格|记者|川观新闻记者 俄木拉格
@|reportedBy|王丽|通讯员|川观新闻记者 俄木拉格
@|reportedBy|李婷婷|责任编辑|责任编辑：李婷婷
温泉村|locatedIn|竹核乡||昭觉县竹核乡温泉村村民阿西木呷
国网四川省电力公司凉山供电公司|subsidiaryOf|国网四川省电力公司||派驻温泉村的第一书记吉克阿呷
吉克阿呷|holdsPosition|国网四川省电力公司凉山供电公司|第一书记|派驻温泉村的第一书记吉克阿呷
吉克阿呷|worksFor|国网四川省电力公司凉山供电公司||派驻温泉村的第一书记吉克阿呷
吉克阿呷|servesCommunity|温泉村|驻村第一书记|派驻温泉村的第一书记吉克阿呷
国网四川省电力公司凉山供电公司|servesCommunity|温泉村|派驻第一书记|派驻温泉村的第一书记吉克阿呷
国网昭觉县供电分公司竹核供电所|subsidiaryOf|国网昭觉县供电分公司||此前是国网昭觉县供电分公司竹核供电所所长
吉克阿呷|holdsPosition|国网昭觉县供电分公司竹核供电所|所长|此前是国网昭觉县供电分公司竹核供电所所长
国网昭觉县供电分公司|subsidiaryOf|国网四川省电力公司凉山供电公司||凉山供电公司营销部员工何俊
凉山供电公司营销部|subsidiaryOf|国网四川省电力公司凉山供电公司||凉山供电公司营销部员工何俊
何俊|holdsPosition|凉山供电公司营销部|员工|凉山供电公司营销部员工何俊
何俊|worksFor|凉山供电公司营销部||凉山供电公司营销部员工何俊
何俊|servesCommunity|温泉村|驻村队员|凉山供电公司营销部员工何俊
马海军|holdsPosition|国网昭觉县供电分公司|员工|凉山供电公司营销部员工何俊
马海军|worksFor|国网昭觉县供电分公司||凉山供电公司营销部员工何俊
马海军|servesCommunity|温泉村|驻村队员|凉山供电公司营销部员工何俊
国网四川省电力公司凉山供电公司|servesCommunity|温泉村|电力+产业帮扶|凉山供电公司随即把温泉村纳入
国网昭觉县供电分公司竹核供电所|servesCommunity|温泉村|检修线路|竹核供电所的共产党员服务队定期到村里检修线路
沙马日体|holdsPosition|国网昭觉县供电分公司竹核供电所|所长|竹核供电所的共产党员服务队定期到村里检修线路
沙马日体|worksFor|国网昭觉县供电分公司竹核供电所||竹核供电所的共产党员服务队定期到村里检修线路
张继红|holdsPosition|国网四川省电力公司凉山供电公司|总经理|党委副书记张继红来村调研时说
张继红|holdsPosition|国网四川省电力公司凉山供电公司|党委副书记|党委副书记张继红来村调研时说
张继红|worksFor|国网四川省电力公司凉山供电公司||党委副书记张继红来村调研时说
张继红|servesCommunity|温泉村|调研|党委副书记张继红来村调研时说
吉克阿呷|honoredBy|四川省乡村振兴局|优秀驻村第一书记|吉克阿呷被四川省乡村振兴局评为
海来阿芝|holdsPosition|昭觉县人民医院|护士|妻子海来阿芝是昭觉县人民医院的护士
海来阿芝|worksFor|昭觉县人民医院||妻子海来阿芝是昭觉县人民医院的护士
''' ),
dict(file='v13_liupanshan_xinnengyuan.txt', title='宁夏六盘山新能源公司打赢迎峰度冬保供“第一仗”', published='2026-11-28',
source='六盘山新能源', authors=['马玉霞'],
E='''
宁夏六盘山新能源发展有限公司|Company|六盘山新能源;宁夏六盘山新能源公司|also the WeChat account (source)
宁夏电力投资集团有限公司|Company||parent (全资子公司)
海原风电分公司|Company||所属
同心光伏分公司|Company||所属; 该分公司 / 分公司 refer to it
西吉储能电站|Company||所属
海原风电分公司检修班|Company|检修班|班组, 先进班组
国网宁夏电力|Company||only inside 国网宁夏电力调度控制中心
国网宁夏电力调度控制中心|Company||sent a letter of thanks
马玉霞|Person||作者 (Hui)
苏红|Person||编辑
丁建平|Person||总经理; also 审核
李海龙|Person||检修班班长, 安全生产标兵
马文斌|Person||同心光伏分公司经理
田秀兰|Person||同心光伏分公司值班员, 安全生产标兵
寒潮|Event||2026-11-26/27
迎峰度冬保供电专项行动|Event||2026-11-26
百日安全劳动竞赛|Event||6 stations in 海原县 and 同心县
宁夏|Place||
海原县|Place||
同心县|Place||
杨国栋|Person||西吉储能电站站长
''',
R='''
@|reportedBy|马玉霞|作者|作者：马玉霞
@|reportedBy|苏红|编辑|编辑：苏红
@|reportedBy|丁建平|审核|编辑：苏红
寒潮|locatedIn|宁夏|2026-11-26|宁夏南部山区出现大风降温天气
迎峰度冬保供电专项行动|organizedBy|宁夏六盘山新能源发展有限公司|2026-11-26|启动迎峰度冬保供电专项行动
海原风电分公司|subsidiaryOf|宁夏六盘山新能源发展有限公司|所属|启动迎峰度冬保供电专项行动
同心光伏分公司|subsidiaryOf|宁夏六盘山新能源发展有限公司|所属|启动迎峰度冬保供电专项行动
西吉储能电站|subsidiaryOf|宁夏六盘山新能源发展有限公司|所属|启动迎峰度冬保供电专项行动
海原风电分公司|participatedIn|迎峰度冬保供电专项行动||启动迎峰度冬保供电专项行动
同心光伏分公司|participatedIn|迎峰度冬保供电专项行动||启动迎峰度冬保供电专项行动
西吉储能电站|participatedIn|迎峰度冬保供电专项行动||启动迎峰度冬保供电专项行动
百日安全劳动竞赛|organizedBy|宁夏六盘山新能源发展有限公司||开展了“百日安全劳动竞赛”
百日安全劳动竞赛|locatedIn|海原县||开展了“百日安全劳动竞赛”
百日安全劳动竞赛|locatedIn|同心县||开展了“百日安全劳动竞赛”
海原风电分公司检修班|subsidiaryOf|海原风电分公司||海原风电分公司检修班班长李海龙
李海龙|holdsPosition|海原风电分公司检修班|班长|海原风电分公司检修班班长李海龙
李海龙|worksFor|海原风电分公司检修班||海原风电分公司检修班班长李海龙
马文斌|holdsPosition|同心光伏分公司|经理|同心光伏分公司经理马文斌
马文斌|worksFor|同心光伏分公司||同心光伏分公司经理马文斌
田秀兰|holdsPosition|同心光伏分公司|值班员|该分公司值班员田秀兰
田秀兰|worksFor|同心光伏分公司||该分公司值班员田秀兰
丁建平|holdsPosition|宁夏六盘山新能源发展有限公司|总经理|公司总经理丁建平
丁建平|worksFor|宁夏六盘山新能源发展有限公司||公司总经理丁建平
国网宁夏电力调度控制中心|subsidiaryOf|国网宁夏电力||国网宁夏电力调度控制中心专门发来感谢信
宁夏六盘山新能源发展有限公司|subsidiaryOf|宁夏电力投资集团有限公司|全资子公司|六盘山新能源是宁夏电力投资集团有限公司的全资子公司
海原风电分公司检修班|participatedIn|百日安全劳动竞赛|先进班组|李海龙、田秀兰获评
李海龙|participatedIn|百日安全劳动竞赛|安全生产标兵|李海龙、田秀兰获评
田秀兰|participatedIn|百日安全劳动竞赛|安全生产标兵|李海龙、田秀兰获评
杨国栋|holdsPosition|西吉储能电站|站长|西吉储能电站站长杨国栋介绍
杨国栋|worksFor|西吉储能电站||西吉储能电站站长杨国栋介绍
''' ),
dict(file='v14_maduo_dizhen.txt', title='“5·22”玛多地震五周年回访：光明守护在黄河源头', published='2026-05-24',
source='青海日报', authors=['拉毛才让', '韩晓东'],
E='''
青海日报|Organization||newspaper (数字报, 第02版)
拉毛才让|Person||记者 (Tibetan)
韩晓东|Person||通讯员
赵青|Person||本版编辑
“5·22”玛多地震|Event|玛多地震|2021-05-22, 7.4级
国网青海省电力公司|Company||
国网青海省电力公司果洛供电公司|Company|果洛供电公司|
国网玛多县供电公司|Company|玛多县供电公司|
果洛供电公司党建部|Company||department
青海送变电工程有限公司|Company||sent 120 workers in 2021
多杰南加|Person||玛多县供电公司总经理, 当年抢修队长
索南才让|Person||驻村第一书记, 党建部员工
祁海峰|Person||果洛供电公司副总经理
“守护黄河源 电亮新家园”地震应急演练|Event|地震应急演练;演练|2026-05-20, 玛多县
果洛州|Place||
玛多县|Place||
花石峡镇|Place||
日谢村|Community||定点帮扶村
黄河|Place||title only (黄河源头)
青海省委|Organization|||T
才让东周|Person||玛多县供电公司员工, 抗震救灾先进个人|T
日谢村党支部|Organization||
尼玛才旦|Person||日谢村党支部书记
''',
R='''
@|reportedBy|拉毛才让|记者|记者 拉毛才让　通讯员 韩晓东
@|reportedBy|韩晓东|通讯员|记者 拉毛才让　通讯员 韩晓东
@|reportedBy|赵青|本版编辑|本版编辑：赵青
“5·22”玛多地震|locatedIn|玛多县|2021-05-22|果洛州玛多县发生7.4级地震
国网青海省电力公司果洛供电公司|subsidiaryOf|国网青海省电力公司||国网玛多县供电公司的38名员工在余震中冲进现场
国网玛多县供电公司|subsidiaryOf|国网青海省电力公司果洛供电公司||国网玛多县供电公司的38名员工在余震中冲进现场
国网青海省电力公司果洛供电公司|participatedIn|“5·22”玛多地震|抢修|国网玛多县供电公司的38名员工在余震中冲进现场
国网玛多县供电公司|participatedIn|“5·22”玛多地震|抢修|国网玛多县供电公司的38名员工在余震中冲进现场
日谢村|locatedIn|花石峡镇||当年地震中严重受损的日谢村
国网青海省电力公司果洛供电公司|servesCommunity|日谢村|援建|果洛供电公司出资援建的“光明驿站”
多杰南加|holdsPosition|国网玛多县供电公司|总经理|如今已是玛多县供电公司总经理的多杰南加回忆
多杰南加|worksFor|国网玛多县供电公司||如今已是玛多县供电公司总经理的多杰南加回忆
多杰南加|participatedIn|“5·22”玛多地震|抢修队长|如今已是玛多县供电公司总经理的多杰南加回忆
青海送变电工程有限公司|participatedIn|“5·22”玛多地震|支援|青海送变电工程有限公司也派出120名施工人员支援
国网青海省电力公司果洛供电公司|servesCommunity|日谢村|定点帮扶|果洛供电公司把日谢村作为定点帮扶村
果洛供电公司党建部|subsidiaryOf|国网青海省电力公司果洛供电公司||驻村第一书记索南才让是果洛供电公司党建部员工
索南才让|holdsPosition|果洛供电公司党建部|员工|驻村第一书记索南才让是果洛供电公司党建部员工
索南才让|worksFor|果洛供电公司党建部||驻村第一书记索南才让是果洛供电公司党建部员工
索南才让|servesCommunity|日谢村|驻村第一书记|驻村第一书记索南才让是果洛供电公司党建部员工
“守护黄河源 电亮新家园”地震应急演练|organizedBy|国网青海省电力公司果洛供电公司|2026-05-20|地震应急演练，模拟变电站受损
“守护黄河源 电亮新家园”地震应急演练|locatedIn|玛多县|2026-05-20|地震应急演练，模拟变电站受损
祁海峰|holdsPosition|国网青海省电力公司果洛供电公司|副总经理|公司副总经理祁海峰说
祁海峰|worksFor|国网青海省电力公司果洛供电公司||公司副总经理祁海峰说
才让东周|worksFor|国网玛多县供电公司||玛多县供电公司员工才让东周|T
才让东周|holdsPosition|国网玛多县供电公司|员工|玛多县供电公司员工才让东周|T
才让东周|honoredBy|青海省委|抗震救灾先进个人|玛多县供电公司员工才让东周|T
尼玛才旦|holdsPosition|日谢村党支部|党支部书记|日谢村党支部书记尼玛才旦说
尼玛才旦|worksFor|日谢村党支部||日谢村党支部书记尼玛才旦说
''' ),
dict(file='v15_wushi_yidong.txt', title='乌什地震抢通纪实：移动“铁军”在天山脚下的48小时', published='2026-01-25',
source='天山网', authors=['艾克拜尔·吾拉木'],
E='''
天山网|Organization||media outlet
艾克拜尔·吾拉木|Person||记者 (Uyghur)
孙丽|Person||责任编辑
乌什地震|Event||2026-01-22, 7.1级, 乌什县
应急通信保障一级响应|Event||started by 阿克苏分公司 10 minutes after the quake
中国移动通信集团新疆有限公司|Company|新疆移动|
中国移动通信集团新疆有限公司阿克苏分公司|Company|阿克苏分公司|
乌什县分公司|Company||下属 of 阿克苏分公司
乌什县分公司网络部|Company|网络部|department
“石榴红”党员服务队|Organization|石榴红|named team set up by 阿克苏分公司
阿力木·玉素甫|Person||阿克苏分公司总经理 (Uyghur)
吐尔洪·买买提|Person||网络部经理
热娜古丽·吾买尔|Person||营业员
刘建伟|Person||新疆移动副总经理
阿克苏地区|Place||
乌什县|Place|乌什|
亚曼苏柯尔克孜族乡|Place||
阿合奇村|Community||安置点, 结对村
天山|Place||title only
乌鲁木齐|Place||
喀什|Place||
和田|Place||
托合提·吐尔地|Person||resident (Kyrgyz), no relation
周海涛|Person||乌什县分公司经理
''',
R='''
@|reportedBy|艾克拜尔·吾拉木|记者|记者：艾克拜尔·吾拉木
@|reportedBy|孙丽|责任编辑|记者：艾克拜尔·吾拉木
乌什地震|locatedIn|乌什县|2026-01-22|阿克苏地区乌什县发生7.1级地震
中国移动通信集团新疆有限公司阿克苏分公司|subsidiaryOf|中国移动通信集团新疆有限公司||启动应急通信保障一级响应
应急通信保障一级响应|organizedBy|中国移动通信集团新疆有限公司阿克苏分公司||启动应急通信保障一级响应
阿力木·玉素甫|holdsPosition|中国移动通信集团新疆有限公司阿克苏分公司|总经理|启动应急通信保障一级响应
阿力木·玉素甫|worksFor|中国移动通信集团新疆有限公司阿克苏分公司||启动应急通信保障一级响应
阿力木·玉素甫|participatedIn|应急通信保障一级响应||启动应急通信保障一级响应
乌什县分公司|subsidiaryOf|中国移动通信集团新疆有限公司阿克苏分公司|下属|阿克苏分公司下属乌什县分公司
乌什县分公司网络部|subsidiaryOf|乌什县分公司||阿克苏分公司下属乌什县分公司
吐尔洪·买买提|holdsPosition|乌什县分公司网络部|经理|阿克苏分公司下属乌什县分公司
吐尔洪·买买提|worksFor|乌什县分公司网络部||阿克苏分公司下属乌什县分公司
吐尔洪·买买提|participatedIn|应急通信保障一级响应||阿克苏分公司下属乌什县分公司
乌什县分公司|participatedIn|应急通信保障一级响应||阿克苏分公司下属乌什县分公司
阿合奇村|locatedIn|亚曼苏柯尔克孜族乡||亚曼苏柯尔克孜族乡阿合奇村的安置点
乌什县分公司|servesCommunity|阿合奇村|临时营业厅|乌什县分公司还在安置点开设了临时营业厅
热娜古丽·吾买尔|holdsPosition|乌什县分公司|营业员|乌什县分公司还在安置点开设了临时营业厅
热娜古丽·吾买尔|worksFor|乌什县分公司||乌什县分公司还在安置点开设了临时营业厅
热娜古丽·吾买尔|servesCommunity|阿合奇村||乌什县分公司还在安置点开设了临时营业厅
中国移动通信集团新疆有限公司|participatedIn|应急通信保障一级响应|支援|新疆移动从乌鲁木齐、喀什、和田调集了
刘建伟|holdsPosition|中国移动通信集团新疆有限公司|副总经理|新疆移动副总经理刘建伟
刘建伟|worksFor|中国移动通信集团新疆有限公司||新疆移动副总经理刘建伟
刘建伟|participatedIn|应急通信保障一级响应||新疆移动副总经理刘建伟
中国移动通信集团新疆有限公司阿克苏分公司|servesCommunity|阿合奇村|结对|与阿合奇村结对
“石榴红”党员服务队|servesCommunity|阿合奇村|结对|与阿合奇村结对
周海涛|holdsPosition|乌什县分公司|经理|乌什县分公司经理周海涛告诉记者
周海涛|worksFor|乌什县分公司||乌什县分公司经理周海涛告诉记者
''' ),
]
