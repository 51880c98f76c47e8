"""2021年第8期 (text export): a city transport bureau's call for comments on its revised taxi rules, titled
`关于公开征求《…》（修订征求意见稿）意见的通知`, no number, no addressees, a deadline and a contact line in one paragraph,
signed with issuer and date, the draft's title and `（修订征求意见稿）` after the signature; a district paper's brief on a
joint plenary of the district's party committee and government, opening `本报讯（通讯员向红梅）7月23日，`; dots TOC, bare
page numbers.

Sources: SOURCES.md rows 2021-08-*.
"""

TITLE = "关于公开征求《湖州市出租汽车客运管理办法》（修订征求意见稿）意见的通知"
NEWS = "区委五届十四次暨区政府六届十次全体（扩大）会议召开"

ISSUE = {
    "name": "2021-08", "shape": "text", "year": 2021, "issue_no": 8, "total_no": 200,
    "publish_date": "2021-08-31", "page_form": "{}", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "部门文件", "items": [
            {"title_block": ["关于公开征求《湖州市出租汽车客运管理办法》", "（修订征求意见稿）意见的通知"],
             "title": TITLE, "doc_number": None, "registration_code": None,
             "issuer": "湖州市交通运输局", "addressees": None,
             "paragraphs": [
                 "为进一步规范湖州出租汽车管理，促进行业健康发展，我局研究起草了《湖州市出租汽车客运管理办法》（修订征求意见稿），现向全社会公开征求意见，请将意见于7月26日前反馈至市公路与运输管理中心。逾期未反馈，视为无意见。",
                 "联系人：沈晓东，联系电话：13757269200，邮箱：luodaping@celg.cn。",
             ],
             "signature": ["湖州市交通运输局", "2021年7月15日"], "signed_date": "2021-07-15",
             "after_signature": [
                 "湖州市出租汽车客运管理办法",
                 "（修订征求意见稿）",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2021-07-23",
              "paragraphs": [
                  "本报讯（通讯员向红梅）7月23日，区委书记周昌俊主持召开区委五届十四次暨区政府六届十次全体（扩大）会议。区“四大家”领导、区法检“两长”、区委委员、区直单位主要负责人、各镇（街道、城南高新园、管理区）党政主要负责人参加会议。",
                  "会议总结了全区上半年经济社会发展情况，分析研判当前形势，全面安排部署下半年工作。",
                  "周昌俊指出，全区上下要扎实推进党史学习教育走深走实，深入学习贯彻中央、省委、市委重要精神，进一步增强坐不住、等不起、慢不得的责任感和紧迫感，强化使命担当。要进一步认清经济社会发展形势，抢抓发展机遇，化压力为动力，奋力推动荆州区经济社会高质量发展。",
              ]},
         ]},
    ],
}
