"""The search page (/search/) and the JSON API (/api/search/): same parameters, same search."""

from django.http import JsonResponse
from django.shortcuts import redirect, render

from search.forms import TYPE_LABELS, SearchForm
from search.query import PAGE_SIZE, IndexUnavailable, person_url, run_search


def search_page(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, "search/search.html", {"form": form, "invalid": True}, status=400)
    params = form.params()
    if not params.q and not params.has_filters():
        return render(request, "search/search.html", {"form": form})
    try:
        outcome = run_search(params)
    except IndexUnavailable:
        return render(request, "search/search.html", {"form": form, "unavailable": True}, status=503)
    if outcome.resolved:
        return redirect(outcome.resolved)
    context = {
        "form": form,
        "params": params,
        "outcome": outcome,
        "rows": [_row(result) for result in outcome.results],
        "first_number": (params.page - 1) * PAGE_SIZE + 1,
        "person_url": person_url(outcome.person) if outcome.person else None,
        "page_query": _query_without_page(request),
    }
    return render(request, "search/search.html", context)


def search_api(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return _json({"error": "参数无效", "fields": form.error_messages()}, status=400)
    params = form.params()
    if not params.q and not params.has_filters():
        return _json({"error": "请提供检索词 q 或至少一个筛选条件", "fields": {}}, status=400)
    try:
        return _json(run_search(params).to_json())
    except IndexUnavailable:
        return _json({"error": "检索索引暂不可用（可能正在重建），请稍后再试", "fields": {}}, status=503)


def _row(result: dict) -> dict:
    """An API result plus what the page shows besides: the type's name, the person page."""
    return {
        **result,
        "label": TYPE_LABELS[result["type"]],
        "person_url": person_url(result["person"]) if result["person"] else None,
    }


def _json(data, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def _query_without_page(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
