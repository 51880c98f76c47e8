"""Documents, table of contents and interpretations of the four issues with a printed TOC.

Every expected value was read from the fixture text by hand; the comment names the line.
"""

from datetime import date

import pytest

TOC_ISSUES = ["2019-04", "2020-06", "2020-11", "2021-05"]


def document(parsed_issues, issue: str, doc_number: str):
    matches = [d for d in parsed_issues[issue].documents if d.doc_number == doc_number]
    assert len(matches) == 1, f"{issue}: {doc_number} found {len(matches)} times"
    return matches[0]


# ---------------------------------------------------------------------------------------------
# Counts and order
# ---------------------------------------------------------------------------------------------
DOCUMENT_NUMBERS = {
    # 2019-04 TOC lines 71-91: 1 市政府文件, 3 市府办文件, 3 部门规范性文件
    "2019-04": ["温政发〔2019〕5号", "温政办〔2019〕34号", "温政办〔2019〕35号", "温政办〔2019〕37号",
                "温市监规〔2019〕1号", "温财法〔2019〕119号", "温环发〔2019〕17号"],
    # 2020-06 TOC lines 73-104: 1 市政府文件, 4 市府办文件, 4 部门文件
    "2020-06": ["温政发〔2020〕10号", "温政办〔2020〕53号", "温政办〔2020〕57号", "温政办〔2020〕59号",
                "温政办〔2020〕61号", "温综法发〔2020〕32号", "温综法发〔2020〕36号", "温公通〔2020〕37号",
                "温公通〔2020〕39号"],
    # 2020-11 TOC lines 73-94: 1 市政府令, 3 市政府文件, 2 市府办文件
    "2020-11": ["温政令〔2020〕7号", "温政发〔2020〕27号", "温政发〔2020〕28号", "温政发〔2020〕29号",
                "温政办〔2020〕78号", "温政办〔2020〕79号"],
    # 2021-05 TOC lines 73-86: 1 市政府文件, 4 市府办文件
    "2021-05": ["温政发〔2021〕8号", "温政办〔2021〕28号", "温政办〔2021〕29号", "温政办〔2021〕30号",
                "温政办〔2021〕32号"],
}


@pytest.mark.parametrize("issue", TOC_ISSUES)
def test_documents_in_printed_order(parsed_issues, issue):
    assert [d.doc_number for d in parsed_issues[issue].documents] == DOCUMENT_NUMBERS[issue]


@pytest.mark.parametrize(
    "issue, count",
    [("2019-04", 12), ("2020-06", 14), ("2020-11", 14), ("2021-05", 9)],  # entries counted in each TOC (see above)
)
def test_toc_entry_count(parsed_issues, issue, count):
    assert len(parsed_issues[issue].toc) == count


@pytest.mark.parametrize(
    "issue, count", [("2019-04", 0), ("2020-06", 0), ("2020-11", 3), ("2021-05", 0)]  # 2020-11 TOC lines 96-102
)
def test_interpretation_count(parsed_issues, issue, count):
    assert len(parsed_issues[issue].interpretations) == count


@pytest.mark.parametrize("issue", TOC_ISSUES)
def test_every_toc_entry_found_in_the_body(parsed_issues, issue):
    assert not [w for w in parsed_issues[issue].warnings if w.kind.startswith("toc_")]


