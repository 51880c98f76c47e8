"""2025年第3期 (raw two-column): a provincial capital's table for January–February made of growth figures
only: two rows with the same figure (26.0), investment by industry, ownership and field as `#` sub-rows,
trailing zeros (8.0, 5.0, 35.0), negative figures; a brief of the year before opening `据吉林省政府网站消息，`
(no date named), a figure without decimals (`增长3%`, `增长4%`); bare page numbers.

Sources: SOURCES.md rows 2025-03-*.
"""

ISSUE = {
    "name": "2025-03", "shape": "raw", "year": 2025, "issue_no": 3, "total_no": 267,
    "publish_date": None, "page_form": "{}", "header": ["2025年第3期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "南昌市2025年1-2月主要经济指标",
         "producer": "南昌市统计局",
         "rows": [
             ("规模以上工业增加值", False, "亿元", None, None, None, 8.0),
             ("高技术产业增加值", True, "亿元", None, None, None, 26.0),
             ("装备制造业增加值", True, "亿元", None, None, None, 26.0),
             ("固定资产投资", False, "亿元", None, None, None, 5.0),
             ("第一产业投资", True, "亿元", None, None, None, -12.9),
             ("第二产业投资", True, "亿元", None, None, None, 35.0),
             ("第三产业投资", True, "亿元", None, None, None, -0.7),
             ("国有投资", True, "亿元", None, None, None, -5.7),
             ("非国有投资", True, "亿元", None, None, None, 21.7),
             ("民间投资", True, "亿元", None, None, None, 23.8),
             ("工业投资", True, "亿元", None, None, None, 40.2),
             ("工业技改投资", True, "亿元", None, None, None, 84.2),
             ("基础设施投资", True, "亿元", None, None, None, -0.7),
         ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": "长春经济运行实现“开门红”",
         "items": [
             {"title_lines": ["长春经济运行实现“开门红”"], "title": "长春经济运行实现“开门红”",
              "date": None,
              "paragraphs": [
                  "据吉林省政府网站消息，省统计局反馈的地区生产总值核算结果显示：一季度，长春市GDP实现1534.4亿元，同比增长7.1%。生产供给量质齐升，消费市场持续回暖，投资规模不断扩大，新质生产力逐渐集聚成势，全市经济运行开局良好，实现“开门红”。",
                  "数据“上扬曲线”的背后，是长春经济韧性和活力的持续增强。今年以来，长春市坚持稳中求进、以进促稳、先立后破，以高质量发展为牵引，锚定全面振兴率先突破目标，深入实施构建“3转、4强、7新”现代化产业体系发展战略，推动经济实现质的有效提升和量的合理增长。",
                  "农业生产形势良好，畜牧业发展平稳。一季度，全市农林牧渔业总产值增长3.1%。畜牧业产值增长3%，主要畜产品出栏持续增加，基础产能有效释放。猪、牛、羊出栏量分别增长3.3%、5.1%、3.7%。种植业产值增长8.1%，其中蔬菜及食用菌、水果产量分别增长4%、8.4%。县域板块是一产主要贡献区域，农林牧渔业产值占全市比重达98.2%。",
                  "工业生产量质齐升，产业向新支撑强劲。一季度，全市工业增加值增长12.3%。全市规上工业总产值增长10.7%，比上年全年加快1.8个百分点。七大产业全部实现增长，主要工业品生产情况良好，汽车产量增长22.1%，动车组、城市轨道车辆、电子元件产量分别增长57.1%、16.2%、15.2%。",
              ]},
         ]},
    ],
}
