"""2021年第3期 (text export): a provincial government office's notice (吉政办发〔2021〕11号) under a three-line title
block with a range of years in brackets (`（2021-2030年）`), a long addressee line, signed with issuer and date (the
stored copy ends at the attachment line, which is not printed); a provincial congress's decision sentence
appointing two committee chairs (`决定任命刘书为为…主任委员，张力红为…主任委员。`: a given name 书为 before 为); the
congress's brief under its headline (its deck left out), opening `今天（2月22日）上午，`; dots TOC, `第N页`.

Sources: SOURCES.md rows 2021-03-*.
"""

TITLE = "吉林省人民政府办公厅关于印发吉林省第三个十年绿化美化吉林大地规划（2021-2030年）的通知"
NEWS = "河北省十三届人大四次会议举行第三次全体会议和主席团第四次会议"

ISSUE = {
    "name": "2021-03", "shape": "text", "year": 2021, "issue_no": 3, "total_no": 219,
    "publish_date": "2021-03-31", "page_form": "第{}页", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["吉林省人民政府办公厅关于印发", "吉林省第三个十年绿化美化吉林大地规划", "（2021-2030年）的通知"],
             "title": TITLE, "doc_number": "吉政办发〔2021〕11号", "registration_code": None,
             "issuer": "吉林省人民政府办公厅",
             "addressees": "各市（州）人民政府，长白山管委会，长春新区、中韩（长春）国际合作示范区管委会，各县（市）人民政府，省政府各厅委办、各直属机构，驻吉中直有关部门、单位",
             "paragraphs": [
                 "《吉林省第三个十年绿化美化吉林大地规划（2021-2030年）》已经省政府同意，现印发给你们，请认真贯彻落实。",
                 "各地区、各部门要高度重视，将开展绿化美化吉林行动作为贯彻落实习近平生态文明思想，推动高质量发展，实现吉林全面振兴全方位振兴的重要举措，细化分解任务，层层压实责任，加强协调配合，着力解决重点难点问题，推进重点工程建设，持续增加绿色资源总量，为维护国家生态安全、实现“碳达峰、碳中和”提供生态支撑。",
             ],
             "signature": ["吉林省人民政府办公厅", "2021年3月9日"], "signed_date": "2021-03-09",
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "3月份人事任免",
         "lines": [
             "会议通过表决，决定任命刘书为为河北省第十三届人民代表大会农业和农村委员会主任委员，张力红为河北省第十三届人民代表大会民族侨务外事委员会主任委员。",
         ],
         "rows": [
             ("刘书为", "appoint", "河北省第十三届人民代表大会农业和农村委员会主任委员", None),
             ("张力红", "appoint", "河北省第十三届人民代表大会民族侨务外事委员会主任委员", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2021-02-22",
              "paragraphs": [
                  "今天（2月22日）上午，河北省十三届人大四次会议在省会河北会堂举行第三次全体会议，表决省十三届人大个别专门委员会主任委员名单，补选省十三届人大常委会副主任、省人大常委会委员，省政府副省长，省法院院长。",
                  "会议于9时开始。",
                  "王东峰、许勤、叶冬松出席会议。大会执行主席廉毅敏主持会议。",
                  "大会执行主席范照兵、王晓东、王会勇、曹汝涛、朱政学、王景武、赵革、钱三雄、张维亮、田金昌、王现坤在主席台执行主席席就座。",
                  "袁桐利、冉万祥、焦彦龙、董仚生、邢国辉、高志立、刘爽、李宁、张古江、张国华等在主席台就座。",
                  "会议应出席代表765名，实到724名，符合法定人数。",
                  "会议通过表决，决定任命刘书为为河北省第十三届人民代表大会农业和农村委员会主任委员，张力红为河北省第十三届人民代表大会民族侨务外事委员会主任委员。",
                  "然后，会议以电子表决的方式，通过了总监票人、监票人名单。总监票人、监票人分别到指定位置执行任务。",
                  "接着，补选省人大常委会副主任、省人大常委会委员，省政府副省长，省法院院长。各投票区工作人员领取选票，分发给各位代表。代表们写票、投票。投票结束、清点选票后，总监票人报告了发出和收回选票的情况。总监票人、监票人到计票室监督工作人员计票。",
                  "随后，主席团常务主席王东峰主持召开主席团第四次会议。",
                  "主席团常务主席范照兵、王晓东、聂瑞平、周仲明、王会勇、张妹芝、曹汝涛出席会议。",
                  "主席团会议应到73人，实到70人，符合法定人数。",
              ]},
         ]},
    ],
}
