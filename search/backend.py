"""The haystack Whoosh backend, with Chinese text analysed by jieba.

Subclasses haystack's WhooshSearchBackend/WhooshEngine and changes only what Chinese needs:
- text fields get the jieba analyzer (build_schema); exact-match fields (doc numbers, ZJCC
  codes, record type, issuer) become untokenised Whoosh ID/KEYWORD fields, so that a doc
  number's brackets never reach a query parser;
- highlighting (SearchQuerySet.highlight()) uses the jieba analyzer, where haystack hard-codes
  an English one that finds nothing in Chinese;
- writing a batch (or one issue's records, replace_group) with one delete query and one commit,
  instead of Whoosh's update_document per record;
- find(): search.criteria compiled to Whoosh query objects (user text never reaches a query
  parser), with a per-thread searcher, a faster Phrase query, exact counts and facet counts
  (Whoosh's own grouping); the queries and facets are in search.whoosh_query.
"""

from __future__ import annotations

import os
import pickle
import shutil
import threading

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import ID
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.analysis import Filter, Token, Tokenizer
from whoosh.fields import ID as WHOOSH_ID
from whoosh.fields import KEYWORD, STORED, TEXT
from whoosh.index import IndexError as WhooshIndexError
from whoosh.query import Or, Query, Term

from search.criteria import Found, IndexMissing, IndexUnavailable, Search
from search.search_indexes import DATE_FIELDS, EXACT, prepared, title_and_keys, warn_title_and_keys, with_dates
from search.segment import analyse, normalise, segment
from search.whoosh_query import facet_counts, whoosh_query


class JiebaTokenizer(Tokenizer):
    """Whoosh tokens of search.segment's words (positions and sub-words as it gives them).

    When indexing (mode="index") sub-words are added; queries (mode="query") get the words only.
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
        for text, pos, start, end in _segmented(value, sub_words=mode == "index"):
            token.original = token.text = text
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar, token.endchar = start_char + start, start_char + end
            yield token


# The text of the document being added, segmented beforehand (JiebaWhooshSearchBackend._add): a failure
# there is caught before Whoosh starts the document, which it could not take back half-way.
_presegmented = threading.local()


def _segmented(value: str, sub_words: bool):
    text, words = getattr(_presegmented, "text", None), getattr(_presegmented, "words", None)
    if sub_words and words is not None and value == text:
        return words
    return segment(value, sub_words=sub_words)


class NormaliseFilter(Filter):
    """Full-width to half-width and lower case, on the token text only (offsets stay true)."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = normalise(token.text)
            yield token


def JiebaAnalyzer():
    return JiebaTokenizer() | NormaliseFilter()


