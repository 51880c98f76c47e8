"""issues/ocr_layout.py: OCR's line boxes as the Segments issues.pdf lays out (no OCR here: boxes as data)."""

import pytest

from issues import ocr_layout, pdf
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
    ],
    ids=["page-after-leaders-lost", "wrapped-entry", "closing-bracket-read-twice", "leaders-apart", "numbered-item-mid-line"],
)
def test_a_toc_page_reference_read_apart_goes_back_to_its_title(pieces, lines):
    """OCR finds no line in the faint dotted leaders: the page number is a box of its own on the title's line."""
    assert [s.text for s in ocr_layout.toc_page_pieces(ocr_layout.same_lines(pieces))] == lines


def test_boxes_of_one_printed_line_share_a_top_and_the_next_line_does_not():
    pieces = [seg("左栏", 75, 300, 100.0), seg("右栏", 323, 557, 101.8), seg("下一行", 75, 300, 116.0)]
    assert [s.top for s in ocr_layout.same_lines(pieces)] == [100.0, 100.0, 116.0]
