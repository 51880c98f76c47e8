"""Documents: title blocks, addressees, signatures, attachments, amendments, policy interpretations."""

import re

from issues.parser.regexes.pieces import CJK, DIGIT, YEAR

# ---------------------------------------------------------------------------------------------
# Title blocks (issues/parser/title_block.py, raw_title_blocks.py)
# ---------------------------------------------------------------------------------------------
# The issuer line of a title block: "温州市人民政府" · "温州市人民政府办公室" · "温州市公安局 温州市农业农村局"
# · a prefecture's administration (a 盟's or a 地区's, the province's agency): "阿里地区行政公署"
# · a joint document's several issuers, one space apart: "财政部 发展改革委 人民银行" (财金〔2015〕57号, as 国办发〔2015〕42号
# encloses it) · a unit of a department, signing its own notice: "毕节市住房公积金管理中心" · "北京市水文总站"
# · a government and its court side by side (金昌, a joint 实施意见 of 2022): "金昌市人民政府　金昌市中级人民法院"
# · a national administration named 署 among ministries (教体艺〔2018〕3号, signed two a line): "国家新闻出版署 国家广播电视总局"
# (never "…工作部署", a title's words)
_ISSUER_BODY = "(?:人民政府办公室|人民政府|行政公署|办公室|委员会|管委会|银行|中心|人民法院|人民检察院|局|委|厅|部|站|(?<!部)署)"
ISSUER_LINE = re.compile(rf"^[{CJK}]{{2,20}}?{_ISSUER_BODY}(?:\s{{1,4}}[{CJK}]{{2,20}}?{_ISSUER_BODY}){{0,5}}$")
# The end of a title's issuer part: "温州市人民政府办公室" · "温州市公安局" · "温州市农业农村局" · "住房和城乡建设部城市建设司"
# · a police or fire unit: "汕尾市公安局交通警察支队" · "…交通警察大队" · a bank: "人民银行" · a department's unit: "北京市水文总站"
# · a unit known by two names, the second bracketed: "宜昌市公共资源交易中心（宜昌市政府采购中心）" · a school: "中共宜昌市委党校"
ISSUER_END = re.compile(
    r"(?:局|委|会|府|院|室|办|厅|部|司|处|所|队|署|站|校|中心|集团|公司|银行|政府|委员会|管委会)(?:[（(][^（）()]{2,20}[）)])?$"
)
# The level of the government a title names as its issuer, which tells the column a document without one of the
# city's own numbers is printed in: "宿迁市人民政府关于印发…" · "浙江省人民政府办公厅关于命名…" · "永嘉县人民政府关于…"
# (a prefecture's administration is a city's level: "阿里地区行政公署关于印发…" · "锡林郭勒盟行政公署")
# · the government after the party committee it issues a joint document with, one space apart (广州, worded for the test from
# 穗府〔2011〕15号's title): "中共广州市委 广州市人民政府关于进一步加强招商引资…的指导意见" · "中共广州市委办公厅 广州市人民政府办公厅关于…"
_GOVERNMENT = (rf"^(?:中共[{CJK}]{{1,12}}?[省市县区]?委(?:办公厅|办公室)?[ \u3000]+)?[{CJK}]{{1,12}}?"
               r"(?:(?P<level>省|自治区|市|县|区)人民政府|(?:盟|地区)行政公署)(?P<office>办公厅|办公室)?")
