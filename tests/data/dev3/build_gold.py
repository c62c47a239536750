"""Build gold.json from the compact spec below.
Entity line:   T|name|alias,alias|note        T: C Company, P Person, M Community, E Event, L Place, O Organization
Relation line: head|relation|tail|qualifier|fragment   (head @ = this file; fragment locates the evidence sentence
               in the normalized text; the whole sentence becomes the evidence)
A leading ! marks a related-teaser entity/relation.  holdsPosition also yields worksFor (same evidence)."""
import json, sys
from norm import normalized, sentences
TYPES = dict(C='Company', P='Person', M='Community', E='Event', L='Place', O='Organization')
SPEC = {}

SPEC['e01_jilin_winter_peak.txt'] = ('2026-01-14', '中国能源报道网', ['朴顺姬', '韩立东'], '''
C|国网吉林省电力有限公司延边供电公司|延边供电|市级供电公司
C|国网吉林省电力有限公司|吉林供电|省公司; 吉林供电 only in the teaser headline
C|国网和龙市供电公司|和龙市供电公司|县级
C|和龙市供电公司八家子供电所|八家子供电所|
C|国网珲春市供电公司|珲春市供电公司|县级
C|珲春市供电公司运检部||department
!C|国网白山供电公司|白山公司|
P|朴顺姬||通讯员
P|韩立东||记者
P|崔永浩||总经理
P|金明哲||党委书记
P|许光哲||所长
P|李春花||草坪村党支部书记
P|朴成龙||运检部副主任, 服务队队长; 老朴 refers to him (not an alias)
P|赵国庆||延边州能源局副局长
P|孙雪||责任编辑
!P|高振宇||国网白山供电公司总经理
O|中国能源报道网||source
O|草坪村党支部||
O|延边州能源局||
M|草坪村||
L|吉林||
L|延边朝鲜族自治州|延边州|
L|和龙市||
L|八家子镇||
L|珲春市||
L|春化镇||
!L|抚松县||
E|迎峰度冬保供电专项行动||2026-01
E|度冬保供电推进会||2026-01-09
!E|农网改造升级工程验收||2025-12-28
@|reportedBy|朴顺姬|通讯员|作者:通讯员 朴顺姬
@|reportedBy|韩立东|记者|作者:通讯员 朴顺姬
@|reportedBy|孙雪|责任编辑|(责任编辑:孙雪)
国网吉林省电力有限公司延边供电公司|subsidiaryOf|国网吉林省电力有限公司||国网吉林省电力有限公司延边供电公司(以下简称
迎峰度冬保供电专项行动|organizedBy|国网吉林省电力有限公司延边供电公司||提前启动迎峰度冬保供电专项行动
度冬保供电推进会|organizedBy|国网吉林省电力有限公司延边供电公司|2026-01-09|该公司召开度冬保供电推进会
崔永浩|holdsPosition|国网吉林省电力有限公司延边供电公司|总经理|总经理崔永浩
金明哲|holdsPosition|国网吉林省电力有限公司延边供电公司|党委书记|总经理崔永浩
崔永浩|participatedIn|度冬保供电推进会||总经理崔永浩
金明哲|participatedIn|度冬保供电推进会||总经理崔永浩
国网和龙市供电公司|subsidiaryOf|国网吉林省电力有限公司延边供电公司||延边供电旗下的国网和龙市供电公司
国网和龙市供电公司|locatedIn|和龙市||延边供电旗下的国网和龙市供电公司
和龙市供电公司八家子供电所|subsidiaryOf|国网和龙市供电公司||八家子供电所所长许光哲
许光哲|holdsPosition|和龙市供电公司八家子供电所|所长|八家子供电所所长许光哲
国网珲春市供电公司|subsidiaryOf|国网吉林省电力有限公司延边供电公司||延边供电所属的国网珲春市供电公司
国网珲春市供电公司|servesCommunity|草坪村||延边供电所属的国网珲春市供电公司
草坪村|locatedIn|春化镇||对春化镇草坪村
李春花|holdsPosition|草坪村党支部|党支部书记|草坪村党支部书记李春花
珲春市供电公司运检部|subsidiaryOf|国网珲春市供电公司||运检部副主任朴成龙
朴成龙|holdsPosition|珲春市供电公司运检部|副主任|运检部副主任朴成龙
朴成龙|servesCommunity|草坪村||每周至少走访一次
赵国庆|holdsPosition|延边州能源局|副局长|副局长赵国庆
!高振宇|holdsPosition|国网白山供电公司|总经理|总经理高振宇
!高振宇|participatedIn|农网改造升级工程验收||总经理高振宇
!国网白山供电公司|participatedIn|农网改造升级工程验收||白山公司完成农网改造升级工程验收
!农网改造升级工程验收|locatedIn|抚松县||总经理高振宇
''')

