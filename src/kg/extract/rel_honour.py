"""honoredBy: 张三被某社区授予“最美志愿者” (qualifier = the award), pairwise for lists:
``甲、乙分别被A、B授予“X”和“Y”`` gives 甲-A-X and 乙-B-Y. A volunteer award from a community also
means the person serves that community (servesCommunity). Active forms too: 某县委授予张三“…”称号,
张三荣获某社区授予的“…”, 他获得甲、乙颁发的“…” (every body of the list).

Ceremonies: ``某党委授予…单位“X”称号,授予某中心副主任甲、某班班长乙等58人“Y”称号`` (the people listed
with their units and titles, ``honour-bestowed-list``); ``某党委召开…表彰大会。会上,甲、乙等15人被授予“Y”;
丙被评为“Z”`` (the body holding the ceremony, ``honour-ceremony``); ``甲…和乙一起,被某工会授予…`` (every
person the clauses before list); ``这场竞赛由某工会主办…甲、乙等12人获评“…”`` (the one body running the
contest, ``honour-contest``); ``被评为“某公司劳动模范”`` (the unit opening the award's name, ``honour-named``);
``甲荣获“某市五一劳动奖章”`` with no giver named (the level's 总工会, or 妇联 for 三八红旗手, when the article
names it, ``honour-kind-giver``); ``某公司召开…大会,表彰了一批优秀共产党员。某所所长甲被评为优秀共产党员`` (the
unit holding the commendation, for the two sentences after it, ``honour-after-commendation``);
``甲荣获由乙、丙联合评选的“…”``, ``甲获得乙、县政府授予的“…”``, ``甲荣获乙“…”称号``, ``甲受到乙的通报表彰`` (every
body named between the verb and the award, ``honour-received-from``; also 当选/入选/获颁); announcements
with a time word or a decision (某总工会日前作出决定,授予某公司员工甲“…”) and the roll of a commendation with
no award quoted (某县委近日表彰了一批优秀共产党员,甲、乙榜上有名); ``某县委对甲、乙等5名同志予以表彰`` and
``经某总工会评审,甲获评“…”`` / ``在某总工会组织的评选中,…`` (``honour-praised-for``, ``honour-judged``);
active awards with a time word (某总工会于2025年授予张三…, 追授, 命名张三为“…”) and lists of bodies each with
its award (先后获得甲“…”、乙“…”等称号). An announcement's roll runs on over the unbroken honour sentences
after it (某总工会发布表彰决定。某公司共有4人获此殊荣。其中,甲获得…,乙、丙被授予…), not into a sentence naming
its own announcers. Awards written plain are read by the word of their kind (被某县委评为优秀共产党员,
授予某某五一劳动奖章, 技术能手称号).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from .rel_base import Candidate, Context, Hit, Key, SentenceView, lexicon_regex

__all__ = ["honour_rules"]

_AWARD = re.compile(r"[“\"「『]([^”\"」』]{1,30})[”\"」』]")
#: An award written without quotes, ended by the word of its kind (优秀共产党员, 五一劳动奖章, 技术能手称号).
_PLAIN_AWARD = re.compile(r"([\u4e00-\u9fff]{0,12}?(?:奖章|奖状|标兵|能手|劳动模范|劳模|先锋号|工匠|红旗手|文明岗|"
                          r"优秀共产党员|优秀党务工作者|先进工作者|先进个人|优秀志愿者|最美[\u4e00-\u9fff]{2,4}))"
                          r"(?:荣誉)?(?:称号)?(?![\u4e00-\u9fff])")


def _award_at(text: str, pos: int) -> re.Match[str] | None:
    """The award at ``pos``: quoted (“某某”), else written plain and ended by its kind (优秀共产党员)."""
    return _AWARD.match(text, pos) or _PLAIN_AWARD.match(text, pos)
_GROUP_SEP = re.compile(r"^[、,，和及与]$")
#: 甲和乙一起, / 甲、乙等三人,: the clause before 被 closes a list of people.
_TOGETHER = re.compile(r"(?:一起|一道|一同|等\d*[一二三四五六七八九十]*人)$")


def _groups(hits: list[Hit], v: SentenceView) -> list[Hit]:
    """Adjacent mentions (柳岸街道 + 青禾社区) count as one body: the last, most specific, one."""
    out: list[Hit] = []
    for h in hits:
        if out and v.between(out[-1].end, h.start) == "":
            out[-1] = h
        else:
            out.append(h)
    return out


def _award_giver(ctx: Context, award: str) -> Key | None:
    """The one unit whose name (four characters or more) opens an award's name (某公司劳动模范)."""
    found = {k for k in ctx.entities if k[0] in ("Company", "Organization")
             for s in ctx.surfaces(k) if len(s) >= 4 and award.startswith(s) and len(award) > len(s)}
    return next(iter(found)) if len(found) == 1 else None


