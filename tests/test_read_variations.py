"""What real issues print (issue 21 §1): development rows from public government text of other
places and years, laid out as small issues of the gazette and read with parse_issue.

Each row is real printed text (tests/data/SOURCES.md names its source, row by row), a few lines
of it, in the shape a text export of the gazette gives: cover, 目录 with pages, the section. Rows
the parser does not read yet are marked xfail (strict) with what it misses, so that the parser
work turns them on as it learns each variation. Never rows from bench/heldout*: that is the yardstick.
"""

from datetime import date

import pytest

from issues.parser import dates, parse_issue

NOT_YET = "issue 21 §1: parser does not yet read "


def layout(year, month, toc, body):
    """A small issue: cover, a 目录 of (category, title) entries at page 3, then the body lines."""
    lines = ["温州市人民政府公报", f"{year}.{month}", "总第300期（月刊）", "目  录"]
    for category, title in toc:
        lines += [category, f"{title}……………（03）"]
    lines += ["", "· 3 ·", ""] + body
    return "\n\n".join(lines)


def not_yet(what):
    return pytest.mark.xfail(reason=NOT_YET + what, strict=True)


# --- documents -------------------------------------------------------------------------------------

# laosheting-2007-120: a ministry office's notice signed in Chinese numerals with 〇
LAOSHE = [
    "劳动和社会保障部办公厅",
    "关于印发社会保险基金安全宣传教育活动工作方案的通知",
    "劳社厅函〔2007〕120号",
    "各省、自治区、直辖市劳动和社会保障厅（局）：",
    "为贯彻落实党中央、国务院关于加强社会保险基金监督管理，确保基金安全的要求，我部决定今年5月-6月集中开展社会保险"
    "基金安全宣传教育活动。现将《社会保险基金安全宣传教育活动工作方案》印发给你们，请各地结合当地实际，认真搞好这次活动，切实收到成效。",
    "劳动和社会保障部办公厅",
    "二〇〇七年三月二十六日",
]
LAOSHE_TOC = ("部门文件", "劳动和社会保障部办公厅关于印发社会保险基金安全宣传教育活动工作方案的通知（劳社厅函〔2007〕120号）")

# wuzheng-2005-32: a city government's notice, its date printed with ASCII zeros (二00五年)
WUHAN = [
    "武汉市人民政府",
    "关于批转武汉市高级中等学校招生统一考试管理规定的通知",
    "武政〔2005〕32 号",
    "各区人民政府，市人民政府各部门：",
    "市人民政府同意市教育局修订的《武汉市高级中等学校招生统一考试管理规定》，现转发给你们，请遵照执行。",
    "武汉市人民政府",
    "二00五年六月十七日",
]
WUHAN_TOC = ("部门文件", "武汉市人民政府关于批转武汉市高级中等学校招生统一考试管理规定的通知（武政〔2005〕32号）")

# yongdeng-2022-notice: a county police bureau's 通告 without a doc number
YONGDENG = [
    "永登县公安局关于对县城部分道路实施临时交通管制的通告",
    "为全力做好我县新冠疫情防控工作，从严从细落实防控措施，有效阻断疫情传播途径，切实保障人民群众生命安全，根据永登县新冠"
    "肺炎疫情联防联控办工作要求，现决定对以下路段实施临时交通管制。",
    "一、管制时间",
    "自2022年3月21日20时起实施每天24小时交通管制，解除时间另行通知。",
    "此通告自发布之日起执行。",
    "永登县公安局",
    "2022年3月21日",
]
YONGDENG_TOC = ("部门文件", "永登县公安局关于对县城部分道路实施临时交通管制的通告")

# shenzhen-rd-37 (law277.infoeach.com): a people's congress standing committee's 公告, its series name the title and its
# serial on the line under it, no addressees; the regulation it promulgates after the signature (shortened)
SHENZHEN_NOTICE = [
    "深圳市人民代表大会常务委员会公告",
    "第三十七号",
    "深圳市第三届人民代表大会常务委员会第十一次会议于2001年10月17日审议通过的《深圳市人民代表大会常务委员会听证条例》业经"
    "广东省第九届人民代表大会常务委员会第二十九次会议于2001年12月3日批准，现予公布，自2002年1月1日起施行。",
    "深圳市人民代表大会常务委员会",
    "2001年12月26日",
    "深圳市人民代表大会常务委员会听证条例",
    "第一章 总 则",
    "第一条 为了规范深圳市人民代表大会常务委员会（以下简称常委会）的听证活动，促进常委会工作的民主化和科学化，制定本条例。",
]
# anhui-rd-2021 (ahrd.gov.cn): a people's congress resolution approving the plan outline, no number, no signature; its passage
# line printed under the title after a dash, as a gazette sets it (the page prints it bare), then its first paragraph
ANHUI_RESOLUTION = [
    "关于安徽省国民经济和社会发展第十四个五年规划和2035年远景目标纲要的决议",
    "——2021年2月1日安徽省第十三届人民代表大会第四次会议通过",
    "安徽省第十三届人民代表大会第四次会议审查了省发展和改革委员会受省人民政府委托提出的《安徽省国民经济和社会发展第十四个五年"
    "规划和2035年远景目标纲要（草案）》，同意省人民代表大会财政经济委员会的审查结果报告，决定批准这个纲要。",
]
ANHUI_RESOLUTION_TOC = ("部门文件", "关于安徽省国民经济和社会发展第十四个五年规划和2035年远景目标纲要的决议")
SHENZHEN_NOTICE_TOC = ("部门文件", "深圳市人民代表大会常务委员会公告（第三十七号）")


# jiancheng-2011-18: a ministry department's notice, signed 二〇一一年二月二十三日 under its full name
JIANCHENG = [
    "关于印发《住房和城乡建设部城市建设司2011年工作要点》的通知",
    "建城综函〔2011〕18号",
    "各省、自治区住房和城乡建设厅，直辖市建（交）委，有关单位：",
    "2011年是“十二五”的开局之年，做好今年的工作意义重大。为加强工作联系与配合，现将《住房和城乡建设部城市建设司2011年工作要点》印发你们，供参考。",
    "中华人民共和国住房和城乡建设部城市建设司",
    "二〇一一年二月二十三日",
]
JIANCHENG_TOC = ("部门文件", "关于印发《住房和城乡建设部城市建设司2011年工作要点》的通知（建城综函〔2011〕18号）")


# shanghai-2017-92: the doc number on its own line before a title that names its issuer
SHANGHAI = [
    "沪府发〔2017〕92号",
    "上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知",
    "各区人民政府，市政府各委、办、局：",
    "现将《关于本市加强政务诚信建设的实施意见》印发给你们，请认真按照执行。",
    "上海市人民政府",
    "2017年12月20日",
]
SHANGHAI_TOC = ("部门文件", "上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知（沪府发〔2017〕92号）")

# linhai-2011-3 (台州): the issuer on its own line above 关于…, the number after the title
LINHAI = [
    "临海市安全生产委员会",
    "关于印发《2011年度市级单位安全生产综合目标管理责任制考核办法》的通知",
    "临安委〔2011〕3号",
    "市级各有关单位：",
    "《2011年度市级单位安全生产综合目标管理责任制考核办法》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "临海市安全生产委员会",
    "二〇一一年五月十八日",
]
LINHAI_TOC = ("部门文件", "临海市安全生产委员会关于印发《2011年度市级单位安全生产综合目标管理责任制考核办法》的通知（临安委〔2011〕3号）")

# qingyuan-2019-notice: a city government's 通知 printed without a doc number, addressees after the title
QINGYUAN = [
    "清远市人民政府关于印发《清远市人民政府工作规则》的通知",
    "各县（市、区）人民政府，市政府各部门、各直属机构：",
    "新修订的《清远市人民政府工作规则》已经七届第44次市政府常务会议审议通过。现印发给你们，自印发之日起施行，请认真贯彻执行。",
    "清远市人民政府",
    "2019年11月29日",
]
QINGYUAN_TOC = ("部门文件", "清远市人民政府关于印发《清远市人民政府工作规则》的通知")

# neimenggu-1997-82: an order numbered only by its order line, printed over two lines, signed by title and name
NEIMENGGU = [
    "内蒙古自治区村庄和集镇规划建设管理实施办法",
    "内蒙古自治区人民政府令",
    "第82号",
    "《内蒙古自治区村庄和集镇规划建设管理实施办法》已经自治区人民政府1997年第六次常务会议通过，现予发布施行。",
    "自治区主席\u3000乌力吉",
    "1997年7月23日",
    "第一章\u3000总\u3000则",
    "第一条\u3000根据《村庄和集镇规划建设管理条例》（以下简称《条例》），结合自治区实际，制定本实施办法。",
]
NEIMENGGU_TOC = ("市政府令", "内蒙古自治区村庄和集镇规划建设管理实施办法（内蒙古自治区人民政府令第82号）")


def raw_layout(year, month, pages):
    """A raw two-column extraction of a small issue: no 目录, column lines of 19 characters each followed
    by a blank line, a '— N —' footer closing each page (the cover is page 2)."""
    lines = ["温州市人民政府公报", f"{year}.{month}", "总第300期（月刊）", "— 2 —"]
    for number, page in enumerate(pages, start=3):
        for line in page:
            lines += [line[k : k + 19] for k in range(0, len(line), 19)]
        lines.append(f"— {number} —")
    return "\n\n".join(lines)


def document(text, doc_number):
    documents = parse_issue(text).to_export()["documents"]
    return next(d for d in documents if d["doc_number"] == doc_number)


DOCUMENTS = [
    pytest.param(layout(2007, 4, [LAOSHE_TOC], LAOSHE), "劳社厅函〔2007〕120号",
                 {"issuer": "劳动和社会保障部办公厅", "signed_date": "2007-03-26"},
                 id="signature_date_in_chinese_numerals"),
    pytest.param(layout(2005, 6, [WUHAN_TOC], WUHAN), "武政〔2005〕32号",
                 {"issuer": "武汉市人民政府", "signed_date": "2005-06-17"},
                 id="signature_date_with_ascii_zeros"),
    pytest.param(layout(2011, 3, [JIANCHENG_TOC], JIANCHENG), "建城综函〔2011〕18号",
                 {"issuer": "中华人民共和国住房和城乡建设部城市建设司", "signed_date": "2011-02-23"},
                 id="signature_date_of_a_ministry_department"),
    pytest.param(layout(2005, 6, [WUHAN_TOC], WUHAN[:2] + ["— 4 —", "温州市人民政府公报（总第300期）"] + WUHAN[2:]),
                 "武政〔2005〕32号", {"title": "武汉市人民政府关于批转武汉市高级中等学校招生统一考试管理规定的通知"},
                 id="title_block_cut_by_a_page_break"),
    pytest.param(layout(2022, 3, [YONGDENG_TOC], YONGDENG), "",
                 {"issuer": "永登县公安局", "signed_date": "2022-03-21",
                  "title": "永登县公安局关于对县城部分道路实施临时交通管制的通告"},
                 id="notice_without_doc_number"),
    pytest.param(layout(2017, 12, [SHANGHAI_TOC], SHANGHAI), "沪府发〔2017〕92号",
                 {"issuer": "上海市人民政府", "signed_date": "2017-12-20",
                  "title": "上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知"},
                 id="number_before_a_title_that_names_its_issuer"),
    pytest.param(layout(2011, 5, [LINHAI_TOC], LINHAI), "临安委〔2011〕3号",
                 {"issuer": "临海市安全生产委员会", "signed_date": "2011-05-18"},
                 id="issuer_line_split_from_the_title"),
    pytest.param(layout(2019, 11, [QINGYUAN_TOC], QINGYUAN), "",
                 {"issuer": "清远市人民政府", "signed_date": "2019-11-29", "addressees": "各县（市、区）人民政府，市政府各部门、各直属机构",
                  "title": "清远市人民政府关于印发《清远市人民政府工作规则》的通知"},
                 id="notice_without_doc_number_with_addressees"),
    pytest.param(layout(1997, 7, [NEIMENGGU_TOC], NEIMENGGU), "内蒙古自治区人民政府令第82号",
                 {"issuer": "内蒙古自治区人民政府", "signed_date": "1997-07-23",
                  "title": "内蒙古自治区村庄和集镇规划建设管理实施办法"},
                 id="order_number_over_two_lines_signed_by_title_and_name"),
    pytest.param(layout(2002, 1, [SHENZHEN_NOTICE_TOC, YONGDENG_TOC], SHENZHEN_NOTICE + YONGDENG), "第三十七号",
                 {"title": "深圳市人民代表大会常务委员会公告", "issuer": "深圳市人民代表大会常务委员会",
                  "signed_date": "2001-12-26", "effective_from": "2002-01-01", "addressees": None},
                 id="a_congress_committees_announcement_numbered_by_its_serial_under_its_series_name"),
    pytest.param(layout(2021, 2, [ANHUI_RESOLUTION_TOC, YONGDENG_TOC], ANHUI_RESOLUTION + YONGDENG), "",
                 {"title": ANHUI_RESOLUTION[0], "body": "\n".join(ANHUI_RESOLUTION[1:]), "signed_date": None},
                 id="a_resolutions_passage_line_after_a_dash_is_its_bodys_first_line_not_its_subtitle"),
]

# The same documents in a raw extraction (no 目录): each is found by the shape of its title block,
# a document following another on the same page included.
RAW_DOCUMENTS = [
    pytest.param([SHANGHAI + QINGYUAN], [("沪府发〔2017〕92号", "上海市人民政府", "2017-12-20"),
                                        ("", "清远市人民政府", "2019-11-29")],
                 id="unnumbered_notice_after_a_document_on_the_same_page"),
    pytest.param([LINHAI, QINGYUAN], [("临安委〔2011〕3号", "临海市安全生产委员会", "2011-05-18"),
                                     ("", "清远市人民政府", "2019-11-29")],
                 id="issuer_line_split_then_an_unnumbered_notice"),
    pytest.param([QINGYUAN + SHANGHAI], [("", "清远市人民政府", "2019-11-29"),
                                        ("沪府发〔2017〕92号", "上海市人民政府", "2017-12-20")],
                 id="number_before_the_title_after_an_unnumbered_notice"),
    pytest.param([YONGDENG, WUHAN], [("", "永登县公安局", "2022-03-21"), ("武政〔2005〕32号", "武汉市人民政府", "2005-06-17")],
                 id="unaddressed_tongao_without_number"),
    pytest.param([QINGYUAN + NEIMENGGU], [("", "清远市人民政府", "2019-11-29"),
                                          ("内蒙古自治区人民政府令第82号", "内蒙古自治区人民政府", "1997-07-23")],
                 id="order_after_a_notice_on_the_same_page"),
]




