"""2019年第8期 (text export): a city's 执政纪事 of July as its 史志 journal prints it, under a letter-spaced heading
(`政 府 记 事`): the month and day at the head of each entry, the marker printed again for a second entry of the 1st, a
range (`7月3日至5日`) whose text names a day and an hour again (`4日16时，`), a doubled `的的` kept as printed; page
furniture left in the export (`- N -` footers, running headers that alternate); dots TOC.

Sources: SOURCES.md rows 2019-08-*.
"""

ISSUE = {
    "name": "2019-08", "shape": "text", "year": 2019, "issue_no": 8, "total_no": 176,
    "publish_date": "2019-08-30", "page_form": "- {} -", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2019年第8期"],
    "sections": [
        {"kind": "chronicle", "heading": "政 府 记 事", "title": "丽水市委、市政府2019年执政纪事（7月）", "inline_days": True,
         "entries": [
             ("2019-07-01", "丽水市庆祝“七一”弘扬践行浙西南革命精神百支宣传队、千个先锋团、万名排头兵启动仪式在丽水市体育中心举行。胡海峰、李锋出席启动仪式。", "7月1日"),
             ("2019-07-01", "丽水举办弘扬践行浙西南革命精神宣演会。胡海峰、吴晓东，虞红鸣、陈瑞商、李锋出席。", "7月1日"),
             ("2019-07-03", "四届市委第六轮巡察工作动员部署会召开。四届市委第六轮巡察将安排5个巡察组，对市委老干部局、市政府外事办公室、市档案馆、市归国华侨联合会、市住房公积金服务中心、市人民医院、市移民服务中心以及遂昌工业园区管委会、丽水生态产业集聚区松阳分区管委会、莲都区南明山街道等10个单位党组织开展巡察。其中，对遂昌工业园区管委会、丽水生态产业集聚区松阳分区管委会、莲都区南明山街道等3个单位党组织开展提级巡察。", "7月3日"),
             ("2019-07-03", "全市普降大雨暴雨，局部大暴雨，全市平均累计雨量110.8毫米，雨量最大的遂昌白马山达295.9毫米，强降雨给丽水市造成超过1.1亿余元的的经济损失。胡海峰、吴晓东第一时间作出批示，要求各地加强隐患点的监测、巡查和人员转移力度，检查落实各项防范避让措施，确保群众生命财产安全。4日16时，启动防汛Ⅳ级应急响应。", "7月3日至5日"),
             ("2019-07-05", "市委人才工作领导小组会议在丽水举行。会议审议并原则通过了人才工作要点、人才工作目标责任考核细则、推进乡村人才振兴的实施意见。胡海峰强调，要进一步突出人才强市鲜明导向，以人才工作的“丽水之干”奋力开创“丽水之赞”的新境界。", "7月5日"),
         ]},
    ],
}
