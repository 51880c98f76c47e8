"""A line of a hard-wrapped copy of a print as the un-wrapping steps see it (tests/pdfgen/unwrap.py): its width in
characters, whether it reads as a title or ends a paragraph, and whether a step has set it apart (Alone)."""

from __future__ import annotations

import re

from tests.pdfgen.manuscript import DATE_LINE, ENDS_SENTENCE, NUMBERED

# 各县（市、区）人民政府，市各有关单位： (not an article's or a list's lead-in: '第九条 …的程序：', '…材料包括：')
ADDRESSEES = re.compile(r"^(?!第[一二三四五六七八九十百]{1,4}条)(?!.*(?:包括|如下))[^。；]{0,50}(?:各|政府|单位|部门)[^。；]{0,20}[：:]$")
PARAGRAPH_END = re.compile(r"(?:[。！？；：]|摄[）)])$")  # …参赛 （赵用、戴飞燕/摄）: a photo's caption ends


class Alone(str):
    """A line the typesetter sets as a paragraph of its own (a title it set back where it belongs)."""


def width(text: str) -> float:
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in text.strip())


def title_like(line: str) -> bool:
    text = line.strip()
    return bool(text) and not ENDS_SENTENCE.search(text) and not DATE_LINE.match(text) and not NUMBERED.match(text)