def _honours(ctx: Context, v: SentenceView) -> Iterator[Candidate]:
    for verb in lexicon_regex("honour_verbs").finditer(v.text):
        vs = v.start + verb.start()
        lo, _ = v.clause_bounds(vs)
        bei = v.text.rfind("被", lo - v.start, verb.start())
        if bei < 0:
            continue
        bei_at = v.start + bei
        bodies = _groups([h for h in v.hits if bei_at < h.start and h.end <= vs
                          and h.type in ("Community", "Organization", "Company")], v)
        persons = [h for h in v.hits if lo <= h.start and h.end <= bei_at and h.type == "Person"]
        if not persons and _TOGETHER.search(v.text[:bei - 1 if bei else 0]) and v.text[bei - 1:bei] in ",，":
            # 甲…和乙、丙一起,被某工会授予…: every person the clauses before list
            persons = [h for h in v.hits if h.end <= bei_at and h.type == "Person"]
        if not persons:
            # 张三是某村的驻村队员,洪水期间她…,被某市委评为“…”: the sentence's person, clauses before.
            persons = [h for h in v.hits if h.end <= bei_at and h.type == "Person"][-1:]
        tail = v.text[verb.end():]
        awards = []
        pos = 0
        while True:
            m = _AWARD.match(tail, pos)
            if not m:
                break
            awards.append(m.group(1))
            rest = re.match(r"[、和及与,，]*", tail[m.end():])
            pos = m.end() + (rest.end() if rest else 0)
        if not awards and (plain := _PLAIN_AWARD.match(tail)) is not None:
            awards.append(plain.group(1))  # 被某县委评为优秀共产党员: an award written plain
        if not bodies and awards and persons:
            # 被评为“某公司劳动模范”: the award's name opens with the body giving it
            giver = _award_giver(ctx, awards[0])
            if giver is not None:
                for p in persons:
                    yield Candidate(p.key, "honoredBy", giver, v.start, v.end, "honour-named", 0.7,
                                    qualifier=awards[0])
                continue
        if not persons or not bodies or not awards:
            continue
        if len(persons) == len(bodies) == len(awards) and len(persons) > 1:
            triples = list(zip(persons, bodies, awards))
            rule = "honour-pairwise"
        elif "分别" in v.text[lo - v.start:verb.start()]:
            continue  # 分别 pairs them up, but a body or a person is missing: no safe pairing
        else:
            triples = [(p, b, a) for p in persons for b in bodies for a in awards]
            rule = "honour"
        for p, b, award in triples:
            yield Candidate(p.key, "honoredBy", b.key, v.start, v.end, rule, 0.85, qualifier=award)
            if b.type == "Community" and "志愿" in award:
                yield Candidate(p.key, "servesCommunity", b.key, v.start, v.end, rule + "-volunteer", 0.75)


_BODIES = ("Community", "Organization", "Company")
_AND = ("、", "和", "与", "及")
#: 某县委授予张三“…”称号 (active voice); 张三荣获某社区授予的“…” / 获得某局颁发的“…”.
_ACTIVE = re.compile(r"^(?:近日|日前|近期|今年|去年|于[^,，。;；“”]{1,10}?|\d{4}年(?:\d{1,2}月)?)?(?:决定)?"
                     r"(?:追授|授予|表彰|评选|评|命名)$")  # 某总工会近日授予张三“…” / 某县委追授张三…
_RECEIVED = re.compile(r"(?:荣获|获得|获评|获)了?$")
_GIVEN = re.compile(r"^(?:授予|颁发|评选|评定)的$")
_RECEIVED_GAP = re.compile(r"^[,，]?[^,，;；。]{0,6}$")
#: 张三获得某局表彰 (the award, if any, follows: ,被评为“…”).
_PRAISE = re.compile(r"^(?:通报)?(?:表彰|嘉奖|表扬|奖励)")
_GETS = re.compile(r"^(?:获得|受到|获|荣获|得到)$")
_FOLLOWING_AWARD = re.compile(r"^[,，]?(?:被)?(?:评为|授予|命名为)?[“\"「『]([^”\"」』]{1,30})[”\"」』]")
#: 某市委、市政府为张三颁发“…”: the bodies listed before 为, the person, the verb, the award.
_FOR = ("为", "给", "向")
_BESTOW = re.compile(r"^(?:颁发|授予|颁授)了?")


def _praised(v: SentenceView) -> Iterator[Candidate]:
    """张三获得某局表彰(,被评为“…”)."""
    hits = v.hits
    for p, body in pairwise(hits):
        if p.type != "Person" or body.type not in _BODIES or not _GETS.match(v.between(p.end, body.start)):
            continue
        rest = v.text[body.end - v.start:]
        m = _PRAISE.match(rest)
        if not m:
            continue
        award = _FOLLOWING_AWARD.match(rest[m.end():])
        yield Candidate(p.key, "honoredBy", body.key, v.start, v.end, "honour-praised", 0.8,
                        qualifier=award.group(1) if award else None)


