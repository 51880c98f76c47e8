"""Documents from snippets of real issues: one row per hard case met in the fixtures."""

from datetime import date

import pytest

from issues.parser import clean, documents
from issues.parser.lines import first_page, from_text, texts
from issues.parser.records import TocEntry


def parse_document(text: str, title: str, doc_number: str, category: str = "市府办文件"):
    lines = clean.cleaned_texts(text)
    return documents.parse(lines, TocEntry(category=category, title=title, doc_number=doc_number, page=4))


# 2020-06 温政办〔2020〕53号: ZJCC code above the title, title broken over line-break spaces
OPINION = """ZJCC01-2020-0008

温州市人民政府办公室 关于进一步加强工业用地高质量利用 全周期管理的若干意见

温政办〔2020〕53号

各县（市、区）人民政府，市各有关单位：

工业用地是重要支撑要素。根据《中共温州市委 温州市人民政府关于创建新时代“两个健康”先行区加快民营经济高质量发展的实施意见》（温委发〔2018〕57号）精神，提出如下意见。

——总量锁定。摸清全市存量工业用地总量，科学测算未来与我市工业经济高质量发展

相匹配的总量规模，并保持10年内总量只增不减。

本意见自2020年7月1日起施行，至2025年6月30日止。市政府之前制定的文件内容与本意见不一致的，以本意见为准。

温州市人民政府办公室

2020年6月3日
"""
OPINION_TITLE = "温州市人民政府办公室关于进一步加强工业用地高质量利用全周期管理的若干意见"

# 2020-06 温公通〔2020〕37号: a joint 通告, no addressees, two signers
JOINT_NOTICE = """温州市公安局 温州市农业农村局 关于对拖拉机实施全市道路限行的通告

温公通〔2020〕37号

为进一步加强上道路行驶的拖拉机安全监管，根据《浙江省农业厅等3部门关于深化变型拖拉机专项整治工作的通知》（浙农专发〔2018〕43号），现将有关事项通告如下：

一、限行时间：2020年8月1日起。

特此通告。

温州市公安局
温州市农业农村局
2020年6月29日
"""

# 2020-06 温公通〔2020〕39号: a 通告 opening with a colon, a list cut after '、', 有效期N年
DOG_NOTICE = """温州市公安局 关于公布限养区禁养烈性犬、大型犬的通告

温公通〔2020〕39号

根据《温州市文明行为促进条例》第十四条第二款的有关规定，现将我市限养区禁养的烈性犬、大型犬通告如下：

一、烈性犬

1.藏獒、2.拳师犬、16.牛头梗、17.秋田犬、

18.阿富汗猎犬、19.高加索山犬。

本通告自发布之日起生效，有效期5年。

温州市公安局

2020年6月29日
"""

# 2020-11 温政令〔2020〕7号: an order, title before the number, signature at the top, term in the last article
ORDER = """ZJCC00-2020-0015

温州市市区征收农民集体所有土地管理办法

温政令〔2020〕7号

温州市人民政府令 第7号

《温州市市区征收农民集体所有土地管理办法》已经市人民政府第72次常务会议审议通过，现予发布，自2020年12月15日起施行。

市长 姚高员
2020年11月13日

第一章 总 则

第三十五条 本办法自2020年12月15日开始施行，有效期10年。《温州市市区征收农民集体所有土地管理办法》（市人民政府令第143号）同时废止。
"""

# 2020-06 温政办〔2020〕61号: a 印发…的通知, cover signature, then the enclosed 办法 under its own title
ENCLOSING_NOTICE = """ZJCC01-2020-0009

温州市人民政府办公室 关于印发温州市水库山塘安全管理办法的 通知

温政办〔2020〕61号

各县（市、区）人民政府，市各有关单位：

《温州市水库山塘安全管理办法》已经2020年6月19日市政府第65次常务会议审议通过，现印发给你们，请认真贯彻执行。

温州市人民政府办公室

2020年6月29日

温州市水库山塘安全管理办法

第一章 总 则

第三条 本办法所称水库是指总容积10万立

方米及以上的蓄水工程。

第三十九条 本办法自2020年7月1日起实施，有效期10年。
"""

