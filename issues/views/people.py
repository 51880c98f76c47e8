"""Appointments (人事任免) across issues: the index of people and of posts, a person's and a post's page."""

from __future__ import annotations

from django.db.models import Count
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse

from issues import pinyin
from issues.models import Appointment
from issues.views.common import cached_page


@cached_page
def people(request):
    names = (Appointment.objects.published().exclude(person="").values("person")
             .annotate(records=Count("id")))
    return render(request, "issues/people.html", {
        "letters": pinyin.by_letter(names, lambda n: n["person"], pinyin.name_syllables),
    })


# What a person's or a post's page shows of each record and its issue (the rest is never read).
APPOINTMENT_FIELDS = ("order", "person", "action", "position", "qualifier", "decided_by",
                      "issue__year", "issue__issue_no", "issue__total_no", "issue__publish_date")


def _appointments(**where) -> list[Appointment]:
    """Published appointments in issue order, each with .record_url, .person_url and .post_url.

    A long career or a busy post lists hundreds of records: each URL is reversed once per issue,
    name and post rather than once per row, and only the fields shown are read.
    """
    appointments = list(Appointment.objects.published().filter(**where).select_related("issue")
                        .only(*APPOINTMENT_FIELDS).in_issue_order())
    urls: dict[tuple, str] = {}

    def url(name: str, *args) -> str:
        if (name, args) not in urls:
            urls[name, args] = reverse(name, args=args)
        return urls[name, args]

    for a in appointments:
        a.record_url = url("issues:appointments", a.issue.year, a.issue.issue_no) + a.anchor
        a.person_url = url("issues:person", a.person) if a.person else ""
        a.post_url = url("issues:post", a.position) if a.position else ""
    return appointments


@cached_page
def person_detail(request, name: str):
    appointments = _appointments(person=name)
    if not appointments:
        raise Http404(f"档案中没有{name}的任免记录")
    held: dict[str, list] = {}  # post -> [its page, how many records], most records first
    for a in appointments:
        held.setdefault(a.position, [a.post_url, 0])[1] += 1
    return render(request, "issues/person_detail.html", {
        "name": name, "appointments": appointments,
        "posts": sorted(((post, url, n) for post, (url, n) in held.items()), key=lambda p: -p[2]),
    })


@cached_page
def posts(request):
    rows = (Appointment.objects.published().exclude(position="").values("position")
            .annotate(records=Count("id"), people=Count("person", distinct=True)))
    return render(request, "issues/posts.html", {"letters": pinyin.by_letter(rows, lambda p: p["position"])})


def post_detail(request, position: str):
    """Who was appointed to and removed from one post, in issue order."""
    appointments = _appointments(position=position)
    if not appointments:
        raise Http404(f"档案中没有“{position}”的任免记录")
    return render(request, "issues/post_detail.html", {"position": position, "appointments": appointments})
