"""2024年第7期 (raw two-column): a district government's executive meeting under the session's headline, opening
`6月14日上午，`, its paragraphs opening `会议要求，`, `会议强调，`, `会议认为，`; a county-level city's first-half figures
(cumulative value and growth): the three industries under the product, farming's value added and output, four farm
products in their own units (`万吨`, `万头`, a fall `-1.4`, `2.0`), the industrial value added with three industries and
four industry groups under it (`20.0`), the services' revenue; `- N -`.

Sources: SOURCES.md rows 2024-07-*.
"""

TITLE = "区十一届政府第60次常务会议"

ISSUE = {
    "name": "2024-07", "shape": "raw", "year": 2024, "issue_no": 7, "total_no": 235,
    "publish_date": None, "page_form": "- {} -", "header": ["温州市人民政府公报", "2024年第7期"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2024-06-14",
              "paragraphs": [
                  "6月14日上午，区委副书记、区长汪勇主持召开区十一届政府第60次常务会议，传达学习习近平主持召开中央全面深化改革委员会第五次会议精神、5月27日中央政治局会议精神、6月7日国务院常务会议精神、6月6日湖北省委召开市州党委书记座谈会精神、6月11日省政府常务会议精神、全省畅通生命通道专项行动推进会、未成年人防溺水工作部署会暨省安委会2024年度第三次全体会议精神。会议研究了全区6月份重点工作安排、全区防溺水工作、下陆区政务中心服务效能整体提升方案等工作。",
                  "会议要求，各街道（园区）、区直各部门要全力以赴冲刺“双过半”，以优异成绩迎接党的二十届三中全会胜利召开。",
                  "会议强调，各街办（园区）、各相关部门要认真贯彻全省畅通生命通道专项行动推进会、未成年人防溺水工作部署会议精神，深刻汲取近期外地发生的溺水事故教训，扎实做好全区未成年人防溺水工作，确保我区在未成年防溺水方面不出事故。",
                  "会议认为，推进我区政务中心服务效能整体提升是贯彻落实国家、省、市关于“高效办成一件事”工作要求的重要举措，有利于打造便民高效的政务服务环境。",
              ]},
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2024年上半年海宁市主要经济指标",
         "producer": "海宁市统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 656.58, 7.7),
             ("第一产业增加值", True, "亿元", None, None, 8.81, 3.7),
             ("第二产业增加值", True, "亿元", None, None, "376.20", "9.0"),
             ("第三产业增加值", True, "亿元", None, None, 271.57, "6.0"),
             ("农林牧渔业增加值", False, "亿元", None, None, 9.63, 3.8),
             ("农林牧渔业总产值", False, "亿元", None, None, 17.68, 3.8),
             ("蔬菜及食用菌产量", False, "万吨", None, None, 19.36, -1.4),
             ("生猪出栏", False, "万头", None, None, 3.43, 86.9),
             ("生猪存栏", False, "万头", None, None, 5.57, 70.6),
             ("水产品产量", False, "万吨", None, None, 1.55, "2.0"),
             ("规上工业增加值", False, "亿元", None, None, 252.32, 14.1),
             ("电气机械制造业", True, "亿元", None, None, 63.46, 36.9),
             ("金属制品业", True, "亿元", None, None, 17.77, 24.5),
             ("纺织行业", True, "亿元", None, None, 67.07, 12.3),
             ("战略性新兴产业", True, "亿元", None, None, 109.78, 20.4),
             ("装备制造业", True, "亿元", None, None, 122.52, "20.0"),
             ("高新技术产业", True, "亿元", None, None, 167.99, 15.1),
             ("数字经济核心产业", True, "亿元", None, None, 80.67, 14.9),
             ("规上服务业营业收入", False, "亿元", None, None, 73.73, 4.4),
         ]},
    ],
}
