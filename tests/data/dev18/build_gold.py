"""Build gold.json from the compact spec below. Evidence sentences are looked up by fragment in the
NORMALIZED text (decoded, pinyin removed, opencc t2s), so they are verbatim."""
import json, os, re, sys
import opencc
HERE = os.path.dirname(os.path.abspath(__file__))
t2s = opencc.OpenCC('t2s')
PY = re.compile(r'\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]+)\)')

def normalized(fn):
    raw = open(os.path.join(HERE, fn), 'rb').read()
    try:
        t = raw.decode('utf-8')
    except UnicodeDecodeError:
        t = raw.decode('gbk')
    t = PY.sub('', t)
    return t2s.convert(t)

def sentences(text):
    out = []
    for line in text.split('\n'):
        for s in re.findall(r'[^。！？!?]*[。！？!?]?', line):
            s = s.strip()
            if s:
                out.append(s)
    return out

P = str.maketrans({'，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?'})

def find(sents, frag, where):
    f = frag.translate(P)
    hits = [s for s in sents if f in s.translate(P)]
    if not hits:
        sys.exit(f'NOT FOUND in {where}: {frag}')
    return hits[0]

DOCS = {}
def doc(fn, title, published, source, authors, E, R):
    DOCS[fn] = dict(title=title, published=published, source=source, authors=authors, E=E, R=R)

# ---------------------------------------------------------------- z01
doc('z01_nanjing_marathon.txt', '国网南京供电公司“零闪动”护航2026南京马拉松', '2026-11-09', '新华网',
    ['孙宁远', '钱佳怡', '黄立群'], """
国网江苏省电力有限公司|Company||省公司; 南京/无锡供电分公司的上级
国网江苏省电力有限公司南京供电分公司|Company|国网南京供电公司|以下简称国网南京供电公司; 该公司
国网南京市建邺区供电中心|Company|建邺区供电中心|旗下区供电中心
国网南京供电公司配电运检室|Company||department
马拉松保电指挥部|Organization||成立; 总指挥刘振华
中国田径协会|Organization||
江苏省体育局|Organization||
南京市人民政府|Organization||
南京市体育局|Organization||
兴隆街道办事处|Organization||
新华网|Organization||source outlet
孙宁远|Person||记者
钱佳怡|Person||通讯员
黄立群|Person||通讯员
周梦琪|Person||责任编辑
刘振华|Person||副总经理、安全总监; 指挥部总指挥
顾明杰|Person||建邺区供电中心主任、党支部书记
陈小燕|Person||奥体社区网格员
吴海涛|Person||配电运检室带电作业班班长 (吴班长)
建邺区|Place|南京市建邺区|
兴隆街道|Community||
奥体社区|Community|兴隆街道奥体社区|
2026南京马拉松|Event||2026-11-08
2026南京马拉松保电任务|Event||2026-11-08
马拉松保电联合应急演练|Event||2026-11-05
国网江苏省电力有限公司无锡供电分公司|Company|国网无锡供电公司|related-teaser
国网江苏省电力有限公司无锡供电分公司营销部|Company||related-teaser
杨帆|Person||related-teaser
太湖半程马拉松|Event||related-teaser
太湖半程马拉松保电任务|Event||related-teaser
""", """
@|reportedBy|孙宁远|记者|记者 孙宁远
@|reportedBy|钱佳怡|通讯员|记者 孙宁远
@|reportedBy|黄立群|通讯员|记者 孙宁远
@|reportedBy|周梦琪|责任编辑|责任编辑:周梦琪
2026南京马拉松|locatedIn|建邺区|2026-11-08|鸣枪开跑
国网江苏省电力有限公司南京供电分公司|subsidiaryOf|国网江苏省电力有限公司||以下简称国网南京供电公司
国网江苏省电力有限公司南京供电分公司|participatedIn|2026南京马拉松保电任务|2026-11-08|以下简称国网南京供电公司
刘振华|worksFor|国网江苏省电力有限公司南京供电分公司||安全总监刘振华
刘振华|holdsPosition|国网江苏省电力有限公司南京供电分公司|副总经理|安全总监刘振华
刘振华|holdsPosition|国网江苏省电力有限公司南京供电分公司|安全总监|安全总监刘振华
刘振华|worksFor|马拉松保电指挥部||安全总监刘振华
刘振华|holdsPosition|马拉松保电指挥部|总指挥|安全总监刘振华
国网南京市建邺区供电中心|subsidiaryOf|国网江苏省电力有限公司南京供电分公司||该公司旗下建邺
国网南京市建邺区供电中心|participatedIn|2026南京马拉松保电任务||该公司旗下建邺
顾明杰|worksFor|国网南京市建邺区供电中心||党支部书记顾明杰
顾明杰|holdsPosition|国网南京市建邺区供电中心|主任|党支部书记顾明杰
顾明杰|holdsPosition|国网南京市建邺区供电中心|党支部书记|党支部书记顾明杰
马拉松保电联合应急演练|organizedBy|国网江苏省电力有限公司南京供电分公司|2026-11-05|开展马拉松保电联合应急演练
马拉松保电联合应急演练|organizedBy|南京市体育局|2026-11-05|开展马拉松保电联合应急演练
马拉松保电联合应急演练|organizedBy|兴隆街道办事处|2026-11-05|开展马拉松保电联合应急演练
陈小燕|participatedIn|马拉松保电联合应急演练||网格员陈小燕
陈小燕|servesCommunity|奥体社区||网格员陈小燕
奥体社区|locatedIn|兴隆街道||网格员陈小燕
国网南京供电公司配电运检室|subsidiaryOf|国网江苏省电力有限公司南京供电分公司||班长吴海涛
吴海涛|worksFor|国网南京供电公司配电运检室||班长吴海涛
吴海涛|holdsPosition|国网南京供电公司配电运检室|带电作业班班长|班长吴海涛
吴海涛|participatedIn|2026南京马拉松保电任务|2026-11-08|班长吴海涛
2026南京马拉松|organizedBy|中国田径协会||共同主办
2026南京马拉松|organizedBy|江苏省体育局||共同主办
2026南京马拉松|organizedBy|南京市人民政府||共同主办
2026南京马拉松|organizedBy|南京市体育局||共同主办
国网江苏省电力有限公司无锡供电分公司|participatedIn|太湖半程马拉松保电任务||国网无锡供电公司完成|T
国网江苏省电力有限公司无锡供电分公司|subsidiaryOf|国网江苏省电力有限公司||副主任杨帆带队|T
国网江苏省电力有限公司无锡供电分公司营销部|subsidiaryOf|国网江苏省电力有限公司无锡供电分公司||副主任杨帆带队|T
杨帆|worksFor|国网江苏省电力有限公司无锡供电分公司营销部||副主任杨帆带队|T
杨帆|holdsPosition|国网江苏省电力有限公司无锡供电分公司营销部|副主任|副主任杨帆带队|T
杨帆|participatedIn|太湖半程马拉松保电任务|2026-11-01|副主任杨帆带队|T
""")

