"""2013年第6期 (text export): an autonomous region's work chronicle of June 2013 (the year and month in the
section title), the day opening its first entry (`6月1日`) and further entries of the same day marked (the source's
`▲`, the typesetter's `△`), four entries on the 1st, one on the 4th; names in quotation marks nested
(`“疏附阿凡提乐园杯·‘赞美新疆、传递快乐’新疆‘讲笑话’大赛”`), a dash inside (`盛会——第十三届`); TOC in the dots
form, `— N —`.

Sources: SOURCES.md rows 2013-06-*.
"""

ISSUE = {
    "name": "2013-06", "shape": "text", "year": 2013, "issue_no": 6, "total_no": 126,
    "publish_date": "2013-06-28", "page_form": "— {} —", "toc_form": "dots",
    "sections": [
        {"kind": "chronicle", "heading": "政府记事", "title": "新疆工作大事记（2013年6月）", "inline_days": True,
         "day_labels": {"2013-06-01": "6月1日", "2013-06-04": "6月4日"},
         "entries": [
             ("2013-06-01", "由自治区党委宣传部、自治区文化厅、新疆艺术剧院主办，新疆艺术剧院爱乐乐团演奏的《喜羊羊》大型视听交响动画音乐会，在新疆教育学院举行。"),
             ("2013-06-01", "自治区首届网络文化节的重要项目“疏附阿凡提乐园杯·‘赞美新疆、传递快乐’新疆‘讲笑话’大赛”正式启动。活动由自治区党委宣传部、自治区党委宣传部外宣办、新闻办和新疆人民广播电台、喀什地区疏附县委、县政府主办，新疆新闻在线网、喀什阿凡提文化旅游发展有限公司承办。"),
             ("2013-06-01", "第五届生产建设兵团中小学生机器人大赛暨首届兵团青少年机器人竞赛在兵团第三中学开幕。新疆生产建设兵团所属14个师、3所兵团直属学校的168支队伍、274名队员参加比赛。"),
             ("2013-06-01", "中国大学生的科技奥林匹克盛会——第十三届“挑战杯”全国大学生课外学术科技作品竞赛开赛，新疆区竞赛开幕式在新疆农业大学举行。本届竞赛由自治区团委、自治区教育厅、自治区科协、自治区学联主办，新疆农业大学承办。"),
             ("2013-06-04", "中国社会科学院考古研究所新疆考古队对新疆帕米尔高原上的“黑白石条古墓葬群”进行考古发掘工作。该墓葬群位于塔什库尔干塔吉克自治县提孜那甫乡两处长约百米、宽约50米的台地上。"),
         ]},
    ],
}
