"""Classes of lines that session 28's held-out pages 413-424 (BHA) showed the rules and the page
reading misread: a related block's header inside a side menu (往期回顾) ran on over the breadcrumb
into the page's own fields; a PDF viewer's page, its title the file's name (某某通知.pdf), found no
headline, and kept the viewer's buttons over the 公文's head block. Each page is our own invented
text; the look-alikes (a related block over its links, a 公文 whose title stands above its number)
read as before."""

from __future__ import annotations

from page_common import keeps, rows_lost

EXHIBITION = ["溪上千年——某地考古成果展", "展览时间：2026年9月28日—2027年3月1日", "展览地点：一楼临展厅",
              "主办单位：某市文化广电旅游局", "承办单位：某市博物馆", "展览简介",
              "某地流域是本地区早期人类活动的重要区域，考古工作者在流域内先后发掘遗址14处，出土文物三千余件。",
              "本次展览精选其中的186件文物，分三个单元，展示流域从新石器时代到汉代的文化面貌。"]
MENU = ["“溪上千年——某地考古成果展”_正在展出_某市博物馆", "某市博物馆", "首页", "参观", "展览", "典藏", "教育",
        "展览", "正在展出", "常设展览", "临时展览", "往期回顾", "虚拟展厅"]
FOOT = ["预约参观", "分享", "Copyright © 某市博物馆 浙ICP备00000000号"]


def test_a_breadcrumb_ends_a_related_block_in_a_side_menu() -> None:
    """A side menu whose last entries open as a related block's header (往期回顾) over one more
    entry, then the breadcrumb (当前位置：首页 > …), then the exhibition's title and field lines: the
    breadcrumb is the page's own path, not a link of the block, and the lines under it are the
    page's (before, the block ran on over the breadcrumb, the title and the four fields)."""
    page = [*MENU, "当前位置：首页 > 展览 > 正在展出", *EXHIBITION, *FOOT]
    assert rows_lost([*MENU, "当前位置：首页 > 展览 > 正在展出"], FOOT, (), EXHIBITION) == []
    kept = keeps(page)
    assert not kept[len(MENU)]  # (the breadcrumb itself goes, as a breadcrumb)


def test_a_path_from_home_ends_a_related_block_too() -> None:
    """The breadcrumb with no "you are here" lead, from the site's home (首页 > 展览 > 正在展出),
    ends the block as well."""
    assert rows_lost([*MENU, "首页 > 展览 > 正在展出"], FOOT, (), EXHIBITION) == []


def test_a_related_blocks_links_still_go() -> None:
    """A related block's links after an article go as before; a link title that only names a
    place (展览 > 正在展出 holds no home) is no breadcrumb."""
    head = ["某馆举办讲座_新闻_某市博物馆", "首页", "新闻", "当前位置：首页 > 新闻", "某馆举办讲座"]
    text = ["11月3日，某馆举办考古知识讲座，两百余名市民到场聆听。", "讲座结束后，专家与听众进行了互动交流。"]
    links = ["往期回顾", "某馆举办文物修复体验活动", "展览 > 正在展出", "某馆开展志愿者培训"]
    kept = keeps([*head, *text, *links, "Copyright © 某市博物馆"])
    assert kept[len(head): len(head) + 2] == [True, True]
    assert not any(kept[len(head) + 2: len(head) + 2 + len(links)])


VIEWER = ["关于做好寒假期间中小学生安全教育工作的通知.pdf", "切换侧栏", "查找", "上一页", "下一页", "1", "/ 3", "缩小",
          "放大", "自动缩放", "实际大小", "适合页面", "50%", "100%", "切换到演示模式", "打开", "打印", "下载", "当前视图",
          "工具", "转到第一页", "转到最后一页", "顺时针旋转", "逆时针旋转", "文档属性…"]
NOTICE = ["某区教育局文件", "某教发〔2026〕41号", "关于做好寒假期间中小学生安全教育工作的通知", "各中小学校、幼儿园：",
          "寒假即将来临。为确保广大学生度过一个安全、健康、愉快的假期，现就做好寒假期间安全教育工作通知如下。",
          "一、开展一次放假前安全教育",
          "各校要在放假前组织一次专题安全教育，重点讲清防溺水、防火、防煤气中毒和交通安全等知识。",
          "二、做好假期值班工作", "寒假期间，各校要安排领导带班和专人值班，值班电话保持畅通。",
          "某区教育局", "2026年1月12日", "（此件公开发布）"]
