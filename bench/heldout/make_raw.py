"""Typeset a held-out issue as a two-column print and extract it as fixture 2020-09 was extracted.

HTML/CSS (two columns, title blocks across both, running headers that alternate left/right, a page
number footer in the issue's own form, Song body, Hei headings, Kai for documents) is printed to
PDF by the system Chromium through Playwright, then `pdftotext -raw` (poppler) reads it in content
stream order. Title blocks and headings are positioned frames, as in a DTP layout, so they are
painted (and so extracted) after the column text of their page: the displacement 2020-09 shows. The only
reshaping is what a generic converter does: one printed line per line, a blank line between, and a
page break written as a space at the start of the next page's first line (as in 2020-09).

Nothing here imports the parser.
"""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

from layout_text import chronicle_markers, heading_lines

CHROMIUM = "/usr/bin/chromium"
SONG, HEI, KAI = "AR PL SungtiL GB", "WenQuanYi Zen Hei", "AR PL KaitiM GB"

CSS = """
@page {{ size: 185mm 260mm; margin: {margin};
  @top-center {{ content: "{header_right}"; font: 8.5pt "{hei}"; border-bottom: 0.5pt solid #000; }}
  @bottom-center {{ content: {footer}; font: 9pt "{song}"; }} }}
@page :left {{ margin: {margin_left}; @top-center {{ content: "{header_left}"; }} }}
html {{ counter-reset: page {first_page_minus_one}; }}
body {{ font-family: "{song}"; font-size: 10.5pt; line-height: 1.62; margin: 0; }}
.cols {{ columns: {columns}; column-gap: 9mm; column-fill: auto; }}
.span, .heading, .number, .code {{ position: relative; }}
.span {{ column-span: all; text-align: center; font-family: "{hei}"; font-size: 15pt; line-height: 1.5; margin: 0; }}
.heading {{ column-span: all; text-align: center; font-family: "{hei}"; font-size: 17pt; margin: 4mm 0; letter-spacing: {heading_spacing}; }}
.toc {{ break-after: page; column-span: all; }} .toc p {{ text-indent: 0; }} .toc .cat {{ font-family: "{hei}"; margin-top: 2mm; }}
.number {{ column-span: all; text-align: center; font-family: "{song}"; font-size: 11pt; margin: 2mm 0 3mm; }}
.code {{ column-span: all; text-align: left; font-size: 9pt; margin: 0; }}
p {{ margin: 0; text-indent: 2em; text-align: justify; }}
p.flush {{ text-indent: 0; }}
p.sign {{ text-align: right; text-indent: 0; }}
.doc p {{ font-family: "{kai}"; }}
.ctitle {{ font-family: "{hei}"; text-align: center; text-indent: 0; font-size: 12pt; margin: 3mm 0 1mm; }}
table {{ column-span: all; border-collapse: collapse; margin: 2mm auto; font-size: 9.5pt; }}
td, th {{ padding: 1mm 3mm; {table_rules} }}
td.num {{ text-align: right; }}
"""


def _e(text: str) -> str:
    return html.escape(text)


def _footer_css(form: str) -> str:
    before, after = form.split("{}")
    return f'"{before}" counter(page) "{after}"'


def _document_html(doc: dict) -> list[str]:
    out = []
    if doc["registration_code"]:
        out.append(f'<p class="code">{_e(doc["registration_code"])}</p>')
    block = doc["title_block"]
    if doc.get("cut_title") and len(block) > 1:
        # the first title line ends a page: running header and page number fall inside the title block
        out.append(f'<p class="span" style="break-after: page">{_e(block[0])}</p>')
        block = block[1:]
    out += [f'<p class="span">{_e(line)}</p>' for line in block]
    if doc["doc_number"]:
        out.append(f'<p class="number">{_e(doc["doc_number"])}</p>')
    out.append('<div class="doc">')
    if doc["addressees"]:
        out.append(f'<p class="flush">{_e(doc["addressees"])}：</p>')
    out += [f"<p>{_e(text)}</p>" for text in doc["paragraphs"]]
    out += [f'<p class="sign">{_e(text)}</p>' for text in doc["signature"]]
    for text in doc.get("after_signature", []):
        out.append(f'<p class="ctitle">{_e(text)}</p>' if len(text) < 30 else f"<p>{_e(text)}</p>")
    out.append("</div>")
    return out