# ---------------------------------------------------------------- z02
doc('z02_community_center.txt', '济南:供电所“搬进”社区党群服务中心 便民服务家门口办', '2026-10-21', '人民网-山东频道',
    ['鲁文博'], """
国网山东省电力公司|Company||
国网山东省电力公司济南供电公司|Company|国网济南供电公司|该公司
历下供电中心|Company||该公司历下供电中心
国网济南供电公司营销部|Company||department
燕山社区党群服务中心|Organization||
电力便民服务站|Organization||设立 in the community service centre
燕山社区党委|Organization||
人民网-山东频道|Organization||source outlet
鲁文博|Person||作者
赵雪|Person||责编
杜宏伟|Person||责编
王桂兰|Person||resident
许婷婷|Person||历下供电中心客户经理、共产党员服务队队员
郭红霞|Person||燕山社区党委书记兼居委会主任
马立新|Person||党委副书记、工会主席
孔德胜|Person||历下供电中心党支部书记
尹鹏|Person||营销部负责人
燕山社区|Community||
姚家街道|Community||
文化东路社区|Community||
历下区|Place|济南市历下区|
济南|Place||title
“安全用电进万家”主题党日活动|Event||2026-10-19
""", """
@|reportedBy|鲁文博|作者|作者:鲁文博
@|reportedBy|赵雪|责编|责编:赵雪
@|reportedBy|杜宏伟|责编|责编:赵雪
燕山社区党群服务中心|locatedIn|燕山社区||居民王桂兰
燕山社区|locatedIn|姚家街道||居民王桂兰
姚家街道|locatedIn|历下区||居民王桂兰
国网山东省电力公司济南供电公司|subsidiaryOf|国网山东省电力公司||开展结对共建
国网山东省电力公司济南供电公司|servesCommunity|燕山社区||开展结对共建
历下供电中心|subsidiaryOf|国网山东省电力公司济南供电公司||开展结对共建
历下供电中心|servesCommunity|燕山社区||开展结对共建
电力便民服务站|locatedIn|燕山社区||开展结对共建
许婷婷|worksFor|历下供电中心||队员许婷婷
许婷婷|holdsPosition|历下供电中心|客户经理|队员许婷婷
许婷婷|servesCommunity|燕山社区||队员许婷婷
许婷婷|servesCommunity|文化东路社区||队员许婷婷
郭红霞|worksFor|燕山社区党委||郭红霞介绍
郭红霞|holdsPosition|燕山社区党委|党委书记|郭红霞介绍
“安全用电进万家”主题党日活动|organizedBy|国网山东省电力公司济南供电公司|2026-10-19|主题党日活动
马立新|worksFor|国网山东省电力公司济南供电公司||主题党日活动
马立新|holdsPosition|国网山东省电力公司济南供电公司|党委副书记|主题党日活动
马立新|holdsPosition|国网山东省电力公司济南供电公司|工会主席|主题党日活动
马立新|participatedIn|“安全用电进万家”主题党日活动||主题党日活动
孔德胜|worksFor|历下供电中心||主题党日活动
孔德胜|holdsPosition|历下供电中心|党支部书记|主题党日活动
孔德胜|participatedIn|“安全用电进万家”主题党日活动||主题党日活动
国网济南供电公司营销部|subsidiaryOf|国网山东省电力公司济南供电公司||负责人尹鹏
尹鹏|worksFor|国网济南供电公司营销部||负责人尹鹏
尹鹏|holdsPosition|国网济南供电公司营销部|负责人|负责人尹鹏
燕山社区|locatedIn|历下区||燕山社区地处
""")

# ---------------------------------------------------------------- z03
doc('z03_first_secretary.txt', '中石油驻村第一书记的“三本账”', '2026-09-14', '中国新闻网',
    ['马晓东'], """
中国石油天然气集团有限公司|Company|中石油|
中国石油甘肃销售分公司|Company||该公司
定西分公司|Company||该公司定西分公司
田家河村党支部|Organization||
渭源县乡村振兴局|Organization||
中共甘肃省委|Organization||
中国新闻网|Organization|中新网|source outlet
马晓东|Person||记者
田博川|Person||编辑
邵建军|Person||驻村第一书记、工作队队长 (邵书记)
牛晓庆|Person||驻村工作队员
罗宏|Person||驻村工作队员
杨富贵|Person||村党支部书记、村委会主任
蔡志刚|Person||渭源县乡村振兴局局长
何卫东|Person||党委书记、总经理
田家河村|Community||
渭源县|Place|甘肃省定西市渭源县|
兰州|Place||dateline
第二届马铃薯丰收节|Event||2026-09-12
""", """
@|reportedBy|马晓东|记者|记者 马晓东
@|reportedBy|田博川|编辑|编辑:田博川
田家河村|locatedIn|渭源县||提起第一书记邵建军
中国石油甘肃销售分公司|subsidiaryOf|中国石油天然气集团有限公司||所属中国石油甘肃销售分公司
邵建军|worksFor|中国石油甘肃销售分公司||所属中国石油甘肃销售分公司
邵建军|holdsPosition|中国石油甘肃销售分公司|中层干部|所属中国石油甘肃销售分公司
邵建军|holdsPosition|中国石油甘肃销售分公司|驻村第一书记|所属中国石油甘肃销售分公司
邵建军|holdsPosition|中国石油甘肃销售分公司|工作队队长|所属中国石油甘肃销售分公司
邵建军|servesCommunity|田家河村||所属中国石油甘肃销售分公司
牛晓庆|servesCommunity|田家河村||驻村工作队员牛晓庆
罗宏|servesCommunity|田家河村||驻村工作队员牛晓庆
中国石油甘肃销售分公司|servesCommunity|田家河村||出资180万元
定西分公司|subsidiaryOf|中国石油甘肃销售分公司||该公司定西分公司
定西分公司|servesCommunity|田家河村||该公司定西分公司
杨富贵|worksFor|田家河村党支部||主任杨富贵
杨富贵|holdsPosition|田家河村党支部|党支部书记|主任杨富贵
蔡志刚|worksFor|渭源县乡村振兴局||局长蔡志刚
蔡志刚|holdsPosition|渭源县乡村振兴局|局长|局长蔡志刚
邵建军|honoredBy|中共甘肃省委|全省优秀驻村第一书记|被中共甘肃省委授予
何卫东|worksFor|中国石油甘肃销售分公司||总经理何卫东
何卫东|holdsPosition|中国石油甘肃销售分公司|党委书记|总经理何卫东
何卫东|holdsPosition|中国石油甘肃销售分公司|总经理|总经理何卫东
何卫东|servesCommunity|田家河村||总经理何卫东
何卫东|participatedIn|第二届马铃薯丰收节|2026-09-12|总经理何卫东
第二届马铃薯丰收节|locatedIn|田家河村|2026-09-12|总经理何卫东
""")

