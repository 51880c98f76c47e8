"""2026年第1期 (text export): a city 人大常委会's decision as a business paper reported it, the sentence naming its
meeting (`12月2日，武汉十五届人大常委会第三十次会议决定，熊征宇任武汉副市长、代市长。`): X任Y副市长、代市长 with the city
named without 市; the report (a month back) as a brief opening with the outlet in lenticular brackets (`【财新网】`), its
first sentence naming no day, the paper's day and the meeting's day in the second; a brief opening `（记者 高杲）近日，`
(no day named); page furniture left in (`· N ·` footers, running headers that alternate); dots TOC.

Sources: SOURCES.md rows 2026-01-*.
"""

DECISION = "12月2日，武汉十五届人大常委会第三十次会议决定，熊征宇任武汉副市长、代市长。"
WUHAN = "熊征宇正式代理武汉市长"
UNICORN = "四川首次针对种子独角兽企业出台备案培育办法"

ISSUE = {
    "name": "2026-01", "shape": "text", "year": 2026, "issue_no": 1, "total_no": 254,
    "publish_date": "2026-01-31", "page_form": "· {} ·", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2026年第1期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [DECISION],
         "rows": [
             ("熊征宇", "appoint", "武汉副市长", None),
             ("熊征宇", "appoint", "武汉代市长", None),
         ],
         "decided_by": "武汉十五届人大常委会第三十次会议"},
        {"kind": "news", "heading": "政务简讯", "toc_title": "简讯2则",
         "items": [
             {"title_lines": [WUHAN], "title": WUHAN, "date": "2025-12-02",
              "paragraphs": [
                  "【财新网】以武汉市委副书记、市政府党组书记职务首次亮相三天后，熊征宇正式代理武汉市长。",
                  "据12月3日的《长江日报》报道，" + DECISION,
                  "此前据武汉发布微信公众号信息，11月29日，湖北省委常委、武汉市委书记盛阅春主持召开正市级老同志座谈会，市委副书记、市政府党组书记熊征宇，市委副书记孟祥伟出席会议。",
                  "此前担任武汉市委副书记、市政府党组书记、市长的盛阅春于2025年10月已改任湖北省委常委、武汉市委书记。",
              ]},
             {"title_lines": [UNICORN], "title": UNICORN, "date": None,
              "paragraphs": [
                  "（记者 高杲）近日，科技厅发布《四川省种子独角兽企业备案培育办法（试行）（征求意见稿）》，征求社会公众意见。征求意见稿明确了四川省种子独角兽企业的备案条件、支持举措、备案程序等，提出将对其提供多方面支持举措，并实施动态监督管理。这是四川首次针对种子独角兽企业出台备案培育办法。",
                  "科技厅相关负责人表示，希望通过出台备案培育办法，加快培育一批种子独角兽企业，完善独角兽创新生态和培育体系，加速企业从“潜力迸发”到“行业领军”的跃迁。",
              ]},
         ]},
    ],
}
