"""Subscribing, confirming and ending subscriptions (alerts.views): double opt-in, links that a mail
scanner may follow without changing anything, no address enumeration, rate limits."""

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core import mail as outbox
from django.core import signing
from django.test import Client
from django.utils import timezone

from alerts import mail
from bench import load
from alerts.models import SubscribeRequest, Subscription
from tests.conftest import database_independent
from tests.factories import ParsedAppointment, make_issue

pytestmark = pytest.mark.django_db

READER = "reader@example.org"


def subscribe(client, address=READER, kind="person", target="方培雷", **extra):
    return client.post("/alerts/subscribe/", {"email": address, "kind": kind, "target": target}, **extra)


def link(message, part: str) -> str:
    url = next(word for word in message.body.split() if part in word)
    return urlsplit(url).path


def confirmed(address=READER, kind="person", target="方培雷") -> Subscription:
    subscription = Subscription.request(address, kind, target)
    subscription.confirm()
    return subscription


# ----------------------------------------------------------------- the form


def test_the_person_page_links_to_its_subscription_and_feed(client):
    make_issue(2020, 6, appointments=[ParsedAppointment("方培雷", "appoint", "温州市人民政府副秘书长")])
    page = client.get("/people/方培雷/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml" title="人员：方培雷" href="/people/%E6%96%B9%E5%9F%B9%E9%9B%B7/feed/">' in page
    assert "/alerts/subscribe/?kind=person&amp;target=%E6%96%B9%E5%9F%B9%E9%9B%B7" in page
    form = client.get("/alerts/subscribe/?kind=person&target=方培雷").content.decode()
    assert "订阅：<strong>人员：方培雷</strong>" in form and 'name="csrfmiddlewaretoken"' in form


@pytest.mark.parametrize("address, error", [
    ("", "请填写邮箱地址"),
    ("not-an-address", "请填写有效的邮箱地址"),
    ("a@b@example.org", "请填写有效的邮箱地址"),
])
def test_a_bad_address_gets_a_form_error_and_nothing_is_saved(client, address, error):
    response = subscribe(client, address)
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not Subscription.objects.exists() and not outbox.outbox


@pytest.mark.parametrize("kind, target", [("nobody", "x"), ("person", ""), ("category", "不存在的栏目"),
                                          ("doc", "随便写的"), ("search", "page=2")])
def test_an_unknown_subject_is_refused(client, kind, target):
    assert subscribe(client, kind=kind, target=target).status_code == 400
    assert client.get(f"/alerts/subscribe/?kind={kind}&target={target}").status_code == 400
    assert not Subscription.objects.exists()


def test_the_longest_search_the_page_takes_can_be_followed(client):
    query = "温州市人民政府关于工业用地" * 15 + "的通知"  # 200 characters, 1,800 bytes percent-encoded
    response = subscribe(client, kind="search", target=f"q={query}&issuer=温州市人民政府办公室&type=document")
    assert response.status_code == 200
    assert Subscription.objects.get().label.startswith(f"检索：“{query}”（类型：文件；发文机关：温州市人民政府办公室）")


def test_subscribing_sends_a_confirmation_and_nothing_else(client):
    response = subscribe(client, "Reader@Example.org")
    assert "请查收邮件" in response.content.decode()
    [message] = outbox.outbox
    assert message.to == [READER] and message.subject == "请确认订阅：人员：方培雷"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert Subscription.objects.get().confirmed_at is None


def test_the_answer_never_tells_whether_an_address_is_subscribed(client):
    confirmed()
    known = subscribe(client).content.decode()
    unknown = subscribe(client, "stranger@example.org").content.decode()
    assert known.replace(READER, "") == unknown.replace("stranger@example.org", "")
    assert Subscription.objects.get(email=READER).is_active  # a stranger's request never stops the reader's alerts


def test_every_form_needs_its_csrf_token():
    strict = Client(enforce_csrf_checks=True)
    assert subscribe(strict).status_code == 403
    assert strict.post("/alerts/link/", {"email": READER}).status_code == 403


def test_without_mail_the_site_takes_no_addresses(client, settings):
    settings.GAZETTE_ALERTS = False
    response = client.get("/alerts/subscribe/?kind=person&target=方培雷")
    assert "订阅邮件暂未开通" in response.content.decode()
    assert subscribe(client).status_code == 503 and not Subscription.objects.exists()


# ----------------------------------------------------------------- rate limits


def test_one_address_gets_at_most_five_confirmation_mails_an_hour(client):
    for n in range(SubscribeRequest.PER_ADDRESS + 2):
        response = subscribe(client, target=f"人员{n}", REMOTE_ADDR=f"10.0.0.{n}")
        assert response.status_code == 200  # the same answer: the limit reveals nothing either
    assert len(outbox.outbox) == SubscribeRequest.PER_ADDRESS


def test_one_client_is_refused_after_ten_requests_an_hour(client):
    for n in range(SubscribeRequest.PER_CLIENT):
        assert subscribe(client, f"r{n}@example.org").status_code == 200
    refused = subscribe(client, "another@example.org")
    assert refused.status_code == 429 and "请求过于频繁" in refused.content.decode()
    assert subscribe(client, "another@example.org", REMOTE_ADDR="10.9.9.9").status_code == 200


def test_the_limits_lift_after_an_hour(client):
    for n in range(SubscribeRequest.PER_CLIENT):
        subscribe(client, f"r{n}@example.org")
    SubscribeRequest.objects.update(at=timezone.now() - timedelta(hours=1, seconds=1))
    assert subscribe(client, "another@example.org").status_code == 200


# ----------------------------------------------------------------- confirming


def test_following_the_confirmation_link_changes_nothing_until_the_button(client):
    subscribe(client)
    confirm = link(outbox.outbox[0], "/alerts/confirm/")
    page = client.get(confirm)
    assert "确认订阅" in page.content.decode() and not Subscription.objects.active().exists()
    assert "已确认订阅" in client.post(confirm).content.decode()
    assert Subscription.objects.active().count() == 1


def test_an_expired_confirmation_link_says_so_and_offers_a_new_one(client, monkeypatch):
    subscribe(client)
    confirm = link(outbox.outbox[0], "/alerts/confirm/")
    later = timezone.now() + timedelta(days=mail.CONFIRM_DAYS, seconds=1)
    monkeypatch.setattr(signing.time, "time", lambda: later.timestamp())
    page = client.post(confirm)
    assert page.status_code == 410 and "链接已过期" in page.content.decode()
    assert not Subscription.objects.active().exists()
    client.post(f"{confirm}resend/")
    assert len(outbox.outbox) == 2 and outbox.outbox[1].subject == "请确认订阅：人员：方培雷"


@pytest.mark.parametrize("path", ["/alerts/confirm/{}/", "/alerts/unsubscribe/{}/", "/alerts/manage/{}/"])
def test_a_forged_link_says_so_and_changes_nothing(client, path):
    subscription = confirmed()
    forged = signing.dumps(subscription.pk, salt="guessed").replace(":", ":x", 1)
    for method in (client.get, client.post):
        page = method(path.format(forged))
        assert page.status_code == 400 and "链接无效" in page.content.decode()
    assert Subscription.objects.active().count() == 1


def test_a_confirm_token_is_no_unsubscribe_token(client):
    subscription = confirmed()
    token = mail.make_token(mail.CONFIRM, [subscription.pk])
    assert client.post(f"/alerts/unsubscribe/{token}/").status_code == 400
    assert Subscription.objects.active().count() == 1


# ----------------------------------------------------------------- ending subscriptions


def test_the_unsubscribe_link_shows_a_button_and_the_post_ends_it(client):
    subscription = confirmed()
    path = urlsplit(mail.unsubscribe_url([subscription])).path
    assert "退订" in client.get(path).content.decode()
    assert Subscription.objects.active().count() == 1  # a mail scanner following the link changes nothing
    response = Client(enforce_csrf_checks=True).post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200 and "已退订" in response.content.decode()
    assert not Subscription.objects.active().exists()


def test_a_reader_sees_and_ends_all_subscriptions_from_any_mail(client):
    person, issues = confirmed(), confirmed(kind="issues", target="")
    confirmed(address="other@example.org")
    path = urlsplit(mail.manage_url(READER)).path
    page = client.get(path).content.decode()
    assert "人员：方培雷" in page and "每期新公报" in page and "other@example.org" not in page
    client.post(path, {"end": [str(person.pk), "x"]})
    assert list(Subscription.objects.active().of_address(READER)) == [issues]
    client.post(path, {"all": "1"})
    assert not Subscription.objects.active().of_address(READER).exists()
    assert Subscription.objects.active().count() == 1  # the other address's


def test_asking_for_a_link_answers_alike_for_any_address(client):
    confirmed()
    known = client.post("/alerts/link/", {"email": READER}).content.decode()
    unknown = client.post("/alerts/link/", {"email": "stranger@example.org"}).content.decode()
    assert known == unknown
    [message] = outbox.outbox
    assert message.to == [READER] and "/alerts/manage/" in message.body


def test_subscribing_again_after_ending_needs_a_new_confirmation(client):
    confirmed().end()
    subscribe(client)
    assert not Subscription.objects.active().exists()
    client.post(link(outbox.outbox[-1], "/alerts/confirm/"))
    assert Subscription.objects.active().count() == 1


@database_independent
def test_the_counters_are_shared_by_two_gunicorn_workers(tmp_path, smtp_server):
    """`make serve`'s gunicorn with two single-thread workers and parallel clients: both workers answer,
    and together they let exactly PER_CLIENT requests of one client through."""
    data_dir = tmp_path / "data"
    load.manage(data_dir, "migrate", "--noinput")
    access_log = data_dir / "access.log"
    env = {"EMAIL_URL": f"smtp://127.0.0.1:{smtp_server.port}/?tls=0", "GUNICORN_THREADS": "1",
           "GUNICORN_ACCESS_LOG": str(access_log), "GUNICORN_CMD_ARGS": "--access-logformat '%(p)s %(m)s %(s)s'"}
    with load.gunicorn(data_dir, workers=2, env=env) as (base, _pid):
        with ThreadPoolExecutor(4) as pool:
            statuses = list(pool.map(lambda n: visitor(base)(n), range(2 * SubscribeRequest.PER_CLIENT)))
    assert sorted(statuses) == [200] * SubscribeRequest.PER_CLIENT + [429] * SubscribeRequest.PER_CLIENT
    posts = [line.split() for line in access_log.read_text().splitlines() if " POST " in line]
    assert len({pid for pid, _, _ in posts}) == 2, "one worker answered every request: nothing shared was tested"
    assert len(smtp_server.messages) == SubscribeRequest.PER_CLIENT


def visitor(base: str):
    """A client's visit: GET the form (CSRF cookie and token), then POST one address."""
    import http.cookiejar
    import re
    import urllib.parse
    import urllib.request

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def visit(n: int) -> int:
        form = opener.open(f"{base}/alerts/subscribe/?kind=issues&target=", timeout=30).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
        data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "email": f"r{n}@example.org",
                                       "kind": "issues", "target": ""}).encode()
        try:
            return opener.open(f"{base}/alerts/subscribe/", data, timeout=30).status
        except urllib.error.HTTPError as error:
            return error.code

    return visit
