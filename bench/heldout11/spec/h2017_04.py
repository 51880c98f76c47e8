"""2017年第4期 (text export): a provincial 人大常委会's decisions as its report prints them, a resignation accepted
(`通过关于接受张庆伟辞去河北省人民政府省长职务的请求的决定。`) and `决定任命许勤为河北省人民政府副省长、代理省长。`;
the report as a brief under its headline, opening `今天，` (no date named); plain TOC, `第N页`.

Sources: SOURCES.md rows 2017-04-*.
"""

NEWS = "许勤任河北省人民政府副省长、代理省长"

ISSUE = {
    "name": "2017-04", "shape": "text", "year": 2017, "issue_no": 4, "total_no": 167,
    "publish_date": "2017-04-28", "page_form": "第{}页", "toc_form": "plain",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "4月份人事任免",
         "lines": [
             "通过关于接受张庆伟辞去河北省人民政府省长职务的请求的决定。",
             "决定任命许勤为河北省人民政府副省长、代理省长。",
         ],
         "rows": [
             ("张庆伟", "dismiss", "河北省人民政府省长", None),
             ("许勤", "appoint", "河北省人民政府副省长", None),
             ("许勤", "appoint", "河北省人民政府代理省长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": None,
              "paragraphs": [
                  "今天，河北省十二届人大常委会举行第二十七次会议。会议通过省人大常委会关于召开河北省第十二届人民代表大会第六次会议的决定，决定河北省第十二届人民代表大会第六次会议于4月26日召开。通过关于接受张庆伟辞去河北省人民政府省长职务的请求的决定。决定任命许勤为河北省人民政府副省长、代理省长。",
              ]},
         ]},
    ],
}
