"""Build gold.json for dev16 from a compact spec.
Entities: "name|Type|alias1,alias2|note"  (note 'T' alone = related-teaser)
Relations: "head|relation|tail|qualifier|evidence fragment[|T]"  (head '@' = the file; T = teaser)
Evidence = the unique sentence of the normalized text containing the fragment."""
import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from norm import normalize, sentences
HERE = os.path.dirname(os.path.abspath(__file__))
D = []
def doc(file, title, published, source, authors, ents, rels):
    D.append(dict(file=file, title=title, published=published, source=source, authors=authors, ents=ents, rels=rels))

doc("x01_harbin_heating.txt", "哈尔滨华晟热力:寒潮来袭 换热站里守护万家温暖", "2026-12-01", "东北网", ["孟庆阳"], """
哈尔滨华晟热力集团有限公司|Company|华晟热力,哈尔滨华晟热力|heat supply group, Harbin
华晟热力道里分公司|Company|道里分公司|branch
南岗分公司|Company||branch of 华晟热力; 该分公司 in the pipe-renovation sentence
香坊分公司|Company||branch
华晟热力道里分公司新阳路换热站|Company|新阳路换热站|heat-exchange station
华晟热力客服中心|Company||service centre
香坊分公司党支部|Organization||party branch
哈尔滨市道里区民政局|Organization||government body
哈尔滨市住房和城乡建设局|Organization||T
东北网|Organization||media outlet
和兴路街道|Community||
文景社区|Community||
嵩山社区|Community||
新阳路街道|Community||
安静社区|Community||
哈尔滨市|Place|哈尔滨|teaser spelling 哈尔滨
冬季保暖保供专项行动|Event||winter heating campaign, 2026
暖冬敲门活动|Event|暖冬敲门|joint campaign with 道里区民政局
百日攻坚|Event||T
孟庆阳|Person||记者
于晓彤|Person||责任编辑
邹立新|Person||总经理兼党委副书记
潘秀梅|Person||分管生产的副总经理
赵德胜|Person||南岗分公司经理
刘桂琴|Person||resident of 文景社区
韩冬|Person||维修班班长
高原|Person||香坊分公司党支部书记 (a person, not a plateau)
林雪|Person||客服中心主任
徐长海|Person||T
""", """
@|reportedBy|孟庆阳|记者|东北网12月1日讯(记者 孟庆阳)
@|reportedBy|于晓彤|责任编辑|责任编辑:于晓彤
华晟热力道里分公司|subsidiaryOf|哈尔滨华晟热力集团有限公司||旗下道里分公司
南岗分公司|subsidiaryOf|哈尔滨华晟热力集团有限公司||旗下道里分公司
香坊分公司|subsidiaryOf|哈尔滨华晟热力集团有限公司||旗下道里分公司
华晟热力道里分公司新阳路换热站|subsidiaryOf|华晟热力道里分公司||华晟热力道里分公司新阳路换热站
华晟热力客服中心|subsidiaryOf|哈尔滨华晟热力集团有限公司||华晟热力客服中心主任林雪
冬季保暖保供专项行动|organizedBy|哈尔滨华晟热力集团有限公司||启动冬季保暖保供专项行动
华晟热力道里分公司|participatedIn|冬季保暖保供专项行动||启动冬季保暖保供专项行动
南岗分公司|participatedIn|冬季保暖保供专项行动||启动冬季保暖保供专项行动
香坊分公司|participatedIn|冬季保暖保供专项行动||启动冬季保暖保供专项行动
邹立新|worksFor|哈尔滨华晟热力集团有限公司||总经理兼党委副书记邹立新
邹立新|holdsPosition|哈尔滨华晟热力集团有限公司|总经理|总经理兼党委副书记邹立新
邹立新|holdsPosition|哈尔滨华晟热力集团有限公司|党委副书记|总经理兼党委副书记邹立新
潘秀梅|worksFor|哈尔滨华晟热力集团有限公司||分管生产的副总经理潘秀梅
潘秀梅|holdsPosition|哈尔滨华晟热力集团有限公司|副总经理|分管生产的副总经理潘秀梅
赵德胜|worksFor|南岗分公司||分公司经理赵德胜
赵德胜|holdsPosition|南岗分公司|经理|分公司经理赵德胜
南岗分公司|servesCommunity|文景社区||该分公司今年完成老旧管网改造
南岗分公司|servesCommunity|嵩山社区||该分公司今年完成老旧管网改造
文景社区|locatedIn|和兴路街道||覆盖和兴路街道的文景社区
嵩山社区|locatedIn|和兴路街道||覆盖和兴路街道的文景社区
韩冬|worksFor|南岗分公司||维修班班长韩冬
韩冬|holdsPosition|南岗分公司|维修班班长|维修班班长韩冬
韩冬|servesCommunity|文景社区||维修班班长韩冬
暖冬敲门活动|organizedBy|哈尔滨华晟热力集团有限公司||联合开展"暖冬敲门"活动
暖冬敲门活动|organizedBy|哈尔滨市道里区民政局||联合开展"暖冬敲门"活动
高原|worksFor|香坊分公司||香坊分公司党支部书记高原
高原|holdsPosition|香坊分公司|党支部书记|香坊分公司党支部书记高原
林雪|worksFor|华晟热力客服中心||华晟热力客服中心主任林雪
林雪|holdsPosition|华晟热力客服中心|主任|华晟热力客服中心主任林雪
华晟热力道里分公司|servesCommunity|安静社区||设立了供热服务联系点
安静社区|locatedIn|新阳路街道||设立了供热服务联系点
徐长海|worksFor|哈尔滨市住房和城乡建设局||局长徐长海|T
徐长海|holdsPosition|哈尔滨市住房和城乡建设局|局长|局长徐长海|T
百日攻坚|locatedIn|哈尔滨市||哈尔滨启动今冬供热质量|T
百日攻坚|organizedBy|哈尔滨市住房和城乡建设局||局长徐长海|T
""")

doc("x02_coal_group.txt", "晋潞煤业集团:冬季保供不停歇 日均外运电煤3.2万吨", "2026-11-27", "山西新闻网", ["郝建军", "任晓霞"], """
晋潞煤业集团有限责任公司|Company|晋潞煤业集团,晋潞煤业|coal group, Changzhi; 集团
晋潞煤业东坪矿|Company|东坪矿|mine; full form only in the teaser headline
东坪矿综采一队|Company|综采一队|production team of 东坪矿; 该队
西沟矿|Company||mine
山西晋潞煤炭运销有限公司|Company|晋潞运销,晋潞运销公司,运销公司|控股子公司
大唐长治发电有限公司|Company||power plant, coal buyer
晋城阳光热电有限公司|Company||heat & power plant, coal buyer
长治北车务段|Company||railway unit
山西省应急管理厅|Organization||T
山西新闻网|Organization||media outlet
长治市|Place||
上党区|Place|长治市上党区|
山西省|Place||
冬季电煤保供调度会|Event||2026-11-20
安全生产百日攻坚|Event||campaign of 综采一队
郝建军|Person||记者
任晓霞|Person||通讯员
冯丽娜|Person||责任编辑
贺振邦|Person||集团党委书记、董事长
申福林|Person||综采一队队长
牛国栋|Person||西沟矿矿长
程慧敏|Person||运销公司总经理
黄志鹏|Person||调运科科长
孙怀远|Person||T
""", """
@|reportedBy|郝建军|记者|记者:郝建军
@|reportedBy|任晓霞|通讯员|记者:郝建军
@|reportedBy|冯丽娜|责任编辑|责任编辑:冯丽娜
晋潞煤业东坪矿|subsidiaryOf|晋潞煤业集团有限责任公司||所属东坪矿
西沟矿|subsidiaryOf|晋潞煤业集团有限责任公司||所属东坪矿
山西晋潞煤炭运销有限公司|subsidiaryOf|晋潞煤业集团有限责任公司||所属东坪矿
东坪矿综采一队|subsidiaryOf|晋潞煤业东坪矿||东坪矿综采一队是全矿
贺振邦|worksFor|晋潞煤业集团有限责任公司||集团党委书记、董事长贺振邦
贺振邦|holdsPosition|晋潞煤业集团有限责任公司|党委书记|集团党委书记、董事长贺振邦
贺振邦|holdsPosition|晋潞煤业集团有限责任公司|董事长|集团党委书记、董事长贺振邦
贺振邦|participatedIn|冬季电煤保供调度会|2026-11-20|集团党委书记、董事长贺振邦
冬季电煤保供调度会|organizedBy|晋潞煤业集团有限责任公司|2026-11-20|集团党委书记、董事长贺振邦
晋潞煤业集团有限责任公司|participatedIn|冬季电煤保供调度会||会上,集团与
大唐长治发电有限公司|participatedIn|冬季电煤保供调度会||会上,集团与
晋城阳光热电有限公司|participatedIn|冬季电煤保供调度会||会上,集团与
申福林|worksFor|东坪矿综采一队||队长申福林
申福林|holdsPosition|东坪矿综采一队|队长|队长申福林
东坪矿综采一队|participatedIn|安全生产百日攻坚||该队连续开展
牛国栋|worksFor|西沟矿||西沟矿矿长牛国栋
牛国栋|holdsPosition|西沟矿|矿长|西沟矿矿长牛国栋
程慧敏|worksFor|山西晋潞煤炭运销有限公司||运销公司总经理程慧敏
程慧敏|holdsPosition|山西晋潞煤炭运销有限公司|总经理|运销公司总经理程慧敏
晋潞煤业集团有限责任公司|locatedIn|长治市||晋潞煤业集团位于长治市
黄志鹏|worksFor|山西晋潞煤炭运销有限公司||调运科科长黄志鹏
黄志鹏|holdsPosition|山西晋潞煤炭运销有限公司|调运科科长|调运科科长黄志鹏
孙怀远|worksFor|晋潞煤业东坪矿||矿党总支书记孙怀远|T
孙怀远|holdsPosition|晋潞煤业东坪矿|党总支书记|矿党总支书记孙怀远|T
""")