SPEC['e02_ningxia_water.txt'] = ('2026-03-18', '宁夏新闻网', ['马晓燕', '杨帆'], '''
C|宁夏银川水务集团有限公司|银川水务集团,银川水务,水务集团|
C|宁夏银川水务集团有限公司供水服务分公司|供水服务分公司|
C|管网运维分公司||
C|水质检测中心||
O|供水服务分公司党支部||
O|阳光花园社区党委||
O|宁夏新闻网||source
P|马晓燕||记者
P|杨帆||通讯员
P|丁文斌||客户经理
P|周建宏||党委书记、董事长
P|苏振海||管网运维分公司经理
P|马兰芳||社区党委书记
P|李婷||编辑
P|何志刚||责任编辑
M|丽景街街道||
M|阳光花园小区||
M|阳光花园社区||
L|兴庆区||
L|金凤区||
E|"清水进万家"开放日活动|清水进万家|2026-03-22 (planned)
@|reportedBy|马晓燕|记者|记者 马晓燕 通讯员 杨帆
@|reportedBy|杨帆|通讯员|记者 马晓燕 通讯员 杨帆
@|reportedBy|李婷|编辑|【编辑:李婷】
@|reportedBy|何志刚|责任编辑|【编辑:李婷】
宁夏银川水务集团有限公司供水服务分公司|subsidiaryOf|宁夏银川水务集团有限公司||客户经理丁文斌
丁文斌|holdsPosition|宁夏银川水务集团有限公司供水服务分公司|客户经理|客户经理丁文斌
丁文斌|servesCommunity|阳光花园小区||客户经理丁文斌
阳光花园小区|locatedIn|丽景街街道||客户经理丁文斌
丽景街街道|locatedIn|兴庆区||客户经理丁文斌
周建宏|holdsPosition|宁夏银川水务集团有限公司|党委书记|董事长周建宏
周建宏|holdsPosition|宁夏银川水务集团有限公司|董事长|董事长周建宏
管网运维分公司|subsidiaryOf|宁夏银川水务集团有限公司||集团下属的供水服务分公司
水质检测中心|subsidiaryOf|宁夏银川水务集团有限公司||集团下属的供水服务分公司
苏振海|holdsPosition|管网运维分公司|经理|经理苏振海
宁夏银川水务集团有限公司|servesCommunity|丽景街街道||开展党建联建
供水服务分公司党支部|servesCommunity|阳光花园社区||开展党建联建
马兰芳|holdsPosition|阳光花园社区党委|党委书记|社区党委书记马兰芳
"清水进万家"开放日活动|organizedBy|宁夏银川水务集团有限公司|2026-03-22|开放日活动
宁夏银川水务集团有限公司|servesCommunity|阳光花园社区||开放日活动
''')

SPEC['e03_xinjiang_gas.txt'] = ('2025-12-09', '天山网', ['阿依古丽·买买提', '丁海涛'], '''
C|新疆天润燃气集团有限公司|天润燃气集团|
C|乌鲁木齐天润燃气有限公司|乌鲁木齐天润燃气|
C|乌鲁木齐天润燃气客服中心||
C|昌吉天润能源公司||
O|天山网||source
O|乌鲁木齐市城市管理局||
P|阿依古丽·买买提||作者
P|丁海涛||作者
P|热合曼·吐尔逊||安检员
P|刘建军||副总经理, 分管客户服务
P|古丽娜尔·阿不都||和平里社区网格员
P|王志成||调度中心主任
P|巴哈尔古丽||责任编辑
M|燕儿窝街道||
M|和平里社区||
L|乌鲁木齐市|乌鲁木齐|
L|天山区||
E|冬季保供"百日攻坚"行动|百日攻坚|winter 2025
E|燃气泄漏应急演练||2025-11-28
@|reportedBy|阿依古丽·买买提|作者|作者:阿依古丽
@|reportedBy|丁海涛|作者|作者:阿依古丽
@|reportedBy|巴哈尔古丽|责任编辑|(责任编辑:巴哈尔古丽)
乌鲁木齐天润燃气有限公司|subsidiaryOf|新疆天润燃气集团有限公司||旗下的乌鲁木齐天润燃气有限公司
冬季保供"百日攻坚"行动|organizedBy|乌鲁木齐天润燃气有限公司||旗下的乌鲁木齐天润燃气有限公司
乌鲁木齐天润燃气客服中心|subsidiaryOf|乌鲁木齐天润燃气有限公司||安检员热合曼
热合曼·吐尔逊|holdsPosition|乌鲁木齐天润燃气客服中心|安检员|安检员热合曼
热合曼·吐尔逊|servesCommunity|和平里社区||安检员热合曼
和平里社区|locatedIn|燕儿窝街道||安检员热合曼
燕儿窝街道|locatedIn|天山区||安检员热合曼
乌鲁木齐天润燃气有限公司|servesCommunity|和平里社区||燃气服务联系点
刘建军|holdsPosition|乌鲁木齐天润燃气有限公司|副总经理|分管客户服务的刘建军
古丽娜尔·阿不都|servesCommunity|和平里社区||网格员古丽娜尔
昌吉天润能源公司|subsidiaryOf|新疆天润燃气集团有限公司||所属的昌吉天润能源公司
王志成|holdsPosition|昌吉天润能源公司|调度中心主任|调度中心主任王志成
燃气泄漏应急演练|organizedBy|乌鲁木齐市城市管理局|2025-11-28|燃气泄漏应急演练
燃气泄漏应急演练|locatedIn|天山区||燃气泄漏应急演练
乌鲁木齐天润燃气有限公司|participatedIn|燃气泄漏应急演练||派出抢险队伍参加
''')

