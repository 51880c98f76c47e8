"""Plain data the parser produces: one dataclass per kind of record.

The parser never touches the database; `Issue.objects.save_parsed()` writes a ParsedIssue
in one transaction. `ParsedIssue.to_export()` gives exactly the `export_issue` JSON shape, so a
parsed issue and a saved one can be compared field by field (text vs PDF, re-ingest diffs).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _number(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def printed_figure(value) -> str | None:
    """A figure as the gazette printed it: Decimal('10.0') -> '10.0', Decimal('14969.40') -> '14969.40'.

    A Decimal read from the printed cell keeps its trailing zeros, which float and normalize() drop.
    """
    return None if value is None else f"{Decimal(str(value)):f}"


@dataclass
class TocEntry:
    """One line of the issue's table of contents (目录)."""

    category: str  # as the 目录 prints it: 市政府令, 市府办文件, 部门文件, 政策解读, 机构人事 or 人事任免, ... (kinds.of_category: its kind)
    title: str
    doc_number: str | None = None
    page: int | None = None


@dataclass
class ParsedDocument:
    """An official document (政府令, 市政府文件, 市府办文件, 部门文件)."""

    category: str
    title: str
    doc_number: str
    registration_code: str | None = None  # ZJCC code, normalised: ZJCC00-2021-0002
    issuer: str | None = None  # joint issuers joined by one space; None when neither title nor signature names one
    signed_date: date | None = None
    addressees: str | None = None
    attachments: list[str] = field(default_factory=list)
    effective_from: date | None = None
    effective_until: date | None = None
    valid_years: int | None = None
    cited_doc_numbers: list[str] = field(default_factory=list)
    repealed_doc_numbers: list[str] = field(default_factory=list)  # not exported; the site uses it
    amended_doc_numbers: list[str] = field(default_factory=list)  # 修改了: numbers this document amends
    amended_titles: list[str] = field(default_factory=list)  # 修改了: rule names, when no number is printed
    page: int | None = None
    body: str = ""

    def to_export(self) -> dict:
        return {
            "category": self.category,
            "title": self.title,
            "doc_number": self.doc_number,
            "registration_code": self.registration_code,
            "issuer": self.issuer,
            "signed_date": _iso(self.signed_date),
            "addressees": self.addressees,
            "attachments": list(self.attachments),
            "effective_from": _iso(self.effective_from),
            "effective_until": _iso(self.effective_until),
            "valid_years": self.valid_years,
            "cited_doc_numbers": list(self.cited_doc_numbers),
            "amended_doc_numbers": list(self.amended_doc_numbers),
            "amended_titles": list(self.amended_titles),
            "page": self.page,
            "body": self.body,
        }


@dataclass
class ParsedInterpretation:
    """A policy interpretation (政策解读)."""

    title: str
    interprets: str  # doc number of the explained document if found, else its title as named
    unit: str | None = None  # 解读单位
    body: str = ""

    def to_export(self) -> dict:
        return {"title": self.title, "interprets": self.interprets, "unit": self.unit, "body": self.body}


@dataclass
class ParsedAppointment:
    """One person, one action, one post (人事任免)."""

    person: str
    action: str  # appoint | dismiss | concurrent
    position: str
    qualifier: str | None = None  # 试用期一年, 保留正县长级, 挂职, ...
    decided_by: str | None = None  # 市人民政府决定 · None: the decision names no body, nor its section a meeting

    def to_export(self) -> dict:
        return asdict(self)


@dataclass
class ParsedNews:
    """A news brief (政务简讯)."""

    title: str
    date: date | None = None
    body: str = ""

    def to_export(self) -> dict:
        return {"title": self.title, "date": _iso(self.date), "body": self.body}


@dataclass
class ParsedChronicleEntry:
    """One △ item of the day-by-day chronicle (政府记事); an entry under its month alone ('是月 …') has no date."""

    date: date | None
    text: str

    def to_export(self) -> dict:
        return {"date": _iso(self.date), "text": self.text}


@dataclass
class ParsedIssuedRow:
    """One row of the month's list of issued documents (发文目录)."""

    doc_number: str
    title: str

    def to_export(self) -> dict:
        return {"doc_number": self.doc_number, "title": self.title}