ISSUING_GOVERNMENT = re.compile(rf"{_GOVERNMENT}(?:关于|批转|转发|印发)")
# The same government named alone, as a document's issuer (from its signature when its title names none):
# "东莞市人民政府办公室" · "阿里地区行政公署" · "某市某区人民政府"
GOVERNMENT_ISSUER = re.compile(rf"{_GOVERNMENT}$")
# The same told by a doc number's prefix: "宿政发" · "延政发" (a government) · "沧政办字" · "余府办发" (its office) ·
# "浙政办发" (the province: 浙) · "国发" · "国办发" (the State Council) · a normative document's series (广州, cited by
# 增府办规〔2020〕6号): "穗府规〔2017〕6号" (the government's) · "穗府办规〔2019〕5号" (its office's)
GOVERNMENT_PREFIX = re.compile(rf"^(?:(?P<place>[{CJK}]{{1,3}}?)(?:政|府)|(?P<state>国))(?P<office>办)?(?:发|函|字|规|明电)?$")
# A government's office, named as one signer: "北京市人民政府办公厅" -> "北京市人民政府" · "温州市人民政府办公室"
GOVERNMENT_OFFICE_OF = re.compile(rf"^(?P<government>[{CJK}]{{1,12}}?(?:人民政府|行政公署))(?:办公厅|办公室)$")
# The place a government's rule (规章) names first in its title, whose government issues it by an order:
# "鞍山市行政复议程序规定" -> "鞍山市" · "内蒙古自治区村庄和集镇规划建设管理实施办法" -> "内蒙古自治区"
RULE_PLACE = re.compile(rf"^(?P<place>[{CJK}]{{2,10}}?(?:省|自治区|市|县|区|自治州|盟))")
# An order's issuer printed without its place: "政府令〔1994〕第16号" · "市人民政府令第7号" (the title names the place)
PLACELESS_GOVERNMENT = re.compile(r"^(?:省|市|县|区)?(?:人民)?政府$")
# A title's issuer named without its place, a government or its office: "市政府" (上海 沪府发〔2009〕25号: "市政府贯彻国务院关于…的
# 实施意见") · "市人民政府办公厅" · "省政府办公厅" · "县人民政府办公室": which government only a signature or the page's masthead says
PLACELESS_ISSUER = re.compile(r"^(?:省|市|县|区)(?:人民)?政府(?:办公厅|办公室)?$")
# The word after a title's issuer: "温州市人民政府关于…" · "北京市财政局、北京市水利局转发财政部…" · "上海市人民政府印发《…》"
# · a title opening 贯彻 without 关于: "市政府贯彻国务院关于推进上海…意见的实施意见" (沪府发〔2009〕25号)
_TITLE_VERB = "关于|转发|批转|印发|贯彻"
ISSUER_VERB = re.compile(_TITLE_VERB)
# A title that names its issuer without 关于, a rule or a plan of that body itself, whole on its line, over its
# doc number: "陇南市人民政府工作规则" · "温州市人民政府办公室工作规则" (not the gazette's name "温州市人民政府公报")
ISSUER_NAMED_TITLE = re.compile(
    rf"^(?P<issuer>[{CJK}]{{2,20}}?(?:人民政府办公厅|人民政府办公室|人民政府))(?!关于|批转|转发|印发|公报)"
    rf"[{CJK}（）()《》]{{0,28}}(?:规则|办法|规定|细则|方案|计划|要点|纲要)$"
)
# The first title line of a title block: "关于打造千万级常住人口城市的若干意见"
TITLE_START = re.compile(r"^关于\S")
# The first title line under an issuer's line, a title that is a 印发/转发/批转 notice without 关于:
# "关于…的通知" · "印发《关于本市加强政务诚信建设的实施意见》的通知" (under "上海市人民政府", 沪府发〔2017〕92号) ·
# "转发市财政局关于…的通知"; joint issuers' lines ("中共某市委办公室 某市人民政府办公室") print the same shape
# · "贯彻国务院关于…意见的实施意见" (under "上海市人民政府": 沪府发〔2009〕25号's title as GB/T 9704 sets it)
TITLE_START_UNDER_ISSUER = re.compile(rf"^(?:{_TITLE_VERB})\S")
# The whole title of a rule printed on its own, with neither number nor issuer line:
# "禄丰市人民政府常务会议议事规则" · "湖南省实施《中华人民共和国消防法》办法" · "某某市城乡医疗救助暂行办法（试行）"
RULE_TITLE = re.compile(rf"^[{CJK}0-9《》〈〉（）()、]{{4,40}}(?:规定|办法|规则|细则|条例)(?:[（(]试行[）)])?$")
# The sentence of an order publishing its rule, which names it first: "《内蒙古自治区村庄和集镇规划建设管理实施办法》已经自治区
# 人民政府1997年第六次常务会议通过，现予发布施行。"
ORDER_PROMULGATION = re.compile(r"^《(?P<title>[^《》]{4,60})》(?:已经|已由|经)")
# The first line of a rule's text: its first chapter or first article ("第一章 总 则" · "第一条 为推进…")
RULE_OPENING = re.compile(r"^第[一1]\s?[章条]")
# The heading of a rule's contents, a list of its chapters between its passage line and its text: "目　　录" · "目录"
RULE_CONTENTS = re.compile(r"^目\s*录$")
# The same heading set letter-spaced, as a heading is (never the word wrapped at a column line's end: "…行政规范性文件" + "目录"):
# "目　　录" · "目 录"
SPACED_CONTENTS_HEADING = re.compile(r"^目\s+录$")
# An entry of a plan's own contents, or a numbered heading of its text, printed short whatever the page's layout: "1 总则" ·
# "1.1 编制目的" · "3.1.1 预防" · "4.1.10 信息发布与舆情应对" (its number may end in a point, its heading follow it unspaced,
# a heading open with 日 after a point: 日常…); never a figure with its unit ("2.4万元") nor a chronicle's day ("1 日", "15日上午")
CONTENTS_ENTRY = re.compile(
    r"^(?:[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}[.．]?\s?(?![万亿千百元个倍吨亩人户家项次])|[0-9]{1,2}[.．]\s?|[0-9]{1,2}\s(?![日月年时]))"
    r"[^\s0-9.．，。；：,;:%％]{2,20}$"
)
# A rule's passage line between its title and its text, whole ("（2001年4月29日包头市第十一届人民代表大会第四次会议
# 通过　2001年6月3日内蒙古自治区第九届人民代表大会常务委员会第二十三次会议批准）"), a government's rule by the order that
# published it ("（1991年3月26日济南市人民政府令19号发布）"), and its first column line
RULE_PASSAGE = re.compile(r"^[（(]\s?(?:19|20)\d{2}\s?年[^（）()]{4,200}(?:通过|批准|公布|发布)[^（）()]{0,40}[）)]$")
# The same after a dash under a plan's or a resolution's title: "——2021年2月1日安徽省第十三届人民代表大会第四次会议通过" ·
# "——2022年1月20日太原市第十六届人民代表大会第二次会议批准"
DASH_PASSAGE = re.compile(r"^(?:——|—|－－)\s?(?:19|20)\d{2}\s?年[^，。；（）()]{4,120}(?:通过|批准|公布|发布)$")
RULE_PASSAGE_START = re.compile(r"^[（(]\s?(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月")
# The column line that ends a rule's passage line: its closing bracket ("会常务委员会第二十九次会议批准）"), never the '；'
# between its stages ("表大会常务委员会第十一次会议通过；" + "2001年12月3日广东省第九届人民代表大" + …), or a sentence's end
PASSAGE_CLOSED = re.compile(r"[）)。]$")
# The last title line of a title block: "实施意见" · "文件清理结果的决定" · "发展实施方案的通知" · the other kinds of
# 公文 (党政机关公文处理工作条例): "…予以表扬激励的通报" · "…的决议" · "…的请示" · "会议纪要" (not 公报: the gazette's name)
# · a notice put up for objections (贵州省功勋荣誉表彰工作领导小组办公室 2025-04-14): "关于市（州）、县（市、区）2025年度拟开展
# 评比表彰项目初审情况的公示"
TITLE_END = re.compile(
    r"(?:通知|通报|意见|决定|决议|办法|方案|规定|通告|公告|公示|批复|命令|细则|规则|要点|计划|报告|请示|纲要|纪要|函)"
    r"(?:[（(]试行[）)])?$"
)
# A '关于…' title closed by its kind after 的, ending its paragraph even on a full column line (issues/parser/columns.py):
# "关于《厦门经济特区社会信用条例（草案修" + "改二稿征求意见稿）》公开征求意见的公告" (not a 转发 title whose inner title's end may end a line:
# "关于转发市财政局关于…的通知" + "的通知")
CLOSED_TITLE_END = re.compile(r"的(?:通知|公告|通告|公示|决定|批复|通报|意见|报告|请示|函)$")
# The tail of a title a column wrapped right after its enclosed rule's kind, on a line of its own: "的通知" (under
# "印发梅州市社会养老保险市级统筹实施办法", 梅市府〔2004〕18号) · "》的通知" · the rule's period before it (晋政发〔2018〕13号's
# "…增收的实施方案" over "（2018—2020年）的通知", the period written for the test) · "（试行）》的通知"
TITLE_TAIL_LINE = re.compile(r"^(?:[（(][^（）()]{2,16}[）)])?》?的(?:通知|决定|批复|意见|通告|公告|公示)$")
NESTED_TITLE = re.compile(r"(?:转发|批转|印发).*关于")
# A title quoted in a sentence, 〈〉 inside it: "《广东省人民政府办公厅转发…指导意见的通知》" (forwarded.py reads the sentence without it)
QUOTED_TITLE = re.compile(r"《[^《》]{1,200}》")
# A 转发 notice's sentence passing a numbered document on, the quoted title taken out: "现将…(粤府办[2015]22号)转发给你们" ·
# "现将…（国办发〔2010〕8号）批转给你们" · "…转给你们"
FORWARDING = re.compile(r"转发|批转|转给")
# The enclosed document named by a cover notice: "关于印发温州市突发事件应急预案管理办法的通知"
ENCLOSED_TITLE = re.compile(r"^关于(?:印发|转发)(?P<enclosed>\S{2,80}?)的通知$")
# A title line that names its own issuer, as other gazettes and unnumbered notices print it:
# "清远市人民政府关于印发《清远市人民政府工作规则》的通知" ·
# "上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知" · a ministry's: "财政部关于印发《中央预算内基建投资项目前期"
# (财建〔2006〕689号, its title wrapped inside the enclosed title's brackets)
# · a government named short, as Shanghai's and Nanjing's titles print it: "市政府贯彻国务院关于…意见的实施意见" (沪府发〔2009〕25号)
# · "南京市政府关于分解落实《…纲要》主要目标和任务的通知" (宁政发〔2006〕275号)
# · a department's unit: "毕节市住房公积金管理中心关于调整毕节市2020年度住房公积金月缴存额上、下限标准的通知"
# · the line broken right after its verb, as GB/T 9704 breaks a title by its sense (晋政发〔2018〕13号): "山西省人民政府关于"
# over "印发…的通知" · joint issuers joined by 「、」 (上海 沪交道运〔2023〕328号): "上海市交通委员会、上海市公安局关于71路中运量…的通告"
# · the first of a joint notice's issuers and their number, as the ministries title one (教体艺〔2018〕3号):
# "教育部等八部门关于印发《综合防控儿童青少年近视实施方案》的通知"
_TITLE_ISSUER = rf"[{CJK}]{{2,30}}?(?:人民政府办公厅|人民政府办公室|人民政府|行政公署|办公厅|办公室|委员会|管委会|中心|局|委|厅|部|站)"
_AND_OTHERS = r"等[一二三四五六七八九十\d]{0,3}个?部门"
ISSUER_TITLE_LINE = re.compile(
    rf"^(?:(?:{_TITLE_ISSUER}、){{0,5}}{_TITLE_ISSUER}(?:{_AND_OTHERS})?"
    rf"|[{CJK}]{{0,10}}?[省市县区]政府(?:办公厅|办公室)?|国务院)(?:{_TITLE_VERB})\S{{0,120}}$"
)
# A title's second line that is its subtitle, printed under it without a dash: a bracket alone ("（2021年修订）" · "（试行）"
# · "（2021—2025年）"), not a date printed under a title ("（2021年9月22日）": TITLE_DATE_LINE) nor a rule's passage line
DOCUMENT_SUBTITLE = re.compile(r"^[（(][^（）()。；;，,：:]{1,24}[）)]$")
# A people's congress's resolution or decision printed without number, issuer line or signature, the body that adopted it
# named in its title (its passage line under it): "全国人民代表大会常务委员会关于批准2021年中央决算的决议" ·
# "新乡市第十三届人民代表大会第三次会议关于政府工作报告的决议"
# · the session that adopted it first: "第十三届全国人民代表大会第四次会议关于2020年中央和地方预算执行情况与2021年中央和地方预算的决议"
_RESOLUTION_BODY = rf"[{CJK}0-9]{{2,40}}?(?:人民代表大会|人大)[{CJK}0-9]{{0,20}}?"
RESOLUTION_TITLE = re.compile(rf"^{_RESOLUTION_BODY}关于\S{{2,80}}的(?:决议|决定)$")
# Its first line, as a frame wraps it: "第十三届全国人民代表大会第四次会议关于2020年中央和地方预算执行"
RESOLUTION_TITLE_START = re.compile(rf"^{_RESOLUTION_BODY}关于")
# A resolution's title that names the session adopting it, not its issuer: the congress is the place and the congress named
# without the session ("第十三届全国人民代表大会第四次会议关于…的决议" → 全国人民代表大会 · "深圳市第三届人民代表大会常务委员会第十一次
# 会议关于…" → 深圳市人民代表大会常务委员会)
RESOLUTION_SESSION = re.compile(
    rf"^(?P<place>[{CJK}]{{0,20}}?)第[一二三四五六七八九十百〇零\d]{{1,4}}届(?P<congress>[{CJK}]{{0,6}}?人民代表大会(?:常务委员会)?)"
    r"第[一二三四五六七八九十百〇零\d]{1,4}次(?:全体)?会议关于"
)
# A rule's or a resolution's title on a body's line after the signature, alone or run on into its passage line (a raw
# column glues them): "深圳市人民代表大会常务委员会听证条例" · "深圳市人民代表大会常务委员会听证条例（2001年10月17日深圳市第三届
# 人民代表大会…" · "…关于批准2021年中央决算的决议" (a cover notice's enclosure, named by it, is no such line)
RULE_TITLE_AHEAD = re.compile(
    rf"^(?P<title>[{CJK}0-9《》〈〉、]{{4,60}}?(?:条例|规定|办法|规则|细则|决议))(?:[（(](?:试行[）)]|(?:19|20)\d{{2}}\s?年.*))?$"
)
# A title with no doc number that needs no addressees to be a document's head: "…的通告" · "…的公告" · "…初审情况的公示"
UNADDRESSED_TITLE_END = re.compile(r"(?:通告|公告|公示)$")
# A '关于…的通知' title a text export ran on into the first sentence under it (a title printed with neither number nor
# addressees): "关于下达2021年城乡义务教育公用经费补助资金的通知根据市财政局《…》文件精神，…" (乐昌市教育局, 2021)
TITLE_RUN_ON = re.compile(r"^(?P<title>关于[^。，；：:、“”《》\s]{2,60}?的(?:通知|通告|公告|公示|决定|意见))(?=[^。，；：:）)])")
# A notice titled by its kind alone, letter-spaced or not (its issuer only in its signature): "公　告" (科左中旗公安局交警大队,
# 2016) · "通告"
KIND_ALONE_TITLE = re.compile(r"^(?:通告|公告)$")
# A title without number that heads a personnel decision, read with the appointments, not as a document:
# "关于接受张三辞去温州市人民政府副市长职务的决定" · "关于李四同志任职的通知"
PERSONNEL_TITLE = re.compile(r"^\S{0,40}(?:任免|任职|免职|辞去|辞职|任命)\S{0,40}$")
# What an interpretation's title says it is after the explained document's name: "…》政策解读" · "…》解读" · "…》起草说明" (a
# draft's drafting note: "《关于深化会计人员职称制度改革的指导意见（征求意见稿）》起草说明", 财政部 2019) · "…》的说明" · "…》的解读"
# (not compiled on its own; "关于《…（草案）》的说明" is a paper a congress hears, HEARD_TITLE: 的说明 without 关于 only here)
_INTERPRETATION_WORD = r"(?:政策解读|解读|起草说明|编制说明|修订说明|的说明|的解读)"
# A policy interpretation's title, whole or its two printed halves:
# "《关于鼓励社会力量投资建设与运营体育场所的意见》政策解读" · "《关于鼓励社会力量投资建设与运营" + "体育场所的意见》政策解读"
# · 关于 before the name (国家税务总局): "关于《个人所得税综合所得汇算清缴管理办法》的解读" · a picture's (上海临港 2018-01-10):
# "一图读懂《上海市临港地区领军型人才直接贡献奖励实施细则》" · "图解：《…》"
INTERPRETATION_TITLE = re.compile(
    rf"^《[^》]{{2,80}}》\s?{_INTERPRETATION_WORD}$|^关于《[^》]{{2,80}}》\s?的?解读$|^(?:图解\s?[:：]|一图读懂)\s?\S{{2,80}}$"
)
INTERPRETATION_TITLE_HEAD = re.compile(r"^《[^》]{2,40}$")
INTERPRETATION_TITLE_TAIL = re.compile(rf"^[^《]{{1,40}}》\s?{_INTERPRETATION_WORD}$")

