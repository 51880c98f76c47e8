"""Documents of a raw extraction as a typesetter's PDF gives them (issue 21 §1, documents): per page, the
margin boxes first (the running header, then the page number), then the column text, then the frames
positioned across both columns (each title block of a document begun on the page, in printed order,
and a section's heading), painted after the columns and so extracted after them. A title block may be
cut by the page break (its first line the last frame of one page, the rest the first frame of the next),
or stand at the foot of its page while its document begins on the next one.

Rows are real public documents (tests/data/SOURCES.md names them) laid out by printed_layout below.
Never rows from bench/heldout*: that is the yardstick.
"""

import pytest

from issues.parser import parse_issue
from tests.test_read_documents import LECHANG, SUQIAN, SUQIAN_ARTICLES
from tests.test_read_variations import BENXI_4, BENXI_5, LAOSHE, QINGYUAN, QUANZHOU_LIST, YONGDENG, layout

COLUMN_CHARS = 19  # a column line of the raw shape

# zhejiang-2023-67: a provincial office's notice, its title broken right after '关于命名', one cited number
ZHEJIANG = [
    "浙江省人民政府办公厅关于命名",
    "第七批省级特色小镇的通知",
    "浙政办发〔2023〕67号",
    "各市、县（市、区）人民政府，省政府直属各单位：",
    "根据《浙江省人民政府办公厅关于持续推进特色小镇高质量发展的指导意见》（浙政办发〔2022〕73号）要求和省级特色小镇验收"
    "命名办法，省特色小镇规划建设工作联席会议办公室组织开展了第七批省级特色小镇审核验收工作。经省政府同意，命名拱墅运河"
    "财富小镇、滨江创意小镇、桐庐健康小镇、余姚机器人智谷小镇、宁波杭州湾滨海欢乐假期小镇、乐清电子智联小镇、瑞安智控装备"
    "小镇、泰顺氡泉小镇、柯桥蓝印时尚小镇、嵊州越剧小镇等10个特色小镇为第七批省级特色小镇。",
    "希望第七批省级特色小镇珍惜荣誉、再接再厉，更好发挥示范引领作用。各地、各有关单位要深入学习贯彻习近平总书记考察浙江"
    "重要讲话精神，持续推进特色小镇规范健康发展，为全省经济社会高质量发展作出积极贡献。",
    "浙江省人民政府办公厅",
    "2023年12月12日",
]
ZHEJIANG_READ = ("浙政办发〔2023〕67号", "浙江省人民政府办公厅关于命名第七批省级特色小镇的通知", "浙江省人民政府办公厅",
                 "2023-12-12", "各市、县（市、区）人民政府，省政府直属各单位")

# anshan-1994-16: an order numbered only by its order line, signed '市长:董伟' over a date of 1994 in Chinese numerals;
# ORDER_LINES re-type its number line in the forms other cities print (letter-spaced, over two lines, with its year)
ANSHAN = [
    "鞍山市行政复议程序规定",
    "鞍山市人民政府令第16号",
    "《鞍山市行政复议程序规定》业经一九九四年四月二十五日市政府常务会议讨论通过，现予发布实施。",
    "市长:董伟",
    "一九九四年五月十八日",
    "鞍山市行政复议程序规定",
    "第一条　为保证各级行政机关依法行政，防止和纠正违法或不当的具体行政行为，保护公民、法人和其他组织的合法权益，"
    "根据《行政复议条例》（以下简称《条例》），制定本规定。",
    "第二条　公民、法人或者其他组织认为行政机关的具体行政行为侵犯其合法权益，可以依照本规定向行政机关申请复议。",
]
ORDER_LINES = {"one_line": ["鞍山市人民政府令第16号"], "letter_spaced_over_two_lines": ["鞍 山 市 人 民 政 府 令", "第16号"],
               "with_its_year": ["鞍山市人民政府令", "〔1994〕第16号"]}
ANSHAN_NUMBER = {"one_line": "鞍山市人民政府令第16号", "letter_spaced_over_two_lines": "鞍山市人民政府令第16号",
                 "with_its_year": "鞍山市人民政府令〔1994〕第16号"}


