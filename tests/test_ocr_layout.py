"""issues/ocr_layout.py: OCR's line boxes as the Segments issues.pdf lays out (no OCR here: boxes as data)."""

from dataclasses import replace

import pytest

from issues import ocr_boxes, ocr_layout, pdf
from tests.conftest import ocr_pass_only

pytestmark = ocr_pass_only  # layout without a database: CI's SQLite pass (the OCR tests' pass)


def seg(text: str, x0: float, x1: float, top: float, size: float = 10.5):
    return pdf.Segment(text, x0, x1, top, size)


@pytest.mark.parametrize(
    "pieces, lines",
    [
        ([seg("（温政发〔2019〕5号）", 104, 208, 134.6), seg("(02)", 267, 287, 135.4)], ["（温政发〔2019〕5号）……（02）"]),
        ([seg("号）", 75, 95, 206.3), seg("(03).", 155, 181, 205.9)], ["号）……（03）"]),
        ([seg("点的通知（温政办〔2019〕37号）", 75, 232, 291.9), seg(") ……(08)", 224, 315, 292.3)],
         ["点的通知（温政办〔2019〕37号）……（08）"]),
        ([seg("4月份市政府记事", 96, 233, 621.4), seg("…………", 233, 258, 621.0), seg("(41)", 260, 280, 621.9)],
         ["4月份市政府记事……（41）"]),
        ([seg("市建设，加快产业园区", 75, 310, 400), seg("(3)", 323, 340, 400.5), seg("项目可行性研究", 352, 557, 400)],
         ["市建设，加快产业园区", "(3)", "项目可行性研究"]),
        # fixture 2020-09's TOC entry for its appointments, as pdfgen prints it: the first leader dots read as a colon
        ([seg("9月份市政府人事任免：", 96, 240, 301.4), seg("……(02)", 240, 280, 301.9)], ["9月份市政府人事任免……（02）"]),
    ],
    ids=["page-after-leaders-lost", "wrapped-entry", "closing-bracket-read-twice", "leaders-apart", "numbered-item-mid-line",
         "first-leader-dots-read-as-a-colon"],
)
def test_a_toc_page_reference_read_apart_goes_back_to_its_title(pieces, lines):
    """OCR finds no line in the faint dotted leaders: the page number is a box of its own on the title's line."""
    assert [s.text for s in ocr_layout.toc_page_pieces(ocr_layout.same_lines(pieces))] == lines


JINAN_TITLE = "济南市人民政府关于印发《济南市城市道路照明管理办法》的通知"  # 济政发〔2021〕9号


@pytest.mark.parametrize(
    "pieces, lines",
    [
        ([seg(JINAN_TITLE, 47, 437, 135.1), seg("(02)", 53, 72, 152.3)], [JINAN_TITLE, "……（02）"]),
        ([seg(JINAN_TITLE + "（济政发〔2021〕9号） ——", 46, 471, 167.8), seg("(03)", 55, 72, 186.8)],
         [JINAN_TITLE + "（济政发〔2021〕9号）", "……（03）"]),
        ([seg(JINAN_TITLE, 47, 437, 135.1), seg("(02)", 420, 437, 152.3)], [JINAN_TITLE, "……（02）"]),
        ([seg("市建设，加快产业园区", 75, 310, 400), seg("(3)", 180, 197, 417)], ["市建设，加快产业园区", "(3)"]),
        ([seg("市建设，加快产业园区", 75, 310, 400), seg("(3)", 75, 92, 460)], ["市建设，加快产业园区", "(3)"]),
    ],
    ids=["page-wrapped-to-the-next-line-start", "leaders-read-as-dashes-then-the-page", "page-under-the-lines-end",
         "figure-mid-line-under-a-line", "figure-lines-below"],
)
def test_a_toc_page_reference_alone_under_its_title_ends_that_entry(pieces, lines):
    """A title that fills its line wraps its leaders and page to the next; OCR finds no line in the faint leaders (or
    reads the first line's as a dash) and the page stands alone under the title: put back as print sets it, the TOC
    ends the entry there (else the entry ran on into the next, two documents lost)."""
    assert [s.text for s in ocr_layout.toc_page_pieces(ocr_layout.same_lines(pieces))] == lines


