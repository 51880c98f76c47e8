"""Print a held-out issue as a text export, the shape of fixtures 2019-04, 2020-06, 2020-11, 2021-05:
cover block, printed TOC with page numbers, then the sections, one printed line per line with blank
lines between. Some issues keep the page furniture (footer page numbers, running headers whose
wording alternates) that a converter left in, and cut a title block by a page break.

Pages are counted with a fixed capacity per page; the TOC prints them and the gold takes them.
"""

from __future__ import annotations

import math

from gold import heading_name

PAGE_CHARS = 1100
CN_DIGITS = "○一二三四五六七八九"


def chinese_date(iso: str) -> str:
    """'2006-03-15' → '二○○六年三月十五日' (GB/T 9704 before 2012)."""
    year, month, day = (int(part) for part in iso.split("-"))

    def small(n):
        tens, units = divmod(n, 10)
        return ("" if tens < 2 else CN_DIGITS[tens]) + ("十" if tens else "") + (CN_DIGITS[units] if units else "")

    return "".join(CN_DIGITS[int(d)] for d in str(year)) + f"年{small(month)}月{small(day)}日"


def arabic_date(iso: str) -> str:
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{year}年{month}月{day}日"


class Printer:
    """Collects printed lines and knows the current page; emits furniture at page ends if asked."""

    def __init__(self, issue: dict):
        self.issue, self.lines, self.page, self.used = issue, [], 2, 0
        self.furniture = issue.get("page_furniture", False)

    def line(self, text: str) -> None:
        self.lines.append(text)
        self.used += len(text)

    def new_page(self) -> None:
        if self.furniture:
            self.lines.append(self.issue["page_form"].format(self.page))
            headers = self.issue["running_headers"]
            self.lines.append(headers[(self.page + 1) % len(headers)])
        self.page += 1
        self.used = 0

    def settle(self) -> None:
        """After an item: move on by the pages its text filled (at least one line's worth)."""
        for _ in range(max(0, math.ceil(self.used / PAGE_CHARS) - 1)):
            self.new_page()
        if self.used:
            self.new_page()


def _date(issue: dict, iso: str) -> str:
    return chinese_date(iso) if issue["year"] < 2012 else arabic_date(iso)


def _document(p: Printer, issue: dict, doc: dict) -> None:
    if doc["registration_code"]:
        p.line(doc["registration_code"])
    block = doc["title_block"]
    p.line(block[0])
    if doc.get("cut_title") and len(block) > 1:
        p.new_page()  # the title block runs over a page break: footer and header between its lines
    for line in block[1:]:
        p.line(line)
    if doc["doc_number"]:
        p.line(doc["doc_number"])
    if doc["addressees"]:
        p.line(doc["addressees"] + "：")
    for text in [*doc["paragraphs"], *doc["signature"], *doc.get("after_signature", [])]:
        p.line(text)


def heading_lines(section: dict) -> list[str]:
    """A column heading as printed: one line, or split over several (['政务', '简讯'])."""
    return section.get("heading_lines") or [section["heading"]]


def _interpretation(p: Printer, item: dict) -> None:
    for line in item["title_lines"]:
        p.line(line)
    for text in item["paragraphs"]:
        p.line(text)
    p.line(f"{item.get('unit_label', '解读单位')}：{item['unit']}")


def _section(p: Printer, issue: dict, section: dict) -> None:
    kind = section["kind"]
    if kind in ("appointments", "chronicle") and (" " in section["heading"] or "heading_lines" in section):
        for line in heading_lines(section):  # a letter-spaced or split column heading above the section title
            p.line(line)
    if kind == "appointments":
        p.line(section["title"])
        for text in section["lines"]:
            p.line(text)
    elif kind == "news":
        for line in heading_lines(section):
            p.line(line)
        for item in section["items"]:
            p.line(" ".join(item["title_lines"]))
            for text in item["paragraphs"]:
                p.line(text)
    elif kind == "chronicle":
        p.line(section["title"])
        _chronicle(p, section)
    elif kind == "issued":
        p.line(section["title"])
        for number, title in section["rows"]:
            p.line(f"{number}\u3000\u3000{title}")
    elif kind == "statistics":
        p.line(section["title"])
        p.line("指标\t单位\t当月\t同比 ±%\t累计\t同比 ±%")
        for indicator, sub_row, unit, *figures in section["rows"]:
            cells = ["—" if value is None else str(value) for value in figures]
            p.line("\t".join([("#" if sub_row else "") + indicator, unit, *cells]))
        p.line(section["producer"])


