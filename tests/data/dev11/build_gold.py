"""Build gold.json from the compact spec below. Evidence is found by fragment in the
normalized text (common.normalized), so it is verbatim. Entity line: name|Type|aliases(,)|note|T
(T = related-teaser). Relation line: head|relation|tail|qualifier|fragment|T; '@' = this file;
empty fragment = the first sentence containing head (or alias) and tail (or alias)."""
import json, os, sys
from common import H, normalized, sentences

DOCS = []
def D(file, title, date, source, authors, E, R):
    DOCS.append(dict(file=file, title=title, date=date, source=source, authors=authors, E=E, R=R))

D('r01_meigaidian.txt', '张家口蔚县：“煤改电”用户家里暖起来了', '2026-11-24', '中国电力新闻网', ['赵立新', '韩雪'], """
中国电力新闻网|Organization||outlet
国网河北省电力有限公司|Company||
国网河北省电力有限公司张家口供电公司|Company|张家口供电公司|
蔚县供电分公司|Company||下属 of 张家口供电公司
蔚县供电分公司南留庄供电所|Company|南留庄供电所|该所
张家口供电公司运维检修部|Company|运维检修部|
“暖冬”共产党员服务队|Organization||named team set up by 蔚县供电分公司
孟庆丰|Person||所长
石国栋|Person||白后堡村党支部书记
郝建军|Person||副总经理
冯志刚|Person||运维检修部主任
赵立新|Person||通讯员
韩雪|Person||通讯员
李婧|Person||责任编辑
白后堡村|Community||该村
南留庄镇|Place||
蔚县|Place||
阳原县|Place||
张家口|Place||
蔚县应急管理局|Organization||
冬季供暖保电专项行动|Event||入冬以来
""", """
@|reportedBy|赵立新|通讯员|作者：通讯员
@|reportedBy|韩雪|通讯员|作者：通讯员
@|reportedBy|李婧|责任编辑|责任编辑：李婧
国网河北省电力有限公司张家口供电公司|subsidiaryOf|国网河北省电力有限公司||入冬以来
蔚县供电分公司|subsidiaryOf|国网河北省电力有限公司张家口供电公司||入冬以来
蔚县供电分公司南留庄供电所|subsidiaryOf|蔚县供电分公司||11月20日一早
张家口供电公司运维检修部|subsidiaryOf|国网河北省电力有限公司张家口供电公司||冯志刚表示
冬季供暖保电专项行动|organizedBy|国网河北省电力有限公司张家口供电公司||入冬以来
蔚县供电分公司|participatedIn|冬季供暖保电专项行动||入冬以来
孟庆丰|worksFor|蔚县供电分公司南留庄供电所||11月20日一早
孟庆丰|holdsPosition|蔚县供电分公司南留庄供电所|所长|11月20日一早
孟庆丰|servesCommunity|白后堡村||11月20日一早
蔚县供电分公司南留庄供电所|servesCommunity|白后堡村||网格化服务联系点
白后堡村|locatedIn|南留庄镇||11月20日一早
郝建军|worksFor|蔚县供电分公司||郝建军介绍
郝建军|holdsPosition|蔚县供电分公司|副总经理|郝建军介绍
冯志刚|worksFor|张家口供电公司运维检修部||冯志刚表示
冯志刚|holdsPosition|张家口供电公司运维检修部|主任|冯志刚表示
""")

D('r02_qianyue.txt', '大同市与两家企业签署新能源配套电网建设合作协议', '2026-11-18', '大同日报', ['程亚楠'], """
山西省人民政府|Organization||portal 山西省人民政府网站
大同日报|Organization||
国网山西省电力公司|Company||
国网山西省电力公司大同供电公司|Company|大同供电公司|
晋北风光新能源开发有限公司|Company||
山西晋能控股集团|Company||
左云县风电场|Company||控股 by 晋北风光
大同供电公司发展策划部|Company|发展策划部|
大同供电公司营销部|Company|营销部|constructed: 大同供电公司发展策划部、营销部
左云县供电公司|Company||
天镇县供电公司|Company||
战略合作协议签约仪式|Event|签约仪式|11月17日
武振华|Person||大同市副市长
贺振宇|Person||党委书记、总经理
秦海涛|Person||董事长
高鹏|Person||副总经理
程亚楠|Person||记者
马丽君|Person||编辑
杜志强|Person||审核
大同市|Place||
平城区|Place||
左云县|Place||
天镇县|Place||
三屯乡|Place||
""", """
@|reportedBy|程亚楠|记者|记者 程亚楠
@|reportedBy|马丽君|编辑|编辑：马丽君
@|reportedBy|杜志强|审核|编辑：马丽君
国网山西省电力公司大同供电公司|subsidiaryOf|国网山西省电力公司||11月17日
晋北风光新能源开发有限公司|subsidiaryOf|山西晋能控股集团||旗下
左云县风电场|subsidiaryOf|晋北风光新能源开发有限公司||旗下
左云县风电场|locatedIn|三屯乡||旗下
大同供电公司发展策划部|subsidiaryOf|国网山西省电力公司大同供电公司||发展策划部、营销部
大同供电公司营销部|subsidiaryOf|国网山西省电力公司大同供电公司||发展策划部、营销部
战略合作协议签约仪式|organizedBy|国网山西省电力公司大同供电公司|11月17日|11月17日
战略合作协议签约仪式|organizedBy|晋北风光新能源开发有限公司|11月17日|11月17日
战略合作协议签约仪式|locatedIn|平城区||11月17日
武振华|participatedIn|战略合作协议签约仪式||出席仪式
贺振宇|participatedIn|战略合作协议签约仪式||出席仪式
秦海涛|participatedIn|战略合作协议签约仪式||出席仪式
高鹏|participatedIn|战略合作协议签约仪式||主持
大同供电公司发展策划部|participatedIn|战略合作协议签约仪式||发展策划部、营销部
大同供电公司营销部|participatedIn|战略合作协议签约仪式||发展策划部、营销部
左云县供电公司|participatedIn|战略合作协议签约仪式||发展策划部、营销部
天镇县供电公司|participatedIn|战略合作协议签约仪式||发展策划部、营销部
贺振宇|worksFor|国网山西省电力公司大同供电公司||出席仪式
贺振宇|holdsPosition|国网山西省电力公司大同供电公司|党委书记|出席仪式
贺振宇|holdsPosition|国网山西省电力公司大同供电公司|总经理|出席仪式
秦海涛|worksFor|晋北风光新能源开发有限公司||出席仪式
秦海涛|holdsPosition|晋北风光新能源开发有限公司|董事长|出席仪式
高鹏|worksFor|国网山西省电力公司大同供电公司||主持
高鹏|holdsPosition|国网山西省电力公司大同供电公司|副总经理|主持
""")