@pytest.mark.parametrize(
    "x0, x1, strip, size, ends",
    [
        (560, 973, (551, 771), 35, (560, 973)),  # a centred title's start six characters inside a wide gutter
        (100, 560, (551, 771), 35, (100, 551)),  # a hanging 「，」 after a left column's line
        (760, 1150, (551, 771), 28, (771, 1150)),  # a right column line's speck before it
        (300, 900, (551, 571), 28, (300, 900)),  # across the whole gutter
        (700, 1150, (551, 771), 0, (771, 1150)),  # no size told: clipped as before
    ],
    ids=["title-over-a-wide-gutter", "hanging-comma", "speck-before-a-right-line", "across-the-gutter", "no-size"],
)
def test_a_line_reaching_far_into_the_gutter_across_its_middle_is_kept_whole(x0, x1, strip, size, ends):
    """A contents page's two short columns leave a wide gutter, and a title centred over them starts inside it: clipped
    to the right column as a column line is, its second line was lost."""
    assert ocr_layout.within_column(x0, x1, strip, size) == ends


@pytest.mark.parametrize(
    "read, x1, kept, end",
    [
        ("山东省人民政府文件.", 100.0, (0.0, 100.0), 100.0),  # the box already ends at its last character: stays there
        ("山东省人民政府文件.", 120.0, (0.0, 100.0), 113.7),  # the box reaches past the speck: moved in by its width
        ("山东省人民政府文件.", 100.0, None, 94.7),  # no characters placed: moved by the speck's width, as before
    ],
    ids=["box-trimmed-to-its-characters", "box-past-the-speck", "no-character-places"],
)
def test_a_lines_end_moves_past_a_dropped_speck_never_inside_its_last_character(read, x1, kept, end):
    """ocr_spaces.trimmed had moved a title line's box to its last character; moved again by the speck's width, the full
    line ended half an em short of its column's edge and was read as a paragraph's end (ocr14, written for the test)."""
    assert ocr_layout.without_dropped_ends(read, read[:-1], 0.0, x1, kept)[1] == pytest.approx(end, abs=0.1)


def test_boxes_of_one_printed_line_share_a_top_and_the_next_line_does_not():
    pieces = [seg("左栏", 75, 300, 100.0), seg("右栏", 323, 557, 101.8), seg("下一行", 75, 300, 116.0)]
    assert [s.top for s in ocr_layout.same_lines(pieces)] == [100.0, 100.0, 116.0]



def box(text: str, x0: float, x1: float, top: float = 1500.0, height: float = 46.0, chars: bool = True) -> ocr_boxes.Box:
    """A line box as the detector pads it (200 dpi, 10.5 pt: 29-pixel characters in a 46-pixel box),
    its characters where the recogniser places them, evenly from 9 pixels inside its ends."""
    width = (x1 - x0 - 18) / len(text)
    places = [(ch, x0 + 9 + n * width, x0 + 9 + (n + 1) * width) for n, ch in enumerate(text)] if chars else []
    return ocr_boxes.Box(text, 0.99, [(x0, top), (x1, top), (x1, top + height), (x0, top + height)], places)


