"""2011年第4期 (raw two-column): a city government office's notice (濮政办〔2011〕19号) enclosing a bureau's 暂行办法,
addressees in three groups (`各县（区）人民政府，高新区、工业园区管委会，市人民政府各部门`), signed only with a date in
Chinese numerals written with `〇` (二〇一一年三月三十日, no issuer line), the 办法's title and `第一条`…`第三条` after it,
citing two regulations by title only; `第N页`.

Sources: SOURCES.md rows 2011-04-*.
"""

ISSUE = {
    "name": "2011-04", "shape": "raw", "year": 2011, "issue_no": 4, "total_no": 76,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2011年第4期"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["濮阳市人民政府办公室关于印发濮阳市城市", "道路窨井设施管理暂行办法的通知"],
             "title": "濮阳市人民政府办公室关于印发濮阳市城市道路窨井设施管理暂行办法的通知",
             "doc_number": "濮政办〔2011〕19号", "registration_code": None,
             "issuer": "濮阳市人民政府办公室",
             "addressees": "各县（区）人民政府，高新区、工业园区管委会，市人民政府各部门",
             "paragraphs": [
                 "市市政园林管理局制定的《濮阳市城市道路窨井设施管理暂行办法》已经市政府同意，现印发给你们，请认真贯彻执行。",
             ],
             "signature": ["二〇一一年三月三十日"], "signed_date": "2011-03-30",
             "after_signature": [
                 "濮阳市城市道路窨井设施管理暂行办法",
                 "第一条 为加强城市道路窨井设施的监督、维护和管理，保障城市道路完好、畅通，根据《国务院城市道路管理条例》和《河南省市政设施管理办法》等有关规定，结合我市实际，制定本办法。",
                 "第二条 本办法所称城市道路窨井设施是指城市建成区道路范围内的供水、排水、燃气、热力、电力、通信、有线电视、交通信号、消防等地下管线的检查井、进水井、阀门井、消防井、接线井的井体、井盖等设施。",
                 "第三条 窨井设施的设计和施工应当符合国家、省、市有关技术规范，井框、井盖应当符合产品质量标准和交通荷载标准。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
    ],
}
