"""Back matter (赠阅范围, masthead, back cover, photo captions, feature articles): kept, never records.

Stored as the issue's list of printed lines, without Markdown debris or page marks.
"""

from __future__ import annotations

from issues.parser import paragraphs, regexes, section_lines


def parse(lines: list[str]) -> list[str]:
    texts = [text for text in section_lines.tidy(lines) if text]
    return credits_on_their_captions(rejoin_cut_paragraphs(texts))


def rejoin_cut_paragraphs(texts: list[str]) -> list[str]:
    """A feature article's paragraph cut by a page break, glued back.

    Only running text is glued: a line that closes a sentence inside but not at its end
    ('…比例达100%。同时,建立城乡公交服务质' + '量考核机制,…'); captions and masthead lines stay apart.
    """
    return paragraphs.join_texts(texts, _cut_running_text, glued=lambda paragraph, text: text)


def _cut_running_text(paragraph: paragraphs.Paragraph[str], text: str) -> bool:
    return (
        paragraph.contains(regexes.SENTENCE_CLOSED_INSIDE)
        and not paragraph.ends_with(regexes.SENTENCE_END)
        and not regexes.STRUCTURAL_START.match(text)
    )


def credits_on_their_captions(texts: list[str]) -> list[str]:
    """'(苏巧将/摄)' printed below a caption goes back on it, as other captions print it: '…开幕 (杨冰杰/摄)'."""
    out: list[str] = []
    for text in texts:
        if out and regexes.PHOTO_CREDIT.match(text):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out
