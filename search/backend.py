"""The haystack Whoosh backend, with Chinese text analysed by jieba.

Subclasses haystack's WhooshSearchBackend/WhooshEngine and changes only what Chinese needs:
- text fields get the jieba analyzer (build_schema); exact-match fields (doc numbers, ZJCC
  codes, record type, issuer) become untokenised Whoosh ID/KEYWORD fields, so that a doc
  number's brackets never reach a query parser;
- highlighting (SearchQuerySet.highlight()) uses the jieba analyzer, where haystack hard-codes
  an English one that finds nothing in Chinese;
- writing a batch (or one issue's records, replace_group) with one delete query and one commit,
  instead of Whoosh's update_document per record;
- a per-thread searcher for search.query, which builds Whoosh query objects itself (user text
  never reaches a query parser), and a faster Phrase query.
"""

from __future__ import annotations

import os
import threading
import unicodedata

import jieba
from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import ID
from haystack.exceptions import SkipDocument
from whoosh.analysis import Filter, Token, Tokenizer
from whoosh.fields import ID as WHOOSH_ID
from whoosh.fields import KEYWORD, STORED, TEXT
from whoosh.matching import NullMatcher
from whoosh.query import Or, Query, Term
from whoosh.query import Phrase as WhooshPhrase
from whoosh.query.spans import Span, SpanNear2

# Full-width ASCII (ＺＪＣＣ０１, ２０２０) to half-width, one character for one, so that jieba
# keeps them together as it does half-width ones and character offsets stay true.
HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

# Haystack field_type of the index fields matched exactly (see search_indexes.ExactField).
EXACT = "exact"


class JiebaTokenizer(Tokenizer):
    """Words in jieba's default segmentation, numbered 0, 1, 2 ... so that phrase queries work.

    When indexing (mode="index"), the dictionary sub-words of a long word that jieba's search
    mode would add (常住人口 -> 常住, 人口) follow it at the SAME position: a query for 人口
    finds it, while the phrase "千万级常住人口城市" still needs 千万级, 常住人口, 城市 at
    consecutive positions, and the reordered "人口城市千万级" does not match. Queries
    (mode="query") get the default segmentation only, so a phrase is a plain word sequence.
    jieba's own ChineseTokenizer uses character offsets as positions, which breaks phrases.
    """

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = value
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        pos = start_pos
        with_sub_words = mode == "index"
        for word, start, end in jieba.tokenize(value.translate(HALF_WIDTH)):
            if not any(char.isalnum() for char in word):  # punctuation, spaces: no position
                continue
            for text, s, e in _word_and_sub_words(word, start, with_sub_words):
                token.original = token.text = text
                token.boost = 1.0
                token.stopped = False
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar, token.endchar = start_char + s, start_char + e
                yield token
            pos += 1


def _word_and_sub_words(word: str, start: int, with_sub_words: bool):
    """The word, then (if asked) its 2- and 3-character dictionary sub-words, as jieba's search mode."""
    yield word, start, start + len(word)
    if not with_sub_words or len(word) <= 2:
        return
    freq = jieba.dt.FREQ
    for size in (2, 3):
        if len(word) > size:
            for i in range(len(word) - size + 1):
                part = word[i:i + size]
                if freq.get(part):
                    yield part, start + i, start + i + size


