"""2023年第2期 (text export): a provincial government's notice (豫政〔2023〕6号) whose title block, the issuer's name on a
line of its own over `关于印发…的通知`, is cut by a page break, signed with issuer and date, the enclosed 工作规则's
title, chapter headings and first five articles (`一、` … `五、`) after it; a 发文目录 of one row; dots TOC, bare page
numbers.

Sources: SOURCES.md rows 2023-02-*.
"""

TITLE = "河南省人民政府关于印发河南省人民政府工作规则的通知"
NUMBER = "豫政〔2023〕6号"

ISSUE = {
    "name": "2023-02", "shape": "text", "year": 2023, "issue_no": 2, "total_no": 219,
    "publish_date": "2023-02-28", "page_form": "{}", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["河南省人民政府", "关于印发河南省人民政府工作规则的通知"], "cut_title": True,
             "title": TITLE, "doc_number": NUMBER, "registration_code": None,
             "issuer": "河南省人民政府",
             "addressees": "各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门",
             "paragraphs": ["现将修订后的《河南省人民政府工作规则》印发给你们，自印发之日起施行。"],
             "signature": ["河南省人民政府", "2023年1月21日"], "signed_date": "2023-01-21",
             "after_signature": [
                 "河南省人民政府工作规则",
                 "第一章　总则",
                 "一、根据《中华人民共和国宪法》和《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，参照《国务院工作规则》，结合我省实际，制定本规则。",
                 "二、省政府工作以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导，认真贯彻党的基本理论、基本路线、基本方略，深刻领悟“两个确立”的决定性意义，牢固树立“四个意识”，坚定“四个自信”，做到“两个维护”，坚决贯彻落实习近平总书记重要指示批示精神，全面贯彻落实习近平总书记视察河南重要讲话重要指示，始终在思想上、政治上、行动上同以习近平同志为核心的党中央保持高度一致。坚持和加强党的全面领导，严格遵守宪法和法律，在省委领导下，依法履行政府职能，建设人民满意的法治政府、创新政府、廉洁政府和服务型政府。",
                 "三、省政府工作坚持执政为民、依法行政、实事求是、民主公开、务实清廉的准则。",
                 "第二章　组成人员职责",
                 "四、省政府组成人员要牢固树立政治意识、大局意识、核心意识、看齐意识，模范遵守宪法和法律，认真履职，为民务实，严守纪律，勤勉廉洁。",
                 "五、省政府实行省长负责制，省长领导省政府的工作。副省长协助省长工作。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "1月份省政府发文目录",
         "rows": [(NUMBER, TITLE)]},
    ],
}
