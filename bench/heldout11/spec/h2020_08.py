"""2020年第8期 (text export): a city department's report to a headquarters' office (海发改办〔2020〕1085号), titled
without issuer (`关于报送《…地震应急预案》的报告`), citing the office's notice (海抗震指字〔2020〕2号), one attachment
whose name carries its own book-title marks and a bracketed edition (`附件：《…》（2020年6月修订稿）`), signed with
issuer and date, （此件主动公开）, the enclosed plan's title; dots TOC, `- N -`.

Sources: SOURCES.md rows 2020-08-*.
"""

TITLE = "关于报送《海口市发展和改革委员会地震应急预案》的报告"

ISSUE = {
    "name": "2020-08", "shape": "text", "year": 2020, "issue_no": 8, "total_no": 212,
    "publish_date": "2020-08-31", "page_form": "- {} -", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "部门文件", "items": [
            {"title_block": [TITLE], "title": TITLE,
             "doc_number": "海发改办〔2020〕1085号", "registration_code": None,
             "issuer": "海口市发展和改革委员会",
             "addressees": "海口市抗震救灾指挥部办公室",
             "paragraphs": [
                 "根据贵办《关于开展地震应急预案修订工作的通知》（海抗震指字〔2020〕2号）文件要求，现将我委新修订地震应急预案随文附后上报。",
                 "附件：《海口市发展和改革委员会地震应急预案》（2020年6月修订稿）",
             ],
             "signature": ["海口市发展和改革委员会", "2020年8月10日"], "signed_date": "2020-08-10",
             "after_signature": [
                 "（此件主动公开）",
                 "海口市发展和改革委员会地震应急预案",
                 "（2020年6月修订稿）",
             ],
             "attachments": ["《海口市发展和改革委员会地震应急预案》（2020年6月修订稿）"],
             "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["海抗震指字〔2020〕2号"]},
        ]},
    ],
}
