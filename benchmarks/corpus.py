"""A deterministic, seeded generator of crawl-like Chinese government/education pages.

Every sentence comes from templates written for this benchmark (in the style of official
documents) filled from small vocabularies; nothing is copied from real pages. A page is
assembled like a scraped page: optional keyword-spam header, navigation, title, publication
metadata, share bar, body (news style or a numbered official document), related-article
block, footers. Artifacts are drawn per page with fixed probabilities (:data:`RATES`):

* traditional script (converted with OpenCC's official binding, ``s2t``), most of it with
  pinyin left after some characters (``質(zhì)量``);
* UTF-8 read as GBK/GB18030 (one or two lines of an otherwise clean page), UTF-8 read as
  cp1252/Latin-1, GBK read as Latin-1, UTF-8 read as Big5, lossy ``锟斤拷``/U+FFFD;
* keyword-spam lines, navigation/breadcrumbs, metadata, share bars, ICP/police footers,
  related-article blocks, document-site chrome with pseudo-original synonym swaps;
* PDF-extraction spacing and hard line breaks, U+3000/NBSP/zero-width characters, ASCII
  punctuation between Chinese characters, ``?`` where 《》 or “” were lost;
* numbered outlines (一、 （一） 1. （1）) and Chinese numerals, amounts, ranges and dates.

Pages are generated one by one from ``Random(f"{seed}:{kind}:{index}")``, so output is the
same on every machine for a seed, and a smaller corpus is a prefix of a larger one.

Kinds: ``crawl`` (the mix above), ``clean`` (simplified official text with no artifact:
the fast paths), ``traditional`` (clean pages converted to traditional, no ruby),
``damaged`` (every page carries mojibake or lossy damage).

>>> from benchmarks.corpus import make_docs
>>> docs = make_docs(20_000, seed=1, kind="clean")
>>> sum(len(d.encode()) for d in docs) >= 20_000
True
>>> make_docs(20_000, seed=1, kind="clean") == docs
True
"""

from __future__ import annotations

import codecs
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from random import Random
from typing import Any

KINDS = ("crawl", "clean", "traditional", "damaged")

#: Per-page probability of each artifact in the ``crawl`` mix.
RATES: dict[str, float] = {
    "traditional": 0.20,  # of which RUBY_SHARE keep pinyin after characters
    "keyword_spam": 0.22,
    "navigation": 0.70,
    "metadata": 0.80,
    "share_bar": 0.40,
    "icp_footer": 0.75,
    "related_articles": 0.45,
    "doc_site": 0.08,
    "gbk_mojibake": 0.07,
    "latin1_mojibake": 0.02,
    "gbk_as_latin1": 0.01,
    "big5_mojibake": 0.01,
    "lossy": 0.03,
    "pdf_spacing": 0.12,
    "whitespace": 0.50,
    "ascii_punct": 0.25,
    "lost_quotes": 0.05,
    "outline": 0.55,
}
RUBY_SHARE = 0.75

#: Every artifact name a page record can list in its ``artifacts`` field.
ARTIFACTS = (
    "traditional", "ruby", "keyword_spam", "navigation", "metadata", "share_bar",
    "icp_footer", "related_articles", "doc_site", "gbk_mojibake", "latin1_mojibake",
    "gbk_as_latin1", "big5_mojibake", "lossy", "pdf_spacing", "whitespace", "ascii_punct",
    "lost_quotes", "outline", "chinese_numerals",
)

