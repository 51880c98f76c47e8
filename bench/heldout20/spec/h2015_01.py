"""2015年第1期 (text export): the explanation of a draft revision delivered on the city government's behalf to the
people's congress committee (`关于《天津滨海新区条例（修订草案）》的说明`) as a 政策解读: the salutation line, the sentence
saying whose behalf it speaks on, part `一、修订《天津滨海新区条例》的必要性` and its opening sentences, the interpreting body
printed after it (`解读单位：天津市人民政府`); plain TOC, bare page numbers.

Sources: SOURCES.md rows 2015-01-*.
"""

DRAFT = "《天津滨海新区条例（修订草案）》"

ISSUE = {
    "name": "2015-01", "shape": "text", "year": 2015, "issue_no": 1, "total_no": 121,
    "publish_date": "2015-01-30", "page_form": "{}", "toc_form": "plain",
    "sections": [
        {"kind": "interpretations", "heading": "政策解读", "items": [
            {"title_lines": ["关于" + DRAFT + "的说明"], "title": "关于" + DRAFT + "的说明",
             "interprets": "天津滨海新区条例（修订草案）",
             "unit": "天津市人民政府", "unit_label": "解读单位",
             "paragraphs": [
                 "主任、各位副主任、秘书长、各位委员：",
                 "我受市人民政府委托，就" + DRAFT + "（以下简称修订草案）作如下说明。该修订草案已经市人民政府常务会议讨论通过，请予审议。",
                 "一、修订《天津滨海新区条例》的必要性",
                 "2002年，我市出台《天津滨海新区条例》（以下简称《条例》），为滨海新区的发展提供了有力保障。这个法规已施行了12年，情况发生很大变化。",
             ]},
        ]},
    ],
}
