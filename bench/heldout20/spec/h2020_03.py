"""2020年第3期 (text export): a county's figures of the year before from its statistics communiqué (cumulative value and
growth, in 万元): the three industries and three service branches under the county's product (one level), the per-capita
product without growth, the fiscal revenue and spending with falls (`-6.2`, `-3.2`, `-2.61`, `-15`, `-6.8`, `-9.3`), seven
kinds of spending under the spending, two employment counts in 人; plain TOC, `— N —`.

Sources: SOURCES.md rows 2020-03-*.
"""

ISSUE = {
    "name": "2020-03", "shape": "text", "year": 2020, "issue_no": 3, "total_no": 183,
    "publish_date": "2020-03-31", "page_form": "— {} —", "toc_form": "plain",
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2019年交城县国民经济和社会发展主要指标",
         "producer": "交城县统计局",
         "rows": [
             ("生产总值", False, "万元", None, None, 914326, 5.4),
             ("第一产业增加值", True, "万元", None, None, 37952, 3.9),
             ("第二产业增加值", True, "万元", None, None, 624710, 5.6),
             ("第三产业增加值", True, "万元", None, None, 251664, 5.3),
             ("金融业增加值", True, "万元", None, None, 39358, 5.1),
             ("交通运输、仓储和邮政业增加值", True, "万元", None, None, 26818, 4.4),
             ("批发和零售业增加值", True, "万元", None, None, 23862, 4.5),
             ("人均地区生产总值", False, "元", None, None, 38214, None),
             ("公共财政预算收入", False, "万元", None, None, 70716, -6.2),
             ("一般预算支出", False, "万元", None, None, 189729, -3.2),
             ("农林水事务支出", True, "万元", None, None, 34895, -2.61),
             ("教育支出", True, "万元", None, None, 52423, 12.8),
             ("社会保障和就业支出", True, "万元", None, None, 19391, -15),
             ("医疗卫生支出", True, "万元", None, None, 17459, -6.8),
             ("文化体育与传媒支出", True, "万元", None, None, 4341, 31.8),
             ("公共安全支出", True, "万元", None, None, 7874, -9.3),
             ("节能环保支出", True, "万元", None, None, 8376, 14.4),
             ("城镇新增就业", False, "人", None, None, 3310, None),
             ("转移农村劳动力", False, "人", None, None, 3100, None),
         ]},
    ],
}
