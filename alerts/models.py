"""Readers' e-mail alerts: what they follow, what they were sent, and the counters that stop abuse.

A reader has no account: an address follows a subject (alerts.subjects: a search, a person, a
post, an issuing body, a 栏目, a doc number, every new issue). Nothing is sent to an address until
it has followed the signed link of the confirmation mail (double opt-in).

"Never twice" is keyed on what a record is, not on its database row, which a re-ingest replaces:
SentRecord.ref is the record's address on the site, /issues/<year>/<no>/<kind>/<key>/ (or the
issue page with the record's anchor), built from the issue and the record's stable key.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone

from gazette import locks
from issues.models import Issue


def normalise_address(address: str) -> str:
    """One spelling per mailbox, so that counters and subscriptions cannot be dodged by case."""
    return address.strip().lower()


class IssuePublicationQuerySet(models.QuerySet):
    def note(self, issue: Issue) -> None:
        """Remember when this issue (year, number) was first published; a re-publish keeps the first time."""
        self.get_or_create(year=issue.year, issue_no=issue.issue_no)

    def note_all(self) -> None:
        """Note every published issue not yet noted (the archive as it was when alerts began)."""
        noted = self.filter(year=OuterRef("year"), issue_no=OuterRef("issue_no"))
        missing = Issue.objects.published().filter(~Exists(noted)).values_list("year", "issue_no")
        self.bulk_create([IssuePublication(year=y, issue_no=n) for y, n in missing], ignore_conflicts=True)


class IssuePublication(models.Model):
    """When an issue first became public. Alerts report issues first published after a subscription
    was confirmed, so re-publishing a corrected old issue never mails its old records as news."""

    year = models.PositiveSmallIntegerField("年份")
    issue_no = models.PositiveSmallIntegerField("期号")
    first_published_at = models.DateTimeField("首次发布时间", default=timezone.now)

    objects = IssuePublicationQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "期刊首次发布"
        constraints = [models.UniqueConstraint(fields=["year", "issue_no"], name="one_publication_per_issue")]


class SubscriptionQuerySet(models.QuerySet):
    def active(self):
        """Confirmed and not ended: the subscriptions that are mailed."""
        return self.filter(confirmed_at__isnull=False, ended_at__isnull=True)

    def not_ended(self):
        """Active or waiting for confirmation: what a reader's list of subscriptions shows."""
        return self.filter(ended_at__isnull=True)

    def of_address(self, address: str):
        return self.filter(email=normalise_address(address))


class Subscription(models.Model):
    email = models.EmailField("邮箱")
    kind = models.CharField("类型", max_length=20)
    # Text: a search's query string percent-encodes each Chinese character of a 200-character query in 9 bytes
    target = models.TextField("对象", blank=True, help_text="姓名、职务、发文机关、栏目、规范化文号，或检索参数（查询字符串）")
    created_at = models.DateTimeField("申请时间", auto_now_add=True)
    confirmed_at = models.DateTimeField("确认时间", null=True, blank=True)
    ended_at = models.DateTimeField("退订时间", null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "邮件订阅"
        constraints = [models.UniqueConstraint(fields=["email", "kind", "target"], name="one_subscription_per_subject")]

    def __str__(self):
        return f"{self.email} · {self.label}"

    @property
    def subject(self):
        from alerts.subjects import SUBJECTS  # subjects import the issues and search apps

        return SUBJECTS[self.kind]

    @property
    def label(self) -> str:
        return self.subject.describe(self.target)

    @property
    def is_active(self) -> bool:
        return self.confirmed_at is not None and self.ended_at is None

    @classmethod
    def request(cls, address: str, kind: str, target: str) -> "Subscription":
        """The subscription a form asked for. An ended one starts again unconfirmed; an active one is
        left as it is (whoever asked, the reader's alerts must not stop until they confirm again)."""
        subscription, _ = cls.objects.get_or_create(email=normalise_address(address), kind=kind, target=target)
        if subscription.ended_at:
            subscription.ended_at = subscription.confirmed_at = None
            subscription.save(update_fields=["ended_at", "confirmed_at"])
        return subscription

    def confirm(self) -> None:
        """Start mailing (again: a genuine confirm link pressed after unsubscribing is consent anew)."""
        if not self.is_active:
            IssuePublication.objects.note_all()  # what is archived now is not news to this reader
            self.confirmed_at = timezone.now()
            self.ended_at = None
            self.save(update_fields=["confirmed_at", "ended_at"])

    def end(self) -> None:
        if self.ended_at is None:
            self.ended_at = timezone.now()
            self.save(update_fields=["ended_at"])

    def new_issues(self):
        """Published issues, current in the index, first published after this subscription was confirmed."""
        if self.confirmed_at is None:
            return Issue.objects.none()
        later = IssuePublication.objects.filter(year=OuterRef("year"), issue_no=OuterRef("issue_no"),
                                                first_published_at__gt=self.confirmed_at)
        return Issue.objects.published().filter(index_stale=False).filter(Exists(later))

    def unsent_items(self) -> list:
        """The matching records of new issues this address has not been sent for this subscription."""
        issues = self.new_issues()
        if not issues.exists():
            return []
        sent = set(self.sent.values_list("ref", flat=True))
        return [item for item in self.subject.items(self.target, issues) if item.ref not in sent]


class SentRecord(models.Model):
    """A record mailed for a subscription, by its stable address on the site (see the module docstring)."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="sent")
    ref = models.TextField("记录地址")  # percent-encoded: a 100-character doc key takes 900
    sent_at = models.DateTimeField("发送时间", auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "已发送记录"
        constraints = [models.UniqueConstraint(fields=["subscription", "ref"], name="each_record_sent_once")]


class SubscribeRequest(models.Model):
    """One request to subscribe (or to have a link sent again): the rate limit counts these rows.

    Rows in the database, so every gunicorn worker and host counts the same requests.
    """

    email = models.EmailField("邮箱", db_index=True)
    client = models.GenericIPAddressField("客户端地址", null=True, db_index=True)
    at = models.DateTimeField("时间", default=timezone.now, db_index=True)

    WINDOW = timedelta(hours=1)
    PER_ADDRESS = 5  # confirmation mails one address receives in WINDOW: no mail-bombing a stranger
    PER_CLIENT = 10  # requests one client makes in WINDOW, whatever the addresses

    class Meta:
        verbose_name = verbose_name_plural = "订阅请求"

    @classmethod
    def count(cls, address: str, client: str | None) -> tuple[bool, bool]:
        """Record one request; (the client may ask, a mail may go to the address).

        Counted and recorded under one lock across processes: two workers answering at once cannot
        both read 9 and both let a tenth and an eleventh through.
        """
        with locks.hold("alerts-subscribe-requests", timeout=10):
            return cls._count(address, client)

    @classmethod
    def _count(cls, address: str, client: str | None) -> tuple[bool, bool]:
        now = timezone.now()
        recent = cls.objects.filter(at__gt=now - cls.WINDOW)
        client_ok = client is None or recent.filter(client=client).count() < cls.PER_CLIENT
        address = normalise_address(address)
        address_ok = recent.filter(email=address).count() < cls.PER_ADDRESS
        if client_ok:
            cls.objects.create(email=address, client=client, at=now)
        cls.objects.filter(at__lt=now - 24 * cls.WINDOW).delete()
        return client_ok, address_ok
