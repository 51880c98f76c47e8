"""2020年第9期 (raw two-column): a city government's notice printed without number, its title block the issuer's
name on a line of its own over `关于…的通知`, a long addressee line, citing two provincial numbers in brackets after
their titles (皖政秘〔2020〕120号, 皖政秘〔2018〕134号), three numbered measures, signed with the date alone; `— N —`.

Sources: SOURCES.md rows 2020-09-*.
"""

ISSUE = {
    "name": "2020-09", "shape": "raw", "year": 2020, "issue_no": 9, "total_no": 190,
    "publish_date": None, "page_form": "— {} —", "header": ["温州市人民政府公报", "2020年第9期（总第190期）"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["芜湖市人民政府", "关于调整芜湖市部分行政区划的通知"],
             "title": "芜湖市人民政府关于调整芜湖市部分行政区划的通知",
             "doc_number": "", "registration_code": None,
             "issuer": "芜湖市人民政府",
             "addressees": "各县（市）、区人民政府，皖江江北新兴产业集中区、经济技术开发区、长江大桥开发区、高新技术产业开发区管委会，市政府各部门、各直属单位，驻芜各单位",
             "paragraphs": [
                 "为进一步优化芜湖城市空间布局，加速推进市域城乡一体化发展，根据《安徽省人民政府关于调整芜湖市部分行政区划的通知》（皖政秘〔2020〕120号），结合《安徽省人民政府关于芜湖市省级以上开发区优化整合方案的批复》（皖政秘〔2018〕134号）精神，现对我市行政区划作如下调整：",
                 "一、撤销三山区、弋江区，设立新的弋江区，以原三山区和原弋江区的行政区域为新的弋江区的行政区域，弋江区人民政府驻中南街道利民西路418号。原三山区行政区域委托安徽芜湖三山经济开发区管理。",
                 "二、撤销芜湖县，设立芜湖市湾沚区，以原芜湖县的行政区域为湾沚区的行政区域，湾沚区人民政府驻湾沚镇芜湖南路9号。",
                 "三、撤销繁昌县，设立芜湖市繁昌区，以原繁昌县的行政区域为繁昌区的行政区域，繁昌区人民政府驻繁阳镇繁阳大道1号。",
                 "有关县、区要按照市统一部署，自觉维护行政区划调整大局，严格遵守行政区划调整工作有关纪律，防止国有资产流失，人员编制要严格按照规定配备，根据“精简、统一、效能”的原则认真组织实施，确保行政区划调整工作平稳顺利推进。",
             ],
             "signature": ["2020年8月31日"], "signed_date": "2020-08-31",
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["皖政秘〔2020〕120号", "皖政秘〔2018〕134号"]},
        ]},
    ],
}
