"""2021年第2期 (raw two-column): a city government's work report as its congress heard it: a title of four
characters (`政府工作报告`), no number, no signature; the occasion line and the speaker (`温州市市长 姚高员`) under
the title and the salutation `各位代表：` as its first body lines; a numbered part heading and the review's first
paragraphs; a brief under a two-part headline (`沙县撤县设区 福建批复同意调整三明、漳州部分行政区划`) opening with a
news agency's dateline and its reporter in brackets, the day named again without its month (`中新网福州2月3日电（郑江洛）
3日，`), the names of two documents in 《》; `— N —`.

Sources: SOURCES.md rows 2021-02-*.
"""

NEWS = "沙县撤县设区福建批复同意调整三明、漳州部分行政区划"

ISSUE = {
    "name": "2021-02", "shape": "raw", "year": 2021, "issue_no": 2, "total_no": 218,
    "publish_date": None, "page_form": "— {} —", "header": ["温州市人民政府公报", "2021年第2期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["政府工作报告"], "title": "政府工作报告",
             "doc_number": "", "registration_code": None, "issuer": None, "addressees": None,
             "paragraphs": [
                 "2021年2月2日在温州市第十三届人民代表大会第六次会议上",
                 "温州市市长 姚高员",
                 "各位代表：",
                 "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
                 "一、“十三五”发展回顾和2020年主要工作",
                 "“十三五”时期，是我市发展史上具有里程碑意义的五年，习近平总书记先后4次对温州工作作出重要指示批示，给全市干部群众以极大鼓舞和鞭策，为我们做好温州工作提供了最根本的遵循和指引。五年来，我们坚持以习近平新时代中国特色社会主义思想为指导，坚决贯彻习近平总书记寄予温州“续写创新史”的殷殷嘱托和对温州工作的重要指示批示精神，全面落实省委省政府和市委决策部署，在变化变局中抢抓机遇，在逆境逆势中砥砺奋进，在苦干实干中决战决胜，干成了一批具有战略性全局性的大事，攻克了一批多年想干却未能干成的要事，办好了一批温州人民期盼已久的实事，化解了一批时间跨度长的历史遗留难事，较好地完成了“十三五”规划主要目标任务，高水平全面建成小康社会取得决定性成就。地区生产总值从2015年的4670亿元提高到6871亿元，年均增长7.2%，经济总量排名从全国第35位跨入30强；一般公共预算收入从403亿元增加到602亿元，年均增长8.4%；城乡居民人均可支配收入分别从44026元、21235元提高到63481元、32428元，年均分别增长7.6%、8.8%。",
                 "五年来，我们积极实施一批重大战略举措，城市影响力显著提升。着力重树“民营经济看温州”新标杆，新时代“两个健康”先行区创出温州样本，一批首创性改革举措在全国复制推广。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": ["沙县撤县设区", "福建批复同意调整三明、漳州部分行政区划"], "title": NEWS, "date": "2021-02-03",
              "paragraphs": [
                  "中新网福州2月3日电（郑江洛）3日，福建省人民政府网站发布《福建省人民政府关于同意调整三明市部分行政区划的批复》和《关于龙海市、长泰县撤县（市）设区行政区划调整的请示》。",
                  "批复称，同意撤销三明市梅列区、三元区，设立新的三明市三元区，以原梅列区、三元区的行政区域为新的三元区的行政区域，三元区人民政府驻列东街道新市北路836号；同意撤销沙县，设立三明市沙县区，以原沙县的行政区域为沙县区的行政区域，沙县区人民政府驻凤岗街道府前中路89号。同意撤销县级龙海市，设立漳州市龙海区，以原龙海市的行政区域为龙海区的行政区域，龙海区人民政府驻石码街道大埕路28号。同意撤销长泰县，设立漳州市长泰区，以原长泰县的行政区域为长泰区的行政区域，长泰区人民政府驻武安镇解放路84号。（完）",
              ]},
         ]},
    ],
}