class NormaliseFilter(Filter):
    """Full-width to half-width and lower case, on the token text only (offsets stay true)."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = unicodedata.normalize("NFKC", token.text).lower()
            yield token


def JiebaAnalyzer():
    return JiebaTokenizer() | NormaliseFilter()


ANALYZER = JiebaAnalyzer()


def analyse(text: str) -> list[str]:
    """The token texts of `text` as a query is segmented (no sub-words)."""
    return [t.text for t in ANALYZER(text, mode="query")]


class JiebaWhooshSearchBackend(WhooshSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self._searchers = threading.local()

    def build_schema(self, fields):
        content_field_name, schema = super().build_schema(fields)
        for field in fields.values():
            name = field.index_fieldname
            if field.field_type == EXACT:
                kind = KEYWORD(stored=True, commas=True) if field.is_multivalued else WHOOSH_ID(stored=True)
            elif not field.indexed:
                kind = STORED()
            elif isinstance(schema[name], TEXT):
                # Not sortable: haystack's default would keep a sort column of every body.
                kind = TEXT(stored=field.stored, analyzer=ANALYZER, field_boost=field.boost, phrase=True)
            else:
                continue
            schema.remove(name)
            schema.add(name, kind)
        return content_field_name, schema

    # -- writing ---------------------------------------------------------------------------

    def update(self, index, iterable, commit=True):
        """haystack's update (rebuild_index, update_index), writing a batch at once.

        haystack calls Whoosh's update_document per record, which opens a new reader for every
        record (most of the build time); here one delete query removes the batch's old copies.
        """
        documents = []
        for obj in iterable:
            try:
                documents.append(index.full_prepare(obj))
            except SkipDocument:
                self.log.debug("Indexing for object `%s` skipped", obj)
        if documents:
            self._write(Or([Term(ID, doc[ID]) for doc in documents]), documents)
        if hasattr(index, "after_update"):
            index.after_update(iterable)

    def replace_group(self, fieldname: str, value: str, documents: list[dict]) -> None:
        """Delete every index document whose `fieldname` is `value`, add `documents`; one commit."""
        self._write(Term(fieldname, value), documents)

    def _write(self, delete: Query, documents: list[dict]) -> None:
        """Delete what `delete` matches and add `documents` in one commit.

        Readers see the old documents until the commit, so a failure leaves the old index whole.
        """
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        writer = self.index.writer(timeout=30)
        try:
            writer.delete_by_query(delete)
            for doc in documents:
                writer.add_document(**{k: self._from_python(v) for k, v in doc.items() if k != "boost"})
            writer.commit()
        except BaseException:
            _abandon(writer)
            raise

    # -- reading ---------------------------------------------------------------------------

    def searcher(self):
        """A searcher kept per thread, replaced when the index changed (opening one is slow).

        The index version is its latest generation plus the change time of that generation's
        table of contents: rebuild_index deletes and recreates the directory, which can bring
        the generation number back to one already seen.
        """
        if not self.setup_complete:
            self.setup()
        version = self._version()
        cached = getattr(self._searchers, "cached", None)
        if cached and cached[0] == version:
            return cached[1]
        self.forget_searchers()
        self.index = self.index.refresh()
        searcher = self.index.searcher()
        self._searchers.cached = (version, searcher)
        return searcher

    def _version(self) -> tuple[int, int]:
        generation = self.index.latest_generation()
        toc = os.path.join(self.path, f"_{self.index.indexname}_{generation}.toc")
        return generation, os.stat(toc).st_ctime_ns if os.path.exists(toc) else 0

    def forget_searchers(self):
        cached = getattr(self._searchers, "cached", None)
        if cached:
            cached[1].close()
            self._searchers.cached = None

    def delete_index(self):
        self.forget_searchers()
        super().delete_index()

    # -- haystack's SearchQuerySet.highlight() ------------------------------------------------

    def _process_results(self, raw_page, highlight=False, query_string="", **kwargs):
        results = super()._process_results(raw_page, highlight=False, query_string=query_string, **kwargs)
        if highlight:
            from search.snippets import snippet

            terms = set(analyse(query_string))
            for result in results["results"]:
                text = getattr(result, "body", None) or getattr(result, self.content_field_name, "") or ""
                result.highlighted = {self.content_field_name: [snippet(text, terms, [query_string])]}
        return results


class JiebaWhooshEngine(WhooshEngine):
    backend = JiebaWhooshSearchBackend


class Phrase(WhooshPhrase):
    """Whoosh's Phrase query, with the position check done on sets of start positions.

    Whoosh builds a Span object for every position of every word in every candidate document,
    which made a phrase of common words (温州市人民政府) cost ~90 ms on 240 issues.
    """

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        field = searcher.schema[self.fieldname]
        matchers = []
        for word in self.words:
            word = field.to_bytes(word)
            if (self.fieldname, word) not in reader:
                return NullMatcher()
            matchers.append(Term(self.fieldname, word).matcher(searcher, context))
        return _PhraseMatcher(matchers)


class _PhraseMatcher(SpanNear2.SpanNear2Matcher):
    """Matches documents where word i occurs at position p + i for some p."""

    def _get_spans(self):
        starts = None
        for offset, matcher in enumerate(self.ms):
            positions = {p - offset for p in matcher.value_as("positions")}
            starts = positions if starts is None else starts & positions
            if not starts:
                return []
        last = len(self.ms) - 1
        return [Span(start, start + last) for start in sorted(starts)]


def _abandon(writer) -> None:
    """Undo a Whoosh writer whose work or commit failed (a full disk, say): its half-written segment
    files, its temporary directory and its lock go; the last committed index is untouched."""
    try:
        writer.cancel()
    except Exception:  # noqa: BLE001 - closing its files can fail too on a full disk: finish by hand
        writer.temp_storage().destroy()
        if writer.writelock:
            writer.writelock.release()
        writer.is_closed = True
    for name in writer.newsegment.list_files(writer.storage):
        writer.storage.delete_file(name)
