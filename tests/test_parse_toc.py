"""The printed table of contents: entries wrapped over lines, Markdown headings, joint issuers."""

import pytest

from issues.parser import clean, kinds
from issues.parser.records import TocEntry
from issues.parser.text import one_line_title, split_issuers
from issues.parser.toc import parse_toc

# 2020-06, lines 73-112 (abridged)
CLEAN_TOC = """市政府文件

温州市人民政府关于调整市政府领导分工的通知
（温政发〔2020〕10号）……………（02）

市府办文件

温州市人民政府办公室关于印发温州市养老服务高质量发展三年行动计划
（2020—2022年）的通知（温政办〔2020〕59号）……………（13）

部门文件

温州市公安局 温州市农业农村局关于对拖拉机实施全市道路限行的通告
（温公通〔2020〕37号）……………（30）

机构人事

6月份市政府人事任免……………（32）

政务简讯

市政府常务会议学习《民法典》等简讯6则……………（33）

温州市人民政府

关于调整市政府领导分工的通知
"""

# 2021-05, lines 73-90 (abridged): Markdown headings, a trailing Markdown line break, a short leader
MARKDOWN_TOC = """## 市政府文件

温州市人民政府关于进一步完善和落实劳动模范待遇的通知  
（温政发〔2021〕8号）……………（02）

## 政务简讯

市委常委会会议研究部署非公企业党建和安全发展有关工作等简讯5则…（33）

ZJCC00 - 2021 - 0002
"""

# 2020-11, lines 96-100
INTERPRETATION_TOC = """政策解读

《温州市市区征收农民集体所有土地 管理办法》政策解读……………（22）

《温州市医疗救助办法》政策解读……………（26）

ZJCC00-2020-0015
"""

# 2020-06's contents as a printed PDF gives them when they run over two pages: the page number
# (and a running header, dropped by the cleaner) between two entries
TWO_PAGE_TOC = CLEAN_TOC.replace("机构人事\n", "·  2  ·\n温州市人民政府公报（总第217期）\n\n机构人事\n")

TOC_CASES = {
    "entry_wrapped_over_two_lines": (
        CLEAN_TOC, 1,
        TocEntry("市府办文件", "温州市人民政府办公室关于印发温州市养老服务高质量发展三年行动计划（2020—2022年）的通知",
                 "温政办〔2020〕59号", 13),
    ),
    "doc_number_on_its_own_line": (
        CLEAN_TOC, 0, TocEntry("市政府文件", "温州市人民政府关于调整市政府领导分工的通知", "温政发〔2020〕10号", 2),
    ),
    "joint_issuers_keep_one_space": (
        CLEAN_TOC, 2,
        TocEntry("部门文件", "温州市公安局 温州市农业农村局关于对拖拉机实施全市道路限行的通告", "温公通〔2020〕37号", 30),
    ),
    "section_entry_has_no_doc_number": (CLEAN_TOC, 3, TocEntry("机构人事", "6月份市政府人事任免", None, 32)),
    "news_entry": (CLEAN_TOC, 4, TocEntry("政务简讯", "市政府常务会议学习《民法典》等简讯6则", None, 33)),
    "markdown_heading_and_trailing_spaces": (
        MARKDOWN_TOC, 0, TocEntry("市政府文件", "温州市人民政府关于进一步完善和落实劳动模范待遇的通知", "温政发〔2021〕8号", 2),
    ),
    "entry_with_a_short_leader": (
        MARKDOWN_TOC, 1, TocEntry("政务简讯", "市委常委会会议研究部署非公企业党建和安全发展有关工作等简讯5则", None, 33),
    ),
    "entry_after_a_page_break_inside_the_contents": (TWO_PAGE_TOC, 3, TocEntry("机构人事", "6月份市政府人事任免", None, 32)),
    "news_entry_after_a_page_break_inside_the_contents": (
        TWO_PAGE_TOC, 4, TocEntry("政务简讯", "市政府常务会议学习《民法典》等简讯6则", None, 33),
    ),
    "interpretation_title_loses_its_line_break_space": (
        INTERPRETATION_TOC, 0, TocEntry("政策解读", "《温州市市区征收农民集体所有土地管理办法》政策解读", None, 22),
    ),
}


