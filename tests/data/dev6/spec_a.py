DOCS = []
def D(**kw): DOCS.append(kw)

D(file='k01_hezuoshe.txt', published='2025-09-16', source='长城网·冀云石家庄', authors=['郝文静', '乔立新'], E="""
国网赞皇县供电公司|Company||县公司
国网赞皇县供电公司许亭供电所|Company|许亭供电所|供电所
国网石家庄供电公司|Company||市公司
国网石家庄供电公司营销部|Company||department
金丝大枣专业合作社|Organization||village cooperative in 北马峪村
长城网·冀云石家庄|Organization||source outlet
北马峪村|Community||
赞皇县|Place|赞皇|
许亭镇|Place||
我为群众办实事|Event||campaign
冯德顺|Person||合作社理事长
贾春生|Person||村党支部书记兼村委会主任 (village branch unnamed: no relation)
武建国|Person||许亭供电所所长
高志远|Person||赞皇县供电公司副总经理、党委委员
郝文静|Person||通讯员
乔立新|Person||记者
孙晓萌|Person||责任编辑
""", R="""
@|reportedBy|郝文静|通讯员|作者:通讯员 郝文静
@|reportedBy|乔立新|记者|作者:通讯员 郝文静
@|reportedBy|孙晓萌|责任编辑|(责任编辑:孙晓萌)
国网赞皇县供电公司许亭供电所|subsidiaryOf|国网赞皇县供电公司||国网赞皇县供电公司许亭供电所的三名电工
国网赞皇县供电公司|subsidiaryOf|国网石家庄供电公司||作为国网石家庄供电公司下属
国网石家庄供电公司营销部|subsidiaryOf|国网石家庄供电公司||国网石家庄供电公司营销部有关负责人
北马峪村|locatedIn|许亭镇||秋风一起
金丝大枣专业合作社|locatedIn|北马峪村||村里金丝大枣专业合作社
冯德顺|holdsPosition|金丝大枣专业合作社|理事长|合作社理事长冯德顺
冯德顺|worksFor|金丝大枣专业合作社||合作社理事长冯德顺
武建国|holdsPosition|国网赞皇县供电公司许亭供电所|所长|由所长武建国牵头
武建国|worksFor|国网赞皇县供电公司许亭供电所||由所长武建国牵头
国网赞皇县供电公司|participatedIn|我为群众办实事||列入“我为群众办实事”清单
国网赞皇县供电公司许亭供电所|servesCommunity|北马峪村||结对共建已有三年
高志远|holdsPosition|国网赞皇县供电公司|副总经理|副总经理、党委委员高志远
高志远|holdsPosition|国网赞皇县供电公司|党委委员|副总经理、党委委员高志远
高志远|worksFor|国网赞皇县供电公司||副总经理、党委委员高志远
""")

