"""Events: campaigns, battles and operations, dated meetings, dated disasters and inspections,
epidemics and events known by name. See shared/gold/NOTES.md "Events" for what counts.

Rules, each general:
- a quoted name before a campaign noun: “X”主题教育 (the quotes stay), “X”活动 -> X; once confirmed,
  every other quoted “X” is a mention;
- a verb of launching before a campaign: 开展X行动, 开展X活动 (and a second one joined by 和);
- a battle suffix: X保电战, X阻击战;
- a meeting suffix in a sentence with a date: 2月3日 ... 召开周工作例会;
- a disaster word in a sentence that starts with dates: 7月20日和8月23日 ... 大暴雨 -> one per date;
- an inspection word after 开展/进行 in a dated sentence: 开展保供电检查;
- epidemic names and events known by name (高考, 中考) from the lexicon;
- meetings of a kind when convened or spoken at (召开X推进会, 在X座谈会上), dated or not; drills and
  hazard responses after a launching verb (开展X应急演练, 启动防汛应急响应); skill contests (X技能竞赛,
  named without their year); supply guarded for a named occasion (亚运保电); a led visit to the works.
- slogans joined inside quotes (“甲+乙”行动, “甲·乙”活动, 召开第四季度“甲、乙”联席会议), a meeting after its
  time (在13日凌晨的某调度会上), a count of years (庆祝建党105周年大会), a hazard before a response
  (启动防风抗灾抢险工作); a contest's holder before its year or edition (某电网公司第十届某竞赛) is kept
  in the mention, an alias; 举行 launches like 开展, and a launched name is one event with the same name
  written with its year.
- a season's years (2026-2027冰雪季开幕式), a festival's dated day (五四青年节表彰会), an edition before a
  技能比武 or a 那达慕, a quoted storm inside a battle (防御台风“某某”保供电攻坚战), a disaster named by a
  quoted date and its place (泸定“8·21”山体滑坡), which its dated and magnitude mentions take; a counted
  kind (每季度开展一次联合演练) and a drill's scenario (地震应急演练) name no event; a trade's round right
  after a contest belongs to it (某职业技能竞赛配电线路工决赛); a quake is named by the county it struck
  (某县发生6.2级地震 -> 某县6.2级地震) unless the text names it fuller elsewhere.
- what a host holds, named after 的 (某局组织的2026年某演练), a gathering that opens or closes with no place
  named (某培训班开班), a ceremony of any kind held or attended (举行某宣誓仪式), a festival or games named with
  its year (2026某地文化旅游节), a quoted 行动 started or joined (启动“某某行动”); work done as a habit (每年都会
  开展, 坚持开展), gatherings counted or referred back to (举办各类培训班23期, 这次培训班) and a service done
  for someone (为老人检查线路) are no events.
- one event, many forms: a name holding its year or session also answers to its year-free mention (2026年
  某表彰大会 / 某表彰大会, 2026年第一期某培训班 / 首期某培训班); a bare kind or short name ending exactly one
  longer name is a mention of it (开展劳动竞赛 / 某某劳动竞赛); a headline wording the body's event its own
  way is that event; a dated rain is the quoted flood of its day.
The walk left over an event's name passes 暨 (two occasions, one meeting) and a count before 周年, and
stops at the writer's own scope (全局) and at a bare body (街道) that is a party to it.
Straight quotes reach this module as curly ones (see ``entities.curly_quotes``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import lexicon
from .textindex import Candidate, TextIndex, all_han, find_all, finditer_at, is_han

__all__ = ["find_events", "sentence_spans"]

#: Verbs that frame an event without being part of its name (打响X战, 检验X主题教育).
_FRAME = ("打响", "打赢", "打好", "检验", "深化", "巩固", "助力", "参加", "参与", "投入", "投身", "开展", "推进",
          "召开", "举行", "组织", "启动", "实施", "坚决", "全力", "成果", "决战", "决胜", "迎战", "进行", "出席",
          "主持", "列席", "观摩", "确保", "保障")
_BARE_CHECK_OK = ("督导", "督查", "带电作业")
#: Meetings and gatherings named by their kind: an event when convened (召开X推进会), dated or not.
_KIND_MEETINGS = ("推进会", "座谈会", "现场会", "表彰大会", "誓师大会", "动员大会", "动员会", "部署会", "交流会",
                  "总结会", "表彰会", "调度会", "启动会", "观摩会", "发布会", "恳谈会", "分析会", "培训班", "开放日活动",
                  "技能竞赛", "劳动竞赛", "知识竞赛", "联席会议", "大会", "竞赛", "大赛", "对接会", "推介会", "洽谈会",
                  "分享会", "宣讲会", "报告会", "研讨会", "培训会", "联谊会", "茶话会", "见面会", "颁奖典礼", "典礼")
#: A gathering named in quotes with its kind inside them: “某某能力提升培训班”.
_QUOTED_KIND = re.compile(r"[“‘]([\u4e00-\u9fff]{2,14}?)(" + "|".join(_KIND_MEETINGS) + r"|大赛|比武)[”’]")
#: 在X推进会上: a meeting of a kind that something is said or done at (a time may open X: 在13日凌晨的).
_AT_MEETING = re.compile(r"在((?:(?:\d{1,2}月)?\d{1,2}日)?[\u4e00-\u9fff“”]{2,16}?)(" + "|".join(_KIND_MEETINGS) + r")上")
#: The time of a meeting before 的 (13日凌晨的, 当天上午的): the name comes after it.
_TIME_OF = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日|当天|当日|次日)(?:凌晨|上午|下午|晚上|晚间|早上|中午|夜间)?的")
#: Contests and competitions: the phrase before them names them (配网带电作业技能竞赛).
_CONTEST = re.compile(r"(技能竞赛|技能大赛|技能比武|劳动竞赛|知识竞赛|职业技能竞赛)(?!活动)")
#: Verbs before a quoted phrase that make it a figure of speech, not a campaign (作为“一把手”工程).
_FIGURATIVE = re.compile(r"(?:作为|当作|当成|列为|视为|称为|打造成?)$")
#: A response to a disaster with the supply it guards (抗冰保供电, 抗洪保电): a campaign by itself.
_RESPONSE_SUPPLY = re.compile(r"(?<=开展)抗(?:冰|雪|冰雪|灾|洪|疫|旱|震|台|寒)(?:抢险)?保供电")
#: A response operation named by the hazard and the work (抗冰抢险, 抗雪抢修保供电, 抗灾复电, 冻雨抗冰抢修,
#: 冰雹灾害抢修), when the text frames it as a happening (开展, 参加, 参与, 此次): 投入抗雪保电 and 在抗灾保电
#: 过程中 stay a task (the seed annotation reads them so).
_RESPONSE_OP = re.compile(r"(?:开展|参加了?|参与了?|此次|本次|这次|这场)((?:冰雹|冻雨|暴雨|暴雪|台风|洪涝|地震|山火|雨雪冰冻)?"
                          r"(?:抗(?:冰雪|冰|雪|洪|灾|风|凝冻)(?:抢险|抢修|复电)(?:保供电|保电)?|抗(?:冰雪|冰|雪|洪|灾|风|凝冻)保电"
                          r"|(?<=[雹雨雪风涝震火冻])灾害抢修))")
#: Power guarded over a holiday (春节保电, 国庆保电, 元宵节保供电): an operation when the text comes back to
#: it or sets it up (保电工作组, 转入元宵节保电阶段); named once in passing (冲锋在春节保电第一线) it is routine.
_HOLIDAY_SUPPLY = re.compile(r"(?:春节|元旦|元宵节?|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?|两节|双节)(?:保供电|保电)"
                             r"(?!第?一线)")
_HOLIDAY_SET_UP = re.compile(r"工作组|阶段|任务|指挥部")
#: Power supply guarded for a named occasion (亚运保电, 某某马拉松保电): an operation of its own. Holidays
#: (春节保电) stay out: the seed annotation reads them as routine work.
_OCCASION_SUPPLY = re.compile(r"(?:(马拉松|运动会|博览会|峰会)|(亚运会?|冬奥会?|奥运会?|进博会|全运会|两会))"
                              r"(?:期间)?(?:保供电|保电)")


#: A holder's name right before a contest's year or edition: 某电网公司|第十届…, 某供电公司|2026年….
_HOLDER = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:公司|集团|供电局)$")
#: What ends the walk back over a holder's name (a verb of holding, 的, a join).
_HOLDER_STOP = "的由在和与及、是将为"


def _unveiled_units(text: str) -> list[tuple[str, int]]:
    """(unit, where its 揭牌 is) for each unit unveiled as the subject (某服务站在某村揭牌), not the object
    (为某站揭牌); the unit is named without its parent company (某公司|某服务站)."""
    out = []
    for q in find_all(text, "揭牌"):
        if text.startswith("揭牌仪式", q):
            continue
        lo = max(0, q - 24)
        for end in range(lo, q):  # the unit's end: right before 在…揭牌 / 正式揭牌 / 揭牌
            m = _UNVEILED.match(text, end)
            if m is None or m.end() != q + 2:
                continue
            quoted = text[end - 1:end] in "”’" and end > 0
            stop = end - 1 if quoted else end
            if not text.endswith(_UNIT_ENDS, 0, stop):
                continue
            start = stop
            if quoted:
                start = max(text.rfind("“", 0, stop), text.rfind("‘", 0, stop)) + 1
                if start <= 0 or stop - start > 12:
                    continue
                before = start - 1
            else:
                while start > 0 and is_han(text[start - 1]) and stop - start < 12 \
                        and not text.endswith(_UNVEILED_STOP, 0, start) and text[start - 1] not in "为在的和与及、":
                    start -= 1
                before = start
            if text[before - 1:before] == "为" or stop - start < 3:
                break  # 为某站揭牌: a plaque put up, not a unit's opening
            out.append((text[start:stop], q))
            break
    return out


def _holder_before(text: str, start: int) -> int:
    """Start of a company's name written right before ``start`` (某电网公司第十届某竞赛: writers name the
    contest with its holder as often as without), else ``start``."""
    lo = start
    while lo > 0 and start - lo < 14 and is_han(text[lo - 1]) and text[lo - 1] not in _HOLDER_STOP:
        lo -= 1
    m = _HOLDER.search(text, lo, start)
    return m.start() if m and m.end() == start else start


def _commissioned_starts(text: str) -> list[int]:
    """Where a _COMMISSIONED match can start: the first digit of the number right before 千伏 (the pattern
    opens with digits: re would try every number in the text)."""
    out = []
    for q in find_all(text, "千伏"):
        j = q
        while j > 0 and text[j - 1].isdecimal():  # (what \d matches)
            j -= 1
        if j < q:
            out.append(j)
    return out


def _occasion_starts(text: str) -> list[int]:
    """Where an _OCCASION_SUPPLY match can start: an occasion of two or three characters (and 期间) before
    保供电 or 保电 (the pattern opens with groups: re would try every offset)."""
    return [q - k for q in find_all(text, "保") if text.startswith(("保供电", "保电"), q) for k in (2, 3, 4, 5)]
#: A response named by the hazard it answers (启动防汛应急响应); a longer topic names a level of alert.
_RESPONSE_HAZARD = re.compile(r"防汛|防台|防洪|抗旱|防汛抗旱|防台防汛|防汛防台|抗震|防寒|防冻|防风")
#: A spell of weather dated by its month, struck by: 2024年7月,某地遭遇特大暴雨 / 今年7月,村里突遇山洪.
_MONTH_LEAD = re.compile(r"[\s”\"’]*(?:今年|去年)?((?:\d{4}年)?\d{1,2}月)(?:上旬|中旬|下旬|初|底|份)?[,，]")
#: _MONTH_LEAD at every sentence start in one scan: after a sentence end, or at the text's start. Its
#: blanks leave out the newline (a sentence end): a match never runs into the next sentence, so it is the
#: one _MONTH_LEAD.match would find bounded by its sentence (same group 1).
_MONTH_LEAD_BODY = r"(?:[^\S\n]|[”\"’])*(?:今年|去年)?((?:\d{4}年)?\d{1,2}月)(?:上旬|中旬|下旬|初|底|份)?[,，]"
_MONTH_LEAD_FIRST = re.compile(_MONTH_LEAD_BODY)
_MONTH_LEAD_AFTER_END = re.compile(r"[。！？!?\n]" + _MONTH_LEAD_BODY)
_STRUCK = re.compile(r"(?:遭遇|突遇|遭受|遇到|突发|发生)(?:了|一场|罕见|历史罕见)*$")
#: A trade's round right after a contest's name belongs to it (某技能竞赛配电线路工决赛).
_ROUND = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:总决赛|决赛|复赛|半决赛|初赛|预赛)")

#: A word of two characters in quotes (一场“实战”演练, “风光”劳动竞赛): a pun or a stress, not a campaign's
#: name (names in quotes are longer: “夏季攻坚”, “工匠杯”).
_QUOTED_WORD = re.compile(r"[“‘][\u4e00-\u9fff]{2}[”’]")
#: Verbs of holding inside the phrase before a contest (某供电举办某竞赛).
_HOLDS_VERB = re.compile(r"(?:举办|举行|开展|组织|承办|主办|召开)了?")
#: A slogan of two calls of two to five characters: 学先进、争先锋.
_SLOGAN = re.compile(r"[\u4e00-\u9fff]{2,5}、[\u4e00-\u9fff]{2,5}")
#: A response operation joined or launched with its alert: 投入抗台抢险, 启动抗灾抢险应急响应 (投入抗雪保电 stays
#: a task, as the seed annotation reads it).
_JOINED_OP = re.compile(r"(?:投入到?|启动)((?:防风|防台|防汛|防洪|防冻)?抗(?:冰雪|冰|雪|洪|灾|风|台|凝冻)(?:抢险|抢修))"
                        r"(?=应急响应|[,，。;；]|中|工作)")
#: A response raised to a level against a hazard (启动地震灾害Ⅲ级应急响应, 启动应急通信保障一级响应): one
#: happening. A bare level (启动Ⅱ级应急响应) names none, and the flood and typhoon alerts raised every
#: season (启动防汛Ⅱ级应急响应, 防台一级应急响应) are read as part of the storm the text names.
_LEVEL_RESPONSE = re.compile(r"(?<=启动)([\u4e00-\u9fff]{2,8}?)(?:[一二三四]|Ⅰ|Ⅱ|Ⅲ|Ⅳ|IV|I{1,3})级(?:应急)?响应")
_SEASONAL_HAZARD = re.compile(r"[台汛风洪]")
#: A unit unveiled (某服务站在某村正式揭牌, “某某服务站”在某社区揭牌): the unveiling is an event named by the
#: unit; 为“某某角”揭牌 (a plaque put up during another event) is not.
_UNVEILED = re.compile(r"(?:在[^,，。;；“”\s]{1,14}?)?(?:正式|日前|今天|当天|今日)?揭牌(?!仪式)")
_UNIT_ENDS = ("服务站", "服务中心", "驿站", "工作站", "供电所", "基地", "工作室", "服务点", "中心", "站")
_UNVEILED_STOP = ("公司", "供电局", "集团", "街道", "社区", "分行", "支行", "有限")
#: A gathering named before where it is held: 某局2026年某培训班在某县举办 / 某培训班在某市开班.
_HELD_THERE = re.compile(r"(培训班|研讨班|训练营|运动会|论坛|座谈会|推进会|现场会|交流会|表彰大会|表彰会|动员大会|应急演练|联合演练"
                         r"|分享会|宣讲会|报告会|研讨会|技能竞赛|技能比武|知识竞赛)"
                         r"(?:在[^,，。;；]{1,16}?)?(?:正式|顺利|隆重|圆满)?"
                         r"(?:举办|举行|召开|开幕|开班|开营|开赛|拉开帷幕|展开|落幕|闭幕|结业)")
#: A character of every _HELD_THERE kind: the pattern runs only where one occurs.
_HELD_KEYS = ("班", "营", "会", "坛", "练", "赛", "武")
_HOST_END = ("供电局", "供电公司", "公司", "集团", "供电所", "中心", "工会", "委员会", "党委", "分局", "的")
#: A second launching verb inside a launched phrase (组织各分局开展…): the phrase is a clause.
_INNER_LAUNCH = re.compile(r"(?:开展|举办|举行|参加)了?(?!.*(?:开展|举办|举行|参加))")
#: Words that make what is launched routine work (定期开展, 每季度开展, 常态化开展).
_ROUTINE = re.compile(r"定期|每[年月周季天日]|每季度|常态化|经常|长期|日常")
#: Contests named by their kind alone (组织的技能竞赛): a kind, not one contest.
_BARE_CONTESTS = frozenset({"技能竞赛", "知识竞赛", "劳动竞赛", "技能大赛", "技能比武"})
#: Words of habit before a launching verb (坚持开展, 多次组织): the kind of work is done again and again.
_HABIT = re.compile(r"坚持|多次|反复|屡次|每逢|常年")
#: 开展了60余次共建活动 / 开展共建活动60余次: a count makes it a kind of activity, not one happening.
_COUNTED = re.compile(r"\d+余?(?:次|场|期|项)")
#: 每季度开展一次联合演练: a count before the kind makes it a kind of work, not one happening.
_A_COUNT = re.compile(r"[一两二三四五六七八九十几多]+(?:次|场|轮|期)")
#: A festival or fair counted by its edition: 第十八届某茶文化旅游节, 首届某采摘节.
_FESTIVAL = re.compile(r"(?:第[一二三四五六七八九十百\d]+届|首届)([\u4e00-\u9fff]{2,14}?)(旅游节|文化节|艺术节|采摘节|美食节|音乐节|电影节|读书节|科技节|体育节|冰雪节|那达慕|博览会|交易会|展览会|马拉松)")
#: A festival or games named with its year: 2026某地文化旅游节, 2026年某城马拉松 (the year-free name is an alias).
_YEARED_FESTIVAL = re.compile(r"(?<!\d)\d{4}年?[\u4e00-\u9fff]{2,10}?(?:" + _FESTIVAL.pattern.rsplit("(", 1)[1])
#: The kinds _YEARED_FESTIVAL ends with: it runs only on a text that holds one (few do).
_FESTIVAL_KIND = re.compile(_FESTIVAL.pattern.rsplit("(", 1)[1].rstrip(")"))


#: A date, or a range of days (11月8日至9日, 6月17日至20日) that names one happening.
_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?")
#: The part of every date the scan for dated sentences looks for (the digit before 月 is tested apart).
_DATE_CORE = re.compile(r"月\d{1,2}日")
#: Words that date a sentence by the one before it.
_RELATIVE_DATE = re.compile(r"当天|当日|同日|次日|当晚")
#: A news dateline before the first date of a sentence (东南网6月23日讯, 本报讯).
_DATELINE = re.compile(r"^\s*[\u4e00-\u9fff·]{0,12}?(?:\d{1,2}月\d{1,2}日)?电?讯\s*")
#: A launched phrase that refers back or counts kinds (此项活动, 各类应急演练), not a name.
_REFERRING = re.compile(r"(?:此项|此次|本次|这次|这场|这项|该项|各类|同类|各项|多项|各种|系列|一系列|相关)")
#: Kinds of activity that name no one happening before 活动 (参加志愿服务活动, 开展助学活动).
_GENERIC_ACTIVITIES = frozenset({"志愿服务", "助学", "帮扶", "慰问", "走访", "公益", "宣传", "义诊", "文体", "爱心",
                                 "便民服务", "结对帮扶", "各类", "多种", "系列"})
#: What a campaign noun names when followed by these: a scope or a system (纳入劳动竞赛范围).
_SCOPE_AFTER = re.compile(r"范围|体系|考核|内容|机制")
#: 专项行动 named by its topic, not quoted (the quoted ones are the generic rule's).
_NAMED_OPERATION = re.compile(r"(?<![”’])专项行动")
#: A substation or a grid project put into service: 220千伏某变电站(正式)投运, 某500千伏输变电工程正式投产.
_COMMISSIONED = re.compile(r"(\d+千伏[\u4e00-\u9fff]{0,8}?)(变电站|输变电工程|线路工程)(正式|顺利|成功|建成)?(投运|投产)")
#: The verb between a place and the quake that struck it: 某县发生6.2级地震 (a time may stand before 发生).
_QUAKE_STRUCK = re.compile(r"(?<![\u4e00-\u9fff])(?![全该本我各])([\u4e00-\u9fff]{2,12}?(?:县|市|州|区|旗))"
                           r"(?:\d{1,2}日)?(?:凌晨|深夜|夜间|上午|下午|晚间)?(?:\d{1,2}时(?:\d{1,2}分)?)?发生(?:了|一次)?$")


_INNERMOST = re.compile(r"(?:省|自治区|地区|州|盟|市)([\u4e00-\u9fff]{2,10}?(?:县|区|旗))$")


def _fuller_quake(text: str, bare: str) -> bool:
    """Whether the text also writes ``bare`` (6.2级地震) right after a Han character: a fuller name."""
    i = text.find(bare)
    while i >= 0:
        if i > 0 and is_han(text[i - 1]) and text[i - 2:i] != "发生" and text[i - 1] not in "了次":
            return True
        i = text.find(bare, i + 1)
    return False


#: An earthquake named by its magnitude: 某地4.9级地震.
_QUAKE = re.compile(r"(\d(?:\.\d)?级)地震")
#: Words after a campaign name that make it part of an honour (“抗洪救灾先进个人”).
_HONOUR_AFTER = re.compile(r"先进|模范|标兵|英雄|能手|勇士|功臣|优秀")
#: Words after a disease's name that make it a modifier (新冠肺炎患者, 新冠肺炎疫苗).
_DISEASE_AFTER = re.compile(r"患者|病例|病人|疫苗|病毒|确诊|感染者|核酸|定点")
_RESPONSE = re.compile(r"(?:抗击|抵御|防御|应对|迎战|防范|抗)$")
#: Words before a disaster that name the spell (持续强降雨, 今冬最强降雪, 入汛以来最强降雨).
_DISASTER_MODIFIER = re.compile(r"(?:持续|(?:今冬|入冬以来|入汛以来|今年以来)最强)$")
#: A clause of cause before the dates of a disaster: 受某冷空气影响,10月9日至12日….
_CAUSE = re.compile(r"受[^,，。]{2,20}影响[,，]")
#: A named storm or flood: 第12号台风“梅花”, 台风“梅花”, 修河2020年第1号洪水.
_NAMED_STORM = re.compile(r"(第\d+号)?((?:超强|强)?台风)[“‘]([\u4e00-\u9fff]{1,6})[”’]")
_NUMBERED_FLOOD = re.compile(r"(\d{4}年)?第\d+号(洪水|台风)")
#: A quoted campaign one takes part in (投入“抗疫保电”中), launches by its quoted name alone (开展“以购代捐”,)
#: or names as what a step is (作为“某某”的具体行动).
_JOINED_QUOTED = re.compile(r"(?:投入|投身|参与|参加|打赢|打好)到?[“‘]([\u4e00-\u9fff]{3,10})[”’](?=中|之中|行列|工作|，|。|,)"
                            r"|(?<=开展)[“‘]([\u4e00-\u9fff]{3,10})[”’](?=，|。|,)"
                            r"|(?<=开展|启动|参加|参与|组织|发起|举办|举行)[“‘]([\u4e00-\u9fff]{2,10}(?:行动|活动|工程))[”’]"
                            r"|(?<=作为)[“‘]([\u4e00-\u9fff]{4,10})[”’](?=的具体行动|的具体举措|的实际行动)")
#: A leader's visit: (带队)到X检查Y. The object Y ends at punctuation.
_VISIT_OBJECT = re.compile(r"[\u4e00-\u9fff]{0,14}")
_SENT_END = re.compile(r"[。！？!?\n]")


def _clause_start(text: str, at: int, most: int, ends: str = "，,。；;！？\n") -> int:
    """Start of the clause holding ``at`` (after the last comma, stop or line end before it; after the
    last of ``ends``), at most ``most`` characters back."""
    lo = max(0, at - most)
    return max(lo, max(text.rfind(c, lo, at) for c in ends) + 1)


def _sentences_at(text: str, positions: set[int]) -> list[tuple[int, int]]:
    """The spans of ``sentence_spans(text)`` holding ``positions`` (none a sentence end), in order, found
    from the ends around each position instead of splitting the whole text (each backward search stops
    at the end of the sentence found before: the text is read about once)."""
    out = []
    done = 0  # where the last sentence found ends: the next one starts there or later
    for pos in sorted(positions):
        if pos < done:
            continue  # in the sentence just found
        start = max(done, max(text.rfind(c, done, pos) for c in _SENT_END_CHARS) + 1)
        end = _SENT_END.search(text, pos)
        done = end.end() if end is not None else len(text)
        out.append((start, done))
    return out


_SENT_END_CHARS = "。！？!?\n"


def _month_leads(text: str) -> list[tuple[int, int, re.Match[str]]]:
    """(sentence start, sentence end, match) for each sentence that _MONTH_LEAD matches at its start."""
    found: list[tuple[int, re.Match[str]]] = []
    first = _MONTH_LEAD_FIRST.match(text)
    if first is not None:
        found.append((0, first))
    found += [(m.start() + 1, m) for m in _MONTH_LEAD_AFTER_END.finditer(text)]
    out = []
    for a, m in found:
        end = _SENT_END.search(text, m.end())
        out.append((a, end.end() if end is not None else len(text), m))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    ends = [m.end() for m in _SENT_END.finditer(text)]
    out = list(zip([0, *ends], ends))
    start = ends[-1] if ends else 0
    if start < len(text):
        out.append((start, len(text)))
    return out


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    ev = lexicon.events()

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in words)

    groups = tuple(sorted(lexicon.event_groups(), key=len, reverse=True))
    return {
        "generic": re.compile(r"(“[^”]{2,20}”(?:、“[^”]{2,20}”)*)(" + alt(ev["generic"]) + ")"),
        "quoted": re.compile(r"[“‘]([\u4e00-\u9fff、+＋·・]{2,16}|[\u4e00-\u9fff]{2,8} [\u4e00-\u9fff]{2,8})[”’]([\u4e00-\u9fff]{0,6}?)("
                             + alt(ev["campaign"]) + r"|宣传(?![\u4e00-\u9fff]{0,2}活动)|志愿服务(?![队站活项中心者团]))"),
        "convened": re.compile(r"(?:召开|举行|举办|组织召开|组织|开好|承办)(?:了|的)?(\d{4}年度?)?([\u4e00-\u9fff“”]{2,16}?|[\u4e00-\u9fff]{0,6}“[\u4e00-\u9fff、+＋·・]{2,14}”|[\u4e00-\u9fff]{2,8}\d{1,3}周年[\u4e00-\u9fff“”]{0,8}?)("
                               + alt(_KIND_MEETINGS) + ")"),
        "convened_headline": re.compile(r"(?:召开|举行|举办|组织召开)(?:了)?([\u4e00-\u9fff]{2,16}?)("
                                        + alt(tuple(sorted(ev["meeting"], key=len, reverse=True))) + r")(?=\s*$|\s*\n)", re.MULTILINE),
        "launch": re.compile(r"(?:" + alt(ev["verb"]) + r")了?(?:\d{4}年度?)?(?:\d{1,2}月(?:上旬|中旬|下旬|底)?的)?"
                             r"(?:为期[^，。,的]{1,5}的)?([\u4e00-\u9fff]{2,14}?)(" + alt(ev["campaign"]) + ")"),
        "battle": re.compile(alt(ev["battle"])),
        "meeting": re.compile(alt(ev["meeting"])),
        "check": re.compile(r"(?:开展|进行|完成|组织)(?:了|为期[^，。]{1,4}的)?([\u4e00-\u9fff]{0,10}?)(" + alt(ev["check"]) + ")"),
        "disaster": re.compile(alt(ev["disaster"])),
        "lexicon": re.compile(alt(tuple(sorted(ev["epidemic"] + ev["named"] + groups, key=len, reverse=True)))),
        "anniversary": re.compile(r"([\u4e00-\u9fff]{2,10}\d+周年[\u4e00-\u9fff]{0,4}活动)"),
        "ceremony": re.compile(alt(ev["ceremony"])),
        "visit_word": re.compile(alt(ev["visit"])),
        "visit": re.compile(r"(?:带队|率队)?(?:(?:到|赴|前往|深入)([\u4e00-\u9fff“”]{2,14}?))?(" + alt(ev["visit"]) + ")"),
    }


#: A unit's name before a quoted campaign runs it; it is not the campaign's topic.
_UNIT_WORDS = ("公司", "局", "集团", "所", "中心", "部", "站", "队", "委", "厂", "行", "社区", "村", "供电", "电力")
#: Characters of function words and verbs that never sit between a quoted name and its campaign noun.
_NOT_IN_TOPIC = frozenset("也都还又将被把对从向在是为纳入要已")


#: The grid's peak seasons, a topic of their own before a quoted campaign.
_PEAK_SEASONS = ("迎峰度夏", "迎峰度冬")


def _topic_start(idx: TextIndex, start: int) -> int:
    """Start of a noun topic right before a quoted campaign name (冬季保供“百日攻坚”行动), or ``start``."""
    first = start
    while start > 0:
        if idx.text.endswith(_PEAK_SEASONS, 0, start) and first - start <= 2:
            start -= 4  # 迎峰度夏“百日攻坚”行动 (the cut reads 迎峰 as a person's name)
            continue
        tok = idx.token_before(start)
        if tok is None or tok.tag not in ("n", "vn", "nz", "j", "t", "v") or tok.text in _FRAME \
                or tok.text in lexicon.events()["verb"] or first - tok.start > 6 \
                or tok.text.endswith(_UNIT_WORDS) or tok.text in lexicon.stopwords():
            break
        start = tok.start
    return start


def _event_start(idx: TextIndex, end: int, max_chars: int) -> int:
    """Start of the phrase that names an event ending at ``end``: like a name walk, but adjectives and
    verbs may belong to it (复工复产安全生产工作会议); framing verbs and function words stop it."""
    text, stops = idx.text, lexicon.stopwords()
    i = end
    while i > 0 and end - i < max_chars:
        if text[i - 1] in "”’":  # a quoted name inside the phrase: 防御台风“梅花”视频调度会
            opening = max(text.rfind("“", 0, i - 1), text.rfind("‘", 0, i - 1))
            if opening >= 0 and i - 1 - opening <= 10 and _QUOTED_PART.fullmatch(text, opening + 1, i - 1):
                i = opening
                continue
            break
        tok = idx.token_before(i)
        if tok is None or tok.start < end - max_chars:
            break
        word = tok.text
        if word == "暨" and i < end:
            i = tok.start  # 庆祝某节暨某表彰大会: two occasions joined make one meeting's name
            max_chars += 12
            continue
        if word in ("不", "不停") and text.startswith("不停电", tok.start):
            i = tok.start  # 配网不停电作业: a term of the trade, not a negation
            continue
        if word == "月" and tok.start > 0 and is_han(text[tok.start - 1]) and text[tok.start - 1] not in _NUMERALS:
            i = tok.start  # 安全生产月活动启动仪式: a month of a campaign, not of a date
            continue
        if word in _CHECK_WORDS:
            i = tok.start  # 冬季安全生产大检查启动会: an inspection inside a meeting's name
            continue
        if word.isdigit() and text.startswith(("周年", "届"), tok.end) and tok.end < end:
            i = tok.start  # 建党105周年: the count belongs to the occasion
            continue
        if word in _NUMBERED_DAYS and "节" in text[tok.end:end]:
            i = tok.start  # 五四青年节表彰会: the day's number names the festival
            continue
        if not all_han(word) or word in stops or word in _FRAME or word[0] in "这那该一此" \
                or word in _SELF_SCOPE or word in _BARE_BODIES:
            break  # 全局安全知识竞赛: the bureau's own contest is named without 全局; 街道|党建共建签约仪式
        if tok.tag in ("p", "c", "u", "uj", "ul", "r", "m", "q", "y", "e", "o", "d", "ad", "f", "l", "i") \
                and not (tok.tag == "l" and word.endswith(_OCCASION_ENDS)):
            break  # 劳动模范, 五一国际劳动节 (tagged as set phrases) are occasions that name a meeting
        i = tok.start
    return i


#: A verb of holding or attending right before a ceremony's name (举行了, 出席).
_HELD_BEFORE = re.compile(r"(?:举行|举办|出席|参加)了?$")
#: What a host holds, named after 的: 某公司承办的2026年某竞赛, 某局组织的某演练, 在此前举行的某演练.
_HOSTED = re.compile(r"(?<=(?:组织|举办|主办|承办|举行|开展|召开)的)(?:\d{4}年度?)?([\u4e00-\u9fff“”]{2,16}?)"
                     r"(活动|行动|应急演练|演练|培训班|技能竞赛|竞赛|大赛|比武|工作会议|会议|大会|推进会|座谈会|现场会|仪式)")
#: Prepositions of a service done for someone (为老人检查, 帮村民排查).
_FOR_SOMEONE = frozenset("为给帮替")
#: Numerals before 月 that make it a date's month (十二月, 三月), not a campaign's (安全生产月).
_NUMERALS = "〇零一二三四五六七八九十两"
#: Inspection words a meeting's name may hold though the word list stops names at them.
_CHECK_WORDS = frozenset({"检查", "大检查", "督查", "督导", "排查"})
#: Festivals named by their date (五四青年节, 三八妇女节): the numeral opens the name.
_NUMBERED_DAYS = frozenset({"五四", "五一", "三八", "六一", "七一", "八一", "十一", "九九"})
#: What joins the calls of a slogan inside quotes (“党建引领、共驻共建”, “党建+服务”, “学雷锋·送光明”).
_QUOTE_JOINERS = "、+＋·・"
#: A count of years before 周年 inside a meeting's name (庆祝建党105周年大会).
_ANNIVERSARY_COUNT = re.compile(r"\d{1,3}(?=周年)")
#: A quoted part of an event's name: words, digits and the joiners writers put in slogans (“网格化+党建”).
_QUOTED_PART = re.compile(r"[\u4e00-\u9fff0-9+＋·・&]{1,10}")
#: Endings of set phrases (jieba tag l) that name an occasion or the people honoured at a meeting.
_OCCASION_ENDS = ("节", "模范", "先进", "纪念日")
#: Words that scope an event to the writer's own body (全局, 全公司): not part of its name.
_SELF_SCOPE = frozenset(["全局", "全公司", "全所", "全厂", "全院", "全体", "全处", "全中心"])
#: A bare kind of body before an event: the party to it, not its name (某区某街道|党建共建签约仪式).
_BARE_BODIES = frozenset(["街道", "公司", "单位", "双方"])
#: A year or an edition before an event's name belongs to it (2023年度…表彰大会, 第六届…竞赛).
_YEAR_BEFORE = re.compile(r"(?:(?:\d{4}年度?)?(?:第[一二三四]季度|上半年|下半年)|\d{4}年度?|第[一二三四五六七八九十百\d]+届)$")
#: The years of a season written before its name (2026-2027冰雪季, 2025—2026年度).
_SEASON_BEFORE = re.compile(r"\d{4}[-－—–~～]\d{4}(?:年度?)?$")
#: A storm named by its date in quotes: “12·11”暴雪.
_DATED_STORM = re.compile(r"[“‘]\d{1,2}[·.]\d{1,2}[”’]")
#: Up to four characters of a place between a quoted date and its disaster: “5·22”玛多地震.
_PLACE_AFTER_DATE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?=(?:地震|山体滑坡|滑坡|泥石流|洪水|山洪))")
#: A short place opening a line right before a quoted date: 泸定“8·21”山体滑坡.
_HEADLINE_PLACE = re.compile(r"(?:^|\n)[\s\u3000]*([\u4e00-\u9fff]{2,4})$")
#: A place before a response or disaster names where it happened (X县抗洪抢险).
_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|镇|乡|州|盟|旗)$")
#: An edition before a contest or games: 第六届X技能竞赛.
_EDITION = re.compile(r"第[一二三四五六七八九十百\d]+届([\u4e00-\u9fff“”]{2,16}?)(竞赛|大赛|比赛|比武|运动会|大会|论坛|博览会|典礼)")


def _with_prefix(text: str, start: int) -> int:
    """``start`` moved back over a year or edition prefix, and forward past the second character of a
    framing verb that the word cut split (打/好疫情防控…)."""
    m = _YEAR_BEFORE.search(text, max(0, start - 10), start)
    if m:
        return m.start()
    if text[start:start + 1] == "年" and start >= 4 and text[start - 4:start].isdigit():
        return start - 4  # 2025/年配/网…: the word cut glued the year's 年 to the name
    if start > 0 and text[start - 1:start + 1] in _FRAME:
        return start + 1
    return start


def find_events(idx: TextIndex) -> list[Candidate]:
    text, out = idx.text, []
    pats = _patterns()
    confirmed: dict[str, str] = {}  # quoted surface -> event name

    def add(start: int, end: int, rule: str, conf: float, name: str | None = None) -> None:
        if end > start:
            out.append(Candidate(start, end, "Event", rule, conf, name or text[start:end], kind=rule))

    for m in pats["generic"].finditer(text):
        # a topic prefix before the quotes (疫情防控“学习周”) when it is a noun phrase
        start = m.start()
        while start > 0:  # a noun topic before the quotes (疫情防控“学习周”), not a verb (学习“X”)
            tok = idx.token_before(start)
            if tok is None or tok.tag not in ("n", "vn", "nz", "j") or tok.text in _FRAME \
                    or start - tok.start > 4 or m.start() - tok.start > 6 or tok.text.endswith(_UNIT_WORDS) \
                    or text[max(0, tok.start - 4):tok.end].endswith(("公司", "集团")):
                break  # 某燃气有限公司|“某某”专项行动: the unit runs it, it is no topic
            start = tok.start
        add(start, m.end(), "event-generic", 0.8)
    for m in pats["quoted"].finditer(text):
        name = m.group(1)
        if _SLOGAN.fullmatch(name) and not m.group(2) and text[m.start() - 1:m.start()] != "、" \
                and text[m.end():m.end() + 1] not in ("、", "和"):
            # “学先进、争先锋”活动: a slogan of two calls is one campaign, named with its quotes and noun
            add(m.start(), m.end(), "event-quoted", 0.75)
            continue
        if "、" in name or text[m.start() - 1:m.start()] == "、" or any(c in m.group(2) for c in "和与及的"):
            continue
        if _FIGURATIVE.search(text, max(0, m.start() - 3), m.start()) \
                or any(c in _NOT_IN_TOPIC for c in m.group(2).replace("入户", "")):
            continue  # 作为“一把手”工程; “冬季保供”也纳入劳动竞赛: a clause, not a name (入户走访 is one)
        if m.group(2) or m.group(3) == "行动" or " " in name:  # “煤改电”配套电网改造工程, “X”行动: quotes and noun stay
            start = _topic_start(idx, m.start())
            add(start, m.end(), "event-quoted", 0.8)
            add(m.start(1), m.end(1), "event-quoted-short", 0.75, text[start:m.end()])  # the quoted name alone
            continue
        if len(name) == 2:
            continue  # 一场“实战”演练: a word put in quotes, not a campaign's name (see _QUOTED_WORD)
        confirmed[name] = name
        add(m.start(), m.end(), "event-quoted", 0.8, name)  # “X”活动: the mention keeps the noun
    # a quoted campaign one takes part in: 投入“抗疫保电”中, 投身“某某”行列
    # (the pattern opens with lookbehinds: re would try it at every offset; a match starts at an opening
    # quote or at the two-character verb, and its optional 到, before one)
    quotes = find_all(text, "“") + find_all(text, "‘")
    for m in finditer_at(_JOINED_QUOTED, text, [q - k for q in quotes for k in (3, 2, 0)]) if quotes else ():
        if m.group(1) is None:  # 开展“以购代捐”, / 作为“某某”的具体行动: a campaign by its quoted name alone
            g = next(i for i in (2, 3, 4) if m.group(i))
            if g == 2 and (_ROUTINE.search(text, _clause_start(text, m.start(), 24), m.start() - 2)
                           or _HABIT.search(text, _clause_start(text, m.start(), 24), m.start() - 2)):
                continue  # 定期进村开展“电力体检”: routine work, not a campaign
            confirmed.setdefault(m.group(g), m.group(g))
            add(m.start(g), m.end(g), "event-quoted-joined", 0.65)
            continue
        confirmed.setdefault(m.group(1), m.group(1))
        add(m.start(1), m.end(1), "event-quoted-joined", 0.7)
    # quoted lists closed by a campaign noun: “学习周”、“学习日”活动
    for m in re.finditer(r"((?:“[^”]{2,8}”、)+“[^”]{2,8}”)(活动|行动)", text) if "”、“" in text else ():
        start = idx.name_start(m.start(), 6)
        add(start, m.end(), "event-quoted-list", 0.75)
    for name in sorted(confirmed, key=len, reverse=True):
        for m in re.finditer(r"[“‘]" + re.escape(name) + r"[”’]", text):
            add(m.start() + 1, m.end() - 1, "event-quoted-repeat", 0.75, name)
        # a quoted variant with one more leading character: “为群众办实事” / “我为群众办实事”
        for m in re.finditer(r"[“‘]([\u4e00-\u9fff])" + re.escape(name) + r"[”’]", text):
            if len(name) >= 4:
                add(m.start() + 1, m.end() - 1, "event-quoted-repeat", 0.7)
    for m in pats["launch"].finditer(text):
        body, body_at = m.group(1), m.start(1)
        inner = _INNER_LAUNCH.search(body)
        if inner and _REFERRING.match(body, inner.end()):
            continue  # 组织各分局开展同类演练: the second verb launches a reference, not a name
        if inner:  # 组织员工开展应急疏散演练: the second verb launches the name; who does it is no part of it
            body, body_at = body[inner.end():], body_at + inner.end()
            if len(body) < 2:
                continue
        if m.group(2) == "应急响应" and not _RESPONSE_HAZARD.fullmatch(body):
            continue
        if _REFERRING.match(body) or _A_COUNT.match(body) or _SCOPE_AFTER.match(text, m.end()) \
                or body in _GENERIC_ACTIVITIES \
                or _COUNTED.match(text, m.end()):
            continue  # 开展此项活动, 组织各类应急演练: a reference or a kind; 纳入劳动竞赛范围: a scope
        if _ROUTINE.search(text, _clause_start(text, m.start(), 20, "。！？!?\n"), m.start()) \
                or _HABIT.search(text, _clause_start(text, m.start(), 20, "。！？!?\n"), m.start()):
            continue  # 每年汛期都会开展防汛应急演练, 坚持开展某活动: routine work, not one happening
        if "的" in body or body.endswith(("等", "和")) or not all_han(body) \
                or re.search(r"[\u4e00-\u9fff]{2}[和与及][\u4e00-\u9fff]{2}", body):  # two campaigns joined
            continue
        start = body_at
        if text[start:start + 3] in _SELF_SCOPE or text[start:start + 2] in _SELF_SCOPE:
            start += 3 if text[start:start + 3] in _SELF_SCOPE else 2  # 参加全局安全知识竞赛
        # 开展2026年某演练: the mention keeps the year, the name goes without it (writers do both)
        add(_with_prefix(text, start), m.end(), "event-launch", 0.7, text[start:m.end()])
    # X和Y活动 after a quoted campaign: ‘A’和百万客户大走访活动
    joins = ("”和", "”、", "”及", "’和", "’、", "’及")  # the pattern's start: run it only where one occurs
    for m in re.finditer(r"[”’](?:和|、|及)([\u4e00-\u9fff]{2,12}?(?:活动|行动))", text) \
            if any(j in text for j in joins) else ():
        add(m.start(1), m.end(1), "event-conjoined", 0.7)
    for m in pats["battle"].finditer(text):
        # a quoted storm inside counts as one word: 防御台风“某某”保供电攻坚战
        quoted = 4 if text.rfind("”", max(0, m.start() - 8), m.start()) >= 0 else 0
        start = _with_prefix(text, _event_start(idx, m.start(), 8 + quoted))
        if m.start() - start >= 2 or m.group() in ("防疫战",):
            add(start, m.end(), "event-battle", 0.75)
    # named storms and numbered floods; their sentences name no dated disaster of their own
    named_in: set[int] = set()
    # the storm and flood patterns try every character; skip them when their key word is absent
    for m in _NAMED_STORM.finditer(text) if "台风" in text else ():
        name = m.group(2) + "“" + m.group(3) + "”"
        add(m.start() if m.group(1) else m.start(2), m.end(), "event-named-storm", 0.8, name)
        named_in.add(m.start(2))
    for m in _NUMBERED_FLOOD.finditer(text) if "号洪水" in text or "号台风" in text else ():
        start = m.start()
        tok = idx.token_before(start)
        if tok is not None and (tok.tag == "ns" or idx.is_place_word(tok.text) or tok.text[-1:] in "河江湖溪"):
            start = tok.start  # the river or place it is counted on: 修河2020年第1号洪水
        add(start, m.end(), "event-numbered-flood", 0.8)
        named_in.add(m.start(2))
    for m in finditer_at(_COMMISSIONED, text, _commissioned_starts(text)) if "千伏" in text else ():
        # 某某220千伏某变电站正式投运 (a headline, or said done): the commissioning is the event, named without
        # 正式 and without the city before the site (宜昌|猇亭220千伏…); the works named alone are a mention of it
        if not (m.group(3) or text[m.end():m.end() + 1] in ("", " ", "\n", "\u3000")):
            continue
        start = m.start()
        while start > 0 and m.start() - start < 4:
            tok = idx.token_before(start)
            if tok is None or not all_han(tok.text) or (start < m.start() and len(tok.text) > 1 and idx.is_place_word(tok.text)) \
                    or tok.text.endswith(("省", "市", "县", "区")) \
                    or tok.text in _FRAME or tok.start < m.start() - 4:
                break
            start = tok.start
        name = text[start:m.end(2)] + m.group(4)
        add(start, m.end(), "event-commissioned", 0.7, name)
        for w in re.finditer(re.escape(text[start:m.end(2)]) + r"(?!正式|顺利|成功|建成|投运|投产)", text):
            add(w.start(), w.end(), "event-commissioned", 0.65, name)
    for m in _QUAKE.finditer(text) if "级地震" in text else ():
        start = m.start(1)
        tok = idx.token_before(start)
        if tok is not None and (tok.tag == "ns" or idx.is_place_word(tok.text)):
            start = tok.start  # 某地4.9级地震: the place it struck names it
        elif (struck := _QUAKE_STRUCK.search(text, max(0, start - 24), start)) is not None \
                and not _fuller_quake(text, text[start:m.end()]):
            # 某某县发生6.2级地震: the county struck names it (the magnitude alone is its mention, an alias),
            # unless the text names it fuller elsewhere (毕节4.9级地震 in the headline)
            county = _INNERMOST.search(struck.group(1))  # 某地区某县: the county alone names it
            add(start, m.end(), "event-quake", 0.8, (county.group(1) if county else struck.group(1)) + text[start:m.end()])
            named_in.add(m.start())
            continue
        add(start, m.end(), "event-quake", 0.8)
        named_in.add(m.start())
    quakes = {c.name for c in out if c.kind == "event-quake"}
    if len(quakes) == 1:  # 某地地震 written without its magnitude (a headline's 乌什地震): the text's one quake
        quake, spans = quakes.pop(), [(c.start, c.end) for c in out if c.kind == "event-quake"]
        for q in find_all(text, "地震"):
            tok = idx.token_before(q)
            if tok is not None and (tok.tag == "ns" or idx.is_place_word(tok.text)) \
                    and not any(a < q + 2 and tok.start < b for a, b in spans):
                add(tok.start, q + 2, "event-quake", 0.7, quake)
    # only sentences with a date (or 当天) hold dated meetings, disasters and visits: find them in one pass
    # (a sentence holds a _DATE match exactly when it holds a digit before 月N日: look for that, it is fast)
    dated_at = {m.start() for m in _DATE_CORE.finditer(text) if text[m.start() - 1:m.start()].isdecimal()} \
        | {m.start() for m in _RELATIVE_DATE.finditer(text)}
    # (the sentences around those few positions, not a split of the whole text)
    for a, b in _sentences_at(text, dated_at):
        sent = text[a:b]
        dates = list(_DATE.finditer(sent))
        if not dates and _RELATIVE_DATE.search(sent):
            dates = list(_RELATIVE_DATE.finditer(sent))
        if not dates:
            continue
        line = _DATELINE.match(sent)
        lead_at = line.end() if line and line.end() < len(sent) and _DATE.match(sent, line.end()) else 0
        for m in pats["meeting"].finditer(sent):
            if m.start() < dates[0].start():
                continue
            s = a + m.start()
            start = _with_prefix(text, _event_start(idx, s, 12))
            yearly = re.search(r"(?:\d{4}年度?)[\u4e00-\u9fff]{2,20}$", text[max(a, s - 28):s])
            if yearly and "的" not in yearly.group():
                start = min(start, max(a, s - 28) + yearly.start())
            if s - start >= 1 or len(m.group()) >= 4:
                add(start, a + m.end(), "event-meeting", 0.75)
        for m in pats["disaster"].finditer(sent):
            lead = [d for d in dates if lead_at <= d.start() < m.start()]
            if lead and lead[0].start() > lead_at + 2 and sent[lead[0].start() - 1] in ",，" \
                    and _CAUSE.match(sent, lead_at):
                lead_at = lead[0].start()  # 受某冷空气影响,10月9日至12日某市出现持续强降雨: the clause starts with dates
            if not lead or lead[0].start() > lead_at + 2 \
                    or m.start() != min(x.start() for x in pats["disaster"].finditer(sent)):
                continue
            if any(a <= n < b for n in named_in) or _DATED_STORM.search(sent):
                break  # the sentence names its storm or flood (台风“梅花”, 第1号洪水, “12·11”暴雪)
            if sent[max(0, lead[0].start() - 2):lead[0].start()] in ("截至", "截止"):
                continue  # 截至7月18日20时: a time stamp, not the disaster's date
            if _RESPONSE.search(sent, 0, m.start()):
                break  # 召开抗击暴雪保供电紧急调度会: the response is named, not the disaster
            if "模拟" in sent[max(0, m.start() - 8):m.start()] or _DRILL_AFTER.match(sent, m.end()):
                break  # 一场模拟特大山洪冲击厂区的演练, 举行某地震应急演练: the disaster is the drill's scenario
            named = _DISASTER_MODIFIER.search(sent, max(0, m.start() - 7), m.start()) if len(lead) == 1 else None
            word = m.group()  # 7月5日持续强降雨 is named 7月5日强降雨 (one writer kept 持续 once: NOTES)
            for d in lead:  # one event per date; its mention is the date itself
                add(a + d.start(), a + d.end(), "event-disaster", 0.7, d.group() + word)
            if len(lead) == 1:  # one date: the disaster word is a mention too (此次强降雨)
                add(a + m.start(), a + m.end(), "event-disaster", 0.7, lead[0].group() + word)
                if named:  # 持续强降雨, 今冬最强降雪: some writers name the spell by its words; a mention too
                    add(a + named.start(), a + m.end(), "event-disaster", 0.7, lead[0].group() + word)
        for m in pats["check"].finditer(sent):
            if m.start() < dates[0].start():
                continue
            if any(c in _FOR_SOMEONE for c in m.group(1)):
                continue  # 组织志愿者为老人检查线路: a service done for someone, not an inspection
            body_start = a + m.start(1)
            start = max(body_start, _event_start(idx, a + m.start(2), 10))
            if start == a + m.start(2) and m.group(2) not in _BARE_CHECK_OK and len(m.group(2)) < 4:
                continue  # a bare 检查/排查 names no inspection
            add(start, a + m.end(), "event-check", 0.6)
        for m in pats["visit"].finditer(sent) if pats["visit_word"].search(sent) else ():
            _visit(idx, a, m, add)
    for m in pats["convened"].finditer(text):
        quoted = m.group(2).endswith("”") and "“" in m.group(2)
        body = _ANNIVERSARY_COUNT.sub("", m.group(2))  # 庆祝建党105周年大会: the count belongs to the occasion
        if "的" in body or not all(is_han(c) or c in "“”" or (quoted and c in _QUOTE_JOINERS) for c in body):
            continue
        if _REFERRING.match(body) or _A_COUNT.match(body) or _COUNTED.match(text, m.end()):
            continue  # 举办各类安全培训班23期, 召开此次推进会: a kind or a reference, not one gathering's name
        start = max(m.start(2), _event_start(idx, m.start(3), 16))
        if quoted and not m.group(1):
            # 召开第四季度“党建引领、共驻共建”联席会议: the quoted name opens it (the headline writes it so)
            start = m.start(2) + m.group(2).index("“")
        elif m.group(1):
            start = m.start(1)  # 召开2026年度某大会: the year opens the name, which runs to the kind
        else:
            start = _with_prefix(text, start)
        if (start == m.start(3) and m.group(3) in ("大会", "联席会议", "竞赛", "大赛")) \
                or text[start:m.end()] in _BARE_CONTESTS:
            continue  # 每季度召开一次联席会议: a kind of meeting alone names no one meeting
        # contests are named without their year (as the contest rule does); the mention keeps it
        add(start, m.end(), "event-convened", 0.7,
            text[m.start(2):m.end()] if m.group(1) and m.group(3).endswith("赛") else None)
    for m in pats["convened_headline"].finditer(text) if "会" in text else ():
        # 某公司召开某工作会议 (a headline): the body's dated meeting of the same name with its year, if any
        if _in_headline(text, m.start()) and all_han(m.group(1)) and "的" not in m.group(1):
            add(m.start(1), m.end(), "event-convened-headline", 0.6)
    for m in _AT_MEETING.finditer(text) if "上" in text else ():
        body, body_start = m.group(1), m.start(1)
        held = re.search(r"(?:召开|举行|举办)的", body) or _TIME_OF.match(body)
        if held:  # 在某州召开的某推进会上 / 在13日凌晨的某调度会上: the meeting is named after 的
            body, body_start = body[held.end():], body_start + held.end()
        if len(body) < 2 or "的" in body or not all(is_han(c) or c in "“”" for c in body):
            continue
        start = max(body_start, _event_start(idx, m.start(2), 16))
        if m.start(2) - start >= 2 or len(m.group(2)) >= 4:
            add(start, m.end(2), "event-at-meeting", 0.7)
    # a quoted name that ends with its kind of gathering: 承办了“某某能力提升培训班”
    for m in _QUOTED_KIND.finditer(text) if "“" in text else ():
        add(m.start(1), m.end(2), "event-quoted-kind", 0.7)
    for m in _CONTEST.finditer(text) if ("赛" in text or "竞" in text or "比武" in text) else ():
        body = _event_start(idx, m.start(1), 14)
        quote = text.find("“", body, m.start(1))
        if quote >= 0:
            body = quote  # 某供电“夏季攻坚”劳动竞赛: the quoted name starts it; the unit runs it
            if _QUOTED_WORD.fullmatch(text, quote, m.start(1)):
                continue  # “风光”劳动竞赛: a word put in quotes (a headline's pun), not the contest's name
        tok = idx.token_at(body)
        if tok is not None and tok.start == body and (tok.text in lexicon.events()["verb"] or tok.text in _FRAME):
            body = tok.end  # 纳入|劳动竞赛: a verb before the contest is no part of its name (输电 is)
        for verb in ("参加", "参与"):  # 推荐|参加国|网某公司技能竞赛: the word cut glued the verb to the name
            at = text.rfind(verb, body, m.start(1))
            body = max(body, at + len(verb)) if at >= 0 else body
        holds = _HOLDS_VERB.search(text, body, m.start(1))
        if holds is not None:
            body = holds.end()  # 某供电举办|配网带电作业技能竞赛 (a headline): the holder and the verb stay out
        start = _with_prefix(text, body)
        if m.start(1) - body >= 2 and "的" not in text[start:m.start(1)]:
            # 2026年某技能竞赛: named without its year (the mention keeps it, as an alias)
            own = body
            if start < body and text[body] == "年":
                own += 1  # 2025/年配/网: 年 is the year's
            if start < body and text[own:own + 1] == "度" and text[own - 1] == "年":
                own += 1  # 2026年/度风光储…: so is 度
            if start < body:  # 某公司2026年某竞赛: the holder written before the year is an alias too
                start = _holder_before(text, start)
            end = m.end(1)
            final = _ROUND.match(text, end)
            if final:  # 某职业技能竞赛配电线路工决赛: the trade's final is the event the story is about
                end = final.end()
            add(start, end, "event-contest", 0.7, text[own:end])
    for m in finditer_at(_OCCASION_SUPPLY, text, _occasion_starts(text)) if "保" in text else ():
        start = m.start()
        if m.group(1) and not m.group(2):  # 某某马拉松保电: the proper name before the games belongs to it
            start = max(_event_start(idx, m.start(), 6), m.start() - 6)
        add(start, m.end(), "event-occasion-supply", 0.7)
    for m in finditer_at(_RESPONSE_SUPPLY, text, [p + 2 for p in find_all(text, "开展抗")]) if "保" in text else ():
        add(m.start(), m.end(), "event-response", 0.7)
    responses = {m.group(1) for m in _RESPONSE_OP.finditer(text)} if "抗" in text or "灾害" in text else set()
    for name in sorted(responses, key=len, reverse=True):  # every mention of it (…、抗冰抢险现场总指挥)
        # 此次抗冰保电行动中: a writer who names it a 行动 once names it so (its bare mentions too)
        full = name + "行动" if name + "行动" in text else name
        for m in re.finditer(re.escape(name) + "(?:行动)?", text):
            add(m.start(), m.end(), "event-response", 0.7, full)
    holidays = [m for m in _HOLIDAY_SUPPLY.finditer(text)] if "保" in text else []
    counts: dict[str, int] = {}
    for m in holidays:
        counts[m.group()] = counts.get(m.group(), 0) + 1
    for m in holidays:
        if counts[m.group()] >= 2 or _HOLIDAY_SET_UP.match(text, m.end()):
            add(m.start(), m.end(), "event-holiday-supply", 0.65)
    for m in pats["ceremony"].finditer(text):
        start = _with_prefix(text, _event_start(idx, m.start(), 10))
        if start == m.start() and m.group() in ("开幕式", "闭幕式"):
            continue  # 在闭幕式上: the opening or closing of an event named elsewhere, not one of its own
        season = _SEASON_BEFORE.search(text, max(0, start - 12), start)
        if season and start < m.start():
            start = season.start()  # 2026-2027冰雪季开幕式: a season's years open its name
        add(start, m.end(), "event-ceremony", 0.7)
    for q in find_all(text, "仪式") if "仪式" in text else ():
        # a ceremony of any kind held or attended (举行新员工入职宣誓仪式, 出席结业仪式); the kinds in the
        # word list are the loop's above
        if q < 2 or text[q - 2:q + 2] in lexicon.events()["ceremony"] or not all_han(text[q - 2:q]):
            continue
        start = _with_prefix(text, _event_start(idx, q, 12))
        if start < q and _HELD_BEFORE.search(text, max(0, start - 3), start):
            add(start, q + 2, "event-ceremony", 0.65)
    for m in _NAMED_OPERATION.finditer(text) if "专项行动" in text else ():
        start = _event_start(idx, m.start(), 10)
        if m.start() - start >= 2:  # 某公司迎峰度夏专项行动自6月启动: named by its topic, with or without a verb
            add(start, m.end(), "event-operation", 0.7)

    for a, b, month in _month_leads(text) if "月" in text else ():  # (one scan, not a match per sentence)
        if _DATE.match(text, month.start(1)):
            continue  # a day-dated sentence is the disaster rule's
        for m in pats["disaster"].finditer(text, month.end(), b):
            if _STRUCK.search(text, max(a, m.start() - 8), m.start()) and "模拟" not in text[max(a, m.start() - 8):m.start()]:
                add(m.start(), m.end(), "event-disaster-month", 0.65, month.group(1) + m.group())
                break
    for m in _JOINED_OP.finditer(text) if "抗" in text else ():
        for w in re.finditer(re.escape(m.group(1)), text):  # every mention of the operation
            add(w.start(), w.end(), "event-response", 0.7)
    for m in finditer_at(_LEVEL_RESPONSE, text, [p + 2 for p in find_all(text, "启动")]) if "级" in text else ():
        if not _SEASONAL_HAZARD.search(m.group(1)):
            add(m.start(), m.end(), "event-level-response", 0.7)
    for unit, at in _unveiled_units(text) if "揭牌" in text else ():
        # the text's 揭牌仪式 is this unveiling: the name says so (its bare mentions take it, see _FULLER)
        add(at, at + 2, "event-unveiled", 0.7, unit + ("揭牌仪式" if "揭牌仪式" in text else "揭牌"))
    for m in _HELD_THERE.finditer(text) if any(k in text for k in _HELD_KEYS) else ():
        if any(c.end == m.end(1) for c in out):
            continue  # named by another rule already (a quoted or convened gathering)
        start = m.start()
        while start > 0 and is_han(text[start - 1]) and m.start() - start < 20 \
                and not text.endswith(_HOST_END, 0, start):
            start -= 1
        if text[start:start + 1] == "年" and text[max(0, start - 4):start].isdigit():
            start -= 4  # 某局2026年某培训班: the year opens the name
        elif text[start:start + 1] == "年":
            start += 1
        if m.start() - start >= 2 and not _REFERRING.match(text, start):  # 这次培训班结业后: a reference
            add(start, m.end(1), "event-held-there", 0.7)
    for m in finditer_at(_HOSTED, text, [p + 1 for p in find_all(text, "的")]) if "办的" in text or "织的" in text \
            or "行的" in text or "开的" in text or "展的" in text else ():
        # 某公司承办的2026年某竞赛在某地举行, 在此前举行的全市某演练中: what a host holds, named after 的
        if any(c.end == m.end() for c in out):
            continue  # named by another rule already (held somewhere, convened, a contest)
        start = max(m.start(1), _event_start(idx, m.start(2), 16))
        if m.start(2) - start >= 2 and not _REFERRING.match(text, start) and m.end() - start >= 5:
            add(_with_prefix(text, start), m.end(), "event-hosted", 0.7)  # (技能竞赛 alone is a kind)
    for m in _FESTIVAL.finditer(text) if "届" in text else ():
        add(m.start(), m.end(), "event-edition", 0.75)
    for m in _YEARED_FESTIVAL.finditer(text) if _FESTIVAL_KIND.search(text) else ():
        add(m.start(), m.end(), "event-edition", 0.75)
    for m in _EDITION.finditer(text) if "届" in text else ():
        # 某公司第十届某竞赛: the holder before the edition is kept in the mention (an alias), not the name
        add(_holder_before(text, m.start()), m.end(), "event-edition", 0.75, m.group())
    for m in _DATED_STORM.finditer(text) if "·" in text or "." in text else ():
        storm = pats["disaster"].match(text, m.end())
        place = _PLACE_AFTER_DATE.match(text, m.end()) if storm is None else None
        if place is not None:  # “5·22”玛多地震: the place struck between the date and the disaster
            storm = pats["disaster"].match(text, place.end())
        if storm:
            start = m.start()
            headline_place = _HEADLINE_PLACE.search(text, max(0, start - 6), start)
            if headline_place is not None:
                start = headline_place.start(1)  # 泸定“8·21”山体滑坡 (a headline): the place opens the name
            add(start, storm.end(), "event-dated-storm", 0.8)
    ev = lexicon.events()
    ev_named = set(ev["named"])
    for m in pats["lexicon"].finditer(text):
        if _HONOUR_AFTER.match(text, m.end()):
            continue  # “抗洪救灾先进个人” is an honour
        if m.group() in ev["epidemic"] and _DISEASE_AFTER.match(text, m.end()):
            continue  # 新冠肺炎患者: the disease names the patients, not the epidemic as an event
        if idx.is_boundary(m.start()) or not is_han(text[m.start() - 1: m.start()] or "x"):
            start, end = m.start(), m.end()
            if m.group() in lexicon.event_groups():
                start = _place_start(idx, start)
                if text.startswith(("保供电", "保电"), end):  # 防汛抢险保供电: the response with its aim
                    end = text.index("电", end) + 1
            elif m.group() in ev_named:  # 2023年江苏高考: a year and a province before it belong to it
                pre = re.search(r"\d{4}年([\u4e00-\u9fff]{2,3})?$", text[max(0, start - 8):start])
                if pre and (not pre.group(1) or idx.is_place_word(pre.group(1))):
                    start = max(0, start - 8) + pre.start()
            add(start, end, "event-lexicon", 0.75)
            if start < m.start() and m.group() in lexicon.event_groups():
                out[-1] = Candidate(start, end, "Event", "event-lexicon", 0.75, text[start:end], kind="event-placed")
    for m in pats["anniversary"].finditer(text) if "周年" in text else ():
        add(m.start(1), m.end(1), "event-anniversary", 0.7)
    _add_repeats(text, out, add)
    out = _signed_ceremonies(text, out)
    return _to_suffix_names(_with_year_forms(_to_full_names(_to_dated_names(out), text), text))


_DATE_WORD = re.compile(r"(\d{1,2})月(\d{1,2})日(.+)")
#: A disaster word that names a drill's scenario: 地震应急演练, 防汛救援演练.
_DRILL_AFTER = re.compile(r"(?:应急|救援|救灾|抢险)?(?:演练|演习)")


#: What was signed: 签订党建联建协议, 签署战略合作框架协议 (the agreement's kind names its signing).
_SIGNED = re.compile(r"(?:签订|签署)了?([\u4e00-\u9fff]{2,8}?)(?:框架)?协议")


def _signed_ceremonies(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A bare 签约仪式 in a text that signs one kind of agreement (签订党建联建协议) is that agreement's
    signing: 党建联建签约仪式 (the bare mention stays its alias)."""
    if "签约仪式" not in text or not any(c.name == "签约仪式" for c in cands):
        return cands
    kinds = {m.group(1) for m in _SIGNED.finditer(text)}
    if len(kinds) != 1:
        return cands
    name = kinds.pop() + "签约仪式"
    return [c._replace(name=name) if c.name == "签约仪式" else c for c in cands]


