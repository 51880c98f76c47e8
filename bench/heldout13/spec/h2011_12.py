"""2011年第12期 (raw two-column): a prefecture's government meeting as the press reported it, opening `11月25日，`
(no dateline), titled from its first sentence, a cited title with ＜＞ inside 《》 and the reporter in brackets at its
end; `- N -`.

Sources: SOURCES.md rows 2011-12-*.
"""

NEWS = "州长李飞跃主持召开第十二届州人民政府第45次常务会议"

ISSUE = {
    "name": "2011-12", "shape": "raw", "year": 2011, "issue_no": 12, "total_no": 85,
    "publish_date": None, "page_form": "- {} -", "header": ["温州市人民政府公报", "2011年第12期"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2011-11-25",
              "paragraphs": [
                  "11月25日，州长李飞跃主持召开第十二届州人民政府第45次常务会议。会议听取了《2012年政府工作报告》起草提纲汇报，研究并原则通过州人力资源社会保障局、州财政局《关于黔东南州机关事业单位职工参加工伤保险的请示》，州财政局《关于请求州人民政府审定＜州级财政追加支出审批和定期报告预算支出执行进度暂行办法＞的请示》，州安全监管局《关于贵州荣怀投资发展有限公司天柱县金银洞金矿“9•9”较大生产安全事故结案的请示》。",
                  "会议指出，《2012年政府工作报告》有着承前启后的作用，不仅涉及前一届政府的工作，也对下一届政府工作的开展有着极其重要的参考价值，报告要更加贴近民生、民心，要体现工作的连续性和创新性，突出个性，体现跨越。",
                  "州委常委、常务副州长冯仕文、州委常委、副州长黄秋斌、州人大常委会副主任唐斌、副州长刘晓春、陈应勇、州政协副主席刘正华出席会议。州政府党组成员、秘书长、副秘书长，以及州直相关部门负责人参加了会议。（凌忠云）",
              ]},
         ]},
    ],
}
