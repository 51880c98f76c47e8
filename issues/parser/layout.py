"""Layout of a raw two-column PDF extraction (the 2020-09 shape): raw lines in, clean lines out.

In such a text every printed column line is a line of its own, with a blank line after it. What
the extraction did to the page, and the step that undoes it:

- a page footer '·    28    ·' closes page 28; the running header after it opens page 29
  ('温州市人民政府公报（总第217期）', '2020年第9 期文件发布'); a typesetter's PDF may give a page's
  margin boxes first, its header then its number ('2017年第2期' + '— 4 —')
                                                                     -> mark_page_footers, drop_running_headers
- any other page break shows as a line that starts with a space right after a text line,
  with no blank line between them                                    -> mark_page_breaks, number_page_breaks
- what is printed across the columns (a document's title block, a section heading, an
  interpretation's title) is painted as a frame after the page's columns: it comes out at the END of
  that page (a title block cut by a page break, at the end of two), or in the middle of its text
                       -> join_cut_title_blocks, move_title_blocks (painted_title_blocks.py),
                          join_split_headings (heading_pieces.py), move_headings_to_page_top (painted_headings.py),
                          move_table_titles (a table's title ending the page before its rows: painted_table_titles.py)
- a brief's title with a dash subtitle is as wide as a column line     -> mark_subtitled_titles
- paragraphs are cut every ~20 characters, words included            -> join_column_lines
- a table's cells cut over lines ('#批发零售业' + '亿' + '元' + '1363.93 0.6 11055.38 -9.4')
                                                                     -> join_split_rows (table_cells.py)
- justification spreads short lines: '（ 十 六 ） 其 他 安 置 房'     -> collapse_spacing

The steps take and give lines.Line values. Page breaks are the shared ones of clean.py (a
lines.PAGE_BREAK line: printed page 29 starts here; its page None when the text cannot tell it).
Lines that must stay on their own through the joining (titles, headings, signatures, table rows)
are lines.PLACED while the steps run; the last step makes them text again.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from issues.parser import clean, kinds, regexes, statistics
from issues.parser.appointment_headings import decision_title_width
from issues.parser.columns import ends_a_paragraph, join_column_lines, width
from issues.parser.lines import PAGE_BREAK, PLACED, TEXT, Line, page_break, placed
from issues.parser.news import cut_subject
from issues.parser.news_lines import sourced_lead
from issues.parser.heading_pieces import join_split_headings
from issues.parser.painted_headings import dated, move_headings_to_page_top
from issues.parser.painted_title_blocks import join_cut_title_blocks, move_title_blocks
from issues.parser.painted_table_titles import move_table_titles
from issues.parser.table_cells import join_split_rows
from issues.parser.title_block import MAX_TITLE_LINES


# Widths in half-width units (columns.width: a Chinese character is 2). A full column line is ~40.
COLUMN_LINE = 44  # at most this wide: a column line (wider ones are full-page text)
RAW_SHAPE_SHARE = 0.6  # share of column lines in a raw two-column extraction
RAW_SHAPE_SHARE_PAGED = 0.45  # the same, when its pages show (chronicle markers and headings are short lines)
RAW_SHAPE_SHARE_PAINTED = 0.3  # the same, when the text ends with headings painted after the columns (a page of few lines)


def is_raw_layout(lines: list[str]) -> bool:
    """A raw two-column extraction: no table of contents and mostly short column lines."""
    content = [line for line in lines if line.strip()]
    if not content or any(regexes.TOC_PAGE.search(line) for line in content[:300]):
        return False
    # page numbers, running headers and an enclosed plan's own contents ('1.1 编制目的', '4.1.10 信息发布与舆情应对') print as short in
    # a column as in a text export: they tell nothing of the layout, and counted, a raw page of contents read as a text
    # export (its title blocks left unmoved, its notice's addressees and date lost)
    # nor do a table's rows, joined first when the extraction cut their cells a piece a line ('亿' + '元' + '—— —— —— 4.4'):
    # counted, the pieces of a table with a long indicator made a raw page read as a text export (its producer line glued
    # to the title block under it, its title lost)
    telling = [line for line in _rows_joined(content) if not _short_in_any_layout(line)] or content
    share = sum(1 for line in telling if 20 <= width(line) <= COLUMN_LINE) / len(telling)
    return (share >= RAW_SHAPE_SHARE or share >= RAW_SHAPE_SHARE_PAGED and _printed_pages(lines, content)
            or share >= RAW_SHAPE_SHARE_PAINTED and _ends_with_a_heading(content))


def _ends_with_a_heading(content: list[str]) -> bool:
    """The text ends with a section heading and nothing under it ('…龚正任上海市副市长、代理市长。' + '人事任免' + '政务简讯'):
    a frame a typesetter painted after a page's columns, as a short raw issue of one page prints it; a text export prints each
    heading over its section."""
    last = [line for line in content if clean.page_number(line.strip()) is None]  # the page's footer number after it
    return len(last) > 1 and kinds.heading_category("".join(last[-1].split())) is not None


def _rows_joined(content: list[str]) -> list[str]:
    return [line.text for line in join_split_rows([Line(text) for text in content])]


def _short_in_any_layout(line: str) -> bool:
    text = line.strip()
    return bool(regexes.CONTENTS_ENTRY.match(text) or regexes.RULE_CONTENTS.match(text)
                or clean.page_number(text) is not None or _is_running_header(text)
                or regexes.STATISTICS_ROW.match(text) or regexes.STATISTICS_HEADER_ROW.match(text))


def _printed_pages(lines: list[str], content: list[str]) -> bool:
    """The marks of a PDF's pages: pdftotext's page join (a line starting with a space right after a text
    line), or a page number among the first lines (its margin boxes extracted first)."""
    joined = any(a.strip() and b.startswith(" ") and b.strip() for a, b in zip(lines, lines[1:]))
    return joined or any(clean.page_number(line) is not None for line in content[:3])


# --- pages -------------------------------------------------------------------------------------


def mark_page_footers(lines: list[Line]) -> list[Line]:
    """'·    28    ·' -> a break to page 29: a footer closes its page, so the next page starts there. A typesetter's PDF
    may give a page's margin boxes first: its running header opens the page and its number follows it
    (' 2017年第2期' + '— 4 —' + the page's text); that number heads the page it is on, so it is a break to page 4, and
    there, in the header band, a bare number is the page's too ('温州市人民政府公报' + '3' + the page's text: it was
    left as the first line of the notice's body, the notice's addressees lost and its page unknown)."""
    out = []
    previous, top = None, False  # the last non-blank line, and whether it opened a page (or the text)
    for line in lines:
        if line.kind != PAGE_BREAK and not line.text.strip():
            out.append(line)
            continue
        opens_page = previous is None or (line.kind != PAGE_BREAK and line.text.startswith(" "))
        header_first = top and _is_running_header(previous.text)
        out += clean.page_numbers_to_breaks([line], offset=0 if header_first else 1, in_running_band=header_first)
        previous, top = line, opens_page
    return out


def _is_running_header(line: str) -> bool:
    text = line.strip()
    return bool(regexes.RUNNING_HEADER.match(text) or regexes.RAW_ISSUE_HEADER.match(text)
                or regexes.LOOSE_RUNNING_HEADER.match(text) or _plain_header(text))


def drop_running_headers(lines: list[Line]) -> list[Line]:
    """Drop '温州市人民政府公报（总第217期） 政务简讯' and '2020年第9 期文件发布' (identity read them already), and
    the plain '2022年第10期' or '温州市人民政府公报' next to a page number (a header of either order: footer
    then header, or header then number); left in, a page break inside a paragraph glues it to the text."""
    kept = [line for line in clean.drop_running_headers(lines) if not regexes.RAW_ISSUE_HEADER.match(line.text)]
    content = [i for i, line in enumerate(kept) if line.kind == PAGE_BREAK or line.text.strip()]
    beside_number = set()
    for before, at, after in zip([None] + content, content, content[1:] + [None]):
        if any(k is not None and kept[k].kind == PAGE_BREAK for k in (before, after)):
            beside_number.add(at)
    return [line for i, line in enumerate(kept) if i not in beside_number or not _plain_header(line.text)]


def _plain_header(line: str) -> bool:
    text = line.strip()
    return bool(regexes.ISSUE_ONLY_HEADER.match(text) or regexes.GAZETTE_NAME_LINE.match(text))


def mark_page_breaks(lines: list[Line]) -> list[Line]:
    """Put a page break without a number before each page top: the first line, and a line starting
    with a space that directly follows a text line (column lines are otherwise always blank-separated)."""
    out: list[Line] = []
    previous = None  # the line before, blank or not
    last_content = None  # the last non-blank line
    for line in lines:
        if line.kind != PAGE_BREAK and line.text.strip():
            first = last_content is None
            page_top = (previous is not None and previous.kind != PAGE_BREAK and previous.text.strip()
                        and line.text.startswith(" "))
            if first or page_top:
                out.append(page_break())
        out.append(line)
        previous = line
        if line.kind == PAGE_BREAK or line.text.strip():
            last_content = line
    return _merge_adjacent_breaks(out)


def _merge_adjacent_breaks(lines: list[Line]) -> list[Line]:
    """Two breaks with only blank lines between are one page top; keep the numbered one."""
    out: list[Line] = []
    last_break = None
    for line in lines:
        if line.kind == PAGE_BREAK:
            if last_break is not None:
                if line.page is not None:
                    out[last_break] = line
                continue
            last_break = len(out)
        elif line.text.strip():
            last_break = None
        out.append(line)
    return out


def number_page_breaks(lines: list[Line]) -> list[Line]:
    """Number the breaks without a number by counting page breaks from the printed footers.

    Between two footers the count must agree with both, else those breaks stay without a number:
    the text gives no sure page there. Before the first and after the last footer, counting goes on.
    """
    marks = [i for i, line in enumerate(lines) if line.kind == PAGE_BREAK]
    numbers: list[int | None] = [lines[i].page for i in marks]
    anchors = [k for k, n in enumerate(numbers) if n is not None]
    if not anchors:
        return lines
    filled = list(numbers)
    for k in range(anchors[0]):
        filled[k] = numbers[anchors[0]] - (anchors[0] - k)
    for a, b in zip(anchors, anchors[1:]):
        if numbers[b] - numbers[a] == b - a:
            for k in range(a + 1, b):
                filled[k] = numbers[a] + (k - a)
    for k in range(anchors[-1] + 1, len(marks)):
        filled[k] = numbers[anchors[-1]] + (k - anchors[-1])
    out = list(lines)
    for i, number in zip(marks, filled):
        out[i] = page_break(number, lines[i].physical_page)
    return out


# --- lines that stand alone --------------------------------------------------------------------


def mark_standalone_lines(lines: list[Line]) -> list[Line]:
    """Signatures printed flush right, addressee lines, table rows, issued-list rows, a statistics table's title
    ('2022年上半年上海市生产总值': glued to a producer line naming two bodies over it, neither was read) and a rule's or a
    plan's contents heading set letter-spaced ('目　　录': glued to a passage line ending a full column line, the rule
    was lost) never join a paragraph; nor does a table's producer line right under its last row ('西城区统计局': glued to the
    title block printed under it, it was lost and made the title a document's)."""
    out = []
    above = ""  # the content line above
    for line in lines:
        text = line.text.strip()
        keep = text and line.kind == TEXT and (
            regexes.RIGHT_ALIGNED.match(line.text)
            or regexes.STATISTICS_ROW.match(line.text)
            or statistics.reads_as_row(line.text)  # a row of a table without a unit column ('东城区 145171 -10.2 664382 -4.3')
            or regexes.STATISTICS_HEADER_ROW.match(line.text)
            or regexes.STATISTICS_UNIT_LINE.match(text)
            or regexes.ISSUED_ROW.match(text)
            or regexes.STATISTICS_TITLE.match(text)
            or regexes.STATISTICS_TABLE_TITLE.match("".join(text.split()))
            or regexes.STATISTICS_PRODUCER.match(text)
            or regexes.ADDRESSEE_LINE.match(text)
            or regexes.SPACED_CONTENTS_HEADING.match(text)
            or regexes.APPOINTMENT_BODY_TITLE.match("".join(text.split()))  # '长宁区人大常委会人事任免' over its decisions
            or _produced_table_above(text, above)
        )
        out.append(placed(text) if keep else line)
        above = text or above
    return out


