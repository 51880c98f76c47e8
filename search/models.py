"""The PostgreSQL search index: a narrow table of index rows and a side table of what results show
(search.postgres writes them, search.postgres_query reads them).

Models so that migrations create them and the test runner empties them with the others; on SQLite
the tables exist but stay empty (Whoosh is the engine there). A record is one row, or several
when its text is too long for one tsvector (search.postgres.entry_parts).

Counting a common word exactly visits every matching row of search_entry (GIN has no index-only
scan) and facets read each match's type, year, 栏目 and issuers: so search_entry holds only what
matching, counting, facets and the first ordering read, and the text snippets are cut from and
the stored fields (about two thirds of a row) live in search_text, read for one page at a time.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class IndexEntry(models.Model):
    identifier = models.CharField(max_length=100)  # haystack's: issues.document.12
    issue_key = models.CharField(max_length=20)  # search_indexes.issue_key: 2020-6
    part = models.PositiveIntegerField()  # 0 holds the title and keys; long texts go on in 1, 2 ...
    record_type = models.CharField(max_length=20)
    category = models.CharField(max_length=50)
    person = models.CharField(max_length=100, null=True)
    issuer = models.JSONField(default=list)  # lists of exact values (jsonb, matched with @>)
    numbers = models.JSONField(default=list)
    related_numbers = models.JSONField(default=list)
    year = models.IntegerField()
    issue_no = models.IntegerField()
    date = models.DateField()
    title = models.TextField(default="")  # the record's title (every part): the first ordering's title hits
    split = models.BooleanField(default=False)  # the record has several rows (its words may be in different ones)
    words = SearchVectorField()

    class Meta:
        db_table = "search_entry"
        indexes = [models.Index(fields=["identifier"]), models.Index(fields=["issue_key"])]


class IndexText(models.Model):
    """What a result shows, per index row: read only for the rows of the page asked for. Deleted with
    its row (ON DELETE CASCADE in the database, migration search 0003: the index deletes in SQL)."""

    entry = models.OneToOneField(IndexEntry, on_delete=models.CASCADE, primary_key=True, db_constraint=False,
                                 related_name="text")
    fields = models.JSONField(null=True)  # the stored fields a result shows (part 0 only)
    body = models.TextField()  # the text this row's snippets are cut from

    class Meta:
        db_table = "search_text"


class FacetCombination(models.Model):
    """A combination of the facets' values (type, year, 栏目, issuers) and how many records have it: the
    columns WordCount and FacetCount share, so that a count is read by the same filters on either."""

    record_type = models.CharField(max_length=20)
    year = models.IntegerField()
    category = models.CharField(max_length=50)
    issuer = models.JSONField(default=list)
    n = models.IntegerField()

    class Meta:
        abstract = True


class WordCount(FacetCombination):
    """How many records hold a word, per combination of type, year, 栏目 and issuer list their records
    have (search.postgres_counts): the total and facets of a one-word search, with or without filters
    on those, without visiting its matches. Kept by search.postgres in the transaction that writes the
    index rows; counts records (a record of several rows once), as searches do."""

    word = models.TextField()

    class Meta:
        db_table = "search_word"
        constraints = [models.UniqueConstraint(fields=["word", "record_type", "year", "category", "issuer"],
                                               name="search_word_key")]


class FacetCount(FacetCombination):
    """How many records have each combination of type, year, 栏目 and issuers (search.postgres_counts):
    the total and facets of a search by those filters alone without visiting its matches. Kept with
    WordCount, in the transaction that writes the index rows."""

    class Meta:
        db_table = "search_facet"
        constraints = [models.UniqueConstraint(fields=["record_type", "year", "category", "issuer"],
                                               name="search_facet_key")]