def _bestowed(v: SentenceView) -> Iterator[Candidate]:
    """某市委、市政府为张三颁发“…”: every body listed before 为 honours the person."""
    hits = v.hits
    for i, p in enumerate(hits):
        if p.type != "Person" or i == 0:
            continue
        m = _BESTOW.match(v.text[p.end - v.start:])
        if not m or not _AWARD.match(v.text, p.end - v.start + m.end()):
            continue
        award = _AWARD.match(v.text, p.end - v.start + m.end())
        if v.between(hits[i - 1].end, p.start) not in _FOR:
            continue
        bodies = [hits[i - 1]]
        for h in reversed(hits[:i - 1]):
            if v.between(h.end, bodies[0].start) not in ("、", "和", "与", "及"):
                break
            bodies.insert(0, h)
        for b in bodies:
            if b.type in _BODIES:
                yield Candidate(p.key, "honoredBy", b.key, v.start, v.end, "honour-bestowed", 0.8,
                                qualifier=award.group(1) if award else None)


def _active_honours(v: SentenceView) -> Iterator[Candidate]:
    hits = v.hits
    for i, body in enumerate(hits):
        if body.type not in _BODIES:
            continue
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if nxt is not None and nxt.type == "Person" and _ACTIVE.match(v.between(body.end, nxt.start)):
            persons = [nxt]
            for h in hits[i + 2:]:
                if h.type != "Person" or v.between(persons[-1].end, h.start) not in ("、", "和", "及", "与"):
                    break
                persons.append(h)
            award = _award_at(v.text, persons[-1].end - v.start + (v.text.startswith("为", persons[-1].end - v.start)))
            rule = "honour-active"  # (表彰张三为“…”, 命名张三为“…”: the award after 为)
        elif _GIVEN.match(v.text[body.end - v.start:body.end - v.start + 3]) and i > 0:
            # 张三荣获某局授予的“…” / 张三,去年荣获…: the person just before, a time word may stand between;
            # 他获得甲、乙颁发的“…”: every body of the list gives it.
            first = i
            while first > 1 and hits[first - 1].type in _BODIES and v.between(hits[first - 1].end, hits[first].start) in _AND:
                first -= 1
            givers = [h for h in hits[first:i + 1] if h.type in _BODIES]
            before = v.between(hits[first - 1].end, hits[first].start)
            persons = [hits[first - 1]] if (hits[first - 1].type == "Person" and _RECEIVED.search(before)
                                            and _RECEIVED_GAP.match(before)) else []
            award = _award_at(v.text, body.end - v.start + 3)
            rule = "honour-received"
            if persons and award is not None and body is givers[-1]:
                for g in givers[:-1]:
                    yield Candidate(persons[0].key, "honoredBy", g.key, v.start, v.end, rule, 0.8,
                                    qualifier=award.group(1))
        else:
            continue
        if not persons or award is None:
            continue
        if rule == "honour-active":
            # 甲公司、乙县委授予张三“…”: every body listed before the verb gives it
            k = i
            while k > 0 and hits[k - 1].type in _BODIES and v.between(hits[k - 1].end, hits[k].start) in _AND:
                k -= 1
                for p in persons:
                    yield Candidate(p.key, "honoredBy", hits[k].key, v.start, v.end, rule, 0.8,
                                    qualifier=award.group(1))
        for p in persons:
            yield Candidate(p.key, "honoredBy", body.key, v.start, v.end, rule, 0.8, qualifier=award.group(1))
            if body.type == "Community" and "志愿" in award.group(1):
                yield Candidate(p.key, "servesCommunity", body.key, v.start, v.end, rule + "-volunteer", 0.7)


#: What may stand between 授予 and a person it honours: the person's unit and title (某公司某中心副主任).
_BEFORE_PERSON = re.compile(r"^[^,，;；。“\"「『]{0,30}$")
_COUNTED_PEOPLE = re.compile(r"^等?\d*[一二三四五六七八九十百]*(?:名|位)?(?:同志|人|名)?$")


def _bestow_listed(v: SentenceView) -> Iterator[Candidate]:
    """某党委授予甲单位“…”称号,授予某中心副主任张三、某班班长李四等58人“…”称号: the body opening the
    sentence honours every person listed (with units and titles) between a 授予 and its award."""
    hits = v.hits
    body = None
    for m in re.finditer("授予", v.text):
        at = v.start + m.start()
        before = [h for h in hits if h.end <= at]
        if before and before[-1].end == at and before[-1].type in ("Organization", "Company"):
            body = before[-1]
        elif body is None or v.text[m.start() - 1:m.start()] not in ",，":
            continue  # a later 授予 keeps the body only when it continues the list of awards (,授予…)
        award = _AWARD.search(v.text, m.end())
        if award is None:
            continue
        end = v.start + award.start()
        persons = [h for h in hits if at < h.start and h.end <= end and h.type == "Person"]
        if not persons or not _COUNTED_PEOPLE.match(v.between(persons[-1].end, end)):
            continue
        gaps = [v.between(a.end, b.start) for a, b in pairwise(persons)]
        if not _BEFORE_PERSON.match(v.between(at + 2, persons[0].start)) or any(
                not g.startswith(("、", "和")) or "，" in g or "," in g for g in gaps):
            continue  # each person after a list separator (甲某、某班班长乙某), all in one clause
        for p in persons:
            yield Candidate(p.key, "honoredBy", body.key, v.start, v.end, "honour-bestowed-list", 0.8,
                            qualifier=award.group(1))


