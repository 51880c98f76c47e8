"""2021年第12期 (text export): a prefecture 行政公署's notice (阿行发〔2021〕42号) whose title names its issuer
(`阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知`), the issuer and date as signature, the enclosed
rules begun under a spaced chapter heading (`第一章 总 则`) with a first item citing three texts without numbers;
TOC in the dots form, `· N ·`.

Sources: SOURCES.md rows 2021-12-*.
"""

RULES = "阿里地区行政公署工作规则"

ISSUE = {
    "name": "2021-12", "shape": "text", "year": 2021, "issue_no": 12, "total_no": 228,
    "publish_date": "2021-12-28", "page_form": "· {} ·", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["阿里地区行政公署", f"关于印发《{RULES}》的通知"],
             "title": f"阿里地区行政公署关于印发《{RULES}》的通知",
             "doc_number": "阿行发〔2021〕42号", "registration_code": None, "issuer": "阿里地区行政公署",
             "addressees": "各县人民政府，行署各局、委、办、处",
             "paragraphs": [f"《{RULES}》已经地委、行署研究通过，现印发给你们，请认真贯彻执行。"],
             "signature": ["阿里地区行政公署", "2021年11月9日"], "signed_date": "2021-11-09",
             "after_signature": [
                 RULES,
                 "第一章 总 则",
                 "一、阿里地区行政公署（以下简称“行署”）是西藏自治区人民政府的派出机关，承担着按照党和国家决策部署推动阿里经济社会发展、管理阿里社会事务、服务阿里人民群众的重大职责。为创新行政方式、规范权力运行、提高行政效能，根据《中华人民共和国宪法》和《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》以及《关于新形势下党内政治生活的若干准则》《中国共产党党内监督条例》，参照《国务院工作规则》和《西藏自治区人民政府工作规则》，结合实际，制定本规则。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
    ],
}
