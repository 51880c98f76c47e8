"""2020年第8期 (raw two-column): a city government office's notice on interpreting normative documents as a bureau's
site reposted it (no doc number, the stored copy ending in part 三 before its signature): addressees, an opening
paragraph citing three documents by title and number in brackets (two of the State Council's office, one of the
province's), parts `一、`…`三、` with items `（一）`, `（二）`; a district people's congress committee's appointments in a sentence naming no meeting
(`会议决定任命祝庆盟为金湾区人民政府副区长，任命方卫春、曹环球、蓝永兴、杨振华、罗华平为区人大常委会代表资格审查委员会组成人员。`:
five people to one body's membership), after a sentence naming the session (`昨日，金湾区第四届人大常委会第三十七次会议召开，`); the
report as a brief under a headline naming the appointee, opening `昨日，` (no day named); `· N ·`.

Sources: SOURCES.md rows 2020-08-*.
"""

NEWS = "祝庆盟任金湾区政府副区长"
OPENING = "昨日，金湾区第四届人大常委会第三十七次会议召开，会议听取和审议了有关工作报告，并决定有关人事任免。区人大常委会主任吴文莱主持会议。"
DECISION = "会议还决定了有关人事任免。会议决定任命祝庆盟为金湾区人民政府副区长，任命方卫春、曹环球、蓝永兴、杨振华、罗华平为区人大常委会代表资格审查委员会组成人员。"

ISSUE = {
    "name": "2020-08", "shape": "raw", "year": 2020, "issue_no": 8, "total_no": 189,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2020年第8期"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["嘉兴市人民政府办公室关于加强行政规范性文件", "政策解读工作的通知"],
             "title": "嘉兴市人民政府办公室关于加强行政规范性文件政策解读工作的通知",
             "doc_number": None, "registration_code": None,
             "issuer": "嘉兴市人民政府办公室",
             "addressees": "各县（市、区）人民政府，市政府各部门、直属各单位",
             "paragraphs": [
                 "为进一步推进政府信息公开，提高工作透明度，促进依法行政，切实保障人民群众合法权益，维护政府公信力，根据《国务院办公厅印发〈关于全面推进政务公开工作的意见〉实施细则的通知》（国办发〔2016〕80号）、《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）和《浙江省人民政府办公厅关于印发浙江省全面推进政务公开工作实施细则的通知》（浙政办发〔2017〕42号）精神，经市政府同意，现就加强行政规范性文件政策解读工作有关事项通知如下：",
                 "一、解读范围",
                 "（一）全市以政府或政府办公室名义发文的行政规范性文件；",
                 "（二）全市以政府部门或部门联合名义发文的行政规范性文件。",
                 "二、解读主体",
                 "按照“谁起草、谁解读”的原则，落实政策解读责任主体。以政府或政府办公室名义发文的行政规范性文件，由牵头起草部门（文件代拟部门，下同）负责做好政策解读工作。以部门名义发文的行政规范性文件，由制发部门负责做好政策解读工作。以部门联合名义发文的行政规范性文件，由牵头部门负责做好政策解读工作，其他联合发文部门配合。",
                 "各地、各部门（单位）主要负责同志要履行好重大政策“第一解读人和责任人”职责，带头解读政策，传递权威信息。要落实专人负责起草政策解读文本，规范政策解读流程，确保政策解读工作落到实处。",
                 "三、解读内容",
                 "（一）制定背景，包括制定的意义、目的、依据等；",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["国办发〔2016〕80号", "国办发〔2018〕37号", "浙政办发〔2017〕42号"]},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [OPENING, DECISION],
         "rows": [
             ("祝庆盟", "appoint", "金湾区人民政府副区长", None),
             ("方卫春", "appoint", "区人大常委会代表资格审查委员会组成人员", None),
             ("曹环球", "appoint", "区人大常委会代表资格审查委员会组成人员", None),
             ("蓝永兴", "appoint", "区人大常委会代表资格审查委员会组成人员", None),
             ("杨振华", "appoint", "区人大常委会代表资格审查委员会组成人员", None),
             ("罗华平", "appoint", "区人大常委会代表资格审查委员会组成人员", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": None,
              "paragraphs": [
                  OPENING,
                  "会议听取和审议了区人民政府关于提请审议金湾区政府与市国资委合作开发三灶东咀片区重大事项决策报告的议案、金湾区2019年环境状况和环境保护目标完成情况的报告、区政府关于与省人民医院共建金湾中心医院情况的报告、区人大常委会主任会议关于提请调整珠海市金湾区第四届人民代表大会常务委员会代表资格审查委员会组成人员名单的议案。",
                  "会议以无记名投票方式，补选黄丽娜为珠海市第九届人民代表大会代表。",
                  DECISION,
                  "区人大常委会副主任梁庆伦、张洪明、赖增李、赵洁萍、吴耀东出席会议。副区长刘瑞庆、区人民法院院长郭志俊、区人民检察院检察长李中原和区监察委员会负责同志列席了会议。",
              ]},
         ]},
    ],
}