# ---------------------------------------------------------------- vocabularies (facts)
PROVINCES = (
    "北京市", "天津市", "河北省", "山西省", "辽宁省", "吉林省", "上海市", "江苏省", "浙江省",
    "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省",
    "重庆市", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省",
)
PROV_ABBR = "京津冀晋辽吉沪苏浙皖闽赣鲁豫鄂湘粤琼渝川黔滇陕甘青"
CITIES = (
    "杭州市", "苏州市", "成都市", "武汉市", "长沙市", "西安市", "青岛市", "厦门市", "宁波市",
    "合肥市", "南昌市", "郑州市", "济南市", "昆明市", "兰州市", "包头市", "衡水市", "绍兴市",
    "无锡市", "佛山市", "东莞市", "洛阳市", "宜昌市", "遵义市", "柳州市",
)
DISTRICTS = ("东城区", "西城区", "高新区", "经开区", "新城区", "滨江区", "南湖区", "城关区", "某区", "xx区")
ORGS = (
    "教育局", "教育厅", "教育委员会", "人民政府办公厅", "发展和改革委员会", "财政局",
    "人力资源和社会保障局", "卫生健康委员会", "科学技术局", "住房和城乡建设局", "农业农村局",
    "文化和旅游局", "市场监督管理局", "民政局", "体育局",
)
TOPICS = (
    "基础教育", "学前教育", "义务教育", "职业教育", "高等教育", "特殊教育", "教师队伍建设",
    "校园安全", "课后服务", "劳动教育", "体育和美育", "心理健康教育", "教育信息化", "乡村振兴",
    "营商环境", "生态环境保护", "公共卫生服务", "就业创业", "养老服务", "数字政府建设",
    "家庭教育指导", "学生资助", "校外培训治理", "产教融合", "城乡教育一体化",
)
MEASURES = (
    "优质均衡发展", "集团化办学", "县域统筹", "结对帮扶", "智慧校园建设", "教研共同体",
    "教师交流轮岗", "课堂教学改革", "评价制度改革", "督导问责", "条件保障", "经费投入",
    "信息化赋能", "家校社协同育人", "标准化建设",
)
GOALS = (
    "办好人民满意的教育", "推动高质量发展", "促进教育公平", "提升治理能力", "增进民生福祉",
    "落实立德树人根本任务", "构建高质量教育体系", "服务经济社会发展",
)
METRICS = (
    "学前三年毛入园率", "普惠性幼儿园覆盖率", "义务教育巩固率", "高中阶段毛入学率",
    "专任教师本科以上学历比例", "学校标准化建设达标率", "群众满意度",
)
UNITS_COUNT = ("所", "个", "项", "名", "人", "家", "批", "次", "场", "套")
PROTECTED = ("二十大", "十四五", "一带一路", "双减", "三农", "一体化", "统一", "一是", "二是", "唯一")
CHANNELS = ("教育", "新闻中心", "政务公开", "要闻动态", "基层动态", "教育头条", "通知公告", "政策解读")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红晨阳宇欣怡浩然"
SITES = ("教育资讯网", "今日教育在线", "城市新闻网", "天天资讯", "基层教育报", "百家文库", "政策信息网", "校园在线")
DOMAINS = ("example.cn", "example.com.cn", "edu-news.example", "zixun.example.net", "wenku.example.com")

# Keyword-spam phrases (invented, in the style of SEO headers injected into hacked pages).
SPAM = (
    "免费在线观看高清视频", "最新电影网站大全", "手机在线播放", "精品一区二区三区", "日韩综合在线",
    "午夜福利影院", "彩票开奖结果查询", "真人娱乐官方平台", "体育投注官网", "棋牌游戏下载",
    "高清无码视频", "成人影院在线", "亚洲综合网", "免费观看完整版", "热门电视剧在线看",
    "网赚项目推荐", "代开发票联系", "私人影院播放器", "快速贷款秒批", "二区三区精品",
)

# Pinyin of traditional characters that pages annotate (facts: Hanyu Pinyin readings).
PINYIN: dict[str, str] = {
    "當": "dāng", "質": "zhì", "區": "qū", "網": "wǎng", "學": "xué", "發": "fā", "優": "yōu",
    "與": "yǔ", "實": "shí", "務": "wù", "體": "tǐ", "導": "dǎo", "標": "biāo", "準": "zhǔn",
    "強": "qiáng", "統": "tǒng", "籌": "chóu", "資": "zī", "關": "guān", "鍵": "jiàn", "節": "jié",
    "開": "kāi", "來": "lái", "時": "shí", "長": "zhǎng", "個": "gè", "縣": "xiàn", "鄉": "xiāng",
    "鎮": "zhèn", "將": "jiāng", "進": "jìn", "會": "huì", "設": "shè", "計": "jì", "劃": "huà",
    "議": "yì", "機": "jī", "構": "gòu", "幫": "bāng", "們": "men", "還": "hái", "這": "zhè",
    "對": "duì", "為": "wéi", "從": "cóng", "動": "dòng", "國": "guó", "專": "zhuān", "業": "yè",
    "師": "shī", "級": "jí", "題": "tí", "點": "diǎn", "線": "xiàn", "經": "jīng", "濟": "jì",
    "總": "zǒng", "課": "kè", "書": "shū", "記": "jì", "條": "tiáo", "頭": "tóu", "項": "xiàng",
    "舉": "jǔ", "續": "xù", "編": "biān", "輯": "jí", "責": "zé", "據": "jù", "歷": "lì",
    "難": "nán", "現": "xiàn", "認": "rèn", "識": "shí", "辦": "bàn", "規": "guī", "範": "fàn",
    "貫": "guàn", "徹": "chè", "維": "wéi", "護": "hù", "聯": "lián", "協": "xié", "調": "tiáo",
    "環": "huán", "價": "jià", "評": "píng", "農": "nóng", "種": "zhǒng", "邊": "biān",
    "數": "shù", "園": "yuán", "兒": "ér", "勵": "lì",
}

