"""Reading the print: gazette PDFs made by tests/pdfgen back to the text-export contract.

The generated PDFs are typeset as the printer does (tests/pdfgen lists the variations: Song,
Hei and Kai faces, letter-spaced and bold headings, mirrored margins, a one-column document,
changing running headers, tables with and without rules, title blocks at the foot of a page);
what was printed must come back paragraph for paragraph.
"""

import pdfplumber
import pytest

from issues import numbers
from issues.parser import regexes
from issues.pdf import (
    Area,
    Line,
    Page,
    Segment,
    compose,
    find_furniture,
    find_gutter,
    find_unruled_tables,
    paragraphs,
    read_page,
    read_pages,
    read_range_of_file,
    reading_order,
    require_text,
    segments_of,
)
from issues.sources import IngestError
from tests.conftest import database_independent

pytestmark = database_independent  # reads PDFs and builds pages: no database in it

# Two printings keep the suite fast; bench/pdf_bench.py checks every issue in every layout.
PRINTINGS = [("2019-04", "song-ruled")]  # other printings: see bench/pdf_bench.py
PAGE_LINE = regexes.PAGE_NUMBER_LINE


def without_page_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if not PAGE_LINE.match(line)]


@pytest.mark.parametrize("name, layout", PRINTINGS)
def test_every_printed_paragraph_comes_back_whole_and_in_reading_order(gazette_pdfs, name, layout):
    printed, text = gazette_pdfs(name, layout)
    assert without_page_lines(text) == printed.paragraphs


def test_plain_pdfplumber_interleaves_the_columns_that_we_keep_apart(gazette_pdfs):
    """The failure this module exists for: pdfplumber's extract_text reads across both columns."""
    printed, text = gazette_pdfs(*PRINTINGS[0])
    long_paragraphs = [p for p in printed.paragraphs if len(p) > 120 and "\t" not in p]
    with pdfplumber.open(gazette_pdfs.folder / "2019-04-song-ruled.pdf") as pdf:
        naive = "".join(page.extract_text().replace("\n", "") for page in pdf.pages[2:6])
    on_these_pages = [p for p in long_paragraphs if p[:12] in naive]
    assert len(on_these_pages) >= 5
    assert not any(p in naive for p in on_these_pages)
    assert all(p in text.splitlines() for p in on_these_pages)


@pytest.mark.parametrize("name, layout", PRINTINGS)
def test_running_headers_and_footers_are_gone(gazette_pdfs, name, layout):
    printed, text = gazette_pdfs(name, layout)
    lines = text.splitlines()
    assert not any(header in line for line in lines for header in printed.running_headers)
    assert not any(regexes.RUNNING_HEADER.match(line) for line in lines)


@pytest.mark.parametrize("name, layout", PRINTINGS)
def test_page_lines_carry_the_printed_numbers_in_order(gazette_pdfs, name, layout):
    printed, text = gazette_pdfs(name, layout)
    pages = [int(m["page"]) for m in map(PAGE_LINE.match, text.splitlines()) if m]
    assert pages == sorted(set(pages))
    assert pages[0] == 1 and pages[-1] == printed.last_page  # the cover has no number


@pytest.mark.parametrize("name, layout", PRINTINGS)
def test_each_document_title_follows_the_page_line_of_the_page_it_is_printed_on(gazette_pdfs, name, layout):
    printed, text = gazette_pdfs(name, layout)
    found, page = {}, None
    for line in text.splitlines():
        if match := PAGE_LINE.match(line):
            page = int(match["page"])
        elif (key := numbers.doc_key(line)) and regexes.DOC_NUMBER_FULL.match(line):
            found.setdefault(key, page)
    assert found == printed.document_pages


