"""The staff upload form: one issue as PDF, TXT, MD or a scan (or a text export plus its PDF) queued to become a draft.

The checks that need no parsing (type, size, a .pdf that is not a PDF, a file already archived or
already on its way) refuse the upload on the form at once. Reading and parsing run in the background
(issues.uploads.Upload): the upload page shows their progress, and any refusal, with the file name.
"""

from __future__ import annotations

import logging
from pathlib import Path

from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html

from gazette import diskspace
from issues.models import Issue
from issues.sources import IMAGE_SUFFIXES, PDF_SUFFIXES, TEXT_SUFFIXES, IngestError
from issues.uploads import AlreadyArchived, Upload

log = logging.getLogger(__name__)

# A PDF starts with this signature, possibly after some junk (the spec allows 1024 bytes).
PDF_SIGNATURE = b"%PDF-"

NO_IDENTITY_HINT = "请在下方填写年份和期数后重新上传。"

# The browser's file chooser offers only what the archive reads (the server checks again).
READ_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES | IMAGE_SUFFIXES
ACCEPTED = ",".join(sorted(READ_SUFFIXES))


class UploadIssueForm(forms.Form):
    source = forms.FileField(
        label="公报文件",
        allow_empty_file=True,  # refused below with the archive's own message
        help_text="PDF、TXT 或 MD 格式；扫描件（无文字层的 PDF，或 PNG、JPEG、TIFF 页面图像）经 OCR 识别文字。",
        widget=forms.FileInput(attrs={"accept": ACCEPTED}),
    )
    second = forms.FileField(
        label="第二个文件（可选）",
        required=False,
        allow_empty_file=True,
        help_text="同时有 PDF 和文本导出时：解析文本文件，PDF 保存供下载。",
        widget=forms.FileInput(attrs={"accept": ACCEPTED}),
    )
    year = forms.IntegerField(
        label="年份（可选）", required=False, min_value=1980, max_value=2100, help_text="留空则从文件中识别；填写则以此为准。"
    )
    issue_no = forms.IntegerField(
        label="期数（可选）", required=False, min_value=1, max_value=24, help_text="留空则从文件中识别；填写则以此为准。"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="：", **kwargs)
        self.fields["source"].help_text += f"不超过 {_file_size(settings.GAZETTE_UPLOAD_MAX_BYTES)}。"

    def clean_source(self):
        return _checked_upload(self.cleaned_data["source"])

    def clean_second(self):
        second = self.cleaned_data.get("second")
        return _checked_upload(second) if second else None

    def clean(self):
        cleaned = super().clean()
        source, second = cleaned.get("source"), cleaned.get("second")
        if source and second and _is_pdf_name(source.name) == _is_pdf_name(second.name):
            raise forms.ValidationError("两个文件须为一个 PDF 和一个文本文件（TXT 或 MD）。")
        return cleaned

    def save(self, user=None) -> Upload | None:
        """Keep the file(s) and queue their processing; None (with the reason on the form) when refused."""
        parsed_field, pdf_field = self._roles()
        parsed_file = self.cleaned_data[parsed_field]
        try:
            return Upload.objects.receive(
                parsed_file,
                pdf=self.cleaned_data[pdf_field] if pdf_field else None,
                year=self.cleaned_data.get("year"),
                issue_no=self.cleaned_data.get("issue_no"),
                user=user,
            )
        except AlreadyArchived as exc:
            self.add_error(parsed_field, _already_archived_message(exc.existing))
        except OSError as exc:  # the data dir full or unwritable: staff must see it, not a 500
            if diskspace.is_disk_full(exc):
                self.add_error(parsed_field, f"{diskspace.message(exc)}；未保存任何内容")
            else:
                log.exception("keeping upload %s failed", parsed_file.name)
                self.add_error(parsed_field, f"无法保存上传的文件，未保存任何内容：{exc.strerror or exc}")
        return None

    def _roles(self) -> tuple[str, str | None]:
        """(the field whose file is parsed, the field whose PDF is only kept), text preferred."""
        if self.cleaned_data.get("second") is None:
            return "source", None
        if _is_pdf_name(self.cleaned_data["source"].name):
            return "second", "source"
        return "source", "second"


class LinesField(forms.CharField):
    """A list of strings (attachments, doc numbers, back matter) edited as one item per line, not JSON."""

    widget = forms.Textarea(attrs={"rows": 4})

    def __init__(self, *, encoder=None, decoder=None, **kwargs):  # what JSONField.formfield passes
        super().__init__(**kwargs)
        self.help_text = self.help_text or "每行一项。"

    def prepare_value(self, value):
        return "\n".join(map(str, value)) if isinstance(value, list) else value

    def to_python(self, value):
        if isinstance(value, list):
            return value
        return [line.strip() for line in (value or "").splitlines() if line.strip()]


def _checked_upload(uploaded):
    """The refusals that need no parsing: size, type, a .pdf that is not a PDF."""
    suffix = Path(uploaded.name).suffix.lower()
    if suffix not in READ_SUFFIXES:
        raise forms.ValidationError(IngestError("unsupported_type", suffix or "无扩展名").message)
    if uploaded.size > settings.GAZETTE_UPLOAD_MAX_BYTES:
        limit = _file_size(settings.GAZETTE_UPLOAD_MAX_BYTES)
        raise forms.ValidationError(IngestError("too_large", f"{_file_size(uploaded.size)}，上限 {limit}").message)
    if uploaded.size == 0:
        raise forms.ValidationError(IngestError("empty").message)
    if suffix in PDF_SUFFIXES and not _has_pdf_signature(uploaded):
        raise forms.ValidationError(IngestError("not_pdf").message)
    return uploaded


def _has_pdf_signature(uploaded) -> bool:
    uploaded.seek(0)
    head = uploaded.read(1024)
    uploaded.seek(0)
    return PDF_SIGNATURE in head


def _is_pdf_name(name: str) -> bool:
    return Path(name).suffix.lower() in PDF_SUFFIXES


def _file_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _already_archived_message(existing: Issue | Upload) -> str:
    if isinstance(existing, Upload):
        url = reverse("admin:issues_issue_upload_status", args=[existing.pk])
        return format_html('该文件正在处理中：<a href="{}">{}（{}）</a>', url, existing.source_name, existing.progress)
    url = reverse("admin:issues_issue_review", args=[existing.pk])
    return format_html(
        '{}：<a href="{}">{}（{}）</a>', IngestError.REASONS["duplicate"], url, existing.label,
        existing.get_status_display()
    )