def anshan(form):
    return ANSHAN[:1] + ORDER_LINES[form] + ANSHAN[2:]


def anshan_read(form):
    return (ANSHAN_NUMBER[form], ANSHAN[0], "鞍山市人民政府", "1994-05-18", None)

SUQIAN_READ = ("宿政发〔2008〕65号", "宿迁市人民政府关于印发宿迁市城乡医疗救助暂行办法的通知", "宿迁市人民政府", "2008-06-04",
               SUQIAN[2][:-1])
LECHANG_READ = ("", "乐昌市教育局关于下达2021年城乡义务教育公用经费补助资金的通知", "乐昌市教育局", "2021-03-01", "各义务教育学校")
LAOSHE_READ = ("劳社厅函〔2007〕120号", "劳动和社会保障部办公厅关于印发社会保险基金安全宣传教育活动工作方案的通知",
               "劳动和社会保障部办公厅", "2007-03-26", LAOSHE[3][:-1])

# longnan-2017-15: a government's own rules printed under its number, without cover notice, addressees or signature
LONGNAN = [
    "陇南市人民政府工作规则",
    "陇政发〔2017〕15号",
    "第一章　总则",
    "一、为了规范政府行为，提高行政效能，推进政府工作法制化、规范化、制度化，根据《中华人民共和国宪法》、《中华人民共和国"
    "地方各级人民代表大会和地方各级人民政府组织法》，参照《国务院工作规则》和《甘肃省人民政府工作规则》，制定本规则。",
    "二、市政府工作的指导思想是，高举中国特色社会主义伟大旗帜，全面贯彻党的十八大和十八届二中、三中、四中、五中、六中全会"
    "精神，在市委的坚强领导下，深入贯彻习近平总书记系列重要讲话精神，牢固树立创新、协调、绿色、开放、共享的发展理念。",
]
LONGNAN_READ = ("陇政发〔2017〕15号", "陇南市人民政府工作规则", "陇南市人民政府", None, None)
QINGYUAN_READ = ("", QINGYUAN[0], "清远市人民政府", "2019-11-29", QINGYUAN[1][:-1])
YONGDENG_READ = ("", YONGDENG[0], "永登县公安局", "2022-03-21", None)

FIELDS = ("doc_number", "title", "issuer", "signed_date", "addressees")


def printed_layout(year, month, pages, page_form="· {} ·"):
    """A raw extraction of a small issue as a typesetter's PDF gives it: each page (column text, frames) is
    its running header (the issue's, else the gazette's name; both on the first), its number, its column text (COLUMN_CHARS
    a line) and its frames, whole lines; blank lines between lines, and a page break written as a space
    before the next page's first line (as pdftotext's pages are joined)."""
    printed = []
    for number, (column, frames) in enumerate(pages, start=3):
        header = f"{year}年第{month}期" if number % 2 else "温州市人民政府公报"
        lines = [f"温州市人民政府公报 {header}" if number == 3 else header, page_form.format(number)]
        for line in column:
            lines += [line[k : k + COLUMN_CHARS] for k in range(0, len(line), COLUMN_CHARS)]
        printed.append("\n\n".join(lines + frames))
    return "\n ".join(printed)


def read(text):
    found = parse_issue(text).to_export()["documents"]
    return [tuple(d[name] for name in FIELDS) + (d["page"],) for d in found]


