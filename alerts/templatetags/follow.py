"""{% follow kind target %}: a page's links to follow it by mail and by Atom; {% feed_link %} for <head>.

The target is what the subject kind takes (a name, a 栏目, a doc number), or for a search the page's
request.GET; a target the kind refuses shows nothing.
"""

from urllib.parse import urlencode

from django import template
from django.core.exceptions import ValidationError
from django.urls import reverse

from alerts.subjects import SUBJECTS

register = template.Library()


def _cleaned(kind: str, target) -> str | None:
    text = target if isinstance(target, str) else target.urlencode()  # a QueryDict: the search's parameters
    try:
        return SUBJECTS[kind].clean(text)
    except ValidationError:
        return None


@register.inclusion_tag("alerts/_follow.html")
def follow(kind: str, target=""):
    cleaned = _cleaned(kind, target)
    if cleaned is None:
        return {}
    return {
        "subscribe_url": f"{reverse('alerts:subscribe')}?{urlencode({'kind': kind, 'target': cleaned})}",
        "feed_url": SUBJECTS[kind].feed_url(cleaned),
    }


@register.inclusion_tag("alerts/_feed_link.html")
def feed_link(kind: str, target=""):
    cleaned = _cleaned(kind, target)
    if cleaned is None:
        return {}
    return {"feed_url": SUBJECTS[kind].feed_url(cleaned), "title": SUBJECTS[kind].describe(cleaned)}
