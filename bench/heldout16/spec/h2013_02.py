"""2013年第2期 (text export): a city's 大事记 of January as its yearbook printed it (the province's 地方志 database):
the day on the entry's line (glued to it in the yearbook, `1日市委副书记、市长…`; set here with the layout's
gap), `▲` opening a further entry of the day, a range of days
(`3~5日`), entries quoting a district's figures; dots TOC, `· N ·`.

Sources: SOURCES.md rows 2013-02-*.
"""

ISSUE = {
    "name": "2013-02", "shape": "text", "year": 2013, "issue_no": 2, "total_no": 99,
    "publish_date": "2013-02-28", "page_form": "· {} ·", "toc_form": "dots",
    "sections": [
        {"kind": "chronicle", "heading": "政府记事", "title": "2013年1月临沂市大事记", "inline_days": True,
         "entries": [
             ("2013-01-01", "市委副书记、市长张务锋到费县走访基层干部和群众，实地察看农村住房建设危房改造、山区找水打井和城乡环境综合整治等民生事项落实情况，并向费县的干部群众致以新年的良好祝福。市委常委、副市长尹长友，副市长宋培杰，市政府秘书长谭庆功，市政府有关部门和费县县委、县政府负责人陪同。"),
             ("2013-01-01", "副市长侯晓滨走访慰问临沂舰官兵，为部队官兵送上新年祝福。临沂军分区党委常委高德亮等陪同走访慰问。", "▲"),
             ("2013-01-01", "兰山区地方财政收入过40亿元新闻发布会举行。2012年，兰山区地方财政收入完成40.5亿元，增长34.3%；其中税收收入实现35.2亿元，同比增长38.3%，税收占地方财政收入的比重达87%。", "▲"),
             ("2013-01-02", "罗庄区新型工业销售收入过千亿暨华盛江泉集团过三百亿、沂州集团过百亿新闻发布会举行。2012年，罗庄区完成工业销售收入1080亿元，比上年增长21%；华盛江泉集团实现销售收入330亿元、增长25.4%；沂州集团实现销售收入118亿元、增长28.5%。"),
             ("2013-01-03", "由中国艺术研究院艺术品鉴定中心主办的“中国当代艺术邀请展”在鸿儒国际美术馆举办。此次邀请展共展出26位中国杰出当代艺术名家的作品100余件，涉及当代绘画、雕塑、陶塑等。展览免费向市民开放。", "3~5日"),
         ]},
    ],
}