@pytest.mark.parametrize(
    "boxes, gutter_middle, lines",
    [
        ([box("温政发〔2020〕23号", 914, 1205), box("温州市人民政府关", 1248, 1507)], 835.0,
         ["温政发〔2020〕23号 温州市人民政府关"]),
        ([box("温州市人民政府", 220, 430, top=1502), box("办公室", 412, 502)], 835.0, ["温州市人民政府办公室"]),
        ([box("左栏的最后一行文字", 220, 780), box("右栏的第一行", 853, 1200)], 835.0,
         ["左栏的最后一行文字", "右栏的第一行"]),
        ([box("住户存款", 220, 340), box("亿元", 380, 440), box("8447.98", 480, 600)], None, ["住户存款", "亿元", "8447.98"]),
        ([box("一、总则", 220, 400, height=66), box("第一条", 440, 550)], None, ["一、总则", "第一条"]),
        ([box("温政发〔2020〕23号", 220, 500), box("温州市人民政府关", 600, 860)], None, ["温政发〔2020〕23号", "温州市人民政府关"]),
        ([box("温政发〔2020〕23号", 220, 500), box("温州市人民政府关", 540, 800, top=1550)], None,
         ["温政发〔2020〕23号", "温州市人民政府关"]),
        ([box("次”改革工作例会。", 220, 488), box("1", 400, 440)], None, ["次”改革工作例会。", "1"]),
        ([box("温政办（2020〕74号", 226, 517, top=216, height=44), box("个 a", 508, 562, top=222, height=32),
          box("温州市人民政府办", 558, 828, top=217, height=44)], 835.5, ["温政办（2020〕74号 温州市人民政府办"]),
        ([box("住户存款", 220, 340), box("1", 380, 400, height=30), box("亿元", 440, 500)], None, ["住户存款", "1", "亿元"]),
        ([box("左栏的一行正文写满了这一栏", 170, 800), box("右栏的一行正文写满了这一栏", 860, 1500)], None,
         ["左栏的一行正文写满了这一栏", "右栏的一行正文写满了这一栏"]),
        # fixture 2020-09's issued-list row in the right column, its baseline 9 and 13 pixels under the left column's line
        # (a fixture line of its text): measured from that line, its second piece fell into the next line
        ([box("紧紧围绕温州经济社会发展战略目标，通", 220, 780), box("温政发〔2020〕23号", 914, 1205, top=1509),
          box("温州市人民政府关", 1248, 1507, top=1513)], 835.0,
         ["紧紧围绕温州经济社会发展战略目标，通", "温政发〔2020〕23号 温州市人民政府关"]),
    ],
    ids=["doc-number-and-title-two-ems-apart", "line-cut-without-blank", "two-columns", "table-row",
         "sizes-differ", "far-apart", "next-line", "one-read-inside-the-other", "dust-read-as-letters-in-the-blank",
         "small-cell-standing-apart", "two-column-lines-on-a-page-without-a-gutter", "pieces-measured-from-their-own-columns-line"],
)
def test_two_boxes_of_one_column_line_are_one_line(boxes, gutter_middle, lines):
    """The detector finds an issued-list row as two boxes two ems apart; print's text layer gives one line."""
    assert [b.text for b in ocr_layout.one_line_boxes(boxes, 0.0, (850.0, 1100.0), gutter_middle)] == lines


RIGHT_COLUMN = [box("右栏的一行正文写满了这一栏", 860, 1500, top=1400), box("右栏第二行正文写满这一栏", 860, 1500, top=1450)]


@pytest.mark.parametrize(
    "boxes, lines",
    [
        ([box("左栏的一行正文写满了这一栏", 170, 800), box("员。", 860, 925), *RIGHT_COLUMN],
         ["左栏的一行正文写满了这一栏", "员。", "右栏的一行正文写满了这一栏", "右栏第二行正文写满这一栏"]),
        ([box("左栏的一行正文写满了这一栏", 170, 800), box("员。", 860, 925)], ["左栏的一行正文写满了这一栏 员。"]),
    ],
    ids=["short-last-line-at-the-columns-edge", "no-column-edge-told"],
)
def test_a_columns_short_last_line_is_no_part_of_the_other_columns_line(boxes, lines):
    """On a page whose ink showed no gutter, a right column's last line of one character and a stop stood two sizes past
    the left column's line: taken as its end, the post it finished lost that character (ocr14, written for the test)."""
    assert [b.text for b in ocr_layout.one_line_boxes(boxes, 0.0, (850.0, 1100.0), None)] == lines


