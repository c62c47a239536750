SPEC = {}
SPEC['w09_property_hangzhou.txt'] = r'''
T 老小区换了"新管家" 安澜物业把服务做到楼道里
D 2026-10-21
S 杭州日报
A 邵一帆,吕晨
E:Organization|杭州网||site (crumb)
E:Organization|杭州日报||source outlet
E:Company|杭州市城投集团||parent (旗下)
E:Company|杭州安澜物业服务有限公司|安澜物业|state-owned property company
E:Company|杭州安澜物业服务有限公司和睦项目部|和睦项目部,项目部|project department
E:Organization|和睦新村社区党委||
E:Organization|和睦街道党工委||organiser of the 现场推进会
E:Person|魏丽君||和睦项目部经理, 兼党小组组长 (in parentheses)
E:Person|李大勇||项目部维修工人, 最美物业人
E:Person|沈慧||和睦新村社区党委书记
E:Person|钱国栋||安澜物业副总经理
E:Person|邵一帆||记者
E:Person|吕晨||通讯员
E:Person|丁雯雯||责任编辑
E:Place|拱墅区|拱墅|
E:Place|上城||district, only in 拱墅、上城两区
E:Community|和睦街道||in 拱墅区
E:Community|和睦新村||old residential compound (小区) in 和睦街道
E:Community|和睦新村社区||the community (社区) of the compound
E:Event|老旧小区物业服务现场推进会|现场推进会|2026-09, in 和睦新村, by 和睦街道党工委
@|reportedBy|邵一帆|记者|记者 邵一帆
@|reportedBy|吕晨|通讯员|记者 邵一帆
@|reportedBy|丁雯雯|责任编辑|责任编辑:丁雯雯
和睦新村|locatedIn|和睦街道||清晨6点半
和睦街道|locatedIn|拱墅区||清晨6点半
和睦项目部|subsidiaryOf|杭州安澜物业服务有限公司||清晨6点半
和睦项目部|servesCommunity|和睦新村||清晨6点半
安澜物业|servesCommunity|和睦新村||由安澜物业负责小区的保洁
安澜物业|subsidiaryOf|杭州市城投集团||安澜物业是杭州市城投集团旗下
魏丽君|worksFor|和睦项目部||和睦项目部经理(兼党小组组长)魏丽君
魏丽君|holdsPosition|和睦项目部|经理|和睦项目部经理(兼党小组组长)魏丽君
魏丽君|holdsPosition|和睦项目部|党小组组长|和睦项目部经理(兼党小组组长)魏丽君
和睦项目部|servesCommunity|和睦新村社区||和睦项目部经理(兼党小组组长)魏丽君
李大勇|worksFor|和睦项目部||项目部维修工人李大勇
李大勇|holdsPosition|和睦项目部|维修工人|项目部维修工人李大勇
李大勇|servesCommunity|和睦新村||项目部维修工人李大勇
李大勇|honoredBy|和睦街道|最美物业人|他被和睦街道评为
沈慧|worksFor|和睦新村社区党委||和睦新村社区党委书记沈慧
沈慧|holdsPosition|和睦新村社区党委|党委书记|和睦新村社区党委书记沈慧
老旧小区物业服务现场推进会|organizedBy|和睦街道党工委|2026-09|和睦街道党工委在小区组织召开
老旧小区物业服务现场推进会|locatedIn|和睦新村|2026-09|和睦街道党工委在小区组织召开
钱国栋|worksFor|安澜物业||安澜物业副总经理钱国栋
钱国栋|holdsPosition|安澜物业|副总经理|安澜物业副总经理钱国栋
钱国栋|participatedIn|老旧小区物业服务现场推进会|2026-09|安澜物业副总经理钱国栋
安澜物业|participatedIn|老旧小区物业服务现场推进会|2026-09|安澜物业副总经理钱国栋
'''
SPEC['w10_civilization_wuxi.txt'] = r'''
T 新时代文明实践站里的"电力课堂" 志愿者教老人用电"防护经"
D 2026-08-05
S 无锡观察
A 蒋雨晨,何思佳,邓博
E:Organization|无锡日报||newspaper (crumb)
E:Organization|无锡观察||source outlet
E:Company|国网江苏省电力有限公司||only as prefix of the Wuxi company's full name
E:Company|国网江苏省电力有限公司无锡供电分公司|无锡供电公司|city company; 以下简称 无锡供电公司
E:Company|无锡供电公司营销部||department
E:Company|梁溪供电服务中心||无锡供电公司所属; 中心
E:Organization|"彩虹"志愿服务队||named volunteer team of 无锡供电公司 (成立于2015年); 志愿服务队; honoured by 共青团江苏省委 (no honoredBy: head not a Person)
E:Organization|新生路社区新时代文明实践站|实践站,文明实践站|community civilization practice station
E:Organization|新生路社区党委||
E:Organization|共青团江苏省委||awarding body
E:Organization|江苏省志愿服务联合会||awarding body
E:Person|华建英||志愿服务队队长, 无锡供电公司营销部客户经理
E:Person|孙秀兰||新生路社区党委书记
E:Person|朱海鹏||梁溪供电服务中心副主任
E:Person|蒋雨晨||记者
E:Person|何思佳||通讯员
E:Person|邓博||通讯员
E:Person|过云峰||编辑
E:Place|梁溪区||
E:Place|无锡市||
E:Community|崇安寺街道||in 梁溪区
E:Community|新生路社区||in 崇安寺街道
E:Event|夏季安全用电课||2026-08-03, at 新生路社区新时代文明实践站
E:Event|"清凉e夏"安全用电宣传活动||summer 2026, planned by 无锡供电公司
@|reportedBy|蒋雨晨|记者|记者 蒋雨晨
@|reportedBy|何思佳|通讯员|记者 蒋雨晨
@|reportedBy|邓博|通讯员|记者 蒋雨晨
@|reportedBy|过云峰|编辑|(编辑:过云峰)
新生路社区新时代文明实践站|locatedIn|新生路社区||8月3日上午
新生路社区|locatedIn|崇安寺街道||8月3日上午
崇安寺街道|locatedIn|梁溪区||8月3日上午
无锡供电公司|subsidiaryOf|国网江苏省电力有限公司||无锡供电公司")"彩虹"
"彩虹"志愿服务队|participatedIn|夏季安全用电课|2026-08-03|无锡供电公司")"彩虹"
夏季安全用电课|organizedBy|"彩虹"志愿服务队|2026-08-03|无锡供电公司")"彩虹"
夏季安全用电课|locatedIn|新生路社区|2026-08-03|无锡供电公司")"彩虹"
"彩虹"志愿服务队|servesCommunity|新生路社区||无锡供电公司")"彩虹"
华建英|worksFor|"彩虹"志愿服务队||无锡供电公司营销部客户经理华建英
华建英|holdsPosition|"彩虹"志愿服务队|队长|无锡供电公司营销部客户经理华建英
华建英|worksFor|无锡供电公司营销部||无锡供电公司营销部客户经理华建英
华建英|holdsPosition|无锡供电公司营销部|客户经理|无锡供电公司营销部客户经理华建英
华建英|participatedIn|夏季安全用电课|2026-08-03|无锡供电公司营销部客户经理华建英
无锡供电公司营销部|subsidiaryOf|无锡供电公司||无锡供电公司营销部客户经理华建英
华建英|servesCommunity|新生路社区||检查电线老化情况
孙秀兰|worksFor|新生路社区党委||新生路社区党委书记孙秀兰
孙秀兰|holdsPosition|新生路社区党委|党委书记|新生路社区党委书记孙秀兰
无锡供电公司|servesCommunity|新生路社区||最早与社区结对的企业之一
梁溪供电服务中心|subsidiaryOf|无锡供电公司||无锡供电公司所属的梁溪供电服务中心
梁溪供电服务中心|participatedIn|夏季安全用电课|2026-08-03|无锡供电公司所属的梁溪供电服务中心
梁溪供电服务中心|servesCommunity|新生路社区||中心副主任朱海鹏
朱海鹏|worksFor|梁溪供电服务中心||中心副主任朱海鹏
朱海鹏|holdsPosition|梁溪供电服务中心|副主任|中心副主任朱海鹏
朱海鹏|participatedIn|夏季安全用电课|2026-08-03|中心副主任朱海鹏
"清凉e夏"安全用电宣传活动|organizedBy|无锡供电公司|2026|"清凉e夏"安全用电宣传活动
'''
SPEC['w11_canteen_yantai.txt'] = r'''
T 烟台芝罘：社区长者食堂开进“家门口”　老人吃上热乎饭
D 2026-11-03
S 胶东在线
A 王淑敏,曲凯
E:Organization|胶东在线||source outlet
E:Company|烟台港集团有限公司|烟台港集团|port group
E:Company|烟台鲁港餐饮管理有限公司||全资子公司 of 烟台港集团; 公司
E:Organization|福山路社区长者食堂|长者食堂|community elderly canteen (operating unit)
E:Organization|福山路社区党委||
E:Organization|幸福街道党工委||
E:Organization|烟台港集团团委||
E:Person|刘红霞||烟台鲁港餐饮管理有限公司总经理
E:Person|隋玉梅||福山路社区党委书记、居委会主任
E:Person|王建平||幸福街道党工委书记
E:Person|王淑敏||记者
E:Person|曲凯||通讯员
E:Person|张敬一||责任编辑
E:Place|芝罘区|芝罘|
E:Place|烟台||city (title 烟台芝罘)
E:Community|幸福街道||in 芝罘区
E:Community|福山路社区||in 幸福街道
E:Event|“敬老餐桌”志愿服务活动||重阳节 2026, by 烟台港集团团委
@|reportedBy|王淑敏|记者|记者：王淑敏
@|reportedBy|曲凯|通讯员|记者：王淑敏
@|reportedBy|张敬一|责任编辑|责任编辑：张敬一
福山路社区|locatedIn|幸福街道||芝罘区幸福街道福山路社区长者食堂
幸福街道|locatedIn|芝罘区||芝罘区幸福街道福山路社区长者食堂
福山路社区长者食堂|locatedIn|福山路社区||芝罘区幸福街道福山路社区长者食堂
烟台鲁港餐饮管理有限公司|servesCommunity|福山路社区||委托烟台鲁港餐饮管理有限公司运营
烟台鲁港餐饮管理有限公司|subsidiaryOf|烟台港集团有限公司||的全资子公司
刘红霞|worksFor|烟台鲁港餐饮管理有限公司||公司总经理刘红霞
刘红霞|holdsPosition|烟台鲁港餐饮管理有限公司|总经理|公司总经理刘红霞
隋玉梅|worksFor|福山路社区党委||居委会主任隋玉梅
隋玉梅|holdsPosition|福山路社区党委|党委书记|居委会主任隋玉梅
王建平|worksFor|幸福街道党工委||幸福街道党工委书记王建平
王建平|holdsPosition|幸福街道党工委|书记|幸福街道党工委书记王建平
“敬老餐桌”志愿服务活动|organizedBy|烟台港集团团委|2026|烟台港集团团委还组织青年志愿者
烟台港集团团委|participatedIn|“敬老餐桌”志愿服务活动|2026|烟台港集团团委还组织青年志愿者
烟台港集团团委|servesCommunity|福山路社区||烟台港集团团委还组织青年志愿者
'''