@pytest.mark.parametrize("gutter_at", [0.38, 0.5, 0.62], ids=["left-of-centre", "centred", "right-of-centre"])
def test_gutter_is_found_wherever_the_columns_leave_it(gutter_at):
    left_edge, right_edge = 60.0, 540.0
    middle = left_edge + (right_edge - left_edge) * gutter_at
    segments = []
    for n in range(30):
        top = 80.0 + 16 * n
        segments.append(Segment("左栏文字", left_edge + (21 if n % 7 == 0 else 0), middle - 9, top, 10.5))
        segments.append(Segment("右栏文字", middle + 9, right_edge - (40 if n % 5 == 0 else 0), top, 10.5))
    segments.append(Segment("温州市人民政府关于印发某某办法的通知", 180.0, 420.0, 600.0, 15.0))  # a title
    gutter = find_gutter(segments, Area(left_edge, right_edge))
    assert gutter is not None and gutter[0] <= middle <= gutter[1]
    assert gutter[1] - gutter[0] <= 20


def test_gutter_is_found_under_larger_headings_set_off_the_page_centre():
    """Section headings in a larger face, centred together with a drawn mark before them, stand off
    the page's centre and cross the gutter: three of them over short columns hid it."""
    segments = []
    for n in range(8):  # the columns' baselines need not line up
        segments.append(Segment("左栏文字左栏文字", 60.0, 288.0 - (90 if n == 7 else 0), 120.0 + 17 * n, 10.5))
        segments.append(Segment("右栏文字右栏文字", 312.0, 540.0 - (120 if n == 7 else 0), 128.0 + 17 * n, 10.5))
    segments += [Segment(heading, 276.0, 360.0, top, 17.0) for heading, top in
                 [("人 事 任 免", 84.0), ("政 务 简 讯", 270.0), ("政 府 记 事", 380.0)]]
    gutter = find_gutter(segments, Area(60.0, 540.0))
    assert gutter is not None and 287 <= gutter[0] and gutter[1] <= 313


def test_one_column_page_has_no_gutter():
    segments = [Segment("目录条目", 60.0, 540.0 - (200 if n % 3 else 0), 80.0 + 16 * n, 10.5) for n in range(30)]
    assert find_gutter(segments, Area(60.0, 540.0)) is None


def column_line(text, x0, x1, page=3, left=60.0, right=300.0, size=10.0):
    return Line(text, x0, x1, size, left, right, page)


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            [column_line("为加快实现人口规模适度、结构优化、素", 80, 300), column_line("质提升，进一步促进。", 60, 160)],
            ["·  3  ·", "为加快实现人口规模适度、结构优化、素质提升，进一步促进。"],
        ),
        (
            [column_line("一、工作目标", 80, 140), column_line("紧紧围绕温州经济社会发展战略目标", 80, 300)],
            ["·  3  ·", "一、工作目标", "紧紧围绕温州经济社会发展战略目标"],
        ),
        (
            [column_line("市政府之前制定的文件内容与本意见不一致", 80, 300), column_line("二、强化规划引领", 80, 160)],
            ["·  3  ·", "市政府之前制定的文件内容与本意见不一致", "二、强化规划引领"],
        ),
        (
            [column_line("落户，直系亲属可随迁；在市区具有合法", 60, 300, page=3), column_line("稳定就业满2年。", 60, 140, page=4),
             column_line("三、强化政策支持", 80, 160, page=4)],
            ["·  3  ·", "落户，直系亲属可随迁；在市区具有合法稳定就业满2年。", "·  4  ·", "三、强化政策支持"],
        ),
        (
            [Line("温州市人民政府办公室关于印发温州市区城中村改造攻坚五年", 66, 534, 15.0, 60, 540, 9),
             Line("行动实施方案的通知", 232, 368, 15.0, 60, 540, 9)],
            ["·  9  ·", "温州市人民政府办公室关于印发温州市区城中村改造攻坚五年行动实施方案的通知"],
        ),
        (
            [Line("温州市人民政府", 247, 353, 15.0, 60, 540, 9), Line("关于做好当前就业创业工作的补充通知", 172, 428, 15.0, 60, 540, 9)],
            ["·  9  ·", "温州市人民政府", "关于做好当前就业创业工作的补充通知"],
        ),
        (
            [Line("指标\t单位\t当月", 60, 540, 0.0, 60, 540, 40, table_row=True),
             Line("一、规模以上工业增加值\t亿元\t116.29", 60, 540, 0.0, 60, 540, 40, table_row=True)],
            ["·  40  ·", "指标\t单位\t当月", "一、规模以上工业增加值\t亿元\t116.29"],
        ),
    ],
    ids=[
        "full-line-continues-cjk-without-space",
        "short-line-ends-paragraph",
        "indented-line-starts-paragraph",
        "paragraph-over-page-break-stays-whole-page-line-after-it",
        "wrapped-centred-title-joined",
        "short-centred-title-lines-stay-apart",
        "table-rows-stay-rows",
    ],
)
def test_paragraphs_are_rebuilt_from_line_geometry(lines, expected):
    assert paragraphs(lines) == expected


