"""2015年第2期 (raw two-column): a brief of 温州's congress presidium opening `2月9日下午，`, two name lists each
under its own title and an adoption line in brackets (names letter-spaced to three cells: `阎 健`, `赖 颖`;
`（女）` after a name); no rows. `· N ·`.

Sources: SOURCES.md rows 2015-02-*.
"""

TITLE = "市十二届人大五次会议主席团举行第一次会议"

ISSUE = {
    "name": "2015-02", "shape": "raw", "year": 2015, "issue_no": 2, "total_no": 134,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2015年第2期"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2015-02-09",
              "paragraphs": [
                  "2月9日下午，市十二届人大五次会议主席团举行第一次会议。会议以举手表决的方式，推选出陈一新等9人为主席团常务主席。",
                  "会议还通过了各次全体会议执行主席分组名单；决定了大会副秘书长人选；决定议案截止日期为2015年2月11日下午6时整；通过了会议日程；通过了关于议案和决议的表决办法；通过了《温州市第十二届人民代表大会第五次会议选举办法（草案）》，提请市十二届人大五次会议第一次全体会议表决。",
                  "市人大常委会副主任卓高柱主持会议。",
                  "温州市第十二届人民代表大会第五次会议主席团常务主席名单",
                  "（2015年2月9日温州市第十二届人民代表大会第五次会议主席团第一次会议通过）",
                  "陈一新 陈笑华（女） 黄德康 孟建新 卓高柱 王小同 潘孝政 李步鸣 蔡晓真（女）",
                  "温州市第十二届人民代表大会第五次会议副秘书长名单",
                  "（2015年2月9日温州市第十二届人民代表大会第五次会议主席团第一次会议通过）",
                  "蔡晓真（女） 谢树华 阎 健 毛敏秀 赖 颖 施艾珠（女） 徐顺聪",
              ]},
         ]},
    ],
}
