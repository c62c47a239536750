"""Build gold.json for dev5 from a compact spec.

Entities:  name|Type|alias1;alias2|note     (teaser-only entities: note starts with 'T:')
Relations: head|relation|tail|qualifier|fragment   ('@' as head = this file; add '|T' for teaser facts)
The evidence is the whole normalized sentence containing `fragment` (first match).
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
try:
    import opencc
    T2S = opencc.OpenCC('t2s').convert
except ImportError:
    sys.exit('run with /work/main/.venv/bin/python (needs opencc)')

PINYIN = re.compile(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)')

def normalize(path):
    b = open(path, 'rb').read()
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError:
        t = b.decode('gbk')
    t = PINYIN.sub('', t)
    return T2S(t)

def sentences(text):
    out = []
    for line in text.split('\n'):
        for s in re.findall(r'[^。！？!?]*[。！？!?]?', line):
            s = s.strip()
            if s:
                out.append(s)
    return out

DOCS = []
def D(file, title, published, source, authors, ents, rels):
    DOCS.append((file, title, published, source, authors, ents, rels))

D('g01_qiangxiu.txt', '冰凌压线 湖南邵阳供电抢修队伍连夜奋战复电', '2026-01-23', '湖湘能源网', ['谭志勇', '欧阳倩'], """
国网湖南省电力有限公司|Company||省级电网公司
国网湖南省电力有限公司邵阳供电分公司|Company|邵阳供电分公司;邵阳供电|市级供电公司; 该公司 in the last sentence
隆回县供电公司|Company||
洞口县供电公司|Company||
湖南湘电送变电工程有限公司|Company|送变电公司|施工/抢修支援
小沙江供电所|Company||供电所 of 隆回县供电公司 (structural)
电力调度控制中心|Company||邵阳供电分公司's dispatch centre (unprefixed)
曾庆华|Person||党委书记、经理
刘德胜|Person||所长
肖桂英|Person||村民
袁伟明|Person||副总经理、安全总监
邓志刚|Person||副经理
曹亮|Person||项目负责人
谭志勇|Person||记者
欧阳倩|Person||通讯员
龙晓燕|Person||责任编辑
邵阳市|Place||
隆回县|Place||
洞口县|Place||
雪峰山|Place||
虎形山瑶族乡|Place||
罗溪瑶族乡|Place||
崇木凼村|Community||
湖湘能源网|Organization||source outlet
低温雨雪冰冻天气|Event||1月21日至22日 (disaster)
抗冰保电攻坚战|Event||battle
""", """
@|reportedBy|谭志勇|记者|(记者 谭志勇
@|reportedBy|欧阳倩|通讯员|(记者 谭志勇
@|reportedBy|龙晓燕|责任编辑|责任编辑:龙晓燕
国网湖南省电力有限公司邵阳供电分公司|subsidiaryOf|国网湖南省电力有限公司||国网湖南省电力有限公司邵阳供电分公司第一时间
隆回县供电公司|subsidiaryOf|国网湖南省电力有限公司邵阳供电分公司||调集旗下隆回县供电公司
洞口县供电公司|subsidiaryOf|国网湖南省电力有限公司邵阳供电分公司||调集旗下隆回县供电公司
小沙江供电所|subsidiaryOf|隆回县供电公司||与小沙江供电所所长刘德胜
电力调度控制中心|subsidiaryOf|国网湖南省电力有限公司邵阳供电分公司||坐镇电力调度控制中心
曾庆华|worksFor|隆回县供电公司||党委书记、经理曾庆华
曾庆华|holdsPosition|隆回县供电公司|党委书记|党委书记、经理曾庆华
曾庆华|holdsPosition|隆回县供电公司|经理|党委书记、经理曾庆华
刘德胜|worksFor|小沙江供电所||与小沙江供电所所长刘德胜
刘德胜|holdsPosition|小沙江供电所|所长|与小沙江供电所所长刘德胜
袁伟明|worksFor|国网湖南省电力有限公司邵阳供电分公司||安全总监袁伟明
袁伟明|holdsPosition|国网湖南省电力有限公司邵阳供电分公司|副总经理|安全总监袁伟明
袁伟明|holdsPosition|国网湖南省电力有限公司邵阳供电分公司|安全总监|安全总监袁伟明
邓志刚|worksFor|洞口县供电公司||副经理邓志刚
邓志刚|holdsPosition|洞口县供电公司|副经理|副经理邓志刚
曹亮|worksFor|湖南湘电送变电工程有限公司||项目负责人曹亮
曹亮|holdsPosition|湖南湘电送变电工程有限公司|项目负责人|项目负责人曹亮
崇木凼村|locatedIn|虎形山瑶族乡||位于隆回县虎形山瑶族乡的崇木凼村
国网湖南省电力有限公司邵阳供电分公司|participatedIn|抗冰保电攻坚战||全力打赢这场抗冰保电攻坚战
""")

D('g02_dujiaxia.txt', '赣州供电迎峰度夏:负荷创新高 服务不断档', '2026-07-29', '江西电力报', ['钟立平'], """
国网江西省电力有限公司|Company||
国网江西省电力有限公司赣州供电公司|Company|赣州供电公司;赣州供电|
瑞金市供电公司|Company||
于都县供电公司|Company||
章贡区供电公司|Company||
赣州供电公司电力调度控制中心|Company|调控中心|
江西鸿达纺织有限公司|Company||重点企业 visited
郭海涛|Person||主任
卢晓婷|Person||客户经理
黄德茂|Person||村委会主任
刘家辉|Person||副经理
温振华|Person||经理
钟立平|Person||记者/审核
温敏|Person||编辑
七里村|Community||
七里村村委会|Organization||
赣州|Place||
章贡区|Place||
水东镇|Place||
叶坪乡|Place||
于都县|Place||
江西电力报|Organization||source
光明驿站志愿服务|Event||“光明驿站”志愿服务 (constructed name)
迎峰度夏保供电专项行动|Event||“迎峰度夏保供电”专项行动
""", """
@|reportedBy|钟立平|记者|记者:钟立平
@|reportedBy|温敏|编辑|编辑:温敏
国网江西省电力有限公司赣州供电公司|subsidiaryOf|国网江西省电力有限公司||国网江西省电力有限公司赣州供电公司提前
瑞金市供电公司|subsidiaryOf|国网江西省电力有限公司赣州供电公司||组织所属瑞金市供电公司
于都县供电公司|subsidiaryOf|国网江西省电力有限公司赣州供电公司||组织所属瑞金市供电公司
章贡区供电公司|subsidiaryOf|国网江西省电力有限公司赣州供电公司||组织所属瑞金市供电公司
赣州供电公司电力调度控制中心|subsidiaryOf|国网江西省电力有限公司赣州供电公司||电力调度控制中心主任郭海涛
郭海涛|worksFor|赣州供电公司电力调度控制中心||电力调度控制中心主任郭海涛
郭海涛|holdsPosition|赣州供电公司电力调度控制中心|主任|电力调度控制中心主任郭海涛
卢晓婷|worksFor|章贡区供电公司||客户经理卢晓婷
卢晓婷|holdsPosition|章贡区供电公司|客户经理|客户经理卢晓婷
卢晓婷|servesCommunity|七里村||客户经理卢晓婷
章贡区供电公司|servesCommunity|七里村||客户经理卢晓婷
七里村|locatedIn|水东镇||客户经理卢晓婷
黄德茂|worksFor|七里村村委会||七里村村委会主任黄德茂
黄德茂|holdsPosition|七里村村委会|主任|七里村村委会主任黄德茂
刘家辉|worksFor|瑞金市供电公司||副经理刘家辉
刘家辉|holdsPosition|瑞金市供电公司|副经理|副经理刘家辉
刘家辉|participatedIn|光明驿站志愿服务||副经理刘家辉
瑞金市供电公司|participatedIn|光明驿站志愿服务||副经理刘家辉
光明驿站志愿服务|organizedBy|瑞金市供电公司||副经理刘家辉
光明驿站志愿服务|locatedIn|叶坪乡||副经理刘家辉
迎峰度夏保供电专项行动|organizedBy|于都县供电公司||县工业园区管委会联合开展
迎峰度夏保供电专项行动|locatedIn|于都县||县工业园区管委会联合开展
温振华|worksFor|于都县供电公司||经理温振华
温振华|holdsPosition|于都县供电公司|经理|经理温振华
温振华|participatedIn|迎峰度夏保供电专项行动||经理温振华
""")

D('g03_malasong.txt', '厦门马拉松保电圆满完成 供电“跑者”守护全程42.195公里', '2026-01-05', '国家电网报', ['陈柏霖', '林诗涵'], """
国网福建省电力有限公司|Company||
国网福建省电力有限公司厦门供电公司|Company|厦门供电公司|该公司 twice
思明区供电服务中心|Company||
湖里区供电服务中心|Company||
厦门供电公司变电运维中心|Company|变电运维中心|
厦门供电公司电力调度控制中心|Company||
泉州供电公司|Company||T: teaser
蔡明辉|Person||副总经理, 保电工作组组长
王少雄|Person||运维班班长
洪雅琴|Person||电力网格员
郑秋萍|Person||社区书记 (曾厝垵社区)
苏文斌|Person||值班长
柯志强|Person||中心主任
黄丽娜|Person||党员服务队队员
吴建平|Person||党员服务队队员
陈晓东|Person||党员服务队队员
陈柏霖|Person||记者
林诗涵|Person||通讯员
许文静|Person||责任编辑
魏振国|Person||T: 总经理 (teaser)
曾厝垵社区|Community||
环岛路|Place||
厦门国际会展中心|Place||venue (start)
国家电网报|Organization||source
2026厦门马拉松|Event|厦门马拉松|1月4日
厦门马拉松保电|Event||重大活动保电, 1月4日
中国国际投资贸易洽谈会|Event||future
世界遗产大会保电|Event||T: teaser
""", """
@|reportedBy|陈柏霖|记者|(通讯员 林诗涵 记者 陈柏霖)
@|reportedBy|林诗涵|通讯员|(通讯员 林诗涵 记者 陈柏霖)
@|reportedBy|许文静|责任编辑|【责任编辑:许文静】
国网福建省电力有限公司厦门供电公司|subsidiaryOf|国网福建省电力有限公司||国网福建省电力有限公司厦门供电公司提前
思明区供电服务中心|subsidiaryOf|国网福建省电力有限公司厦门供电公司||统筹思明区、湖里区供电服务中心
湖里区供电服务中心|subsidiaryOf|国网福建省电力有限公司厦门供电公司||统筹思明区、湖里区供电服务中心
厦门供电公司变电运维中心|subsidiaryOf|国网福建省电力有限公司厦门供电公司||厦门供电公司变电运维中心对沿线
厦门供电公司电力调度控制中心|subsidiaryOf|国网福建省电力有限公司厦门供电公司||厦门供电公司电力调度控制中心值班长
2026厦门马拉松|locatedIn|环岛路||在环岛路鸣枪开跑
厦门马拉松保电|organizedBy|国网福建省电力有限公司厦门供电公司||统筹思明区、湖里区供电服务中心
国网福建省电力有限公司厦门供电公司|participatedIn|厦门马拉松保电||统筹思明区、湖里区供电服务中心
思明区供电服务中心|participatedIn|厦门马拉松保电||统筹思明区、湖里区供电服务中心
厦门供电公司变电运维中心|participatedIn|厦门马拉松保电||统筹思明区、湖里区供电服务中心
蔡明辉|worksFor|国网福建省电力有限公司厦门供电公司||副总经理蔡明辉
蔡明辉|holdsPosition|国网福建省电力有限公司厦门供电公司|副总经理|副总经理蔡明辉
蔡明辉|participatedIn|厦门马拉松保电||副总经理蔡明辉
王少雄|worksFor|厦门供电公司变电运维中心||运维班班长王少雄
王少雄|holdsPosition|厦门供电公司变电运维中心|运维班班长|运维班班长王少雄
王少雄|participatedIn|厦门马拉松保电||运维班班长王少雄
洪雅琴|worksFor|思明区供电服务中心||电力网格员洪雅琴
洪雅琴|holdsPosition|思明区供电服务中心|电力网格员|电力网格员洪雅琴
洪雅琴|servesCommunity|曾厝垵社区||电力网格员洪雅琴
思明区供电服务中心|servesCommunity|曾厝垵社区||电力网格员洪雅琴
洪雅琴|participatedIn|厦门马拉松保电||电力网格员洪雅琴
苏文斌|worksFor|厦门供电公司电力调度控制中心||值班长苏文斌
苏文斌|holdsPosition|厦门供电公司电力调度控制中心|值班长|值班长苏文斌
苏文斌|participatedIn|厦门马拉松保电||值班长苏文斌
湖里区供电服务中心|participatedIn|厦门马拉松保电||湖里区供电服务中心负责赛道北段保电任务
柯志强|worksFor|湖里区供电服务中心||中心主任柯志强
柯志强|holdsPosition|湖里区供电服务中心|主任|中心主任柯志强
柯志强|participatedIn|厦门马拉松保电||中心主任柯志强
黄丽娜|worksFor|湖里区供电服务中心||中心主任柯志强
吴建平|worksFor|湖里区供电服务中心||中心主任柯志强
陈晓东|worksFor|湖里区供电服务中心||中心主任柯志强
黄丽娜|participatedIn|厦门马拉松保电||中心主任柯志强
吴建平|participatedIn|厦门马拉松保电||中心主任柯志强
陈晓东|participatedIn|厦门马拉松保电||中心主任柯志强
泉州供电公司|participatedIn|世界遗产大会保电||泉州供电完成世界遗产大会保电|T
魏振国|worksFor|泉州供电公司||泉州供电公司总经理魏振国|T
魏振国|holdsPosition|泉州供电公司|总经理|泉州供电公司总经理魏振国|T
魏振国|participatedIn|世界遗产大会保电||泉州供电公司总经理魏振国|T
""")

D('g04_dangjian.txt', '【党建引领】芜湖供电:主题党日走进田间 党员先锋岗点亮乡村', '2026-04-16', '中安在线', ['方静怡', '吴海峰'], """
国网安徽省电力有限公司|Company||
国网安徽省电力有限公司芜湖供电公司|Company|芜湖供电公司;芜湖供电|该公司 in the last paragraph
芜湖供电公司运维检修部|Company|运维检修部|department
南陵县供电公司|Company||全资子公司 of 芜湖供电公司
南陵县供电公司许镇供电所|Company|许镇供电所|
芜湖供电公司运维检修部党支部|Organization|运维检修部党支部|party branch
南陵县供电公司许镇供电所党支部|Organization|许镇供电所党支部|party branch
芜湖供电“红马甲”共产党员服务队|Organization||named team (9支)
程志远|Person||党支部书记
汪建新|Person||所长、党支部书记
陶丽娟|Person||党员先锋岗岗员
俞小兵|Person||党员先锋岗岗员
丁长根|Person||种粮大户
钱红梅|Person||村党总支书记 (大浦村)
吴海峰|Person||记者
方静怡|Person||通讯员
葛明|Person||责任编辑
大浦村|Community||
南陵县|Place||
许镇镇|Place||
中安在线|Organization||source
电靓春耕 党旗飘扬主题党日活动|Event|主题党日活动;电靓春耕 党旗飘扬|4月15日
""", """
@|reportedBy|吴海峰|记者|来源:中安在线
@|reportedBy|方静怡|通讯员|来源:中安在线
@|reportedBy|葛明|责任编辑|责任编辑:葛明
国网安徽省电力有限公司芜湖供电公司|subsidiaryOf|国网安徽省电力有限公司||4月15日,国网安徽省电力有限公司芜湖供电公司
芜湖供电公司运维检修部|subsidiaryOf|国网安徽省电力有限公司芜湖供电公司||4月15日,国网安徽省电力有限公司芜湖供电公司
南陵县供电公司|subsidiaryOf|国网安徽省电力有限公司芜湖供电公司||作为芜湖供电公司的全资子公司
南陵县供电公司许镇供电所|subsidiaryOf|南陵县供电公司||4月15日,国网安徽省电力有限公司芜湖供电公司
电靓春耕 党旗飘扬主题党日活动|organizedBy|芜湖供电公司运维检修部党支部||4月15日,国网安徽省电力有限公司芜湖供电公司
电靓春耕 党旗飘扬主题党日活动|organizedBy|南陵县供电公司许镇供电所党支部||4月15日,国网安徽省电力有限公司芜湖供电公司
电靓春耕 党旗飘扬主题党日活动|locatedIn|许镇镇||4月15日,国网安徽省电力有限公司芜湖供电公司
大浦村|locatedIn|许镇镇||4月15日,国网安徽省电力有限公司芜湖供电公司
芜湖供电公司运维检修部党支部|participatedIn|电靓春耕 党旗飘扬主题党日活动||4月15日,国网安徽省电力有限公司芜湖供电公司
南陵县供电公司许镇供电所党支部|participatedIn|电靓春耕 党旗飘扬主题党日活动||4月15日,国网安徽省电力有限公司芜湖供电公司
程志远|participatedIn|电靓春耕 党旗飘扬主题党日活动||活动由芜湖供电公司运维检修部党支部书记程志远带队
程志远|worksFor|芜湖供电公司运维检修部||活动由芜湖供电公司运维检修部党支部书记程志远带队
程志远|holdsPosition|芜湖供电公司运维检修部|党支部书记|活动由芜湖供电公司运维检修部党支部书记程志远带队
芜湖供电公司运维检修部党支部|servesCommunity|大浦村||支部与大浦村结对共建
汪建新|worksFor|南陵县供电公司许镇供电所||党支部书记汪建新
汪建新|holdsPosition|南陵县供电公司许镇供电所|所长|党支部书记汪建新
汪建新|holdsPosition|南陵县供电公司许镇供电所|党支部书记|党支部书记汪建新
汪建新|participatedIn|电靓春耕 党旗飘扬主题党日活动|当天|党支部书记汪建新
陶丽娟|worksFor|南陵县供电公司许镇供电所||岗员陶丽娟
俞小兵|worksFor|南陵县供电公司许镇供电所||岗员陶丽娟
陶丽娟|holdsPosition|南陵县供电公司许镇供电所|党员先锋岗岗员|岗员陶丽娟
俞小兵|holdsPosition|南陵县供电公司许镇供电所|党员先锋岗岗员|岗员陶丽娟
陶丽娟|participatedIn|电靓春耕 党旗飘扬主题党日活动||岗员陶丽娟
俞小兵|participatedIn|电靓春耕 党旗飘扬主题党日活动||岗员陶丽娟
南陵县供电公司许镇供电所|servesCommunity|大浦村||驿站将作为供电所设在村里的服务窗口
""")

D('g05_yingyeting.txt', '“一次都不跑” 临沂供电营业厅推出上门办电新服务', '2026-03-09', '大众网', ['孟庆辉', '颜菲'], """
国网山东省电力公司|Company||
国网山东省电力公司临沂供电公司|Company|国网临沂供电公司;临沂供电公司;临沂供电|
兰山区供电中心营业厅|Company|营业厅|下属营业厅
罗庄区供电中心营业厅|Company||下属营业厅
临沂供电公司营销部|Company||department
山东鼎润机械有限公司|Company||customer
张新宇|Person||客户经理
韩志强|Person||总经理
马晓琳|Person||营业厅班长
孙雨萌|Person||客户经理
刘振东|Person||营销部主任
孟庆辉|Person||记者
颜菲|Person||通讯员
杨春|Person||编辑
李明霞|Person||校对
临沂市|Place||
兰山区|Place||
罗庄区|Place||
沂河新区|Place||
临沂智能装备产业园|Place||industrial park
金雀山街道|Community||
银雀山街道|Community||
大众网|Organization||source
""", """
@|reportedBy|孟庆辉|记者|记者:孟庆辉
@|reportedBy|颜菲|通讯员|记者:孟庆辉
@|reportedBy|杨春|编辑|编辑:杨春
@|reportedBy|李明霞|校对|编辑:杨春
国网山东省电力公司临沂供电公司|subsidiaryOf|国网山东省电力公司||这是国网山东省电力公司临沂供电公司推行
兰山区供电中心营业厅|subsidiaryOf|国网山东省电力公司临沂供电公司||在其下属的兰山区供电中心营业厅
罗庄区供电中心营业厅|subsidiaryOf|国网山东省电力公司临沂供电公司||在其下属的兰山区供电中心营业厅
临沂供电公司营销部|subsidiaryOf|国网山东省电力公司临沂供电公司||临沂供电公司营销部主任刘振东
张新宇|worksFor|国网山东省电力公司临沂供电公司||客户经理张新宇
张新宇|holdsPosition|国网山东省电力公司临沂供电公司|客户经理|客户经理张新宇
山东鼎润机械有限公司|locatedIn|临沂智能装备产业园||客户经理张新宇
韩志强|worksFor|山东鼎润机械有限公司||总经理韩志强
韩志强|holdsPosition|山东鼎润机械有限公司|总经理|总经理韩志强
马晓琳|worksFor|兰山区供电中心营业厅||营业厅班长马晓琳
马晓琳|holdsPosition|兰山区供电中心营业厅|班长|营业厅班长马晓琳
兰山区供电中心营业厅|servesCommunity|金雀山街道||银雀山街道居民提供上门服务
兰山区供电中心营业厅|servesCommunity|银雀山街道||银雀山街道居民提供上门服务
孙雨萌|worksFor|罗庄区供电中心营业厅||客户经理孙雨萌
孙雨萌|holdsPosition|罗庄区供电中心营业厅|客户经理|客户经理孙雨萌
刘振东|worksFor|临沂供电公司营销部||临沂供电公司营销部主任刘振东
刘振东|holdsPosition|临沂供电公司营销部|主任|临沂供电公司营销部主任刘振东
""")

D('g06_biandianzhan.txt', '宜昌猇亭220千伏变电站正式投运 新增供电能力36万千伏安', '2026-06-18', '荆楚网(湖北日报网)', ['冯建国', '向雪梅'], """
国网湖北省电力有限公司|Company||
国网湖北省电力有限公司宜昌供电公司|Company|宜昌供电公司|建设管理单位
湖北省输变电工程有限公司|Company||施工单位
湖北省输变电工程有限公司第三分公司|Company|第三分公司|
湖北环宇工程建设监理有限公司|Company||监理单位
宜昌供电公司变电运维中心|Company|变电运维中心|
宜昌供电公司变电运维中心猇亭运维班|Company|猇亭运维班|班组
宜昌供电公司建设部|Company|建设部|department
田宏斌|Person||项目经理、第三分公司副经理
鲁志军|Person||副总经理
熊卫东|Person||总监理工程师
易春燕|Person||运维班班长
冯建国|Person||记者 (文/图)
向雪梅|Person||通讯员
王蓉|Person||责任编辑
宜昌市|Place||
猇亭区|Place||
宜昌东部工业园区|Place||
云池社区|Community||
猇亭社区|Community||
荆楚网|Organization|荆楚网(湖北日报网)|source
湖北日报网|Organization||source (alt name)
猇亭220千伏变电站投运|Event|启动送电|6月17日
""", """
@|reportedBy|冯建国|记者(文/图)|文/图:记者 冯建国
@|reportedBy|向雪梅|通讯员|文/图:记者 冯建国
@|reportedBy|王蓉|责任编辑|责任编辑:王蓉
国网湖北省电力有限公司宜昌供电公司|subsidiaryOf|国网湖北省电力有限公司||该工程由国网湖北省电力有限公司宜昌供电公司
湖北省输变电工程有限公司第三分公司|subsidiaryOf|湖北省输变电工程有限公司||项目经理、湖北省输变电工程有限公司第三分公司副经理田宏斌说
宜昌供电公司变电运维中心|subsidiaryOf|国网湖北省电力有限公司宜昌供电公司||宜昌供电公司变电运维中心猇亭运维班班长易春燕
宜昌供电公司变电运维中心猇亭运维班|subsidiaryOf|宜昌供电公司变电运维中心||宜昌供电公司变电运维中心猇亭运维班班长易春燕
宜昌供电公司建设部|subsidiaryOf|国网湖北省电力有限公司宜昌供电公司||宜昌供电公司建设部也每周
猇亭220千伏变电站投运|locatedIn|猇亭区||位于宜昌市猇亭区的猇亭220千伏变电站
田宏斌|worksFor|湖北省输变电工程有限公司第三分公司||第三分公司副经理田宏斌说
田宏斌|holdsPosition|湖北省输变电工程有限公司第三分公司|副经理|第三分公司副经理田宏斌说
田宏斌|holdsPosition|湖北省输变电工程有限公司|项目经理|第三分公司副经理田宏斌说
鲁志军|worksFor|国网湖北省电力有限公司宜昌供电公司||宜昌供电公司副总经理鲁志军
鲁志军|holdsPosition|国网湖北省电力有限公司宜昌供电公司|副总经理|宜昌供电公司副总经理鲁志军
鲁志军|participatedIn|猇亭220千伏变电站投运||宜昌供电公司副总经理鲁志军
熊卫东|worksFor|湖北环宇工程建设监理有限公司||总监理工程师熊卫东
熊卫东|holdsPosition|湖北环宇工程建设监理有限公司|总监理工程师|总监理工程师熊卫东
熊卫东|participatedIn|猇亭220千伏变电站投运||总监理工程师熊卫东
易春燕|worksFor|宜昌供电公司变电运维中心猇亭运维班||猇亭运维班班长易春燕
易春燕|holdsPosition|宜昌供电公司变电运维中心猇亭运维班|班长|猇亭运维班班长易春燕
易春燕|participatedIn|猇亭220千伏变电站投运||猇亭运维班班长易春燕
""")

D('g07_zhucun.txt', '驻村第一书记罗光明:让“电”成为帮扶村的致富引擎', '2026-09-11', '华龙网', ['谢雨桐'], """
国网重庆市电力公司|Company||
国网重庆市电力公司酉阳县供电分公司|Company|国网重庆酉阳供电公司;酉阳供电公司|该公司, 公司
花田供电所|Company||(structural: 酉阳 unit)
国网重庆秀山供电公司|Company|秀山供电公司|T: teaser
何家岩村贡米专业合作社|Organization|合作社|
中共酉阳县委|Organization||
酉阳县人民政府|Organization||
华龙网|Organization||source
罗光明|Person||驻村第一书记、驻村工作队队长; 罗书记
冉启发|Person||合作社理事长
郑国强|Person||总经理
彭丽|Person||工会主席
石永红|Person||所长
何世林|Person||村党支部书记
谢雨桐|Person||记者
邓雅文|Person||编辑
杨海鸥|Person||T: 副总经理 (teaser)
何家岩村|Community||帮扶村
酉阳土家族苗族自治县|Place|酉阳县|
花田乡|Place||
""", """
@|reportedBy|谢雨桐|记者|(记者 谢雨桐)
@|reportedBy|邓雅文|编辑|编辑:邓雅文
国网重庆市电力公司酉阳县供电分公司|subsidiaryOf|国网重庆市电力公司||国网重庆市电力公司酉阳县供电分公司派驻
花田供电所|subsidiaryOf|国网重庆市电力公司酉阳县供电分公司||花田供电所所长石永红
何家岩村|locatedIn|花田乡||花田乡的何家岩村
罗光明|worksFor|国网重庆市电力公司酉阳县供电分公司||国网重庆市电力公司酉阳县供电分公司派驻
罗光明|holdsPosition|国网重庆市电力公司酉阳县供电分公司|第一书记|国网重庆市电力公司酉阳县供电分公司派驻
罗光明|holdsPosition|国网重庆市电力公司酉阳县供电分公司|营销部副主任|从该公司营销部副主任岗位上
罗光明|servesCommunity|何家岩村||国网重庆市电力公司酉阳县供电分公司派驻
国网重庆市电力公司酉阳县供电分公司|servesCommunity|何家岩村||定点帮扶村
罗光明|honoredBy|中共酉阳县委|优秀驻村第一书记|优秀驻村第一书记
罗光明|honoredBy|酉阳县人民政府|优秀驻村第一书记|优秀驻村第一书记
冉启发|worksFor|何家岩村贡米专业合作社||合作社理事长冉启发
冉启发|holdsPosition|何家岩村贡米专业合作社|理事长|合作社理事长冉启发
郑国强|worksFor|国网重庆市电力公司酉阳县供电分公司||总经理郑国强
郑国强|holdsPosition|国网重庆市电力公司酉阳县供电分公司|总经理|总经理郑国强
彭丽|worksFor|国网重庆市电力公司酉阳县供电分公司||总经理郑国强
彭丽|holdsPosition|国网重庆市电力公司酉阳县供电分公司|工会主席|总经理郑国强
石永红|worksFor|花田供电所||花田供电所所长石永红
石永红|holdsPosition|花田供电所|所长|花田供电所所长石永红
杨海鸥|worksFor|国网重庆秀山供电公司||副总经理杨海鸥|T
杨海鸥|holdsPosition|国网重庆秀山供电公司|副总经理|副总经理杨海鸥|T
""")

D('g08_wangge.txt', '长春:电力网格员走进社区 “小网格”服务“大民生”', '2026-11-02', '吉林日报', ['金铭泽', '付嘉琪'], """
国网长春供电公司|Company|长春供电公司|
国网长春供电公司朝阳区供电中心|Company|朝阳区供电中心|
湖西社区党委|Organization||
暖心电管家志愿服务队|Organization|暖心电管家|“暖心电管家”志愿服务队
吉林日报|Organization||source
李佳宁|Person||电力网格员; 小李
孙丽华|Person||党委书记兼主任
赵凤兰|Person||退休教师
高立新|Person||主任
于洪波|Person||社区网格员 (安达社区)
金铭泽|Person||记者
付嘉琪|Person||通讯员
朴成浩|Person||责任编辑
长春市|Place||
朝阳区|Place||
红旗街道|Community||
湖西社区|Community||
安达社区|Community||
电力网格进社区专项行动|Event|电力网格进社区|冬季供暖期
""", """
@|reportedBy|金铭泽|记者|作者:本报记者 金铭泽
@|reportedBy|付嘉琪|通讯员|作者:本报记者 金铭泽
@|reportedBy|朴成浩|责任编辑|责任编辑:朴成浩
国网长春供电公司朝阳区供电中心|subsidiaryOf|国网长春供电公司||天刚蒙蒙亮
李佳宁|worksFor|国网长春供电公司朝阳区供电中心||天刚蒙蒙亮
李佳宁|holdsPosition|国网长春供电公司朝阳区供电中心|电力网格员|天刚蒙蒙亮
李佳宁|servesCommunity|湖西社区||天刚蒙蒙亮
国网长春供电公司朝阳区供电中心|servesCommunity|湖西社区||天刚蒙蒙亮
湖西社区|locatedIn|红旗街道||天刚蒙蒙亮
红旗街道|locatedIn|朝阳区||天刚蒙蒙亮
孙丽华|worksFor|湖西社区党委||湖西社区党委书记兼主任孙丽华
孙丽华|holdsPosition|湖西社区党委|书记|湖西社区党委书记兼主任孙丽华
高立新|worksFor|国网长春供电公司朝阳区供电中心||主任高立新
高立新|holdsPosition|国网长春供电公司朝阳区供电中心|主任|主任高立新
高立新|servesCommunity|红旗街道||主任高立新
国网长春供电公司朝阳区供电中心|servesCommunity|红旗街道||主任高立新
电力网格进社区专项行动|organizedBy|国网长春供电公司朝阳区供电中心||主任高立新
暖心电管家志愿服务队|participatedIn|电力网格进社区专项行动||主任高立新
暖心电管家志愿服务队|servesCommunity|湖西社区||主任高立新
暖心电管家志愿服务队|servesCommunity|安达社区||主任高立新
安达社区|locatedIn|红旗街道||主任高立新
于洪波|servesCommunity|安达社区||安达社区网格员于洪波
""")

D('g09_jingsai.txt', '国网新疆电力举办２０２６年输电线路带电作业技能竞赛　３名选手获“技术能手”称号', '2026-10-22', '天山网', ['阿依古丽·买买提', '王振宇'], """
国网新疆电力有限公司|Company|国网新疆电力|
国网新疆电力有限公司技能培训中心|Company|技能培训中心|承办
国网乌鲁木齐供电公司|Company||
国网昌吉供电公司|Company||
国网伊犁伊河供电有限责任公司|Company||
国网昌吉供电公司输电运检中心|Company|输电运检中心|该中心
国网新疆电力有限公司工会|Organization||award giver
天山网|Organization||source
马俊杰|Person||带电作业班班长
帕尔哈提·艾买提|Person||选手
张晓峰|Person||选手
赵立群|Person||副总工程师、设备部主任
热合曼·吐尔逊|Person||副总经理
阿依古丽·买买提|Person||通讯员
王振宇|Person||记者
古丽娜|Person||责任编辑
乌鲁木齐市|Place||
２０２６年输电线路带电作业技能竞赛|Event|输电线路带电作业技能竞赛|１０月１９日至２１日
""", """
@|reportedBy|王振宇|记者|（记者　王振宇
@|reportedBy|阿依古丽·买买提|通讯员|（记者　王振宇
@|reportedBy|古丽娜|责任编辑|责任编辑：古丽娜
国网新疆电力有限公司技能培训中心|subsidiaryOf|国网新疆电力有限公司||国网新疆电力有限公司技能培训中心承办
国网乌鲁木齐供电公司|subsidiaryOf|国网新疆电力有限公司||国网新疆电力有限公司技能培训中心承办
国网昌吉供电公司|subsidiaryOf|国网新疆电力有限公司||国网新疆电力有限公司技能培训中心承办
国网伊犁伊河供电有限责任公司|subsidiaryOf|国网新疆电力有限公司||国网新疆电力有限公司技能培训中心承办
国网昌吉供电公司输电运检中心|subsidiaryOf|国网昌吉供电公司||国网昌吉供电公司输电运检中心获得
２０２６年输电线路带电作业技能竞赛|organizedBy|国网新疆电力有限公司|主办|国网新疆电力有限公司技能培训中心承办
２０２６年输电线路带电作业技能竞赛|organizedBy|国网新疆电力有限公司技能培训中心|承办|国网新疆电力有限公司技能培训中心承办
２０２６年输电线路带电作业技能竞赛|locatedIn|乌鲁木齐市||国网新疆电力有限公司技能培训中心承办
国网乌鲁木齐供电公司|participatedIn|２０２６年输电线路带电作业技能竞赛||国网新疆电力有限公司技能培训中心承办
国网昌吉供电公司|participatedIn|２０２６年输电线路带电作业技能竞赛||国网新疆电力有限公司技能培训中心承办
国网伊犁伊河供电有限责任公司|participatedIn|２０２６年输电线路带电作业技能竞赛||国网新疆电力有限公司技能培训中心承办
国网昌吉供电公司输电运检中心|participatedIn|２０２６年输电线路带电作业技能竞赛||国网昌吉供电公司输电运检中心获得
马俊杰|worksFor|国网昌吉供电公司输电运检中心||带电作业班班长马俊杰
马俊杰|holdsPosition|国网昌吉供电公司输电运检中心|带电作业班班长|带电作业班班长马俊杰
马俊杰|participatedIn|２０２６年输电线路带电作业技能竞赛||带电作业班班长马俊杰
马俊杰|honoredBy|国网新疆电力有限公司工会|技术能手|带电作业班班长马俊杰
帕尔哈提·艾买提|worksFor|国网乌鲁木齐供电公司||带电作业班班长马俊杰
帕尔哈提·艾买提|participatedIn|２０２６年输电线路带电作业技能竞赛||带电作业班班长马俊杰
帕尔哈提·艾买提|honoredBy|国网新疆电力有限公司工会|技术能手|带电作业班班长马俊杰
张晓峰|worksFor|国网伊犁伊河供电有限责任公司||带电作业班班长马俊杰
张晓峰|participatedIn|２０２６年输电线路带电作业技能竞赛||带电作业班班长马俊杰
张晓峰|honoredBy|国网新疆电力有限公司工会|技术能手|带电作业班班长马俊杰
赵立群|worksFor|国网新疆电力有限公司||设备部主任赵立群
赵立群|holdsPosition|国网新疆电力有限公司|副总工程师|设备部主任赵立群
赵立群|holdsPosition|国网新疆电力有限公司|设备部主任|设备部主任赵立群
赵立群|participatedIn|２０２６年输电线路带电作业技能竞赛||设备部主任赵立群
热合曼·吐尔逊|worksFor|国网伊犁伊河供电有限责任公司||热合曼·吐尔逊带队
热合曼·吐尔逊|holdsPosition|国网伊犁伊河供电有限责任公司|副总经理|热合曼·吐尔逊带队
热合曼·吐尔逊|participatedIn|２０２６年输电线路带电作业技能竞赛||热合曼·吐尔逊带队
""")

D('g10_dizhen.txt', '毕节4.9级地震后 南方电网供电人10小时抢通震区电力', '2026-05-14', '多彩贵州网', ['杨秀云', '何斌'], """
南方电网|Company||
贵州电网有限责任公司|Company||
贵州电网有限责任公司毕节供电局|Company|毕节供电局|该局
威宁供电局|Company||下属
威宁供电局石门供电所|Company|石门供电所|
贵州送变电有限责任公司|Company||
毕节供电局电力调度控制中心|Company||
六盘水供电局|Company||T: teaser
多彩贵州网|Organization||source
新龙村小学|Organization||school, 安置点
陈德华|Person||局长
龙开富|Person||所长
吴家兴|Person||党员服务队队员
安顺荣|Person||党员服务队队员 (name contains 安顺)
朱玉梅|Person||党员服务队队员
陶兴芬|Person||村民
杨光辉|Person||员工
禄文才|Person||村党支部书记
杨秀云|Person||记者
何斌|Person||通讯员
赵芸|Person||摄影
冉茜|Person||责任编辑
毕节市|Place|毕节|
威宁彝族回族苗族自治县|Place|威宁县|
石门乡|Place||
新龙村|Community||
毕节4.9级地震|Event|4.9级地震|5月13日23时47分
地震灾害Ⅲ级应急响应|Event||5月13日
""", """
@|reportedBy|杨秀云|记者|记者:杨秀云
@|reportedBy|何斌|通讯员|记者:杨秀云
@|reportedBy|赵芸|摄影|记者:杨秀云
@|reportedBy|冉茜|责任编辑|责任编辑:冉茜
毕节4.9级地震|locatedIn|威宁彝族回族苗族自治县||发生4.9级地震
毕节4.9级地震|locatedIn|石门乡||发生4.9级地震
贵州电网有限责任公司毕节供电局|subsidiaryOf|贵州电网有限责任公司||贵州电网有限责任公司毕节供电局立即启动
威宁供电局|subsidiaryOf|贵州电网有限责任公司毕节供电局||贵州电网有限责任公司毕节供电局立即启动
威宁供电局石门供电所|subsidiaryOf|威宁供电局||威宁供电局石门供电所所长龙开富
毕节供电局电力调度控制中心|subsidiaryOf|贵州电网有限责任公司毕节供电局||毕节供电局电力调度控制中心
地震灾害Ⅲ级应急响应|organizedBy|贵州电网有限责任公司毕节供电局||贵州电网有限责任公司毕节供电局立即启动
陈德华|worksFor|贵州电网有限责任公司毕节供电局||贵州电网有限责任公司毕节供电局立即启动
陈德华|holdsPosition|贵州电网有限责任公司毕节供电局|局长|贵州电网有限责任公司毕节供电局立即启动
陈德华|participatedIn|地震灾害Ⅲ级应急响应||贵州电网有限责任公司毕节供电局立即启动
威宁供电局|participatedIn|地震灾害Ⅲ级应急响应||贵州电网有限责任公司毕节供电局立即启动
贵州送变电有限责任公司|participatedIn|地震灾害Ⅲ级应急响应||贵州电网有限责任公司毕节供电局立即启动
新龙村|locatedIn|石门乡||在受灾较重的石门乡新龙村
龙开富|worksFor|威宁供电局石门供电所||威宁供电局石门供电所所长龙开富
龙开富|holdsPosition|威宁供电局石门供电所|所长|威宁供电局石门供电所所长龙开富
龙开富|servesCommunity|新龙村||威宁供电局石门供电所所长龙开富
威宁供电局石门供电所|servesCommunity|新龙村||威宁供电局石门供电所所长龙开富
吴家兴|worksFor|贵州电网有限责任公司毕节供电局||毕节供电局党员服务队队员吴家兴
安顺荣|worksFor|贵州电网有限责任公司毕节供电局||毕节供电局党员服务队队员吴家兴
朱玉梅|worksFor|贵州电网有限责任公司毕节供电局||毕节供电局党员服务队队员吴家兴
杨光辉|worksFor|威宁供电局石门供电所||员工杨光辉
杨光辉|holdsPosition|威宁供电局石门供电所|员工|员工杨光辉
杨光辉|servesCommunity|新龙村||员工杨光辉
""")

D('g11_fadianchang.txt', '灵武发电厂检修职工迎峰度冬保供“热”', '2026-12-08', '宁夏新闻网', ['马晓红', '丁志刚'], """
华电宁夏灵武发电有限公司|Company|灵武发电厂|该厂, 全厂
华电宁夏能源有限公司|Company||parent
国网宁夏电力有限公司|Company||
国网宁夏电力有限公司银川供电公司|Company|银川供电公司|
灵武市供电公司|Company||公司 in 米俊峰's sentence
国网宁夏电力有限公司电力调度控制中心|Company||
东塔社区党委|Organization||
宁夏新闻网|Organization||source
何永清|Person||厂长、党委副书记
杨国栋|Person||设备部锅炉班班长
米俊峰|Person||经理
海文军|Person||村民
纳红英|Person||社区党委书记
马晓红|Person||记者
丁志刚|Person||通讯员
白雪|Person||编辑
银川市|Place||
灵武市|Place||
宁东能源化工基地|Place||
宁夏|Place||
东塔社区|Community||
西关村|Community||
迎峰度冬专项行动|Event||
""", """
@|reportedBy|马晓红|记者|来源:宁夏新闻网
@|reportedBy|丁志刚|通讯员|来源:宁夏新闻网
@|reportedBy|白雪|编辑|编辑:白雪
华电宁夏灵武发电有限公司|subsidiaryOf|华电宁夏能源有限公司||旗下装机容量最大
华电宁夏灵武发电有限公司|locatedIn|宁东能源化工基地||旗下装机容量最大
何永清|worksFor|华电宁夏灵武发电有限公司||党委副书记何永清
何永清|holdsPosition|华电宁夏灵武发电有限公司|厂长|党委副书记何永清
何永清|holdsPosition|华电宁夏灵武发电有限公司|党委副书记|党委副书记何永清
杨国栋|worksFor|华电宁夏灵武发电有限公司||锅炉班班长杨国栋
杨国栋|holdsPosition|华电宁夏灵武发电有限公司|设备部锅炉班班长|锅炉班班长杨国栋
国网宁夏电力有限公司银川供电公司|subsidiaryOf|国网宁夏电力有限公司||国网宁夏电力有限公司银川供电公司也在灵武市
迎峰度冬专项行动|organizedBy|国网宁夏电力有限公司银川供电公司||国网宁夏电力有限公司银川供电公司也在灵武市
迎峰度冬专项行动|locatedIn|灵武市||国网宁夏电力有限公司银川供电公司也在灵武市
灵武市供电公司|subsidiaryOf|国网宁夏电力有限公司银川供电公司||灵武市供电公司经理米俊峰
米俊峰|worksFor|灵武市供电公司||灵武市供电公司经理米俊峰
米俊峰|holdsPosition|灵武市供电公司|经理|灵武市供电公司经理米俊峰
灵武市供电公司|participatedIn|迎峰度冬专项行动||灵武市供电公司经理米俊峰
灵武市供电公司|servesCommunity|东塔社区||灵武市供电公司经理米俊峰
灵武市供电公司|servesCommunity|西关村||灵武市供电公司经理米俊峰
纳红英|worksFor|东塔社区党委||东塔社区党委书记纳红英
纳红英|holdsPosition|东塔社区党委|书记|东塔社区党委书记纳红英
国网宁夏电力有限公司电力调度控制中心|subsidiaryOf|国网宁夏电力有限公司||记者从国网宁夏电力有限公司电力调度控制中心获悉
""")

D('g12_dudong.txt', '零下42℃!', '2026-12-20', '正北方网', ['其其格', '白云飞'], """
内蒙古电力(集团)有限责任公司|Company||
内蒙古电力(集团)有限责任公司呼伦贝尔供电分公司|Company|呼伦贝尔供电分公司|该分公司
内蒙古电力(集团)有限责任公司呼伦贝尔供电分公司输电运检中心|Company|输电运检中心|
海拉尔供电分局|Company|分局|
满洲里供电分局|Company||
满洲里市热力公司|Company||
正北方网|Organization||source
额尔敦|Person||巡线工
宝音图|Person||局长
王志远|Person||共产党员服务队队长
乌云娜|Person||社区居民
孟和巴雅尔|Person||副局长
刘海峰|Person||总经理
其其格|Person||作者
白云飞|Person||通讯员
乌兰|Person||责任编辑
呼伦贝尔市|Place||
海拉尔区|Place||
建设街道|Community||
胜利社区|Community||
""", """
@|reportedBy|其其格|作者|作者:其其格
@|reportedBy|白云飞|通讯员|作者:其其格
@|reportedBy|乌兰|责任编辑|责任编辑:乌兰
内蒙古电力(集团)有限责任公司呼伦贝尔供电分公司|subsidiaryOf|内蒙古电力(集团)有限责任公司||的巡线工额尔敦
内蒙古电力(集团)有限责任公司呼伦贝尔供电分公司输电运检中心|subsidiaryOf|内蒙古电力(集团)有限责任公司呼伦贝尔供电分公司||的巡线工额尔敦
额尔敦|worksFor|内蒙古电力(集团)有限责任公司呼伦贝尔供电分公司输电运检中心||的巡线工额尔敦
额尔敦|holdsPosition|内蒙古电力(集团)有限责任公司呼伦贝尔供电分公司输电运检中心|巡线工|的巡线工额尔敦
海拉尔供电分局|subsidiaryOf|内蒙古电力(集团)有限责任公司呼伦贝尔供电分公司||等所属单位
满洲里供电分局|subsidiaryOf|内蒙古电力(集团)有限责任公司呼伦贝尔供电分公司||等所属单位
宝音图|worksFor|海拉尔供电分局||局长宝音图
宝音图|holdsPosition|海拉尔供电分局|局长|局长宝音图
胜利社区|locatedIn|建设街道||在海拉尔区建设街道的胜利社区
建设街道|locatedIn|海拉尔区||在海拉尔区建设街道的胜利社区
王志远|worksFor|海拉尔供电分局||队长王志远
王志远|holdsPosition|海拉尔供电分局|共产党员服务队队长|队长王志远
王志远|servesCommunity|胜利社区||队长王志远
海拉尔供电分局|servesCommunity|胜利社区||队长王志远
孟和巴雅尔|worksFor|满洲里供电分局||副局长孟和巴雅尔
孟和巴雅尔|holdsPosition|满洲里供电分局|副局长|副局长孟和巴雅尔
刘海峰|worksFor|内蒙古电力(集团)有限责任公司呼伦贝尔供电分公司||总经理刘海峰
刘海峰|holdsPosition|内蒙古电力(集团)有限责任公司呼伦贝尔供电分公司|总经理|总经理刘海峰
""")

D('g13_gaokao.txt', '九江供电全力护航高考 “电”亮考生追梦路', '2026-06-08', '九江新闻网', ['邹文涛'], """
国网江西省电力有限公司|Company||
国网江西省电力有限公司九江供电公司|Company|国网九江供电公司;九江供电公司;九江供电|该公司, 公司
九江供电公司营销部|Company||department
都昌县供电公司|Company||(structural)
修水县供电公司|Company||该公司, 县公司
九江市第一中学|Organization||考点
九江市教育考试院|Organization||
九江新闻网|Organization||source
夏明亮|Person||营销部副主任
曹剑锋|Person||配电运检班班长
欧阳晨|Person||同事
詹美玲|Person||同事
彭雅琴|Person||副校长
陈志华|Person||副经理
潘立新|Person||总经理
邹文涛|Person||记者
万芳|Person||责任编辑
九江市|Place||
修水县|Place||
2026年全国高考|Event|高考|6月7日至9日
全市高考模拟演练|Event||此前
中考|Event||future
""", """
@|reportedBy|邹文涛|记者|来源:九江新闻网
@|reportedBy|万芳|责任编辑|责任编辑:万芳
九江供电公司营销部|subsidiaryOf|国网江西省电力有限公司九江供电公司||九江供电公司营销部副主任夏明亮
夏明亮|worksFor|九江供电公司营销部||九江供电公司营销部副主任夏明亮
夏明亮|holdsPosition|九江供电公司营销部|副主任|九江供电公司营销部副主任夏明亮
都昌县供电公司|subsidiaryOf|国网江西省电力有限公司九江供电公司||都昌县供电公司配电运检班班长曹剑锋
曹剑锋|worksFor|都昌县供电公司||都昌县供电公司配电运检班班长曹剑锋
曹剑锋|holdsPosition|都昌县供电公司|配电运检班班长|都昌县供电公司配电运检班班长曹剑锋
欧阳晨|worksFor|都昌县供电公司||与他一起值守的还有同事欧阳晨
詹美玲|worksFor|都昌县供电公司||与他一起值守的还有同事欧阳晨
彭雅琴|worksFor|九江市第一中学||副校长彭雅琴
彭雅琴|holdsPosition|九江市第一中学|副校长|副校长彭雅琴
国网江西省电力有限公司九江供电公司|participatedIn|全市高考模拟演练||全市高考模拟演练中
修水县供电公司|subsidiaryOf|国网江西省电力有限公司九江供电公司||在修水县,修水县供电公司也在
陈志华|worksFor|修水县供电公司||副经理陈志华
陈志华|holdsPosition|修水县供电公司|副经理|副经理陈志华
国网江西省电力有限公司九江供电公司|subsidiaryOf|国网江西省电力有限公司||九江供电公司总经理潘立新
潘立新|worksFor|国网江西省电力有限公司九江供电公司||九江供电公司总经理潘立新
潘立新|holdsPosition|国网江西省电力有限公司九江供电公司|总经理|九江供电公司总经理潘立新
""")

D('g14_xianlu.txt', '遵义供电局加快推进农网改造 桐梓县12个村告别“低电压”', '2026-08-26', '遵义日报', ['黎丽娟', '胡泽宇'], """
贵州电网有限责任公司|Company||
贵州电网有限责任公司遵义供电局|Company|遵义供电局|
桐梓供电局|Company||所属
桐梓供电局娄山关供电所|Company|娄山关供电所|供电所
贵州电网建设投资有限公司|Company||施工单位
贵州盘江电力建设有限公司|Company||施工单位
遵义日报|Organization||source
黄朝阳|Person||副局长
冯华平|Person||村党支部书记
陈红军|Person||项目经理
孔令伟|Person||副局长
令狐德军|Person||所长 (compound surname 令狐)
吴正宽|Person||居民代表
黎丽娟|Person||记者
胡泽宇|Person||通讯员
袁媛|Person||编辑
桐梓县|Place||
新站镇|Place||
绥阳|Place||
正安|Place||
娄山关街道|Community||
高桥村|Community||
大河社区|Community||
桐梓县农村电网巩固提升工程|Event||8月24日 全部完工
""", """
@|reportedBy|黎丽娟|记者|来源:遵义日报
@|reportedBy|胡泽宇|通讯员|来源:遵义日报
@|reportedBy|袁媛|编辑|编辑:袁媛
贵州电网有限责任公司遵义供电局|subsidiaryOf|贵州电网有限责任公司||8月24日,由贵州电网有限责任公司遵义供电局
桐梓县农村电网巩固提升工程|organizedBy|贵州电网有限责任公司遵义供电局||8月24日,由贵州电网有限责任公司遵义供电局
桐梓县农村电网巩固提升工程|locatedIn|桐梓县||8月24日,由贵州电网有限责任公司遵义供电局
桐梓供电局|subsidiaryOf|贵州电网有限责任公司遵义供电局||由遵义供电局所属桐梓供电局
桐梓供电局|participatedIn|桐梓县农村电网巩固提升工程||由遵义供电局所属桐梓供电局
贵州电网建设投资有限公司|participatedIn|桐梓县农村电网巩固提升工程||由遵义供电局所属桐梓供电局
贵州盘江电力建设有限公司|participatedIn|桐梓县农村电网巩固提升工程||由遵义供电局所属桐梓供电局
娄山关街道|locatedIn|桐梓县||项目部设在桐梓县娄山关街道
黄朝阳|worksFor|桐梓供电局||桐梓供电局副局长黄朝阳
黄朝阳|holdsPosition|桐梓供电局|副局长|桐梓供电局副局长黄朝阳
高桥村|locatedIn|新站镇||在新站镇的高桥村
陈红军|worksFor|贵州盘江电力建设有限公司||项目经理陈红军
陈红军|holdsPosition|贵州盘江电力建设有限公司|项目经理|项目经理陈红军
陈红军|participatedIn|桐梓县农村电网巩固提升工程||项目经理陈红军
桐梓供电局娄山关供电所|subsidiaryOf|桐梓供电局||所长令狐德军
令狐德军|worksFor|桐梓供电局娄山关供电所||所长令狐德军
令狐德军|holdsPosition|桐梓供电局娄山关供电所|所长|所长令狐德军
大河社区|locatedIn|娄山关街道||在娄山关街道的大河社区
桐梓供电局娄山关供电所|servesCommunity|大河社区||在娄山关街道的大河社区
孔令伟|worksFor|贵州电网有限责任公司遵义供电局||遵义供电局副局长孔令伟
孔令伟|holdsPosition|贵州电网有限责任公司遵义供电局|副局长|遵义供电局副局长孔令伟
""")

D('g15_guangfu.txt', '松原首个村级集中式光伏电站并网发电', '2026-05-20', '吉林新闻网', ['刘雪梅'], """
国网吉林省电力有限公司|Company||
国网吉林省电力有限公司松原供电公司|Company|松原供电公司|
前郭县供电公司|Company||
前郭县供电公司查干花供电所|Company|查干花供电所|
松原供电公司营销部|Company||department
吉林省光源新能源科技有限公司|Company||建设单位
吉林新闻网|Organization||source
于海波|Person||所长
宋佳琪|Person||客户经理
包金山|Person||村党支部书记、村委会主任
周鹏飞|Person||总经理
陈玉珍|Person||村民
王宏亮|Person||营销部副主任
刘雪梅|Person||作者/记者
张丽|Person||责任编辑
松原市|Place|松原|
前郭尔罗斯蒙古族自治县|Place||
查干花镇|Place||
查干花村|Community||
""", """
@|reportedBy|刘雪梅|作者|作者:刘雪梅
@|reportedBy|张丽|责任编辑|责任编辑:张丽
查干花村|locatedIn|查干花镇||查干花镇的查干花村
国网吉林省电力有限公司松原供电公司|subsidiaryOf|国网吉林省电力有限公司||国网吉林省电力有限公司松原供电公司开辟
前郭县供电公司|subsidiaryOf|国网吉林省电力有限公司松原供电公司||松原供电公司所属前郭县供电公司
前郭县供电公司查干花供电所|subsidiaryOf|前郭县供电公司||松原供电公司所属前郭县供电公司
于海波|worksFor|前郭县供电公司查干花供电所||所长于海波
于海波|holdsPosition|前郭县供电公司查干花供电所|所长|所长于海波
宋佳琪|worksFor|前郭县供电公司查干花供电所||客户经理宋佳琪
宋佳琪|holdsPosition|前郭县供电公司查干花供电所|客户经理|客户经理宋佳琪
周鹏飞|worksFor|吉林省光源新能源科技有限公司||总经理周鹏飞
周鹏飞|holdsPosition|吉林省光源新能源科技有限公司|总经理|总经理周鹏飞
前郭县供电公司|servesCommunity|查干花村||查干花村的联系点单位
松原供电公司营销部|subsidiaryOf|国网吉林省电力有限公司松原供电公司||松原供电公司营销部副主任王宏亮
王宏亮|worksFor|松原供电公司营销部||松原供电公司营销部副主任王宏亮
王宏亮|holdsPosition|松原供电公司营销部|副主任|松原供电公司营销部副主任王宏亮
""")


def build():
    out = {'documents': []}
    errors = []
    for file, title, pub, src, authors, ents, rels in DOCS:
        text = normalize(os.path.join(HERE, file))
        sents = sentences(text)
        doc = {'file': file, 'title': None, 'published': pub, 'source': src,
               'authors': authors, 'entities': [], 'relations': []}
        # title: the full line that starts with the given title prefix
        for line in text.split('\n'):
            if line.strip().startswith(title):
                doc['title'] = line.strip(); break
        else:
            errors.append(f'{file}: title not found: {title}')
        for line in ents.strip().split('\n'):
            name, typ, al, note = (line.split('|') + ['', ''])[:4]
            e = {'name': name, 'type': typ, 'aliases': [a for a in al.split(';') if a]}
            if note.startswith('T:'):
                e['note'] = 'related-teaser'
            elif note:
                e['note'] = note
            doc['entities'].append(e)
        for line in rels.strip().split('\n'):
            parts = line.split('|')
            head, rel, tail, q, frag = parts[:5]
            teaser = len(parts) > 5 and parts[5] == 'T'
            if head == '@':
                head = file
            hits = [s for s in sents if frag in s]
            if not hits:
                errors.append(f'{file}: fragment not found: {frag}')
                continue
            r = {'head': head, 'relation': rel, 'tail': tail}
            if q:
                r['qualifier'] = q
            r['evidence'] = hits[0]
            if teaser:
                r['note'] = 'related-teaser'
            doc['relations'].append(r)
        out['documents'].append(doc)
    for e in errors:
        print('ERROR', e)
    json.dump(out, open(os.path.join(HERE, 'gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    return errors

if __name__ == '__main__':
    sys.exit(1 if build() else 0)
