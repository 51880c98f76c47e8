"""Pinyin order for the people and posts indexes, with the letter each entry is filed under.

Chinese indexes are read in pinyin order (then tone), not in Unicode code-point order. pypinyin
reads a character as it is most often read; a surname is often read otherwise (曾 Zēng, not céng;
单 Shàn, not dān), so a person's name is read surname first from SURNAMES, the given name by pypinyin.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from pypinyin import Style, lazy_pinyin

# Surnames whose reading differs from the character's most common one: surname -> syllables
# (TONE3, tone as a final digit). Compound surnames come first where their first character
# alone would be read differently (尉 Wèi but 尉迟 Yùchí; 单 Shàn but 单于 Chányú).
COMPOUND_SURNAMES = {
    "尉迟": ("yu4", "chi2"),
    "万俟": ("mo4", "qi2"),
    "单于": ("chan2", "yu2"),
    "长孙": ("zhang3", "sun1"),
    "澹台": ("tan2", "tai2"),
}
SURNAMES = {
    "曾": "zeng1",
    "单": "shan4",
    "解": "xie4",
    "区": "ou1",
    "仇": "qiu2",
    "查": "zha1",
    "朴": "piao2",
    "盖": "ge3",
    "缪": "miao4",
    "乐": "yue4",
    "翟": "zhai2",
    "覃": "qin2",
    "召": "shao4",
    "种": "chong2",
    "任": "ren2",
    "员": "yun4",
    "纪": "ji3",
    "句": "gou1",
    "繁": "po2",
    "秘": "bi4",
    "宁": "ning4",
    "柏": "bai3",
    "都": "du1",
    "折": "she2",
    "过": "guo1",
    "黑": "he4",
    "藏": "zang1",
    "能": "nai4",
    "隗": "wei3",
    "卜": "bu3",
    "阚": "kan4",
    "燕": "yan1",
    "要": "yao1",
    "相": "xiang4",
    "华": "hua4",
    "沈": "shen3",
    "石": "shi2",
    "朝": "chao2",
    "谌": "chen2",
}
OTHER = "#"  # the letter of entries that start with no Chinese character or Latin letter


def _syllables(text: str) -> list[str]:
    return lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, errors="default")


def name_syllables(name: str) -> list[str]:
    """'曾伟' -> ['zeng1', 'wei3']: the surname as a surname, the given name as pypinyin reads it."""
    for surname, syllables in COMPOUND_SURNAMES.items():
        if name.startswith(surname):
            return [*syllables, *_syllables(name[len(surname):])]
    if name[:1] in SURNAMES:
        return [SURNAMES[name[0]], *_syllables(name[1:])]
    return _syllables(name)


def text_syllables(text: str) -> list[str]:
    """A post or any other text: every character as pypinyin reads it in its words."""
    return _syllables(text)


def sort_key(syllables: list[str], text: str) -> tuple:
    """Letters first, then tones, syllable by syllable; the text itself breaks the last ties."""
    return tuple((s.rstrip("012345").lower(), s[-1] if s[-1:].isdigit() else "0") for s in syllables), text


def letter(syllables: list[str]) -> str:
    first = syllables[0][:1].upper() if syllables and syllables[0] else ""
    return first if "A" <= first <= "Z" else OTHER


@dataclass
class LetterGroup:
    letter: str
    entries: list

    @property
    def label(self) -> str:
        return "其他" if self.letter == OTHER else self.letter

    @property
    def anchor(self) -> str:
        return f"letter-{'other' if self.letter == OTHER else self.letter}"


def by_letter(entries, text_of, syllables_of=text_syllables) -> list[LetterGroup]:
    """`entries` in pinyin order of text_of(entry), grouped under their first letter (A-Z, then #)."""
    keyed = []
    for entry in entries:
        text = text_of(entry)
        syllables = syllables_of(text)
        keyed.append((letter(syllables), sort_key(syllables, text), entry))
    keyed.sort(key=lambda item: (item[0] == OTHER, item[0], item[1]))
    return [LetterGroup(key, [entry for _, _, entry in group]) for key, group in groupby(keyed, key=lambda i: i[0])]
