"""Hand annotation of the held-out articles (following ../shared/gold/NOTES.md).

Compact notation, one item per line:
  entity:    TYPE | canonical name | aliases (；-separated) | note
  relation:  head | relation | tail | qualifier | key
A leading "T " marks an item that occurs only in the 相关阅读 teaser block.
The evidence of a relation is the sentence of the normalized (simplified, pinyin-free)
text that contains `key`; build_gold() fails if the key is missing or ambiguous.
"""
import re

TYPES = {"C": "Company", "P": "Person", "Cm": "Community", "Ev": "Event", "Pl": "Place", "O": "Organization"}

META = {
 "h01_jiangxi_flood.txt": ("国网永修县供电公司:洪水围困中守护万家灯火", "2020-07-16", "人民网-江西频道", ["刘晓峰"]),
 "h02_guangxi_community.txt": ("柳州供电局党员服务队扎根社区解民忧", "2021-06-28", "广西新闻网", ["覃丽华", "韦志强"]),
 "h03_sichuan_epidemic.txt": ("国网成都供电公司党员下沉社区筑牢疫情防线", "2022-09-14", "中国电力网", ["何雨桐", "蒲建军"]),
 "h04_yunnan_village.txt": ("洱源供电局:“电”亮乡村振兴路", None, None, ["杨春梅", "段志宏"]),
 "h05_shandong_summer.txt": ("国网沂南县供电公司全力迎战用电高峰", "2022-07-21", "大众网·临沂", ["孙明", "李静"]),
 "h06_anhui_resumption.txt": (None, None, None, ["方文斌"]),
 "h07_zhejiang_typhoon.txt": ("台风“梅花”过境 舟山电力人连夜抢修复电", "2022-09-16", "人民网-浙江频道", ["陈立新", "叶海波"]),
 "h08_hainan_service.txt": ("海口供电局党员服务进社区 “电小二”成了居民贴心人", "2021-05-12", "南海网", ["王琳"]),
 "h09_heilongjiang_snow.txt": ("暴雪中的“电力橙” ——国网佳木斯供电公司抗击暴雪保供电纪实", "2021-11-12", "东北网", ["张博", "赵雪"]),
 "h10_fujian_hydro.txt": ("闽北强降雨 建瓯电力人与洪水赛跑", "2022-06-23", "东南网", ["林志伟"]),
}

ENT = {}
REL = {}

ENT["h01_jiangxi_flood.txt"] = """
C|国网江西省电力有限公司|国网江西电力|provincial grid company (State Grid)
C|国网九江供电公司|九江供电公司|city company under 国网江西电力 (及所属)
C|国网永修县供电公司|永修县供电公司|county company under 国网九江供电公司 (部署所属); 该公司 refers to it
C|国网都昌县供电公司|都昌县供电公司|county company under 国网九江供电公司
C|国网永修县供电公司吴城供电所|吴城供电所|供电所; 所里 refers to it
C|国网江西省电力有限公司检修公司||maintenance company of 国网江西电力
O|“修河卫士”共产党员服务队||named team set up by 国网永修县供电公司
O|人民网-江西频道||source outlet
P|何建平||国网九江供电公司副总经理
P|曾庆华||国网永修县供电公司党委书记、总经理
P|罗志勇||吴城供电所所长
P|熊伟||吴城供电所老员工
P|邹小军||党员 led by 罗志勇 (employer not stated)
P|涂春生||党员 led by 罗志勇 (employer not stated)
P|刘美兰||resident of 东门社区
P|刘晓峰||reporter (记者) and photographer
P|周敏||责编
P|黄浩||责编
Cm|吉山村||village with a flood resettlement point
Cm|东门社区||community in 涂埠镇
Pl|鄱阳湖||lake (鄱阳湖流域)
Pl|修河||river
Pl|永修县||county
Pl|吴城镇||town
Pl|涂埠镇||town (county seat of 永修)
Ev|修河2020年第1号洪水||2020-07-12 flood on 修河
Ev|防汛保电紧急会议||2020-07-11, held by 国网九江供电公司
Ev|架设应急电源||2020-07-13, emergency power for the resettlement point in 吉山村
"""
REL["h01_jiangxi_flood.txt"] = """
h01_jiangxi_flood.txt|reportedBy|刘晓峰|记者|(记者 刘晓峰)
h01_jiangxi_flood.txt|reportedBy|周敏|责编|(责编:周敏、黄浩)
h01_jiangxi_flood.txt|reportedBy|黄浩|责编|(责编:周敏、黄浩)
修河2020年第1号洪水|locatedIn|修河|2020-07-12|形成修河2020年第1号洪水
国网九江供电公司|subsidiaryOf|国网江西省电力有限公司||及所属国网九江供电公司
防汛保电紧急会议|organizedBy|国网九江供电公司|2020-07-11|召开防汛保电紧急会议
国网永修县供电公司|subsidiaryOf|国网九江供电公司||部署所属国网永修县供电公司
国网都昌县供电公司|subsidiaryOf|国网九江供电公司||部署所属国网永修县供电公司
何建平|worksFor|国网九江供电公司||副总经理何建平带队
何建平|holdsPosition|国网九江供电公司|副总经理|副总经理何建平带队
曾庆华|worksFor|国网永修县供电公司||总经理曾庆华在抢修现场说
曾庆华|holdsPosition|国网永修县供电公司|党委书记|总经理曾庆华在抢修现场说
曾庆华|holdsPosition|国网永修县供电公司|总经理|总经理曾庆华在抢修现场说
国网永修县供电公司吴城供电所|subsidiaryOf|国网永修县供电公司||所长罗志勇已经连续6天
罗志勇|worksFor|国网永修县供电公司吴城供电所||所长罗志勇已经连续6天
罗志勇|holdsPosition|国网永修县供电公司吴城供电所|所长|所长罗志勇已经连续6天
罗志勇|participatedIn|架设应急电源|2020-07-13|乘冲锋舟进入吉山村
熊伟|participatedIn|架设应急电源|2020-07-13|乘冲锋舟进入吉山村
邹小军|participatedIn|架设应急电源|2020-07-13|乘冲锋舟进入吉山村
涂春生|participatedIn|架设应急电源|2020-07-13|乘冲锋舟进入吉山村
罗志勇|servesCommunity|吉山村||乘冲锋舟进入吉山村
熊伟|servesCommunity|吉山村||乘冲锋舟进入吉山村
邹小军|servesCommunity|吉山村||乘冲锋舟进入吉山村
涂春生|servesCommunity|吉山村||乘冲锋舟进入吉山村
熊伟|worksFor|国网永修县供电公司吴城供电所||熊伟是吴城供电所的一名老员工
熊伟|holdsPosition|国网永修县供电公司吴城供电所|员工|熊伟是吴城供电所的一名老员工
国网江西省电力有限公司检修公司|subsidiaryOf|国网江西省电力有限公司||带着国网江西省电力有限公司检修公司
“修河卫士”共产党员服务队|servesCommunity|东门社区||还走进涂埠镇东门社区
东门社区|locatedIn|涂埠镇||还走进涂埠镇东门社区
"""

