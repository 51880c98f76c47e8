"""Hand-built issues for the site tests: literal dataclasses saved the way ingest saves them.

The site must not depend on how well the parser reads the sample issues, so most site tests
build exactly the records they need here.
"""

from __future__ import annotations

from datetime import date

from issues.models import Issue
from issues.parser.records import (ParsedAppointment, ParsedChronicleEntry, ParsedDocument, ParsedInterpretation,
                                   ParsedIssue, ParsedIssuedRow, ParsedNews, ParsedStatistics, ParsedStatisticsRow,
                                   TocEntry)
from issues.sources import SourceInfo, keep_source, sha256_of

__all__ = [
    "ParsedAppointment", "ParsedChronicleEntry", "ParsedDocument", "ParsedInterpretation", "ParsedIssuedRow",
    "ParsedNews", "ParsedStatistics", "ParsedStatisticsRow", "TocEntry", "make_issue", "document",
]


def document(doc_number: str, title: str | None = None, **fields) -> ParsedDocument:
    """A 市府办文件 with a plausible title; any field can be given."""
    fields.setdefault("category", "市府办文件")
    fields.setdefault("issuer", "温州市人民政府办公室")
    fields.setdefault("body", "各县（市、区）人民政府，市政府直属各单位：\n现印发给你们，请认真贯彻执行。")
    return ParsedDocument(title=title or f"温州市人民政府办公室关于{doc_number}的通知", doc_number=doc_number, **fields)


def make_issue(year: int = 2020, issue_no: int = 6, *, total_no: int | None = None, publish_date: date | None = None,
               status: str = "published", toc=None, source_text: str | None = None, **records) -> Issue:
    """Save an issue built from literal records (documents=[...], appointments=[...], ...)."""
    parsed = ParsedIssue(
        year=year,
        issue_no=issue_no,
        total_no=total_no if total_no is not None else (year - 2020) * 12 + issue_no + 208,
        publish_date=publish_date or date(year, min(issue_no + 1, 12), 20),
        toc=list(toc or []),
        **records,
    )
    data = (source_text or f"温州市人民政府公报 {year}年第{issue_no}期").encode("utf-8")
    source = SourceInfo(name=f"{year}-{issue_no:02d}.txt", path=keep_source(data, ".txt"), sha256=sha256_of(data),
                        parser_version="test")
    return Issue.objects.save_parsed(parsed, source=source, status=status)
