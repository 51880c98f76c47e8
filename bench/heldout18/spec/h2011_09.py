"""2011年第9期 (text export): a city government's order (市人民政府令第129号) publishing its 公园管理办法: the 办法's name
over the order number, the order sentence with the meeting's date and a 施行 date, signed by the mayor's title and
name with a space (`市长 曹勇`) over a date in Chinese numerals; the 办法's name, `第一章 总 则` (letter-spaced) and its
first three articles after the signature, the third over two paragraphs; Chinese-numeral 出版日期; dots TOC, `- N -`.

Sources: SOURCES.md rows 2011-09-*.
"""

ISSUE = {
    "name": "2011-09", "shape": "text", "year": 2011, "issue_no": 9, "total_no": 81,
    "publish_date": "2011-09-30", "page_form": "- {} -", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "市政府令", "items": [
            {"title_block": ["淮南市公园管理办法"], "title": "淮南市公园管理办法",
             "doc_number": "市人民政府令第129号", "registration_code": None,
             "issuer": "淮南市人民政府", "addressees": None,
             "paragraphs": [
                 "《淮南市公园管理办法》已经2011年8月8日市人民政府第73次常务会议通过，现予公布，自2011年10月1日起施行。",
             ],
             "signature": ["市长 曹勇", "二○一一年八月十日"], "signed_date": "2011-08-10",
             "after_signature": [
                 "淮南市公园管理办法",
                 "第一章 总 则",
                 "第一条 为了加强公园建设和管理，保护和改善生态环境，美化城市，促进人民身心健康，根据有关法律、法规，结合本市实际，制定本办法。",
                 "第二条 本市行政区域内，公园的规划、建设、管理和保护，适用本办法。",
                 "第三条 本办法所称公园，是指具有良好的园林环境、较完善的设施，具备改善生态、美化城市、游览观赏、文化教育、科学普及、锻炼身体、休憩娱乐和防灾避险等功能，并向公众开放的场所；包括综合性公园、纪念性公园、儿童公园、动物园、植物园、历史名园、游乐公园等。公园的具体名录由市人民政府公布。",
                 "森林公园及自然保护区的建立、管理和保护，按照国家有关规定执行。",
             ],
             "attachments": [], "effective_from": "2011-10-01", "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
    ],
}
