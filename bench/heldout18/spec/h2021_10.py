"""2021年第10期 (text export): a county government office's notice (汉政办发〔2021〕88号) enclosing its rules on pooled
farm funds, printed without addressees (its site's copy gives none), its one paragraph citing two joint notices of eleven
bodies by title and number in brackets (`财政部等11部门《…》（财农〔2021〕22号）`, a title with 〈〉 inside 《》), signed
with issuer and date, the rules' title over two lines and `第一条` citing two more numbers; a 发文目录 of one row; dots
TOC, `- N -`.

Sources: SOURCES.md rows 2021-10-*.
"""

TITLE = "汉阴县人民政府办公室关于印发《汉阴县过渡期统筹整合使用财政涉农资金管理办法》的通知"
NUMBER = "汉政办发〔2021〕88号"

ISSUE = {
    "name": "2021-10", "shape": "text", "year": 2021, "issue_no": 10, "total_no": 202,
    "publish_date": "2021-10-29", "page_form": "- {} -", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "县（市、区）文件", "items": [
            {"title_block": ["汉阴县人民政府办公室关于印发《汉阴县过渡期统筹", "整合使用财政涉农资金管理办法》的通知"],
             "title": TITLE, "doc_number": NUMBER, "registration_code": None,
             "issuer": "汉阴县人民政府办公室", "addressees": None,
             "paragraphs": [
                 "为贯彻落实中共中央、国务院关于巩固拓展脱贫攻坚成果同乡村振兴有效衔接精神和省市县决策部署，根据财政部等11部门《关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知》（财农〔2021〕22号）、陕西省财政厅等11部门《关于印发〈过渡期脱贫县统筹整合使用财政涉农资金工作实施细则〉的通知》（陕财办农〔2021〕38号）等文件精神，经县政府常务会议审定同意，现将《汉阴县过渡期统筹整合使用财政涉农资金管理办法》印发给你们，请遵照执行。",
             ],
             "signature": ["汉阴县人民政府办公室", "2021年9月28日"], "signed_date": "2021-09-28",
             "after_signature": [
                 "汉阴县过渡期统筹整合使用财政涉农",
                 "资金管理办法",
                 "第一条 为贯彻落实《中共中央 国务院关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》（中发〔2020〕30号）、《中共陕西省委 陕西省人民政府关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》（陕发〔2021〕5号）精神，落实“四个不摘”要求，坚决守住脱贫攻坚成果，做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接，加强和规范各级财政衔接推进乡村振兴补助资金及统筹整合使用财政涉农资金（以下简称整合资金）管理，确保资金安全规范使用，进一步提高资金使用效益。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["财农〔2021〕22号", "陕财办农〔2021〕38号", "中发〔2020〕30号", "陕发〔2021〕5号"]},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "2021年9月发文目录",
         "rows": [(NUMBER, TITLE)]},
    ],
}
