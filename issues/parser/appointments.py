"""Personnel appointments and dismissals (人事任免): one record per person, action and post.

The section reads like this (headings and column labels aside):

    市人民政府决定：                                   <- who decided
    徐志宏任温州市公安局副局长，免去其温州市公安局交通管理局局长职务；
    戴源涌、林志海任温州市住房公积金管理                <- a post broken across lines
    中心副主任（试用期一年）；
    免去：                                             <- a list of dismissals follows
    张伟的温州市发展和改革委员会项目前期管理办公室主任（副县级级）职务；

The steps: tidy the lines, re-join each entry up to its closing '；' or '。' (issues/parser/appointment_entries.py), split an entry
into people and clauses (任 / 免去其 / 兼任), split a clause into posts, and take a trailing
bracketed qualifier (试用期一年, 保留正县长级, 挂职, 兼) off each post.
Where a raw cut runs on past the list (a brief, a byline, a chronicle's day) is found first, by
issues/parser/appointment_list_end.py.

Other shapes real notices print are read too: a decider before its items on one line ('…会议决定：任命…'),
'任命：' and '免去：' lists, several people in one sentence ('任命甲为A，乙为B'), '（女）' after a name, '同日，',
'X挂职任Y', '接受X辞去Y职务的请求', and a notice under its own title block and signature (kept as a note); as lists
and reports print them: two sentences on one line, a list's title before its first item, '张三任A，李四任B', 'X不再担任Y职务',
resignations or dismissals joined by '、', 分别辞去 / 分别为 / 分别任 (post by post), names joined by 和, a court's posts after its first
('最高人民法院副院长、审判委员会委员、审判员'), '免除X同志…一职', '免去X同志<post>职务' (no 的, a bare title too), a 任命名单
decided by the meeting its '（…会议通过）' line names, a meeting alone over items saying 决定 ('…第七次会议：' + '决定任命…'),
'X担任Y', 'X的Y职务相应终止' (a dismissal), '…副市长、代理…市长职务' (the acting post qualified 代理); as a meeting's report
prints them: '…会议决定X为Y' (no verb of appointment), '据…消息，' and '…举行第N次会议，' before it, a decision adopted by its title
and restated with a bare title ('…关于决定任命X为某省人民政府副省长的决定，决定任命X为副省长': one row), '决定任命：X任Y',
'…，并决定其代理市长职务'; a notice printed whole, decided by the body signing it, its dismissals naming the person straight before a
post under the notice's own level ('免去林海市人民政府副秘书长职务'); as evening papers and news accounts word them, the people
appointed listed each after the post ('…他们分别是：省司法厅厅长刘志诚、…'), '、批准任命…', '…委员表决接受了…', decisions adopted by
a sitting ('第二次全体会议表决通过了关于…的决定、人事任免名单和关于…的决定'); a list under the meeting's vote ('…第二十一次会议表决
通过：', its items numbered or not), a decision printed whole with its filing ('X同志代理…职务，并报…备案'), titles in 《》 joined by 和,
a proposal among them naming no post ('…关于提请任命龚正职务的议案'); people elected ('夏林茂当选为…区长'), a roll grouped by post
('区人民政府副区长：文献、田利跃', issues/parser/appointment_entries.py); one decision listing several people each with their own 任
('决定任命甲任A、乙任B'), the passive ('甲被任命为A'), a decision's title block wrapped with its issuer's line. Sentences deciding nothing (a meeting's narrative, a career
told: issues/parser/appointment_narrative.py) give no row. An entry that gives no row is a loss warning quoting it, and so is a
dismissal that names no post ('免去其原任职务').
"""

from __future__ import annotations

from dataclasses import replace

from issues.parser import appointment_deciders as deciders, appointment_list_end as list_end, appointment_names, \
    appointment_narrative as narrative, regexes, section_lines
from issues.parser.appointment_entries import entries as _entries
from issues.parser.appointment_headings import ACCEPT, Heading as _Heading, Notice as _Notice, \
    without_grounds as _without_grounds