def _chronicle_html(section: dict) -> list[str]:
    out = []
    for _day, text, label, glued in chronicle_markers(section):
        if glued and out:  # the day set at the end of the previous entry's line
            out[-1] = out[-1].removesuffix("</p>") + f"\u3000<b>{_e(label)}</b></p>"
            out.append(f'<p class="flush">{"" if section["inline_days"] else "△ "}{_e(text)}</p>')
        elif section["inline_days"]:
            shown = f"<b>{_e(label)}</b>\u3000{_e(text)}" if label else f"△ {_e(text)}"
            out.append(f'<p class="flush">{shown}</p>')
        else:
            if label:
                out.append(f'<p class="flush"><b>{_e(label)}</b></p>')
            out.append(f'<p class="flush">△ {_e(text)}</p>')
    return out


def _interpretation_html(item: dict) -> list[str]:
    out = [f'<p class="ctitle">{_e(line)}</p>' for line in item["title_lines"]]
    out += [f"<p>{_e(text)}</p>" for text in item["paragraphs"]]
    return out + [f'<p class="sign">{_e(item.get("unit_label", "解读单位"))}：{_e(item["unit"])}</p>']


def _section_html(section: dict) -> list[str]:
    kind = section["kind"]
    out = [f'<p class="heading">{_e(line)}</p>' for line in heading_lines(section)]
    if kind == "interpretations":
        for item in section["items"]:
            out += _interpretation_html(item)
    elif kind == "appointments":
        out.append(f'<p class="ctitle">{_e(section["title"])}</p>')
        out += [f'<p class="flush">{_e(line)}</p>' for line in section["lines"]]
    elif kind == "news":
        for item in section["items"]:
            out += [f'<p class="ctitle">{_e(line)}</p>' for line in item["title_lines"]]
            out += [f"<p>{_e(text)}</p>" for text in item["paragraphs"]]
    elif kind == "chronicle":
        out.append(f'<p class="ctitle">{_e(section["title"])}</p>')
        out += _chronicle_html(section)
    elif kind == "issued":
        out.append(f'<p class="ctitle">{_e(section["title"])}</p>')
        out += [f'<p class="flush">{_e(number)}\u3000\u3000{_e(title)}</p>' for number, title in section["rows"]]
    elif kind == "statistics":
        out.append(f'<p class="span" style="font-size:12pt">{_e(section["title"])}</p>')
        out.append("<table><tr><th>指标</th><th>单位</th><th>当月</th><th>同比±%</th><th>累计</th><th>同比±%</th></tr>")
        for indicator, sub_row, unit, *figures in section["rows"]:
            name = ("\u3000\u3000#" if sub_row else "") + indicator
            cells = "".join(f'<td class="num">{"——" if v is None else v}</td>' for v in figures)
            out.append(f"<tr><td>{_e(name)}</td><td>{_e(unit)}</td>{cells}</tr>")
        out.append("</table>")
        out.append(f'<p class="sign">{_e(section["producer"])}</p>')
    return out


LAYOUTS = {
    # the raw print every raw issue is extracted from
    "raw": {"columns": 2, "margin": "24mm 17mm 22mm 17mm", "margin_left": "24mm 17mm 22mm 17mm",
            "heading_spacing": "normal"},
    # issue 11, layout A: two columns, title blocks across both
    "a": {"columns": 2, "margin": "24mm 17mm 22mm 17mm", "margin_left": "24mm 17mm 22mm 17mm",
          "heading_spacing": "normal", "table_rules": "border: 0.5pt solid #000;"},
    # issue 11, layout B: one column, mirrored margins, letter-spaced headings, tables without rules
    "b": {"columns": 1, "margin": "22mm 14mm 22mm 30mm", "margin_left": "22mm 30mm 22mm 14mm",
          "heading_spacing": "0.6em", "table_rules": "border: none;"},
}