def day_label(section: dict, entry: tuple) -> str:
    """The day marker an entry is printed under: its own (a range, '5~6日'), the section's for that day, or 'N日'."""
    day = entry[0]
    return entry[2] if len(entry) > 2 else section.get("day_labels", {}).get(day, f"{int(day[-2:])}日")


def chronicle_markers(section: dict):
    """(date, text, marker, glued): marker is None for a further entry under the same printed marker. An
    entry's own marker is always printed (a source may repeat '是日' or a day for each entry)."""
    last, glued = None, set(section.get("glued_days", ()))
    for entry in section["entries"]:
        label = day_label(section, entry)
        new = len(entry) > 2 or label != last
        yield entry[0], entry[1], (label if new else None), new and entry[0] in glued
        if new:
            glued.discard(entry[0])  # only a date's first marker is glued
        last = label


def _chronicle(p: Printer, section: dict) -> None:
    """A day opens its first entry ('5日  …') or stands on its own line; a day in `glued_days` is printed at
    the end of the previous entry's line instead ('…出席会议。 5日'), as a converter joins a short line."""
    for day, text, label, glued in chronicle_markers(section):
        new_day = label is not None
        if glued and p.lines:
            p.lines[-1] += f" {label}"
            p.line(text if section["inline_days"] else f"△ {text}")
        elif section["inline_days"]:
            p.line(f"{label}  {text}" if new_day else f"△ {text}")
        else:
            if new_day:
                p.line(label)
            p.line(f"△ {text}")


def _toc_line(issue: dict, title: str, doc_number: str | None, page: int) -> list[str]:
    number = f"（{doc_number}）" if doc_number else ""
    if issue["toc_form"] == "plain":
        return [title, f"{number}……………（{page:02d}）"] if number else [f"{title}……………（{page:02d}）"]
    return [f"{title}{number}……………（{page:02d}）"]


def _cover(issue: dict) -> list[str]:
    publish = issue["publish_date"]
    return ["", "", "", f"{issue['year']}.{issue['issue_no']}", f"总第{issue['total_no']}期（月刊）",
            f"出版日期：{_date(issue, publish)}", "温州市人民政府公报编辑委员会", "主办：温州市人民政府",
            "承编：温州市政府公报中心", "地址：鹿城区市府路500号", "电话：0577-88966929", "",
            "温州市人民政府公报", "●传达政令 ●指导工作 ●公开政务 ●服务社会"]


def print_text(issue: dict) -> tuple[str, dict]:
    """The issue as text, and the printed page of each document and section (for TOC and gold)."""
    body, pages, toc = Printer(issue), {}, []
    doc_index = interp_index = 0
    for index, section in enumerate(issue["sections"]):
        if section["kind"] == "interpretations":
            for item in section["items"]:
                pages[f"interp:{interp_index}"] = body.page
                toc.append((section["heading"], item["title"], None, body.page))
                _interpretation(body, item)
                body.settle()
                interp_index += 1
        elif section["kind"] == "documents":
            for doc in section["items"]:
                pages[f"doc:{doc_index}"] = body.page
                toc.append((section["heading"], doc.get("toc_title", doc["title"]), doc["doc_number"], body.page))
                _document(body, issue, doc)
                body.settle()
                doc_index += 1
        else:
            pages[f"section:{index}"] = body.page
            title = section.get("toc_title") or section["title"]
            toc.append((section["heading"], title, None, body.page))
            _section(body, issue, section)
            body.settle()
    if body.furniture:
        body.lines.pop()  # no running header for the page after the last one
    lines = _cover(issue)
    last_heading = None
    for heading, title, number, page in toc:
        if heading != last_heading:
            lines.append(heading_name(heading))
            last_heading = heading
        lines += _toc_line(issue, title, number or None, page)
    text = "\n\n".join(lines + body.lines) + "\n"
    return text, pages
