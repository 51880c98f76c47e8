"""The search page (/search/) and the JSON API (/api/search/): same parameters, same search."""

from urllib.parse import urlencode

from django.shortcuts import redirect, render

from gazette.api import error_response, json_response
from search.forms import TYPE_LABELS, SearchForm
from search.criteria import IndexUnavailable
from search.query import PAGE_SIZE, PHRASE_QUOTES, person_url, run_search, words_with_hits


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
        "page_link": _link(request),
    }
    if not outcome.total and not outcome.unarchived:
        context["tries"] = _what_to_try(request, params, outcome)
    return render(request, "search/search.html", context)


def _what_to_try(request, params, outcome) -> dict:
    """Searches an empty result suggests, as links: without quotes, single words, without filters."""
    unquoted = "".join(c for c in params.q if c not in PHRASE_QUOTES).strip()
    return {
        "unquoted": _link(request, q=unquoted) if unquoted != params.q.strip() else None,
        "unquoted_q": unquoted,
        "words": [] if outcome.number else [(w, _link(request, q=w)) for w in words_with_hits(params.q)],
        "without_filters": f"?{urlencode({'q': params.q})}" if params.has_filters() and params.q else None,
    }


def _link(request, **changes) -> str:
    """This search's address from page one, with `changes` to its parameters."""
    query = request.GET.copy()
    query.pop("page", None)
    for name, value in changes.items():
        query[name] = value
    return f"?{query.urlencode()}"


def search_api(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return error_response(400, "invalid", "参数无效", fields=form.error_messages())
    params = form.params()
    if not params.q and not params.has_filters():
        return error_response(400, "invalid", "请提供检索词 q 或至少一个筛选条件", fields={})
    try:
        return json_response(run_search(params).to_json())
    except IndexUnavailable:
        return error_response(503, "unavailable", "检索索引暂不可用（可能正在重建），请稍后再试")


def _row(result: dict) -> dict:
    """An API result plus what the page shows besides: the type's name, the person page."""
    return {
        **result,
        "label": TYPE_LABELS[result["type"]],
        "person_url": person_url(result["person"]) if result["person"] else None,
    }

