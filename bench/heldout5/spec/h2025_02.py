"""2025年第2期 (raw two-column): a city 人大 decision of 接受X同志辞去…的请求 and `X同志任…副市长、代市长`
(任 without 为, a post pair joined by 、 and shortened to 代市长); a one-paragraph brief whose text opens
with the body and the date inside the sentence (`…人大常委会1月27日举行…`), closed by four credit lines
(`记者 | …`, `编辑 | …`, `责编 | …`, `终审 | …`); `— N —`.

Sources: SOURCES.md rows 2025-02-*.
"""

DECIDED = "台州市第六届人大常委会第二十次会议决定"

ISSUE = {
    "name": "2025-02", "shape": "raw", "year": 2025, "issue_no": 2, "total_no": 270,
    "publish_date": None, "page_form": "— {} —", "header": ["2025年第2期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "1月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "接受沈铭权同志辞去台州市市长职务的请求；",
             "王健同志任台州市副市长、代市长。",
         ],
         "rows": [
             ("沈铭权", "dismiss", "台州市市长", None),
             ("王健", "appoint", "台州市副市长", None),
             ("王健", "appoint", "台州市代市长", None),
         ],
         "decided_by": DECIDED},
        {"kind": "news", "heading": "政务简讯", "toc_title": "王健任台州市代市长",
         "items": [
             {"title_lines": ["王健任台州市代市长"], "title": "王健任台州市代市长", "date": "2025-01-27",
              "paragraphs": [
                  "台州市第六届人大常委会1月27日举行第二十次会议，接受沈铭权同志辞去台州市市长职务的请求，决定王健同志任台州市副市长、代市长。",
                  "记者 | 陈文盛",
                  "编辑 | 王莉莎",
                  "责编 | 张炯",
                  "终审 | 孟文林",
              ]},
         ]},
    ],
}