# 2021-05 温政办〔2021〕28号: Markdown debris, a heading cut by a page break, numbered attachments, a tab table
MARKDOWN_NOTICE = """# 温州市人民政府办公室 关于印发温州市水环境质量“达Ⅲ消Ⅴ” 行动实施方案（2021—2023年）的通知

温政办〔2021〕28号

各县（市、区）人民政府，市各有关单位：

《温州市水环境质量“达Ⅲ消Ⅴ”行动实施方案（2021—2023年）》已经市政府同意，现印发给你们，请认真组织实施。

温州市人民政府办公室

2021年4月27日

## 温州市水环境质量“达Ⅲ消Ⅴ”行动 实施方案（2021—2023年）

### 3. 全面提升污水处理能力。大力推进温州市

区以及乐清、瑞安、平阳、苍南、龙港等地污水处理设施新改扩建或提标改造。

- （四）其他相关法律、法规、规章等规定的

责任追究。

附件：1.断面重点控制范围划分情况

2.重点片区、流域治理清单

## 重点片区、流域治理清单

片区、流域名称	攻坚目标	攻坚任务
瑞平塘河片区	码道断面水质达到或优于Ⅳ类。	<ol style="list-style-type: none"> <li>1.建立工作联动机制；</li> <li>2.4月底前完成断面排查分析。</li></ol>
塘下片区	塘下断面水质2021年提升到Ⅲ类,并持续改善	建立区域协助机制
"""
MARKDOWN_TITLE = "温州市人民政府办公室关于印发温州市水环境质量“达Ⅲ消Ⅴ”行动实施方案（2021-2023年）的通知"

# 2019-04 温市监规〔2019〕1号: a cited number cut by a line break, a repeal list, 自印发之日起 (no date)
REPEALING_NOTICE = """ZJCC60-2019-0001

温州市市场监督管理局关于修订 《温州市药品零售（连锁）经营许可实施细则》 部分条款的通知

温市监规〔2019〕1号

各县（市、区）市场监督管理局，市局机关各处室、直属机构、派出机构、下属事业单位：

本通知自印发之日起实施。

附件：温州市药品零售（连锁）经营许可
实施细则

温州市市场监督管理局

2019年4月3日

温州市药品零售（连锁）经营许可实施细则

第六十八条 本细则自2015年10月1日起实施，《温州市药品零售企业设置规定》（温药监办〔2004〕69号）、《关于修订〈温州市药品零售企业〈药品经营许可证〉申领、变更、注销程序〉的通知》（温食药监市

〔2005〕31号）、《关于印发〈温州市药品零售企业计算机管理软件及其系统管理办法（试行）〉的通知》（温食药监〔2008〕53号）等文件同时废止。
"""

# 2019-04 温政办〔2019〕34号: an attachment whose lines are a labelled list, not broken sentences
LIST_ATTACHMENT = """温州市人民政府办公室关于命名 第六批“基本无违建乡镇（街道）”的通知

温政办〔2019〕34号

各县（市、区）人民政府，市政府直属各单位：

市政府决定命名鹿城区滨江街道等39个乡镇（街道）为温州市第六批“基本无违建乡镇（街道）”。

附件：温州市第六批“基本无违建乡镇（街道）”名单

温州市人民政府办公室

2019年4月4日

附件

温州市第六批“基本无违建乡镇（街道）” 名 单

鹿城区：滨江街道、南汇街道、丰门街道、仰义街道、山福镇

龙湾区：海滨街道、永兴街道
"""

