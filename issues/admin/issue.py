"""The issues in the admin: upload a file as a draft, follow it, review it, publish or cancel it."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models as db_models
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from gazette.locks import LockTimeout
from gazette.tasks import queue_state
from issues import models, review
from issues.admin.records import follow_correction
from issues.forms import NO_IDENTITY_HINT, LinesField, UploadIssueForm
from issues.parser import checks
from issues.sources import IMAGE_SUFFIXES, PDF_SUFFIXES
from search.indexing import update_index

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
        issue = self._issue(request, pk, self.has_view_permission)
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
        issue = self._issue(request, pk, self.has_change_permission, models.Issue.objects.drafts())
        _save_checks(request, issue)
        messages.success(request, f"已保存核对：尚有 {issue.unchecked_losses} 条警告未核对。")
        return redirect(reverse("admin:issues_issue_review", args=[issue.pk]) + "#warnings")

    def publish_view(self, request, pk):
        issue = self._issue(request, pk, self.has_change_permission, models.Issue.objects.drafts())
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
        issue = self._issue(request, pk, self.has_delete_permission, models.Issue.objects.drafts())
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
        issue = self._issue(request, pk, self.has_view_permission)
        path = {"source": issue.source_file, "pdf": issue.pdf_file}.get(which)
        if path is None or not path.is_file():
            raise Http404("文件不在档案中")
        name = issue.source_name if path == issue.source_file else f"{issue.year}-{issue.issue_no:02d}.pdf"
        return FileResponse(path.open("rb"), as_attachment=True, filename=name)

    def page_picture_view(self, request, pk, number):
        """A page of the issue's scan or PDF as a picture, for the review page's warnings."""
        issue = self._issue(request, pk, self.has_view_permission)
        from issues.ocr_pages import page_picture  # pypdfium2 and PIL: only when a page is shown

        path = issue.pdf_file or issue.source_file
        pictured = path.suffix.lower() in PDF_SUFFIXES | IMAGE_SUFFIXES and path.is_file()
        picture = page_picture(path, number) if pictured else None
        if picture is None:
            raise Http404("档案中没有此页")
        return HttpResponse(picture, content_type="image/png")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        follow_correction(request, obj)

    def _issue(self, request, pk, permitted, issues=None):
        """The issue `pk` (among `issues`: by default any), if `permitted(request, issue)`; else 404 or 403."""
        issue = get_object_or_404(models.Issue if issues is None else issues, pk=pk)
        if not permitted(request, issue):
            raise PermissionDenied
        return issue

    def _render(self, request, template, title, **context):
        return TemplateResponse(
            request,
            f"admin/issues/issue/{template}",
            {**self.admin_site.each_context(request), "opts": self.opts, "title": title, **context},
        )


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
