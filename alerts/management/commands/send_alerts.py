"""Send the alert digests not yet sent (idempotent: schedule it, e.g. hourly; docs/production.md)."""

from django.core.management.base import BaseCommand

from alerts import digests


class Command(BaseCommand):
    help = "发送尚未发送的订阅提醒邮件（可重复运行，不会重复发送）"

    def handle(self, *args, **options):
        self.stdout.write(str(digests.send_all()))