def printed_with(brackets, lines):
    """The lines with the doc number's 〔〕 printed as other gazettes print them: '[]' or '（）'."""
    return [line.replace("〔", brackets[0]).replace("〕", brackets[1]) for line in lines]


@pytest.mark.parametrize("brackets", ["[]", "（）", "〔〕"])
def test_a_doc_number_in_other_brackets_is_found_in_both_shapes(brackets):
    number = printed_with(brackets, ["临安委〔2011〕3号"])[0]
    text_export = layout(2011, 5, [LINHAI_TOC], printed_with(brackets, LINHAI))
    raw = raw_layout(2011, 5, [printed_with(brackets, LINHAI), SHANGHAI])
    assert [(d["doc_number"], d["signed_date"]) for d in parse_issue(text_export).to_export()["documents"]] == [
        (number, "2011-05-18")]
    assert [(d["doc_number"], d["signed_date"]) for d in parse_issue(raw).to_export()["documents"]] == [
        (number, "2011-05-18"), ("沪府发〔2017〕92号", "2017-12-20")]


@pytest.mark.parametrize("unlisted, expected", [
    pytest.param(QINGYUAN, [("", "清远市人民政府", "2019-11-29")], id="unnumbered_notice"),
    pytest.param(SHANGHAI + NEIMENGGU, [("沪府发〔2017〕92号", "上海市人民政府", "2017-12-20"),
                                        ("内蒙古自治区人民政府令第82号", "内蒙古自治区人民政府", "1997-07-23")],
                 id="numbered_notice_then_an_order"),
])
def test_a_document_the_toc_does_not_list_is_its_own_document_with_a_note(unlisted, expected):
    parsed = parse_issue(layout(2011, 5, [LINHAI_TOC], LINHAI + unlisted))
    found = [(d["doc_number"], d["issuer"], d["signed_date"]) for d in parsed.to_export()["documents"]]
    assert found == [("临安委〔2011〕3号", "临海市安全生产委员会", "2011-05-18")] + expected
    notes = [w for w in parsed.warnings if w.kind == "toc_unlisted_document"]
    assert len(notes) == len(expected) and not [w for w in parsed.warnings if w.is_loss]


def test_an_unnumbered_notice_of_a_raw_extraction_keeps_its_title_out_of_the_body():
    found = parse_issue(raw_layout(2019, 11, [QINGYUAN])).to_export()["documents"]
    assert [(d["addressees"], d["body"].startswith("新修订的")) for d in found] == [
        ("各县（市、区）人民政府，市政府各部门、各直属机构", True)]


@pytest.mark.parametrize("pages, expected", RAW_DOCUMENTS)
def test_documents_of_a_raw_extraction_are_found_by_their_title_blocks(pages, expected):
    parsed = parse_issue(raw_layout(2011, 5, pages))
    found = [(d["doc_number"], d["issuer"], d["signed_date"]) for d in parsed.to_export()["documents"]]
    assert found == expected


@pytest.mark.parametrize("text, doc_number, expected", DOCUMENTS)
def test_a_document_is_read_with_its_fields(text, doc_number, expected):
    found = document(text, doc_number)
    assert {name: found[name] for name in expected} == expected


def test_a_notice_without_number_is_not_merged_into_the_document_before():
    text = layout(2022, 3, [LAOSHE_TOC, YONGDENG_TOC], LAOSHE + YONGDENG)
    documents = parse_issue(text).to_export()["documents"]
    assert [d["doc_number"] for d in documents] == ["劳社厅函〔2007〕120号", ""]
    assert "永登县" not in documents[0]["body"]


PAGE_NUMBER_FORMS = [
    pytest.param("· 4 ·", id="dots"),
    pytest.param("— 4 —", id="em_dashes"),
    pytest.param("-4-", id="hyphens"),
    pytest.param("第4页", id="di_ye"),
    pytest.param("－ 4 －", id="full_width_hyphens"),
    pytest.param("—4—", id="em_dashes_without_spaces"),
]


@pytest.mark.parametrize("page_number", PAGE_NUMBER_FORMS)
def test_a_page_number_between_paragraphs_stays_out_of_the_body(page_number):
    body = YONGDENG[:2] + [page_number] + YONGDENG[2:]
    found = document(layout(2022, 3, [YONGDENG_TOC], body), "")
    assert page_number not in found["body"] and "一、管制时间" in found["body"]


# --- dates as printed (one helper, issues/parser/dates.py) -----------------------------------------

DATES_AS_PRINTED = [
    pytest.param("二〇〇七年三月二十六日", "2007年3月26日", id="ling_as_circle_u3007"),  # laosheting-2007-120
    pytest.param("二00五年六月十七日", "2005年6月17日", id="ascii_zeros"),  # wuzheng-2005-32
    pytest.param("二○○八年十月二十日", "2008年10月20日", id="ling_as_white_circle_u25cb"),  # hangzheng-2008-358
    pytest.param("二○一○年六月九日", "2010年6月9日", id="single_digit_day"),  # shuozheng-2010-71
    pytest.param("二〇一二年九月二十七日", "2012年9月27日", id="tens_and_units_day"),  # weizheng-2012-75
    pytest.param("二○一九年十二月三十一日", "2019年12月31日", id="december_thirty_first"),  # issue 21's example
    pytest.param("本规定自二○○八年一月一日起施行。", "本规定自2008年1月1日起施行。", id="inside_a_validity_clause"),
    pytest.param("４月１４日，市政府召开第107次常务会议。", "4月14日，市政府召开第107次常务会议。", id="full_width_digits"),
    pytest.param("二OO六年三月一日", "2006年3月1日", id="zero_typed_as_the_letter_o"),  # typed so in old text exports
    pytest.param("２００７年４月９日", "2007年4月9日", id="full_width_year_month_day"),
    pytest.param("二十六日", "26日", id="chronicle_day_line"),
    pytest.param("三日 △ 市长赴永嘉调研。", "3日 △ 市长赴永嘉调研。", id="chronicle_day_and_item"),
    pytest.param("三十日内作出决定", "三十日内作出决定", id="a_count_of_days_is_no_date"),
    pytest.param("统一月度报表", "统一月度报表", id="numerals_before_month_without_day"),
]


@pytest.mark.parametrize("printed, in_digits", DATES_AS_PRINTED)
def test_a_date_as_printed_is_read_in_digits(printed, in_digits):
    assert dates.in_digits(printed) == in_digits


def test_a_validity_clause_in_chinese_numerals_gives_its_date():
    from issues.parser.documents import validity

    assert validity(["本规定自二○○八年一月一日起施行。"]) == (date(2008, 1, 1), None, None)


def test_a_chronicle_day_in_chinese_numerals_dates_its_items():
    from issues.parser import chronicle

    entries = chronicle.parse(["4月份市政府记事", "二十六日", "△ 市长赴永嘉调研。"], year=2007, default_month=4)
    assert [(e.date, e.text) for e in entries] == [(date(2007, 4, 26), "市长赴永嘉调研。")]


@pytest.mark.parametrize("page_number", PAGE_NUMBER_FORMS)
def test_a_page_number_line_becomes_the_break_to_its_page(page_number):
    from issues.parser import clean

    from issues.parser.lines import Line, page_break

    marked = clean.mark_page_numbers([Line("上一页的末行"), Line(page_number), Line("下一页的首行")])
    assert marked == [Line("上一页的末行"), page_break(4), Line("下一页的首行")]


@pytest.mark.parametrize("line", ["-4", "3-4", "第4条", "第四页", "— 2020年 —"])
def test_a_line_with_a_number_that_is_no_page_number_stays(line):
    from issues.parser import clean

    from issues.parser.lines import Line

    assert clean.mark_page_numbers([Line(line)]) == [Line(line)]


# --- appointments ----------------------------------------------------------------------------------

# president-order-40-2010: 中华人民共和国主席令（第四十号）, as printed
PRESIDENT_ORDER_40 = ["中华人民共和国主席令", "（第四十号）",
                      "根据中华人民共和国第十一届全国人民代表大会常务委员会第十八次会议于2010年12月25日的决定：",
                      "免去李毅中的工业和信息化部部长职务；", "任命苗圩为工业和信息化部部长。", "中华人民共和国主席 胡锦涛", "2010年12月25日"]


def appointments(lines, heading="人事任免", toc_title="人事任免"):
    text = layout(2018, 7, [("机构人事", toc_title)], [heading] + lines)
    return sorted((a["person"], a["action"], a["position"]) for a in parse_issue(text).to_export()["appointments"])


APPOINTMENTS = [
    # quanzhou-2018-07: 任命X为Y、Z and 免去X Y、Z的职务, under 会议决定：
    pytest.param(["会议决定：", "任命王永礼为泉州市人民政府副市长、代理市长。"],
                 [("王永礼", "appoint", "泉州市人民政府代理市长"), ("王永礼", "appoint", "泉州市人民政府副市长")],
                 id="ren_ming_x_wei_y"),
    pytest.param(["决定免去卢炳椿泉州市人民政府副市长、市公安局局长的职务。"],
                 [("卢炳椿", "dismiss", "市公安局局长"), ("卢炳椿", "dismiss", "泉州市人民政府副市长")],
                 id="mian_qu_x_posts_de_zhi_wu"),
    # shanghai-2023-01: two people appointed and one dismissed in one line
    pytest.param(["任命郭芳、张小宏为上海市副市长，免去张为的上海市副市长职务；"],
                 [("张为", "dismiss", "上海市副市长"), ("张小宏", "appoint", "上海市副市长"), ("郭芳", "appoint", "上海市副市长")],
                 id="two_appointed_one_dismissed_in_a_line"),
    # mengzhou-2011-06: three appointed, three dismissed, the last name glued to the post
    pytest.param(["任命卫国胜、田丽洁、郝雅伟为孟州市人民政府副市长，免去汤文胜、王荔、买银朋孟州市人民政府副市长职务。"],
                 sorted([(name, "appoint", "孟州市人民政府副市长") for name in ("卫国胜", "田丽洁", "郝雅伟")]
                        + [(name, "dismiss", "孟州市人民政府副市长") for name in ("汤文胜", "王荔", "买银朋")]),
                 id="three_appointed_three_dismissed_names_glued_to_the_post"),
    # foshan-2021-10 and xiushui-2011-07: 决定任命 opening the line, a 代理 post and a county's post
    pytest.param(["决定任命白涛为佛山市人民政府副市长、代理市长。"],
                 [("白涛", "appoint", "佛山市人民政府代理市长"), ("白涛", "appoint", "佛山市人民政府副市长")],
                 id="jue_ding_ren_ming_acting_mayor"),
    pytest.param(["决定任命刘松、周杏连为修水县人民政府副县长。"],
                 [("刘松", "appoint", "修水县人民政府副县长"), ("周杏连", "appoint", "修水县人民政府副县长")],
                 id="two_deputy_county_heads"),
    pytest.param(["市人民政府决定：", "王永礼任泉州市人民政府副市长；"], [("王永礼", "appoint", "泉州市人民政府副市长")],
                 id="letter_spaced_heading_x_ren_y"),
]


APPOINTMENTS += [
    # the name's end is where a place of two or more characters and its level start: not '张为上' + '海市…'
    pytest.param(["免去张为上海市副市长职务。"], [("张为", "dismiss", "上海市副市长")], id="two_character_name_glued_to_the_post"),
    # a dismissal naming no one gives no row (and a warning), never a person read out of the place
    pytest.param(["免去温州市鹿城区区长职务。"], [], id="dismissal_naming_no_one"),
    # sichuan-2001-01: two resignations accepted in one clause and a third after a comma, under a decider printed
    # without a colon before the first entry
    pytest.param(["会议决定任命陈文光为省政府副省长；接受徐世群、欧泽高辞去省政府副省长职务的请求，"
                  "李永寿辞去省人大常委会副主任职务的请求。"],
                 [("徐世群", "dismiss", "省政府副省长"), ("李永寿", "dismiss", "省人大常委会副主任"),
                  ("欧泽高", "dismiss", "省政府副省长"), ("陈文光", "appoint", "省政府副省长")],
                 id="resignations_of_several_people_accepted"),
    # president-order-40-2010: an order under its 令 line, its serial in Chinese numerals, a decision cited with its date
    pytest.param(PRESIDENT_ORDER_40, [("李毅中", "dismiss", "工业和信息化部部长"), ("苗圩", "appoint", "工业和信息化部部长")],
                 id="an_order_citing_the_decision_it_executes"),
]


# quanzhou-2018-07, the list as printed: a '决定接受：' list of resignations under the meeting's decision, a
# dismissal with its own 决定 after it, and the same decisions in one sentence with '…的职务，报…备案'
QUANZHOU_LIST = ["会议决定：", "任命王永礼为泉州市人民政府副市长、代理市长。", "决定接受：", "康涛辞去泉州市人民政府市长职务；",
                 "决定免去卢炳椿泉州市人民政府副市长、市公安局局长的职务。"]
QUANZHOU_SENTENCE = ["经市人大常委会组成人员表决决定：任命王永礼为泉州市人民政府副市长；免去卢炳椿泉州市人民政府副市长、"
                     "市公安局局长的职务；接受康涛辞去泉州市人民政府市长的职务，报泉州市十六届人民代表大会第三次会议备案；"
                     "泉州市人民政府副市长王永礼代理泉州市人民政府市长职务。"]
QUANZHOU_ROWS = [("王永礼", "appoint", "泉州市人民政府副市长"), ("王永礼", "appoint", "泉州市人民政府代理市长"),
                 ("康涛", "dismiss", "泉州市人民政府市长"), ("卢炳椿", "dismiss", "泉州市人民政府副市长"),
                 ("卢炳椿", "dismiss", "市公安局局长")]