ENT["h02_guangxi_community.txt"] = """
C|广西电网公司||provincial grid company (China Southern Grid)
C|广西电网公司柳州供电局|柳州供电局|city bureau; 该局 refers to it
C|鱼峰区供电局||district bureau under 柳州供电局 (所属)
C|鱼峰区供电局白莲供电所|白莲供电所|供电所 of 鱼峰区供电局
O|鱼峰区供电局“红马甲”党员服务队|“红马甲”党员服务队|named team; 服务队 refers to it
O|箭盘山社区党委||community party committee
O|广西电网公司团委||Youth League committee, gives award
O|柳州市鱼峰区委||district party committee, gives award
O|广西新闻网||source outlet
P|黄志明||柳州供电局党委书记、局长
P|蒙晓燕||箭盘山社区党委书记
P|韦国庆||team leader (队长), 老党员 of 白莲供电所
P|覃海波||team member
P|潘建军||team member
P|莫小兰||team member
P|罗桂英||resident of 柳石路小区
P|吴振宇||柳州供电局驻大坡村第一书记
P|覃丽华||author (作者)
P|韦志强||author (作者)
Cm|箭盘山社区||community in 鱼峰区
Cm|柳石路小区||residential compound in 箭盘山社区
Cm|大坡村||village in 融安县
Pl|鱼峰区||district of 柳州
Pl|融安县||county
Ev|我为群众办实事||“我为群众办实事”实践活动, 2021
Ev|签约仪式||2021-06-25, 党建共建协议 signing of 柳州供电局 and 箭盘山社区
T C|南宁供电局||teaser only
T C|钦州供电局||teaser only
T P|陈立刚||teaser: 广西电网公司副总经理
T Ev|迎峰度夏保供电检查||teaser: 2021-06-18, at 南宁供电局 / 邕州变电站
T Cm|板埠村||teaser: village in 沙埠镇
T Pl|沙埠镇||teaser
T Pl|钦南区||teaser
"""
REL["h02_guangxi_community.txt"] = """
h02_guangxi_community.txt|reportedBy|覃丽华|作者|作者:覃丽华 韦志强
h02_guangxi_community.txt|reportedBy|韦志强|作者|作者:覃丽华 韦志强
广西电网公司柳州供电局|subsidiaryOf|广西电网公司||6月25日,广西电网公司柳州供电局
广西电网公司柳州供电局|servesCommunity|箭盘山社区||6月25日,广西电网公司柳州供电局
箭盘山社区|locatedIn|鱼峰区||6月25日,广西电网公司柳州供电局
广西电网公司柳州供电局|participatedIn|我为群众办实事||这是该局推进
黄志明|worksFor|广西电网公司柳州供电局||局长黄志明
黄志明|holdsPosition|广西电网公司柳州供电局|党委书记|局长黄志明
黄志明|holdsPosition|广西电网公司柳州供电局|局长|局长黄志明
蒙晓燕|worksFor|箭盘山社区党委||局长黄志明
蒙晓燕|holdsPosition|箭盘山社区党委|党委书记|局长黄志明
黄志明|participatedIn|签约仪式|2021-06-25|局长黄志明
蒙晓燕|participatedIn|签约仪式|2021-06-25|局长黄志明
鱼峰区供电局|subsidiaryOf|广西电网公司柳州供电局||柳州供电局所属鱼峰区供电局
鱼峰区供电局“红马甲”党员服务队|servesCommunity|箭盘山社区||柳州供电局所属鱼峰区供电局
鱼峰区供电局|servesCommunity|箭盘山社区||柳州供电局所属鱼峰区供电局
韦国庆|worksFor|鱼峰区供电局“红马甲”党员服务队||服务队队长韦国庆
韦国庆|holdsPosition|鱼峰区供电局“红马甲”党员服务队|队长|服务队队长韦国庆
韦国庆|worksFor|鱼峰区供电局白莲供电所||服务队队长韦国庆
鱼峰区供电局白莲供电所|subsidiaryOf|鱼峰区供电局||服务队队长韦国庆
覃海波|worksFor|鱼峰区供电局“红马甲”党员服务队||他和队员覃海波
覃海波|holdsPosition|鱼峰区供电局“红马甲”党员服务队|队员|他和队员覃海波
潘建军|worksFor|鱼峰区供电局“红马甲”党员服务队||他和队员覃海波
潘建军|holdsPosition|鱼峰区供电局“红马甲”党员服务队|队员|他和队员覃海波
莫小兰|worksFor|鱼峰区供电局“红马甲”党员服务队||他和队员覃海波
莫小兰|holdsPosition|鱼峰区供电局“红马甲”党员服务队|队员|他和队员覃海波
韦国庆|servesCommunity|箭盘山社区||他和队员覃海波
覃海波|servesCommunity|箭盘山社区||他和队员覃海波
潘建军|servesCommunity|箭盘山社区||他和队员覃海波
莫小兰|servesCommunity|箭盘山社区||他和队员覃海波
柳石路小区|locatedIn|箭盘山社区||家住箭盘山社区柳石路小区
吴振宇|worksFor|广西电网公司柳州供电局||第一书记吴振宇
吴振宇|holdsPosition|广西电网公司柳州供电局|第一书记|第一书记吴振宇
吴振宇|servesCommunity|大坡村||第一书记吴振宇
广西电网公司柳州供电局|servesCommunity|大坡村||第一书记吴振宇
大坡村|locatedIn|融安县||第一书记吴振宇
莫小兰|honoredBy|广西电网公司团委|优秀共青团员|莫小兰被广西电网公司团委
韦国庆|honoredBy|柳州市鱼峰区委|优秀共产党员|莫小兰被广西电网公司团委
T 迎峰度夏保供电检查|organizedBy|广西电网公司|2021-06-18|广西电网公司开展迎峰度夏保供电检查
T 陈立刚|worksFor|广西电网公司||副总经理陈立刚带队
T 陈立刚|holdsPosition|广西电网公司|副总经理|副总经理陈立刚带队
T 陈立刚|participatedIn|迎峰度夏保供电检查|2021-06-18|副总经理陈立刚带队
T 钦州供电局|servesCommunity|板埠村||钦州供电局青年志愿者服务队来到
T 板埠村|locatedIn|沙埠镇||钦州供电局青年志愿者服务队来到
"""