D(file='k02_laojiu.txt', published='2025-06-20', source='扬子晚报网', authors=['钱雨晨', '潘思远'], E="""
国网常州供电公司|Company|常州供电|市公司; 常州供电 in teaser headline
国网常州供电公司城东供电服务站|Company|城东供电服务站|供电服务站
国网江苏省电力有限公司|Company||省公司
江苏恒通电力工程有限公司|Company||construction contractor
“龙城光明”共产党员服务队|Organization||named party-member service team
扬子晚报网|Organization||source outlet
丽华三村|Community||老旧小区
红梅街道|Community||
天宁区|Place||
常州|Place||in title
天宁区老旧小区改造项目|Event||renovation programme
迎峰度夏“百日攻坚”|Event||T
蒋立群|Person||城东供电服务站网格员
孔慧芳|Person||小区居委会书记 (居委会 unnamed: no relation)
马骏|Person||服务站站长、党支部书记
邵永年|Person||resident
陶志明|Person||T
钱雨晨|Person||记者
潘思远|Person||通讯员
夏文斌|Person||责任编辑
""", R="""
@|reportedBy|钱雨晨|记者|[扬子晚报记者 钱雨晨
@|reportedBy|潘思远|通讯员|[扬子晚报记者 钱雨晨
@|reportedBy|夏文斌|责任编辑|责任编辑:夏文斌
丽华三村|locatedIn|红梅街道||天宁区红梅街道的丽华三村
红梅街道|locatedIn|天宁区||天宁区红梅街道的丽华三村
国网常州供电公司城东供电服务站|subsidiaryOf|国网常州供电公司||国网常州供电公司城东供电服务站的网格员蒋立群
蒋立群|holdsPosition|国网常州供电公司城东供电服务站|网格员|国网常州供电公司城东供电服务站的网格员蒋立群
蒋立群|worksFor|国网常州供电公司城东供电服务站||国网常州供电公司城东供电服务站的网格员蒋立群
蒋立群|worksFor|“龙城光明”共产党员服务队||她所在的“龙城光明”
蒋立群|servesCommunity|丽华三村||她所在的“龙城光明”
“龙城光明”共产党员服务队|servesCommunity|丽华三村||她所在的“龙城光明”
国网常州供电公司|servesCommunity|丽华三村||她所在的“龙城光明”
国网常州供电公司城东供电服务站|participatedIn|天宁区老旧小区改造项目||由城东供电服务站负责配合施工
江苏恒通电力工程有限公司|participatedIn|天宁区老旧小区改造项目||由城东供电服务站负责配合施工
马骏|holdsPosition|国网常州供电公司城东供电服务站|站长|服务站站长、党支部书记马骏
马骏|holdsPosition|国网常州供电公司城东供电服务站|党支部书记|服务站站长、党支部书记马骏
马骏|worksFor|国网常州供电公司城东供电服务站||服务站站长、党支部书记马骏
国网常州供电公司|subsidiaryOf|国网江苏省电力有限公司||作为其所属地市公司
迎峰度夏“百日攻坚”|organizedBy|国网常州供电公司||常州供电启动迎峰度夏|T
陶志明|holdsPosition|国网常州供电公司|副总经理|国网常州供电公司副总经理陶志明|T
陶志明|worksFor|国网常州供电公司||国网常州供电公司副总经理陶志明|T
""")

D(file='k03_taifeng.txt', published='2025-09-08', source='南方+客户端', authors=['卢嘉敏'], E="""
第18号台风“海鹞”|Event|台风“海鹞”|typhoon, landfall 2025-09-05
“海鹞”抗风抢修会战|Event||repair operation organised by 广东电网公司
广东电网公司|Company||省公司
广州供电局|Company||support unit
佛山供电局|Company||support unit
佛山供电局输电管理所|Company||
湛江供电局|Company||市级供电局
徐闻供电局|Company||县级, 湛江供电局下属
中国南方电网有限责任公司|Company||
中国南方电网有限责任公司工会|Organization||
徐闻县人民医院|Organization||
雷州市第二自来水厂|Company||water works
南方网|Organization||outlet (page chrome)
南方+客户端|Organization||source outlet
湛江市|Place|湛江|
徐闻县|Place|徐闻|
雷州市|Place|雷州|
下桥镇|Place||
附城镇|Place||
广州|Place||support origin
佛山|Place||support origin
东莞|Place||support origin
茂名|Place||support origin
阳江|Place||support origin
南田村|Community||
曾国梁|Person||佛山供电局输电管理所副所长
林振华|Person||湛江供电局局长、党委副书记
吴秀英|Person||villager
卢嘉敏|Person||记者
梁晓彤|Person||编辑
""", R="""
@|reportedBy|卢嘉敏|记者|记者 卢嘉敏
@|reportedBy|梁晓彤|编辑|编辑:梁晓彤
第18号台风“海鹞”|locatedIn|徐闻县||在湛江市徐闻县沿海登陆
“海鹞”抗风抢修会战|organizedBy|广东电网公司||组织“海鹞”抗风抢修会战
广州供电局|participatedIn|“海鹞”抗风抢修会战||发电车47台参战
佛山供电局|participatedIn|“海鹞”抗风抢修会战||发电车47台参战
佛山供电局输电管理所|subsidiaryOf|佛山供电局||由佛山供电局输电管理所副所长曾国梁带队
曾国梁|holdsPosition|佛山供电局输电管理所|副所长|由佛山供电局输电管理所副所长曾国梁带队
曾国梁|worksFor|佛山供电局输电管理所||由佛山供电局输电管理所副所长曾国梁带队
曾国梁|participatedIn|“海鹞”抗风抢修会战||由佛山供电局输电管理所副所长曾国梁带队
林振华|holdsPosition|湛江供电局|局长|湛江供电局局长、党委副书记林振华
林振华|holdsPosition|湛江供电局|党委副书记|湛江供电局局长、党委副书记林振华
林振华|worksFor|湛江供电局||湛江供电局局长、党委副书记林振华
湛江供电局|participatedIn|“海鹞”抗风抢修会战||湛江供电局局长、党委副书记林振华
南田村|locatedIn|附城镇||雷州市附城镇南田村村民吴秀英
徐闻供电局|subsidiaryOf|湛江供电局||湛江供电局下属的徐闻供电局
徐闻供电局|participatedIn|“海鹞”抗风抢修会战||湛江供电局下属的徐闻供电局
""")

