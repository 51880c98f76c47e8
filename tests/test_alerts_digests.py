"""Digests after a publish (alerts.digests, alerts.tasks): a reader as a new user would, through a real
SMTP server on 127.0.0.1; never twice, even after a re-publish; nothing lost when the server fails."""

import smtplib
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core import mail as outbox
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from alerts import digests
from alerts.models import SentRecord, Subscription
from alerts.subjects import SUBJECTS
from alerts.tasks import RETRIES, retry_delay
from search.indexing import update_index
from search.query import PAGE_SIZE
from tests.factories import ParsedAppointment, ParsedInterpretation, ParsedNews, document, make_issue

pytestmark = pytest.mark.django_db

READER = "reader@example.org"


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def links(body: str) -> list[str]:
    return [line.strip() for line in body.splitlines() if line.strip().startswith("http")]


def publish(issue, capture):
    """Publish a draft the way staff do, with what follows the commit (the queued digest task)."""
    with capture(execute=True):
        issue.publish()


def draft_2020_7():
    return make_issue(2020, 7, status="draft",
                      documents=[document("温政办〔2020〕60号", "关于推进工业用地提质增效的通知")],
                      appointments=[ParsedAppointment("方培雷", "appoint", "温州市发展和改革委员会主任"),
                                    ParsedAppointment("李明", "dismiss", "温州市财政局局长")],
                      news=[ParsedNews("全市工业用地出让情况", None, "上半年全市出让工业用地……")])


def published(*args, **records):
    """An issue ingested and indexed (as `manage.py ingest` does), without the queued task run."""
    issue = make_issue(*args, **records)
    assert update_index(issue) == ""
    return issue


def waiting_retry():
    return DBTaskResult.objects.get(status="READY")


@pytest.fixture
def archive(db):
    return published(2020, 6, documents=[document("温政办〔2020〕53号", "关于工业用地的意见")],
                     appointments=[ParsedAppointment("方培雷", "appoint", "温州市人民政府副秘书长")])


def digest_body(message) -> str:
    return message.get_body(("plain",)).get_content()


def locmem_bodies() -> list[str]:
    return [m.body for m in outbox.outbox]


def follow(client, kind, target, address=READER, bodies=locmem_bodies):
    """Subscribe as a reader would and follow the confirmation mail's link (GET shows a button, POST confirms)."""
    before = len(bodies())
    response = client.post("/alerts/subscribe/", {"email": address, "kind": kind, "target": target})
    assert response.status_code == 200
    sent = bodies()[before:]
    assert len(sent) == 1
    confirm = next(url for url in links(sent[0]) if "/alerts/confirm/" in url)
    active = Subscription.objects.active().count()
    assert client.get(path_of(confirm)).status_code == 200
    assert Subscription.objects.active().count() == active  # a GET changes nothing
    assert client.post(path_of(confirm)).status_code == 200