ROWS = [
    pytest.param([(LECHANG[2:] + SUQIAN[2:] + SUQIAN_ARTICLES, LECHANG[:2] + SUQIAN[:2])],
                 [LECHANG_READ + (3,), SUQIAN_READ + (3,)], id="two_title_blocks_painted_after_one_pages_columns"),
    pytest.param([(LECHANG[2:] + SUQIAN_ARTICLES, LECHANG[:2] + LAOSHE[:3]), (LAOSHE[3:] + SUQIAN_ARTICLES, [])],
                 [LECHANG_READ + (3,), LAOSHE_READ + (3,)], id="a_title_block_at_the_foot_of_its_page_heads_the_next_pages_text"),
    pytest.param([(ZHEJIANG[3:] + SUQIAN_ARTICLES, ZHEJIANG[:3] + ["宿迁市人民政府"]),
                  (SUQIAN[2:] + SUQIAN_ARTICLES, ["关于印发宿迁市城乡医疗救助", "暂行办法的通知", "宿政发〔2008〕65号"])],
                 [ZHEJIANG_READ + (3,), SUQIAN_READ + (3,)], id="a_title_block_cut_between_the_frames_of_two_pages"),
    pytest.param([(QINGYUAN[1:] + ["（此件公开发布）"] + YONGDENG[1:] + ANSHAN[2:], [QINGYUAN[0], YONGDENG[0]] + ANSHAN[:2])],
                 [QINGYUAN_READ + (3,), YONGDENG_READ + (3,), anshan_read("one_line") + (3,)],
                 id="titles_without_number_and_an_order_each_begun_after_the_signature_before"),
    pytest.param([(ZHEJIANG[3:] + SUQIAN_ARTICLES, ZHEJIANG[:3]), (SUQIAN_ARTICLES[2:] + QINGYUAN[1:], QINGYUAN[:1])],
                 [ZHEJIANG_READ + (3,), QINGYUAN_READ + (4,)], id="a_one_line_title_naming_its_issuer_alone_after_its_pages_columns"),
    pytest.param([(ZHEJIANG[3:5], ZHEJIANG[:3]), (ZHEJIANG[5:] + YONGDENG[1:], YONGDENG[:1])],
                 [ZHEJIANG_READ + (3,), YONGDENG_READ + (4,)], id="a_notice_without_addressees_begins_after_the_signature_before_it"),
    pytest.param([(ZHEJIANG[3:] + LONGNAN[2:], ZHEJIANG[:3] + LONGNAN[:2])], [ZHEJIANG_READ + (3,), LONGNAN_READ + (3,)],
                 id="a_governments_own_rules_under_its_number_begun_after_the_signature_before"),
    pytest.param([(ZHEJIANG[3:] + SUQIAN_ARTICLES, ZHEJIANG[:3]), (LONGNAN[2:] + SUQIAN_ARTICLES, LONGNAN[:2])],
                 [ZHEJIANG_READ + (3,), LONGNAN_READ + (4,)], id="a_governments_own_rules_heading_its_page"),
] + [
    pytest.param([(ZHEJIANG[3:] + SUQIAN_ARTICLES, ZHEJIANG[:3]), (anshan(form)[1 + len(lines):], anshan(form)[: 1 + len(lines)])],
                 [ZHEJIANG_READ + (3,), anshan_read(form) + (4,)], id=f"an_order_numbered_{form}")
    for form, lines in ORDER_LINES.items()
]


# 晋政发〔2018〕13号 (laodongfa.com; tests/data/SOURCES.md): its title block broken after 关于, as GB/T 9704 breaks a title by its
# sense, and once with a period line before 的通知 (the period written for the test)
SHANXI_TEXT = ["各市、县人民政府，省人民政府各委、办、厅、局：", "现将《山西省激发重点群体活力带动城乡居民增收的实施方案》印发给你们，"
               "请认真组织实施。", "山西省人民政府", "2018年3月27日", "（此件公开发布）"]
SHANXI_FRAMES = {
    "broken_after_guan_yu": ["山西省人民政府关于", "印发山西省激发重点群体活力带动城乡居民增收的实施方案的通知", "晋政发〔2018〕13号"],
    "a_period_line_before_de_tong_zhi": ["山西省人民政府关于", "印发山西省激发重点群体活力带动城乡居民增收的实施方案",
                                         "（2018—2020年）的通知", "晋政发〔2018〕13号"],
}
ROWS += [
    pytest.param([(SHANXI_TEXT + SUQIAN_ARTICLES, frames)],
                 [("晋政发〔2018〕13号", "".join(frames[:-1]), "山西省人民政府", "2018-03-27", SHANXI_TEXT[0].rstrip("：")) + (3,)],
                 id=f"a_title_block_{form}")
    for form, frames in SHANXI_FRAMES.items()
]