from issues.parser.appointment_list_end import ends_an_entry
from issues.parser.appointment_wording import opening
from issues.parser.appointment_posts import (APPOINT, CONCURRENT, DISMISS, clauses, deputy_post, post_with_body, posts,
                                             without_unusual)
from issues.parser.records import ParsedAppointment
from issues.parser.text import split_top_level
from issues.parser.warnings import LOSS, NOTE, ParseWarning

SECONDED = "挂职"  # the qualifier of '黄海波挂职任…'
ACTING = "代理"  # the qualifier of '…副市长王永礼代理泉州市人民政府市长职务'


def parse(lines: list[str], warnings: list | None = None, *, as_read: bool = False) -> list[ParsedAppointment]:
    """The rows of the section; each entry that gives none is added to `warnings`, quoted, and so is each row whose post is
    no post (not stored). `as_read`: those rows too, for asking whether lines read as appointments at all (a list's end)."""
    out: list[ParsedAppointment] = []
    decided_by, list_action = "", APPOINT
    meeting: str | None = None  # the meeting the section named last (as it named it), which took the decisions naming no body
    last_persons: list[str] = []  # who the entry before named: '免去其…职务' on an entry of its own speaks of them
    body = list_end.until_a_brief(lines, gives_rows=lambda text: bool(parse([text], as_read=True)))
    notice: list[str] = []
    notice_start, level = 0, ""  # the first row of a notice printed whole, and the level its posts open with ('市')
    for item in _entries([line for line in section_lines.tidy(body) if not section_lines.is_running_header(line)], notice):
        if isinstance(item, _Notice):  # its title, then its signature: the body issuing it decides its rows
            if item.signed:
                out[notice_start:] = deciders.signed_by(out[notice_start:], item.issuer)
            else:
                government = regexes.GOVERNMENT_LEVEL.search(item.issuer)
                notice_start, level = len(out), government["level"] if government else ""
            continue
        if isinstance(item, _Heading):
            decided_by = item.decided_by if item.decided_by is not None else decided_by
            meeting = item.decided_by if deciders.meeting_of(item.decided_by) else meeting  # as its heading prints it
            list_action = item.action or list_action  # an adoption line keeps the list's action
            continue
        if narrative.is_party_decision_told(item, None if as_read else warnings):
            continue  # '根据中共中央决定，廖国勋任上海市委副书记，…': why the meeting decides, told (a loss quoting it)
        item, printed_whole = _without_grounds(item), item  # '根据《…》…的规定，宣城市…会议决定：…'
        if opened := deciders.report_opening(item):  # '1月15日下午，市十四届人大常委会第二十次会议举行。': a report's meeting
            (meeting, item), decided_by, list_action = opened, "", APPOINT
            if not item:
                continue
        if printed := deciders.on_its_line(item):  # '…会议决定：任命…' · '国务院任免国家工作人员，林涛任…'
            decided_by, list_action, item = printed
            decided_by = deciders.after_grounds(decided_by, printed_whole)
        item_decider = decided_by or _decider_without_colon(item)  # '会议决定任命甲为A；接受乙辞去B职务的请求。'
        decided_by = decided_by or deciders.carried_on(item_decider)  # '…第七次会议' + '决定任命…': the items after it too
        meeting = item_decider if deciders.meeting_of(item_decider) else meeting
        for entry in split_top_level(item, "；;"):
            told = None if as_read else warnings
            if narrative.is_meeting_narrative(entry, told) or not (entry := narrative.without_career(entry, told)):
                continue  # '…主持会议，副主任…出席。' · '此前担任…的应勇于…已改任…': decides nothing
            entry = appointment_names.marked_before_level(_without_misread_colons(entry, warnings), level)
            unread: list[str] = []  # statements of the entry that gave no row, while others may have
            rows = deciders.with_meeting(_parse_entry(entry, list_action, item_decider, last_persons, unread), meeting)
            rows, left_out = (rows, []) if as_read else without_unusual(rows, entry, warnings)  # a brief's sentence: told
            last_persons = list(dict.fromkeys(row.person for row in rows)) or last_persons
            unnamed = [statement for statement in unread if regexes.UNNAMED_DECISION.match(statement)]
            unread = [statement for statement in unread if statement not in unnamed]
            if unnamed and warnings is not None:  # '免去部分审判人员职务': no one to give a row, nothing lost
                warnings.append(ParseWarning(NOTE, "appointment_unnamed", "这一行的任免没有写出人员姓名：不作任免记录",
                                             section="机构人事", lines=[entry]))
            if not rows and (unnamed and not unread or left_out or regexes.NO_POST.match(entry.strip("；;。，, "))
                             or regexes.RESIGNATION_REQUEST.match(entry)):
                continue  # '报…备案。' after a resignation; '因工作变动，X提出辞去…职务。' before the decision answering it; told
            if not rows and warnings is not None and entry.strip("；;。，, "):
                warnings.append(ParseWarning(LOSS, "appointment_unread", "这一行没有读出任免记录（人员、任或免、职务）",
                                             section="机构人事", lines=[entry]))
            elif unread and warnings is not None:  # '任命甲为A，提名乙为B': A read, the rest lost
                warnings.append(ParseWarning(LOSS, "appointment_part_unread", "这一行的一部分没有读出任免记录",
                                             section="机构人事", lines=[entry, *unread]))
            out.extend(rows)
    out = deciders.told_if_opening_with_a_month(_once(_acting_in_their_deputy_body(out), warnings), warnings)
    if notice and warnings is not None:
        warnings.append(ParseWarning(NOTE, "appointment_notice", "任免通知的标题、文号、主送机关和落款：不作任免记录",
                                     section="机构人事", lines=notice))
    return out