# ------------------------------------------------------------------- sentence templates
# Slots: {place} {org} {topic} {measure} {goal} {metric} {year} {y2} {n} {cn} {span} {pct}
# {money} {count} {date} {range} {protected}. Every template is written for this generator.
NEWS = (
    "近日，{place}{org}印发《关于进一步加强{topic}工作的实施意见》，明确了今后{cn}年的工作目标和重点任务。",
    "{date}，{place}召开{topic}工作推进会，总结前一阶段工作成效，部署下一步重点任务。",
    "会议指出，要坚持以人民为中心的发展思想，把{topic}摆在更加突出的位置，统筹推进各项改革任务落地见效。",
    "{year}年以来，{place}累计投入资金{money}，新建、改扩建学校{n}所，新增学位{count}。",
    "截至目前，全市{metric}达到{pct}，较上年提高{small}个百分点。",
    "据介绍，{place}将围绕{measure}，推出{cn}项具体举措，力争到{y2}年基本形成覆盖城乡的工作体系。",
    "{place}{org}有关负责人表示，下一步将持续深化{measure}，切实把好事办好、实事办实。",
    "活动现场，{n}名教师代表签订了结对帮扶协议，{cn}所学校被授予示范校称号。",
    "各地要建立健全工作机制，明确责任分工，加强督促检查，确保各项措施落到实处。",
    "通过{measure}，{place}有效缓解了“入园难”“大班额”等突出问题，群众满意度持续提升。",
    "据统计，{year}年全市共有{n}个项目纳入年度计划，总投资约{money}。",
    "在《{place}{topic}发展规划（{range}）》的指导下，各项工作取得了阶段性成效。",
    "该项目自{date}启动以来，已覆盖{cn}个县（市、区）、{n}所学校，惠及学生{count}。",
    "深入学习贯彻党的{protected}精神，全面落实{goal}的各项要求。",
    "下一步，{place}将以{measure}为抓手，推动{topic}从“有没有”向“好不好”转变。",
    "本次培训为期{cn}天，采取专题讲座、现场观摩和分组研讨相结合的方式进行。",
    "{place}还将在{range}期间，每年安排专项经费{money}，用于支持{topic}。",
    "记者了解到，目前已有{pct}的学校开展了{measure}试点。",
)
DOC = (
    "为深入贯彻落实{place}关于{topic}的决策部署，加快{measure}，结合本地实际，制定本方案。",
    "坚持问题导向和目标导向相统一，聚焦群众急难愁盼问题，补齐短板弱项。",
    "到{y2}年，{metric}达到{pct}以上，{topic}体系更加完善，{goal}取得显著成效。",
    "各级各部门要把{topic}纳入重要议事日程，主要负责同志亲自抓、负总责。",
    "严格落实经费保障责任，{year}年安排专项资金{money}，并建立动态调整机制。",
    "一是加强组织领导，二是完善政策措施，三是强化督导考核，形成工作合力。",
    "建立{measure}工作台账，实行清单化管理、项目化推进，每{cn}个月通报一次进展情况。",
    "鼓励有条件的地区先行先试，探索形成可复制、可推广的经验做法。",
    "对工作成效明显的单位给予表扬激励，对推进不力的单位及时约谈问责。",
    "本方案自{date}起施行，有效期{cn}年。",
    "全面推行{measure}，原则上每所学校配备专职人员不少于{cn}名。",
    "统一规划、统一标准、统一管理，推动{topic}与{measure}深度融合。",
    "力争用{span}年时间，建成一批高水平示范项目，总数不少于{n}个。",
    "加大宣传引导力度，及时总结推广典型经验，营造全社会关心支持{topic}的良好氛围。",
    "按照“{four}”的原则，稳妥有序推进各项工作。",
)
FOUR = ("政府主导、部门协同、社会参与", "统筹规划、分步实施、重点突破", "学校挖潜、县域调剂、市级统筹", "因地制宜、分类指导、动态管理")
HEADINGS1 = ("指导思想", "基本原则", "工作目标", "主要任务", "重点工作", "保障措施", "组织实施", "工作要求")
HEADINGS2 = (
    "加强组织领导", "完善体制机制", "强化经费保障", "提升队伍素质", "推进{measure}", "深化{topic}改革",
    "优化资源配置", "健全评价体系", "加强督导检查", "营造良好氛围",
)
TITLES = (
    "{place}出台{cn}项举措推动{topic}高质量发展",
    "{place}{org}关于印发《{topic}三年行动计划（{range}）》的通知",
    "{place}：{measure}让更多孩子在家门口上好学",
    "{place}全面推进{measure}工作",
    "{year}年{place}{topic}工作要点",
    "{place}召开{topic}工作推进会",
    "关于做好{year}年{topic}工作的通知",
    "{place}推进{topic}{measure}实施方案",
)