SPEC['e04_xizang_rural_grid.txt'] = ('2026-05-20', '国家电网报', ['次仁卓玛', '王海鹏', '格桑'], '''
C|国网西藏电力有限公司日喀则供电公司|日喀则供电公司|
C|国网西藏电力有限公司|国网西藏电力|
C|西藏藏源电力建设有限公司||施工单位
C|定日县供电公司||
!C|国网山南供电公司|山南供电公司|
O|国家电网报||source
O|日喀则市委组织部||
P|次仁卓玛||记者
P|王海鹏||通讯员
P|格桑||通讯员
P|罗布次仁||项目经理
P|陈晓东||党委书记、总经理
P|扎西顿珠||定日县供电公司员工, 驻村工作队队员
P|杨旭||第一书记, 驻村工作队队长
P|刘冬梅||责任编辑
M|曲宗村||
L|萨迦县||
L|定日县||
L|吉定镇||
L|岗嘎镇||
!L|乃东区||
E|农网巩固提升工程||2026-05
E|现场督导||2026-05-12
!E|配网带电作业技能竞赛|2026年度配网带电作业技能竞赛|2026-05-15
@|reportedBy|次仁卓玛|记者|记者 次仁卓玛
@|reportedBy|王海鹏|通讯员|记者 次仁卓玛
@|reportedBy|格桑|通讯员|记者 次仁卓玛
@|reportedBy|刘冬梅|责任编辑|【责任编辑 刘冬梅】
国网西藏电力有限公司日喀则供电公司|subsidiaryOf|国网西藏电力有限公司||集中推进农网巩固提升工程
农网巩固提升工程|organizedBy|国网西藏电力有限公司日喀则供电公司||集中推进农网巩固提升工程
农网巩固提升工程|locatedIn|萨迦县||集中推进农网巩固提升工程
农网巩固提升工程|locatedIn|定日县||集中推进农网巩固提升工程
西藏藏源电力建设有限公司|participatedIn|农网巩固提升工程||承担施工任务
罗布次仁|holdsPosition|西藏藏源电力建设有限公司|项目经理|项目经理罗布次仁
陈晓东|holdsPosition|国网西藏电力有限公司日喀则供电公司|党委书记|总经理陈晓东
陈晓东|holdsPosition|国网西藏电力有限公司日喀则供电公司|总经理|总经理陈晓东
陈晓东|participatedIn|现场督导||总经理陈晓东
定日县供电公司|subsidiaryOf|国网西藏电力有限公司日喀则供电公司||下属的县级供电企业
扎西顿珠|holdsPosition|定日县供电公司|员工|该公司员工扎西顿珠
扎西顿珠|servesCommunity|曲宗村||该公司员工扎西顿珠
曲宗村|locatedIn|岗嘎镇||该公司员工扎西顿珠
国网西藏电力有限公司日喀则供电公司|servesCommunity|曲宗村||曲宗村驻村工作队由日喀则供电公司选派
杨旭|holdsPosition|国网西藏电力有限公司日喀则供电公司|第一书记|曲宗村驻村工作队由日喀则供电公司选派
杨旭|servesCommunity|曲宗村||曲宗村驻村工作队由日喀则供电公司选派
国网西藏电力有限公司日喀则供电公司|servesCommunity|曲宗村||结对帮扶
杨旭|honoredBy|日喀则市委组织部|优秀驻村工作队队长|杨旭被日喀则市委组织部评为
!配网带电作业技能竞赛|organizedBy|国网山南供电公司|2026-05-15|国网山南供电公司在乃东区
!配网带电作业技能竞赛|locatedIn|乃东区||国网山南供电公司在乃东区
''')

SPEC['e05_jiangxi_antifraud.txt'] = ('2026-04-08', '大江网', ['钟晓琴'], '''
C|中国电信股份有限公司赣州分公司|中国电信赣州分公司,电信赣州分公司,赣州分公司,赣州电信|
C|中国电信股份有限公司||
C|章贡区营业部||
O|大江网||source
O|赣州市公安局章贡分局|章贡分局|
O|章贡分局反诈中心||
O|国家反诈中心||only in 国家反诈中心APP
O|"小蓝马甲"志愿服务队|小蓝马甲|named volunteer team
O|濂溪社区党委||
O|共青团赣州市委||
P|钟晓琴||作者
P|曾志远||民警
P|温丽萍||党委副书记、工会主席
P|刘海燕||营业部主任, 服务队队长, 兼职网格员
P|黄建国||濂溪社区党委书记
P|邹亮||责任编辑
M|南外街道||
M|濂溪社区||
L|章贡区||
E|"反诈进社区"专项活动|反诈进社区|2026-04-07
@|reportedBy|钟晓琴|作者|作者:钟晓琴
@|reportedBy|邹亮|责任编辑|责任编辑:邹亮
中国电信股份有限公司赣州分公司|subsidiaryOf|中国电信股份有限公司||中国电信股份有限公司赣州分公司的志愿者们
中国电信股份有限公司赣州分公司|servesCommunity|濂溪社区||中国电信股份有限公司赣州分公司的志愿者们
濂溪社区|locatedIn|南外街道||中国电信股份有限公司赣州分公司的志愿者们
南外街道|locatedIn|章贡区||中国电信股份有限公司赣州分公司的志愿者们
"反诈进社区"专项活动|organizedBy|赣州市公安局章贡分局|2026-04-07|专项活动由赣州市公安局
"反诈进社区"专项活动|organizedBy|中国电信股份有限公司赣州分公司|2026-04-07|专项活动由赣州市公安局
章贡区营业部|subsidiaryOf|中国电信股份有限公司赣州分公司||下属的章贡区营业部
章贡区营业部|participatedIn|"反诈进社区"专项活动||下属的章贡区营业部
曾志远|holdsPosition|章贡分局反诈中心|民警|民警曾志远
曾志远|participatedIn|"反诈进社区"专项活动||民警曾志远
温丽萍|holdsPosition|中国电信股份有限公司赣州分公司|党委副书记|工会主席温丽萍
温丽萍|holdsPosition|中国电信股份有限公司赣州分公司|工会主席|工会主席温丽萍
中国电信股份有限公司赣州分公司|servesCommunity|濂溪社区||工会主席温丽萍
"小蓝马甲"志愿服务队|servesCommunity|濂溪社区||工会主席温丽萍
刘海燕|holdsPosition|章贡区营业部|主任|营业部主任刘海燕
刘海燕|holdsPosition|"小蓝马甲"志愿服务队|队长|营业部主任刘海燕
刘海燕|servesCommunity|濂溪社区|网格员|营业部主任刘海燕
黄建国|holdsPosition|濂溪社区党委|党委书记|濂溪社区党委书记黄建国
''')

