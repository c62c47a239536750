from spec1 import D, DOCS

D('m13_fuwuzhan.txt', '“家门口”的供电服务站开门了', '2026-11-05', '安溪县融媒体中心', ['林静婉', '陈怡萱'], """
国网安溪县供电公司|Company|安溪县供电公司|该公司
国网安溪县供电公司龙门供电服务站|Company||服务站
龙门供电所|Company||
国网泉州供电公司|Company||
国网泉州供电公司营销部|Company||
龙门镇党委|Organization||
榜寨村党支部|Organization||
安溪县融媒体中心|Organization||source
泉州网|Organization||site
苏雅琳|Person||安溪县供电公司副总经理
黄志聪|Person||龙门镇党委书记
王启明|Person||国网泉州供电公司营销部副主任
柯文彬|Person||龙门供电所党员, 服务站站长
林水生|Person||榜寨村党支部书记
詹建华|Person||龙门供电所所长
林静婉|Person||记者
陈怡萱|Person||通讯员
洪诗涵|Person||责任编辑
龙门镇|Place||
安溪县|Place||
榜寨村|Community||
龙门供电服务站揭牌仪式|Event||11月4日
""", """
国网安溪县供电公司龙门供电服务站|subsidiaryOf|国网安溪县供电公司||国网安溪县供电公司龙门供电服务站在龙门镇榜寨村正式揭牌运行
国网安溪县供电公司龙门供电服务站|locatedIn|榜寨村||国网安溪县供电公司龙门供电服务站在龙门镇榜寨村正式揭牌运行
榜寨村|locatedIn|龙门镇||国网安溪县供电公司龙门供电服务站在龙门镇榜寨村正式揭牌运行
龙门供电服务站揭牌仪式|organizedBy|国网安溪县供电公司||揭牌仪式由安溪县供电公司副总经理苏雅琳主持
苏雅琳|worksFor|国网安溪县供电公司||揭牌仪式由安溪县供电公司副总经理苏雅琳主持
苏雅琳|holdsPosition|国网安溪县供电公司|副总经理|揭牌仪式由安溪县供电公司副总经理苏雅琳主持
苏雅琳|participatedIn|龙门供电服务站揭牌仪式||揭牌仪式由安溪县供电公司副总经理苏雅琳主持
黄志聪|worksFor|龙门镇党委||龙门镇党委书记黄志聪
黄志聪|holdsPosition|龙门镇党委|党委书记|龙门镇党委书记黄志聪
黄志聪|participatedIn|龙门供电服务站揭牌仪式||龙门镇党委书记黄志聪
王启明|worksFor|国网泉州供电公司营销部||营销部副主任王启明
王启明|holdsPosition|国网泉州供电公司营销部|副主任|营销部副主任王启明
王启明|participatedIn|龙门供电服务站揭牌仪式||营销部副主任王启明
国网泉州供电公司营销部|subsidiaryOf|国网泉州供电公司||营销部副主任王启明
柯文彬|worksFor|龙门供电所||服务站站长由龙门供电所党员柯文彬担任
柯文彬|holdsPosition|国网安溪县供电公司龙门供电服务站|站长|服务站站长由龙门供电所党员柯文彬担任
柯文彬|worksFor|国网安溪县供电公司龙门供电服务站||服务站站长由龙门供电所党员柯文彬担任
龙门供电所|subsidiaryOf|国网安溪县供电公司||服务站站长由龙门供电所党员柯文彬担任
林水生|worksFor|榜寨村党支部||榜寨村党支部书记林水生
林水生|holdsPosition|榜寨村党支部|党支部书记|榜寨村党支部书记林水生
国网安溪县供电公司|subsidiaryOf|国网泉州供电公司||国网泉州供电公司旗下
詹建华|worksFor|龙门供电所||龙门供电所所长詹建华
詹建华|holdsPosition|龙门供电所|所长|龙门供电所所长詹建华
国网安溪县供电公司龙门供电服务站|servesCommunity|榜寨村||榜寨村上门服务日
国网安溪县供电公司龙门供电服务站|servesCommunity|榜寨村||为榜寨村茶农叶阿伯
m13_fuwuzhan.txt|reportedBy|林静婉|记者|记者 林静婉
m13_fuwuzhan.txt|reportedBy|陈怡萱|通讯员|记者 林静婉
m13_fuwuzhan.txt|reportedBy|洪诗涵|责编|责任编辑：洪诗涵
""")