def _to_dated_names(cands: list[Candidate]) -> list[Candidate]:
    """A disaster named by its date (8月21日山体滑坡) is the one the text also names with that date in
    quotes (泸定“8·21”山体滑坡): it takes that name; so does a quake named by its magnitude (7.4级地震)
    where the text names one quake in quotes."""
    quoted = [c.name for c in cands if c.kind == "event-dated-storm"]
    if not quoted:
        return cands
    out = []
    for c in cands:
        m = _DATE_WORD.fullmatch(c.name) if c.kind == "event-disaster" else None
        if c.kind == "event-quake":  # 发生7.4级地震 in an article about “5·22”某地震
            same = [n for n in quoted if n.endswith("地震")]
            if len(same) == 1:
                c = c._replace(name=same[0])
        elif m is not None:
            tag = f"{m.group(1)}·{m.group(2)}"
            dated = [n for n in quoted if tag in n]
            same = [n for n in dated if n.endswith(m.group(3))]
            if len(same) == 1:
                c = c._replace(name=same[0])
            elif len(dated) == 1:  # 7月14日特大暴雨 in an article about the “7·14”洪水 it caused: one happening
                c = c._replace(name=dated[0])
        out.append(c)
    return out


#: Kinds whose name, written again word for word elsewhere, is a mention of the same event.
_REPEATED = frozenset({"event-launch"})
_MIN_REPEAT = 6  # characters: a long name does not recur by chance