D('r03_yanlian.txt', '锡林郭勒供电公司开展极寒天气大面积停电应急演练', '2026-11-26', '北方新闻网', ['乌云其其格', '刘海波'], """
北方新闻网|Organization||
内蒙古电力（集团）有限责任公司|Company||
内蒙古电力（集团）有限责任公司锡林郭勒供电公司|Company|锡林郭勒供电公司|该公司
应急指挥中心|Company||该公司应急指挥中心
调控中心|Company||
输电管理处|Company||
锡林浩特供电分公司|Company||
锡林浩特供电分公司宝力根供电所|Company|宝力根供电所|
锡林郭勒盟应急管理局|Organization||
锡林郭勒盟能源局|Organization||
极寒天气大面积停电应急演练|Event|应急演练|11月25日
巴特尔|Person||蒙古族线路工
阿拉坦仓|Person||所长
张铁军|Person||总经理、党委副书记, 总指挥
乌云其其格|Person||文/图
刘海波|Person||文/图
娜仁|Person||责任编辑
锡林浩特市|Place||
宝力根苏木|Place||
锡林郭勒|Place||
苏尼特左旗|Place||
东乌珠穆沁旗|Place||
""", """
@|reportedBy|乌云其其格|文/图|文/图
@|reportedBy|刘海波|文/图|文/图
@|reportedBy|娜仁|责任编辑|责任编辑：娜仁
内蒙古电力（集团）有限责任公司锡林郭勒供电公司|subsidiaryOf|内蒙古电力（集团）有限责任公司||11月25日
应急指挥中心|subsidiaryOf|内蒙古电力（集团）有限责任公司锡林郭勒供电公司||接到指令后
调控中心|subsidiaryOf|内蒙古电力（集团）有限责任公司锡林郭勒供电公司||接到指令后
输电管理处|subsidiaryOf|内蒙古电力（集团）有限责任公司锡林郭勒供电公司||接到指令后
锡林浩特供电分公司|subsidiaryOf|内蒙古电力（集团）有限责任公司锡林郭勒供电公司||接到指令后
锡林浩特供电分公司宝力根供电所|subsidiaryOf|锡林浩特供电分公司||阿拉坦仓组织
极寒天气大面积停电应急演练|organizedBy|内蒙古电力（集团）有限责任公司锡林郭勒供电公司|11月25日|11月25日
极寒天气大面积停电应急演练|locatedIn|锡林浩特市||11月25日
锡林郭勒盟应急管理局|participatedIn|极寒天气大面积停电应急演练||11月25日
锡林郭勒盟能源局|participatedIn|极寒天气大面积停电应急演练||11月25日
应急指挥中心|participatedIn|极寒天气大面积停电应急演练||接到指令后
调控中心|participatedIn|极寒天气大面积停电应急演练||接到指令后
输电管理处|participatedIn|极寒天气大面积停电应急演练||接到指令后
锡林浩特供电分公司|participatedIn|极寒天气大面积停电应急演练||接到指令后
巴特尔|participatedIn|极寒天气大面积停电应急演练||巴特尔带领
阿拉坦仓|participatedIn|极寒天气大面积停电应急演练||巴特尔带领
锡林浩特供电分公司宝力根供电所|participatedIn|极寒天气大面积停电应急演练||巴特尔带领
张铁军|participatedIn|极寒天气大面积停电应急演练|总指挥|担任演练总指挥
巴特尔|worksFor|输电管理处||巴特尔带领
巴特尔|holdsPosition|输电管理处|线路工|巴特尔带领
阿拉坦仓|worksFor|锡林浩特供电分公司宝力根供电所||巴特尔带领
阿拉坦仓|holdsPosition|锡林浩特供电分公司宝力根供电所|所长|巴特尔带领
张铁军|worksFor|内蒙古电力（集团）有限责任公司锡林郭勒供电公司||担任演练总指挥
张铁军|holdsPosition|内蒙古电力（集团）有限责任公司锡林郭勒供电公司|总经理|担任演练总指挥
张铁军|holdsPosition|内蒙古电力（集团）有限责任公司锡林郭勒供电公司|党委副书记|担任演练总指挥
""")

D('r04_xinnengyuan.txt', '酒泉：百万千瓦风电项目送出工程投运', '2026-11-12', '甘肃日报', ['许文博'], """
学习强国|Organization||platform
甘肃日报|Organization||
国网甘肃省电力公司|Company||
国网甘肃省电力公司酒泉供电公司|Company|酒泉供电公司|
酒泉供电公司建设部|Company|建设部|constructed: 酒泉供电公司所属建设部
瓜州县供电公司|Company||
瓜州县供电公司运维班|Company|运维班|
甘肃河西新能源投资有限公司|Company||
柳园镇党委|Organization||
百万千瓦风电项目送出工程投运|Event|送出工程投运|11月10日
马占林|Person||运维班班长, 回族
祁建华|Person||副总经理
邢玉龙|Person||项目经理
魏晓东|Person||柳园镇党委书记
许文博|Person||作者
陈思远|Person||责任编辑
酒泉|Place|酒泉地区|
瓜州县|Place||
柳园镇|Place||
河西走廊|Place||
""", """
@|reportedBy|许文博|作者|作者：许文博
@|reportedBy|陈思远|责任编辑|责任编辑：陈思远
国网甘肃省电力公司酒泉供电公司|subsidiaryOf|国网甘肃省电力公司||11月10日
酒泉供电公司建设部|subsidiaryOf|国网甘肃省电力公司酒泉供电公司||所属建设部
瓜州县供电公司|subsidiaryOf|国网甘肃省电力公司酒泉供电公司||所属建设部
瓜州县供电公司运维班|subsidiaryOf|瓜州县供电公司||运维班班长
百万千瓦风电项目送出工程投运|organizedBy|国网甘肃省电力公司酒泉供电公司|11月10日|11月10日
酒泉供电公司建设部|participatedIn|百万千瓦风电项目送出工程投运||所属建设部
瓜州县供电公司|participatedIn|百万千瓦风电项目送出工程投运||所属建设部
马占林|worksFor|瓜州县供电公司运维班||运维班班长
马占林|holdsPosition|瓜州县供电公司运维班|班长|运维班班长
祁建华|worksFor|国网甘肃省电力公司酒泉供电公司||祁建华介绍
祁建华|holdsPosition|国网甘肃省电力公司酒泉供电公司|副总经理|祁建华介绍
邢玉龙|worksFor|甘肃河西新能源投资有限公司||邢玉龙表示
邢玉龙|holdsPosition|甘肃河西新能源投资有限公司|项目经理|邢玉龙表示
魏晓东|holdsPosition|柳园镇党委|党委书记|魏晓东说
柳园镇党委|locatedIn|瓜州县||魏晓东说
""")