# ---------------------------------------------------------------- z04
doc('z04_enforcement_drill.txt', '深圳福田:街道综合执法队联合通信企业开展燃气泄漏应急演练', '2026-06-18', '光明网',
    ['严晓华', '叶思琪'], """
华富街道综合行政执法队|Organization||
中国移动通信集团广东有限公司|Company||
中国移动通信集团广东有限公司深圳分公司|Company|深圳移动|
深圳移动福田分公司|Company||
深圳移动福田分公司网络部|Company||department
深圳市燃气集团股份有限公司|Company|深燃集团|
莲花一村社区党委|Organization||
福田区应急管理局|Organization||指导
华富街道办事处|Organization||主办
光明网|Organization||source outlet
严晓华|Person||作者
叶思琪|Person||作者
孙琳|Person||责任编辑
梁志强|Person||执法队队长 (梁队长)
邓晓辉|Person||网络部经理
许丽萍|Person||社区党委书记、工作站站长
林建国|Person||街道办事处副主任
黄晓东|Person||社区网格员
莲花一村社区|Community|华富街道莲花一村社区|
华富街道|Community||
福田区|Place|深圳市福田区|
燃气泄漏突发事件应急演练|Event||2026-06-17
""", """
@|reportedBy|严晓华|作者|作者:严晓华
@|reportedBy|叶思琪|作者|作者:严晓华
@|reportedBy|孙琳|责任编辑|责任编辑:孙琳
燃气泄漏突发事件应急演练|locatedIn|莲花一村社区|2026-06-17|共出动执法人员
华富街道综合行政执法队|participatedIn|燃气泄漏突发事件应急演练|2026-06-17|共出动执法人员
中国移动通信集团广东有限公司深圳分公司|participatedIn|燃气泄漏突发事件应急演练|2026-06-17|共出动执法人员
深圳市燃气集团股份有限公司|participatedIn|燃气泄漏突发事件应急演练|2026-06-17|共出动执法人员
中国移动通信集团广东有限公司深圳分公司|subsidiaryOf|中国移动通信集团广东有限公司||共出动执法人员
莲花一村社区|locatedIn|华富街道||共出动执法人员
华富街道|locatedIn|福田区||共出动执法人员
梁志强|worksFor|华富街道综合行政执法队||队长梁志强
梁志强|holdsPosition|华富街道综合行政执法队|队长|队长梁志强
梁志强|participatedIn|燃气泄漏突发事件应急演练||队长梁志强
深圳移动福田分公司|subsidiaryOf|中国移动通信集团广东有限公司深圳分公司||经理邓晓辉
深圳移动福田分公司网络部|subsidiaryOf|深圳移动福田分公司||经理邓晓辉
邓晓辉|worksFor|深圳移动福田分公司网络部||经理邓晓辉
邓晓辉|holdsPosition|深圳移动福田分公司网络部|经理|经理邓晓辉
邓晓辉|participatedIn|燃气泄漏突发事件应急演练||经理邓晓辉
许丽萍|worksFor|莲花一村社区党委||站长许丽萍
许丽萍|holdsPosition|莲花一村社区党委|党委书记|站长许丽萍
许丽萍|participatedIn|燃气泄漏突发事件应急演练||站长许丽萍
燃气泄漏突发事件应急演练|organizedBy|华富街道办事处||华富街道办事处主办
林建国|worksFor|华富街道办事处||副主任林建国
林建国|holdsPosition|华富街道办事处|副主任|副主任林建国
林建国|participatedIn|燃气泄漏突发事件应急演练||副主任林建国
黄晓东|servesCommunity|莲花一村社区||网格员黄晓东
深圳移动福田分公司|servesCommunity|莲花一村社区||应急广播终端
""")

# ---------------------------------------------------------------- z05
doc('z05_labor_contest.txt', '中铁十二局四公司:“大干一百天”劳动竞赛点燃施工热情', '2026-08-27', '中工网',
    ['贾海峰', '王思敏'], """
中铁十二局集团有限公司|Company||
中铁十二局集团第四工程有限公司|Company|中铁十二局四公司|该公司
中铁十二局四公司工会|Organization||主办
太榆高速项目部|Company||所属项目
晋中东站项目部|Company||所属项目
晋中市总工会|Organization||
中工网|Organization||source outlet
贾海峰|Person||通讯员
王思敏|Person||记者
刘畅|Person||责任编辑
韩志刚|Person||项目经理、党支部书记
侯永福|Person||钢筋班班长; 竞赛标兵
李秀芳|Person||工会主席
张彦军|Person||晋中市总工会副主席
赵建平|Person||总经理
郭亚楠|Person||晋中东站项目部总工程师
晋中市|Place|山西省晋中市|
“大干一百天”劳动竞赛|Event|劳动竞赛|
“大干一百天”劳动竞赛推进会|Event|推进会|2026-08-25
""", """
@|reportedBy|贾海峰|通讯员|通讯员 贾海峰
@|reportedBy|王思敏|记者|通讯员 贾海峰
@|reportedBy|刘畅|责任编辑|责任编辑:刘畅
“大干一百天”劳动竞赛推进会|organizedBy|中铁十二局集团第四工程有限公司|2026-08-25|劳动竞赛推进会
“大干一百天”劳动竞赛推进会|locatedIn|晋中市|2026-08-25|劳动竞赛推进会
“大干一百天”劳动竞赛|organizedBy|中铁十二局四公司工会||工会主办
太榆高速项目部|subsidiaryOf|中铁十二局集团第四工程有限公司||工会主办
晋中东站项目部|subsidiaryOf|中铁十二局集团第四工程有限公司||工会主办
太榆高速项目部|participatedIn|“大干一百天”劳动竞赛||工会主办
晋中东站项目部|participatedIn|“大干一百天”劳动竞赛||工会主办
韩志刚|worksFor|太榆高速项目部||书记韩志刚
韩志刚|holdsPosition|太榆高速项目部|项目经理|书记韩志刚
韩志刚|holdsPosition|太榆高速项目部|党支部书记|书记韩志刚
侯永福|worksFor|太榆高速项目部||班长侯永福
侯永福|holdsPosition|太榆高速项目部|钢筋班班长|班长侯永福
侯永福|participatedIn|“大干一百天”劳动竞赛||班长侯永福
李秀芳|worksFor|中铁十二局集团第四工程有限公司||主席李秀芳
李秀芳|holdsPosition|中铁十二局集团第四工程有限公司|工会主席|主席李秀芳
张彦军|worksFor|晋中市总工会||副主席张彦军
张彦军|holdsPosition|晋中市总工会|副主席|副主席张彦军
张彦军|participatedIn|“大干一百天”劳动竞赛推进会||副主席张彦军
赵建平|worksFor|中铁十二局集团第四工程有限公司||总经理赵建平
赵建平|holdsPosition|中铁十二局集团第四工程有限公司|总经理|总经理赵建平
赵建平|participatedIn|“大干一百天”劳动竞赛推进会||总经理赵建平
郭亚楠|worksFor|晋中东站项目部||总工程师郭亚楠
郭亚楠|holdsPosition|晋中东站项目部|总工程师|总工程师郭亚楠
中铁十二局集团第四工程有限公司|subsidiaryOf|中铁十二局集团有限公司||全资子公司
""")