def _once(rows: list[ParsedAppointment], warnings: list | None) -> list[ParsedAppointment]:
    """Each decision once: a report retelling the list it follows ('…会议决定：任命王忠林为…' then '…表决通过，决定任命王忠林
    为…') gives the same person, action, post and qualifier again; the first is kept, the repeats told as a note."""
    seen, kept, repeated = set(), [], []
    for row in rows:
        key = (row.person, row.action, row.position, row.qualifier)
        (repeated if key in seen else kept).append(row)
        seen.add(key)
    if repeated and warnings is not None:
        warnings.append(ParseWarning(NOTE, "appointment_repeated", "同一任免重复出现（如报道复述决定），只记一次",
                                     section="机构人事", lines=[f"{row.person}：{row.position}" for row in repeated]))
    return kept


def _without_misread_colons(entry: str, warnings: list | None) -> str:
    """An entry with the 「：」 a scan's reader put for the print's 「、」 or 「，」 read as that mark again: a colon inside a
    run of names or posts, after no word that opens a list ('王造任温州市委：市政府副秘书长' -> 、; '…副局长：免去其…' -> ，).
    Read as printed, the colon glued two posts (or two people) into one record. A guess from context: told in a loss
    warning quoting the line, so staff check it against the scan."""
    def mark(colon) -> str:
        if regexes.COLON_OPENS_LIST.search(entry[:colon.start()]):
            return colon[0]
        return "，" if regexes.CLAUSE_AFTER_COLON.match(entry[colon.end():]) else "、"

    read = regexes.MISREAD_COLON.sub(mark, entry)
    if read != entry and warnings is not None:
        warnings.append(ParseWarning(LOSS, "appointment_colon_misread", "这一行人名或职务之间的「：」按上下文读作「、」或「，」"
                                     "（扫描件常把顿号、逗号识别成冒号），请对照原文核对", section="机构人事", lines=[entry]))
    return read


def _acting_in_their_deputy_body(rows: list[ParsedAppointment]) -> list[ParsedAppointment]:
    """'余金富代理市长职务' after '任命余金富为阳江市人民政府副市长' -> 阳江市人民政府市长 (代理): a bare title someone acts in, in a
    statement of its own, is the post of the body they were just made deputy of."""
    for n, row in enumerate(rows):
        if row.qualifier == ACTING and regexes.BARE_POST_TITLE.match(row.position):
            deputy = deputy_post(row.position, [earlier.position for earlier in rows[:n] if earlier.person == row.person])
            rows[n] = replace(row, position=post_with_body(row.position, deputy)) if deputy else row
    return rows


