"""Back matter (赠阅范围, masthead, photo captions, feature articles): kept, never records. v0."""

from __future__ import annotations


def parse(lines: list[str]) -> list[str]:
    return [line.strip() for line in lines if line.strip()]
