"""Chinese numerals, amounts, ranges and dates as structured mentions.

Three public functions share one finder:

* :func:`parse_number` reads one numeral (Chinese, Arabic, mixed, financial, percent, fraction).
* :func:`find_numbers` returns :class:`NumberMention` objects for the quantities, amounts, ranges,
  percents, years and dates of a text.
* :func:`numbers_to_digits` rewrites the Chinese numerals of those mentions to Arabic digits.

The package (one reading path): :mod:`.lexicon` (the numeral alphabet, derived from the
parser's, units, currencies, qualifiers, name lists), :mod:`.patterns` (every regex, built from
the lexicon), :mod:`.spans` (protected terms, names, URLs; ordinary words with numerals),
:mod:`.scanner` (candidate runs and the walk over them), :mod:`.reader` (one reading of a run
with its context; the context-free reading is cached per distinct run), :mod:`.merge` (dates
and ranges), :mod:`.rewrite` (the digits of the final mentions) and :mod:`._parse` (one
numeral). A protected term cuts any run that overlaps it (so 二十大 and 十四五 survive in every
context), an ordinary word blocks a run that starts inside it (统一零售价 never yields 一零, but
三万一千 is not 万一). Work per candidate is bounded (runs longer than 64 characters are
skipped), so every function is linear in the input.

Rules (documented decisions):

* A numeral written with one Chinese character is a mention only with a unit or measure word after
  it (三所学校, 两个方面, 十个); a lone 一 before a measure word (一个, 一批, 一所) is the article-like
  "a/one" of ordinary prose and is neither a mention nor rewritten (一倍, once, is a multiple:
  一倍以上五倍以下, found and kept as written). Lone 百/千/万/亿 (百姓, 千年, 万人, 千万不要) are no
  numbers, except where 余 counts them or a qualifier stands before them, each before a unit, or
  a bound follows that unit (千余家 1000-2000, 百余所, 超千亿元, 近千个, 逾千万人次, 亿元以上, 万人以上:
  found, kept as written); nor is a lone 零
  (零部件). Multi-character numerals (二十, 一百零五) are
  mentions with or without a unit, except short digit read-outs and pairs without a unit (一一落实,
  九五, 二三产业, 兰张三四线) and 数-forms without a unit or scale (指数百强: 数百 is no number).
  A numeral right before 型 names a type (2型糖尿病), one before 强 a ranking list by its size
  (世界500强, 前十强: the top N, no mention; 三分之一强 is the fraction), one before 年制 or 年一贯制 a
  school system (九年制义务教育, 三年制高职, 五年一贯制: no mention; 学制三年 is a span of years), one before 年 and 行动/攻坚/规划 a programme
  (治本攻坚三年行动, 十年规划纲要, and with a two-character word between: 三年提质行动, 十年长远规划:
  kept as written). A leading 参/參/幺 that does not parse with
  the numeral after it is a word (参三百人: 三百人).
  Arabic numbers are always mentions, except identifiers (7+ digits with no unit, a leading zero,
  digits glued to ASCII letters, URLs, e-mails, ICP/phone numbers, a mobile number in groups after a word naming it (手机：139
  8501 2345; 小学 158 2376 4410 is a table's row), a number after its area code in brackets after such a
  word (電話：（02）7736-5678), a telephone extension after 转 (010-12345678转8001), three or more groups of digits
  joined by hyphens: 400-6533-789, a code's number and the year after its dash: GB/T 12345-2008,
  GB 50016—2014), a road's number with its class (国道318, 318国道, 205省道), an address's parts before
  a room's number or a stairway's unit (3栋2单元501室, 2号楼1205室, 1205室, 1单元101至103室, 2单元502: names), numbers in slash notation
  (1/3, 3/4; ISO dates such as 2024/3/5 are dates), outline markers and numbers glued to a
  middle dot (“4·11”森林火灾, 5·18国际博物馆日: a day named by its month and day); a middle dot
  between digits before a percent sign is a decimal point (增长19·5％ -> 19.5). Arabic numbers
  before 版 (3.0版, 2026版: a version's label) and a number alone on its line after a Latin letter
  (M⏎2⏎, PM⏎2.5⏎, and PM_2.5: a subscript) are names; a unit in Latin letters ending where the
  letters end is a unit (200MB, 30mg, 5kg, 120mmHg, 100MW; 5G, A4 and 10g are names), and so are numbers beside a formula's
  sign (“3+2”, 7×24小时) and a bare Arabic number (no unit) glued to the text of a short quoted
  name or title (“科创100”, “2030启航计划”, 《中国制造2025》: the name's label), and so does a short
  quoted phrase led by an Arabic number (“15分钟生活圈”, “13条政策”); elsewhere a bare
  four-digit number from 1900 to 2099 glued to Han text is a year (承办2025全球工业互联网大会).
  A decade (五十年代, 90年代) is rewritten (50年代) but is no mention; a generation named by its
  decade of birth (80后, 95后) is none, and so are digits right after 双 (双11, “双20条”: names). Two numbers joined by 比 with no unit after the second
  are a ratio's or a score's terms, no quantities, in Arabic or Chinese numerals (1比15, 一比十五,
  二十一比十九; 一千二比二〇一九年 compares a number with a year). A number typeset
  with a blank after each digit is one number (1 9 9 7 年 -> 1997, 7 0 ．8岁 -> 70.8) when a
  unit, 万/亿 or a percent sign follows (digits spaced out without one, a calendar's cells, are
  none); a blank may also stand before 多/余 and a percent sign (3 0 0 多个, 6 ％).
* Outline markers (一、 at a line or sentence start, （一）, (1), 1. at line start) and enumerators
  (一是, 其一, and 十一是 at a clause start) are skipped, and so are notes' numbers in brackets
  (［4］, and [⏎4⏎] with the number and each bracket on a line of its own).
* Names are protected like the lexicon's terms (with any non-empty ``protect``): a quoted slogan
  or name that starts with a Chinese numeral (“五个认同”, “两条底线”, “十一”黄金周), plenary
  sessions (十一届八次全会, 八次全会), numbered series (神舟九号, 长征五号; heads in
  ``numbers_serial_names.txt``), five-year plans (第六个五年计划, 七五计划, 十一五期间), model
  names (昇腾384; heads in ``numbers_model_names.txt``), service numbers before 热线, 专线
  or 服务台 (12345政务服务便民热线), a quoted count of 个 before a number (“四个1”, “3个100万”),
  groups named by their members' count (四人帮, 三人领导小组, 两校大批判组), brands named by a count before a company word (三只松鼠股份, and in a list ending in 等 and
  such a word: 三只松鼠、七匹狼等品牌) and documents' serial
  numbers (国发〔2020〕5号), and years of an era calendar (光绪二十六年, 民国十八年; eras in
  ``numbers_era_names.txt``). Fixed formulas without a rule (四项基本原则, 三级所有，队为基础, 两位数,
  二十国集团 …) are terms of ``protected_terms.txt``. A term of one character and then a numeral
  (国五条) is none where that character ends a word with the one before it: a determiner, a
  numeral, or a pair the bundled character counts know as a word (全国五条, 美国五条, 本国五条 count
  roads or lines; 新国五条, 楼市国六条 stay names).
* Ordinals (第一批, 第3天, 第十六次) are mentions only when a measure word follows; 第一实验学校,
  第二中学, 第三人民医院, 第二中级人民法院 (第N + an institution head of
  ``numbers_name_heads.txt``) and 第一， (enumeration) are left alone, and so is a school named by its
  bare number and a head (十一中学, and its short name where the word ends: 市十一中, 北京十一小). The structure markers of
  laws (第一章, 第十条, 第二款, 第三项, and a code's 第三编第二分编) are found (kind ``ordinal``) but never rewritten. 第N次会议
  is an ordinal like 第N届, and so is 第N次全体会议 or 第N次全会; without 第 they name a session (十四届全国人大三次会议:
  protected terms, read whole, so 二十六次会议 gives no 二十; 十一届八次全会, 二次全体会议). 第一位 before 的 or after a verb of putting
  (作为第一位的工作任务, 把人民利益放在第一位: the first priority) is found and kept as written;
  ranks (世界第二位) are rewritten, and so is a rank without its unit, 第N right after a ranking's word
  (排名, 位居, 名列, 倒数 …, maybe with the field ranked between) where the word ends (排名全省第二，,
  倒数第一的: kind ``ordinal``; 第一方阵, 排名第一、第二 stay as written). A list of ordinals under one 第 with the unit on its last item
  (第一、二款, 第三、四条, 第1、2批, 第一、二、五项) gives each item, an ordinal with that unit, kept as
  written (第一、第二、第三产业, with no unit, gives none). A class or a grade in Roman numerals (Ⅰ … Ⅻ,
  one character each; ASCII capitals, IV级, are left alone) before 类, 级, 期, 阶段 or 度 is an ordinal
  too, and two joined by a connector a range (Ⅱ类水质, Ⅰ～Ⅲ类, Ⅳ级响应, 第Ⅲ阶段; 银河Ⅱ型, a model, and
  AⅣ级 are none).
* Names of phases, quarters, sessions, grades and events keep their numerals as written (one
  rewriting rule, so a text never writes 2季度 beside 一季度): a Chinese numeral before 期, 季度,
  届 or 级, and 第N次 before the name of an event (会议, 大会, 普查, 论坛 …), is found and never
  rewritten (一季度 and 第四季度, kind ``ordinal``; the span 前三季度, kind ``duration``, and the
  range 一至三季度 are kept as written too; 第十二届, kind ``ordinal``, where a bare 十二届 stays a
  protected term; 三级医院; 第四次全国农业普查). A project's phase (机场三期, 二期工程: a
  lone 二 to 九 before 期) is kind ``ordinal`` like 第二期 (分两期, 举办三期 count), and so is a lone
  二 before 轮, 批, 批次 or 类 (二轮延包, 本科二批次, 水质二类, and a tier of admission: 二本线, 三本院校, 二本上线率; 两轮, 三轮, 分二批 count; 三轮车 and 二轮摩托车 name
  vehicles: labels), and each lone numeral before 类 listed with another (二类、三类地区, 一类课程十二门、二类课程二十门、三类课程…, 三类课程十二门、四类课程二十门: the same word before each item's quantity; 这三类、四类 count); 一期 (a lone 一) is
  neither found nor rewritten. A session named by its number in Chinese numerals before its body
  (五届人大, 十届三中全会, 省委八届历次全会: as the protected 十一届 … 二十届) and a designation
  with 号 (2号线, 三号机组, 598号决议; 月五号 is a date, 第680号 an ordinal) and a bus route's number
  (12路公交车, 十二路汽车: no mention) are labels, and a loan's term in years (五年期, 十年期国债) is kept as
  written as 一年期 is (三年期间 counts); labels are kept as
  written, never found. A class rated by a physical measure keeps its 级 (30万吨级: unit 吨级);
  a grade (三级医院, 二级标准, 二级以上, an alert's 四级应急响应 or 三级预警, a rank's or a title's 二级巡视员,
  二级警督 or 二级教授, a protected class's 二级文物 or 二级保护区, an exam's, a certificate's or a
  qualification's 英语六级考试, 二级证书 or 三级资质, and each item of a list of
  them: 三级、四级警报) is kind ``ordinal``, levels counted (省市县三级) a count, and a range whose one end
  keeps its numeral keeps the other's too (风力四到五级, 五到六届: never 4到五级); a
  decimal before 级 names no grade (四点二级地震: a magnitude, rewritten 4.2级); a year before 级 or
  届 names a school's cohort (2026级新生, 2025届毕业生: kind ``year``, kept as written; 1999级台阶
  counts steps; a class named by its number right after its grade, 二年级三班 or 高三三班, is a label, and
  三班倒 a word). The terms and years of a course of study are named so too: 第一学期, 第二个学期,
  第三学年 (kind ``ordinal``) are kept as written (三个学期 counts and is rewritten). A count of days or
  years right after the days or years it sums up (今明两年, 明后两天, 昨今两日: kind ``duration``)
  restates them and is kept as written too, and so are the parts of a layout a slogan numbers after a
  lone numeral and a word's character (一城两区, 一轴两带三区; 一式两份 and 一日两次 are rewritten), and a count before the lone 一 of its measure word right
  after the word it counts (四张清单一张网, 三个中心一个平台). A prize's or an honour's class (一等奖, 二等功)
  keeps no count beside it as written: 一等奖两项、二等奖三项 -> 一等奖2项、二等奖3项.
* Approximate values: 约/近/超过/突破/未满/不满/不小于/不大于/≥/≤/左右/以上/... set ``approx`` and ``qualifier`` but keep low ==
  high == the stated number; 约 and 近 that end a word are no qualifiers (节约10%, 签约, 最近三年, 附近: see
  ``lexicon.QUALIFIER_WORD_HEADS``); nor is 近 meaning "recent" before a span of time, where it
  starts a clause, follows 特别是 or stands before 来/以来 or a superlative (近两年，…, 近五年来,
  创近10年新高: the last N years; 经过近二十年 is "nearly"). 多/余/几/两三 denote an interval and give it: 450余万元 -> low 4 500 000, high
  4 600 000 (the next step of the last written digit); 3000多 -> 3000..4000; 十几 -> 10..20;
  几十万 -> 100 000..1 000 000; 两三个 -> 2..3; 三个多月 and 2个多百分点 -> 3..4 months, 2..3
  points; 一年多 and 一个多月 -> 1..2 (a lone 一 with 多 after its unit of time, rewritten 1年多 as
  两年多 is 2年多; 一年多次 counts times), and an age's 一岁多 and 两岁多 (1..2, 2..3; 一岁半 is 1.5); and so do two neighbouring digits joined by 、
  before a measure word or a scale (一、二年 -> 1..2, 二、三百亿度, 百分之二、三), unless they list
  months, quarters, grades, classes or articles (三、四月, 一、二季度, 二、三级医院, 第一、二款)
  or start an outline item or a longer list (一、二、三类). These are never rewritten (no exact digit form).
* Percents are in percent points with ``unit="%"`` (百分之九十 -> 90, 百分之百 -> 100); 千分之/‰ give
  ``unit="‰"``. The items of a list with 个百分点 on its last item share it (分别加快0.3、0.1个百分点);
  个千分点 is a change in points of a per mille (下降0.55个千分点: ``unit="千分点"``), shared alike, and
  个基点 one in basis points (下调10个基点: ``unit="基点"``; 3个基点学校 counts sites).
* Money is scaled to its base unit (3.5亿元 -> 350 000 000, ``unit="元"``; foreign currencies keep
  their canonical name, e.g. ``"美元"``; a currency word or sign before the amount is part of the
  mention: 人民币1,234.56元, ¥1,200.00, and a currency's code: RMB 3000元, USD 1,200, HK$3,000 in 港元); 块 is the spoken 元 only where money's digits or 钱 follow it
  (三块五, 3块5毛, 两块钱; one digit after it where the word ends is its tenths: 三块五 -> 3.5 元, as 三十七度五 is
  37.5 度) or it ends a clause after 万 or 亿 (得两万块，) or after a word of earning,
  spending or pay (挣了两千块，, 每月工资两千块。), else it counts pieces
  (17块污染地块, 二十块展板: ``unit="块"``); 分, 角 and 毛 before 钱 are money (五角钱 -> 0.5 元; 一角钱, 一毛钱 -> 0.1 元, kept as written), and so are 角 and 毛 alone after Arabic
  digits where the word ends (每斤5角 -> 0.5 元; 五角星, 八角 are words). 分
  alone after a number where the word ends (提高3分、5分, 得了95分, 75分以上) is a count with
  ``unit="分"`` (points or fen), but not before a word (分别, 分公司, 30分钟), as minutes (3点20分,
  2小时15分) or after a lone Chinese numeral (入木三分); 分贝 is loudness (53.6分贝). A rate after a
  physical unit keeps the rate whole, written with a slash or said with 每 and a second, a minute or
  an hour (1.5万立方米/秒, 3200立方米每秒, 120公里每小时: ``unit="立方米/秒"``, ``"公里/小时"``). The
  population a rate is counted per, 每 and a power of ten from 1000 before 人口 or 人 (每十万人口, 每10万人,
  每1000人), is the rate's base, no count (每100人 and 每十人一组 count people).
* A full-width comma joins digits only before a group of three (3，860，000元); else it parts a
  list (12，15人: 12 and 15人; GB 50016—2014，2018年版: the standard, then the year 2018).
* A full date is a :class:`datetime.date` (a :class:`datetime.datetime` when an ISO time follows);
  a date with unknown parts is a :class:`PartialDate`; 元月 is January (2026年元月, 元月15日); a year
  alone is an ``int`` (kind ``year``); a day past its month's end (2月30日, 4月31日, 2026年2月29日) is no
  date and no mention, nor a range's right end past the left end's month (2月28日至30日: 2月28日 alone) (二月三十日
  in Chinese numerals without a year may be a lunar month's, read); a year
  and its month joined by a dot between a word of a point in time and its end (自2026.3起, 截至2025.12，) are
  that month, and so is a second one after a connector (从2026.3到2026.6: a range), and such a pair after a word
  naming a period (实施周期为2025.9—2026.6); a full date written with dots, a connector and a month and its
  day written so, or a day alone, is a range of dates in the first date's year (2026.3.5-3.8, 2026.4.1至4.7);
  a 4-digit number before 年 is a year; any other number before a time unit (年, 年度, 个月, 周,
  小时, 分钟, 秒, 季度, 学期) is a span of time, kind ``duration`` (三年, 五年多, 六个月, 两小时, a
  race's time with its fraction after 秒: 10秒5 is 10.5 秒,
  3至5年: a range of ``value_kind`` duration), except a quarter (一季度), a month or day of a
  date and a century named by its number (二十一世纪: kind ``ordinal``; 两个世纪 is a span);
  the items of a list of years are years (一九八一和一九八二两年, 1981、1982年: kind ``year``).
  四周 (all around, an ordinary word) is four weeks after 第, 每, 前, a word of a span or a qualifier, or
  before what ends a span (第四周, 为期四周, 不少于四周, 三至四周, 四周以内: as 第三周 and 三周; 环顾四周 stays),
  and so is its 周 before 岁 or 年 (四周岁, 四周年: as 三周岁).
  Half a unit of time written alone (为期半年, 半个月内, 不少于半小时, 每半年) is a span of 0.5 of
  it (kind ``duration``, nothing rewritten) where a word of duration or a qualifier stands before it
  or a span's end after it; 上半年/下半年 (periods), 大半年 and 半年度 are none.
  半年多 and 半个多月 are intervals up to the whole unit (0.5 to 1, qualifier 多).
  Doubling written as 翻N番 (翻一番, 翻了两番) is kind ``multiple`` by the factor 2**N (2, 4; unit
  倍), kept as written, with a qualifier after it (翻两番以上) or before its count (翻了近两番); 多 after it
  makes the interval up to one more (翻了一番多: 2 to 3, as 两倍多).
  A number of days is kind ``duration`` (unit 日, 天, 工作日 or 日历日): always with 天, and with 日 after
  a word of duration (期为, 之日起, 连续), before 内/后/为限 or a penalty it is the term of (处十五日拘留，,
  处五到十日拘留或者…; 于15日拘留了两人 is news of the day), with a qualifier or beyond 31; N日
  after 月, or alone as in news (于18日召开), is a day of the month. A month and a day in Chinese
  numerals without 日 (八月十五, 九月九重阳节, 八月十五月饼: the festivals' way; not before a unit that
  counts the day, 一月三次) are a date kept as written, and so are a lunar month's day led by 初
  (九月初九) and the lunar months named by a word (正月十五, 腊月廿三, 正月初一) and a range of days of
  such a month (正月初一至初六, 正月初八至十二日: one range, kept as written). 零下 is a
  negative sign (零下四摄氏度 -> -4, rewritten 零下4摄氏度), and so is a minus sign, also after 至 or
  到 (回落至-3.2% -> -3.2); ± before an Arabic number makes a tolerance, the interval around zero
  (±0.5mm -> -0.5..0.5); a lone 零 before 年/月 and a numeral
  is a zero (零年零月肆拾日 -> 0年0月40日).
* 两度 (and 三度 … 几度) before a verb counts times (两度做客: twice): no mention, as 一度 (两度电,
  两度左右 are measures). 一 after 万/亿 and before a unit counts that unit (3万一夜: 30000 a
  night), where 三万一 alone is 31000.
* 多/余 after a higher scale applies the scale after it to the part after that scale:
  七亿七千多万吨 -> 770 000 000..780 000 000.
  Clock times (8:30, 14:55:08, and in Arabic digits with 时/点 and 分: 12时55分, 8点30分) are
  :class:`datetime.time` (kind ``time``). An hour in Chinese numerals with no word for the part of
  the day is one with 钟/整 (九点钟, 十二时整), a word of an event after it (三点召开, 九时开幕) or a day before it
  and 开始, a connector or the clause's end after it (明天三点开始, 每天八点。), but never 一 (一时,
  一点; 一点半 is) nor after 这/第/上述 (这三点: points); 早一点, 晚一点 are "a little earlier/later". A range's second hour after a doubled dash takes
  the first's part of the day as after one (晚上8点——9点: 21:00); two hours each with its own 点
  joined by a connector are clock times without any other word (8点——9点, 22点-6点, 八点至九点; 第3点-5点
  and 3点—5点意见 count points), and so is an hour and a half hour (三点半, 会议于一点半开始; not 一点半点,
  一时半会) and an hour 13-23 with 点 before 开始, a connector or the clause's end (二十三点开始). N:MM before 万/千/亿 is a
  scale (1：10万), and so is 1：MM with the full-width colon and no clock context ((1：10)).
* Ranges (— – - ~ ～ 至 到) give ``kind="range"`` with ``value_kind`` telling what the ends are
  (``"money"``, ``"year"``, ``"percent"``, ...). A unit on the right end only is shared by the left
  end, and so is a trailing scale when that keeps the range increasing (两到三万 -> 20 000..30 000;
  8500到3万 stays 8 500..30 000). Two ordinals with one unit make one range (第1名至第3名, 第3至第5名,
  第十一条至第十五条), and a day of the week in brackets after a date's day stays inside a range of
  dates (1月1日（星期四）至1月3日).

Extending the protected lexicon::

    from govtext.numbers import DEFAULT_PROTECTED, numbers_to_digits
    numbers_to_digits(text, protect=DEFAULT_PROTECTED | {"三名工程"})

The lexicons live in ``govtext/data/``: ``protected_terms.txt`` (the default ``protect`` set),
``numbers_nonquantity.txt`` (always active), ``numbers_units.txt``, ``numbers_currencies.txt``,
``numbers_name_heads.txt``, ``numbers_serial_names.txt``, ``numbers_model_names.txt`` and
``numbers_era_names.txt``. The
numeral alphabet is the parser's (:mod:`._parse`): 参/參, 幺, 两, 廿, 卅, 卌, 〇, full-width digits.
"""

