"""2024年第4期 (raw two-column): a province's first-quarter figures as a news service reported its government press
office's conference: GDP with two decimals and the three industries as sub-rows, growth-only rows (农林牧渔业总产值,
industry, high-tech manufacturing and investment); the report as a brief opening with the service's dateline and
reporter (`中新网武汉4月18日电 （记者 武一力）`), titled from its text; `- N -`.

Sources: SOURCES.md rows 2024-04-*.
"""

NEWS = "一季度湖北整体经济稳健有力"

ISSUE = {
    "name": "2024-04", "shape": "raw", "year": 2024, "issue_no": 4, "total_no": 233,
    "publish_date": None, "page_form": "- {} -", "header": ["温州市人民政府公报", "2024年第4期（总第233期）"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2024-04-18",
              "paragraphs": [
                  "中新网武汉4月18日电 （记者 武一力）记者从湖北省政府新闻办18日召开的新闻发布会获悉，根据地区生产总值统一核算结果，一季度湖北省实现生产总值13543.49亿元，按不变价格计算，同比增长6.3%。",
                  "分产业看，第一产业增加值828.69亿元，增长3.2%；第二产业增加值5344.85亿元，增长6.4%；第三产业增加值7369.95亿元，增长6.5%。",
                  "湖北省统计局副局长叶福生表示，今年一季度，湖北整体经济稳健有力。全省产业持续加力，农林牧渔业总产值增长3.5%，全省规模以上工业增加值同比增长8.1%。",
              ]},
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2024年一季度湖北省主要经济指标",
         "producer": "湖北省人民政府新闻办公室",
         "rows": [
             ("生产总值", False, "亿元", None, None, 13543.49, 6.3),
             ("第一产业增加值", True, "亿元", None, None, 828.69, 3.2),
             ("第二产业增加值", True, "亿元", None, None, 5344.85, 6.4),
             ("第三产业增加值", True, "亿元", None, None, 7369.95, 6.5),
             ("农林牧渔业总产值", False, "亿元", None, None, None, 3.5),
             ("规模以上工业增加值", False, "亿元", None, None, None, 8.1),
             ("高技术制造业增加值", False, "亿元", None, None, None, 21.4),
             ("高技术制造业投资", False, "亿元", None, None, None, 9.9),
             ("高技术服务业投资", False, "亿元", None, None, None, 24.4),
         ]},
    ],
}