#: 会上, 甲、乙等15人被授予“…”称号: the body holding the ceremony (某党委召开…表彰大会) gives the award.
_AT_MEETING = re.compile(r"^(?:会上|大会上|会议上|表彰会上)[,，]")
_HOLDS_MEETING = re.compile(r"(?:在[^,，。;；]{1,10})?(?:召开|举行|举办)[^,，。;；]{0,30}(?:表彰|颁奖)[^,，。;；]{0,6}(?:大会|会议|会)")
_BARE_PASSIVE = re.compile(r"被(?:授予|评为|命名为)[“\"「『]([^”\"」』]{1,30})[”\"」』]")


def _at_ceremony(ctx: Context) -> Iterator[Candidate]:
    views = ctx.sentences
    if "会上" not in ctx.doc.text and "会议上" not in ctx.doc.text:
        return  # no sentence opens with 会上 (most articles): no pass over the sentences
    opened = -1  # the sentence a 会上 opens; the ones it runs on into after a ；
    for i, v in enumerate(views):
        if _AT_MEETING.match(v.text):
            opened = i
        elif not (opened >= 0 and opened == i - 1 and views[i - 1].text.rstrip().endswith(("；", ";"))):
            continue
        else:
            opened = i
        if "被" not in v.text:
            continue
        host = None
        start = next(k for k in range(i, -1, -1) if k == 0 or _AT_MEETING.match(views[k].text))
        for w in reversed(views[max(0, start - 3):start]):
            for h in w.hits:
                if h.type in ("Organization", "Company") and _HOLDS_MEETING.match(w.text, h.end - w.start):
                    host = h
            if host is not None:
                break
        if host is None:
            continue
        yield from _honoured_before(v, _BARE_PASSIVE, host, "honour-ceremony", 0.7)


def _honoured_before(v: SentenceView, title: re.Pattern[str], giver: Hit, rule: str,
                     confidence: float) -> Iterator[Candidate]:
    """Each person named before a ``title`` match (and after the previous one) is honoured by ``giver``
    with the title the match captures: 甲、乙被授予“…”,丙获评“…”."""
    lo = 0
    for m in title.finditer(v.text):
        at = v.start + m.start()
        persons = [h for h in v.hits if v.start + lo <= h.start and h.end <= at and h.type == "Person"]
        lo = m.end()
        for p in persons:
            yield Candidate(p.key, "honoredBy", giver.key, v.start, v.end, rule, confidence, qualifier=m.group(1))


#: 由某工会主办 (a contest or selection the body runs): the body gives its titles.
_RUNS = re.compile(r"^(?:联合|牵头)?主办")
#: 甲、乙等12人获评“…” with no body named: the title of the contest the article reports.
_BARE_TITLE = re.compile(r"(?:获评|被评为|荣获)[“\"「『]([^”\"」』]{1,20})[”\"」』]")


def _contest_titles(ctx: Context) -> Iterator[Candidate]:
    """这场竞赛由某工会主办…。个人方面,某班班长甲、某中心技术员乙等12人获评“攻坚标兵”: a title given in
    a contest the body runs (the one body named as 由…主办 before) comes from that body."""
    views = ctx.sentences
    text = ctx.doc.text
    if "获评" not in text and "评为" not in text and "荣获" not in text:
        return  # no title given in the article (most): no pass over the sentences
    for i, v in enumerate(views):
        if "获评" not in v.text and "评为" not in v.text and "荣获" not in v.text:
            continue
        hosts = {h.key: h for w in views[:i + 1] for h in w.hits
                 if h.type in ("Organization", "Company") and w.text[h.start - w.start - 1:h.start - w.start] == "由"
                 and _RUNS.match(w.text[h.end - w.start:])}
        if len(hosts) != 1:
            continue  # no contest body named before, or several: no safe giver
        host = next(iter(hosts.values()))
        yield from _honoured_before(v, _BARE_TITLE, host, "honour-contest", 0.65)


#: 某总工会公布“…”名单 / 甲、乙联合表彰“…” / 某工会印发表彰决定: a body announcing honours at a clause start.
_ANNOUNCES = re.compile(r"^(?:日前|近日|近期|今天|今日|日前正式)?(?:联合|共同)?(?:作出|做出)?"
                        r"(?:公布|印发|发布|下发|通报表彰|表彰|命名|(?:表彰)?决定)")
#: …某所所长张三榜上有名 / 入选 / 被授予“…”: the person the announcement names, later in the sentence.
_LISTED = re.compile(r"^(?:光荣|也|均|同时)?(?:榜上有名|上榜|入选|名列其中|位列其中|被授予|被评为|获评|荣获)")
_CLAUSE_OPENER = re.compile(r"^[^,，;；。“\"]{0,8}$")
_ON_THE_ROLL = re.compile(r"^(?:光荣|也|均|同时)?(?:榜上有名|上榜|名列其中|位列其中)")


