"""2023年第2期 (text export): a county-level city's notice (海府规〔2022〕2号: the year of its number before the
year it is signed, 2023年2月17日) whose title block opens with the issuer letter-spaced on its own line
(`琼 海 市 人 民 政 府`), （此件主动公开）, the enclosed measures begun with six cited numbers of four shapes
(`国办发〔2011〕45号`, `住房和城乡建设部令第11号`, `建保〔2016〕281号`, `琼府办〔2010〕111号`); a city brief opening
`2月4日上午，` with a name in a rare character (`杨皕`); page furniture left in (`第N页`).

Sources: SOURCES.md rows 2023-02-*.
"""

MEASURES = "琼海市公共租赁住房保障管理办法"

ISSUE = {
    "name": "2023-02", "shape": "text", "year": 2023, "issue_no": 2, "total_no": 242,
    "publish_date": "2023-02-24", "page_form": "第{}页", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2023年第2期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["琼 海 市 人 民 政 府", f"关于印发{MEASURES}的通知"],
             "title": f"琼海市人民政府关于印发{MEASURES}的通知",
             "doc_number": "海府规〔2022〕2号", "registration_code": None, "issuer": "琼海市人民政府",
             "addressees": "各镇人民政府，彬村山华侨经济区管委会，市政府各工作部门，各企、事业单位",
             "paragraphs": [f"《{MEASURES}》已经十六届市政府第26次常务会议审议通过，现印发给你们，请遵照执行。"],
             "signature": ["琼海市人民政府", "2023年2月17日"], "signed_date": "2023-02-17",
             "after_signature": [
                 "（此件主动公开）",
                 MEASURES,
                 "第一章 总则",
                 "第一条 为规范本市公共租赁住房保障的管理，根据《国务院办公厅关于保障性安居工程建设和管理的指导意见》（国办发〔2011〕45号）、《公共租赁住房管理办法》（住房和城乡建设部令第11号）、《住房城乡建设部、财政部关于做好城镇住房保障家庭租赁补贴工作的指导意见》（建保〔2016〕281号）、《海南省保障性住房管理暂行办法》（琼府〔2010〕66号）、《海南省公共租赁住房管理办法（试行）》（琼府办〔2010〕111号）、《住房城乡建设部、财政部、国家发展改革委关于公共租赁住房和廉租住房并轨运行的通知》（建保〔2013〕178号）等有关规定，结合本市实际制定本办法。",
                 "第二条 本办法所称的公共租赁住房保障，是指按照规定的条件通过提供公共租赁住房或发放租赁住房货币补贴的方式，解决本市住房困难家庭住房问题的住房保障制度。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["国办发〔2011〕45号", "住房和城乡建设部令第11号", "建保〔2016〕281号", "琼府〔2010〕66号",
                       "琼府办〔2010〕111号", "建保〔2013〕178号"]},
        ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": "市十五届人大三次会议隆重开幕",
         "items": [
             {"title_lines": ["市十五届人大三次会议隆重开幕"], "title": "市十五届人大三次会议隆重开幕",
              "date": "2023-02-04",
              "paragraphs": [
                  "2月4日上午，昆明市第十五届人民代表大会第三次会议在昆明会堂隆重开幕。",
                  "本次会议应出席代表447人，实到代表428人，符合法定人数。",
                  "本次大会执行主席是：刘洪建、刘申寿、杨正晓、杨皕、何健升、董林、毕惠芝、唐琪、王忠、李开德、李庆平。",
                  "大会执行主席、主席团常务主席杨正晓主持开幕大会。",
                  "大会在庄严的国歌声中开幕。",
                  "市长刘佳晨代表市人民政府作政府工作报告。",
              ]},
         ]},
    ],
}