D('r05_zhucun.txt', '喀什供电公司驻村工作队：把温暖送到牧民心坎上', '2026-11-21', '天山网', ['古丽娜尔·艾买提', '王振宇'], """
天山网|Organization||
国网新疆电力有限公司|Company||
国网新疆电力有限公司喀什供电公司|Company|喀什供电公司|
疏附县供电公司|Company||
阿亚克村|Community||该村 not used; 村里
塔什米里克乡|Place||
疏附县|Place||
伽师县|Place||
吐尔逊·买买提|Person||驻村工作队队长兼第一书记, 维吾尔族
刘建平|Person||队员, 汉族
努尔兰·别克|Person||队员, 哈萨克族
阿不都热依木·吐尔地|Person||村民
谢立群|Person||党委副书记、工会主席
买买提·艾力|Person||村党支部书记
古丽娜尔·艾买提|Person||记者
王振宇|Person||通讯员
阿依努尔|Person||责任编辑
走访慰问|Event||11月18日, 阿亚克村
""", """
@|reportedBy|古丽娜尔·艾买提|记者|记者 古丽娜尔
@|reportedBy|王振宇|通讯员|记者 古丽娜尔
@|reportedBy|阿依努尔|责任编辑|责任编辑：阿依努尔
国网新疆电力有限公司喀什供电公司|subsidiaryOf|国网新疆电力有限公司||初冬的疏附县
国网新疆电力有限公司喀什供电公司|servesCommunity|阿亚克村||定点帮扶阿亚克村
阿亚克村|locatedIn|塔什米里克乡||初冬的疏附县
吐尔逊·买买提|worksFor|国网新疆电力有限公司喀什供电公司||初冬的疏附县
吐尔逊·买买提|holdsPosition|国网新疆电力有限公司喀什供电公司|驻村工作队队长|初冬的疏附县
吐尔逊·买买提|holdsPosition|国网新疆电力有限公司喀什供电公司|第一书记|初冬的疏附县
吐尔逊·买买提|servesCommunity|阿亚克村||初冬的疏附县
刘建平|worksFor|国网新疆电力有限公司喀什供电公司|工作队队员|工作队由三名队员组成
刘建平|servesCommunity|阿亚克村||工作队由三名队员组成
努尔兰·别克|worksFor|国网新疆电力有限公司喀什供电公司|工作队队员|工作队由三名队员组成
努尔兰·别克|servesCommunity|阿亚克村||工作队由三名队员组成
疏附县供电公司|servesCommunity|阿亚克村||协调疏附县供电公司
谢立群|worksFor|国网新疆电力有限公司喀什供电公司||谢立群带队
谢立群|holdsPosition|国网新疆电力有限公司喀什供电公司|党委副书记|谢立群带队
谢立群|holdsPosition|国网新疆电力有限公司喀什供电公司|工会主席|谢立群带队
谢立群|servesCommunity|阿亚克村||谢立群带队
谢立群|participatedIn|走访慰问|11月18日|谢立群带队
国网新疆电力有限公司喀什供电公司|participatedIn|走访慰问|11月18日|谢立群带队
""")

D('r06_gongnuan.txt', '零下30度的上门服务：呼兰供电人守护万家暖', '2026-12-01', '东北网', ['孙丽娜', '周宏伟'], """
东北网|Organization||
国网黑龙江省电力有限公司|Company|国网黑龙江电力|
国网黑龙江省电力有限公司营销服务中心|Company|营销服务中心|
国网哈尔滨供电公司|Company|哈尔滨供电公司|
呼兰区供电分公司|Company||
呼兰区供电分公司康金供电所|Company|康金供电所|
王桂兰|Person||村民
于海洋|Person||副所长
杜文斌|Person||班组长
金成浩|Person||网格员, 朝鲜族
梁宇鹏|Person||营销服务中心副主任
常立军|Person||经理
孙丽娜|Person||作者
周宏伟|Person||摄影
高晓峰|Person||责任编辑
新兴村|Community||
康金街道|Community||
哈尔滨市|Place||
呼兰区|Place|呼兰|
阿城|Place||
暖冬行动|Event||入户走访 campaign
国网双鸭山供电公司|Company|双鸭山供电公司||T
国网双鸭山供电公司运维检修部|Company|运维检修部||T
邵长河|Person||运维检修部主任|T
集贤县|Place|||T
供电检查|Event||11月下旬, 集贤县6座煤矿|T
""", """
@|reportedBy|孙丽娜|作者|作者：孙丽娜
@|reportedBy|周宏伟|摄影|作者：孙丽娜
@|reportedBy|高晓峰|责任编辑|责任编辑：高晓峰
国网哈尔滨供电公司|subsidiaryOf|国网黑龙江省电力有限公司||哈尔滨供电公司在呼兰
国网黑龙江省电力有限公司营销服务中心|subsidiaryOf|国网黑龙江省电力有限公司||梁宇鹏
呼兰区供电分公司|subsidiaryOf|国网哈尔滨供电公司||半小时后
呼兰区供电分公司康金供电所|subsidiaryOf|呼兰区供电分公司||半小时后
呼兰区供电分公司康金供电所|servesCommunity|新兴村||半小时后
新兴村|locatedIn|康金街道||王桂兰拨通
康金街道|locatedIn|呼兰区||王桂兰拨通
于海洋|worksFor|呼兰区供电分公司康金供电所||带队的是
于海洋|holdsPosition|呼兰区供电分公司康金供电所|副所长|带队的是
于海洋|servesCommunity|新兴村||带队的是
杜文斌|worksFor|呼兰区供电分公司康金供电所||带队的是
杜文斌|holdsPosition|呼兰区供电分公司康金供电所|班组长|带队的是
杜文斌|servesCommunity|新兴村||带队的是
金成浩|worksFor|呼兰区供电分公司康金供电所||新兴村的网格员
金成浩|holdsPosition|呼兰区供电分公司康金供电所|网格员|新兴村的网格员
金成浩|servesCommunity|新兴村||新兴村的网格员
梁宇鹏|worksFor|国网黑龙江省电力有限公司营销服务中心||梁宇鹏
梁宇鹏|holdsPosition|国网黑龙江省电力有限公司营销服务中心|副主任|梁宇鹏
常立军|worksFor|呼兰区供电分公司||常立军说
常立军|holdsPosition|呼兰区供电分公司|经理|常立军说
暖冬行动|organizedBy|呼兰区供电分公司||常立军说
国网双鸭山供电公司运维检修部|subsidiaryOf|国网双鸭山供电公司||邵长河|T
邵长河|worksFor|国网双鸭山供电公司运维检修部||邵长河|T
邵长河|holdsPosition|国网双鸭山供电公司运维检修部|主任|邵长河|T
邵长河|participatedIn|供电检查|11月下旬|邵长河|T
供电检查|locatedIn|集贤县|11月下旬|邵长河|T
""")