@pytest.mark.parametrize("pages, expected", ROWS)
def test_each_document_of_a_typeset_page_is_read_whole_on_its_page(pages, expected):
    assert read(printed_layout(2021, 3, pages)) == expected


@pytest.mark.parametrize("page_form", ["· {} ·", "第{}页", "— {} —"])
def test_a_page_number_under_the_running_header_numbers_its_own_page(page_form):
    pages = [(ZHEJIANG[3:] + SUQIAN_ARTICLES, ZHEJIANG[:3]), (LECHANG[2:] + SUQIAN_ARTICLES, LECHANG[:2])]
    assert [row[-1] for row in read(printed_layout(2021, 3, pages, page_form))] == [3, 4]


def test_a_column_heading_painted_with_the_title_block_names_its_documents_column():
    pages = [(ZHEJIANG[3:] + SUQIAN_ARTICLES, ["省政府文件"] + ZHEJIANG[:3]),
             (LECHANG[2:] + SUQIAN_ARTICLES, ["部门文件"] + LECHANG[:2])]
    found = parse_issue(printed_layout(2023, 12, pages)).to_export()["documents"]
    assert [(d["category"], d["doc_number"]) for d in found] == [("省政府文件", "浙政办发〔2023〕67号"), ("部门文件", "")]


def test_a_section_heading_painted_after_a_pages_documents_heads_the_section_printed_after_them():
    chronicle = ["1月份市政府记事", "4日", "△ " + BENXI_4, "5~9日", "△ " + BENXI_5]
    pages = [(LECHANG[2:] + SUQIAN[2:] + chronicle, LECHANG[:2] + SUQIAN[:2] + ["政府记事"])]
    parsed = parse_issue(printed_layout(2008, 1, pages)).to_export()
    assert [d["body"].split("\n")[-1] for d in parsed["documents"]] == ["2021年3月1日", "第一条\u3000为加快新型社会救助体系建设，"
                                                                      "缓解城乡特困居民医疗困难，结合本市实际，制定本办法。"]
    assert [(c["date"], c["text"]) for c in parsed["chronicle"]] == [("2008-01-04", BENXI_4), ("2008-01-05", BENXI_5)]


@pytest.mark.parametrize("form", ORDER_LINES)
def test_an_order_is_found_by_its_toc_entry_in_a_text_export(form):
    toc = [("部门文件", "".join(ZHEJIANG[:2]) + "（浙政办发〔2023〕67号）"),
           ("市政府令", f"鞍山市行政复议程序规定（{ANSHAN_NUMBER[form]}）")]
    parsed = parse_issue(layout(1994, 5, toc, ZHEJIANG + ["市政府令"] + anshan(form)))
    assert [tuple(d[name] for name in FIELDS) for d in parsed.to_export()["documents"]] == [ZHEJIANG_READ, anshan_read(form)]
    assert not [w for w in parsed.warnings if getattr(w, "is_loss", False)]


def test_two_sections_begun_on_one_page_each_take_the_heading_painted_for_them():
    appointments = ["1月份市政府人事任免"] + QUANZHOU_LIST
    chronicle = ["1月份市政府记事", "4日", "△ " + BENXI_4, "5~9日", "△ " + BENXI_5]
    pages = [(ZHEJIANG[3:] + SUQIAN_ARTICLES, ZHEJIANG[:3]), (appointments + chronicle, ["人事任免", "政府记事"])]
    parsed = parse_issue(printed_layout(2015, 1, pages)).to_export()
    assert [(a["person"], a["action"]) for a in parsed["appointments"]][:3] == [("王永礼", "appoint"), ("王永礼", "appoint"),
                                                                             ("康涛", "dismiss")]
    assert [c["date"] for c in parsed["chronicle"]] == ["2015-01-04", "2015-01-05"]