def _header(issue: dict) -> tuple[str, str]:
    """The right-hand and left-hand running headers (a text export's cycle of headers gives its first two)."""
    headers = (issue.get("header") or issue.get("running_headers")
               or ("温州市人民政府公报", f"{issue['year']}年第{issue['issue_no']}期"))
    return headers[0], headers[1]


def _toc_html(toc: list[tuple]) -> list[str]:
    out, last = ['<div class="toc"><p class="heading">目　录</p>'], None
    for category, title, number, page in toc:
        if category != last:
            out.append(f'<p class="cat">{_e(category)}</p>')
            last = category
        number = f"（{_e(number)}）" if number else ""
        out.append(f'<p class="flush">{_e(title)}{number}……（{page:02d}）</p>')
    return out + ["</div>"]


def issue_html(issue: dict, layout: str = "raw", toc: list[tuple] | None = None) -> str:
    options = {"table_rules": issue.get("table_rules", "border: 0.5pt solid #000;"), **LAYOUTS[layout]}
    header_right, header_left = _header(issue)
    css = CSS.format(header_right=header_right, header_left=header_left, footer=_footer_css(issue["page_form"]),
                     song=SONG, hei=HEI, kai=KAI, first_page_minus_one=issue.get("first_page", 3) - 1, **options)
    parts = _toc_html(toc) if toc is not None else []
    for section in issue["sections"]:
        if section["kind"] == "documents":
            for doc in section["items"]:
                parts += _document_html(doc)
        else:
            parts += _section_html(section)
    body = "\n".join(parts)
    return f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css}</style></head>' \
           f'<body><div class="cols">{body}</div></body></html>'


def print_pdf(html_text: str, pdf_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        page = browser.new_page()
        page.set_content(html_text, wait_until="load")
        page.pdf(path=str(pdf_path), prefer_css_page_size=True, print_background=True)
        browser.close()


def pdftotext(pdf_path: Path, first: int | None = None, last: int | None = None) -> str:
    command = ["pdftotext", "-raw", "-enc", "UTF-8"]
    if first:
        command += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*command, str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout


def reshape(extracted: str) -> str:
    """One printed line per line, blank lines between; a page break starts the next line with a space."""
    pages = [[line for line in page.split("\n") if line.strip()] for page in extracted.split("\f")]
    pages = [page for page in pages if page]
    return "\n ".join("\n\n".join(page) for page in pages) + "\n"


def page_count(pdf_path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def printed_pages(issue: dict, pdf_path: Path, skip: int = 0) -> dict:
    """Where each document's title block and each section heading fell, as printed page numbers."""
    squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    texts = [squeeze(pdftotext(pdf_path, n)) for n in range(1, page_count(pdf_path) + 1)]
    for header in _header(issue):  # a running header must not pass for a title line
        texts = [text.replace(squeeze(header), "") for text in texts]
    first = issue.get("first_page", 3)

    def find(needle: str, start: int) -> int:
        for index in range(start, len(texts)):
            if squeeze(needle) in texts[index]:
                return index
        raise LookupError(f"{issue['name']}: {needle!r} not found in the PDF")

    pages, at, doc_index, interp_index = {}, skip, 0, 0
    for index, section in enumerate(issue["sections"]):
        if section["kind"] == "interpretations":
            for item in section["items"]:
                at = find(item["title_lines"][0], at)
                pages[f"interp:{interp_index}"] = first + at
                interp_index += 1
        elif section["kind"] == "documents":
            for doc in section["items"]:
                at = find(doc["title_block"][0], at)
                pages[f"doc:{doc_index}"] = first + at
                doc_index += 1
        else:
            at = find(heading_lines(section)[0], at)
            pages[f"section:{index}"] = first + at
    return pages