CASES = {
    "zjcc_code_above_title_belongs_to_the_document": (
        OPINION, OPINION_TITLE, "温政办〔2020〕53号",
        {"registration_code": "ZJCC01-2020-0008", "doc_number": "温政办〔2020〕53号", "title": OPINION_TITLE,
         "issuer": "温州市人民政府办公室", "addressees": "各县（市、区）人民政府，市各有关单位",
         "signed_date": date(2020, 6, 3)},
    ),
    "effective_from_and_until_in_one_sentence": (
        OPINION, OPINION_TITLE, "温政办〔2020〕53号",
        {"effective_from": date(2020, 7, 1), "effective_until": date(2025, 6, 30), "valid_years": None},
    ),
    "cited_number_after_a_joint_party_title": (
        OPINION, OPINION_TITLE, "温政办〔2020〕53号", {"cited_doc_numbers": ["温委发〔2018〕57号"]},
    ),
    "joint_notice_has_two_issuers_and_no_addressees": (
        JOINT_NOTICE, "温州市公安局 温州市农业农村局关于对拖拉机实施全市道路限行的通告", "温公通〔2020〕37号",
        {"issuer": "温州市公安局 温州市农业农村局", "addressees": None, "signed_date": date(2020, 6, 29),
         "cited_doc_numbers": ["浙农专发〔2018〕43号"], "effective_from": None},
    ),
    "notice_opening_with_a_colon_is_not_addressed": (
        DOG_NOTICE, "温州市公安局关于公布限养区禁养烈性犬、大型犬的通告", "温公通〔2020〕39号",
        {"addressees": None, "effective_from": None, "valid_years": 5},
    ),
    "order_has_its_government_as_issuer_and_signature_at_the_top": (
        ORDER, "温州市市区征收农民集体所有土地管理办法", "温政令〔2020〕7号",
        {"category": "市政府令", "issuer": "温州市人民政府", "addressees": None, "signed_date": date(2020, 11, 13),
         "registration_code": "ZJCC00-2020-0015", "effective_from": date(2020, 12, 15), "valid_years": 10},
    ),
    "order_repeals_an_order_cited_without_a_year": (
        ORDER, "温州市市区征收农民集体所有土地管理办法", "温政令〔2020〕7号",
        {"cited_doc_numbers": ["市人民政府令第143号"], "repealed_doc_numbers": ["市人民政府令第143号"]},
    ),
    "enclosing_notice_takes_the_cover_signature_and_the_enclosure_term": (
        ENCLOSING_NOTICE, "温州市人民政府办公室关于印发温州市水库山塘安全管理办法的通知", "温政办〔2020〕61号",
        {"signed_date": date(2020, 6, 29), "effective_from": date(2020, 7, 1), "valid_years": 10,
         "registration_code": "ZJCC01-2020-0009"},
    ),
    "markdown_title_block_and_attachment_list": (
        MARKDOWN_NOTICE, MARKDOWN_TITLE, "温政办〔2021〕28号",
        {"issuer": "温州市人民政府办公室", "signed_date": date(2021, 4, 27),
         "attachments": ["断面重点控制范围划分情况", "重点片区、流域治理清单"]},
    ),
    "printed_title_wins_over_the_toc_wording": (  # the TOC prints '（2021-2023年）', the header '（2021—2023年）'
        MARKDOWN_NOTICE, MARKDOWN_TITLE, "温政办〔2021〕28号",
        {"title": "温州市人民政府办公室关于印发温州市水环境质量“达Ⅲ消Ⅴ”行动实施方案（2021—2023年）的通知"},
    ),
    "number_cut_by_a_line_break_is_cited_whole": (
        REPEALING_NOTICE, "温州市市场监督管理局关于修订《温州市药品零售（连锁）经营许可实施细则》部分条款的通知",
        "温市监规〔2019〕1号",
        {"cited_doc_numbers": ["温药监办〔2004〕69号", "温食药监市〔2005〕31号", "温食药监〔2008〕53号"]},
    ),
    "numbers_listed_before_tongshi_feizhi_are_repealed": (
        REPEALING_NOTICE, "温州市市场监督管理局关于修订《温州市药品零售（连锁）经营许可实施细则》部分条款的通知",
        "温市监规〔2019〕1号",
        {"repealed_doc_numbers": ["温药监办〔2004〕69号", "温食药监市〔2005〕31号", "温食药监〔2008〕53号"]},
    ),
    "effective_on_issue_gives_no_date_even_if_the_enclosure_has_one": (
        REPEALING_NOTICE, "温州市市场监督管理局关于修订《温州市药品零售（连锁）经营许可实施细则》部分条款的通知",
        "温市监规〔2019〕1号",
        {"effective_from": None, "signed_date": date(2019, 4, 3), "issuer": "温州市市场监督管理局",
         "attachments": ["温州市药品零售（连锁）经营许可实施细则"]},
    ),
    "attachment_named_once_and_printed_as_a_labelled_list": (
        LIST_ATTACHMENT, "温州市人民政府办公室关于命名第六批“基本无违建乡镇（街道）”的通知", "温政办〔2019〕34号",
        {"attachments": ["温州市第六批“基本无违建乡镇（街道）”名单"], "signed_date": date(2019, 4, 4)},
    ),
}