# A justified column of running text (each full line ends on the edge, 300), then a list of
# appointments set flush, one a line (fixture 2020-06): the first row's characters nearly fill the column.
RUNNING_TEXT = [column_line("为贯彻落实浙江省人民政府关于做好当前和今后一个时期促", 80 if n == 0 else 60, 300) for n in range(24)]
ROWS = [column_line("张伟的温州市发展和改革委员会项目前期管理办公室主任职务；", 60, 297.5),
        column_line("董旭辉的温州市人力资源和社会保障局副局长职务；", 60, 260)]


@pytest.mark.parametrize(
    "full_line_end, expected_rows",
    [(300.0, [row.text for row in ROWS]), (297.0, ["".join(row.text for row in ROWS)])],
    ids=["justified-print-a-row-a-fraction-short-ends-there", "ragged-print-cannot-tell-and-joins-as-before"],
)
def test_a_flush_row_that_nearly_fills_a_justified_column_is_its_own_line(full_line_end, expected_rows):
    text = [Line(line.text, line.x0, full_line_end, line.size, line.left, line.right, line.page) for line in RUNNING_TEXT]
    text.append(column_line("为贯彻落实。", 60, 120))
    found = paragraphs([*text, *ROWS])
    assert found[2:] == expected_rows
    assert found[1] == "".join(line.text for line in text)


@pytest.mark.parametrize(
    "texts",
    [[], ["  ", "·"], ["(cid:1234)(cid:88)(cid:3091)" * 20]],
    ids=["image-only", "a-few-marks", "fonts-without-character-map"],
)
def test_a_text_layer_without_readable_text_needs_ocr(texts):
    page = Page(0, 595.0, 842.0, [Segment(text, 60.0, 300.0, 100.0 + 16 * n, 10.5) for n, text in enumerate(texts)])
    with pytest.raises(IngestError) as refused:
        require_text([page])
    assert refused.value.reason == "pdf_no_text" and "OCR" in refused.value.message


def test_a_text_layer_with_a_few_unmapped_characters_is_kept():
    page = Page(0, 595.0, 842.0, [Segment("温州市人民政府公报（总第217期）文件发布(cid:12)", 60.0, 300.0, 100.0, 10.5)])
    require_text([page])


def page_with(index: int, *segments: tuple[str, float]) -> Page:
    return Page(index, 595.0, 842.0, [Segment(text, 62.0, 300.0, top, 10.5) for text, top in segments])