from __future__ import annotations

from decimal import Decimal

from .._util import check_text
from . import _parse as _np
from .lexicon import DEFAULT_PROTECTED
from .types import NumberMention, PartialDate, to_mentions

# The finder (.patterns, .scanner, .rewrite) is imported on the first call that needs it:
# ``import govtext`` and a ``normalize`` with ``numbers_to_digits`` off never do (their
# patterns and tables cost a fresh process a few hundredths of a second).

__all__ = [
    "DEFAULT_PROTECTED",
    "NumberMention",
    "PartialDate",
    "find_numbers",
    "numbers_to_digits",
    "parse_number",
]


def parse_number(text: str, *, strict: bool = False) -> int | float | Decimal:
    """Parse one numeral into a number; ``ValueError`` on anything else.

    Accepts Chinese numerals (十一, 一百零五, 两千, 廿二, 〇, financial 壹贰叁, 壹拾壹元整), Arabic with
    Chinese scales (10.1万, 16.4亿, 200亿零四千230), full-width digits, digit groups (1,234.56),
    negatives (负, -), decimals (三点一四), digit read-outs (一七二零, 二〇二三), abbreviations
    (三万五 = 35000), fractions and percents as plain values (三分之一 -> 0.333..., 百分之九十 ->
    0.9, 5‰ -> 0.005). Returns ``int`` for integers, ``float`` for other values that 15 significant
    digits hold (and for fractions and percents), ``Decimal`` beyond that.

    ``strict=True`` accepts only canonical Chinese numerals (no Arabic digits, read-outs such as
    一一 or abbreviations such as 一百二), like ``cn2an``'s strict mode.

    >>> parse_number("一百零五"), parse_number("两千"), parse_number("廿二")
    (105, 2000, 22)
    >>> parse_number("16.4亿"), parse_number("三点一四"), parse_number("百分之九十")
    (1640000000, 3.14, 0.9)
    >>> parse_number("壹仟玖佰圆整"), parse_number("负十一")
    (1900, -11)
    >>> parse_number("12345678901234567.89")
    Decimal('12345678901234567.89')
    >>> parse_number("一一", strict=True)
    Traceback (most recent call last):
    ...
    ValueError: not a well-formed number: '一一'
    """
    text = check_text(text, "parse_number")
    try:
        value, form = _np.parse_value(text, strict)
    except (_np.NumeralError, ArithmeticError, ValueError) as e:
        raise ValueError(f"not a well-formed number: {text!r}") from e
    return _np.to_python(value, form)