# ---------------------------------------------------------------------------------------------
# TOC entries
# ---------------------------------------------------------------------------------------------
TOC_PINS = [
    # 2019-04 lines 73-75
    ("2019-04", 0, ("市政府文件", "温州市人民政府关于做好当前就业创业工作的补充通知", "温政发〔2019〕5号", 2)),
    # 2019-04 line 89
    ("2019-04", 5, ("部门规范性文件", "温州市财政局关于印发《财政涉企轻微违法不予处罚事项清单》的通知", "温财法〔2019〕119号", 29)),
    # 2019-04 line 99
    ("2019-04", 8, ("政务简讯", "全市数字经济发展推进会暨政府数字化转型工作部署会召开等简讯6则", None, 36)),
    # 2020-06 lines 80-81
    ("2020-06", 1, ("市府办文件", "温州市人民政府办公室关于进一步加强工业用地高质量利用全周期管理的若干意见", "温政办〔2020〕53号", 4)),
    # 2020-06 lines 100-101: two issuers, one space
    ("2020-06", 7, ("部门文件", "温州市公安局 温州市农业农村局关于对拖拉机实施全市道路限行的通告", "温公通〔2020〕37号", 30)),
    # 2020-06 line 124
    ("2020-06", 13, ("统计资料", "温州市2020年6月份国民经济主要统计指标", None, 40)),
    # 2020-11 lines 75-76
    ("2020-11", 0, ("市政府令", "温州市市区征收农民集体所有土地管理办法", "温政令〔2020〕7号", 2)),
    # 2020-11 lines 93-94
    ("2020-11", 5, ("市府办文件", "温州市人民政府办公室关于印发温州市市长质量奖评审管理办法（2020年修订）的通知", "温政办〔2020〕79号", 18)),
    # 2020-11 line 100
    ("2020-11", 7, ("政策解读", "《关于改革城乡最低生活保障标准调整机制的通知》政策解读", None, 25)),
    # 2021-05 lines 75-76 ('## ' headings, trailing Markdown line break)
    ("2021-05", 0, ("市政府文件", "温州市人民政府关于进一步完善和落实劳动模范待遇的通知", "温政发〔2021〕8号", 2)),
    # 2021-05 line 94
    ("2021-05", 6, ("政府记事", "5月份市政府记事", None, 37)),
]


@pytest.mark.parametrize("issue, index, expected", TOC_PINS)
def test_toc_entry(parsed_issues, issue, index, expected):
    entry = parsed_issues[issue].toc[index]
    assert (entry.category, entry.title, entry.doc_number, entry.page) == expected


