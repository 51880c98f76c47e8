"""Chinese text into index words: jieba's segmentation, the one place both engines take words from.

Words are numbered 0, 1, 2 ... (punctuation and spaces take no number), so that a phrase is a run
of consecutive positions. When indexing (sub_words=True) the dictionary sub-words of a long word,
as jieba's search mode would add them (常住人口 -> 常住, 人口), follow it at the SAME position: a
query for 人口 finds it, while the phrase "千万级常住人口城市" still needs 千万级, 常住人口, 城市
side by side, and the reordered "人口城市千万级" does not match. Queries get the words only.

jieba is given at most CHUNK characters at a time (_words): its time grows with the square of an
unbroken run of Han characters (a line of 40,000 市 took 7.4 s, 80,000 took 23 s, and held the
index's write lock all the while). A chunk ends after a character jieba splits at anyway
(punctuation, spaces), so that ordinary text is segmented exactly as whole; a run longer than CHUNK
is cut, and its last OVERLAP characters, whose words the cut may have split, are segmented again
with what follows.
Positions and offsets run on across chunks, so a phrase across a cut is still a phrase.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import jieba

# Full-width ASCII (ＺＪＣＣ０１, ２０２０) to half-width, one character for one, so that jieba
# keeps them together as it does half-width ones and character offsets stay true.
HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

CHUNK = 400  # characters given to jieba at once: a few sentences, far longer than any word
OVERLAP = 20  # characters before a cut inside a run that are segmented again: longer than any word

# What jieba never joins into a word: outside its own blocks (jieba.re_han_default), e.g. "，" "。" " ".
# A chunk ending just after one of these is segmented as it would be within the whole text.
BREAK = re.compile(r"[^\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]")


def segment(text: str, sub_words: bool = False) -> Iterator[tuple[str, int, int, int]]:
    """(word as written, position, start, end) for each word of `text`; offsets are characters."""
    position = 0
    for word, start in _words(text.translate(HALF_WIDTH)):
        if not any(char.isalnum() for char in word):  # punctuation, spaces: no position
            continue
        for part, part_start, part_end in _word_and_sub_words(word, start, sub_words):
            yield part, position, part_start, part_end
        position += 1


@lru_cache(maxsize=1 << 16)  # called for every word indexed: about 1 s of 27 s of Python at 48 issues
def normalise(word: str) -> str:
    """A word as the index keeps it: full-width to half-width, lower case."""
    return unicodedata.normalize("NFKC", word).lower()


def analyse(text: str) -> list[str]:
    """The index words of `text` as a query is segmented (no sub-words)."""
    return [normalise(word) for word, _, _, _ in segment(text)]


def _words(text: str) -> Iterator[tuple[str, int]]:
    """(word, start) of jieba's segmentation of `text`, taken CHUNK characters at a time (linear time)."""
    start = 0
    while start < len(text):
        end = _chunk_end(text, start)
        words = list(_tokenize(text[start:end]))
        if end < len(text) and not BREAK.match(text, end - 1):  # cut inside a run: its end again, with what follows
            kept = [word for word in words if word[2] <= end - start - OVERLAP]
            if kept:
                words, end = kept, start + kept[-1][2]
        for word, word_start, _ in words:
            yield word, start + word_start
        start = end


def _tokenize(text: str) -> Iterator[tuple[str, int, int]]:
    """jieba.tokenize(text): (word, start, end), each block segmented once per process (_block_words)."""
    start = 0
    for block in jieba.re_han_default.split(text):
        for word in _block_words(block) if block else ():
            yield word, start, start + len(word)
            start += len(word)


@lru_cache(maxsize=1 << 17)  # about 30 MB when full
def _block_words(block: str) -> tuple[str, ...]:
    """jieba's words of one block: jieba.cut splits its input at jieba.re_han_default's runs and cuts each
    run on its own, from the dictionary alone (never changed at run time: nothing calls add_word), so a
    run's words are the same wherever it appears. Gazettes repeat their runs ("市政府直属各单位"):
    in a 40-issue stretch of the synthetic archive 77% of runs were repeats, in the five fixture issues
    31%; jieba was about half of indexing's Python time."""
    return tuple(jieba.cut(block))


def _chunk_end(text: str, start: int) -> int:
    """Where the chunk starting at `start` ends: after its last break, else CHUNK characters on."""
    limit = start + CHUNK
    if limit >= len(text):
        return len(text)
    last_break = None
    for last_break in BREAK.finditer(text, start, limit):
        pass
    return last_break.end() if last_break else limit


def _word_and_sub_words(word: str, start: int, with_sub_words: bool):
    """The word, then (if asked) its 2- and 3-character dictionary sub-words, as jieba's search mode."""
    yield word, start, start + len(word)
    if not with_sub_words or len(word) <= 2:
        return
    for part, offset in _sub_words(word):
        yield part, start + offset, start + offset + len(part)


@lru_cache(maxsize=1 << 16)
def _sub_words(word: str) -> tuple[tuple[str, int], ...]:
    """(sub-word, offset in word) of a word longer than 2 characters: its 2-, then 3-character dictionary words."""
    freq = jieba.dt.FREQ
    return tuple((word[i:i + size], i) for size in (2, 3) if len(word) > size
                 for i in range(len(word) - size + 1) if freq.get(word[i:i + size]))
