"""2020年第7期 (text export): a provincial 人大常委会's decision in its report's words, naming no meeting (`会议经审议
和无记名投票方式表决，通过了…的决定，决定任命程福波为副省长。`: the post whole in the decision's name, short after
决定任命); the report as a brief from an arts paper opening `文化艺术报讯 7月3日，`; a province's first-quarter
figures, all falling (`-5.6`, `-3.0` as printed, growth-only industrial output and value added); plain TOC,
`第N页`.

Sources: SOURCES.md rows 2020-07-*.
"""

NEWS = "陕西省十三届人大常委会第十八次会议召开"

ISSUE = {
    "name": "2020-07", "shape": "text", "year": 2020, "issue_no": 7, "total_no": 187,
    "publish_date": "2020-07-31", "page_form": "第{}页", "toc_form": "plain",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "7月份人事任免",
         "lines": [
             "会议经审议和无记名投票方式表决，通过了省人大常委会关于决定任命程福波为陕西省人民政府副省长的决定，决定任命程福波为副省长。",
         ],
         "rows": [
             ("程福波", "appoint", "陕西省人民政府副省长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2020-07-03",
              "paragraphs": [
                  "文化艺术报讯 7月3日，陕西省十三届人大常委会第十八次会议在西安召开。陕西省人大常委会主任胡和平主持会议。",
                  "会议听取了省委组织部常务副部长樊维斌代表省委所作的有关人事安排的说明。",
                  "会议经审议和无记名投票方式表决，通过了省人大常委会关于决定任命程福波为陕西省人民政府副省长的决定，决定任命程福波为副省长。",
                  "根据全国人大常委会关于实行宪法宣誓制度的决定及我省实行宪法宣誓制度组织办法，新任副省长程福波依法进行了宪法宣誓。",
              ]},
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2020年一季度陕西省主要经济指标",
         "producer": "陕西省统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 5439.66, -5.6),
             ("第一产业增加值", True, "亿元", None, None, 221.74, -3.1),
             ("第二产业增加值", True, "亿元", None, None, 2422.75, -6.9),
             ("第三产业增加值", True, "亿元", None, None, 2795.17, -4.6),
             ("规模以上工业总产值", False, "亿元", None, None, None, -10.7),
             ("规模以上工业增加值", False, "亿元", None, None, None, "-3.0"),
         ]},
    ],
}
