"""Tidying the lines of a record section before it is read (appointments, news, chronicle, ...).

The record parsers get their section's lines as cleaning left them: one paragraph per line, but
possibly with Markdown marks ('## 5月份市政府记事', '- 温政发…'), column labels printed inside
the text ('政 务 简 讯') and, in a raw extraction, the section's own heading
interleaved where a page turned ('9月份市政府人事任免'). These steps take such debris out so
that each parser sees only its text; none of them changes the printed characters.
"""

from __future__ import annotations

import re

from issues.parser import paragraphs, regexes


def strip_markdown(line: str) -> str:
    """'## 5月份市政府记事' -> '5月份市政府记事'; '- 温政发〔2019〕5号 …' -> '温政发〔2019〕5号 …'."""
    return regexes.SECTION_MARKDOWN_MARK.sub("", line.strip()).strip()


def is_debris(line: str) -> bool:
    """Blank lines, Markdown rules, column labels and bare page numbers ('37' where a page turned): never part of a record."""
    text = line.strip()
    return (
        not text
        or bool(regexes.HORIZONTAL_RULE.match(text))
        or bool(regexes.COLUMN_LABEL.match(text))
        or bool(regexes.BARE_PAGE_NUMBER.match(text))
    )


def is_running_header(line: str) -> bool:
    """A running header a raw extraction leaves inside a section ('2019年第11期', '温州市人民政府公报', of another
    wording: '温州市人民政府公报 2008年第1期', '2008年第1期 政府记事')."""
    text = line.strip()
    return bool(regexes.ISSUE_ONLY_HEADER.match(text) or regexes.GAZETTE_NAME_LINE.match(text)
                or regexes.LOOSE_RUNNING_HEADER.match(text))


def heading_date(line: str) -> tuple[int, int | None] | None:
    """(month, year or None) of a month heading: '9月份市政府人事任免' → (9, None), '2001年2月曲靖大事记' → (2, 2001);
    None for a line that is no such heading."""
    match = regexes.MONTH_HEADING.match(strip_markdown(line))
    if not match:
        return None
    return int(match["month"]), int(match["year"]) if match["year"] else None


def heading_year(line: str) -> int | None:
    """The year a year's chronicle heading prints: '2019年普陀区大事记' · '普陀区大事记（2015年）' → 2015; None for any other line."""
    match = regexes.CHRONICLE_YEAR_HEADING.match("".join(strip_markdown(line).split()))
    return int(match["year"] or match["year_after"]) if match else None


def tidy(lines: list[str]) -> list[str]:
    """The section's text lines: debris and interleaved month headings dropped, Markdown marks off, a letter-spaced
    column label pasted inside a line ('…到毕节大 事 记市，…') taken out."""
    return [regexes.COLUMN_LABEL_INSIDE.sub("", strip_markdown(line)) for line in lines
            if not is_debris(line) and heading_date(line) is None]


def until(lines: list[str], *starts: re.Pattern) -> list[str]:
    """The lines before the first that starts what follows the section (a later section's first
    line, when a raw extraction's cut runs long): `until(lines, regexes.STATISTICS_TITLE)`."""
    for index, line in enumerate(lines):
        text = strip_markdown(line)
        if any(pattern.match(text) for pattern in starts):
            return lines[:index]
    return lines


def remove_line_break_spaces(text: str) -> str:
    """'全市数字经济发展推进会暨 政府数字化转型工作部署会召开' -> one line without the break's space.

    Only for titles: chronicle text and bodies keep their printed spaces ('亮剑 2019')."""
    text = text.strip()
    return regexes.LINE_BREAK_SPACE.sub(lambda space: _kept_space(text, space.start(), space.end()), text)


def _kept_space(text: str, start: int, end: int) -> str:
    between_words = start > 0 and end < len(text) and all(
        regexes.LATIN_WORD_CHAR.match(char) for char in (text[start - 1], text[end])
    )
    return " " if between_words else ""


def join_unfinished(lines: list[str], heading: re.Pattern | None = None) -> list[str]:
    """Glue a line to the one before when that one does not close its paragraph.

    Stricter than clean.join_broken_lines about what closes a paragraph: a line ending in a
    closing quote or bracket alone is mid-sentence in a column of running text
    ('陈伟俊指出，高校在建设“重要窗口”' + '中具有十分重要的作用，…'). For running text only
    (titles taken out first). A line `heading` matches ('会议指出') is a paragraph of its own, when it opens one: a column line
    inside a bracketed byline ('荆楚网（湖北日报网）讯（记者 汤立毅' + '见习记者 董晨旭 摄影 杨光 通讯员' + '杨婕）1月12日上午，…')
    reads as a byline but goes on.
    """
    texts = [text for line in lines if (text := line.strip())]
    return paragraphs.join_texts(
        texts, lambda paragraph, text: _unfinished(paragraph, text)
        and not (heading and paragraph.lines == 1 and heading.match(paragraph.last)))


def _unfinished(paragraph: paragraphs.Paragraph[str], text: str) -> bool:
    return not paragraph.ends_with(regexes.SENTENCE_END) and not regexes.STRUCTURAL_START.match(text)
