# compact gold spec. E: "name|type|aliases(;)|note"  R: "head|rel|tail|qualifier|fragment[|teaser]"
DOCS = []
def D(file, title, date, source, authors, E, R):
    DOCS.append(dict(file=file, title=title, published=date, source=source, authors=authors, E=E, R=R))

D('m01_suozhang.txt', '“电管家”肖德胜：二十年守好一方灯火', '2026-06-12', '醴陵市融媒体中心', ['彭晓岚', '邹一帆'], """
国网醴陵市供电公司|Company||县级供电公司; 该公司 in last paragraph
国网醴陵市供电公司孙家湾供电所|Company|孙家湾供电所|供电所
国网株洲供电公司|Company||马俊飞's former employer
醴陵市融媒体中心|Organization||source outlet
株洲市总工会|Organization||gave 株洲市劳动模范
南桥村党支部|Organization||孙家湾镇南桥村党支部
肖德胜|Person||孙家湾供电所所长 (老肖)
刘春梅|Person||南桥村党支部书记兼村委会主任
谭桂英|Person||枫林村独居老人
马俊飞|Person||台区经理
易国栋|Person||党委书记、总经理
彭晓岚|Person||记者
邹一帆|Person||通讯员
龙雪芹|Person||责任编辑
醴陵市|Place||
孙家湾镇|Place||
南桥村|Community||
枫林村|Community||
台区经理能力提升培训班|Event||承办 by 孙家湾供电所
""", """
国网醴陵市供电公司孙家湾供电所|subsidiaryOf|国网醴陵市供电公司||作为国网醴陵市供电公司下属
肖德胜|worksFor|国网醴陵市供电公司孙家湾供电所||孙家湾供电所所长肖德胜
肖德胜|holdsPosition|国网醴陵市供电公司孙家湾供电所|所长|孙家湾供电所所长肖德胜
国网醴陵市供电公司孙家湾供电所|locatedIn|孙家湾镇||这个地处醴陵市孙家湾镇
南桥村|locatedIn|孙家湾镇||孙家湾镇南桥村党支部书记
刘春梅|holdsPosition|南桥村党支部|党支部书记|孙家湾镇南桥村党支部书记
刘春梅|worksFor|南桥村党支部||孙家湾镇南桥村党支部书记
肖德胜|servesCommunity|南桥村||划为自己的联系点
肖德胜|servesCommunity|枫林村||划为自己的联系点
肖德胜|servesCommunity|枫林村||他带着台区经理马俊飞上门服务
马俊飞|servesCommunity|枫林村||他带着台区经理马俊飞上门服务
马俊飞|holdsPosition|国网醴陵市供电公司孙家湾供电所|台区经理|他带着台区经理马俊飞上门服务
马俊飞|worksFor|国网醴陵市供电公司孙家湾供电所||他带着台区经理马俊飞上门服务
马俊飞|servesCommunity|南桥村||独立负责南桥村三个台区
台区经理能力提升培训班|organizedBy|国网醴陵市供电公司孙家湾供电所||承办了全市
国网醴陵市供电公司孙家湾供电所|servesCommunity|枫林村||检修排灌线路
国网醴陵市供电公司孙家湾供电所|servesCommunity|南桥村||检修排灌线路
肖德胜|honoredBy|株洲市总工会|株洲市劳动模范|株洲市劳动模范
易国栋|worksFor|国网醴陵市供电公司||总经理易国栋
易国栋|holdsPosition|国网醴陵市供电公司|党委书记|总经理易国栋
易国栋|holdsPosition|国网醴陵市供电公司|总经理|总经理易国栋
m01_suozhang.txt|reportedBy|彭晓岚|记者|记者 彭晓岚
m01_suozhang.txt|reportedBy|邹一帆|通讯员|记者 彭晓岚
m01_suozhang.txt|reportedBy|龙雪芹|责编|责任编辑：龙雪芹
""")