def test_a_notice_after_an_orders_enclosed_articles_begins_at_its_first_running_paragraph():
    # the 通告 follows the order's enclosed articles, no addressees nor a signature of its own before it: it begins
    # at the first paragraph of running text after them, and the order ends with its last article
    pages = [(ZHEJIANG[3:] + ANSHAN[2:] + YONGDENG[1:], ZHEJIANG[:3] + ANSHAN[:2] + YONGDENG[:1])]
    parsed = parse_issue(printed_layout(2015, 1, pages))
    assert [d.title for d in parsed.documents] == [ZHEJIANG_READ[1], ANSHAN[0], YONGDENG[0]]
    order, notice = parsed.documents[1:]
    assert order.body.endswith(ANSHAN[-1][-12:]) and notice.body.startswith(YONGDENG[1][:15])
    assert not [w for w in parsed.warnings if w.is_loss]


def test_a_governments_own_rules_name_their_issuer_in_a_text_export():
    toc = [("市政府文件", "陇南市人民政府工作规则（陇政发〔2017〕15号）")]
    found = parse_issue(layout(2017, 3, toc, LONGNAN)).to_export()["documents"]
    assert [tuple(d[name] for name in FIELDS) for d in found] == [LONGNAN_READ]


# shanwei-2023-tongao: a 通告 whose title names no issuer ('关于…的通告'), no number, no addressees, signed by a police
# unit over its date (tests/data/SOURCES.md); its paragraphs shortened to the first two items
SHANWEI = [
    "关于对汕尾体育馆周边道路实施临时交通管制的通告",
    "“广东家乡迎新年”暨“山海湖城冬养汕尾”文化惠民贺新春文艺晚会活动将在市城区举办，为保障广大群众人身安全和活动的顺利进行，"
    "根据《中华人民共和国道路交通安全法》第三十九条的有关规定，我支队决定对市城区汕尾体育馆周边道路实施临时交通管制。现通告如下：",
    "一、临时交通管制时间2023年1月20日17:00-22:30",
    "二、交通管制路段体育支路、公园路体育馆路段双向。",
    "特此通告",
    "汕尾市公安局交通警察支队",
    "2023年1月20日",
]
# the same signed by a unit whose name fills a column line (重庆市涪陵区公安局交通巡逻警察支队, SOURCES.md)
SHANWEI_LONG_SIGNER = SHANWEI[:5] + ["重庆市涪陵区公安局交通巡逻警察支队"] + SHANWEI[6:]
SHANWEI_CHRONICLE = ["1月份市政府记事", "4日", "△ " + BENXI_4, "5~9日", "△ " + BENXI_5]


@pytest.mark.parametrize("notice, frames", [
    (SHANWEI, []), (SHANWEI_LONG_SIGNER, []), (SHANWEI, ["政府记事"]),
], ids=["alone_on_its_page", "signer_as_wide_as_the_column", "before_a_section_begun_on_its_page"])
def test_a_tongao_titled_without_its_issuer_is_a_document_signed_by_its_unit(notice, frames):
    chronicle = SHANWEI_CHRONICLE if frames else []
    parsed = parse_issue(printed_layout(2023, 1, [(notice[1:] + chronicle, notice[:1] + frames)])).to_export()
    assert [tuple(d[name] for name in FIELDS) for d in parsed["documents"]] == [
        ("", SHANWEI[0], notice[5], "2023-01-20", None)]
    assert parsed["documents"][0]["body"].split("\n")[-2:] == notice[5:]


# liaoning-2021-7: a 通报 (one of the kinds of 公文 besides 通知), its issuer's line over a title printed on three lines
# (tests/data/SOURCES.md); the opening paragraph only
LIAONING = [
    "辽宁省人民政府办公厅", "关于对2020年", "落实有关重大政策措施真抓实干成效明显", "地区、部门和单位予以表扬激励的通报",
    "辽政办发〔2021〕7号", "各市人民政府，省政府各厅委、各直属机构：",
    "2020年，各地区、各部门、各单位认真贯彻落实党中央、国务院决策部署和省委、省政府工作要求，坚定信心、克难奋进、担当作为，"
    "统筹推进疫情防控和经济社会发展，以高度的政治自觉和求真务实的作风，推动各项工作取得较好成效。",
]
LIAONING_TITLE = "辽宁省人民政府办公厅关于对2020年落实有关重大政策措施真抓实干成效明显地区、部门和单位予以表扬激励的通报"