SPEC['e06_fujian_bank.txt'] = ('2026-05-21', '东南网', ['林雅婷', '陈志鸿'], '''
C|中国农业银行股份有限公司泉州分行|农行泉州分行|
C|中国农业银行股份有限公司||
C|农行丰泽支行|丰泽支行|
O|东南网||source
O|泉州市中心血站||
O|泉州市红十字会||
O|东湖社区党委||
P|林雅婷||通讯员
P|陈志鸿||记者
P|蔡文彬||党委书记、行长; 蔡行长 is the same person (not an alias)
P|吴思琪||丰泽支行青年员工
P|洪志强||丰泽支行行长助理
P|郭美玲||东湖社区党委书记
P|许冰冰||编辑
M|东海街道||
M|东湖社区||
L|丰泽区||
E|"热血农行 爱心传递"无偿献血活动|热血农行 爱心传递|2026-05-20
E|"金融知识进万家"宣传|金融知识进万家|2026-05-20
@|reportedBy|林雅婷|通讯员|通讯员 林雅婷
@|reportedBy|陈志鸿|记者|通讯员 林雅婷
@|reportedBy|许冰冰|编辑|(编辑:许冰冰)
中国农业银行股份有限公司泉州分行|subsidiaryOf|中国农业银行股份有限公司||组织开展"热血农行
"热血农行 爱心传递"无偿献血活动|organizedBy|中国农业银行股份有限公司泉州分行|2026-05-20|组织开展"热血农行
"热血农行 爱心传递"无偿献血活动|locatedIn|丰泽区||采血点举行
东海街道|locatedIn|丰泽区||采血点举行
泉州市中心血站|participatedIn|"热血农行 爱心传递"无偿献血活动||采血点举行
蔡文彬|holdsPosition|中国农业银行股份有限公司泉州分行|党委书记|行长蔡文彬
蔡文彬|holdsPosition|中国农业银行股份有限公司泉州分行|行长|行长蔡文彬
蔡文彬|participatedIn|"热血农行 爱心传递"无偿献血活动||行长蔡文彬
吴思琪|holdsPosition|农行丰泽支行|员工|青年员工吴思琪
吴思琪|participatedIn|"热血农行 爱心传递"无偿献血活动||青年员工吴思琪
吴思琪|honoredBy|泉州市红十字会|无偿献血奉献奖银奖|泉州市红十字会授予
农行丰泽支行|subsidiaryOf|中国农业银行股份有限公司泉州分行||所属丰泽支行
"金融知识进万家"宣传|organizedBy|农行丰泽支行|2026-05-20|所属丰泽支行
农行丰泽支行|servesCommunity|东湖社区||所属丰泽支行
东湖社区|locatedIn|东海街道||所属丰泽支行
洪志强|holdsPosition|农行丰泽支行|行长助理|行长助理洪志强
洪志强|participatedIn|"金融知识进万家"宣传||行长助理洪志强
洪志强|servesCommunity|东湖社区||行长助理洪志强
农行丰泽支行|servesCommunity|东湖社区||共建单位
郭美玲|holdsPosition|东湖社区党委|党委书记|党委书记郭美玲
''')

