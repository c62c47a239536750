from spec1 import D, DOCS

D('m06_biandianzhan.txt', '济宁嘉祥220千伏纸坊变电站主体工程完工', '2026-10-14', '大众日报', ['孔祥瑞', '申文斌'], """
国网山东省电力公司济宁供电公司|Company|济宁供电公司|投资建设方
山东鲁能送变电工程有限公司|Company||施工方
济宁弘远电力监理有限公司|Company||监理方
济宁供电公司建设部|Company||
嘉祥县供电公司|Company||下属 of 济宁供电公司
嘉祥县住建局|Organization||
大众日报|Organization||source
大众网|Organization||site (大众网·济宁)
韩立伟|Person||施工方项目经理
常雅楠|Person||监理方总监理工程师
董文斌|Person||济宁供电公司建设部主任
田振华|Person||嘉祥县供电公司总经理
孔祥瑞|Person||记者
申文斌|Person||通讯员
宋婉清|Person||责任编辑
嘉祥县|Place||
纸坊镇|Place||
220千伏纸坊变电站主体工程|Event||construction project, completed 10月12日
“安全生产月”现场观摩活动|Event||organised by the 施工项目部
""", """
220千伏纸坊变电站主体工程|organizedBy|国网山东省电力公司济宁供电公司||投资建设的220千伏纸坊变电站主体工程顺利完工
220千伏纸坊变电站主体工程|locatedIn|纸坊镇||该站位于嘉祥县纸坊镇
山东鲁能送变电工程有限公司|participatedIn|220千伏纸坊变电站主体工程||工程由山东鲁能送变电工程有限公司施工
济宁弘远电力监理有限公司|participatedIn|220千伏纸坊变电站主体工程||工程由山东鲁能送变电工程有限公司施工
韩立伟|worksFor|山东鲁能送变电工程有限公司||施工方项目经理韩立伟
韩立伟|holdsPosition|山东鲁能送变电工程有限公司|项目经理|施工方项目经理韩立伟
韩立伟|participatedIn|220千伏纸坊变电站主体工程||施工方项目经理韩立伟
常雅楠|worksFor|济宁弘远电力监理有限公司||监理方总监理工程师常雅楠
常雅楠|holdsPosition|济宁弘远电力监理有限公司|总监理工程师|监理方总监理工程师常雅楠
常雅楠|participatedIn|220千伏纸坊变电站主体工程||监理方总监理工程师常雅楠
济宁供电公司建设部|subsidiaryOf|国网山东省电力公司济宁供电公司||济宁供电公司建设部主任董文斌
董文斌|worksFor|济宁供电公司建设部||济宁供电公司建设部主任董文斌
董文斌|holdsPosition|济宁供电公司建设部|主任|济宁供电公司建设部主任董文斌
“安全生产月”现场观摩活动|organizedBy|山东鲁能送变电工程有限公司||现场观摩活动
嘉祥县住建局|participatedIn|“安全生产月”现场观摩活动||现场观摩活动
嘉祥县供电公司|subsidiaryOf|国网山东省电力公司济宁供电公司||济宁供电公司下属嘉祥县供电公司
田振华|worksFor|嘉祥县供电公司||嘉祥县供电公司总经理田振华
田振华|holdsPosition|嘉祥县供电公司|总经理|嘉祥县供电公司总经理田振华
m06_biandianzhan.txt|reportedBy|孔祥瑞|记者|大众日报记者 孔祥瑞
m06_biandianzhan.txt|reportedBy|申文斌|通讯员|大众日报记者 孔祥瑞
m06_biandianzhan.txt|reportedBy|宋婉清|责编|责任编辑：宋婉清
""")