D('r07_huiyi.txt', '保定供电公司召开迎峰度冬保供电工作会议', '2026-11-16', '河北新闻网', ['冯晓宇', '田雨萌'], """
河北新闻网|Organization||
国网保定供电公司|Company|保定供电公司|
调控中心|Company||本部 department
营销部|Company||本部 department
国网涞源县供电公司|Company||该公司 in 蔡俊峰 sentence
国网易县供电公司|Company|易县供电公司|
国网易县供电公司梁格庄供电所|Company|易县供电公司梁格庄供电所,梁格庄供电所|
迎峰度冬保供电工作会议|Event||11月14日
邢国强|Person||党委书记、董事长
吕文斌|Person||总经理、党委副书记
徐红梅|Person||副总经理
黎志远|Person||调控中心主任
孔令辉|Person||营销部主任
蔡俊峰|Person||经理
傅春来|Person||所长
王若曦|Person||先进个人
冯晓宇|Person||记者
田雨萌|Person||通讯员
宋洁|Person||责任编辑
涿州|Place||
定州|Place||
高碑店|Place||
保定|Place||
涞源县|Place||
""", """
@|reportedBy|冯晓宇|记者|记者：冯晓宇
@|reportedBy|田雨萌|通讯员|记者：冯晓宇
@|reportedBy|宋洁|责任编辑|责任编辑：宋洁
迎峰度冬保供电工作会议|organizedBy|国网保定供电公司|11月14日|11月14日
邢国强|participatedIn|迎峰度冬保供电工作会议||出席会议并讲话
吕文斌|participatedIn|迎峰度冬保供电工作会议||出席会议并讲话
徐红梅|participatedIn|迎峰度冬保供电工作会议||徐红梅通报
黎志远|participatedIn|迎峰度冬保供电工作会议||黎志远
孔令辉|participatedIn|迎峰度冬保供电工作会议||黎志远
蔡俊峰|participatedIn|迎峰度冬保供电工作会议||作了交流发言
傅春来|participatedIn|迎峰度冬保供电工作会议||作了交流发言
邢国强|worksFor|国网保定供电公司||出席会议并讲话
邢国强|holdsPosition|国网保定供电公司|党委书记|出席会议并讲话
邢国强|holdsPosition|国网保定供电公司|董事长|出席会议并讲话
吕文斌|worksFor|国网保定供电公司||出席会议并讲话
吕文斌|holdsPosition|国网保定供电公司|总经理|出席会议并讲话
吕文斌|holdsPosition|国网保定供电公司|党委副书记|出席会议并讲话
徐红梅|worksFor|国网保定供电公司||徐红梅通报
徐红梅|holdsPosition|国网保定供电公司|副总经理|徐红梅通报
调控中心|subsidiaryOf|国网保定供电公司||黎志远
营销部|subsidiaryOf|国网保定供电公司||黎志远
黎志远|worksFor|调控中心||黎志远
黎志远|holdsPosition|调控中心|主任|黎志远
孔令辉|worksFor|营销部||黎志远
孔令辉|holdsPosition|营销部|主任|黎志远
国网涞源县供电公司|subsidiaryOf|国网保定供电公司||作了交流发言
国网易县供电公司|subsidiaryOf|国网保定供电公司||作了交流发言
国网易县供电公司梁格庄供电所|subsidiaryOf|国网易县供电公司||作了交流发言
蔡俊峰|worksFor|国网涞源县供电公司||作了交流发言
蔡俊峰|holdsPosition|国网涞源县供电公司|经理|作了交流发言
傅春来|worksFor|国网易县供电公司梁格庄供电所||作了交流发言
傅春来|holdsPosition|国网易县供电公司梁格庄供电所|所长|作了交流发言
王若曦|worksFor|国网保定供电公司||王若曦等15名个人
""")

D('r08_rongyu.txt', '忻州供电两名职工分获省五一劳动奖章和青年岗位能手称号', '2026-11-27', '黄河新闻网', ['续鹏飞', '武晓燕'], """
黄河新闻网|Organization||
山西省总工会|Organization||
共青团山西省委|Organization||
山西省人力资源和社会保障厅|Organization||
国网忻州供电公司|Company|忻州供电公司|
国网忻州供电公司变电运维中心|Company|变电运维中心|
国网五台县供电公司|Company||
国网五台县供电公司豆村供电所|Company|豆村供电所|
豆村供电所青年志愿服务队|Organization||
东冶头村小学|Organization||
闫建军|Person||变电运维中心副主任
任雅琪|Person||员工, 台区经理
焦立平|Person||党委书记
续鹏飞|Person||作者
武晓燕|Person||作者
樊丽|Person||编辑
东冶头村|Community||
西冶头村|Community||
豆村镇|Place||
五台县|Place||
忻州|Place|忻州地区|
“学先进、争先锋”活动|Event||
""", """
@|reportedBy|续鹏飞|作者|作者：续鹏飞
@|reportedBy|武晓燕|作者|作者：续鹏飞
@|reportedBy|樊丽|编辑|编辑：樊丽
国网忻州供电公司变电运维中心|subsidiaryOf|国网忻州供电公司||印发表彰决定
闫建军|worksFor|国网忻州供电公司变电运维中心||印发表彰决定
闫建军|holdsPosition|国网忻州供电公司变电运维中心|副主任|印发表彰决定
闫建军|honoredBy|山西省总工会|山西省五一劳动奖章|印发表彰决定
国网五台县供电公司|subsidiaryOf|国网忻州供电公司||榜上有名
国网五台县供电公司豆村供电所|subsidiaryOf|国网五台县供电公司||榜上有名
任雅琪|worksFor|国网五台县供电公司豆村供电所||榜上有名
任雅琪|holdsPosition|国网五台县供电公司豆村供电所|员工|榜上有名
任雅琪|holdsPosition|国网五台县供电公司豆村供电所|台区经理|当了一名台区经理
任雅琪|honoredBy|共青团山西省委|山西青年岗位能手|榜上有名
任雅琪|honoredBy|山西省人力资源和社会保障厅|山西青年岗位能手|榜上有名
任雅琪|servesCommunity|东冶头村||她负责的台区
任雅琪|servesCommunity|西冶头村||她负责的台区
东冶头村|locatedIn|豆村镇||她负责的台区
西冶头村|locatedIn|豆村镇||她负责的台区
豆村供电所青年志愿服务队|servesCommunity|东冶头村||牵头成立
东冶头村小学|locatedIn|东冶头村||牵头成立
焦立平|worksFor|国网忻州供电公司||焦立平表示
焦立平|holdsPosition|国网忻州供电公司|党委书记|焦立平表示
“学先进、争先锋”活动|organizedBy|国网忻州供电公司||焦立平表示
""")