SPEC['e07_guizhou_icestorm.txt'] = ('2026-01-26', '天眼新闻', ['龙晓雪', '罗成', '肖娅'], '''
C|贵州电网有限责任公司毕节供电局|毕节供电局|
C|贵州电网有限责任公司|贵州电网公司,贵州电网|
C|南方电网||only as prefix of 南方电网贵州电网公司
C|毕节供电局输电管理所|输电管理所|
C|毕节赫章供电局|赫章供电局|
C|威宁供电局||
C|纳雍供电局||
!C|贵州电网六盘水供电局|六盘水供电局|
O|天眼新闻|贵州日报天眼新闻|source
O|海雀村党支部||
P|龙晓雪||记者
P|罗成||通讯员
P|肖娅||通讯员
P|陈志刚||输电管理所所长
P|王德文||赫章供电局局长
P|杨忠明||海雀村党支部书记
P|潘立群||贵州电网公司总经理助理
P|李俊峰||驻新米村第一书记
P|赵琳||责任编辑
!P|韦光荣||六盘水供电局副局长, 演练总指挥
M|海雀村||
M|新米村||
L|贵州||
L|毕节市|毕节|
L|威宁县|威宁|
L|赫章县|赫章|
L|雪山镇||
L|石门乡||
!L|钟山区||
E|凝冻天气||from 2026-01-23
E|抗冰保供电||2026-01
E|抗冰保供电现场调度会||2026-01-24
!E|迎峰度冬大面积停电应急演练||2026-01-10
@|reportedBy|龙晓雪|记者|记者 龙晓雪
@|reportedBy|罗成|通讯员|记者 龙晓雪
@|reportedBy|肖娅|通讯员|记者 龙晓雪
@|reportedBy|赵琳|责任编辑|(责任编辑:赵琳)
凝冻天气|locatedIn|贵州|2026-01-23|贵州西部遭遇今冬最强凝冻天气
贵州电网有限责任公司毕节供电局|subsidiaryOf|贵州电网有限责任公司||立即启动凝冻灾害应急响应
抗冰保供电|organizedBy|贵州电网有限责任公司毕节供电局||立即启动凝冻灾害应急响应
毕节供电局输电管理所|subsidiaryOf|贵州电网有限责任公司毕节供电局||输电管理所所长陈志刚
陈志刚|holdsPosition|毕节供电局输电管理所|所长|输电管理所所长陈志刚
毕节赫章供电局|subsidiaryOf|贵州电网有限责任公司毕节供电局||毕节赫章供电局的抢修队伍
毕节赫章供电局|locatedIn|赫章县||毕节赫章供电局的抢修队伍
毕节赫章供电局|servesCommunity|海雀村||毕节赫章供电局的抢修队伍
王德文|holdsPosition|毕节赫章供电局|局长|赫章供电局局长王德文
杨忠明|holdsPosition|海雀村党支部|党支部书记|海雀村党支部书记杨忠明
贵州电网有限责任公司|subsidiaryOf|南方电网||南方电网贵州电网公司总经理助理
潘立群|holdsPosition|贵州电网有限责任公司|总经理助理|南方电网贵州电网公司总经理助理
抗冰保供电现场调度会|organizedBy|贵州电网有限责任公司|2026-01-24|南方电网贵州电网公司总经理助理
潘立群|participatedIn|抗冰保供电现场调度会||南方电网贵州电网公司总经理助理
抗冰保供电现场调度会|locatedIn|毕节市||南方电网贵州电网公司总经理助理
威宁供电局|subsidiaryOf|贵州电网有限责任公司毕节供电局||纳雍供电局等基层单位
纳雍供电局|subsidiaryOf|贵州电网有限责任公司毕节供电局||纳雍供电局等基层单位
威宁供电局|participatedIn|抗冰保供电||纳雍供电局等基层单位
毕节赫章供电局|participatedIn|抗冰保供电||纳雍供电局等基层单位
纳雍供电局|participatedIn|抗冰保供电||纳雍供电局等基层单位
李俊峰|holdsPosition|贵州电网有限责任公司毕节供电局|第一书记|第一书记李俊峰
李俊峰|servesCommunity|新米村||第一书记李俊峰
贵州电网有限责任公司毕节供电局|servesCommunity|新米村||第一书记李俊峰
新米村|locatedIn|石门乡||第一书记李俊峰
!贵州电网六盘水供电局|subsidiaryOf|贵州电网有限责任公司||贵州电网六盘水供电局在钟山区
!迎峰度冬大面积停电应急演练|organizedBy|贵州电网六盘水供电局|2026-01-10|贵州电网六盘水供电局在钟山区
!迎峰度冬大面积停电应急演练|locatedIn|钟山区||贵州电网六盘水供电局在钟山区
!韦光荣|holdsPosition|贵州电网六盘水供电局|副局长|副局长韦光荣
!韦光荣|participatedIn|迎峰度冬大面积停电应急演练|总指挥|副局长韦光荣
''')

