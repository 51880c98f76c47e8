"""2007年第4期 (text export): an autonomous region's 人大 standing committee announcement whose title is its
series name, its number under it (`第四十一号`; the source prints it in brackets), no addressee,
signed by the committee on `2007年3月29日`, in force from publication (`自公布之日起施行`), the amended regulation after the signature: its title, the adoption
line and three revisions each on its own line (dates and sessions in full), `第一章 总则` and `第一条` citing a law with
`（以下简称《地方组织法》）`; plain TOC, `· N ·`.

Sources: SOURCES.md rows 2007-04-*.
"""

REG = "宁夏回族自治区乡镇人民代表大会工作条例"
STANDING = "宁夏回族自治区人民代表大会常务委员会"

ISSUE = {
    "name": "2007-04", "shape": "text", "year": 2007, "issue_no": 4, "total_no": 52,
    "publish_date": "2007-04-25", "page_form": "· {} ·", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "部门文件", "items": [
            {"title_block": [f"{STANDING}公告"], "title": f"{STANDING}公告",
             "doc_number": "第四十一号", "registration_code": None, "issuer": STANDING,
             "addressees": None,
             "paragraphs": [f"《宁夏回族自治区人大常委会关于修改〈{REG}〉的决定》已由宁夏回族自治区第九届人民代表大会常务委员会第二十七次会议于2007年3月29日通过，现予公布，自公布之日起施行。"],
             "signature": [STANDING, "2007年3月29日"], "signed_date": "2007-03-29",
             "after_signature": [
                 REG,
                 "1990年12月28日宁夏回族自治区第六届人民代表大会常务委员会第十六次会议通过",
                 "根据1995年8月16日宁夏回族自治区第七届人民代表大会常务委员会第十四次会议《关于修改〈宁夏回族自治区乡镇人民代表大会工作暂行条例〉的决定》修正",
                 f"根据2005年5月20日宁夏回族自治区第九届人民代表大会常务委员会第十六次会议《关于修改〈{REG}〉的决定》第二次修正",
                 f"根据2007年3月29日宁夏回族自治区第九届人民代表大会常务委员会第二十七次会议《关于修改〈{REG}〉的决定》第三次修正",
                 "第一章 总则",
                 "第一条 为完善人民代表大会制度，加强乡、镇人民代表大会的工作，根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（以下简称《地方组织法》），结合本自治区的实际，制定本条例。",
             ],
             "attachments": [], "effective_from": "2007-03-29", "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
    ],
}