# ---------------------------------------------------------------- z06
doc('z06_youth_volunteer.txt', '中建八局团委启动“青春护航·暖冬行动”', '2026-11-27', '中国青年网',
    ['潘雨桐', '苏晨'], """
中国建筑第八工程局有限公司|Company|中建八局|该局
中国建筑第八工程局有限公司团委|Organization|中建八局团委|
中建八局上海公司|Company||二级单位
中建八局上海公司“筑梦”青年志愿服务队|Organization|志愿服务队|named team
瑞安社区居委会|Organization||
共青团上海市浦东新区委员会|Organization|团区委|
中国青年网|Organization||source outlet
潘雨桐|Person||记者
苏晨|Person||实习生
吴佳|Person||责任编辑
孟佳宁|Person||中建八局团委书记
钱小龙|Person||服务队队长、安全员
沈美玲|Person||瑞安社区居委会主任
丁慧|Person||团区委副书记
周子豪|Person||青年员工; 全国青年岗位能手
瑞安社区|Community||
浦东新区|Place|上海市浦东新区|
周浦镇|Place||
“青春护航·暖冬行动”青年志愿服务专项行动|Event|“青春护航·暖冬行动”;“暖冬行动”|2026-11-26 launch
中国建筑第三工程局有限公司|Company|中建三局|related-teaser
中建三局一公司|Company||related-teaser
任晓峰|Person||related-teaser
水毁道路抢修|Event||related-teaser
郧阳区|Place|湖北省十堰市郧阳区|related-teaser
""", """
@|reportedBy|潘雨桐|记者|作者:记者 潘雨桐
@|reportedBy|苏晨|实习生|作者:记者 潘雨桐
@|reportedBy|吴佳|责任编辑|责任编辑:吴佳
“青春护航·暖冬行动”青年志愿服务专项行动|organizedBy|中国建筑第八工程局有限公司团委|2026-11-26|青年志愿服务专项行动
“青春护航·暖冬行动”青年志愿服务专项行动|locatedIn|浦东新区|2026-11-26|青年志愿服务专项行动
孟佳宁|worksFor|中国建筑第八工程局有限公司||团委书记孟佳宁
孟佳宁|holdsPosition|中国建筑第八工程局有限公司|团委书记|团委书记孟佳宁
孟佳宁|participatedIn|“青春护航·暖冬行动”青年志愿服务专项行动||团委书记孟佳宁
中建八局上海公司|subsidiaryOf|中国建筑第八工程局有限公司||团委书记孟佳宁
中建八局上海公司“筑梦”青年志愿服务队|participatedIn|“青春护航·暖冬行动”青年志愿服务专项行动||团委书记孟佳宁
中建八局上海公司“筑梦”青年志愿服务队|servesCommunity|瑞安社区||周浦镇瑞安社区
瑞安社区|locatedIn|周浦镇||周浦镇瑞安社区
钱小龙|worksFor|中建八局上海公司||安全员钱小龙
钱小龙|holdsPosition|中建八局上海公司|安全员|安全员钱小龙
钱小龙|worksFor|中建八局上海公司“筑梦”青年志愿服务队||安全员钱小龙
钱小龙|holdsPosition|中建八局上海公司“筑梦”青年志愿服务队|队长|安全员钱小龙
钱小龙|servesCommunity|瑞安社区||安全员钱小龙
沈美玲|worksFor|瑞安社区居委会||主任沈美玲
沈美玲|holdsPosition|瑞安社区居委会|主任|主任沈美玲
中建八局上海公司|servesCommunity|瑞安社区||主任沈美玲
丁慧|worksFor|共青团上海市浦东新区委员会||副书记丁慧
丁慧|holdsPosition|共青团上海市浦东新区委员会|副书记|副书记丁慧
丁慧|participatedIn|“青春护航·暖冬行动”青年志愿服务专项行动||副书记丁慧
周子豪|worksFor|中建八局上海公司||青年员工周子豪
周子豪|holdsPosition|中建八局上海公司|青年员工|青年员工周子豪
周子豪|participatedIn|“青春护航·暖冬行动”青年志愿服务专项行动||青年员工周子豪
中国建筑第三工程局有限公司|participatedIn|水毁道路抢修||青年突击队驰援|T
中建三局一公司|subsidiaryOf|中国建筑第三工程局有限公司||团委书记任晓峰|T
任晓峰|worksFor|中国建筑第三工程局有限公司||团委书记任晓峰|T
任晓峰|holdsPosition|中国建筑第三工程局有限公司|团委书记|团委书记任晓峰|T
任晓峰|participatedIn|水毁道路抢修||团委书记任晓峰|T
中建三局一公司|participatedIn|水毁道路抢修||团委书记任晓峰|T
水毁道路抢修|locatedIn|郧阳区||团委书记任晓峰|T
""")

# ---------------------------------------------------------------- z07 (traditional)
doc('z07_flood_drill.txt', '广西柳州多部门联合开展防汛抢险应急演练', '2026-05-20', '新华网',
    ['覃海鹏'], """
柳州市防汛抗旱指挥部|Organization||主办
柳州市防汛抗旱指挥部办公室|Organization||
柳州市应急管理局|Organization||承办
柳江区人民政府|Organization||承办
广西电网有限责任公司|Company||
广西电网有限责任公司柳州供电局|Company|柳州供电局|协办; 该局 (梁少峰 sentence)
柳江供电局|Company||该局 (韦振宇 sentence)
中国铁塔股份有限公司|Company||
中国铁塔股份有限公司柳州市分公司|Company|柳州铁塔公司|协办
中国能源建设集团|Company||
中国能源建设集团广西水电工程局有限公司|Company|广西水电工程局|协办
百朋村党总支|Organization||
新华网|Organization||source outlet
覃海鹏|Person||记者
韦婷|Person||责任编辑
韦振宇|Person||柳江供电局局长
蓝秋梅|Person||驻村工作队员
莫少华|Person||柳州市应急管理局局长
黄启明|Person||柳州市副市长
覃明亮|Person||百朋村党总支书记
梁少峰|Person||柳州供电局副局长
百朋村|Community|拉堡镇百朋村;柳江区拉堡镇百朋村|
拉堡镇|Place|柳江区拉堡镇|
柳江区|Place||
柳江|Place||river (柳江上游)
柳州市|Place|柳州|
广西|Place||
2026年柳州市防汛抢险综合应急演练|Event|演练|2026-05-19
""", """
@|reportedBy|覃海鹏|记者|记者 覃海鹏
@|reportedBy|韦婷|责任编辑|责任编辑:韦婷
2026年柳州市防汛抢险综合应急演练|locatedIn|拉堡镇|2026-05-19|在柳江区拉堡镇举行
2026年柳州市防汛抢险综合应急演练|organizedBy|柳州市防汛抗旱指挥部||等8家单位协办
2026年柳州市防汛抢险综合应急演练|organizedBy|柳州市应急管理局||等8家单位协办
2026年柳州市防汛抢险综合应急演练|organizedBy|柳江区人民政府||等8家单位协办
2026年柳州市防汛抢险综合应急演练|organizedBy|广西电网有限责任公司柳州供电局||等8家单位协办
2026年柳州市防汛抢险综合应急演练|organizedBy|中国铁塔股份有限公司柳州市分公司||等8家单位协办
2026年柳州市防汛抢险综合应急演练|organizedBy|中国能源建设集团广西水电工程局有限公司||等8家单位协办
广西电网有限责任公司柳州供电局|subsidiaryOf|广西电网有限责任公司||等8家单位协办
中国铁塔股份有限公司柳州市分公司|subsidiaryOf|中国铁塔股份有限公司||等8家单位协办
中国能源建设集团广西水电工程局有限公司|subsidiaryOf|中国能源建设集团||等8家单位协办
百朋村|locatedIn|拉堡镇||管涌险情
柳江供电局|subsidiaryOf|广西电网有限责任公司柳州供电局||所属柳江供电局
柳江供电局|participatedIn|2026年柳州市防汛抢险综合应急演练||所属柳江供电局
韦振宇|worksFor|柳江供电局||局长韦振宇
韦振宇|holdsPosition|柳江供电局|局长|局长韦振宇
柳江供电局|servesCommunity|百朋村||局长韦振宇
蓝秋梅|servesCommunity|百朋村||局长韦振宇
中国铁塔股份有限公司柳州市分公司|participatedIn|2026年柳州市防汛抢险综合应急演练||架设便携式基站
中国能源建设集团广西水电工程局有限公司|participatedIn|2026年柳州市防汛抢险综合应急演练||架设便携式基站
莫少华|worksFor|柳州市应急管理局||局长莫少华
莫少华|holdsPosition|柳州市应急管理局|局长|局长莫少华
莫少华|participatedIn|2026年柳州市防汛抢险综合应急演练||局长莫少华
黄启明|participatedIn|2026年柳州市防汛抢险综合应急演练||观摩了演练
覃明亮|worksFor|百朋村党总支||书记覃明亮
覃明亮|holdsPosition|百朋村党总支|党总支书记|书记覃明亮
覃明亮|participatedIn|2026年柳州市防汛抢险综合应急演练||书记覃明亮
梁少峰|worksFor|广西电网有限责任公司柳州供电局||副局长梁少峰
梁少峰|holdsPosition|广西电网有限责任公司柳州供电局|副局长|副局长梁少峰
""")

