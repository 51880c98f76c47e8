"""Signals other apps listen to, so that issues never imports them.

issue_indexed(issue): a published issue's records are now what search finds (sent by
search.indexing.update_index after it succeeds; after a publish, an ingest or a correction).
Receivers run in the publishing process: they queue work, they do not do it.

replacing_published(): while save_parsed or publish deletes the published version of an issue that
a new version replaces. Deleting an issue takes its records out of the index (Django's pre_delete,
search.indexing.forget_deleted_issue), except then: the new version's index documents replace them
under the same issue key, and if that indexing fails the old ones keep answering.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.dispatch import Signal

issue_indexed = Signal()
_replacing = ContextVar("replacing_published", default=False)


@contextmanager
def replacing_published():
    token = _replacing.set(True)
    try:
        yield
    finally:
        _replacing.reset(token)


def is_replacing_published() -> bool:
    return _replacing.get()