@pytest.mark.parametrize("pages", [
    [(ZHEJIANG[3:] + LIAONING[5:], ZHEJIANG[:3] + LIAONING[:5])],
    [(ZHEJIANG[3:] + SUQIAN_ARTICLES, ZHEJIANG[:3] + LIAONING[:1]), (LIAONING[5:] + SUQIAN_ARTICLES, LIAONING[1:5])],
], ids=["on_one_page", "its_issuers_line_at_the_foot_of_the_page_before"])
def test_a_tongbao_is_a_document_whole_on_its_page(pages):
    found = read(printed_layout(2021, 3, pages))
    assert [row[:3] for row in found] == [ZHEJIANG_READ[:3], ("辽政办发〔2021〕7号", LIAONING_TITLE, "辽宁省人民政府办公厅")]


@pytest.mark.parametrize("first", [ANSHAN, ZHEJIANG[:3] + ZHEJIANG[4:]], ids=["an_order", "a_notice_without_its_addressees"])
def test_the_first_pages_first_document_begins_at_its_top_whatever_it_prints_first(first):
    # an order (its order text) or a notice printed without addressees opens the text's first page, a notice with
    # addressees follows on the page: the first frame heads the page's top, the second the addressees
    head = 2 if first is ANSHAN else 3
    found = read(printed_layout(2021, 3, [(first[head:] + LECHANG[2:], first[:head] + LECHANG[:2])]))
    assert [row[1] for row in found] == [first[0] if first is ANSHAN else ZHEJIANG_READ[1], LECHANG_READ[1]]
    assert found[0][3] == ("1994-05-18" if first is ANSHAN else ZHEJIANG_READ[3])


# wenzhou-2021-28 (the 2021-05 fixture's 温政办〔2021〕28号): a cover notice whose enclosed plan's title, ending in its
# years ('…行动实施方案（2021—2023年）'), wraps over two column lines under the signature; 陇南's rules follow on the page
WATER = ["温州市人民政府办公室关于印发温州市水环境质量“达Ⅲ消Ⅴ”", "行动实施方案（2021—2023年）的通知", "温政办〔2021〕28号",
         "各县（市、区）人民政府，市各有关单位：",
         "《温州市水环境质量“达Ⅲ消Ⅴ”行动实施方案（2021—2023年）》已经市政府同意，现印发给你们，请认真组织实施。",
         "温州市人民政府办公室", "2021年4月27日", "温州市水环境质量“达Ⅲ消Ⅴ”行动实施方案（2021—2023年）",
         "3. 全面提升污水处理能力。大力推进温州市区以及乐清、瑞安、平阳、苍南、龙港等地污水处理设施新改扩建或提标改造。"]


def test_an_enclosed_title_wrapped_under_the_signature_is_no_documents_beginning():
    found = parse_issue(printed_layout(2021, 5, [(WATER[3:] + LONGNAN[2:], WATER[:3] + LONGNAN[:2])])).to_export()["documents"]
    assert [d["doc_number"] for d in found] == ["温政办〔2021〕28号", LONGNAN[1]]
    assert found[0]["body"].split("\n")[-2:] == WATER[7:]
    assert found[1]["body"].split("\n")[0] == "第一章　总则"


# ali-2021-42: a prefecture's administration (行政公署) issuing its own rules by a notice (tests/data/SOURCES.md)
ALI = ["阿里地区行政公署关于印发《阿里地区", "行政公署工作规则》的通知", "阿行发〔2021〕42号", "各县人民政府，行署各局、委、办、处：",
       "《阿里地区行政公署工作规则》已经地委、行署研究通过，现印发给你们，请认真贯彻执行。", "阿里地区行政公署", "2021年11月9日"]