def _add_repeats(text: str, cands: list[Candidate], add) -> None:  # type: ignore[no-untyped-def]
    """A launched event named again word for word where no other event is found (a headline's 开展某应急演练,
    then 在某市举行2026年某应急演练 in the body): a mention of it there too."""
    names = sorted({c.name for c in cands if c.kind in _REPEATED and len(c.name) >= _MIN_REPEAT
                    and text[c.start:c.end].endswith(c.name)}, key=lambda n: (-len(n), n))
    spans = [(c.start, c.end) for c in cands]
    for name in names:
        for start in find_all(text, name):
            end = start + len(name)
            if not any(a < end and start < b for a, b in spans):
                add(start, end, "event-repeat", 0.65, name)
                spans.append((start, end))


def _to_full_names(cands: list[Candidate], text: str) -> list[Candidate]:
    """A bare ceremony or named event (签约仪式, 高考) after its full name in the same text (结对共建签约仪式,
    2023年江苏高考) is a mention of that one: it takes the full name. So does an event in a headline whose
    name is the body's with words left out (开展防汛应急演练 / 开展2026年防汛应急综合演练)."""
    full = sorted({c.name for c in cands if c.kind in _FULLER}, key=len, reverse=True)
    out = []
    names = None
    for c in cands:
        if _in_headline(text, c.start) and len(c.name) >= 4:
            names = names if names is not None else sorted({d.name for d in cands}, key=len, reverse=True)
            # the headline's words without their quotes (开展“迎峰度夏”应急演练 / 举行迎峰度夏大面积停电应急演练)
            short = max(c.name, text[c.start:c.end].translate(_NO_QUOTES), key=len)
            # (one event written with its year and without is one name: 2026年某竞赛, 某竞赛)
            longer = list({_without_year(n): n for n in names
                           if len(n) > len(short) and n[-2:] == short[-2:] and _leaves_out(n, short)}.values())
            if len(longer) == 1:
                out.append(c._replace(name=longer[0]))
                continue
            if not longer and len(short) >= 6:
                # a headline that words the body's event its own way (配网带电作业技能竞赛 / 配网不停电作业
                # 技能竞赛, 某行业配电线路工技能竞赛 / 某行业职业技能竞赛配电线路工决赛): the one body name
                # of the same last character that holds nearly all the headline's characters
                alike = {_without_year(n): n for n in names if n != c.name and n[-1] == short[-1]
                         and not _in_headline(text, text.find(n)) and _shared(short, n) >= 0.8 * len(short)}
                if len(alike) == 1:
                    out.append(c._replace(name=next(iter(alike.values()))))
                    continue
        if c.kind in _FULLER:
            longer = [n for n in full if len(n) > len(c.name) and n.endswith(c.name)]
            if len(longer) == 1 or (longer and all(longer[0].endswith(n) for n in longer)):
                c = c._replace(name=longer[0])
            elif c.kind == "event-ceremony" and c.name in _PART_OF_ANOTHER:
                continue  # 在颁奖仪式上 / 启动仪式上 with no fuller name: a part of the event the article is about
        elif c.kind == "event-convened-headline":
            # kept only as a mention of the body's meeting named with its year (the writer's short name)
            names = names if names is not None else sorted({d.name for d in cands}, key=len, reverse=True)
            longer = [n for n in names if n.endswith(c.name) and _YEAR_BEFORE.fullmatch(n, 0, len(n) - len(c.name))]
            if len(longer) == 1:
                out.append(c._replace(name=longer[0]))
            continue
        elif c.kind == "event-launch" and not _YEAR_LEAD.match(c.name):
            # 举行2026年某联合演练 (a headline) and 2026年某联合演练在某区举行: one event, named with its year
            names = names if names is not None else sorted({d.name for d in cands}, key=len, reverse=True)
            longer = [n for n in names if n.endswith(c.name) and _YEAR_BEFORE.fullmatch(n, 0, len(n) - len(c.name))]
            if len(longer) == 1:
                c = c._replace(name=longer[0])
        elif c.kind == "event-convened" and not _YEAR_LEAD.match(c.name):
            # 召开安全警示教育大会 (a headline) after 召开2026年安全警示教育大会: the same meeting
            names = names if names is not None else sorted({d.name for d in cands}, key=len, reverse=True)
            longer = [n for n in names if n.endswith(c.name) and _YEAR_BEFORE.fullmatch(n, 0, len(n) - len(c.name))]
            if len(longer) == 1:
                c = c._replace(name=longer[0])
        elif c.kind == "event-convened" and (year := _YEAR_LEAD.match(c.name)):
            # 召开2023年度表彰大会 (a headline) after 2023年度先进个人表彰大会: the year and the kind agree
            names = names if names is not None else sorted({d.name for d in cands}, key=len, reverse=True)
            head, tail = year.group(), c.name[year.end():]
            longer = [n for n in names if len(n) > len(c.name) and n.startswith(head) and n.endswith(tail)]
            if len(longer) == 1:
                c = c._replace(name=longer[0])
        out.append(c)
    return out


