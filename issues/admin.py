"""Staff admin: upload an issue as a draft, review it, publish or cancel it; find and correct records.

Only staff reach any of it (AdminSite.admin_view). Saving a record here marks it corrected by hand,
so that a later re-upload of its issue warns before overwriting the correction, and brings the
search index and the bulk data dump in step once the save commits.
"""

from __future__ import annotations


from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models as db_models
from django.db import transaction
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django_tasks_db.models import DBTaskResult

from gazette.locks import LockTimeout
from gazette.tasks import queue_state
from issues import models, numbers, review
from issues.parser import checks
from issues.forms import NO_IDENTITY_HINT, LinesField, UploadIssueForm
from issues.sources import IMAGE_SUFFIXES, PDF_SUFFIXES
from search import indexing
from search.indexing import update_index
from opendata.dump import rebuild_after_commit


# django-tasks-db's task table is the worker's own record, in English: staff follow an upload on its page.
admin.site.unregister(DBTaskResult)

admin.site.site_header = "温州市人民政府公报 管理"
admin.site.site_title = "公报管理"
admin.site.index_title = "公报档案管理"

PUBLISH_WAIT_SECONDS = 20  # the request waits this long for another writer of the issue, then says so


@admin.register(models.Issue)
class IssueAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "publish_date", "warning_count", "index_stale", "ingested_at", "review_link"]
    list_filter = ["status", "year", "index_stale", "parser_version"]
    search_fields = ["source_name", "=source_sha256"]
    readonly_fields = [
        "year", "issue_no", "status", "source_name", "source_path", "source_sha256", "pdf_path", "parser_version",
        "warnings", "index_stale", "ingested_at", "updated_at",
    ]
    formfield_overrides = {db_models.JSONField: {"form_class": LinesField}}
    actions = ["reindex"]
    change_list_template = "admin/issues/issue/change_list.html"
    change_form_template = "admin/issues/issue/change_form.html"

    @admin.display(description="损失警告")
    def warning_count(self, issue):
        """Loss warnings (a record may be missing or wrong); notes are not counted."""
        return len(issue.loss_warnings)

    @admin.display(description="审核")
    def review_link(self, issue):
        label = "审核并发布" if issue.status == models.Issue.Status.DRAFT else "查看"
        return format_html('<a href="{}">{}</a>', reverse("admin:issues_issue_review", args=[issue.pk]), label)

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("upload/", wrap(self.upload_view), name="issues_issue_upload"),
            path("upload/<int:pk>/", wrap(self.upload_status_view), name="issues_issue_upload_status"),
            path("<int:pk>/review/", wrap(self.review_view), name="issues_issue_review"),
            path("<int:pk>/publish/", wrap(require_POST(self.publish_view)), name="issues_issue_publish"),
            path("<int:pk>/warnings/", wrap(require_POST(self.check_warnings_view)), name="issues_issue_check_warnings"),
            path("<int:pk>/cancel/", wrap(require_POST(self.cancel_view)), name="issues_issue_cancel"),
            path("<int:pk>/file/<str:which>/", wrap(self.file_view), name="issues_issue_file"),
            path("<int:pk>/page/<int:number>.png", wrap(self.page_picture_view), name="issues_issue_page_picture"),
        ] + super().get_urls()

    def has_delete_permission(self, request, obj=None):
        """Drafts only: a published issue leaves the archive by being replaced, never by a stray click."""
        if obj is not None and obj.status == models.Issue.Status.PUBLISHED:
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # would delete published issues too
        return actions

    @admin.action(description="更新所选期刊的搜索索引（用于“索引待更新”的期刊）", permissions=["change"])
    def reindex(self, request, queryset):
        published = list(queryset.filter(status=models.Issue.Status.PUBLISHED))
        failures = [(issue, error) for issue in published if (error := update_index(issue))]
        for issue, error in failures:
            messages.error(request, f"{issue.label}：搜索索引更新失败：{error}")
        messages.success(request, f"已更新 {len(published) - len(failures)} 期的搜索索引（草稿不进入索引）。")

    def changelist_view(self, request, extra_context=None):
        """The issues, under the uploads still on their way and those refused lately."""
        uploads = list(models.Upload.objects.needing_attention())
        for upload in uploads:
            upload.check_task()
        stalled = any(upload.state == models.Upload.State.QUEUED for upload in uploads) and queue_state().stalled
        return super().changelist_view(request, {**(extra_context or {}), "uploads": uploads, "stalled": stalled})

    def add_view(self, request, form_url="", extra_context=None):
        """Issues come from files: "add" is the upload form."""
        return redirect("admin:issues_issue_upload")

    def upload_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = UploadIssueForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            upload = form.save(user=request.user)
            if upload:
                return redirect("admin:issues_issue_upload_status", upload.pk)
        return self._render(request, "upload.html", "上传新一期", form=form)

    def upload_status_view(self, request, pk):
        """An upload on its way: progress while queued or running, then the review page, or why it was refused."""
        upload = get_object_or_404(models.Upload, pk=pk)
        if not self.has_add_permission(request):
            raise PermissionDenied
        upload.check_task()
        if upload.state == models.Upload.State.DONE and upload.issue:
            replaced = "（已替换此前未发布的草稿）" if upload.replaced_draft else ""
            messages.success(request, f"已保存为草稿：{upload.issue.label}{replaced}。请审核后发布。")
            return redirect("admin:issues_issue_review", upload.issue.pk)
        return self._render(
            request,
            "upload_status.html",
            f"上传：{upload.source_name}",
            upload=upload,
            stalled=upload.state == models.Upload.State.QUEUED and queue_state().stalled,
            hint=NO_IDENTITY_HINT if upload.refusal == "no_identity" else "",
            form=UploadIssueForm() if upload.state == models.Upload.State.FAILED else None,
        )

    def review_view(self, request, pk):
        issue = get_object_or_404(models.Issue, pk=pk)
        if not self.has_view_permission(request, issue):
            raise PermissionDenied
        published = issue.published_version() if issue.status == models.Issue.Status.DRAFT else None
        at_risk = review.corrections_at_risk(issue, published) if published else []
        removals = _removals(issue, published)
        return self._render(
            request,
            "review.html",
            f"审核：{issue.label}" if issue.status == models.Issue.Status.DRAFT else issue.label,
            issue=issue,
            loss_groups=_by_section(issue.loss_warnings),
            notes=[warning for warning in issue.parse_warnings if not warning.is_loss],
            counts=checks.counts(issue.to_parsed()),
            published=published,
            diff=review.compare(issue, published) if published else None,
            corrections_lost=[c for c in at_risk if c.lost],
            corrections_kept=[c for c in at_risk if not c.lost],
            removals=removals if removals and removals.too_destructive else None,
            tables=review.record_tables(issue),
            can_publish=issue.status == models.Issue.Status.DRAFT and self.has_change_permission(request, issue),
            can_cancel=issue.status == models.Issue.Status.DRAFT and self.has_delete_permission(request, issue),
        )

    def check_warnings_view(self, request, pk):
        """保存核对: the 已核对 ticks of the draft's loss warnings, saved with it."""
        issue = get_object_or_404(models.Issue.objects.drafts(), pk=pk)
        if not self.has_change_permission(request, issue):
            raise PermissionDenied
        _save_checks(request, issue)
        messages.success(request, f"已保存核对：尚有 {issue.unchecked_losses} 条警告未核对。")
        return redirect(reverse("admin:issues_issue_review", args=[issue.pk]) + "#warnings")

    def publish_view(self, request, pk):
        issue = get_object_or_404(models.Issue.objects.drafts(), pk=pk)
        if not self.has_change_permission(request, issue):
            raise PermissionDenied
        _save_checks(request, issue)
        removals = _removals(issue, issue.published_version())
        if removals and removals.too_destructive and request.POST.get("confirm_removals") != "on":
            messages.error(request, "发布将删除已发布版本中超过三分之一的记录：请先确认（勾选“已核对”）再发布。")
            return redirect("admin:issues_issue_review", issue.pk)
        unchecked = issue.unchecked_losses
        if unchecked and request.POST.get("confirm_unchecked") != "1":
            return self._render(request, "confirm.html", f"发布：{issue.label}", issue=issue,
                                question=f"尚有 {unchecked} 条警告未核对，仍要发布吗？",
                                action=reverse("admin:issues_issue_publish", args=[issue.pk]),
                                confirm_name="confirm_unchecked", confirm_label="仍要发布",
                                carried={"confirm_removals": request.POST.get("confirm_removals", "")})
        try:
            index_error = issue.publish(lock_timeout=PUBLISH_WAIT_SECONDS)
        except LockTimeout:
            messages.error(request, f"{issue.label}正在被另一操作写入（导入、上传或发布），请稍后再试。")
            return redirect("admin:issues_issue_review", issue.pk)
        messages.success(
            request, format_html('已发布：{}。<a href="{}">查看公开页面</a>', issue.label, issue.get_absolute_url())
        )
        if index_error:
            messages.warning(request, f"已发布，但搜索索引更新失败（已标记待更新）：{index_error}")
        return redirect("admin:issues_issue_changelist")

    def cancel_view(self, request, pk):
        issue = get_object_or_404(models.Issue.objects.drafts(), pk=pk)
        if not self.has_delete_permission(request, issue):
            raise PermissionDenied
        if request.POST.get("confirm_cancel") != "1":
            return self._render(request, "confirm.html", f"取消：{issue.label}", issue=issue,
                                question="草稿及其源文件将被删除，确定取消吗？",
                                action=reverse("admin:issues_issue_cancel", args=[issue.pk]),
                                confirm_name="confirm_cancel", confirm_label="删除草稿", carried={})
        published = issue.published_version()
        issue.discard()
        kept = "，已发布的版本未受影响" if published else ""
        messages.success(request, f"已取消并删除草稿：{issue.label}{kept}。")
        return redirect("admin:issues_issue_changelist")

    def file_view(self, request, pk, which):
        """The kept source file or PDF of any issue, drafts included (the public site serves published ones)."""
        issue = get_object_or_404(models.Issue, pk=pk)
        if not self.has_view_permission(request, issue):
            raise PermissionDenied
        path = {"source": issue.source_file, "pdf": issue.pdf_file}.get(which)
        if path is None or not path.is_file():
            raise Http404("文件不在档案中")
        name = issue.source_name if path == issue.source_file else f"{issue.year}-{issue.issue_no:02d}.pdf"
        return FileResponse(path.open("rb"), as_attachment=True, filename=name)

    def page_picture_view(self, request, pk, number):
        """A page of the issue's scan or PDF as a picture, for the review page's warnings."""
        issue = get_object_or_404(models.Issue, pk=pk)
        if not self.has_view_permission(request, issue):
            raise PermissionDenied
        from issues.ocr_pages import page_picture  # pypdfium2 and PIL: only when a page is shown

        path = issue.pdf_file or issue.source_file
        pictured = path.suffix.lower() in PDF_SUFFIXES | IMAGE_SUFFIXES and path.is_file()
        picture = page_picture(path, number) if pictured else None
        if picture is None:
            raise Http404("档案中没有此页")
        return HttpResponse(picture, content_type="image/png")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.status == models.Issue.Status.PUBLISHED:
            indexing.with_records(lambda: _report_index_error(request, update_index(obj)))
            rebuild_after_commit()

    def _render(self, request, template, title, **context):
        return TemplateResponse(
            request,
            f"admin/issues/issue/{template}",
            {**self.admin_site.each_context(request), "opts": self.opts, "title": title, **context},
        )


