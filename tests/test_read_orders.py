"""Orders as gazettes print them, a notice with its addressees wrapped over an order, and the column a document's own
issuer tells (issue 21 §1, documents, docs21d): an order's number first, its title only in the sentence publishing its
rule (a province's, a city's by its abbreviation, its serial bracketed), filed in the column of orders and dated by
its signature in both shapes; a notice without number, its addressee line wrapped and run on into its text, read as
its own document over the order; a column's heading over a document that tells its own column.

Rows are real public documents of other provinces (tests/data/SOURCES.md `docs21d`), laid out by the helpers of
tests/test_read_variations.py. Never rows from bench/heldout*: that is the yardstick.
"""

import pytest

from issues.parser import parse_issue
from tests.test_read_documents import JOINT, JOINT_READ
from tests.test_read_variations import NEIMENGGU, WUHAN, WUHAN_TOC, layout, raw_layout

FIELDS = ("doc_number", "category", "title", "issuer", "signed_date")

# hubei-1994-52: a province's order, its serial bracketed, signed by the governor's title and name
HUBEI = ["湖北省人民政府令（第52号）",
         "《湖北省行政事业性收费管理办法》已经一九九三年十月十九日省人民政府常务会议审议通过，现发布施行。",
         "省长　贾志杰", "一九九四年一月三日", "湖北省行政事业性收费管理办法",
         "第一条　为加强对行政事业性收费的管理，维护公民、法人和其他组织的合法权益，保障经济建设健康发展，根据国家有关法律、法规，"
         "结合我省实际情况，制定本办法。"]
HUBEI_READ = (HUBEI[0], "市政府令", HUBEI[4], "湖北省人民政府", "1994-01-03")
HUBEI_TOC = ("市政府令", f"{HUBEI[4]}（湖北省人民政府令第52号）")
# chongqing-2001-121: a city's order numbered by its government's abbreviation (渝府), publishing a 通告 that names
# its government; signed by the mayor's title alone, letter-spaced ('市　长': the name is the seal's)
CHONGQING = ["渝府令第121号",
             "《重庆市人民政府关于控制主城区采（碎）石场和小水泥厂尘污染的通告》已经2001年12月13日市人民政府第97次常务会议审议通过，"
             "现予发布，自2002年1月1日起施行。",
             "市　长", "二○○一年十二月三十日", "重庆市人民政府关于控制主城区采（碎）石场和小水泥厂尘污染的通告",
             "第一条　为有效控制主城区尘污染，改善大气环境质量，保护人民群众身体健康，促进我市经济社会的健康发展，根据《中华人民共和国"
             "大气污染防治法》、《重庆市环境保护条例》等法律、法规规定，制定本通告。"]
CHONGQING_READ = (CHONGQING[0], "市政府令", CHONGQING[4], "重庆市人民政府", "2001-12-30")
CHONGQING_TOC = ("市政府令", f"{CHONGQING[4]}（{CHONGQING[0]}）")
# neimenggu-1997-82 (tests/test_read_variations.py NEIMENGGU) as its gazette sets an order: the number over two lines
# first, the rule's title under the signature
NEIMENGGU_FIRST = ["内蒙古自治区人民政府令", "第82号"] + NEIMENGGU[3:6] + NEIMENGGU[:1] + NEIMENGGU[6:]
NEIMENGGU_READ = ("内蒙古自治区人民政府令第82号", "市政府令", NEIMENGGU[0], "内蒙古自治区人民政府", "1997-07-23")
NEIMENGGU_TOC = ("市政府令", f"{NEIMENGGU[0]}（内蒙古自治区人民政府令第82号）")
WUHAN_READ = ("武政〔2005〕32号", "市政府文件", "武汉市人民政府关于批转武汉市高级中等学校招生统一考试管理规定的通知", "武汉市人民政府",
              "2005-06-17")


def documents(text):
    return [tuple(d[name] for name in FIELDS) for d in parse_issue(text).to_export()["documents"]]


ORDERS = [(HUBEI, HUBEI_TOC, HUBEI_READ, "hubei"), (CHONGQING, CHONGQING_TOC, CHONGQING_READ, "chongqing"),
          (NEIMENGGU_FIRST, NEIMENGGU_TOC, NEIMENGGU_READ, "neimenggu")]
NUMBER_FIRST = [
    case for order, toc, read, name in ORDERS for case in (
        pytest.param(layout(2002, 1, [WUHAN_TOC, toc], WUHAN + order), read, id=f"{name}_text_export"),
        pytest.param(raw_layout(2002, 1, [WUHAN, order]), read, id=f"{name}_raw_on_its_own_page"),
        pytest.param(raw_layout(2002, 1, [WUHAN + order]), read, id=f"{name}_raw_under_a_signature"),
    )
]


