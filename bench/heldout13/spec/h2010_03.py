"""2010年第3期 (text export): a provincial government's 决定 printed without number, signed with issuer and date,
the list of 29 villages after the signature (no `附件：` line); a city government's 意见 (常政发〔2010〕182号) titled
`市政府关于…` (no full issuer name, no signature: the stored copy ends in its first part), citing 苏政发〔2010〕115号
inside a parenthesis after the cited title, its two-line title block cut by a page break; plain TOC, `- N -`.

Sources: SOURCES.md rows 2010-03-*.
"""

VILLAGES = [
    "永定区沙堤乡郝坪村", "武陵源区索溪峪土家族乡河口村", "桃江县马迹桥镇三里村", "赫山区泥江口镇塘湾村",
    "北湖区保和乡小埠村", "宜章县城南乡寿福村", "蓝山县毛俊镇毛俊村", "零陵区黄田铺镇鹧鸪岭村", "芷江县禾梨坳乡古冲村",
    "鹤城区石门乡双村村", "娄底经济开发区大埠桥办事处中阳村", "冷水江市铎山镇眉山村", "吉首市河溪镇马鞍村",
    "泸溪县浦市镇马王溪村", "望城县白箬铺镇光明村", "浏阳市沿溪镇沙龙村", "宁乡县花明楼镇炭子冲村",
    "株洲云龙示范区云田乡云田村", "株洲县渌口镇杨梅村", "昭山示范区昭山乡马鞍村", "韶山市韶山乡竹鸡村",
    "蒸湘区雨母山乡雨母村", "衡东县大浦镇堰桥村", "邵东县石株桥乡公田村", "洞口县石江镇江潭村", "华容县万庾镇黄山村",
    "湘阴县新泉镇王家寨村", "安乡县三岔河镇罗洲村", "石门县秀坪园艺场洲浒溪村",
]

ISSUE = {
    "name": "2010-03", "shape": "text", "year": 2010, "issue_no": 3, "total_no": 64,
    "publish_date": "2010-03-31", "page_form": "- {} -", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["湖南省人民政府关于授予光明村等29个村", "“湖南省社会主义新农村建设示范村”的决定"],
             "title": "湖南省人民政府关于授予光明村等29个村“湖南省社会主义新农村建设示范村”的决定",
             "doc_number": "", "registration_code": None,
             "issuer": "湖南省人民政府",
             "addressees": "各市州、县市区人民政府，省政府各厅委、各直属机构",
             "paragraphs": [
                 "近年来，各地认真按照中央提出的“生产发展，生活宽裕，乡风文明，村容整洁，管理民主”的总体要求，积极稳步推进社会主义新农村建设，取得了明显成效，涌现出一批基础工作强、示范作用大的示范村。经各级推荐，省有关部门考核，省人民政府决定授予望城县白箬铺镇光明村等29个村“湖南省社会主义新农村建设示范村”。",
                 "希望示范村再接再厉，充分发挥示范带动作用，不断创造新成绩。各级各有关部门要深入贯彻落实科学发展观，按照省委、省政府的部署要求，坚持统筹城乡发展，研究探索社会主义新农村建设新方式，努力开创全省社会主义新农村建设新局面。",
             ],
             "signature": ["湖南省人民政府", "2010年1月28日"], "signed_date": "2010-01-28",
             "after_signature": ["湖南省社会主义新农村建设示范村名单", *VILLAGES],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
            {"title_block": ["市政府关于大力实施商标战略", "推进创新型城市建设的意见"], "cut_title": True,
             "title": "市政府关于大力实施商标战略推进创新型城市建设的意见",
             "doc_number": "常政发〔2010〕182号", "registration_code": None,
             "issuer": None,
             "addressees": "各辖市、区人民政府，市各委办局，市各公司、直属单位",
             "paragraphs": [
                 "为贯彻落实《国家知识产权战略纲要》和《省政府关于深入实施商标战略的意见》（苏政发〔2010〕115号），加快品牌强市建设步伐，提高区域品牌核心竞争力，充分发挥商标战略在促进经济发展方式转变中的重要作用，为建设创新型城市提供有力支撑，特制定本意见。",
                 "一、重要意义",
                 "商标战略是以商标创造、运用、保护和管理为主要环节的经济发展和企业经营战略，是国家知识产权战略的重要组成部分，是发展品牌经济的核心和关键。改革开放以来，我市在扩大商标注册量、培育高知名度商标、运用商标无形资产、发展品牌经济等方面都取得了积极成效，但与加快转变经济发展方式的要求相比，与我市在全省的经济地位相比，与增强企业核心竞争力的迫切需要相比，还有一定的差距，自主商标拥有率偏低，高知名度商标数量不多，商标培育保护力度不够，市场主体商标意识亟待增强，商标在提升企业、产业和区域核心竞争力中的作用有待进一步发挥。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["苏政发〔2010〕115号"]},
        ]},
    ],
}
