"""Background tasks of the alerts app (django-tasks; run by `manage.py db_worker`, see gazette/tasks.py)."""

import logging
import smtplib
from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from alerts import digests

log = logging.getLogger(__name__)

RETRIES = 8
FIRST_RETRY = timedelta(minutes=1)  # then 2, 4, … 128 minutes: about four hours in all
MAIL_ERRORS = (smtplib.SMTPException, OSError)


def retry_delay(attempt: int) -> timedelta:
    return FIRST_RETRY * 2 ** (attempt - 1)


@task()
def send_alert_digests(attempt: int = 1) -> str:
    """Send every unsent digest; when the SMTP server fails, try again later with back-off.

    Nothing is lost when the retries run out either: what was not sent stays unsent, and the next
    publish or the scheduled `manage.py send_alerts` sends it.
    """
    from search.criteria import IndexUnavailable  # the search app loads its index backend on import

    try:
        return str(digests.send_all())
    except (*MAIL_ERRORS, IndexUnavailable) as exc:
        if attempt > RETRIES:
            log.error("alert digests not sent after %d attempts: %s", attempt, exc)
            raise
        delay = retry_delay(attempt)
        log.warning("alert digests not sent (%s); retrying in %s", exc, delay)
        send_alert_digests.using(run_after=timezone.now() + delay).enqueue(attempt + 1)
        return f"retry {attempt + 1} in {delay}"