ALI_READ = ("阿行发〔2021〕42号", "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知", "阿里地区行政公署", "2021-11-09",
            "各县人民政府，行署各局、委、办、处")


@pytest.mark.parametrize("pages", [
    [(ALI[3:] + LECHANG[2:], ALI[:3] + LECHANG[:2])],
    [(ZHEJIANG[3:] + ALI[3:], ZHEJIANG[:3] + ALI[:3])],
], ids=["before_a_notice", "after_a_notice"])
def test_a_prefectures_administration_heads_its_notice_as_a_government(pages):
    found = parse_issue(printed_layout(2021, 12, pages)).to_export()["documents"]
    ali = next(d for d in found if d["doc_number"] == ALI_READ[0])
    # (its addressees, as wide as the helper's unindented column, run on into the next line: not asserted)
    assert (tuple(ali[name] for name in FIELDS[:4]), ali["category"]) == (ALI_READ[:4], "市政府文件")
    assert len(found) == 2


def test_a_date_ending_the_next_pages_columns_is_no_part_of_a_title_cut_there():
    # the title's first line (naming its issuer) ends page 3's frames; page 4's columns end with a signature's date,
    # right before the frame that completes the title: the date stays the notice's (宿迁's, signed by its seal)
    pages = [(ZHEJIANG[3:] + SUQIAN_ARTICLES, ZHEJIANG[:3] + ["宿迁市人民政府关于印发宿迁市城乡医疗救助"]),
             (SUQIAN[2:5], ["暂行办法的通知", "宿政发〔2008〕65号"])]
    found = read(printed_layout(2008, 6, pages))
    assert [row[:4] for row in found] == [ZHEJIANG_READ[:4], SUQIAN_READ[:1] + (SUQIAN[0],) + SUQIAN_READ[2:4]]


# guowuyuan-2025-report: the State Council's 政府工作报告 as its printed edition opens (theorychina.org.cn; tests/data/SOURCES.md):
# no number, no addressees, no signature; its occasion line and speaker's line over '各位代表：'. The title is a frame
# painted after the page's columns, as the other title blocks here.
REPORT = [
    "——2025年3月5日在第十四届全国人民代表大会第三次会议上",
    "国务院总理 李强",
    "各位代表：",
    "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。",
    "一、2024年工作回顾",
    "过去一年，我国发展历程很不平凡。党的二十届三中全会胜利召开，对进一步全面深化改革、推进中国式现代化作出部署。",
]


def report_read(text, opening):
    """The fields of each document and the start of its body, as long as `opening` (printed_layout cuts a column line by
    characters, not by width: a line of digits may come out narrow enough to end its paragraph)."""
    found = parse_issue(text).to_export()["documents"]
    return [(d["category"], d["title"], d["doc_number"], d["signed_date"], d["addressees"], d["page"],
             d["body"].replace("\n", "")[: len(opening)]) for d in found]


@pytest.mark.parametrize("column", [REPORT, REPORT[1:]], ids=["under_its_occasion_line", "under_its_speakers_line"])
def test_a_work_report_painted_after_its_pages_columns_is_a_document_without_number_or_signature(column):
    pages = [(column, ["政府工作报告"])]
    assert report_read(printed_layout(2025, 3, pages), column[0]) == [("市政府文件", "政府工作报告", "", None, None, 3, column[0])]


def test_a_work_report_begun_under_the_signature_of_the_notice_before_heads_its_own_text():
    pages = [(LECHANG[2:] + REPORT[1:], LECHANG[:2] + ["政府工作报告"])]
    found = parse_issue(printed_layout(2025, 3, pages)).to_export()["documents"]
    assert [(d["title"], d["signed_date"], d["body"].split("\n")[0][:20]) for d in found] == [
        (LECHANG_READ[1], LECHANG_READ[3], LECHANG[3][:20]), ("政府工作报告", None, REPORT[1])]
