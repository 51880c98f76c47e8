"""Sending the digests: one mail per address listing the new records its subscriptions match.

Safe to run at any time and as often as wanted (`manage.py send_alerts`, the task queued after each
publish): a record is sent for a subscription at most once (SentRecord), recorded as soon as its
mail has been accepted by the SMTP server. A failure stops the run with what was sent recorded; the
next run sends the rest. One run at a time (the lock), so two workers never mail an address twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import transaction

from alerts import mail
from alerts.models import IssuePublication, SentRecord, Subscription
from gazette import locks

log = logging.getLogger(__name__)

LOCK = "alerts-digests"


@dataclass
class Summary:
    mails: int = 0
    records: int = 0

    def __str__(self):
        return f"发送提醒邮件 {self.mails} 封，共 {self.records} 条记录"


def send_all() -> Summary:
    summary = Summary()
    with locks.hold(LOCK):
        IssuePublication.objects.note_all()
        addresses = Subscription.objects.active().order_by("email").values_list("email", flat=True).distinct()
        for address in list(addresses):
            sent = send_to(address)
            summary.mails += bool(sent)
            summary.records += sent
    return summary


def send_to(address: str) -> int:
    """Mail `address` its unsent records, if any; returns how many were sent. SMTP errors propagate."""
    sections = [(s, items) for s in Subscription.objects.active().of_address(address).order_by("pk")
                if (items := s.unsent_items())]
    if not sections:
        return 0
    mail.digest(address, sections).send()
    with transaction.atomic():
        SentRecord.objects.bulk_create([SentRecord(subscription=s, ref=item.ref) for s, items in sections
                                        for item in items], ignore_conflicts=True)
    return sum(len(items) for _, items in sections)
