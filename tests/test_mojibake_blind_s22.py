"""Session 22's blind set for the mojibake repair (MJ22): a third set, written before reading
``govtext.mojibake`` or its tests, of our own sentences in the style of government and education
pages (notices, 【】 and 《》 titles, dates, phone numbers, e-mail addresses, URLs, full-width
digits and punctuation, HTML entities, table rows, Pinyin and Latin names, traditional script of
Big5 sites), each damaged here with Python's codecs: UTF-8 read as GBK / GB18030 / Big5 / cp1252
/ Latin-1 (``errors="replace"`` or ``"ignore"``), GBK read as Latin-1 / cp1252, Big5 read as
Latin-1 / cp1252 / GBK, a page cut inside a character at a line end or a byte lost mid-line, one
damaged line or the end of a line inside clean text, mojibake of mojibake. Clean controls that
look suspicious but are right (锟 / 烫 / 屯 in real words, José in a Chinese sentence, Pinyin
with tone marks, kana in a citation, box drawing, 〇 in dates) must come back unchanged.

Expected: the original; where bytes were lost, the original with each lost character marked
(U+FFFD) or rightly restored; never a character the original did not have there.

Mechanism syntax: ``enc>dec`` (encode strictly, decode with ``errors="replace"``),
``enc>dec/ignore``, ``cutN:enc>dec`` (the encoded bytes lose their last N bytes first), steps
joined by ``|`` apply one after the other; ``lineK=`` damages only line K of the text, ``@K=``
the text from character K on; ``gapK:enc>dec`` loses the last byte of character K-1 inside the
encoded text (a byte lost mid-line).
"""

from __future__ import annotations

import pytest

from blind import check_repair, mojibake_cases
from blind import mojibake_damage as _damage
from blind import mojibake_score as _score
from govtext.mojibake import explain_mojibake, fix_mojibake

