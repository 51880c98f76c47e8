"""What the public pages share: the published issue of a URL, an issue page's context, the page cache."""

from __future__ import annotations

import hashlib
from functools import wraps

from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from issues import contents
from issues.models import Issue


def published_issue(year: int, issue_no: int) -> Issue:
    return get_object_or_404(Issue.objects.published(), year=year, issue_no=issue_no)


def issue_context(issue: Issue, **extra) -> dict:
    return {"issue": issue, "issue_pages": contents.list_pages(issue), **extra}


def cached_page(view):
    """Serve the page's HTML from the cache while the archive has not changed.

    For pages that show only published records and depend on nothing in the request but its path:
    requests with a query string (the header's search box echoes `q`) are rendered as usual, and
    answers other than 200 (a 404 for an unknown name) are never cached.
    """
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or request.GET:
            return view(request, *args, **kwargs)
        path = hashlib.sha256(request.path.encode()).hexdigest()  # any name in the URL makes a safe key
        key = f"page:{view.__name__}:{path}:{Issue.objects.published().version()}"
        content = cache.get(key)
        if content is None:
            response = view(request, *args, **kwargs)
            if response.status_code != 200:
                return response
            cache.set(key, response.content)
            return response
        return HttpResponse(content)

    return wrapper
