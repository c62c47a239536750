SPEC = {}
SPEC['w12_school_quanzhou.txt'] = r'''
T 电力"红马甲"走进校园 为红领巾上好安全第一课
D null
S 泉州网
A 庄晓冬,蔡婉婷
E:Organization|泉州网||source outlet
E:Company|国网福建省电力有限公司||provincial company; parent in compound name, and awarding body of 先进集体 (no honoredBy: head not a Person)
E:Company|国网福建省电力有限公司晋江市供电公司|晋江供电公司|county-level company; 简称 晋江供电公司; 公司
E:Company|青阳供电所||供电所 of 晋江供电公司; 各基层供电所
E:Organization|晋江市第三实验小学|学校|primary school
E:Organization|晋江市教育局||co-organiser
E:Person|施雅琴||服务队队员, 青阳供电所营销班班长
E:Person|蔡文良||晋江供电公司党委副书记、工会主席
E:Person|洪丽萍||晋江市第三实验小学校长
E:Person|陈诗琪||学校大队辅导员
E:Person|庄晓冬||记者
E:Person|蔡婉婷||通讯员 (文/图)
E:Person|李靖||编辑
E:Place|晋江市||
E:Community|青阳街道||in 晋江市
E:Community|梅岭社区||in 青阳街道
E:Event|"安全用电进校园"活动||autumn term 2026, 晋江供电公司 + 晋江市教育局
E:Event|安全用电课||9月2日 (year not stated), first stop of the campaign, at the school
@|reportedBy|庄晓冬|记者|记者 庄晓冬
@|reportedBy|蔡婉婷|通讯员|记者 庄晓冬
@|reportedBy|李靖|编辑|编辑:李靖
晋江市第三实验小学|locatedIn|青阳街道||一堂别开生面的安全用电课
青阳街道|locatedIn|晋江市||一堂别开生面的安全用电课
安全用电课|locatedIn|青阳街道|9月2日|一堂别开生面的安全用电课
晋江市第三实验小学|participatedIn|安全用电课|9月2日|一堂别开生面的安全用电课
晋江供电公司|subsidiaryOf|国网福建省电力有限公司||授课的是国网福建省电力有限公司
青阳供电所|subsidiaryOf|晋江供电公司||授课的是国网福建省电力有限公司
青阳供电所|participatedIn|安全用电课|9月2日|授课的是国网福建省电力有限公司
施雅琴|worksFor|青阳供电所||青阳供电所营销班班长施雅琴
施雅琴|holdsPosition|青阳供电所|营销班班长|青阳供电所营销班班长施雅琴
施雅琴|participatedIn|安全用电课|9月2日|青阳供电所营销班班长施雅琴
"安全用电进校园"活动|organizedBy|晋江供电公司||这堂课是晋江供电公司与晋江市教育局联合开展
"安全用电进校园"活动|organizedBy|晋江市教育局||这堂课是晋江供电公司与晋江市教育局联合开展
晋江供电公司|participatedIn|"安全用电进校园"活动||这堂课是晋江供电公司与晋江市教育局联合开展
晋江市教育局|participatedIn|"安全用电进校园"活动||这堂课是晋江供电公司与晋江市教育局联合开展
蔡文良|worksFor|晋江供电公司||工会主席蔡文良
蔡文良|holdsPosition|晋江供电公司|党委副书记|工会主席蔡文良
蔡文良|holdsPosition|晋江供电公司|工会主席|工会主席蔡文良
洪丽萍|worksFor|晋江市第三实验小学||校长洪丽萍
洪丽萍|holdsPosition|晋江市第三实验小学|校长|校长洪丽萍
晋江市第三实验小学|locatedIn|梅岭社区||校长洪丽萍
梅岭社区|locatedIn|青阳街道||校长洪丽萍
陈诗琪|worksFor|晋江市第三实验小学||学校大队辅导员陈诗琪
陈诗琪|holdsPosition|晋江市第三实验小学|大队辅导员|学校大队辅导员陈诗琪
青阳供电所|servesCommunity|梅岭社区||长期挂点梅岭社区
'''
SPEC['w13_skills_zhejiang.txt'] = r'''
T 比武场上见真章 浙江省电力行业配电线路工技能竞赛落幕
D 2026-11-12
S 浙江在线
A 潘晓亮,叶倩
E:Organization|浙江在线||source outlet
E:Organization|浙江省总工会||co-host; awards 浙江金蓝领
E:Organization|浙江省人力资源和社会保障厅||co-host; awards 浙江省技术能手
E:Organization|浙江省电力行业协会专家委员会||
E:Company|国网浙江省电力有限公司||承办; 公司
E:Company|国网金华供电公司|金华供电公司|city company; 该公司
E:Company|金华供电公司配电运检中心||centre of 金华供电公司
E:Company|国网台州供电公司|台州供电公司|city company
E:Company|国网湖州供电公司||city company
E:Person|楼俊杰||带电作业班副班长, individual winner
E:Person|童国庆||技能专家 of 金华供电公司, leads training team
E:Person|吕承志||国网浙江省电力有限公司副总经理、工会主席
E:Person|高文斌||裁判长; 浙江省电力行业协会专家委员会委员
E:Person|潘晓亮||记者
E:Person|叶倩||通讯员
E:Person|应晓燕||责任编辑
E:Place|金华市||
E:Place|婺城区||
E:Event|2026年浙江省电力行业职业技能竞赛配电线路工决赛|浙江省电力行业配电线路工技能竞赛|final ended 2026-11-10 in 婺城区
@|reportedBy|潘晓亮|记者|记者 潘晓亮
@|reportedBy|叶倩|通讯员|记者 潘晓亮
@|reportedBy|应晓燕|责任编辑|责任编辑:应晓燕
2026年浙江省电力行业职业技能竞赛配电线路工决赛|organizedBy|浙江省总工会|2026-11-10|联合主办
2026年浙江省电力行业职业技能竞赛配电线路工决赛|organizedBy|浙江省人力资源和社会保障厅|2026-11-10|联合主办
2026年浙江省电力行业职业技能竞赛配电线路工决赛|organizedBy|国网浙江省电力有限公司|2026-11-10|联合主办
国网浙江省电力有限公司|participatedIn|2026年浙江省电力行业职业技能竞赛配电线路工决赛|2026-11-10|联合主办
2026年浙江省电力行业职业技能竞赛配电线路工决赛|locatedIn|婺城区|2026-11-10|联合主办
国网金华供电公司|participatedIn|2026年浙江省电力行业职业技能竞赛配电线路工决赛||国网金华供电公司代表队获得团体一等奖
国网台州供电公司|participatedIn|2026年浙江省电力行业职业技能竞赛配电线路工决赛||国网金华供电公司代表队获得团体一等奖
国网湖州供电公司|participatedIn|2026年浙江省电力行业职业技能竞赛配电线路工决赛||国网金华供电公司代表队获得团体一等奖
楼俊杰|worksFor|金华供电公司配电运检中心||楼俊杰夺得第一名
楼俊杰|holdsPosition|金华供电公司配电运检中心|带电作业班副班长|楼俊杰夺得第一名
楼俊杰|participatedIn|2026年浙江省电力行业职业技能竞赛配电线路工决赛||楼俊杰夺得第一名
金华供电公司配电运检中心|subsidiaryOf|国网金华供电公司||楼俊杰夺得第一名
国网金华供电公司|subsidiaryOf|国网浙江省电力有限公司||所属的地市级供电企业
童国庆|worksFor|国网金华供电公司||所属的地市级供电企业
童国庆|holdsPosition|国网金华供电公司|技能专家|所属的地市级供电企业
吕承志|worksFor|国网浙江省电力有限公司||吕承志出席闭幕式
吕承志|holdsPosition|国网浙江省电力有限公司|副总经理|吕承志出席闭幕式
吕承志|holdsPosition|国网浙江省电力有限公司|工会主席|吕承志出席闭幕式
吕承志|participatedIn|2026年浙江省电力行业职业技能竞赛配电线路工决赛|2026-11-10|吕承志出席闭幕式
高文斌|worksFor|浙江省电力行业协会专家委员会||高文斌担任
高文斌|holdsPosition|浙江省电力行业协会专家委员会|委员|高文斌担任
高文斌|participatedIn|2026年浙江省电力行业职业技能竞赛配电线路工决赛||高文斌担任
~E:Organization|"电小二"服务队|电小二|named team of 国网台州供电公司
~E:Organization|共青团浙江省委||awarding body (浙江省青年文明号 to the team: no honoredBy)
~E:Person|林佳豪||队长 of "电小二"服务队
~林佳豪|worksFor|"电小二"服务队||队长林佳豪
~林佳豪|holdsPosition|"电小二"服务队|队长|队长林佳豪
'''
SPEC['w14_honours_shanghai.txt'] = r'''
T 喜报!公司多个集体和个人获市级荣誉
D 2026-04-30
S 上海城投水务(集团)有限公司党委宣传部
A 沈晓婕
E:Organization|上海国资||site (crumb)
E:Organization|上海城投水务(集团)有限公司党委宣传部||source (party publicity department)
E:Organization|上海市总工会||awarding body (五一劳动奖, 工人先锋号)
E:Organization|上海市妇女联合会||awarding body (三八红旗手)
E:Organization|共青团上海市委||awarding body (青年文明号)
E:Company|上海城投(集团)有限公司||parent (控股)
E:Company|上海城投水务(集团)有限公司||water group; 集团; 公司
E:Company|上海市自来水市北有限公司|市北公司|集团所属
E:Company|上海市自来水市北有限公司杨树浦水厂|杨树浦水厂|water plant; its 运行班 honoured (no honoredBy: not a Person)
E:Company|上海城投污水处理有限公司||sewage company
E:Company|上海城投污水处理有限公司白龙港污水处理厂|白龙港污水处理厂|plant; 该厂
E:Company|市北公司客户服务中心||centre of 市北公司; its 热线班 honoured
E:Person|殷国平||杨树浦水厂运行班班组长
E:Person|唐晓燕||白龙港污水处理厂工艺主管、高级工程师
E:Person|丁倩倩||热线班班长
E:Person|罗振华||集团党委书记、董事长
E:Person|沈晓婕||文
E:Person|陆华||摄影
E:Person|陈一鸣||编辑
E:Place|杨浦区||
E:Community|定海路街道||in 杨浦区
@|reportedBy|沈晓婕|作者|文:沈晓婕
@|reportedBy|陆华|摄影|文:沈晓婕
@|reportedBy|陈一鸣|编辑|编辑:陈一鸣
上海市自来水市北有限公司|subsidiaryOf|上海城投水务(集团)有限公司||集团所属上海市自来水市北有限公司
上海市自来水市北有限公司杨树浦水厂|subsidiaryOf|上海市自来水市北有限公司||集团所属上海市自来水市北有限公司
殷国平|worksFor|杨树浦水厂||班组长殷国平
殷国平|holdsPosition|杨树浦水厂|运行班班组长|班组长殷国平
上海城投污水处理有限公司白龙港污水处理厂|subsidiaryOf|上海城投污水处理有限公司||唐晓燕荣获
上海城投污水处理有限公司|subsidiaryOf|上海城投水务(集团)有限公司||唐晓燕荣获
唐晓燕|worksFor|白龙港污水处理厂||唐晓燕荣获
唐晓燕|holdsPosition|白龙港污水处理厂|工艺主管|唐晓燕荣获
唐晓燕|holdsPosition|白龙港污水处理厂|高级工程师|唐晓燕荣获
唐晓燕|honoredBy|上海市总工会|上海市五一劳动奖章|唐晓燕荣获
唐晓燕|honoredBy|上海市妇女联合会|上海市三八红旗手|唐晓燕还曾被上海市妇女联合会
市北公司客户服务中心|subsidiaryOf|上海市自来水市北有限公司||市北公司客户服务中心热线班
丁倩倩|worksFor|市北公司客户服务中心||班长丁倩倩说
丁倩倩|holdsPosition|市北公司客户服务中心|热线班班长|班长丁倩倩说
定海路街道|locatedIn|杨浦区||班长丁倩倩说
罗振华|worksFor|上海城投水务(集团)有限公司||罗振华表示
罗振华|holdsPosition|上海城投水务(集团)有限公司|党委书记|罗振华表示
罗振华|holdsPosition|上海城投水务(集团)有限公司|董事长|罗振华表示
上海城投水务(集团)有限公司|subsidiaryOf|上海城投(集团)有限公司||的控股子公司
'''
SPEC['w15_village_linyi.txt'] = r'''
T 驻村第一书记的"电力账本":一条线路带富一个村
D 2026-07-22
S 大众网
A 高振宇,李恒,颜雪
E:Organization|大众网||source outlet
E:Company|国网山东省电力公司||only as prefix of the Linyi company's full name
E:Company|国网山东省电力公司临沂供电公司|临沂供电公司|city company; 该公司
E:Company|党建部||department of 临沂供电公司 (该公司党建部)
E:Company|国网费县供电公司|费县供电公司|county company
E:Company|费县供电公司薛庄供电所|薛庄供电所|供电所 of 费县供电公司
E:Organization|东岭村党支部||village party branch
E:Organization|临沂供电公司机关第三党支部||party branch
E:Organization|薛庄镇党委|费县薛庄镇党委|town party committee
E:Organization|临沂市委组织部||awarding body (过硬党支部示范村 to the village: no honoredBy)
E:Person|颜国栋||第一书记 (驻东岭村), 临沂供电公司党建部副主任; 老颜 once
E:Person|王成林||薛庄供电所所长
E:Person|杜长海||东岭村党支部书记、村委会主任
E:Person|刘雅楠||工作队员
E:Person|高振宇||记者
E:Person|李恒||通讯员
E:Person|颜雪||通讯员
E:Person|孔繁星||责任编辑
E:Place|费县||
E:Place|薛庄镇||
E:Place|平邑||
E:Place|沂南县|沂南|沂南县 only in the teaser
E:Community|东岭村||village in 薛庄镇
E:Event|"山楂丰收节"直播带货活动||2025/26, in 东岭村
@|reportedBy|高振宇|记者|记者 高振宇
@|reportedBy|李恒|通讯员|记者 高振宇
@|reportedBy|颜雪|通讯员|记者 高振宇
@|reportedBy|孔繁星|责任编辑|责任编辑:孔繁星
东岭村|locatedIn|薛庄镇||就到了薛庄镇的东岭村
临沂供电公司|subsidiaryOf|国网山东省电力公司||选派的驻村工作队就驻扎在这里
临沂供电公司|servesCommunity|东岭村||选派的驻村工作队就驻扎在这里
颜国栋|worksFor|党建部||选派的驻村工作队就驻扎在这里
颜国栋|holdsPosition|党建部|副主任|选派的驻村工作队就驻扎在这里
颜国栋|holdsPosition|临沂供电公司|第一书记|选派的驻村工作队就驻扎在这里
颜国栋|servesCommunity|东岭村||选派的驻村工作队就驻扎在这里
党建部|subsidiaryOf|临沂供电公司||选派的驻村工作队就驻扎在这里
国网费县供电公司|servesCommunity|东岭村||协调国网费县供电公司对村里的台区进行改造
薛庄供电所|subsidiaryOf|国网费县供电公司||薛庄供电所所长王成林
薛庄供电所|servesCommunity|东岭村||薛庄供电所所长王成林
王成林|worksFor|薛庄供电所||薛庄供电所所长王成林
王成林|holdsPosition|薛庄供电所|所长|薛庄供电所所长王成林
王成林|servesCommunity|东岭村||薛庄供电所所长王成林
杜长海|worksFor|东岭村党支部||杜长海说
杜长海|holdsPosition|东岭村党支部|党支部书记|杜长海说
颜国栋|participatedIn|"山楂丰收节"直播带货活动||颜国栋还牵头与临沂供电公司机关第三党支部
临沂供电公司机关第三党支部|participatedIn|"山楂丰收节"直播带货活动||颜国栋还牵头与临沂供电公司机关第三党支部
薛庄镇党委|participatedIn|"山楂丰收节"直播带货活动||颜国栋还牵头与临沂供电公司机关第三党支部
临沂供电公司|participatedIn|"山楂丰收节"直播带货活动||颜国栋还牵头与临沂供电公司机关第三党支部
刘雅楠|worksFor|临沂供电公司||工作队员刘雅楠介绍
刘雅楠|holdsPosition|临沂供电公司|工作队员|工作队员刘雅楠介绍
~E:Event|"迎峰度夏"保供电专项行动|迎峰度夏保供电专项行动|2026-07-01
~E:Person|张启明||临沂供电公司总经理
~"迎峰度夏"保供电专项行动|organizedBy|临沂供电公司|2026-07-01|临沂供电公司启动迎峰度夏
~临沂供电公司|participatedIn|"迎峰度夏"保供电专项行动|2026-07-01|临沂供电公司启动迎峰度夏
~张启明|worksFor|临沂供电公司||临沂供电公司启动迎峰度夏
~张启明|holdsPosition|临沂供电公司|总经理|临沂供电公司启动迎峰度夏
~"迎峰度夏"保供电专项行动|locatedIn|沂南县|2026-07-01|临沂供电公司启动迎峰度夏
~张启明|participatedIn|"迎峰度夏"保供电专项行动|2026-07-01|临沂供电公司启动迎峰度夏
'''
