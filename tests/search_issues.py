"""Hand-built issues with exactly known content, for the search tests."""

from datetime import date

from issues.parser.records import (
    ParsedAppointment,
    ParsedChronicleEntry,
    ParsedDocument,
    ParsedInterpretation,
    ParsedIssue,
    ParsedIssuedRow,
    ParsedNews,
)

FILLER = "为深入贯彻落实党中央、国务院决策部署，坚持以人民为中心的发展思想，统筹推进各项工作。" * 6

CITY_OPINION = ParsedDocument(
    category="市政府文件",
    title="温州市人民政府关于加快人口集聚的若干意见",
    doc_number="温政发〔2022〕7号",
    registration_code="ZJCC01-2022-0003",
    issuer="温州市人民政府",
    signed_date=date(2022, 3, 1),
    cited_doc_numbers=["温政办〔2021〕99号"],
    body=FILLER + "到2035年，把温州建设成为千万级常住人口城市，人口规模稳步增长。" + FILLER,
)

LABOUR_NOTICE = ParsedDocument(
    category="部门文件",
    title="关于做好外来务工人员服务的通知",
    doc_number="温人社发〔2022〕12号",
    issuer="温州市人力资源和社会保障局 温州市财政局",
    signed_date=date(2022, 2, 10),
    body="推动人口城市协调发展，争取实现千万级目标。<script>alert(1)</script>外来务工人员享受同等服务。",
)


def issue_2022_3() -> ParsedIssue:
    return ParsedIssue(
        year=2022,
        issue_no=3,
        publish_date=date(2022, 3, 31),
        documents=[CITY_OPINION, LABOUR_NOTICE],
        interpretations=[
            ParsedInterpretation(
                title="《关于加快人口集聚的若干意见》政策解读",
                interprets="温政发〔2022〕7号",
                unit="市发展改革委",
                body="一、出台背景。为加快人口集聚，提升城市能级。",
            )
        ],
        appointments=[ParsedAppointment("林一鸣", "appoint", "温州市测试管理局局长", "试用期一年", "市人民政府决定")],
        news=[ParsedNews("市政府召开常务会议", date(2022, 3, 5), "会议研究了人口集聚和城市更新工作。")],
        chronicle=[ParsedChronicleEntry(date(2022, 3, 9), "市长主持召开城市更新工作推进会。")],
        issued_list=[
            ParsedIssuedRow("温政发〔2022〕7号", CITY_OPINION.title),
            ParsedIssuedRow("温政办〔2022〕40号", "温州市人民政府办公室关于印发城市更新行动方案的通知"),
        ],
    )


def issue_2023_1() -> ParsedIssue:
    return ParsedIssue(
        year=2023,
        issue_no=1,
        publish_date=date(2023, 1, 31),
        documents=[
            ParsedDocument(
                category="市府办文件",
                title="温州市人民政府办公室关于推进城市更新的实施意见",
                doc_number="温政办〔2023〕2号",
                issuer="温州市人民政府办公室",
                signed_date=date(2023, 1, 5),
                body="城市更新是提升城市品质的重要抓手。" + FILLER,
            )
        ],
    )
