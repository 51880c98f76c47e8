"""Back matter (赠阅范围, masthead, back cover, photo captions, feature articles): kept, never records.

Stored as the issue's list of printed lines, without Markdown debris or page marks.
"""

from __future__ import annotations

from issues.parser import section_lines


def parse(lines: list[str]) -> list[str]:
    return [text for text in section_lines.tidy(lines) if text]