CN_DIGITS = "零一二三四五六七八九"


def cn_int(n: int) -> str:
    """Chinese numeral for 0 <= n < 100 000 000 (e.g. 105 -> 一百零五).

    >>> cn_int(105), cn_int(12), cn_int(20300)
    ('一百零五', '十二', '二万零三百')
    """
    if n == 0:
        return "零"
    if n >= 10_000:
        hi, lo = divmod(n, 10_000)
        s = cn_int(hi) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + cn_int(lo)
        return s
    out = []
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero:
                out.append("零")
                zero = False
            out.append(CN_DIGITS[d] + unit)
        elif out:
            zero = True
    s = "".join(out)
    return s[1:] if s.startswith("一十") else s


def cn_year(y: int) -> str:
    """A year written digit by digit: 2023 -> 二〇二三."""
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


# ------------------------------------------------------------------------ damage helpers
def _cp936_errors(exc: UnicodeDecodeError) -> tuple[str, int]:
    # Windows' cp936 decodes a lone 0x80 as the euro sign; everything else invalid is U+FFFD.
    bad = exc.object[exc.start : exc.start + 1]
    return ("€" if bad == b"\x80" else "\ufffd"), exc.start + 1


codecs.register_error("govtext-bench-cp936", _cp936_errors)


def utf8_as_gbk(s: str) -> str:
    """UTF-8 bytes decoded as GBK the way a Windows browser does (鏁欒偛閮...)."""
    return s.encode("utf-8").decode("gbk", errors="govtext-bench-cp936")


def utf8_as_cp1252(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="replace")


def utf8_as_latin1(s: str) -> str:
    return s.encode("utf-8").decode("latin-1")


def gbk_as_latin1(s: str) -> str:
    return s.encode("gbk", errors="replace").decode("latin-1")


def utf8_as_big5(s: str) -> str:
    return s.encode("utf-8").decode("big5", errors="replace")