ENT["h03_sichuan_epidemic.txt"] = """
C|国网四川省电力公司|国网四川电力|provincial grid company
C|国网成都供电公司|成都供电公司|city company under 国网四川电力 (所属); 该公司 refers to it
C|国网成都市郫都区供电公司|郫都区供电公司|district company (no sentence ties it to 国网成都供电公司)
C|国网成都市郫都区供电公司犀浦供电所|犀浦供电所|供电所
C|国网成都供电公司营销服务中心||service centre of 国网成都供电公司
O|国网成都供电公司党委||party committee
O|中国电力网||source outlet
O|四川大学华西医院||hospital
P|谭志远||国网四川省电力公司党委书记、董事长
P|杨帆||犀浦供电所所长
P|杜鹃||犀浦供电所客户经理 (a person, not the flower)
P|钟明||党员 led by 杨帆
P|何小军||党员 led by 杨帆
P|赵磊||营销服务中心员工, volunteer in 金泉社区
P|刘建国||国网成都供电公司副总经理
P|何雨桐||author (作者)
P|蒲建军||author (作者)
Cm|犀浦街道||street unit
Cm|恒山社区||community in 犀浦街道
Cm|天回镇街道||street unit in 金牛区
Cm|金泉社区||community in 天回镇街道
Pl|成都市||city
Pl|金牛区||district
Ev|全域静态管理||2022-09-01, citywide lockdown of 成都市
Ev|疫情防控保供电专题会议||2022-09-01, chaired by 谭志远
Ev|“党员下沉社区、共筑抗疫防线”倡议||2022-09-02, call issued by 国网成都供电公司党委
Ev|照明线路抢修||2022-09-06, repair at a sampling point in 恒山社区
Ev|检查保电措施落实情况||2022-09-08, inspection at 四川大学华西医院 led by 刘建国
"""
REL["h03_sichuan_epidemic.txt"] = """
h03_sichuan_epidemic.txt|reportedBy|何雨桐|作者|作者:何雨桐 蒲建军
h03_sichuan_epidemic.txt|reportedBy|蒲建军|作者|作者:何雨桐 蒲建军
全域静态管理|locatedIn|成都市|2022-09-01|成都市启动全域静态管理
谭志远|worksFor|国网四川省电力公司||董事长谭志远
谭志远|holdsPosition|国网四川省电力公司|党委书记|董事长谭志远
谭志远|holdsPosition|国网四川省电力公司|董事长|董事长谭志远
谭志远|participatedIn|疫情防控保供电专题会议|2022-09-01|董事长谭志远
疫情防控保供电专题会议|organizedBy|国网四川省电力公司|2022-09-01|董事长谭志远
国网成都供电公司|subsidiaryOf|国网四川省电力公司||所属国网成都供电公司
“党员下沉社区、共筑抗疫防线”倡议|organizedBy|国网成都供电公司党委|2022-09-02|国网成都供电公司党委发出
国网成都市郫都区供电公司犀浦供电所|subsidiaryOf|国网成都市郫都区供电公司||犀浦供电所所长杨帆
杨帆|worksFor|国网成都市郫都区供电公司犀浦供电所||犀浦供电所所长杨帆
杨帆|holdsPosition|国网成都市郫都区供电公司犀浦供电所|所长|犀浦供电所所长杨帆
杨帆|servesCommunity|恒山社区||犀浦供电所所长杨帆
杜鹃|servesCommunity|恒山社区||犀浦供电所所长杨帆
钟明|servesCommunity|恒山社区||犀浦供电所所长杨帆
何小军|servesCommunity|恒山社区||犀浦供电所所长杨帆
恒山社区|locatedIn|犀浦街道||犀浦供电所所长杨帆
杨帆|participatedIn|照明线路抢修|2022-09-06|完成照明线路抢修
杜鹃|worksFor|国网成都市郫都区供电公司犀浦供电所||杜鹃是犀浦供电所营业厅的一名客户经理
杜鹃|holdsPosition|国网成都市郫都区供电公司犀浦供电所|客户经理|杜鹃是犀浦供电所营业厅的一名客户经理
国网成都供电公司营销服务中心|subsidiaryOf|国网成都供电公司||营销服务中心员工赵磊
赵磊|worksFor|国网成都供电公司营销服务中心||营销服务中心员工赵磊
赵磊|holdsPosition|国网成都供电公司营销服务中心|员工|营销服务中心员工赵磊
赵磊|servesCommunity|金泉社区||营销服务中心员工赵磊
金泉社区|locatedIn|天回镇街道||营销服务中心员工赵磊
天回镇街道|locatedIn|金牛区||营销服务中心员工赵磊
赵磊|honoredBy|金泉社区|抗疫先锋|赵磊被金泉社区授予
刘建国|worksFor|国网成都供电公司||该公司副总经理刘建国
刘建国|holdsPosition|国网成都供电公司|副总经理|该公司副总经理刘建国
刘建国|participatedIn|检查保电措施落实情况|2022-09-08|该公司副总经理刘建国
"""