D(file='k04_chunjie.txt', published='2026-02-18', source='东北网', authors=['于海波', '宫晓琳', '田野'], E="""
国网牡丹江供电公司|Company||市公司; 该公司 in last paragraph
国网黑龙江省电力有限公司|Company||省公司
国网海林市供电公司|Company||县公司
国网海林市供电公司长汀供电所|Company||供电所
国网牡丹江供电公司营销服务中心|Company||中心
国网牡丹江供电公司办公室|Company||department
东北网|Organization||source outlet
牡丹江军分区|Organization||
海林市|Place||
双峰林场|Place|中国雪乡,雪乡|forest farm / 雪乡 scenic area
牡丹江市|Place||
东安区|Place||
黑龙江|Place||in a quote
七星街道|Community||
光华社区|Community||
春节保电|Event||campaign
春节保电视频调度会|Event||meeting 2026-02-16
元宵节保电|Event||next phase
邢卫东|Person||国网牡丹江供电公司总经理, 保电指挥部总指挥
鲁铁军|Person||长汀供电所所长
霍丽娜|Person||营销服务中心主任
于海波|Person||记者
宫晓琳|Person||通讯员
田野|Person||通讯员 (a name that is also a common word)
刘思琪|Person||责任编辑
""", R="""
@|reportedBy|于海波|记者|作者:记者 于海波
@|reportedBy|宫晓琳|通讯员|作者:记者 于海波
@|reportedBy|田野|通讯员|作者:记者 于海波
@|reportedBy|刘思琪|责任编辑|责任编辑:刘思琪
国网牡丹江供电公司|participatedIn|春节保电||一千多名员工的春节保电
国网牡丹江供电公司|subsidiaryOf|国网黑龙江省电力有限公司||国网黑龙江省电力有限公司所属的国网牡丹江供电公司
邢卫东|holdsPosition|国网牡丹江供电公司|总经理|由总经理邢卫东任总指挥
邢卫东|worksFor|国网牡丹江供电公司||由总经理邢卫东任总指挥
国网海林市供电公司长汀供电所|subsidiaryOf|国网海林市供电公司||国网海林市供电公司长汀供电所离雪乡最近
国网海林市供电公司长汀供电所|participatedIn|春节保电||国网海林市供电公司长汀供电所离雪乡最近
鲁铁军|holdsPosition|国网海林市供电公司长汀供电所|所长|所长鲁铁军告诉记者
鲁铁军|worksFor|国网海林市供电公司长汀供电所||所长鲁铁军告诉记者
光华社区|locatedIn|七星街道||七星街道的光华社区
七星街道|locatedIn|东安区||七星街道的光华社区
国网牡丹江供电公司营销服务中心|subsidiaryOf|国网牡丹江供电公司||七星街道的光华社区
国网牡丹江供电公司营销服务中心|servesCommunity|光华社区||七星街道的光华社区
霍丽娜|holdsPosition|国网牡丹江供电公司营销服务中心|主任|七星街道的光华社区
霍丽娜|worksFor|国网牡丹江供电公司营销服务中心||七星街道的光华社区
霍丽娜|servesCommunity|光华社区||七星街道的光华社区
邢卫东|participatedIn|春节保电视频调度会||在2月16日的春节保电视频调度会上
春节保电视频调度会|organizedBy|国网牡丹江供电公司办公室||会议由国网牡丹江供电公司办公室组织召开
国网牡丹江供电公司办公室|subsidiaryOf|国网牡丹江供电公司||会议由国网牡丹江供电公司办公室组织召开
国网牡丹江供电公司|participatedIn|元宵节保电||已转入元宵节保电阶段
""")