def _strip_tones(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


_S2T: Any = None


def s2t(text: str) -> str:
    """Simplified -> traditional with OpenCC's official binding (generation time only)."""
    global _S2T
    if _S2T is None:
        try:
            import opencc
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise RuntimeError(
                "the corpus generator needs OpenCC's official binding for traditional pages: "
                "pip install 'opencc>=1.1.6' (govtext[bench])"
            ) from e
        _S2T = opencc.OpenCC("s2t")
    return str(_S2T.convert(text))


# -------------------------------------------------------------------------- the generator
class _Page:
    def __init__(self, rng: Random) -> None:
        self.r = rng
        self.place = rng.choice((rng.choice(PROVINCES), rng.choice(CITIES), rng.choice(CITIES) + rng.choice(DISTRICTS)))
        self.topic = rng.choice(TOPICS)
        self.year = rng.randint(2018, 2025)
        self.numerals = False

    def _cn(self, n: int) -> str:
        self.numerals = True
        return cn_int(n)

    def fill(self, template: str) -> str:
        r = self.r
        y = self.year
        slots: dict[str, str] = {}
        if "{place}" in template:
            slots["place"] = self.place if r.random() < 0.7 else r.choice(PROVINCES + CITIES)
        for name, vocab in (("org", ORGS), ("measure", MEASURES), ("goal", GOALS), ("metric", METRICS), ("four", FOUR)):
            if "{" + name + "}" in template:
                slots[name] = r.choice(vocab)
        if "{topic}" in template:
            slots["topic"] = self.topic if r.random() < 0.6 else r.choice(TOPICS)
        if "{year}" in template:
            slots["year"] = cn_year(y) if r.random() < 0.1 else str(y)
            if slots["year"] != str(y):
                self.numerals = True
        if "{y2}" in template:
            slots["y2"] = str(y + r.choice((2, 3, 5)))
        if "{n}" in template:
            slots["n"] = str(r.choice((r.randint(2, 60), r.randint(60, 999), r.randint(1000, 50000))))
        if "{cn}" in template:
            slots["cn"] = self._cn(r.randint(2, 12)) if r.random() < 0.8 else str(r.randint(2, 12))
        if "{span}" in template:
            a = r.randint(2, 4)
            slots["span"] = self._cn(a) + "至" + self._cn(a + r.randint(1, 3))
        if "{small}" in template:
            slots["small"] = f"{r.randint(1, 9)}.{r.randint(0, 9)}" if r.random() < 0.7 else self._cn(r.randint(1, 9))
        if "{pct}" in template:
            v = r.randint(60, 99)
            slots["pct"] = r.choice((f"{v}%", f"{v}.{r.randint(1, 9)}%", "百分之" + self._cn(v)))
        if "{money}" in template:
            slots["money"] = r.choice((
                f"{r.randint(1, 99)}.{r.randint(1, 9)}亿元", f"{r.randint(100, 9999)}万元",
                f"{r.randint(100, 999)}余万元", self._cn(r.randint(2, 99) * 100) + "万元",
                f"人民币{r.randint(1, 999)},{r.randint(100, 999)}.{r.randint(10, 99)}元",
            ))
        if "{count}" in template:
            slots["count"] = r.choice((f"{r.randint(1, 9)}.{r.randint(1, 9)}万人", f"{r.randint(200, 9000)}个", f"{r.randint(2, 50)}万余名"))
        if "{date}" in template:
            m, d = r.randint(1, 12), r.randint(1, 28)
            slots["date"] = r.choice((f"{y}年{m}月{d}日", f"{m}月{d}日", cn_year(y) + "年" + self._cn(m) + "月" + self._cn(d) + "日"))
        if "{range}" in template:
            a = y - r.randint(0, 2)
            b = a + r.choice((2, 3, 4))
            slots["range"] = r.choice((f"{a}—{b}年", f"{a}-{b}年", f"{a}年—{b}年", f"{a}～{b}年"))
        if "{protected}" in template:
            slots["protected"] = r.choice(("二十大", "十九届五中全会", "二十届三中全会"))
            self.numerals = True
        return template.format(**slots)

    def sentences(self, pool: tuple[str, ...], k: int) -> str:
        return "".join(self.fill(self.r.choice(pool)) for _ in range(k))

    def title(self) -> str:
        return self.fill(self.r.choice(TITLES))

    def body(self, outline: bool) -> list[str]:
        r = self.r
        paras: list[str] = []
        if not outline:
            for _ in range(r.randint(4, 14)):
                paras.append(self.sentences(NEWS, r.randint(2, 6)))
            return paras
        self.numerals = True
        paras.append(self.sentences(DOC, r.randint(2, 4)))
        heads = r.sample(HEADINGS1, r.randint(3, 6))
        for i, h in enumerate(heads, 1):
            paras.append(f"{cn_int(i)}、{h}")
            if r.random() < 0.4:
                paras.append(self.sentences(DOC, r.randint(2, 5)))
                continue
            for j in range(1, r.randint(2, 5)):
                head2 = self.fill(r.choice(HEADINGS2))
                if r.random() < 0.5:
                    paras.append(f"（{cn_int(j)}）{head2}。" + self.sentences(DOC, r.randint(1, 4)))
                else:
                    paras.append(f"（{cn_int(j)}）{head2}")
                    style = "{}." if r.random() < 0.7 else "（{}）"
                    for k in range(1, r.randint(2, 5)):
                        paras.append(style.format(k) + self.sentences(DOC, r.randint(1, 3)))
        return paras


def _person(r: Random) -> str:
    return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.randint(1, 2)))


def _date(r: Random, year: int) -> str:
    return f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def _spam_line(r: Random) -> str:
    sep = r.choice(("_", ",", "|", " | ", "，"))
    return sep.join(r.sample(SPAM, r.randint(5, 12)))


def _navigation(r: Random, title: str) -> list[str]:
    ch = r.choice(CHANNELS)
    return [r.choice((
        f"您的当前位置：首页 > {ch} > 正文",
        f"当前位置：首页 » {ch} » {r.choice(CHANNELS)}",
        f"您当前的位置 :{ch} >",
        f"首页 > {ch} > {title[:14]}...",
        "首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流 | 专题专栏",
    ))]