ENT["h04_yunnan_village.txt"] = """
C|云南电网有限责任公司|云南电网公司|provincial grid company (China Southern Grid)
C|云南电网有限责任公司大理供电局|大理供电局|prefecture bureau
C|洱源供电局||county bureau under 大理供电局 (下属); 该局 refers to it
C|洱源供电局邓川供电所|邓川供电所|供电所
C|大理鸿源电力建设监理有限公司||construction supervision company (施工单位)
C|洱源雪山乳业有限公司||dairy company brought into 新州村
O|大理州委组织部||prefecture party organisation department, gives award
P|李凤珍||villager of 新州村
P|段国良||邓川供电所所长
P|张海鹰||大理供电局副总经理
P|杜文杰||洱源供电局驻新州村工作队队员
P|杨春梅||author (文/图)
P|段志宏||author (文/图)
Cm|新州村||village in 邓川镇
Pl|大理白族自治州||prefecture
Pl|洱源县||county
Pl|邓川镇||town
Pl|右所镇||town
Ev|“电亮乡村”专项行动||campaign from 2022-03 (year not stated), run by 洱源供电局
Ev|调研农网改造工作||3月26日 (no year in text), visit to 新州村 led by 张海鹰
"""
REL["h04_yunnan_village.txt"] = """
h04_yunnan_village.txt|reportedBy|杨春梅|文/图|文/图_杨春梅 段志宏
h04_yunnan_village.txt|reportedBy|段志宏|文/图|文/图_杨春梅 段志宏
新州村|locatedIn|邓川镇||邓川镇新州村,村民李凤珍
云南电网有限责任公司大理供电局|subsidiaryOf|云南电网有限责任公司||大理供电局下属洱源供电局
洱源供电局|subsidiaryOf|云南电网有限责任公司大理供电局||大理供电局下属洱源供电局
“电亮乡村”专项行动|organizedBy|洱源供电局||大理供电局下属洱源供电局
洱源供电局邓川供电所|subsidiaryOf|洱源供电局||邓川供电所所长段国良
段国良|worksFor|洱源供电局邓川供电所||邓川供电所所长段国良
段国良|holdsPosition|洱源供电局邓川供电所|所长|邓川供电所所长段国良
张海鹰|worksFor|云南电网有限责任公司大理供电局||副总经理张海鹰带队
张海鹰|holdsPosition|云南电网有限责任公司大理供电局|副总经理|副总经理张海鹰带队
张海鹰|participatedIn|调研农网改造工作|3月26日|副总经理张海鹰带队
张海鹰|servesCommunity|新州村||副总经理张海鹰带队
杜文杰|worksFor|洱源供电局||工作队队员杜文杰
杜文杰|holdsPosition|洱源供电局|驻村工作队队员|工作队队员杜文杰
杜文杰|servesCommunity|新州村||工作队队员杜文杰
洱源供电局|servesCommunity|新州村||工作队队员杜文杰
杜文杰|honoredBy|大理州委组织部|优秀驻村工作队队员|杜文杰被大理州委组织部
"""

ENT["h05_shandong_summer.txt"] = """
C|国网山东省电力公司||provincial grid company
C|国网临沂供电公司|临沂供电公司|city company (works under 国网山东省电力公司 部署)
C|国网沂南县供电公司|沂南县供电公司|county company under 国网临沂供电公司 (所属); 该公司 / 公司 refer to it
C|国网沂南县供电公司调度控制中心||department of 国网沂南县供电公司
C|国网山东省电力公司检修公司||maintenance company
C|国网沂南县供电公司依汶供电所|依汶供电所|供电所
C|山东诚信电力建设监理有限公司||construction supervision company
O|国网沂南县供电公司“光明驿站”共产党员服务队|“光明驿站”共产党员服务队|named team; 服务队 refers to it
O|大众网·临沂||source outlet
P|王立新||国网临沂供电公司副总经理
P|周建军||国网沂南县供电公司党委书记、经理
P|王成刚||依汶供电所老员工
P|刘晓燕||team member
P|高峰||team member (a person; 用电高峰 in the title is not)
P|孙丽丽||team member
P|孙明||author (作者)
P|李静||author (作者)
P|王芳||责编
Cm|界湖街道||street unit
Cm|东关社区||community in 界湖街道
Pl|沂南县||county
Pl|依汶镇||town
Ev|迎峰度夏专项督查||2022-07-15, in 沂南县, led by 王立新
"""
REL["h05_shandong_summer.txt"] = """
h05_shandong_summer.txt|reportedBy|孙明|作者|作者：孙明 李静
h05_shandong_summer.txt|reportedBy|李静|作者|作者：孙明 李静
h05_shandong_summer.txt|reportedBy|王芳|责编|（责编：王芳）
国网临沂供电公司|subsidiaryOf|国网山东省电力公司||按照国网山东省电力公司迎峰度夏工作部署
国网沂南县供电公司|subsidiaryOf|国网临沂供电公司||按照国网山东省电力公司迎峰度夏工作部署
国网沂南县供电公司调度控制中心|subsidiaryOf|国网沂南县供电公司||按照国网山东省电力公司迎峰度夏工作部署
王立新|worksFor|国网临沂供电公司||按照国网山东省电力公司迎峰度夏工作部署
王立新|holdsPosition|国网临沂供电公司|副总经理|按照国网山东省电力公司迎峰度夏工作部署
王立新|participatedIn|迎峰度夏专项督查|2022-07-15|按照国网山东省电力公司迎峰度夏工作部署
迎峰度夏专项督查|organizedBy|国网临沂供电公司|2022-07-15|按照国网山东省电力公司迎峰度夏工作部署
迎峰度夏专项督查|locatedIn|沂南县|2022-07-15|按照国网山东省电力公司迎峰度夏工作部署
国网山东省电力公司检修公司|subsidiaryOf|国网山东省电力公司||国网山东省电力公司检修公司也派出
周建军|worksFor|国网沂南县供电公司||经理周建军介绍
周建军|holdsPosition|国网沂南县供电公司|党委书记|经理周建军介绍
周建军|holdsPosition|国网沂南县供电公司|经理|经理周建军介绍
国网沂南县供电公司依汶供电所|subsidiaryOf|国网沂南县供电公司||国网沂南县供电公司依汶供电所的员工
王成刚|worksFor|国网沂南县供电公司依汶供电所||王成刚是依汶供电所的一名老员工
王成刚|holdsPosition|国网沂南县供电公司依汶供电所|员工|王成刚是依汶供电所的一名老员工
国网沂南县供电公司“光明驿站”共产党员服务队|servesCommunity|东关社区||共产党员服务队与东关社区签订了共建协议
国网沂南县供电公司|servesCommunity|东关社区||共产党员服务队与东关社区签订了共建协议
东关社区|locatedIn|界湖街道||共产党员服务队与东关社区签订了共建协议
刘晓燕|worksFor|国网沂南县供电公司“光明驿站”共产党员服务队||服务队队员刘晓燕
刘晓燕|holdsPosition|国网沂南县供电公司“光明驿站”共产党员服务队|队员|服务队队员刘晓燕
高峰|worksFor|国网沂南县供电公司“光明驿站”共产党员服务队||服务队队员刘晓燕
高峰|holdsPosition|国网沂南县供电公司“光明驿站”共产党员服务队|队员|服务队队员刘晓燕
孙丽丽|worksFor|国网沂南县供电公司“光明驿站”共产党员服务队||服务队队员刘晓燕
孙丽丽|holdsPosition|国网沂南县供电公司“光明驿站”共产党员服务队|队员|服务队队员刘晓燕
刘晓燕|servesCommunity|东关社区||服务队队员刘晓燕
高峰|servesCommunity|东关社区||服务队队员刘晓燕
孙丽丽|servesCommunity|东关社区||服务队队员刘晓燕
"""

