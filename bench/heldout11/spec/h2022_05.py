"""2022年第5期 (text export): a city government's notice printed without a doc number, its two-line title naming
its issuer and quoting a title in 《》 (`天津市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知`), the
enclosed title inside it quoted with 〈〉, signed with issuer and date; the enclosed 任务分工's two-line title after
the signature; plain TOC, `— N —`.

Sources: SOURCES.md rows 2022-05-*.
"""

TITLE = "天津市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知"

ISSUE = {
    "name": "2022-05", "shape": "text", "year": 2022, "issue_no": 5, "total_no": 233,
    "publish_date": "2022-05-31", "page_form": "— {} —", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["天津市人民政府印发关于落实国务院", "《政府工作报告》重点工作任务分工的通知"],
             "title": TITLE, "doc_number": "", "registration_code": None,
             "issuer": "天津市人民政府",
             "addressees": "各区人民政府，市政府各委、办、局",
             "paragraphs": ["现将《关于落实国务院〈政府工作报告〉重点工作的任务分工》印发给你们，望遵照执行。"],
             "signature": ["天津市人民政府", "2022年5月6日"], "signed_date": "2022-05-06",
             "after_signature": ["关于落实国务院《政府工作报告》", "重点工作的任务分工"],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
    ],
}