ANALYZER = JiebaAnalyzer()


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
        documents = prepared(index, iterable)
        if documents:
            self._write(Or([Term(ID, doc[ID]) for doc in documents]), documents)

    def replace_group(self, fieldname: str, value: str, documents: list[dict]) -> None:
        """Delete every index document whose `fieldname` is `value`, add `documents`; one commit."""
        self._write(Term(fieldname, value), documents)

    def remove_records(self, identifiers: list[str]) -> None:
        """Delete the index documents of these records (search.indexing.forget_deleted_issue); one commit."""
        self._write(Or([Term(ID, identifier) for identifier in identifiers]), [])

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
                self._add(writer, doc)
            writer.commit()
        except BaseException:
            _abandon(writer)
            raise

    def rebuild(self, documents) -> int:
        """Build a whole new index of `documents` in a sibling directory, then rename it into place.

        Searches read the old index, whole, until the rename (a search in the instant between the two
        renames says the index is unavailable, never finds nothing); a rebuild killed half-way leaves
        only its sibling directory, which the next one removes. Returns how many documents it wrote.
        """
        building, old = f"{self.path}.building", f"{self.path}.old"
        for leftover in (building, old):
            shutil.rmtree(leftover, ignore_errors=True)
        fresh = type(self)(self.connection_alias, PATH=building)
        fresh.setup()
        writer = fresh.index.writer(limitmb=128)
        count = 0
        try:
            for doc in documents:
                fresh._add(writer, doc)
                count += 1
            writer.commit()
        except BaseException:
            _abandon(writer)
            shutil.rmtree(building, ignore_errors=True)
            raise
        if os.path.exists(self.path):
            os.rename(self.path, old)
        os.rename(building, self.path)
        shutil.rmtree(old, ignore_errors=True)
        self.forget_searchers()
        self.setup_complete = False
        return count

    def _add(self, writer, doc: dict) -> None:
        """Add one document; one whose text cannot be indexed is added by title and keys, with a warning."""
        fields = self._fields(doc)
        try:
            _presegmented.text, _presegmented.words = fields["text"], list(segment(fields["text"], sub_words=True))
        except Exception as exc:  # noqa: BLE001 - one record's text must never keep its issue out of the index
            warn_title_and_keys(doc, exc)
            fields = self._fields(title_and_keys(doc))
        try:
            writer.add_document(**fields)
        finally:
            _presegmented.text = _presegmented.words = None

    def _fields(self, doc: dict) -> dict:
        return {k: self._from_python(v) for k, v in doc.items() if k != "boost"}

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

    def find(self, search: Search) -> Found:
        """The page of records `search` asks for, and how many match in all (counted exactly)."""
        try:
            searcher = self.searcher()
        except INDEX_UNAVAILABLE_ERRORS as exc:
            raise IndexUnavailable(str(exc)) from exc
        query = whoosh_query(search.criteria)
        filters = wq.And([whoosh_query(f) for f in search.filters]) if search.filters else None
        end = search.offset + search.limit if search.limit is not None else None
        results = searcher.search(query, limit=end, filter=filters,
                                  sortedby="date" if search.by_date else None, reverse=search.by_date,
                                  optimize=False)  # count while collecting, no second pass
        hits = [with_dates(hit.fields()) for hit in results[search.offset:end]]
        matching = wq.And([query, filters]) if filters else query
        if search.facets:
            counted = facet_counts(searcher, matching)
            return Found(sum(counted["record_type"].values()), hits, counted)
        # The collector's own count skips documents when it swaps in faster matchers for
        # AND queries (237 of 288 for 疫情防控 at 240 issues): count the matching ids instead.
        return Found(sum(1 for _ in searcher.docs_for_query(matching)), hits)

    def has_word(self, word: str) -> bool:
        return bool(self.searcher().doc_frequency("text", word))

    def document_count(self) -> int:
        """How many documents the index holds, read afresh (the health check): opening a searcher
        reads every segment, so a missing or truncated file raises here."""
        if not whoosh_index.exists_in(self.path):
            raise IndexMissing(self.path)
        with whoosh_index.open_dir(self.path).searcher() as searcher:
            return searcher.doc_count()

    def issue_counts(self) -> dict[str, int]:
        """Documents in the index per issue_key (search.indexing.index_counts), read afresh."""
        if not whoosh_index.exists_in(self.path):
            raise IndexMissing(self.path)
        with whoosh_index.open_dir(self.path).searcher() as searcher:
            if "issue_key" not in searcher.schema:  # an index of some other schema (a test's) holds no issue
                return {}
            return {key.decode(): sum(1 for _ in searcher.docs_for_query(Term("issue_key", key.decode())))
                    for key in searcher.lexicon("issue_key")}

    # -- haystack's SearchQuerySet.highlight() ------------------------------------------------

    def _process_results(self, raw_page, highlight=False, query_string="", **kwargs):
        results = super()._process_results(raw_page, highlight=False, query_string=query_string, **kwargs)
        for result in results["results"]:  # datetime here, as in PostgreSQL's results: a date
            for name, value in with_dates({name: getattr(result, name, None) for name in DATE_FIELDS}).items():
                setattr(result, name, value)
        if highlight:
            from search.snippets import snippet

            terms = set(analyse(query_string))
            for result in results["results"]:
                text = getattr(result, "body", None) or getattr(result, self.content_field_name, "") or ""
                result.highlighted = {self.content_field_name: [snippet(text, terms, [query_string])]}
        return results


# What opening a missing or damaged index raises: OSError for missing files; whoosh.index.IndexError
# (EmptyIndexError is one) for no index or a garbage table of contents ("created on different
# architecture"); UnpicklingError for zeroed segment files. `rebuild_index` repairs all of them.
INDEX_UNAVAILABLE_ERRORS = (OSError, WhooshIndexError, pickle.UnpicklingError)


class JiebaWhooshEngine(WhooshEngine):
    backend = JiebaWhooshSearchBackend


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
