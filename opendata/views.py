"""/data/ (the bulk dump and its data dictionary), /api/ (the developers' page) and /api/schema/.

Nothing here builds anything: the dump is read as the last build left it (opendata.dump), and a
missing dump is a page that says it is being built, never an error.
"""

from __future__ import annotations

import json
from datetime import datetime

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from gazette.api import json_response, read_only_api
from issues.models import Document, Issue
from issues.views.api import issue_summary
from opendata import dump, openapi

BEING_BUILT = "数据包正在生成，请稍后再试。"


@require_safe
def data_page(request):
    manifest = dump.current()
    dictionary = manifest.dictionary if manifest else dump.data_dictionary()
    return render(request, "opendata/data.html", {
        "manifest": manifest,
        "built_at": datetime.fromisoformat(manifest.built_at) if manifest else None,
        "stale": bool(manifest) and manifest.version != Issue.objects.published().version(),
        "files": [{**file, "fields": [{**f, "shown": _shown(f["example"])} for f in file["fields"]]}
                  for file in dictionary["files"]],
        "formats": dictionary["formats"],
    })


def _shown(example) -> str:
    if example is None:
        return ""
    return example if isinstance(example, str) else json.dumps(example, ensure_ascii=False)


@read_only_api
def dictionary_json(request):
    manifest = dump.current()
    return json_response(manifest.dictionary if manifest else dump.data_dictionary())


@require_safe
def latest(request):
    """A stable address for scripts (`curl -LO …/data/latest.zip`): redirects to today's file name."""
    manifest = dump.current()
    if manifest is None:
        return _being_built()
    return redirect("opendata:download", name=manifest.download_name)


@require_safe
def download(request, name: str):
    manifest = dump.current()
    if manifest is None:
        return _being_built()
    if name != manifest.download_name:
        raise Http404(f"数据包已更新为 {manifest.download_name}，请到“数据下载”页下载")
    etag, modified = f'"{manifest.sha256}"', datetime.fromisoformat(manifest.built_at).timestamp()
    response = get_conditional_response(request, etag=etag, last_modified=modified)
    if response is None:
        try:
            data = manifest.path.open("rb")
        except FileNotFoundError:  # replaced by a rebuild since we read the manifest: ask again
            return redirect("opendata:latest")
        response = FileResponse(data, as_attachment=True, filename=manifest.download_name,
                                content_type="application/zip")
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    response["Cache-Control"] = "public, max-age=300"  # a rebuild on the same day keeps the name
    return response


def _being_built() -> HttpResponse:
    response = HttpResponse(BEING_BUILT, status=503, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = "60"
    return response


@read_only_api
def api_schema(request):
    return json_response(openapi.schema(request.build_absolute_uri("/").rstrip("/")))


@require_safe
def developers(request):
    """/api/: what the API offers, with curl commands that work on this archive."""
    site = request.build_absolute_uri("/").rstrip("/")
    latest_issue = Issue.objects.published().newest_first().first()
    document = (Document.objects.published().exclude(doc_number="").select_related("issue")
                .newest_first().first())
    return render(request, "opendata/developers.html", {
        "site": site,
        "issue": latest_issue,
        "summary": json.dumps(issue_summary(request, latest_issue), ensure_ascii=False, indent=2)
        if latest_issue else None,
        "document": document,
        "search_parameters": openapi.search_parameters(),
        "schema_url": request.build_absolute_uri(reverse("opendata:api_schema")),
    })
