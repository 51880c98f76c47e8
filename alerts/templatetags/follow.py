"""{% follow kind target %}: a page's links to follow it by mail and by Atom; {% feed_link %} for <head>.

The target is what the subject kind takes (a name, a 栏目, a doc number), or for a search the page's
request.GET; a target the kind refuses shows nothing.
"""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

from alerts.subjects import SUBJECTS, cleaned

register = template.Library()


def _target(kind: str, given) -> str | None:
    return cleaned(kind, given if isinstance(given, str) else given.urlencode())  # a QueryDict: a search's


@register.inclusion_tag("alerts/_follow.html")
def follow(kind: str, given=""):
    target = _target(kind, given)
    if target is None:
        return {}
    return {
        "subscribe_url": f"{reverse('alerts:subscribe')}?{urlencode({'kind': kind, 'target': target})}",
        "feed_url": SUBJECTS[kind].feed_url(target),
    }


@register.inclusion_tag("alerts/_feed_link.html")
def feed_link(kind: str, given=""):
    target = _target(kind, given)
    if target is None:
        return {}
    return {"feed_url": SUBJECTS[kind].feed_url(target), "title": SUBJECTS[kind].describe(target)}
