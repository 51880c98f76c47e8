"""2015年第1期 (raw two-column): an autonomous region's work chronicle of January 2015, two entries on the
1st (the second under the source's `▲`, the typesetter's `△`), a list of sixteen names with middle dots
(`玛依努尔·尼牙孜`, `塔世根·加帕尔`), a figure `近3000名`; bare page numbers.

Sources: SOURCES.md rows 2015-01-*.
"""

ISSUE = {
    "name": "2015-01", "shape": "raw", "year": 2015, "issue_no": 1, "total_no": 145,
    "publish_date": None, "page_form": "{}", "header": ["2015年第1期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "chronicle", "heading": "政府记事", "title": "新疆工作大事记（2015年1月）", "inline_days": True,
         "day_labels": {"2015-01-01": "1月1日"},
         "entries": [
             ("2015-01-01", "第六届全国优秀科技工作者评选揭晓。由自治区科协推荐的顾政一、王艳、田长彦、吴丽莉、余雄、张学鲁、玛依努尔·尼牙孜、徐云、马依彤、塔世根·加帕尔和由生产建设兵团科协推荐的邓福军、吴彬、坎杂、郑新疆、高庆华、彭延，16位新疆科技人员上榜。其中，自治区药物研究所所长、研究员顾政一，生产建设兵团天业（集团）有限公司董事长吴彬荣获“十佳全国优秀科技工作者提名奖”。“全国优秀科技工作者”每两年评选一次，每次评选不超过1000人，并从中评选出“十佳全国优秀科技工作者”。"),
             ("2015-01-01", "2015年中国体育彩票全国新年登高健身活动新疆富蕴分会场的活动启动仪式在富蕴县“双拥”广场举行，近3000名身着节日盛装的各族群众在这里用登高健身的方式与全国人民一道喜迎新年。"),
         ]},
    ],
}
