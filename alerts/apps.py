from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = "订阅提醒"

    def ready(self):
        from issues.signals import issue_indexed

        from alerts.receivers import after_issue_indexed

        issue_indexed.connect(after_issue_indexed, dispatch_uid="alerts.after_issue_indexed")