def _produced_table_above(text: str, above: str) -> bool:
    """A producer line ('西城区统计局', '资料来源：…') under a table's row: the table's, whatever is printed after it."""
    return statistics.producer_of(text) is not None and bool(regexes.STATISTICS_ROW.match(above) or statistics.reads_as_row(above))


def mark_notice_titles(lines: list[Line]) -> list[Line]:
    """An appointment notice's title printed in the column, wrapped or not ('…人民政府关于张三等职' + '务任免的通知'), stands alone,
    joined, and so does its number under it: read as a document's title block in place, the notice took the page's
    addressee line from the title block painted after the columns (its document's text lost, the notice an extra document),
    and the 人事任免 heading painted there found its section at the decision under the notice (painted_headings)."""
    out = list(lines)
    content = [i for i, line in enumerate(lines) if line.kind != TEXT or line.text.strip()]
    n = 0
    while n < len(content):
        run = list(itertools.takewhile(lambda k: lines[k].kind == TEXT, content[n : n + MAX_TITLE_LINES]))
        m = decision_title_width([lines[k].text for k in run], 0) if run else 0
        if m:  # its issuer's line and title, never a line over them ('…统计局', a table's producer)
            out[run[0]] = placed("".join("".join(lines[k].text.split()) for k in run[:m]))
            for k in run[1:m]:
                out[k] = replace(lines[k], text="")
            number = content[n + m] if n + m < len(content) else None
            if number is not None and lines[number].kind == TEXT and \
                    regexes.DOC_NUMBER_FULL.match("".join(lines[number].text.split())):
                out[number] = placed(lines[number].text)
        n += max(m, 1)
    return out