D('m02_bingzai.txt', '冰雹过后，红马甲连夜进村', '2026-05-08', '湖北日报客户端', ['詹慧敏', '柯思远', '胡立夏'], """
国网随州供电公司|Company|随州供电|市级供电公司
国网随州供电公司随县分公司|Company|随县分公司|county branch
万和供电所|Company||该所
随县分公司党委|Organization||牵头组建 the service team
湖北日报客户端|Organization|湖北日报|source outlet
随州市应急管理局|Organization||
邵长青|Person||服务队队长
吴建业|Person||党员队员
丁晓彤|Person||党员队员
余志刚|Person||党员队员
严厚德|Person||鹿角湾村党支部书记
戴永春|Person||随县分公司副经理
程红军|Person||万和供电所所长
吕发财|Person||village resident
包新民|Person||随州市应急管理局副局长
孔令华|Person||国网随州供电公司副总经理 (teaser)|related-teaser
詹慧敏|Person||记者
柯思远|Person||通讯员
胡立夏|Person||通讯员
鲁小川|Person||编辑
鹿角湾村党支部|Organization||
随县|Place||
万和镇|Place||
曾都区|Place||teaser|related-teaser
鹿角湾村|Community||
柳树湾村|Community||
5月6日冰雹|Event||冰雹灾害; 5月6日
冰雹灾害抢修|Event||5月6-7日
迎峰度夏|Event||6月1日 inspection, teaser|related-teaser
""", """
国网随州供电公司随县分公司|subsidiaryOf|国网随州供电公司||国网随州供电公司随县分公司组织
万和供电所|subsidiaryOf|国网随州供电公司随县分公司||万和供电所所长程红军
5月6日冰雹|locatedIn|万和镇||冰雹袭击了随县万和镇
国网随州供电公司随县分公司|servesCommunity|鹿角湾村||连夜赶往受灾最重的万和镇鹿角湾村抢修
鹿角湾村|locatedIn|万和镇||连夜赶往受灾最重的万和镇鹿角湾村抢修
严厚德|holdsPosition|鹿角湾村党支部|党支部书记|鹿角湾村党支部书记严厚德
严厚德|worksFor|鹿角湾村党支部||鹿角湾村党支部书记严厚德
邵长青|worksFor|国网随州供电公司随县分公司||服务队队长邵长青
邵长青|holdsPosition|国网随州供电公司随县分公司|服务队队长|服务队队长邵长青
吴建业|worksFor|国网随州供电公司随县分公司||服务队队长邵长青
丁晓彤|worksFor|国网随州供电公司随县分公司||服务队队长邵长青
余志刚|worksFor|国网随州供电公司随县分公司||服务队队长邵长青
邵长青|servesCommunity|鹿角湾村||全村327户恢复供电
吴建业|servesCommunity|鹿角湾村||全村327户恢复供电
丁晓彤|servesCommunity|鹿角湾村||全村327户恢复供电
余志刚|servesCommunity|鹿角湾村||全村327户恢复供电
邵长青|participatedIn|冰雹灾害抢修||全村327户恢复供电
吴建业|participatedIn|冰雹灾害抢修||全村327户恢复供电
丁晓彤|participatedIn|冰雹灾害抢修||全村327户恢复供电
余志刚|participatedIn|冰雹灾害抢修||全村327户恢复供电
国网随州供电公司随县分公司|participatedIn|冰雹灾害抢修||国网随州供电公司随县分公司组织
冰雹灾害抢修|organizedBy|国网随州供电公司随县分公司||国网随州供电公司随县分公司组织
戴永春|worksFor|国网随州供电公司随县分公司||随县分公司副经理戴永春
戴永春|holdsPosition|国网随州供电公司随县分公司|副经理|随县分公司副经理戴永春
国网随州供电公司随县分公司|servesCommunity|柳树湾村||转战相邻的柳树湾村
程红军|worksFor|万和供电所||万和供电所所长程红军
程红军|holdsPosition|万和供电所|所长|万和供电所所长程红军
丁晓彤|servesCommunity|鹿角湾村||先给他家拉了一根临时线
余志刚|servesCommunity|鹿角湾村||先给他家拉了一根临时线
包新民|worksFor|随州市应急管理局||副局长包新民
包新民|holdsPosition|随州市应急管理局|副局长|副局长包新民
孔令华|worksFor|国网随州供电公司||副总经理孔令华|related-teaser
孔令华|holdsPosition|国网随州供电公司|副总经理|副总经理孔令华|related-teaser
孔令华|participatedIn|迎峰度夏||副总经理孔令华|related-teaser
迎峰度夏|locatedIn|曾都区||副总经理孔令华|related-teaser
迎峰度夏|organizedBy|国网随州供电公司||副总经理孔令华|related-teaser
国网随州供电公司随县分公司|servesCommunity|鹿角湾村||结对帮扶鹿角湾村
随县分公司党委|servesCommunity|鹿角湾村||结对帮扶鹿角湾村
包新民|servesCommunity|鹿角湾村||到鹿角湾村查看灾情
戴永春|participatedIn|冰雹灾害抢修||慰问了参与冰雹灾害抢修的队员
5月6日冰雹|locatedIn|随县||冰雹袭击了随县万和镇
m02_bingzai.txt|reportedBy|詹慧敏|记者|湖北日报全媒记者 詹慧敏
m02_bingzai.txt|reportedBy|柯思远|通讯员|湖北日报全媒记者 詹慧敏
m02_bingzai.txt|reportedBy|胡立夏|通讯员|湖北日报全媒记者 詹慧敏
m02_bingzai.txt|reportedBy|鲁小川|责编|编辑：鲁小川
""")

