"""2024年第6期 (text export): a regional government's notice (内政发〔2024〕19号) whose title block, the issuer's name
on a line of its own over `关于印发《…》的通知`, is cut by a page break, an addressee line without 各 before its first
body, signed with the date alone, `（此件公开发布）` and the enclosed 办法's chapter heading and first three articles
(the third's items `（一）`…`（四）`) after it; a 发文目录 of one row; plain TOC, `— N —`.

Sources: SOURCES.md rows 2024-06-*.
"""

TITLE = "内蒙古自治区人民政府关于印发《内蒙古自治区公共数据管理暂行办法》的通知"
NUMBER = "内政发〔2024〕19号"

ISSUE = {
    "name": "2024-06", "shape": "text", "year": 2024, "issue_no": 6, "total_no": 235,
    "publish_date": "2024-06-28", "page_form": "— {} —", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["内蒙古自治区人民政府", "关于印发《内蒙古自治区公共数据管理暂行办法》的通知"], "cut_title": True,
             "title": TITLE, "doc_number": NUMBER, "registration_code": None,
             "issuer": "内蒙古自治区人民政府",
             "addressees": "盟行政公署、市人民政府，自治区各委、办、厅、局，各大企业、事业单位",
             "paragraphs": ["现将《内蒙古自治区公共数据管理暂行办法》印发给你们，请结合实际，认真遵照执行。"],
             "signature": ["2024年6月4日"], "signed_date": "2024-06-04",
             "after_signature": [
                 "（此件公开发布）",
                 "内蒙古自治区公共数据管理暂行办法",
                 "第一章　总　则",
                 "第一条　为了完整、准确、全面贯彻新发展理念，牢牢把握铸牢中华民族共同体意识工作主线，加强公共数据管理，保障公共数据安全，保护自然人、法人和非法人组织合法权益，提升政府治理能力和公共服务水平，释放公共数据价值，根据相关法律、法规，结合自治区实际，制定本办法。",
                 "第二条　内蒙古自治区行政区域内公共数据采集、治理、归集、存储、加工、传输、共享、开放、开发及数据安全管理等活动适用本办法。",
                 "第三条　本办法下列用语的含义：",
                 "（一）公共数据，是指国家机关和法律、法规授权的具有管理公共事务职能的机构（以下统称公共管理和服务机构）在履行公共管理职责或者提供公共服务过程中采集、产生的各类数据，以及其他机构在提供公共服务中收集、产生的涉及公共利益的各类数据。",
                 "（二）公共数据主管部门，是指旗县级以上地方人民政府确定的承担本行政区域内公共数据管理职责的机构，负责协调解决本行政区域内与公共数据采集、使用、管理等相关的工作。",
                 "（三）数源部门，是指根据法律、法规确定的某一类公共数据的法定采集部门。",
                 "（四）数据利用主体，是指访问、调用和利用公共数据的自然人、法人和非法人组织。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "6月份自治区人民政府发文目录",
         "rows": [(NUMBER, TITLE)]},
    ],
}