def unmark_standalone_lines(lines: list[Line]) -> list[Line]:
    return [replace(line, kind=TEXT) if line.kind == PLACED else line for line in lines]


def mark_subtitled_titles(lines: list[Line]) -> list[Line]:
    """A brief's title over two lines whose second is a dash subtitle ('市政府常务会议召开' +
    '——研究部署“双节”期间重点工作等'), over its dated first line: both stand alone. A subtitle is as wide
    as a column line may be, so joining by width would glue it to the date line after it."""
    content = [i for i, line in enumerate(lines) if line.kind == TEXT and line.text.strip()]
    marked = set()
    for before, at, after in zip(content, content[1:], content[2:]):
        text = lines[at].text.strip()
        if (regexes.SUBTITLE_LINE.match(text) and not regexes.SENTENCE_END.search(text) and dated(lines[after].text)
                and not regexes.SENTENCE_END.search(lines[before].text.strip())):
            marked.update((before, at))
    return [placed(line.text) if i in marked else line for i, line in enumerate(lines)]


def mark_wrapped_brief_titles(lines: list[Line]) -> list[Line]:
    """A brief's title after a finished sentence, on one line or wrapped over two ('市新冠肺炎疫情防控工作新闻发布会（第十' +
    '二场）举行'), over its first line (dated, or its source's: '本报讯（记者朱晓琳）3月30日，…', or naming its day after its
    subject, its date maybe on the column's next line: '第十三届湖北·武汉台湾周活动昨日在武汉', '湖南省第十届人民代表大会常务
    委员会第二' + '十七次会议于6月1日下午在长沙闭幕。') or a byline over it ('大众网·
    海报新闻记者 王运峰 枣庄报道'): each title line stands alone. As wide as a column line, joining by width glued it to the
    paragraph before, and the brief was read into the one before with no word."""
    content = [i for i, line in enumerate(lines) if line.kind == TEXT and line.text.strip()]
    marked = set()
    for n, at in enumerate(content[1:-1], start=1):
        if not _ends_a_paragraph([lines[k].text.strip() for k in content[max(0, n - 2):n]]):
            continue
        texts = [lines[k].text.strip() for k in content[n:n + 4]] + ["", "", ""]
        commas = sourced_lead(texts[1]) or sourced_lead(texts[2])  # a headline worded as a sentence over a source's dateline
        two = n + 2 < len(content) and _title_piece(texts[1], commas) and not cut_subject(texts[1], texts[2])
        title = content[n:n + 2] if two else content[n:n + 1]
        over, below = texts[len(title)], texts[len(title) + 1]
        if len(title) == 2 and title[1] == title[0] + 1:
            continue  # a headline printed on two lines with no blank between: the column joiner keeps it one line
        if all(_title_piece(lines[k].text, commas) for k in title) and (dated(over) or regexes.NEWS_BYLINE_LINE.match(over)
                                                                        or regexes.NEWS_SUBJECT_DAY_LEAD.match(over + below)):
            marked.update(title)
    return [placed(line.text) if i in marked else line for i, line in enumerate(lines)]