# ---------------------------------------------------------------- z08 (GBK)
doc('z08_donation.txt', '中国电信周口分公司向淮阳区12所乡村小学捐赠“智慧教室”', '2026-09-03', '人民网-河南频道',
    ['杜丽雅', '韩振'], """
中国电信股份有限公司|Company||
中国电信河南公司|Company||
中国电信股份有限公司周口分公司|Company|中国电信周口分公司;周口分公司|该公司
淮阳区分公司|Company||
周口分公司团委|Organization||
“翼起来”青年志愿者服务队|Organization||named team
淮阳区教育体育局|Organization||
淮阳区慈善总会|Organization||
东孙村小学|Organization||
人民网-河南频道|Organization||source outlet
杜丽雅|Person||记者
韩振|Person||通讯员
毛思远|Person||责编
李红梅|Person||责编
付国栋|Person||总经理
闫晓燕|Person||淮阳区副区长
吕明|Person||淮阳区慈善总会会长
孙亚楠|Person||淮阳区分公司政企客户经理
葛传兴|Person||东孙村小学校长
郑海涛|Person||淮阳区教育体育局局长
东孙村|Community|白楼镇东孙村|
白楼镇|Place||
淮阳区|Place|周口市淮阳区|
郑州|Place||
“智慧教育·爱心助学”捐赠仪式|Event|捐赠仪式|2026-09-02
""", """
@|reportedBy|杜丽雅|记者|记者 杜丽雅
@|reportedBy|韩振|通讯员|记者 杜丽雅
@|reportedBy|毛思远|责编|责编:毛思远
@|reportedBy|李红梅|责编|责编:毛思远
“智慧教育·爱心助学”捐赠仪式|locatedIn|淮阳区|2026-09-02|捐赠仪式在周口市淮阳区举行
中国电信股份有限公司周口分公司|participatedIn|“智慧教育·爱心助学”捐赠仪式|2026-09-02|捐赠仪式在周口市淮阳区举行
“智慧教育·爱心助学”捐赠仪式|organizedBy|淮阳区教育体育局||联合主办
“智慧教育·爱心助学”捐赠仪式|organizedBy|淮阳区慈善总会||联合主办
付国栋|worksFor|中国电信股份有限公司周口分公司||总经理付国栋
付国栋|holdsPosition|中国电信股份有限公司周口分公司|总经理|总经理付国栋
付国栋|participatedIn|“智慧教育·爱心助学”捐赠仪式||总经理付国栋
闫晓燕|participatedIn|“智慧教育·爱心助学”捐赠仪式||总经理付国栋
吕明|worksFor|淮阳区慈善总会||总经理付国栋
吕明|holdsPosition|淮阳区慈善总会|会长|总经理付国栋
吕明|participatedIn|“智慧教育·爱心助学”捐赠仪式||总经理付国栋
中国电信股份有限公司周口分公司|subsidiaryOf|中国电信河南公司||重要分支机构
淮阳区分公司|subsidiaryOf|中国电信股份有限公司周口分公司||政企客户经理孙亚楠
孙亚楠|worksFor|淮阳区分公司||政企客户经理孙亚楠
孙亚楠|holdsPosition|淮阳区分公司|政企客户经理|政企客户经理孙亚楠
孙亚楠|servesCommunity|东孙村||政企客户经理孙亚楠
淮阳区分公司|servesCommunity|东孙村||政企客户经理孙亚楠
东孙村|locatedIn|白楼镇||政企客户经理孙亚楠
东孙村小学|locatedIn|东孙村||校长葛传兴
葛传兴|worksFor|东孙村小学||校长葛传兴
葛传兴|holdsPosition|东孙村小学|校长|校长葛传兴
“翼起来”青年志愿者服务队|participatedIn|“智慧教育·爱心助学”捐赠仪式||翼起来
郑海涛|worksFor|淮阳区教育体育局||局长郑海涛
郑海涛|holdsPosition|淮阳区教育体育局|局长|局长郑海涛
""")

# ---------------------------------------------------------------- z09 (traditional + pinyin)
doc('z09_model_worker.txt', '全国劳动模范陈国栋:在铁路线上“听诊”三十年', '2026-04-29', '中工网-工人日报',
    ['郝建伟', '朱莉'], """
中国铁路武汉局集团有限公司|Company|武汉局集团公司|
中国铁路武汉局集团有限公司襄阳工务段|Company|襄阳工务段|该段
襄阳工务段探伤车间|Company|探伤车间|
陈国栋劳模创新工作室|Organization||成立 2019
襄阳工务段工会|Organization||
中华全国总工会|Organization||
中工网-工人日报|Organization||source outlet
郝建伟|Person||本报记者
朱莉|Person||本报通讯员
贺晓宇|Person||编辑
陈国栋|Person||探伤车间高级技师; 全国劳动模范
冯卫东|Person||襄阳工务段党委书记
龚磊|Person||探伤车间主任
田秀兰|Person||段工会主席
长虹社区|Community|清河街道长虹社区|
清河街道|Community||
樊城区|Place|襄阳市樊城区|
“向劳模学习”座谈会|Event|座谈会|2026 五一前夕
""", """
@|reportedBy|郝建伟|记者|本报记者 郝建伟
@|reportedBy|朱莉|通讯员|本报记者 郝建伟
@|reportedBy|贺晓宇|编辑|编辑:贺晓宇
中国铁路武汉局集团有限公司襄阳工务段|subsidiaryOf|中国铁路武汉局集团有限公司||钢轨医生
襄阳工务段探伤车间|subsidiaryOf|中国铁路武汉局集团有限公司襄阳工务段||钢轨医生
陈国栋|worksFor|襄阳工务段探伤车间||钢轨医生
陈国栋|holdsPosition|襄阳工务段探伤车间|高级技师|钢轨医生
陈国栋|honoredBy|中华全国总工会|全国劳动模范|中华全国总工会等授予
陈国栋|worksFor|陈国栋劳模创新工作室||由他担任工作室负责人
陈国栋|holdsPosition|陈国栋劳模创新工作室|负责人|由他担任工作室负责人
冯卫东|worksFor|中国铁路武汉局集团有限公司襄阳工务段||党委书记冯卫东
冯卫东|holdsPosition|中国铁路武汉局集团有限公司襄阳工务段|党委书记|党委书记冯卫东
龚磊|worksFor|襄阳工务段探伤车间||党委书记冯卫东
龚磊|holdsPosition|襄阳工务段探伤车间|主任|党委书记冯卫东
陈国栋|servesCommunity|长虹社区||长虹社区的志愿者
长虹社区|locatedIn|清河街道||长虹社区的志愿者
清河街道|locatedIn|樊城区||长虹社区的志愿者
“向劳模学习”座谈会|organizedBy|襄阳工务段工会||主席田秀兰
田秀兰|worksFor|中国铁路武汉局集团有限公司襄阳工务段||主席田秀兰
田秀兰|holdsPosition|中国铁路武汉局集团有限公司襄阳工务段|工会主席|主席田秀兰
田秀兰|participatedIn|“向劳模学习”座谈会||主席田秀兰
陈国栋|participatedIn|“向劳模学习”座谈会||陈国栋在座谈会上说
""")

