"""Builds gold.json for the unseen relation articles (evidence = the sentence holding an anchor)."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sent(text, anchor):
    for s in re.split(r"(?<=[。!?])|\n", text):
        if anchor in s: return s.strip()
    raise SystemExit(f"no sentence with {anchor}")


docs = []


def doc(file, title, published, source, authors, ents, rels):
    text = (HERE / file).read_text(encoding="utf-8")
    E = [{"name": n, "type": t, "aliases": a} for t, n, a in ents]
    names = {e["name"] for e in E}
    R = []
    for h, r, t, q, anchor in rels:
        assert (h in names or h == file) and t in names, (h, t)
        d = {"head": h, "relation": r, "tail": t}
        if q: d["qualifier"] = q
        d["evidence"] = sent(text, anchor)
        R.append(d)
    docs.append({"file": file, "title": title, "published": published, "source": source, "authors": authors,
                 "entities": E, "relations": R})


F = "u01_taoyuan_flood.txt"
doc(F, "国网桃源县供电公司:党旗飘扬在防汛一线", "2023-07-12", "湖南日报网", ["张明远"], [
 ("Company", "国网桃源县供电公司", ["桃源县供电公司"]),
 ("Company", "国网湖南省电力有限公司", []),
 ("Company", "漳江供电所", []),
 ("Organization", "防汛保电领导小组", []),
 ("Organization", "桃源县委", []),
 ("Organization", "湖南日报网", []),
 ("Person", "周建国", []), ("Person", "陈立华", []), ("Person", "刘波", []), ("Person", "王桂兰", []),
 ("Person", "宋海峰", []), ("Person", "张明远", []), ("Person", "李婷", []),
 ("Place", "桃源县", []), ("Place", "沅江", []), ("Place", "湖南省", []), ("Place", "常德市", []),
 ("Community", "城东社区", []), ("Community", "杨溪桥村", []),
 ("Event", "防汛工作专题会", []), ("Event", "防汛抢险攻坚战", []),
], [
 (F, "reportedBy", "张明远", "记者", "(记者 张明远)"),
 (F, "reportedBy", "李婷", "责编", "(责编:李婷)"),
 ("周建国", "worksFor", "国网桃源县供电公司", None, "周建国在防汛"),
 ("周建国", "holdsPosition", "国网桃源县供电公司", "党委书记", "周建国在防汛"),
 ("周建国", "holdsPosition", "国网桃源县供电公司", "总经理", "周建国在防汛"),
 ("周建国", "participatedIn", "防汛工作专题会", None, "周建国在防汛"),
 ("防汛工作专题会", "organizedBy", "国网桃源县供电公司", None, "周建国在防汛"),
 ("国网桃源县供电公司", "participatedIn", "防汛抢险攻坚战", None, "全力打响防汛抢险攻坚战"),
 ("国网桃源县供电公司", "subsidiaryOf", "国网湖南省电力有限公司", None, "统一部署"),
 ("漳江供电所", "subsidiaryOf", "国网桃源县供电公司", None, "漳江供电所员工"),
 ("陈立华", "worksFor", "漳江供电所", None, "漳江供电所员工"),
 ("陈立华", "holdsPosition", "漳江供电所", "员工", "漳江供电所员工"),
 ("刘波", "worksFor", "漳江供电所", None, "漳江供电所员工"),
 ("刘波", "holdsPosition", "漳江供电所", "员工", "漳江供电所员工"),
 ("陈立华", "servesCommunity", "城东社区", None, "漳江供电所员工"),
 ("刘波", "servesCommunity", "城东社区", None, "漳江供电所员工"),
 ("城东社区", "locatedIn", "桃源县", None, "桃源县城东社区居民"),
 ("宋海峰", "worksFor", "国网桃源县供电公司", None, "第一书记宋海峰"),
 ("宋海峰", "holdsPosition", "国网桃源县供电公司", "第一书记", "第一书记宋海峰"),
 ("宋海峰", "servesCommunity", "杨溪桥村", None, "第一书记宋海峰"),
 ("国网桃源县供电公司", "servesCommunity", "杨溪桥村", None, "第一书记宋海峰"),
 ("宋海峰", "honoredBy", "桃源县委", "优秀共产党员", "授予"),
 ("桃源县委", "locatedIn", "桃源县", None, "授予"),
])


F = "u02_nanning_epidemic.txt"
doc(F, "南宁供电局:战“疫”保电 党员先行", "2022-03-18", "广西新闻网", ["蒙晓燕"], [
 ("Company", "南宁供电局", []), ("Company", "广西电网公司", []),
 ("Company", "南宁供电局青秀供电分局", []), ("Company", "南宁供电局青秀供电分局客户服务中心", []),
 ("Organization", "南宁供电局党委", []), ("Organization", "南宁市第四人民医院", []),
 ("Organization", "青秀区红十字会", []), ("Organization", "广西新闻网", []),
 ("Person", "黄志强", []), ("Person", "韦丽", []), ("Person", "覃海", []), ("Person", "蒙晓燕", []),
 ("Place", "南宁市", []), ("Place", "青秀区", []),
 ("Community", "凤岭社区", []),
 ("Event", "疫情防控阻击战", []), ("Event", "保供电巡视", []),
], [
 (F, "reportedBy", "蒙晓燕", "作者", "(作者:蒙晓燕)"),
 ("南宁供电局党委", "participatedIn", "疫情防控阻击战", None, "疫情防控阻击战打响以来"),
 ("黄志强", "worksFor", "南宁供电局", None, "局长黄志强"),
 ("黄志强", "holdsPosition", "南宁供电局", "局长", "局长黄志强"),
 ("黄志强", "participatedIn", "保供电巡视", None, "局长黄志强"),
 ("南宁市第四人民医院", "locatedIn", "南宁市", None, "局长黄志强"),
 ("保供电巡视", "locatedIn", "南宁市", None, "局长黄志强"),
 ("南宁供电局", "subsidiaryOf", "广西电网公司", None, "根据广西电网公司"),
 ("南宁供电局青秀供电分局", "subsidiaryOf", "南宁供电局", None, "副主任韦丽"),
 ("南宁供电局青秀供电分局客户服务中心", "subsidiaryOf", "南宁供电局青秀供电分局", None, "副主任韦丽"),
 ("韦丽", "worksFor", "南宁供电局青秀供电分局客户服务中心", None, "副主任韦丽"),
 ("韦丽", "holdsPosition", "南宁供电局青秀供电分局客户服务中心", "副主任", "副主任韦丽"),
 ("覃海", "worksFor", "南宁供电局青秀供电分局", None, "下沉凤岭社区党员覃海"),
 ("覃海", "servesCommunity", "凤岭社区", None, "下沉凤岭社区党员覃海"),
 ("南宁供电局青秀供电分局", "servesCommunity", "凤岭社区", None, "下沉凤岭社区党员覃海"),
 ("凤岭社区", "locatedIn", "青秀区", None, "凤岭社区位于"),
 ("覃海", "honoredBy", "凤岭社区", "抗疫志愿者", "分别被"),
 ("韦丽", "honoredBy", "青秀区红十字会", "爱心使者", "分别被"),
 ("青秀区红十字会", "locatedIn", "青秀区", None, "分别被"),
])


F = "u03_hydro_plant.txt"
doc(F, "国网福建水口发电公司:党建引领 筑牢安全生产防线", None, None, ["黄丽清"], [
 ("Company", "国网福建水口发电公司", []), ("Company", "国网福建省电力有限公司", []),
 ("Company", "运行部", []), ("Company", "检修部", []),
 ("Organization", "安全生产专项督查组", []),
 ("Person", "林建平", []), ("Person", "郑国梁", []), ("Person", "陈晓东", []), ("Person", "吴雅琴", []),
 ("Person", "黄丽清", []),
 ("Place", "闽清县", []), ("Place", "梅溪镇", []),
 ("Community", "塔庄村", []),
 ("Event", "安全生产专项整治三年行动", []), ("Event", "“安全生产月”活动", []),
 ("Event", "二季度安全生产工作会议", []), ("Event", "“电力设施保护宣传周”活动", []),
], [
 (F, "reportedBy", "黄丽清", "文/图", "文/图_黄丽清"),
 ("国网福建水口发电公司", "participatedIn", "安全生产专项整治三年行动", None, "扎实推进"),
 ("国网福建水口发电公司", "subsidiaryOf", "国网福建省电力有限公司", None, "严格落实"),
 ("国网福建水口发电公司", "participatedIn", "“安全生产月”活动", None, "严格落实"),
 ("二季度安全生产工作会议", "organizedBy", "国网福建水口发电公司", None, "4月12日"),
 ("运行部", "subsidiaryOf", "国网福建水口发电公司", None, "运行部值长"),
 ("检修部", "subsidiaryOf", "国网福建水口发电公司", None, "检修部主任"),
 ("林建平", "worksFor", "运行部", None, "运行部值长"),
 ("林建平", "holdsPosition", "运行部", "值长", "运行部值长"),
 ("郑国梁", "worksFor", "检修部", None, "检修部主任"),
 ("郑国梁", "holdsPosition", "检修部", "主任", "检修部主任"),
 ("陈晓东", "worksFor", "国网福建水口发电公司", None, "青年职工"),
 ("陈晓东", "holdsPosition", "国网福建水口发电公司", "职工", "青年职工"),
 ("吴雅琴", "worksFor", "国网福建水口发电公司", None, "青年职工"),
 ("吴雅琴", "holdsPosition", "国网福建水口发电公司", "职工", "青年职工"),
 ("国网福建水口发电公司", "participatedIn", "“电力设施保护宣传周”活动", None, "在闽清县"),
 ("“电力设施保护宣传周”活动", "locatedIn", "闽清县", None, "在闽清县"),
 ("国网福建水口发电公司", "servesCommunity", "塔庄村", None, "在闽清县"),
 ("塔庄村", "locatedIn", "梅溪镇", None, "在闽清县"),
])
out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold.json"
out.write_text(json.dumps({"documents": docs}, ensure_ascii=False, indent=1), encoding="utf-8")
print(sum(len(d["relations"]) for d in docs), "relations")
