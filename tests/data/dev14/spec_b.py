DOCS = [
dict(file='v04_jingyuan_xinyongshe.txt', title='“金融活水”流进六盘山下的冷凉蔬菜大棚', published='2026-11-24',
source='宁夏日报', authors=['海丽娟'],
E='''
宁夏日报|Organization||media outlet (newspaper, 第06版)
海丽娟|Person||本报记者
苏晓宁|Person||责任编辑
六盘山|Place||title only
泾源县|Place||
香水镇|Place||
兴盛乡|Place||
黄花乡|Place||
沙南村|Community||定点帮扶村 of 泾源支行
马晓燕|Person||村民 (Hui), borrower; no relation
宁夏黄河农村商业银行股份有限公司|Company|宁夏黄河农村商业银行|rural commercial bank
宁夏黄河农村商业银行股份有限公司泾源支行|Company|泾源支行|支行 / 支行里 refer to it
香水信用社|Company|信用社|下属 of 泾源支行
泾源支行营业部|Company||营业部 of 泾源支行
海文龙|Person||客户经理, 驻村第一书记兼工作队队长; 海书记 not annotated
杨志明|Person||村党支部书记兼村委会主任
沙南村党支部|Organization|村党支部|village party branch
王彦军|Person||行长、党支部书记
马兰英|Person||营业部主任 (Hui)
结对共建活动|Event||2026-11-22, 泾源支行 with 沙南村党支部
自治区乡村振兴局|Organization||awarded 泾源支行 (a company, so no honoredBy)
''',
R='''
@|reportedBy|海丽娟|记者|本报记者 海丽娟
@|reportedBy|苏晓宁|责任编辑|（责任编辑：苏晓宁）
沙南村|locatedIn|香水镇||在泾源县香水镇沙南村
宁夏黄河农村商业银行股份有限公司泾源支行|subsidiaryOf|宁夏黄河农村商业银行股份有限公司|支行|马晓燕说的信用社
香水信用社|subsidiaryOf|宁夏黄河农村商业银行股份有限公司泾源支行|下属|马晓燕说的信用社
泾源支行营业部|subsidiaryOf|宁夏黄河农村商业银行股份有限公司泾源支行|营业部|泾源支行营业部主任马兰英
宁夏黄河农村商业银行股份有限公司泾源支行|servesCommunity|沙南村|定点帮扶|沙南村也是泾源支行的定点帮扶村
海文龙|holdsPosition|宁夏黄河农村商业银行股份有限公司泾源支行|客户经理|客户经理海文龙任驻村第一书记
海文龙|holdsPosition|宁夏黄河农村商业银行股份有限公司泾源支行|驻村第一书记|客户经理海文龙任驻村第一书记
海文龙|worksFor|宁夏黄河农村商业银行股份有限公司泾源支行||客户经理海文龙任驻村第一书记
海文龙|servesCommunity|沙南村|驻村第一书记|客户经理海文龙任驻村第一书记
杨志明|holdsPosition|沙南村党支部|党支部书记|村党支部书记兼村委会主任杨志明
杨志明|worksFor|沙南村党支部||村党支部书记兼村委会主任杨志明
王彦军|holdsPosition|宁夏黄河农村商业银行股份有限公司泾源支行|行长|泾源支行行长、党支部书记王彦军
王彦军|holdsPosition|宁夏黄河农村商业银行股份有限公司泾源支行|党支部书记|泾源支行行长、党支部书记王彦军
王彦军|worksFor|宁夏黄河农村商业银行股份有限公司泾源支行||泾源支行行长、党支部书记王彦军
结对共建活动|organizedBy|宁夏黄河农村商业银行股份有限公司泾源支行|2026-11-22|开展结对共建活动
结对共建活动|organizedBy|沙南村党支部|2026-11-22|开展结对共建活动
宁夏黄河农村商业银行股份有限公司泾源支行|servesCommunity|沙南村|结对共建|开展结对共建活动
马兰英|holdsPosition|泾源支行营业部|主任|泾源支行营业部主任马兰英
马兰英|worksFor|泾源支行营业部||泾源支行营业部主任马兰英
马兰英|participatedIn|结对共建活动||泾源支行营业部主任马兰英
''' ),
dict(file='v05_shufu_minzutuanjie.txt', title='“电力石榴籽”志愿服务队走进托克扎克镇', published='2026-11-12',
source='天山网-新疆日报', authors=['古丽娜尔·吐尔逊', '张建新'],
E='''
天山网|Organization||media outlet
新疆日报|Organization||media outlet
古丽娜尔·吐尔逊|Person||记者 (Uyghur)
张建新|Person||通讯员
李娜|Person||责任编辑
买买提江|Person||审核 (single-part Uyghur name)
国网喀什供电公司|Company||prefecture-level supply company
国网喀什供电公司团委|Organization||Youth League committee, formed the team
“电力石榴籽”志愿服务队|Organization|电力石榴籽|named volunteer team (2019)
疏附县供电公司|Company||县公司 under 国网喀什供电公司
疏附县供电公司营销部|Company|营销部|department
疏附县供电公司托克扎克供电所|Company|托克扎克供电所|供电所
疏附县|Place||
托克扎克镇|Place||
阿亚格库木巴格村|Community||结对村
民族团结一家亲|Event||2026-11-10 主题志愿服务活动
王海军|Person||志愿者; no relation stated with a named unit
阿卜杜拉·艾力|Person|阿卜杜拉|村民 (Uyghur), 67
热依拉·买买提|Person||队长; 营销部副主任
艾尔肯·吾斯曼|Person||托克扎克供电所所长
刘玉华|Person||党委副书记、工会主席
喀什地区民族团结进步工作领导小组|Organization||awarded the team
努尔曼古丽·阿不都热合曼|Person||队员, 最美志愿者 (giver read from the same sentence)
吐尔逊·买买提|Person||村党支部书记 (party branch unnamed, no relation)
''',
R='''
@|reportedBy|古丽娜尔·吐尔逊|记者|记者：古丽娜尔·吐尔逊
@|reportedBy|张建新|通讯员|记者：古丽娜尔·吐尔逊
@|reportedBy|李娜|责任编辑|责任编辑：李娜
@|reportedBy|买买提江|审核|责任编辑：李娜
阿亚格库木巴格村|locatedIn|托克扎克镇||疏附县托克扎克镇阿亚格库木巴格村
民族团结一家亲|organizedBy|“电力石榴籽”志愿服务队|2026-11-10|疏附县托克扎克镇阿亚格库木巴格村
“电力石榴籽”志愿服务队|servesCommunity|阿亚格库木巴格村||疏附县托克扎克镇阿亚格库木巴格村
国网喀什供电公司|servesCommunity|阿亚格库木巴格村||疏附县托克扎克镇阿亚格库木巴格村
疏附县供电公司|subsidiaryOf|国网喀什供电公司|下属|队长热依拉·买买提是
疏附县供电公司营销部|subsidiaryOf|疏附县供电公司||队长热依拉·买买提是
热依拉·买买提|holdsPosition|“电力石榴籽”志愿服务队|队长|队长热依拉·买买提是
热依拉·买买提|worksFor|“电力石榴籽”志愿服务队||队长热依拉·买买提是
热依拉·买买提|holdsPosition|疏附县供电公司营销部|副主任|队长热依拉·买买提是
热依拉·买买提|worksFor|疏附县供电公司营销部||队长热依拉·买买提是
疏附县供电公司托克扎克供电所|subsidiaryOf|疏附县供电公司||对村里的3台公用变压器进行了红外测温
艾尔肯·吾斯曼|holdsPosition|疏附县供电公司托克扎克供电所|所长|对村里的3台公用变压器进行了红外测温
艾尔肯·吾斯曼|worksFor|疏附县供电公司托克扎克供电所||对村里的3台公用变压器进行了红外测温
艾尔肯·吾斯曼|servesCommunity|阿亚格库木巴格村||对村里的3台公用变压器进行了红外测温
疏附县供电公司托克扎克供电所|servesCommunity|阿亚格库木巴格村||对村里的3台公用变压器进行了红外测温
刘玉华|holdsPosition|国网喀什供电公司|党委副书记|刘玉华参加活动时表示
刘玉华|holdsPosition|国网喀什供电公司|工会主席|刘玉华参加活动时表示
刘玉华|worksFor|国网喀什供电公司||刘玉华参加活动时表示
刘玉华|participatedIn|民族团结一家亲||刘玉华参加活动时表示
努尔曼古丽·阿不都热合曼|worksFor|“电力石榴籽”志愿服务队||队员努尔曼古丽·阿不都热合曼
努尔曼古丽·阿不都热合曼|holdsPosition|“电力石榴籽”志愿服务队|队员|队员努尔曼古丽·阿不都热合曼
努尔曼古丽·阿不都热合曼|honoredBy|喀什地区民族团结进步工作领导小组|最美志愿者|队员努尔曼古丽·阿不都热合曼
''' ),
]
