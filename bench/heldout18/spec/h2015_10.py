"""2015年第10期 (text export): a county's 执政大事 of September from its yearbook of government: the month and day at
the head of each entry and a comma (`9月16日，`), a range `9月16日至18日，` printed before an entry of its first day, the
time of day after the day (`9月20日下午，`); an autonomous prefecture's 人大常委会 decisions in a news site's report
naming the meeting in the sentence before (`9月7日，黔东南州第十三届人大常委会第三十次会议在凯里召开。`), the deciding
sentence opening `会议采用无记名投票方式进行表决，全票通过，决定任命冯仕文同志为黔东南州人民政府副州长、代理州长。`, a
resignation accepted in another sentence opening `会议还表决通过，`; dots TOC, `— N —`.

Sources: SOURCES.md rows 2015-10-*.
"""

ISSUE = {
    "name": "2015-10", "shape": "text", "year": 2015, "issue_no": 10, "total_no": 130,
    "publish_date": "2015-10-30", "page_form": "— {} —", "toc_form": "dots",
    "sections": [
        {"kind": "chronicle", "heading": "政府记事", "title": "2015年9月罗平县执政大事", "inline_days": True,
         "entries": [
             ("2015-09-16", "以云南省卫生和计划生育委员会调研胡守敬为组长的复审组一行代表国家卫生县城专家组，深入罗平就“国家卫生县城”巩固情况复审复查，并继续确定罗平县为“国家卫生县城”。", "9月16日至18日，"),
             ("2015-09-16", "中央电视台新闻频道走进罗平的万亩红高梁地里，直播金秋时节丰收的红高梁。近年来，我县通过红高梁示范种植，有效拓宽了当地农民增收渠道，开辟了农业观光旅游新景观，吸引了众多摄影爱好者、诗人、作家、书法家、画家到罗平采风。", "9月16日，"),
             ("2015-09-20", "曲靖市第四届少数民族传统体育运动会在罗平县隆重开幕。曲靖市市委常委、常务副市长许玉才，云南省民族宗教事务委员会党组成员、副主任郑建奇，曲靖市委常委、市委秘书长朱德光，曲靖市委常委、市委统战部部长顾琨，曲靖市人大常委会副主任李桂珍，曲靖市政府副市长张向明，曲靖市政府副主席张长英等领导及罗平县四班子领导出席开幕式。", "9月20日下午，"),
             ("2015-09-29", "全市旅游产业发展大会在我县召开，省旅发委主任段跃庆，省委副书记、市长董保同出席会议并讲话。市人大常委会主任刘海芳，市委常委、常务副市长许玉才，市委常委、麒麟区区委书记傅学宾，市委常委、纪委书记田华兵，市委常委、组织部长赵正富、市委常委、统战部长顾琨，市人大常委会副主任马宝功，副市长张向明、市政协副主席尹耀春出席会议，会议由市委常委、市委秘书长朱德光主持。县委书记、县长吕品红，副县长桂镜海及相关县直部门负责人参加了会议。", "9月29日，"),
         ]},
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [
             "9月7日，黔东南州第十三届人大常委会第三十次会议在凯里召开。会议采用无记名投票方式进行表决，全票通过，决定任命冯仕文同志为黔东南州人民政府副州长、代理州长。选举结果公布后，全场响起热烈掌声。会议还表决通过，决定接受廖飞同志辞去黔东南州人民政府州长职务的请求，并报州人民代表大会备案。",
         ],
         "rows": [
             ("冯仕文", "appoint", "黔东南州人民政府副州长", None),
             ("冯仕文", "appoint", "黔东南州人民政府代理州长", None),
             ("廖飞", "dismiss", "黔东南州人民政府州长", None),
         ],
         "decided_by": None},
    ],
}
