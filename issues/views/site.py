"""What the site answers besides the archive's pages: robots.txt, the favicon, the 404 page."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse


def favicon(request):
    """/favicon.ico: browsers that ignore the pages' <link rel="icon"> and feed readers ask for it here."""
    return redirect(static("favicon.ico"))


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri(reverse('issues:sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def not_found(request, exception=None):
    """The site's 404 page: shows the reason when a view gave one in Chinese, never Django's internals."""
    message = exception.args[0] if exception and exception.args and isinstance(exception.args[0], str) else ""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in message):
        message = ""
    return render(request, "404.html", {"message": message}, status=404)