# ---------------------------------------------------------------------------------------------
# Document fields
# ---------------------------------------------------------------------------------------------
DOCUMENT_PINS = [
    # 2019-04 温政发〔2019〕5号: lines 113-117 title block, 119 addressees, 121/147 citations, 151 date
    ("2019-04", "温政发〔2019〕5号", {
        "category": "市政府文件", "issuer": "温州市人民政府", "registration_code": None,
        "addressees": "各县（市、区）人民政府，市各有关单位", "signed_date": date(2019, 4, 4),
        "effective_from": None,  # line 147: 自印发之日起施行
        "cited_doc_numbers": ["浙政发〔2018〕50号", "温政发〔2018〕21号"], "repealed_doc_numbers": [], "page": 2,
    }),
    # 2019-04 温政办〔2019〕34号: line 159 citations, 165 attachment, 169 date
    ("2019-04", "温政办〔2019〕34号", {
        "attachments": ["温州市第六批“基本无违建乡镇（街道）”名单"], "signed_date": date(2019, 4, 4),
        "addressees": "各县（市、区）人民政府，市政府直属各单位", "cited_doc_numbers": ["浙改拆〔2017〕5号", "温改拆〔2017〕1号"],
    }),
    # 2019-04 温政办〔2019〕35号: line 193 ZJCC, 205 date, 327 attachment
    ("2019-04", "温政办〔2019〕35号", {
        "registration_code": "ZJCC01-2019-0006", "signed_date": date(2019, 4, 12), "attachments": ["空气质量改善目标清单"],
        "title": "温州市人民政府办公室关于印发温州市打赢蓝天保卫战行动实施方案的通知", "page": 5,
    }),
    # 2019-04 温市监规〔2019〕1号: line 581 ZJCC, 605 自印发之日起实施, 607-608 attachment, 612 date,
    # 882-886 the republished 细则's repeal list, with 温食药监市〔2005〕31号 cut across lines 882/884
    ("2019-04", "温市监规〔2019〕1号", {
        "registration_code": "ZJCC60-2019-0001", "issuer": "温州市市场监督管理局", "signed_date": date(2019, 4, 3),
        "effective_from": None, "attachments": ["温州市药品零售（连锁）经营许可实施细则"],
        "repealed_doc_numbers": ["温药监办〔2004〕69号", "温药监办〔2004〕71号", "温食药监市〔2005〕31号",
                                 "温食药监〔2007〕71号", "温食药监〔2008〕53号", "温食药监〔2008〕104号", "温食药监〔2008〕118号"],
    }),
    # 2019-04 温环发〔2019〕17号: line 931 ZJCC, 943 本规定自2019年5月1日起实施, 949 date
    ("2019-04", "温环发〔2019〕17号", {
        "registration_code": "ZJCC15-2019-0001", "effective_from": date(2019, 5, 1), "signed_date": date(2019, 4, 24),
        "addressees": "各县（市、区）分局，市局各处室（单位）", "page": 31,
    }),
    # 2020-06 温政发〔2020〕10号: lines 126-130 title block on two lines, 132 addressees, 192 date
    ("2020-06", "温政发〔2020〕10号", {
        "title": "温州市人民政府关于调整市政府领导分工的通知", "issuer": "温州市人民政府",
        "addressees": "各县（市、区）人民政府，市政府直属各单位", "signed_date": date(2020, 6, 24), "page": 2,
    }),
    # 2020-06 温政办〔2020〕53号 (the issue's own example): line 194 ZJCC, 196 title block, 202 citation,
    # 284 本意见自2020年7月1日起施行，至2025年6月30日止, 288 date
    ("2020-06", "温政办〔2020〕53号", {
        "registration_code": "ZJCC01-2020-0008", "signed_date": date(2020, 6, 3), "issuer": "温州市人民政府办公室",
        "title": "温州市人民政府办公室关于进一步加强工业用地高质量利用全周期管理的若干意见",
        "addressees": "各县（市、区）人民政府，市各有关单位", "cited_doc_numbers": ["温委发〔2018〕57号"],
        "effective_from": date(2020, 7, 1), "effective_until": date(2025, 6, 30), "valid_years": None, "page": 4,
    }),
    # 2020-06 温政办〔2020〕57号: line 300 date, 324 and 350 citations
    ("2020-06", "温政办〔2020〕57号", {
        "signed_date": date(2020, 6, 23), "registration_code": None,
        "cited_doc_numbers": ["浙政办发〔2020〕16号", "国办公开办函〔2019〕61号"],
    }),
    # 2020-06 温政办〔2020〕59号: line 380 date, 384 citations, 462-463 attachment wrapped over two lines
    ("2020-06", "温政办〔2020〕59号", {
        "signed_date": date(2020, 6, 23), "cited_doc_numbers": ["国办发〔2019〕5号", "民发〔2019〕88号"],
        "attachments": ["温州市养老服务高质量发展三年行动“2020奋进年”重点任务目标"],
        "title": "温州市人民政府办公室关于印发温州市养老服务高质量发展三年行动计划（2020—2022年）的通知",
    }),
    # 2020-06 温政办〔2020〕61号: line 493 ZJCC, 505 date, 676 本办法自2020年7月1日起实施，有效期10年
    ("2020-06", "温政办〔2020〕61号", {
        "registration_code": "ZJCC01-2020-0009", "signed_date": date(2020, 6, 29),
        "effective_from": date(2020, 7, 1), "valid_years": 10, "effective_until": None, "page": 21,
    }),
    # 2020-06 温综法发〔2020〕36号: line 730 addressees with half-width punctuation, 802 date
    ("2020-06", "温综法发〔2020〕36号", {
        "addressees": "各县(市、区、功能区)综合行政执法局(城市管理局),督察支队、瓯江口综合行政执法大队,市局扫黑办",
        "signed_date": date(2020, 6, 22), "category": "部门文件",
    }),
    # 2020-06 温公通〔2020〕37号: line 804 joint title block, no addressees, 818-820 two signers and date
    ("2020-06", "温公通〔2020〕37号", {
        "issuer": "温州市公安局 温州市农业农村局", "addressees": None, "signed_date": date(2020, 6, 29),
        "title": "温州市公安局 温州市农业农村局关于对拖拉机实施全市道路限行的通告",
    }),
    # 2020-06 温公通〔2020〕39号: line 838 本通告自发布之日起生效，有效期5年, 842 date
    ("2020-06", "温公通〔2020〕39号", {
        "addressees": None, "effective_from": None, "valid_years": 5, "signed_date": date(2020, 6, 29), "page": 31,
    }),
    # 2020-11 温政令〔2020〕7号: lines 124-135 (ZJCC, title, number, order line, order text, signature at the top),
    # 283 有效期10年 and the repeal of 市人民政府令第143号
    ("2020-11", "温政令〔2020〕7号", {
        "category": "市政府令", "title": "温州市市区征收农民集体所有土地管理办法", "issuer": "温州市人民政府",
        "registration_code": "ZJCC00-2020-0015", "addressees": None, "signed_date": date(2020, 11, 13),
        "effective_from": date(2020, 12, 15), "valid_years": 10, "repealed_doc_numbers": ["市人民政府令第143号"],
    }),
    # 2020-11 温政发〔2020〕27号: line 289 addressees, 291 citation, 306 date
    ("2020-11", "温政发〔2020〕27号", {
        "addressees": "各区人民政府，市政府直属各单位", "signed_date": date(2020, 11, 13),
        "cited_doc_numbers": ["市人民政府令第7号", "温政发〔2013〕101号", "洞委发〔2013〕19号"],
    }),
    # 2020-11 温政发〔2020〕28号: line 308 ZJCC above lines 310-312, 332 本通知自2020年12月1日起施行, 336 date
    ("2020-11", "温政发〔2020〕28号", {
        "registration_code": "ZJCC00-2020-0016", "effective_from": date(2020, 12, 1), "signed_date": date(2020, 11, 26),
    }),
    # 2020-11 温政办〔2020〕78号: line 452 ZJCC, 464 date, 630 本办法自2020年12月1日起施行,有效期3年
    ("2020-11", "温政办〔2020〕78号", {
        "registration_code": "ZJCC01-2020-0020", "signed_date": date(2020, 11, 2),
        "effective_from": date(2020, 12, 1), "valid_years": 3,
    }),
    # 2020-11 温政办〔2020〕79号: line 632 ZJCC, 644 date, 778 有效期至2030年12月1日止 and a repeal
    ("2020-11", "温政办〔2020〕79号", {
        "registration_code": "ZJCC01-2020-0019", "signed_date": date(2020, 11, 1), "effective_from": date(2020, 12, 1),
        "effective_until": date(2030, 12, 1), "repealed_doc_numbers": ["温政发〔2012〕67号"], "page": 18,
        # line 634: the header prints half-width '(2020年修订)' where the TOC (lines 93-94) has '（2020年修订）'
        "title": "温州市人民政府办公室关于印发温州市市长质量奖评审管理办法(2020年修订)的通知",
    }),
    # 2021-05 温政发〔2021〕8号: line 104 'ZJCC00 - 2021 - 0002', 106 '# ' title block,
    # 172 执行 date and three repeals, 176 date
    ("2021-05", "温政发〔2021〕8号", {
        "registration_code": "ZJCC00-2021-0002", "title": "温州市人民政府关于进一步完善和落实劳动模范待遇的通知",
        "signed_date": date(2021, 5, 14), "effective_from": date(2022, 1, 1),
        # lines 112 and 172; line 160 cites the order as '《温州市人民政府令》(第147号)'
        "cited_doc_numbers": ["浙政办发〔2004〕11号", "浙政办发〔2013〕141号", "温州市人民政府令第147号",
                              "温政发〔2004〕49号", "温政办〔2014〕63号", "温政办〔2014〕131号"],
        "repealed_doc_numbers": ["温政发〔2004〕49号", "温政办〔2014〕63号", "温政办〔2014〕131号"],
    }),
    # 2021-05 温政办〔2021〕28号: line 188 date, 230 citation, 268-270 numbered attachments
    ("2021-05", "温政办〔2021〕28号", {
        "registration_code": None, "signed_date": date(2021, 4, 27), "cited_doc_numbers": ["温政办〔2021〕2号"],
        # line 178: the header's own '（2021—2023年）', not the TOC's '（2021-2023年）' (line 80)
        "title": "温州市人民政府办公室关于印发温州市水环境质量“达Ⅲ消Ⅴ”行动实施方案（2021—2023年）的通知",
        "attachments": ["断面重点控制范围划分情况", "重点片区、流域治理清单"],
    }),
    # 2021-05 温政办〔2021〕29号: line 321 addressees, 327 date, 381-384 four attachments
    ("2021-05", "温政办〔2021〕29号", {
        "addressees": "鹿城、龙湾、瓯海区人民政府，市直有关单位", "signed_date": date(2021, 5, 10),
        # line 317: the header's '（2021—2025年）' (the TOC, line 82, prints '（2021-2025年）')
        "title": "温州市人民政府办公室关于印发温州市区城中村改造攻坚五年行动实施方案（2021—2025年）的通知",
        "attachments": ["温州市区城中村改造攻坚五年行动（2021-2025年）清单", "温州市区城中村改造攻坚五年行动（2021-2025年）分布图",
                        "2021年温州市区城中村改造计划清单", "2021年计划完成的温州市区已改造城中村未“清零”建筑清单"],
    }),
    # 2021-05 温政办〔2021〕30号: line 557 ZJCC, 569 date, 694 自2021年6月10日起施行,有效期3年 and a repeal
    ("2021-05", "温政办〔2021〕30号", {
        "registration_code": "ZJCC01-2021-0002", "signed_date": date(2021, 4, 30), "effective_from": date(2021, 6, 10),
        "valid_years": 3, "repealed_doc_numbers": ["温政办〔2016〕23号"],
    }),
    # 2021-05 温政办〔2021〕32号: line 696 ZJCC, 708 date, 832 施行 and two repeals, 834 attachment
    ("2021-05", "温政办〔2021〕32号", {
        "registration_code": "ZJCC01-2021-0003", "signed_date": date(2021, 5, 19), "effective_from": date(2021, 7, 1),
        "repealed_doc_numbers": ["温政办〔2014〕127号", "温政办〔2016〕3号"],
        "attachments": ["温州市政府职能向社会组织转移工作领导小组成员名单及职责分工"],
    }),
]