# ---------------------------------------------------------------- z10 (full-width punctuation)
doc('z10_games_power.txt', '四川省第十五届运动会开幕 国网绵阳供电公司多方协同保电', '2026-08-09', '中国新闻网',
    ['刘春燕'], """
国网四川省电力公司|Company||
国网四川省电力公司绵阳供电公司|Company|国网绵阳供电公司|该公司
涪城区供电分公司|Company||下属
中国联合网络通信有限公司|Company||
中国联合网络通信有限公司绵阳市分公司|Company|联通绵阳分公司|
网络运维中心|Company||of 联通绵阳分公司
绵阳市经济和信息化局|Organization||
省运会保电保通信联合工作组|Organization||
四川省人民政府|Organization||主办
绵阳市人民政府|Organization||承办
“红袖标”志愿者巡逻队|Organization||named team
中国新闻网|Organization|中新网|source outlet
刘春燕|Person||作者
邱宇|Person||责任编辑
唐文斌|Person||总经理、党委副书记
蒋小平|Person||运维班班长
罗丹|Person||网络运维中心主任
何秀英|Person||社区党委书记; 巡逻队队长
芙蓉社区|Community||
游仙区|Place|绵阳市游仙区|
绵阳市|Place|绵阳|
四川省第十五届运动会|Event|省运会|2026-08-08 opening
""", """
@|reportedBy|刘春燕|作者|作者：刘春燕
@|reportedBy|邱宇|责任编辑|责任编辑：邱宇
四川省第十五届运动会|locatedIn|绵阳市|2026-08-08|在绵阳市开幕
国网四川省电力公司绵阳供电公司|subsidiaryOf|国网四川省电力公司||联合工作组
中国联合网络通信有限公司绵阳市分公司|subsidiaryOf|中国联合网络通信有限公司||联合工作组
四川省第十五届运动会|organizedBy|四川省人民政府||四川省人民政府主办
四川省第十五届运动会|organizedBy|绵阳市人民政府||四川省人民政府主办
唐文斌|worksFor|国网四川省电力公司绵阳供电公司||唐文斌说
唐文斌|holdsPosition|国网四川省电力公司绵阳供电公司|总经理|唐文斌说
唐文斌|holdsPosition|国网四川省电力公司绵阳供电公司|党委副书记|唐文斌说
涪城区供电分公司|subsidiaryOf|国网四川省电力公司绵阳供电公司||该公司下属涪城区供电分公司
蒋小平|worksFor|涪城区供电分公司||该公司下属涪城区供电分公司
蒋小平|holdsPosition|涪城区供电分公司|运维班班长|该公司下属涪城区供电分公司
网络运维中心|subsidiaryOf|中国联合网络通信有限公司绵阳市分公司||主任罗丹
罗丹|worksFor|网络运维中心||主任罗丹
罗丹|holdsPosition|网络运维中心|主任|主任罗丹
芙蓉社区|locatedIn|游仙区||红袖标
何秀英|worksFor|“红袖标”志愿者巡逻队||红袖标
何秀英|holdsPosition|“红袖标”志愿者巡逻队|队长|红袖标
""")

# ---------------------------------------------------------------- z11 (traditional)
doc('z11_good_person.txt', '“中国好人”王淑琴:社区网格里的“万能大姐”', '2026-07-06', '光明网',
    ['冯婉清'], """
中央文明办|Organization||
国网吉林省电力有限公司|Company||
国网吉林省电力有限公司长春供电公司|Company|长春供电公司|
长春供电公司朝阳供电中心|Company|朝阳供电中心|中心
“淑琴帮帮团”志愿服务队|Organization|“淑琴帮帮团”;帮帮团|
彩虹共产党员服务队|Organization||named team; 中心 links 帮帮团 to it
光明社区党委|Organization||
长春市朝阳区委|Organization||
重庆街道党工委|Organization||
光明网|Organization||source outlet
冯婉清|Person||文/图 记者
岳菲菲|Person||责任编辑
王淑琴|Person||光明社区网格员; 中国好人; 原长春供电公司抄表员
邵春梅|Person||光明社区党委书记、居委会主任
于海洋|Person||朝阳供电中心主任
谭志明|Person||重庆街道党工委书记
光明社区|Community|重庆街道光明社区|
重庆街道|Community||
朝阳区|Place|长春市朝阳区|
""", """
@|reportedBy|冯婉清|文/图|文/图 光明网记者 冯婉清
@|reportedBy|岳菲菲|责任编辑|责任编辑:岳菲菲
王淑琴|honoredBy|中央文明办|中国好人(助人为乐好人)|中央文明办发布
光明社区|locatedIn|重庆街道||中央文明办发布
重庆街道|locatedIn|朝阳区||中央文明办发布
国网吉林省电力有限公司长春供电公司|subsidiaryOf|国网吉林省电力有限公司||抄表员
王淑琴|worksFor|国网吉林省电力有限公司长春供电公司||抄表员
王淑琴|holdsPosition|国网吉林省电力有限公司长春供电公司|抄表员|抄表员
王淑琴|servesCommunity|光明社区||第三网格网格员
邵春梅|worksFor|光明社区党委||主任邵春梅
邵春梅|holdsPosition|光明社区党委|党委书记|主任邵春梅
王淑琴|worksFor|“淑琴帮帮团”志愿服务队||牵头成立
长春供电公司朝阳供电中心|subsidiaryOf|国网吉林省电力有限公司长春供电公司||牵头成立
于海洋|worksFor|长春供电公司朝阳供电中心||主任于海洋
于海洋|holdsPosition|长春供电公司朝阳供电中心|主任|主任于海洋
长春供电公司朝阳供电中心|servesCommunity|光明社区||主任于海洋
“淑琴帮帮团”志愿服务队|servesCommunity|光明社区||主任于海洋
王淑琴|honoredBy|长春市朝阳区委|朝阳区最美网格员|最美网格员
谭志明|worksFor|重庆街道党工委||书记谭志明
谭志明|holdsPosition|重庆街道党工委|党工委书记|书记谭志明
""")