@pytest.mark.parametrize("text, title, number, expected", CASES.values(), ids=CASES.keys())
def test_document_fields(text, title, number, expected):
    category = "市政府令" if number.startswith("温政令") else "市府办文件"
    document = parse_document(text, title, number, category=category)
    assert {field: getattr(document, field) for field in expected} == expected


BODY_CASES = {
    "body_starts_after_the_addressees": (
        OPINION, OPINION_TITLE, "温政办〔2020〕53号", 0,
        "工业用地是重要支撑要素。根据《中共温州市委 温州市人民政府关于创建新时代“两个健康”先行区加快民营经济高质量发展的实施意见》"
        "（温委发〔2018〕57号）精神，提出如下意见。",
    ),
    "sentence_cut_by_a_page_break_is_rejoined": (
        OPINION, OPINION_TITLE, "温政办〔2020〕53号", 1,
        "——总量锁定。摸清全市存量工业用地总量，科学测算未来与我市工业经济高质量发展相匹配的总量规模，并保持10年内总量只增不减。",
    ),
    "signature_stays_on_its_own_lines": (OPINION, OPINION_TITLE, "温政办〔2020〕53号", -2, "温州市人民政府办公室"),
    "list_cut_after_a_comma_is_rejoined": (
        DOG_NOTICE, "温州市公安局关于公布限养区禁养烈性犬、大型犬的通告", "温公通〔2020〕39号", 2,
        "1.藏獒、2.拳师犬、16.牛头梗、17.秋田犬、18.阿富汗猎犬、19.高加索山犬。",
    ),
    "order_body_starts_with_the_order_text": (
        ORDER, "温州市市区征收农民集体所有土地管理办法", "温政令〔2020〕7号", 0,
        "《温州市市区征收农民集体所有土地管理办法》已经市人民政府第72次常务会议审议通过，现予发布，自2020年12月15日起施行。",
    ),
    "enclosed_title_stays_on_its_own_line": (
        ENCLOSING_NOTICE, "温州市人民政府办公室关于印发温州市水库山塘安全管理办法的通知", "温政办〔2020〕61号", 3,
        "温州市水库山塘安全管理办法",
    ),
    "article_cut_mid_word_is_rejoined": (
        ENCLOSING_NOTICE, "温州市人民政府办公室关于印发温州市水库山塘安全管理办法的通知", "温政办〔2020〕61号", 5,
        "第三条 本办法所称水库是指总容积10万立方米及以上的蓄水工程。",
    ),
    "markdown_heading_mark_dropped_from_the_enclosed_title": (
        MARKDOWN_NOTICE, MARKDOWN_TITLE, "温政办〔2021〕28号", 3, "温州市水环境质量“达Ⅲ消Ⅴ”行动实施方案（2021—2023年）",
    ),
    "fake_heading_cut_by_a_page_break_is_rejoined": (
        MARKDOWN_NOTICE, MARKDOWN_TITLE, "温政办〔2021〕28号", 4,
        "3. 全面提升污水处理能力。大力推进温州市区以及乐清、瑞安、平阳、苍南、龙港等地污水处理设施新改扩建或提标改造。",
    ),
    "bullet_mark_dropped_and_item_rejoined": (
        MARKDOWN_NOTICE, MARKDOWN_TITLE, "温政办〔2021〕28号", 5, "（四）其他相关法律、法规、规章等规定的责任追究。",
    ),
    "table_rows_stay_tab_separated": (
        MARKDOWN_NOTICE, MARKDOWN_TITLE, "温政办〔2021〕28号", -1, "塘下片区\t塘下断面水质2021年提升到Ⅲ类,并持续改善\t建立区域协助机制",
    ),
    "html_list_tags_dropped_from_a_table_cell": (
        MARKDOWN_NOTICE, MARKDOWN_TITLE, "温政办〔2021〕28号", -2,
        "瑞平塘河片区\t码道断面水质达到或优于Ⅳ类。\t1.建立工作联动机制； 2.4月底前完成断面排查分析。",
    ),
    "labelled_list_lines_are_not_glued": (
        LIST_ATTACHMENT, "温州市人民政府办公室关于命名第六批“基本无违建乡镇（街道）”的通知", "温政办〔2019〕34号", -2,
        "鹿城区：滨江街道、南汇街道、丰门街道、仰义街道、山福镇",
    ),
    "attachment_title_tidied_onto_one_line": (
        LIST_ATTACHMENT, "温州市人民政府办公室关于命名第六批“基本无违建乡镇（街道）”的通知", "温政办〔2019〕34号", -3,
        "温州市第六批“基本无违建乡镇（街道）”名单",
    ),
}


