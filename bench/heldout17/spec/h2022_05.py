"""2022年第5期 (text export): a city government's notice printing the mayor's work report, its stored copy giving no
doc number: addressees, one paragraph naming the report in 《》, signed with issuer and date, `（此件公开发布）`, then
the report's letter-spaced title, its subtitle line opening `——`, the acting mayor's line, `各位代表：`, its first
paragraph and part heading; running headers and `· N ·` footers left in; dots TOC.

Sources: SOURCES.md rows 2022-05-*.
"""

TITLE = "台州市人民政府关于印发市六届人大一次会议政府工作报告的通知"

ISSUE = {
    "name": "2022-05", "shape": "text", "year": 2022, "issue_no": 5, "total_no": 210,
    "publish_date": "2022-05-31", "page_form": "· {} ·", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2022年第5期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["台州市人民政府关于印发市六届人大一次会议", "政府工作报告的通知"],
             "title": TITLE, "doc_number": None, "registration_code": None,
             "issuer": "台州市人民政府",
             "addressees": "各县（市、区）人民政府，市政府直属各单位",
             "paragraphs": [
                 "2022年4月11日吴晓东代市长在台州市第六届人民代表大会第一次会议上代表市政府所作的《政府工作报告》已经大会审查通过，现印发给你们，请认真贯彻落实。",
             ],
             "signature": ["台州市人民政府", "2022年4月15日"], "signed_date": "2022-04-15",
             "after_signature": [
                 "（此件公开发布）",
                 "政 府 工 作 报 告",
                 "——2022年4月11日在台州市第六届人民代表大会第一次会议上",
                 "台州市代市长 吴晓东",
                 "各位代表：",
                 "现在，我代表台州市人民政府，向大会报告政府工作，请予审议，并请市政协委员和其他列席人员提出意见。",
                 "一、过去五年工作回顾",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
    ],
}
