"""The public site in real headless Chromium: a reader's path, a 360 px phone, CJK fonts, print."""

from datetime import date
from urllib.parse import unquote

import pytest

from issues.ingest import ingest_path
from issues.models import Document, Issue
from tests.browser import browser, page, screenshot  # noqa: F401 - fixtures
from tests.conftest import ISSUE_FILES
from tests.factories import ParsedStatistics, ParsedStatisticsRow, TocEntry, document, make_issue

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CJK_FONTS = ("WenQuanYi", "Noto Sans CJK", "Noto Serif CJK", "Source Han", "PingFang", "Microsoft YaHei", "SimSun")
WIDE_TABLE = "序号\t重点任务\t工作目标\t责任单位\n1\t实施居家和社区养老服务提质工程\t" + "全市建乡镇示范型居家养老中心61个" * 4 + "\t市民政局"


@pytest.fixture
def archive():
    cited = make_issue(2020, 6, toc=[TocEntry("市府办文件", "温州市人民政府办公室关于工业用地的意见", "温政办〔2020〕53号", 4)],
                       documents=[document("温政办〔2020〕53号", "温州市人民政府办公室关于工业用地的意见", page=4)],
                       statistics=ParsedStatistics("主要统计指标", None, [
                           ParsedStatisticsRow("一、规模以上工业增加值", False, "亿元", 101, 5, 466, -1)]))
    citing = make_issue(2020, 11, publish_date=date(2020, 12, 20),
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