@dataclass
class ParsedStatisticsRow:
    """One indicator of the economic statistics table (统计资料); None for — / ——.

    Each figure has its printed form beside it ('10.0' where the number is 10): given by a saved
    row, else taken from the Decimal the parser read, which keeps the printed trailing zeros.
    """

    indicator: str
    sub_row: bool = False  # a 其中 row, marked by # or leading spaces
    unit: str = ""
    month: Decimal | None = None
    month_yoy: Decimal | None = None
    cumulative: Decimal | None = None
    cumulative_yoy: Decimal | None = None
    month_printed: str | None = None
    month_yoy_printed: str | None = None
    cumulative_printed: str | None = None
    cumulative_yoy_printed: str | None = None

    FIGURES = ("month", "month_yoy", "cumulative", "cumulative_yoy")

    def __post_init__(self):
        for name in self.FIGURES:
            if getattr(self, f"{name}_printed") is None:
                setattr(self, f"{name}_printed", printed_figure(getattr(self, name)))

    def to_export(self) -> dict:
        return {
            "indicator": self.indicator,
            "sub_row": self.sub_row,
            "unit": self.unit,
            "month": _number(self.month),
            "month_yoy": _number(self.month_yoy),
            "cumulative": _number(self.cumulative),
            "cumulative_yoy": _number(self.cumulative_yoy),
            "month_printed": self.month_printed,
            "month_yoy_printed": self.month_yoy_printed,
            "cumulative_printed": self.cumulative_printed,
            "cumulative_yoy_printed": self.cumulative_yoy_printed,
        }


@dataclass
class ParsedStatistics:
    title: str | None = None
    producer: str | None = None  # 温州市统计局制
    rows: list[ParsedStatisticsRow] = field(default_factory=list)

    def to_export(self) -> dict:
        return {"title": self.title, "producer": self.producer, "rows": [r.to_export() for r in self.rows]}


@dataclass
class Identity:
    """Which issue a text is: year, number in the year, 总第N期, 出版日期."""

    year: int
    issue_no: int
    total_no: int | None = None
    publish_date: date | None = None


@dataclass
class ReadSection:
    """A section as the parser read it: the category it was read as ('机构人事' for a column printed '人事任免') and the
    records its kind's parser made from it (the statistics table itself for a statistics section)."""

    category: str
    records: list


@dataclass
class ParsedIssue:
    year: int
    issue_no: int
    total_no: int | None = None
    publish_date: date | None = None
    toc: list[TocEntry] = field(default_factory=list)
    documents: list[ParsedDocument] = field(default_factory=list)
    interpretations: list[ParsedInterpretation] = field(default_factory=list)
    appointments: list[ParsedAppointment] = field(default_factory=list)
    news: list[ParsedNews] = field(default_factory=list)
    chronicle: list[ParsedChronicleEntry] = field(default_factory=list)
    issued_list: list[ParsedIssuedRow] = field(default_factory=list)
    statistics: ParsedStatistics = field(default_factory=ParsedStatistics)
    back_matter: list[str] = field(default_factory=list)
    # ParseWarning (issues.parser.warnings); a step may append a plain string, which checks.finish converts
    warnings: list = field(default_factory=list)
    # Each section as kinds.read handed it to its parser, with the records made from it, and the sections each printed
    # line was read in ((text, page, file page), kinds.printed_place -> their numbers in read_sections: one line printed
    # alike twice on a page may lie in two). The coverage check takes a line as read only when a record of its own
    # section holds it (a brief quoting an appointment list's line does not read a line the list lost), and files an
    # unread line under the section it lies in. Not exported, not compared.
    read_sections: list[ReadSection] = field(default_factory=list, repr=False, compare=False)
    line_sections: dict[tuple, list[int]] = field(default_factory=dict, repr=False, compare=False)

    def to_export(self) -> dict:
        return {
            "year": self.year,
            "issue_no": self.issue_no,
            "total_no": self.total_no,
            "publish_date": _iso(self.publish_date),
            "toc": [asdict(entry) for entry in self.toc],
            "documents": [d.to_export() for d in self.documents],
            "interpretations": [i.to_export() for i in self.interpretations],
            "appointments": [a.to_export() for a in self.appointments],
            "news": [n.to_export() for n in self.news],
            "chronicle": [c.to_export() for c in self.chronicle],
            "issued_list": [r.to_export() for r in self.issued_list],
            "statistics": self.statistics.to_export(),
            "back_matter": list(self.back_matter),
        }