def _announced(v: SentenceView) -> Iterator[Candidate]:
    """近日,某省总工会公布2026年度“某某工匠”名单,某所所长张三榜上有名 / 某工会印发表彰决定,张三被授予
    “…”: every body that announces (listed with 、) honours each person named with the award after it."""
    hits = v.hits
    for i, h in enumerate(hits):
        if h.type not in _BODIES:
            continue
        bodies = [h]
        j = i
        while j + 1 < len(hits) and hits[j + 1].type in _BODIES and v.between(hits[j].end, hits[j + 1].start) in _AND:
            j += 1
            bodies.append(hits[j])
        m = _ANNOUNCES.match(v.text[bodies[-1].end - v.start:])
        if m is None:
            continue
        lo, _ = v.clause_bounds(h.start)
        if any(x.end <= h.start and x.start >= lo for x in hits) or not _CLAUSE_OPENER.match(v.between(lo, h.start)):
            continue  # the bodies open their clause (a time word may stand before them)
        after = bodies[-1].end + m.end()
        for p in hits[j + 1:]:
            if p.type != "Person" or p.start < after:
                continue
            rest = v.text[p.end - v.start:]
            counted = _COUNTED_BEFORE_VERB.match(rest)
            rest = rest[counted.end():] if counted else rest  # (…等3人榜上有名)
            verb = _LISTED.match(rest)
            if verb is None:
                given = _AWARD.match(rest)
                if given is not None and "授予" in v.between(after, p.start):
                    # 某总工会日前作出决定,授予某公司员工甲“…”: the person right before the award
                    for b in bodies:
                        yield Candidate(p.key, "honoredBy", b.key, v.start, v.end, "honour-announced", 0.7,
                                        qualifier=given.group(1))
                continue
            award = _AWARD.match(rest, verb.end()) or _AWARD.search(v.text, after - v.start, p.start - v.start)
            if award is None and not (_ON_THE_ROLL.match(verb.group()) and "表彰" in m.group()):
                continue  # (某局表彰了一批劳动模范,甲名列其中: on the roll of a commendation, no award quoted)
            for q in _roll_before(v, p, after):
                for b in bodies:
                    yield Candidate(q.key, "honoredBy", b.key, v.start, v.end, "honour-announced", 0.7,
                                    qualifier=award.group(1) if award else None)
        return


#: 等3人 / 等12名同志 between a roll of persons and its verb.
_COUNTED_BEFORE_VERB = re.compile(r"(?:等\d*[一二三四五六七八九十百]*(?:名|位)?(?:同志|人|名|员工|职工)?)?")


def _roll_before(v: SentenceView, p: Hit, after: int) -> list[Hit]:
    """The persons listed in ``p``'s clause up to ``p`` (某公司张三、某所所长李四等3人榜上有名), after ``after``."""
    lo, _ = v.clause_bounds(p.start)
    return [q for q in v.hits if q.type == "Person" and max(lo, after) <= q.start and q.end <= p.end]


#: 甲被某文明办评为“…”,张三同时获评“…”: a second honour in the sentence from the same body.
_ALSO_HONOURED = re.compile(r"^(?:同时|也|还|亦)(?:被)?(?:获评|评为|授予|荣获)[“\"「『]([^”\"」』]{1,30})[”\"」』]")


def _also_honoured(v: SentenceView) -> Iterator[Candidate]:
    hits = v.hits
    for i, p in enumerate(hits):
        if p.type != "Person":
            continue
        m = _ALSO_HONOURED.match(v.text[p.end - v.start:])
        if m is None:
            continue
        lo, _ = v.clause_bounds(p.start)
        givers = [b for b in hits[:i] if b.type in _BODIES and b.end <= lo
                  and re.match(r"^(?:评为|授予|命名为)", v.text[b.end - v.start:])
                  and v.text.rfind("被", 0, b.start - v.start) >= 0]
        if len(givers) == 1:
            yield Candidate(p.key, "honoredBy", givers[0].key, v.start, v.end, "honour-also", 0.7,
                            qualifier=m.group(1))


#: 甲荣获某省五一劳动奖章 / 乙获评“…”: a person's honour right after the name, quoted or written plain
#: (then it ends with an award word).
_GETS_AWARD = re.compile(r"^(?:光荣|也|均|同时|同样|还|分别)?(?:(?:荣获|获得|获评|被授予|被评为|被命名为)了?(?:[“\"「『]([^”\"」』]{1,30})[”\"」』]|"
                         r"([^,，。;；“”\"、]{2,16}?(?:奖章|奖状|称号|标兵|能手|模范|先锋号|工匠|红旗手|优秀共产党员)))"
                         r"|榜上有名|名列其中|光荣上榜)")


#: What every sentence of an announcement's roll holds (获此殊荣, 被授予, 榜上有名).
_HONOUR_MARK = re.compile(r"获|授予|评为|殊荣|榜上有名|上榜|表彰|名单|称号")
#: 本次表彰中 / 此次表彰: a later sentence referring back to the announced honours.
_THIS_HONOUR = re.compile(r"(?:本次|此次|这次)(?:表彰|评选|命名)")