doc("x03_hebei_power.txt", "蠡县供电公司:电采暖改造进村入户 保供电守护\"暖冬\"", "2026-11-30", "长城网", ["宋雅静", "刘志强"], """
国网河北省电力有限公司蠡县供电公司|Company|蠡县供电公司|county power supply company; 该公司, 县公司, 公司
留史供电所|Company||power supply station
大百尺供电所|Company||power supply station
冬季保供电领导小组|Organization||set up by 蠡县供电公司, 组长 冯海涛
长城网|Organization||media outlet
东韩村|Community||
大曲堤村|Community||
南庄村|Community||
保定市|Place||
蠡县|Place||
留史镇|Place||
煤改电|Event||电采暖改造 campaign in 7 villages
冬季保供电专项行动|Event||by 蠡县供电公司
电采暖安全用电培训|Event||in 大曲堤村
宋雅静|Person||记者
刘志强|Person||通讯员
杜欣然|Person||编辑
王凤英|Person||villager, 东韩村
冯海涛|Person||经理, 组长
张立军|Person||留史供电所所长
孟晓东|Person||驻村第一书记、运检部副主任
李振国|Person||大曲堤村党支部书记 (no named party body)
白晓燕|Person||营销部主任
王德利|Person||villager, 南庄村
""", """
@|reportedBy|宋雅静|记者|长城网·冀云客户端讯(记者 宋雅静 通讯员 刘志强)
@|reportedBy|刘志强|通讯员|长城网·冀云客户端讯(记者 宋雅静 通讯员 刘志强)
@|reportedBy|杜欣然|编辑|编辑:杜欣然
东韩村|locatedIn|留史镇||保定市蠡县留史镇东韩村
国网河北省电力有限公司蠡县供电公司|participatedIn|煤改电||承担了全县7个村
国网河北省电力有限公司蠡县供电公司|servesCommunity|东韩村||承担了全县7个村
国网河北省电力有限公司蠡县供电公司|servesCommunity|大曲堤村||承担了全县7个村
国网河北省电力有限公司蠡县供电公司|servesCommunity|南庄村||承担了全县7个村
冯海涛|worksFor|国网河北省电力有限公司蠡县供电公司||由经理冯海涛任组长
冯海涛|holdsPosition|国网河北省电力有限公司蠡县供电公司|经理|由经理冯海涛任组长
冯海涛|holdsPosition|冬季保供电领导小组|组长|由经理冯海涛任组长
冯海涛|worksFor|冬季保供电领导小组||由经理冯海涛任组长
冬季保供电专项行动|organizedBy|国网河北省电力有限公司蠡县供电公司||由经理冯海涛任组长
留史供电所|participatedIn|冬季保供电专项行动||由经理冯海涛任组长
大百尺供电所|participatedIn|冬季保供电专项行动||由经理冯海涛任组长
留史供电所|subsidiaryOf|国网河北省电力有限公司蠡县供电公司||由经理冯海涛任组长
大百尺供电所|subsidiaryOf|国网河北省电力有限公司蠡县供电公司||由经理冯海涛任组长
张立军|worksFor|留史供电所||留史供电所所长张立军
张立军|holdsPosition|留史供电所|所长|留史供电所所长张立军
张立军|servesCommunity|东韩村||留史供电所所长张立军
孟晓东|worksFor|国网河北省电力有限公司蠡县供电公司||公司运检部副主任孟晓东
孟晓东|holdsPosition|国网河北省电力有限公司蠡县供电公司|运检部副主任|公司运检部副主任孟晓东
孟晓东|holdsPosition|国网河北省电力有限公司蠡县供电公司|驻村第一书记|公司运检部副主任孟晓东
孟晓东|servesCommunity|大曲堤村||公司运检部副主任孟晓东
孟晓东|participatedIn|电采暖安全用电培训||公司运检部副主任孟晓东
李振国|participatedIn|电采暖安全用电培训||公司运检部副主任孟晓东
白晓燕|worksFor|国网河北省电力有限公司蠡县供电公司||县公司营销部主任白晓燕
白晓燕|holdsPosition|国网河北省电力有限公司蠡县供电公司|营销部主任|县公司营销部主任白晓燕
大百尺供电所|servesCommunity|南庄村||南庄村村民王德利
""")

doc("x04_tianjin_grid.txt", "\"网\"住民生冷暖 向阳楼街道网格员冬日走街串户", "2026-11-25", "北方网", ["吴桐"], """
向阳楼街道|Community||street, 天津市河北区
金钟社区|Community||
新港社区|Community||
天津市|Place||
河北区|Place||天津市河北区 (district)
天津能源投资集团有限公司|Company|天津能源|
天津能源河北供热站|Company||heating station of 天津能源
国网天津市电力公司河北供电分公司|Company||
金钟社区党委|Organization||
河北区委社会工作部|Organization||
银发网格志愿队|Organization||volunteer team set up by 金钟社区
北方网|Organization||media outlet
冬季安全大排查|Event||专项行动 organised by 向阳楼街道
吴桐|Person||作者
王梓萌|Person||责任编辑
段丽红|Person||金钟社区网格员
刘洪涛|Person||街道党工委书记
陈静|Person||网格长兼社区党委副书记, 新港社区
马秀兰|Person||resident
孙建平|Person||维修工
周玉梅|Person||金钟社区党委书记、居委会主任
高凤岐|Person||银发网格志愿队队长
""", """
@|reportedBy|吴桐|作者|来源:北方网 作者:吴桐
@|reportedBy|王梓萌|责任编辑|[责任编辑:王梓萌]
向阳楼街道|locatedIn|河北区||天津市河北区向阳楼街道金钟社区
金钟社区|locatedIn|向阳楼街道||天津市河北区向阳楼街道金钟社区
段丽红|servesCommunity|金钟社区||天津市河北区向阳楼街道金钟社区网格员段丽红
天津能源投资集团有限公司|participatedIn|冬季安全大排查||由天津能源投资集团有限公司
国网天津市电力公司河北供电分公司|participatedIn|冬季安全大排查||由天津能源投资集团有限公司
陈静|servesCommunity|新港社区||网格长兼社区党委副书记陈静
天津能源河北供热站|subsidiaryOf|天津能源投资集团有限公司||天津能源河北供热站维修
天津能源河北供热站|servesCommunity|新港社区||天津能源河北供热站维修
孙建平|worksFor|天津能源河北供热站||维修工孙建平
孙建平|holdsPosition|天津能源河北供热站|维修工|维修工孙建平
孙建平|servesCommunity|新港社区||维修工孙建平
周玉梅|worksFor|金钟社区党委||金钟社区党委书记、居委会主任周玉梅
周玉梅|holdsPosition|金钟社区党委|党委书记|金钟社区党委书记、居委会主任周玉梅
周玉梅|servesCommunity|金钟社区||金钟社区党委书记、居委会主任周玉梅
银发网格志愿队|servesCommunity|金钟社区||银发网格志愿队
高凤岐|worksFor|银发网格志愿队||队长高凤岐
高凤岐|holdsPosition|银发网格志愿队|队长|队长高凤岐
高凤岐|servesCommunity|金钟社区||队长高凤岐
""")