D('m03_dushu.txt', '迎峰度夏 副总经理一线“把脉”电网', '2026-07-16', '宝鸡日报', ['贺文涛'], """
国网宝鸡供电公司|Company|宝鸡供电公司|市级供电公司
运维检修部|Company||公司运维检修部 of 国网宝鸡供电公司
凤翔区供电分公司|Company||该分公司
凤翔区供电分公司调控中心|Company||
东街社区居民委员会|Organization||
宝鸡日报|Organization||source
宝鸡新闻网|Organization||site
屈建华|Person||副总经理
郑海波|Person||运维检修部主任
党晓峰|Person||凤翔区供电分公司经理
王秀兰|Person||东街社区居民委员会主任
李卫东|Person||服务队队员
贺文涛|Person||记者
杨思源|Person||责任编辑
凤翔区|Place||
柳林镇|Place||
彪角镇|Place||
东街社区|Community||
迎峰度夏督导检查|Event||7月15日, 凤翔区
纳凉夜访|Event||服务队活动
迎峰度夏专项行动|Event||自6月启动
""", """
屈建华|worksFor|国网宝鸡供电公司||国网宝鸡供电公司副总经理屈建华
屈建华|holdsPosition|国网宝鸡供电公司|副总经理|国网宝鸡供电公司副总经理屈建华
屈建华|participatedIn|迎峰度夏督导检查||国网宝鸡供电公司副总经理屈建华
迎峰度夏督导检查|locatedIn|凤翔区||国网宝鸡供电公司副总经理屈建华
迎峰度夏督导检查|organizedBy|国网宝鸡供电公司||国网宝鸡供电公司副总经理屈建华
运维检修部|subsidiaryOf|国网宝鸡供电公司||公司运维检修部主任郑海波
凤翔区供电分公司|subsidiaryOf|国网宝鸡供电公司||公司运维检修部主任郑海波
郑海波|worksFor|运维检修部||公司运维检修部主任郑海波
郑海波|holdsPosition|运维检修部|主任|公司运维检修部主任郑海波
郑海波|participatedIn|迎峰度夏督导检查||公司运维检修部主任郑海波
党晓峰|worksFor|凤翔区供电分公司||凤翔区供电分公司经理党晓峰
党晓峰|holdsPosition|凤翔区供电分公司|经理|凤翔区供电分公司经理党晓峰
党晓峰|participatedIn|迎峰度夏督导检查||凤翔区供电分公司经理党晓峰
凤翔区供电分公司调控中心|subsidiaryOf|凤翔区供电分公司||前往凤翔区供电分公司调控中心
东街社区|locatedIn|柳林镇||在柳林镇东街社区
屈建华|servesCommunity|东街社区||在柳林镇东街社区
郑海波|servesCommunity|东街社区||在柳林镇东街社区
党晓峰|servesCommunity|东街社区||在柳林镇东街社区
李卫东|participatedIn|纳凉夜访||服务队队员李卫东
李卫东|servesCommunity|东街社区||服务队队员李卫东
王秀兰|worksFor|东街社区居民委员会||东街社区居民委员会主任王秀兰
王秀兰|holdsPosition|东街社区居民委员会|主任|东街社区居民委员会主任王秀兰
迎峰度夏专项行动|organizedBy|国网宝鸡供电公司||宝鸡供电公司迎峰度夏专项行动
m03_dushu.txt|reportedBy|贺文涛|记者|本报记者 贺文涛
m03_dushu.txt|reportedBy|杨思源|责编|责任编辑：杨思源
""")