def _announcer(v: SentenceView) -> tuple[Hit, int] | None:
    """The body that opens a clause announcing honours or holding their ceremony (某省总工会发布表彰决定,
    某工会在某地召开…表彰大会), and where its announcement ends; None when the sentence has none."""
    hits = v.hits
    for i, h in enumerate(hits):
        if h.type not in ("Organization", "Company"):
            continue
        rest = v.text[h.end - v.start:]
        m = _ANNOUNCES.match(rest) or _HOLDS_MEETING.match(rest)
        if m is None or (_ANNOUNCES.match(rest) and "表彰" not in rest[:m.end() + 12] and "名单" not in rest[:40]):
            continue  # (发布 alone announces anything: only honours count)
        lo, _ = v.clause_bounds(h.start)
        if any(x.end <= h.start and x.start >= lo for x in hits) or not _CLAUSE_OPENER.match(v.between(lo, h.start)):
            continue
        return h, h.end + m.end()
    return None


def _announced_on(ctx: Context) -> Iterator[Candidate]:
    """某省总工会发布表彰决定(或在某地召开表彰大会),…甲荣获某省五一劳动奖章。乙获评“…”: where one body
    alone announces honours in the article, the persons honoured in its sentence, the next one, and the
    sentences that refer back to it (本次表彰中…) are honoured by that body, unless a sentence names its
    own giver."""
    views = ctx.sentences
    text = ctx.doc.text
    if "表彰" not in text and "名单" not in text and "颁奖" not in text:
        return  # no sentence can announce (most articles): no pass over the sentences
    announced = [(i, found) for i, v in enumerate(views)
                 if ("表彰" in v.text or "名单" in v.text or "颁奖" in v.text) and (found := _announcer(v)) is not None]
    if len({found[0].key for _, found in announced}) != 1:
        return  # no announcing body, or several: no safe giver for the honours named later
    i, (body, after) = announced[0]
    run = i  # the last sentence of the unbroken run of honour sentences after the announcement
    for k, w in enumerate(views[i:], i):
        if k == run + 1 and _HONOUR_MARK.search(w.text):
            run = k  # 某总工会发布表彰决定。某公司共有4人获此殊荣。其中,甲获得…: the roll goes on
        if k > i + 1 and k != run and not _THIS_HONOUR.search(w.text) and not _THIS_HONOUR.search(views[k - 1].text):
            continue  # far from the announcement: only where the text refers back to it
        if k > i and any(h.type in _BODIES and w.text[h.start - w.start - 1:h.start - w.start] == "被" for h in w.hits):
            continue  # the sentence names its own giver (被某单位授予)
        if k > i and any(h.type in _BODIES and _ANNOUNCES.match(w.text[h.end - w.start:]) for h in w.hits):
            continue  # 同期,甲、乙联合表彰…,某员工榜上有名: the sentence names its own announcers
        for p in w.hits:
            if p.type != "Person" or p.start < after:
                continue
            rest = w.text[p.end - w.start:]
            counted = _COUNTED_BEFORE_VERB.match(rest)
            m = _GETS_AWARD.match(rest[counted.end():] if counted else rest)
            if m is not None:  # (甲、乙等3人被授予…: every person of the roll)
                named = _AWARD.search(w.text, after - w.start, p.start - w.start) if k == i else None
                for q in _roll_before(w, p, after):
                    yield Candidate(q.key, "honoredBy", body.key, w.start, w.end, "honour-announced-on", 0.65,
                                    qualifier=m.group(1) or m.group(2) or (named.group(1) if named else None))


#: Honours whose kind names the body that confers them, at the level the award's name opens with (全国,
#: 某省, 某市): 五一劳动奖章, 五一巾帼标兵 and 工人先锋号 by that level's 总工会, 三八红旗手 by its 妇联.
_KIND_AWARD = re.compile(r"(?:荣获|获得|获评|荣膺|被授予|被评为)了?[“\"]?((全国|[\u4e00-\u9fff]{2,10}?)?"
                         r"(五一劳动奖章|五一劳动奖状|五一巾帼标兵|五一巾帼奖|工人先锋号|三八红旗手|三八红旗集体))")
_KIND_BODY = {"五": ("总工会",), "工": ("总工会",), "三": ("妇女联合会", "妇联")}
#: What may stand between the person and the verb (曾, 去年, 先后): no other name.
_KIND_GAP = re.compile(r"^[^,，。;；“”、]{0,6}$")
_LEVEL_END = re.compile(r"(?:省|市|州|盟|地区|壮族自治区|回族自治区|维吾尔自治区|自治区)$")


