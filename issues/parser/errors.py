"""Why a file cannot become an issue: IngestError and its named reasons.

It lives in the parser, which refuses texts that are not a gazette, so that the parser imports no
Django; `issues.sources` re-exports it for the ingest command, uploads and the PDF reader.
"""

from __future__ import annotations

DISK_FULL = "磁盘空间不足"  # gazette.diskspace says it in the same words


class IngestError(Exception):
    """A file that cannot become an issue. `reason` is one of REASONS."""

    REASONS = {
        "missing": "文件不存在",
        "unreadable": "无法读取文件",
        "empty": "文件为空",
        "binary": "不是文本文件（含二进制内容）",
        "encoding": "无法识别文本编码（仅支持 UTF-8 或 GB18030）",
        "unsupported_type": "不支持的文件类型（仅支持 PDF、TXT、MD 及扫描图像 PNG、JPEG、TIFF）",
        "too_large": "文件超过大小限制",
        "not_pdf": "文件扩展名为 .pdf，但内容不是 PDF",
        "pdf_encrypted": "PDF 已加密，无法读取",
        "pdf_damaged": "PDF 已损坏，无法读取",
        "pdf_no_text": "PDF 没有文字层（扫描件），需要先进行 OCR 文字识别",
        "pdf_drawings_only": "PDF 只有矢量图形，没有文字层，也没有可做 OCR 文字识别的图像",
        "pdf_too_many_pages": "PDF 页数超过上限",
        "pdf_inflates_too_much": "PDF 的内容解压后过大，可能是恶意构造的文件",
        "image_damaged": "图像已损坏，无法读取",
        "ocr_unreadable": "OCR 识别率过低",
        "not_gazette": "内容不是温州市人民政府公报",
        "no_identity": "无法确定期号（年份、期数）",
        "duplicate": "该文件已经导入过",
        "disk_full": f"{DISK_FULL}，未保存任何内容",
        "removes_records": "替换将删除已发布版本中超过三分之一的记录，未保存任何内容",
        "unexpected": "意外错误，未保存任何内容（已记入日志）",
    }

    # reasons whose detail reads as a note in brackets: 「OCR 识别率过低（第3、5、7页）」
    BRACKETED = {"ocr_unreadable"}

    def __init__(self, reason: str, detail: str = ""):
        assert reason in self.REASONS, reason
        self.reason = reason
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = self.REASONS[self.reason]
        if self.detail and self.reason in self.BRACKETED:
            return f"{text}（{self.detail}）"
        return f"{text}：{self.detail}" if self.detail else text


class NoIdentity(IngestError):
    """A text that prints no year and number. `total_no` is the 总第N期 it prints, if any: the archive
    can place it among the issues it holds (issues.ingest), the parser alone cannot."""

    def __init__(self, detail: str, total_no: int | None):
        super().__init__("no_identity", detail)
        self.total_no = total_no
