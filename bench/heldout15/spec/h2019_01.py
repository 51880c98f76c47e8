"""2019年第1期 (raw two-column): two papers of a provincial 人大 as its gazette's site prints them, neither with number,
signature or date line: a committee's 审查报告 (`关于李静等同志职务任免的审查报告`) with the committee's name on the line
under its title, addressed to the 常委会, its parts `一、关于…` naming a resignation, an acting president and a list of
appointments (a report to the meeting: no rows); a 说明 under its title with the occasion line and its dash
(`——2019年1月13日在…预备会议上`), the speaker line (post, a space, name) and `各位代表：` as its first body lines, four
numbered parts listing names joined by 、; bare page numbers.

Sources: SOURCES.md rows 2019-01-*.
"""

ISSUE = {
    "name": "2019-01", "shape": "raw", "year": 2019, "issue_no": 1, "total_no": 170,
    "publish_date": None, "page_form": "{}", "header": ["温州市人民政府公报", "2019年第1期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["关于李静等同志职务任免的审查报告", "省人大常委会人事任免工作委员会"],
             "title": "关于李静等同志职务任免的审查报告",
             "doc_number": "", "registration_code": None,
             "issuer": "省人大常委会人事任免工作委员会",
             "addressees": "湖北省人民代表大会常务委员会",
             "paragraphs": [
                 "根据《湖北省各级人民代表大会常务委员会人事任免工作条例》的规定，省人大常委会人事任免工作委员会组织有关拟任人员进行了任前法律知识考试，1月2日召开会议，对李静等同志职务任免的相关事项进行了审查。现将审查情况报告如下：",
                 "一、关于李静同志的辞职请求",
                 "根据省委关于有关同志职务调整的通知和省委组织部代表省委所作的说明，委员会审查认为，李静同志请求辞去湖北省高级人民法院院长职务，是因工作变动而提出，符合法律法规的有关规定，委员会同意提请省十三届人大常委会第七次会议审议决定。",
                 "二、关于游劝荣同志为湖北省高级人民法院副院长、代理院长的提名",
                 "根据省委关于有关同志职务调整的通知和省委组织部代表省委所作的说明，委员会审查认为，游劝荣同志政治素养好，立场坚定。认真学习贯彻习近平新时代中国特色社会主义思想，自觉增强“四个意识”，始终坚定“四个自信”，坚决做到“两个维护“。长期从事立法、司法工作，熟悉业务，组织领导能力比较强。工作思路清晰，重点突出，抓落实力度大。作风务实，严谨细致，工作有热情。为人正派，性格直爽，关心群众。要求自己比较严格。提名游劝荣同志为湖北省高级人民法院副院长、代理院长是根据省委的建议，因为工作需要而提出，符合法律法规的有关规定，委员会同意提请省十三届人大常委会第七次会议审议决定。",
                 "三、关于肖菊华等同志的任职",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
            {"title_block": ["关于湖北省第十三届人民代表大会第二次会议", "主席团和秘书长名单（草案）的说明"],
             "title": "关于湖北省第十三届人民代表大会第二次会议主席团和秘书长名单（草案）的说明",
             "doc_number": "", "registration_code": None, "issuer": None, "addressees": None,
             "paragraphs": [
                 "——2019年1月13日在湖北省第十三届人民代表大会第二次会议预备会议上",
                 "省人大常委会副主任 王玲",
                 "各位代表：",
                 "湖北省第十三届人民代表大会第二次会议主席团和秘书长名单（草案），经省十三届人大常委会第七次会议审议通过，提请本次大会预备会议选举。这个名单（草案）是在湖北省第十三届人民代表大会第一次会议主席团和秘书长名单的基础上，根据实际情况，作了适当调整后提出的。具体调整情况如下：",
                 "一、根据《湖北省人民代表大会议事规则》第十一条第二款规定：“除每届省人民代表大会第一次会议外，省人民政府组成人员、省高级人民法院和省人民检察院的负责人一般不担任主席团成员职务”。据此，王晓东、黄楚平、曹广晶、曾欣、万勇、陈安丽、杨云彦、王晋等八名同志不再参加本次会议主席团。",
                 "二、罗清泉、宋育英、苏晓云、侯长安、张岱梨、尹汉宁等六名同志已不再担任领导职务，建议他们不参加本次会议主席团。",
                 "三、根据工作需要，建议马国强、王瑞连、徐立全、王亚平、肖菊华、李述永、胡水华、杨超等八名同志参加本次会议主席团。因工作变动，陈一新、于绍良、童道驰、李静、朱毅、柳望春等六名同志不再参加大会主席团。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
    ],
}
