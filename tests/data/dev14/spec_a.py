DOCS = [
dict(file='v01_yiliang_banjia.txt', title='彝良供电局:搬迁群众“用上电”更要“用好电”', published='2026-11-18',
source='云南网', authors=['杨春艳', '吉克伍呷'],
E='''
云南网|Organization||media outlet (source)
杨春艳|Person||记者
吉克伍呷|Person||通讯员 (Yi name)
周丽娟|Person||责任编辑
云南电网有限责任公司|Company||provincial grid company, parent inside the compound name
云南电网有限责任公司昭通彝良供电局|Company|彝良供电局;昭通彝良供电局;彝良局|county bureau; 该局 / 局里 refer to it
城区供电所|Company||供电所 of 彝良供电局
营销班|Company||班组 of 城区供电所
配电运维班|Company||班组 of 城区供电所
阿苏木呷|Person||城区供电所所长, 电力网格员 (Yi)
陈晓梅|Person||营销班班长
罗志刚|Person||配电运维班班长
李德明|Person||党委书记、局长; 老李 is not annotated
沙马拉且|Person||搬迁户 (Yi), no relation
彝良县|Place|彝良|
发界街道|Community||街道
阳光社区|Community|发界街道阳光社区|易地扶贫搬迁安置社区
电力进社区|Event||campaign of the bureau, 41 times in 2026
电工技能培训班|Event||planned training class with 发界街道
昭通|Place|||T
''',
R='''
@|reportedBy|杨春艳|记者|作者：记者 杨春艳
@|reportedBy|吉克伍呷|通讯员|作者：记者 杨春艳
@|reportedBy|周丽娟|责任编辑|【责任编辑：周丽娟】
云南电网有限责任公司昭通彝良供电局|subsidiaryOf|云南电网有限责任公司||扛着工具包走进小区
城区供电所|subsidiaryOf|云南电网有限责任公司昭通彝良供电局||彝良供电局把社区作为党建联系点
营销班|subsidiaryOf|城区供电所||在城区供电所内部
配电运维班|subsidiaryOf|城区供电所||配电运维班班长罗志刚
阿苏木呷|holdsPosition|城区供电所|所长|彝良供电局把社区作为党建联系点
阿苏木呷|worksFor|城区供电所||彝良供电局把社区作为党建联系点
阿苏木呷|servesCommunity|阳光社区||彝良供电局把社区作为党建联系点
云南电网有限责任公司昭通彝良供电局|servesCommunity|阳光社区||彝良供电局把社区作为党建联系点
陈晓梅|holdsPosition|营销班|班长|营销班班长陈晓梅
陈晓梅|worksFor|营销班||营销班班长陈晓梅
陈晓梅|servesCommunity|阳光社区||营销班班长陈晓梅
罗志刚|holdsPosition|配电运维班|班长|配电运维班班长罗志刚
罗志刚|worksFor|配电运维班||配电运维班班长罗志刚
罗志刚|servesCommunity|阳光社区||配电运维班班长罗志刚
李德明|holdsPosition|云南电网有限责任公司昭通彝良供电局|党委书记|党委书记、局长李德明
李德明|holdsPosition|云南电网有限责任公司昭通彝良供电局|局长|党委书记、局长李德明
李德明|worksFor|云南电网有限责任公司昭通彝良供电局||党委书记、局长李德明
电力进社区|organizedBy|云南电网有限责任公司昭通彝良供电局||党委书记、局长李德明
电工技能培训班|organizedBy|云南电网有限责任公司昭通彝良供电局||电工技能培训班
阳光社区|locatedIn|发界街道||发界街道阳光社区
发界街道|locatedIn|彝良县||发界街道阳光社区
''' ),
dict(file='v02_qianneng_jingsai.txt', title='贵州黔能新能源公司“风光”劳动竞赛赛出新干劲', published='2026-11-20',
source='多彩贵州网', authors=['王冬梅'],
E='''
多彩贵州网|Organization||media outlet
王冬梅|Person||记者
邓雪|Person||责任编辑
贵州黔能新能源有限公司|Company|黔能新能源;贵州黔能新能源公司|该公司 / 公司 refer to it
贵州省能源投资集团有限公司|Company|贵州省能源投资集团|parent (全资子公司 / 控股股东)
威宁黔能风电有限公司|Company||旗下 subsidiary
盘州黔能光伏发电有限公司|Company||旗下 subsidiary
赫章分公司|Company||分公司 of 黔能新能源
威宁黔能风电有限公司风机检修班|Company|风机检修班|班组; 劳动竞赛先进集体
盘州黔能光伏发电有限公司运维班|Company|运维班|班组
龙正贵|Person||风机检修班班长 (Miao); 竞赛标兵
杨秀英|Person||竞赛标兵
禄文军|Person||竞赛标兵
彭远航|Person||总经理
刘桂兰|Person||工会主席
赵建国|Person||贵州省能源投资集团有限公司副总经理
风光储劳动竞赛|Event|劳动竞赛;竞赛|2026, 8 months
风光储劳动竞赛总结表彰会|Event|表彰会|2026-11-19, 贵阳
贵阳|Place||
毕节|Place||
六盘水|Place||
''',
R='''
@|reportedBy|王冬梅|记者|本网讯（记者 王冬梅）
@|reportedBy|邓雪|责任编辑|责任编辑：邓雪
贵州黔能新能源有限公司|subsidiaryOf|贵州省能源投资集团有限公司|全资子公司|黔能新能源是贵州省能源投资集团的全资子公司
威宁黔能风电有限公司|subsidiaryOf|贵州黔能新能源有限公司|旗下|竞赛由该公司工会主办
盘州黔能光伏发电有限公司|subsidiaryOf|贵州黔能新能源有限公司|旗下|竞赛由该公司工会主办
赫章分公司|subsidiaryOf|贵州黔能新能源有限公司|分公司|竞赛由该公司工会主办
威宁黔能风电有限公司风机检修班|subsidiaryOf|威宁黔能风电有限公司||风机检修班成绩最为突出
盘州黔能光伏发电有限公司运维班|subsidiaryOf|盘州黔能光伏发电有限公司||运维班则自主研发
风光储劳动竞赛|organizedBy|贵州黔能新能源有限公司|主办|竞赛由该公司工会主办
风光储劳动竞赛|organizedBy|威宁黔能风电有限公司|承办|竞赛由该公司工会主办
风光储劳动竞赛|organizedBy|盘州黔能光伏发电有限公司|承办|竞赛由该公司工会主办
风光储劳动竞赛|organizedBy|赫章分公司|承办|竞赛由该公司工会主办
威宁黔能风电有限公司风机检修班|participatedIn|风光储劳动竞赛||风机检修班成绩最为突出
风光储劳动竞赛总结表彰会|organizedBy|贵州黔能新能源有限公司|2026-11-19|总结表彰会在贵阳召开
风光储劳动竞赛总结表彰会|locatedIn|贵阳||总结表彰会在贵阳召开
龙正贵|holdsPosition|威宁黔能风电有限公司风机检修班|班长|班长龙正贵是土生土长的苗族汉子
龙正贵|worksFor|威宁黔能风电有限公司风机检修班||班长龙正贵是土生土长的苗族汉子
彭远航|holdsPosition|贵州黔能新能源有限公司|总经理|总经理彭远航、工会主席刘桂兰
彭远航|worksFor|贵州黔能新能源有限公司||总经理彭远航、工会主席刘桂兰
刘桂兰|holdsPosition|贵州黔能新能源有限公司|工会主席|总经理彭远航、工会主席刘桂兰
刘桂兰|worksFor|贵州黔能新能源有限公司||总经理彭远航、工会主席刘桂兰
彭远航|participatedIn|风光储劳动竞赛总结表彰会||总经理彭远航、工会主席刘桂兰
刘桂兰|participatedIn|风光储劳动竞赛总结表彰会||总经理彭远航、工会主席刘桂兰
赵建国|holdsPosition|贵州省能源投资集团有限公司|副总经理|副总经理赵建国出席会议
赵建国|worksFor|贵州省能源投资集团有限公司||副总经理赵建国出席会议
赵建国|participatedIn|风光储劳动竞赛总结表彰会||副总经理赵建国出席会议
''' ),
dict(file='v03_jishishan_qiangxiu.txt', title='震后72小时：电力抢修“铁军”奋战积石山', published='2026-12-20',
source='每日甘肃网-甘肃日报', authors=['马成林', '王小燕'],
E='''
每日甘肃网|Organization||media outlet
甘肃日报|Organization||media outlet
马成林|Person||记者, 文/图
王小燕|Person||通讯员 参与采写
张红|Person||编辑
积石山县|Place|积石山|
积石山县6.2级地震|Event||2026-12-18 23:59; constructed name
地震灾害一级应急响应|Event||started by 临夏供电公司 right after the quake
国网甘肃省电力公司|Company|国网甘肃电力|
国网甘肃省电力公司临夏供电公司|Company|国网临夏供电公司;临夏供电公司|
国网积石山县供电公司|Company|积石山县供电公司|
积石山县供电公司配电运检班|Company|配电运检班|班组
兰州供电公司|Company||sent 青年突击队 (generic team); 该公司 in the 李文斌 sentence
韩尕西木|Person||国网积石山县供电公司经理
马福贵|Person||临夏供电公司副总经理 (Hui)
马学军|Person||配电运检班班长 (Dongxiang)
李文斌|Person||兰州供电公司员工
积石山县委|Organization||only as 积石山县委书记 (unnamed)
大河家镇|Place||
刘集乡|Place||
河沿村|Community||
石塬乡|Place||
兰州|Place||
白银|Place||
定西|Place||
周振华|Person||安全总监|T
冬季电网应急抢修演练|Event||2026-12-06, 折桥镇|T
临夏市|Place|||T
折桥镇|Place|||T
国网积石山县供电公司大河家供电所|Company|大河家供电所|供电所; 所里 refers to it
马尕拉|Person||大河家供电所所长
韩永福|Person||员工 (Salar), 21
''',
R='''
@|reportedBy|马成林|记者 文/图|记者 马成林 文/图
@|reportedBy|王小燕|通讯员|通讯员 王小燕 参与采写
@|reportedBy|张红|编辑|编辑：张红
积石山县6.2级地震|locatedIn|积石山县|2026-12-18|积石山县发生6.2级地震
国网甘肃省电力公司临夏供电公司|subsidiaryOf|国网甘肃省电力公司||启动地震灾害一级应急响应
国网积石山县供电公司|subsidiaryOf|国网甘肃省电力公司临夏供电公司||经理韩尕西木带着第一批
积石山县供电公司配电运检班|subsidiaryOf|国网积石山县供电公司||用7个小时完成了变压器更换
兰州供电公司|subsidiaryOf|国网甘肃省电力公司||兰州供电公司青年突击队
地震灾害一级应急响应|organizedBy|国网甘肃省电力公司临夏供电公司||启动地震灾害一级应急响应
国网积石山县供电公司|participatedIn|地震灾害一级应急响应||经理韩尕西木带着第一批
韩尕西木|participatedIn|地震灾害一级应急响应||经理韩尕西木带着第一批
韩尕西木|holdsPosition|国网积石山县供电公司|经理|经理韩尕西木带着第一批
韩尕西木|worksFor|国网积石山县供电公司||经理韩尕西木带着第一批
马福贵|holdsPosition|国网甘肃省电力公司临夏供电公司|副总经理|用7个小时完成了变压器更换
马福贵|worksFor|国网甘肃省电力公司临夏供电公司||用7个小时完成了变压器更换
马福贵|participatedIn|地震灾害一级应急响应||用7个小时完成了变压器更换
马福贵|servesCommunity|河沿村||用7个小时完成了变压器更换
马学军|holdsPosition|积石山县供电公司配电运检班|班长|用7个小时完成了变压器更换
马学军|worksFor|积石山县供电公司配电运检班||用7个小时完成了变压器更换
马学军|participatedIn|地震灾害一级应急响应||用7个小时完成了变压器更换
马学军|servesCommunity|河沿村||用7个小时完成了变压器更换
国网甘肃省电力公司|participatedIn|地震灾害一级应急响应||调集的增援队伍也陆续到达
兰州供电公司|participatedIn|地震灾害一级应急响应||兰州供电公司青年突击队
李文斌|holdsPosition|兰州供电公司|员工|该公司员工李文斌
李文斌|worksFor|兰州供电公司||该公司员工李文斌
河沿村|locatedIn|刘集乡||刘集乡河沿村
积石山县供电公司配电运检班|servesCommunity|河沿村||用7个小时完成了变压器更换
冬季电网应急抢修演练|organizedBy|国网甘肃省电力公司临夏供电公司|2026-12-06|组织冬季电网应急抢修演练|T
冬季电网应急抢修演练|locatedIn|折桥镇||组织冬季电网应急抢修演练|T
周振华|holdsPosition|国网甘肃省电力公司临夏供电公司|安全总监|担任现场总指挥|T
周振华|worksFor|国网甘肃省电力公司临夏供电公司||担任现场总指挥|T
周振华|participatedIn|冬季电网应急抢修演练||担任现场总指挥|T
国网积石山县供电公司大河家供电所|subsidiaryOf|国网积石山县供电公司||国网积石山县供电公司大河家供电所所长马尕拉
马尕拉|holdsPosition|国网积石山县供电公司大河家供电所|所长|国网积石山县供电公司大河家供电所所长马尕拉
马尕拉|worksFor|国网积石山县供电公司大河家供电所||国网积石山县供电公司大河家供电所所长马尕拉
马尕拉|participatedIn|地震灾害一级应急响应||国网积石山县供电公司大河家供电所所长马尕拉
国网积石山县供电公司大河家供电所|participatedIn|地震灾害一级应急响应||国网积石山县供电公司大河家供电所所长马尕拉
韩永福|holdsPosition|国网积石山县供电公司大河家供电所|员工|21岁的撒拉族小伙韩永福是所里最年轻的员工
韩永福|worksFor|国网积石山县供电公司大河家供电所||21岁的撒拉族小伙韩永福是所里最年轻的员工
''' ),
]
