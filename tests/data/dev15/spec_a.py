SPEC = {}
SPEC['w01_typhoon_ningbo.txt'] = r'''
T 风雨中的"电力橙":宁波供电连续奋战36小时抢修复电
D 2026-09-14
S 浙江在线
A 沈楚瑶,柴文博
E:Organization|浙江在线||source outlet
E:Company|国网浙江省电力有限公司||provincial grid company, only as prefix of the Ningbo company's full name
E:Company|国网浙江省电力有限公司宁波供电公司|宁波供电公司,宁波供电|city company; 以下简称 宁波供电公司; 该公司 later
E:Company|国网象山县供电公司||county company, 宁波供电公司下属
E:Company|国网宁波市鄞州区供电公司||district company
E:Company|国网宁波市鄞州区供电公司姜山供电所|姜山供电所|供电所; 供电所的党员们 later
E:Organization|"红船"共产党员服务队||named team formed (组成) by 蒋卫东 with 8 party members
E:Organization|陈家团村党总支||village party branch
E:Person|俞浩然||青年突击队队长, 配电运检班班长 (象山)
E:Person|陈立衡||负责生产的副总经理 of 宁波供电公司 (role before name)
E:Person|蒋卫东||姜山供电所所长
E:Person|孔美芬||陈家团村党总支书记
E:Person|沈楚瑶||记者
E:Person|柴文博||通讯员
E:Person|方黎||责任编辑
E:Place|宁波||city
E:Place|象山县||
E:Place|石浦镇||
E:Place|鄞州区||
E:Place|姜山镇||
E:Community|东门渔村||fishing village in 石浦镇 (镇上的)
E:Community|陈家团村||village in 姜山镇
E:Event|台风"烟雨"||typhoon No.14, from 2026-09-12 night
E:Event|防御台风"烟雨"保供电攻坚战||2026-09-12/13 power-supply operation
@|reportedBy|沈楚瑶|记者|记者 沈楚瑶
@|reportedBy|柴文博|通讯员|通讯员 柴文博
@|reportedBy|方黎|责任编辑|责任编辑:方黎
宁波供电公司|subsidiaryOf|国网浙江省电力有限公司||提前启动防台一级应急响应
宁波供电公司|participatedIn|防御台风"烟雨"保供电攻坚战||提前启动防台一级应急响应
防御台风"烟雨"保供电攻坚战|organizedBy|宁波供电公司|2026-09|提前启动防台一级应急响应
国网象山县供电公司|subsidiaryOf|宁波供电公司||宁波供电公司下属的国网象山县供电公司
国网象山县供电公司|participatedIn|防御台风"烟雨"保供电攻坚战||宁波供电公司下属的国网象山县供电公司
俞浩然|worksFor|国网象山县供电公司||突击队队长、配电运检班班长俞浩然
俞浩然|holdsPosition|国网象山县供电公司|配电运检班班长|突击队队长、配电运检班班长俞浩然
俞浩然|holdsPosition|国网象山县供电公司|青年突击队队长|突击队队长、配电运检班班长俞浩然
俞浩然|participatedIn|防御台风"烟雨"保供电攻坚战||突击队队长、配电运检班班长俞浩然
俞浩然|servesCommunity|东门渔村||突击队队长、配电运检班班长俞浩然
国网象山县供电公司|servesCommunity|东门渔村||突击队队长、配电运检班班长俞浩然
东门渔村|locatedIn|石浦镇||突击队队长、配电运检班班长俞浩然
陈立衡|worksFor|宁波供电公司||副总经理陈立衡
陈立衡|holdsPosition|宁波供电公司|副总经理|副总经理陈立衡
陈立衡|participatedIn|防御台风"烟雨"保供电攻坚战||副总经理陈立衡
国网宁波市鄞州区供电公司|subsidiaryOf|宁波供电公司||姜山供电所所长蒋卫东
姜山供电所|subsidiaryOf|国网宁波市鄞州区供电公司||姜山供电所所长蒋卫东
蒋卫东|worksFor|姜山供电所||姜山供电所所长蒋卫东
蒋卫东|holdsPosition|姜山供电所|所长|姜山供电所所长蒋卫东
蒋卫东|worksFor|"红船"共产党员服务队||姜山供电所所长蒋卫东
蒋卫东|participatedIn|防御台风"烟雨"保供电攻坚战||姜山供电所所长蒋卫东
蒋卫东|servesCommunity|陈家团村||姜山供电所所长蒋卫东
"红船"共产党员服务队|servesCommunity|陈家团村||姜山供电所所长蒋卫东
"红船"共产党员服务队|participatedIn|防御台风"烟雨"保供电攻坚战||姜山供电所所长蒋卫东
姜山供电所|participatedIn|防御台风"烟雨"保供电攻坚战||姜山供电所所长蒋卫东
姜山供电所|servesCommunity|陈家团村||供电所的党员们每年汛前
陈家团村|locatedIn|姜山镇||姜山供电所所长蒋卫东
孔美芬|worksFor|陈家团村党总支||陈家团村党总支书记孔美芬
孔美芬|holdsPosition|陈家团村党总支|书记|陈家团村党总支书记孔美芬
'''
SPEC['w02_gas_xiamen.txt'] = r'''
T 燃气安全进万家 厦门鹭安燃气翔安分公司入户"问诊"
D 2026-09-22
S 东南网
A 黄一鸣,林佩琪,郑鸿
E:Organization|东南网||source outlet
E:Company|厦门鹭安燃气集团有限公司|鹭安燃气集团,鹭安燃气,厦门鹭安燃气|city gas group; 该集团
E:Company|厦门鹭安燃气集团有限公司翔安分公司|翔安分公司,厦门鹭安燃气翔安分公司|branch; 以下简称 翔安分公司; 分公司
E:Organization|洪前社区党委||community party committee
E:Organization|厦门市国资委||controlling shareholder (government body)
E:Organization|厦门市消防救援支队||planned drill partner
E:Person|吴建伟||安检员 of 翔安分公司
E:Person|苏国梁||翔安分公司经理兼党支部书记
E:Person|蔡丽娟||洪前社区党委书记、居委会主任
E:Person|黄一鸣||记者
E:Person|林佩琪||通讯员
E:Person|郑鸿||通讯员
E:Person|王启航||责任编辑
E:Place|翔安区||
E:Community|新店街道||
E:Community|洪前社区||in 新店街道
E:Community|大宅社区||
E:Event|"燃气安全进万家"专项行动|燃气安全进万家|campaign of the group, 2026
@|reportedBy|黄一鸣|记者|本网记者 黄一鸣
@|reportedBy|林佩琪|通讯员|本网记者 黄一鸣
@|reportedBy|郑鸿|通讯员|本网记者 黄一鸣
@|reportedBy|王启航|责任编辑|责任编辑:王启航
翔安分公司|subsidiaryOf|厦门鹭安燃气集团有限公司||安检员吴建伟一边
吴建伟|worksFor|翔安分公司||安检员吴建伟一边
吴建伟|holdsPosition|翔安分公司|安检员|安检员吴建伟一边
吴建伟|servesCommunity|洪前社区||安检员吴建伟一边
翔安分公司|servesCommunity|洪前社区||安检员吴建伟一边
洪前社区|locatedIn|新店街道||安检员吴建伟一边
新店街道|locatedIn|翔安区||安检员吴建伟一边
"燃气安全进万家"专项行动|organizedBy|厦门鹭安燃气集团有限公司|2026|开展"燃气安全进万家"专项行动
厦门鹭安燃气集团有限公司|participatedIn|"燃气安全进万家"专项行动||开展"燃气安全进万家"专项行动
翔安分公司|participatedIn|"燃气安全进万家"专项行动||燃气安全进万家 厦门鹭安燃气翔安分公司入户
翔安分公司|servesCommunity|大宅社区||翔安分公司负责洪前社区、大宅社区
苏国梁|worksFor|翔安分公司||苏国梁介绍
苏国梁|holdsPosition|翔安分公司|经理|苏国梁介绍
苏国梁|holdsPosition|翔安分公司|党支部书记|苏国梁介绍
蔡丽娟|worksFor|洪前社区党委||蔡丽娟对此深有感触
蔡丽娟|holdsPosition|洪前社区党委|党委书记|蔡丽娟对此深有感触
'''
SPEC['w03_water_nanjing.txt'] = r'''
T 管网抢修不过夜 江宁这支"蓝马甲"守护万家水龙头
D 2026-07-08
S 交汇点
A 顾晓岚
E:Organization|交汇点||source outlet (交汇点新闻)
E:Company|南京清源水务集团有限公司|清源水务|city water group; 以下简称 清源水务; 集团
E:Company|南京清源水务集团有限公司江宁分公司|江宁分公司|branch; its 管网抢修队 is credited to it
E:Organization|殷巷社区党委||
E:Person|钱振宇||江宁分公司管网抢修队队长
E:Person|周德明||清源水务党委副书记、总经理
E:Person|马晓红||殷巷社区党委书记
E:Person|顾晓岚||记者
E:Person|刘心怡||编辑
E:Place|江宁区|江宁|
E:Place|南京市||only in 南京市属国有企业
E:Community|秣陵街道||
E:Community|殷巷社区||in 秣陵街道
E:Community|将军山社区||
E:Event|DN600供水主管突发爆管||2026-07-06 pipe burst and repair in 殷巷社区
@|reportedBy|顾晓岚|记者|记者 顾晓岚
@|reportedBy|刘心怡|编辑|编辑:刘心怡
DN600供水主管突发爆管|locatedIn|殷巷社区|2026-07-06|供水主管突发爆管
殷巷社区|locatedIn|秣陵街道||供水主管突发爆管
秣陵街道|locatedIn|江宁区||供水主管突发爆管
江宁分公司|subsidiaryOf|南京清源水务集团有限公司||管网抢修队20分钟内赶到现场
江宁分公司|participatedIn|DN600供水主管突发爆管|2026-07-06|管网抢修队20分钟内赶到现场
江宁分公司|servesCommunity|殷巷社区||将军山社区上门服务
钱振宇|participatedIn|DN600供水主管突发爆管|2026-07-06|带队的是抢修队队长钱振宇
钱振宇|worksFor|江宁分公司||带队的是抢修队队长钱振宇
钱振宇|holdsPosition|江宁分公司|抢修队队长|带队的是抢修队队长钱振宇
周德明|worksFor|南京清源水务集团有限公司||周德明介绍
周德明|holdsPosition|南京清源水务集团有限公司|党委副书记|周德明介绍
周德明|holdsPosition|南京清源水务集团有限公司|总经理|周德明介绍
马晓红|worksFor|殷巷社区党委||马晓红说
马晓红|holdsPosition|殷巷社区党委|党委书记|马晓红说
江宁分公司|servesCommunity|将军山社区||将军山社区上门服务
~E:Company|清源水务浦口分公司|浦口分公司|branch of 清源水务
~E:Person|戴永刚||浦口分公司副经理, drill commander
~E:Community|桥林街道||
~E:Event|防汛供水应急演练||2026-06-28
~E:Event|南京水务行业技能竞赛||headline only
~清源水务浦口分公司|subsidiaryOf|南京清源水务集团有限公司||清源水务浦口分公司在桥林街道
~防汛供水应急演练|organizedBy|清源水务浦口分公司|2026-06-28|清源水务浦口分公司在桥林街道
~清源水务浦口分公司|participatedIn|防汛供水应急演练|2026-06-28|清源水务浦口分公司在桥林街道
~防汛供水应急演练|locatedIn|桥林街道|2026-06-28|清源水务浦口分公司在桥林街道
~戴永刚|worksFor|清源水务浦口分公司||分公司副经理戴永刚
~戴永刚|holdsPosition|清源水务浦口分公司|副经理|分公司副经理戴永刚
~戴永刚|participatedIn|防汛供水应急演练|2026-06-28|分公司副经理戴永刚
'''
SPEC['w04_port_qingdao.txt'] = r'''
T 连续三年获评青年文明号 这支码头"青年军"有股拼劲
D 2026-05-06
S 大众网
A 隋梦琪,王克勤
E:Organization|大众网||source outlet
E:Organization|海报新闻||大众网's news app (大众网·海报新闻)
E:Organization|共青团青岛市委||awarding body (青年文明号)
E:Organization|山东省人力资源和社会保障厅||awarding body (技术能手)
E:Company|青岛前湾港务集团有限公司||port group; 集团
E:Company|青岛前湾港务集团有限公司集装箱码头分公司|集装箱码头分公司|branch
E:Company|青岛前湾港机维修有限公司||集团下属
E:Organization|桥吊青年突击队||named youth team (成立于2019年) of the 集装箱码头分公司; honoured 青岛市青年文明号 (no honoredBy: head is not a Person)
E:Person|孙启航||突击队队长, 桥吊司机, 山东省技术能手
E:Person|韩露||集团团委书记 (集团青年工作的负责人)
E:Person|毛建新||集团党委书记、董事长
E:Person|隋梦琪||记者
E:Person|王克勤||通讯员
E:Person|孟凡||责任编辑
E:Place|青岛||
E:Place|前湾港||port area
E:Place|黄岛区||
E:Community|薛家岛街道||
E:Community|渔港社区||in 薛家岛街道
E:Event|五四青年节表彰会|表彰会|2026-05-04, by 共青团青岛市委
E:Event|山东省港口行业职业技能竞赛||2024
@|reportedBy|隋梦琪|记者|来源:大众网
@|reportedBy|王克勤|通讯员|来源:大众网
@|reportedBy|孟凡|责任编辑|责任编辑:孟凡
五四青年节表彰会|organizedBy|共青团青岛市委|2026-05-04|五四青年节表彰会上
集装箱码头分公司|subsidiaryOf|青岛前湾港务集团有限公司||五四青年节表彰会上
孙启航|worksFor|桥吊青年突击队||队长孙启航
孙启航|holdsPosition|桥吊青年突击队|队长|队长孙启航
孙启航|worksFor|集装箱码头分公司||队长孙启航
孙启航|holdsPosition|集装箱码头分公司|桥吊司机|队长孙启航
孙启航|participatedIn|山东省港口行业职业技能竞赛|2024|队长孙启航
孙启航|honoredBy|山东省人力资源和社会保障厅|山东省技术能手|队长孙启航
青岛前湾港机维修有限公司|subsidiaryOf|青岛前湾港务集团有限公司||集团下属的青岛前湾港机维修有限公司
韩露|worksFor|青岛前湾港务集团有限公司||团委书记韩露
韩露|holdsPosition|青岛前湾港务集团有限公司|团委书记|团委书记韩露
毛建新|worksFor|青岛前湾港务集团有限公司||毛建新在表彰会后
毛建新|holdsPosition|青岛前湾港务集团有限公司|党委书记|毛建新在表彰会后
毛建新|holdsPosition|青岛前湾港务集团有限公司|董事长|毛建新在表彰会后
桥吊青年突击队|servesCommunity|渔港社区||渔港社区结对
渔港社区|locatedIn|薛家岛街道||渔港社区结对
薛家岛街道|locatedIn|黄岛区||渔港社区结对
'''