_NO_QUOTES = str.maketrans("", "", "“”‘’")
#: A year (or 年度, this year's) and a class's session (首期, 第一期) opening an event's name: writers name the
#: event with them and without them; a part of the year after it (2025年第一季度, 上半年) keeps the year.
_OPENING = re.compile(r"(?:(?:\d{4}年度?|\d{4}(?![年\d])|年度)(?!第[一二三四]季度|上半年|下半年))?"
                      r"(?:首期|第[一二三四五六七八九十\d]+期)?(?=[\u4e00-\u9fff“‘])")
#: Kinds whose names are dates or counts of their own (a disaster's 2024年7月, a season's years).
_DATED_KINDS = frozenset({"event-disaster", "event-disaster-month", "event-named-storm", "event-numbered-flood",
                          "event-dated-storm", "event-quake"})


def _core(name: str) -> str:
    """``name`` without the year and session opening it (2026年第一期某培训班 -> 某培训班), or ``name``."""
    if not (name[:1].isdigit() or name[:1] in "年首第"):
        return name  # (most names: no match tried)
    m = _OPENING.match(name)
    return name[m.end():] if m and m.end() and len(name) - m.end() >= 4 else name


def _with_year_forms(cands: list[Candidate], text: str) -> list[Candidate]:
    """One event written with its year or session and without (2026年度某竞赛, 年度某竞赛, 首期某培训班 and
    2026年第一期某培训班) takes its fullest name, unless two years are named; a name that holds its year
    gets the year-free part of its mention as a mention too, so both forms name it (writers and readers use
    either: 召开2026年某表彰大会 is the 某表彰大会 of another account)."""
    cores: dict[str, set[str]] = {}
    for c in cands:
        if c.kind not in _DATED_KINDS and (core := _core(c.name)) != c.name:
            cores.setdefault(core, set()).add(c.name)
    if not cores:
        return cands
    target = {}
    for core, names in cores.items():
        yeared = {n for n in names if n[:4].isdigit()}
        if len({n[:4] for n in yeared}) <= 1:  # (年度某竞赛 alone is this year's: the year-free name)
            target[core] = min(yeared or {core}, key=lambda n: (-len(n), n))
    out = []
    for c in cands:
        core = _core(c.name) if c.kind not in _DATED_KINDS else c.name
        if core in target:
            c = c._replace(name=target[core])
            at = text.find(core, c.start, c.end)
            if c.name != core and at > c.start and at + len(core) == c.end:
                out.append(c._replace(start=at, rule=c.rule))  # 2026年|某表彰大会: the year-free mention
        out.append(c)
    return out