doc("x05_jilin_coop.txt", "榆树市供销社:\"冬储\"粮入仓 合作社里忙分红", "2026-11-29", "中国吉林网", ["常立伟", "白雪"], """
榆树市供销合作社联合社|Company|榆树市供销社,市供销社|supply-and-marketing co-op federation (typed Company: it owns companies)
丰泽粮食种植专业合作社|Company|丰泽合作社|farmers' co-operative
榆树市农资有限公司|Company||下属 of 供销社
榆树供销农业服务有限公司|Company||下属 of 供销社
中国农业银行榆树市支行|Company|农行榆树支行|bank branch
为农服务中心|Company||service centre of 供销社 in 新立村
吉林省供销合作社|Organization||provincial co-op body, gave an award to the federation
弓棚镇党委|Organization||
中国吉林网|Organization||media outlet
新立村|Community||
榆树市|Place||
弓棚镇|Place||
五棵树镇|Place||
冬储备耕金融服务对接会|Event|冬储备耕|2026-11-24, 弓棚镇
常立伟|Person||记者
白雪|Person||实习生
钱冬梅|Person||责任编辑
关德胜|Person||合作社理事长
杨宏伟|Person||市供销社主任
邵明辉|Person||农行榆树支行副行长
苏海波|Person||为农服务中心负责人
孙立新|Person||弓棚镇党委书记
韩玉芬|Person||合作社社员
""", """
@|reportedBy|常立伟|记者|记者 常立伟 实习生 白雪
@|reportedBy|白雪|实习生|记者 常立伟 实习生 白雪
@|reportedBy|钱冬梅|责任编辑|责任编辑:钱冬梅
丰泽粮食种植专业合作社|locatedIn|弓棚镇||走进榆树市弓棚镇的丰泽粮食种植专业合作社
丰泽粮食种植专业合作社|subsidiaryOf|榆树市供销合作社联合社||领办的基层合作社之一
关德胜|worksFor|丰泽粮食种植专业合作社||合作社理事长关德胜
关德胜|holdsPosition|丰泽粮食种植专业合作社|理事长|合作社理事长关德胜
榆树市农资有限公司|subsidiaryOf|榆树市供销合作社联合社||依托下属的榆树市农资有限公司
榆树供销农业服务有限公司|subsidiaryOf|榆树市供销合作社联合社||依托下属的榆树市农资有限公司
杨宏伟|worksFor|榆树市供销合作社联合社||市供销社主任杨宏伟
杨宏伟|holdsPosition|榆树市供销合作社联合社|主任|市供销社主任杨宏伟
冬储备耕金融服务对接会|organizedBy|榆树市供销合作社联合社|2026-11-24|榆树市供销社联合中国农业银行
冬储备耕金融服务对接会|organizedBy|中国农业银行榆树市支行|2026-11-24|榆树市供销社联合中国农业银行
冬储备耕金融服务对接会|locatedIn|弓棚镇||榆树市供销社联合中国农业银行
邵明辉|worksFor|中国农业银行榆树市支行||副行长邵明辉
邵明辉|holdsPosition|中国农业银行榆树市支行|副行长|副行长邵明辉
邵明辉|participatedIn|冬储备耕金融服务对接会||副行长邵明辉
新立村|locatedIn|五棵树镇||在五棵树镇的新立村
为农服务中心|subsidiaryOf|榆树市供销合作社联合社||在五棵树镇的新立村
苏海波|worksFor|为农服务中心||中心负责人苏海波
苏海波|holdsPosition|为农服务中心|负责人|中心负责人苏海波
为农服务中心|servesCommunity|新立村||中心负责人苏海波
孙立新|worksFor|弓棚镇党委||弓棚镇党委书记孙立新
孙立新|holdsPosition|弓棚镇党委|书记|弓棚镇党委书记孙立新
韩玉芬|worksFor|丰泽粮食种植专业合作社||丰泽合作社社员韩玉芬
韩玉芬|holdsPosition|丰泽粮食种植专业合作社|社员|丰泽合作社社员韩玉芬
""")

doc("x06_hulunbuir_snow.txt", "第十二届呼伦贝尔冰雪那达慕在海拉尔开幕", "2026-12-01", "正北方网", ["乌日娜", "巴特尔"], """
第十二届呼伦贝尔冰雪那达慕|Event|冰雪那达慕,本届冰雪那达慕|2026-11-30 to 2027-02, 海拉尔区
冰雪摄影大赛|Event||new contest within the festival
呼伦贝尔冬季旅游推介会|Event||T
呼伦贝尔市人民政府|Organization||主办
呼伦贝尔市文化旅游体育局|Organization|市文化旅游体育局|承办
海拉尔区人民政府|Organization||承办
内蒙古蒙能冰雪旅游发展有限公司|Company|蒙能冰雪旅游公司|operator
伊利集团|Company||sponsor
蒙牛乳业（集团）股份有限公司|Company||sponsor
内蒙古电力（集团）有限责任公司呼伦贝尔供电公司|Company|呼伦贝尔供电公司|power supply for the venue; 该公司
陈巴尔虎旗代表队|Organization||team, 领队 巴图孟和
正北方网|Organization||media outlet
呼伦贝尔市|Place|呼伦贝尔|
海拉尔区|Place|海拉尔|
莫日格勒河|Place||river
陈巴尔虎旗|Place||
鄂温克族自治旗|Place||
新巴尔虎左旗|Place||
北京|Place||
哈尔滨|Place||T
乌日娜|Person||记者
巴特尔|Person||记者
其其格|Person||责任编辑
萨仁高娃|Person||呼伦贝尔市副市长
孟和|Person||局长（二级巡视员）
王志勇|Person||保电负责人、营销部主任
韩雪峰|Person||蒙能冰雪旅游公司董事长
张晓蕾|Person||tourist from 北京
巴图孟和|Person||陈巴尔虎旗代表队领队 (different from 孟和)
钱彦华|Person||T
""", """
@|reportedBy|乌日娜|记者|记者：乌日娜　巴特尔
@|reportedBy|巴特尔|记者|记者：乌日娜　巴特尔
@|reportedBy|其其格|责任编辑|责任编辑：其其格
第十二届呼伦贝尔冰雪那达慕|locatedIn|海拉尔区|2026-11-30|１１月３０日，第十二届
第十二届呼伦贝尔冰雪那达慕|locatedIn|莫日格勒河|2026-11-30|１１月３０日，第十二届
第十二届呼伦贝尔冰雪那达慕|organizedBy|呼伦贝尔市人民政府|主办|由呼伦贝尔市人民政府主办
第十二届呼伦贝尔冰雪那达慕|organizedBy|呼伦贝尔市文化旅游体育局|承办|由呼伦贝尔市人民政府主办
第十二届呼伦贝尔冰雪那达慕|organizedBy|海拉尔区人民政府|承办|由呼伦贝尔市人民政府主办
第十二届呼伦贝尔冰雪那达慕|organizedBy|内蒙古蒙能冰雪旅游发展有限公司|运营|由呼伦贝尔市人民政府主办
萨仁高娃|worksFor|呼伦贝尔市人民政府||呼伦贝尔市副市长萨仁高娃
萨仁高娃|holdsPosition|呼伦贝尔市人民政府|副市长|呼伦贝尔市副市长萨仁高娃
萨仁高娃|participatedIn|第十二届呼伦贝尔冰雪那达慕||呼伦贝尔市副市长萨仁高娃
孟和|worksFor|呼伦贝尔市文化旅游体育局||局长（二级巡视员）孟和
孟和|holdsPosition|呼伦贝尔市文化旅游体育局|局长|局长（二级巡视员）孟和
孟和|holdsPosition|呼伦贝尔市文化旅游体育局|二级巡视员|局长（二级巡视员）孟和
孟和|participatedIn|第十二届呼伦贝尔冰雪那达慕||局长（二级巡视员）孟和
伊利集团|participatedIn|第十二届呼伦贝尔冰雪那达慕|冠名赞助|冠名赞助
蒙牛乳业（集团）股份有限公司|participatedIn|第十二届呼伦贝尔冰雪那达慕|冠名赞助|冠名赞助
内蒙古电力（集团）有限责任公司呼伦贝尔供电公司|participatedIn|第十二届呼伦贝尔冰雪那达慕|保供电|冠名赞助
王志勇|worksFor|内蒙古电力（集团）有限责任公司呼伦贝尔供电公司||营销部主任王志勇
王志勇|holdsPosition|内蒙古电力（集团）有限责任公司呼伦贝尔供电公司|保电负责人|营销部主任王志勇
王志勇|holdsPosition|内蒙古电力（集团）有限责任公司呼伦贝尔供电公司|营销部主任|营销部主任王志勇
韩雪峰|worksFor|内蒙古蒙能冰雪旅游发展有限公司||董事长韩雪峰
韩雪峰|holdsPosition|内蒙古蒙能冰雪旅游发展有限公司|董事长|董事长韩雪峰
张晓蕾|participatedIn|第十二届呼伦贝尔冰雪那达慕||游客张晓蕾
巴图孟和|worksFor|陈巴尔虎旗代表队||领队巴图孟和
巴图孟和|holdsPosition|陈巴尔虎旗代表队|领队|领队巴图孟和
巴图孟和|participatedIn|第十二届呼伦贝尔冰雪那达慕||领队巴图孟和
陈巴尔虎旗代表队|participatedIn|第十二届呼伦贝尔冰雪那达慕||领队巴图孟和
呼伦贝尔冬季旅游推介会|locatedIn|哈尔滨||呼伦贝尔冬季旅游推介会在哈尔滨举行|T
钱彦华|worksFor|呼伦贝尔市文化旅游体育局||副局长钱彦华|T
钱彦华|holdsPosition|呼伦贝尔市文化旅游体育局|副局长|副局长钱彦华|T
钱彦华|participatedIn|呼伦贝尔冬季旅游推介会||副局长钱彦华|T
""")