def _kind_giver(ctx: Context, level: str, kind: str) -> Key | None:
    """The one body of the document that confers an award of ``kind`` at ``level`` (上海市 -> 上海市总工会,
    广西 -> 广西壮族自治区总工会, 全国 -> 全国总工会, 自治区 -> the one 某自治区总工会)."""
    ends = _KIND_BODY[kind[0]]
    core = _LEVEL_END.sub("", level) if level not in ("全国", "自治区") else level
    found = set()
    for key in ctx.entities:
        if key[0] != "Organization":
            continue
        for s in ctx.surfaces(key):
            if not s.endswith(ends):
                continue
            if (level == "全国" and s in ("全国总工会", "中华全国总工会", "全国妇联", "中华全国妇女联合会")) \
                    or (level == "自治区" and "自治区" in s) or (len(core) >= 2 and level != "全国" and s.startswith(core)):
                found.add(key)
    return next(iter(found)) if len(found) == 1 else None


def _kind_honours(ctx: Context) -> Iterator[Candidate]:
    """张三荣获“上海市五一劳动奖章” with no giver named: the level's 总工会 (or 妇联) named in the article
    gives it, as such awards are conferred (writers name the body once, in the list's announcement)."""
    text = ctx.doc.text
    if "五一" not in text and "先锋号" not in text and "三八" not in text:
        return  # no such award in the article (most): no pass over its sentences
    for v in ctx.views_with("Person"):
        text = v.text
        if "五一" not in text and "先锋号" not in text and "三八" not in text:
            continue
        for m in _KIND_AWARD.finditer(text):
            if not m.group(2):
                continue  # 荣获五一劳动奖章: the level is the giver's; none named, none read
            at = v.start + m.start()
            lo, _ = v.clause_bounds(at)
            before = [h for h in v.hits if lo <= h.start and h.end <= at]
            if not before or before[-1].type != "Person" or not _KIND_GAP.match(v.between(before[-1].end, at)):
                continue
            giver = _kind_giver(ctx, m.group(2), m.group(3))
            if giver is not None:
                yield Candidate(before[-1].key, "honoredBy", giver, v.start, v.end, "honour-kind-giver", 0.6,
                                qualifier=m.group(1))


#: 某公司召开庆祝大会,表彰了一批优秀共产党员: a unit holding a meeting at which it commends (or a
#: commendation meeting) in the sentence.
_HOLDS_COMMENDATION = re.compile(r"[^,，。;；]{0,12}?(?:召开|举行|举办)[^。;；]{0,40}?(?:表彰|颁奖)")
#: 甲被评为优秀共产党员 / 被授予“…”称号, the award quoted or running to the clause's end, no giver named.
_BARE_AWARD = re.compile(r"被(?:评为|授予)(?:[“\"「『]([^”\"」』]{1,30})[”\"」』]|([\u4e00-\u9fff]{2,16})(?=[,，。;；]|$))")
_COMMENDED_WINDOW = 2  # sentences after the meeting's that read as its roll


def _after_commendation(ctx: Context) -> Iterator[Candidate]:
    """某公司召开…大会,表彰了一批优秀共产党员。某所所长甲被评为优秀共产党员: in the sentences right after a unit
    holds a commendation, a person 被评为/被授予 an award with no giver named is honoured by that unit."""
    text = ctx.doc.text
    if "表彰" not in text and "颁奖" not in text:
        return
    views = ctx.sentences
    for i, v in enumerate(views):
        if "表彰" not in v.text and "颁奖" not in v.text:
            continue
        hosts = [h for h in v.hits if h.type in ("Organization", "Company")
                 and _HOLDS_COMMENDATION.match(v.text, h.end - v.start)]
        if len(hosts) != 1:
            continue
        for w in views[i + 1:i + 1 + _COMMENDED_WINDOW]:
            if "被" not in w.text:
                continue
            for m in _BARE_AWARD.finditer(w.text):
                at = w.start + m.start()
                lo, _ = w.clause_bounds(at)
                before = [h for h in w.hits if lo <= h.start and h.end <= at]
                if before and before[-1].type == "Person" and w.between(before[-1].end, at) == "":
                    yield Candidate(before[-1].key, "honoredBy", hosts[0].key, w.start, w.end,
                                    "honour-after-commendation", 0.6, qualifier=m.group(1) or m.group(2))


#: 荣获由甲、乙联合评选的“…” / 获得甲、县政府授予的“…” / 荣获甲“…”称号 / 受到甲的通报表彰: the verb after the person.
_RECEIVES = re.compile(r"[,，]?(?:先后|曾|曾经|还|也|均|近日|日前|去年|今年)*(?:荣获|获得|获评|获颁|荣膺|受到|当选|入选|获)了?由?")
#: After the bodies: how the award is given (联合评选的, 、县政府授予的) or the praise itself (的通报表彰).
_GIVEN_TAIL = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,8}?)?(?:联合|共同)?(?:授予|颁发|评选|评定|命名|表彰|发布|公布)?的?"
                         r"(?=[“\"「『])|的(?:通报)?(?:表彰|嘉奖|表扬)(?![\u4e00-\u9fff])")  # (获得乙表彰 is _praised's)


