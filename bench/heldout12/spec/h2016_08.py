"""2016年第8期 (text export): a city government office's notice (南府办〔2016〕40号) on a district boundary, citing
the region's reply (桂政函〔2016〕109号), a long addressee line, three numbered items (`一、` … `三、`), the
source's slip `的的` kept, signed with issuer and date; a provincial office's notice of 2012 (辽政办发〔2012〕53号) whose stored copy ends in its
task list (`（一）`, `1.`, `⑴`, `责任单位：` lines): no signature; plain TOC, `- N -`.

Sources: SOURCES.md rows 2016-08-*.
"""

ISSUE = {
    "name": "2016-08", "shape": "text", "year": 2016, "issue_no": 8, "total_no": 141,
    "publish_date": "2016-08-31", "page_form": "- {} -", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["南宁市人民政府办公厅关于调整市辖江南区", "与良庆区部分行政区域界线的通知"],
             "title": "南宁市人民政府办公厅关于调整市辖江南区与良庆区部分行政区域界线的通知",
             "doc_number": "南府办〔2016〕40号", "registration_code": None,
             "issuer": "南宁市人民政府办公厅",
             "addressees": "各县、区人民政府，市政府各部门，各管委会，市级各双管单位，市直各事业、企业单位",
             "paragraphs": [
                 "根据《广西壮族自治区人民政府关于同意调整南宁市江南区与良庆区部分行政区域界线的批复》（桂政函〔2016〕109号）精神，现就调整市辖江南区与良庆区部分行政区域界线的的有关事项通知如下：",
                 "一、经自治区人民政府批准，南宁市江南区与良庆区在水塘江邕江口至龟背桥段界线部分调整为：以新的水塘江主航道中心线为界，界线北面为江南区，界线南面为良庆区。调整后，江南区与良庆区的界线比原界线缩短了约700米，具体走向为：从青秀区、江南区、良庆区三区边界线交会点（位于水塘江与邕江交会的邕江航道中心）起，向西沿新水塘江、良凤江延伸至龟背桥，其余界线按原界线走向不变。",
                 "二、江南区、良庆区要严格遵守经自治区人民政府批准的《南宁市江南区人民政府与南宁市良庆区人民政府联合勘定的水塘江段行政区域界线补充协议书》的各项规定，共同维护两区边界地区的稳定，促进经济社会持续健康发展。",
                 "三、两城区部分界线调整后，部分原属于良庆区管辖的区域划入江南区管辖。为确保界线周边地区行政事务管理的连续性，两城区人民政府在2016年8月31日前完成变更管辖区域内行政事务管理的移交工作。",
             ],
             "signature": ["南宁市人民政府办公厅", "2016年8月2日"], "signed_date": "2016-08-02",
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["桂政函〔2016〕109号"]},
            {"title_block": ["辽宁省人民政府办公厅关于落实", "东北振兴“十二五”规划任务分工的通知"],
             "title": "辽宁省人民政府办公厅关于落实东北振兴“十二五”规划任务分工的通知",
             "doc_number": "辽政办发〔2012〕53号", "registration_code": None,
             "issuer": "辽宁省人民政府办公厅",
             "addressees": "各市人民政府，省政府各厅委、各直属机构",
             "paragraphs": [
                 "为贯彻落实国家发展改革委印发的《东北振兴“十二五”规划》（以下简称《规划》）涉及我省的各项任务，省政府决定按照职责将《规划》提出的主要目标和任务分工落实到各市、各部门。现就有关事项通知如下：",
                 "一、主要目标和任务分工",
                 "（一）“十二五”时期主要规划指标。",
                 "1.约束性指标。",
                 "⑴九年义务教育巩固率达到97%。",
                 "责任单位：省教育厅。",
                 "⑵耕地保有量保持在6120万亩。",
                 "责任单位：省国土资源厅。",
                 "⑶森林覆盖率提高到42%，森林蓄积量达到3.2亿立方米。",
                 "责任单位：省林业厅。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
    ],
}