# zhaodong-2018-12: several 任命X同志为Y in one sentence, 同志 after two names
ZHAODONG = ["任命熊福春同志为肇东市文化广电新闻出版局局长，任命李连杰同志为肇东市商务局局长。",
            "任命周文艺、田发启同志为肇东市监察委员会副主任，任命金东权、张伟国同志为肇东市监察委员会委员。"]
ZHAODONG_ROWS = [("熊福春", "appoint", "肇东市文化广电新闻出版局局长"), ("李连杰", "appoint", "肇东市商务局局长"),
                 ("周文艺", "appoint", "肇东市监察委员会副主任"), ("田发启", "appoint", "肇东市监察委员会副主任"),
                 ("金东权", "appoint", "肇东市监察委员会委员"), ("张伟国", "appoint", "肇东市监察委员会委员")]


# anhui-2016-02: dismissals of several people each with their own posts after one 免去 (分别 before it), people counted
# before 同志 (yongfeng-2018-04), and why the posts end in a bracket after 职务 (anhui-2016-02)
ANHUI_SEVERALLY = ["会议决定：", "分别免去张志轩的省十二届人大财政经济委员会副主任委员、省人大常委会财政经济工作委员会副主任职务；"
                   "朱勇的省人大常委会内务司法工作委员会主任职务；张荣国的省十二届人大内务司法委员会副主任委员、省人大常委会内务司法工作委员会副主任职务。"]
ANHUI_SEVERALLY_ROWS = [("张志轩", "dismiss", "省十二届人大财政经济委员会副主任委员"), ("张志轩", "dismiss", "省人大常委会财政经济工作委员会副主任"),
                        ("朱勇", "dismiss", "省人大常委会内务司法工作委员会主任"), ("张荣国", "dismiss", "省十二届人大内务司法委员会副主任委员"),
                        ("张荣国", "dismiss", "省人大常委会内务司法工作委员会副主任")]
YONGFENG = ["会议决定：", "任命吕靖、李保庚、李超群三位同志为永丰县监察委员会委员。", "接受陈月洪、朱春龙两位同志辞去县人大常委会委员职务。"]
YONGFENG_ROWS = [(name, "appoint", "永丰县监察委员会委员") for name in ("吕靖", "李保庚", "李超群")] + [
    (name, "dismiss", "县人大常委会委员") for name in ("陈月洪", "朱春龙")]
ANHUI_REASON = ["会议决定：", "免去詹夏来、花建慧、梁卫国的省人民政府副省长职务（均系职务变动）。"]


@pytest.mark.parametrize("line", [
    "任命陈斯喜和王晓为全国人民代表大会常务委员会委员。",
    "免去陈斯喜和王晓的全国人民代表大会常务委员会委员职务。",
    "免去王福宏的省人大常委会内务司法工作委员会主任职务，另有任用；",
    "胡栋良同志任中共漳州市芗城区委书记；侯为东同志不再担任中共漳州市芗城区委书记、常委职务。",
    # 太原 2019-01 (tests/data/SOURCES.md, "misc21k")
    "任命李晓波为太原市副市长，作出关于李晓波代理太原市市长的决定。",
    "根据市人民政府市长李延春的提请，会议决定任命熊福春为肇东市文化广电新闻出版局局长。",  # 肇东 2018-12, worded for the test
], ids=["appointed_joined_by_he", "dismissed_joined_by_he", "dismissed_to_be_posted_elsewhere", "no_longer_holding_posts",
        "acting_post_in_a_decision_the_report_names", "proposer_before_who_decided"])
def test_every_piece_of_an_appointment_line_read_is_covered(line):
    """lianghui-2014-03's names joined by 和, an anhui-2016-02 dismissal with '另有任用' (written for the test) and
    zhangzhou-2019-08's 不再担任: the rows are read and the line counts as read, never quoted as an unread line."""
    parsed = parse_issue(layout(2016, 2, [("机构人事", "人事任免")], ["人 事 任 免", "会议决定：", line]))
    assert len(parsed.to_export()["appointments"]) in (1, 2, 3)
    assert [w.lines for w in parsed.warnings if w.is_loss] == []


def _appointment_tables():
    """Every appointment row of tests/test_parse_appointments.py whose input is a list of lines (real shapes, sources there),
    but the lists that run on into a brief (whose brief lines are a loss: test_a_brief_after_a_list_is_quoted_as_unread)."""
    from tests import test_parse_appointments as tables

    for name in dir(tables):
        if name == "LIST_THEN_A_BRIEF":
            continue
        for param in getattr(tables, name) if name.isupper() and isinstance(getattr(tables, name), list) else []:
            lines = getattr(param, "values", [None])[0]
            if isinstance(lines, list) and all(isinstance(line, str) for line in lines) \
                    and param.id != "raw_cut_running_into_the_news_stops_there":
                yield pytest.param(lines, id=f"{name}-{param.id}")


@pytest.mark.parametrize("lines", list(_appointment_tables()))
def test_an_appointment_line_read_into_rows_is_never_quoted_as_unread(lines):
    """The words of a decision's procedure ('免除…一职', '关于', '同意', '会议经表决', '撤销', '续聘', '（回族）', '兼', '…名单',
    '4月1日决定', '根据《…》…规定', '并报…备案、公告') are no part of a record: a line whose rows were read is covered."""
    parsed = parse_issue(layout(2018, 7, [("机构人事", "人事任免")], ["人 事 任 免"] + lines))
    if parsed.to_export()["appointments"]:
        assert [w.lines for w in parsed.warnings if w.kind == "unread_line"] == []


def _lists_then_a_brief():
    from tests import test_parse_appointments as tables

    return [pytest.param(*param.values, id=param.id) for param in tables.LIST_THEN_A_BRIEF]


@pytest.mark.parametrize("lines, expected", _lists_then_a_brief())
def test_a_brief_after_a_list_is_quoted_as_unread_never_read_into_a_post(lines, expected):
    """河南 2017-03 and 山东 2018-03 (appt21g): the list's rows are read whole, and the brief's lines after them (its headline,
    byline, first paragraph) are quoted as unread, never part of a post."""
    parsed = parse_issue(layout(2018, 7, [("机构人事", "人事任免")], ["人 事 任 免"] + lines))
    found = [(a["person"], a["action"], a["position"]) for a in parsed.to_export()["appointments"]]
    assert found == [(person, action, position) for person, action, position, *_ in expected]
    brief = [line for line in lines if "闭" in line or "本报" in line or "记者" in line]  # headline, byline, first paragraph
    quoted = {"".join(line.split()) for w in parsed.warnings if w.is_loss for line in w.lines}
    assert brief and all("".join(line.split()) in quoted for line in brief)


def test_why_posts_end_printed_after_them_is_their_qualifier_never_part_of_the_post():
    found = parse_issue(layout(2016, 2, [("机构人事", "人事任免")], ["人 事 任 免"] + ANHUI_REASON)).to_export()["appointments"]
    assert [(a["person"], a["position"], a["qualifier"]) for a in found] == [
        (name, "省人民政府副省长", "均系职务变动") for name in ("詹夏来", "花建慧", "梁卫国")]


@pytest.mark.parametrize("lines, decided_by, rows", [
    pytest.param(["会议决定："] + ZHAODONG, None, ZHAODONG_ROWS, id="comrade_after_the_names"),
    pytest.param(ANHUI_SEVERALLY, None, ANHUI_SEVERALLY_ROWS, id="each_dismissed_from_their_own_posts_after_one_fen_bie_mian_qu"),
    pytest.param(YONGFENG, None, YONGFENG_ROWS, id="people_counted_before_tongzhi"),
    pytest.param(QUANZHOU_LIST, None, QUANZHOU_ROWS, id="a_list_of_resignations_accepted"),
    pytest.param(QUANZHOU_SENTENCE, "经市人大常委会组成人员表决决定", [r for r in QUANZHOU_ROWS if r[2] != "泉州市人民政府代理市长"]
                 + [("王永礼", "appoint", "泉州市人民政府市长")], id="a_resignation_reported_for_the_record_and_an_acting_mayor"),
])
def test_each_decision_of_a_meeting_gives_its_rows_without_a_loss(lines, decided_by, rows):
    parsed = parse_issue(layout(2018, 7, [("机构人事", "人事任免")], ["人 事 任 免"] + lines))
    found = parsed.to_export()["appointments"]
    assert sorted((a["person"], a["action"], a["position"]) for a in found) == sorted(rows)
    assert {a["decided_by"] for a in found} == {decided_by}
    assert {a["qualifier"] for a in found if a["position"] == "泉州市人民政府市长" and a["action"] == "appoint"} <= {"代理"}
    assert [w.lines for w in parsed.warnings if w.level == "loss"] == []


@pytest.mark.parametrize("cited", ["于2010年12月25日", "于二〇一〇年十二月二十五日"])
def test_an_order_is_decided_by_the_meeting_it_cites_and_its_furniture_is_a_note(cited):
    lines = [line.replace("于2010年12月25日", cited) for line in PRESIDENT_ORDER_40]
    parsed = parse_issue(layout(2010, 12, [("机构人事", "人事任免")], ["人 事 任 免"] + lines))
    assert {a["decided_by"] for a in parsed.to_export()["appointments"]} == {"中华人民共和国第十一届全国人民代表大会常务委员会第十八次会议决定"}
    assert [(w.level, w.lines) for w in parsed.warnings if w.section == "机构人事"] == [
        ("note", ["中华人民共和国主席令", "（第四十号）", "中华人民共和国主席 胡锦涛", "2010年12月25日"])]


def test_a_decider_printed_without_a_colon_decides_every_entry_of_its_line():
    text = layout(2001, 1, [("机构人事", "人事任免")], ["人 事 任 免", "会议决定任命陈文光为省政府副省长；接受徐世群辞去省政府副省长职务的请求。"])
    assert [(a["person"], a["decided_by"]) for a in parse_issue(text).to_export()["appointments"]] == [
        ("陈文光", None), ("徐世群", None)]


@pytest.mark.parametrize("lines, expected", APPOINTMENTS)
def test_each_appointment_line_gives_its_rows(lines, expected):
    assert appointments(lines, heading="人 事 任 免") == expected


# --- news briefs -----------------------------------------------------------------------------------

def briefs(year, month, lines, *, toc_ends_with_the_news=False):
    """The briefs of a 政务简讯 section, followed by a document as in most issues (or, on request, last)."""
    toc, body = [("政务简讯", f"{lines[0]}等简讯1则")], ["政 务 简 讯"] + lines
    if not toc_ends_with_the_news:
        toc, body = toc + [YONGDENG_TOC], body + YONGDENG
    return [(n["title"], n["date"]) for n in parse_issue(layout(year, month, toc, body)).to_export()["news"]]


NEWS = [
    # liaocheng-2025-09: a brief opening with its newspaper's dateline
    pytest.param(2025, 9, ["市政府常务会议召开", "本报讯（记者 林金彦 黄涛）9月25日上午，市委副书记、市长张百顺主持召开市政府常务会议，"
                           "调度近期重点工作推进落实情况，研究部署“双节”期间重点工作等。"],
                 [("市政府常务会议召开", "2025-09-25")], id="opens_with_a_newspaper_dateline"),
    # haicheng-2023-12: a brief dated with its year
    pytest.param(2023, 12, ["市政府召开第十届第四十二次常务会议", "2023年12月13日，市政府召开十届四十二次政府常务会议。"],
                 [("市政府召开第十届第四十二次常务会议", "2023-12-13")], id="opens_with_a_full_date"),
    # nxzwnews-2025-04: a brief whose date is printed in full-width digits (as some text exports give them)
    pytest.param(2025, 4, ["市政府召开第107次常务会议", "４月１４日，市政府召开第107次常务会议。"],
                 [("市政府召开第107次常务会议", "2025-04-14")], id="full_width_digits"),
    # wuxue-2020-12: a brief opening M月D日，
    pytest.param(2020, 12, ["市长碰头会召开", "12月15日，市委副书记、市长查俊主持召开市长碰头会，听取各副市长前期未完成重点工作和近期拟开展重点工作情况。"],
                 [("市长碰头会召开", "2020-12-15")], id="opens_with_month_and_day"),
]


NEWS += [
    # luoyang-2007-04 (洛阳日报): a brief under its newspaper's dateline that names no date (昨天下午)
    pytest.param(2007, 4, ["市政府召开2007年第13次常务会议", "本报讯 (记者 胡越)昨天下午，市政府召开2007年第13次常务会议。"],
                 [("市政府召开2007年第13次常务会议", None)], id="dateline_and_yesterday_afternoon"),
    # the same brief dated as a re-typeset issue of 2007 prints it, in Chinese numerals
    pytest.param(2007, 4, ["市政府召开2007年第13次常务会议", "四月十三日下午，市政府召开2007年第13次常务会议。"],
                 [("市政府召开2007年第13次常务会议", "2007-04-13")], id="date_in_chinese_numerals"),
    # a day alone, under the issue's month
    pytest.param(2007, 4, ["市政府召开2007年第13次常务会议", "13日下午，市政府召开2007年第13次常务会议。"],
                 [("市政府召开2007年第13次常务会议", "2007-04-13")], id="a_day_alone"),
    # a month alone, or a part of it, opens a brief without a day
    pytest.param(2007, 4, ["市政府召开2007年第13次常务会议", "4月上旬，市政府召开2007年第13次常务会议。"],
                 [("市政府召开2007年第13次常务会议", None)], id="a_part_of_a_month_alone"),
]


NEWS += [
    # jinan-2018-11: a newspaper dateline that dates the brief ('本报11月14日讯 今天上午，…')
    pytest.param(2018, 11, ["济南市人民政府参事聘任仪式举行", "本报11月14日讯 今天上午，济南市人民政府参事聘任仪式举行，新聘任18人为市政府参事。"],
                 [("济南市人民政府参事聘任仪式举行", "2018-11-14")], id="dateline_with_its_date"),
    # chengdu-2016-07: the date inside the first clause ('在7月5日举行的…上，')
    pytest.param(2016, 7, ["成都市人民政府聘任23名参事", "本报讯（成都日报记者 钟文） 在7月5日举行的成都市人民政府参事聘任仪式上，"
                           "市委副书记、市长唐良智向聘任、续聘的23位参事颁发聘书。"],
                 [("成都市人民政府聘任23名参事", "2016-07-05")], id="date_inside_the_first_clause"),
    # lincang-2017-03: spaces around the reporter's bracket
    pytest.param(2017, 3, ["市政府举行第二批政府参事聘任仪式", "本报讯 （记者 魏江跃） 3月31日，市政府举行第二批政府参事聘任仪式，"
                           "李学智、杨家全、何朝坚3人被聘任为市政府参事。"],
                 [("市政府举行第二批政府参事聘任仪式", "2017-03-31")], id="spaced_reporter_bracket"),
]


