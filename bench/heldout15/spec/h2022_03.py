"""2022年第3期 (text export): a provincial government's 决定 (川府函〔2022〕26号), the issuer's name on a line of its own
over `关于命名…的决定`, the title block cut by a page break, a long addressee line, naming fourteen counties in one
sentence, citing two titles without numbers; no signature (the stored copy stops in the fourth paragraph); a 发文目录 of
one row; plain TOC, page furniture left in (`— N —` footers and running headers, one of them inside the title block).

Sources: SOURCES.md rows 2022-03-*.
"""

TITLE = "四川省人民政府关于命名首批省级生态县的决定"
NUMBER = "川府函〔2022〕26号"

ISSUE = {
    "name": "2022-03", "shape": "text", "year": 2022, "issue_no": 3, "total_no": 208,
    "publish_date": "2022-03-31", "page_form": "— {} —", "toc_form": "plain", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2022年第3期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["四川省人民政府", "关于命名首批省级生态县的决定"], "cut_title": True,
             "title": TITLE, "doc_number": NUMBER, "registration_code": None,
             "issuer": "四川省人民政府",
             "addressees": "各市（州）、县（市、区）人民政府，省政府各部门、各直属机构",
             "paragraphs": [
                 "为深入学习贯彻习近平生态文明思想，认真落实党中央、国务院和省委、省政府关于加快推进生态文明建设的决策部署，坚定不移走生态优先、绿色低碳的高质量发展道路，深化提升生态省建设水平，我省结合党的十九大以来生态文明建设的新要求，修订了省级生态县建设指标，启动了省级生态县创建工作。",
                 "根据《四川省省级生态县管理规程》《四川省省级生态县建设指标》，经申报预审、核查、公示，省政府决定命名成都市郫都区、双流区、都江堰市、绵阳市游仙区、青川县、西充县、兴文县、武胜县、宣汉县、巴中市巴州区、眉山市彭山区、乐至县、汶川县、色达县等14个县（市、区）为首批省级生态县。",
                 "希望被命名的县（市、区）发挥典型示范引领作用，珍惜荣誉，再接再厉，努力争创国家生态文明建设示范县、“绿水青山就是金山银山”实践创新基地。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "省政府发文目录",
         "rows": [(NUMBER, TITLE)]},
    ],
}