# a 济南 (山东) TOC entry written for the test (title and number invented), laid out as a scan reads a TOC whose title filled its line: the bracket
# before the number, set at the second line's start, left unread
NUMBER_LOST_ITS_BRACKET_TOC = """市政府文件
济南市人民政府关于印发《济南市城市道路照明管理办法》的通知
济政发〔2021〕9号）……（02）
人事任免
人事任免……（03）
"""
BRACKET_ON_THE_TITLE_LINE_TOC = """市政府文件
济南市人民政府关于印发《济南市城市道路照明管理办法》的通知（济
政发〔2021〕9号）……（02）
人事任免
人事任免……（03）
"""
TOC_CASES.update({
    "doc_number_whose_opening_bracket_a_scan_lost_at_the_line_start": (
        NUMBER_LOST_ITS_BRACKET_TOC, 0,
        TocEntry("市政府文件", "济南市人民政府关于印发《济南市城市道路照明管理办法》的通知", "济政发〔2021〕9号", 2),
    ),
    "doc_number_whose_bracket_ends_the_line_above": (
        BRACKET_ON_THE_TITLE_LINE_TOC, 0,
        TocEntry("市政府文件", "济南市人民政府关于印发《济南市城市道路照明管理办法》的通知", "济政发〔2021〕9号", 2),
    ),
})


@pytest.mark.parametrize("text, index, expected", TOC_CASES.values(), ids=TOC_CASES.keys())
def test_toc_entry(text, index, expected):
    entries, _ = parse_toc(clean.cleaned_texts(text))
    assert entries[index] == expected


@pytest.mark.parametrize(
    "text, count, first_body_line",
    [(CLEAN_TOC, 5, "温州市人民政府"), (TWO_PAGE_TOC, 5, "温州市人民政府"), (MARKDOWN_TOC, 2, "ZJCC00 - 2021 - 0002"), (INTERPRETATION_TOC, 2, "ZJCC00-2020-0015")],
    ids=["clean", "over_two_pages", "markdown", "interpretations"],
)
def test_toc_ends_before_the_body(text, count, first_body_line):
    lines = clean.cleaned_texts(text)
    entries, end = parse_toc(lines)
    assert (len(entries), lines[end]) == (count, first_body_line)


def test_text_without_toc_gives_no_entries():
    assert parse_toc(clean.cleaned_texts("温州市人民政府公报（总第217期）\n\n一、总体要求\n")) == ([], 0)


TITLE_CASES = {
    "line_break_spaces_removed": (
        "温州市人民政府办公室 关于进一步加强工业用地高质量利用 全周期管理的若干意见",
        "温州市人民政府办公室关于进一步加强工业用地高质量利用全周期管理的若干意见",
    ),
    "joint_issuers_on_separate_lines": (
        "温州市公安局 温州市农业农村局 关于对拖拉机实施全市道路限行的通告",
        "温州市公安局 温州市农业农村局关于对拖拉机实施全市道路限行的通告",
    ),
    "space_before_a_bracketed_year": (
        "温州市养老服务高质量发展三年行动计划 （2020—2022年）", "温州市养老服务高质量发展三年行动计划（2020—2022年）",
    ),
    "space_between_latin_words_kept": ("GB/T 19580 卓越绩效评价准则", "GB/T 19580卓越绩效评价准则"),
}


@pytest.mark.parametrize("printed, expected", TITLE_CASES.values(), ids=TITLE_CASES.keys())
def test_one_line_title(printed, expected):
    assert one_line_title(printed) == expected