def _decider_without_colon(item: str) -> str:
    """'会议决定任命陈文光为…' -> '会议决定': who decided, printed before the first of the entries it covers."""
    return deciders.of_opening(regexes.DECISION_PREFIX.match(opening(item.strip())))


def _parse_entry(entry: str, list_action: str, decided_by: str, last_persons: list[str],
                 unread: list[str]) -> list[ParsedAppointment]:
    """'徐志宏任A，免去其B职务' -> appoint A, dismiss B (one row per person, action and post);
    '任命X、Y为A，免去W的A职务' -> one statement per people named; '免去其B职务' alone -> B of `last_persons`.
    A statement that gives no row is added to `unread`."""
    entry = appointment_names.holders_listed(regexes.ITEM_NUMBER.sub("", entry.strip()))  # '1.张三任…' · '…分别是：省司法厅厅长刘志诚、…'
    entry = regexes.PADDED_NAME.sub(r"\g<before>\g<first>\g<last>", entry)  # '王　一任…'
    entry = regexes.COMRADE_BEFORE_POST.sub("的", regexes.COMRADE.sub("", regexes.WOMAN_MARK.sub("", entry)))
    entry = regexes.SEVERALLY_DISMISSED.sub("", entry)  # '分别免去甲的A职务；乙的B职务'
    entry = regexes.REASON_FOR_LEAVING.sub("", entry)  # '…因工作变动，辞去…' · '…因达到任职年龄界限原因辞去…'
    entry = regexes.DECIDED_BY.sub("", entry)  # '决定由张三代理…'
    entry = opening(regexes.DECISION_CIRCUMSTANCE.sub("", regexes.CONNECTIVE.sub("", entry)))  # '同时，决定任命…' · '经投票表决，会议决定…'
    prefix = regexes.DECISION_PREFIX.match(entry)
    own = deciders.of_opening(prefix)  # '国务院免去…' names its body: it decided, whatever list it stands in
    decided_by = own if regexes.DECIDING_BODY_ALONE.match(own) else decided_by or own  # '省政府决定免去…' under no heading
    entry = entry[prefix.end() if prefix else 0 :].rstrip("；;。，,").strip()
    if unnamed := regexes.UNNAMED_POSTS.search(entry):  # '…，免去其原任职务': which posts end, it does not say
        unread.append(unnamed[0].lstrip("，,"))
        entry = (entry[: unnamed.start()] + entry[unnamed.end() :]).strip("，,")
        if not entry:
            return []
    entry = _resignation_of(entry, last_persons)  # '…；' + '接受其辞去B职务的请求。'
    if entry.startswith("免去其") and last_persons:  # '张三任A；' + '免去其B职务。'
        return [ParsedAppointment(person=person, action=DISMISS, position=post, qualifier=qualifier, decided_by=decided_by)
                for person in last_persons for _, text in clauses(entry, DISMISS) for post, qualifier in posts(text)]
    if _names_a_resignation(entry):  # '决定接受：' + '康涛辞去泉州市人民政府市长职务；', or a resignation on its own line
        entry = "接受" + entry
    list_action = DISMISS if list_action == ACCEPT else list_action
    rows: list[ParsedAppointment] = []
    for statement in _statements(_severally(entry)):
        persons, found_clauses = _people_and_clauses(statement, list_action)
        found = [ParsedAppointment(person=person, action=action, position=post, qualifier=qualifier, decided_by=decided_by)
                 for person in persons for action, text in found_clauses for post, qualifier in posts(text)]
        unnamed = (resigned := regexes.RESIGNATION.match(statement)) and (resigned["others"] or resigned["more"]
                                                                          or resigned["severally"]) \
            or (named := regexes.APPOINT_NAMED.match(statement)) and named["others"]  # '任命甲、乙等18人为…' 
        if not found and not (regexes.NO_POST.match(statement) or regexes.PROCEDURE_STATEMENT.match(statement)) \
                or found and unnamed:
            unread.append(statement)  # '接受张定禄等辞去…': rows for the people named, the others quoted as lost
        # '通过了关于提请接受甲辞去A职务的议案，接受甲辞去A职务的请求': one row; '…关于决定任命甲为某省人民政府副省长的决定，决定任命
        # 甲为副省长': one row, the post as the decision's title names it
        rows += [row for row in found if row not in rows and not _restated(row, rows)]
    return rows