NEWS += [
    # luoyang-2008-04: a word for yesterday after an opening clause (the title the event's)
    pytest.param(2008, 4, ["日本须贺川市友好都市访问团来洛访问", "本报讯 (记者 胡越)应市政府邀请，昨日，以日本须贺川市市长相乐新平为团长的"
                           "友好都市访问团来洛参观访问。"],
                 [("日本须贺川市友好都市访问团来洛访问", None)], id="yesterday_after_an_opening_clause"),
    # beijing-2011-09: 昨天 inside the first sentence, no dateline
    pytest.param(2011, 9, ["郭金龙率北京市政府代表团出访", "应荷兰阿姆斯特丹市、爱尔兰都柏林市、西班牙马德里市邀请，郭金龙市长率北京市政府代表团"
                           "一行于昨天启程赴荷兰、爱尔兰、西班牙进行工作访问。"],
                 [("郭金龙率北京市政府代表团出访", None)], id="yesterday_inside_the_first_sentence"),
    # qingdao-2004-11: 本报讯 and 昨晚
    pytest.param(2004, 11, ["徐长聚会见日本新潟市议会代表团", "本报讯 昨晚，市人大常委会主任徐长聚在丽晶大酒店会见了由日本新潟市议会议长"
                            "桥田宪司先生率领的代表团一行。"],
                 [("徐长聚会见日本新潟市议会代表团", None)], id="last_night"),
    # bozhou-12: another newspaper's dateline before the date
    pytest.param(2022, 12, ["市政府第二次全体会议召开", "亳州新闻网讯 12月24日下午，市政府第二次全体会议召开，传达学习中央、省委经济工作"
                            "会议精神，安排部署当前重点工作。"],
                 [("市政府第二次全体会议召开", "2022-12-24")], id="news_site_dateline"),
    # written for the test with the 亳州 brief: a range of days with 日 after the last only, a range of days alone, and a
    # quotation before the sentence that dates the brief
    pytest.param(2022, 12, ["市政府第二次全体会议召开", "12月24—25日，市政府第二次全体会议召开，安排部署当前重点工作。"],
                 [("市政府第二次全体会议召开", "2022-12-24")], id="range_with_ri_after_the_last_day"),
    pytest.param(2022, 12, ["市政府第二次全体会议召开", "24日至25日，市政府第二次全体会议召开，安排部署当前重点工作。"],
                 [("市政府第二次全体会议召开", "2022-12-24")], id="range_of_days_alone"),
    pytest.param(2022, 12, ["市政府第二次全体会议召开", "“要全力做好年度收官工作。”12月24日下午，市政府第二次全体会议召开，"
                            "安排部署当前重点工作。"],
                 [("市政府第二次全体会议召开", "2022-12-24")], id="quotation_first"),
]


@pytest.mark.parametrize("header", ["温州市人民政府公报 2022年第12期", "2022年第12期 政务简讯"])
def test_a_running_header_inside_a_brief_stays_out_of_its_body(header):
    """The 亳州 brief cut by a page turn whose running header is worded as other years print it (written for the test)."""
    lead = "亳州新闻网讯 12月24日下午，市政府第二次全体会议召开，传达学习中央、省委经济工作会议精神，安排部署当前重点工作。"
    lines = ["政 务 简 讯", "市政府第二次全体会议召开", lead[:30], header, lead[30:]]
    parsed = parse_issue(layout(2022, 12, [("政务简讯", "市政府第二次全体会议召开等简讯1则"), YONGDENG_TOC], lines + YONGDENG))
    assert [n["body"] for n in parsed.to_export()["news"]] == [lead]
    assert [w.lines for w in parsed.warnings if w.level == "loss"] == []


def test_a_title_printed_with_punctuation_over_a_dated_paragraph_is_a_brief_of_its_own():
    """Written for the test with the 亳州 and 聊城 briefs: the second brief's title prints a comma, as headline titles
    do; it is the title of the paragraph dated under it, never a line of the brief before."""
    lines = ["市政府第二次全体会议召开", "亳州新闻网讯 12月24日下午，市政府第二次全体会议召开，安排部署当前重点工作。",
             "市政府常务会议召开，研究部署重点工作", "12月25日上午，市长主持召开市政府常务会议，调度近期重点工作推进落实情况。"]
    assert briefs(2022, 12, lines) == [("市政府第二次全体会议召开", "2022-12-24"), ("市政府常务会议召开，研究部署重点工作", "2022-12-25")]


@pytest.mark.parametrize("year, month, lines, expected", NEWS)
def test_a_brief_is_found_with_the_date_its_text_names(year, month, lines, expected):
    assert briefs(year, month, lines) == expected


def test_a_toc_ending_with_the_news_entry():
    year, month, lines, expected = NEWS[2].values
    assert briefs(year, month, lines, toc_ends_with_the_news=True) == expected


# 长子县 要闻简报 (2023-09): briefs printed without titles, each opening with ◆, some dated after an opening clause
CHANGZI_24 = ("在国庆、中秋来临之际，为促进全民健身和全民健康深度融合，进一步丰富广大干部职工的业余体育文化生活，9月24日，由县直工委、县卫体局、"
              "县总工会、县体育中心联合举办的2023年迎国庆“博源糠醛杯”县直机关干部职工篮球赛在县体育馆正式开赛。县人大常委会副主任乔先苗出席开幕式。")
CHANGZI_23 = "9月23日，我县在政府二楼会议室召开巩固衔接重点工作调度会。副县长李晋平出席，各乡镇（服务中心）及县直相关单位分管负责人参加会议。"
CHANGZI_25 = ("为严厉打击各种污染水源行为，全力保障广大群众饮水安全，9月25日，副县长李晋平带领由县生态环境分局、水利局、申村水库事务中心、"
              "县融媒体中心、石哲镇、南陈镇工作人员组成的联合执法队在申村水库开展水源地保护联合执法行动。")
CHANGZI_27 = "9月27日，我县在政府二楼会议室召开“中秋”“国庆”期间护林防火工作安排会。副县长李晋平出席。"
CHANGZI = [CHANGZI_24, CHANGZI_23, CHANGZI_25, CHANGZI_27]


def test_briefs_printed_without_titles_are_each_a_brief_named_by_its_first_sentence():
    lines = ["◆" + CHANGZI_24, "◆" + CHANGZI_23, "◆" + CHANGZI_25, "◆ " + CHANGZI_27]
    parsed = parse_issue(layout(2023, 9, [("政务简讯", "政务简讯"), YONGDENG_TOC], ["政 务 简 讯"] + lines + YONGDENG))
    found = [(n["title"], n["date"], n["body"]) for n in parsed.to_export()["news"]]
    assert found == [(body.split("。")[0], f"2023-09-{day}", body) for body, day in zip(CHANGZI, ("24", "23", "25", "27"))]
    assert [w.lines for w in parsed.warnings if w.is_loss] == []
    assert [w.lines for w in parsed.warnings if w.kind == "news_untitled"] == [[body.split("。")[0] for body in CHANGZI]]


def test_unmarked_briefs_without_titles_each_open_with_their_date_and_a_date_later_in_a_sentence_opens_none():
    """The 长子 briefs without their marks (written for the test): a paragraph opening with its date opens a brief; one dated
    after an opening clause ('为严厉打击…，9月25日，…') may be a paragraph of the brief before, and stays in it."""
    lines = [CHANGZI_23, CHANGZI_25, CHANGZI_27]
    parsed = parse_issue(layout(2023, 9, [("政务简讯", "政务简讯"), YONGDENG_TOC], ["政 务 简 讯"] + lines + YONGDENG))
    assert [(n["date"], n["body"]) for n in parsed.to_export()["news"]] == [
        ("2023-09-23", CHANGZI_23 + "\n" + CHANGZI_25), ("2023-09-27", CHANGZI_27)]


# chengdu-2007-01 (成都商报): the source's dateline printed alone on its line over the first paragraph
CHENGDU_DATELINE = "四川新闻网-成都商报讯"
CHENGDU_LEAD = "（成都日报记者何晓蓉）市政府第八次全体会议昨日召开。市委副书记、市长葛红林主持会议并在讲话中强调，各级各部门要坚定不移地贯彻落实市委关于城乡统筹的战略部署。"
# xianggelila-2020-03: a meeting's words printed as sub-headings inside the brief ('会议指出', '会议要求')
XGLL = ["二届市委召开108次常委会会议", "3月20日，二届市委召开108次常委会会议，专题研究市人大、政府、政协、法院、检察院党组工作。州委副书记、"
        "市委书记余胜祥主持会议并讲话。", "会议指出", "市委常委会听取市人大、政府、政协、法院和检察院党组工作汇报，并研究部署今年工作重点。", "会议要求"]
# wuyang-2022-08: a brief closed by its credits in brackets ('（图文：张素伟 审核：张帅）')
WUYANG = ["县委县政府重点工作第52次周交办会议召开", "3月22日，县委副书记、县长朱暑光主持召开县委县政府重点工作第52次周交办会议，通报上周市县交办工作完成情况，"
          "对本周重点工作进行安排。县领导孔德余、王蕾、谢涛出席会议。", "（图文：张素伟 审核：张帅）"]


@pytest.mark.parametrize("lines, expected", [
    pytest.param(["市政府第八次全体会议召开", CHENGDU_DATELINE, CHENGDU_LEAD] + WUYANG,
                 [("市政府第八次全体会议召开", None, CHENGDU_DATELINE + CHENGDU_LEAD)], id="a_dateline_alone_over_the_first_paragraph"),
    pytest.param(["市政府第八次全体会议召开", CHENGDU_DATELINE, CHENGDU_LEAD.replace("昨日", "3月20日")] + WUYANG,
                 [("市政府第八次全体会议召开", "2020-03-20", CHENGDU_DATELINE + CHENGDU_LEAD.replace("昨日", "3月20日"))],
                 id="a_dateline_alone_over_a_dated_first_paragraph"),
    pytest.param(XGLL + WUYANG, [(XGLL[0], "2020-03-20", "\n".join(XGLL[1:]))], id="sub_headings_inside_a_brief"),
])
def test_lines_over_or_inside_a_brief_that_are_no_title_stay_in_its_body(lines, expected):
    """The 成都 brief re-dated for a 2020-03 issue in the second row (written for the test); the 舞阳 brief after each."""
    parsed = parse_issue(layout(2020, 3, [("政务简讯", lines[0] + "等简讯2则"), YONGDENG_TOC], ["政 务 简 讯"] + lines + YONGDENG))
    found = [(n["title"], n["date"], n["body"]) for n in parsed.to_export()["news"]]
    assert found == expected + [(WUYANG[0], "2020-03-22", WUYANG[1] + "\n" + WUYANG[2])]
    assert [w.lines for w in parsed.warnings if w.is_loss] == []


# 王兴主持召开县长办公会 (2022-12): a title and its second line, a dateline, and its writers' names alone in brackets closing it
WANGXING = ["王兴主持召开县长办公会", "安排部署重点工作任务", "本报讯 12月5日，县委副书记、政府县长王兴主持召开县长办公会议，听取政府班子成员及部分"
            "职能部门重点工作推进情况汇报，并就下一步重点工作任务进行安排部署。", "会议强调，各级各部门要加快重点项目建设进度，加大协调力度，加快手续办理。",
            "（郭颖 天乐）"]
# 县政协十一届一次会议 (11-08, laid out as 12-08): a brief closed by credit lines without brackets
ZHENG = ["郑俊华徐望看望慰问县政协委员", "12月8日下午，县委书记郑俊华，县委副书记、县长徐望来到县政协委员驻地，看望慰问出席县政协十一届一次会议的县政协委员。",
         "县领导梁薇、石峰、张正韶等参加慰问。", "全媒体记者：王勃 陶然", "编辑：付波 熊哲", "编审：熊晓辉"]


@pytest.mark.parametrize("first, second", [
    pytest.param(WANGXING, ZHENG, id="names_in_brackets"),
    pytest.param(ZHENG, WANGXING, id="credit_lines"),
    pytest.param(WANGXING[:3] + [WANGXING[3] + "（郭颖）"], ZHENG, id="one_name_after_the_last_sentence"),
    pytest.param(WANGXING[:4] + ["（郭颖）"], ZHENG, id="one_name_alone_on_its_line"),
])
def test_the_lines_closing_a_brief_stay_in_it_and_the_next_title_opens_the_next_brief(first, second):
    """The one-name rows are the 王兴 brief with one of its two writers (written for the test)."""
    parsed = parse_issue(layout(2022, 12, [("政务简讯", first[0] + "等简讯2则"), YONGDENG_TOC], ["政 务 简 讯"] + first + second + YONGDENG))
    found = [(n["title"], n["body"].split("\n")[-1]) for n in parsed.to_export()["news"]]
    titles = {"王": "王兴主持召开县长办公会安排部署重点工作任务", "郑": ZHENG[0]}
    assert found == [(titles[brief[0][0]], brief[-1]) for brief in (first, second)]
    assert [w.lines for w in parsed.warnings if w.is_loss] == []


def test_a_brief_closed_by_its_editors_name_keeps_it_and_the_next_title_opens_the_next_brief():
    """bozhou-12 (亳州新闻网, the brief above): its page closes '（责任编辑：常艳敏）'; the 郑俊华 brief after it."""
    lead = "亳州新闻网讯 12月24日下午，市政府第二次全体会议召开，传达学习中央、省委经济工作会议精神，安排部署当前重点工作。"
    lines = ["市政府第二次全体会议召开", lead, "（责任编辑：常艳敏）"] + ZHENG[:2]
    parsed = parse_issue(layout(2022, 12, [("政务简讯", "政务简讯"), YONGDENG_TOC], ["政 务 简 讯"] + lines + YONGDENG))
    assert [(n["title"], n["body"]) for n in parsed.to_export()["news"]] == [
        ("市政府第二次全体会议召开", lead + "\n（责任编辑：常艳敏）"), (ZHENG[0], ZHENG[1])]
    assert [w.lines for w in parsed.warnings if w.is_loss] == []


