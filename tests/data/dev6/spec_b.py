from spec_a import D

D(file='k06_dianlibaohu.txt', published='2025-04-11', source='大河网', authors=['刘卫东'], E="""
“护线2025”电力设施保护专项行动|Event|电力设施保护专项行动|launched 2025-04-10, six months
国网周口供电公司|Company||市公司
国网周口供电公司安全监察部|Company||department
国网周口供电公司输电运检中心|Company||中心
周口市公安局川汇分局|Organization|川汇分局|police
川汇分局七一路派出所|Organization|七一路派出所|police station
川汇区第一实验小学|Organization|周口市川汇区第一实验小学|school
大河网|Organization||source outlet
川汇区人民广场|Place||
川汇区|Place||
周口市|Place|周口|
商水县|Place||
淮阳区|Place||
赵天宇|Person||国网周口供电公司副总经理
韩志强|Person||七一路派出所所长
段红梅|Person||安全监察部主任
刘卫东|Person||作者 文/图
王静|Person||编辑
柴志刚|Person||审核
国网商水县供电公司|Company|商水县供电公司|T
春季安全大检查|Event||T
邓城镇|Place||T
孙振华|Person||T
""", R="""
@|reportedBy|刘卫东|作者(文/图)|作者:刘卫东 文/图
@|reportedBy|王静|编辑|(编辑:王静 审核:柴志刚)
@|reportedBy|柴志刚|审核|(编辑:王静 审核:柴志刚)
“护线2025”电力设施保护专项行动|organizedBy|国网周口供电公司||在川汇区人民广场联合启动
“护线2025”电力设施保护专项行动|organizedBy|周口市公安局川汇分局||在川汇区人民广场联合启动
“护线2025”电力设施保护专项行动|locatedIn|川汇区人民广场||在川汇区人民广场联合启动
国网周口供电公司|participatedIn|“护线2025”电力设施保护专项行动||由国网周口供电公司牵头
周口市公安局川汇分局|participatedIn|“护线2025”电力设施保护专项行动||在川汇区人民广场联合启动
韩志强|holdsPosition|川汇分局七一路派出所|所长|七一路派出所所长韩志强
韩志强|worksFor|川汇分局七一路派出所||七一路派出所所长韩志强
韩志强|participatedIn|“护线2025”电力设施保护专项行动||七一路派出所所长韩志强
段红梅|holdsPosition|国网周口供电公司安全监察部|主任|安全监察部主任段红梅
段红梅|worksFor|国网周口供电公司安全监察部||安全监察部主任段红梅
段红梅|participatedIn|“护线2025”电力设施保护专项行动||安全监察部主任段红梅
国网周口供电公司安全监察部|subsidiaryOf|国网周口供电公司||安全监察部主任段红梅
川汇分局七一路派出所|participatedIn|“护线2025”电力设施保护专项行动||七一路派出所所长韩志强
国网周口供电公司输电运检中心|subsidiaryOf|国网周口供电公司||国网周口供电公司输电运检中心已与
赵天宇|holdsPosition|国网周口供电公司|副总经理|副总经理赵天宇
赵天宇|worksFor|国网周口供电公司||副总经理赵天宇
川汇区第一实验小学|participatedIn|“护线2025”电力设施保护专项行动||30名学生领到了
春季安全大检查|organizedBy|国网商水县供电公司||商水县供电公司开展春季安全大检查|T
孙振华|holdsPosition|国网商水县供电公司|经理|国网商水县供电公司经理孙振华|T
孙振华|worksFor|国网商水县供电公司||国网商水县供电公司经理孙振华|T
孙振华|participatedIn|春季安全大检查||国网商水县供电公司经理孙振华|T
春季安全大检查|locatedIn|邓城镇||国网商水县供电公司经理孙振华|T
""")