D('m04_gongjian.txt', '“电”亮街巷 共建同心——章贡区供电公司与解放街道签订党建共建协议', '2026-04-21', '章贡区融媒体中心', ['钟明远', '赖诗琪'], """
国网赣州市章贡区供电公司|Company|章贡区供电公司|该公司; 全资子公司 of 国网赣州供电公司
国网赣州供电公司|Company||
“红色电力”志愿服务队|Organization||章贡区供电公司 volunteer team
解放街道党工委|Organization||
解放街道办事处|Organization||signing venue
区委组织部|Organization||章贡区委组织部
厚德路社区党委|Organization||
章贡区融媒体中心|Organization||source
赣州新闻网|Organization||site
谢怀远|Person||章贡区供电公司党委书记
黄丽萍|Person||解放街道党工委书记
曾庆文|Person||区委组织部副部长
钟艳秋|Person||厚德路社区党委书记
温健|Person||党委副书记、工会主席
曾小燕|Person||赣江源社区网格员
温晓东|Person||供电公司党员网格员
钟明远|Person||记者
赖诗琪|Person||通讯员
李淑贞|Person||责任编辑
章贡区|Place||
水西镇|Place||
解放街道|Community||
赣江源社区|Community||
厚德路社区|Community||
南外街道|Community||
党建共建签约仪式|Event||4月20日
""", """
党建共建签约仪式|organizedBy|国网赣州市章贡区供电公司||党建共建签约仪式在解放街道办事处举行
党建共建签约仪式|organizedBy|解放街道党工委||党建共建签约仪式在解放街道办事处举行
国网赣州市章贡区供电公司|participatedIn|党建共建签约仪式||党建共建签约仪式在解放街道办事处举行
国网赣州市章贡区供电公司|servesCommunity|解放街道||党建共建签约仪式在解放街道办事处举行
解放街道|locatedIn|章贡区||与章贡区解放街道党建共建
谢怀远|worksFor|国网赣州市章贡区供电公司||章贡区供电公司党委书记谢怀远
谢怀远|holdsPosition|国网赣州市章贡区供电公司|党委书记|章贡区供电公司党委书记谢怀远
谢怀远|participatedIn|党建共建签约仪式||章贡区供电公司党委书记谢怀远
黄丽萍|worksFor|解放街道党工委||解放街道党工委书记黄丽萍
黄丽萍|holdsPosition|解放街道党工委|书记|解放街道党工委书记黄丽萍
黄丽萍|participatedIn|党建共建签约仪式||解放街道党工委书记黄丽萍
曾庆文|worksFor|区委组织部||区委组织部副部长曾庆文
曾庆文|holdsPosition|区委组织部|副部长|区委组织部副部长曾庆文
曾庆文|participatedIn|党建共建签约仪式||区委组织部副部长曾庆文
国网赣州市章贡区供电公司|servesCommunity|赣江源社区||挂点联系街道所辖
国网赣州市章贡区供电公司|servesCommunity|厚德路社区||挂点联系街道所辖
赣江源社区|locatedIn|解放街道||挂点联系街道所辖
厚德路社区|locatedIn|解放街道||挂点联系街道所辖
“红色电力”志愿服务队|servesCommunity|厚德路社区||志愿服务队走进厚德路社区
“红色电力”志愿服务队|participatedIn|党建共建签约仪式||签约仪式后
钟艳秋|worksFor|厚德路社区党委||厚德路社区党委书记钟艳秋
钟艳秋|holdsPosition|厚德路社区党委|党委书记|厚德路社区党委书记钟艳秋
国网赣州市章贡区供电公司|subsidiaryOf|国网赣州供电公司||全资子公司
温健|worksFor|国网赣州市章贡区供电公司||工会主席温健
温健|holdsPosition|国网赣州市章贡区供电公司|党委副书记|工会主席温健
温健|holdsPosition|国网赣州市章贡区供电公司|工会主席|工会主席温健
曾小燕|servesCommunity|赣江源社区||赣江源社区网格员曾小燕
温晓东|worksFor|国网赣州市章贡区供电公司||党员网格员温晓东
温晓东|holdsPosition|国网赣州市章贡区供电公司|党员网格员|党员网格员温晓东
温晓东|servesCommunity|赣江源社区||党员网格员温晓东
国网赣州市章贡区供电公司|servesCommunity|南外街道||南外街道、水西镇
m04_gongjian.txt|reportedBy|钟明远|记者|记者：钟明远
m04_gongjian.txt|reportedBy|赖诗琪|通讯员|记者：钟明远
m04_gongjian.txt|reportedBy|李淑贞|责编|责任编辑：李淑贞
""")