doc("x07_anshan_fire.txt", "鞍钢矿业大孤山球团厂联合消防部门开展冬季消防应急演练", "2026-11-20", "鞍钢矿业宣传部", ["曲亚楠"], """
鞍钢集团矿业有限公司|Company|鞍钢矿业,鞍钢矿业公司|
鞍钢集团矿业有限公司大孤山球团厂|Company|鞍钢矿业大孤山球团厂,大孤山球团厂,球团厂|pellet plant; 该厂
球团厂安全科|Company||safety section of the plant
鞍山华宇燃气有限公司|Company|华宇燃气|gas company
鞍钢矿业宣传部|Company||publicity dept (source line)
鞍山市千山区消防救援大队|Organization|千山区消防救援大队|fire brigade
千山区齐大山街道办事处|Organization||street office
冬季防火·企地联动消防应急演练|Event|冬季防火·企地联动,冬季消防应急演练|2026-11-18
曲亚楠|Person||文/图
刘明|Person||编辑
马骁|Person||大队长
蔡永刚|Person||球团厂厂长
田立国|Person||安全科科长、安全总监
陈晓峰|Person||鞍钢矿业公司副总经理
杨柏林|Person||安全环保部部长
""", """
@|reportedBy|曲亚楠|文/图|文/图 曲亚楠
@|reportedBy|刘明|编辑|(编辑:刘明)
冬季防火·企地联动消防应急演练|organizedBy|鞍钢集团矿业有限公司大孤山球团厂|2026-11-18|鞍钢矿业大孤山球团厂联合消防部门开展冬季消防应急演练
冬季防火·企地联动消防应急演练|organizedBy|鞍山市千山区消防救援大队|2026-11-18|鞍山市千山区消防救援大队组织开展
鞍钢集团矿业有限公司大孤山球团厂|participatedIn|冬季防火·企地联动消防应急演练||鞍山市千山区消防救援大队组织开展
鞍山华宇燃气有限公司|participatedIn|冬季防火·企地联动消防应急演练||鞍山市千山区消防救援大队组织开展
千山区齐大山街道办事处|participatedIn|冬季防火·企地联动消防应急演练||鞍山市千山区消防救援大队组织开展
鞍山市千山区消防救援大队|participatedIn|冬季防火·企地联动消防应急演练||派出3辆消防车
马骁|worksFor|鞍山市千山区消防救援大队||大队长马骁
马骁|holdsPosition|鞍山市千山区消防救援大队|大队长|大队长马骁
马骁|participatedIn|冬季防火·企地联动消防应急演练||大队长马骁
蔡永刚|worksFor|鞍钢集团矿业有限公司大孤山球团厂||球团厂厂长蔡永刚
蔡永刚|holdsPosition|鞍钢集团矿业有限公司大孤山球团厂|厂长|球团厂厂长蔡永刚
球团厂安全科|subsidiaryOf|鞍钢集团矿业有限公司大孤山球团厂||球团厂安全科科长
田立国|worksFor|球团厂安全科||球团厂安全科科长
田立国|holdsPosition|球团厂安全科|科长|球团厂安全科科长
田立国|holdsPosition|鞍钢集团矿业有限公司大孤山球团厂|安全总监|球团厂安全科科长
鞍钢集团矿业有限公司大孤山球团厂|subsidiaryOf|鞍钢集团矿业有限公司||是鞍钢矿业公司所属的
陈晓峰|worksFor|鞍钢集团矿业有限公司||鞍钢矿业公司副总经理陈晓峰
陈晓峰|holdsPosition|鞍钢集团矿业有限公司|副总经理|鞍钢矿业公司副总经理陈晓峰
陈晓峰|participatedIn|冬季防火·企地联动消防应急演练||鞍钢矿业公司副总经理陈晓峰
杨柏林|worksFor|鞍钢集团矿业有限公司||安全环保部部长杨柏林
杨柏林|holdsPosition|鞍钢集团矿业有限公司|安全环保部部长|安全环保部部长杨柏林
杨柏林|participatedIn|冬季防火·企地联动消防应急演练||安全环保部部长杨柏林
""")

doc("x08_shenyang_volunteer.txt", "党员志愿服务队走进老旧小区 \"小修小补\"暖人心", "2026-11-23", "沈阳新闻网", ["迟海燕"], """
沈阳惠民燃气有限公司|Company|惠民燃气|gas company; 该公司, 公司
红管家党员志愿服务队|Organization|红管家|named party-member volunteer team of 惠民燃气; 志愿服务队
卫工社区党委|Organization||
兴华街道党工委|Organization||
沈阳新闻网|Organization||media outlet
兴华街道|Community||
卫工小区|Community||old residential compound
卫工社区|Community||
启工街道|Community||
保工社区|Community||
沈阳市|Place||
铁西区|Place||
皇姑区|Place||
我为群众办实事|Event||campaign (future link)
迟海燕|Person||作者
谷月|Person||责任编辑
郑宏宇|Person||服务队队长、客服中心主任
关淑芬|Person||resident
刘思远|Person||队员
徐玉洁|Person||卫工社区党委书记
韩立东|Person||惠民燃气党委书记
王海波|Person||resident, 保工社区
邱爽|Person||兴华街道党工委副书记
""", """
@|reportedBy|迟海燕|作者|来源:沈阳新闻网 作者:迟海燕
@|reportedBy|谷月|责任编辑|责任编辑:谷月
卫工小区|locatedIn|兴华街道||沈阳市铁西区兴华街道的卫工小区
兴华街道|locatedIn|铁西区||沈阳市铁西区兴华街道的卫工小区
红管家党员志愿服务队|servesCommunity|卫工小区||在小区广场支起了便民服务台
沈阳惠民燃气有限公司|servesCommunity|卫工小区||在小区广场支起了便民服务台
沈阳惠民燃气有限公司|servesCommunity|卫工社区||惠民燃气与兴华街道卫工社区开展结对共建
卫工社区|locatedIn|兴华街道||惠民燃气与兴华街道卫工社区开展结对共建
郑宏宇|worksFor|红管家党员志愿服务队||志愿服务队队长、公司客服中心主任郑宏宇
郑宏宇|holdsPosition|红管家党员志愿服务队|队长|志愿服务队队长、公司客服中心主任郑宏宇
郑宏宇|worksFor|沈阳惠民燃气有限公司||志愿服务队队长、公司客服中心主任郑宏宇
郑宏宇|holdsPosition|沈阳惠民燃气有限公司|客服中心主任|志愿服务队队长、公司客服中心主任郑宏宇
刘思远|worksFor|红管家党员志愿服务队||队员刘思远
刘思远|holdsPosition|红管家党员志愿服务队|队员|队员刘思远
刘思远|servesCommunity|卫工小区||队员刘思远
徐玉洁|worksFor|卫工社区党委||卫工社区党委书记徐玉洁
徐玉洁|holdsPosition|卫工社区党委|党委书记|卫工社区党委书记徐玉洁
徐玉洁|servesCommunity|卫工社区||卫工社区党委书记徐玉洁
韩立东|worksFor|沈阳惠民燃气有限公司||该公司党委书记韩立东
韩立东|holdsPosition|沈阳惠民燃气有限公司|党委书记|该公司党委书记韩立东
红管家党员志愿服务队|servesCommunity|保工社区||来到相邻的启工街道保工社区
保工社区|locatedIn|启工街道||来到相邻的启工街道保工社区
沈阳惠民燃气有限公司|servesCommunity|保工社区||来到相邻的启工街道保工社区
邱爽|worksFor|兴华街道党工委||兴华街道党工委副书记邱爽
邱爽|holdsPosition|兴华街道党工委|副书记|兴华街道党工委副书记邱爽
""")