@pytest.mark.parametrize("byline", ["本报记者 王勃 陶然", "全媒体记者 王勃", "记者 王勃 通讯员 陶然", "□本报记者 王勃", "文/图 王勃"])
def test_a_byline_between_a_title_and_its_first_paragraph_opens_the_body_never_the_title(byline):
    """The 王兴 brief with the 县政协 page's credited names set as a paper sets a byline under its title (written for the test)."""
    first = WANGXING[2].replace("本报讯 ", "")
    lines = ZHENG[:3] + [WANGXING[0], byline, first]
    parsed = parse_issue(layout(2022, 12, [("政务简讯", "政务简讯"), YONGDENG_TOC], ["政 务 简 讯"] + lines + YONGDENG))
    assert [(n["title"], n["date"], n["body"]) for n in parsed.to_export()["news"]][1:] == [
        (WANGXING[0], "2022-12-05", byline + "\n" + first)]
    assert [w.lines for w in parsed.warnings if w.is_loss] == []


def test_a_title_block_of_four_lines_is_one_title():
    """The 王兴 title with a kicker over it and its first line wrapped (written for the test): kicker, title over two lines,
    subtitle are one brief's title, never lines merged into the brief before."""
    lines = ZHENG[:3] + ["聚焦重点任务", "王兴主持召开", "县长办公会", "安排部署重点工作任务"] + WANGXING[2:]
    parsed = parse_issue(layout(2022, 12, [("政务简讯", ZHENG[0] + "等简讯2则"), YONGDENG_TOC], ["政 务 简 讯"] + lines + YONGDENG))
    assert [n["title"] for n in parsed.to_export()["news"]] == [ZHENG[0], "聚焦重点任务王兴主持召开县长办公会安排部署重点工作任务"]
    assert [w.lines for w in parsed.warnings if w.is_loss] == []


def test_a_title_after_a_paragraph_closed_by_no_sentence_is_told_when_its_brief_is_merged():
    """The 王兴 brief closed by a credit in a form no rule reads ('（郭颖/文）', written for the test), under a TOC that counts
    no briefs: the next brief, merged into it, is quoted in a loss, never silently."""
    lines = WANGXING[:3] + [WANGXING[3] + "（郭颖/文）"] + ZHENG[:2]
    parsed = parse_issue(layout(2022, 12, [("政务简讯", "政务简讯"), YONGDENG_TOC], ["政 务 简 讯"] + lines + YONGDENG))
    assert len(parsed.to_export()["news"]) == 1
    assert [w.lines for w in parsed.warnings if w.is_loss] == [ZHENG[:2]]


def test_a_brief_without_a_title_beside_titled_ones_is_a_loss():
    """Two 长子 briefs without titles, then the 王兴 brief under its title (written for the test): a brief of no title among
    titled ones is a title not read, quoted in a loss (a column printed wholly without titles gives a note)."""
    lines = [CHANGZI_23, CHANGZI_27] + [line.replace("12月5日", "9月28日") for line in WANGXING]  # each opening with its date
    parsed = parse_issue(layout(2023, 9, [("政务简讯", "政务简讯"), YONGDENG_TOC], ["政 务 简 讯"] + lines + YONGDENG))
    assert len(parsed.to_export()["news"]) == 3
    assert [(w.kind, w.lines) for w in parsed.warnings if w.is_loss] == [
        ("news_untitled", [CHANGZI_23.split("。")[0], CHANGZI_27.split("。")[0]])]


def test_in_a_column_of_titled_briefs_a_dated_paragraph_without_a_title_stays_in_the_brief_and_is_quoted():
    """夏县 (2023-02): a brief under its title, then a dated paragraph of another meeting with no title over it (laid out as
    the next paragraph): a dated line inside a brief is no brief of its own, and it is told."""
    lines = ["李雷主持召开2023年第4次县政府常务会议", "2月9日，县长李雷主持召开县政府常务会议。研究泗交国家级旅游度假区建设等相关事宜。",
             "李雷指出，泗交国家级旅游度假区建设项目是我县文化旅游产业发展的核心工程、龙头项目。",
             "2月10日，县委副书记、县长李雷主持召开县政府党组（扩大）会议。"]
    parsed = parse_issue(layout(2023, 2, [("政务简讯", lines[0] + "等简讯1则"), YONGDENG_TOC], ["政 务 简 讯"] + lines + YONGDENG))
    assert [(n["title"], n["date"]) for n in parsed.to_export()["news"]] == [(lines[0], "2023-02-09")]
    assert [w.lines for w in parsed.warnings if w.kind == "news_merged"] == [lines[2:]]


def test_in_an_issue_without_a_printed_toc_a_paragraph_merged_into_a_brief_stays_a_loss():
    """夏县 (2023-02), as above, in a raw extraction's shape (no 目录): the TOC is derived from the briefs read, so its count
    announces nothing and cannot make the merge a mere note (it did: the derived TOC always agreed with itself)."""
    lines = ["李雷主持召开2023年第4次县政府常务会议", "2月9日，县长李雷主持召开县政府常务会议。研究泗交国家级旅游度假区建设等相关事宜。",
             "李雷指出，泗交国家级旅游度假区建设项目是我县文化旅游产业发展的核心工程、龙头项目。",
             "2月10日，县委副书记、县长李雷主持召开县政府党组（扩大）会议。"]
    parsed = parse_issue("\n\n".join(["2023年第2期 温州市人民政府公报", "· 3 ·", "政 务 简 讯"] + lines))
    assert [(w.level, w.lines) for w in parsed.warnings if w.kind == "news_merged"] == [("loss", lines[2:])]


# taixing-2018-08 (泰兴日报): a brief opening with its reporter's byline in brackets; xinmin-2010-08 (新民晚报): a byline
# printed on its own line under a mark ('□记者 肖波') over the paper's dateline
TAIXING = ["政协委员视察农贸市场提档升级工程", "（记者 姚翔）8月23日上午，市政协组织部分政协委员视察城区农贸市场提档升级工程，并召开座谈会。"
           "市政协副主席刘建参加。"]
XINMIN = ["120急救中暑病人最多", "■记者 肖波", "晚报讯 中暑病人、心脑血管病人、外伤病人成为昨天120急救中心接到的三类最主要患者人群。"]


def news_of(lines, year=2018, month=8):
    parsed = parse_issue(layout(year, month, [("政务简讯", "政务简讯"), YONGDENG_TOC], ["政 务 简 讯"] + lines + YONGDENG))
    return [(n["title"], n["date"], n["body"]) for n in parsed.to_export()["news"]], [w.lines for w in parsed.warnings if w.is_loss]


@pytest.mark.parametrize("byline", ["■记者 肖波", "□记者 肖波", "■本报记者 肖波 摄影报道"])
def test_a_marked_byline_over_a_dateline_is_the_briefs_never_a_chronicle_item_ending_the_news(byline):
    """The 新民晚报 brief after the 泰兴 one, its byline under the mark the paper prints (□) or a black one (■, as a
    chronicle marks its items), once with more words (written for the test): the byline opens the brief's body."""
    second = [XINMIN[0], byline, XINMIN[2]]
    assert news_of(TAIXING + second) == ([(TAIXING[0], "2018-08-23", TAIXING[1]), (XINMIN[0], None, "\n".join(second[1:]))], [])


def test_a_byline_under_a_white_mark_over_a_paragraph_without_dateline_is_the_briefs():
    """The 新民晚报 brief, its first paragraph without its dateline, its byline naming the paper (written for the test): the
    byline is no chronicle item ending the news (the white mark became a chronicle's item mark in raw14, '□ 省委副书记…')."""
    paragraph = XINMIN[2].removeprefix("晚报讯 ")
    found, losses = news_of(TAIXING + [XINMIN[0], "□新民晚报记者 肖波", paragraph])
    assert (found[1:], losses) == ([(XINMIN[0], None, "□新民晚报记者 肖波\n" + paragraph)], [])


@pytest.mark.parametrize("kicker", ["提档升级", "提档升级，惠及民生"])
@pytest.mark.parametrize("lead", ["昨天上午，", "昨日，", "当晚，", "昨天上午9时，", "昨（23）日上午，"])
def test_a_kicker_and_title_over_a_paragraph_opening_with_a_relative_day_is_a_brief(lead, kicker):
    """The 泰兴 brief re-worded with a day named relatively and a kicker over its title, once with a comma (written for
    the test)."""
    first = TAIXING[1].replace("（记者 姚翔）8月23日上午，", lead)
    found, losses = news_of(TAIXING + [kicker, TAIXING[0], first])
    named = "2018-08-23" if "（23）" in lead else None  # '昨（23）日' names its day; '昨天' alone counts from no date here
    assert (found[1:], losses) == ([(kicker + TAIXING[0], named, first)], [])


def test_a_dashed_subtitle_under_a_title_stays_in_the_title():
    """The 泰兴 brief with a subtitle under its title (written for the test): one title, as the four-line block above."""
    found, losses = news_of(XINMIN + [TAIXING[0], "——市政协召开座谈会", TAIXING[1]])
    assert (found[1:], losses) == ([(TAIXING[0] + "——市政协召开座谈会", "2018-08-23", TAIXING[1])], [])


@pytest.mark.parametrize("credits", [["摄影 姚翔"], ["来源 泰兴日报"], ["摄影 姚翔", "通讯员 王兴 李明"], ["摄影：姚翔"],
                                     ["文/记者 姚翔 图/通讯员 王兴"], ["摄影/姚翔"], ["姚翔 摄"], ["图为视察现场。姚翔 摄"]])
def test_credit_lines_without_a_colon_close_the_brief_and_the_next_title_opens_the_next(credits):
    """The 泰兴 brief closed by photo and source credits printed with a space or a slash for a colon, or a photograph's
    caption and credit (written for the test)."""
    found, losses = news_of(TAIXING + credits + XINMIN)
    assert ([title for title, _, _ in found], found[0][2], losses) == (
        [TAIXING[0], XINMIN[0]], "\n".join([TAIXING[1], *credits]), [])


# --- chronicle (政府记事 / 大事记) ---------------------------------------------------------------------

def chronicle(year, month, lines, heading=None):
    """The entries of a chronicle section and the loss warnings the parse gave."""
    heading = heading or f"{month}月份市政府记事"
    parsed = parse_issue(layout(year, month, [("政府记事", heading)], [heading] + lines))
    losses = [w.lines for w in parsed.warnings if getattr(w, "level", None) == "loss"]
    return [(c["date"], c["text"]) for c in parsed.to_export()["chronicle"]], losses


ZHANGYE_1 = "我市在高台县举行重温习近平总书记视察甘肃视察张掖重要讲话重要指示精神“七一”主题党日活动。"
ZHANGYE_2 = "第二届甘肃省分析测试技术与仪器学会学术年会开幕。市委副书记、市长赵立香致辞。市领导柴向前、朱书生出席。"
ZHANGYE_3 = "张掖市整改中央生态环保督察典型案例工作领导小组会议召开。卢小亨主持会议，赵立香安排整改工作。"
LYG_1 = "0时17分，田湾核电站2号机组首次临界成功，核反应堆功率达到额定功率并保持稳定。"
LYG_9 = "市长刘永忠会见了日本佐贺市市长秀岛敏行、议会长福井久南率领的综合代表团一行。"
LYG_9B = "副市长施炎会见了以以色列化工集团首席执行官、常务副总裁尼森·阿达先生为首的客人一行。"
HZ_3 = "省政府召开全省煤炭待业关闭非法和布局不合理煤矿工作会议。副市长丁德明参加会议并代表杭州市政府签订了责任状。"
HZ_7 = "为了切实组织实施好我市西湖疏浚、运河截污处理工程，市长王永明、副市长叶德范带领市建委、园文、环保等部门负责人启程赴桂滇考察。13日回杭。"
JINING_6 = ["省新闻出版局局长卢得志一行3人到济宁市视察农家书屋、“扫黄打非”、", "企业软件正版化等新闻出版重点工作。市委常委、副市长侯端敏，市委常委、", "宣传部长刘成文等陪同。"]
JINING_7 = ["中央纪委副书记黄树贤到济宁市就开展深入学习实践科学发展观活动进行调研，", "并看望中央纪委在济宁市挂职干部。"]
XC_1 = "我市开展人居环境整治提升2023年第一次考评，副市长马利参加考评。"
XC_2 = "我市召开“四上”企业、重点项目入库专项调度及统计业务培训会，市长陈涛、副市长李雅博参加会议。"
XC_3 = "我市组织收听收看全省学校安全工作会，市委常委、宣传部部长、副市长赵丽娟在我市分会场参加。"
ZZ_23 = "9月23日，我县在政府二楼会议室召开巩固衔接重点工作调度会。副县长李晋平出席，各乡镇（服务中心）及县直相关单位分管负责人参加会议。"
ZZ_25 = ("为严厉打击各种污染水源行为，全力保障广大群众饮水安全，9月25日，副县长李晋平带领由县生态环境分局、水利局、申村水库事务中心"
         "等组成的联合执法队在申村水库开展水源地保护联合执法行动。")
GZ_3 = "下午，广州市市长陈建华主持召开市政府常务会议。"