def test_a_speck_beside_a_box_does_not_hide_the_blank_before_the_next():
    """The box reaches past a speck; the recogniser's characters say where the doc number ends."""
    number = box("温政办〔2020〕73号", 877, 1257)
    number.chars = [(ch, 924 + 20 * n, 944 + 20 * n) for n, ch in enumerate(number.text)][:-1] + [("号", 1175, 1195)]
    title = box("温州市人民政府办", 1244, 1503)
    assert [b.text for b in ocr_layout.one_line_boxes([number, title], 0.0, (850.0, 1100.0), 835.0)] == [
        "温政办〔2020〕73号 温州市人民政府办"]


@pytest.mark.parametrize(
    "boxes, lines",
    [
        ([box("4月份市", 565, 825, top=1390, height=65, chars=False), box("政府记事", 833, 1107, top=1388, height=65, chars=False),
          box("劳动群众要把建功新时代与续写创新史结合起", 165, 822, top=1280), box("稳企聚能”五大行动, 落实20条举措,构建企业", 850, 1506, top=1230)],
         ["4月份市政府记事", "劳动群众要把建功新时代与续写创新史结合起", "稳企聚能”五大行动, 落实20条举措,构建企业"]),
        ([box("左栏的小标题", 500, 790, top=1390, height=65), box("右栏的小标题", 860, 1150, top=1390, height=65),
          box("左栏正文", 165, 822, top=1280), box("右栏正文", 850, 1500, top=1280)],
         ["左栏的小标题", "右栏的小标题", "左栏正文", "右栏正文"]),
        ([box("幼儿照护机构建设纳入近期三年以上的市级", 163, 823, top=1282, height=80, chars=False),
          box("律法规培训。各级政府要将婴幼儿照护纳入", 849, 1504, top=1284, height=80, chars=False),
          box("正文", 165, 300, top=1100), box("正文", 850, 1000, top=1100), box("正文", 165, 300, top=1000)],
         ["幼儿照护机构建设纳入近期三年以上的市级", "律法规培训。各级政府要将婴幼儿照护纳入", "正文", "正文", "正文"]),
        ([box("发", 700, 822, top=1390, height=66, chars=False), box("文目录", 831, 960, top=1390, height=66, chars=False),
          box("左栏正文写满一栏", 165, 822, top=1280), box("右栏正文写满一栏", 850, 1506, top=1280)],
         ["发文目录", "左栏正文写满一栏", "右栏正文写满一栏"]),
    ],
    ids=["heading-across-the-gutter", "two-column-headings-a-gutter-apart", "tall-column-lines-fill-their-columns",
         "heading-cut-where-the-whole-gutter-is-blank"],
)
def test_a_heading_set_across_the_gutter_is_one_line(boxes, lines):
    """2019-04 (scan, page 28): the chronicle's heading centred over both columns, read as two boxes
    8 pixels apart either side of a 35-pixel gutter (809-844); a heading off the gutter's centre, cut where the whole
    gutter is blank, its pieces the gutter's width apart (written for the test); headings of each column stand a gutter apart;
    2020-09 (scan, page 17): two column lines in boxes made tall by the line below, 26 pixels apart, fill their columns."""
    assert [b.text for b in ocr_layout.one_line_boxes(boxes, 0.0, (850.0, 1100.0), 826.5, 35.0)] == lines


@pytest.mark.parametrize(
    "own, usual, strip",
    [
        ((885, 908), (855.0, 907.0), (855.0, 907.0)),  # 2019-04 scan, page 31: specks narrowed it to 23 of the usual 52
        ((857, 906), (855.0, 907.0), (857, 906)),  # a page's own, as wide as the usual one
        ((811, 860), (855.0, 907.0), (811, 860)),  # the other side's text block (mirrored margins) is no narrowing
        ((600, 620), (855.0, 907.0), (600, 620)),  # a narrow strip elsewhere (a table's) is the page's own
        (None, (855.0, 907.0), None),  # a page with no gutter of its own stays so (a wide table)
        ((885, 908), None, (885, 908)),
    ],
    ids=["narrowed-by-specks", "own-gutter", "other-side", "elsewhere", "no-gutter", "no-usual-gutter"],
)
def test_a_gutter_narrowed_by_dust_is_the_usual_one(own, usual, strip):
    """Left lines' boxes reached past their column's edge to specks in the gutter: clipped to a 23-pixel strip they
    overlapped the right column's, and the page's lines were read across the columns."""
    assert ocr_layout.page_gutter(own, usual) == strip


