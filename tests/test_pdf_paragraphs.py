"""Where the reader ends a paragraph (issues/pdf/paragraphs.py, issues/pdf/columns.py): classes of
layout the held-out prints showed, each rebuilt here from hand-placed lines of fixture text.

Appointment rows are fixture 2020-06's (6月份市政府人事任免), running text its documents'.
"""

import pytest

from issues.pdf import Area, Line, Page, Segment, paragraphs, read_page, reading_order
from tests.conftest import database_independent

pytestmark = database_independent

RUNNING = "为贯彻落实浙江省人民政府关于做好当前和今后一个时期促"
ROWS = [  # (a row's lines as a narrow column breaks them): the first line of each fills the column
    ["徐志宏任温州市公安局副局长，免去其温", "州市公安局交通管理局局长职务；"],
    ["林姜歆任温州市质量技术监督科学研究", "院院长，免去其温州市质量技术监督检测院院长职务；"],
    ["戚速任温州市政务服务管理中心主任，免", "去其温州市行政审批与公共资源交易服务管理中心主任职务；"],
    ["胡时进任温州建设集团有限公司副总经理", "，免去其温州市瓯飞开发建设投资集团有限公司董事长、总经理职务；"],
    ["戴源涌、林志海任温州市住房公积金管理", "中心副主任（试用期一年）；"],
]
NEARLY_FULL = "陈先夏任南麂列岛国家级海洋自然保护区管"  # a row whose characters all but fill the column
NEXT_ROW = "董旭辉的温州市人力资源和社会保障局副局长职务；"


def face_line(text, x0, x1, font, left=60.0, right=300.0):
    return Line(text, x0, x1, 10.0, left, right, 3, font=font)


def appointment_list(full_line_end: float) -> list[Line]:
    """A justified (or ragged) column of running text in Kai, then a list of rows set flush in Song."""
    lines = [face_line(RUNNING, 80 if n == 0 else 60, full_line_end, "Kai") for n in range(24)]
    lines.append(face_line("为贯彻落实。", 60, 120, "Kai"))
    for first, rest in ROWS:
        lines += [face_line(first, 60, full_line_end, "Song"), face_line(rest, 60, 200, "Song")]
    return lines + [face_line(NEARLY_FULL, 60, 298.1, "Song"), face_line(NEXT_ROW, 60, 280, "Song")]


@pytest.mark.parametrize(
    "full_line_end, expected_last",
    [(300.0, [NEARLY_FULL, NEXT_ROW]), (297.0, [NEARLY_FULL + NEXT_ROW])],
    ids=["justified-print-its-few-song-lines-agree-the-row-ends", "ragged-print-cannot-tell-and-joins"],
)
def test_a_face_with_too_few_full_lines_of_its_own_is_judged_with_the_whole_print(full_line_end, expected_last):
    """Song rows among Kai documents (held-out appointment lists): five full Song lines are too few
    to tell on their own whether Song is set justified; the print's Kai lines tell."""
    found = paragraphs(appointment_list(full_line_end))
    assert found[-len(expected_last):] == expected_last
    assert found[2:7] == ["".join(row) for row in ROWS]


def right_column_page(right_start: float) -> Page:
    """A page of two columns: running text on the left, a list of rows set flush on the right."""
    left = [Segment(RUNNING, 62.0 if n else 83.0, 278.0, 90.0 + 16 * n, 10.5) for n in range(24)]
    rows = [Segment(text, right_start, 539.0 if n % 2 == 0 else 420.0, 90.0 + 16 * n, 10.5)
            for n, text in enumerate(line for row in ROWS for line in row)]
    rows.append(Segment(NEARLY_FULL, right_start, 537.2, 90.0 + 16 * len(rows), 10.5))
    rows.append(Segment(NEXT_ROW, right_start, 500.0, 90.0 + 16 * len(rows), 10.5))
    return Page(0, 595.0, 842.0, left + rows, printed_no=3)