D('r09_gongjian.txt', '科尔沁区供电分公司与明仁街道团结社区开展结对共建', '2026-11-09', '通辽新闻网', ['包玉梅'], """
通辽新闻网|Organization||
内蒙古电力（集团）有限责任公司|Company||
内蒙古电力（集团）有限责任公司通辽供电公司|Company|通辽供电公司|
科尔沁区供电分公司|Company||该分公司
通辽供电公司党建工作部|Company|党建工作部|
科尔沁区供电分公司党支部|Organization||
团结社区党委|Organization||
“彩虹”共产党员服务队|Organization||
团结社区|Community|明仁街道团结社区|
明仁街道|Community||
和平社区|Community||
建国社区|Community||
科尔沁区|Place||
苏和巴特尔|Person||服务队队长, 蒙古族
胡秀英|Person||团结社区党委书记、居委会主任
关德福|Person||居民, 满族
李向东|Person||经理
石慧敏|Person||党建工作部主任
包玉梅|Person||记者
王欣|Person||责任编辑
党建结对共建|Event|结对共建|11月6日 signing
""", """
@|reportedBy|包玉梅|记者|记者：包玉梅
@|reportedBy|王欣|责任编辑|责任编辑：王欣
内蒙古电力（集团）有限责任公司通辽供电公司|subsidiaryOf|内蒙古电力（集团）有限责任公司||11月6日
科尔沁区供电分公司|subsidiaryOf|内蒙古电力（集团）有限责任公司通辽供电公司||11月6日
科尔沁区供电分公司党支部|participatedIn|党建结对共建|11月6日|11月6日
团结社区党委|participatedIn|党建结对共建|11月6日|11月6日
科尔沁区供电分公司党支部|servesCommunity|团结社区||11月6日
团结社区|locatedIn|明仁街道||11月6日
明仁街道|locatedIn|科尔沁区||11月6日
“彩虹”共产党员服务队|servesCommunity|团结社区||签约当天
科尔沁区供电分公司|servesCommunity|团结社区||签约当天
苏和巴特尔|holdsPosition|“彩虹”共产党员服务队|队长|服务队队长
苏和巴特尔|worksFor|“彩虹”共产党员服务队||服务队队长
苏和巴特尔|servesCommunity|团结社区||服务队队长
胡秀英|holdsPosition|团结社区党委|党委书记|胡秀英说
李向东|worksFor|科尔沁区供电分公司||李向东介绍
李向东|holdsPosition|科尔沁区供电分公司|经理|李向东介绍
科尔沁区供电分公司|servesCommunity|和平社区||李向东介绍
科尔沁区供电分公司|servesCommunity|建国社区||李向东介绍
通辽供电公司党建工作部|subsidiaryOf|内蒙古电力（集团）有限责任公司通辽供电公司||石慧敏
石慧敏|worksFor|通辽供电公司党建工作部||石慧敏
石慧敏|holdsPosition|通辽供电公司党建工作部|主任|石慧敏
""")

D('r10_wanggeyuan.txt', '定西安定区：供电网格员的“暖冬账本”', '2026-11-30', '每日甘肃网-定西日报', ['包晓军', '何婷'], """
每日甘肃网|Organization||
定西日报|Organization||
国网甘肃省电力公司|Company||
国网甘肃省电力公司定西供电公司|Company|国网定西供电公司|
安定区供电分公司|Company||
安定区供电分公司内官供电所|Company|内官供电所|
潘立华|Person||网格员
贾志明|Person||所长
牛永福|Person||先锋村村委会主任
杨春燕|Person||副总经理
车宏斌|Person||经理
包晓军|Person||通讯员
何婷|Person||记者
马晓梅|Person||责任编辑
先锋村|Community||
景家店村|Community||
安定区|Place||
内官营镇|Place||
定西|Place|定西地区|
""", """
@|reportedBy|包晓军|通讯员|通讯员 包晓军
@|reportedBy|何婷|记者|通讯员 包晓军
@|reportedBy|马晓梅|责任编辑|责任编辑：马晓梅
国网甘肃省电力公司定西供电公司|subsidiaryOf|国网甘肃省电力公司||杨春燕介绍
安定区供电分公司|subsidiaryOf|国网甘肃省电力公司定西供电公司||网格员潘立华
安定区供电分公司内官供电所|subsidiaryOf|安定区供电分公司||网格员潘立华
潘立华|worksFor|安定区供电分公司内官供电所||网格员潘立华
潘立华|holdsPosition|安定区供电分公司内官供电所|网格员|网格员潘立华
潘立华|servesCommunity|先锋村||负责的网格
潘立华|servesCommunity|景家店村||负责的网格
先锋村|locatedIn|内官营镇||负责的网格
景家店村|locatedIn|内官营镇||负责的网格
贾志明|worksFor|安定区供电分公司内官供电所||贾志明带领
贾志明|holdsPosition|安定区供电分公司内官供电所|所长|贾志明带领
贾志明|servesCommunity|先锋村||贾志明带领
安定区供电分公司内官供电所|servesCommunity|先锋村||贾志明带领
杨春燕|worksFor|国网甘肃省电力公司定西供电公司||杨春燕介绍
杨春燕|holdsPosition|国网甘肃省电力公司定西供电公司|副总经理|杨春燕介绍
车宏斌|worksFor|安定区供电分公司||车宏斌说
车宏斌|holdsPosition|安定区供电分公司|经理|车宏斌说
""")

