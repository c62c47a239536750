"""A deterministic generator of Chinese power-grid news articles, for benchmarks.

The articles imitate the genre of the seeds (grid companies at work during epidemics, floods and
everyday service) without copying them: templates and name pools are our own, from general knowledge
(provinces and prefecture cities, common surnames, organisational suffixes, titles). A small simulated
"world" grows as articles are written: companies at province, city and county level with their units,
staff who recur across articles, communities and events, chosen with a long-tailed distribution, so the
number of distinct entities keeps growing with the corpus as in a real archive.

Some articles come in the forms real archives have: traditional characters, traditional with pinyin
annotations after converted characters (業(yè)), GBK-encoded files, HTML pages with site chrome, and
related-article teasers. Any generated name that occurs in the seed articles is rejected, so the
benchmark corpus never repeats the seeds' people, companies or places.

    python bench/corpus.py OUT_DIR --size 1000 --seed 7
"""

from __future__ import annotations

import argparse
import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

__all__ = ["Article", "World", "generate", "write_corpus"]

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# ---- name pools (general knowledge) -------------------------------------------------------------

# State Grid provinces and their prefecture-level cities (a selection).
STATE_GRID = {
    "河北": "石家庄 保定 唐山 邯郸 邢台 沧州 衡水 廊坊 承德 张家口 秦皇岛",
    "山西": "太原 大同 长治 晋城 运城 临汾 吕梁 忻州 晋中 阳泉 朔州",
    "辽宁": "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 铁岭",
    "吉林": "长春 吉林 四平 通化 白山 松原 白城 辽源",
    "黑龙江": "哈尔滨 齐齐哈尔 牡丹江 佳木斯 大庆 鸡西 鹤岗 双鸭山 伊春 绥化",
    "江苏": "南京 苏州 无锡 常州 镇江 扬州 泰州 南通 盐城 淮安 宿迁 连云港 徐州",
    "浙江": "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水",
    "安徽": "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 滁州 阜阳 宿州 六安 亳州 池州 宣城",
    "福建": "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德",
    "江西": "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶",
    "山东": "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽",
    "河南": "郑州 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店",
    "湖南": "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底",
    "四川": "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中",
    "陕西": "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛",
}
# China Southern Power Grid provinces: "XX电网公司" with "XX供电局" below.
SOUTHERN_GRID = {
    "广西": "南宁 柳州 桂林 梧州 北海 钦州 贵港 玉林 百色 河池",
    "云南": "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧",
    "海南": "海口 三亚 儋州",
}
# Syllables for county and town names: plausible, mostly invented combinations.
PLACE_FIRST = "东西南北安永宁德兴新长清平和泰丰华阳宝临金石青凤龙云武文嘉福瑞定隆盛广乐"
PLACE_SECOND = "阳山江川河源城林溪水丘川宁安平陵州台峰岭泉桥坪湖口门坝"
SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "司马", "上官"]
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "萍", "红", "鹏", "飞", "宇", "浩", "凯", "俊", "斌", "波", "宁", "晨", "辉", "建", "国", "峰", "林", "琳", "雪", "梅", "兰", "志", "新", "东", "亮", "文", "军", "海", "燕", "荣", "鑫", "晓", "丹", "蕾", "佳", "颖", "欣", "振", "宏", "春", "永", "成", "德", "福", "庆", "祥", "瑞", "嘉", "雯", "婷", "倩", "昊", "睿", "博", "泽", "子", "思", "悦", "诗", "雨", "晴", "远", "航", "帆", "达", "毅", "彬", "锋", "卫", "忠", "胜", "利", "兴", "安", "立", "伦", "仁", "义", "礼", "信", "智", "勤", "俭", "朝", "廷", "培", "森", "柏", "松", "坤", "乾", "翔", "翠", "菊", "莉", "珍", "珠", "琴", "凤", "月", "星", "宸", "煜", "晗", "昕"]
COMMUNITY_FIRST = ["幸福", "和平", "团结", "光明", "友谊", "民主", "建设", "胜利", "红星", "新华", "向阳", "东风", "解放", "跃进", "前进", "长青", "金桥", "银河", "翠湖", "锦绣", "枫林", "桃园", "梨园", "荷塘", "柳岸", "石桥", "滨江", "望江", "临河", "青松", "丰收", "杏花", "兰亭", "紫荆", "玉泉", "龙泉", "凤鸣", "鹿鸣", "晨光", "曙光", "和谐", "康宁", "安居", "乐业", "富民"]
COMMUNITY_KIND = ("社区", "社区", "社区", "村", "村", "街道")
TOWN_KIND = ("镇", "乡", "镇")
DEPARTMENTS = ("运维检修部", "营销部", "安全监察部", "调度控制中心", "客户服务中心", "物资供应中心",
               "配电运检室", "输电运检室", "变电运维室", "党建工作部", "工会", "信息通信分公司")