def _restated(row: ParsedAppointment, rows: list[ParsedAppointment]) -> bool:
    """'副省长' after '湖北省人民政府副省长' of the same person and action: a bare title restating the post named whole before."""
    return bool(regexes.BARE_POST_TITLE.match(row.position)) and any(
        earlier.person == row.person and earlier.action == row.action and earlier.position != row.position
        and post_with_body(row.position, earlier.position) == earlier.position for earlier in rows)


def _statements(entry: str) -> list[str]:
    """An entry cut where a clause names other people: '任命郭芳为A，免去张为的A职务' -> both clauses;
    '免去甲的A职务，乙的B职务' -> a dismissal each; '任命甲为A，乙为B' -> an appointment each."""
    statements: list[str] = []
    for part in _pieces_of(entry):
        part = regexes.DECIDED_VERB.sub("", regexes.CONNECTIVE.sub("", part))  # '…，决定任命邓正权为…' · '其中任命纪冰为…'
        part = regexes.ACTING_DECISION_MADE.sub(r"决定\g<decided>", part)  # '作出关于李晓波代理太原市市长的决定'
        if not part or statements and (regexes.PROCEDURE_STATEMENT.match(part) or regexes.NO_POST.match(part)):
            continue  # '…职务，同时，决定免去…' · '…，并根据…的提名，' · '…代理区长职务，并报…备案' (no post)
        if statements and regexes.RESIGNATION_OF_THEM.match(part):  # '免去甲的A职务，并接受其辞去B职务的请求'
            part = _resignation_of(part, _people_and_clauses(statements[-1], APPOINT)[0])
        if (decided := _decided(part)) != part:  # '…，决定王文超代理郑州市市长': a person decided on, their own statement
            statements.append(decided)
        elif not statements or regexes.NAMED_STATEMENT.match(part) or _names_a_person_acting(part):
            statements.append(part)  # '张三任A，李四任B': one more person, named before the verb
        elif statements[-1].startswith("免去") and _names_a_dismissal(part):
            statements.append("免去" + part)  # '免去甲的A职务，乙的B职务': one more person dismissed
        elif (statements[-1].startswith(("任命", "聘任")) or _names_an_appointment(statements[-1])) \
                and _names_an_appointment(part):
            statements.append("任命" + part)  # '任命甲为A，乙为B' · '决定甲为A，乙为B': one more person appointed
        elif _names_a_resignation(part):  # '接受甲辞去A职务的请求，乙辞去B职务的请求' · '甲任A，乙、丙辞去B职务': one more accepted
            statements.append("接受" + part)
        else:
            statements[-1] += "，" + part
    return statements


def _resignation_of(text: str, people: list[str]) -> str:
    """'并接受其辞去B职务的请求' of 甲 -> '接受甲辞去B职务的请求': 其 is the people named before (unchanged without either)."""
    their = regexes.RESIGNATION_OF_THEM.match(text)
    return "接受" + "、".join(people) + text[their.end() :] if their and people else text


def _decided(part: str) -> str:
    """'决定王文超代理郑州市市长' -> '王文超代理郑州市市长'; '决定邓正权为…代理市长' -> '任命邓正权为…代理市长': a person decided on
    without a verb of appointment is appointed (the part unchanged when it names no one)."""
    match = regexes.DECIDED_PERSON.match(part)
    if not match or not appointment_names.people(match["persons"]):
        return part
    return match["persons"] + "代理" + match["posts"] if match["verb"] == "代理" else f"任命{match['persons']}为{match['posts']}"