SPEC['e08_hubei_railway.txt'] = ('2026-01-20', '荆楚网', ['周敏', '田晓峰'], '''
C|中国铁路武汉局集团有限公司|武汉局集团公司|
C|中国铁路武汉局集团有限公司襄阳车务段|襄阳车务段|
C|襄阳站||一等站, managed by 襄阳车务段
O|荆楚网|湖北日报网|source
O|"汉水之滨"青年志愿服务队|汉水之滨|named volunteer team (set up by 段团委)
O|襄阳站党总支||
O|襄阳市中心血站||
O|檀溪社区党委||
P|周敏||作者
P|田晓峰||通讯员
P|张梦瑶||襄阳站客运值班员
P|徐国华||襄阳车务段党委书记
P|李红军||襄阳站党总支书记兼站长
P|邓晓丽||檀溪社区党委书记
P|汪洋||责编
!P|程立新||集团公司总经理
M|庞公街道||
M|檀溪社区||
L|襄城区||
E|"春运服务进社区"便民活动|春运服务进社区|2026-01-19
!E|春运工作部署会|2026年春运工作部署会|2026-01-16
@|reportedBy|周敏|作者|作者:周敏
@|reportedBy|田晓峰|通讯员|作者:周敏
@|reportedBy|汪洋|责编|责编:汪洋
中国铁路武汉局集团有限公司襄阳车务段|subsidiaryOf|中国铁路武汉局集团有限公司||便民活动,为即将返乡
"春运服务进社区"便民活动|organizedBy|中国铁路武汉局集团有限公司襄阳车务段|2026-01-19|便民活动,为即将返乡
中国铁路武汉局集团有限公司襄阳车务段|servesCommunity|檀溪社区||便民活动,为即将返乡
庞公街道|locatedIn|襄城区||便民活动,为即将返乡
张梦瑶|holdsPosition|襄阳站|客运值班员|客运值班员张梦瑶
张梦瑶|participatedIn|"春运服务进社区"便民活动||客运值班员张梦瑶
襄阳站|subsidiaryOf|中国铁路武汉局集团有限公司襄阳车务段||管辖的一等站
徐国华|holdsPosition|中国铁路武汉局集团有限公司襄阳车务段|党委书记|党委书记徐国华
"汉水之滨"青年志愿服务队|servesCommunity|檀溪社区||青年志愿服务队,每逢周末
襄阳市中心血站|participatedIn|"春运服务进社区"便民活动||采血车开到社区门口
李红军|holdsPosition|襄阳站党总支|党总支书记|兼站长李红军
李红军|holdsPosition|襄阳站|站长|兼站长李红军
李红军|participatedIn|"春运服务进社区"便民活动||兼站长李红军
邓晓丽|holdsPosition|檀溪社区党委|党委书记|党委书记邓晓丽
!春运工作部署会|organizedBy|中国铁路武汉局集团有限公司|2026-01-16|集团公司总经理程立新
!程立新|holdsPosition|中国铁路武汉局集团有限公司|总经理|集团公司总经理程立新
!程立新|participatedIn|春运工作部署会||集团公司总经理程立新
''')

SPEC['e09_anhui_construction.txt'] = ('2026-04-22', '中安在线', ['方芳', '储国栋'], '''
C|中建安徽建工集团有限公司|中建安徽建工集团|
C|第三工程公司||
C|阜六高速公路第五标段项目部|阜六高速项目部|项目部 of 第三工程公司
O|中安在线||source
O|张湾村党总支||
O|霍邱县应急管理局||
O|安徽省农业农村厅||
O|安徽省总工会||
P|方芳||记者
P|储国栋||通讯员
P|黄守仁||张湾村党总支书记
P|高文斌||项目经理、党支部书记
P|丁一鸣||项目部安全总监
P|程立伟||第一书记 (选派 by 安徽省农业农村厅)
P|吴红梅||集团党委副书记
P|汪静||责任编辑
M|张湾村||
L|霍邱县||
L|城西湖乡||
E|防汛应急演练||2026-01
E|调研党建联建工作||2026-04-18
@|reportedBy|方芳|记者|作者：记者　方芳
@|reportedBy|储国栋|通讯员|作者：记者　方芳
@|reportedBy|汪静|责任编辑|（责任编辑：汪静）
张湾村|locatedIn|城西湖乡||城西湖乡的张湾村
黄守仁|holdsPosition|张湾村党总支|党总支书记|张湾村党总支书记黄守仁
第三工程公司|subsidiaryOf|中建安徽建工集团有限公司||下属的第三工程公司
阜六高速公路第五标段项目部|subsidiaryOf|第三工程公司||下属的第三工程公司
阜六高速公路第五标段项目部|locatedIn|城西湖乡||项目部位于城西湖乡
阜六高速公路第五标段项目部|servesCommunity|张湾村||项目部位于城西湖乡
高文斌|holdsPosition|阜六高速公路第五标段项目部|项目经理|党支部书记高文斌
高文斌|holdsPosition|阜六高速公路第五标段项目部|党支部书记|党支部书记高文斌
阜六高速公路第五标段项目部|servesCommunity|张湾村||党支部书记高文斌
丁一鸣|holdsPosition|阜六高速公路第五标段项目部|安全总监|项目部安全总监丁一鸣
防汛应急演练|organizedBy|阜六高速公路第五标段项目部|2026-01|防汛应急演练
防汛应急演练|organizedBy|霍邱县应急管理局|2026-01|防汛应急演练
程立伟|holdsPosition|安徽省农业农村厅|第一书记|任第一书记的程立伟
程立伟|servesCommunity|张湾村||任第一书记的程立伟
安徽省农业农村厅|servesCommunity|张湾村||任第一书记的程立伟
吴红梅|holdsPosition|中建安徽建工集团有限公司|党委副书记|党委副书记吴红梅
吴红梅|participatedIn|调研党建联建工作||党委副书记吴红梅
''')

