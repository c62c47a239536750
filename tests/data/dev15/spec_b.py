SPEC = {}
SPEC['w05_partybuilding_shanghai.txt'] = r'''
T "楼宇+社区"结对 花木街道党建联建签约17家企业
D 2026-06-26
S 新民晚报
A 施佳怡
E:Organization|新民晚报||source outlet
E:Organization|新民网||outlet (crumb)
E:Organization|花木街道党工委||street party working committee; 街道党工委
E:Organization|钦洋社区党总支||
E:Organization|浦东新区新时代文明实践中心||位于花木街道
E:Company|国网上海市电力公司||only as prefix of 浦东供电公司's full name
E:Company|国网上海市电力公司浦东供电公司|浦东供电公司|district company; 公司
E:Company|花木供电服务中心||公司下属 (浦东供电公司)
E:Company|上海申城天然气有限公司||gas company, parent of 浦东分公司 (compound name)
E:Company|上海申城天然气有限公司浦东分公司|申城天然气浦东分公司|branch
E:Company|交通银行||bank, parent of 上海浦东分行 (compound name)
E:Company|交通银行上海浦东分行||bank branch
E:Person|邵晓芸||街道党工委副书记、办事处主任; hosted the meeting
E:Person|顾文斌||花木街道党工委书记
E:Person|汪立群||浦东供电公司党委书记
E:Person|俞梦洁||花木供电服务中心主任 (中心主任)
E:Person|潘美华||钦洋社区党总支书记
E:Person|施佳怡||作者 / 新民晚报记者
E:Person|许蕾||编辑
E:Place|浦东新区||
E:Community|花木街道||in 浦东新区
E:Community|钦洋社区||
E:Community|联洋社区||
E:Community|牡丹社区||
E:Event|"红色花木·联建共治"党建联建推进会|党建联建推进会,推进会|2026-06-25, held by 花木街道党工委
@|reportedBy|施佳怡|作者|作者:施佳怡
@|reportedBy|许蕾|编辑|编辑:许蕾
"红色花木·联建共治"党建联建推进会|organizedBy|花木街道党工委|2026-06-25|党建联建推进会,国网上海市电力公司
花木街道|locatedIn|浦东新区||党建联建推进会,国网上海市电力公司
国网上海市电力公司浦东供电公司|subsidiaryOf|国网上海市电力公司||党建联建推进会,国网上海市电力公司
上海申城天然气有限公司浦东分公司|subsidiaryOf|上海申城天然气有限公司||党建联建推进会,国网上海市电力公司
交通银行上海浦东分行|subsidiaryOf|交通银行||党建联建推进会,国网上海市电力公司
浦东供电公司|participatedIn|"红色花木·联建共治"党建联建推进会|2026-06-25|党建联建推进会,国网上海市电力公司
上海申城天然气有限公司浦东分公司|participatedIn|"红色花木·联建共治"党建联建推进会|2026-06-25|党建联建推进会,国网上海市电力公司
交通银行上海浦东分行|participatedIn|"红色花木·联建共治"党建联建推进会|2026-06-25|党建联建推进会,国网上海市电力公司
邵晓芸|worksFor|花木街道党工委||推进会由街道党工委副书记
邵晓芸|holdsPosition|花木街道党工委|副书记|推进会由街道党工委副书记
邵晓芸|participatedIn|"红色花木·联建共治"党建联建推进会|2026-06-25|推进会由街道党工委副书记
顾文斌|worksFor|花木街道党工委||花木街道党工委书记顾文斌
顾文斌|holdsPosition|花木街道党工委|书记|花木街道党工委书记顾文斌
顾文斌|participatedIn|"红色花木·联建共治"党建联建推进会|2026-06-25|花木街道党工委书记顾文斌
浦东供电公司|servesCommunity|钦洋社区||浦东供电公司将与钦洋社区结对
上海申城天然气有限公司浦东分公司|servesCommunity|联洋社区||浦东供电公司将与钦洋社区结对
交通银行上海浦东分行|servesCommunity|牡丹社区||浦东供电公司将与钦洋社区结对
汪立群|worksFor|浦东供电公司||浦东供电公司党委书记汪立群
汪立群|holdsPosition|浦东供电公司|党委书记|浦东供电公司党委书记汪立群
汪立群|participatedIn|"红色花木·联建共治"党建联建推进会|2026-06-25|浦东供电公司党委书记汪立群
花木供电服务中心|subsidiaryOf|浦东供电公司||浦东供电公司党委书记汪立群
花木供电服务中心|servesCommunity|钦洋社区||浦东供电公司党委书记汪立群
俞梦洁|worksFor|花木供电服务中心||浦东供电公司党委书记汪立群
俞梦洁|holdsPosition|花木供电服务中心|主任|浦东供电公司党委书记汪立群
俞梦洁|servesCommunity|钦洋社区||浦东供电公司党委书记汪立群
潘美华|worksFor|钦洋社区党总支||钦洋社区党总支书记潘美华
潘美华|holdsPosition|钦洋社区党总支|书记|钦洋社区党总支书记潘美华
浦东新区新时代文明实践中心|locatedIn|花木街道||位于花木街道的浦东新区新时代文明实践中心
'''
SPEC['w06_suzhou_servicecenter.txt'] = r'''
T 【基层动态】"一站式"办电跑出加速度——记苏州工业园区供电服务中心星湖营业厅
D 2026-03-09
S 国网苏州供电公司
A 朱琳琳
E:Company|国网江苏省电力有限公司||only as prefix of the Suzhou company's full name
E:Company|国网江苏省电力有限公司苏州供电分公司|苏州供电公司,国网苏州供电公司|city company; site owner (company news page); 以下简称 苏州供电公司
E:Company|苏州工业园区供电服务中心||service centre of 苏州供电公司
E:Company|苏州工业园区供电服务中心星湖营业厅|星湖营业厅|business hall; 该厅, 厅里, 营业厅
E:Organization|"星湖办电管家"团队|星湖办电管家|named team set up (组建) by the hall
E:Organization|苏州市妇女联合会||awarding body
E:Organization|中华全国总工会||awarding body (全国工人先锋号 to the hall: no honoredBy, head not a Person)
E:Person|张晓霞||值班长 (营业厅班长), 苏州市三八红旗手
E:Person|陆振华||业扩专责, leads 星湖办电管家
E:Person|季永涛||苏州工业园区供电服务中心主任
E:Person|朱琳琳||作者 文/图
E:Person|严雅||审核
E:Community|斜塘街道||in 园区
E:Community|莲花新村社区||in 斜塘街道
@|reportedBy|朱琳琳|作者|作者:朱琳琳
@|reportedBy|严雅|审核|作者:朱琳琳
苏州供电公司|subsidiaryOf|国网江苏省电力有限公司||以下简称"苏州供电公司"
苏州工业园区供电服务中心|subsidiaryOf|苏州供电公司||这个隶属于苏州工业园区供电服务中心
星湖营业厅|subsidiaryOf|苏州工业园区供电服务中心||这个隶属于苏州工业园区供电服务中心
张晓霞|worksFor|星湖营业厅||值班长张晓霞
张晓霞|holdsPosition|星湖营业厅|值班长|值班长张晓霞
张晓霞|holdsPosition|星湖营业厅|营业厅班长|值班长张晓霞
张晓霞|honoredBy|苏州市妇女联合会|苏州市三八红旗手|张晓霞被苏州市妇女联合会
陆振华|worksFor|星湖营业厅||由业扩专责陆振华牵头
陆振华|holdsPosition|星湖营业厅|业扩专责|由业扩专责陆振华牵头
陆振华|worksFor|"星湖办电管家"团队||由业扩专责陆振华牵头
陆振华|holdsPosition|"星湖办电管家"团队|牵头人|由业扩专责陆振华牵头
星湖营业厅|servesCommunity|莲花新村社区||星湖营业厅设立了"电力便民服务点"
莲花新村社区|locatedIn|斜塘街道||星湖营业厅设立了"电力便民服务点"
季永涛|worksFor|苏州工业园区供电服务中心||季永涛说
季永涛|holdsPosition|苏州工业园区供电服务中心|主任|季永涛说
~E:Event|电力春风行动||2026-02-20 launch in 吴中区
~E:Person|邹建平||苏州供电公司副总经理
~E:Place|吴中区||
~电力春风行动|organizedBy|苏州供电公司|2026-02-20|苏州供电公司在吴中区启动
~苏州供电公司|participatedIn|电力春风行动|2026-02-20|苏州供电公司在吴中区启动
~电力春风行动|locatedIn|吴中区|2026-02-20|苏州供电公司在吴中区启动
~邹建平|worksFor|苏州供电公司||苏州供电公司在吴中区启动
~邹建平|holdsPosition|苏州供电公司|副总经理|苏州供电公司在吴中区启动
~邹建平|participatedIn|电力春风行动|2026-02-20|苏州供电公司在吴中区启动
'''
SPEC['w07_railway_fuzhou.txt'] = r'''
T 春运收官 福州南站"小茉莉"服务组累计服务旅客12万人次
D 2026-03-08
S 东南网
A 林思远,陈雨涵
E:Organization|东南网||source outlet
E:Company|中国铁路南昌局集团有限公司||railway group
E:Company|中国铁路南昌局集团有限公司福州南站|福州南站|station; 以下简称 福州南站; 该站
E:Company|客运车间||department of 福州南站
E:Organization|客运车间党支部||party branch that formed the 服务组
E:Organization|"小茉莉"服务组|小茉莉|named service group; honoured 福建省工人先锋号 (no honoredBy: head not a Person)
E:Organization|福州市公安局铁路公安处||
E:Organization|城门镇政府|仓山区城门镇政府|town government
E:Organization|福建省总工会||awarding body
E:Person|郑晓薇||服务组组长, 客运值班员
E:Person|黄振宇||福州南站站长、党委副书记
E:Person|刘建国||客运车间主任
E:Person|林思远||记者
E:Person|陈雨涵||实习生
E:Person|吴淼||责任编辑
E:Place|仓山区||
E:Place|城门镇||
E:Place|龙岩||
E:Place|南平||
E:Place|闽西||region
E:Place|闽北||region
E:Community|林浦村||village in 城门镇
E:Event|2026年春运|春运|40 days, ended 2026-03-06
E:Event|站区联合执法行动||during 春运 2026, led by 福州南站
@|reportedBy|林思远|记者|记者 林思远
@|reportedBy|陈雨涵|实习生|记者 林思远
@|reportedBy|吴淼|责任编辑|责任编辑:吴淼
福州南站|subsidiaryOf|中国铁路南昌局集团有限公司||以下简称"福州南站"
福州南站|participatedIn|2026年春运|2026|以下简称"福州南站"
客运车间|subsidiaryOf|福州南站||这支服务组由客运车间党支部组建
郑晓薇|worksFor|"小茉莉"服务组||这支服务组由客运车间党支部组建
郑晓薇|holdsPosition|"小茉莉"服务组|组长|这支服务组由客运车间党支部组建
郑晓薇|worksFor|客运车间||这支服务组由客运车间党支部组建
郑晓薇|holdsPosition|客运车间|客运值班员|这支服务组由客运车间党支部组建
"小茉莉"服务组|participatedIn|2026年春运|2026|服务组共为重点旅客
黄振宇|worksFor|福州南站||福州南站站长、党委副书记黄振宇
黄振宇|holdsPosition|福州南站|站长|福州南站站长、党委副书记黄振宇
黄振宇|holdsPosition|福州南站|党委副书记|福州南站站长、党委副书记黄振宇
福州南站|servesCommunity|林浦村||福州南站站长、党委副书记黄振宇
林浦村|locatedIn|城门镇||福州南站站长、党委副书记黄振宇
刘建国|worksFor|客运车间||客运车间主任刘建国
刘建国|holdsPosition|客运车间|主任|客运车间主任刘建国
站区联合执法行动|organizedBy|福州南站|2026|站区联合执法行动
福州南站|participatedIn|站区联合执法行动|2026|站区联合执法行动
福州市公安局铁路公安处|participatedIn|站区联合执法行动|2026|站区联合执法行动
城门镇政府|participatedIn|站区联合执法行动|2026|站区联合执法行动
'''
SPEC['w08_bank_shaoxing.txt'] = r'''
T 把金融服务送到家门口 农行越城支行"流动服务车"开进社区
D 2026-04-17
S 浙江在线-绍兴频道
A 钟晓雯,金立群
E:Organization|浙江在线||source outlet (绍兴频道)
E:Company|中国农业银行股份有限公司||state bank; only as prefix (中国农业银行)
E:Company|中国农业银行绍兴分行|农行绍兴分行|city branch
E:Company|中国农业银行股份有限公司绍兴越城支行|农行越城支行|sub-branch; 以下简称 农行越城支行; 该行; 支行
E:Company|营业部||business department of 农行越城支行
E:Organization|金穗流动服务队||named team set up (组建) by the sub-branch; 服务队
E:Organization|府山社区党委||
E:Person|许文杰||营业部主任, leads the 服务队 (带队)
E:Person|宋云峰||支行党支部书记、行长
E:Person|梁海燕||府山社区党委书记
E:Person|钟晓雯||通讯员
E:Person|金立群||记者
E:Person|周屹||编辑
E:Place|越城区||
E:Community|塔山街道||
E:Community|府山社区||in 塔山街道
E:Community|北海街道||
E:Community|稽山社区||
@|reportedBy|钟晓雯|通讯员|通讯员 钟晓雯
@|reportedBy|金立群|记者|通讯员 钟晓雯
@|reportedBy|周屹|编辑|(编辑 周屹)
农行越城支行|subsidiaryOf|中国农业银行绍兴分行||下辖的二级支行
中国农业银行绍兴分行|subsidiaryOf|中国农业银行股份有限公司||下辖的二级支行
营业部|subsidiaryOf|农行越城支行||下辖的二级支行
农行越城支行|servesCommunity|府山社区||该行已与府山社区建立
府山社区|locatedIn|塔山街道||76岁的居民何阿姨
塔山街道|locatedIn|越城区||76岁的居民何阿姨
许文杰|worksFor|营业部||由营业部主任许文杰带队
许文杰|holdsPosition|营业部|主任|由营业部主任许文杰带队
许文杰|worksFor|金穗流动服务队||由营业部主任许文杰带队
许文杰|holdsPosition|金穗流动服务队|带队|由营业部主任许文杰带队
宋云峰|worksFor|农行越城支行||支行党支部书记、行长宋云峰
宋云峰|holdsPosition|农行越城支行|党支部书记|支行党支部书记、行长宋云峰
宋云峰|holdsPosition|农行越城支行|行长|支行党支部书记、行长宋云峰
梁海燕|worksFor|府山社区党委||府山社区党委书记梁海燕
梁海燕|holdsPosition|府山社区党委|党委书记|府山社区党委书记梁海燕
金穗流动服务队|servesCommunity|府山社区||服务队已为府山社区、稽山社区
金穗流动服务队|servesCommunity|稽山社区||服务队已为府山社区、稽山社区
'''