@pytest.mark.parametrize(
    "footer, header",
    [
        (lambda n: f"·  {n}  ·", lambda n: "温州市人民政府公报（总第217期）" if n % 2 else "2020年第9期"),
        (lambda n: str(n), lambda n: "温州市人民政府公报（总第217期）"),
    ],
    ids=["dotted-numbers-alternating-headers", "bare-numbers-one-header"],
)
def test_running_bands_are_dropped_and_body_text_at_the_top_of_a_page_is_kept(footer, header):
    pages = [
        page_with(n, (header(n + 1), 40.0), (f"第{n}页正文第一行，各页不同", 84.0), ("正文", 400.0), (footer(n + 1), 800.0))
        for n in range(6)
    ]
    find_furniture(pages)
    assert [page.printed_no for page in pages] == [1, 2, 3, 4, 5, 6]
    assert [[s.text for s in page.segments] for page in pages] == [[f"第{n}页正文第一行，各页不同", "正文"] for n in range(6)]


def test_a_long_pdf_read_in_two_page_ranges_gives_the_same_text(gazette_pdfs):
    """What each of two worker processes reads (a range of pages) adds up to the whole file."""
    printed, text = gazette_pdfs(*PRINTINGS[0])
    half = printed.pages // 2
    ranges = read_range_of_file(printed.pdf, 0, half) + read_range_of_file(printed.pdf, half, printed.pages)
    assert [page.index for page in ranges] == list(range(printed.pages))
    assert compose(ranges) == compose(read_pages(printed.pdf, workers=1)) == text


def two_column_page(foot: list[Segment]) -> Page:
    segments = []
    for n in range(12):
        segments.append(Segment(f"左栏第{n}行", 62.0, 320.0, 84.0 + 16 * n, 10.5))
        segments.append(Segment(f"右栏第{n}行", 338.0, 539.0, 84.0 + 16 * n, 10.5))
    return Page(0, 595.0, 842.0, segments + foot, printed_no=2)


COLUMNS_IN_ORDER = [f"左栏第{n}行" for n in range(12)] + [f"右栏第{n}行" for n in range(12)]
TITLE_AT_FOOT = [
    Segment("温州市人民政府关于打造千万级常住人口城市的若干意见", 160.5, 440.5, 740.0, 15.0),
    Segment("温政发〔2020〕22号", 253.0, 348.0, 764.0, 10.5),
]
NOTE_AT_FOOT = [Segment("注：二氧化硫、氮氧化物的省属电厂减排核算未分解到各县（市、区）。", 62.0, 420.0, 740.0, 10.5)]


@pytest.mark.parametrize(
    "foot, expected",
    [
        (TITLE_AT_FOOT, [s.text for s in TITLE_AT_FOOT] + COLUMNS_IN_ORDER),
        (NOTE_AT_FOOT, COLUMNS_IN_ORDER + [s.text for s in NOTE_AT_FOOT]),
    ],
    ids=["centred-title-at-the-foot-is-read-first", "flush-left-note-at-the-foot-stays-last"],
)
def test_a_title_at_the_foot_of_a_page_heads_the_columns_above_it(foot, expected):
    lines = read_page(two_column_page(foot), Area(62.0, 539.0), (320.0, 338.0))
    assert [line.text for line in lines] == expected


# Large print, gutter left of the page's centre (300): a caption's last character carried to the top
# of the right column lies at the page's centre (fixture 2020-06's back matter).
CARRIED_OVER = [
    *[Segment("6月22日，龙湾区状元亭义工们将制作的2万来只粽子", 62.0, 278.0, 100.0 + 21 * n, 13.8) for n in range(6)],
    Segment("人", 293.0, 306.8, 104.0, 13.8),  # the columns' baselines need not line up
    *[Segment("6月24日，我市召开全市美丽城镇建设推进会", 293.0, 539.0, 125.0 + 21 * n, 13.8) for n in range(5)],
]


def test_a_character_carried_to_the_top_of_the_right_column_stays_there_though_at_the_page_centre():
    page = Page(0, 595.0, 842.0, CARRIED_OVER)
    lines = read_page(page, Area(62.0, 539.0), (279.0, 292.0))
    assert [line.text for line in lines] == [s.text for s in CARRIED_OVER]