SPEC['e10_beijing_telecom.txt'] = ('2026-06-11', '千龙网', ['刘思远', '赵梓涵'], '''
C|中国联合网络通信有限公司北京市分公司西城区分公司德胜营业部|德胜营业部|
C|中国联合网络通信有限公司北京市分公司西城区分公司|北京联通西城区分公司,西城区分公司|
C|中国联合网络通信有限公司北京市分公司|北京联通|
C|中国联合网络通信有限公司||
O|千龙网||source
O|新康社区党委||
O|北京市通信管理局||
O|北京市总工会||
P|刘思远||记者
P|赵梓涵||实习生
P|吴雪||德胜营业部营业员
P|邵鹏||西城区分公司党委书记、总经理
P|郑晓燕||德胜营业部经理
P|孙立华||新康社区党委书记
P|钱鑫||责任编辑
M|德胜街道||
M|新康社区||
L|西城区||
E|"银龄数字课堂"进社区活动|银龄数字课堂|2026-06-10 (18th session)
E|"防范电信网络诈骗"宣传月活动|防范电信网络诈骗|planned
@|reportedBy|刘思远|记者|记者 刘思远
@|reportedBy|赵梓涵|实习生|记者 刘思远
@|reportedBy|钱鑫|责任编辑|责任编辑:钱鑫
中国联合网络通信有限公司北京市分公司西城区分公司德胜营业部|subsidiaryOf|中国联合网络通信有限公司北京市分公司西城区分公司||营业员吴雪
中国联合网络通信有限公司北京市分公司西城区分公司|subsidiaryOf|中国联合网络通信有限公司北京市分公司||营业员吴雪
中国联合网络通信有限公司北京市分公司|subsidiaryOf|中国联合网络通信有限公司||营业员吴雪
吴雪|holdsPosition|中国联合网络通信有限公司北京市分公司西城区分公司德胜营业部|营业员|营业员吴雪
吴雪|servesCommunity|新康社区||营业员吴雪
新康社区|locatedIn|德胜街道||营业员吴雪
德胜街道|locatedIn|西城区||营业员吴雪
吴雪|participatedIn|"银龄数字课堂"进社区活动||营业员吴雪
中国联合网络通信有限公司北京市分公司西城区分公司德胜营业部|participatedIn|"银龄数字课堂"进社区活动||营业员吴雪
"银龄数字课堂"进社区活动|organizedBy|中国联合网络通信有限公司北京市分公司西城区分公司||进社区活动的第18场
邵鹏|holdsPosition|中国联合网络通信有限公司北京市分公司西城区分公司|党委书记|总经理邵鹏
邵鹏|holdsPosition|中国联合网络通信有限公司北京市分公司西城区分公司|总经理|总经理邵鹏
郑晓燕|holdsPosition|中国联合网络通信有限公司北京市分公司西城区分公司德胜营业部|经理|德胜营业部经理郑晓燕
中国联合网络通信有限公司北京市分公司西城区分公司德胜营业部|servesCommunity|新康社区||德胜营业部经理郑晓燕
孙立华|holdsPosition|新康社区党委|党委书记|党委书记孙立华
"防范电信网络诈骗"宣传月活动|organizedBy|北京市通信管理局||宣传月活动
中国联合网络通信有限公司北京市分公司|participatedIn|"防范电信网络诈骗"宣传月活动||宣传月活动
''')

SPEC['e11_chongqing_flood.txt'] = ('2026-07-09', '华龙网-新重庆客户端', ['谭雨婷'], '''
C|国网重庆市电力公司万州供电分公司|国网万州供电分公司,万州供电分公司|
C|国网重庆市电力公司|国网重庆电力|
C|国网万州供电分公司分水供电所|分水供电所|
C|运维检修部||department of 万州供电分公司
O|华龙网|华龙网-新重庆客户端|source
O|"三峡红"共产党员服务队|三峡红|named team of 万州供电分公司
O|龙驹镇卫生院||
O|万州区防汛抗旱指挥部办公室||
P|谭雨婷||作者
P|向成林||分水供电所所长
P|冉建国||万州供电分公司总经理
P|谭晓军||服务队队长、运维检修部主任
P|周海洋||驻石碾村第一书记
P|陈曦||责任编辑
!P|许文涛||国网重庆电力副总经理
M|石碾村||
L|重庆||
L|万州区|万州|
L|分水镇||
L|龙驹镇||
!L|綦江区||
E|强降雨||2026-07-07/08
E|防汛应急响应||2026-07-07
!E|防汛应急演练|2026年防汛应急演练|2026-06-12
@|reportedBy|谭雨婷|作者|作者:谭雨婷
@|reportedBy|陈曦|责任编辑|[责任编辑:陈曦]
强降雨|locatedIn|万州区|2026-07-07|重庆万州区遭遇强降雨
国网重庆市电力公司万州供电分公司|subsidiaryOf|国网重庆市电力公司||第一时间启动防汛应急响应
防汛应急响应|organizedBy|国网重庆市电力公司万州供电分公司||第一时间启动防汛应急响应
国网万州供电分公司分水供电所|subsidiaryOf|国网重庆市电力公司万州供电分公司||分水供电所所长向成林
国网万州供电分公司分水供电所|locatedIn|分水镇||分水供电所所长向成林
向成林|holdsPosition|国网万州供电分公司分水供电所|所长|分水供电所所长向成林
石碾村|locatedIn|分水镇||分水镇石碾村等地
冉建国|holdsPosition|国网重庆市电力公司万州供电分公司|总经理|总经理冉建国
谭晓军|holdsPosition|"三峡红"共产党员服务队|队长|运维检修部主任谭晓军
谭晓军|holdsPosition|运维检修部|主任|运维检修部主任谭晓军
运维检修部|subsidiaryOf|国网重庆市电力公司万州供电分公司||运维检修部主任谭晓军
国网重庆市电力公司万州供电分公司|servesCommunity|石碾村||定点帮扶村
周海洋|holdsPosition|国网重庆市电力公司万州供电分公司|第一书记|第一书记周海洋
周海洋|servesCommunity|石碾村||第一书记周海洋
国网重庆市电力公司万州供电分公司|servesCommunity|石碾村||第一书记周海洋
!防汛应急演练|organizedBy|国网重庆市电力公司|2026-06-12|在綦江区开展防汛应急演练
!防汛应急演练|locatedIn|綦江区||在綦江区开展防汛应急演练
!许文涛|holdsPosition|国网重庆市电力公司|副总经理|副总经理许文涛
!许文涛|participatedIn|防汛应急演练||副总经理许文涛
''')