COUNTY_TITLES = ("总经理", "党委书记", "副总经理", "工会主席", "纪委书记", "总工程师")
UNIT_TITLES = ("所长", "副所长", "主任", "副主任", "班长", "台区经理", "客户经理", "党支部书记",
               "运维班班长", "抢修班班长", "员工", "技术员")
HONOURS = ("优秀共产党员", "抗疫先锋", "防汛抢险先进个人", "最美电力人", "劳动模范", "五一劳动奖章",
           "青年岗位能手", "优秀志愿者", "服务之星", "岗位标兵")
MEDIA = ("国家电网报", "中国能源报", "北极星电力网", "新华网", "央广网", "光明网", "中国新闻网",
         "电力头条", "能源新闻网")
CHANNELS = ("党政文化", "企业动态", "基层风采", "电网建设", "服务之窗")
CAMPAIGNS = ("迎峰度夏保供电", "迎峰度冬保供电", "春节保电", "安全生产月", "优质服务提升年",
             "百日安全无事故", "电力设施保护宣传周", "乡村电气化提升工程", "老旧小区改造",
             "党员服务队进社区", "安全用电进万家", "抗冰保电", "复工复产电力保障")
SLOGANS = ("电亮万家", "红色引擎", "党旗飘扬", "先锋在行动", "光明使者", "电力红", "守护光明",
           "点亮希望", "暖心供电", "初心如磐")
SECTION_HEADS = ("党建引领 凝心聚力", "闻令而动 冲锋在前", "精准服务 保障民生", "科技赋能 提质增效",
                 "严防死守 筑牢防线", "连续奋战 抢修复电", "真情服务 温暖人心", "压实责任 守牢底线",
                 "主动作为 勇于担当", "网格管理 全面覆盖", "党员带头 群众点赞")
QUOTES = ("群众的事就是我们的事,再难也要办好。", "只要群众需要,我们随叫随到。",
          "保供电就是保民生,一刻也不能松懈。", "我是党员,这个时候就该冲在前面。",
          "线路早一分钟恢复,群众就少一分钟的焦急。", "安全是底线,服务是本分。",
          "多走一步路,多问一句话,群众就多一分安心。", "困难再大,也要把电送到每一户。")