@pytest.mark.parametrize("text, title, number, index, paragraph", BODY_CASES.values(), ids=BODY_CASES.keys())
def test_body_paragraph(text, title, number, index, paragraph):
    document = parse_document(text, title, number)
    assert document.body.split("\n")[index] == paragraph


def test_body_keeps_printed_brackets_and_no_markdown():
    document = parse_document(MARKDOWN_NOTICE, MARKDOWN_TITLE, "温政办〔2021〕28号")
    assert "#" not in document.body and "<li>" not in document.body
    assert "（2021—2023年）" in document.body


def test_title_block_printed_title_used_when_the_toc_title_does_not_match():
    document = parse_document(OPINION, "温州市人民政府办公室关于别的事项的通知", "温政办〔2020〕53号")
    assert document.title == OPINION_TITLE


def test_own_number_is_not_cited():
    text = OPINION.replace("（温委发〔2018〕57号）", "（温政办〔2020〕 53号、温委发〔2018〕57号、温委发[2018]57号）")
    document = parse_document(text, OPINION_TITLE, "温政办〔2020〕53号")
    assert document.cited_doc_numbers == ["温委发〔2018〕57号"]


@pytest.mark.parametrize(
    "running_text, cited",
    [
        # 2021-05 line 724
        ("职能承接主体一般应具备浙政办发〔2015〕133号文件中规定的有关条件", "浙政办发〔2015〕133号"),
        # 2020-11 line 299 (printed there as 市人民政府令（第7号）)
        ("安置政策与市人民政府令第7号规定不一致的", "市人民政府令第7号"),
        ("根据《国家发展改革委关于依法依规加强PPP项目投资和建设管理的通知》（发改投资规〔2019〕1098号）", "发改投资规〔2019〕1098号"),
        ("市政府印发温政办〔2019〕3号文件", "温政办〔2019〕3号"),
        # 2021-05 line 160: the order named in 《》 and its number bracketed after it
        ("由住建部门根据《温州市人民政府令》(第147号),实行优先优惠政策", "温州市人民政府令第147号"),
        # 2020-11 line 297, as printed there
        ("程序仍按市人民政府令（第7号）实施前的规定执行", "市人民政府令第7号"),
        # 2020-09 line 1192: an announcement numbered by year and serial is a document number too
        ("执行《关于养老、托育、家政等社区家庭服务业优惠政策的公告》（财政部公告2019年第76号）要求", "财政部公告2019年第76号"),
        # 广州市人事局 2002-06-11 (tests/data/SOURCES.md): a province's abbreviation before 人, which begins others
        ("根据省人事厅、省财政厅《关于调整省直机关、事业单位工作人员死亡后丧葬费标准的通知》（粤人薪[1999]2号）文件精神",
         "粤人薪[1999]2号"),
        # 湖南省人民政府教育督导室 (SOURCES.md): a government's unit, 政 after its place, then 教, which begins others
        ("【发文字号】 湘政教督通[2010]1号", "湘政教督通[2010]1号"),
        # 绵阳 绵府办发[2005]51号 (SOURCES.md): the province office's number after its name
        ("和省政府办公厅《关于进一步加强教育督导工作的意见》（川办发[2005]3号）文件精神", "川办发[2005]3号"),
        # the same, glued to running text: the place before the 政 mark begins the number
        ("结合要求湘政教督通[2010]1号文件", "湘政教督通[2010]1号"),
        # 中铁十一局 采购公告 2026-02 (SOURCES.md): an order numbered before its 令
        ("依据《中华人民共和国招标投标法实施条例》（国务院第613号令）", "国务院第613号令"),
        # an autonomous region's order (SOURCES.md 内蒙古自治区人民政府令第82号, cited for the test): 蒙 or 省 inside a
        # government's whole name begins nothing
        ("执行《内蒙古自治区村庄和集镇规划建设管理实施办法》（内蒙古自治区人民政府令第82号）", "内蒙古自治区人民政府令第82号"),
        # 广东省政府令第227号 as a table of sources cites it (SOURCES.md): the province's government without 人民
        ("广东省实施《女职工劳动保护特别规定》办法第十一条；广东省政府令第227号；广东省人民政府", "广东省政府令第227号"),
        # 绵府办发[2005]51号 (SOURCES.md), its brackets set in the small form ﹝﹞ that NFKC reads as 〔〕
        ("国务院办公厅《转发教育部关于建立对县级人民政府教育工作进行督导评估制度意见的通知》（国办发﹝2004﹞8号）",
         "国办发﹝2004﹞8号"),
        # a 广东 city's 公共租赁住房管理办法 (SOURCES.md docs14): a ministry whose name joins two fields by 和
        ("规范公共租赁住房管理，根据《公共租赁住房管理办法》（住房和城乡建设部令第11号）", "住房和城乡建设部令第11号"),
        # the same ministry's order cited glued to running text after 根据
        ("根据住房和城乡建设部令第11号", "住房和城乡建设部令第11号"),
        # 新闻出版署 1991-09-11 (SOURCES.md docs14): a number printed year first, its brackets inside the citation's
        ("国家出版局修订颁布了《关于征集图书、杂志、报纸样本办法》（（79）出版字第193号）", "（79）出版字第193号"),
    ],
    ids=["after_a_verb", "after_a_conjunction", "prefix_without_a_region", "after_yinfa",
         "order_named_in_book_title_marks_with_its_number_bracketed", "order_number_bracketed_after_the_order",
         "announcement_numbered_by_year", "province_abbreviation_before_a_common_start",
         "government_unit_after_its_place", "province_office", "government_unit_glued_to_running_text",
         "order_numbered_before_its_ling", "region_government_whole", "province_government_without_renmin",
         "small_form_brackets", "ministry_joining_two_fields_by_he", "ministry_joining_two_fields_by_he_after_genju",
         "year_first_number"],
)
def test_cited_number_prefix_cut_from_running_text(running_text, cited):
    text = OPINION.replace("（温委发〔2018〕57号）", "，" + running_text)
    assert parse_document(text, OPINION_TITLE, "温政办〔2020〕53号").cited_doc_numbers == [cited]


