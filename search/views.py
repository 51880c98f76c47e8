"""The search page (/search/) and the JSON API (/api/search/): same parameters, same search."""

from urllib.parse import urlencode

from django.shortcuts import redirect, render

from gazette.api import error_response, json_response, read_only_api
from search.forms import TYPE_LABELS, SearchForm
from search.criteria import IndexUnavailable
from search.query import PHRASE_QUOTES, person_url, run_search, words_with_hits

PAGE_LINKS_AROUND = 2  # numbered page links either side of the current page


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
        "first_number": (params.page - 1) * params.page_size + 1,
        "person_url": person_url(outcome.person) if outcome.person else None,
        "page_link": _link(request),
        "page_numbers": page_numbers(outcome.page, outcome.pages),
        "facets": [(SearchForm.base_fields[name].label, entries)
                   for name, entries in _facets(request, params, outcome).items()],
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
    """This search's address from page one, with `changes` to its parameters ('' drops one)."""
    query = request.GET.copy()
    query.pop("page", None)
    for name, value in changes.items():
        query[name] = value
        if value in ("", None):
            query.pop(name)
    return f"?{query.urlencode()}"


def page_numbers(page: int, pages: int) -> list[int | None]:
    """The pages to link: the first, the last and a few around this one; None where some are left out."""
    around = range(max(page - PAGE_LINKS_AROUND, 1), min(page + PAGE_LINKS_AROUND, pages) + 1)
    shown = sorted({1, pages, *around})
    numbers: list[int | None] = []
    for number in shown:
        if numbers and number - numbers[-1] > 1:
            numbers.append(None)
        numbers.append(number)
    return numbers if pages > 1 else []


def _facets(request, params, outcome, absolute: bool = False) -> dict[str, list[dict]]:
    """Each facet's values with their counts and the link that filters by them (or, for the value
    filtered by now, drops the filter)."""
    facets = {}
    for name, values in outcome.facets.items():  # each named as its filter parameter
        entries = []
        for value, count in values:
            selected = getattr(params, name) == value
            link = _link(request, **{name: "" if selected else value})
            entries.append({"value": value, "label": _facet_label(name, value), "count": count, "selected": selected,
                            "url": request.build_absolute_uri(request.path + link) if absolute else link})
        facets[name] = entries
    return facets


def _facet_label(name: str, value) -> str:
    if name == "type":
        return TYPE_LABELS[value]
    return f"{value}年" if name == "year" else str(value)


@read_only_api
def search_api(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return error_response(400, "invalid", "参数无效", fields=form.error_messages())
    params = form.params()
    if not params.q and not params.has_filters():
        return error_response(400, "invalid", "请提供检索词 q 或至少一个筛选条件", fields={})
    try:
        outcome = run_search(params)
    except IndexUnavailable:
        return error_response(503, "unavailable", "检索索引暂不可用（可能正在重建），请稍后再试")
    if outcome.past_the_end:
        return error_response(400, "invalid", "参数无效",
                              fields={"page": [f"超出末页：共 {outcome.pages} 页（每页 {params.page_size} 条）"]})
    return json_response({**outcome.to_json(), **_neighbours(request, outcome),
                          "facets": _facets(request, params, outcome, absolute=True)})


def _neighbours(request, outcome) -> dict:
    """The absolute addresses of the next and previous pages (None at either end)."""
    def address(page):
        if not 1 <= page <= outcome.pages:
            return None
        return request.build_absolute_uri(f"{request.path}{_link(request, page=page)}")

    return {"next": address(outcome.page + 1), "previous": address(outcome.page - 1)}


def _row(result: dict) -> dict:
    """An API result plus what the page shows besides: the type's name, the person page."""
    return {
        **result,
        "label": TYPE_LABELS[result["type"]],
        "person_url": person_url(result["person"]) if result["person"] else None,
    }
