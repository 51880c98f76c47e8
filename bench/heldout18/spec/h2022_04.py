"""2022年第4期 (raw two-column): a district paper's brief on its government's executive meeting under a headline naming the
district head, opening `4月8日上午，`, a notice named in 《》 inside it, closing `会议还研究了其他事项。`; a county's figures
of the year before from its statistics communiqué (cumulative value and growth): the three industries under the county's
product, a fall of the first (`-2.9`), growth printed `7.0` and `18.0`, three employment counts in 人 without growth;
`第N页`.

Sources: SOURCES.md rows 2022-04-*.
"""

TITLE = "于晓东主持召开区政府第4次常务会议"

ISSUE = {
    "name": "2022-04", "shape": "raw", "year": 2022, "issue_no": 4, "total_no": 208,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2022年第4期"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2022-04-08",
              "paragraphs": [
                  "4月8日上午，区委副书记、区长于晓东主持召开区政府第4次常务会议，研究部署了疫情防控、烟花爆竹禁燃等工作，区领导张元波、刘永胜、王永钊、王文萍、王晨旭、邹伟等出席会议。",
                  "会议传达学习了习近平总书记在中央政治局常务委员会会议上的重要讲话精神，要求各级各部门、单位认清当前疫情形势，进一步提升政治判断力、政治领悟力、政治执行力，严格落实习近平总书记重要指示要求，坚持“外防输入、内防反弹”，做到科学精准、动态清零，坚决守住来之不易的防疫战果。要精准做好服务保障工作，紧盯居家健康监测特别是老年人、儿童、学生等群体，提供人性化、个性化服务，最大限度满足群众生产生活需求。",
                  "会议研究通过了《关于调整温泉禁止燃放烟花爆竹区域的通告》，要求相关部门、单位按照最新禁燃区域范围，进一步优化完善烟花爆竹燃放管理工作，为辖区群众营造更加安定、祥和、绿色的生活环境。",
                  "会议还研究了其他事项。",
              ]},
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2021年岱山县国民经济和社会发展主要指标",
         "producer": "岱山县统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 530.8, 18.3),
             ("第一产业增加值", True, "亿元", None, None, 35.6, -2.9),
             ("第二产业增加值", True, "亿元", None, None, 393.3, 24.5),
             ("第三产业增加值", True, "亿元", None, None, 101.9, "7.0"),
             ("人均地区生产总值", False, "元", None, None, 253842, "18.0"),
             ("新增城镇就业", False, "人", None, None, 7116, None),
             ("城镇失业人员再就业", False, "人", None, None, 776, None),
             ("就业困难人员再就业", False, "人", None, None, 545, None),
         ]},
    ],
}