@lru_cache(maxsize=1)
def _seed_text() -> str:
    """The seed articles in simplified form: any generated name found in them is rejected."""
    if not SEEDS.is_dir():
        return ""
    import opencc

    t2s = opencc.OpenCC("t2s")
    return t2s.convert("\n".join(p.read_text("utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))))


def _fresh(name: str) -> bool:
    return name not in _seed_text()


# ---- the world --------------------------------------------------------------------------------------


@dataclass
class Person:
    name: str
    title: str
    unit: str  # full name of the unit


@dataclass
class County:
    province: str
    city: str
    name: str  # with 县/区
    grid: str  # "state" or "southern"
    company: str = ""
    city_company: str = ""
    province_company: str = ""
    stations: list[str] = field(default_factory=list)  # 供电所 full names
    staff: list[Person] = field(default_factory=list)
    communities: list[str] = field(default_factory=list)
    towns: list[str] = field(default_factory=list)


class World:
    """Companies, people and communities, created lazily and deterministically as articles need them."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used_people: set[str] = set()
        self.counties: list[County] = []
        used: set[str] = set()
        for grid, table in (("state", STATE_GRID), ("southern", SOUTHERN_GRID)):
            for province, cities in table.items():
                if not _fresh(province):
                    continue
                for city in cities.split():
                    if not _fresh(city):
                        continue
                    for _ in range(self.rng.randint(3, 7)):
                        name = self._place_name(used) + self.rng.choice(("县", "县", "县", "区"))
                        self.counties.append(County(province, city, name, grid))
        self.rng.shuffle(self.counties)  # so that the long tail mixes provinces
        self.ready: set[int] = set()
        # Zipf-like popularity: county k is chosen with weight 1/(k+1)^0.9.
        self.weights = [1.0 / (k + 1) ** 0.9 for k in range(len(self.counties))]

    def _place_name(self, used: set[str]) -> str:
        tries = 0
        while True:
            tries += 1
            # two syllables while they last, then three (the two-syllable space is under a thousand)
            middle = self.rng.choice(PLACE_FIRST + PLACE_SECOND) if tries > 50 else ""
            name = self.rng.choice(PLACE_FIRST) + middle + self.rng.choice(PLACE_SECOND)
            if name not in used and _fresh(name):
                used.add(name)
                return name

    def person_name(self) -> str:
        while True:
            given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2, 2))))
            name = self.rng.choice(SURNAMES) + given
            if name not in self.used_people and _fresh(name):
                self.used_people.add(name)
                return name

    def county(self, rng: random.Random) -> County:
        index = rng.choices(range(len(self.counties)), weights=self.weights)[0]
        county = self.counties[index]
        if index not in self.ready:
            self._furnish(county)
            self.ready.add(index)
        return county

    def _furnish(self, c: County) -> None:
        rng, short = self.rng, c.name[:-1]
        if c.grid == "state":
            c.province_company = f"国网{c.province}省电力有限公司"
            c.city_company = f"国网{c.city}供电公司"
            c.company = f"国网{c.name}供电公司" if c.name.endswith("县") else f"国网{c.city}市{c.name}供电公司"
        else:
            c.province_company = f"{c.province}电网公司"
            c.city_company = f"{c.city}供电局"
            c.company = f"{c.city}{short}供电局"
        used: set[str] = set()
        c.towns = [self._place_name(used) + rng.choice(TOWN_KIND) for _ in range(rng.randint(2, 5))]
        c.stations = [f"{town[:-1]}供电所" for town in c.towns]
        c.communities = []
        while len(c.communities) < rng.randint(3, 8):
            name = rng.choice(COMMUNITY_FIRST) + rng.choice(COMMUNITY_KIND)
            if name not in c.communities and _fresh(name):
                c.communities.append(name)
        for title in rng.sample(COUNTY_TITLES, 3):
            c.staff.append(Person(self.person_name(), title, c.company))

    def staff(self, c: County, rng: random.Random, unit: str | None = None) -> Person:
        """A person of the county company (or of ``unit``): mostly someone seen before."""
        pool = [p for p in c.staff if unit is None or p.unit == unit]
        if pool and rng.random() < 0.7:
            return rng.choice(pool)
        title = rng.choice(UNIT_TITLES if unit else COUNTY_TITLES + UNIT_TITLES)
        person = Person(self.person_name(), title, unit or c.company)
        c.staff.append(person)
        return person


# ---- articles ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    file_name: str
    text: str
    encoding: str  # utf-8 or gbk
    form: str  # simplified, traditional, pinyin, html


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.choice((2019, 2020, 2020, 2021, 2021, 2022, 2023)), rng.randint(1, 12), rng.randint(1, 28)


def _para_epidemic(w: World, c: County, rng: random.Random, m: int, d: int) -> str:
    leader, community = w.staff(c, rng), rng.choice(c.communities)
    n = rng.randint(8, 60)
    return (f"{m}月{d}日,{c.company}{leader.title}{leader.name}带领{n}名党员下沉{community},"
            f"协助开展人员排查、卡口值守和防疫物资配送工作。"
            f"{c.company}第一时间成立疫情防控工作领导小组,对辖区{rng.randint(3, 30)}家医院、隔离点和"
            f"{rng.randint(2, 12)}个重点社区的供电线路开展特巡特护,确保疫情防控期间电力供应万无一失。")


def _para_flood(w: World, c: County, rng: random.Random, m: int, d: int) -> str:
    station = rng.choice(c.stations)
    head = w.staff(c, rng, unit=station)
    town = rng.choice(c.towns)
    return (f"{m}月{d}日以来,{c.name}遭遇持续强降雨,{town}多处低洼地带积水严重,"
            f"{rng.randint(3, 40)}条10千伏线路受损停运。{c.company}迅速启动防汛应急预案,"
            f"组织{rng.randint(50, 400)}名抢修人员、{rng.randint(10, 80)}台抢修车辆连夜奔赴一线。"
            f"{station}{head.title}{head.name}带领抢修队员蹚水进村,逐户排查用电安全隐患。"
            f"经过{rng.randint(18, 96)}小时连续奋战,受灾区域全部恢复供电。")


def _para_service(w: World, c: County, rng: random.Random, m: int, d: int) -> str:
    station = rng.choice(c.stations)
    worker = w.staff(c, rng, unit=station)
    community = rng.choice(c.communities)
    campaign = rng.choice(CAMPAIGNS)
    return (f"在“{campaign}”活动中,{station}{worker.title}{worker.name}和同事们走进{community},"
            f"为{rng.randint(20, 300)}户居民免费检查室内线路,更换老化开关{rng.randint(5, 60)}个,"
            f"并为孤寡老人建立用电服务档案。“{rng.choice(QUOTES)}”{worker.name}说。")


def _para_meeting(w: World, c: County, rng: random.Random, y: int, m: int, d: int) -> str:
    boss = w.staff(c, rng)
    topic = rng.choice(("安全生产工作会议", "防汛工作部署会", "党建工作推进会", "优质服务专题会"))
    return (f"{m}月{d}日,{c.company}召开{y}年{topic},{c.company}{boss.title}{boss.name}出席会议并讲话。"
            f"会议传达了{c.province_company}和{c.city_company}有关工作要求,对下一阶段{rng.choice(CAMPAIGNS)}"
            f"工作作出部署,要求各单位压实责任、狠抓落实。")


def _para_honour(w: World, c: County, rng: random.Random) -> str:
    person = w.staff(c, rng)
    community = rng.choice(c.communities)
    honour = rng.choice(HONOURS)
    giver = rng.choice((c.city_company, c.province_company, f"{c.name}人民政府"))
    return (f"因在服务{community}群众中表现突出,{person.name}被{giver}授予“{honour}”称号。"
            f"{community}居民自发送来锦旗,对{c.company}的优质服务表示感谢。")


def _para_structure(c: County, rng: random.Random) -> str:
    dept = rng.choice(DEPARTMENTS)
    return (f"据了解,{c.company}隶属于{c.city_company},下设{rng.randint(4, 15)}个供电所,"
            f"服务{c.name}{rng.randint(5, 60)}万余户电力客户。{c.company}{dept}负责本次任务的统筹协调。")


def _para_epidemic2(w: World, c: County, rng: random.Random, m: int, d: int) -> str:
    volunteer, community = w.staff(c, rng), rng.choice(c.communities)
    return (f"“{rng.choice(QUOTES)}”这是{c.company}{volunteer.title}{volunteer.name}在{community}值守时常说的一句话。"
            f"{m}月以来,他和{rng.randint(3, 20)}名同事每天早上7点到岗,为进出居民测量体温、登记信息,"
            f"晚上还要逐户上门发放生活物资,累计服务群众{rng.randint(300, 5000)}余人次。"
            f"社区工作人员说:“有了电力党员的帮助,我们的压力小了很多。”")


def _para_epidemic3(w: World, c: County, rng: random.Random, m: int, d: int) -> str:
    boss = w.staff(c, rng)
    hospital = f"{c.name}{rng.choice(('人民医院', '中医院', '妇幼保健院', '疾病预防控制中心'))}"
    return (f"为保障{hospital}等重点场所可靠供电,{c.company}制定“一院一策”保电方案,"
            f"安排{rng.randint(4, 30)}名运维人员24小时驻守,配备应急发电车{rng.randint(1, 6)}台。"
            f"{boss.title}{boss.name}多次深入现场督导,要求“保电不停、服务不断”。"
            f"同时,公司大力推广“网上国网”APP线上办电,让客户办电“不见面、零接触”,"
            f"线上业务办理率达到{rng.randint(80, 99)}%以上。")


def _para_flood2(w: World, c: County, rng: random.Random, m: int, d: int) -> str:
    town, community = rng.choice(c.towns), rng.choice(c.communities)
    member = w.staff(c, rng)
    return (f"{m}月{d}日凌晨,{town}{community}一处堤坝出现险情,当地排涝泵站急需用电。"
            f"接到求助电话后,{c.company}党员突击队{rng.randint(10, 40)}名队员冒雨出发,"
            f"仅用{rng.randint(2, 6)}个小时就架设临时线路{rng.randint(1, 5)}公里,"
            f"保障了{rng.randint(3, 12)}台抽水机组连续运转。突击队队长{member.name}全身湿透,"
            f"却顾不上休息,又带队赶往下一个抢修点。")


def _para_flood3(w: World, c: County, rng: random.Random, m: int, d: int) -> str:
    return (f"汛期来临前,{c.company}对辖区{rng.randint(20, 200)}座配电台区、{rng.randint(5, 40)}座变电站"
            f"开展防汛隐患排查,储备沙袋{rng.randint(1000, 20000)}个、抽水泵{rng.randint(10, 90)}台,"
            f"组建应急抢修队伍{rng.randint(5, 30)}支,做到“人员、车辆、物资”三到位。"
            f"{c.city_company}调集周边单位{rng.randint(50, 300)}名骨干支援{c.name}抢修。")


def _para_service2(w: World, c: County, rng: random.Random, m: int, d: int) -> str:
    station = rng.choice(c.stations)
    worker = w.staff(c, rng, unit=station)
    village = rng.choice(c.communities)
    return (f"{worker.name}是{station}的一名{worker.title},在基层一线工作已经{rng.randint(3, 30)}年。"
            f"每逢农忙时节,他都会主动到{village}的田间地头,帮助村民检修灌溉设备、排查线路隐患。"
            f"村民们亲切地称他为“电保姆”。今年以来,他已累计为群众解决用电问题{rng.randint(20, 300)}件。")


def _para_service3(w: World, c: County, rng: random.Random, m: int, d: int) -> str:
    boss = w.staff(c, rng)
    firm = f"{c.name}{rng.choice(('纺织', '食品', '机械', '新材料', '医药', '农业'))}有限公司"
    return (f"{m}月{d}日,{c.company}{boss.title}{boss.name}带队走访{firm}等{rng.randint(3, 20)}家重点企业,"
            f"详细了解企业复工复产用电需求,现场协调解决增容报装难题。"
            f"公司开辟业扩报装“绿色通道”,将办电时间压缩至{rng.randint(5, 20)}个工作日以内。")


def _para_filler(rng: random.Random) -> str:
    return rng.choice((
        "连日来,公司上下坚持一手抓疫情防控,一手抓安全生产,各项工作有序推进。",
        "下一步,公司将持续深化“党建+”工程,把党的政治优势转化为保供电、优服务的发展优势。",
        "据统计,活动开展以来,共走访客户2000余户,解决用电难题80余个,收到表扬信和锦旗30余件。",
        "他们用实际行动诠释了“人民电业为人民”的企业宗旨,赢得了当地群众的广泛赞誉。",
        "期间,公司累计出动巡视人员1200余人次,巡视线路3500余公里,消除缺陷160余处。",
    ))


GENERAL_SENTENCES = (
    "公司党委坚持把学习贯彻上级决策部署作为首要政治任务,第一时间召开专题会议研究部署。",
    "各基层党支部充分发挥战斗堡垒作用,广大党员冲锋在前、勇挑重担。",
    "公司严格落实24小时值班和领导带班制度,确保信息畅通、指挥有力。",
    "在做好自身防护的同时,抢修人员坚持“能带电不停电”,最大限度减少对客户的影响。",
    "公司组织开展线路巡视和设备特巡,对重要用户逐户走访,摸清用电需求。",
    "为让群众少跑腿,公司推出预约上门、延时服务和“一次都不跑”等便民举措。",
    "各供电所结合实际,建立“网格化”服务体系,做到责任到人、服务到户。",
    "公司充分利用微信群、短视频等方式,向群众宣传安全用电和节约用电知识。",
    "面对急难险重任务,青年员工主动请战,在实践中经受锻炼、增长才干。",
    "公司还为一线员工送去口罩、消毒液和防暑降温用品,解除大家的后顾之忧。",
    "通过强化过程管控和考核问责,各项措施落地见效,安全生产形势持续稳定。",
    "截至目前,公司所辖电网运行平稳,未发生因电网原因造成的停电事件。",
    "公司主动对接地方政府和社区,及时掌握重点场所和困难群体的用电需求。",
    "运维人员利用无人机、红外测温等手段开展巡检,提高了隐患发现的效率。",
    "多名退休老党员也主动报名参加志愿服务,发挥余热,传递正能量。",
)


def _para_general(rng: random.Random) -> str:
    return "".join(rng.sample(GENERAL_SENTENCES, rng.randint(3, 6)))


KIND_MAKERS = {
    "epidemic": (_para_epidemic, _para_epidemic2, _para_epidemic3),
    "flood": (_para_flood, _para_flood2, _para_flood3),
    "service": (_para_service, _para_service2, _para_service3),
}


def _body(w: World, c: County, rng: random.Random, kind: str, y: int, m: int, d: int) -> list[str]:
    """Paragraphs: the article's theme first, then general ones; no template twice."""
    makers = list(KIND_MAKERS[kind])
    rng.shuffle(makers)
    others = [lambda: _para_meeting(w, c, rng, y, m, d), lambda: _para_honour(w, c, rng),
              lambda: _para_structure(c, rng), lambda: _para_filler(rng)]
    other_kinds = [k for k in KIND_MAKERS if k != kind]
    extra = KIND_MAKERS[rng.choice(other_kinds)][rng.randrange(3)]
    others.append(lambda: extra(w, c, rng, m, d))
    rng.shuffle(others)
    plan = [lambda f=f: f(w, c, rng, m, d) for f in makers] + others[: rng.randint(2, 5)]
    paras: list[str] = []
    for i, make in enumerate(plan):
        if i and rng.random() < 0.35:
            paras.append(rng.choice(SECTION_HEADS))
        paras.append(make())
        d = min(28, d + rng.randint(0, 3))
    for _ in range(rng.randint(1, 4)):
        paras.insert(rng.randint(1, len(paras)), _para_general(rng))
    if rng.random() < 0.5:
        paras.append(_para_filler(rng))
    return paras


def _title(c: County, rng: random.Random, kind: str) -> str:
    slogan = rng.choice(SLOGANS)
    short = c.company.removeprefix("国网")
    return rng.choice({
        "epidemic": (f"{c.company}:“{slogan}”打响疫情防控保电战", f"{short}党员下沉社区筑牢抗疫防线",
                     f"战疫一线党旗红 {c.company}全力保障防疫用电"),
        "flood": (f"{c.company}全力以赴抗洪抢险保供电", f"风雨中的“{slogan}”:{short}抢修复电纪实",
                  f"{c.name}遭遇强降雨 {short}连夜抢修"),
        "service": (f"{c.company}:“{slogan}”服务暖民心", f"{short}开展“我为群众办实事”实践活动",
                    f"用心服务 {c.company}为民办实事"),
    }[kind])


def _byline(w: World, rng: random.Random, y: int, m: int, d: int, c: County) -> tuple[list[str], list[str]]:
    """Header lines (date, source, authors) in one of the styles news sites use, and the closing lines."""
    reporters = [w.person_name() if rng.random() < 0.5 else rng.choice(c.staff).name
                 for _ in range(rng.randint(1, 2))]
    media = rng.choice(MEDIA + (f"{c.city}日报",))
    hh, mm, ss = rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)
    style = rng.randrange(4)
    if style == 0:
        head = [f"{y}年{m:02d}月{d:02d}日{hh:02d}:{mm:02d}  来源:{media}"]
        tail = [f"({' '.join(reporters)})"]
    elif style == 1:
        head = [f"{media}发布时间:{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}  作者:{' '.join(reporters)}"]
        tail = []
    elif style == 2:
        head = [f"文/图_{' '.join(reporters)}"]
        tail = [f"(责任编辑:{w.person_name()})"]
    else:
        head = [f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d} 来源:{media}"]
        tail = [f"(通讯员 {reporters[0]})"]
    return head, tail


def _teasers(w: World, rng: random.Random) -> list[str]:
    lines = ["相关阅读"]
    for _ in range(rng.randint(1, 3)):
        other = w.county(rng)
        lines.append(_title(other, rng, rng.choice(("epidemic", "flood", "service"))))
    return lines


@lru_cache(maxsize=1)
def _converters() -> tuple[object, object]:
    import opencc

    return opencc.OpenCC("s2t"), opencc.OpenCC("t2s")


@cache
def _pinyin(char: str) -> str:
    from pypinyin import Style, pinyin

    return pinyin(char, style=Style.TONE)[0][0]


def _traditional(text: str, annotate: bool) -> str:
    s2t, _ = _converters()
    hant = s2t.convert(text)  # type: ignore[attr-defined]
    if not annotate:
        return hant
    # Pinyin after each character that the conversion changed, as some sites print it.
    out = []
    for simp, trad in zip(text, hant):
        out.append(trad)
        if simp != trad:
            out.append(f"({_pinyin(simp)})")
    return "".join(out)


def _html(title: str, lines: list[str], channel: str) -> str:
    from html import escape

    body = "\n".join(f"<p>{escape(line)}</p>" for line in lines)
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head>"
            f"<body><div class=\"nav\">首页 | {channel} | 联系我们</div>\n<h1>{escape(title)}</h1>\n"
            f"<div class=\"content\">\n{body}\n</div><div class=\"footer\">版权所有 未经授权禁止转载</div>"
            f"</body></html>\n")


def generate(size: int, seed: int = 7) -> Iterator[Article]:
    """``size`` articles; the first n articles of a bigger corpus are the corpus of size n."""
    world = World(seed)
    for i in range(size):
        rng = random.Random(seed * 1_000_003 + i)
        county = world.county(rng)
        kind = rng.choice(("epidemic", "flood", "service", "service"))
        y, m, d = _date(rng)
        title = _title(county, rng, kind)
        head, tail = _byline(world, rng, y, m, d, county)
        lines = [title, *head, *_body(world, county, rng, kind, y, m, d), *tail]
        if rng.random() < 0.2:
            lines += _teasers(world, rng)
        roll = rng.random()
        form, encoding, suffix = "simplified", "utf-8", "txt"
        if roll < 0.08:
            form = "traditional"
        elif roll < 0.12:
            form = "pinyin"
        elif roll < 0.16:
            form, suffix = "html", "html"
        elif roll < 0.21:
            encoding = "gbk"
        if rng.random() < 0.15 and form != "html":
            lines.insert(0, f"首页 | {rng.choice(CHANNELS)}")
        if form == "html":
            text = _html(title, lines[1:], rng.choice(CHANNELS))
        else:
            text = "\n\n".join(lines) + "\n"
            if form in ("traditional", "pinyin"):
                text = _traditional(text, annotate=form == "pinyin")
        digest = hashlib.sha256(f"{seed}:{i}".encode()).hexdigest()[:16]
        yield Article(f"{i:06d}_{digest}.{suffix}", text, encoding, form)


def write_corpus(out_dir: str | Path, size: int, seed: int = 7) -> dict[str, int]:
    """Write ``size`` articles into ``out_dir`` (created); returns counts per form and total chars."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {"files": 0, "chars": 0, "bytes": 0}
    for article in generate(size, seed):
        data = article.text.encode(article.encoding, errors="strict" if article.encoding == "utf-8" else "ignore")
        (out / article.file_name).write_bytes(data)
        counts["files"] += 1
        counts["chars"] += len(article.text)
        counts["bytes"] += len(data)
        counts[article.form] = counts.get(article.form, 0) + 1
        counts[article.encoding] = counts.get(article.encoding, 0) + 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(write_corpus(args.out_dir, args.size, args.seed))


if __name__ == "__main__":
    main()