@pytest.mark.parametrize("issue, doc_number, expected", DOCUMENT_PINS, ids=[f"{i}-{n}" for i, n, _ in DOCUMENT_PINS])
def test_document_fields(parsed_issues, issue, doc_number, expected):
    found = document(parsed_issues, issue, doc_number)
    assert {field: getattr(found, field) for field in expected} == expected


# ---------------------------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------------------------
BODY_PINS = [
    # 2020-06 lines 210-212: a sentence cut by a page break, re-joined
    ("2020-06", "温政办〔2020〕53号",
     "——总量锁定。摸清全市存量工业用地总量，科学测算未来与我市工业经济高质量发展相匹配的总量规模，并保持10年内总量只增不减。"),
    # 2020-06 line 302: the enclosed 要点's title on its own line after the cover signature
    ("2020-06", "温政办〔2020〕57号", "2020年温州市政务公开工作要点"),
    # 2020-06 lines 630-632: a Markdown bullet dropped and the item re-joined
    ("2020-06", "温政办〔2020〕61号", "（四）其他相关法律、法规、规章等规定的责任追究。"),
    # 2019-04 lines 125-127: a word cut by a page break ('毕' / '业生')
    ("2019-04", "温政发〔2019〕5号", "将就业见习政策对象从毕业1年内尚未就业的高校毕业生，扩展至离校2年内未就业高校毕业生和16-24岁失业青年。"),
    # 2019-04 line 181: a labelled list line of the attachment stays on its own
    ("2019-04", "温政办〔2019〕34号", "乐清市：虹桥镇、磐石镇、蒲岐镇、南岳镇、芙蓉镇、雁荡镇、湖雾镇、智仁乡"),
    # 2021-05 lines 212-214: a '### ' heading cut by a page break, re-joined without the mark
    ("2021-05", "温政办〔2021〕28号", "3. 全面提升污水处理能力。大力推进温州市区以及乐清、瑞安、平阳、苍南、龙港等地污水处理设施新改扩建或提标改造"),
    # 2021-05 line 281: a tab-separated table row kept as a row
    ("2021-05", "温政办〔2021〕28号", "永中(省控)\tIV\tIII\t氨氮\t永强塘河\t\t龙湾区、温州经开区\t龙湾永中街道、永兴街道、海滨街道, 经开区沙城街道"),
    # 2020-11 line 134-135: the order's signature at the top of its body
    ("2020-11", "温政令〔2020〕7号", "市长 姚高员\n2020年11月13日\n第一章 总 则"),
]


