"""2024年第1期 (text export): a city 人大常委会's brief opening `1月31日，` (a compound surname in its list of
names: `上官国明`), appointments voted without names (no rows); plain TOC, `- N -` footers and alternating headers
left in.

Sources: SOURCES.md rows 2024-01-*.
"""

TITLE = "市五届人大常委会举行第十五次会议"

ISSUE = {
    "name": "2024-01", "shape": "text", "year": 2024, "issue_no": 1, "total_no": 253,
    "publish_date": "2024-02-08", "page_form": "- {} -", "toc_form": "plain", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2024年第1期 政务简讯"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2024-01-31",
              "paragraphs": [
                  "1月31日，市五届人大常委会举行第十五次会议。市人大常委会主任李锋，副主任沈根花、杨秀清、戴邦和、潘碧武、邹向阳，秘书长上官国明及委员共39人出席会议。",
                  "市政府、市监察委员会、市中级人民法院和市人民检察院及相关部门负责人列席会议。",
                  "会议开展了政府工作部门负责人履职工作评议和测评；表决通过了有关人事任免事项。",
                  "就学习贯彻省十四届人民代表大会第二次会议精神，会议要求，全市各级人大及其常委会要按照市委的统一部署，将学习贯彻省人代会精神与深入学习领会习近平法治思想、习近平总书记关于坚持和完善人民代表大会制度的重要思想，贯彻落实习近平总书记考察浙江重要讲话精神结合起来，紧扣“勇担先行者、谱写新篇章”新定位新使命，稳中求进推动人大工作高质量发展，在履行宪法法律赋予的职责上精准发力，在打造全过程人民民主实践高地上凝聚合力，高标准、高质量、高效率开好市五届人民代表大会第四次会议，为“凝心聚力推进革命老区共富先行和山区经济跨越发展”贡献人大力量。",
                  "会上，李锋为新任命人员颁发任命书，新任命人员进行了宪法宣誓。",
              ]},
         ]},
    ],
}
