"""2011年第3期 (text export): a city people's congress committee's session as the press reported it a month back: three
plenary sittings told in turn, the decisions adopted in the third named by their titles (`表决通过了市人大常委会关于接受张宪军
同志辞职请求的决定；表决通过了市人大常委会关于任命张恩亮同志为市政府代理市长的决定`), the resignation naming no post; the
report as a brief opening `2月19日上午，` under a headline taken from its first sentence (the stored copy prints none); the
column heading letter-spaced (`人 事 任 免`); Chinese-numeral 出版日期; plain TOC, `· N ·`.

Sources: SOURCES.md rows 2011-03-*.
"""

TITLE = "黑河市四届人大常委会召开第二十八次会议"
OPENING = "2月19日上午，黑河市四届人大常委会召开第二十八次会议。"
PRESENT = "黑河市委书记、市人大常委会主任刘刚，市人大常委会副主任安福清、侯敏、赵殿举、孟庆斌、张利群，秘书长傅广远出席会议。刘刚主持会议。"
ATTEND = "副市长孟祥全，市中级人民法院院长张敏，市人民检察院检察长赵英华，市人大各委办室不是常委会组成人员的副处级以上领导干部列席会议。"
FIRST = "在第一次全体会议上，会议听取了市政府关于提请干部免职议案的说明；投票表决了人事免职事项；听取了黑河市人大常委会2011年工作要点（草案）；公布了人事免职表决结果；听取了市政府关于提请干部任职议案的说明；听取了拟任职人员供职发言。"
SECOND = "在第二次全体会议上，会议听取了市人大常委会关于接受张宪军同志辞职请求决定（草案）的说明；听取了市四届人大常委会主任会议关于提请干部任职议案的说明；表决通过了黑河市人大常委会2011年工作要点；投票表决了人事任职事项；公布了人事任职表决结果。"
THIRD = "会议经过分组审议，在第三次全体会议上，表决通过了市人大常委会关于接受张宪军同志辞职请求的决定；表决通过了市人大常委会关于任命张恩亮同志为市政府代理市长的决定；颁发了任命证书。"

ISSUE = {
    "name": "2011-03", "shape": "text", "year": 2011, "issue_no": 3, "total_no": 75,
    "publish_date": "2011-03-31", "page_form": "· {} ·", "toc_form": "plain",
    "sections": [
        {"kind": "appointments", "heading": "人 事 任 免", "title": "黑河市人大常委会人事任免",
         "lines": [OPENING, THIRD],
         "rows": [
             ("张恩亮", "appoint", "市政府代理市长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2011-02-19",
              "paragraphs": [OPENING, PRESENT, ATTEND, FIRST, SECOND, THIRD]},
         ]},
    ],
}
