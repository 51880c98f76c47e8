"""2020年第9期 (text export): a Wenzhou county yearbook's August chronicle, markers `N日` run in, an
entry that opens with a time of day (凌晨…), an entry naming eight draft documents and a doc number
(乐政发〔2016〕66号) inside its text; a Zhejiang county-level city's annual product table (values with a
trailing zero, 617.50, and growth rates only in the cumulative columns); `— N —`.

Sources: SOURCES.md rows 2020-09-*.
"""

ISSUE = {
    "name": "2020-09", "shape": "text", "year": 2020, "issue_no": 9, "total_no": 217,
    "publish_date": "2020-10-20", "page_form": "— {} —", "toc_form": "dots",
    "sections": [
        {"kind": "chronicle", "heading": "政府记事", "title": "2020年8月大事记", "inline_days": True,
         "entries": [
             ("2020-08-04", "凌晨3时30分，本年第4号台风“黑格比”在乐清沿海登陆，登陆时中心附近最大风力13级（38米/秒），其中风力最强的柳市站16级，柳市岐头山15级，南岳等6个站点14级；全市累计面雨量229.6毫米，其中面雨量超过100毫米站点34个，超过200毫米站点25个，雨量最大站龙西砩头515.8毫米，最大1小时雨强90.1毫米。"),
             ("2020-08-06", "乐清市信访联席办举行温州市首例信访失信行为评定会，认定仙溪镇周某、邵某两人签字息访后反悔并多次越级上访的情况一般信访失信行为。"),
             ("2020-08-07", "市委副书记、市长徐建兵主持召开十六届市政府第二十六次常务会议，学习《习近平谈治国理政》第三卷部分章节，听取重点领域廉政风险防控和整治工作汇报，就《关于划定高排放非道路移动机械禁止使用区的通告（送审稿）》《乐清市“污水零直排区”建设三年行动方案（2020—2022年）（送审稿）》《乐清市表面处理行业（电镀）技术改造实施细则（试行）（送审稿）》《乐清市2020年度重大行政决策目录清单（送审稿）》《乐清市人民政府关于废止乐政发〔2016〕66号文件的通知（送审稿）》《关于规范我市已购经济适用房住管理有关事项的通知（送审稿）》《关于加快解决农村困难家庭危房无房问题的实施意见（送审稿）》《乐清市城区环卫一体化改革实施方案（送审稿）》和“黑格比”台风灾后重建、乐清市胜利塘北片城市设计、乐清市海洋生态公园项目设计采用邀请招标方式、南门服装市场拆建、西霞桥维修加固项目提升通航净高概算调整等有关事项进行讨论研究，形成一致意见。"),
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2019年玉环市生产总值",
         "producer": "玉环市2019年国民经济和社会发展统计公报",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, "617.50", 5.2),
             ("第一产业", False, "亿元", None, None, 37.11, 2.6),
             ("第二产业", False, "亿元", None, None, 339.85, 4.5),
             ("第三产业", False, "亿元", None, None, 240.54, 6.7),
         ]},
    ],
}