D('m07_hudian.txt', '警电联手 守护“电力生命线”', '2026-03-19', '永城市融媒体中心', ['皇甫卫东', '牛晓玲'], """
国网永城市供电公司|Company|永城供电公司|该公司
安全监察部|Company||永城供电公司安全监察部
永城市公安局|Organization||
永城市公安局治安管理大队|Organization||
僖山村党支部|Organization||
永城市融媒体中心|Organization||source
商丘网|Organization||site
闫振国|Person||治安管理大队大队长
陈光辉|Person||永城供电公司副总经理
孟庆军|Person||僖山村党支部书记
邵清远|Person||安全监察部主任
魏长海|Person||丁楼村村委会主任
皇甫卫东|Person||记者
牛晓玲|Person||通讯员
葛文静|Person||责任编辑
芒山镇|Place||
条河镇|Place||
僖山村|Community||
丁楼村|Community||
电力设施保护专项行动|Event||3月18日
“护线爱线”群众座谈会|Event||3月18日, 丁楼村村委会
""", """
电力设施保护专项行动|organizedBy|国网永城市供电公司||联合开展电力设施保护专项行动
电力设施保护专项行动|organizedBy|永城市公安局||联合开展电力设施保护专项行动
国网永城市供电公司|participatedIn|电力设施保护专项行动||联合开展电力设施保护专项行动
永城市公安局|participatedIn|电力设施保护专项行动||联合开展电力设施保护专项行动
闫振国|worksFor|永城市公安局治安管理大队||大队长闫振国
闫振国|holdsPosition|永城市公安局治安管理大队|大队长|大队长闫振国
闫振国|participatedIn|电力设施保护专项行动||大队长闫振国
陈光辉|worksFor|国网永城市供电公司||副总经理陈光辉共同带队
陈光辉|holdsPosition|国网永城市供电公司|副总经理|副总经理陈光辉共同带队
陈光辉|participatedIn|电力设施保护专项行动||副总经理陈光辉共同带队
电力设施保护专项行动|locatedIn|芒山镇||途经芒山镇、条河镇
电力设施保护专项行动|locatedIn|条河镇||途经芒山镇、条河镇
僖山村|locatedIn|芒山镇||在芒山镇僖山村
国网永城市供电公司|servesCommunity|僖山村||在芒山镇僖山村
永城市公安局|servesCommunity|僖山村||在芒山镇僖山村
孟庆军|worksFor|僖山村党支部||僖山村党支部书记孟庆军
孟庆军|holdsPosition|僖山村党支部|党支部书记|僖山村党支部书记孟庆军
安全监察部|subsidiaryOf|国网永城市供电公司||永城供电公司安全监察部主任邵清远
邵清远|worksFor|安全监察部||永城供电公司安全监察部主任邵清远
邵清远|holdsPosition|安全监察部|主任|永城供电公司安全监察部主任邵清远
丁楼村|locatedIn|条河镇||条河镇丁楼村
国网永城市供电公司|servesCommunity|丁楼村||条河镇丁楼村
永城市公安局|servesCommunity|丁楼村||条河镇丁楼村
国网永城市供电公司|participatedIn|“护线爱线”群众座谈会||条河镇丁楼村
永城市公安局|participatedIn|“护线爱线”群众座谈会||条河镇丁楼村
m07_hudian.txt|reportedBy|皇甫卫东|记者|记者 皇甫卫东
m07_hudian.txt|reportedBy|牛晓玲|通讯员|记者 皇甫卫东
m07_hudian.txt|reportedBy|葛文静|责编|责任编辑：葛文静
""")