doc("x09_tianjin_innovation.txt", "王宝刚劳模创新工作室:从\"问题清单\"到\"成果清单\"", "2026-11-18", "党群工作部", ["贾晓东", "任波"], """
天津滨海港电集团有限公司|Company|天津滨海港电集团,滨海港电集团,滨海港电|power & heat group (company news page); 集团, 公司
天津滨海港电集团有限公司检修分公司|Company|检修分公司|maintenance branch
滨海港电北塘热电厂|Company|北塘热电厂|所属 plant; full form only in teaser headline
临港燃机电厂|Company||所属 plant
王宝刚劳模创新工作室|Organization||named model-worker innovation studio; 工作室
天津市总工会|Organization||
中华全国总工会|Organization||
党群工作部|Company||source line (department of the group; departments are Companies)
津门工匠职工技能大赛|Event|津门工匠|2026-11-12
贾晓东|Person||作者
任波|Person||摄影
王宝刚|Person||领衔人, 电气专工
李娜|Person||高级技师, 工作室成员
刘凯|Person||检修分公司经理
赵明轩|Person||工作室成员
冯建军|Person||集团工会主席
孔祥瑞|Person||T
""", """
@|reportedBy|贾晓东|作者|作者:贾晓东 摄影:任波
@|reportedBy|任波|摄影|作者:贾晓东 摄影:任波
天津滨海港电集团有限公司检修分公司|subsidiaryOf|天津滨海港电集团有限公司||在天津滨海港电集团有限公司检修分公司的一间
王宝刚|holdsPosition|王宝刚劳模创新工作室|领衔人|工作室领衔人王宝刚是检修分公司电气专工
王宝刚|worksFor|王宝刚劳模创新工作室||工作室领衔人王宝刚是检修分公司电气专工
王宝刚|worksFor|天津滨海港电集团有限公司检修分公司||工作室领衔人王宝刚是检修分公司电气专工
王宝刚|holdsPosition|天津滨海港电集团有限公司检修分公司|电气专工|工作室领衔人王宝刚是检修分公司电气专工
李娜|worksFor|王宝刚劳模创新工作室||既有像李娜这样的
李娜|holdsPosition|王宝刚劳模创新工作室|高级技师|既有像李娜这样的
刘凯|worksFor|天津滨海港电集团有限公司检修分公司||检修分公司经理刘凯
刘凯|holdsPosition|天津滨海港电集团有限公司检修分公司|经理|检修分公司经理刘凯
津门工匠职工技能大赛|organizedBy|天津市总工会|2026-11-12|在天津市总工会主办
津门工匠职工技能大赛|organizedBy|天津滨海港电集团有限公司|2026-11-12|在天津市总工会主办
赵明轩|participatedIn|津门工匠职工技能大赛||工作室成员赵明轩
赵明轩|worksFor|王宝刚劳模创新工作室||工作室成员赵明轩
赵明轩|holdsPosition|王宝刚劳模创新工作室|成员|工作室成员赵明轩
王宝刚|participatedIn|津门工匠职工技能大赛||工作室成员赵明轩
王宝刚|honoredBy|天津市总工会|优秀指导教师|工作室成员赵明轩
冯建军|worksFor|天津滨海港电集团有限公司||集团工会主席冯建军
冯建军|holdsPosition|天津滨海港电集团有限公司|工会主席|集团工会主席冯建军
滨海港电北塘热电厂|subsidiaryOf|天津滨海港电集团有限公司||在所属北塘热电厂、临港燃机电厂
临港燃机电厂|subsidiaryOf|天津滨海港电集团有限公司||在所属北塘热电厂、临港燃机电厂
孔祥瑞|worksFor|滨海港电北塘热电厂||厂长孔祥瑞带班值守|T
孔祥瑞|holdsPosition|滨海港电北塘热电厂|厂长|厂长孔祥瑞带班值守|T
""")

doc("x10_daqing_honour.txt", "大庆油田采油工郑淑兰荣获全国五一劳动奖章", "2026-05-03", "东北网", ["罗志刚"], """
大庆油田有限责任公司|Company|大庆油田,大庆油田公司|
大庆油田有限责任公司第二采油厂|Company|第二采油厂,采油二厂|厂
第五采油厂|Company||
第五采油厂作业三大队|Company|作业三大队|全国工人先锋号 team
第二采油厂第六作业区|Company|第六作业区,采油二厂第六作业区|作业区
全国总工会|Organization||
中共黑龙江省委|Organization||
东北网|Organization||media outlet
向阳村|Community||
杏树岗镇|Place||
北京|Place||
庆祝五一国际劳动节大会|Event||2026-04-28, 北京
表彰会|Event||T
罗志刚|Person||记者
黄丽|Person||责任编辑
郑淑兰|Person||采油工, 采油班班长
马志远|Person||第二采油厂党委书记
石长海|Person||向阳村党支部书记
刘晓雨|Person||徒弟
何立平|Person||作业区党支部书记
高振宇|Person||T
""", """
@|reportedBy|罗志刚|记者|记者:罗志刚
@|reportedBy|黄丽|责任编辑|责任编辑:黄丽
庆祝五一国际劳动节大会|organizedBy|全国总工会|2026-04-28|全国总工会在北京召开
庆祝五一国际劳动节大会|locatedIn|北京|2026-04-28|全国总工会在北京召开
大庆油田有限责任公司第二采油厂|subsidiaryOf|大庆油田有限责任公司||大庆油田有限责任公司第二采油厂采油工郑淑兰
第五采油厂|subsidiaryOf|大庆油田有限责任公司||大庆油田有限责任公司第二采油厂采油工郑淑兰
第五采油厂作业三大队|subsidiaryOf|第五采油厂||大庆油田有限责任公司第二采油厂采油工郑淑兰
郑淑兰|worksFor|大庆油田有限责任公司第二采油厂||大庆油田有限责任公司第二采油厂采油工郑淑兰
郑淑兰|holdsPosition|大庆油田有限责任公司第二采油厂|采油工|大庆油田有限责任公司第二采油厂采油工郑淑兰
郑淑兰|honoredBy|全国总工会|全国五一劳动奖章|大庆油田有限责任公司第二采油厂采油工郑淑兰
第二采油厂第六作业区|subsidiaryOf|大庆油田有限责任公司第二采油厂||郑淑兰是第二采油厂第六作业区采油班班长
郑淑兰|worksFor|第二采油厂第六作业区||郑淑兰是第二采油厂第六作业区采油班班长
郑淑兰|holdsPosition|第二采油厂第六作业区|采油班班长|郑淑兰是第二采油厂第六作业区采油班班长
马志远|worksFor|大庆油田有限责任公司第二采油厂||第二采油厂党委书记马志远
马志远|holdsPosition|大庆油田有限责任公司第二采油厂|党委书记|第二采油厂党委书记马志远
刘晓雨|worksFor|第二采油厂第六作业区||徒弟刘晓雨
何立平|worksFor|第二采油厂第六作业区||作业区党支部书记何立平
何立平|holdsPosition|第二采油厂第六作业区|党支部书记|作业区党支部书记何立平
郑淑兰|servesCommunity|向阳村||保障了杏树岗镇向阳村冬季供气
向阳村|locatedIn|杏树岗镇||保障了杏树岗镇向阳村冬季供气
郑淑兰|honoredBy|中共黑龙江省委|全省优秀共产党员|被中共黑龙江省委授予
表彰会|organizedBy|大庆油田有限责任公司||大庆油田公司日前召开表彰会|T
高振宇|worksFor|第二采油厂第六作业区||作业区经理高振宇|T
高振宇|holdsPosition|第二采油厂第六作业区|作业区经理|作业区经理高振宇|T
高振宇|participatedIn|表彰会||作业区经理高振宇|T
""")