def test_a_caption_at_a_column_foot_does_not_run_on_into_the_next_columns_caption():
    """Two captions (fixture 2021-05), the first nearly filling the right column at a page's foot."""
    first = Line("图1:公共卫生补短板之基建效果图", 313.3, 541.3, 15.3, 305.0, 549.3, 40)
    second = Line("图2:苍南7个公共卫生项目集体", 66.4, 272.9, 15.3, 62.0, 278.0, 41)
    last = Line("开工仪式", 136.0, 197.2, 15.3, 62.0, 278.0, 41)
    assert paragraphs([first, second, last]) == ["·  40  ·", first.text, "·  41  ·", second.text + last.text]


def test_the_generator_imports_nothing_from_the_code_it_tests():
    """tests/pdfgen decides its layout by its own rules, never by the parser's."""
    import subprocess
    import sys

    check = "import sys, tests.pdfgen; print(sorted(m for m in sys.modules if m == 'issues' or m.startswith('issues.')))"
    out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def chars(text: str, x0: float, advance: float, size: float = 10.5, gap: float = 0.0, font: str = "SimSun") -> list[dict]:
    out = []
    for ch in text:
        width = advance / 2 if ch.isascii() else advance
        out.append({"text": ch, "x0": x0, "x1": x0 + width, "top": 100.0, "bottom": 110.0, "size": size, "font": font})
        x0 += width + gap
    return out


@pytest.mark.parametrize(
    "pieces, expected",
    [
        ([("“双公示”", 0.0), ("制度", 3.0)], "“双公示”制度"),
        ([("《行政处罚法》", 0.0), ("第二十七条", 4.0)], "《行政处罚法》第二十七条"),
        ([("Daka", 0.0), ("China", 5.5)], "Daka China"),
        ([("GDP", 0.0), ("增长", 5.5)], "GDP增长"),
        ([("16-24", 0.0), ("岁", 0.5)], "16-24岁"),
    ],
    ids=["no-space-after-a-closing-quote", "no-space-after-a-closing-title-mark", "latin-words-keep-their-space",
         "no-space-between-latin-and-cjk", "a-number-and-its-unit"],
)
def test_spaces_are_read_from_gaps_only_between_latin_letters_and_digits(pieces, expected):
    line, x = [], 62.0
    for text, gap_before in pieces:
        x += gap_before
        line += chars(text, x, 10.5)
        x = line[-1]["x1"]
    assert [s.text for s in segments_of(line)] == [expected]


def test_a_letter_spaced_heading_stays_one_line_and_two_columns_stay_apart():
    heading = segments_of(chars("政务简讯", 200.0, 16.0, size=16.0, gap=24.0))
    columns = segments_of(chars("左栏文字", 62.0, 10.5) + chars("右栏文字", 320.0, 10.5))
    assert [s.text for s in heading] == ["政务简讯"]
    assert [s.text for s in columns] == ["左栏文字", "右栏文字"]


def test_a_justified_line_stretched_at_every_character_stays_one_line_figures_and_all():
    """A column line that a long Latin word left short (a web address carried down) is stretched at every character:
    its day marker's figures and the space after it are set as far apart as its letters (四川要闻 2023年第8期, the
    entry of 2月21日 laid out so). Cut there, '21' became a line of its own and '日' was glued to the entry before."""
    line = chars("21", 48.0, 10.5)  # a Latin word's figures are never stretched apart
    x = line[-1]["x1"] + 10.7
    for ch in "日\u3000成渝地区双城经济圈":
        line += chars(ch, x, 10.5)
        x = line[-1]["x1"] + 10.7
    assert [s.text for s in segments_of(line)] == ["21日\u3000成渝地区双城经济圈"]
    # figures in evenly spaced columns after a letter-spaced name are cells still (a gap of another width)
    row = chars("六盘水市", 48.0, 10.5, gap=5.0)
    for cell in ("86.85", "2.8"):
        row += chars(cell, row[-1]["x1"] + 30.0, 10.5)
    assert [s.text for s in segments_of(row)] == ["六盘水市", "86.85", "2.8"]