@pytest.mark.parametrize(
    "title, issuers",
    [
        ("温州市公安局 温州市农业农村局关于对拖拉机实施全市道路限行的通告", ["温州市公安局", "温州市农业农村局"]),
        ("温州市人民政府办公室关于命名第六批“基本无违建乡镇（街道）”的通知", ["温州市人民政府办公室"]),
        ("温州市市区征收农民集体所有土地管理办法", []),
        # tests/data/SOURCES.md (docs21): the issuers before 转发 in a title without 关于 of their own (joined by 「、」, each its
        # own issuer: wild18), and before 印发
        ("北京市财政局、北京市水利局转发财政部、水利部《关于颁发〈特大防汛抗旱补助费使用管理暂行办法〉的通知》",
         ["北京市财政局", "北京市水利局"]),
        ("上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知", ["上海市人民政府"]),
        ("关于转发财政部《关于颁发〈特大防汛抗旱补助费使用管理暂行办法〉的通知》的通知", []),
    ],
    ids=["joint", "single", "order_title_names_no_issuer", "issuers_before_zhuanfa", "issuer_before_yinfa",
         "zhuanfa_after_guanyu_names_no_issuer"],
)
def test_split_issuers(title, issuers):
    assert split_issuers(title) == issuers


def test_text_before_guanyu_that_is_no_office_names_no_issuer():
    assert split_issuers("《关于改革城乡最低生活保障标准调整机制的通知》政策解读") == []


# A TOC's category heading under the names some issues print (issue 21 §1), plain or letter-spaced: the entry keeps the
# name printed (spaces dropped); kinds.of_category tells the kind it announces. The entries under them are real (the
# 遂宁 list's title, the 亳州 brief's; tests/data/SOURCES.md, toc21p).
PRINTED_NAMES = [
    pytest.param("人事任免", "遂宁市人民政府任免工作人员", "人事任免", "appointments", id="renshi_renmian"),
    pytest.param("人 事 任 免", "遂宁市人民政府任免工作人员", "人事任免", "appointments", id="renshi_renmian_letter_spaced"),
    pytest.param("## 人事任免", "遂宁市人民政府任免工作人员", "人事任免", "appointments", id="renshi_renmian_markdown"),
    pytest.param("机构人事", "遂宁市人民政府任免工作人员", "机构人事", "appointments", id="jigou_renshi"),
    pytest.param("政务动态", "市政府第二次全体会议召开等简讯2则", "政务动态", "news", id="zhengwu_dongtai"),
    pytest.param("政 务 动 态", "市政府第二次全体会议召开等简讯2则", "政务动态", "news", id="zhengwu_dongtai_letter_spaced"),
    pytest.param("政务简讯", "市政府第二次全体会议召开等简讯2则", "政务简讯", "news", id="zhengwu_jianxun"),
]


@pytest.mark.parametrize("heading, title, category, kind", PRINTED_NAMES)
def test_a_toc_category_is_the_name_the_issue_prints(heading, title, category, kind):
    entries, _ = parse_toc(["目  录", heading, f"{title}……………（06）", "政府记事", "12月份市政府记事……………（07）"])
    assert [(entry.category, entry.title) for entry in entries] == [(category, title), ("政府记事", "12月份市政府记事")]
    assert kinds.of_category(entries[0].category).key == kind


def test_an_entry_run_on_into_the_next_category_heading_is_the_entry_then_the_heading():
    """2020-09's appointments and briefs laid out as contents printed across a page turn (written for the test): the
    PDF reader joins the full line of leaders to the next page's first line, the news heading ('…（35）政务简讯');
    the briefs' entry keeps its column."""
    lines = ["机构人事", "9月份市政府人事任免……………（35）政务简讯", "市政府部署秋冬季疫情防控工作抓好常态化精密智控交出防疫高分报表等简讯3则…（36）",
             "9月份市政府人事任免"]
    entries, body_start = parse_toc(lines)
    assert [(e.category, e.title, e.page) for e in entries] == [
        ("机构人事", "9月份市政府人事任免", 35),
        ("政务简讯", "市政府部署秋冬季疫情防控工作抓好常态化精密智控交出防疫高分报表等简讯3则", 36)]
    assert body_start == 3