D(file='k07_xiaoyuan.txt', published='2025-09-03', source='绵阳日报', authors=['蒲晓燕', '侯嘉伟'], E="""
安全用电进校园|Event||activity started 2025-09-02, Sept-Oct in 46 schools
国网江油市供电公司|Company|江油市供电公司|县公司
江油市供电公司青莲供电所|Company|青莲供电所|供电所
国网绵阳供电公司|Company||市公司
国网四川省电力公司|Company||省公司
“小电工”宣讲团|Organization||youth lecture team of 国网江油市供电公司
绵阳市教育和体育局|Organization||
太白小学|Organization|江油市太白小学|school
绵阳日报|Organization||source outlet
四川在线|Organization||outlet (page chrome)
江油市|Place||
青莲镇|Place||
武都镇|Place||
邹静|Person||宣讲团团长, 团委书记
谢明远|Person||太白小学校长
苟大勇|Person||青莲供电所电工
任雨涵|Person||pupil
蒲晓燕|Person||通讯员
侯嘉伟|Person||通讯员
彭力|Person||责任编辑
""", R="""
@|reportedBy|蒲晓燕|通讯员(文/图)|文/图 通讯员 蒲晓燕
@|reportedBy|侯嘉伟|通讯员(文/图)|文/图 通讯员 蒲晓燕
@|reportedBy|彭力|责任编辑|责任编辑:彭力
太白小学|participatedIn|安全用电进校园||江油市太白小学的操场上
“小电工”宣讲团|participatedIn|安全用电进校园||授课的是国网江油市供电公司的
邹静|holdsPosition|“小电工”宣讲团|团长|团长由团委书记邹静担任
邹静|worksFor|“小电工”宣讲团||团长由团委书记邹静担任
邹静|holdsPosition|国网江油市供电公司|团委书记|团长由团委书记邹静担任
邹静|worksFor|国网江油市供电公司||团长由团委书记邹静担任
安全用电进校园|organizedBy|国网绵阳供电公司||共同主办
安全用电进校园|organizedBy|绵阳市教育和体育局||共同主办
安全用电进校园|organizedBy|国网江油市供电公司||共同主办
国网绵阳供电公司|subsidiaryOf|国网四川省电力公司||是国网四川省电力公司下属单位
谢明远|holdsPosition|太白小学|校长|太白小学校长谢明远说
谢明远|worksFor|太白小学||太白小学校长谢明远说
江油市供电公司青莲供电所|subsidiaryOf|国网江油市供电公司||青莲供电所的电工苟大勇
苟大勇|holdsPosition|江油市供电公司青莲供电所|电工|青莲供电所的电工苟大勇
苟大勇|worksFor|江油市供电公司青莲供电所||青莲供电所的电工苟大勇
苟大勇|participatedIn|安全用电进校园||青莲供电所的电工苟大勇
""")

D(file='k08_shuidianzhan.txt', published='2025-08-14', source='澜沧江水电', authors=['杨凌云', '段思敏'], E="""
功果桥水电站|Company||电站; 该 station, 电站
华能澜沧江水电股份有限公司|Company|华能澜沧江公司|parent company (WeChat account owner)
中国华能集团有限公司|Company||group
小湾水电站|Company||
漫湾水电站|Company||
运行部|Company||department of 功果桥水电站
检修维护部|Company||department of 功果桥水电站
安全监察部|Company||department of 功果桥水电站
功果桥水电站党委|Organization||
云龙县应急管理局|Organization||
澜沧江水电|Organization||WeChat account / source
云南省|Place||
大理州|Place||
云龙县|Place||
旧州镇|Place||
澜沧江|Place||river
汤涧村|Community||
防汛专题会|Event||meeting 2025-08-12
大坝溃坝应急演练|Event||drill, late August 2025 (planned)
和永刚|Person||运行部主任
李海燕|Person||检修维护部副主任
杨国栋|Person||厂长、党委书记; also 审核
字德明|Person||汤涧村村委会主任
杨凌云|Person||作者
段思敏|Person||作者
赵婉清|Person||编辑
""", R="""
@|reportedBy|杨凌云|作者(原创)|原创 杨凌云 段思敏
@|reportedBy|段思敏|作者(原创)|原创 杨凌云 段思敏
@|reportedBy|赵婉清|编辑|编辑:赵婉清
@|reportedBy|杨国栋|审核|编辑:赵婉清
功果桥水电站|locatedIn|云龙县||云龙县境内的功果桥水电站
功果桥水电站|locatedIn|澜沧江||澜沧江上游梯级开发
功果桥水电站|subsidiaryOf|华能澜沧江水电股份有限公司||投资建设和运营管理
华能澜沧江水电股份有限公司|subsidiaryOf|中国华能集团有限公司||控股的水电企业
运行部|subsidiaryOf|功果桥水电站||电站运行部主任和永刚说
和永刚|holdsPosition|运行部|主任|电站运行部主任和永刚说
和永刚|worksFor|运行部||电站运行部主任和永刚说
检修维护部|subsidiaryOf|功果桥水电站||这几天最忙的是检修维护部
李海燕|holdsPosition|检修维护部|副主任|部门副主任李海燕
李海燕|worksFor|检修维护部||部门副主任李海燕
杨国栋|holdsPosition|功果桥水电站|厂长|厂长、党委书记杨国栋
杨国栋|holdsPosition|功果桥水电站|党委书记|厂长、党委书记杨国栋
杨国栋|worksFor|功果桥水电站||厂长、党委书记杨国栋
杨国栋|participatedIn|防汛专题会||厂长、党委书记杨国栋
防汛专题会|organizedBy|功果桥水电站||厂长、党委书记杨国栋
大坝溃坝应急演练|organizedBy|安全监察部||由安全监察部负责组织
安全监察部|subsidiaryOf|功果桥水电站||由安全监察部负责组织
云龙县应急管理局|participatedIn|大坝溃坝应急演练||由安全监察部负责组织
功果桥水电站党委|servesCommunity|汤涧村||结成了帮扶对子
功果桥水电站|servesCommunity|汤涧村||结成了帮扶对子
汤涧村|locatedIn|旧州镇||结成了帮扶对子
""")