D(file='k05_biandianzhan.txt', published='2025-11-27', source='嘉兴日报', authors=['沈佳怡', '褚浩然'], E="""
２２０千伏凤栖变电站投运|Event||commissioning 2025-11-26 (substation itself is infrastructure)
国网浙江省电力有限公司嘉兴供电公司|Company|国网嘉兴供电公司|市公司
国网浙江省电力有限公司|Company||省公司
国网浙江省电力有限公司嘉兴供电公司调度控制中心|Company||中心
国网嘉兴供电公司建设部|Company||department
国网嘉善县供电公司|Company||县公司
国网嘉善县供电公司运维检修中心|Company||中心
国网嘉善县供电公司运维检修中心变电运维班|Company||班组
浙江天华电力建设有限公司|Company||construction company
浙江华汇工程监理有限公司|Company||supervision company
嘉善县发改局|Organization||
嘉兴日报|Organization||source outlet
浙江在线|Organization||outlet (page chrome)
嘉善县|Place||
姚庄镇|Place||
西塘镇|Place||
嘉兴|Place||
长三角生态绿色一体化发展示范区|Place||
姚俊峰|Person||建设部主任、项目总指挥
吴晓东|Person||变电运维班班长
汤明亮|Person||浙江天华项目经理
屠振华|Person||国网嘉兴供电公司副总经理
沈佳怡|Person||记者
褚浩然|Person||通讯员
戴晨|Person||责任编辑
""", R="""
@|reportedBy|沈佳怡|记者|记者：沈佳怡
@|reportedBy|褚浩然|通讯员|记者：沈佳怡
@|reportedBy|戴晨|责任编辑|责任编辑：戴晨
２２０千伏凤栖变电站投运|locatedIn|姚庄镇||位于嘉善县姚庄镇的
国网浙江省电力有限公司嘉兴供电公司|participatedIn|２２０千伏凤栖变电站投运||由国网嘉兴供电公司投资建设
浙江天华电力建设有限公司|participatedIn|２２０千伏凤栖变电站投运||土建和电气安装由浙江天华
浙江华汇工程监理有限公司|participatedIn|２２０千伏凤栖变电站投运||土建和电气安装由浙江天华
国网嘉兴供电公司建设部|subsidiaryOf|国网浙江省电力有限公司嘉兴供电公司||项目总指挥姚俊峰介绍
姚俊峰|holdsPosition|国网嘉兴供电公司建设部|主任|项目总指挥姚俊峰介绍
姚俊峰|worksFor|国网嘉兴供电公司建设部||项目总指挥姚俊峰介绍
国网嘉善县供电公司运维检修中心|subsidiaryOf|国网嘉善县供电公司||运维检修中心变电运维班派出
国网嘉善县供电公司运维检修中心变电运维班|subsidiaryOf|国网嘉善县供电公司运维检修中心||运维检修中心变电运维班派出
国网嘉善县供电公司运维检修中心变电运维班|participatedIn|２２０千伏凤栖变电站投运||运维检修中心变电运维班派出
吴晓东|holdsPosition|国网嘉善县供电公司运维检修中心变电运维班|班长|班长吴晓东说
吴晓东|worksFor|国网嘉善县供电公司运维检修中心变电运维班||班长吴晓东说
汤明亮|holdsPosition|浙江天华电力建设有限公司|项目经理|项目经理汤明亮
汤明亮|worksFor|浙江天华电力建设有限公司||项目经理汤明亮
屠振华|holdsPosition|国网浙江省电力有限公司嘉兴供电公司|副总经理|副总经理屠振华
屠振华|worksFor|国网浙江省电力有限公司嘉兴供电公司||副总经理屠振华
屠振华|participatedIn|２２０千伏凤栖变电站投运||副总经理屠振华
嘉善县发改局|participatedIn|２２０千伏凤栖变电站投运||嘉善县发改局的工作人员也到场见证
国网浙江省电力有限公司嘉兴供电公司|subsidiaryOf|国网浙江省电力有限公司||嘉兴供电公司调度控制中心编制
国网浙江省电力有限公司嘉兴供电公司调度控制中心|subsidiaryOf|国网浙江省电力有限公司嘉兴供电公司||嘉兴供电公司调度控制中心编制
""")
