"""The public site in real headless Chromium: a reader's path, a 360 px phone, CJK fonts, print."""

from datetime import date
from decimal import Decimal as D
from urllib.parse import unquote

import pytest

from issues.ingest import ingest_path
from issues.models import Document, Issue
from tests.browser import browser, one_pass_only, page, screenshot  # noqa: F401 - fixtures
from tests.conftest import ISSUE_FILES
from tests.factories import (ParsedAppointment, ParsedStatistics, ParsedStatisticsRow, TocEntry, document,
                             make_issue)

pytestmark = [pytest.mark.browser, one_pass_only, pytest.mark.django_db(transaction=True)]

CJK_FONTS = ("WenQuanYi", "Noto Sans CJK", "Noto Serif CJK", "Source Han", "PingFang", "Microsoft YaHei", "SimSun")
APPOINTMENTS = [
    ParsedAppointment("欧阳明辉", "appoint", "温州市人民政府办公室副主任（挂职）兼温州市大数据发展管理局副局长", "试用期一年",
                      "市人民政府决定"),
    ParsedAppointment("王伟", "dismiss", "温州市民政局副局长职务", None, "市人民政府决定"),
]
WIDE_TABLE = "序号\t重点任务\t工作目标\t责任单位\n1\t实施居家和社区养老服务提质工程\t" + "全市建乡镇示范型居家养老中心61个" * 4 + "\t市民政局"


@pytest.fixture
def archive():
    cited = make_issue(2020, 6, toc=[TocEntry("市府办文件", "温州市人民政府办公室关于工业用地的意见", "温政办〔2020〕53号", 4)],
                       documents=[document("温政办〔2020〕53号", "温州市人民政府办公室关于工业用地的意见", page=4)],
                       statistics=ParsedStatistics("主要统计指标", None, [
                           ParsedStatisticsRow("一、规模以上工业增加值", False, "亿元", 101, 5, 466, -1)]))
    citing = make_issue(2020, 11, publish_date=date(2020, 12, 20), appointments=APPOINTMENTS,
                        toc=[TocEntry("市府办文件", "温州市人民政府办公室关于印发温州市医疗救助办法的通知", "温政办〔2020〕78号", 14)],
                        documents=[document("温政办〔2020〕78号", "温州市人民政府办公室关于印发温州市医疗救助办法的通知", page=14,
                                            cited_doc_numbers=["温政办〔2020〕53号"],
                                            body="根据温政办〔2020〕53号文件精神，制定本办法。\n一、总体要求\n" + WIDE_TABLE)],
                        statistics=ParsedStatistics("主要统计指标", None, [
                            ParsedStatisticsRow("一、规模以上工业增加值", False, "亿元", 116, 10, 981, 4)]))
    return cited.document_set.get(), citing.document_set.get()


def test_reader_goes_from_home_to_an_issue_a_document_and_a_cited_one(live_server, page, archive):
    cited, citing = archive
    page.goto(live_server.url + "/")
    screenshot(page, "home")
    page.get_by_role("link", name="2020年第11期（总第219期）").first.click()
    assert unquote(page.url).endswith("/issues/2020/11/")
    page.get_by_role("link", name="温州市人民政府办公室关于印发温州市医疗救助办法的通知").click()
    assert unquote(page.url).endswith(unquote(citing.get_absolute_url()))
    screenshot(page, "document")
    page.locator("a.cited", has_text="温政办〔2020〕53号").click()
    assert unquote(page.url).endswith(unquote(cited.get_absolute_url()))
    assert page.get_by_role("heading", level=1).inner_text() == "温州市人民政府办公室关于工业用地的意见"
    assert page.get_by_role("link", name="温州市人民政府办公室关于印发温州市医疗救助办法的通知").count() == 1  # 被引用


@pytest.mark.parametrize("path", ["/", "/documents/", "/issues/2020/11/", "/issues/2020/11/doc/温政办〔2020〕78号/", "/statistics/",
                                  "/issues/2020/11/statistics/"])
def test_phone_width_pages_have_no_horizontal_scroll(live_server, page, archive, path):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + path)
    screenshot(page, "360-" + (path.strip("/").replace("/", "-") or "home"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_chinese_text_renders_with_width_in_a_cjk_font(live_server, page, archive):
    page.goto(live_server.url + "/")
    heading = page.get_by_role("heading", level=1)
    box = heading.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 0
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "h1"})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    used = {f["familyName"]: f["glyphCount"] for f in fonts}
    assert any(name.startswith(CJK_FONTS) and count > 0 for name, count in used.items()), used


def test_skip_link_is_the_first_stop_visibly_focused_and_jumps_to_main(live_server, page, archive):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "跳到正文"
    assert page.locator(".skip-link").bounding_box()["x"] >= 0
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_printed_document_leaves_out_navigation(live_server, page, archive):
    _, citing = archive
    page.goto(live_server.url + citing.get_absolute_url())
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden()
    assert page.locator(".doc-body").is_visible()
    page.pdf(path=str(screenshot(page, "document-print").with_suffix(".pdf")))


def test_every_page_of_the_sample_issues_fits_a_phone(live_server, page):
    for path in ISSUE_FILES.values():
        ingest_path(path)
    urls = [i.get_absolute_url() for i in Issue.objects.published()]
    urls += [d.get_absolute_url() for d in Document.objects.published()]
    page.set_viewport_size({"width": 360, "height": 740})
    too_wide = {}
    for url in urls:
        page.goto(live_server.url + url)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            too_wide[unquote(url)] = width
    assert too_wide == {}
    assert len(urls) > 5