def test_repeal_by_yuyi_feizhi():
    text = OPINION.replace("以本意见为准。", "以本意见为准。《温州市工业用地管理办法》（温政办〔2009〕19号）予以废止。")
    assert parse_document(text, OPINION_TITLE, "温政办〔2020〕53号").repealed_doc_numbers == ["温政办〔2009〕19号"]


def test_valid_until_date():
    text = OPINION.replace("至2025年6月30日止", "有效期至2030年12月1日止")
    document = parse_document(text, OPINION_TITLE, "温政办〔2020〕53号")
    assert (document.effective_from, document.effective_until) == (date(2020, 7, 1), date(2030, 12, 1))


# 2020-09 (raw two-column extraction) prints the number above the title lines; the addressee line
# is indented with a space and a page number line is printed inside the body
RAW_TITLE_BLOCK = """ZJCC00-2020-0011
温政发〔2020〕23号
温州市人民政府
关于公布市政府及市政府办公室行政规范性
文件清理结果的决定
 各县（市、区）人民政府，市政府直属各单位：
为加强行政规范性文件管理，按照《浙江省行政规范性文件管理办法》（省政府令第372号）的要求，我市进行了全面清理。
·    37    ·
现决定将165件废止的市政府行政规范性文件目录予以公布。本决定自2020年11月1日起施行。
温州市人民政府
2020年9月24日
"""
RAW_TITLE = "温州市人民政府关于公布市政府及市政府办公室行政规范性文件清理结果的决定"