ENT["h06_anhui_resumption.txt"] = """
C|国网安徽省电力有限公司||provincial grid company
C|国网合肥供电公司|合肥供电公司|city company under 国网安徽 (所属); 公司 refers to it
C|国网肥西县供电公司|肥西县供电公司|county company under 国网合肥供电公司 (所属)
C|肥西县供电公司桃花供电所|桃花供电所|供电所; 该所 refers to it
C|国网合肥供电公司营销服务中心|营销服务中心|service centre
C|合肥锐能新能源科技有限公司||non-power enterprise; 该企业 refers to it
P|陈为民||国网合肥供电公司党委书记、总经理
P|王宏||国网肥西县供电公司副总经理
P|张伟||合肥锐能新能源科技有限公司负责人
P|吴俊峰||桃花供电所所长
P|孙倩倩||营销服务中心员工
P|李明||营销服务中心员工
P|汪涛||营销服务中心员工
P|方文斌||author (byline at end)
Cm|城西社区||community in 上派镇
Pl|合肥经济技术开发区||development zone
Pl|桃花工业园区||industrial park
Pl|肥西县||county
Pl|上派镇||town
Ev|“电力护航复工复产”专项行动||campaign of 国网合肥供电公司 (year not stated)
Ev|复工复产保供电工作会议||2月20日 (no year in text)
Ev|走访||2月21日 (no year), visit to 合肥锐能新能源科技有限公司 led by 王宏
"""
REL["h06_anhui_resumption.txt"] = """
h06_anhui_resumption.txt|reportedBy|方文斌|作者|(方文斌)
国网合肥供电公司|subsidiaryOf|国网安徽省电力有限公司||国网安徽省电力有限公司所属国网合肥供电公司
“电力护航复工复产”专项行动|organizedBy|国网合肥供电公司||国网安徽省电力有限公司所属国网合肥供电公司
陈为民|worksFor|国网合肥供电公司||总经理陈为民在2月20日
陈为民|holdsPosition|国网合肥供电公司|党委书记|总经理陈为民在2月20日
陈为民|holdsPosition|国网合肥供电公司|总经理|总经理陈为民在2月20日
陈为民|participatedIn|复工复产保供电工作会议|2月20日|总经理陈为民在2月20日
复工复产保供电工作会议|organizedBy|国网合肥供电公司|2月20日|总经理陈为民在2月20日
国网肥西县供电公司|subsidiaryOf|国网合肥供电公司||国网合肥供电公司所属国网肥西县供电公司
王宏|worksFor|国网肥西县供电公司||国网合肥供电公司所属国网肥西县供电公司
王宏|holdsPosition|国网肥西县供电公司|副总经理|国网合肥供电公司所属国网肥西县供电公司
王宏|participatedIn|走访|2月21日|国网合肥供电公司所属国网肥西县供电公司
走访|locatedIn|合肥经济技术开发区|2月21日|国网合肥供电公司所属国网肥西县供电公司
合肥锐能新能源科技有限公司|locatedIn|合肥经济技术开发区||国网合肥供电公司所属国网肥西县供电公司
张伟|worksFor|合肥锐能新能源科技有限公司||该企业负责人张伟说
张伟|holdsPosition|合肥锐能新能源科技有限公司|负责人|该企业负责人张伟说
肥西县供电公司桃花供电所|subsidiaryOf|国网肥西县供电公司||桃花供电所所长吴俊峰
吴俊峰|worksFor|肥西县供电公司桃花供电所||桃花供电所所长吴俊峰
吴俊峰|holdsPosition|肥西县供电公司桃花供电所|所长|桃花供电所所长吴俊峰
国网合肥供电公司营销服务中心|subsidiaryOf|国网合肥供电公司||营销服务中心员工孙倩倩
孙倩倩|worksFor|国网合肥供电公司营销服务中心||营销服务中心员工孙倩倩
孙倩倩|holdsPosition|国网合肥供电公司营销服务中心|员工|营销服务中心员工孙倩倩
李明|worksFor|国网合肥供电公司营销服务中心||营销服务中心员工孙倩倩
李明|holdsPosition|国网合肥供电公司营销服务中心|员工|营销服务中心员工孙倩倩
汪涛|worksFor|国网合肥供电公司营销服务中心||营销服务中心员工孙倩倩
汪涛|holdsPosition|国网合肥供电公司营销服务中心|员工|营销服务中心员工孙倩倩
国网合肥供电公司|servesCommunity|城西社区||公司党员服务队深入
城西社区|locatedIn|上派镇||公司党员服务队深入
"""

