"""2015年第3期 (raw two-column): a county government's 批复 (弋府字〔2015〕23号) to a township, addressed to the township
government alone, quoting the request's title in 《》 with its years in brackets, two numbered decisions, signed with issuer
and date, the office's printing line (`弋阳县人民政府办公室秘书科 2015年3月5日印发`) after the signature; a 发文目录 of one
row; bare page numbers.

Sources: SOURCES.md rows 2015-03-*.
"""

TITLE = "弋阳县人民政府关于清湖乡总体规划（2013-2030）的批复"
NUMBER = "弋府字〔2015〕23号"

ISSUE = {
    "name": "2015-03", "shape": "raw", "year": 2015, "issue_no": 3, "total_no": 123,
    "publish_date": None, "page_form": "{}", "header": ["温州市人民政府公报", "2015年第3期"],
    "sections": [
        {"kind": "documents", "heading": "县（市、区）文件", "items": [
            {"title_block": ["弋阳县人民政府关于清湖乡总体规划", "（2013-2030）的批复"],
             "title": TITLE, "doc_number": NUMBER, "registration_code": None,
             "issuer": "弋阳县人民政府", "addressees": "清湖乡人民政府",
             "paragraphs": [
                 "你乡呈送的《关于申请批复清湖乡总体规划（2013-2030）的请示》收悉，经县政府常务会议研究，现批复如下：",
                 "一、同意批准实施《弋阳县清湖乡总体规划（2013-2030）》。",
                 "二、县规划、国土等部门要认真把关，彰显规划严肃性。",
             ],
             "signature": ["弋阳县人民政府", "2015年3月3日"], "signed_date": "2015-03-03",
             "after_signature": ["弋阳县人民政府办公室秘书科 2015年3月5日印发"],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "2015年3月发文目录",
         "rows": [(NUMBER, TITLE)]},
    ],
}