PROPERTIES = ["正在加载…", "文档属性", "文件名：", "文件大小：", "标题：", "作者：", "页数：", "关闭"]


def test_a_pdf_viewers_title_is_the_files_name() -> None:
    """A 公文 opened in an embedded PDF viewer: the page title is the file's name, its extension
    after the headline (某某通知.pdf); the headline is the file's stem. Found so, the viewer's
    buttons over the 公文's head go, the head (the issuing organ's mark, the 发文字号) and the text
    stay (before, no headline was found: the title's extension made it a partial copy, and the
    head block kept the four buttons above the organ's mark)."""
    kept = keeps([*VIEWER, *NOTICE, *PROPERTIES])
    assert not any(kept[1: len(VIEWER)]), [s for s, k in zip(VIEWER, kept) if k]
    assert all(kept[len(VIEWER): len(VIEWER) + len(NOTICE)])


def test_the_issuing_organs_mark_tops_the_head_block() -> None:
    """Over a 发文字号 the head block reaches up to the issuing organ's mark (某某局文件) and no
    further; a title above the number (a 决定 with its number in brackets under it) is kept as
    before."""
    head = ["关于做好寒假期间中小学生安全教育工作的通知_某区教育局", "首页", "政务公开", "文件通知", "当前位置：首页 > 文件通知",
            "常用工具", "转到第一页", "顺时针旋转"]
    kept = keeps([*head, *NOTICE, "版权所有 © 某区教育局"])
    assert kept[len(head): len(head) + 2] == [True, True]
    assert not any(kept[5: len(head)]), [s for s, k in zip(head, kept) if k]
    rows = ["某市人民政府关于修改部分规章的决定", "（某市人民政府令第52号）", "《某市人民政府关于修改部分规章的决定》已经市政府常务会议审议通过，现予公布，自公布之日起施行。"]
    assert rows_lost(["某市人民政府关于修改部分规章的决定_某市人民政府", "首页", "政务公开", "规章", "当前位置：首页 > 规章"],
                     ["版权所有 © 某市人民政府"], (), rows) == []


def test_the_file_stem_read_is_linear_on_adversarial_titles() -> None:
    """A title of many dots, a long run of viewer buttons and a post line of many dates read in time
    linear in their length."""
    from linear_common import assert_linear

    def dots(n: int) -> None:
        keeps(["." * n + "通知.pdf", *VIEWER[1:], *NOTICE])

    def buttons(n: int) -> None:
        keeps([VIEWER[0], *(["转到第一页"] * n), *NOTICE])

    def posted(n: int) -> None:
        keeps([VIEWER[0], "发表于 " + "2026年10月23日 " * n + "由", *NOTICE])

    assert_linear(dots, 20_000, 80_000, repeat=2)
    assert_linear(buttons, 2_000, 8_000, repeat=2)
    assert_linear(posted, 2_000, 8_000, repeat=2)


GAZETTEER_HEAD = ["第二节 河流水系 - 《某县志（1991—2010）》 - 某县数字方志馆", "某县数字方志馆", "首页", "志书", "年鉴",
                  "地情资料", "检索", "《某县志（1991—2010）》", "目录", "序", "凡例", "概述", "大事记"]
TREE = ["第一卷 自然环境", "第一章 地质地貌", "第二章 气候", "第三章 水文", "第一节 水资源", "第二节 河流水系",
        "第三节 水质", "第四章 土壤植被", "第二卷 人口", "第三卷 农业", "附录", "后记"]
SECTION = ["第二节 河流水系", "某县境内河流分属清江、某溪两大水系，流域面积在10平方千米以上的河流有27条。", "一、清江水系",
           "清江为境内最大河流，发源于县境西北的云岭山南麓，县境内长78千米，流域面积792平方千米。", "二、某溪水系",
           "某溪纵贯县境南部，境内长46千米。2006年起，县里对城区段河道进行整治，新建防洪堤12.6千米。"]
GAZETTEER_FOOT = ["上一节：第一节 水资源", "下一节：第三节 水质", "版权所有：某县地方志编纂委员会办公室"]