D('r11_qidong.txt', '伊犁州首个“光伏+储能”示范项目启动建设', '2026-11-19', '亚心网', ['阿依古丽·肉孜', '董佳琪'], """
亚心网|Organization||
新疆天山绿能电力有限公司|Company||
新疆能源集团|Company||
国网伊犁伊河供电有限责任公司|Company|伊河供电公司|
国网新疆电力有限公司|Company||
察布查尔县供电公司|Company||
伊犁哈萨克自治州人民政府|Organization||
光储一体化项目开工启动仪式|Event|启动仪式|11月19日
叶尔兰·努尔兰|Person||副州长
贺立民|Person||总经理
肖振东|Person||总经理
吴丽娜|Person||察布查尔县县长
图克善|Person||客户经理, 锡伯族
那春雷|Person||经理
阿依古丽·肉孜|Person||记者
董佳琪|Person||实习生
热孜万|Person||责任编辑
伊犁州|Place||
察布查尔锡伯自治县|Place|察布查尔县|
琼博拉镇|Place||
哈密|Place||
昌吉|Place||
""", """
@|reportedBy|阿依古丽·肉孜|记者|记者 阿依古丽
@|reportedBy|董佳琪|实习生|记者 阿依古丽
@|reportedBy|热孜万|责任编辑|责任编辑
光储一体化项目开工启动仪式|locatedIn|琼博拉镇|11月19日|琼博拉镇举行
叶尔兰·努尔兰|participatedIn|光储一体化项目开工启动仪式||出席启动仪式
贺立民|participatedIn|光储一体化项目开工启动仪式||出席启动仪式
肖振东|participatedIn|光储一体化项目开工启动仪式||出席启动仪式
吴丽娜|participatedIn|光储一体化项目开工启动仪式||主持
叶尔兰·努尔兰|worksFor|伊犁哈萨克自治州人民政府||出席启动仪式
叶尔兰·努尔兰|holdsPosition|伊犁哈萨克自治州人民政府|副州长|出席启动仪式
贺立民|worksFor|国网伊犁伊河供电有限责任公司||出席启动仪式
贺立民|holdsPosition|国网伊犁伊河供电有限责任公司|总经理|出席启动仪式
肖振东|worksFor|新疆天山绿能电力有限公司||出席启动仪式
肖振东|holdsPosition|新疆天山绿能电力有限公司|总经理|出席启动仪式
国网伊犁伊河供电有限责任公司|subsidiaryOf|国网新疆电力有限公司||控股子公司
新疆天山绿能电力有限公司|subsidiaryOf|新疆能源集团||全资子公司
察布查尔县供电公司|subsidiaryOf|国网伊犁伊河供电有限责任公司||图克善
图克善|worksFor|察布查尔县供电公司||图克善
图克善|holdsPosition|察布查尔县供电公司|客户经理|图克善
那春雷|worksFor|察布查尔县供电公司||那春雷
那春雷|holdsPosition|察布查尔县供电公司|经理|那春雷
""")

D('r12_qiangxian.txt', '暴雪过后，牡丹江电力人连夜抢修', '2026-11-23', '中国电力新闻网', ['高明轩', '许静怡'], """
中国电力新闻网|Organization||
国网牡丹江供电公司|Company|牡丹江供电公司|
国网宁安市供电公司|Company|宁安市供电公司|
国网宁安市供电公司渤海供电所|Company|渤海供电所|
海林市供电公司|Company||
穆棱市供电公司|Company||
国网黑龙江省电力有限公司|Company||
宁安市供电公司团委|Organization||
今冬首场暴雪|Event|暴雪|11月20日至21日
抗灾抢险|Event||11月20日至21日
韩立东|Person||所长 (老韩 once)
邹海峰|Person||副所长
曲志宏|Person||副总经理、安全总监
朴美善|Person||团委书记, 朝鲜族
邓玉林|Person||副总经理
高明轩|Person||记者
许静怡|Person||通讯员
潘颖|Person||责任编辑
牡丹江市|Place||
宁安市|Place|宁安|
渤海镇|Place||
黑龙江省|Place||
上官地村|Community||
小朱家村|Community||
国网鸡西供电公司|Company|鸡西供电公司||T
国网鸡西供电公司输电运检中心|Company|输电运检中心||T
庞海军|Person||输电运检中心主任|T
冬季输电线路特巡|Event|特巡||T
""", """
@|reportedBy|高明轩|记者|记者 高明轩
@|reportedBy|许静怡|通讯员|记者 高明轩
@|reportedBy|潘颖|责任编辑|责任编辑：潘颖
今冬首场暴雪|locatedIn|牡丹江市|11月20日至21日|今冬首场暴雪
抗灾抢险|organizedBy|国网牡丹江供电公司||启动抗灾抢险
国网宁安市供电公司渤海供电所|subsidiaryOf|国网宁安市供电公司||蹚着齐膝
韩立东|worksFor|国网宁安市供电公司渤海供电所||蹚着齐膝
韩立东|holdsPosition|国网宁安市供电公司渤海供电所|所长|蹚着齐膝
韩立东|participatedIn|抗灾抢险||蹚着齐膝
国网宁安市供电公司渤海供电所|participatedIn|抗灾抢险||蹚着齐膝
邹海峰|worksFor|国网宁安市供电公司渤海供电所||副所长邹海峰
邹海峰|holdsPosition|国网宁安市供电公司渤海供电所|副所长|副所长邹海峰
邹海峰|participatedIn|抗灾抢险||副所长邹海峰
国网宁安市供电公司渤海供电所|servesCommunity|上官地村||4个小时抢修
国网宁安市供电公司渤海供电所|servesCommunity|小朱家村||4个小时抢修
上官地村|locatedIn|渤海镇||4个小时抢修
小朱家村|locatedIn|渤海镇||4个小时抢修
曲志宏|worksFor|国网牡丹江供电公司||曲志宏带领
曲志宏|holdsPosition|国网牡丹江供电公司|副总经理|曲志宏带领
曲志宏|holdsPosition|国网牡丹江供电公司|安全总监|曲志宏带领
曲志宏|participatedIn|抗灾抢险||曲志宏带领
海林市供电公司|subsidiaryOf|国网牡丹江供电公司||驰援宁安
穆棱市供电公司|subsidiaryOf|国网牡丹江供电公司||驰援宁安
海林市供电公司|participatedIn|抗灾抢险||驰援宁安
穆棱市供电公司|participatedIn|抗灾抢险||驰援宁安
宁安市供电公司团委|participatedIn|抗灾抢险||团委组织青年突击队
国网宁安市供电公司|participatedIn|抗灾抢险||团委组织青年突击队
朴美善|worksFor|国网宁安市供电公司||团委组织青年突击队
朴美善|holdsPosition|宁安市供电公司团委|团委书记|团委组织青年突击队
朴美善|participatedIn|抗灾抢险||团委组织青年突击队
朴美善|servesCommunity|上官地村||团委组织青年突击队
宁安市供电公司团委|servesCommunity|上官地村||团委组织青年突击队
邓玉林|worksFor|国网黑龙江省电力有限公司||邓玉林
邓玉林|holdsPosition|国网黑龙江省电力有限公司|副总经理|邓玉林
邓玉林|participatedIn|抗灾抢险||邓玉林
国网鸡西供电公司输电运检中心|subsidiaryOf|国网鸡西供电公司||庞海军|T
庞海军|worksFor|国网鸡西供电公司输电运检中心||庞海军|T
庞海军|holdsPosition|国网鸡西供电公司输电运检中心|主任|庞海军|T
冬季输电线路特巡|organizedBy|国网鸡西供电公司||庞海军|T
""")