def test_a_printed_line_stretched_at_every_character_stays_whole():
    """The same through a PDF of the independent generator: the stretched line and the next read as one entry."""
    from issues.pdf import extract_text
    from tests.pdfgen import placed_pdf

    entry = [("21日\u3000成渝地区双城经济圈", 72.0, 151.0, 10.5, 10.7), ("建设工作推进会召开。", 72.0, 168.0, 10.5, 0.0)]
    assert extract_text(placed_pdf(entry)).split("\n")[:-1] == ["21日\u3000成渝地区双城经济圈建设工作推进会召开。"]


def test_a_table_without_rules_comes_back_as_tab_separated_rows():
    rows = [["指标", "单位", "当月", "同比"], ["一、规模以上工业增加值", "亿元", "86.85", "2.8"], ["#住户存款", "亿元", "——", ""]]
    starts = [62.0, 200.0, 260.0, 330.0]
    segments = [Segment(cell, x, x + 10.0 * len(cell), 300.0 + 12 * n, 7.5) for n, row in enumerate(rows)
                for cell, x in zip(row, starts) if cell]
    segments.append(Segment("温州市统计局制", 420.0, 490.0, 340.0, 10.5))
    page = Page(0, 595.0, 842.0, segments)
    find_unruled_tables(page)
    assert [table.rows for table in page.tables] == [["\t".join(row).rstrip("\t") for row in rows]]
    assert [s.text for s in page.segments] == ["温州市统计局制"]


def test_headers_naming_the_section_go_and_page_numbers_in_any_form_are_read():
    sections = ["市政府文件", "市政府文件", "政务简讯", "政务简讯", "政府记事", "统计资料"]
    pages = [
        page_with(n, (f"2019年第4期　{sections[n]}" if n % 2 else "温州市人民政府公报（总第200期）", 40.0),
                  (f"第{n}页正文第一行，各页不同", 84.0), ("正文", 400.0), (f"— {n + 1} —", 800.0))
        for n in range(6)
    ]
    find_furniture(pages)
    assert [page.printed_no for page in pages] == [1, 2, 3, 4, 5, 6]
    assert [[s.text for s in page.segments] for page in pages] == [[f"第{n}页正文第一行，各页不同", "正文"] for n in range(6)]


def test_a_day_marker_in_bold_after_a_full_line_is_its_own_line():
    lines = [Line("△ 副市长汪驰参加海南省温州商会会议。全市上下", 60, 300, 10.0, 60, 300, 3, font="SimSun"),
             Line("5日", 60, 80, 10.0, 60, 300, 3, font="SimHei"),
             Line("△ 市长姚高员参加中央专项督导浙江省工作动员会。", 60, 290, 10.0, 60, 300, 3, font="SimSun")]
    assert paragraphs(lines)[1:] == [lines[0].text, "5日", lines[2].text]


def test_a_page_set_in_one_column_among_two_column_pages_is_read_line_by_line():
    two = [two_column_page([]) for _ in range(3)]
    for n, page in enumerate(two):
        page.index = n
    one = Page(3, 595.0, 842.0, [Segment(f"通栏第{n}行，这一页排成一栏，每行都跨过别页的中缝。", 62.0, 539.0 - (100 if n == 11 else 0),
                                         84.0 + 16 * n, 10.5) for n in range(12)], printed_no=3)
    lines = reading_order(two + [one])
    assert [line.text for line in lines if line.page == 3] == [s.text for s in one.segments]



def test_a_centred_caption_after_a_wrapped_one_is_its_own_line():
    """The wrapped caption's last line nearly fills the column but is narrower than its first: the
    caption ends there (2021-05 back matter in the Kai layout)."""
    lines = [Line("图4:2020年1月,全国农村订单定向医", 341.6, 536.0, 12.0, 338.0, 539.3, 27),
             Line("学生培养10周年工作会议在苍召开", 347.6, 530.0, 12.0, 338.0, 539.3, 27),
             Line("图5:医共体建设6:3:1考核现场", 359.0, 518.6, 12.0, 338.0, 539.3, 27)]
    assert paragraphs(lines)[1:] == ["图4:2020年1月,全国农村订单定向医学生培养10周年工作会议在苍召开", "图5:医共体建设6:3:1考核现场"]


