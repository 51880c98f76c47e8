"""Documents: title blocks, addressees, signatures, attachments, amendments, policy interpretations."""

import re

from issues.parser.regexes.pieces import CJK, DIGIT, YEAR

# ---------------------------------------------------------------------------------------------
# Title blocks (issues/parser/title_block.py)
# ---------------------------------------------------------------------------------------------
# The issuer line of a title block: "温州市人民政府" · "温州市人民政府办公室" · "温州市公安局 温州市农业农村局"
ISSUER_LINE = re.compile(
    rf"^[{CJK}]{{2,20}}?(?:人民政府办公室|人民政府|办公室|委员会|管委会|局|委|厅)"
    rf"(?:\s{{1,4}}[{CJK}]{{2,20}}?(?:人民政府办公室|人民政府|办公室|委员会|管委会|局|委|厅))?$"
)
# The end of a title's issuer part: "温州市人民政府办公室" · "温州市公安局" · "温州市农业农村局" · "住房和城乡建设部城市建设司"
ISSUER_END = re.compile(r"(?:局|委|会|府|院|室|办|厅|部|司|处|所|中心|集团|公司|政府|委员会|管委会)$")
# The first title line of a title block: "关于打造千万级常住人口城市的若干意见"
TITLE_START = re.compile(r"^关于\S")
# The last title line of a title block: "实施意见" · "文件清理结果的决定" · "发展实施方案的通知"
TITLE_END = re.compile(
    r"(?:通知|意见|决定|办法|方案|规定|通告|公告|批复|命令|细则|规则|要点|计划|报告|纲要|函)(?:[（(]试行[）)])?$"
)
# The enclosed document named by a cover notice: "关于印发温州市突发事件应急预案管理办法的通知"
ENCLOSED_TITLE = re.compile(r"^关于(?:印发|转发)(?P<enclosed>\S{2,80}?)的通知$")
# A title line that names its own issuer, as other gazettes and unnumbered notices print it:
# "清远市人民政府关于印发《清远市人民政府工作规则》的通知" ·
# "上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知"
ISSUER_TITLE_LINE = re.compile(
    rf"^[{CJK}]{{2,30}}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管委会|局|委|厅)"
    rf"(?:关于|批转|转发|印发)\S{{4,120}}$"
)
# A title with no doc number that needs no addressees to be a document's head: "…的通告" · "…的公告"
UNADDRESSED_TITLE_END = re.compile(r"(?:通告|公告)$")
# A title without number that heads a personnel decision, read with the appointments, not as a document:
# "关于接受张三辞去温州市人民政府副市长职务的决定" · "关于李四同志任职的通知"
PERSONNEL_TITLE = re.compile(r"^\S{0,40}(?:任免|任职|免职|辞去|辞职|任命)\S{0,40}$")
# A policy interpretation's title, whole or its two printed halves:
# "《关于鼓励社会力量投资建设与运营体育场所的意见》政策解读" · "《关于鼓励社会力量投资建设与运营" + "体育场所的意见》政策解读"
INTERPRETATION_TITLE = re.compile(r"^《[^》]{2,80}》\s?政策解读$")
INTERPRETATION_TITLE_HEAD = re.compile(r"^《[^》]{2,40}$")
INTERPRETATION_TITLE_TAIL = re.compile(r"^[^《]{1,40}》\s?政策解读$")

# ---------------------------------------------------------------------------------------------
# Addressees, signature, attachments (issues/parser/documents.py)
# ---------------------------------------------------------------------------------------------
# An addressee line, the first line of a document: "各县（市、区）人民政府，市政府直属各单位："
ADDRESSEE_LINE = re.compile(r"^各\S{1,40}(?:人民政府|单位|部门|机构|委员会|管委会)[：:]$")
# Addressees end with a colon and are a list of bodies, not a sentence:
# "各县（市、区）人民政府，市政府直属各单位：" (a 通告 opening "根据…通告如下：" is not)
ADDRESSEES_LINE = re.compile(r"^(?P<addressees>[^。；;：:《》]{2,100})[：:]$")
ADDRESSEES_NOT = re.compile(r"如下|根据|按照|为了|^为|^经|^现|^对|^在")
# The addressees opening a line, in a raw extraction maybe run on into the body:
# "各县（市、区）人民政府，市政府各部门、各直属机构：新修订的《清远市人民政府工作规则》已经…"
ADDRESSEES_START = re.compile(r"^[^。；;：:《》“”]{2,60}?[：:]")
# A signer line above the date: "温州市人民政府办公室" · "温州市公安局" · "市长 姚高员" (no punctuation, short)
SIGNER_LINE = re.compile(rf"^[{CJK}（）()·]{{2,30}}(?:\s[{CJK}]{{2,4}})?$")
# A list of attachments: "附件：温州市第六批…名单" · "附件:1.断面重点控制范围划分情况"
ATTACHMENT_LIST = re.compile(r"^附\s?件\s?[：:]\s?(?P<rest>\S.*)$")
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
# The unit that wrote an interpretation, last line: "解读单位：温州市自然资源和规划局"
INTERPRETATION_UNIT = re.compile(r"^解读单位\s?[:：]\s?(?P<unit>\S.{0,40})$")
# The explained document named in an interpretation's title: "《温州市医疗救助办法》政策解读"
INTERPRETED_TITLE = re.compile(r"《(?P<title>[^《》]{2,80})》")
