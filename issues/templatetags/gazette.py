"""Template filters of the public site."""

from decimal import Decimal

from django import template

register = template.Library()


@register.filter
def num(value):
    """A statistics figure as printed: 108.3, -0.3, 15521.25; a dash when the table has none."""
    if value is None or value == "":
        return "—"
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return str(value)
