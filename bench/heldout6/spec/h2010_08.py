"""2010年第8期 (text export): a city's week of government news printed as the month's chronicle under its
own title (一周时政要闻): every entry opens with a bullet and its day (`●8月2日下午，`), one a range of
days (`●8月3日至4日，`), one day printed twice; page furniture left in (`-N-`, alternating headers).

Sources: SOURCES.md rows 2010-08-*.
"""

ISSUE = {
    "name": "2010-08", "shape": "text", "year": 2010, "issue_no": 8, "total_no": 92,
    "publish_date": "2010-08-25", "page_form": "-{}-", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2010年第8期"],
    "sections": [
        {"kind": "chronicle", "heading": "政府记事", "title": "一周时政要闻", "inline_days": True,
         "entries": [
             ("2010-08-02", "下午，由国药控股股份有限公司副总经理卢军带领的中国医药集团总公司考察组一行来莆，了解我市医药产业布局、会展、物流等情况。市委副书记、代市长梁建勇，市委常委、常务副市长林庆生出席座谈会。", "●8月2日"),
             ("2010-08-03", "下午，市委副书记、代市长梁建勇在旷远锦江国际酒店会见新加坡金鹰赛得利国际集团首席执行官云惟生一行，双方就加快20万吨差别化化学纤维项目和林浆纸一体项目进行会谈。市政协副主席王玉宝参加会见。", "●8月3日"),
             ("2010-08-03", "以省委常委、省纪委书记陈文清为组长，省政协副主席、省工商联主席李祖可为副组长的省委督查组来我市，专项督促检查《中共中央关于加强人民政协工作的意见》贯彻落实情况。", "●8月3日至4日，"),
             ("2010-08-04", "以宁夏回族自治区党委副书记于革胜为团长的宁夏党政代表团一行来我市参观考察。省领导于广洲、张昌平、庄先、叶家松，市领导杨根生、黄进发、吴晓丁、林庆生、林国庆等陪同。", "●8月4日，"),
             ("2010-08-04", "市委书记杨根生主持召开市委常委会，决定8月7日召开中共莆田市委五届九次全会。", "●8月4日，"),
         ]},
    ],
}
