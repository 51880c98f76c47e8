"""2015年第7期 (raw two-column): a city government office's notice without doc number forwarding a
provincial measure, with a deadline inside its text and a bracketed contact line after the date; a
brief opening with a web dateline and a bracketed byline (`福州新闻网7月2日讯（…）`), its meeting held
`昨日` (no date named); `· N ·`.

Sources: SOURCES.md rows 2015-07-*.
"""

ISSUE = {
    "name": "2015-07", "shape": "raw", "year": 2015, "issue_no": 7, "total_no": 151,
    "publish_date": None, "page_form": "· {} ·", "header": ["2015年第7期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["厦门市人民政府办公厅关于转载福建省依申请公开", "政府信息工作办法的通知"],
             "title": "厦门市人民政府办公厅关于转载福建省依申请公开政府信息工作办法的通知", "doc_number": "",
             "registration_code": None, "issuer": "厦门市人民政府办公厅",
             "addressees": "各区人民政府，市直各委、办、局，各开发区管委会，中央、省属驻厦单位，市信息技术中心",
             "paragraphs": ["省政府办公厅于近日印发《福建省依申请公开政府信息工作办法》，现转发给你们，请认真遵照执行，并于2月17日前，将该《办法》转载到本单位网站“政府信息公开”专栏中的“信息公开制度规定”子目录中。市政府网站也要同时转载。"],
             "signature": ["厦门市人民政府办公厅", "2015年2月16日"], "signed_date": "2015-02-16",
             "after_signature": ["（联系人：蔡樱军 电话：2381988、13860131397）"],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": "福建省福州市政府市政协领导联席会议召开",
         "items": [
             {"title_lines": ["福建省福州市政府市政协领导联席会议召开"], "title": "福建省福州市政府市政协领导联席会议召开",
              "date": None,
              "paragraphs": [
                  "福州新闻网7月2日讯（福州日报记者 朱毓松）市政府市政协领导联席会议昨日召开，市政府市长杨益民、市政协主席周宏出席会议并讲话。",
                  "杨益民指出，当前，福州发展机遇与挑战并存，机遇大于挑战。各级政府和政府各部门将紧紧抓住面临的千载难逢的历史机遇，主动攻坚克难，努力推动福州科学发展跨越发展。希望市政协和各民主党派、工商联继续发挥政治协商、民主监督、参政议政三大职能，更加积极地出谋献策、助力招商引资、开展民主监督，一如既往地帮助、支持市政府工作。他表示，市政府将主动加强与市政协的沟通联系，着力为政协工作开展创造更加良好的条件和环境。",
                  "周宏强调，今年初以来，在市委的领导和市政府的支持下，市政协各项履职有序有效地推进，市政协委员的主体作用得到了较好的发挥。他表示，市政协将继续全力支持市政府各项工作，切实开展好履职活动、组织好建言献策、服务好中心工作。他希望市政府继续支持政协工作，支持委员履职成果的吸收转化，共同推动福州加快发展。",
                  "市委常委、副市长姜波，市政协副主席范美先分别通报了市政府、市政协上半年主要工作。副市长严可仕、林飞，市政协副主席雷成才、张献勇、王长鹰、郑新清、林绍彬参加会议。",
              ]},
         ]},
    ],
}