class RecordAdmin(admin.ModelAdmin):
    """A record parsed from an issue: found by its issue and fields, corrected by hand, never added here."""

    list_select_related = ["issue"]
    formfield_overrides = {db_models.JSONField: {"form_class": LinesField}}
    common_filters = ["issue__status", "issue__year", "corrected"]
    readonly_fields = ["issue", "order", "corrected"]
    # A normalised doc number field: a search for "温政办[2020]53号" also finds 温政办〔2020〕53号.
    doc_key_field: str | None = None

    def get_list_filter(self, request):
        return [*self.list_filter, *self.common_filters]

    @admin.display(description="期刊", ordering="issue")
    def issue_label(self, record):
        draft = "【草稿】" if record.issue.status == models.Issue.Status.DRAFT else ""
        return f"{record.issue.label}{draft}"

    def has_add_permission(self, request):
        return False

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        key = numbers.doc_key(search_term) if self.doc_key_field else None
        if key:
            results |= queryset.filter(**{self.doc_key_field: key})
        return results, may_have_duplicates

    def save_model(self, request, obj, form, change):
        obj.corrected = True
        obj.derive()  # normalised doc numbers follow the corrected fields
        super().save_model(request, obj, form, change)
        indexing.with_records(lambda: _report_index_error(request, _index_record(obj)))
        _rebuild_dump_if_published(obj.issue)

    def response_change(self, request, obj):
        """Back to where the correction started (the review page links here with ?next=)."""
        next_url = request.GET.get("next", "")
        safe = url_has_allowed_host_and_scheme(next_url, {request.get_host()}, require_https=request.is_secure())
        if "_save" in request.POST and safe:
            messages.success(request, f"已保存并标记为人工校正：{obj}")
            return redirect(next_url)
        return super().response_change(request, obj)

    def delete_model(self, request, obj):
        issue = obj.issue
        super().delete_model(request, obj)
        indexing.with_records(lambda: _report_index_error(request, _index_record(None, issue)))
        _rebuild_dump_if_published(issue)

    def delete_queryset(self, request, queryset):
        issues = {record.issue for record in queryset.select_related("issue")}
        super().delete_queryset(request, queryset)  # a bulk delete bypasses IssueRecord.delete
        models.Issue.objects.filter(pk__in=[issue.pk for issue in issues]).update(updated_at=timezone.now())
        for issue in issues:
            indexing.with_records(lambda issue=issue: _report_index_error(request, _index_record(None, issue)))
            _rebuild_dump_if_published(issue)


