"""A document's signature: who signs it and when (signer lines over a date, a date alone under a notice sealed).

The signer is an office's name ('温州市人民政府办公室'), a title and a name ('市长 姚高员'), or each issuer of a joint
document one line each (GB/T 9704 §7.3.5.1); the date under them, or over them in some gazettes. The steps:
  signed_lines_apart    an issuer and its date printed on one line, as two
  join_wrapped_signers  a signer's name a narrow column wrapped, on one line again
  is_signer, closes_notice  the lines a body keeps apart (documents.body_paragraphs)
  find_signature        the first signature: its signers and date
  signature_blocks      every signature block, as printed (more than one: two documents read as one)
  every_signer_above    all the signers of the first signature, however many
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from issues.parser import regexes
from issues.parser.dates import in_digits
from issues.parser.document_fields import date_of
from issues.parser.text import compact

# A joint document (联合发文) is signed by each of its issuers, one line each or a few side by side, over one date: the ministries
# sign one by eight (教体艺〔2018〕3号) and more; a bound against a runaway walk up a body, no count of issuers
MAX_SIGNERS = 24
# The lines of a notice's attachment list (附件说明, GB/T 9704 §7.3.4) between its last sentence and its date: '附件：1.…' and
# the items (and pieces of them a column wrapped) under it
MAX_ATTACHMENT_LINES = 12


@dataclass
class Signature:
    signers: list[str]
    signed_date: date | None


def signed_lines_apart(lines: list[str]) -> list[str]:
    """An issuer and its date printed on one line ('科左中旗公安局交警大队　2016年5月1日') as two, the signer over its date."""
    out = []
    for line in lines:
        signed = regexes.SIGNED_LINE.match(in_digits(line.strip()))
        if signed and is_signer(signed["signer"]) and regexes.ISSUER_END.search(_unsealed(signed["signer"])):
            out += [line.strip()[: len(signed["signer"])], line.strip()[len(signed["signer"]) :].strip()]
        else:
            out.append(line)
    return out


def _unsealed(signer: str) -> str:
    """A signer's name without the seal's note printed after it: '常州市人民政府（盖章）' -> '常州市人民政府'."""
    return regexes.SEAL_NOTE.sub("", signer).strip()


def join_wrapped_signers(lines: list[str]) -> list[str]:
    """Each signer's name a narrow column wrapped, over its date or among a joint document's signers ('宜昌市公共资源交易中心
    （宜昌市政府采' + '购中心）' over '2026年6月23日', '国家市场监督管理' + '总局' among eight ministries), on one line again, so that
    it signs: the two lines are an office's name together, neither alone."""
    out = list(lines)
    at = len(out) - 1
    while at > 0:
        if regexes.DATE_LINE.match(in_digits(out[at])):
            at -= _join_over(out, at)
        at -= 1
    return out


def _join_over(out: list[str], date_at: int) -> int:
    """The signer lines over the date at date_at with each wrapped name joined, in place; how many joins."""
    joined, i = 0, date_at - 1
    while i > 0 and date_at - joined - i < MAX_SIGNERS:
        head, tail = out[i - 1], out[i]
        if _wrapped(head, tail):
            out[i - 1 : i + 1] = [head + tail]
            joined += 1
        elif not is_signer(tail):
            break
        i -= 1
    return joined


def _wrapped(head: str, tail: str) -> bool:
    """head + tail is one office's name: neither line signs alone, or the tail is a unit of the head's office, or the last word
    of a name ('总局') under a line that signs nothing."""
    pieces = not is_signer(tail) and not is_signer(head) or _unit_of(head, tail) \
        or regexes.WRAPPED_NAME_END.match(tail.strip()) and not is_signer(head)
    return bool(pieces) and bool(regexes.SIGNER_LINE.match(head + tail) and regexes.ISSUER_END.search(head + tail))


def _unit_of(head: str, tail: str) -> bool:
    """The second line is a unit of the office the first names, wrapped after it ('科左中旗公安局' + '交警大队',
    '中华人民共和国住房和城乡建设部' + '城市建设司'): no place of its own, unlike a joint issuer's line ('温州市财政局')."""
    return bool(regexes.PLACE_NAMED.search(head) and regexes.WRAPPED_UNIT.match(tail.strip()))


def is_signer(line: str) -> bool:
    """'温州市人民政府办公室' or '市长 姚高员' (any space): short, no punctuation, an office's name or a title and a name."""
    if regexes.SEAL_NOTE.match(line.strip()):
        return True  # '（盖章）' between the issuer and the date: part of the signature, no signer (_signers_above)
    line = _unsealed(line)
    if regexes.STRUCTURAL_START.match(line):
        return False
    if regexes.SPACED_SIGNER_LINE.match(line) or regexes.HEAD_SIGNER_LINE.match(compact(line)):  # '市  长  刘大群' · '市长:董伟' · '市　长'
        return True
    if regexes.ISSUER_LINE.match(line.strip()):  # joint issuers side by side (GB/T 9704 §7.3.5.1): '温州市物价局 温州市财政局'
        return True
    if not regexes.SIGNER_LINE.match(line):
        return False
    return bool(regexes.ISSUER_END.search(line)) or any(ch.isspace() for ch in line)  # '自治区主席\u3000乌力吉'


def find_signature(paragraphs: list[str]) -> Signature | None:
    """The first signature: signer line(s) and a date line (an order's is at the top, a notice's after the cover);
    else the first date line printed alone under a sentence (a notice signed by its seal: '二OO八年六月四日')."""
    for i, line in enumerate(paragraphs):
        match = regexes.DATE_LINE.match(in_digits(line))
        if match and i > 0 and is_signer(paragraphs[i - 1]):
            return Signature(signers=_signers_above(paragraphs, i), signed_date=date_of(match))
        if match and (under := _signer_under(paragraphs, i)):  # the date printed over its issuer
            return Signature(signers=under, signed_date=date_of(match))
    for i, line in enumerate(paragraphs):
        match = regexes.DATE_LINE.match(in_digits(line))
        if match and closes_notice(paragraphs, i):
            return Signature(signers=_signer_under(paragraphs, i), signed_date=date_of(match))
    return None


def _signer_under(paragraphs: list[str], i: int) -> list[str]:
    """The issuer printed under its date ('2016年5月1日' over '科左中旗公安局交警大队'), the body's last line or over a note."""
    if i + 1 >= len(paragraphs) or not is_signer(paragraphs[i + 1]):
        return []
    signer = _unsealed(paragraphs[i + 1])
    last = i + 2 == len(paragraphs) or regexes.AFTER_SIGNATURE.match(paragraphs[i + 2].strip())
    return [signer] if last and regexes.ISSUER_END.search(signer) else []


def signature_blocks(paragraphs: list[str]) -> list[str]:
    """Each signature block of a body as printed ('signer date', or the date alone under the last sentence):
    more than one tells of two documents merged into one."""
    blocks = []
    for i, line in enumerate(paragraphs):
        if regexes.DATE_LINE.match(in_digits(line)):
            if i > 0 and is_signer(paragraphs[i - 1]):
                blocks.append(f"{paragraphs[i - 1]} {line}")
            elif closes_notice(paragraphs, i):
                blocks.append(line)
    return blocks


def every_signer_above(paragraphs: list[str]) -> list[str]:
    """All the signer lines over the first date a signer line is printed over, however many (document_checks: a joint
    document signed by more bodies than find_signature takes)."""
    signed = next((i for i, line in enumerate(paragraphs)
                   if i and regexes.DATE_LINE.match(in_digits(line)) and is_signer(paragraphs[i - 1])), None)
    return [] if signed is None else _signers_above(paragraphs, signed, most=signed)


def _signers_above(paragraphs: list[str], i: int, most: int = MAX_SIGNERS) -> list[str]:
    """The signer lines over the date at i: one issuer, a title and name, or each issuer of a joint document."""
    start = i
    while start > 0 and i - start < most and is_signer(paragraphs[start - 1]):
        start -= 1
    signers = [_unsealed(line) for line in paragraphs[start:i] if not regexes.SEAL_NOTE.match(line.strip())]
    while len(signers) > 1 and not regexes.ISSUER_END.search(signers[0]):
        signers = signers[1:]  # a heading line over the signer ('市长 姚高员' under a short line)
    return signers


def closes_notice(lines: list[str], i: int) -> bool:
    """A date line printed alone under the notice's last sentence, or under the attachment list that follows it
    ('附件：2021年春季学期义务教育公用经费补助资金' over '二○二一年三月一日'): no signer line, the seal signs it."""
    return i > 0 and (_ends_sentence(lines[i - 1]) or _under_attachment_list(lines, i))


def _ends_sentence(line: str) -> bool:
    return bool(regexes.SENTENCE_END.search(line)) and "\t" not in line


def _under_attachment_list(lines: list[str], i: int) -> bool:
    """The lines over line i are a notice's attachment list after its last sentence: '附件：…' (its items, or a piece a
    column wrapped, '件）', under it), the body's last sentence over that."""
    for k in range(i - 1, max(i - 1 - MAX_ATTACHMENT_LINES, 0), -1):
        if regexes.ATTACHMENT_LIST.match(lines[k].strip()):
            return _ends_sentence(lines[k - 1])
        if lines[k].rstrip().endswith("。") or "\t" in lines[k]:
            return False
    return False