ENT["h07_zhejiang_typhoon.txt"] = """
C|国网浙江省电力有限公司|国网浙江电力|provincial grid company; 该公司 in the 9月13日 sentence
C|国网舟山供电公司|舟山供电公司|city company under 国网浙江 (该公司所属)
C|国网岱山县供电公司|岱山县供电公司|county company (no sentence ties it to 国网舟山供电公司)
C|国网嵊泗县供电公司|嵊泗县供电公司|county company (no sentence ties it to 国网舟山供电公司)
C|国网舟山供电公司运维检修部||department of 国网舟山供电公司
C|国网岱山县供电公司高亭供电所|高亭供电所|供电所
C|浙江宏远电力建设监理有限公司||construction supervision company
O|人民网-浙江频道||source outlet
P|林国平||国网舟山供电公司党委书记、董事长
P|鲍海军||运维检修部主任
P|方志远||member of the 党员突击队 led by 鲍海军
P|应红波||高亭供电所所长
P|周海||党员 led by 应红波
P|陈可欣||党员 led by 应红波
P|陈立新||reporter (记者)
P|叶海波||correspondent (通讯员)
P|吴婷||责编
P|许明||责编
Cm|东港街道||street unit in 普陀区
Cm|朱家尖街道||street unit
Cm|樟州社区||community in 朱家尖街道
Pl|舟山|舟山地区|city (舟山全市 / 舟山地区)
Pl|普陀区|普陀|district
Pl|岱山县||county
Pl|高亭镇||town
Pl|杭州||city
Pl|宁波||city
Pl|绍兴||city
Ev|台风“梅花”|第12号台风“梅花”|2022-09-14 landfall in 普陀
Ev|防御台风“梅花”视频调度会||2022-09-13, held by 国网舟山供电公司
T Ev|海岛电网防台应急演练|海岛电网防台演练|teaser: 2022-08-26, on 六横岛
T Pl|六横岛||teaser
T C|国网台州供电公司|台州供电公司|teaser
T O|国网台州供电公司“红船”党员服务队|“红船”党员服务队|teaser: named team
T Cm|里箬村||teaser: village in 石塘镇
T Pl|石塘镇||teaser
T Pl|温岭市||teaser
"""
REL["h07_zhejiang_typhoon.txt"] = """
h07_zhejiang_typhoon.txt|reportedBy|陈立新|记者|(记者 陈立新 通讯员 叶海波)
h07_zhejiang_typhoon.txt|reportedBy|叶海波|通讯员|(记者 陈立新 通讯员 叶海波)
h07_zhejiang_typhoon.txt|reportedBy|吴婷|责编|(责编:吴婷、许明)
h07_zhejiang_typhoon.txt|reportedBy|许明|责编|(责编:吴婷、许明)
台风“梅花”|locatedIn|普陀区|2022-09-14|在舟山普陀沿海登陆
国网舟山供电公司|subsidiaryOf|国网浙江省电力有限公司||该公司所属国网舟山供电公司
防御台风“梅花”视频调度会|organizedBy|国网舟山供电公司|2022-09-13|该公司所属国网舟山供电公司
林国平|worksFor|国网舟山供电公司||董事长林国平带领
林国平|holdsPosition|国网舟山供电公司|党委书记|董事长林国平带领
林国平|holdsPosition|国网舟山供电公司|董事长|董事长林国平带领
林国平|servesCommunity|东港街道||董事长林国平带领
东港街道|locatedIn|普陀区||董事长林国平带领
国网舟山供电公司运维检修部|subsidiaryOf|国网舟山供电公司||运维检修部主任鲍海军
鲍海军|worksFor|国网舟山供电公司运维检修部||运维检修部主任鲍海军
鲍海军|holdsPosition|国网舟山供电公司运维检修部|主任|运维检修部主任鲍海军
鲍海军|servesCommunity|樟州社区||运维检修部主任鲍海军
国网舟山供电公司运维检修部|servesCommunity|樟州社区||运维检修部主任鲍海军
樟州社区|locatedIn|朱家尖街道||运维检修部主任鲍海军
方志远|worksFor|国网舟山供电公司运维检修部||队员方志远说
方志远|servesCommunity|樟州社区||队员方志远说
国网岱山县供电公司高亭供电所|subsidiaryOf|国网岱山县供电公司||高亭供电所所长应红波
应红波|worksFor|国网岱山县供电公司高亭供电所||高亭供电所所长应红波
应红波|holdsPosition|国网岱山县供电公司高亭供电所|所长|高亭供电所所长应红波
T 海岛电网防台应急演练|organizedBy|国网舟山供电公司|2022-08-26|在六横岛开展
T 海岛电网防台应急演练|locatedIn|六横岛|2022-08-26|在六横岛开展
T 国网台州供电公司“红船”党员服务队|servesCommunity|里箬村||党员服务队来到温岭市石塘镇里箬村
T 国网台州供电公司|servesCommunity|里箬村||党员服务队来到温岭市石塘镇里箬村
T 里箬村|locatedIn|石塘镇||党员服务队来到温岭市石塘镇里箬村
"""

ENT["h08_hainan_service.txt"] = """
C|海南电网有限责任公司|海南电网公司|provincial grid company (China Southern Grid); 海南电网公司 only inside 海南电网公司党委
C|海南电网有限责任公司海口供电局|海口供电局|city bureau; 该局 refers to it
C|海口供电局琼山供电局|琼山供电局|district bureau under 海口供电局
C|琼山供电局府城供电所|府城供电所|供电所
O|“电小二”共产党员服务队||named team of 20 党员 from 琼山供电局; 服务队 / 该服务队 refer to it
O|海南电网公司党委||party committee, gives award
O|共青团海口市委||Youth League city committee, gives award
O|南海网||source outlet
P|王琳||reporter (记者)
P|符明辉||海口供电局党委书记、局长
P|林志坚||team leader (队长), 府城供电所老员工
P|王春燕||team member
P|吴小龙||team member
P|黎明亮||team member (a person; not 黎明 'dawn')
P|符海涛||海口供电局驻山尾头村第一书记
Cm|府城街道||street unit
Cm|红城湖社区||community in 府城街道
Cm|美舍花园小区||residential compound in 红城湖社区
Cm|山尾头村||village in 演丰镇
Pl|海口||city (dateline 南海网海口5月12日讯)
Pl|演丰镇||town
Ev|我为群众办实事||“我为群众办实事”实践活动, 2021
Ev|签约仪式||2021-05-11, 党建共建协议 signing of 海口供电局 and 红城湖社区
"""
REL["h08_hainan_service.txt"] = """
h08_hainan_service.txt|reportedBy|王琳|记者|（记者 王琳）
海南电网有限责任公司海口供电局|subsidiaryOf|海南电网有限责任公司||记者从海南电网有限责任公司海口供电局获悉
海南电网有限责任公司海口供电局|servesCommunity|红城湖社区||记者从海南电网有限责任公司海口供电局获悉
红城湖社区|locatedIn|府城街道||记者从海南电网有限责任公司海口供电局获悉
海南电网有限责任公司海口供电局|participatedIn|我为群众办实事||这是该局开展
符明辉|worksFor|海南电网有限责任公司海口供电局||局长符明辉为
符明辉|holdsPosition|海南电网有限责任公司海口供电局|党委书记|局长符明辉为
符明辉|holdsPosition|海南电网有限责任公司海口供电局|局长|局长符明辉为
符明辉|participatedIn|签约仪式|2021-05-11|局长符明辉为
海口供电局琼山供电局|subsidiaryOf|海南电网有限责任公司海口供电局||该服务队由海口供电局琼山供电局
海口供电局琼山供电局|servesCommunity|红城湖社区||该服务队由海口供电局琼山供电局
“电小二”共产党员服务队|servesCommunity|红城湖社区||该服务队由海口供电局琼山供电局
林志坚|worksFor|“电小二”共产党员服务队||服务队队长林志坚是
林志坚|holdsPosition|“电小二”共产党员服务队|队长|服务队队长林志坚是
林志坚|worksFor|琼山供电局府城供电所||服务队队长林志坚是
林志坚|holdsPosition|琼山供电局府城供电所|员工|服务队队长林志坚是
琼山供电局府城供电所|subsidiaryOf|海口供电局琼山供电局||服务队队长林志坚是
王春燕|worksFor|“电小二”共产党员服务队||服务队队员王春燕
王春燕|holdsPosition|“电小二”共产党员服务队|队员|服务队队员王春燕
吴小龙|worksFor|“电小二”共产党员服务队||服务队队员王春燕
吴小龙|holdsPosition|“电小二”共产党员服务队|队员|服务队队员王春燕
黎明亮|worksFor|“电小二”共产党员服务队||服务队队员王春燕
黎明亮|holdsPosition|“电小二”共产党员服务队|队员|服务队队员王春燕
王春燕|servesCommunity|红城湖社区||服务队队员王春燕
吴小龙|servesCommunity|红城湖社区||服务队队员王春燕
黎明亮|servesCommunity|红城湖社区||服务队队员王春燕
美舍花园小区|locatedIn|红城湖社区||家住红城湖社区美舍花园小区
符海涛|worksFor|海南电网有限责任公司海口供电局||第一书记符海涛
符海涛|holdsPosition|海南电网有限责任公司海口供电局|第一书记|第一书记符海涛
符海涛|servesCommunity|山尾头村||第一书记符海涛
海南电网有限责任公司海口供电局|servesCommunity|山尾头村||第一书记符海涛
山尾头村|locatedIn|演丰镇||第一书记符海涛
林志坚|honoredBy|海南电网公司党委|优秀共产党员|林志坚被海南电网公司党委
王春燕|honoredBy|共青团海口市委|海口市优秀青年志愿者|林志坚被海南电网公司党委
"""

