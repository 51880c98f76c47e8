"""What every JSON endpoint of the archive shares: UTF-8 JSON bodies, one error shape, open CORS.

An error is always `{"error": code, "message": 中文说明}`, plus `fields` (parameter name → its
problems) when the request's parameters were refused; /api/schema/ describes it as `Error`.
"""

from __future__ import annotations

from functools import wraps

from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_http_methods


def json_response(data, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/json; charset=utf-8"
    return response


def error_response(status: int, code: str, message: str, fields: dict | None = None) -> JsonResponse:
    """`code` is for programs (not_found, invalid, unavailable), `message` for people."""
    body = {"error": code, "message": message}
    if fields is not None:
        body["fields"] = fields
    return json_response(body, status=status)


def open_to_every_origin(response):
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
    response["Access-Control-Allow-Headers"] = "*"
    return response


def read_only_api(view):
    """GET and HEAD only, CORS open; a browser's preflight OPTIONS gets an empty 204."""
    @wraps(view)
    @require_http_methods(["GET", "HEAD", "OPTIONS"])
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            return open_to_every_origin(HttpResponse(status=204))
        return open_to_every_origin(view(request, *args, **kwargs))

    return wrapper


@read_only_api
def not_found(request, rest: str = ""):
    """Any other address under /api/: a JSON 404 for programs, never the site's HTML page."""
    return error_response(404, "not_found", f"没有这个接口地址：{request.path}（接口说明见 /api/）")