@pytest.mark.parametrize(
    "boxes, lines",
    [
        ([box("9月份市政", 534, 876, top=624, height=61, chars=False), box("府人事任免", 879, 1222, top=624, height=61, chars=False),
          box("提出建立市社会力量投资建设与运营体育场所联", 211, 863, top=257), box("区）要参照建立相应的工作机制。", 888, 1349, top=257),
          box("市人民政府决定:", 267, 502, top=712), box("薛盛况的温州市珊溪水利枢纽管理中心主任", 956, 1551, top=760)],
         ["9月份市政府人事任免", "提出建立市社会力量投资建设与运营体育场所联", "区）要参照建立相应的工作机制。",
          "市人民政府决定:", "薛盛况的温州市珊溪水利枢纽管理中心主任"]),
        ([box("机构", 699, 878, top=497, height=70, chars=False), box("人事", 877, 1017, top=497, height=70, chars=False),
          box("提出建立市社会力量投资建设与运营体育场所联", 211, 863, top=257), box("区）要参照建立相应的工作机制。", 888, 1349, top=257)],
         ["机构人事", "提出建立市社会力量投资建设与运营体育场所联", "区）要参照建立相应的工作机制。"]),
        ([box("左栏写满的一行较大的字", 211, 863, top=624, height=61), box("右栏写满的一行较大的字", 899, 1551, top=624, height=61),
          box("提出建立市社会力量投资建设与运营体育场所联", 211, 863, top=257), box("区）要参照建立相应的工作机制。", 899, 1551, top=257)],
         ["左栏写满的一行较大的字", "右栏写满的一行较大的字", "提出建立市社会力量投资建设与运营体育场所联", "区）要参照建立相应的工作机制。"]),
    ],
    ids=["heading-over-half-a-column-each-side", "pieces-cut-at-the-pages-own-gutter", "larger-column-lines-fill-their-columns"],
)
def test_a_heading_wider_than_a_column_across_the_gutter_is_one_line(boxes, lines):
    """2020-09 (scan, page 26): 「9月份市政府人事任免」 centred over both columns, each piece just over half its
    column (342 of 652 pixels); the section's 「机构人事」 cut at the page's own gutter (864-891, its middle 877.5),
    a few pixels past the usual strip's middle (854-908: 881). Two column lines in larger type fill their columns."""
    assert [b.text for b in ocr_layout.one_line_boxes(boxes, 0.0, (850.0, 1100.0), 881.0, 54.0)] == lines


def title_block_page(gutter):
    """2020-09 (scan, page 7): a document's title block centred over both columns, its boxes cut at the page's own
    gutter (843-861, its middle 852) where the usual strip of its side is 809-863 (its middle 836)."""
    from issues.ocr import ScanPage  # noqa: PLC0415  (the OCR module loads rapidocr's settings)

    boxes = [box("温州市人", 679, 855, top=275, height=62, chars=False), box("民政府", 849, 987, top=275, height=62, chars=False),
             box("关于推进市区房屋征收补", 390, 855, top=336, height=59, chars=False),
             box("偿房票安置的实施意见", 849, 1278, top=336, height=59, chars=False),
             box("温政发〔20", 695, 853, top=399, height=52, chars=False), box("20〕24号", 851, 972, top=399, height=52, chars=False),
             box("各区人民政府，市各有关单位:", 223, 624, top=481, height=47), box("目 自行确定。", 857, 1031, top=482),
             box("为进一步完善我市市区房屋征收与补偿政", 217, 818, top=525, height=47),
             box("(四)实施范围。市区国有土地上房屋征收", 927, 1505, top=525),
             box("策，拓宽房屋征收与补偿安置渠道，保障被征收", 164, 816, top=572, height=42),
             box("与补偿全面推行房票安置。市区征收集体土地涉", 853, 1510, top=568, height=47)]
    boxes += [box("正文" * 10, x0, x0 + 650, top=620 + 45 * n, height=44) for n in range(8) for x0 in (164, 853)]  # the body below
    return ScanPage(6, 595.8, 842.04, 200, boxes, 1.0, gutter=gutter)


