"""2018年第11期 (raw two-column): a city government's notice enclosing its rules on sharing government data, stored without
its title line and number: the title composed from the text's own words, addressees in two groups, one sentence, signed with
issuer and date; the 办法's title, `第一章 总 则` (letter-spaced) and `第一条` to `第三条` after the signature, `第一条` citing a
national and a provincial notice by title and number in brackets, `第三条` over two paragraphs; `— N —`.

Sources: SOURCES.md rows 2018-11-*.
"""

TITLE = "西安市人民政府关于印发西安市政务数据资源共享管理办法的通知"

ISSUE = {
    "name": "2018-11", "shape": "raw", "year": 2018, "issue_no": 11, "total_no": 167,
    "publish_date": None, "page_form": "— {} —", "header": ["温州市人民政府公报", "2018年第11期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["西安市人民政府关于印发西安市政务数据", "资源共享管理办法的通知"],
             "title": TITLE, "doc_number": None, "registration_code": None,
             "issuer": "西安市人民政府",
             "addressees": "各区、县人民政府，市人民政府各工作部门、各直属机构",
             "paragraphs": [
                 "《西安市政务数据资源共享管理办法》已经市政府同意，现印发你们，请结合实际认真抓好贯彻落实。",
             ],
             "signature": ["西安市人民政府", "2018年11月8日"], "signed_date": "2018-11-08",
             "after_signature": [
                 "西安市政务数据资源共享管理办法",
                 "第一章 总 则",
                 "第一条 为加强政务数据资源管理，推动政务数据资源汇聚共享和开放开发，构建全市政务数据共享机制，加快推进政务数据关联共享，增强政府公信力和透明度，提升服务水平，依据《国务院关于印发政务信息资源共享管理暂行办法的通知》（国发〔2016〕51号）和《陕西省政务信息资源共享管理办法》（陕政发〔2017〕34号）等规定，结合西安市实际，制定本办法。",
                 "第二条 在西安市行政区域内（含西咸新区）从事政务数据资源采集登记、共享交换、开放开发及其相关管理活动，适用本办法。涉及国家秘密的政务数据管理，按照国家、陕西省和西安市有关规定执行。",
                 "第三条 本办法所称政务数据是指政务部门在履行职责过程中制作或获取的数据，包括政务部门直接或通过第三方依法采集的、依法授权管理的和因履行职责需要依托政务信息系统形成的数据等。",
                 "本办法所称政务部门是指党委、人大、政府、政协、监委、法院、检察院及法律法规授权具有行政职能的事业单位和社会组织。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["国发〔2016〕51号", "陕政发〔2017〕34号"]},
        ]},
    ],
}
