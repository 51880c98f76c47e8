"""2014年第6期 (text export): a provincial 人大's decision of one line (`决定任命X为海南省人民政府副省长。`); a
brief under a two-part title (`…闭会 决定任命陆俊华为副省长`) whose first paragraph is a broadcaster's credit
(`海南网台消息（海南新闻联播）：`), its event `于今天下午在海口闭会` under no dateline (no date named), repeating the
decision (no rows), a title in 《》 ending `（草案）》`; a TOC in the plain form.

Sources: SOURCES.md rows 2014-06-*.
"""

DECIDED = "海南省五届人大常委会第八次会议决定"

ISSUE = {
    "name": "2014-06", "shape": "text", "year": 2014, "issue_no": 6, "total_no": 138,
    "publish_date": "2014-06-25", "page_form": "第{}页", "toc_form": "plain",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "6月份人事任免",
         "lines": [f"{DECIDED}：", "决定任命陆俊华为海南省人民政府副省长。"],
         "rows": [("陆俊华", "appoint", "海南省人民政府副省长", None)],
         "decided_by": DECIDED},
        {"kind": "news", "heading": "政务简讯", "toc_title": "海南省五届人大常委会第八次会议闭会 决定任命陆俊华为副省长",
         "items": [
             {"title_lines": ["海南省五届人大常委会第八次会议闭会 决定任命陆俊华为副省长"],
              "title": "海南省五届人大常委会第八次会议闭会决定任命陆俊华为副省长", "date": None,
              "paragraphs": [
                  "海南网台消息（海南新闻联播）：",
                  "为期3天的海南省五届人大常委会第八次会议在圆满完成各项议程后，于今天下午在海口闭会。会议审议表决通过了《海南省人口与计划生育条例》等法规文件。会议还表决通过有关任免案，决定任命陆俊华为海南省人民政府副省长。",
                  "应出席本次会议的常委会组成人员63人，实到55人，符合法定人数。",
                  "省委书记、省人大常委会主任罗保铭出席会议。",
                  "会议期间，常委会组成人员积极履行宪法和法律赋予的职责，对会议各项议程进行了认真审议，提出了许多很好的意见。",
                  "对于《关于停止实施行政审批事项的决定（草案）》和《海南省汽车租赁管理条例（草案）》委员们建议对法规草案进行进一步修改后再提请以后常委会会议审议。",
              ]},
         ]},
    ],
}
