"""What real issues print (issue 21 §1): development rows from public government text of other
places and years, laid out as small issues of the gazette and read with parse_issue.

Each row is real printed text (tests/data/SOURCES.md names its source, row by row), a few lines
of it, in the shape a text export of the gazette gives: cover, 目录 with pages, the section. Rows
the parser does not read yet are marked xfail (strict) with what it misses, so that the parser
work turns them on as it learns each variation. Never rows from bench/heldout*: that is the yardstick.
"""

from datetime import date

import pytest

from issues.parser import parse_issue

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


def document(text, doc_number):
    documents = parse_issue(text).to_export()["documents"]
    return next(d for d in documents if d["doc_number"] == doc_number)


DOCUMENTS = [
    pytest.param(layout(2007, 4, [LAOSHE_TOC], LAOSHE), "劳社厅函〔2007〕120号",
                 {"issuer": "劳动和社会保障部办公厅", "signed_date": "2007-03-26"},
                 id="signature_date_in_chinese_numerals", marks=not_yet("二〇〇七年三月二十六日 as a signed date")),
    pytest.param(layout(2005, 6, [WUHAN_TOC], WUHAN), "武政〔2005〕32号",
                 {"issuer": "武汉市人民政府", "signed_date": "2005-06-17"},
                 id="signature_date_with_ascii_zeros", marks=not_yet("二00五年六月十七日 as a signed date")),
    pytest.param(layout(2005, 6, [WUHAN_TOC], WUHAN[:2] + ["— 4 —", "温州市人民政府公报（总第300期）"] + WUHAN[2:]),
                 "武政〔2005〕32号", {"title": "武汉市人民政府关于批转武汉市高级中等学校招生统一考试管理规定的通知"},
                 id="title_block_cut_by_a_page_break"),
    pytest.param(layout(2022, 3, [YONGDENG_TOC], YONGDENG), "",
                 {"issuer": "永登县公安局", "signed_date": "2022-03-21",
                  "title": "永登县公安局关于对县城部分道路实施临时交通管制的通告"},
                 id="notice_without_doc_number"),
]


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
    pytest.param("— 4 —", id="em_dashes", marks=not_yet("'— 4 —' page numbers")),
    pytest.param("-4-", id="hyphens", marks=not_yet("'-4-' page numbers")),
    pytest.param("第4页", id="di_ye", marks=not_yet("'第4页' page numbers")),
]


@pytest.mark.parametrize("page_number", PAGE_NUMBER_FORMS)
def test_a_page_number_between_paragraphs_stays_out_of_the_body(page_number):
    body = YONGDENG[:2] + [page_number] + YONGDENG[2:]
    found = document(layout(2022, 3, [YONGDENG_TOC], body), "")
    assert page_number not in found["body"] and "一、管制时间" in found["body"]


# --- appointments ----------------------------------------------------------------------------------

def appointments(lines, heading="人事任免"):
    text = layout(2018, 7, [("机构人事", "人事任免")], [heading] + lines)
    return sorted((a["person"], a["action"], a["position"]) for a in parse_issue(text).to_export()["appointments"])


APPOINTMENTS = [
    # quanzhou-2018-07: 任命X为Y、Z and 免去X Y、Z的职务, under 会议决定：
    pytest.param(["会议决定：", "任命王永礼为泉州市人民政府副市长、代理市长。"],
                 [("王永礼", "appoint", "泉州市人民政府代理市长"), ("王永礼", "appoint", "泉州市人民政府副市长")],
                 id="ren_ming_x_wei_y", marks=not_yet("任命X为Y")),
    pytest.param(["决定免去卢炳椿泉州市人民政府副市长、市公安局局长的职务。"],
                 [("卢炳椿", "dismiss", "市公安局局长"), ("卢炳椿", "dismiss", "泉州市人民政府副市长")],
                 id="mian_qu_x_posts_de_zhi_wu", marks=not_yet("免去X Y、Z的职务")),
    # shanghai-2023-01: two people appointed and one dismissed in one line
    pytest.param(["任命郭芳、张小宏为上海市副市长，免去张为的上海市副市长职务；"],
                 [("张为", "dismiss", "上海市副市长"), ("张小宏", "appoint", "上海市副市长"), ("郭芳", "appoint", "上海市副市长")],
                 id="two_appointed_one_dismissed_in_a_line", marks=not_yet("任命X、Y为Z，免去W的Z职务")),
    pytest.param(["市人民政府决定：", "王永礼任泉州市人民政府副市长；"], [("王永礼", "appoint", "泉州市人民政府副市长")],
                 id="letter_spaced_heading_x_ren_y"),
]


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
    # wuxue-2020-12: a brief opening M月D日，
    pytest.param(2020, 12, ["市长碰头会召开", "12月15日，市委副书记、市长查俊主持召开市长碰头会，听取各副市长前期未完成重点工作和近期拟开展重点工作情况。"],
                 [("市长碰头会召开", "2020-12-15")], id="opens_with_month_and_day"),
]


@pytest.mark.parametrize("year, month, lines, expected", NEWS)
def test_a_brief_is_found_with_the_date_its_text_names(year, month, lines, expected):
    assert briefs(year, month, lines) == expected


@not_yet("a TOC followed by fewer than four body lines before the first heading it names: toc.parse_toc "
         "ends one line early on its 4-line look-ahead, and the news entry is then found in the TOC itself")
def test_a_toc_ending_with_the_news_entry():
    year, month, lines, expected = NEWS[2].values
    assert briefs(year, month, lines, toc_ends_with_the_news=True) == expected


def test_no_row_comes_from_the_held_out_sets():
    """The sources of these rows are none of bench/heldout*/SOURCES.md's."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    ours = (root / "tests" / "data" / "SOURCES.md").read_text(encoding="utf-8")
    urls = {word for word in ours.split() if word.startswith("http")}
    held_out = "".join((root / "bench" / name / "SOURCES.md").read_text(encoding="utf-8")
                       for name in ("heldout", "heldout2"))
    assert urls and not [url for url in urls if url.strip("<>()") in held_out]
