"""2006年第3期 (text export): a city 人大常委会's decisions as an evening paper reported them, in one sentence naming no
meeting (`郑州市人大常委会委员表决接受了王文超辞去郑州市市长、孙新雷辞去郑州市副市长的请求，并通过了任命赵建才为郑州市
副市长、代理市长的决定。`): two resignations accepted in one clause, an appointment and an acting post after 、; the
report as a brief under a two-part headline opening with a dateline naming no day (`今报郑州讯 `) and `昨天上午，`;
Chinese-numeral 出版日期; dots TOC, `第N页`.

Sources: SOURCES.md rows 2006-03-*.
"""

DECISIONS = ("昨天上午，郑州市人大常委会委员表决接受了王文超辞去郑州市市长、孙新雷辞去郑州市副市长的请求，"
             "并通过了任命赵建才为郑州市副市长、代理市长的决定。")
NEWS = "王文超因工作需要辞去市长职务 赵建才代理郑州市长"

ISSUE = {
    "name": "2006-03", "shape": "text", "year": 2006, "issue_no": 3, "total_no": 16,
    "publish_date": "2006-03-31", "page_form": "第{}页", "toc_form": "dots",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [DECISIONS],
         "rows": [
             ("王文超", "dismiss", "郑州市市长", None),
             ("孙新雷", "dismiss", "郑州市副市长", None),
             ("赵建才", "appoint", "郑州市副市长", None),
             ("赵建才", "appoint", "郑州市代理市长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS.replace(" ", ""),
         "items": [
             {"title_lines": [NEWS], "title": NEWS.replace(" ", ""), "date": None,
              "paragraphs": [
                  "今报郑州讯 郑州市市委书记、市长王文超，因工作需要，提出辞去郑州市市长职务。",
                  DECISIONS,
                  "据悉，2月25日开幕的郑州市十二届人大三次会议上，将于3月2日选出郑州市市长。",
              ]},
         ]},
    ],
}
