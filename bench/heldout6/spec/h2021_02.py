"""2021年第2期 (raw two-column): a city statistics bureau's one-paragraph brief alone, opening with a clause
(`在“双百双千”增产增效行动的引领下，2020年，`): no date named; `— N —`.

Sources: SOURCES.md rows 2021-02-*.
"""

ISSUE = {
    "name": "2021-02", "shape": "raw", "year": 2021, "issue_no": 2, "total_no": 218,
    "publish_date": None, "page_form": "— {} —", "header": ["2021年第2期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": "2020年福州市规模以上工业增加值增速全省领先",
         "items": [
             {"title_lines": ["2020年福州市规模以上工业增加值增速全省领先"],
              "title": "2020年福州市规模以上工业增加值增速全省领先", "date": None,
              "paragraphs": [
                  "在“双百双千”增产增效行动的引领下，2020年，全市工业经济增速不断走高，到12月，全市规上工业增加值累计增速达5.3%，高于全国及全省2.5、3.3个百分点，仅次于宁德、厦门，居全省第三位。",
              ]},
         ]},
    ],
}