D('m05_zhucun.txt', '驻村两年，他们把“电”和“路”都带进了山', '2026-09-03', '四川日报', ['苟新民'], """
国网巴中供电公司|Company||
营销部|Company||公司营销部 of 国网巴中供电公司
南江县供电公司|Company||
青杠坪茶叶专业合作社|Organization||
南江县赶场镇人民政府|Organization||
中共巴中市委|Organization||
南江县教育局|Organization||
四川日报|Organization||source
四川在线|Organization||site
何承志|Person||营销部副主任, 第一书记兼工作队队长
罗小兵|Person||南江县供电公司员工, 队员
冉婷婷|Person||南江县供电公司员工, 队员
蒲德全|Person||青杠坪村村委会主任
严正清|Person||党委书记、董事长
苟新民|Person||记者
兰月|Person||编辑
巴中市|Place||
南江县|Place||
赶场镇|Place||
青杠坪村|Community||
首届青杠坪茶叶采摘节|Event||今年7月
""", """
青杠坪村|locatedIn|赶场镇||巴中市南江县赶场镇青杠坪村
国网巴中供电公司|servesCommunity|青杠坪村||向青杠坪村派驻乡村振兴驻村工作队
营销部|subsidiaryOf|国网巴中供电公司||由公司营销部副主任何承志
南江县供电公司|subsidiaryOf|国网巴中供电公司||由公司营销部副主任何承志
何承志|worksFor|营销部||由公司营销部副主任何承志
何承志|holdsPosition|营销部|副主任|由公司营销部副主任何承志
何承志|holdsPosition|国网巴中供电公司|第一书记|由公司营销部副主任何承志
何承志|holdsPosition|国网巴中供电公司|工作队队长|由公司营销部副主任何承志
何承志|worksFor|国网巴中供电公司||由公司营销部副主任何承志
何承志|servesCommunity|青杠坪村||由公司营销部副主任何承志
罗小兵|worksFor|南江县供电公司||队员有南江县供电公司员工罗小兵
罗小兵|holdsPosition|南江县供电公司|员工|队员有南江县供电公司员工罗小兵
冉婷婷|worksFor|南江县供电公司||队员有南江县供电公司员工罗小兵
冉婷婷|holdsPosition|南江县供电公司|员工|队员有南江县供电公司员工罗小兵
罗小兵|servesCommunity|青杠坪村||队员有南江县供电公司员工罗小兵
冉婷婷|servesCommunity|青杠坪村||队员有南江县供电公司员工罗小兵
罗小兵|servesCommunity|青杠坪村||罗小兵负责村里的网格化服务
首届青杠坪茶叶采摘节|organizedBy|国网巴中供电公司||首届青杠坪茶叶采摘节
首届青杠坪茶叶采摘节|organizedBy|南江县赶场镇人民政府||首届青杠坪茶叶采摘节
严正清|worksFor|国网巴中供电公司||董事长严正清
严正清|holdsPosition|国网巴中供电公司|党委书记|董事长严正清
严正清|holdsPosition|国网巴中供电公司|董事长|董事长严正清
严正清|servesCommunity|青杠坪村||董事长严正清
何承志|honoredBy|中共巴中市委|优秀驻村第一书记|优秀驻村第一书记
m05_zhucun.txt|reportedBy|苟新民|记者|四川日报全媒体记者 苟新民
m05_zhucun.txt|reportedBy|兰月|责编|编辑：兰月
""")
