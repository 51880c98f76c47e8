"""2014年第9期 (text export): a provincial government order (吉林省人民政府令第243号, its number on one line under the
measures' title) whose promulgation line
names the measures, the meeting date and a later effective date (自2014年2月1日起施行), signed `省长巴音朝鲁`
(no space), the measures' articles with no space after `第一条`; a provincial 人大's decisions under a
letter-spaced heading: two resignations accepted in one line, `任命X为Y、代理Z`; `第N页` footers and headers
left in.

Sources: SOURCES.md rows 2014-09-*.
"""

MEASURES = "吉林省封山禁牧管理办法"
DECIDED = "吉林省十二届人大常委会第十次会议决定"

ISSUE = {
    "name": "2014-09", "shape": "text", "year": 2014, "issue_no": 9, "total_no": 141,
    "publish_date": "2014-09-25", "page_form": "第{}页", "toc_form": "plain", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2014年第9期"],
    "sections": [
        {"kind": "documents", "heading": "市政府令", "items": [
            {"title_block": [MEASURES], "title": MEASURES,
             "doc_number": "吉林省人民政府令第243号", "registration_code": None,
             "issuer": "吉林省人民政府", "addressees": None,
             "paragraphs": [f"《{MEASURES}》已经2013年12月2日省政府第11次常务会议讨论通过，现予公布，自2014年2月1日起施行。"],
             "signature": ["省长巴音朝鲁", "2013年12月6日"], "signed_date": "2013-12-06",
             "after_signature": [
                 MEASURES,
                 "第一条为了保护林草植被，巩固造林绿化和草原建设成果，维护生态安全，促进经济社会和生态协调发展，根据《中华人民共和国森林法》、《中华人民共和国草原法》等有关法律、法规规定，结合本省实际，制定本办法。",
                 "第二条在本省行政区域内实施封山禁牧，适用本办法。",
             ],
             "attachments": [], "effective_from": "2014-02-01", "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "appointments", "heading": "人 事 任 免", "title": "9月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "接受王儒林辞去吉林省第十二届人大常委会主任职务的请求，接受巴音朝鲁辞去吉林省省长职务的请求；",
             "任命蒋超良为吉林省副省长、代理省长。",
         ],
         "rows": [
             ("王儒林", "dismiss", "吉林省第十二届人大常委会主任", None),
             ("巴音朝鲁", "dismiss", "吉林省省长", None),
             ("蒋超良", "appoint", "吉林省副省长", None),
             ("蒋超良", "appoint", "吉林省代理省长", None),
         ],
         "decided_by": DECIDED},
    ],
}