def _metadata(r: Random, page: _Page) -> list[str]:
    d = _date(r, page.year)
    t = f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}"
    src = page.place + r.choice(ORGS)
    return [r.choice((
        f"发布时间：{d} {t}  来源：{src}  浏览次数：{r.randint(12, 99999)}",
        f"{d} {t}:{r.randint(0, 59):02d}   来源：{r.choice(SITES)}  作者：{_person(r)}",
        f"时间：{d} 来源：{src} 【字体：大 中 小】",
        f"发布日期：{d}　信息来源：{src}　阅读量：{r.randint(10, 9999)}",
    ))]


def _share(r: Random) -> list[str]:
    return [r.choice((
        "分享到：微信 微博 QQ空间",
        "【字体：大 中 小】 【打印本页】 【关闭窗口】",
        "视力保护色： 【打印】 【关闭】",
        "分享 分享到微信 分享到微博 复制链接",
    ))]


def _footer(r: Random) -> list[str]:
    prov = r.choice(PROV_ABBR)
    site = r.choice(SITES)
    lines = [r.choice((
        f"{site} 版权所有 {prov}ICP备{r.randint(10_000_000, 99_999_999)}号-{r.randint(1, 30)}",
        f"版权所有：{r.choice(PROVINCES)}{r.choice(ORGS)}  {prov}ICP备{r.randint(10_000_000, 99_999_999)}号",
        f"Copyright © {r.randint(2008, 2024)} {site} All Rights Reserved  {prov}ICP备{r.randint(10_000_000, 99_999_999)}号",
    ))]
    if r.random() < 0.6:
        lines.append(f"{prov}公网安备 {r.randint(10**13, 10**14 - 1)}号")
    if r.random() < 0.4:
        lines.append(f"违法和不良信息举报 联系邮箱：{r.randint(100000, 99999999)}@{r.choice(DOMAINS)}")
    if r.random() < 0.3:
        lines.append("免责声明：本站转载内容仅为传递信息之用，不代表本站赞同其观点，如有侵权请联系删除。")
    if r.random() < 0.3:
        lines.append("关于我们 | 联系我们 | 网站地图 | 广告服务 | 意见反馈")
    return lines


def _related(r: Random, page: _Page) -> list[str]:
    if r.random() < 0.4:
        return [f"上一篇：{page.title()}", f"下一篇：{page.title()}"]
    head = r.choice(("相关阅读", "猜你喜欢", "本频道推荐", "相关新闻", "热点推荐"))
    return [head] + [page.title() for _ in range(r.randint(3, 7))]


def _doc_site_head(r: Random, title: str, year: int) -> list[str]:
    pages = r.randint(3, 12)
    lines = [
        f"{title}.doc",
        f"上传人：{r.choice('mxkzq')}**** 文档编号：{r.randint(10**8, 10**9 - 1)} 上传时间：{_date(r, year)} "
        f"格式：DOC 页数：{pages} 大小：{r.randint(20, 900)}.{r.randint(10, 99)}KB",
        "返回 下载 相关 举报",
    ]
    for i in range(1, min(pages, 5) + 1):
        lines += [f"{title}.doc_第{i}页", f"第{i}页 / 共{pages}页"]
    lines += ["点击查看更多>>", "资源描述"]
    return lines


PSEUDO_SWAPS = (("发展", "开展"), ("基础", "根底"), ("基本", "根本"), ("加强", "增强"), ("提高", "提升"))


def _pdf_spacing(r: Random, para: str) -> str:
    # Spaces around numbers and at random points between Chinese characters, then hard
    # line breaks at a fixed width, as PDF text extraction leaves them.
    out = []
    for ch in para:
        out.append(ch)
        if ch.isdigit() or (r.random() < 0.03):
            out.append(" ")
    s = "".join(out)
    width = r.randint(28, 42)
    return "\n".join(s[i : i + width] for i in range(0, len(s), width))


def _ascii_punct(s: str) -> str:
    return s.replace("，", ",").replace("：", ":").replace("；", ";").replace("（", "(").replace("）", ")")


def _lost_quotes(r: Random, s: str) -> str:
    return s.replace("《", "?").replace("》", "?") if "《" in s else s.replace("“", "?").replace("”", "?")