def test_the_right_column_starts_where_its_flush_lines_do_not_on_the_gutters_whole_point():
    """The gutter is found on whole points (292 here), the right column's lines start at 292.9: read
    from 292, every full line there seemed set with margins, as a centred title is, and never
    ended its paragraph where it ends: the row that nearly fills the column ran on into the next."""
    lines = read_page(right_column_page(292.9), Area(62.0, 539.0), (279.0, 292.0))
    assert {line.left for line in lines if line.x0 > 290} == {292.9}
    assert paragraphs(reading_order([right_column_page(292.9)]))[-2:] == [NEARLY_FULL, NEXT_ROW]


def full_line(text):
    return Line(text, 60.0, 300.0, 10.0, 60.0, 300.0, 3)


@pytest.mark.parametrize(
    "pieces, expected",
    [
        (["GAZETTE OF THE PEOPLE'S GOVERNMENT", "OF WENZHOU MUNICIPALITY"],
         "GAZETTE OF THE PEOPLE'S GOVERNMENT OF WENZHOU MUNICIPALITY"),
        (["GAZETTE OF THE PEOPLE'S GOVERNMENT ", "OF WENZHOU MUNICIPALITY"],
         "GAZETTE OF THE PEOPLE'S GOVERNMENT OF WENZHOU MUNICIPALITY"),
        (["力。到2025", "年人口规模适度增加"], "力。到2025年人口规模适度增加"),
        (["全市常住人口达到", "1000万人"], "全市常住人口达到1000万人"),
        (["（2021-20", "25年）"], "（2021-2025年）"),
    ],
    ids=["latin-words-the-break-dropped-the-space", "space-printed-at-the-line-end", "number-then-cjk",
         "cjk-then-number", "inside-a-number"],
)
def test_a_space_is_read_at_a_line_break_only_between_latin_words(pieces, expected):
    """Print breaks Latin words only at their spaces and drops the space there (fixture 2019-04's
    English name in its back matter): joined back, Latin words get their space, CJK and numbers none."""
    assert paragraphs([full_line(piece) for piece in pieces] + [Line("。", 60, 70, 10.0, 60, 300, 3)])[1] == expected + "。"


def centred(text, width, left=338.0, right=538.0):
    x0 = (left + right - width) / 2
    return Line(text, x0, x0 + width, 12.0, left, right, 27)


ENGLISH_NAME = ["GAZETTE OF THE PEOPLE'S GOVERNMENT", "OF WENZHOU MUNICIPALITY"]


@pytest.mark.parametrize(
    "lines",
    [
        [centred("GAZETTE OF THE PEOPLE'S", 165.6), centred("GOVERNMENT", 72.0), centred(ENGLISH_NAME[1], 165.6)],
        [centred(ENGLISH_NAME[0], 176.0), centred(ENGLISH_NAME[1], 149.6)],
    ],
    ids=["wrapped-a-word-short-of-full", "first-line-nearly-full-but-the-next-word-would-fit"],
)
def test_a_centred_latin_title_is_joined_where_it_wrapped_and_kept_apart_where_broken_on_purpose(lines):
    """Fixture 2019-04's back matter sets its English name on two lines, 'GAZETTE OF THE PEOPLE'S
    GOVERNMENT' over 'OF WENZHOU MUNICIPALITY'. In a narrow column the first wraps between words, a
    word short of full; in a wider one (the gutter at 0.53 of the page) it all but fills the column,
    yet 'OF' would have fitted after it: a deliberate break."""
    assert paragraphs(lines)[1:] == ENGLISH_NAME


def test_a_titles_last_character_carried_to_the_next_columns_top_is_joined_back():
    """Fixture 2021-05's statistics title in a column whose width it all but fills (gutter at 0.53):
    its last character went to the top of the next column, centred there."""
    first = Line("温州市2021年5月份国民经济主要统计指", 67.0, 301.0, 13.0, 62.0, 306.0, 40)
    carried = Line("标", 425.1, 438.1, 13.0, 324.0, 539.3, 40)
    assert paragraphs([first, carried])[1:] == ["温州市2021年5月份国民经济主要统计指标"]


BRIEF = ["4月2日，全市数字经济发展推进会暨政府数字", "化转型工作部署会召开。市委副书记、市长姚高", "员在会上指出，要切实增强实施数字经济“一号",
         "工程”的紧迫感，紧盯目标、聚焦重点、精准发力。"]  # fixture 2019-04's first brief


