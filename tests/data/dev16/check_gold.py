"""Validate dev16 gold.json: schema, declared heads/tails, type constraints, verbatim evidence,
aliases present, no duplicate names, no subsidiaryOf cycles. Exit 1 on error."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from norm import normalize
HERE = os.path.dirname(os.path.abspath(__file__))
CO, P, CM, E, PL, O = "Company", "Person", "Community", "Event", "Place", "Organization"
RULES = {
    "subsidiaryOf": ({CO}, {CO}),
    "worksFor": ({P}, {CO, O}),
    "holdsPosition": ({P}, {CO, O}),
    "servesCommunity": ({P, CO, O}, {CM}),
    "participatedIn": ({P, CO, O}, {E}),
    "organizedBy": ({E}, {CO, O}),
    "locatedIn": ({CO, CM, O, E}, {PL, CM}),
    "honoredBy": ({P}, {CM, O}),
    "reportedBy": (None, {P}),
}
CONSTRUCTED = {"暖冬敲门活动", "冬季防火·企地联动消防应急演练", "红管家党员志愿服务队", "冬储备耕金融服务对接会",
               "访民问暖入户走访活动", "庆祝五一国际劳动节大会", "巴音花线故障抢修", "煤改电清洁取暖工程",
               "草原轻骑兵共产党员服务队", "2026年度安全管理人员培训班", "津门工匠职工技能大赛", "11月29日大风降温"}
def main():
    g = json.load(open(os.path.join(HERE, "gold.json")))
    errs, nrel, nent = [], 0, 0
    for d in g["documents"]:
        f = d["file"]; text = normalize(os.path.join(HERE, f))
        for k in ("file", "title", "published", "source", "authors", "entities", "relations"):
            if k not in d: errs.append(f"{f}: missing {k}")
        if d["title"] and d["title"] not in text: errs.append(f"{f}: title not in text")
        types, seen = {}, set()
        for e in d["entities"]:
            nent += 1
            for n in [e["name"]] + e["aliases"]:
                if n in seen: errs.append(f"{f}: duplicate name {n}")
                seen.add(n)
            types[e["name"]] = e["type"]
            if e["name"] not in text and e["name"] not in CONSTRUCTED:
                errs.append(f"{f}: canonical not in text: {e['name']}")
            for a in e["aliases"]:
                if a not in text: errs.append(f"{f}: alias not in text: {a}")
        for a in d["authors"]:
            if types.get(a) != P: errs.append(f"{f}: author {a} not a Person")
        parents = {}
        for r in d["relations"]:
            nrel += 1
            h, rel, t = r["head"], r["relation"], r["tail"]
            if rel not in RULES: errs.append(f"{f}: bad relation {rel}"); continue
            hs, ts = RULES[rel]
            if rel == "reportedBy":
                if h != f: errs.append(f"{f}: reportedBy head {h}")
            elif types.get(h) not in hs: errs.append(f"{f}: {rel} head {h} ({types.get(h)})")
            if types.get(t) not in ts: errs.append(f"{f}: {rel} tail {t} ({types.get(t)})")
            if r["evidence"] not in text: errs.append(f"{f}: evidence not verbatim: {r['evidence'][:30]}")
            if rel == "holdsPosition" and not r.get("qualifier"): errs.append(f"{f}: holdsPosition without title")
            if rel == "subsidiaryOf": parents.setdefault(h, []).append(t)
            if "note" in r and r["note"] != "related-teaser": errs.append(f"{f}: bad relation note")
        for start in parents:
            stack, seenp = [start], set()
            while stack:
                x = stack.pop()
                for p in parents.get(x, []):
                    if p == start: errs.append(f"{f}: subsidiaryOf cycle at {start}")
                    elif p not in seenp: seenp.add(p); stack.append(p)
        dup = {}
        for r in d["relations"]:
            k = (r["head"], r["relation"], r["tail"], r.get("qualifier"))
            if k in dup: errs.append(f"{f}: duplicate relation {k}")
            dup[k] = 1
    for e in errs: print("ERROR", e)
    print(f"{len(g['documents'])} docs, {nent} entities, {nrel} relations, {len(errs)} errors")
    sys.exit(1 if errs else 0)
main()