@pytest.mark.parametrize(
    "jitter, top, kept",
    [
        (2.5, 37.5, []),  # 2020-09 scan, page 27: its section's header 1.5 points above the bands' 39
        (2.5, 44.0, ["2020年第9期 政务简讯"]),  # further off than a scan's jitter: not at the band
        (0.0, 37.0, ["2020年第9期 政务简讯"]),  # a printed PDF's glyphs stand where print set them
    ],
    ids=["scan-header-a-little-high", "scan-line-below-the-band", "printed-line-a-little-high"],
)
def test_a_scans_header_naming_its_section_a_little_off_the_band_is_furniture(jitter, top, kept):
    """OCR boxes stray by a point or two: the header found once (its section's name) stood in the next
    height's rounding and was read as the right column's first line, glued to it (「2020年第9期 政务简讯革发展…」)."""
    pages = [page_with(n, ("2020年第9期" if n % 2 else "温州市人民政府公报（总第217期）", 39.2),
                       (f"第{n}页正文第一行", 84.0), ("正文", 400.0)) for n in range(6)]
    pages[5].segments[0] = Segment("2020年第9期 政务简讯", 62.0, 300.0, top, 10.5)
    for page in pages:
        page.jitter = jitter
    find_furniture(pages)
    assert [s.text for s in pages[5].segments][:-2] == kept


# --- a table without rules whose cells wrap (issue 21, misc21f): '亿' over '元' in a narrow unit column, a long indicator on two
# lines, set from the row's top or centred in it. Rows of the 上海市统计局 tables (tests/data/SOURCES.md, "table cells" and
# "misc21f"): 社会消费品零售总额 1478.53 0.3 11864.63 -10.7 · 信息传输、软件和信息技术服务业 1819.13 5.3, the second laid out
# with a longer name written for the test so that it wraps
WRAPPED_TITLE = "2022年9月上海市主要经济指标"
WRAPPED_ROWS = [
    "指标\t单位\t当月\t同比 ± %\t累计\t同比 ± %",
    "社会消费品零售总额\t亿元\t1478.53\t0.3\t11864.63\t-10.7",
    "　　#信息传输、软件和信息技术服务业、租赁和商务服务业规模以上企业营业收入\t亿元\t——\t——\t1819.13\t5.3",
    "　　#批发零售业\t亿元\t1363.93\t0.6\t11055.38\t-9.4",
]


@pytest.mark.parametrize("cells", ["top", "middle"])
def test_a_table_without_rules_whose_cells_wrap_keeps_each_row_whole(cells):
    from dataclasses import replace

    from issues.parser import parse_issue
    from issues.pdf import extract_text
    from tests.pdfgen import LAYOUTS, issue_pdf
    from tests.test_read_variations import layout

    text = layout(2022, 9, [("统计资料", WRAPPED_TITLE)], [WRAPPED_TITLE, *WRAPPED_ROWS, "上海市统计局"])
    parsed = parse_issue(extract_text(issue_pdf(text, replace(LAYOUTS["kai-unruled"], wrapped_unruled=cells)).pdf))
    rows = parsed.to_export()["statistics"]["rows"]
    assert [(r["indicator"], r["unit"], str(r["cumulative"])) for r in rows] == [
        ("社会消费品零售总额", "亿元", "11864.63"),
        ("信息传输、软件和信息技术服务业、租赁和商务服务业规模以上企业营业收入", "亿元", "1819.13"),
        ("批发零售业", "亿元", "11055.38")]
    assert [w for w in parsed.warnings if w.is_loss] == []
