"""The mails of the alerts and the signed links in them.

Links carry a signed token (django.core.signing, salted per purpose), never a guessable id:
- confirm: one subscription, valid CONFIRM_DAYS (double opt-in);
- unsubscribe: some subscriptions of one address, for good (also the RFC 8058 one-click POST);
- manage: every subscription of one address, for good ("see and end all of them from any mail").
Every mail carries List-Unsubscribe and List-Unsubscribe-Post (RFC 8058).
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

CONFIRM_DAYS = 3
CONFIRM, UNSUBSCRIBE, MANAGE = "alerts.confirm", "alerts.unsubscribe", "alerts.manage"


class LinkExpired(Exception):
    """A genuine link past its validity; `.value` is what it carried."""

    def __init__(self, value):
        super().__init__("link expired")
        self.value = value


class LinkInvalid(Exception):
    """A forged or damaged link."""


def make_token(purpose: str, value) -> str:
    return signing.dumps(value, salt=purpose, compress=True)


def read_token(purpose: str, token: str):
    """The value a link carries; raises LinkExpired (confirm links only expire) or LinkInvalid."""
    max_age = timedelta(days=CONFIRM_DAYS) if purpose == CONFIRM else None
    try:
        return signing.loads(token, salt=purpose, max_age=max_age)
    except signing.SignatureExpired:
        raise LinkExpired(signing.loads(token, salt=purpose)) from None
    except signing.BadSignature:
        raise LinkInvalid() from None


def absolute(path: str) -> str:
    """Mails are read outside the site: every link is absolute, on GAZETTE_SITE_URL."""
    return (settings.GAZETTE_SITE_URL or "http://localhost:8000").rstrip("/") + path


def confirm_url(subscription) -> str:
    return absolute(reverse("alerts:confirm", args=[make_token(CONFIRM, subscription.pk)]))


def unsubscribe_url(subscriptions) -> str:
    return absolute(reverse("alerts:unsubscribe", args=[make_token(UNSUBSCRIBE, sorted(s.pk for s in subscriptions))]))


def manage_url(address: str) -> str:
    return absolute(reverse("alerts:manage", args=[make_token(MANAGE, address)]))


def _message(address: str, subject: str, template: str, context: dict, unsubscribe_from) -> EmailMessage:
    stop = unsubscribe_url(unsubscribe_from)
    body = render_to_string(template, {**context, "unsubscribe_url": stop, "manage_url": manage_url(address)})
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [address], headers={
        "List-Unsubscribe": f"<{stop}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
    })


def confirmation(subscription) -> EmailMessage:
    return _message(subscription.email, f"请确认订阅：{subscription.label}", "alerts/mail/confirm.txt", {
        "subscription": subscription, "confirm_url": confirm_url(subscription), "days": CONFIRM_DAYS,
    }, [subscription])


def link_to_manage(address: str, subscriptions) -> EmailMessage:
    return _message(address, "您在温州市人民政府公报档案的订阅", "alerts/mail/manage.txt",
                    {"subscriptions": subscriptions}, subscriptions)


def digest(address: str, sections: list) -> EmailMessage:
    """One mail for one address: [(subscription, items)], each with its own unsubscribe link."""
    count = sum(len(items) for _, items in sections)
    sections = [(subscription, [(item, absolute(item.ref)) for item in items], unsubscribe_url([subscription]))
                for subscription, items in sections]
    return _message(address, f"温州市人民政府公报档案：{count} 条新记录", "alerts/mail/digest.txt",
                    {"sections": sections, "count": count}, [s for s, _, _ in sections])
