"""After a publish, once the issue's index is current: note the publication, queue the digests."""

from alerts.models import IssuePublication, Subscription
from gazette.tasks import enqueue_on_commit


def after_issue_indexed(sender, issue, **kwargs):
    IssuePublication.objects.note(issue)
    if Subscription.objects.active().exists():  # no queue traffic on archives nobody follows
        from alerts.tasks import send_alert_digests  # the task module imports the search app

        enqueue_on_commit(send_alert_digests)