def _save_checks(request, issue) -> None:
    """The 已核对 boxes of the review page, when the form that carries them was sent."""
    if request.POST.get("warnings_form") == "1" and issue.loss_warnings:
        issue.check_warnings({int(value) for value in request.POST.getlist("checked") if value.isdigit()})


def _by_section(loss_warnings) -> list[tuple[str, list]]:
    """(section, [(position, warning)]) in the order sections first appear; the whole issue's first."""
    groups: dict[str, list] = {}
    for position, warning in sorted(loss_warnings, key=lambda item: bool(item[1].section)):
        groups.setdefault(warning.section or "全期", []).append((position, warning))
    return list(groups.items())


def _removals(draft, published):
    """What publishing the draft would remove from the published version (issues.replacement), or None."""
    return published.replaced_by(draft.to_parsed()) if published else None


def _index_record(record, issue=None) -> str:
    """Bring the search index in step with one corrected record; '' or the error.

    Drafts are not in the index. A deleted record (record None) re-indexes its issue.
    """
    issue = issue or record.issue
    if issue.status != models.Issue.Status.PUBLISHED:
        return ""
    return update_index(issue) if record is None else indexing.update_record(record)


def _rebuild_dump_if_published(issue) -> None:
    """A correction of a published record reaches the bulk data dump once it commits.

    (Asked several times in one request, the builds after the first find the dump current.)
    """
    if issue.status == models.Issue.Status.PUBLISHED:
        rebuild_after_commit()


