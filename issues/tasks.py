"""Background tasks of the issues app (django-tasks; run by `manage.py db_worker`, see gazette/tasks.py)."""

from django_tasks import task

from issues.uploads import Upload


@task()
def process_upload(upload_id: int) -> str:
    """Read, parse and save a staff upload as a draft; safe to run again after its worker died."""
    upload = Upload.objects.filter(pk=upload_id).first()
    if upload is None:  # deleted while it waited
        return "gone"
    return upload.process()
