"""2014年第8期 (raw two-column): a province's chronicle of July from the 地方志 office's 改革开放大事记, the day on the
entry's line with no space after it in the source (`7月2日省直机关工委…`), `同日` for a further entry of the first, an
entry that runs on into later years (`2015年11月12日，…`, `2016年9月14日，…`) and names a repealed rule's 2008 date;
`第N页`.

Sources: SOURCES.md rows 2014-08-*.
"""

ISSUE = {
    "name": "2014-08", "shape": "raw", "year": 2014, "issue_no": 8, "total_no": 117,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2014年第8期"],
    "sections": [
        {"kind": "chronicle", "heading": "政府记事", "title": "2014年7月四川改革开放大事记", "inline_days": True,
         "entries": [
             ("2014-07-01", "《四川省规范行政执法裁量权规定》开始施行。规定分总则、一般规定、特别规定、监督检查、附则，共5章32条。2008年7月27日省政府发布的《四川省规范行政处罚自由裁量权的规定》同时废止。", "7月1日"),
             ("2014-07-01", "成都出入境检验检疫局在成都揭牌开检。这是中西部副省级城市中首个批准独立设立的检验检疫机构，其成立标志着四川“管检分离”改革实施。", "同日"),
             ("2014-07-02", "省直机关工委等5部门联合印发《四川省干部驻村帮扶工作方案》，标志着全省干部驻村帮扶工作全面启动。2015年11月12日，省直机关工委、省委组织部等9部门印发《关于认真贯彻省委十届六次全会精神进一步深化干部驻村帮扶工作的实施意见》，明确在11501个建档立卡贫困村推行“五个一”机制，全省脱贫攻坚驻村帮扶力量由“第一书记”逐渐形成“五个一”帮扶力量。2016年9月14日，省脱贫攻坚领导小组印发《关于统筹协调“五个一”帮扶力量进一步强化责任落实的工作方案》，明确建立协调推进、统筹管理服务、联动督查考核工作机制，进一步增强帮扶合力。", "7月2日"),
         ]},
    ],
}
