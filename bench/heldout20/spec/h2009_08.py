"""2009年第8期 (raw two-column): a city government's notice (许政〔2009〕34号) enclosing its rules on the price regulation
fund, addressees in three groups, its one sentence naming the meeting as printed (`市政府第51常务会议`, no 次), signed with a
date in Chinese numerals alone (二○○九年七月十六日, no issuer line); the 办法's title, `第一章 总则` and `第一条` to `第四条`
after the signature, `第一条` citing a number in brackets after a title (许政〔2007〕51号); a 发文目录 of one row; `· N ·`.

Sources: SOURCES.md rows 2009-08-*.
"""

TITLE = "许昌市人民政府关于印发许昌市价格调节基金管理办法的通知"
NUMBER = "许政〔2009〕34号"

ISSUE = {
    "name": "2009-08", "shape": "raw", "year": 2009, "issue_no": 8, "total_no": 56,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2009年第8期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["许昌市人民政府关于印发许昌市价格调节", "基金管理办法的通知"],
             "title": TITLE, "doc_number": NUMBER, "registration_code": None,
             "issuer": "许昌市人民政府",
             "addressees": "各县（市、区）人民政府，经济开发区、东城区管委会，市人民政府各部门",
             "paragraphs": [
                 "《许昌市价格调节基金管理办法》已经市政府第51常务会议研究通过，现印发给你们，请遵照执行。",
             ],
             "signature": ["二○○九年七月十六日"], "signed_date": "2009-07-16",
             "after_signature": [
                 "许昌市价格调节基金管理办法",
                 "第一章 总则",
                 "第一条 根据《许昌市人民政府关于进一步规范和完善价格调节基金征收管理使用工作的通知》（许政〔2007〕51号）精神，结合征收工作实际，为进一步规范价格调节基金征收、管理、使用等各项工作，特制定本办法。",
                 "第二条 本办法所称价格调节基金是指市政府根据《中华人民共和国价格法》、国务院和省政府有关规定，由政府多渠道筹集，用于平抑物价，实行政府价格补贴，保障低收入群体动态价格救助等政府专项资金。",
                 "第三条 凡在我市行政区域内从事生产、经营等活动的企业和个人，均适用本办法。",
                 "第四条 市人民政府设立价格调节基金领导小组，在市价格主管部门设立领导小组办公室作为办事机构，负责价格调节基金的日常征收管理工作。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["许政〔2007〕51号"]},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "2009年7月发文目录",
         "rows": [(NUMBER, TITLE)]},
    ],
}
