"""2017年第5期 (text export): a provincial statistics bureau's release as a brief, its title a figure
(`4月份浙江工业生产增长3.3%`), opening `4月份，` (no day: date null), growths of the month and of `1-4月`;
plain TOC, `· N ·` footers and alternating headers left in.

Sources: SOURCES.md rows 2017-05-*.
"""

TITLE = "4月份浙江工业生产增长3.3%"

ISSUE = {
    "name": "2017-05", "shape": "text", "year": 2017, "issue_no": 5, "total_no": 168,
    "publish_date": "2017-05-31", "page_form": "· {} ·", "toc_form": "plain", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2017年第5期 政务简讯"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": None,
              "paragraphs": [
                  "4月份，全省规模以上工业增加值1039亿元，同比增长3.3%，增速比上月提高1.2个百分点。",
                  "轻、重工业生产增速均有所回升。4月份，轻、重工业增加值分别为448和591亿元，增长4.5%和2.5%，增速分别比上月提高2.7和0.2个百分点。",
                  "电力、纺织两大行业增速明显回升。4月份，38个大类行业中，26个行业增加值增速比上月有所提高。其中，电力、纺织两大行业的增速分别比上月提高10.4和5.2个百分点，回升幅度较大。",
                  "大中型企业比小微企业回升幅度大。4月份，大、中型企业工业增加值分别增长2.3%和0.4%，均比上月回升1.4个百分点，小微企业比上月回升0.9个百分点。大中型企业增速回升较快，与小微企业的差距有所缩小。",
                  "1-4月，规模以上工业增加值3728亿元，增长4.7%。",
              ]},
         ]},
    ],
}