#: Kinds whose bare name stands for the one longer name in the text it ends (劳动竞赛 for 某某劳动竞赛).
_SUFFIX_KINDS = frozenset({"event-launch", "event-contest", "event-convened", "event-meeting", "event-quoted-repeat",
                           "event-quoted-joined", "event-held-there", "event-at-meeting", "event-check",
                           "event-quoted-kind", "event-repeat"})


def _to_suffix_names(cands: list[Candidate]) -> list[Candidate]:
    """An event whose name ends exactly one longer event name of the text (or a chain of them: 竞赛 in
    某劳动竞赛 in 某某劳动竞赛) is a mention of that event: 开展劳动竞赛 after 某公司风光储劳动竞赛, “敲门行动”
    after “冬季敲门行动”."""
    names = sorted({c.name for c in cands}, key=lambda n: (-len(n), n))
    out = []
    for c in cands:
        if c.kind in _SUFFIX_KINDS and len(c.name) >= 4:
            longer = [n for n in names if len(n) > len(c.name) and n.endswith(c.name)]
            if longer and all(longer[0].endswith(n) for n in longer):
                c = c._replace(name=longer[0])
        out.append(c)
    return out


def _in_headline(text: str, at: int) -> bool:
    """Whether ``at`` lies on a short line with no sentence end: a headline."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    return len(line) <= 40 and "。" not in line


def _shared(a: str, b: str) -> int:
    """How many characters of ``a`` (counted with repeats) ``b`` holds."""
    return sum((Counter(a) & Counter(b)).values())


def _without_year(name: str) -> str:
    return _core(name)


def _leaves_out(long: str, short: str) -> bool:
    """Whether ``short`` is ``long`` with some characters left out (in order)."""
    it = iter(long)
    return all(ch in it for ch in short)


_YEAR_LEAD = re.compile(r"\d{4}年度?")
#: Ceremonies that, named bare, open or close another event (a contest's 颁奖仪式, a campaign's 启动仪式).
_PART_OF_ANOTHER = frozenset({"颁奖仪式", "启动仪式", "开幕式", "闭幕式"})
#: Kinds whose bare form (签约仪式, 高考, 4.9级地震) stands for a fuller one in the same text.
_FULLER = frozenset({"event-ceremony", "event-lexicon", "event-placed", "event-quake", "event-unveiled"})


def _place_start(idx: TextIndex, start: int) -> int:
    """Start of a place name right before ``start`` (靖远县抗洪抢险), or ``start`` when there is none."""
    text = idx.text
    for p in range(start - 2, max(-1, start - 8), -1):
        if text[p] in "在于从到他她其该这那和与" or not is_han(text[p]):
            break
        if _PLACE_BEFORE.fullmatch(text, p, start) and idx.is_boundary(p):
            return p
    return start


#: Where a leader goes to see the works themselves.
_WORKS = ("现场", "项目部", "工地", "施工现场", "一线")


def _visit(idx: TextIndex, offset: int, m: re.Match[str], add) -> None:  # type: ignore[no-untyped-def]
    """A leader's dated visit (带队到X检查Y, 到X调研Y, 带队走访X): the event is the verb with its object,
    or the verb alone when the object is a named place or unit (走访合肥经济技术开发区)."""
    text = idx.text
    from .names import has_proper

    led = text[offset + m.start():offset + m.start() + 2] in ("带队", "率队")
    if not (led or m.group(1)):
        return
    if m.group(1) and not has_proper(idx, offset + m.start(1), offset + m.end(1)):
        # 带队到现场督导, 带队到项目部调研X工作: a led visit to the works names its target by the place
        if not (led and m.group(1) in _WORKS):
            return  # 前往基层单位督导: no named place or target
        works_obj = _VISIT_OBJECT.match(text, offset + m.end(2))
        if m.group(1) == "现场" and not (works_obj and works_obj.group()):
            add(offset + m.start(1), offset + m.end(2), "event-visit", 0.6)
        elif works_obj and works_obj.group().endswith("工作") and len(works_obj.group()) >= 4:
            add(offset + m.start(2), works_obj.end(), "event-visit", 0.6)
        return
    verb_start, verb_end = offset + m.start(2), offset + m.end(2)
    if not idx.is_boundary(verb_start) or (verb_end < len(text) and not idx.is_boundary(verb_end)):
        return  # 检查 inside 安全检查, 调研 inside 调研员
    obj = _VISIT_OBJECT.match(text, verb_end)
    body_end = obj.end() if obj else verb_end
    tail = text[verb_end:body_end]
    if not tail or idx.is_place_word(tail[:2]) or idx.is_place_word(tail[:3]) or "的" in tail:
        add(verb_start, verb_end, "event-visit", 0.6)  # 带队走访X开发区: the place is its target
        return
    if not m.group(1):
        return  # 带队督导调研…: no place or target named
    add(verb_start, body_end, "event-visit", 0.6)
