"""The PostgreSQL search index: one table of index rows (search.postgres writes and reads it).

A model so that migrations create it and the test runner empties it with the others; on SQLite
the table exists but stays empty (Whoosh is the engine there). A record is one row, or several
when its text is too long for one tsvector (search.postgres.entry_parts).
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
    fields = models.JSONField(null=True)  # the stored fields a result shows (part 0 only)
    body = models.TextField()  # the text this row's snippets are cut from
    words = SearchVectorField()

    class Meta:
        db_table = "search_entry"
        indexes = [models.Index(fields=["identifier"]), models.Index(fields=["issue_key"])]