# ---------------------------------------------------------------------------------------------
# Addressees, signature, attachments (issues/parser/documents.py)
# ---------------------------------------------------------------------------------------------
# An addressee line, the first line of a document: "各县（市、区）人民政府，市政府直属各单位："
ADDRESSEE_LINE = re.compile(r"^各\S{1,40}(?:人民政府|单位|部门|机构|委员会|管委会)[：:]$")
# Addressees end with a colon and are a list of bodies, not a sentence:
# "各县（市、区）人民政府，市政府直属各单位：" (a 通告 opening "根据…通告如下：" is not)
ADDRESSEES_LINE = re.compile(r"^(?P<addressees>[^。；;：:《》]{2,100})[：:]$")
ADDRESSEES_NOT = re.compile(r"如下|根据|按照|为了|^为|^经|^现|^对|^在|决定|会议|任命|免去")
# Addressees a layout step may take for a document's start in a page's columns name several bodies:
# "各县（市、区）人民政府，市政府直属各单位" · "市级各有关单位" · "各义务教育学校" (not "市人民政府决定")
ADDRESSEES_SEVERAL = re.compile(r"各|有关")
# The one body a 批复 or 函 answers, run on into its body as the layout joined its short line (国函〔2010〕55号, 国务院 to 北京):
# "北京市人民政府" in "北京市人民政府:你市《关于调整首都功能核心区行政区划的请示》…收悉"
ADDRESSEE_ONE_BODY = re.compile(rf"^[{CJK}（）()]{{2,30}}?(?:人民政府|办公厅|办公室|委员会|管委会|局|厅|部|委)$")
# The kinds of document answering one body, so addressed to it alone: "…的批复" · "…的函" · "…的复函"
ANSWER_TITLE_END = re.compile(r"(?:批复|函)$")
# What no list of addressees holds, read into one from the page beside it: a numbered heading of an enclosed plan's contents
# (written for the test under 沪府发〔2017〕92号's addressees, as a raw column glues a contents line into them): "各区人民政府，市政府各
# 委、2.2现场应急救援指挥部组成与职责办、局" · a sentence's end or a colon inside · an article's number ("第三条")
ADDRESSEES_INTRUDER = re.compile(r"\d\s?[.．]\s?\d|[。：:？！]|第[一二三四五六七八九十\d]{1,3}[条章节]")
# The addressees opening a line, in a raw extraction maybe run on into the body:
# "各县（市、区）人民政府，市政府各部门、各直属机构：新修订的《清远市人民政府工作规则》已经…"
ADDRESSEES_START = re.compile(r"^[^。；;：:《》“”]{2,60}?[：:]")
# A signer line above the date: "温州市人民政府办公室" · "温州市公安局" · "市长 姚高员" (no punctuation, short)
SIGNER_LINE = re.compile(rf"^[{CJK}（）()·]{{2,30}}(?:\s[{CJK}]{{2,4}})?$")
# The seal's note a text extraction keeps where a signature was sealed, on its own line or after the issuer: "（盖章）" ·
# "常州市人民政府（盖章）" (a signature laid out so for a row of tests/test_read_documents.py; 盖章/印章/公章 as forms print it)
SEAL_NOTE = re.compile(r"[（(]\s?(?:盖\s?章|印\s?章|公\s?章)\s?[）)]$")
# A unit's name a signature wraps under its office's, no place of its own: "交警大队" (under "科左中旗公安局") · "城市建设司"
# (under "中华人民共和国住房和城乡建设部", 建城综函〔2011〕18号)
WRAPPED_UNIT = re.compile(rf"^[{CJK}]{{1,6}}(?:大队|支队|中队|司|处|科|站|所|中心)$")
# The last word of an office's name a narrow column wrapped onto a line of its own in a joint signature, a signer's end but
# no name alone: "总局" (under "国家市场监督管理", 教体艺〔2018〕3号's signers one a line) · "委员会" · "办公厅" · "总署"
WRAPPED_NAME_END = re.compile(r"^(?:总局|总署|委员会|办公厅|办公室)$")
# A name that holds a place: "科左中旗公安局" · "温州市财政局" · "中华人民共和国住房和城乡建设部" (not "财政部", "发展改革委")
PLACE_NAMED = re.compile(r"[省市县区旗州盟]|自治|中华人民共和国")
# An issuer and its date printed on one line, a space or more between them: "科左中旗公安局交警大队　2016年5月1日" ·
# "常州市人民政府　二〇二四年十二月二十日" (the date read in digits first: issues/parser/dates.py)
SIGNED_LINE = re.compile(rf"^(?P<signer>[{CJK}（）()]{{2,30}}?)[ \u3000]+(?P<date>{YEAR}\s?年\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日)$")
# A head of government signing an order by the signature seal (GB/T 9704—2012 §7.3.5.3: the title printed left of the
# seal, which a text extraction drops): the title alone, "省长" · "自治区主席", or the name glued on, "自治区主席乌力吉" ·
# "总理李鹏" (国务院令第227号 as a law site prints it)
HEAD_SIGNER_LINE = re.compile(rf"^(?:代理?)?(?:(?:省|市|县|区|州)长|(?:自治区)?主席|总理)(?:[{CJK}]{{2,4}})?$")
# A signer's title letter-spaced or followed by a colon, then the name: "市  长  刘大群" · "代 市 长 张三" · "市长:董伟"
SPACED_SIGNER_LINE = re.compile(rf"^[{CJK}](?:[ \u3000]*[{CJK}]){{1,3}}(?:[ \u3000]+|[：:][ \u3000]?)[{CJK}]{{2,4}}$")
# The date printed in brackets under a title instead of a signature (a decision or opinion of the Party and the
# government, as Xinhua and gazettes print one): "（2021年9月22日）" · "（二○○六年五月二十二日）"
TITLE_DATE_LINE = re.compile(r"^[（(]\s?(?P<date>[^（）()]{6,20}?)\s?[）)]$")
# What a document prints under its signature's date: "（此件公开发布）" · "(此件主动公开)" · "抄送：省物价局，…"
AFTER_SIGNATURE = re.compile(r"^(?:[（(][^（）()]{2,20}[）)]|抄送[：:]|印发[：:])")
# The 版记's printing line, a document's last (GB/T 9704—2012 §7.4.3: the office that printed it, the day, 印发; its sample
# "XXXXXXXX 2012年7月1日印发"), read with its date in digits: "国务院办公厅 2012年7月1日印发" · "北京市人民政府办公厅2012年7月1日印发"
# (the office's name ends as an office's does, 科 and 处 of a 秘书科 or 秘书处 too: no sentence a column cut there)
IMPRINT_LINE = re.compile(rf"^[{CJK}（）()]{{1,38}}?(?:局|委|会|府|院|室|办|厅|部|司|处|科|所|署|站|中心)[ \u3000]*"
                          rf"{YEAR}\s?年\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日\s?印发$")
