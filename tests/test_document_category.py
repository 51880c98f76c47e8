"""The column a document is printed in (issues/parser/document_category.py): by its number, its title's issuer or its
signature's, as a raw extraction without a TOC needs it (tests/test_rawsplit.py finds the documents)."""

import pytest

from issues.parser.document_category import category_of


@pytest.mark.parametrize(("doc_number", "category"), [
    ("温政令〔2020〕7号", "市政府令"),
    ("温政发〔2020〕22号", "市政府文件"),
    ("温政办〔2020〕73号", "市府办文件"),
    ("温市监〔2019〕15号", "部门文件"),
    ("温政函〔2010〕3号", "市政府文件"),
    ("温政办函〔2010〕5号", "市府办文件"),
    ("温州市人民政府令 第7号", "市政府令"),
    ("温政令第7号", "市政府令"),
    ("内蒙古自治区人民政府令第82号", "市政府令"),  # a province's order is in the column of orders too (issue 21, docs21d)
    ("财政部令第41号", "部门文件"),  # a ministry's order is a department's document
    ("湖北省人民政府令（第52号）", "市政府令"),  # its serial bracketed (tests/test_read_orders.py HUBEI)
    ("渝府令第121号", "市政府令"),  # a government named by its abbreviation (tests/test_read_orders.py CHONGQING)
    ("中华人民共和国国务院令第238号", "市政府令"),  # the State Council's (tests/test_read_orders.py PIGS)
    ("金政办发〔2010〕15号", "市府办文件"),  # another city's government office (law528.infoeach.com)
    ("岳政发(2017)2号", "市政府文件"),  # ASCII parentheses read as a number; another city's government, as the city's own
    ("乐财教〔2021〕2号", "部门文件"),
])
def test_category_follows_the_doc_number_prefix(doc_number, category):
    assert category_of(doc_number) == category


@pytest.mark.parametrize(("doc_number", "category"), [
    ("宿政发〔2008〕65号", "市政府文件"), ("武政〔2005〕32号", "市政府文件"), ("浙政办发〔2023〕67号", "省政府文件"),
    ("国发〔2010〕33号", "国务院文件"), ("临安委〔2011〕3号", "部门文件"), ("劳社厅函〔2007〕120号", "部门文件"),
    ("邢台市人民政府令〔2009〕第5号", "市政府令"),
    # a normative document's series (广州, as 增府办规〔2020〕6号 cites them; misc21k): the government's and its office's
    ("穗府规〔2017〕6号", "市政府文件"), ("穗府办规〔2019〕5号", "市府办文件"),
])
def test_another_governments_number_tells_its_column(doc_number, category):
    assert category_of(doc_number) == category


@pytest.mark.parametrize(("title", "category"), [
    ("温州市人民政府关于公布第六批市级非物质文化遗产名录的通知", "市政府文件"),
    ("温州市人民政府办公室关于做好2010年春节期间有关工作的通知", "市府办文件"),
    ("温州市公安局交通警察支队关于调整部分道路交通组织的通告", "部门文件"),
    # other places' governments, as an issue laid out from their documents prints them (tests/data/SOURCES.md)
    ("宿迁市人民政府关于印发宿迁市城乡医疗救助暂行办法的通知", "市政府文件"),
    ("浙江省人民政府办公厅关于命名第七批省级特色小镇的通知", "省政府文件"),
    ("清远市人民政府关于印发《清远市人民政府工作规则》的通知", "市政府文件"),
    ("乐昌市教育局关于下达2021年城乡义务教育公用经费补助资金的通知", "部门文件"),
    ("金华市人民政府办公室关于印发金华市人民政府办理人大代表建议和政协提案工作规则的通知", "市府办文件"),
    ("劳动和社会保障部办公厅关于印发社会保险基金安全宣传教育活动工作方案的通知", "部门文件"),  # a ministry's office
    ("阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知", "市政府文件"),  # a prefecture's administration (docs21)
    # a party committee's joint document with its government, and their offices' (广州 穗府〔2011〕15号's title, worded for the test
    # as a joint one, raw14): the government's column, never a department's
    ("中共广州市委 广州市人民政府关于进一步加强招商引资促进产业转型升级的指导意见", "市政府文件"),
    ("中共广州市委办公厅 广州市人民政府办公厅关于进一步加强招商引资促进产业转型升级的指导意见", "市府办文件"),
])
def test_a_document_without_number_takes_the_category_of_the_issuer_its_title_names(title, category):
    assert category_of("", title) == category


@pytest.mark.parametrize(("title", "issuer", "category"), [
    # 东府办[2005]42号 (tests/data/SOURCES.md, docs21): its title names no issuer, its signature does
    ("关于印发东莞市困难家庭住房保障办法实施细则的通知", "东莞市人民政府办公室", "市府办文件"),
    ("关于印发东莞市困难家庭住房保障办法实施细则的通知", "东莞市住房和城乡建设局", "部门文件"),
    ("关于印发东莞市困难家庭住房保障办法实施细则的通知", "", "部门文件"),
], ids=["signed_by_a_government_office", "signed_by_a_department", "signed_by_nobody"])
def test_a_document_whose_title_names_no_issuer_takes_the_category_of_its_signature(title, issuer, category):
    assert category_of("", title, issuer) == category
