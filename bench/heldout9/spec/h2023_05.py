"""2023年第5期 (raw two-column): a brief opening `日前，` (no day named) with growths against targets and the
region (`高于全国（3%）11.8个百分点`); an autonomous region's annual figures from its communiqué: the total, the three
industries as `#` rows, a per-capita row in 元, trailing zeros (`2449.10`, `4.0`); `· N ·`.

Sources: SOURCES.md rows 2023-05-*.
"""

TITLE = "宁夏银川一季度三项经济指标增速居宁夏第一"

ISSUE = {
    "name": "2023-05", "shape": "raw", "year": 2023, "issue_no": 5, "total_no": 245,
    "publish_date": None, "page_form": "· {} ·", "header": ["2023年第5期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": None,
              "paragraphs": [
                  "日前，宁夏银川市一季度经济数据“成绩单”出炉。主要经济指标增长势头强劲，地区生产总值、规模以上工业增加值、一般公共预算收入三项指标增速居全区第一，高于年度预期目标2.1、6.3、11.2个百分点，固定资产投资增速居全区第二，高于年度预期目标13个百分点，创近年来最好水平。",
                  "今年一季度，银川市生产总值624.66亿元，同比增长8.6%，跃居宁夏首位。其中，第一产业增加值14.15亿元，同比增长9.3%，实现农林牧渔业总产值33.57亿元，同比增长9.1%，全市农业生产各项供给保障有力；第二产业增加值291.59亿元，同比增长11.8%；第三产业增加值318.92亿元，同比增长6.3%，全市服务业行业中住宿餐饮业同比增长15.9%，服务业加快恢复。",
                  "数据显示，一季度银川规模以上工业增加值同比增长14.8%，高于全国（3%）11.8个百分点，高于全区（9.8%）5个百分点，位居全区五地市中第1位。分轻重工业看，规模以上轻、重工业同比分别增长为24.5%和14.0%。分门类看，采矿业、制造业同比分别增长33.4%和15.9%；1-2月份，全市规模以上工业实现营业收入661.55亿元，同比增长8.9%。",
              ]},
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "宁夏回族自治区2022年主要经济指标",
         "producer": "宁夏回族自治区统计局",
         "rows": [
             ("全区生产总值", False, "亿元", None, None, 5069.57, "4.0"),
             ("第一产业增加值", True, "亿元", None, None, 407.48, 4.7),
             ("第二产业增加值", True, "亿元", None, None, "2449.10", 6.1),
             ("第三产业增加值", True, "亿元", None, None, 2212.99, 2.1),
             ("人均地区生产总值", False, "元", None, None, 69781, 3.5),
         ]},
    ],
}
