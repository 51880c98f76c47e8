"""2025年第8期 (raw two-column): a district government's executive meeting as its site reports it, opening `7月23日，`,
a paragraph listing documents studied by their titles in 《》 one after another (one with `──` and a speaker's name), a
draft named `（送审稿）`; a province's first-half figures as its press conference gave them (cumulative value and growth): the
three industries under the product, growth without value for industry with three groups under it (`12.0`), services
(`6.0`), farming, retail sales, investment net of property development and exports; `· N ·`.

Sources: SOURCES.md rows 2025-08-*.
"""

TITLE = "区政府召开2025年第10次常务会议"

ISSUE = {
    "name": "2025-08", "shape": "raw", "year": 2025, "issue_no": 8, "total_no": 248,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2025年第8期（总第248期）"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2025-07-23",
              "paragraphs": [
                  "7月23日，区政府召开2025年第10次常务会议，传达学习习近平总书记近期重要讲话精神及有关重要政策文件精神，研究审议有关工作。",
                  "会议传达学习了习近平总书记在中央财经委员会第六次会议上的重要讲话精神、《中共中央办公厅 国务院办公厅关于持续推进城市更新行动的意见》《国务院办公厅关于进一步加强贸易政策合规工作的意见》《湖北省深化国有“三资”管理改革推动大财政体系建设走深走实总体工作方案》《湖北省人民政府办公厅关于新发展阶段创新招商引资工作的指导意见》《准确把握我国发展新的历史方位 着力培养造就堪当民族复兴重任的执政骨干队伍──李殿勋同志在湖南省委党校2024年春季学期开学典礼上的讲话》；审议了《咸安区领导干部集中下访“十全”工作机制（送审稿）》；听取了湖北精盈纺织科技有限公司亚麻纤维生产新建项目招商工作的情况汇报。",
                  "会议指出，要深入学习贯彻习近平总书记在中央财经委员会第六次会议上的重要讲话精神，深刻把握纵深推进全国统一大市场建设的重大战略意义、基本要求和重点任务，对标先进地区，进一步优化资源配置，加强要素保障，提高经济运行效率，加快推动经济高质量发展；要聚焦新质生产力，围绕“3+2”现代化产业体系进一步加强精准招商，延伸产业链条，做大产业集群；要进一步提升履职担当能力水平，更好服务经济社会高质量发展。",
              ]},
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2025年上半年浙江省主要经济指标",
         "producer": "浙江省统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 45004, 5.8),
             ("第一产业增加值", True, "亿元", None, None, 1131, 3.5),
             ("第二产业增加值", True, "亿元", None, None, 16952, 5.6),
             ("第三产业增加值", True, "亿元", None, None, 26921, "6.0"),
             ("规模以上工业增加值", False, "亿元", None, None, None, 7.6),
             ("高技术制造业增加值", True, "亿元", None, None, None, 12.7),
             ("数字经济核心产业制造业增加值", True, "亿元", None, None, None, "12.0"),
             ("装备制造业增加值", True, "亿元", None, None, None, 11.1),
             ("服务业增加值", False, "亿元", None, None, None, "6.0"),
             ("农林牧渔业增加值", False, "亿元", None, None, None, 3.6),
             ("社会消费品零售总额", False, "亿元", None, None, None, 5.3),
             ("扣除房地产开发投资的固定资产投资", False, "亿元", None, None, None, 11.4),
             ("出口", False, "亿元", None, None, None, 9.1),
         ]},
    ],
}