doc("x11_zhangjiakou_winter.txt", "崇礼\"冬奥雪季\"开板 千名志愿者保障冰雪季开幕", "2026-11-28", "长城网", ["孙浩然", "贾玉梅"], """
2026-2027冰雪季开幕式|Event|冬奥雪季·相约崇礼|2026-11-28, 太子城冰雪小镇
国际雪联自由式滑雪空中技巧世界杯|Event||upcoming event in 崇礼
河北省体育局|Organization||主办
张家口市人民政府|Organization||主办
崇礼区人民政府|Organization||承办
张家口奥体冰雪产业集团有限公司|Company|张家口奥体冰雪产业集团|承办, operator of 太子城冰雪小镇
崇礼云顶滑雪场|Company||ski resort
万龙滑雪场|Company||ski resort
张家口市委|Organization||
崇礼区委|Organization||
共青团张家口市委员会|Organization|团市委|
国网冀北电力有限公司张家口供电公司|Company|张家口供电公司|
张家口供电公司崇礼区分公司|Company||
中国银行张家口分行|Company||sponsor
河北旅投集团|Company||sponsor
崇礼区卫生健康局|Organization||
崇礼区人民医院|Organization||
长城网|Organization||media outlet
张家口市|Place||
崇礼区|Place|崇礼|
太子城冰雪小镇|Place||resort town
孙浩然|Person||记者
贾玉梅|Person||通讯员
冯蕾|Person||编辑
杜晓辉|Person||张家口市委常委、崇礼区委书记
潘婷|Person||团市委副书记
韩宇|Person||崇礼区分公司副经理
秦凯|Person||中国银行张家口分行行长
宋文博|Person||奥体冰雪产业集团总经理
""", """
@|reportedBy|孙浩然|记者|长城网讯(记者 孙浩然)
@|reportedBy|贾玉梅|通讯员|记者:孙浩然 通讯员:贾玉梅
@|reportedBy|冯蕾|编辑|(编辑:冯蕾)
2026-2027冰雪季开幕式|locatedIn|太子城冰雪小镇|2026-11-28|冰雪季开幕式在张家口市崇礼区太子城冰雪小镇举行
2026-2027冰雪季开幕式|locatedIn|崇礼区|2026-11-28|冰雪季开幕式在张家口市崇礼区太子城冰雪小镇举行
2026-2027冰雪季开幕式|organizedBy|河北省体育局|主办|开幕式由河北省体育局
2026-2027冰雪季开幕式|organizedBy|张家口市人民政府|主办|开幕式由河北省体育局
2026-2027冰雪季开幕式|organizedBy|崇礼区人民政府|承办|开幕式由河北省体育局
2026-2027冰雪季开幕式|organizedBy|张家口奥体冰雪产业集团有限公司|承办|开幕式由河北省体育局
崇礼云顶滑雪场|participatedIn|2026-2027冰雪季开幕式|同步开板|开幕式由河北省体育局
万龙滑雪场|participatedIn|2026-2027冰雪季开幕式|同步开板|开幕式由河北省体育局
杜晓辉|worksFor|张家口市委||崇礼区委书记杜晓辉
杜晓辉|holdsPosition|张家口市委|市委常委|崇礼区委书记杜晓辉
杜晓辉|worksFor|崇礼区委||崇礼区委书记杜晓辉
杜晓辉|holdsPosition|崇礼区委|区委书记|崇礼区委书记杜晓辉
杜晓辉|participatedIn|2026-2027冰雪季开幕式||崇礼区委书记杜晓辉
共青团张家口市委员会|participatedIn|2026-2027冰雪季开幕式||共青团张家口市委员会招募了
潘婷|worksFor|共青团张家口市委员会||由团市委副书记潘婷带队
潘婷|holdsPosition|共青团张家口市委员会|副书记|由团市委副书记潘婷带队
潘婷|participatedIn|2026-2027冰雪季开幕式||由团市委副书记潘婷带队
国网冀北电力有限公司张家口供电公司|participatedIn|2026-2027冰雪季开幕式|保电|派出32名保电人员
张家口供电公司崇礼区分公司|subsidiaryOf|国网冀北电力有限公司张家口供电公司||张家口供电公司崇礼区分公司副经理韩宇
韩宇|worksFor|张家口供电公司崇礼区分公司||张家口供电公司崇礼区分公司副经理韩宇
韩宇|holdsPosition|张家口供电公司崇礼区分公司|副经理|张家口供电公司崇礼区分公司副经理韩宇
张家口供电公司崇礼区分公司|participatedIn|2026-2027冰雪季开幕式||张家口供电公司崇礼区分公司副经理韩宇
中国银行张家口分行|participatedIn|2026-2027冰雪季开幕式|赞助|提供赞助支持
河北旅投集团|participatedIn|2026-2027冰雪季开幕式|赞助|提供赞助支持
秦凯|worksFor|中国银行张家口分行||行长秦凯
秦凯|holdsPosition|中国银行张家口分行|行长|行长秦凯
崇礼区卫生健康局|participatedIn|2026-2027冰雪季开幕式||崇礼区卫生健康局在主会场
崇礼区人民医院|participatedIn|2026-2027冰雪季开幕式||崇礼区卫生健康局在主会场
宋文博|worksFor|张家口奥体冰雪产业集团有限公司||总经理宋文博
宋文博|holdsPosition|张家口奥体冰雪产业集团有限公司|总经理|总经理宋文博
国际雪联自由式滑雪空中技巧世界杯|locatedIn|崇礼区||崇礼还将举办国际雪联
""")

doc("x12_baotou_power.txt", "包头供电公司:零下28度 抢修人员连夜为牧区送电", "2026-12-01", "内蒙古电力集团新闻中心", ["额尔敦", "乔丽娜"], """
内蒙古电力(集团)有限责任公司包头供电公司|Company|包头供电公司|
达茂供电分公司|Company||branch
输电管理处|Company||transmission department
巴音花供电所|Company||power supply station
草原轻骑兵共产党员服务队|Organization|草原轻骑兵|named party-member service team of 包头供电公司; 服务队
内蒙古电力集团新闻中心|Organization||source
正北方网|Organization||media outlet (site chrome)
乌兰嘎查|Community||
新宝力格嘎查|Community||
额尔登嘎查|Community||
包头市|Place||
达尔罕茂明安联合旗|Place|达茂旗|
巴音花镇|Place||
11月29日大风降温|Event||disaster, 达茂旗
巴音花线故障抢修|Event||2026-11-29/30, 10千伏巴音花线, 巴音花镇
煤改电清洁取暖工程|Event|煤改电|达茂旗, 2026
冬季保供电专项行动|Event||by 包头供电公司
额尔敦|Person||作者
乔丽娜|Person||作者
张慧|Person||责任编辑
白少华|Person||分管生产的副总经理
乔永福|Person||达茂供电分公司经理
吉日嘎拉|Person||服务队队员、巴音花供电所所长
其木格|Person||herder, 新宝力格嘎查
闫志国|Person||党委书记、董事长
""", """
@|reportedBy|额尔敦|作者|作者:额尔敦 乔丽娜
@|reportedBy|乔丽娜|作者|作者:额尔敦 乔丽娜
@|reportedBy|张慧|责任编辑|责任编辑:张慧
11月29日大风降温|locatedIn|达尔罕茂明安联合旗|2026-11-29|遭遇大风降温
巴音花线故障抢修|organizedBy|内蒙古电力(集团)有限责任公司包头供电公司|2026-11-29|立即启动应急预案
内蒙古电力(集团)有限责任公司包头供电公司|participatedIn|巴音花线故障抢修||立即启动应急预案
白少华|worksFor|内蒙古电力(集团)有限责任公司包头供电公司||副总经理白少华带队
白少华|holdsPosition|内蒙古电力(集团)有限责任公司包头供电公司|副总经理|副总经理白少华带队
白少华|participatedIn|巴音花线故障抢修||副总经理白少华带队
达茂供电分公司|participatedIn|巴音花线故障抢修||副总经理白少华带队
输电管理处|participatedIn|巴音花线故障抢修||副总经理白少华带队
达茂供电分公司|subsidiaryOf|内蒙古电力(集团)有限责任公司包头供电公司||副总经理白少华带队
输电管理处|subsidiaryOf|内蒙古电力(集团)有限责任公司包头供电公司||副总经理白少华带队
巴音花线故障抢修|locatedIn|巴音花镇||巴音花镇的3个嘎查停电
乔永福|worksFor|达茂供电分公司||达茂供电分公司经理乔永福
乔永福|holdsPosition|达茂供电分公司|经理|达茂供电分公司经理乔永福
乌兰嘎查|locatedIn|巴音花镇||恢复巴音花镇乌兰嘎查
新宝力格嘎查|locatedIn|巴音花镇||恢复巴音花镇乌兰嘎查
额尔登嘎查|locatedIn|巴音花镇||恢复巴音花镇乌兰嘎查
内蒙古电力(集团)有限责任公司包头供电公司|servesCommunity|乌兰嘎查||恢复巴音花镇乌兰嘎查
内蒙古电力(集团)有限责任公司包头供电公司|servesCommunity|新宝力格嘎查||恢复巴音花镇乌兰嘎查
内蒙古电力(集团)有限责任公司包头供电公司|servesCommunity|额尔登嘎查||恢复巴音花镇乌兰嘎查
煤改电清洁取暖工程|organizedBy|内蒙古电力(集团)有限责任公司包头供电公司||包头供电公司在达茂旗实施了
煤改电清洁取暖工程|locatedIn|达尔罕茂明安联合旗||包头供电公司在达茂旗实施了
吉日嘎拉|worksFor|草原轻骑兵共产党员服务队||巴音花供电所所长吉日嘎拉
吉日嘎拉|holdsPosition|草原轻骑兵共产党员服务队|队员|巴音花供电所所长吉日嘎拉
吉日嘎拉|worksFor|巴音花供电所||巴音花供电所所长吉日嘎拉
吉日嘎拉|holdsPosition|巴音花供电所|所长|巴音花供电所所长吉日嘎拉
吉日嘎拉|servesCommunity|乌兰嘎查||巴音花供电所所长吉日嘎拉
闫志国|worksFor|内蒙古电力(集团)有限责任公司包头供电公司||党委书记、董事长闫志国
闫志国|holdsPosition|内蒙古电力(集团)有限责任公司包头供电公司|党委书记|党委书记、董事长闫志国
闫志国|holdsPosition|内蒙古电力(集团)有限责任公司包头供电公司|董事长|党委书记、董事长闫志国
冬季保供电专项行动|organizedBy|内蒙古电力(集团)有限责任公司包头供电公司||党委书记、董事长闫志国
""")

