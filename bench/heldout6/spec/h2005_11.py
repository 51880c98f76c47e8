"""2005年第11期 (raw two-column): a city 人大's decisions in a report's wording: `X担任Y`, a resignation
request accepted, `副市长X代理…市长职务`; a paper's brief opening `本报综合消息 昨日上午，` (no date named),
reporting a party decision (`X同志任…`) in its last paragraph, its source in brackets; `第N页`.

Sources: SOURCES.md rows 2005-11-*.
"""

DECIDED = "福州市十二届人大常委会第二十八次会议决定"

ISSUE = {
    "name": "2005-11", "shape": "raw", "year": 2005, "issue_no": 11, "total_no": 35,
    "publish_date": None, "page_form": "第{}页", "header": ["2005年第11期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "11月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "郑松岩担任福州市政府副市长；",
             "接受练知轩辞去福州市政府市长职务的请求；",
             "福州市副市长郑松岩代理福州市政府市长职务。",
         ],
         "rows": [
             ("郑松岩", "appoint", "福州市政府副市长", None),
             ("练知轩", "dismiss", "福州市政府市长", None),
             ("郑松岩", "appoint", "福州市政府市长", "代理"),
         ],
         "decided_by": DECIDED},
        {"kind": "news", "heading": "政务简讯", "toc_title": "郑松岩任福州市代市长",
         "items": [
             {"title_lines": ["郑松岩任福州市代市长"], "title": "郑松岩任福州市代市长", "date": None,
              "paragraphs": [
                  "本报综合消息 昨日上午，福州市十二届人大常委会第二十八次会议召开，决定郑松岩代理福州市人民政府市长职务。",
                  "会议审议并通过了福州市政府关于提请郑松岩担任福州市政府副市长的议案；审议并表决通过福州市人大常委会关于接受练知轩辞去福州市政府市长职务请求的决定，并报福州市十二届人大四次会议备案。会议审议并表决通过福州市人大常委会主任会议关于提请郑松岩代理福州市人民政府市长职务的议案，决定福州市副市长郑松岩代理福州市政府市长职务。",
                  "此前一天，福州市召开市委常委会和市四套班子领导干部会议，宣布省委决定：郑松岩同志任福州市委委员、常委、副书记。",
                  "（来源：厦门晚报）",
              ]},
         ]},
    ],
}