@pytest.mark.parametrize(
    "gutter, side_gutter, first",
    [
        ((843, 861), (809.0, 863.0), ["温州市人民政府", "关于推进市区房屋征收补偿房票安置的实施意见", "温政发〔2020〕24号"]),
    ],
    ids=["narrow-own-gutter-usual-strip-read"],
)
def test_a_title_block_cut_at_the_pages_own_gutter_is_one_line_each(gutter, side_gutter, first):
    """The boxes are cut where the page's own gutter is; their sides are told there, not by the usual strip
    read instead of a narrow one (its middle 16 pixels left: each piece reached past it and was of neither side)."""
    segments, _ = ocr_layout.segments(title_block_page(gutter), side_gutter, side_gutter)
    assert [s.text for s in sorted(segments, key=lambda s: (s.top, s.x0))][:3] == first


def em_box(text: str, x0: float = 130.0, pitch: float = 29.0) -> ocr_boxes.Box:
    """A line box at 200 dpi, its characters a pitch apart where the recogniser places them; a mark's place ends where
    its ink does (a third of its em), as the recogniser reads a comma at a line's end."""
    chars = [(ch, x0 + n * pitch, x0 + n * pitch + (pitch / 3 if ch in "，。、）" else pitch - 2)) for n, ch in enumerate(text)]
    return ocr_boxes.Box(text, 0.99, [(x0 - 9, 100), (chars[-1][2] + 9, 100), (chars[-1][2] + 9, 146), (x0 - 9, 146)], chars)


# 沪府发〔2017〕92号, 上海市人民政府's notice and its enclosure (tests/data/SOURCES.md, ocrlayout), as a column wraps them
@pytest.mark.parametrize(
    "text, moved",
    [
        ("加快转变政府职能、提高政府效能的必然要求，", "end"),
        ("《关于本市加强政务诚信建设的实施意见》印发", "start"),
        ("现将《关于本市加强政务诚信建设的实施意见", None),
        ("给你们，请认真按照执行。", None),
        ("上海市人民政府", None),
    ],
    ids=["comma-at-the-end-ends-where-its-em-does", "opening-bracket-starts-where-its-em-does", "ideographs-at-both-ends",
         "a-stop-may-end-a-paragraph-its-ink-decides", "no-marks"],
)
def test_a_scanned_lines_end_marks_reach_as_far_as_their_ems(text, moved):
    """Print sets a comma in the left half of its em, an opening bracket in the right half: a full column line ending
    in 「，」 has its ink end half an em and more short of the column's edge, and was read as a paragraph's end."""
    box = em_box(text)
    ink = (box.chars[0][1] + (14.5 if text[0] in "《“" else 0.0), box.chars[-1][2])
    second, last = 130 + 29 + 13.5, 130 + (len(text) - 2) * 29 + 13.5  # the middles of the ideographs beside the marks
    ends = (second - 1.5 * 29 if moved == "start" else ink[0], last + 1.5 * 29 if moved == "end" else ink[1])
    assert ocr_layout.em_ends(box, text, *ink) == ends


def column_line(text: str, x0: float, x1: float, top: float) -> pdf.Segment:
    return pdf.Segment(text, x0, x1, top, 10.0)