# A piece of it a column or a page cut, the one ending it: "7月1日印发" · "日印发" · "发" alone (searched on a line's end)
IMPRINT_END = re.compile(r"(?:印|^)发$")
# That piece left alone, its office and year elsewhere in the body (read with its date in digits): "7月1日印发" · "1日印发"
IMPRINT_TAIL = re.compile(r"^(?:\d{1,2}\s?月\s?)?\d{1,2}\s?日\s?印发$")
# A list of attachments: "附件：温州市第六批…名单" · "附件:1.断面重点控制范围划分情况" · the label alone on its line, the
# titles under it (上海 沪环土〔2026〕88号, 沪市监标技〔2023〕261号): "附件：" over "1.上海市建设用地土壤污染风险管控和修复名录…"
ATTACHMENT_LIST = re.compile(r"^附\s?件\s?[：:]\s?(?P<rest>\S.*)?$")
# A numbered item of an attachment list: "2.重点片区、流域治理清单"
ATTACHMENT_ITEM = re.compile(rf"^{DIGIT}{{1,2}}\s?[.．、]\s?(?P<title>\S.*)$")
# The heading of one attachment, alone on its line: "附件" · "附件1" · "附件 4"
ATTACHMENT_HEADING = re.compile(rf"^附\s?件\s?{DIGIT}{{0,2}}$")
# A labelled list item, one per line: "鹿城区：滨江街道、南汇街道、丰门街道" · "组 长：姚高员" (not "答：…")
LABELLED_ITEM = re.compile(r"^(?![问答][：:])[^，、。：:；]{1,12}[：:]\S")
# A repeal: "（温政发〔2012〕67号）同时废止" · "…等文件同时废止" · "予以废止"
REPEAL = re.compile(r"(?:同时|予以|一并|决定)?废止")