CHRONICLES = [
    # zhangye-2024-05: "1日,…" opening the day's first entry, then △ items of that day
    pytest.param(2024, 5, ["1日," + ZHANGYE_1, "△  " + ZHANGYE_2, "2日," + ZHANGYE_3],
                 [("2024-05-01", ZHANGYE_1), ("2024-05-01", ZHANGYE_2), ("2024-05-02", ZHANGYE_3)],
                 id="day_and_comma_before_the_text"),
    # the same, a day marker sharing a line with the end of the entry before
    pytest.param(2024, 5, ["1日，" + ZHANGYE_1 + "△ " + ZHANGYE_2 + "2日，" + ZHANGYE_3],
                 [("2024-05-01", ZHANGYE_1), ("2024-05-01", ZHANGYE_2), ("2024-05-02", ZHANGYE_3)],
                 id="markers_sharing_a_line_with_the_entry_before"),
    # the same, an entry continued across a page break with a page number and running header between
    pytest.param(2024, 5, ["1日，" + ZHANGYE_1, "△ " + ZHANGYE_2[:20], "— 4 —", "温州市人民政府公报（总第300期）",
                           ZHANGYE_2[20:], "2日，" + ZHANGYE_3],
                 [("2024-05-01", ZHANGYE_1), ("2024-05-01", ZHANGYE_2), ("2024-05-02", ZHANGYE_3)],
                 id="entry_continued_across_a_page_break"),
    # lianyungang-2007-05: "1日,0时17分，…" and a △ glued to its text
    pytest.param(2007, 5, ["1日," + LYG_1, "9日," + LYG_9, "△" + LYG_9B],
                 [("2007-05-01", LYG_1), ("2007-05-09", LYG_9), ("2007-05-09", LYG_9B)],
                 id="comma_after_day_and_glued_triangle"),
    # the same, the day's second item printed as its own paragraph without △
    pytest.param(2007, 5, ["9日，" + LYG_9, LYG_9B], [("2007-05-09", LYG_9), ("2007-05-09", LYG_9B)],
                 id="items_of_a_day_as_paragraphs_without_triangle"),
    # hangzhou-1998-12: △ before each day; "13日回杭。" inside a text is no day marker
    pytest.param(1998, 12, ["△3日，" + HZ_3, "△7日，" + HZ_7], [("1998-12-03", HZ_3), ("1998-12-07", HZ_7)],
                 id="triangle_before_the_day"),
    # jining-2009-01 (山东地方志): day alone, the entry's text wrapped without △, a range of days
    pytest.param(2009, 1, ["6日", *JINING_6, "7~8日", *JINING_7],
                 [("2009-01-06", "".join(JINING_6)), ("2009-01-07", "".join(JINING_7))],
                 id="day_alone_wrapped_text_and_a_range"),
    # xuchang-county-city-2023-04: "4月1日 …" with the month and a space, and "同 日" entries of the day before
    pytest.param(2023, 4, ["4月1日 " + XC_1, "4月2日 " + XC_2, "同 日 " + XC_3],
                 [("2023-04-01", XC_1), ("2023-04-02", XC_2), ("2023-04-02", XC_3)],
                 id="month_and_day_and_same_day"),
    # zhangzi-2023-09 (要闻简报): ◆ items under no day, each dated by its own marker or the date its first sentence names
    pytest.param(2023, 9, ["◆" + ZZ_23, "◆ " + ZZ_25], [("2023-09-23", ZZ_23.removeprefix("9月23日，")), ("2023-09-25", ZZ_25)],
                 id="items_under_no_day_dated_by_their_text"),
    # guangzhou-2014-06: "3日下午，…": the time of day stays with the text
    pytest.param(2014, 6, ["3日" + GZ_3], [("2014-06-03", GZ_3)], id="day_and_time_of_day"),
]


CHRONICLES += [
    # the 张掖 entries, the day's second under 是日 and the next day as a range (written for the test in the way
    # many 大事记 print them)
    pytest.param(2024, 5, ["1日 " + ZHANGYE_1, "是日 " + ZHANGYE_2, "2—3日 " + ZHANGYE_3],
                 [("2024-05-01", ZHANGYE_1), ("2024-05-01", ZHANGYE_2), ("2024-05-02", ZHANGYE_3)], id="shi_ri_and_a_range"),
    # a range printed with 日 on both days and a colon, and a running header that prints only the issue between two
    # entries (a raw extraction's page turn)
    pytest.param(2024, 5, ["5月1日—2日：" + ZHANGYE_1, "2024年第5期", "3日 " + ZHANGYE_3],
                 [("2024-05-01", ZHANGYE_1), ("2024-05-03", ZHANGYE_3)], id="range_with_ri_on_both_days_and_a_header"),
]

BENXI_4 = "在1月4日召开的全国双拥模范城命名表彰大会上，本溪市再获全国双拥模范城荣誉。"
BENXI_5 = "市政协十一届一次会议在市人民文化宫举行。会议通过了工作报告等42项决议。"
BENXI_17 = "省委、省政府督导组来溪，对2007年本溪市普通高校毕业生就业工作落实情况进行专项检查指导。"
BENXI_17B = "副市长刘向阳会见美国国际贸易委员会研究员安德森、德萨皮奥一行4人。"
QUJING_1 = "省政府非公有制经济调研组到会泽县、马龙县，调研非公有制经济发展情况。"
QUJING_2 = "市委召开三届41次常委会议，主要研究全市行政事业性收费项目改革和市直单位行政审批项目清理等工作。"
QUJING_2B = "大理白族自治州政府考察团到曲靖市考察城市建设。"
QUJING_MONTH = "6 月 曲靖市首个对农业生物多样性进行保护的国际援助项目——中国欧盟农业生物多样性保护项目在师宗县启动实施。"

CHRONICLES += [
    # benxi-2008-01: a space before 日, a range of days, 同日, as printed
    pytest.param(2008, 1, ["4 日 " + BENXI_4, "5—9 日 " + BENXI_5, "17 日 " + BENXI_17, "同日 " + BENXI_17B],
                 [("2008-01-04", BENXI_4), ("2008-01-05", BENXI_5), ("2008-01-17", BENXI_17), ("2008-01-17", BENXI_17B)],
                 id="spaced_markers_and_a_range_of_days"),
    # the same in Chinese numerals, as the back catalogue prints them (a date inside the text kept as printed)
    pytest.param(2008, 1, ["四日 " + BENXI_4.replace("1月4日", "一月四日"), "五至九日 " + BENXI_5, "十七日 " + BENXI_17,
                           "同日 " + BENXI_17B],
                 [("2008-01-04", BENXI_4.replace("1月4日", "一月四日")), ("2008-01-05", BENXI_5), ("2008-01-17", BENXI_17),
                  ("2008-01-17", BENXI_17B)],
                 id="markers_and_a_range_in_chinese_numerals"),
    # the same, 同日 inside the entry's paragraph: a sentence of that entry, as the print sets it (a paragraph of its own
    # opening with 同日 is one more entry: tests/test_parse_chronicle_same_day.py)
    pytest.param(2008, 1, ["十七日，" + BENXI_17 + "同日，" + BENXI_17B],
                 [("2008-01-17", BENXI_17 + "同日，" + BENXI_17B)], id="same_day_inside_an_entrys_paragraph_goes_on_with_it"),
    pytest.param(2008, 1, ["十七日，" + BENXI_17 + "十八日，" + BENXI_17B],
                 [("2008-01-17", BENXI_17), ("2008-01-18", BENXI_17B)], id="chinese_numeral_marker_after_an_entry_on_its_line"),
    # qujing-2008-06: ranges with '~' and 同日
    pytest.param(2008, 6, ["1~3日 " + QUJING_1, "2日 " + QUJING_2, "2~3日 " + QUJING_2B],
                 [("2008-06-01", QUJING_1), ("2008-06-02", QUJING_2), ("2008-06-02", QUJING_2B)], id="ranges_with_a_tilde"),
]


CHRONICLES += [
    # written for the test with the 本溪 entries: the chronicle's running header printed letter-spaced between two
    # entries, a month printed over the days of the next, the time of day after the day, two days joined by 、, a weekday
    pytest.param(2008, 1, ["4 日 " + BENXI_4, "大 事 记", "5—9 日 " + BENXI_5],
                 [("2008-01-04", BENXI_4), ("2008-01-05", BENXI_5)], id="letter_spaced_running_header_between_entries"),
    pytest.param(2008, 1, ["17日 " + BENXI_17B.replace("美国", "美国大 事 记")],
                 [("2008-01-17", BENXI_17B)], id="letter_spaced_running_header_inside_an_entrys_line"),
    pytest.param(2008, 1, ["17日 副市长刘向阳会见美国", "大 事 记国际贸易委员会研究员安德森、德萨皮奥一行4人。"],
                 [("2008-01-17", BENXI_17B)], id="letter_spaced_running_header_glued_to_the_text_after_a_page_turn"),
    pytest.param(2008, 1, ["17日 副市长刘向阳会见美国大 事 记", "国际贸易委员会研究员安德森、德萨皮奥一行4人。"],
                 [("2008-01-17", BENXI_17B)], id="letter_spaced_running_header_glued_to_the_text_before_a_page_turn"),
    pytest.param(2008, 1, ["17 日 " + BENXI_17, "2月", "4 日 " + BENXI_4],
                 [("2008-01-17", BENXI_17), ("2008-02-04", BENXI_4)], id="a_month_over_the_days_of_the_next"),
    pytest.param(2008, 1, ["17 日 " + BENXI_17, "二月", "4 日 " + BENXI_4],
                 [("2008-01-17", BENXI_17), ("2008-02-04", BENXI_4)], id="a_month_in_chinese_numerals"),
    pytest.param(2008, 1, ["17日 " + BENXI_17, "17日晚，" + BENXI_17B],
                 [("2008-01-17", BENXI_17), ("2008-01-17", "晚，" + BENXI_17B)], id="evening_after_the_day"),
    pytest.param(2008, 1, ["4日 " + BENXI_4, "5、9日 " + BENXI_5],
                 [("2008-01-04", BENXI_4), ("2008-01-05", BENXI_5)], id="two_days_joined_by_a_pause_mark"),
    pytest.param(2008, 1, ["4日（星期五）" + BENXI_4], [("2008-01-04", BENXI_4)], id="weekday_after_the_day"),
]


CHRONICLES += [
    # the same markers sharing a line with the end of the entry before (written for the test with the 本溪 entries)
    pytest.param(2008, 1, ["17日，" + BENXI_17 + "18日晚，" + BENXI_17B],
                 [("2008-01-17", BENXI_17), ("2008-01-18", "晚，" + BENXI_17B)], id="evening_marker_after_an_entry_on_its_line"),
    pytest.param(2008, 1, ["17日，" + BENXI_17 + "当日，" + BENXI_17B],
                 [("2008-01-17", BENXI_17 + "当日，" + BENXI_17B)], id="dang_ri_inside_an_entrys_paragraph_goes_on_with_it"),
    pytest.param(2008, 1, ["17日，" + BENXI_17 + "18日（星期五）" + BENXI_17B],
                 [("2008-01-17", BENXI_17), ("2008-01-18", BENXI_17B)], id="weekday_marker_after_an_entry_on_its_line"),
]


CHRONICLES += [
    # an entry cut by a page turn whose running header prints the gazette's name with the issue, or the issue with the
    # column, as issues of other years word it (written for the test with the 本溪 entries)
    pytest.param(2008, 1, ["17日 " + BENXI_17[:20], header, BENXI_17[20:], "18日 " + BENXI_17B],
                 [("2008-01-17", BENXI_17), ("2008-01-18", BENXI_17B)], id=name)
    for name, header in [("gazette_and_issue_header_inside_an_entry", "温州市人民政府公报 2008年第1期"),
                         ("issue_and_column_header_inside_an_entry", "2008年第1期 政府记事"),
                         ("gazette_issue_and_column_header_inside_an_entry", "温州市人民政府公报 2008年第1期 政府记事"),
                         ("bare_page_number_inside_an_entry", "37")]
]


CHRONICLES += [
    # markers printing the year, as 大事记 pages that list dates in full do, and a △ left alone at the end (written for
    # the test with the 本溪 entries)
    pytest.param(2008, 1, ["2008年1月4日，" + BENXI_4, "2008年1月17日，" + BENXI_17],
                 [("2008-01-04", BENXI_4), ("2008-01-17", BENXI_17)], id="year_month_and_day_in_each_marker"),
    pytest.param(2008, 1, ["4日 " + BENXI_4, "△"], [("2008-01-04", BENXI_4)], id="a_triangle_alone_holds_no_entry"),
]

# 济宁市人民政府2008年6月份大事记, its day markers printed with a gap a reader may drop ('2日出席…') or keep between two
# entries it puts on one line ('…讲话。 5日副省长…'), or leave a marker alone at a line's end ('…汇报。 5日')
JINING_1 = "市委副书记、市长张振川等在城区检查城市建设改造重点项目进展情况。"
JINING_2 = "出席山东省海外联谊会第三届理事会议的港澳台海外理事考察团在我市参观考察，副市长陈颖等陪同。"
JINING_3 = "全省夏粮收购工作电视电话会议召开，副市长崔洪刚出席济宁分会场会议并讲话。"
JINING_5 = "副省长、省奥运工作领导小组副组长黄胜等在曲阜市检查指导奥运火炬传递筹备工作，市委副书记、市长张振川陪同。"
JINING_6 = "市委副书记、市长张振川等在梁山县和汶上县检查夏收夏种工作。"
CHRONICLES += [
    pytest.param(2008, 6, ["1日 " + JINING_1, "2日" + JINING_2, "3日" + JINING_3],
                 [("2008-06-01", JINING_1), ("2008-06-02", JINING_2), ("2008-06-03", JINING_3)],
                 id="day_glued_to_its_entry_at_a_line_start"),
    pytest.param(2008, 6, ["3日 " + JINING_3 + " 5日" + JINING_5, "6日 " + JINING_6],
                 [("2008-06-03", JINING_3), ("2008-06-05", JINING_5), ("2008-06-06", JINING_6)],
                 id="day_glued_to_its_entry_after_a_gap_on_the_line_before"),
    pytest.param(2008, 6, ["3日 " + JINING_3 + " 5日", JINING_5, "6日 " + JINING_6],
                 [("2008-06-03", JINING_3), ("2008-06-05", JINING_5), ("2008-06-06", JINING_6)],
                 id="day_alone_at_the_end_of_the_line_before"),
]