@pytest.mark.parametrize("issue, doc_number, text", BODY_PINS, ids=[f"{i}-{n}" for i, n, _ in BODY_PINS])
def test_body_contains(parsed_issues, issue, doc_number, text):
    assert text in document(parsed_issues, issue, doc_number).body


@pytest.mark.parametrize("issue", TOC_ISSUES)
def test_bodies_have_no_markdown_or_title_block(parsed_issues, issue):
    for found in parsed_issues[issue].documents:
        assert not found.body.startswith(("#", "ZJCC", found.doc_number)), found.doc_number
        assert "\n#" not in found.body and "\n- " not in found.body and "<li>" not in found.body, found.doc_number


def test_enclosure_is_not_a_document_of_its_own(parsed_issues):
    # 2020-06 line 507: '温州市水库山塘安全管理办法' is inside 温政办〔2020〕61号, not a document
    titles = [d.title for d in parsed_issues["2020-06"].documents]
    assert "温州市水库山塘安全管理办法" not in titles
    assert "第三十九条 本办法自2020年7月1日起实施，有效期10年。" in document(parsed_issues, "2020-06", "温政办〔2020〕61号").body


def test_next_column_heading_is_not_in_the_last_document(parsed_issues):
    # 2021-05: '政 务 简 讯' follows 温政办〔2021〕32号's attachment
    assert "政 务 简 讯" not in document(parsed_issues, "2021-05", "温政办〔2021〕32号").body