def _check_protect(protect: object) -> frozenset[str]:
    if isinstance(protect, frozenset):
        return protect
    if isinstance(protect, (set, list, tuple)) and all(isinstance(t, str) for t in protect):
        return frozenset(protect)
    raise ValueError("protect must be a set of strings (e.g. DEFAULT_PROTECTED | {'三名工程'})")


def find_numbers(text: str, *, protect: frozenset[str] = DEFAULT_PROTECTED) -> list[NumberMention]:
    """Find numbers, amounts, percents, ranges and dates; see the module docstring for the rules.

    >>> [(m.text, m.low, m.unit, m.kind) for m in find_numbers("共建成5所学校，投入3.5亿元")]
    [('5所', 5, '所', 'count'), ('3.5亿元', 350000000, '元', 'money')]
    >>> m = find_numbers("财政每年拨付450余万元")[0]
    >>> m.low, m.high, m.approx, m.qualifier
    (4500000, 4600000, True, '余')
    >>> [(m.text, m.low, m.high, m.kind, m.value_kind) for m in find_numbers("行动计划(2021—2025年)")]
    [('2021—2025年', 2021, 2025, 'range', 'year')]
    >>> [(m.text, str(m.low), m.kind) for m in find_numbers("1月11日召开，2023年1月12日发布")]
    [('1月11日', '--01-11', 'date'), ('2023年1月12日', '2023-01-12', 'date')]
    >>> [m.text for m in find_numbers("党的二十大统一部署，一是落实，一带一路")]
    []
    """
    from .patterns import quick_re
    from .scanner import scan

    text = check_text(text, "find_numbers")
    prot = _check_protect(protect)
    if not quick_re().search(text):
        return []
    return to_mentions(text, scan(text, prot, rewrite=False))


