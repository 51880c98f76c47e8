"""2020年第4期 (text export): another Fujian city's annual table of consumer prices (its 2019 bulletin's 表2):
one figure a row, the year's change in %, numbered class rows (`一、食品烟酒`) with six food rows under the
first printed as `#` sub-rows, a zero change (0.0) and negative ones; a brief with a two-line title opening
`日前，` (no date named), of the year before; `— N —`.

Sources: SOURCES.md rows 2020-04-*.
"""


def _price(indicator, change, sub_row=False):
    return (indicator, sub_row, "%", None, None, None, change)


ISSUE = {
    "name": "2020-04", "shape": "text", "year": 2020, "issue_no": 4, "total_no": 208,
    "publish_date": "2020-04-20", "page_form": "— {} —", "toc_form": "dots",
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2019年泉州市辖区居民消费价格比上年涨跌幅度",
         "producer": "泉州市2019年国民经济和社会发展统计公报",
         "rows": [
             _price("居民消费价格总水平", 2.3),
             _price("一、食品烟酒", 6.6),
             _price("粮食", -1.6, True),
             _price("鲜菜", 6.6, True),
             _price("畜肉", 29.8, True),
             _price("水产品", -1.0, True),
             _price("蛋", 3.8, True),
             _price("鲜果", 17.8, True),
             _price("二、衣着", 5.7),
             _price("三、居住", 0.0),
             _price("四、生活用品及服务", 0.4),
             _price("五、交通和通信", -3.2),
             _price("六、教育文化和娱乐", 1.3),
             _price("七、医疗保健", 1.8),
             _price("八、其他用品和服务", 2.6),
         ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": "2018年国家卫生城市复审结果名单出炉 我市榜上有名",
         "items": [
             {"title_lines": ["2018年国家卫生城市复审结果名单出炉", "我市榜上有名"],
              "title": "2018年国家卫生城市复审结果名单出炉我市榜上有名", "date": None,
              "paragraphs": [
                  "日前，全国爱卫会发布了《关于2018年国家卫生城市（区）和国家卫生县城（乡镇）复审结果的通报》，我省福州市、厦门市、三明市3个设区市被重新确认为国家卫生城市；泉州市永春县城、崇武镇2个县城（乡镇）被重新确认为国家卫生县城（乡镇）。",
                  "国家卫生城市是衡量一个城市整体卫生水平的最高荣誉，巩固国家卫生城市有利于持续改善市民生活环境和生活质量，提升居民对健康生活的获得感和幸福感。按照有关规定，全国爱卫办对国家卫生城市实行动态管理，国家卫生城市每3年复审考核一次。",
                  "我市是1992年全国首批获得“国家卫生城市”称号的城市之一，是老牌的国家卫生城市。自成功创建国家卫生城市以来，我市紧紧围绕城市发展新需要和群众对美好生活新需求，持续加大建设投入，改进城市管理，城市建设发展不断迈上新台阶，“国家卫生城市”成为我市一张十分珍贵的城市名片和城市品牌。",
                  "去年，在持续巩固国家卫生城成果基础上，我市不断创新机制体制，强化责任落实、监督检查、追责问责，促进部门间密切协调配合，形成“创城”组合拳。",
              ]},
         ]},
    ],
}