ENT["h09_heilongjiang_snow.txt"] = """
C|国网黑龙江省电力有限公司||provincial grid company
C|国网佳木斯供电公司|佳木斯供电公司|city company under 国网黑龙江 (所属)
C|国网桦南县供电公司|桦南县供电公司|county company (no sentence ties it to 国网佳木斯供电公司)
C|国网桦南县供电公司孟家岗供电所|孟家岗供电所|供电所
O|东北网||source outlet (东北网发布时间)
O|友谊社区党委||community party committee
P|刘东升||孟家岗供电所所长
P|于海洋||孟家岗供电所老员工
P|孙宝龙||colleague (同事) of 刘东升
P|王淑华||友谊社区党委书记
P|宋振宇||国网佳木斯供电公司党委书记、总经理
P|张博||author (作者)
P|赵雪||author (作者)
P|刘洋||责编
Cm|向阳村||village in 孟家岗镇
Cm|长安街道||street unit in 前进区
Cm|友谊社区||community in 长安街道
Pl|佳木斯|佳木斯地区|city (佳木斯地区 / 佳木斯市区)
Pl|桦南县||county
Pl|汤原县||county
Pl|哈尔滨||city
Pl|鹤岗||city
Pl|双鸭山||city
Pl|孟家岗镇||town
Pl|前进区||district
Ev|11月8日至9日暴雪||2021-11-08/09 snowstorm in 佳木斯 (constructed name)
Ev|抗击暴雪保供电紧急调度会||2021-11-09, held by 国网佳木斯供电公司
Ev|检查抢修进度||2021-11-10, inspection in 汤原县 led by 宋振宇
"""
REL["h09_heilongjiang_snow.txt"] = """
h09_heilongjiang_snow.txt|reportedBy|张博|作者|作者:张博 赵雪
h09_heilongjiang_snow.txt|reportedBy|赵雪|作者|作者:张博 赵雪
h09_heilongjiang_snow.txt|reportedBy|刘洋|责编|(责编:刘洋)
11月8日至9日暴雪|locatedIn|佳木斯|2021-11-08|佳木斯地区遭遇有气象记录以来最强暴雪
国网佳木斯供电公司|subsidiaryOf|国网黑龙江省电力有限公司||支援所属国网佳木斯供电公司
抗击暴雪保供电紧急调度会|organizedBy|国网佳木斯供电公司|2021-11-09|召开抗击暴雪保供电紧急调度会
国网桦南县供电公司孟家岗供电所|subsidiaryOf|国网桦南县供电公司||孟家岗供电所所长刘东升说
刘东升|worksFor|国网桦南县供电公司孟家岗供电所||孟家岗供电所所长刘东升说
刘东升|holdsPosition|国网桦南县供电公司孟家岗供电所|所长|孟家岗供电所所长刘东升说
刘东升|servesCommunity|向阳村||他和同事于海洋
于海洋|servesCommunity|向阳村||他和同事于海洋
孙宝龙|servesCommunity|向阳村||他和同事于海洋
孙宝龙|worksFor|国网桦南县供电公司孟家岗供电所||他和同事于海洋
向阳村|locatedIn|孟家岗镇||他和同事于海洋
于海洋|worksFor|国网桦南县供电公司孟家岗供电所||于海洋是孟家岗供电所的一名老员工
于海洋|holdsPosition|国网桦南县供电公司孟家岗供电所|员工|于海洋是孟家岗供电所的一名老员工
国网佳木斯供电公司|servesCommunity|友谊社区||组织共产党员服务队走进前进区长安街道友谊社区
友谊社区|locatedIn|长安街道||组织共产党员服务队走进前进区长安街道友谊社区
长安街道|locatedIn|前进区||组织共产党员服务队走进前进区长安街道友谊社区
王淑华|worksFor|友谊社区党委||友谊社区党委书记王淑华说
王淑华|holdsPosition|友谊社区党委|党委书记|友谊社区党委书记王淑华说
宋振宇|worksFor|国网佳木斯供电公司||总经理宋振宇带队
宋振宇|holdsPosition|国网佳木斯供电公司|党委书记|总经理宋振宇带队
宋振宇|holdsPosition|国网佳木斯供电公司|总经理|总经理宋振宇带队
宋振宇|participatedIn|检查抢修进度|2021-11-10|总经理宋振宇带队
检查抢修进度|locatedIn|汤原县|2021-11-10|总经理宋振宇带队
"""

