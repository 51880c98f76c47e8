"""Parse warnings: what the parser did not read, or read with doubt, as plain data.

A warning names its level, what kind of check raised it, the section and printed page it concerns,
the printed line(s) it quotes and a message in Chinese saying what was expected. Two levels:
  loss  a record may be missing or wrong: staff check it before publishing (ingest holds the issue
        as a draft, the review page lists it with a 已核对 box)
  note  worth knowing, nothing lost (原文没有目录)
Stored with the issue as a list of dicts (Issue.warnings); issues stored before warnings were
structured hold plain strings, read back here as warnings too.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

LOSS, NOTE = "loss", "note"

# Strings the parser wrote before warnings were structured: (start of the message, level, kind).
LEGACY_KINDS = (
    ("正文中找不到目录条目", LOSS, "toc_entry_not_found"),
    ("原文没有目录", NOTE, "no_toc"),
)
# The longest quoted line kept: enough to find the line in the source, never a whole page.
MAX_QUOTE = 160
# At most this many lines kept by one stored warning, whatever gathered them (the rest counted in one line).
MAX_STORED_LINES = 100
# At most this many lines quoted by one warning (the first of a run, a list or a section).
MAX_QUOTED_LINES = 5


@dataclass
class ParseWarning:
    level: str  # LOSS | NOTE
    kind: str  # the check that raised it: toc_count, unread_line, appointment_unread, ...
    message: str  # in Chinese, what was expected
    section: str = ""  # 政务简讯, 市府办文件, ... ('' for the whole issue)
    page: int | None = None  # printed page
    lines: list[str] = field(default_factory=list)  # the printed line(s) quoted
    file_page: int | None = None  # the page in the source file (a scan's page image), from 1
    checked: bool = False  # staff ticked 已核对 on the review page

    def __post_init__(self):
        self.lines = [quote(line) for line in self.lines if line and line.strip()]

    @property
    def is_loss(self) -> bool:
        return self.level == LOSS

    def bounded(self) -> "ParseWarning":
        """The warning as stored: each line quoted, at most MAX_STORED_LINES of them. A section parser that gathers lines
        after the warning is made (a run of unread lines, an entry a column cut) appends to `lines` directly, so a hostile
        file of 100,000 such lines would make one warning of 100,000 lines."""
        kept = [quote(line) for line in self.lines if line and line.strip()]
        if len(kept) > MAX_STORED_LINES:
            kept = kept[:MAX_STORED_LINES] + [f"……（另有{len(kept) - MAX_STORED_LINES}行未列出）"]
        self.lines = kept
        return self

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_stored(cls, value: "ParseWarning | dict | str") -> "ParseWarning":
        """A warning as stored in Issue.warnings (a dict), or a plain string of an older parser."""
        if isinstance(value, ParseWarning):
            return value
        if isinstance(value, dict):
            known = {name: value[name] for name in cls.__dataclass_fields__ if name in value}
            return cls(**{"level": LOSS, "kind": "parser", "message": "", **known})
        text = str(value)
        for start, level, kind in LEGACY_KINDS:
            if text.startswith(start):
                return cls(level=level, kind=kind, message=text)
        return cls(level=LOSS, kind="parser", message=text)

    def __str__(self) -> str:
        where = "，".join(part for part in (self.section, f"第{self.page}页" if self.page else "") if part)
        quoted = "".join(f"「{line}」" for line in self.lines)
        return f"{'［' + where + '］' if where else ''}{self.message}{quoted}"


def quote(line: str) -> str:
    text = " ".join(line.split())
    return text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE] + "…"


def structured(warnings: list) -> list[ParseWarning]:
    return [ParseWarning.from_stored(warning) for warning in warnings]


def losses(warnings: list) -> list[ParseWarning]:
    return [warning for warning in structured(warnings) if warning.is_loss]