def _lossy(r: Random, s: str) -> str:
    if len(s) < 8:
        return s + "锟斤拷"
    i = r.randrange(0, len(s) - 4)
    bad = r.choice(("锟斤拷", "锟斤拷锟斤拷", "\ufffd", "\ufffd\ufffd", "烫烫烫"))
    return s[:i] + bad + s[i + r.randint(1, 3) :]


def _ruby_table(r: Random) -> dict[int, str]:
    style = r.random()
    table: dict[int, str] = {}
    for ch, py in PINYIN.items():
        if r.random() < 0.7:
            if style < 0.8:
                table[ord(ch)] = f"{ch}({py})"
            elif style < 0.9:
                table[ord(ch)] = f"{ch}（{py}）"
            else:
                table[ord(ch)] = f"{ch}({_strip_tones(py)})"
    return table


def _pick(r: Random, kind: str, name: str) -> bool:
    if kind != "crawl":
        return False
    return r.random() < RATES[name]


def make_page(seed: int, kind: str, index: int) -> dict[str, Any]:
    """One page record: ``{"id", "url", "kind", "text", "artifacts"}``."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    r = Random(f"{seed}:{kind}:{index}")
    page = _Page(r)
    arts: list[str] = []
    crawl = kind == "crawl"
    doc_site = _pick(r, kind, "doc_site")
    outline = (r.random() < RATES["outline"]) if crawl else (r.random() < 0.5)
    outline = outline or doc_site
    title = page.title()
    body = page.body(outline)
    if outline:
        arts.append("outline")
    if doc_site:
        arts.append("doc_site")
        r2 = r.random()
        body = [_pseudo(p, r2) for p in body]
    # -- body-level damage (before assembling, so boilerplate stays separate lines)
    if _pick(r, kind, "pdf_spacing") or (doc_site and r.random() < 0.7):
        arts.append("pdf_spacing")
        body = [_pdf_spacing(r, p) if r.random() < 0.7 else p for p in body]
    if _pick(r, kind, "ascii_punct"):
        arts.append("ascii_punct")
        body = [_ascii_punct(p) for p in body]
    if _pick(r, kind, "lost_quotes"):
        arts.append("lost_quotes")
        body = [_lost_quotes(r, p) if ("《" in p or "“" in p) and r.random() < 0.6 else p for p in body]
    lines: list[str] = []
    if _pick(r, kind, "keyword_spam"):
        arts.append("keyword_spam")
        lines.append(_spam_line(r))
        lines.append("")
    if doc_site:
        lines += _doc_site_head(r, title, page.year)
    if _pick(r, kind, "navigation") and not doc_site:
        arts.append("navigation")
        lines += _navigation(r, title)
    lines.append(title)
    if _pick(r, kind, "metadata") and not doc_site:
        arts.append("metadata")
        lines += _metadata(r, page)
    if _pick(r, kind, "share_bar") and not doc_site:
        arts.append("share_bar")
        lines += _share(r)
    lines.append("")
    ws = _pick(r, kind, "whitespace")
    if ws:
        arts.append("whitespace")
    for p in body:
        if ws:
            indent = r.choice(("\u3000\u3000", "    ", "\xa0\xa0", "  ", "\u3000\u3000\u200b"))
            lines.append(indent + p + r.choice(("", "", " ", "\xa0")))
            if r.random() < 0.5:
                lines.append(r.choice(("", " ", "\u3000")))
        else:
            lines.append(p)
    if doc_site:
        lines += ["展开阅读全文", "相关资源", "相关搜索", f"当前位置：首页 > {r.choice(CHANNELS)} > 其它文档"]
    elif crawl and r.random() < 0.4:
        lines.append(f"[责任编辑：{_person(r)}]" if r.random() < 0.5 else f"编辑：{_person(r)}  审核：{_person(r)}")
        if "metadata" not in arts:
            arts.append("metadata")
    if _pick(r, kind, "related_articles"):
        arts.append("related_articles")
        lines.append("")
        lines += _related(r, page)
    if _pick(r, kind, "icp_footer") or doc_site:
        arts.append("icp_footer")
        lines.append("")
        lines += _footer(r)
    if crawl and r.random() < RATES["keyword_spam"] * 0.6:
        if "keyword_spam" not in arts:
            arts.append("keyword_spam")
        lines.append(_spam_line(r))
    text = "\n".join(lines)
    # -- script
    trad = kind == "traditional" or _pick(r, kind, "traditional")
    if trad:
        arts.append("traditional")
        text = s2t(text)
        if kind == "crawl" and r.random() < RUBY_SHARE:
            arts.append("ruby")
            text = text.translate(_ruby_table(r))
    # -- encoding damage on one or two lines of the page
    text = _encoding_damage(r, kind, text, arts)
    if page.numerals:
        arts.append("chinese_numerals")
    return {
        "id": f"{kind}-{seed}-{index:08d}",
        "url": f"https://www.{r.choice(DOMAINS)}/{r.choice(('xwzx', 'zwgk', 'jyxw', 'tzgg'))}/{page.year}{r.randint(1, 12):02d}/t{r.randint(10**6, 10**7)}.html",
        "kind": kind,
        "text": text,
        "artifacts": arts,
    }


def _pseudo(p: str, r2: float) -> str:
    # Document sites rewrite words with synonyms to pass as original ("pseudo-original").
    for a, b in PSEUDO_SWAPS[: 1 + int(r2 * len(PSEUDO_SWAPS))]:
        p = p.replace(a, b)
    return p


_DAMAGE = (
    ("gbk_mojibake", utf8_as_gbk),
    ("latin1_mojibake", None),
    ("gbk_as_latin1", gbk_as_latin1),
    ("big5_mojibake", utf8_as_big5),
    ("lossy", None),
)


def _encoding_damage(r: Random, kind: str, text: str, arts: list[str]) -> str:
    if kind in ("clean", "traditional"):
        return text
    chosen = []
    if kind == "damaged":
        weights = (0.55, 0.15, 0.08, 0.07, 0.15)
        chosen = [r.choices([d[0] for d in _DAMAGE], weights)[0] for _ in range(r.randint(1, 3))]
    else:
        chosen = [name for name, _ in _DAMAGE if r.random() < RATES[name]]
    if not chosen:
        return text
    lines = text.split("\n")
    candidates = [i for i, ln in enumerate(lines) if len(ln) > 12]
    if not candidates:
        return text
    for name in chosen:
        i = r.choice(candidates)
        ln = lines[i]
        if name == "gbk_mojibake":
            lines[i] = utf8_as_gbk(ln)
        elif name == "latin1_mojibake":
            lines[i] = utf8_as_cp1252(ln) if r.random() < 0.6 else utf8_as_latin1(ln)
        elif name == "gbk_as_latin1":
            lines[i] = gbk_as_latin1(ln)
        elif name == "big5_mojibake":
            lines[i] = utf8_as_big5(ln)
        else:
            lines[i] = _lossy(r, ln)
        if name not in arts:
            arts.append(name)
    return "\n".join(lines)


def iter_pages(seed: int = 1, kind: str = "crawl", start: int = 0) -> Iterator[dict[str, Any]]:
    """An endless stream of page records."""
    i = start
    while True:
        yield make_page(seed, kind, i)
        i += 1


def iter_sized(size_bytes: int, seed: int = 1, kind: str = "crawl") -> Iterator[dict[str, Any]]:
    """Pages until their texts reach *size_bytes* of UTF-8 (the last page may overshoot)."""
    total = 0
    for page in iter_pages(seed, kind):
        if total >= size_bytes:
            return
        total += len(page["text"].encode("utf-8"))
        yield page


def make_docs(size_bytes: int, seed: int = 1, kind: str = "crawl") -> list[str]:
    """The texts of the pages of a corpus of about *size_bytes* (in memory)."""
    return [p["text"] for p in iter_sized(size_bytes, seed, kind)]


def write_jsonl(path: str | Path, size_bytes: int, seed: int = 1, kind: str = "crawl") -> int:
    """Stream a corpus of about *size_bytes* of text to a JSONL file; returns the page count.

    Written to ``path.tmp`` first, then renamed, so an interrupted run leaves no
    half-written corpus behind. Memory stays constant whatever the size.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for page in iter_sized(size_bytes, seed, kind):
            fh.write(json.dumps(page, ensure_ascii=False))
            fh.write("\n")
            n += 1
    tmp.replace(path)
    return n


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.corpus OUT.jsonl --size MB [--seed N] [--kind crawl]``."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__.split("\n\n")[0])
    ap.add_argument("output")
    ap.add_argument("--size", type=float, default=1.0, help="megabytes (10^6 bytes) of page text")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kind", choices=KINDS, default="crawl")
    args = ap.parse_args(argv)
    n = write_jsonl(args.output, int(args.size * 1e6), args.seed, args.kind)
    print(f"{args.output}: {n} pages, {args.size} MB of text ({args.kind}, seed {args.seed})")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
