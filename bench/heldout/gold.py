"""The gold export of a held-out issue, in the export_issue JSON schema, from its hand-typed spec.

Every value is a field typed in spec/<issue>.py from the source page; this module only arranges them
in the schema and applies the project's conventions (README, tests/test_fixture_*.py): a body is the
paragraphs after the addressee line, signature lines included; news titles drop all spaces; a
chronicle entry is dated by its (first) day; a raw two-column issue has no printed TOC, so its gold
TOC is empty and not scored. Pages come from the typesetting (text: the TOC; raw: the PDF).
"""

from __future__ import annotations

import re

CATEGORY_OF_HEADING = {"市政府令": "市政府令", "市政府文件": "市政府文件", "市府办文件": "市府办文件"}


def heading_name(heading: str) -> str:
    """A section heading as a TOC category: letter-spacing dropped ('政 务 简 讯' → '政务简讯')."""
    return re.sub(r"\s+", "", heading)


def document_body(doc: dict) -> str:
    return "\n".join([*doc["paragraphs"], *doc["signature"], *doc.get("after_signature", [])])


def _document(doc: dict, category: str, page: int | None) -> dict:
    return {
        "category": category, "title": doc["title"], "doc_number": doc["doc_number"],
        "registration_code": doc["registration_code"], "issuer": doc["issuer"],
        "signed_date": doc["signed_date"], "addressees": doc["addressees"],
        "attachments": list(doc["attachments"]), "effective_from": doc["effective_from"],
        "effective_until": doc["effective_until"], "valid_years": doc["valid_years"],
        "cited_doc_numbers": list(doc["cited"]), "page": page, "body": document_body(doc),
    }


def _appointments(section: dict) -> list[dict]:
    rows = []
    for row in section["rows"]:
        person, action, position, qualifier, *decided = row
        decided_by = decided[0] if decided else section["decided_by"]
        rows.append({"person": person, "action": action, "position": position, "qualifier": qualifier,
                     "decided_by": decided_by})
    return rows


def _interpretation(item: dict) -> dict:
    """The 解读单位 line names the unit and is no part of the body (tests/test_fixture_documents.py)."""
    return {"title": re.sub(r"\s+", "", item["title"]), "interprets": item["interprets"], "unit": item["unit"],
            "body": "\n".join(item["paragraphs"])}


def _statistics_row(row: tuple) -> dict:
    """A figure may be typed as the string the source prints ('483.40': trailing zero kept in print)."""
    indicator, sub_row, unit, *figures = row
    month, month_yoy, cumulative, cumulative_yoy = (float(v) if isinstance(v, str) else v for v in figures)
    return {"indicator": indicator, "sub_row": sub_row, "unit": unit, "month": month, "month_yoy": month_yoy,
            "cumulative": cumulative, "cumulative_yoy": cumulative_yoy}


def gold_export(issue: dict, pages: dict) -> dict:
    """pages: key → printed page ('doc:<n>' for the n-th document, 'interp:<n>' for the n-th interpretation,
    'section:<n>' for a section)."""
    export = {
        "year": issue["year"], "issue_no": issue["issue_no"], "total_no": issue["total_no"],
        "publish_date": issue["publish_date"], "toc": [], "documents": [], "interpretations": [],
        "appointments": [], "news": [], "chronicle": [], "issued_list": [],
        "statistics": {"title": None, "producer": None, "rows": []}, "back_matter": [],
    }
    doc_index = interp_index = 0
    for index, section in enumerate(issue["sections"]):
        kind, category = section["kind"], heading_name(section["heading"])
        if kind == "interpretations":  # one TOC entry per interpretation, as 2020-11 prints them
            for item in section["items"]:
                page = pages.get(f"interp:{interp_index}")
                export["interpretations"].append(_interpretation(item))
                export["toc"].append({"category": category, "title": re.sub(r"\s+", "", item["title"]),
                                      "doc_number": None, "page": page})
                interp_index += 1
            continue
        if kind == "documents":
            for doc in section["items"]:
                page = pages.get(f"doc:{doc_index}")
                export["documents"].append(_document(doc, category, page))
                export["toc"].append({"category": category, "title": doc.get("toc_title", doc["title"]),
                                      "doc_number": doc["doc_number"] or None, "page": page})
                doc_index += 1
            continue
        page = pages.get(f"section:{index}")
        if kind == "appointments":
            export["appointments"] += _appointments(section)
            toc_title = section["title"]
        elif kind == "news":
            export["news"] += [{"title": re.sub(r"\s+", "", item["title"]), "date": item["date"],
                                "body": "\n".join(item["paragraphs"])} for item in section["items"]]
            toc_title = section["toc_title"]
        elif kind == "chronicle":
            export["chronicle"] += [{"date": entry[0], "text": entry[1]} for entry in section["entries"]]
            toc_title = section["title"]
        elif kind == "issued":
            export["issued_list"] += [{"doc_number": number, "title": title} for number, title in section["rows"]]
            toc_title = section["title"]
        elif kind == "statistics":
            export["statistics"] = {"title": section["title"], "producer": section["producer"],
                                    "rows": [_statistics_row(row) for row in section["rows"]]}
            toc_title = section["title"]
        else:
            raise ValueError(f"unknown section kind {kind}")
        export["toc"].append({"category": category, "title": toc_title, "doc_number": None, "page": page})
    if issue["shape"] == "raw":
        export["toc"] = []  # nothing printed: a derived TOC is the parser's business, not scored
    return export
