"""Signals other apps listen to, so that issues never imports them.

issue_indexed(issue): a published issue's records are now what search finds (sent by
search.indexing.update_index after it succeeds; after a publish, an ingest or a correction).
Receivers run in the publishing process: they queue work, they do not do it.
"""

from django.dispatch import Signal

issue_indexed = Signal()
