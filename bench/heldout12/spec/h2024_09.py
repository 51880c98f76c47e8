"""2024年第9期 (text export): two briefs under one heading: a municipal 人大常委会's chairmen's meeting as the city's
paper reported it, opening with its lead and the reporter after the paper's compound name
(`本报讯（新重庆-重庆日报记者 王亚同）9月20日，`); a district paper's weekly round-up item naming no day (its week
only, `5月20日—5月24日`: no date); both titled from their first sentence; plain TOC, `— N —`.

Sources: SOURCES.md rows 2024-09-*.
"""

NEWS1 = "市六届人大常委会第二十五次主任会议召开"
NEWS2 = "第六届中国西部国际投资贸易洽谈会开幕"

ISSUE = {
    "name": "2024-09", "shape": "text", "year": 2024, "issue_no": 9, "total_no": 237,
    "publish_date": "2024-09-30", "page_form": "— {} —", "toc_form": "plain",
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS1,
         "items": [
             {"title_lines": [NEWS1], "title": NEWS1, "date": "2024-09-20",
              "paragraphs": [
                  "本报讯（新重庆-重庆日报记者 王亚同）9月20日，市六届人大常委会第二十五次主任会议召开。市人大常委会主任王炯主持会议并讲话。",
                  "会议传达学习贯彻庆祝全国人民代表大会成立70周年大会、学习贯彻习近平总书记关于坚持和完善人民代表大会制度的重要思想座谈会和重庆市纪念全国人民代表大会成立70周年座谈会精神，传达学习贯彻市委六届六次全会精神。",
                  "王炯指出，要深入学习贯彻习近平总书记重要讲话精神，坚决贯彻党中央关于坚持和完善人民代表大会制度的决策部署和市委工作要求，在坚决拥护“两个确立”坚决做到“两个维护”上体现更高政治站位，以实干实绩实效为谱写中国式现代化重庆篇章贡献更多人大力量。要深入学习贯彻市委六届六次全会精神，找准人大进一步全面深化改革的切入点和着力点，切实将全会实施意见转化为推动人大改革的施工图和任务书，紧盯市委提出的关键节点，创造更多“西部领先、全国进位和重庆辨识度”的人大改革工作标志性成果。",
              ]},
             {"title_lines": [NEWS2], "title": NEWS2, "date": None,
              "paragraphs": [
                  "第六届中国西部国际投资贸易洽谈会开幕。区委书记蒲彬彬参加开幕式，区委副书记、区长陈道彬参加开幕式并到开州展厅巡展。开州展厅以“刘帅故里丰盛开州”主题，分为“开味开州”“开放开州”“开心开州”3个板块，分别从农特产品、工业产品以及文旅服务3个领域全方位展示开州特色。在重大项目集中签约仪式上，我区与东旭集团有限公司签约，签约金额50亿元，项目建成达产后，可实现年产值不低于30亿元，年税收不低于2.2亿元。",
              ]},
         ]},
    ],
}