# ---------------------------------------------------------------------------------------------
# Amendments (issues/parser/amendments.py)
# ---------------------------------------------------------------------------------------------
# A title that amends a rule it names: "温州市人民政府关于修改《温州市区经济适用住房管理办法》的决定"
# · "温州市市场监督管理局关于修订《温州市药品零售（连锁）经营许可实施细则》部分条款的通知" · "关于修改〈温州市…〉的决定"
AMENDING_TITLE = re.compile(r"关于(?:修改|修订|修正)(?P<named>[《〈<].{1,160}?)的(?:决定|通知|公告)$")
# A clause that amends what it names: "现将《…细则》（温市监〔2015〕52号）部分条款予以修订" · "决定对《…办法》作如下修改"
# · "《温州市…办法》第十条修改为" · "对市政府令第143号进行修订" · "对原《…办法》有关内容作了相应修订"
# · "在《甘肃省农村能源建设管理条例》第七条中增加一项" (not "新修订的《…》", not "修改完善", not "删除第三款")
AMENDING_CLAUSE = re.compile(
    r"(?:予以|进行|作出?|做出?)了?(?:如下|以下|相应)?(?:修改|修订|修正)|(?:修改|修订|修正)(?:如下|为)"
    r"|条(?:第[一二三四五六七八九十]{1,3}[款项])?[中后]?(?:增加|增写|删去|删除)"
)
# The rule a cover notice issues: "温州市人民政府办公室关于印发温州市市长质量奖评审管理办法（2020年修订）的通知"
# · a revised one: "温州市人民政府关于修订温州市市长质量奖评审管理办法的通知" · "…关于修订《…实施细则》部分条款的通知"
ENCLOSED_RULE = re.compile(r"关于(?P<verb>印发|转发|公布|修订)(?P<rule>.{2,160}?)(?:部分条款)?的通知$")
# A rule's revision printed after its name: "温州市市长质量奖评审管理办法（2020年修订）" · "(2019年修正)" · "（2017年修订版）"
REVISION_SUFFIX = re.compile(rf"\s?[（(]\s?(?P<year>{YEAR})\s?年\s?(?:修订|修正|修改)[版本]?\s?[）)]$")