@pytest.mark.parametrize("text, expected", NUMBER_FIRST)
def test_an_order_printed_number_first_is_an_order_dated_by_its_signature(text, expected):
    assert documents(text)[1:] == [expected]


def test_the_rule_an_order_publishes_stays_its_text_in_a_raw_extraction():
    found = parse_issue(raw_layout(2002, 1, [WUHAN, CHONGQING])).to_export()["documents"]
    body = "".join(found[1]["body"].split())  # the column's lines as printed
    assert len(found) == 2 and body.endswith("".join("".join(CHONGQING[4:]).split()))


# quanzhou-2007-traffic: a city government's notice without number, signed by its seal's date; its addressee line
# wrapped by a narrow column over three lines, the last run on into its text
QUANZHOU = ["泉州市人民政府关于印发《泉州中心市区道路交通安全管理规定》的通知", "各县（市、区）人民政府、", "泉州开发区管委会，",
            "市直各单位：",
            "《泉州中心市区道路交通安全管理规定》已经泉州市人民政府第3次市长办公会议研究通过，现印发给你们，请遵照执行。",
            "二○○七年二月十二日"]
QUANZHOU_READ = ("", "市政府文件", QUANZHOU[0], "泉州市人民政府", "2007-02-12")
WRAPPED_ADDRESSEES = [
    pytest.param([QUANZHOU + HUBEI], [QUANZHOU_READ, HUBEI_READ], id="opening_the_text"),
    pytest.param([WUHAN, QUANZHOU + HUBEI], [WUHAN_READ, QUANZHOU_READ, HUBEI_READ], id="on_its_own_page"),
    pytest.param([WUHAN + QUANZHOU, HUBEI], [WUHAN_READ, QUANZHOU_READ, HUBEI_READ], id="under_a_signature"),
]


@pytest.mark.parametrize("pages, expected", WRAPPED_ADDRESSEES)
def test_a_notice_without_number_over_an_order_is_its_own_document_with_its_wrapped_addressees(pages, expected):
    parsed = parse_issue(raw_layout(2007, 3, pages))
    found = parsed.to_export()["documents"]
    assert [tuple(d[name] for name in FIELDS) for d in found] == expected
    notice = found[expected.index(QUANZHOU_READ)]
    assert notice["addressees"] == "".join(QUANZHOU[1:4])[:-1] and notice["body"].startswith("《泉州中心市区")
    assert not [w for w in parsed.warnings if w.is_loss and w.kind != "unread_line"]


# the joint notice (tests/test_read_documents.py JOINT, 温价〔2010〕12号: a price bureau's) on a page whose header names
# another column, as a page's running header does: its own number tells its column
@pytest.mark.parametrize("header", ["省政府文件", "市政府令"])
def test_a_column_heading_over_a_document_does_not_override_the_column_its_number_tells(header):
    assert documents(raw_layout(2010, 4, [WUHAN, [header] + JOINT]))[1] == JOINT_READ


# --- a small issue of such documents, 1994-2007, in both shapes ------------------------------------------------------
# state-council-1997-238: the State Council's order, number first over two lines, signed by the premier's title and name
PIGS = ["中华人民共和国国务院令", "第238号",
        "《生猪屠宰管理条例》已经1997年12月12日国务院第六十四次常务会议通过，现予发布，自1998年1月1日起施行。", "总理　李鹏",
        "1997年12月19日", "生猪屠宰管理条例", "第一条　为了加强生猪屠宰管理，保证生猪产品质量，保障人民身体健康，制定本条例。"]
PIGS_READ = ("中华人民共和国国务院令第238号", "市政府令", "生猪屠宰管理条例", "中华人民共和国国务院", "1997-12-19")
# the 泉州 notice as the page prints its addressees, on one line, with the enclosed rule's title and first paragraph: its
# title opens the page after one whose last line is a finished sentence as wide as the column (the 重庆 通告's article)
QUANZHOU_WHOLE = [QUANZHOU[0], "".join(QUANZHOU[1:4])] + QUANZHOU[4:] + [
    "泉州中心市区道路交通安全管理规定",
    "为了进一步加强中心市区道路交通安全管理，改善中心市区道路交通秩序，确保道路交通安全、畅通、有序，根据《中华人民共和国道路交通"
    "安全法》、《中华人民共和国道路运输条例》、《城市道路管理条例》等有关法律法规规定，结合我市实际，制定泉州中心市区道路交通安全"
    "管理规定（以下简称《规定》）。"]
ISSUE_TOC = [("市政府令", "生猪屠宰管理条例（中华人民共和国国务院令第238号）"), HUBEI_TOC, CHONGQING_TOC,
             ("市政府文件", QUANZHOU[0]), ("市政府文件", WUHAN_TOC[1])]