D('r13_jingsai.txt', '承德供电公司举办配电线路技能竞赛', '2026-10-29', '长城网', ['柴佳慧', '杨国庆'], """
长城网|Organization||
国网冀北电力有限公司|Company|冀北电力公司|
国网冀北电力有限公司承德供电公司|Company|承德供电公司|
国网丰宁满族自治县供电公司|Company|丰宁县供电公司|
国网围场满族蒙古族自治县供电公司|Company|围场县供电公司|
国网平泉市供电公司|Company||
围场县供电公司配电运检班|Company|配电运检班|
配电线路带电作业技能竞赛|Event|技能竞赛,竞赛|10月27日至28日
带电作业培训班|Event|培训班|
“技能强企”专项行动|Event||
包立伟|Person||选手, 蒙古族
闫秀清|Person||工会主席
吕振海|Person||技术专家
祝海燕|Person||总经理
柴佳慧|Person||作者
杨国庆|Person||作者
武亚男|Person||责任编辑
丰宁县|Place||
承德市|Place||
""", """
@|reportedBy|柴佳慧|作者|作者：柴佳慧
@|reportedBy|杨国庆|作者|作者：柴佳慧
@|reportedBy|武亚男|责任编辑|责任编辑：武亚男
国网冀北电力有限公司承德供电公司|subsidiaryOf|国网冀北电力有限公司||10月27日至28日
配电线路带电作业技能竞赛|organizedBy|国网冀北电力有限公司承德供电公司|10月27日至28日|10月27日至28日
配电线路带电作业技能竞赛|organizedBy|国网丰宁满族自治县供电公司|10月27日至28日|10月27日至28日
配电线路带电作业技能竞赛|locatedIn|丰宁县||10月27日至28日
国网围场满族蒙古族自治县供电公司|participatedIn|配电线路带电作业技能竞赛||团体一等奖
国网丰宁满族自治县供电公司|participatedIn|配电线路带电作业技能竞赛||团体一等奖
国网平泉市供电公司|participatedIn|配电线路带电作业技能竞赛||团体一等奖
包立伟|participatedIn|配电线路带电作业技能竞赛||团体一等奖
包立伟|worksFor|国网围场满族蒙古族自治县供电公司||团体一等奖
围场县供电公司配电运检班|subsidiaryOf|国网围场满族蒙古族自治县供电公司||工作了8年
包立伟|worksFor|围场县供电公司配电运检班||工作了8年
闫秀清|worksFor|国网冀北电力有限公司承德供电公司||闫秀清在闭幕式
闫秀清|holdsPosition|国网冀北电力有限公司承德供电公司|工会主席|闫秀清在闭幕式
闫秀清|participatedIn|配电线路带电作业技能竞赛||闫秀清在闭幕式
配电线路带电作业技能竞赛|participatedIn|“技能强企”专项行动||DROP
“技能强企”专项行动|organizedBy|国网冀北电力有限公司承德供电公司||闫秀清在闭幕式
带电作业培训班|organizedBy|国网冀北电力有限公司承德供电公司||培训班
吕振海|participatedIn|带电作业培训班|授课|培训班
吕振海|worksFor|国网冀北电力有限公司|技术专家|培训班
吕振海|holdsPosition|国网冀北电力有限公司|技术专家|培训班
祝海燕|worksFor|国网丰宁满族自治县供电公司||祝海燕表示
祝海燕|holdsPosition|国网丰宁满族自治县供电公司|总经理|祝海燕表示
""")