ENT["h10_fujian_hydro.txt"] = """
C|国网福建省电力有限公司|国网福建电力|provincial grid company
C|国网福建省电力有限公司南平供电公司|国网南平供电公司；南平供电公司|city company
C|国网建瓯市供电公司|建瓯市供电公司|county-level company (no sentence ties it to 南平); 该公司 refers to it
C|东游供电所||供电所 of 国网建瓯市供电公司 (该公司东游供电所); 所里 / 全所 refer to it
C|建瓯市供电公司营销部||department of 国网建瓯市供电公司
C|福建闽北水电开发有限公司||hydropower company (non-grid)
C|福建闽北水电开发有限公司杨墩水电站|杨墩水电站|hydropower station; 该水电站 / 电站 refer to it
O|东南网||source outlet
O|建瓯市委||city party committee, gives award
P|郑国栋||国网福建电力党委书记、董事长
P|黄文斌||国网建瓯市供电公司党委书记、总经理
P|叶明华||东游供电所所长
P|范建华||党员 led by 叶明华
P|詹小平||党员 led by 叶明华
P|郑立军||杨墩水电站站长
P|范晓梅||营销部员工, 驻安国村工作队队员
P|林志伟||reporter (记者)
P|陈燕||责编
Cm|安国村||village in 东游镇
Pl|闽北||region (title)
Pl|南平市|南平|city
Pl|建溪||river
Pl|建瓯市|建瓯|county-level city
Pl|东游镇||town
Pl|邵武||county-level city
Pl|顺昌||county
Ev|6月17日至20日强降雨||2022-06-17..20 rainfall and flood in 南平 (constructed name)
Ev|检查防汛保供电工作||2022-06-18, inspection in 南平 by 郑国栋
"""
REL["h10_fujian_hydro.txt"] = """
h10_fujian_hydro.txt|reportedBy|林志伟|记者|(记者 林志伟)
h10_fujian_hydro.txt|reportedBy|陈燕|责编|(责编:陈燕)
6月17日至20日强降雨|locatedIn|南平市|2022-06-17|南平市遭遇今年入汛以来最强降雨过程
国网福建省电力有限公司南平供电公司|subsidiaryOf|国网福建省电力有限公司||记者从国网福建省电力有限公司南平供电公司获悉
郑国栋|worksFor|国网福建省电力有限公司||董事长郑国栋到南平
郑国栋|holdsPosition|国网福建省电力有限公司|党委书记|董事长郑国栋到南平
郑国栋|holdsPosition|国网福建省电力有限公司|董事长|董事长郑国栋到南平
郑国栋|participatedIn|检查防汛保供电工作|2022-06-18|董事长郑国栋到南平
检查防汛保供电工作|locatedIn|南平市|2022-06-18|董事长郑国栋到南平
黄文斌|worksFor|国网建瓯市供电公司||总经理黄文斌带领
黄文斌|holdsPosition|国网建瓯市供电公司|党委书记|总经理黄文斌带领
黄文斌|holdsPosition|国网建瓯市供电公司|总经理|总经理黄文斌带领
东游供电所|subsidiaryOf|国网建瓯市供电公司||该公司东游供电所所长叶明华
叶明华|worksFor|东游供电所||该公司东游供电所所长叶明华
叶明华|holdsPosition|东游供电所|所长|该公司东游供电所所长叶明华
福建闽北水电开发有限公司杨墩水电站|subsidiaryOf|福建闽北水电开发有限公司||位于建溪上游的
福建闽北水电开发有限公司杨墩水电站|locatedIn|建溪||位于建溪上游的
郑立军|worksFor|福建闽北水电开发有限公司杨墩水电站||该水电站站长郑立军
郑立军|holdsPosition|福建闽北水电开发有限公司杨墩水电站|站长|该水电站站长郑立军
国网建瓯市供电公司|servesCommunity|安国村||国网建瓯市供电公司与东游镇安国村签订共建协议
安国村|locatedIn|东游镇||国网建瓯市供电公司与东游镇安国村签订共建协议
建瓯市供电公司营销部|subsidiaryOf|国网建瓯市供电公司||营销部员工范晓梅
范晓梅|worksFor|建瓯市供电公司营销部||营销部员工范晓梅
范晓梅|holdsPosition|建瓯市供电公司营销部|员工|营销部员工范晓梅
范晓梅|servesCommunity|安国村||营销部员工范晓梅
范晓梅|honoredBy|建瓯市委|抗洪救灾先进个人|营销部员工范晓梅
"""

# Names whose canonical form is constructed (not verbatim in the text).
CONSTRUCTED = {"11月8日至9日暴雪", "6月17日至20日强降雨"}

TERMINATORS = "。!?！？"
CLOSERS = "”\"’」"


def sentences(text):
    out = []
    for line in text.splitlines():
        buf = ""
        i = 0
        while i < len(line):
            buf += line[i]
            if line[i] in TERMINATORS:
                while i + 1 < len(line) and line[i + 1] in CLOSERS:
                    i += 1
                    buf += line[i]
                out.append(buf)
                buf = ""
            i += 1
        out.append(buf)
    return [s.strip(" \t\u3000") for s in out if s.strip(" \t\u3000")]


def _items(block):
    for line in block.strip().splitlines():
        teaser = line.startswith("T ")
        if teaser:
            line = line[2:]
        yield teaser, [f.strip() for f in line.split("|")]


def build_gold(norm_texts):
    docs = []
    for fname, (title, published, source, authors) in META.items():
        sents = sentences(norm_texts[fname])
        ents = []
        for teaser, (t, name, aliases, note) in _items(ENT[fname]):
            e = {"name": name, "type": TYPES[t], "aliases": [a for a in aliases.split("；") if a]}
            if note:
                e["note"] = "related-teaser" if teaser else note
            elif teaser:
                e["note"] = "related-teaser"
            ents.append(e)
        rels = []
        for teaser, (head, rel, tail, qual, key) in _items(REL[fname]):
            hits = [s for s in sents if key in s]
            if len(set(hits)) != 1:
                raise SystemExit(f"{fname}: key {key!r} matches {len(set(hits))} sentences")
            r = {"head": head, "relation": rel, "tail": tail}
            if qual:
                r["qualifier"] = qual
            r["evidence"] = hits[0]
            if teaser:
                r["note"] = "related-teaser"
            rels.append(r)
        docs.append({"file": fname, "title": title, "published": published, "source": source,
                     "authors": authors, "entities": ents, "relations": rels})
    return {"documents": docs}