ISSUE_READ = [PIGS_READ, HUBEI_READ, CHONGQING_READ, QUANZHOU_READ, WUHAN_READ]
WHOLE_ISSUE = [
    pytest.param(layout(2007, 3, ISSUE_TOC, ["市政府令"] + PIGS + HUBEI + CHONGQING + ["市政府文件"] + QUANZHOU_WHOLE + WUHAN),
                 id="text_export"),
    pytest.param(raw_layout(2007, 3, [PIGS, HUBEI + CHONGQING, QUANZHOU_WHOLE, WUHAN]), id="raw"),
]


@pytest.mark.parametrize("text", WHOLE_ISSUE)
def test_an_issue_of_orders_and_notices_of_other_places_reads_each_whole(text):
    parsed = parse_issue(text)
    found = parsed.to_export()["documents"]
    assert [tuple(d[name] for name in FIELDS) for d in found] == ISSUE_READ
    assert [d["addressees"] for d in found] == [None, None, None, "".join(QUANZHOU[1:4])[:-1], WUHAN[3][:-1]]
    assert not [w for w in parsed.warnings if w.is_loss and w.kind != "unread_line"]


# --- an order printed title, government, number (issue 21 §1, documents, docs21e) ------------------------------------
# chongqing-2001-121 as the law site prints it (tests/data/SOURCES.md `CHONGQING_SITE`): the rule's title, the government's
# name, then its number, the sentence publishing the rule and the signature; the rule's title again over its articles.
# The title and the government's name were left in the body of the document before (raw), or the name read as part of
# the title (text export)
CHONGQING_SITE = [CHONGQING[4], "重庆市人民政府"] + CHONGQING
TITLE_GOVERNMENT_NUMBER = [
    pytest.param(layout(2002, 1, [WUHAN_TOC, CHONGQING_TOC], WUHAN + CHONGQING_SITE), id="text_export"),
    pytest.param(raw_layout(2002, 1, [WUHAN, CHONGQING_SITE]), id="raw_on_its_own_page"),
    pytest.param(raw_layout(2002, 1, [WUHAN + CHONGQING_SITE]), id="raw_under_a_signature"),
]


@pytest.mark.parametrize("text", TITLE_GOVERNMENT_NUMBER)
def test_an_order_printed_title_government_number_is_an_order_whose_title_is_its_rule(text):
    found = parse_issue(text).to_export()["documents"]
    assert [tuple(d[name] for name in FIELDS) for d in found][1:] == [CHONGQING_READ]
    assert found[0]["doc_number"] == WUHAN[2].replace(" ", "") and "重庆" not in found[0]["body"]


def test_an_order_painted_under_the_first_pages_masthead_is_on_that_page_without_it():
    """A raw first page opening with the gazette's masthead over its page number ('2021年第1期 温州市人民政府公报' · '· 3 ·'),
    the HUBEI order's title and number painted at its foot: the title block goes up under the masthead, which is no line
    of the order's title (it was read as one, and the order dated to the page before)."""
    column = [text[k : k + 19] for text in HUBEI[1:] for k in range(0, len(text), 19)]
    text = "\n\n".join(["2021年第1期 温州市人民政府公报", "· 3 ·"] + column + [HUBEI[4], HUBEI[0]])
    parsed = parse_issue(text)
    found = parsed.to_export()["documents"]
    assert [(d["title"], d["page"]) for d in found] == [(HUBEI[4], 3)]
    assert [(entry.title, entry.page) for entry in parsed.toc] == [(HUBEI[4], 3)]


# 中华人民共和国主席令 2000-10-31 (law633.infoeach.com), promulgating the 国家通用语言文字法: the head of state's order, its serial
# numbered within the congress's term in brackets on its own line, signed by his title and name
PRESIDENT = ["中华人民共和国主席令", "（九届第37号）",
             "《中华人民共和国国家通用语言文字法》已由中华人民共和国第九届全国人民代表大会常务委员会第十八次会议于2000年10月31日通过，现予"
             "公布，自2001年1月1日起施行。", "中华人民共和国主席 江泽民", "2000年10月31日"]
PRESIDENT_READ = ("中华人民共和国主席令（九届第37号）", "中华人民共和国主席", "2000-10-31")


@pytest.mark.parametrize("text", [
    pytest.param(layout(2000, 11, [("部门文件", "中华人民共和国主席令（九届第37号）"), WUHAN_TOC], PRESIDENT + WUHAN), id="text_export"),
    pytest.param(raw_layout(2000, 11, [PRESIDENT, WUHAN]), id="raw_extraction"),
])
def test_the_head_of_states_order_numbered_within_the_congress_term_is_its_own_document(text):
    documents = parse_issue(text).to_export()["documents"]
    assert [(d["doc_number"], d["issuer"], d["signed_date"]) for d in documents][:1] == [PRESIDENT_READ]
    assert len(documents) == 2 and documents[1]["doc_number"] == "武政〔2005〕32号"
