"""Public pages. Placeholder views until the public-site issue lands (see issue 3)."""

from django.http import Http404


def _not_built(*args, **kwargs):
    raise Http404("页面建设中")


home = issue_list = issue_detail = document_detail = interpretation_detail = _not_built
news_list = chronicle_list = appointment_list = issued_list = issue_statistics = person_detail = _not_built