# (original, mechanism)
DAMAGED: list[tuple[str, str]] = [
    ("关于做好2025年秋季学期中小学开学工作的通知", "utf-8>gbk"),
    ("各县（市、区）教育局，局属各学校：", "utf-8>gb18030"),
    ("【通知公告】关于公布2025年省级优秀教学成果奖获奖名单的公示", "utf-8>gbk"),
    ("《义务教育课程方案和课程标准（2022年版）》解读", "utf-8>gbk"),
    ("咨询电话：0531-86081234（工作日8:30—17:30）", "utf-8>gbk"),
    ("来稿请发送至邮箱 xcb_jyt@163.com，截止日期为2025年11月30日。", "utf-8>gbk"),
    ("网址：https://jyt.example.gov.cn/col/col1229/index.html?id=88&page=2", "utf-8>gbk"),
    ("全省共有幼儿园1.23万所，在园幼儿156.8万人，学前三年毛入园率达到92.5%。", "utf-8>gbk"),
    ("关于印发《学校卫生工作条例实施细则》的通知", "utf-8>big5"),
    ("發佈日期：2025年10月8日　資料來源：教育局", "utf-8>big5"),
    ("國民小學課程綱要修訂說明會", "utf-8>gbk"),
    ("教师资格认定工作安排", "utf-8>cp1252"),
    ("“双减”工作专项督查情况通报", "utf-8>cp1252"),
    ("校长寄语：“勤学、修德、明辨、笃实”", "utf-8>cp1252"),
    ("市教育局关于规范办学行为的通知", "utf-8>latin-1"),
    ("第二十三条 学校应当按照国家有关规定配备专职校医。", "gbk>latin-1"),
    ("2025年全省普通高校招生录取最低控制分数线", "gbk>cp1252"),
    ("【公示】2025年度“最美教师”候选人名单", "gbk>latin-1"),
    ("联系人：赵老师，电话：0371-65902345，邮箱：zsb@zzu.edu.cn", "gbk>cp1252"),
    ("全面贯彻党的教育方针，落实立德树人根本任务。", "utf-8>gbk/ignore"),
    ("开学时间定于2025年9月1日（星期一）。", "utf-8>gbk/ignore"),
    ("请各校于10月15日前报送统计表。", "utf-8>gb18030/ignore"),
    ("学生资助政策宣传月活动方案", "utf-8>big5/ignore"),
    ("各校要认真组织排查，发现问题及时整改\n下一步工作安排如下", "line0=cut1:utf-8>gbk"),
    ("本通知自发布之日起施行", "cut2:utf-8>gbk"),
    ("市教育考试院", "cut1:utf-8>gb18030"),
    ("关于做好寒假期间学生安全教育工作的通知", "cut1:gbk>cp1252"),
    ("教育督导委员会办公室关于开展督导评估的通知", "gap6:utf-8>gbk"),
    ("各地要加快推进县域普通高中发展提升行动计划", "gap10:utf-8>gbk"),
    ("通知\n为进一步做好招生工作，现将有关事项通知如下：\n一、招生对象", "line1=utf-8>gbk"),
    (
        "首页 > 新闻中心 > 教育动态\n我市举办第十届中小学生运动会\n【字体：大 中 小】【打印】【关闭】",
        "line1=utf-8>gbk",
    ),
    ("一、指导思想\n二、工作目标\n三、主要措施\n四、工作要求", "line2=gbk>latin-1"),
    ("正文内容：全市教育系统要深入学习贯彻会议精神。", "@5=utf-8>gbk"),
    ("发布时间：2025-06-12　来源：区教育局", "@16=utf-8>gbk"),
    ("学校地址：广州市天河区中山大道西55号", "@5=gbk>latin-1"),
    ("校园开放日活动安排表", "utf-8>gbk|utf-8>gbk"),
    ("教育厅办公室", "utf-8>cp1252|utf-8>cp1252"),
    ("职业教育活动周", "gbk>latin-1|utf-8>latin-1"),
    ("AT&amp;T 奖学金项目 &lt;第二批&gt; 申报通知", "utf-8>gbk"),
    ("“强基计划”招生简章&nbsp;&nbsp;2025年", "utf-8>cp1252"),
    ("附件：1．申报表　2．汇总表（Excel格式）", "utf-8>gbk"),
    ("报名费：每人每科５０元；考试时间：１２月２０日", "utf-8>gbk"),
    ("【征求意见稿】《关于加强中小学教师队伍建设的若干措施》", "gbk>latin-1"),
    ("臺北市政府教育局函", "big5>latin-1"),
    ("本校學生申請獎學金須知", "big5>gbk"),
    ("圖書館開放時間：週一至週五", "big5>cp1252"),
    ("统计表\n序号\t姓名\t学校\t成绩\n1\t李明\t第一中学\t95", "line2=utf-8>gbk"),
    ("北京市（Běijīng Shì）教育委员会", "utf-8>gbk"),
    ("西班牙专家José Martínez来校讲学", "utf-8>gbk"),
    ("注：以上数据截至2025年12月31日。", "gbk>latin-1"),
]

CLEAN: list[str] = [
    "屯昌县教育局关于屯溪路小学扩建工程的批复",
    "烫伤急救知识进校园活动圆满结束",
    "张锟同学获全国中学生物理竞赛一等奖",
    "西班牙专家José García来校讲学",
    "课文注音：chūn mián bù jué xiǎo（春眠不觉晓）",
    "参见：文部科学省『学習指導要領』（ひらがな・カタカナ表記）",
    "┌────┬────┐\n│序号│姓名│\n├────┼────┤\n│ 1  │李明│\n└────┴────┘",
    "二〇二五年十月一日",
    "文号：教发〔二〇二五〕3号，编号〇〇一",
    "葡萄牙语字母ã、õ的读法，如São Tomé",
    "东瀛、瀛洲都是古代的称谓",
    "鏖战三十天，决胜期末考",
    "汇率参考：€1 ≈ ¥7.8，£1 ≈ ¥9.1",
    "Ⅰ类、Ⅱ类、Ⅲ类学校分别按标准配备",
    "长度单位埃（Å），1 Å = 10⁻¹⁰ m",
]


# Misses after the fixes (unseen run, commit 123cc64: 43/50; #20, #21, #43, #45 repaired since, #44
# in session 23), by index in DAMAGED.
MISSES: dict[int, str] = {
    9: (
        "UTF-8 read as Big5 (replace): the decoder wrote three U+FFFD for 月 and lossy='keep' "
        "keeps them (lossy='mark' gives one mark per run: right)"
    ),
    22: "UTF-8 read as Big5 (ignore): half the continuation bytes gone without a mark: left as it was",
}