D('r14_baogongdian.txt', '晋中：太谷供电所开展冬季保供电专项行动', '2026-11-13', '山西新闻网', ['常晓燕'], """
山西新闻网|Organization||
国网晋中供电公司|Company|晋中供电公司|
国网晋中供电公司太谷区供电公司|Company|太谷区供电公司|
太谷区供电公司胡村供电所|Company|胡村供电所|所里
太谷区供电公司营销部|Company|营销部|
调控中心|Company||of 晋中供电公司
华润燃气太谷热力站|Company||
太谷区人民医院|Organization||
冬季保供电专项行动|Event|专项行动|为期三个月
杜国华|Person||所长
阎丽芳|Person||营销部主任
赵学军|Person||后勤科科长
霍文亮|Person||党支部书记、经理
常晓燕|Person||作者
韩志刚|Person||编辑
胡村|Community||
南席村|Community||
胡村镇|Place||
晋中市|Place|晋中|
太谷区|Place||
""", """
@|reportedBy|常晓燕|作者|作者：常晓燕
@|reportedBy|韩志刚|编辑|编辑：韩志刚
国网晋中供电公司太谷区供电公司|subsidiaryOf|国网晋中供电公司||为期三个月
冬季保供电专项行动|organizedBy|国网晋中供电公司太谷区供电公司||为期三个月
冬季保供电专项行动|locatedIn|太谷区||为期三个月
太谷区供电公司胡村供电所|subsidiaryOf|国网晋中供电公司太谷区供电公司||测温巡查
太谷区供电公司胡村供电所|servesCommunity|胡村||测温巡查
太谷区供电公司胡村供电所|servesCommunity|南席村||测温巡查
太谷区供电公司胡村供电所|participatedIn|冬季保供电专项行动||测温巡查
胡村|locatedIn|胡村镇||测温巡查
南席村|locatedIn|胡村镇||测温巡查
杜国华|worksFor|太谷区供电公司胡村供电所||杜国华介绍
杜国华|holdsPosition|太谷区供电公司胡村供电所|所长|杜国华介绍
太谷区供电公司营销部|subsidiaryOf|国网晋中供电公司太谷区供电公司||阎丽芳
阎丽芳|worksFor|太谷区供电公司营销部||阎丽芳
阎丽芳|holdsPosition|太谷区供电公司营销部|主任|阎丽芳
阎丽芳|participatedIn|冬季保供电专项行动||阎丽芳
赵学军|worksFor|太谷区人民医院||赵学军说
赵学军|holdsPosition|太谷区人民医院|后勤科科长|赵学军说
霍文亮|worksFor|国网晋中供电公司太谷区供电公司||霍文亮说
霍文亮|holdsPosition|国网晋中供电公司太谷区供电公司|党支部书记|霍文亮说
霍文亮|holdsPosition|国网晋中供电公司太谷区供电公司|经理|霍文亮说
调控中心|subsidiaryOf|国网晋中供电公司||调控中心
""")

D('r15_qingnian.txt', '“青年文明号”背后的巴州电力青年', '2026-11-28', '新疆日报', ['李娅', '努尔古丽·托乎提'], """
学习强国|Organization||platform
新疆日报|Organization||
共青团新疆维吾尔自治区委员会|Organization||
新疆维吾尔自治区总工会|Organization||
国网巴州供电公司|Company|巴州供电公司|
国网巴州供电公司库尔勒城区供电中心营业厅|Company|库尔勒城区供电中心营业厅|
巴州供电公司轮台县供电公司|Company|轮台县供电公司|
巴州供电公司团委|Organization||
“石榴籽”青年志愿服务队|Organization||
沙依拉·阿不都|Person||营业厅班长
巴音|Person||蒙古族同事
张馨月|Person||团委书记
阿迪力·买买提|Person||青年员工
邵建国|Person||党委书记
努尔买买提|Person||团结社区居民
李娅|Person||作者
努尔古丽·托乎提|Person||作者
王晓燕|Person||责任编辑
团结社区|Community||
建设社区|Community||
萨依巴格街道|Community||
库尔勒市|Place||
“青年文明号”创建活动|Event||
""", """
@|reportedBy|李娅|作者|作者：李娅
@|reportedBy|努尔古丽·托乎提|作者|作者：李娅
@|reportedBy|王晓燕|责任编辑|责任编辑：王晓燕
国网巴州供电公司库尔勒城区供电中心营业厅|subsidiaryOf|国网巴州供电公司||下属的窗口单位
沙依拉·阿不都|worksFor|国网巴州供电公司库尔勒城区供电中心营业厅||营业厅班长
沙依拉·阿不都|holdsPosition|国网巴州供电公司库尔勒城区供电中心营业厅|班长|营业厅班长
巴音|worksFor|国网巴州供电公司库尔勒城区供电中心营业厅||蒙古族同事巴音
“石榴籽”青年志愿服务队|servesCommunity|团结社区||石榴籽
“石榴籽”青年志愿服务队|servesCommunity|建设社区||石榴籽
团结社区|locatedIn|萨依巴格街道||石榴籽
建设社区|locatedIn|萨依巴格街道||石榴籽
萨依巴格街道|locatedIn|库尔勒市||石榴籽
张馨月|worksFor|国网巴州供电公司||张馨月介绍
张馨月|holdsPosition|巴州供电公司团委|团委书记|张馨月介绍
巴州供电公司轮台县供电公司|subsidiaryOf|国网巴州供电公司||阿迪力
阿迪力·买买提|worksFor|巴州供电公司轮台县供电公司||阿迪力
阿迪力·买买提|holdsPosition|巴州供电公司轮台县供电公司|青年员工|阿迪力
阿迪力·买买提|honoredBy|新疆维吾尔自治区总工会|自治区五一劳动奖章|阿迪力
邵建国|worksFor|国网巴州供电公司||邵建国表示
邵建国|holdsPosition|国网巴州供电公司|党委书记|邵建国表示
“青年文明号”创建活动|organizedBy|国网巴州供电公司||邵建国表示
""")

def build():
    out = []
    errs = []
    for d in DOCS:
        text = normalized(d['file'])
        sents = sentences(text)
        ents, names = [], {}
        for line in d['E'].strip().splitlines():
            p = (line.split('|') + ['', '', '', ''])[:5]
            name, typ, al, note, t = p
            e = {'name': name, 'type': typ, 'aliases': [a for a in al.split(',') if a]}
            if note: e['note'] = note
            if t == 'T': e['note'] = 'related-teaser'
            ents.append(e); names[name] = [name] + e['aliases']
        rels = []
        for line in d['R'].strip().splitlines():
            p = (line.split('|') + ['', '', '', ''])[:6]
            h, r, t, q, frag, tz = p
            if frag == 'DROP': continue
            if h == '@': h = d['file']
            if frag:
                c = [s for s in sents if frag in s]
            else:
                c = [s for s in sents if any(x in s for x in names.get(h, [h])) and any(x in s for x in names.get(t, [t]))]
            if not c:
                errs.append((d['file'], line)); continue
            rel = {'head': h, 'relation': r, 'tail': t}
            if q: rel['qualifier'] = q
            rel['evidence'] = c[0]
            if tz == 'T': rel['note'] = 'related-teaser'
            rels.append(rel)
        title = d['title']
        out.append({'file': d['file'], 'title': title, 'published': d['date'], 'source': d['source'],
                    'authors': d['authors'], 'entities': ents, 'relations': rels})
    for e in errs: print('NO EVIDENCE', e)
    json.dump({'documents': out}, open(os.path.join(H, 'gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    return errs

if __name__ == '__main__':
    sys.exit(1 if build() else 0)