D('m08_anquanyue.txt', '“人人讲安全 个个会应急”——湄潭供电局启动“安全生产月”活动', '2026-06-03', '湄潭县融媒体中心', ['田佳怡', '王浩然'], """
贵州电网有限责任公司遵义湄潭供电局|Company|湄潭供电局|该局; 局
输电管理所|Company||所属基层单位
变电管理所|Company||所属基层单位
兴隆供电所|Company||所属基层单位; 所里
安全监管部|Company||湄潭供电局安全监管部
湄潭县融媒体中心|Organization||source
遵义网|Organization||site
杨致远|Person||局长、党委副书记
郭明辉|Person||党委书记
梁德才|Person||兴隆供电所所长
潘玉兰|Person||安全监管部经理
汪小军|Person||兴隆供电所员工
龙丽娜|Person||兴隆供电所员工
田佳怡|Person||通讯员
王浩然|Person||通讯员
邹婷|Person||编辑
湄潭县|Place||
兴隆镇|Place||
湄江街道|Community||
核桃坝社区|Community||
“安全生产月”活动启动仪式|Event||6月2日
“安全生产月”活动|Event||2026年, 为期一个月
安全知识竞赛|Event||全局安全知识竞赛
""", """
“安全生产月”活动启动仪式|organizedBy|贵州电网有限责任公司遵义湄潭供电局||举行2026年“安全生产月”活动启动仪式
杨致远|worksFor|贵州电网有限责任公司遵义湄潭供电局||该局局长、党委副书记杨致远
杨致远|holdsPosition|贵州电网有限责任公司遵义湄潭供电局|局长|该局局长、党委副书记杨致远
杨致远|holdsPosition|贵州电网有限责任公司遵义湄潭供电局|党委副书记|该局局长、党委副书记杨致远
杨致远|participatedIn|“安全生产月”活动启动仪式||该局局长、党委副书记杨致远
郭明辉|worksFor|贵州电网有限责任公司遵义湄潭供电局||党委书记郭明辉主持仪式
郭明辉|holdsPosition|贵州电网有限责任公司遵义湄潭供电局|党委书记|党委书记郭明辉主持仪式
郭明辉|participatedIn|“安全生产月”活动启动仪式||党委书记郭明辉主持仪式
输电管理所|subsidiaryOf|贵州电网有限责任公司遵义湄潭供电局||湄潭供电局所属输电管理所
变电管理所|subsidiaryOf|贵州电网有限责任公司遵义湄潭供电局||湄潭供电局所属输电管理所
兴隆供电所|subsidiaryOf|贵州电网有限责任公司遵义湄潭供电局||湄潭供电局所属输电管理所
输电管理所|participatedIn|“安全生产月”活动启动仪式||湄潭供电局所属输电管理所
变电管理所|participatedIn|“安全生产月”活动启动仪式||湄潭供电局所属输电管理所
兴隆供电所|participatedIn|“安全生产月”活动启动仪式||湄潭供电局所属输电管理所
梁德才|worksFor|兴隆供电所||兴隆供电所所长梁德才
梁德才|holdsPosition|兴隆供电所|所长|兴隆供电所所长梁德才
梁德才|participatedIn|“安全生产月”活动启动仪式||兴隆供电所所长梁德才
“安全生产月”活动|organizedBy|安全监管部||由湄潭供电局安全监管部牵头组织
“安全生产月”活动|organizedBy|贵州电网有限责任公司遵义湄潭供电局||举行2026年“安全生产月”活动启动仪式
安全监管部|subsidiaryOf|贵州电网有限责任公司遵义湄潭供电局||由湄潭供电局安全监管部牵头组织
潘玉兰|worksFor|安全监管部||安全监管部经理潘玉兰
潘玉兰|holdsPosition|安全监管部|经理|安全监管部经理潘玉兰
贵州电网有限责任公司遵义湄潭供电局|servesCommunity|核桃坝社区||员工将走进湄江街道核桃坝社区
核桃坝社区|locatedIn|湄江街道||员工将走进湄江街道核桃坝社区
兴隆供电所|locatedIn|兴隆镇||兴隆供电所地处湄潭县兴隆镇
汪小军|worksFor|兴隆供电所||员工汪小军、龙丽娜
汪小军|holdsPosition|兴隆供电所|员工|员工汪小军、龙丽娜
龙丽娜|worksFor|兴隆供电所||员工汪小军、龙丽娜
龙丽娜|holdsPosition|兴隆供电所|员工|员工汪小军、龙丽娜
汪小军|participatedIn|安全知识竞赛||员工汪小军、龙丽娜
龙丽娜|participatedIn|安全知识竞赛||员工汪小军、龙丽娜
安全知识竞赛|organizedBy|贵州电网有限责任公司遵义湄潭供电局||员工汪小军、龙丽娜
m08_anquanyue.txt|reportedBy|田佳怡|通讯员|作者：通讯员 田佳怡
m08_anquanyue.txt|reportedBy|王浩然|通讯员|作者：通讯员 田佳怡
m08_anquanyue.txt|reportedBy|邹婷|责编|编辑：邹婷
""")
