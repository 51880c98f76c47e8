"""Staff admin: upload an issue as a draft, review it, publish or cancel it; find and correct records.

Only staff reach any of it (AdminSite.admin_view). Saving a record here marks it corrected by hand,
so that a later re-upload of its issue warns before overwriting the correction, and brings the
search index and the bulk data dump in step once the save commits.
"""

from django.contrib import admin
from django_tasks_db.models import DBTaskResult

# django-tasks-db's task table is the worker's own record, in English: staff follow an upload on its page.
admin.site.unregister(DBTaskResult)

admin.site.site_header = "温州市人民政府公报 管理"
admin.site.site_title = "公报管理"
admin.site.index_title = "公报档案管理"

# The admins register themselves: the issues (upload, review, publish), then the records.
from issues.admin import issue, records  # noqa: E402, F401
