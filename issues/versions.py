"""Pages read one version of the archive: the issue before a re-ingest or publish, or after it, never a mix.

A page reads an issue and then its records in several queries, each in its own transaction. When the
issue is replaced in between (a re-ingest deletes the old rows and creates new ones), the later queries
find the old issue gone: `Issue.DoesNotExist` (a 500), a 404 for a record that exists in both versions,
or a page whose lists are silently empty. one_version() notes the archive's version
(`Issue.objects.published().version()`, one aggregate query) before and after the view, and renders the
page again when it changed meanwhile: two unchanged readings around the view mean every query in it saw
the same committed state. Writers commit a replaced issue in one transaction, so a second rendering sees
the new version whole.
"""

from __future__ import annotations

import logging
from functools import wraps

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404

from issues.models import Issue

log = logging.getLogger(__name__)

ATTEMPTS = 3  # an ingest takes seconds, a page milliseconds: a second rendering is nearly always enough


def one_version(view):
    """Render `view` until the archive did not change while it ran (at most ATTEMPTS times)."""
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        for attempt in range(1, ATTEMPTS + 1):
            before = Issue.objects.published().version()
            try:
                response = view(request, *args, **kwargs)
            except (ObjectDoesNotExist, Http404):
                if attempt == ATTEMPTS or Issue.objects.published().version() == before:
                    raise
            else:
                if attempt == ATTEMPTS or Issue.objects.published().version() == before:
                    return response
            log.info("%s: the archive changed while rendering it; rendering it again", request.path)
        raise AssertionError("unreachable")

    return wrapper