# ---------------------------------------------------------------------------------------------
# Policy interpretations (issues/parser/interpretations.py)
# ---------------------------------------------------------------------------------------------
# The unit that wrote an interpretation, at its end or first under its title: "解读单位：温州市自然资源和规划局" · a drafting
# note's drafter, the body that interpreted or published it, the page's source (labels as pages print them): "起草单位：财政部" ·
# "解读机关：国家医疗保障局" · "发布机构：中国（上海）自由贸易试验区临港新片区管理委员会" · "来源：国家税务总局"
INTERPRETATION_UNIT = re.compile(r"^(?:解读单位|起草单位|解读机关|解读部门|发布机构|来源)\s?[:：]\s?(?P<unit>\S.{0,40})$")
# The explained document named in an interpretation's title: "《温州市医疗救助办法》政策解读"
INTERPRETED_TITLE = re.compile(r"《(?P<title>[^《》]{2,80})》")
# The words around the explained document's name in a title printed without 《》: "温州市数字经济促进办法政策解读" ·
# "一图读懂上海市临港地区领军型人才直接贡献奖励实施细则" · "图解：…" · "关于…的解读"
INTERPRETATION_TITLE_WORDS = re.compile(rf"^(?:图解\s?[:：]|一图读懂|关于)\s?|{_INTERPRETATION_WORD}$")
# A work report to a congress, titled without 关于 or issuer's line and printed with no number and no signature (the
# occasion line, the speaker's line and the salutation open it): "政府工作报告" (国务院, 2025年3月5日); a standing
# committee's report is titled the same way ("…常务委员会工作报告")
# (a department's '关于…工作报告' to its superiors is none: it has addressees and a signature)
REPORT_TITLE = re.compile(r"^(?!关于)[^，。；：:、“”《》\s]{0,40}工作报告$")
# The salutation opening such a report, under its speaker's line, alone or with the first sentence a raw column runs on
# into it: "各位代表：" · "各位代表：现在，我代表国务院，向大会报告政府工作，…" (政府工作报告, 国务院, 2025) · a standing
# committee's members: "主任、各位副主任、秘书长、各位委员：" (北京市人大常委会, 2024-01-08)
REPORT_SALUTATION = re.compile(r"^(?:(?:主任|委员长)、各位副(?:主任|委员长)、秘书长、)?各位(?:代表|委员)[:：]")
# A paper a congress or its standing committee hears, printed with no number and no signature: a 说明 or a report, its
# issuer named before 关于 or not: "关于《关于北京市人民代表大会常务委员会有关工作机构更名的决定（草案）》的说明" (北京市人大常委会,
# 2024-01-08) · "第十一届全国人民代表大会常务委员会代表资格审查委员会关于个别代表的代表资格的报告" (全国人大常委会, 2008-08-25)
HEARD_TITLE = re.compile(r"^\S{0,60}?关于\S{2,100}?(?:的说明|报告)$")
# Of these, the kinds printed in the government's own column as its work reports are, without number: "…（草案）的说明" ·
# "…的审查报告" (a department's '关于…的报告' to its superiors is none)
HEARD_PAPER_TITLE = re.compile(r"^\S{0,60}?关于\S{2,100}?(?:的说明|审查报告)$")
# The committee of a standing committee that makes such a report, named on the line under its title: "省人大常委会人事任免
# 工作委员会" · "北京市通州区人民代表大会常务委员会代表资格审查委员会" (worded for the test from 通州区人大 2022-05-13)
REPORT_COMMITTEE = re.compile(rf"^[{CJK}]{{0,30}}?(?:人民代表大会常务委员会|人大常委会)[{CJK}]{{2,20}}?委员会$")
# Its addressee, the standing committee it reports to, alone or with the first sentence a raw column runs on into it:
# "全国人民代表大会常务委员会：" (全国人大常委会, 2008-08-25)
REPORT_ADDRESSEE = re.compile(r"^[^，。；：:\s]{2,40}?(?:人民代表大会常务委员会|人大常委会)[:：]")
# Its occasion line, under the title, after a dash or not, whole or as a column cuts it: "——2025年3月5日在第十四届全国人民代表大会
# 第三次会议上" (政府工作报告, 国务院, 2025): no subtitle of the title over it
REPORT_OCCASION = re.compile(r"^(?:——|—|-)?\s?(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日在\S")
