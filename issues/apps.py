from django.apps import AppConfig


class IssuesConfig(AppConfig):
    """Owns gazette issues and everything parsed out of them."""

    name = "issues"
    verbose_name = "公报期刊"
    default_auto_field = "django.db.models.BigAutoField"