def test_a_last_page_with_only_its_left_column_printed_is_read_in_that_column():
    """The issue's last page holds a brief in its left column and nothing on the right: too sparse to
    show a gutter, it takes the file's, since its lines run up to it; read against the whole page's
    width, every line ended short and the brief came apart line by line."""
    def two_columns(index):
        left = [Segment(RUNNING, 62.0, 278.0, 150.0 + 16 * n, 10.5) for n in range(20)]
        right = [Segment(RUNNING, 292.9, 539.0, 150.0 + 16 * n, 10.5) for n in range(19)]
        end = Segment("为贯彻落实。", 292.9, 360.0, 150.0 + 16 * 19, 10.5)
        return Page(index, 595.0, 842.0, left + right + [end], printed_no=index + 3)

    last = [Segment(text, 83.0 if n == 0 else 62.0, 278.0 if n < 3 else 200.0, 150.0 + 16 * n, 10.5)
            for n, text in enumerate(BRIEF)]
    pages = [two_columns(0), two_columns(1), Page(2, 595.0, 842.0, last, printed_no=5)]
    assert paragraphs(reading_order(pages))[-1] == "".join(BRIEF)


def test_alternating_headers_of_a_two_page_issue_go_and_a_paragraph_runs_on_over_the_page():
    """Each header of a two-page issue is printed once (the gazette's name, then year and number),
    so neither recurs by its words; both stand at one height in the header band, smaller than the
    text. Left in, the second split a paragraph at the page break (a chronicle entry lost its end)."""
    headers = ["温州市人民政府公报", "2019年第4期（总第200期）"]
    pages = []
    for index, header in enumerate(headers):
        body = [Segment(RUNNING, 62.0 if n or index else 83.0, 539.0, 150.0 + 16 * n, 10.5) for n in range(30)]
        pages.append(Page(index, 595.0, 842.0, [Segment(header, 250.0, 345.0, 40.0, 8.5), *body], printed_no=index + 3))
    pages[1].segments.append(Segment("为贯彻落实。", 62.0, 130.0, 150.0 + 16 * 30, 10.5))
    found = paragraphs(reading_order(pages))
    assert found == ["·  3  ·", RUNNING * 60 + "为贯彻落实。"]
    assert [page.running for page in pages] == [[header] for header in headers]


# 2019-04's chronicle (4月份市政府记事) as its degraded scan's boxes place it: full lines end up to 2.5 points
# either side of the column's edge; an item ending nine points short of it, then a day marker set flush left
SCAN_ITEMS = [("△ 常务副市长陈建明参加人大代表建议提案", "交办会、全市森林防火工作紧急视频会议。")] * 24
DAY_AFTER_SHORT_ITEM = ["△副市长娄绍光督查平阳县环保整改工作。", "4日", "△ 市长姚高员、副市长汪驰参加市政府与浙"]


@pytest.mark.parametrize("jitter, expected", [(2.5, DAY_AFTER_SHORT_ITEM), (0.0, DAY_AFTER_SHORT_ITEM)],
    ids=["scan-its-edge-as-wide-as-its-jitter", "without-jitter-or-face-the-day-marker-alone-starts-its-day"])
def test_a_scans_full_lines_stray_by_its_jitter_and_a_line_short_of_the_edge_ends_its_paragraph(jitter, expected):
    """OCR's line ends stray by a point or two: judged on a print's 1-point edge no scan is justified, and an item
    ending a character short of the edge ran on into the day marker after it (「…整改工作。4日」)."""
    lines = []
    for n, (first, rest) in enumerate(SCAN_ITEMS):
        lines += [Line(first, 80.0, 300.0 + (2.0 if n % 3 == 0 else -1.8 if n % 3 == 1 else 0.4), 10.0, 60.0, 300.0, 27,
                       jitter=jitter), Line(rest, 60.0, 250.0, 10.0, 60.0, 300.0, 27, jitter=jitter)]
    for text, end in zip(DAY_AFTER_SHORT_ITEM, (291.0, 80.0, 301.5)):
        lines.append(Line(text, 60.0 if text == "4日" else 80.0, end, 10.0, 60.0, 300.0, 27, jitter=jitter))
    found = paragraphs(lines)
    assert found[-len(expected):] == expected