D('m14_taiqu.txt', '台区经理向晓红：山路上的“电保姆”', '2026-02-26', '巴东县融媒体中心', ['谭家明', '邓雨桐'], """
国网巴东县供电公司|Company|巴东县供电公司|
国网巴东县供电公司野三关供电所|Company|野三关供电所|所里
“连心”共产党员服务队|Organization||巴东县供电公司服务队
巴东县供电公司党委|Organization||组建 the 服务队
国网湖北省电力有限公司工会|Organization||gave 最美台区经理
穿心岩村党支部|Organization||
巴东县融媒体中心|Organization||source
恩施新闻网|Organization||site
向晓红|Person|晓红|野三关供电所台区经理; 晓红 in a quote
覃泽林|Person||野三关供电所所长
杨正义|Person||野三关供电所员工 (implied)
郑远山|Person||穿心岩村党支部书记
龚世平|Person||巴东县供电公司党委书记
谭家明|Person||记者 (文)
邓雨桐|Person||图
田芊芊|Person||责任编辑
巴东县|Place||
野三关镇|Place||
石桥坪村|Community||
穿心岩村|Community||
冻雨抗冰抢修|Event||今年1月
""", """
石桥坪村|locatedIn|野三关镇||巴东县野三关镇石桥坪村海拔一千二百多米
国网巴东县供电公司野三关供电所|subsidiaryOf|国网巴东县供电公司||国网巴东县供电公司野三关供电所台区经理向晓红
向晓红|worksFor|国网巴东县供电公司野三关供电所||国网巴东县供电公司野三关供电所台区经理向晓红
向晓红|holdsPosition|国网巴东县供电公司野三关供电所|台区经理|国网巴东县供电公司野三关供电所台区经理向晓红
向晓红|servesCommunity|石桥坪村||国网巴东县供电公司野三关供电所台区经理向晓红
向晓红|servesCommunity|穿心岩村||国网巴东县供电公司野三关供电所台区经理向晓红
向晓红|servesCommunity|石桥坪村||石桥坪村80岁的黄大妈
冻雨抗冰抢修|organizedBy|国网巴东县供电公司野三关供电所||野三关供电所所长覃泽林带领
覃泽林|worksFor|国网巴东县供电公司野三关供电所||野三关供电所所长覃泽林带领
覃泽林|holdsPosition|国网巴东县供电公司野三关供电所|所长|野三关供电所所长覃泽林带领
覃泽林|participatedIn|冻雨抗冰抢修||野三关供电所所长覃泽林带领
向晓红|participatedIn|冻雨抗冰抢修||野三关供电所所长覃泽林带领
杨正义|participatedIn|冻雨抗冰抢修||野三关供电所所长覃泽林带领
杨正义|worksFor|国网巴东县供电公司野三关供电所||野三关供电所所长覃泽林带领
国网巴东县供电公司野三关供电所|servesCommunity|穿心岩村||野三关供电所所长覃泽林带领
覃泽林|servesCommunity|穿心岩村||野三关供电所所长覃泽林带领
向晓红|servesCommunity|穿心岩村||在穿心岩村的山坡上守了一整夜
杨正义|servesCommunity|穿心岩村||在穿心岩村的山坡上守了一整夜
向晓红|worksFor|“连心”共产党员服务队||共产党员服务队的队员
向晓红|holdsPosition|“连心”共产党员服务队|队员|共产党员服务队的队员
郑远山|worksFor|穿心岩村党支部||穿心岩村党支部书记郑远山
郑远山|holdsPosition|穿心岩村党支部|党支部书记|穿心岩村党支部书记郑远山
国网巴东县供电公司野三关供电所|servesCommunity|石桥坪村||所里为村里新增了一台
向晓红|honoredBy|国网湖北省电力有限公司工会|最美台区经理|最美台区经理
龚世平|worksFor|国网巴东县供电公司||巴东县供电公司党委书记龚世平
龚世平|holdsPosition|国网巴东县供电公司|党委书记|巴东县供电公司党委书记龚世平
m14_taiqu.txt|reportedBy|谭家明|记者|文 / 记者 谭家明
m14_taiqu.txt|reportedBy|邓雨桐|摄影|文 / 记者 谭家明
m14_taiqu.txt|reportedBy|田芊芊|责编|责任编辑：田芊芊
""")

