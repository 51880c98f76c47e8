"""2020年第12期 (text export): a city government office's notice (筑府办函〔2020〕78号) titled `市人民政府办公厅关于…`
(no city named), signed with the date alone, `（此件公开发布）` and the enclosed 预案's first sections (`1总则`, `1.1编制目的`,
`1.2编制依据`) after it; a provincial 人大常委会's decisions in its report's sentence naming no meeting (`会议决定任命任振鹤、
刘长根为甘肃省人民政府副省长；会议通过了《…关于接受唐仁健请求辞去甘肃省人民政府省长职务的决定》；会议决定任振鹤为甘肃省人民政府
代理省长。`): two people for one post, a dismissal named by the decision's title, an acting governor; the report as a
brief titled from its first sentence; dots TOC, bare page numbers.

Sources: SOURCES.md rows 2020-12-*.
"""

DECISIONS = ("会议决定任命任振鹤、刘长根为甘肃省人民政府副省长；会议通过了《甘肃省人民代表大会常务委员会关于接受唐仁健请求辞去甘肃省人民政府省长职务的决定》；"
             "会议决定任振鹤为甘肃省人民政府代理省长。")
NEWS = "省十三届人大常委会第二十次会议在兰州闭会"

ISSUE = {
    "name": "2020-12", "shape": "text", "year": 2020, "issue_no": 12, "total_no": 193,
    "publish_date": "2020-12-31", "page_form": "{}", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["市人民政府办公厅关于印发", "贵阳市气象灾害应急预案的通知"],
             "title": "市人民政府办公厅关于印发贵阳市气象灾害应急预案的通知",
             "doc_number": "筑府办函〔2020〕78号", "registration_code": None,
             "issuer": None,
             "addressees": "各区、市、县人民政府，市政府有关工作部门",
             "paragraphs": ["《贵阳市气象灾害应急预案》已经市政府研究同意，现印发给你们，请抓好贯彻执行。"],
             "signature": ["2020年9月15日"], "signed_date": "2020-09-15",
             "after_signature": [
                 "（此件公开发布）",
                 "贵阳市气象灾害应急预案",
                 "1总则",
                 "1.1编制目的",
                 "为建立健全我市气象灾害应急响应机制，统筹协调气象灾害应急处置工作，提高预防、监测、预警、处置能力，及时有效应对气象灾害，最大限度降低气象灾害造成的危害，保障人民群众生命财产安全，促进我市社会稳定与经济持续、快速、协调、健康发展，特制定本预案。",
                 "1.2编制依据",
                 "依据《中华人民共和国突发事件应对法》《中华人民共和国气象法》《中华人民共和国防洪法》《气象灾害防御条例》《气象灾害预警信息发布与传播办法》《贵州省气象预报预警信息发布与传播管理办法》《气象灾害预警信息发布业务规定》《贵州省气象条例》《贵州省气象灾害防御条例》《国家气象灾害应急预案》《贵州省突发事件总体应急预案》《贵州省气象灾害应急预案》《贵阳市突发事件总体应急预案》等法律法规和规范性文件。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [DECISIONS],
         "rows": [
             ("任振鹤", "appoint", "甘肃省人民政府副省长", None),
             ("刘长根", "appoint", "甘肃省人民政府副省长", None),
             ("唐仁健", "dismiss", "甘肃省人民政府省长", None),
             ("任振鹤", "appoint", "甘肃省人民政府代理省长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2020-12-03",
              "paragraphs": [
                  "省十三届人大常委会第二十次会议在完成各项议程后，12月3日在兰州闭会。",
                  "会议由省委书记、省人大常委会主任林铎主持。",
                  "省人大常委会副主任王玺玉、马青林、陈克恭、吴明明、俞成辉，秘书长张建昌及委员52人出席会议。",
                  DECISIONS,
              ]},
         ]},
    ],
}