# fixture 2020-06's chronicle (6月份市政府记事) set in a narrow column, 12 characters a line, as a scan's boxes place it:
# full lines start up to 1.7 points inside the column's edge and end by it; each item's last line ends 6.7 points short of it
SCAN_COLUMN_ITEMS = ["市长姚高员，常务副市长陈建明，副市长汪驰、殷志军、孙维国、娄绍光、李无文、汤筱疏，市政府党组成员陈应许参加市政府常务会议和市长办公会。",
                     "市长姚高员，常务副市长陈建明，副市长汪驰、汤筱疏参加瓯江学院转设工作领导小组会议。"]


def test_a_scans_full_lines_starting_inside_the_edge_by_its_jitter_are_running_text_not_titles():
    """OCR's line starts stray by a point or two too: a full line starting 1.7 points inside its column's edge, about as
    far inside as it ends, looked set with margins (a title line), so that nearly no full line was left to show the
    print justified, and an item ending a little short of the edge ran on into the next one (2019-10's held-out scan)."""
    lines, n = [], 0
    for item in SCAN_COLUMN_ITEMS * 4:
        pieces = [item[k:k + 12] for k in range(0, len(item), 12)]
        for piece in pieces:
            n += 1
            start, end = 60.0 + (0.4, 1.7, 0.9)[n % 3], 250.0 - (0.0, 0.7, 1.1)[n % 3]
            lines.append(Line(piece, start, 243.3 if piece is pieces[-1] else end, 15.5, 60.0, 250.0, 27, jitter=2.5))
    assert paragraphs(lines)[1:5] == SCAN_COLUMN_ITEMS * 2


# fixture 2020-09's issued list (发文目录) in a narrow column as a scan's boxes place it: each row wraps, its last line
# ending within the page's jitter of the column's edge, as a full line does
SCAN_LIST_ROWS = [("温政发〔2020〕24号 温州市人民政府关于推进", "市区房屋征收补偿房票安置的实施意见"),
                  ("温政办〔2020〕74号 温州市人民政府办公室关", "于鼓励社会力量投资建设与运营体育场所的意见")]


def test_a_scanned_issued_list_row_starts_at_its_number_after_a_row_ending_by_the_edge():
    """Print ends a row's last line 1.9 points short of the edge where its characters all but fill it; a scan's ends stray
    by 2.5: the row ran on into the next one's number (「…的实施意见温政办〔2020〕74号 …」, 2016-01's held-out scan)."""
    lines = [Line(text, 60.0, end, 10.5, 60.0, 262.0, 27, jitter=2.5)
             for _ in range(12) for row in SCAN_LIST_ROWS for text, end in zip(row, (262.0, 260.1))]
    assert paragraphs(lines)[1:3] == ["".join(row) for row in SCAN_LIST_ROWS]


# fixture 2020-11's back cover (封底): a feature's title and a photograph's caption, in one column of the back matter
BACK_TITLE = ["高水平建设“四好农村路” 打通“", "绿水青山”向“金山银山”转化通道"]
CAPTION = ["11月2日，我市与浙江省机场集团举行", "温州龙湾国际机场三期扩建项目建设合", "作协议签约仪式"]


def back_cover(caption_size: float) -> list[Line]:
    """The title centred in Song, 14 points, its second line all but filling the column; the caption centred under it
    in Song too, as the typesetter placed both."""
    title = [Line(BACK_TITLE[0], 68.3, 285.3, 14.0, 62.0, 291.6, 48, font="Song"),
             Line(BACK_TITLE[1], 64.8, 288.8, 14.0, 62.0, 291.6, 48, font="Song")]
    ends = [(65.4, 288.2), (62.1, 291.6), (129.6, 224.1)]
    return title + [Line(text, x0, x1, caption_size, 62.0, 291.6, 48, font="Song") for text, (x0, x1) in zip(CAPTION, ends)]


@pytest.mark.parametrize("caption_size", [13.5, 13.0, 12.0],
                         ids=["caption-half-a-point-smaller", "caption-a-point-smaller", "caption-two-points-smaller"])
def test_a_back_covers_title_over_a_caption_in_a_smaller_size_stays_apart_from_it(caption_size):
    """A title's lines are set in one size: the caption under a title whose last line all but fills the column, in
    the same face half a point smaller, was read as the title's next line (the reader allowed half a point between
    the lines of one paragraph), and the title and the caption came out as one line with no warning."""
    assert paragraphs(back_cover(caption_size))[1:] == ["".join(BACK_TITLE), "".join(CAPTION)]