# 兴宁 大事记 (January; laid out as 2011): markers naming the month once ('1月4日，'), the days after it of that month, entries
# run together on one line with gaps, and a part of the month ('上旬，') for an entry of no day
XINGNING_4 = "兴宁市委、市政府在广州举行乡贤座谈会，向在穗乡贤通报兴宁经济社会发展情况，共商发展大计。"
XINGNING_6 = "省政府在兴宁市举行广东省首批水利建设示范县项目实施启动仪式。"
XINGNING_EARLY = "上旬，梅州市副市长陈建青率队到罗浮镇瑶兴村开展扶贫送温暖活动。"
XINGNING_16 = "兴宁召开全市领导干部大会，梅州市委组织部宣读任职决定。"


def test_days_after_a_marker_naming_its_month_are_of_that_month_and_a_part_of_the_month_is_an_undated_entry():
    """'上旬，…' names no day: an entry of no date, its words kept (it was a loss, the entry dropped, before raw14)."""
    entries, losses = chronicle(2011, 1, [f"1月4日，{XINGNING_4} 6日，{XINGNING_6} {XINGNING_EARLY} 16日，{XINGNING_16}"],
                                heading="1月份市政府记事")
    assert entries == [("2011-01-04", XINGNING_4), ("2011-01-06", XINGNING_6), (None, XINGNING_EARLY), ("2011-01-16", XINGNING_16)]
    assert losses == []


def test_days_after_a_marker_of_the_month_before_are_of_that_month():
    """The 兴宁 entries under a February chronicle that opens with the last days of January (written for the test)."""
    entries, _ = chronicle(2011, 2, [f"1月30日，{XINGNING_4}", f"31日，{XINGNING_6}", f"2月1日，{XINGNING_16}"])
    assert [date for date, _ in entries] == ["2011-01-30", "2011-01-31", "2011-02-01"]


# 淄博 大事记 1993-12 (1日~2日 蒙古人民革命党代表团…来淄博市参观访问 · 7日 济青高速公路…竣工通车 · 26日~28日 全国爱卫会专家组…调查研究),
# shortened; its ranges laid out in Chinese numerals with 日 on both days, as chronicles before 2012 print them
ZIBO_1 = "以蒙古人民革命党领导委员会成员桑堆扎布·达希达瓦为团长的蒙古人民革命党代表团一行6人来淄博市参观访问。"
ZIBO_7 = "济青高速公路与309国道周村连接线一期工程竣工通车。"
ZIBO_26 = "全国爱卫会专家组对淄博市创建国家卫生城市工作进行调查研究，并给予高度评价。"
CHRONICLES += [
    pytest.param(1993, 12, ["十二月一日至二日 " + ZIBO_1, "七日 " + ZIBO_7, "二十六日至二十八日 " + ZIBO_26],
                 [("1993-12-01", ZIBO_1), ("1993-12-07", ZIBO_7), ("1993-12-26", ZIBO_26)],
                 id="ranges_in_chinese_numerals_with_ri_on_both_days"),
    pytest.param(1993, 12, ["1日~2日 " + ZIBO_1, "7日 " + ZIBO_7, "26日~28日 " + ZIBO_26],
                 [("1993-12-01", ZIBO_1), ("1993-12-07", ZIBO_7), ("1993-12-26", ZIBO_26)],
                 id="ranges_with_a_tilde_and_ri_on_both_days"),
]


@pytest.mark.parametrize("undated", ["同月 " + ZIBO_26, "月内，" + ZIBO_26])
def test_an_entry_of_the_month_without_a_day_is_an_entry_of_no_date(undated):
    entries, losses = chronicle(1993, 12, ["7日 " + ZIBO_7, undated])
    assert entries == [("1993-12-07", ZIBO_7), (None, ZIBO_26)] and losses == []


def test_lines_before_the_first_day_that_no_marker_reads_are_a_loss():
    """The 淄博 entries with their first marker printed in a way no rule reads (written for the test)."""
    entries, losses = chronicle(1993, 12, ["（1日）" + ZIBO_1, "7日 " + ZIBO_7])
    assert entries == [("1993-12-07", ZIBO_7)] and losses == [["（1日）" + ZIBO_1]]


# 烟台 大事记 2005-12 (山东省情网), shortened: each day glued to its entry's text, ranges too ('1～2日台湾…', '9～11日北海…' under
# the 9th), and a paragraph of no day after the 9th's (one more entry of that day)
YANTAI_1 = "经国务院和亚欧经济部长会议高级别会议批准，亚欧会议（ASEM）旅游合作发展论坛暨展览会将于2006年10月19～22日在中国烟台举办。"
YANTAI_1B = "台湾联华神通集团董事长苗丰强、台湾神达电脑总经理蔡丰赐一行来烟考察。市委书记焉荣竹、市长周齐、副书记齐秀生会见。"
YANTAI_3 = "烟台市出现连续强降雪天气过程。此次降雪过程被中国气象局列为“2005年中国十大天气气候事件”。"
YANTAI_9 = "市政府召开出口十强企业座谈会。市长周齐、副市长李淑芹出席会议并分别讲话。"
YANTAI_9B = "日本弘友株式会社社长松村宪一一行来烟考察。副市长李淑芹会见。"
YANTAI_9C = "北海救助局“北海救169”轮、“北海救111”轮、应急反应救助队及北海第一救助飞行队直升机“B7309”协同救助，4名被困舱底13多小时的遇险渔民成功获救。"
CHRONICLES += [
    pytest.param(2005, 12, ["1日" + YANTAI_1, "1～2日" + YANTAI_1B, "3～22日" + YANTAI_3, "9日" + YANTAI_9, YANTAI_9B, "9～11日" + YANTAI_9C],
                 [("2005-12-01", YANTAI_1), ("2005-12-01", YANTAI_1B), ("2005-12-03", YANTAI_3), ("2005-12-09", YANTAI_9),
                  ("2005-12-09", YANTAI_9B), ("2005-12-09", YANTAI_9C)], id="ranges_of_days_glued_to_their_entries"),
]


# 桐城 2012年大事记 (安徽), shortened: a month printed alone over its days, each day before a headline in brackets that the entry
# keeps ('8日【…】…'), and an entry of the month alone before its headline ('1月【…】…': no day, a loss)
TONGCHENG_8 = "【省委组织部副部长、老干局局长詹福稳一行到安庆市重点扶贫村】省委组织部副部长、老干局局长詹福稳一行到安庆市重点扶贫村——唐湾镇蒋潭村慰问老党员和困难群众。"
TONGCHENG_MONTH = "1月【市十五届人大一次会议召开】大会选举产生新一届市人大常委会主任、副主任、委员，市人民政府市长、副市长。"
TONGCHENG_FEB_5 = "【全市三级干部大会召开】全市三级干部大会召开，安庆市委常委、桐城市委主要领导作工作报告。"


def test_a_day_before_a_headline_in_brackets_dates_its_entry_and_a_month_before_one_is_an_undated_entry():
    entries, losses = chronicle(2012, 1, ["1月", "8日" + TONGCHENG_8, TONGCHENG_MONTH, "2月", "5日" + TONGCHENG_FEB_5])
    assert entries == [("2012-01-08", TONGCHENG_8), (None, TONGCHENG_MONTH.removeprefix("1月")), ("2012-02-05", TONGCHENG_FEB_5)]
    assert losses == []


@pytest.mark.parametrize("mark", ["◆", "●", "▲", "■"])
def test_an_item_mark_before_a_day_marker_under_days_printed_above_is_dated_by_its_own_day(mark):
    """The 长子 items (ZZ_23, YANTAI_9) laid out under a day printed above (written for the test): '◆9月23日，…' after '9日…'
    is the 23rd's entry, never the 9th's; '●23日 …' with the day alone too."""
    rest = ZZ_23.removeprefix("9月23日，")
    assert chronicle(2023, 9, ["9日" + YANTAI_9, mark + ZZ_23]) == ([("2023-09-09", YANTAI_9), ("2023-09-23", rest)], [])
    assert chronicle(2023, 9, ["9日" + YANTAI_9, mark + "23日 " + rest]) == ([("2023-09-09", YANTAI_9), ("2023-09-23", rest)], [])


@pytest.mark.parametrize("printed", ["◎23日 ", "1月23日—", "23号 "])
def test_a_line_opening_with_a_day_in_a_form_not_read_is_a_loss_quoting_it(printed):
    """Written for the test: day markers no chronicle read so far prints, kept under the day above and quoted, never silently."""
    line = printed + ZZ_23.removeprefix("9月23日，")
    entries, losses = chronicle(2023, 9, ["9日" + YANTAI_9, line])
    assert [date for date, _ in entries] == ["2023-09-09", "2023-09-09"] and losses == [[line]]


# 泰安 2006年4-6月大事记 (山东省情网), shortened: "4月5日 劳动和社会保障部副部长刘永福来我市调研。" · "4月6～7日 全国妇联副主席…来我市调研…";
# the second laid out as a range into the next month (written for the test), dated by its first day
TAIAN_5 = "劳动和社会保障部副部长刘永福来我市调研。"
TAIAN_6 = "全国妇联副主席、书记处书记莫文秀来我市调研农村妇女参与社会主义新农村建设及“平安家庭”创建工作。"
CHRONICLES += [
    pytest.param(2006, 4, ["4月5日 " + TAIAN_5, f"4月30日～5月2日 {TAIAN_6}"], [("2006-04-05", TAIAN_5), ("2006-04-30", TAIAN_6)],
                 id="a_range_into_the_next_month_with_both_months"),
    pytest.param(2006, 4, ["5日 " + TAIAN_5, f"30日至5月2日，{TAIAN_6}"], [("2006-04-05", TAIAN_5), ("2006-04-30", TAIAN_6)],
                 id="a_range_into_the_next_month_from_a_day"),
]


def test_a_glued_range_of_days_not_read_is_a_loss_quoting_it():
    """The 烟台 entries with a range that goes back before the day above (written for the test): never silently the 9th's."""
    entries, losses = chronicle(2005, 12, ["9日" + YANTAI_9, "3～22日" + YANTAI_3])
    assert [date for date, _ in entries] == ["2005-12-09", "2005-12-09"] and losses == [["3～22日" + YANTAI_3]]


def test_a_glued_day_before_the_day_above_is_no_marker_and_is_a_loss():
    """Written for the test with the 济宁 entries: '2日…' under the 5th cannot be the next day; it is quoted."""
    entries, losses = chronicle(2008, 6, ["5日 " + JINING_5, "2日" + JINING_2])
    assert [date for date, _ in entries] == ["2008-06-05", "2008-06-05"] and losses == [["2日" + JINING_2]]


def test_a_day_of_a_journey_on_a_line_of_its_own_is_no_entry_of_that_day():
    """杭州 1998-12 (HZ_7 above), its return printed on a line of its own: '13日回杭。' is no entry of the 13th (too short
    for one), it stays under the 7th and is quoted in a loss."""
    entries, losses = chronicle(1998, 12, ["△7日，为了切实组织实施好我市西湖疏浚工程，市长王永明启程赴桂滇考察。", "13日回杭。"])
    assert [date for date, _ in entries] == ["1998-12-07", "1998-12-07"] and losses == [["13日回杭。"]]


def test_a_december_day_in_a_january_chronicle_is_of_the_year_before():
    """Written for the test with the 本溪 entries: a chronicle of January opening with the last day of December."""
    entries, _ = chronicle(2008, 1, ["12月31日，" + BENXI_4, "1月17日，" + BENXI_17, "1月18日，" + BENXI_17B])
    assert [day for day, _ in entries] == ["2007-12-31", "2008-01-17", "2008-01-18"]


def test_an_entry_under_a_recent_day_is_an_entry_of_no_date_never_an_entry_of_the_day_before():
    """gansu-2021-01 (甘肃 1月大事要览): after the dated entries, one opening 近日 (cut where the stored copy ends): its words
    kept, its date null."""
    dated = "甘肃省第十三届人民代表大会第四次会议举行第三次全体会议，选举任振鹤为甘肃省人民政府省长。"
    recent = "近日，为贯彻落实党中央相关《决定》精神，充分发"
    assert chronicle(2021, 1, ["1月28日，" + dated, recent]) == ([("2021-01-28", dated), (None, recent)], [])


def test_a_day_printed_in_a_way_not_read_is_a_loss_quoting_it():
    """Written for the test: a day marker in brackets, as no chronicle read so far prints it, kept under the day before
    and quoted, never silently."""
    entries, losses = chronicle(2008, 1, ["4日 " + BENXI_4, "【5日】" + BENXI_5])
    assert entries == [("2008-01-04", BENXI_4), ("2008-01-04", "【5日】" + BENXI_5)] and losses == [["【5日】" + BENXI_5]]


def test_a_body_heading_printed_as_its_toc_category_is_not_taken_for_the_toc():
    """'人事任免' / '政府记事' right after the 目录, as other gazettes head a section with the category's own name."""
    assert appointments(QUANZHOU_LIST[:2], heading="人事任免") == sorted(QUANZHOU_ROWS[:2])
    assert chronicle(2008, 1, ["17 日 " + BENXI_17], heading="政府记事") == ([("2008-01-17", BENXI_17)], [])


@pytest.mark.parametrize("toc_title, heading", [
    ("7月份市政府人事任免", "人事任免"),
    ("人事任免", "7月份市政府人事任免"),
    ("7月份人事任免", "7月份市政府人事任免"),
], ids=["toc_names_the_month_body_the_category", "toc_names_the_category_body_the_month", "worded_otherwise"])
def test_a_section_heading_worded_otherwise_than_its_toc_entry_is_found(toc_title, heading):
    """The 目录 and the section's own heading need not agree word for word: the section is the first heading
    of the entry's category after the contents."""
    assert appointments(QUANZHOU_LIST[:2], heading=heading, toc_title=toc_title) == sorted(QUANZHOU_ROWS[:2])


def test_an_entry_under_its_month_alone_is_an_entry_of_no_date_never_an_entry_of_the_day_before():
    """'6 月 曲靖市…' (曲靖 大事记): the month is the chronicle's, the entry's date null (it was a loss, the entry dropped,
    before raw14: a 年鉴's '是月' entries were lost so)."""
    entries, losses = chronicle(2008, 6, ["2~3日 " + QUJING_2B, QUJING_MONTH])
    assert entries == [("2008-06-02", QUJING_2B), (None, QUJING_MONTH.removeprefix("6 月 "))] and losses == []
    # a line opening with a month that continues an entry not ended is no entry of its own
    assert chronicle(2008, 6, ["2日 市政府召开", "6月份全市经济运行分析会。"]) == ([("2008-06-02", "市政府召开6月份全市经济运行分析会。")], [])