def test_a_readers_contents_tree_over_its_section_goes() -> None:
    """A gazetteer's section in a reader under its contents tree (卷/章/节, the section's own heading
    among them, 附录 and 后记 at its end), then the breadcrumb and the section: the headline is the
    title's first segment under the breadcrumb, not the book's name in the title's middle segment
    (the reader's menu shows it too), and the tree is the site's menu (before, the book's name was
    taken for the headline, and the tree's headings and 附录 were kept as the document's)."""
    crumb = ["当前位置：志书 > 《某县志（1991—2010）》 > 第一卷 自然环境 > 第三章 水文"]
    kept = keeps([*GAZETTEER_HEAD, *TREE, *crumb, *SECTION, *GAZETTEER_FOOT])
    n = len(GAZETTEER_HEAD)
    assert not any(kept[1:n + len(TREE)]), [s for s, k in zip([*GAZETTEER_HEAD, *TREE], kept) if k]
    assert all(kept[n + len(TREE) + 1: n + len(TREE) + 1 + len(SECTION)])


def test_a_laws_contents_under_its_title_stay() -> None:
    """A law's contents under its title (no copy of the title among them) are the document's, as
    before (383's 附件2 over its form's title at the page's top is read by the held-out test)."""
    head = ["某市物业管理条例_地方性法规_某市人大常委会", "首页", "地方性法规", "当前位置：首页 > 地方性法规"]
    rows = ["某市物业管理条例", "目录", "第一章 总则", "第二章 业主和业主组织", "第三章 物业服务", "第四章 附则",
            "第一章 总则", "第一条 为了规范物业管理活动，维护业主和物业服务人的合法权益，根据有关法律、行政法规，结合本市实际，制定本条例。",
            "第二条 本条例适用于本市行政区域内的物业管理活动及其监督管理。"]
    assert rows_lost(head, ["版权所有 © 某市人大常委会"], (), rows) == []


def test_a_blog_posts_date_author_and_category_lines_go() -> None:
    """A school's news on a blog theme: under the headline, the post's line of its date and author
    (发表于 2026年10月23日 由 某某, a verb before the date, no label's colon) and its category field
    (分类：校园新闻) are the page's metadata (before, both were kept); the date and author go to meta."""
    from govtext.spam import classify_lines

    page = ["秋季运动会圆满落幕 – 某镇中心小学", "跳至内容", "某镇中心小学", "首页", "校园新闻", "秋季运动会圆满落幕",
            "发表于 2026年10月23日 由 校办小周", "分类：校园新闻",
            "10月21日至22日，某镇中心小学第十二届秋季田径运动会在学校操场举行，六百余名学生参加了比赛。",
            "本届运动会共设短跑、跳远、跳绳、接力等十六个项目，五年级二班获得团体总分第一名。", "© 2026 某镇中心小学"]
    verdicts = classify_lines("\n".join(page))
    assert [v.keep for v in verdicts[6:8]] == [False, False]
    assert ("author", "校办小周") in verdicts[6].meta and any(k == "date" for k, _ in verdicts[6].meta)
    assert all(v.keep for v in verdicts[8:10])


def test_a_sentence_that_says_where_a_text_was_published_stays() -> None:
    """A sentence opening with 发表于 and a date goes on past them; a 分类 label inside a field name
    (事项分类：, 垃圾分类：) is no category field: both stay."""
    rows = ["发表于2026年10月23日的调查报告指出，全市中小学生近视率连续三年下降。", "事项分类：行政许可",
            "垃圾分类：可回收物、有害垃圾、厨余垃圾和其他垃圾"]
    head = ["某市教育局_通知公告", "首页", "通知公告", "当前位置：首页 > 通知公告", "关于做好近视防控工作的通知",
            "各区教育局：为进一步做好儿童青少年近视防控工作，现将有关事项通知如下。"]
    assert rows_lost(head, ["版权所有 © 某市教育局"], (), rows) == []


def test_a_records_category_field_among_its_fields_stays() -> None:
    """分类： alone is a post's category only right under its date line (the test above); in a
    notice's record (项目名称, 依托单位, 分类, 联系人 …) or a leaflet's fields it is the document's, and
    the contact rows under it stay with it (before the label counted only under a metadata line,
    the field went as metadata and took the contact rows with it as a stray tail)."""
    from govtext.spam import classify_lines

    notice = ["关于公布2026年度市级重点实验室认定名单的通知", "各有关单位：", "经单位申报、专家评审，现将认定结果公布如下。",
              "项目名称：智能制造关键技术实验室", "依托单位：某某大学", "分类：工程技术类", "联系人：王老师",
              "联系电话：0571-88886666", "特此通知。", "某某市科学技术局", "2026年3月5日"]
    leaflet = ["药品说明书", "【药品名称】", "通用名称：某某胶囊", "分类：处方药", "【成份】本品主要成份为某某。",
               "【适应症】适用于敏感菌所致的感染。"]
    for page in (notice, leaflet):
        assert all(v.keep for v in classify_lines("\n".join(page))), page