def test_raw_title_block_with_the_number_above_the_title():
    document = parse_document(RAW_TITLE_BLOCK, RAW_TITLE, "温政发〔2020〕23号", category="市政府文件")
    assert (document.title, document.registration_code, document.issuer, document.addressees) == (
        RAW_TITLE, "ZJCC00-2020-0011", "温州市人民政府", "各县（市、区）人民政府，市政府直属各单位",
    )
    assert (document.signed_date, document.effective_from) == (date(2020, 9, 24), date(2020, 11, 1))
    assert document.cited_doc_numbers == ["省政府令第372号"]
    assert document.body.startswith("为加强行政规范性文件管理") and "\f" not in document.body


def test_page_from_page_numbers_without_a_toc_page():
    # no TOC page: the section's first page, the one before its first page number ('·    37    ·')
    lines = clean.paged(clean.clean_lines(from_text(RAW_TITLE_BLOCK)))
    entry = TocEntry(category="市政府文件", title=RAW_TITLE, doc_number="温政发〔2020〕23号", page=first_page(lines))
    assert documents.parse(texts(lines), entry).page == 36


# Constructed on the shape of 2020-09's 清理结果 decision, whose printed 废止 list is only behind a QR code
REPEAL_LIST = """温州市人民政府关于废止部分行政规范性文件的决定
温政发〔2020〕30号
各县（市、区）人民政府，市政府直属各单位：
经市政府同意，决定废止下列文件。
温州市人民政府
2020年12月1日
废止的市政府行政规范性文件目录
序号\t文号\t标题
1\t温政发〔2010〕5号\t温州市人民政府关于某事项的通知
2\t温政办〔2012〕88号\t温州市人民政府办公室关于某事项的意见
"""


def test_repeal_list_of_a_cleanup_decision():
    document = parse_document(REPEAL_LIST, "温州市人民政府关于废止部分行政规范性文件的决定", "温政发〔2020〕30号")
    assert document.repealed_doc_numbers == ["温政发〔2010〕5号", "温政办〔2012〕88号"]


def test_addressees_wrapped_in_a_narrow_column():
    text = RAW_TITLE_BLOCK.replace(" 各县（市、区）人民政府，市政府直属各单位：", "各县（市、区）人民政府，市政府直属各单\n位：")
    document = parse_document(text, RAW_TITLE, "温政发〔2020〕23号", category="市政府文件")
    assert document.addressees == "各县（市、区）人民政府，市政府直属各单位"
    assert document.body.startswith("为加强行政规范性文件管理")


def test_registration_code_printed_below_the_number():
    text = "温政发〔2020〕23号\nZJCC00-2020-0011\n" + RAW_TITLE_BLOCK.split("温政发〔2020〕23号\n", 1)[1]
    document = parse_document(text, RAW_TITLE, "温政发〔2020〕23号", category="市政府文件")
    assert (document.registration_code, document.title) == ("ZJCC00-2020-0011", RAW_TITLE)


def test_basis_cited_in_the_repealing_sentence_is_not_repealed():
    text = OPINION.replace(
        "以本意见为准。",
        "以本意见为准。根据《浙江省工业用地管理办法》（浙政发〔2019〕3号），《温州市工业用地管理办法》（温政办〔2009〕19号）同时废止。",
    )
    assert parse_document(text, OPINION_TITLE, "温政办〔2020〕53号").repealed_doc_numbers == ["温政办〔2009〕19号"]


def test_repeal_list_after_a_colon():
    text = REPEAL_LIST.replace("废止的市政府行政规范性文件目录\n序号\t文号\t标题\n", "决定废止下列文件：\n").replace("\t", " ")
    document = parse_document(text, "温州市人民政府关于废止部分行政规范性文件的决定", "温政发〔2020〕30号")
    assert document.repealed_doc_numbers == ["温政发〔2010〕5号", "温政办〔2012〕88号"]


HEADING_THEN_PARAGRAPH = [
    "（三）加快建设婴幼儿照护服务多元供给体系",
    "通过市场化方式，引导支持企事业单位、社会组织或个人等举办婴幼儿照护服务机构。",
]