def scanned_line(text, x0, x1):
    """A scan's line: no face known, its ends straying by the page's jitter (issues.ocr_layout.JITTER)."""
    return Line(text, x0, x1, 10.5, 60.0, 300.0, 3, jitter=2.5)


@pytest.mark.parametrize(
    "lines, expected",
    [
        # 2020-06 printed without rules and scanned: an entry's last line filled the column, the next day under it
        ([("△ 副市长李无文参加蓝色海湾整治评审会。", 81.0, 299.0), ("3日", 60.0, 81.0),
          ("△ 市长姚高员检查防汛工作。", 81.0, 220.0)],
         ["△ 副市长李无文参加蓝色海湾整治评审会。", "3日", "△ 市长姚高员检查防汛工作。"]),
        ([("△ 市长姚高员，常务副市长陈建明，副市长汪驰参加书记专题会议、市政府常务", 81.0, 299.0),
          ("会议和市长办公会。", 60.0, 160.0)],
         ["△ 市长姚高员，常务副市长陈建明，副市长汪驰参加书记专题会议、市政府常务会议和市长办公会。"]),
    ],
    ids=["scanned-day-marker-under-a-full-line-starts-its-day", "scanned-entry-wrapped-stays-one"],
)
def test_a_scanned_chronicle_day_marker_is_never_the_end_of_the_line_above(lines, expected):
    assert paragraphs([scanned_line(*line) for line in lines])[1:] == expected  # after the page number's line


# ocr14, written for the test: a 人大常委会 decision's title over a scan's justified running text (山东)
DECISION_TITLE = ["山东省人民代表大会常务委员会关于任命王某", "为山东省人民政府副省长的决定"]
SCANNED_RUNNING = "会议决定任命王某为山东省人民政府副省长，任期"


@pytest.mark.parametrize("title_size, expected", [(12.0, ["".join(DECISION_TITLE)]), (10.0, DECISION_TITLE)],
                         ids=["title-set-larger-wraps", "line-of-the-texts-size-short-of-the-edge-ends"])
def test_a_scanned_title_set_larger_than_its_justified_text_is_set_ragged(title_size, expected):
    """A scan shows no faces: where its running text is justified, a title's first line stopping a fraction short of
    the edge was read as a paragraph's end, and the decision's title came apart (its appointment lost). A line set
    larger than the text is a title's, set ragged, as a PDF's title face is."""
    lines = [Line(DECISION_TITLE[0], 60.0, 290.0, title_size, 60.0, 300.0, 3, jitter=2.5),
             Line(DECISION_TITLE[1], 60.0, 220.0, title_size, 60.0, 300.0, 3, jitter=2.5)]
    lines += [Line(SCANNED_RUNNING, 60.0, 299.5, 10.0, 60.0, 300.0, 3, jitter=2.5) for _ in range(24)]
    assert paragraphs(lines)[1:len(expected) + 1] == expected


# 上海 news of 2023-03 as a district's 大事记 sets its entries (chron19's rows, tests/data/SOURCES.md), in a scan's column:
# an entry's last line ending by the edge, within the page's jitter, as a full line does
SCAN_CHRONICLE = [("3日 市委书记陈吉宁主持召开市委常委会", 262.0), ("会议，研究部署近期重点工作。", 261.2),
                  ("同日 市长龚正主持召开2023年第5次市政", 261.8), ("府常务会议。", 130.0)]


def test_a_scanned_line_opening_with_a_spaced_day_marker_starts_its_entry_after_a_full_line():
    """A scan shows no bold: a day marker and its gap opening a line start the entry, though the line above ended by the
    edge (the entry before ran on into 「同日 …」 and the day's entry was lost)."""
    lines = [Line(text, 60.0, end, 10.5, 60.0, 262.0, 27, jitter=2.5) for text, end in SCAN_CHRONICLE]
    assert paragraphs(lines)[1:] == ["3日 市委书记陈吉宁主持召开市委常委会会议，研究部署近期重点工作。",
                                     "同日 市长龚正主持召开2023年第5次市政府常务会议。"]