def _ends_a_paragraph(above: list[str]) -> bool:
    """The column lines over a title end a paragraph (a byline closing it cut over two lines too: '…农业产业情况。（章爽' + '爽）',
    安顺 2020-09-02), or the section's heading is over it ('政务简讯', letter-spaced too), the title its first brief's."""
    return bool(above) and (ends_a_paragraph("".join(above[-2:]))
                            or bool(regexes.CATEGORY_HEADING.match("".join(above[-1].split()))))


def _title_piece(text: str, commas: bool = False) -> bool:
    """A line a brief's title may be: no mark of running text (but commas, over a source's dateline: `commas`), no end of a
    sentence, not a first line itself, never a column's heading ('政务简讯' painted after the page's columns, over the next page's
    first brief)."""
    text = text.strip()
    marked = regexes.RUNNING_TEXT_MARK.search(text.replace("，", "") if commas else text)
    return not marked and not regexes.SENTENCE_END.search(text) and not dated(text) \
        and not regexes.NEWS_BYLINE_LINE.match(text) and not regexes.CATEGORY_HEADING.match("".join(text.split()))


def collapse_spacing(lines: list[Line]) -> list[Line]:
    """'（ 十 六 ） 其 他 安 置 房' -> '（十六）其他安置房'; a wide gap -> one space."""
    out = []
    for line in lines:
        if line.kind == PAGE_BREAK:
            out.append(line)
            continue
        text = regexes.LETTER_SPACED_RUN.sub(lambda m: "".join(m.group(0).split()), line.text)
        out.append(replace(line, text=regexes.WIDE_GAP.sub(" ", text)))
    return out


LAYOUT_STEPS = [
    mark_page_footers,
    drop_running_headers,
    mark_page_breaks,
    number_page_breaks,
    join_split_rows,
    mark_standalone_lines,
    mark_notice_titles,
    mark_subtitled_titles,
    mark_wrapped_brief_titles,
    join_split_headings,
    join_cut_title_blocks,
    move_title_blocks,
    move_table_titles,
    move_headings_to_page_top,
    join_column_lines,
    collapse_spacing,
    unmark_standalone_lines,
]


def clean_lines(lines: list[Line]) -> list[Line]:
    return clean.run_steps(LAYOUT_STEPS, lines)