doc("x13_ordos_training.txt", "伊泰华能煤炭公司举办2026年安全管理人员培训班", "2026-11-16", "鄂尔多斯新闻网", ["李晓光"], """
内蒙古伊泰华能煤炭有限公司|Company|伊泰华能煤炭公司,伊泰华能煤炭|coal company; 公司
塔拉壕煤矿|Company||下属 mine
哈拉沟煤矿|Company||下属 mine; 矿上
纳林庙二号井|Company||下属 mine
选煤分公司|Company||下属 branch
安全监察部|Company||department that organised the course
塔拉壕煤矿综掘二队|Company|综掘二队|team of 塔拉壕煤矿
内蒙古科技大学矿业学院|Organization||
鄂尔多斯市应急管理局执法支队|Organization||
准格尔旗应急管理局|Organization||
鄂尔多斯新闻网|Organization||media outlet
准格尔旗|Place||
薛家湾镇|Place||
2026年度安全管理人员培训班|Event|2026年安全管理人员培训班|2026-11-10 to 14, 薛家湾镇
自救器佩戴比武|Event||during the course
李晓光|Person||通讯员
苏日娜|Person||编辑
杜长青|Person||教授
吕刚|Person||执法支队支队长
常玉林|Person||总经理、党委副书记
贺宝山|Person||综掘二队班长
苗建华|Person||安全监察部部长
赵永军|Person||哈拉沟煤矿安全副矿长
""", """
@|reportedBy|李晓光|通讯员|通讯员:李晓光
@|reportedBy|苏日娜|编辑|编辑:苏日娜
2026年度安全管理人员培训班|organizedBy|内蒙古伊泰华能煤炭有限公司|2026-11-10|伊泰华能煤炭公司举办2026年安全管理人员培训班
2026年度安全管理人员培训班|locatedIn|薛家湾镇||在准格尔旗薛家湾镇举办
2026年度安全管理人员培训班|locatedIn|准格尔旗||在准格尔旗薛家湾镇举办
塔拉壕煤矿|subsidiaryOf|内蒙古伊泰华能煤炭有限公司||公司下属塔拉壕煤矿
哈拉沟煤矿|subsidiaryOf|内蒙古伊泰华能煤炭有限公司||公司下属塔拉壕煤矿
纳林庙二号井|subsidiaryOf|内蒙古伊泰华能煤炭有限公司||公司下属塔拉壕煤矿
选煤分公司|subsidiaryOf|内蒙古伊泰华能煤炭有限公司||公司下属塔拉壕煤矿
塔拉壕煤矿|participatedIn|2026年度安全管理人员培训班||公司下属塔拉壕煤矿
哈拉沟煤矿|participatedIn|2026年度安全管理人员培训班||公司下属塔拉壕煤矿
纳林庙二号井|participatedIn|2026年度安全管理人员培训班||公司下属塔拉壕煤矿
选煤分公司|participatedIn|2026年度安全管理人员培训班||公司下属塔拉壕煤矿
2026年度安全管理人员培训班|organizedBy|安全监察部||由公司安全监察部组织
安全监察部|subsidiaryOf|内蒙古伊泰华能煤炭有限公司||由公司安全监察部组织
杜长青|worksFor|内蒙古科技大学矿业学院||内蒙古科技大学矿业学院教授杜长青
杜长青|holdsPosition|内蒙古科技大学矿业学院|教授|内蒙古科技大学矿业学院教授杜长青
杜长青|participatedIn|2026年度安全管理人员培训班|授课|内蒙古科技大学矿业学院教授杜长青
吕刚|worksFor|鄂尔多斯市应急管理局执法支队||支队长吕刚
吕刚|holdsPosition|鄂尔多斯市应急管理局执法支队|支队长|支队长吕刚
吕刚|participatedIn|2026年度安全管理人员培训班|授课|支队长吕刚
常玉林|worksFor|内蒙古伊泰华能煤炭有限公司||公司总经理、党委副书记常玉林
常玉林|holdsPosition|内蒙古伊泰华能煤炭有限公司|总经理|公司总经理、党委副书记常玉林
常玉林|holdsPosition|内蒙古伊泰华能煤炭有限公司|党委副书记|公司总经理、党委副书记常玉林
常玉林|participatedIn|2026年度安全管理人员培训班||公司总经理、党委副书记常玉林
塔拉壕煤矿综掘二队|subsidiaryOf|塔拉壕煤矿||塔拉壕煤矿综掘二队班长贺宝山
贺宝山|worksFor|塔拉壕煤矿综掘二队||塔拉壕煤矿综掘二队班长贺宝山
贺宝山|holdsPosition|塔拉壕煤矿综掘二队|班长|塔拉壕煤矿综掘二队班长贺宝山
贺宝山|participatedIn|自救器佩戴比武||塔拉壕煤矿综掘二队班长贺宝山
苗建华|worksFor|安全监察部||安全监察部部长苗建华
苗建华|holdsPosition|安全监察部|部长|安全监察部部长苗建华
赵永军|worksFor|哈拉沟煤矿||哈拉沟煤矿安全副矿长赵永军
赵永军|holdsPosition|哈拉沟煤矿|安全副矿长|哈拉沟煤矿安全副矿长赵永军
赵永军|participatedIn|2026年度安全管理人员培训班||哈拉沟煤矿安全副矿长赵永军
""")

