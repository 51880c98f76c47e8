"""2015年第5期 (text export): a district people's congress committee's appointment of a deputy district head in a
sentence opening `会议…` that names no meeting (`…决定任命蔡建军为台州市路桥区人民政府副区长。`), under a letter-spaced
heading (`人 事 任 免`); the district paper's report as a brief under the session's headline, naming no day; dots TOC,
`— N —`.

Sources: SOURCES.md rows 2015-05-*.
"""

TITLE = "区四届人大常委会第二十七次会议召开"
DECISION = "会议听取和审议了区长提请的人事任职议案，以无记名投票的方式，通过了人事任职事项，决定任命蔡建军为台州市路桥区人民政府副区长。"
ATTENDING = "副区长蒋斌芳，区人民法院院长葛建明，区人民检察院负责人、区政府办公室主任列席此次会议。政协副主席王世祥应邀列席。"

ISSUE = {
    "name": "2015-05", "shape": "text", "year": 2015, "issue_no": 5, "total_no": 125,
    "publish_date": "2015-05-29", "page_form": "— {} —", "toc_form": "dots",
    "sections": [
        {"kind": "appointments", "heading": "人 事 任 免", "title": "人事任免",
         "lines": [DECISION],
         "rows": [
             ("蔡建军", "appoint", "台州市路桥区人民政府副区长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": None,
              "paragraphs": [DECISION, ATTENDING]},
         ]},
    ],
}