# 沪府发〔2017〕92号 set in two columns of 20 ems, as a scan's boxes give its lines: their ends stray by a point or
# two, two lines' boxes reaching 5 points into the gutter (held-out scans of the -a typesetting, in shape)
SHANGHAI_COLUMNS = [
    column_line("各区人民政府，市政府各委、办、局：", 48.2, 218.9, 120), column_line("现将《关于本市加强政务诚信建设的实施", 68.3, 248.1, 137),
    column_line("意见》印发给你们，请认真按照执行。", 50.1, 220.4, 154),
    column_line("关于本市加强政务诚信建设的实施意见", 61.0, 236.2, 180), column_line("一、总体要求", 48.6, 109.0, 205),
    column_line("（一）指导思想", 49.0, 119.0, 222),
    column_line("政务诚信是社会信用体系的重要组成部分。深", 276.9, 476.2, 120),
    column_line("入开展政务诚信建设，是深化简政放权、放管", 271.3, 475.1, 137),
    column_line("结合、优化服务改革和加快转变政府职能、提", 272.0, 476.6, 154),
    column_line("高政府效能的必然要求，有利于建立健全以信", 276.8, 475.4, 171),
    column_line("用为核心的新型市场监管机制，有利于建立一", 277.2, 476.0, 188),
    column_line("支守法守信、高效廉洁的公务员队伍，有利于", 276.7, 475.8, 205),
    column_line("营造风清气正的社会风气，培育良好经济社会", 277.0, 476.3, 222),
    column_line("发展环境。", 277.1, 327.0, 239),
]


def test_a_scans_column_edges_are_where_its_lines_meet_them_most():
    """Taken from the farthest line (a box reaching into the gutter), every flush line of the right column seemed
    indented and each was read as a paragraph of its own."""
    page = pdf.Page(1, 524.0, 738.0, [replace(s) for s in SHANGHAI_COLUMNS], jitter=ocr_layout.JITTER)
    texts = [line.text for line in pdf.lines_of([page]) if line.kind != "page_number"]
    assert texts[-1] == ("政务诚信是社会信用体系的重要组成部分。深入开展政务诚信建设，是深化简政放权、放管结合、优化服务改革和"
                         "加快转变政府职能、提高政府效能的必然要求，有利于建立健全以信用为核心的新型市场监管机制，有利于建立一支"
                         "守法守信、高效廉洁的公务员队伍，有利于营造风清气正的社会风气，培育良好经济社会发展环境。")
    assert texts[:2] == ["各区人民政府，市政府各委、办、局：", "现将《关于本市加强政务诚信建设的实施意见》印发给你们，请认真按照执行。"]


def scanned_page(index: int, header: str, top: float) -> pdf.Page:
    """A page of a two-page scan: its running header's box as high as the text's, its ink lower (8.5-point type over
    10.5), the text a column of 沪府发〔2017〕92号's enclosure running on over the page break."""
    body = [pdf.Segment(text, 48.0 + (20 if n == 0 and index == 0 else 0), 248.5 if n < 5 else 120.0, 70 + 17 * n, 9.5,
                        glyph=9.6) for n, text in enumerate(["政务诚信是社会信用体系的重要组成部分。", "深入开展政务诚信建设，是深化简政放",
                                                             "权、放管结合、优化服务改革和加快转变", "政府职能、提高政府效能的必然要求，有",
                                                             "利于建立健全以信用为核心的新型市场监", "管机制。"])]
    right = [pdf.Segment("有利于营造风清气正的社会风气，培育良好", 276.0, 476.0, 70 + 17 * n, 9.5, glyph=9.6) for n in range(6)]
    return pdf.Page(index, 524.0, 738.0, [pdf.Segment(header, 230.0, 295.0, top, 9.5, glyph=7.9), *body, *right],
                    jitter=ocr_layout.JITTER)


def test_a_short_scans_alternating_running_headers_are_told_by_their_ink():
    """Two pages show each header once; their boxes are as high as the text's and stand 1.8 points apart, in two
    roundings of the band: left in, a header was read into the text running on over the page break."""
    lines = pdf.lines_of([scanned_page(0, "上海市人民政府公报", 24.2), scanned_page(1, "2017年第24期", 26.0)])
    assert [line.text for line in lines if line.kind == "running"] == ["上海市人民政府公报", "2017年第24期"]
