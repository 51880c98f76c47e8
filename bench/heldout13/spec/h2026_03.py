"""2026年第3期 (text export): a city government's notice (宁政发〔2026〕16号) titled `市政府关于印发《…》的通知`, signed
with issuer and date, `（此件公开发布）` and the enclosed 方案's title, first part heading and first two tasks
(`1.`, `2.`, the lead units in brackets) after it; dots TOC, `— N —`.

Sources: SOURCES.md rows 2026-03-*.
"""

ISSUE = {
    "name": "2026-03", "shape": "text", "year": 2026, "issue_no": 3, "total_no": 256,
    "publish_date": "2026-03-31", "page_form": "— {} —", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["市政府关于印发《2026年市政府主要工作", "目标任务分解落实方案》的通知"],
             "title": "市政府关于印发《2026年市政府主要工作目标任务分解落实方案》的通知",
             "doc_number": "宁政发〔2026〕16号", "registration_code": None,
             "issuer": "南京市人民政府",
             "addressees": "各区人民政府，江北新区管委会，市府各委办局，市各直属单位",
             "paragraphs": [
                 "市第十七届人大五次会议审议通过的《政府工作报告》，明确了2026年全市经济社会发展的主要目标、总体要求和重点任务。为切实推动各项部署落地见效，现将《2026年市政府主要工作目标任务分解落实方案》印发给你们。",
                 "请各有关部门和单位高度重视，切实加强组织领导，对照所承担的任务事项，逐项细化实化工作举措，明确时间表、路线图和责任人，确保《政府工作报告》确定的各项目标任务高质量完成。",
             ],
             "signature": ["南京市人民政府", "2026年2月8日"], "signed_date": "2026-02-08",
             "after_signature": [
                 "（此件公开发布）",
                 "2026年市政府主要工作目标任务分解落实方案",
                 "一、聚力挖掘内需潜力，不断巩固拓展经济稳中向好势头",
                 "1.地区生产总值增长5%以上，一般公共预算收入增长1%左右，居民收入增长与经济增长同步。（市发改委、市财政局主办）",
                 "2.优化实施消费品以旧换新政策，办好“四季有约”“四季有味”系列消费促进活动，发挥好有奖发票试点作用，着力稳住汽车、家电、智能终端等重点领域消费。社会消费品零售总额增长4.5%左右。（市商务局、市农业农村局主办，市税务局、市财政局协办）",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
    ],
}