doc("x14_jilin_civilized.txt", "吉林市公交集团荣获\"全国文明单位\"称号", "2026-11-22", "中国吉林网", ["陶冶"], """
吉林市公共交通集团有限公司|Company|吉林市公交集团,吉林市公交|bus group; 集团
电车公司|Company||所属 unit
吉林市公交集团第一客运分公司|Company|第一客运分公司|所属 branch; full form only in teaser
中央精神文明建设指导委员会|Organization||
吉林市精神文明建设委员会办公室|Organization||
吉林省总工会|Organization||
李春燕爱心车队|Organization||named team in 第一客运分公司
德胜社区党委|Organization||
中国吉林网|Organization||media outlet
北京路街道|Community||
德胜社区|Community||
东局子街道|Community||
通江社区|Community||
船营区|Place||
昌邑区|Place||
松花江|Place||river
雾凇岛|Place||island
陶冶|Person||作者
朱红|Person||责任编辑
周鑫|Person||校对
单立新|Person||党委书记、董事长
李春燕|Person||车队长, 全国劳动模范
赵丽华|Person||德胜社区党委书记
张宏伟|Person||驾驶员, 吉林好人
佟丽娜|Person||客服中心主任
贾春生|Person||T
""", """
@|reportedBy|陶冶|作者|作者:陶冶
@|reportedBy|朱红|责任编辑|责任编辑:朱红
@|reportedBy|周鑫|校对|校对:周鑫
电车公司|subsidiaryOf|吉林市公共交通集团有限公司||集团所属的电车公司
吉林市公交集团第一客运分公司|subsidiaryOf|吉林市公共交通集团有限公司||集团所属的电车公司
单立新|worksFor|吉林市公共交通集团有限公司||集团党委书记、董事长单立新
单立新|holdsPosition|吉林市公共交通集团有限公司|党委书记|集团党委书记、董事长单立新
单立新|holdsPosition|吉林市公共交通集团有限公司|董事长|集团党委书记、董事长单立新
李春燕|worksFor|李春燕爱心车队||车队长李春燕
李春燕|holdsPosition|李春燕爱心车队|车队长|车队长李春燕
李春燕|servesCommunity|德胜社区||车队长李春燕
李春燕爱心车队|servesCommunity|德胜社区||车队长李春燕
德胜社区|locatedIn|北京路街道||船营区北京路街道德胜社区
北京路街道|locatedIn|船营区||船营区北京路街道德胜社区
赵丽华|worksFor|德胜社区党委||德胜社区党委书记赵丽华
赵丽华|holdsPosition|德胜社区党委|党委书记|德胜社区党委书记赵丽华
赵丽华|servesCommunity|德胜社区||德胜社区党委书记赵丽华
李春燕|worksFor|吉林市公交集团第一客运分公司||车队长李春燕
李春燕爱心车队|servesCommunity|通江社区||走进昌邑区东局子街道通江社区
通江社区|locatedIn|东局子街道||走进昌邑区东局子街道通江社区
东局子街道|locatedIn|昌邑区||走进昌邑区东局子街道通江社区
张宏伟|worksFor|吉林市公共交通集团有限公司||集团驾驶员张宏伟
张宏伟|holdsPosition|吉林市公共交通集团有限公司|驾驶员|集团驾驶员张宏伟
佟丽娜|worksFor|吉林市公共交通集团有限公司||客服中心主任佟丽娜
佟丽娜|holdsPosition|吉林市公共交通集团有限公司|客服中心主任|客服中心主任佟丽娜
张宏伟|honoredBy|吉林市精神文明建设委员会办公室|吉林好人|集团驾驶员张宏伟
佟丽娜|honoredBy|吉林省总工会|吉林省五一巾帼标兵|客服中心主任佟丽娜
贾春生|worksFor|吉林市公交集团第一客运分公司||经理贾春生|T
贾春生|holdsPosition|吉林市公交集团第一客运分公司|经理|经理贾春生|T
""")

doc("x15_datong_heating.txt", "大同热力:供热首月 \"访民问暖\"进万家", "2026-11-15", "大同日报", ["霍振宇"], """
大同市热力有限公司|Company|大同热力,大同热力公司|heat company; 该公司, 公司
城区供热分公司|Company||branch; 分公司
御东供热分公司|Company||branch
南郊供热分公司|Company||branch
御东供热分公司文瀛湖换热站|Company|文瀛湖换热站|heat-exchange station
大同日报|Organization||source
大同市总工会|Organization||
山西新闻网|Organization||site chrome
新建南路街道|Community||
御河社区|Community||
翠园社区|Community||
大同市|Place||
平城区|Place||
云冈区|Place||
访民问暖入户走访活动|Event|访民问暖|from 2026-10-15
霍振宇|Person||记者
康晓燕|Person||责任编辑
杨桂英|Person||resident, 御河社区
褚学文|Person||城区供热分公司经理
武晓峰|Person||文瀛湖换热站站长
曹兴旺|Person||南郊供热分公司经理
宁建明|Person||党委书记、执行董事
""", """
@|reportedBy|霍振宇|记者|记者:霍振宇
@|reportedBy|康晓燕|责任编辑|(责任编辑:康晓燕)
新建南路街道|locatedIn|平城区||大同市平城区新建南路街道御河社区
御河社区|locatedIn|新建南路街道||大同市平城区新建南路街道御河社区
大同市热力有限公司|servesCommunity|御河社区||大同市平城区新建南路街道御河社区
访民问暖入户走访活动|organizedBy|大同市热力有限公司||在全市开展"访民问暖"入户走访活动
城区供热分公司|subsidiaryOf|大同市热力有限公司||公司所属城区供热分公司
御东供热分公司|subsidiaryOf|大同市热力有限公司||公司所属城区供热分公司
南郊供热分公司|subsidiaryOf|大同市热力有限公司||公司所属城区供热分公司
城区供热分公司|participatedIn|访民问暖入户走访活动||公司所属城区供热分公司
御东供热分公司|participatedIn|访民问暖入户走访活动||公司所属城区供热分公司
南郊供热分公司|participatedIn|访民问暖入户走访活动||公司所属城区供热分公司
褚学文|worksFor|城区供热分公司||城区供热分公司经理褚学文
褚学文|holdsPosition|城区供热分公司|经理|城区供热分公司经理褚学文
城区供热分公司|servesCommunity|御河社区||分公司今年对御河社区
御东供热分公司文瀛湖换热站|subsidiaryOf|御东供热分公司||御东供热分公司文瀛湖换热站站长武晓峰
武晓峰|worksFor|御东供热分公司文瀛湖换热站||御东供热分公司文瀛湖换热站站长武晓峰
武晓峰|holdsPosition|御东供热分公司文瀛湖换热站|站长|御东供热分公司文瀛湖换热站站长武晓峰
翠园社区|locatedIn|新建南路街道||新建南路街道翠园社区
武晓峰|servesCommunity|翠园社区||新建南路街道翠园社区
武晓峰|honoredBy|大同市总工会|大同市五一劳动奖章|武晓峰被大同市总工会授予
御东供热分公司文瀛湖换热站|servesCommunity|翠园社区||新建南路街道翠园社区
曹兴旺|worksFor|南郊供热分公司||南郊供热分公司经理曹兴旺
曹兴旺|holdsPosition|南郊供热分公司|经理|南郊供热分公司经理曹兴旺
宁建明|worksFor|大同市热力有限公司||党委书记、执行董事宁建明
宁建明|holdsPosition|大同市热力有限公司|党委书记|党委书记、执行董事宁建明
宁建明|holdsPosition|大同市热力有限公司|执行董事|党委书记、执行董事宁建明
大同市热力有限公司|servesCommunity|新建南路街道||与新建南路街道签订共建协议
""")

TYPES = {"Company","Person","Community","Event","Place","Organization"}
def build():
    out = {"documents": []}
    for d in D:
        text = normalize(os.path.join(HERE, d["file"]))
        sents = sentences(text)
        ents = []
        for line in d["ents"].strip().splitlines():
            name, typ, al, note = (line.split("|") + ["", "", ""])[:4]
            assert typ in TYPES, line
            e = {"name": name, "type": typ, "aliases": [a for a in al.split(",") if a]}
            if note == "T": e["note"] = "related-teaser"
            elif note: e["note"] = note
            ents.append(e)
        rels = []
        for line in d["rels"].strip().splitlines():
            p = line.split("|")
            head, rel, tail, qual, frag = p[:5]
            teaser = len(p) > 5 and p[5] == "T"
            if head == "@": head = d["file"]
            hits = [s for s in sents if frag in s]
            if len(hits) != 1:
                raise SystemExit(f"{d['file']}: fragment {frag!r} in {len(hits)} sentences")
            r = {"head": head, "relation": rel, "tail": tail}
            if qual: r["qualifier"] = qual
            r["evidence"] = hits[0]
            if teaser: r["note"] = "related-teaser"
            rels.append(r)
        out["documents"].append({"file": d["file"], "title": d["title"], "published": d["published"],
            "source": d["source"], "authors": d["authors"], "entities": ents, "relations": rels})
    json.dump(out, open(os.path.join(HERE, "gold.json"), "w"), ensure_ascii=False, indent=1)
    print("docs", len(out["documents"]))
if __name__ == "__main__":
    build()