def _report_index_error(request, error: str) -> None:
    if error:
        messages.warning(request, f"已保存，但搜索索引更新失败（已标记待更新）：{error}")


@admin.register(models.Section)
class SectionAdmin(RecordAdmin):
    list_display = ["title", "category", "doc_number", "page", "issue_label", "corrected"]
    list_filter = ["category"]
    search_fields = ["title", "doc_number"]


@admin.register(models.Document)
class DocumentAdmin(RecordAdmin):
    list_display = ["title", "doc_number", "category", "issuer", "signed_date", "page", "issue_label", "corrected"]
    list_filter = ["category"]
    search_fields = ["title", "doc_number", "registration_code", "issuer"]
    readonly_fields = [*RecordAdmin.readonly_fields, "key", "doc_key", "rule_key"]
    doc_key_field = "doc_key"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        obj.rebuild_references()


@admin.register(models.Interpretation)
class InterpretationAdmin(RecordAdmin):
    list_display = ["title", "interprets", "unit", "issue_label", "corrected"]
    search_fields = ["title", "interprets", "unit"]
    readonly_fields = [*RecordAdmin.readonly_fields, "key", "interprets_key"]
    doc_key_field = "interprets_key"


@admin.register(models.Appointment)
class AppointmentAdmin(RecordAdmin):
    list_display = ["person", "action", "position", "qualifier", "decided_by", "issue_label", "corrected"]
    list_filter = ["action"]
    search_fields = ["person", "position", "decided_by"]


@admin.register(models.NewsBrief)
class NewsBriefAdmin(RecordAdmin):
    list_display = ["title", "date", "issue_label", "corrected"]
    search_fields = ["title", "body"]
    readonly_fields = [*RecordAdmin.readonly_fields, "key"]


@admin.register(models.ChronicleEntry)
class ChronicleEntryAdmin(RecordAdmin):
    list_display = ["date", "text_start", "issue_label", "corrected"]
    search_fields = ["text"]
    date_hierarchy = "date"

    @admin.display(description="内容")
    def text_start(self, entry):
        return entry.text if len(entry.text) <= 60 else f"{entry.text[:60]}…"


@admin.register(models.IssuedListEntry)
class IssuedListEntryAdmin(RecordAdmin):
    list_display = ["doc_number", "title", "issue_label", "corrected"]
    search_fields = ["doc_number", "title"]
    readonly_fields = [*RecordAdmin.readonly_fields, "doc_key"]
    doc_key_field = "doc_key"


@admin.register(models.StatisticsRow)
class StatisticsRowAdmin(RecordAdmin):
    list_display = ["indicator", "unit", "month", "month_yoy", "cumulative", "cumulative_yoy", "issue_label", "corrected"]
    list_filter = ["sub_row"]
    search_fields = ["indicator"]