# ---------------------------------------------------------------------------------------------
# Interpretations (2020-11 lines 780-886)
# ---------------------------------------------------------------------------------------------
INTERPRETATION_PINS = [
    # line 780 (title over a line-break space), 824 unit; explains the order of lines 124-130
    (0, "《温州市市区征收农民集体所有土地管理办法》政策解读", "温政令〔2020〕7号", "温州市自然资源和规划局", "一、出台背景"),
    # line 826, 856; names 温政发〔2020〕28号 without '居民' (line 312)
    (1, "《关于改革城乡最低生活保障标准调整机制的通知》政策解读", "温政发〔2020〕28号", "温州市民政局",
     "一、问：改革城乡最低生活保障标准调整机制的政策依据"),
    # line 858, 886; the 办法 enclosed by 温政办〔2020〕78号 (line 466)
    (2, "《温州市医疗救助办法》政策解读", "温政办〔2020〕78号", "温州市医疗保障局", "为规范和统一我市医疗救助制度"),
]


@pytest.mark.parametrize("index, title, interprets, unit, body_start", INTERPRETATION_PINS)
def test_interpretation(parsed_issues, index, title, interprets, unit, body_start):
    found = parsed_issues["2020-11"].interpretations[index]
    assert (found.title, found.interprets, found.unit) == (title, interprets, unit)
    assert found.body.startswith(body_start) and "解读单位" not in found.body
