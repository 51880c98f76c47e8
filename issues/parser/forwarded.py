"""A 转发 notice's forwarded document, printed under the notice's signature with its own title block and number: the
notice's body, not a document of its own (GB/T 9704 prints the forwarded text after the forwarding notice; so do
gazettes). The notice tells it: a sentence of its text cites the number and passes it on ('现将《…的通知》（粤府办[2015]22号）
转发给你们'). painted_title_blocks leaves such a block where it is printed, rawsplit keeps it in the notice's section.
"""

from __future__ import annotations

from issues import numbers
from issues.parser import regexes
from issues.parser.document_fields import cited_doc_numbers
from issues.parser.text import compact


def forwards(cover_text: str, doc_number: str) -> bool:
    """The cover notice's text forwards the document numbered doc_number: a sentence cites it and says 转发 (or 批转)
    outside the titles it quotes ('《…转发…的通知》' names a forwarding, it does none)."""
    key = numbers.doc_key(doc_number) if doc_number else None
    if not key:
        return False
    for sentence in compact(cover_text).split("。"):
        cited = {numbers.doc_key(number) for number in cited_doc_numbers(sentence)}
        if key in cited and regexes.FORWARDING.search(regexes.QUOTED_TITLE.sub("", sentence)):
            return True
    return False