D('m15_gongjian2.txt', '宾阳供电局与宾州镇南街社区结对共建', '2026-09-24', '广西日报', ['韦丽娟', '覃振华'], """
广西电网有限责任公司南宁宾阳供电局|Company|宾阳供电局|该局
宾阳供电局城区供电所|Company|城区供电所|供电所
南宁供电局|Company||
党建工作部|Company||宾阳供电局党建工作部
宾州镇党委|Organization||
南街社区党委|Organization||
广西日报|Organization||source
南宁新闻网|Organization||site
梁启安|Person||宾阳供电局党委书记、局长
莫秋燕|Person||宾州镇党委副书记
黄冬梅|Person||南街社区党委书记、居委会主任
蒙志强|Person||城区供电所所长, 电力网格员
韦春来|Person||城区供电所党员, 电力网格员
李婷婷|Person||城区供电所党员, 电力网格员
卢海燕|Person||党建工作部主任
苏文斌|Person||南宁供电局副局长 (teaser)|related-teaser
韦丽娟|Person||记者
覃振华|Person||特约通讯员
农晓雪|Person||编辑
宾阳县|Place||
宾州镇|Place||
青秀区|Place||teaser|related-teaser
南街社区|Community||
凤岭社区|Community||teaser|related-teaser
结对共建签约暨“党员进网格”启动仪式|Event||9月23日
“安全生产月”进社区活动|Event||6月15日 teaser|related-teaser
""", """
结对共建签约暨“党员进网格”启动仪式|organizedBy|广西电网有限责任公司南宁宾阳供电局||举行结对共建签约暨
广西电网有限责任公司南宁宾阳供电局|participatedIn|结对共建签约暨“党员进网格”启动仪式||举行结对共建签约暨
广西电网有限责任公司南宁宾阳供电局|servesCommunity|南街社区||举行结对共建签约暨
南街社区|locatedIn|宾州镇||宾阳县宾州镇南街社区
梁启安|worksFor|广西电网有限责任公司南宁宾阳供电局||宾阳供电局党委书记、局长梁启安
梁启安|holdsPosition|广西电网有限责任公司南宁宾阳供电局|党委书记|宾阳供电局党委书记、局长梁启安
梁启安|holdsPosition|广西电网有限责任公司南宁宾阳供电局|局长|宾阳供电局党委书记、局长梁启安
梁启安|participatedIn|结对共建签约暨“党员进网格”启动仪式||宾阳供电局党委书记、局长梁启安
莫秋燕|worksFor|宾州镇党委||宾州镇党委副书记莫秋燕
莫秋燕|holdsPosition|宾州镇党委|党委副书记|宾州镇党委副书记莫秋燕
莫秋燕|participatedIn|结对共建签约暨“党员进网格”启动仪式||宾州镇党委副书记莫秋燕
黄冬梅|worksFor|南街社区党委||南街社区党委书记、居委会主任黄冬梅
黄冬梅|holdsPosition|南街社区党委|党委书记|南街社区党委书记、居委会主任黄冬梅
黄冬梅|participatedIn|结对共建签约暨“党员进网格”启动仪式||南街社区党委书记、居委会主任黄冬梅
宾阳供电局城区供电所|subsidiaryOf|广西电网有限责任公司南宁宾阳供电局||宾阳供电局城区供电所将与南街社区开展网格化服务
宾阳供电局城区供电所|servesCommunity|南街社区||宾阳供电局城区供电所将与南街社区开展网格化服务
蒙志强|worksFor|宾阳供电局城区供电所||供电所所长蒙志强
蒙志强|holdsPosition|宾阳供电局城区供电所|所长|供电所所长蒙志强
蒙志强|servesCommunity|南街社区||供电所所长蒙志强
韦春来|worksFor|宾阳供电局城区供电所||供电所所长蒙志强
韦春来|servesCommunity|南街社区||供电所所长蒙志强
李婷婷|worksFor|宾阳供电局城区供电所||供电所所长蒙志强
李婷婷|servesCommunity|南街社区||供电所所长蒙志强
广西电网有限责任公司南宁宾阳供电局|servesCommunity|南街社区||双方党员志愿者一同走访了南街社区的困难户
韦春来|worksFor|宾阳供电局城区供电所||韦春来是城区供电所的老党员
韦春来|servesCommunity|南街社区||在南街社区片区干了十五年抄表收费
广西电网有限责任公司南宁宾阳供电局|subsidiaryOf|南宁供电局||宾阳供电局是南宁供电局下属的县级供电企业
党建工作部|subsidiaryOf|广西电网有限责任公司南宁宾阳供电局||该局党建工作部主任卢海燕
卢海燕|worksFor|党建工作部||该局党建工作部主任卢海燕
卢海燕|holdsPosition|党建工作部|主任|该局党建工作部主任卢海燕
“安全生产月”进社区活动|organizedBy|南宁供电局||南宁供电局开展“安全生产月”进社区活动|related-teaser
苏文斌|worksFor|南宁供电局||南宁供电局副局长苏文斌|related-teaser
苏文斌|holdsPosition|南宁供电局|副局长|南宁供电局副局长苏文斌|related-teaser
苏文斌|participatedIn|“安全生产月”进社区活动||南宁供电局副局长苏文斌|related-teaser
苏文斌|servesCommunity|凤岭社区||南宁供电局副局长苏文斌|related-teaser
南宁供电局|servesCommunity|凤岭社区||南宁供电局副局长苏文斌|related-teaser
凤岭社区|locatedIn|青秀区||青秀区凤岭社区|related-teaser
m15_gongjian2.txt|reportedBy|韦丽娟|记者|记者 韦丽娟
m15_gongjian2.txt|reportedBy|覃振华|通讯员|记者 韦丽娟
m15_gongjian2.txt|reportedBy|农晓雪|责编|编辑：农晓雪
""")