def _received_from(v: SentenceView) -> Iterator[Candidate]:
    """甲荣获由乙、丙联合评选的“…” / 甲获得乙、县政府授予的“…” / 甲荣获乙“…”称号 / 甲受到乙的通报表彰: every
    body named between the verb and the award gives it (a body the text names as no entity is passed)."""
    hits = v.hits
    for i, p in enumerate(hits[:-1]):
        if p.type != "Person":
            continue
        verb = _RECEIVES.match(v.text, p.end - v.start)
        if verb is None or verb.end() == p.end - v.start \
                or not any(w in verb.group() for w in ("获", "荣膺", "受到", "当选", "入选")):
            continue
        bodies: list[Hit] = []
        pos = v.start + verb.end()
        for h in hits[i + 1:]:
            if h.start != pos or h.type not in _BODIES:
                break
            bodies.append(h)
            sep = v.text[h.end - v.start:h.end - v.start + 1]
            pos = h.end + 1 if sep in "、和及与" and sep else h.end
        if not bodies:
            continue
        tail = _GIVEN_TAIL.match(v.text, bodies[-1].end - v.start)
        if tail is None:
            continue
        award = _AWARD.match(v.text, tail.end())
        for b in bodies:
            yield Candidate(p.key, "honoredBy", b.key, v.start, v.end, "honour-received-from", 0.7,
                            qualifier=award.group(1) if award else None)
        # 先后获得甲“某某”、乙“某某”等称号: each later body of the list with the award written after it
        while award is not None and award.end() < len(v.text) and v.text[award.end()] == "、":
            nxt = next((h for h in hits if h.start == v.start + award.end() + 1 and h.type in _BODIES), None)
            if nxt is None:
                break
            award = _AWARD.match(v.text, nxt.end - v.start)
            if award is not None:
                yield Candidate(p.key, "honoredBy", nxt.key, v.start, v.end, "honour-received-from", 0.7,
                                qualifier=award.group(1))


#: 某县委对甲、乙等5名同志予以通报表彰 / 进行了表彰: the body before 对 praises every person listed.
_PRAISES_THEM = re.compile(r"(?:等\d*[一二三四五六七八九十]*(?:名|位)?(?:同志|人|名|员工|职工)?)?"
                           r"(?:予以|进行了?|给予了?)(?:通报)?(?:表彰|嘉奖|表扬)")
#: 经某总工会评审, / 在某总工会组织的评选中,: the body whose selection gives the titles after it.
_JUDGED = re.compile(r"(?:(?:评审|评选|评定|审定)[,，]|(?:组织|举办|开展)的[^,，。;；]{0,10}?(?:评选|评比)(?:活动)?中)")
_JUDGED_TITLE = re.compile(r"(?:获评|被评为|荣获|获得)[“\"「『]([^”\"」』]{1,30})[”\"」』]")


def _praised_for(v: SentenceView) -> Iterator[Candidate]:
    """某县委对甲、乙等5名同志予以通报表彰 (the body before 对); 经某总工会评审,甲获评“…” / 在某总工会组织的
    评选中,甲获评“…” (the body whose selection it is, for the persons of the sentence after it)."""
    hits = v.hits
    for i, b in enumerate(hits):
        if b.type not in _BODIES:
            continue
        lead = v.text[b.start - v.start - 1:b.start - v.start]
        if lead in ("经", "在") and _JUDGED.match(v.text, b.end - v.start):
            yield from _honoured_before(v, _JUDGED_TITLE, b, "honour-judged", 0.65)
            continue
        if v.text[b.end - v.start:b.end - v.start + 1] != "对":
            continue
        persons: list[Hit] = []
        for h in hits[i + 1:]:
            if h.type != "Person" or (persons and v.between(persons[-1].end, h.start) not in _AND) \
                    or (not persons and h.start != b.end + 1):
                break
            persons.append(h)
        if persons and _PRAISES_THEM.match(v.text, persons[-1].end - v.start):
            for p in persons:
                yield Candidate(p.key, "honoredBy", b.key, v.start, v.end, "honour-praised-for", 0.7)


def honour_rules(ctx: Context) -> Iterator[Candidate]:
    yield from _kind_honours(ctx)
    yield from _after_commendation(ctx)
    yield from _at_ceremony(ctx)
    yield from _announced_on(ctx)
    yield from _contest_titles(ctx)
    for v in ctx.views_with("2+"):
        text = v.text
        if "被" in text:
            yield from _honours(ctx, v)
        if "授" in text or "获" in text or "表彰" in text or "评" in text or "命名" in text:
            yield from _active_honours(v)
        if "表彰" in text or "嘉奖" in text or "表扬" in text or "奖励" in text:
            yield from _praised(v)
        if ("对" in text and ("表彰" in text or "嘉奖" in text or "表扬" in text)) or "评" in text:
            yield from _praised_for(v)
        if "获" in text or "荣膺" in text or "受到" in text or "当选" in text or "入选" in text:
            yield from _received_from(v)
        if "颁" in text or "授予" in text:
            yield from _bestowed(v)
        if "授予" in text:
            yield from _bestow_listed(v)
        if "公布" in text or "印发" in text or "表彰" in text or "发布" in text or "命名" in text or "决定" in text:
            yield from _announced(v)
        if "同时" in text or "也" in text or "还" in text:
            yield from _also_honoured(v)
