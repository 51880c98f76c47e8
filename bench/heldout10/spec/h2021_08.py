"""2021年第8期 (raw two-column): a city government office's notice (赣市府办字〔2021〕47号) whose three-line title
names its issuer and carries a range of years in brackets with a long dash (`（2021—2025年）`), the enclosed plan's
name with a short one (`（2021-2025）`), signed with the date alone (no issuer line), （此件主动公开）, the enclosed
方案 begun; `- N -`.

Sources: SOURCES.md rows 2021-08-*.
"""

ISSUE = {
    "name": "2021-08", "shape": "raw", "year": 2021, "issue_no": 8, "total_no": 224,
    "publish_date": None, "page_form": "- {} -", "header": ["温州市人民政府公报", "2021年第8期"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["赣州市人民政府办公室关于", "印发赣州市美丽乡镇建设五年行动方案", "（2021—2025年）的通知"],
             "title": "赣州市人民政府办公室关于印发赣州市美丽乡镇建设五年行动方案（2021—2025年）的通知",
             "doc_number": "赣市府办字〔2021〕47号", "registration_code": None, "issuer": "赣州市人民政府办公室",
             "addressees": "各县（市、区）人民政府，市政府有关部门，市属、驻市有关单位",
             "paragraphs": ["经市政府同意，现将《赣州市美丽乡镇建设五年行动方案（2021-2025）》印发给你们，请结合实际，认真抓好贯彻落实。"],
             "signature": ["2021年8月16日"], "signed_date": "2021-08-16",
             "after_signature": [
                 "（此件主动公开）",
                 "赣州市美丽乡镇建设五年行动方案",
                 "为深入贯彻落实省委、省政府高标准打造美丽中国“江西样板”的部署要求，建设美丽乡镇，助力乡村振兴，结合《赣州市乡镇建设三年行动方案（2021-2023年）》要求，特制定本工作方案。",
                 "一、工作目标",
                 "以乡镇（不含城关镇）政府驻地为重点，兼顾周边村庄，将农林垦殖场、工矿区纳入乡镇建设发展统筹考虑、同步推进，实施以“一深化三提升”为主要内容的美丽乡镇建设行动。基础类的乡镇以完成“一深化”为主要目标，补齐与居民生产生活相关的基本功能设施；提升类、示范类在此基础上，进一步完善其他功能设施，全面提高镇区建设水平；示范类要打造一流镇区设施和景观，塑造具有本地特色的城镇风貌，提升镇区综合管理水平。到2023年，全市所有乡镇脏、乱、差的现象基本解决，服务功能持续增强、乡容镇貌大为改观、乡风民风更加文明，居民幸福感、获得感显著增强，全市20个左右的乡镇达到美丽乡镇示范镇要求。到2025年，每个县至少建成2个以上示范类乡镇；全域旅游县辖区内所有乡镇按提升类以上标准建设，示范类乡镇比例不低于30%，全市55个左右的乡镇达到美丽乡镇示范镇要求。",
                 "二、主要任务",
                 "（一）深化乡镇卫生秩序综合整治，实现“环境美”",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
    ],
}