def numbers_to_digits(text: str, *, protect: frozenset[str] = DEFAULT_PROTECTED) -> str:
    """Rewrite Chinese numerals of quantities, dates, percents and ranks to Arabic digits.

    Only the numerals change (units, qualifiers and everything else stay). Left alone: protected
    terms (``protect``, default :data:`DEFAULT_PROTECTED`), words containing numerals (统一, 一些),
    outline markers (一、, （一）), enumerators (一是, 其一), lone 一 before a measure word (一个),
    single numerals without a unit (五大工程), ordinals in names (第一实验学校) and approximate forms
    without an exact digit form (两三个, 十几, 三百余). Idempotent.

    >>> numbers_to_digits("二〇二三年一月十二日，新建二十一所学校，占比百分之九十")
    '2023年1月12日，新建21所学校，占比90%'
    >>> numbers_to_digits("一、学习二十大精神，统一部署一个方案，落实十四五规划")
    '一、学习二十大精神，统一部署一个方案，落实十四五规划'
    >>> numbers_to_digits("践行三名工程", protect=DEFAULT_PROTECTED | {"三名工程"})
    '践行三名工程'
    """
    from .patterns import quick_re
    from .rewrite import apply
    from .scanner import scan

    text = check_text(text, "numbers_to_digits")
    prot = _check_protect(protect)
    if not quick_re().search(text):
        return text
    return apply(text, scan(text, prot))