# ---------------------------------------------------------------- z12
doc('z12_youth_post_expert.txt', '大庆油田“90后”技术员获评全国青年岗位能手', '2026-03-18', '中国青年网',
    ['姜彦', '付海燕'], """
中国石油天然气股份有限公司|Company||
大庆油田有限责任公司|Company|大庆油田|
大庆油田有限责任公司第一采油厂|Company|第一采油厂|
大庆油田有限责任公司第一采油厂第三作业区|Company|第一采油厂第三作业区;第三作业区|
第一采油厂团委|Organization|厂团委|
共青团中央|Organization||
人力资源社会保障部|Organization||
东北石油大学|Organization||
新兴社区居委会|Organization||
中国青年网|Organization||source outlet
姜彦|Person||记者
付海燕|Person||通讯员
邹蕾|Person||责任编辑
刘子谦|Person||采油工程师; 全国青年岗位能手 (小刘)
高德明|Person||第三作业区经理
毛丽娟|Person||新兴社区居委会主任
苗晓雨|Person||第一采油厂团委书记
新兴社区|Community|友谊街道新兴社区|
友谊街道|Community||
萨尔图区|Place|黑龙江省大庆市萨尔图区|
“青年岗位建功”系列活动|Event||
""", """
@|reportedBy|姜彦|记者|记者 姜彦
@|reportedBy|付海燕|通讯员|记者 姜彦
@|reportedBy|邹蕾|责任编辑|责任编辑:邹蕾
刘子谦|honoredBy|共青团中央|全国青年岗位能手|榜上有名
刘子谦|honoredBy|人力资源社会保障部|全国青年岗位能手|榜上有名
大庆油田有限责任公司第一采油厂|subsidiaryOf|大庆油田有限责任公司||榜上有名
大庆油田有限责任公司第一采油厂第三作业区|subsidiaryOf|大庆油田有限责任公司第一采油厂||榜上有名
刘子谦|worksFor|大庆油田有限责任公司第一采油厂第三作业区||榜上有名
刘子谦|holdsPosition|大庆油田有限责任公司第一采油厂第三作业区|采油工程师|榜上有名
大庆油田有限责任公司第一采油厂第三作业区|locatedIn|萨尔图区||地处黑龙江省
高德明|worksFor|大庆油田有限责任公司第一采油厂第三作业区||经理高德明
高德明|holdsPosition|大庆油田有限责任公司第一采油厂第三作业区|经理|经理高德明
刘子谦|holdsPosition|大庆油田有限责任公司第一采油厂|青年志愿者服务队副队长|常年带队
刘子谦|servesCommunity|新兴社区||常年带队
新兴社区|locatedIn|友谊街道||常年带队
友谊街道|locatedIn|萨尔图区||常年带队
毛丽娟|worksFor|新兴社区居委会||主任毛丽娟
毛丽娟|holdsPosition|新兴社区居委会|主任|主任毛丽娟
大庆油田有限责任公司|subsidiaryOf|中国石油天然气股份有限公司||全资子公司
苗晓雨|worksFor|大庆油田有限责任公司第一采油厂||书记苗晓雨
苗晓雨|holdsPosition|大庆油田有限责任公司第一采油厂|团委书记|书记苗晓雨
“青年岗位建功”系列活动|organizedBy|第一采油厂团委||书记苗晓雨
""")

# ---------------------------------------------------------------- z13
doc('z13_spring_rush.txt', '郑州东站:铁路职工与社区志愿者共筑春运“温暖站”', '2026-02-11', '新华网',
    ['宋一鸣', '黄悦'], """
中国铁路郑州局集团有限公司|Company|郑州局集团公司|
中国铁路郑州局集团有限公司郑州东站|Company|郑州东站|车站
客运车间|Company||of 郑州东站
春运温暖站|Organization|温暖站|设立
春运重点旅客服务专班|Organization||成立
“绿萝”服务组|Organization||
郑州市红十字会|Organization||
商都路街道工委|Organization||
新华网|Organization||source outlet
宋一鸣|Person||记者
黄悦|Person||通讯员
何璐|Person||责任编辑
邢立新|Person||站长、党委副书记
温雅|Person||客运车间主任; 专班组长
朱晓梅|Person||“绿萝”服务组组长
闵俊峰|Person||商都路街道工委副书记
卢玉兰|Person||永平社区退休教师, volunteer
汪志华|Person||郑州市红十字会副会长
商都路街道|Community|郑东新区商都路街道|
永平社区|Community||
祥盛社区|Community||
郑东新区|Place||
2026年春运|Event|春运|2026
""", """
@|reportedBy|宋一鸣|记者|记者 宋一鸣
@|reportedBy|黄悦|通讯员|记者 宋一鸣
@|reportedBy|何璐|责任编辑|责任编辑:何璐
中国铁路郑州局集团有限公司郑州东站|participatedIn|2026年春运|2026-02-10|当日发送旅客
中国铁路郑州局集团有限公司郑州东站|subsidiaryOf|中国铁路郑州局集团有限公司||联合郑东新区商都路街道
商都路街道|locatedIn|郑东新区||联合郑东新区商都路街道
邢立新|worksFor|中国铁路郑州局集团有限公司郑州东站||书记邢立新
邢立新|holdsPosition|中国铁路郑州局集团有限公司郑州东站|站长|书记邢立新
邢立新|holdsPosition|中国铁路郑州局集团有限公司郑州东站|党委副书记|书记邢立新
客运车间|subsidiaryOf|中国铁路郑州局集团有限公司郑州东站||书记邢立新
温雅|worksFor|客运车间||书记邢立新
温雅|holdsPosition|客运车间|主任|书记邢立新
温雅|worksFor|春运重点旅客服务专班||书记邢立新
温雅|holdsPosition|春运重点旅客服务专班|组长|书记邢立新
朱晓梅|worksFor|“绿萝”服务组||组长朱晓梅
朱晓梅|holdsPosition|“绿萝”服务组|组长|组长朱晓梅
闵俊峰|worksFor|商都路街道工委||副书记闵俊峰
闵俊峰|holdsPosition|商都路街道工委|副书记|副书记闵俊峰
永平社区|locatedIn|商都路街道||副书记闵俊峰
祥盛社区|locatedIn|商都路街道||副书记闵俊峰
汪志华|worksFor|郑州市红十字会||副会长汪志华
汪志华|holdsPosition|郑州市红十字会|副会长|副会长汪志华
中国铁路郑州局集团有限公司|participatedIn|2026年春运||预计发送旅客
郑州市红十字会|participatedIn|2026年春运||副会长汪志华
""")

# ---------------------------------------------------------------- z14
doc('z14_typhoon.txt', '台风“海葵”过境 中国联通福建公司48小时抢通受损基站', '2026-09-22', '人民网-福建频道',
    ['谢雯婷'], """
中国联合网络通信有限公司|Company|中国联通|title 中国联通福建公司
中国联合网络通信有限公司福建省分公司|Company|福建联通;中国联通福建公司|
福建联通宁德市分公司|Company||
福建联通宁德市分公司网络维护中心|Company||department
国网福建省电力有限公司|Company||
国网福建省电力有限公司宁德供电公司|Company|宁德供电公司|
福鼎市供电公司|Company||下属; 公司
东山村党支部|Organization||
人民网-福建频道|Organization||source outlet
谢雯婷|Person||记者
黄楠|Person||责编
陈伟|Person||责编
雷振华|Person||网络维护中心副主任
林家旺|Person||东山村党支部书记
钟晓辉|Person||福鼎市供电公司党委书记
庄立强|Person||福建联通总经理
东山村|Community|三沙镇东山村;霞浦县三沙镇东山村|
三沙镇|Place|霞浦县三沙镇|
霞浦县|Place|福建省宁德市霞浦县;霞浦|
福鼎市|Place|福鼎|
第18号台风“海葵”|Event|台风“海葵”|2026-09-20..21
""", """
@|reportedBy|谢雯婷|记者|记者 谢雯婷
@|reportedBy|黄楠|责编|责编:黄楠
@|reportedBy|陈伟|责编|责编:黄楠
第18号台风“海葵”|locatedIn|霞浦县|2026-09-20|出现特大暴雨
第18号台风“海葵”|locatedIn|福鼎市|2026-09-20|出现特大暴雨
中国联合网络通信有限公司福建省分公司|subsidiaryOf|中国联合网络通信有限公司||以下简称福建联通
中国联合网络通信有限公司福建省分公司|participatedIn|第18号台风“海葵”||以下简称福建联通
福建联通宁德市分公司|subsidiaryOf|中国联合网络通信有限公司福建省分公司||副主任雷振华
福建联通宁德市分公司网络维护中心|subsidiaryOf|福建联通宁德市分公司||副主任雷振华
雷振华|worksFor|福建联通宁德市分公司网络维护中心||副主任雷振华
雷振华|holdsPosition|福建联通宁德市分公司网络维护中心|副主任|副主任雷振华
雷振华|servesCommunity|东山村||副主任雷振华
福建联通宁德市分公司|servesCommunity|东山村||副主任雷振华
东山村|locatedIn|三沙镇||副主任雷振华
林家旺|worksFor|东山村党支部||书记林家旺
林家旺|holdsPosition|东山村党支部|党支部书记|书记林家旺
国网福建省电力有限公司宁德供电公司|subsidiaryOf|国网福建省电力有限公司||联合抢修机制
福鼎市供电公司|subsidiaryOf|国网福建省电力有限公司宁德供电公司||联合抢修机制
福鼎市供电公司|locatedIn|福鼎市||联合抢修机制
福鼎市供电公司|participatedIn|第18号台风“海葵”||联合抢修机制
钟晓辉|worksFor|福鼎市供电公司||书记钟晓辉
钟晓辉|holdsPosition|福鼎市供电公司|党委书记|书记钟晓辉
庄立强|worksFor|中国联合网络通信有限公司福建省分公司||总经理庄立强
庄立强|holdsPosition|中国联合网络通信有限公司福建省分公司|总经理|总经理庄立强
""")