def _pieces_of(entry: str) -> list[str]:
    """The entry's pieces between commas, a piece cut again at '、' where another resignation or dismissal of a list
    joined by '、' starts: '接受甲辞去A职务、乙辞去B职务的请求' -> '接受甲辞去A职务', '乙辞去B职务的请求'."""
    pieces: list[str] = []
    for part in split_top_level(entry, "，,"):
        joined = split_top_level(part, "、")
        pieces.append(joined[0])
        for piece in joined[1:]:
            ended = pieces[-1].endswith("职务")  # a list of posts goes on: 'A职务' ends a person's clause
            resigned = ended or "辞去" in pieces[-1]  # '接受甲辞去某市市长、乙辞去…的请求': a post without 职务 ends it too
            if ended and _names_a_dismissal(piece) or resigned and _names_a_resignation(piece):
                pieces.append(piece)
            elif _ends_an_appointment(pieces[-1], entry) and _names_an_appointment(piece):
                pieces.append(piece)  # '任命甲为A（挂职，时间六个月）、乙为B': one more person appointed
            elif ends_an_entry(pieces[-1]) and regexes.DECISION_AFTER_PAUSE.match(piece):
                pieces.append(piece)  # '决定任命甲为A、批准任命乙为B': a decision of its own
            elif (_appointment(pieces[-1]) or _ends_an_appointment(pieces[-1], entry)) and _holds_a_post_too(piece):
                pieces.append(piece)  # '甲任A局局长、乙任B局局长': one more person, each with their own 任
            else:
                pieces[-1] += "、" + piece
    return pieces


def _ends_an_appointment(piece: str, entry: str) -> bool:
    """'任命甲为…副局长（挂职）' in an entry that appoints: a post ends it, which a name after '、' cannot continue ('任命王芳'
    of '任命王芳、李强为…' names no post)."""
    appoints = entry.startswith(("任命", "聘任")) or regexes.APPOINT_LISTED.match(entry)  # "任命：" + "甲为A、乙为B"
    return bool(appoints) and "为" in piece and ends_an_entry(piece)


def _names_a_person_acting(part: str) -> bool:
    """'李四任市财政局副局长', '李四不再担任…职务' or '龚正代理…市长' after a comma: another person, named before the verb."""
    gone = regexes.NO_LONGER.match(part) or regexes.PERSON_ACTING.match(part)
    return bool(_appointment(part) or gone and appointment_names.people(gone["persons"]))


def _holds_a_post_too(part: str) -> bool:
    """'张建平任市民政局局长' after '、' in a decision whose people each 任 their own post: a name, 任 and a place's post."""
    match = regexes.HOLDER_AFTER_PAUSE.match(part)
    return bool(match and appointment_names.people(match["persons"]))


def _names_a_dismissal(part: str) -> bool:
    """'林剑英的县人大常委会委员职务' after a dismissal: a name, 的, and a post."""
    match = regexes.DISMISS_ENTRY.match(part)
    return bool(match and regexes.PERSON_NAME.match(match["person"]))


def _names_a_resignation(part: str) -> bool:
    """'李永寿辞去省人大常委会副主任职务的请求' after an accepted resignation: names, 辞去, and a post."""
    match = regexes.RESIGNATION_LISTED.match(part)
    return bool(match and appointment_names.people(match["persons"]))


def _names_an_appointment(part: str) -> bool:
    """'沙海林为商务委员会主任' after an appointment: names, 为, and a post."""
    match = regexes.APPOINT_LISTED.match(part)
    return bool(match and appointment_names.people(match["persons"]))