@pytest.mark.parametrize("year, month, lines, expected", CHRONICLES)
def test_each_chronicle_entry_is_found_with_its_day(year, month, lines, expected):
    assert chronicle(year, month, lines) == (expected, [])


CHRONICLE_HEADINGS = [
    pytest.param(2007, 5, "2007年5月政府大事记", ["1日," + LYG_1], [("2007-05-01", LYG_1)], id="year_month_zhengfu_dashiji"),
    pytest.param(1998, 12, "1998年12月份杭州市政务大事记", ["△3日，" + HZ_3], [("1998-12-03", HZ_3)],
                 id="year_month_city_zhengwu_dashiji"),
]


@pytest.mark.parametrize("year, month, heading, lines, expected", CHRONICLE_HEADINGS)
def test_a_chronicle_under_its_own_printed_heading(year, month, heading, lines, expected):
    assert chronicle(year, month, lines, heading=heading) == (expected, [])


# Lines after an ended entry that open with no sentence: a line of no column's wording stays with the entry
# and is quoted as a stray line; a heading worded as columns are, letter-spaced or not, opens a column no
# kind knows, cut off the entry.
STRAY_AFTER_AN_ENTRY = [
    pytest.param(["本栏目由市政府办公室提供", "会上，市领导为获奖企业颁奖。"],
                 ZHANGYE_1 + "本栏目由市政府办公室提供会上，市领导为获奖企业颁奖。", id="plain_line_kept_and_quoted"),
    pytest.param(["专题报道", "会上，市领导为获奖企业颁奖。"], ZHANGYE_1, id="plain_heading_cut_and_quoted"),
    pytest.param(["专 题 报 道", "会上，市领导为获奖企业颁奖。"], ZHANGYE_1, id="letter_spaced_heading_cut_and_quoted"),
]


@pytest.mark.parametrize("stray, entry_text", STRAY_AFTER_AN_ENTRY)
def test_lines_after_an_ended_entry_that_open_with_no_sentence_are_a_loss(stray, entry_text):
    entries, losses = chronicle(2024, 5, ["1日，" + ZHANGYE_1] + stray)
    assert entries == [("2024-05-01", entry_text)] and losses == [stray]


def test_no_row_comes_from_the_held_out_sets():
    """The sources of these rows are none of bench/heldout*/SOURCES.md's."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    ours = (root / "tests" / "data" / "SOURCES.md").read_text(encoding="utf-8")
    urls = {word for word in ours.split() if word.startswith("http")}
    held_out = "".join(path.read_text(encoding="utf-8") for path in sorted((root / "bench").glob("heldout*/SOURCES.md")))
    assert held_out.count("http") > 100 and urls and not [url for url in urls if url.strip("<>()") in held_out]


# --- a raw extraction's news after documents and a one-line decision, the page's headings painted after its columns
# (issue 21, news21; tests/data/SOURCES.md, "news21"): the headings go where their sections open ---------------------------

RAW_DECISION = "县十六届人大常委会第三十一次会议决定：任命邢晟为涉县人民政府副县长。"
RAW_BRIEFS = [
    "县十七届人大常委会召开第三十六次会议",
    "8月12日上午，县十七届人大常委会召开第三十六次会议，听取审议了有关议案和报告、人事任免事项和个别代表辞职事项。会议由县人大常委会"
    "主任吕英主持，副主任任江河、唐太成、王天文、龚剑雄以及县第十七届人大常委会组成人员出席会议。",
    "县十六届人大常委会召开第三十一次会议",
    "8月14日，县十六届人大常委会召开第三十一次会议。县人大常委会主任江钦所，副主任康金铁、牛永芳、苑华东出席。郭建清主持会议。"
    "副县长付学亮和法检两院、政府办、人大部门负责人、各乡镇人大主席列席会议。",
]
PAINTED = ["人事任免", "政务简讯"]  # frames a typesetter paints after the page's columns, extracted last


@pytest.mark.parametrize("pages", [
    pytest.param([SHANGHAI + [RAW_DECISION] + RAW_BRIEFS + PAINTED], id="on_the_documents_page"),
    pytest.param([SHANGHAI, [RAW_DECISION] + RAW_BRIEFS + PAINTED], id="on_a_page_of_their_own"),
    pytest.param([SHANGHAI + [RAW_DECISION, PAINTED[0]], RAW_BRIEFS + PAINTED[1:]], id="news_on_the_next_page"),
])
def test_a_raw_extractions_news_after_a_one_line_decision_are_found(pages):
    parsed = parse_issue(raw_layout(2015, 8, pages))
    found = parsed.to_export()
    assert [(d["doc_number"], d["signed_date"]) for d in found["documents"]] == [("沪府发〔2017〕92号", "2017-12-20")]
    assert [(a["person"], a["position"]) for a in found["appointments"]] == [("邢晟", "涉县人民政府副县长")]
    assert [(n["title"], n["date"]) for n in found["news"]] == [
        ("县十七届人大常委会召开第三十六次会议", "2015-08-12"), ("县十六届人大常委会召开第三十一次会议", "2015-08-14")]
    assert [w.kind for w in parsed.warnings if w.is_loss and w.section != "市政府文件"] == []


# --- bulleted chronicles, and a heading split over two lines after an appointment list (issue 21, misc21f;
# tests/data/SOURCES.md, "misc21f") ------------------------------------------------------------------------------------

# mingguang-2010-07 (明光 本市要闻, 安徽): each item opens with a bullet and its month and day, the same day printed on each,
# a time of day after it ('●7月2日下午，…'); first sentences only
MINGGUANG_1 = "省政府召开预防青少年儿童溺水工作电视电话会议，传达省委书记张宝顺、省长王三运重要批示精神，全面部署预防青少年儿童溺水工作。"
MINGGUANG_2 = "市委常委、副市长、市“三农”总指挥部常务副总指挥徐发成，召集市国土、规划、农委等单位负责人，对申龙公司迁建项目进行实地调研。"
MINGGUANG_3 = "市文明办就即将举办的第九届广场纳凉晚会牵头召开相关部门协调会。"
BULLETED = [
    pytest.param(["●7月2日下午，" + MINGGUANG_1, "●7月2日，" + MINGGUANG_2, "●7月2日上午，" + MINGGUANG_3],
                 [("2010-07-02", "下午，" + MINGGUANG_1), ("2010-07-02", MINGGUANG_2), ("2010-07-02", "上午，" + MINGGUANG_3)],
                 id="one_day_printed_on_each_item"),
    # the same items over three days, the second a range (written for the test)
    pytest.param(["●7月2日下午，" + MINGGUANG_1, "●7月3日至4日，" + MINGGUANG_2, "●7月5日上午，" + MINGGUANG_3],
                 [("2010-07-02", "下午，" + MINGGUANG_1), ("2010-07-03", MINGGUANG_2), ("2010-07-05", "上午，" + MINGGUANG_3)],
                 id="a_range_among_bulleted_days"),
    pytest.param(["● 7月2日下午，" + MINGGUANG_1, "▲7月3日，" + MINGGUANG_2],
                 [("2010-07-02", "下午，" + MINGGUANG_1), ("2010-07-03", MINGGUANG_2)], id="other_marks_and_a_space"),
]


@pytest.mark.parametrize("lines, expected", BULLETED)
def test_an_item_opening_with_its_month_and_day_is_dated_by_them_and_its_text_starts_after(lines, expected):
    assert chronicle(2010, 7, lines) == (expected, [])


@pytest.mark.parametrize("pieces", [["政务", "简讯"], ["政 务", "简 讯"]])
def test_a_heading_split_over_two_lines_after_an_appointment_list_opens_the_next_section_without_a_loss(pieces):
    """The 泉州 decision and the briefs of RAW_BRIEFS in a text export, the news column's heading printed on two lines."""
    toc = [("人事任免", "人事任免"), ("政务简讯", RAW_BRIEFS[0] + "等简讯2则")]
    parsed = parse_issue(layout(2015, 8, toc, ["人事任免", *QUANZHOU_LIST[:2], *pieces, *RAW_BRIEFS]))
    found = parsed.to_export()
    assert sorted((a["person"], a["action"], a["position"]) for a in found["appointments"]) == sorted(QUANZHOU_ROWS[:2])
    assert [n["title"] for n in found["news"]] == [RAW_BRIEFS[0], RAW_BRIEFS[2]]
    assert [w for w in parsed.warnings if w.is_loss] == []


# --- chronicle entries numbered before their dates (issue 21, misc21i; tests/data/SOURCES.md, "misc21i") -----------------------

# 岳阳 大事记 2018-08 (湖南), shortened, numbered for the test as a city's record of several bodies numbers its entries: the
# ordinal is no part of the text, a range is dated by its first day, and dates go back or repeat
YUEYANG_17 = "省委书记杜家毫到岳阳市调研。"
YUEYANG_2 = "省发改委主任胡伟林率调研组到岳阳市专题调研产业项目建设。"
YUEYANG_7 = "副省长何报翔率省环保厅、商务厅有关人员到岳阳市开展环保督察、调研产业项目建设活动。"
YUEYANG_18 = "北京岳阳企业商会成立大会暨岳阳市招商推介会在北京举行。"
NUMBERED = ["一、8月17日至18日，" + YUEYANG_17, "二、8月2日至3日， " + YUEYANG_2, "三、8月7日 下午，" + YUEYANG_7,
            "四、8月18日，" + YUEYANG_18, "五、8月7日 " + YUEYANG_2]
NUMBERED_ENTRIES = [("2018-08-17", YUEYANG_17), ("2018-08-02", YUEYANG_2), ("2018-08-07", "下午，" + YUEYANG_7),
                    ("2018-08-18", YUEYANG_18), ("2018-08-07", YUEYANG_2)]


@pytest.mark.parametrize("lines, expected", [
    pytest.param(NUMBERED, NUMBERED_ENTRIES, id="numbered_entries_going_back_and_repeating"),
    pytest.param(["一、八月十七日至十八日，" + YUEYANG_17, "二、八月二日 " + YUEYANG_2],
                 [("2018-08-17", YUEYANG_17), ("2018-08-02", YUEYANG_2)], id="numbered_entries_dated_in_chinese_numerals"),
])
def test_entries_numbered_before_their_dates_are_each_an_entry_of_that_date(lines, expected):
    assert chronicle(2018, 8, lines) == (expected, [])


def test_numbered_entries_of_a_raw_extraction_are_each_an_entry_of_their_date():
    parsed = parse_issue(raw_layout(2018, 8, [["8月份市政府记事", *NUMBERED]]))
    assert [(c["date"], c["text"]) for c in parsed.to_export()["chronicle"]] == NUMBERED_ENTRIES
    quoted = "".join(line for w in parsed.warnings if w.is_loss for line in w.lines)
    assert not [line for line in NUMBERED if line[:12] in quoted]  # (raw_layout's cover lines are told unread: not ours)



# --- a brief printed after a statistics table, and a source line under a brief's title, in a raw extraction (issue 21,
# misc21i; tests/data/SOURCES.md, "misc21i") ---------------------------------------------------------------------------------

# the 上海市统计局 rows of the raw extraction rows (tests/data/raw/a_table_alone.txt), their producer renamed for the 德州 brief
# after it: 德州 2024 一季度 (山东, 德州市统计局: 经省统计局反馈，一季度，全市实现地区生产总值545.0亿元…), its lead and headline
# written for the test as a paper words them
TABLE_ROWS = ["指标 单位 当月 同比±% 累计 同比±%", "社会消费品零售总额 亿元 1478.53 0.3 11864.63 -10.7",
              "#批发零售业 亿元 1363.93 0.6 11055.38 -9.4", "德州市统计局"]
DEZHOU = "一季度，全市实现地区生产总值545.0亿元，按可比价格计算，同比增长10.2%，高于全国2.8个百分点，高于全省1.5个百分点，增速居全省第3位。"


def raw_page(lines):
    """A raw extraction's page as a_table_alone.txt prints it: its header and page number, table rows whole, text in column
    lines of 19 characters."""
    out = ["温州市人民政府公报 2024年第4期", "— 3 —"]
    for line in lines:
        out += [line] if line in TABLE_ROWS else [line[k : k + 19] for k in range(0, len(line), 19)]
    return "\n\n".join(out)


@pytest.mark.parametrize("headline, lead", [
    pytest.param("德州一季度GDP增长10.2%", "记者昨日从市统计局获悉，", id="the_reporter_learned_it_from_the_bureau"),
    pytest.param("德州经济运行实现“开门红”", "据山东省政府网站消息，", id="taken_from_a_government_site"),
])
def test_a_brief_printed_after_a_statistics_table_is_a_brief_and_the_table_ends_at_its_producer(headline, lead):
    parsed = parse_issue(raw_page([*TABLE_ROWS, headline, lead + DEZHOU]))
    assert (parsed.statistics.producer, len(parsed.statistics.rows)) == ("德州市统计局", 2)
    assert [(n.title, n.body) for n in parsed.news] == [(headline, lead + DEZHOU)]
    assert parsed.back_matter == [] and [w.lines for w in parsed.warnings if w.is_loss] == []


def test_a_source_line_under_a_brief_title_in_a_raw_extraction_opens_its_body():
    """国际在线 2019-03-15's lead under a title written for the test, its source line a column line of its own."""
    lead = "15日闭幕的十三届全国人大二次会议批准了政府工作报告，同意报告提出的2019年经济社会发展总体要求、政策取向、目标任务和重点工作。"
    parsed = parse_issue(raw_layout(2019, 3, [["政务简讯", "政府工作报告共修改83处", "国际在线报道(记者 乔全兴):", lead]]))
    assert [(n["title"], n["date"]) for n in parsed.to_export()["news"]] == [("政府工作报告共修改83处", "2019-03-15")]
    quoted = "".join(line for w in parsed.warnings if w.is_loss for line in w.lines)
    assert "83处" not in quoted and "乔全兴" not in quoted  # (raw_layout's cover lines are told unread: not ours)
