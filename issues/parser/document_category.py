"""The column (TOC category) a document is printed in: by its number's prefix, an order's government, the government
its title names or its signature's issuer, a work report to the congress the government's own; a department's otherwise
(部门文件).
"""

from __future__ import annotations

from issues.parser import regexes

# Doc number prefix -> category; other issuers' numbers are 部门文件.
CATEGORY_BY_PREFIX = {"温政令": "市政府令", "温政发": "市政府文件", "温政函": "市政府文件", "温政办": "市府办文件",
                      "温政办发": "市府办文件", "温政办函": "市府办文件", "温政办明电": "市府办文件"}


def category_of(doc_number: str, title: str = "", issuer: str = "") -> str:
    """The column a document is printed in: by its number's prefix ('温政办〔2020〕73号' -> 市府办文件), a
    government's order line ('温州市人民政府令第7号', '内蒙古自治区人民政府令第82号' -> 市政府令: the column of orders), else by the issuer its title names, or its signature
    ('东莞市人民政府办公室' under '关于印发…的通知': a city office's); a government office's document
    ('金政办发〔2010〕15号', '…人民政府办公厅关于…') is 市府办文件; 部门文件 otherwise."""
    number = "".join(doc_number.split())
    order = regexes.ORDER_NUMBER_LINE.match(number) or regexes.ORDER_SERIES_NUMBER.match(number)
    if order:  # a government's order, the city's or another's ('邢台市人民政府令〔2009〕第5号', '内蒙古自治区人民政府令第82号',
        # '温政令〔2020〕7号'), not a department's ('财政部令第41号')
        return "市政府令" if regexes.ORDER_GOVERNMENT.search(order["issuer"]) else "部门文件"
    match = regexes.DOC_NUMBER.search(number)
    if match and match["prefix"] in CATEGORY_BY_PREFIX:
        return CATEGORY_BY_PREFIX[match["prefix"]]
    if regexes.REPORT_TITLE.match(title):  # a work report to the congress: printed in the government's own column
        return "市政府文件"
    if not number and regexes.HEARD_PAPER_TITLE.search(title):  # a 说明 or 审查报告 the congress hears, as its work reports
        return "市政府文件"
    if government := regexes.ISSUING_GOVERNMENT.match(title) or regexes.GOVERNMENT_ISSUER.match(issuer):
        return _government_column(government["level"] or "市", bool(government["office"]))  # a 行政公署: a city's
    if match and (government := regexes.GOVERNMENT_PREFIX.match(match["prefix"])):
        level = "国务院" if government["state"] else "省" if government["place"] == "浙" else "市"
        return _government_column(level, bool(government["office"]))
    return "部门文件"


def _government_column(level: str, office: bool) -> str:
    """The column of a government's document (other places' documents, as an issue laid out from them prints
    them): a city's and its office's as the gazette's own, a province's and the State Council's in theirs."""
    if level in ("省", "自治区"):
        return "省政府文件"
    if level == "国务院":
        return "国务院文件"
    if level in ("县", "区"):
        return "县（市、区）文件"
    return "市府办文件" if office else "市政府文件"
