"""2021年第3期 (text export): a city government's notice (穗府〔2021〕3号) enclosing the year's division of the work
report's tasks, signed with issuer and date, the enclosure's title after it (its table left out); a provincial
人大常委会's decision in a one-sentence report naming the meeting in the deciding sentence (`3月24日上午，省十三届人大
常委会第二十七次会议经过表决，决定任命王心富为山东省副省长。`), the reporter in brackets at its end; the report as a brief;
dots TOC, `- N -`.

Sources: SOURCES.md rows 2021-03-*.
"""

MEETING = "省十三届人大常委会第二十七次会议"
DECISION = f"3月24日上午，{MEETING}经过表决，决定任命王心富为山东省副省长。"
NEWS = "王心富任山东省副省长"

ISSUE = {
    "name": "2021-03", "shape": "text", "year": 2021, "issue_no": 3, "total_no": 196,
    "publish_date": "2021-03-31", "page_form": "- {} -", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["广州市人民政府关于印发2021年市政府工作报告", "部署工作责任分工的通知"],
             "title": "广州市人民政府关于印发2021年市政府工作报告部署工作责任分工的通知",
             "doc_number": "穗府〔2021〕3号", "registration_code": None,
             "issuer": "广州市人民政府",
             "addressees": "各区人民政府，市政府各部门、各直属机构",
             "paragraphs": ["《2021年市政府工作报告部署工作责任分工》已经市政府第15届134次常务会议审议通过，现印发给你们。全市各级各部门要以习近平新时代中国特色社会主义思想为指导，立足新发展阶段，贯彻新发展理念，服务构建新发展格局，坚持稳中求进工作总基调，以推动高质量发展为主题，以深化供给侧结构性改革为主线，以改革创新为根本动力，以满足人民日益增长的美好生活需要为根本目的，强化使命担当，不折不扣落实市政府工作报告部署工作各项任务。按照工作分工，抓紧制订实施方案，细化任务目标、工作措施、完成时限和各层级责任人，以钉钉子精神狠抓工作落实，努力在全面建设社会主义现代化国家新征程上迈出坚实步伐、实现良好开局。"],
             "signature": ["广州市人民政府", "2021年2月23日"], "signed_date": "2021-02-23",
             "after_signature": ["2021年市政府工作报告部署工作责任分工"],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [DECISION],
         "rows": [("王心富", "appoint", "山东省副省长", None)],
         "decided_by": MEETING},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2021-03-24",
              "paragraphs": [f"{DECISION}（大众日报客户端记者 赵君 报道）"]},
         ]},
    ],
}
