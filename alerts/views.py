"""Subscribing, confirming, unsubscribing and seeing one's subscriptions; no accounts.

A GET never changes a subscription (mail scanners follow links): every link opens a page whose
button posts. The one exception to CSRF is the unsubscribe POST, which its signed token authorises
(RFC 8058 one-click, sent by mail clients without any cookie). Whatever is asked, the answer never
tells whether an address is subscribed.
"""

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from alerts import mail
from alerts.forms import AddressForm, SubscribeForm
from alerts.models import SubscribeRequest, Subscription, normalise_address
from alerts.subjects import SUBJECTS, cleaned


def _closed(request):
    return render(request, "alerts/closed.html", status=503)


def _allowed(request, address: str) -> tuple[bool, bool]:
    return SubscribeRequest.count(address, get_client_ip_address(request) or None)


def _too_many(request):
    return render(request, "alerts/too_many.html", status=429)


@require_http_methods(["GET", "POST"])
def subscribe(request):
    if not settings.GAZETTE_ALERTS:
        return _closed(request)
    if request.method == "GET":
        kind, target = request.GET.get("kind", ""), request.GET.get("target", "")
        target = cleaned(kind, target)
        if target is None:
            return render(request, "alerts/subscribe.html", {"subject_error": True}, status=400)
        form = SubscribeForm(initial={"kind": kind, "target": target})
        return render(request, "alerts/subscribe.html", {"form": form, "label": SUBJECTS[kind].describe(target)})
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return render(request, "alerts/subscribe.html", {"form": form, "label": _label(form)}, status=400)
    client_ok, address_ok = _allowed(request, form.cleaned_data["email"])
    if not client_ok:
        return _too_many(request)
    if address_ok:
        data = form.cleaned_data
        mail.confirmation(Subscription.request(data["email"], data["kind"], data["target"])).send()
    return render(request, "alerts/check_mail.html", {"label": _label(form)})


def _label(form) -> str:
    if form.is_valid():
        return SUBJECTS[form.cleaned_data["kind"]].describe(form.cleaned_data["target"])
    return ""


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        subscription = Subscription.objects.filter(pk=mail.read_token(mail.CONFIRM, token)).first()
    except mail.LinkExpired as expired:
        return _expired(request, token, Subscription.objects.filter(pk=expired.value).first())
    except mail.LinkInvalid:
        return _invalid(request)
    if subscription is None:
        return _invalid(request)
    if request.method == "POST":
        subscription.confirm()
        return render(request, "alerts/confirmed.html", {"subscription": subscription,
                                                         "manage_url": mail.manage_url(subscription.email)})
    return render(request, "alerts/confirm.html", {"subscription": subscription})


def _expired(request, token, subscription):
    return render(request, "alerts/expired.html", {"token": token, "subscription": subscription,
                                                   "form": AddressForm()}, status=410)


def _invalid(request):
    return render(request, "alerts/invalid.html", {"form": AddressForm()}, status=400)


@require_POST
def resend(request, token):
    """A new confirmation mail for the subscription of an expired (but genuine) confirm link."""
    try:
        pk = mail.read_token(mail.CONFIRM, token)
    except mail.LinkExpired as expired:
        pk = expired.value
    except mail.LinkInvalid:
        return _invalid(request)
    subscription = Subscription.objects.filter(pk=pk).first()
    if subscription is None:
        return _invalid(request)
    client_ok, address_ok = _allowed(request, subscription.email)
    if not client_ok:
        return _too_many(request)
    if address_ok and not subscription.is_active:
        mail.confirmation(subscription).send()
    return render(request, "alerts/check_mail.html", {"label": subscription.label})


@require_POST
def ask_link(request):
    """Mail a link to one's subscriptions, if the address has any; the page is the same either way."""
    form = AddressForm(request.POST)
    if not form.is_valid():
        return render(request, "alerts/invalid.html", {"form": form}, status=400)
    address = normalise_address(form.cleaned_data["email"])
    client_ok, address_ok = _allowed(request, address)
    if not client_ok:
        return _too_many(request)
    subscriptions = list(Subscription.objects.of_address(address).not_ended())
    if address_ok and subscriptions:
        mail.link_to_manage(address, subscriptions).send()
    return render(request, "alerts/check_mail.html", {"label": ""})


@csrf_exempt  # the signed token authorises it: RFC 8058 one-click, posted by mail clients
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        pks = mail.read_token(mail.UNSUBSCRIBE, token)
    except mail.LinkInvalid:  # these links never expire
        return _invalid(request)
    subscriptions = list(Subscription.objects.filter(pk__in=pks))
    if not subscriptions:
        return _invalid(request)
    if request.method == "POST":
        for subscription in subscriptions:
            subscription.end()
        return render(request, "alerts/unsubscribed.html", {"subscriptions": subscriptions,
                                                            "manage_url": mail.manage_url(subscriptions[0].email)})
    return render(request, "alerts/unsubscribe.html", {"subscriptions": subscriptions})


@require_http_methods(["GET", "POST"])
def manage(request, token):
    try:
        address = mail.read_token(mail.MANAGE, token)
    except mail.LinkInvalid:  # these links never expire
        return _invalid(request)
    subscriptions = Subscription.objects.of_address(address).not_ended().order_by("pk")
    ended = []
    if request.method == "POST":
        chosen = subscriptions if "all" in request.POST else subscriptions.filter(
            pk__in=[pk for pk in request.POST.getlist("end") if pk.isdigit()])
        ended = list(chosen)
        for subscription in ended:
            subscription.end()
    return render(request, "alerts/manage.html", {"address": address, "ended": ended,
                                                  "subscriptions": list(subscriptions.all())})