# Text that must never break inside, and the narrowest a column of each kind may become (in em).
UNBROKEN = [".table-scroll .col-name", ".table-scroll .col-code", ".table-scroll td.num"]  # names, numbers, figures
MIN_WIDTH = {".table-scroll .col-text": 12, ".table-scroll .col-short": 6, ".doc-body .table-scroll td": 6}
LINES_OF = """el => { const r = document.createRange(); r.selectNodeContents(el);
                      return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; }"""


@pytest.mark.parametrize("path", ["/issues/2020/11/appointments/", "/issues/2020/11/doc/温政办〔2020〕78号/",
                                  "/issues/2020/11/statistics/", "/statistics/"])
def test_tables_scroll_sideways_on_a_phone_instead_of_squeezing_their_columns(live_server, page, archive, path):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + path)
    screenshot(page, "360-table-" + path.strip("/").replace("/", "-"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    cells = 0
    for selector in UNBROKEN:
        for cell in page.locator(selector).all():
            assert cell.evaluate(LINES_OF) <= 1, (selector, cell.inner_text())
            cells += 1
    for selector, em in MIN_WIDTH.items():
        for cell in page.locator(selector).all():
            least = em * float(cell.evaluate("el => getComputedStyle(el).fontSize").removesuffix("px"))
            assert cell.bounding_box()["width"] >= least - 1, (selector, cell.inner_text())
            cells += 1
    assert cells > 0
    regions = page.locator(".table-scroll")
    overflowing = [r.evaluate("el => el.scrollWidth > el.clientWidth") for r in regions.all()]
    if path.endswith(("appointments/", "78号/")):
        assert any(overflowing)  # the wide table scrolls inside its region, which the keyboard can reach
        assert all(r.get_attribute("tabindex") == "0" for r in regions.all())


@pytest.mark.parametrize("width", [360, 1280])
def test_chart_labels_never_overlap_in_the_browser(live_server, page, width):
    for year, issue_no, yoy in [(2019, 4, "0"), (2020, 6, "-0.3"), (2020, 9, "2.5"), (2020, 10, "1.0"), (2020, 11, "0.5"),
                                (2021, 5, "10.0")]:
        make_issue(year, issue_no, statistics=ParsedStatistics("主要统计指标", None, [
            ParsedStatisticsRow("二、财政总收入", False, "亿元", D("56.10"), D(yoy), D("507.50"), D("3.0"))]))
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + "/statistics/")
    screenshot(page, f"{width}-statistics-labels")
    boxes = page.locator(".chart svg text").evaluate_all(
        "els => els.map(e => { const b = e.getBoundingClientRect(); return [e.textContent, b.left, b.top, b.right, b.bottom]; })")
    assert len(boxes) > 10
    touching = [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]
    assert touching == []
    svg = page.locator(".chart svg").bounding_box()
    assert all(svg["x"] - 1 <= left and right <= svg["x"] + svg["width"] + 1 for _, left, _, right, _ in boxes)
    centres = page.locator(".chart rect.bar").evaluate_all(
        "els => els.map(e => { const b = e.getBoundingClientRect(); return (b.left + b.right) / 2; })")
    assert (centres[1] - centres[0]) / (centres[2] - centres[1]) == pytest.approx(14 / 3, rel=0.02)  # 2019.4 → 2020.6 → 2020.9


def test_printed_document_carries_the_citation_and_the_absolute_permanent_link(live_server, page, archive):
    _, citing = archive
    page.goto(live_server.url + citing.get_absolute_url())
    page.emulate_media(media="print")
    assert page.locator(".cite-line").is_visible()
    assert "温州市人民政府办公室关于印发温州市医疗救助办法的通知（温政办〔2020〕78号）" in page.locator(".cite-line").inner_text()
    link = page.locator(".permalink a")
    assert link.is_visible() and link.inner_text() == live_server.url + "/doc/温政办〔2020〕78号"
    assert page.evaluate("document.querySelector('.permalink a').href").startswith(live_server.url + "/doc/")


def test_the_current_section_is_marked_and_visibly_so(live_server, page, archive):
    page.goto(live_server.url + "/people/王伟/")
    current = page.locator(".site-nav a[aria-current]")
    assert current.inner_text() == "人事任免" and current.get_attribute("aria-current") == "true"
    other = page.locator(".site-nav a", has_text="文件")
    assert current.evaluate("e => getComputedStyle(e).fontWeight") != other.evaluate("e => getComputedStyle(e).fontWeight")


@pytest.mark.parametrize("width", [360, 1280])
def test_search_results_come_first_on_a_phone_with_the_filters_folded(live_server, page, archive, width):
    from search.indexing import update_index

    for issue in Issue.objects.published():
        assert update_index(issue) == ""
    page.set_viewport_size({"width": width, "height": 740})
    page.goto(live_server.url + "/search/?q=温政办")
    screenshot(page, f"{width}-search")
    results, facet = page.locator(".search-results"), page.locator(".search-facet a").first
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    if width == 360:  # folded after the results; a tap on its summary opens it, no script needed
        assert facet.is_hidden()
        assert results.bounding_box()["y"] < page.locator(".search-refine summary").bounding_box()["y"]
        page.locator(".search-refine summary").click()
        assert facet.is_visible()
    else:  # open beside the results
        assert facet.is_visible() and facet.bounding_box()["x"] > results.bounding_box()["x"] + 300