# ---------------------------------------------------------------- z15
doc('z15_expo_power.txt', '第二十三届中国—东盟博览会闭幕 广西电网保电工作“零差错”', '2026-09-27', '中国新闻网',
    ['韦清华', '黎雅琪'], """
中国南方电网有限责任公司|Company||
广西电网有限责任公司|Company|广西电网|
广西电网有限责任公司南宁供电局|Company|南宁供电局|该局
青秀供电局|Company||所属; 该局
南宁供电局变电管理一所|Company||
中国商务部|Organization||
广西壮族自治区人民政府|Organization||
中国新闻网|Organization|中新网|source outlet
韦清华|Person||作者
黎雅琪|Person||作者
白雪|Person||责任编辑
莫振华|Person||党委书记、局长
陆文强|Person||青秀供电局局长
黄丽娟|Person||运维二班班长
周志远|Person||南方电网副总经理
凤翔社区|Community|东葛路街道凤翔社区|
东葛路街道|Community|青秀区东葛路街道|
青秀区|Place||
南宁|Place||
第二十三届中国—东盟博览会|Event|博览会|closing 2026-09-26
“迎东博保供电”专项行动|Event||from August, 40 days
检查保电工作|Event||2026-09-20, 南宁国际会展中心
广西电网有限责任公司柳州供电局|Company|柳州供电局|related-teaser
覃国华|Person||related-teaser
“三月三”活动保电任务|Event||related-teaser
“三月三”民族文化节|Event||related-teaser
柳州|Place||related-teaser
""", """
@|reportedBy|韦清华|作者|作者:韦清华
@|reportedBy|黎雅琪|作者|作者:韦清华
@|reportedBy|白雪|责任编辑|责任编辑:白雪
第二十三届中国—东盟博览会|locatedIn|南宁|2026-09-26|南宁国际会展中心闭幕
广西电网有限责任公司南宁供电局|subsidiaryOf|广西电网有限责任公司||投入保电人员2300
第二十三届中国—东盟博览会|organizedBy|中国商务部||共同主办
第二十三届中国—东盟博览会|organizedBy|广西壮族自治区人民政府||共同主办
“迎东博保供电”专项行动|organizedBy|广西电网有限责任公司南宁供电局||亲自挂帅
莫振华|worksFor|广西电网有限责任公司南宁供电局||亲自挂帅
莫振华|holdsPosition|广西电网有限责任公司南宁供电局|党委书记|亲自挂帅
莫振华|holdsPosition|广西电网有限责任公司南宁供电局|局长|亲自挂帅
莫振华|participatedIn|“迎东博保供电”专项行动||亲自挂帅
青秀供电局|subsidiaryOf|广西电网有限责任公司南宁供电局||所属青秀供电局
青秀供电局|participatedIn|“迎东博保供电”专项行动||所属青秀供电局
陆文强|worksFor|青秀供电局||局长陆文强
陆文强|holdsPosition|青秀供电局|局长|局长陆文强
青秀供电局|servesCommunity|凤翔社区||局长陆文强
凤翔社区|locatedIn|东葛路街道||局长陆文强
东葛路街道|locatedIn|青秀区||局长陆文强
南宁供电局变电管理一所|subsidiaryOf|广西电网有限责任公司南宁供电局||班长黄丽娟
黄丽娟|worksFor|南宁供电局变电管理一所||班长黄丽娟
黄丽娟|holdsPosition|南宁供电局变电管理一所|运维二班班长|班长黄丽娟
黄丽娟|participatedIn|“迎东博保供电”专项行动||班长黄丽娟
周志远|worksFor|中国南方电网有限责任公司||副总经理周志远
周志远|holdsPosition|中国南方电网有限责任公司|副总经理|副总经理周志远
周志远|participatedIn|检查保电工作|2026-09-20|副总经理周志远
检查保电工作|locatedIn|南宁|2026-09-20|副总经理周志远
广西电网有限责任公司|subsidiaryOf|中国南方电网有限责任公司||全资子公司
广西电网有限责任公司柳州供电局|participatedIn|“三月三”活动保电任务||活动保电任务|T
广西电网有限责任公司柳州供电局|subsidiaryOf|广西电网有限责任公司||副局长覃国华|T
覃国华|worksFor|广西电网有限责任公司柳州供电局||副局长覃国华|T
覃国华|holdsPosition|广西电网有限责任公司柳州供电局|副局长|副局长覃国华|T
覃国华|participatedIn|“三月三”活动保电任务||副局长覃国华|T
“三月三”民族文化节|locatedIn|柳州||副局长覃国华|T
""")

def build():
    out = []
    for fn, d in DOCS.items():
        sents = sentences(normalized(fn))
        ents = []
        for line in d['E'].strip().split('\n'):
            name, typ, al, note = line.split('|')
            e = {'name': name, 'type': typ, 'aliases': [a for a in al.split(';') if a]}
            if note:
                e['note'] = note
            ents.append(e)
        rels = []
        for line in d['R'].strip().split('\n'):
            parts = line.split('|')
            head, rel, tail, q, frag = parts[:5]
            r = {'head': fn if head == '@' else head, 'relation': rel, 'tail': tail}
            if q:
                r['qualifier'] = q
            r['evidence'] = find(sents, frag, fn)
            if len(parts) > 5 and parts[5] == 'T':
                r['note'] = 'related-teaser'
            rels.append(r)
        out.append({'file': fn, 'title': d['title'], 'published': d['published'], 'source': d['source'],
                    'authors': d['authors'], 'entities': ents, 'relations': rels})
    json.dump({'documents': out}, open(os.path.join(HERE, 'gold.json'), 'w'), ensure_ascii=False, indent=1)
    print('docs', len(out), 'entities', sum(len(d['entities']) for d in out), 'relations', sum(len(d['relations']) for d in out))

if __name__ == '__main__':
    build()
