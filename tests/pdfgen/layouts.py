"""The page's geometry and the layouts: how one printing of an issue differs from another."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT, MARGIN_RIGHT = 62.0, 56.0
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
TEXT_LEFT, TEXT_RIGHT = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
BODY_TOP, BODY_BOTTOM = PAGE_HEIGHT - 74.0, 62.0
HEADER_BASELINE, FOOTER_BASELINE = PAGE_HEIGHT - 50.0, 34.0
GUTTER = 18.0

TITLE_SIZE, TITLE_LEADING = 15.0, 22.0
SECTION_SIZE = 16.0
TABLE_SIZE, TABLE_LEADING, CELL_PAD = 7.5, 10.0, 3.0
UNRULED_GAP = 9.0  # white space between the columns of a table printed without rules
COVER_SIZE = 13.0
BLOCK_GAP = 12.0



@dataclass(frozen=True)
class Layout:
    """How one printing differs from another."""

    name: str
    gutter_at: float = 0.5  # centre of the gutter, as a fraction of the text width
    body_size: float = 10.5
    mirrored: float = 0.0  # points the text block moves outward on odd pages
    document_face: str = "song"  # the face of documents' body text
    sections: str = "spanning"  # section headings: "spanning" the page or centred over a "column"
    letter_spaced: bool = False  # section headings letter-spaced
    headings: str = "hei"  # numbered headings: "hei" or "faux-bold" (overprinted a hair apart)
    ruled_tables: bool = True  # False: tables whose rows fit on a line are set without rules
    wrapped_unruled: str = ""  # "top" / "middle": every table set without rules, its cells wrapped in columns as narrow
    # as their heading ('亿' over '元' under '单位', a long indicator on two lines), set from the row's top or centred in it
    one_column_document: int | None = None  # this document (from 0) set in one column
    title_at_foot: bool = False  # title blocks at the foot of their document's first page
    footer: str = "·  {n}  ·"
    section_headers: bool = False  # odd pages' running header names the current section
    cover: bool = True  # False: the cover is a sheet printed apart, so the file names the issue only
    # in its running headers (温州市人民政府公报（总第200期） / 2019年第4期)
    section_mark: bool = False  # a section heading opens with a drawn mark (a bar), centred with it:
    # its words stand right of the page's centre
    indent: float = 2.0  # body paragraphs' first-line indent in characters (0: set flush, as lists often are)
    figures: str = "left"  # "right": in tables without rules, figures set flush right in their column
    title_breaks: bool = False  # a brief's title broken where the text export has a space between CJK
    # ('全市数字经济发展推进会暨 政府数字化转型工作部署会召开'): two centred lines, as first printed
    press: bool = False  # briefs set as papers set them: kicker, subtitle and byline in Kai over the text, a dateline
    # (本报讯) in bold, a photograph's caption centred under it, credit lines set right
    headlines: str = "column"  # "spanning": briefs' titles (and kickers) set across the page over their text's columns
    numerals: str = "arabic"  # "chinese": the odd pages' header names year and number as covers do (二〇一九年第四期)

    @property
    def leading(self) -> float:
        return round(self.body_size * 1.52, 1)


LAYOUTS = {
    "song-ruled": Layout("song-ruled", mirrored=16.0, letter_spaced=True, section_headers=True, title_breaks=True),
    "kai-unruled": Layout(
        "kai-unruled", gutter_at=0.56, document_face="kai", sections="column", headings="faux-bold",
        ruled_tables=False, one_column_document=0, title_at_foot=True, footer="— {n} —",
    ),
    # the gutter a little right of centre: the left column's titles and the back matter's English
    # name all but fill it (a title's last character carried to the next column, a deliberate break)
    "kai-gutter-53": Layout(
        "kai-gutter-53", gutter_at=0.53, document_face="kai", sections="column", headings="faux-bold",
        ruled_tables=False, one_column_document=0, title_at_foot=True, footer="— {n} —",
    ),
    "large-print": Layout("large-print", gutter_at=0.47, body_size=13.8, mirrored=10.0, document_face="kai"),
    "no-cover": Layout("no-cover", cover=False, footer="- {n} -", numerals="chinese", section_mark=True,
                       ruled_tables=False, figures="right"),
    # a paper's make-up: section headings letter-spaced over a column, briefs with their kickers, bylines and credits
    "press": Layout("press", gutter_at=0.51, sections="column", letter_spaced=True, headings="faux-bold", press=True,
                    footer="第 {n} 页", title_breaks=True, mirrored=8.0),
}


@dataclass
class Printed:
    """A generated PDF and what the tests need to know about how it was printed."""

    pdf: bytes
    pages: int  # in the file, the cover's pages too
    last_page: int  # the last printed page number
    document_pages: dict[str, int]  # doc number -> printed page of the document's title block
    document_file_pages: dict[str, int]  # doc number -> page of the file (from 1) with its title block
    running_headers: set[str]
    paragraphs: list[str] = field(default_factory=list)  # every printed unit in reading order