def _people_and_clauses(entry: str, list_action: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The people an entry names and its clauses as (action, text of the posts)."""
    resigned = regexes.RESIGNATION.match(entry)  # '接受李华辞去…职务的请求': the post ends
    if resigned and (people := appointment_names.people(resigned["persons"])):
        return people, clauses(resigned["posts"], DISMISS)  # '…，报…备案' is no post
    inline = regexes.DISMISS_CLAUSE.match(entry)
    if inline and inline["person"]:  # '免去张三的…职务' on its own line
        return [inline["person"]], clauses(entry, DISMISS)
    if inline and not entry.startswith("免去其") and (glued := appointment_names.glued_names(inline["posts"])):
        return glued[0], clauses(glued[1], DISMISS)  # '免去卢炳椿泉州市人民政府副市长的职务'
    if (gone := regexes.NO_LONGER.match(entry)) and (people := appointment_names.people(gone["persons"])):  # '侯为东不再担任…职务'
        return people, clauses(gone["posts"], DISMISS)
    named = regexes.APPOINT_NAMED.match(entry)
    if named and (people := appointment_names.people(named["persons"])):
        return people, clauses(named["posts"], APPOINT)
    if named and (holder := appointment_names.acting_person(named["persons"])) and holder != named["persons"]:
        return [holder], clauses(named["posts"], APPOINT)  # '任命南京航空航天大学党委书记单忠德为…': the post held, then the name
    dismissal = regexes.DISMISS_ENTRY.match(entry)
    if dismissal and regexes.PERSON_NAME.match(dismissal["person"]) and (list_action == DISMISS or not _appointment(entry)):
        return [dismissal["person"]], clauses(dismissal["posts"], DISMISS)
    if list_action == DISMISS and (glued := appointment_names.glued_names(entry)):  # '免去：' + '周建国温州市水利局副局长职务'
        return glued[0], clauses(glued[1], DISMISS)
    appointment = _appointment(entry)
    if appointment:
        persons, verb, rest = appointment
        return persons, clauses(rest, CONCURRENT if verb == "兼任" else APPOINT, SECONDED if verb in ("挂职任", "挂任") else None)
    listed = regexes.APPOINT_LISTED.match(entry)  # '任命：' + '陈晓东为…副局长'
    if listed and _names_an_appointment(entry):
        return appointment_names.people(listed["persons"]), clauses(listed["posts"], list_action)
    if (acting := regexes.ACTING.match(entry)) and (person := appointment_names.acting_person(acting["before"])):
        # '宣城市人民政府副市长孔晓宏代理市长': the held post's body heads a bare title ('郑皓副区长代理…': the title after the name)
        held = acting["before"][: -len(person)] if acting["before"].endswith(person) else acting["before"][len(person) :]
        return [person], clauses(post_with_body(acting["posts"], held), APPOINT, ACTING)
    return [], []


def _severally(entry: str) -> str:
    """'接受甲、乙分别辞去A、B职务的请求' -> '接受甲辞去A职务，接受乙辞去B职务': the n-th person leaves the n-th post;
    '任命甲、乙分别为A、B' -> '甲任A，乙任B' (unchanged when the counts differ: the entry is then a loss)."""
    if appointed := regexes.SEVERALLY_APPOINTED.match(entry):
        people = appointment_names.people(appointed["persons"])
        taken = [(post, qualifier) for _, text in clauses(appointed["posts"], APPOINT) for post, qualifier in posts(text)]
        return "，".join(f"{person}任{post}" + (f"（{qualifier}）" if qualifier else "") for person, (post, qualifier)
                        in zip(people, taken)) if people and len(taken) == len(people) else entry
    resigned = regexes.RESIGNATION.match(entry)
    if not resigned or not resigned["severally"] or not (people := appointment_names.people(resigned["persons"])):
        return entry
    left = [post for _, text in clauses(resigned["posts"], DISMISS) for post, _ in posts(text)]
    return "，".join(f"接受{person}辞去{post}职务" for person, post in zip(people, left)) if len(left) == len(people) else entry


def _appointment(entry: str) -> tuple[list[str], str, str] | None:
    match = regexes.APPOINT_CLAUSE.match(entry)
    if not match:
        return None
    persons = appointment_names.people(match["persons"])
    if not persons:
        return None
    return persons, match["verb"], match["posts"]
