"""Reading a source file's bytes (issues/sources.py): a wrong encoding is named, with what to do.

A text export saved as UTF-16 without a byte order mark is full of NUL bytes and used to be refused
as binary; a traditional-Chinese Big5 file decodes as GB18030 gibberish and used to be refused as
"not a gazette" (finding 6 of issue 20). Real UTF-8 and GB18030 issues are never mistaken for them.
"""

import pytest

from issues.sources import IngestError, decode_text
from tests.conftest import ISSUE_FILES, fixture_text

# The head of a gazette as a traditional-Chinese office would type it (every character exists in Big5).
TRADITIONAL = (
    "溫州市人民政府公報\n2020年第6期（總第214期）\n"
    "溫州市人民政府關於印發溫州市工業用地全周期管理辦法的通知\n溫政發〔2020〕10號\n"
    "各縣（市、區）人民政府，市政府直屬各單位：\n現將《溫州市工業用地全周期管理辦法》印發給你們，請認真貫徹執行。\n"
)
UTF16 = "文件为 UTF-16 编码，请另存为 UTF-8"
UTF16_NO_BOM = "文件为 UTF-16 编码（无 BOM），请另存为 UTF-8"
BIG5 = "文件为 Big5 繁体编码，请转换为 UTF-8 或 GB18030"


@pytest.mark.parametrize(
    "data, message",
    [
        pytest.param(fixture_text("2020-06").encode("utf-16"), UTF16, id="utf16-with-bom"),
        pytest.param(fixture_text("2020-06").encode("utf-16-le"), UTF16_NO_BOM, id="utf16-le-no-bom"),
        pytest.param(fixture_text("2020-06").encode("utf-16-be"), UTF16_NO_BOM, id="utf16-be-no-bom"),
        pytest.param("温州市人民政府公报 2020年第6期\n".encode("utf-16-le"), UTF16_NO_BOM, id="utf16-one-line"),
        pytest.param(TRADITIONAL.encode("big5"), BIG5, id="big5"),
        # 114 KB: the 64 KB sample read ends inside a character
        pytest.param(("x" + TRADITIONAL * 500).encode("big5"), BIG5, id="big5-longer-than-the-sample-read"),
    ],
)
def test_a_wrong_encoding_is_named_with_what_to_do(data, message):
    with pytest.raises(IngestError) as refused:
        decode_text(data)
    assert refused.value.reason == "encoding"
    assert message in refused.value.message


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
@pytest.mark.parametrize("name", list(ISSUE_FILES))
def test_real_issues_in_the_encodings_we_read_are_read(name, encoding):
    text = fixture_text(name)
    assert decode_text(text.encode(encoding)) == text


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4, "binary"),
        (b"%PDF-1.7\n" + b"\x00\x01\x02\x03" * 500, "binary"),
        (bytes(range(128, 256)) * 40, "encoding"),
    ],
    ids=["png", "binary-with-nul-runs", "undecodable"],
)
def test_binary_and_undecodable_data_keep_their_reasons(data, reason):
    with pytest.raises(IngestError) as refused:
        decode_text(data)
    assert refused.value.reason == reason