SPEC['e12_shandong_firstsecretary.txt'] = ('2026-08-17', '大众网·海报新闻', ['王晓丽', '孙浩'], '''
C|临沂水务集团有限公司|临沂水务集团|
C|临沂市自来水有限公司||
C|沂南县水务发展有限公司||
C|山东沂蒙果业有限公司||
O|大众网·海报新闻||source
O|朱家庄村党支部||
O|中共临沂市委||
P|王晓丽||记者
P|孙浩||通讯员
P|孔祥东||驻朱家庄村第一书记; 孔书记 refers to him
P|朱玉兰||朱家庄村村民
P|郑建民||临沂水务集团党委书记、董事长
P|朱德顺||朱家庄村党支部书记
P|张倩||编辑
P|刘洋||审核
M|朱家庄村||
L|沂南县||
L|岸堤镇||
L|沂蒙山区||
E|朱家庄村供水管网延伸工程||2025
@|reportedBy|王晓丽|记者|记者 王晓丽
@|reportedBy|孙浩|通讯员|记者 王晓丽
@|reportedBy|张倩|编辑|(编辑:张倩
@|reportedBy|刘洋|审核|(编辑:张倩
朱家庄村|locatedIn|岸堤镇||沂南县岸堤镇朱家庄村
孔祥东|holdsPosition|临沂水务集团有限公司|第一书记|选派的驻村第一书记孔祥东
孔祥东|servesCommunity|朱家庄村||选派的驻村第一书记孔祥东
临沂水务集团有限公司|servesCommunity|朱家庄村||选派的驻村第一书记孔祥东
临沂市自来水有限公司|subsidiaryOf|临沂水务集团有限公司||集团下属的临沂市自来水有限公司
孔祥东|worksFor|临沂市自来水有限公司||集团下属的临沂市自来水有限公司
朱家庄村|locatedIn|沂蒙山区||朱家庄村地处沂蒙山区
郑建民|holdsPosition|临沂水务集团有限公司|党委书记|董事长郑建民
郑建民|holdsPosition|临沂水务集团有限公司|董事长|董事长郑建民
郑建民|servesCommunity|朱家庄村||董事长郑建民
沂南县水务发展有限公司|subsidiaryOf|临沂水务集团有限公司||旗下的沂南县水务发展有限公司
朱家庄村供水管网延伸工程|organizedBy|沂南县水务发展有限公司|2025|旗下的沂南县水务发展有限公司
沂南县水务发展有限公司|servesCommunity|朱家庄村||旗下的沂南县水务发展有限公司
朱德顺|holdsPosition|朱家庄村党支部|党支部书记|党支部书记朱德顺
孔祥东|honoredBy|中共临沂市委|全市优秀第一书记|中共临沂市委授予
''')

def build():
    docs = []
    for fn, (pub, src, authors, body) in SPEC.items():
        text = normalized(fn)
        sents = sentences(text)
        title = next(l.strip() for l in text.split('\n')[1:] if l.strip())
        ents, rels, names = [], [], set()
        def ev(frag):
            hits = [s for s in sents if frag in s]
            if not hits:
                sys.exit(f'{fn}: fragment not found: {frag}')
            if len(hits) > 1:
                print(f'warn {fn}: {len(hits)} sentences for {frag!r}, using first')
            return hits[0].strip()
        for line in body.strip().split('\n'):
            teaser = line.startswith('!')
            line = line.lstrip('!')
            p = line.split('|')
            if len(p) == 4 and p[0] in TYPES:
                e = {'name': p[1], 'type': TYPES[p[0]], 'aliases': [a for a in p[2].split(',') if a]}
                if p[3]: e['note'] = p[3]
                if teaser: e['note'] = 'related-teaser'
                ents.append(e); names.add(p[1])
            else:
                head, rel, tail, q, frag = p
                head = fn if head == '@' else head
                if any((x['head'], x['relation'], x['tail'], x.get('qualifier')) == (head, rel, tail, q or None) for x in rels):
                    continue  # same fact stated again: keep the first evidence only
                r = {'head': head, 'relation': rel, 'tail': tail}
                if q: r['qualifier'] = q
                r['evidence'] = ev(frag)
                if teaser: r['note'] = 'related-teaser'
                rels.append(r)
                if rel == 'holdsPosition':
                    w = {'head': head, 'relation': 'worksFor', 'tail': tail, 'evidence': r['evidence']}
                    if teaser: w['note'] = 'related-teaser'
                    if not any(x['head'] == head and x['relation'] == 'worksFor' and x['tail'] == tail for x in rels):
                        rels.append(w)
        docs.append({'file': fn, 'title': title, 'published': pub, 'source': src, 'authors': authors,
                     'entities': ents, 'relations': rels})
    json.dump({'documents': docs}, open('gold.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(docs), 'documents')

if __name__ == '__main__':
    build()
