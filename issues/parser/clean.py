"""Structural cleaning: raw issue text in, a list of clean lines out.

Each step is small and named, takes lines and returns lines, and is tested on its own.
Cleaning shapes the stored text (page-broken lines re-joined, running headers and page
numbers dropped, Markdown debris removed); it never changes characters: stored text keeps
the printed 〔〕 and full-width punctuation (character normalisation is only for keys).

Page numbers survive cleaning as marker lines: PAGE_MARK + "37" ("\f37") means printed page
37 starts here; section parsers read them for `page` and drop them from stored text.
"""

from __future__ import annotations

import re

from issues.parser import regexes

PAGE_MARK = "\f"

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def split_lines(text: str) -> list[str]:
    """Unify line endings and drop control characters (a form feed is reserved for page marks)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).split("\n")


def strip_trailing_space(lines: list[str]) -> list[str]:
    return [line.rstrip() for line in lines]


def drop_markdown_emphasis(lines: list[str]) -> list[str]:
    """'第**11**期（总第219期）' -> '第11期（总第219期）'."""
    return [line.replace("**", "") if "**" in line else line for line in lines]


def mark_page_numbers(lines: list[str]) -> list[str]:
    """'·    37    ·' -> '\\f37' (a page mark the section parsers read)."""
    out = []
    for line in lines:
        match = regexes.PAGE_NUMBER_LINE.match(line)
        out.append(f"{PAGE_MARK}{int(match['page'])}" if match else line)
    return out


def drop_running_headers(lines: list[str]) -> list[str]:
    """Drop '温州市人民政府公报（总第217期）' running headers (identity reads them before cleaning)."""
    return [line for line in lines if not regexes.RUNNING_HEADER.match(line)]


def drop_blank_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


CLEANING_STEPS = [
    strip_trailing_space,
    drop_markdown_emphasis,
    mark_page_numbers,
    drop_running_headers,
    drop_blank_lines,
]


def clean_lines(lines: list[str]) -> list[str]:
    for step in CLEANING_STEPS:
        lines = step(lines)
    return lines


def clean_text(text: str) -> list[str]:
    return clean_lines(split_lines(text))