D(file='k09_guangfu.txt', published='2025-07-22', source='每日甘肃网-甘肃日报', authors=['马晓东', '景文斌'], E="""
国网通渭县供电公司|Company||县公司; 该公司, 它
国网定西供电公司|Company||市公司
襄南供电所|Company||供电所
国网甘肃省电力公司|Company||省公司
国网甘肃省电力公司营销服务中心|Company||中心
国网通渭县供电公司营销部|Company||department
张川村党支部|Organization||
定西市财政局|Organization||
每日甘肃网|Organization||outlet
甘肃日报|Organization||outlet
通渭县|Place|通渭|
襄南镇|Place||
张川村|Community||
陶建平|Person||张川村党支部书记
漆小军|Person||襄南供电所所长
庞丽君|Person||通渭县供电公司营销部副主任
闫志伟|Person||驻村第一书记, 定西市财政局干部
马晓东|Person||记者
景文斌|Person||通讯员
陈静雯|Person||责任编辑
""", R="""
@|reportedBy|马晓东|记者|记者 马晓东
@|reportedBy|景文斌|通讯员|记者 马晓东
@|reportedBy|陈静雯|责任编辑|(责任编辑:陈静雯)
张川村|locatedIn|襄南镇||通渭县襄南镇张川村
陶建平|holdsPosition|张川村党支部|书记|张川村党支部书记陶建平说
陶建平|worksFor|张川村党支部||张川村党支部书记陶建平说
国网通渭县供电公司|subsidiaryOf|国网定西供电公司||所属的县级供电企业
襄南供电所|subsidiaryOf|国网通渭县供电公司||襄南供电所所长漆小军介绍
漆小军|holdsPosition|襄南供电所|所长|襄南供电所所长漆小军介绍
漆小军|worksFor|襄南供电所||襄南供电所所长漆小军介绍
国网甘肃省电力公司营销服务中心|subsidiaryOf|国网甘肃省电力公司||平台由国网甘肃省电力公司营销服务中心负责维护
国网通渭县供电公司营销部|subsidiaryOf|国网通渭县供电公司||营销部副主任庞丽君说
庞丽君|holdsPosition|国网通渭县供电公司营销部|副主任|营销部副主任庞丽君说
庞丽君|worksFor|国网通渭县供电公司营销部||营销部副主任庞丽君说
闫志伟|holdsPosition|定西市财政局|第一书记|定西市财政局干部闫志伟
闫志伟|holdsPosition|定西市财政局|干部|定西市财政局干部闫志伟
闫志伟|worksFor|定西市财政局||定西市财政局干部闫志伟
闫志伟|servesCommunity|张川村||定西市财政局干部闫志伟
""")

