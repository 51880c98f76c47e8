"""Amendments read from a document's title and body (issues/parser/amendments.py), one row per printed form."""

import pytest

from issues.parser.amendments import amendments, rule_key, rule_name

# (title, body paragraphs, amended numbers, amended titles)
CASES = {
    # 2019-04 温市监规〔2019〕1号: the title names the rule, the first clause names it with its number
    "title_and_clause_with_number_2019_04": (
        "温州市市场监督管理局关于修订《温州市药品零售（连锁）经营许可实施细则》部分条款的通知",
        ["为加快我市统一开放药品流通市场的形成，建立公平公正的市场竞争环境，现将《温州市药品零售（连锁）经营许可实施细则》"
         "（温市监〔2015〕52号）部分条款予以修订。具体如下：",
         "一、第二十九条第一款修改为“药品零售连锁企业可委托符合药品经营质量管理规范要求的批发企业配送全部或部分药品。”"],
        ["温市监〔2015〕52号"], ["温州市药品零售（连锁）经营许可实施细则"],
    ),
    "decision_title_with_angle_brackets": (
        "温州市人民政府关于修改〈温州市区经济适用住房管理办法〉的决定",
        ["市人民政府决定对《温州市区经济适用住房管理办法》作如下修改：", "一、第五条修改为：“……”"],
        [], ["温州市区经济适用住房管理办法"],
    ),
    "article_修改为_names_the_rule_and_number": (
        "温州市人民政府关于调整若干事项的决定",
        ["《温州市市区公共租赁住房管理办法》（温政令第150号）第十条修改为：“……”"],
        ["温政令第150号"], ["温州市市区公共租赁住房管理办法"],
    ),
    "order_revised_by_number": (
        "温州市市区征收农民集体所有土地管理办法",
        ["按照行政规范性文件制订程序要求，对市政府令第143号进行修订。"],
        ["市政府令第143号"], [],
    ),
    # 2020-11 温政办〔2020〕79号: a cover notice issuing a revised rule
    "revision_2020_11": (
        "温州市人民政府办公室关于印发温州市市长质量奖评审管理办法(2020年修订)的通知",
        ["《温州市市长质量奖评审管理办法(2020年修订)》已经市政府同意，现印发给你们，请认真组织实施。"],
        [], ["温州市市长质量奖评审管理办法"],
    ),
    # 温政发〔2012〕67号: a revision announced by its title and its cover text
    "revised_rule_by_title_2012": (
        "温州市人民政府关于修订温州市市长质量奖评审管理办法的通知",
        ["为了适应形势变化，市人民政府对原《温州市市长质量奖评审管理办法》有关内容作了相应修订。"
         "现将修订后的《温州市市长质量奖评审管理办法》印发给你们，请认真贯彻执行。"],
        [], ["温州市市长质量奖评审管理办法"],
    ),
    # 甘肃省人大常委会关于修改部分地方性法规的决定: articles added to one rule, an item of another rewritten
    "added_article_and_rewritten_item": (
        "甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定",
        ["甘肃省第十一届人民代表大会常务委员会第十七次会议决定，修改下列地方性法规：",
         "1.在《甘肃省农村能源建设管理条例》第七条中增加一项作为第六项，即：“负责农村节能减排工作；”",
         "第九条修改为：“各级人民政府应当发挥本地优势，因地制宜地开发农村能源。”",
         "2.将《甘肃省气象条例》第七条第一项修改为：“为地方经济建设和防灾减灾服务设置的气象机构；”"],
        [], ["甘肃省农村能源建设管理条例", "甘肃省气象条例"],
    ),
    "deleting_a_paragraph_names_nothing": (
        "温州市人民政府关于某事的通知",
        ["删除第三款，第四款调整为第三款。", "根据《数据安全法》删除过期数据。"],
        [], [],
    ),
    "citing_a_revised_law_amends_nothing": (
        "温州市人民政府关于印发温州市医疗救助办法的通知",
        ["根据《社会救助暂行办法（2019年修订）》（国务院令第649号）、《浙江省社会救助条例》等规定，制定本办法。",
         "根据新修订的《政府信息公开条例》要求，抓紧建立健全政府信息公开发布机制。"],
        [], [],
    ),
    "revising_a_plan_is_not_an_amendment": (
        "温州市人民政府办公室关于印发温州市大气污染防治实施方案的通知",
        ["按要求修订重污染天气应急预案，推进“一厂一策”清单化管理。", "各有关单位征求意见，经多次修改完善后制定。"],
        [], [],
    ),
    "a_repealed_title_naming_a_revision_is_not_one": (
        "温州市药品零售（连锁）经营许可实施细则",
        ["本细则自2015年10月1日起实施，《关于修订〈温州市药品零售企业〈药品经营许可证〉申领、变更、注销程序〉的通知》"
         "（温食药监市〔2005〕31号）同时废止。"],
        [], [],
    ),
    "its_own_number_is_left_out": (
        "温州市人民政府关于修改《温州市X办法》的决定",
        ["现将《温州市X办法》（温政发〔2016〕3号）作如下修改，本决定（温政发〔2021〕5号）自公布之日起施行。"],
        ["温政发〔2016〕3号"], ["温州市X办法"],
    ),
    "table_rows_are_skipped": (
        "温州市人民政府关于某事的通知",
        ["序号\t《温州市X办法》（温政发〔2016〕3号）\t修改为"],
        [], [],
    ),
}


@pytest.mark.parametrize("title, paragraphs, doc_numbers, titles", CASES.values(), ids=CASES.keys())
def test_amendments_read_from_the_text(title, paragraphs, doc_numbers, titles):
    found = amendments(title, paragraphs, exclude={"温政发〔2021〕5号"})
    assert (found.doc_numbers, found.titles) == (doc_numbers, titles)


@pytest.mark.parametrize("title, name", [
    ("温州市人民政府办公室关于印发温州市市长质量奖评审管理办法（2020年修订）的通知", "温州市市长质量奖评审管理办法"),
    ("温州市人民政府关于印发《温州市市长质量奖评审管理办法》的通知", "温州市市长质量奖评审管理办法"),
    ("温州市市长质量奖评审管理办法 (2017年修订版)", "温州市市长质量奖评审管理办法"),
    ("温州市人民政府关于修订温州市市长质量奖评审管理办法的通知", "温州市市长质量奖评审管理办法"),
    ("温州市市场监督管理局关于修订《温州市药品零售（连锁）经营许可实施细则》部分条款的通知", "温州市药品零售（连锁）经营许可实施细则"),
    ("温州市人民政府关于加强某事的意见", "温州市人民政府关于加强某事的意见"),
])
def test_rule_name_is_the_enclosed_rule_without_its_revision(title, name):
    assert rule_name(title) == name


def test_versions_of_one_rule_share_a_key_whatever_the_brackets():
    assert rule_key("温州市药品零售（连锁）经营许可实施细则") == rule_key("《温州市药品零售(连锁)经营许可实施细则(2019年修正)》")