def test_a_reader_follows_a_person_and_a_search_and_gets_one_digest_by_smtp(
        client, archive, smtp_server, django_capture_on_commit_callbacks, run_tasks):
    follow(client, "person", "方培雷", bodies=lambda: [digest_body(m) for m in smtp_server.messages])
    follow(client, "search", "q=工业用地&type=document", bodies=lambda: [digest_body(m) for m in smtp_server.messages])
    assert Subscription.objects.active().count() == 2
    publish(draft_2020_7(), django_capture_on_commit_callbacks)
    run_tasks()

    digest = smtp_server.messages[-1]
    assert len(smtp_server.messages) == 3  # two confirmations, one digest
    assert digest["To"] == READER and "2 条新记录" in digest["Subject"]
    body = digest_body(digest)
    assert "【人员：方培雷】" in body and "方培雷 任 温州市发展和改革委员会主任" in body
    assert "【检索：“工业用地”（类型：文件）】" in body
    assert "关于推进工业用地提质增效的通知（温政办〔2020〕60号）" in body
    assert "2020年第7期" in body and "2020年第6期" not in body  # what was archived before is no news
    assert "全市工业用地出让情况" not in body  # the search asked for documents only
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # RFC 8058: the mail client posts to the List-Unsubscribe address, with no cookie and no CSRF token
    stop = str(digest["List-Unsubscribe"]).strip().strip("<>")
    from django.test import Client

    assert Client(enforce_csrf_checks=True).post(path_of(stop), {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert Subscription.objects.active().count() == 0


def test_republishing_a_corrected_issue_sends_nothing_already_sent(
        client, archive, django_capture_on_commit_callbacks, run_tasks):
    follow(client, "person", "方培雷")
    publish(draft_2020_7(), django_capture_on_commit_callbacks)
    run_tasks()
    assert len(outbox.outbox) == 2
    publish(draft_2020_7(), django_capture_on_commit_callbacks)  # a corrected 2020年第7期: new rows, new ids
    run_tasks()
    assert len(outbox.outbox) == 2
    assert SentRecord.objects.get().ref == "/issues/2020/7/appointments/#a-1"


def test_republishing_an_old_issue_is_no_news(client, archive, django_capture_on_commit_callbacks, run_tasks):
    follow(client, "person", "方培雷")
    publish(make_issue(2020, 6, status="draft", appointments=[ParsedAppointment("方培雷", "appoint", "温州市人民政府副秘书长")]),
            django_capture_on_commit_callbacks)
    run_tasks()
    assert len(outbox.outbox) == 1  # the confirmation only


def test_nothing_is_sent_before_the_reader_confirms(client, archive, django_capture_on_commit_callbacks, run_tasks):
    client.post("/alerts/subscribe/", {"email": READER, "kind": "person", "target": "方培雷"})
    publish(draft_2020_7(), django_capture_on_commit_callbacks)
    run_tasks()
    assert [m.subject for m in outbox.outbox] == ["请确认订阅：人员：方培雷"]


def test_send_alerts_is_idempotent(client, archive, capsys):
    follow(client, "post", "温州市财政局局长")
    published(2020, 7, appointments=[ParsedAppointment("李明", "dismiss", "温州市财政局局长")])
    call_command("send_alerts")
    call_command("send_alerts")
    assert capsys.readouterr().out.splitlines() == ["发送提醒邮件 1 封，共 1 条记录", "发送提醒邮件 0 封，共 0 条记录"]
    assert len(outbox.outbox) == 2


def test_a_stale_index_holds_the_digest_back_until_it_is_current(client, archive):
    follow(client, "person", "方培雷")
    issue = make_issue(2020, 7, appointments=[ParsedAppointment("方培雷", "appoint", "温州市发展和改革委员会主任")])
    assert issue.index_stale  # saved, not yet indexed
    assert digests.send_all().mails == 0
    update_index(issue)
    assert digests.send_all().records == 1


def test_one_mail_per_address_whatever_it_follows(client, archive):
    follow(client, "person", "方培雷")
    follow(client, "issues", "")
    follow(client, "person", "方培雷", address="other@example.org")
    published(2020, 7, appointments=[ParsedAppointment("方培雷", "appoint", "温州市发展和改革委员会主任")])
    summary = digests.send_all()
    assert (summary.mails, summary.records) == (2, 3)
    mine = next(m for m in outbox.outbox[3:] if m.to == [READER])
    assert "【每期新公报】" in mine.body and "温州市人民政府公报2020年第7期" in mine.body


def test_a_doc_number_is_followed_when_printed_cited_amended_repealed_or_interpreted(client, archive):
    follow(client, "doc", "温政办[2020]53号")  # any common spelling
    published(2020, 7, documents=[
        document("温政发〔2020〕9号", "关于工业用地出让的规定", cited_doc_numbers=["温政办〔2020〕53号"]),
        document("温政办〔2020〕70号", "关于废止部分文件的决定", repealed_doc_numbers=["温政办〔2020〕53号"]),
        document("温政办〔2020〕71号", "与之无关的通知"),
        document("温政办〔2020〕72号", "关于调整工业用地出让年限的通知", amended_doc_numbers=["温政办〔2020〕53号"]),
    ], interpretations=[ParsedInterpretation("《意见》政策解读", "温政办〔2020〕53号")])
    digests.send_all()
    body = outbox.outbox[-1].body
    assert "【文号：温政办〔2020〕53号（刊登、引用、修改、废止或解读时）】" in body
    for line in ("［引用］关于工业用地出让的规定", "［废止］关于废止部分文件的决定", "［修改］关于调整工业用地出让年限的通知",
                 "［解读］《意见》政策解读"):
        assert line in body
    assert "与之无关的通知" not in body


# ----------------------------------------------------------------- a failing SMTP server


def test_a_refusing_server_delays_the_digest_and_loses_nothing(
        client, archive, smtp_server, django_capture_on_commit_callbacks, run_tasks):
    follow(client, "person", "方培雷", bodies=lambda: [digest_body(m) for m in smtp_server.messages])
    smtp_server.refuse = True  # 451: try again later
    publish(draft_2020_7(), django_capture_on_commit_callbacks)
    run_tasks()
    retry = waiting_retry()
    assert retry.args_kwargs["args"] == [2]
    assert abs(retry.run_after - retry.enqueued_at - retry_delay(1)) < timedelta(seconds=5)
    assert SentRecord.objects.count() == 0

    smtp_server.stop()  # then down altogether
    with pytest.raises(OSError):
        digests.send_all()
    assert SentRecord.objects.count() == 0


def test_the_task_retries_with_growing_delays_and_gives_up_loudly(monkeypatch):
    from alerts import tasks

    monkeypatch.setattr(digests, "send_all", lambda: (_ for _ in ()).throw(smtplib.SMTPServerDisconnected("down")))
    assert [retry_delay(n) for n in (1, 2, 3)] == [timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    assert tasks.send_alert_digests.call(1) == "retry 2 in 0:01:00"
    with pytest.raises(smtplib.SMTPServerDisconnected):
        tasks.send_alert_digests.call(RETRIES + 1)


def test_after_the_server_returns_the_retry_sends_the_digest_once(
        client, archive, smtp_server, django_capture_on_commit_callbacks, run_tasks):
    follow(client, "person", "方培雷", bodies=lambda: [digest_body(m) for m in smtp_server.messages])
    smtp_server.refuse = True
    publish(draft_2020_7(), django_capture_on_commit_callbacks)
    run_tasks()
    smtp_server.refuse = False
    DBTaskResult.objects.filter(pk=waiting_retry().pk).update(run_after=waiting_retry().enqueued_at)  # its time has come
    run_tasks()
    assert len(smtp_server.messages) == 2
    assert digests.send_all().mails == 0


# ----------------------------------------------------------------- a search lists what /search/ lists


def search_api_urls(client, query: str, year: int, issue_no: int) -> set[str]:
    """Every result of /api/search/ (the page's search, as JSON) for `query`, within one issue."""
    urls, page = set(), 1
    while True:
        answer = client.get(f"/api/search/?{query}&page={page}&snippets=0").json()
        urls |= {r["url"] for r in answer["results"] if (r["issue"]["year"], r["issue"]["issue_no"]) == (year, issue_no)}
        if page * PAGE_SIZE >= answer["total"]:
            return urls
        page += 1


SEARCHES = [  # (query, whether 2021年第5期 has matches)
    ("q=劳动模范", True),
    ("q=工业&type=document", True),
    ("q=人民政府&sort=date", True),
    ("q=温州&category=市府办文件", True),
    ("type=appointment", False),  # 2021年第5期 printed no appointments
    ("q=温政发〔2004〕49号", True),  # a doc number: the records naming it
]


def test_a_search_digest_lists_exactly_what_the_search_finds_among_the_new_records(client, parsed_issues, save_issue):
    save_issue(parsed_issues["2020-06"])
    for n, (query, _) in enumerate(SEARCHES):
        follow(client, "search", query, address=f"reader{n}@example.org")
    save_issue(parsed_issues["2021-05"])
    digests.send_all()
    for query, finds in SEARCHES:
        subscription = Subscription.objects.get(kind="search", target=SUBJECTS["search"].clean(query))
        sent = set(subscription.sent.values_list("ref", flat=True))
        assert sent == search_api_urls(client, query, 2021, 5), query
        assert bool(sent) == finds, query