D(file='k10_chongdianzhuang.txt', published='2025-05-09', source='西部网', authors=['白瑞', '党一鸣'], E="""
充电桩进社区|Event||行动 since March 2025
国网宝鸡供电公司|Company||市公司
国网宝鸡供电公司金台供电分公司|Company|金台供电分公司|分公司
国网宝鸡供电公司营销部|Company||department
国网陕西电动汽车服务有限公司|Company||全资子公司 of 国网陕西省电力有限公司
国网陕西省电力有限公司|Company||省公司
金台区住建局|Organization||
渭滨社区党委|Organization||
西部网|Organization||source outlet
宝鸡市|Place|宝鸡|
金台区|Place||
东风路街道|Community||
渭滨社区|Community||
石油社区|Community||
雷建刚|Person||resident, taxi driver
郝秀兰|Person||渭滨社区党委书记
程伟|Person||金台供电分公司客户经理
范志强|Person||国网宝鸡供电公司营销部主任
白瑞|Person||记者
党一鸣|Person||实习生
薛楠|Person||责任编辑
国网咸阳供电公司|Company|咸阳供电|T
国网咸阳供电公司秦都供电分公司|Company||T
秦都区|Place||T
陈杨寨街道|Community||T
罗晓峰|Person||T
""", R="""
@|reportedBy|白瑞|记者|记者 白瑞
@|reportedBy|党一鸣|实习生|记者 白瑞
@|reportedBy|薛楠|责任编辑|责任编辑:薛楠
渭滨社区|locatedIn|东风路街道||东风路街道渭滨社区的出租车司机
东风路街道|locatedIn|金台区||东风路街道渭滨社区的出租车司机
充电桩进社区|organizedBy|国网宝鸡供电公司||联合开展“充电桩进社区”行动
充电桩进社区|organizedBy|金台区住建局||联合开展“充电桩进社区”行动
国网宝鸡供电公司|participatedIn|充电桩进社区||联合开展“充电桩进社区”行动
金台区住建局|participatedIn|充电桩进社区||联合开展“充电桩进社区”行动
国网宝鸡供电公司|servesCommunity|渭滨社区||联合开展“充电桩进社区”行动
国网宝鸡供电公司|servesCommunity|石油社区||联合开展“充电桩进社区”行动
金台区住建局|servesCommunity|渭滨社区||联合开展“充电桩进社区”行动
金台区住建局|servesCommunity|石油社区||联合开展“充电桩进社区”行动
国网陕西电动汽车服务有限公司|participatedIn|充电桩进社区||桩体建设和运营由
国网陕西电动汽车服务有限公司|subsidiaryOf|国网陕西省电力有限公司||桩体建设和运营由
国网宝鸡供电公司金台供电分公司|participatedIn|充电桩进社区||桩体建设和运营由
国网宝鸡供电公司金台供电分公司|subsidiaryOf|国网宝鸡供电公司||桩体建设和运营由
郝秀兰|holdsPosition|渭滨社区党委|书记|渭滨社区党委书记郝秀兰回忆
郝秀兰|worksFor|渭滨社区党委||渭滨社区党委书记郝秀兰回忆
程伟|holdsPosition|国网宝鸡供电公司金台供电分公司|客户经理|客户经理程伟
程伟|worksFor|国网宝鸡供电公司金台供电分公司||客户经理程伟
程伟|servesCommunity|渭滨社区||客户经理程伟
国网宝鸡供电公司营销部|subsidiaryOf|国网宝鸡供电公司||营销部主任范志强介绍
范志强|holdsPosition|国网宝鸡供电公司营销部|主任|营销部主任范志强介绍
范志强|worksFor|国网宝鸡供电公司营销部||营销部主任范志强介绍
国网咸阳供电公司秦都供电分公司|subsidiaryOf|国网咸阳供电公司||秦都供电分公司党员服务队队长罗晓峰|T
罗晓峰|holdsPosition|国网咸阳供电公司秦都供电分公司|党员服务队队长|秦都供电分公司党员服务队队长罗晓峰|T
罗晓峰|worksFor|国网咸阳供电公司秦都供电分公司||秦都供电分公司党员服务队队长罗晓峰|T
罗晓峰|servesCommunity|陈杨寨街道||秦都供电分公司党员服务队队长罗晓峰|T
国网咸阳供电公司秦都供电分公司|servesCommunity|陈杨寨街道||秦都供电分公司党员服务队队长罗晓峰|T
陈杨寨街道|locatedIn|秦都区||秦都供电分公司党员服务队队长罗晓峰|T
""")