@pytest.mark.parametrize(("text", "mech"), mojibake_cases(DAMAGED, MISSES, named=True))
def test_blind_damaged(text: str, mech: str) -> None:
    check_repair(_damage(text, mech), text)


@pytest.mark.parametrize("text", CLEAN)
def test_blind_clean(text: str) -> None:
    assert fix_mojibake(text) == text


def test_set_size() -> None:
    assert len(DAMAGED) == 50 and len(set(DAMAGED)) == 50
    assert len(CLEAN) == 15 and len(set(CLEAN)) == 15


def test_big5_read_as_latin_is_repaired() -> None:
    """Traditional text of a Big5 site read as Latin-1 or cp1252 comes back, as GBK read as
    Latin-1 does (a line has one codec: once read as Big5, its single characters between
    digits are Big5 too); Latin-1 text that is not Big5 bytes stays."""
    text = "各級學校應於民國114年3月1日前完成校園安全檢查"
    for codec in ("latin-1", "cp1252"):
        damaged = text.encode("big5").decode(codec, "replace")
        assert fix_mojibake(damaged) == text
        assert fix_mojibake("通知\n" + damaged + "\n附件") == "通知\n" + text + "\n附件"
    _, repairs = explain_mojibake(text.encode("big5").decode("latin-1"))
    assert {r.kind for r in repairs} == {"big5-as-latin"}
    for latin in ("±5°C, ©®, Ça va, ½ + ¼", "Ångström, Øresund, Ærø", "¥1000, £25, §3"):
        assert fix_mojibake(latin) == latin


@pytest.mark.parametrize(
    "text",
    [
        "报名时间为2025年9月1日至9月15日",
        "考试时间：2025年6月7日9:00至11:30",
        "报名截止时间为2025年5月20日17:00前",
        "各校于10月15日前报送，联系电话：0571-88001234转8",
    ],
)
def test_utf8_as_gbk_ignore_cut_beside_ascii(text: str) -> None:
    """UTF-8 read as GBK with errors="ignore": a character that lost its last byte before an
    ASCII byte (骞 for 年 before 9) or at the end of the line, in a line found damaged, is
    restored or marked like one before U+FFFD, never left as mojibake or invented."""
    damaged = text.encode().decode("gbk", "ignore")
    out = fix_mojibake(damaged)
    assert _score(out, text) == (True, 0), out
    # the same characters in a clean half of a line are left alone: 张骞 beside damage
    clean = "出使西域的张骞 2 "
    half = clean + "次经过河西走廊".encode().decode("gbk", "ignore")
    assert fix_mojibake(half).startswith(clean)


@pytest.mark.parametrize(
    "text",
    [
        "全市共有中小学326所，专任教师2.1万人",
        "开学第一周（星期一）。",
    ],
)
def test_utf8_as_gbk_ignore_losses_inside_a_run(text: str) -> None:
    """UTF-8 read as GBK with errors="ignore": bytes dropped between two non-ASCII characters
    (中 lost AD before E5: "涓灏忓") leave a run that is no UTF-8; read with a mark put back
    where its bytes break, the run comes back, each lost character marked or restored."""
    damaged = text.encode().decode("gbk", "ignore")
    assert "\ufffd" not in damaged
    out = fix_mojibake(damaged)
    assert _score(out, text) == (True, 0), out


@pytest.mark.parametrize(
    ("clean", "damaged"),
    [("加强城乡电网建设和", "改造，推进全国联网"), ("着重解决超期羁押", "、滥用强制措施等问题")],
)
def test_utf8_as_gbk_ignore_losses_leave_the_clean_half(clean: str, damaged: str) -> None:
    """A line whose second half was read as GBK with errors="ignore": the clean half's
    characters next to the damage (和, whose GBK bytes end in a UTF-8 lead; 羁, a rare one)
    are not read as part of it."""
    out = fix_mojibake(clean + damaged.encode().decode("gbk", "ignore"))
    assert out.startswith(clean), out