@pytest.mark.parametrize(("lines", "rejoin", "paragraphs"), [
    # 2020-09 温政办〔2020〕73号 (raw lines 1231-1241): layout already made the paragraphs from the printed widths
    pytest.param(HEADING_THEN_PARAGRAPH, False, HEADING_THEN_PARAGRAPH, id="heading_from_layout_keeps_its_own_line"),
    # 2020-06 温政办〔2020〕61号 (lines 515-517): the same shape in clean text is an article cut mid-word
    pytest.param(["第三条 本办法所称水库是指总容积10万立", "方米及以上的蓄水工程。"], True,
                 ["第三条 本办法所称水库是指总容积10万立方米及以上的蓄水工程。"], id="clean_article_cut_mid_word_rejoined"),
])
def test_body_paragraphs_rejoin_only_lines_that_are_not_paragraphs_yet(lines, rejoin, paragraphs):
    assert documents.body_paragraphs(lines, rejoin=rejoin) == paragraphs


# 鞍山市人民政府令第16号 (tests/data/SOURCES.md `ANSHAN`), printed in the orders column as gazettes print a rule
# without its order line, or with the order line's place left out ('政府令〔1994〕第16号', written for the test)
ANSHAN_RULE = """鞍山市行政复议程序规定

{number}

《鞍山市行政复议程序规定》业经一九九四年四月二十五日市政府常务会议讨论通过，现予发布实施。

市长:董伟

一九九四年五月十八日

鞍山市行政复议程序规定

第一条　为保证各级行政机关依法行政，防止和纠正违法或不当的具体行政行为，保护公民、法人和其他组织的合法权益，根据《行政复议条例》（以下简称《条例》），制定本规定。
"""


@pytest.mark.parametrize("number_line, number", [
    ("鞍政令〔1994〕16号", "鞍政令〔1994〕16号"),
    ("政府令〔1994〕第16号", "政府令〔1994〕第16号"),
    ("鞍山市人民政府令第16号", "鞍山市人民政府令第16号"),
], ids=["abbreviated_number", "order_line_without_its_place", "whole_order_line"])
def test_a_rule_in_the_orders_column_is_its_places_governments(number_line, number):
    document = parse_document(ANSHAN_RULE.format(number=number_line), "鞍山市行政复议程序规定", number, category="市政府令")
    assert (document.issuer, document.signed_date) == ("鞍山市人民政府", date(1994, 5, 18))



# 中共中央 国务院 (2021-09-22), as Xinhua printed it (tests/data/SOURCES.md): the date in brackets under the title, no
# signature; the first paragraph and the first heading
CARBON = """中共中央 国务院

关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见

{date}

实现碳达峰、碳中和，是以习近平同志为核心的党中央统筹国内国际两个大局作出的重大战略决策，是着力解决资源环境约束突出问题、实现中华民族永续发展的必然选择，是构建人类命运共同体的庄严承诺。为完整、准确、全面贯彻新发展理念，做好碳达峰、碳中和工作，现提出如下意见。

一、总体要求
"""
CARBON_TITLE = "中共中央 国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见"


@pytest.mark.parametrize("printed", ["（2021年9月22日）", "(二○二一年九月二十二日)"], ids=["digits", "chinese_numerals"])
def test_a_date_in_brackets_under_the_title_is_the_signed_date_and_no_part_of_the_body(printed):
    document = parse_document(CARBON.format(date=printed), CARBON_TITLE, "", category="市政府文件")
    assert document.signed_date == date(2021, 9, 22)
    assert document.body.split("\n")[0].startswith("实现碳达峰、碳中和")


def test_a_government_and_its_court_signing_side_by_side_date_their_notice():
    """A government's and its intermediate court's names on one signature line (金昌's joint 实施意见 of 2022, its cover notice
    written for the test): the date under them is the notice's signed date (no signer was found, so no date)."""
    lines = ["金昌市人民政府 金昌市中级人民法院印发关于建立健全府院联动机制的实施意见的通知", "各县区人民政府、法院，市政府各部门：",
             "现将《金昌市人民政府 金昌市中级人民法院关于建立健全府院联动机制的实施意见》印发给你们，请认真贯彻执行。",
             "金昌市人民政府　金昌市中级人民法院", "2022年6月10日"]
    found = parse_document("\n\n".join(lines), lines[0], None, category="市政府文件")
    assert (found.signed_date, found.issuer) == (date(2022, 6, 10), "金昌市人民政府 金昌市中级人民法院")
