"""opendata/views.py: /data/, the dump's download and the data dictionary as JSON."""

import hashlib
import json
from datetime import datetime

import pytest

from opendata import dump
from opendata.fields import KINDS
from tests.factories import ParsedNews, document, make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    return make_issue(2020, 6, documents=[document("温政办〔2020〕53号", attachments=["重点任务目标"])],
                      news=[ParsedNews("市政府召开常务会议", None, "会议研究了城市更新工作。")])


@pytest.fixture
def built(archive):
    return dump.build_dump()[0]


def test_before_the_first_build_the_page_says_the_dump_is_being_built(client, archive):
    response = client.get("/data/")
    assert response.status_code == 200
    assert "数据包正在生成" in response.content.decode()
    assert "生成后显示" in response.content.decode()  # the dictionary is there, without examples


@pytest.mark.parametrize("url", ["/data/latest.zip", "/data/wenzhou-gazette-2020-01-01.zip"])
def test_before_the_first_build_a_download_is_a_503_to_retry(client, archive, url):
    response = client.get(url)
    assert response.status_code == 503 and response["Retry-After"] == "60"
    assert response.content.decode() == "数据包正在生成，请稍后再试。"


def test_the_page_offers_the_dump_with_its_size_and_date(client, built):
    page = client.get("/data/").content.decode()
    assert f'href="/data/{built.download_name}"' in page
    assert built.sha256 in page
    assert "数据包正在生成" not in page and "档案在此之后有更新" not in page
    kb = f"{built.size / 1024:.1f}".replace(".0", "")
    assert f"{kb}\xa0KB" in page or f"{kb} KB" in page
    built_at = datetime.fromisoformat(built.built_at)
    assert f"<dt>生成时间</dt><dd>{built_at.year}年{built_at.month}月{built_at.day}日 {built_at:%H:%M}</dd>" in page


def test_the_page_lists_every_field_of_every_file_with_a_real_example(client, built):
    page = client.get("/data/").content.decode()
    for kind in KINDS:
        assert f'id="file-{kind.name}"' in page
        for field in kind.fields:
            assert f"<code>{field.name}</code>" in page
    assert "温政办〔2020〕53号" in page and "[&quot;重点任务目标&quot;]" in page
    assert "（档案中均为空）" in page  # the news date, null in every row


def test_a_change_to_the_archive_is_announced_until_the_dump_follows(client, built):
    make_issue(2021, 5)  # saved without the rebuild that ingest would ask for after its commit
    assert "档案在此之后有更新，新的数据包正在生成" in client.get("/data/").content.decode()
    dump.build_dump()
    assert "档案在此之后有更新" not in client.get("/data/").content.decode()


def test_the_download_is_the_zip_under_a_dated_name(client, built):
    response = client.get(f"/data/{built.download_name}")
    data = b"".join(response.streaming_content)
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == f'attachment; filename="{built.download_name}"'
    assert int(response["Content-Length"]) == built.size == len(data)
    assert hashlib.sha256(data).hexdigest() == built.sha256
    assert response["ETag"] == f'"{built.sha256}"'


def test_a_client_holding_the_same_dump_gets_304(client, built):
    response = client.get(f"/data/{built.download_name}", HTTP_IF_NONE_MATCH=f'"{built.sha256}"')
    assert response.status_code == 304 and response["ETag"] == f'"{built.sha256}"'


def test_latest_redirects_to_the_dated_file(client, built):
    response = client.get("/data/latest.zip")
    assert response.status_code == 302 and response["Location"] == f"/data/{built.download_name}"


@pytest.mark.parametrize("name", ["wenzhou-gazette-2001-01-01.zip", "manifest.json", "archive-0000000000000000.zip"])
def test_any_other_name_is_a_404_that_points_to_the_page(client, built, name):
    response = client.get(f"/data/{name}")
    assert response.status_code == 404
    assert f"数据包已更新为 {built.download_name}，请到“数据下载”页下载" in response.content.decode()


def test_a_path_out_of_the_data_folder_is_a_plain_404(client, built):
    assert client.get("/data/..%2Fmanifest.json").status_code == 404


def test_the_dictionary_as_json_is_the_one_inside_the_dump(client, built):
    response = client.get("/data/dictionary.json")
    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"
    assert json.loads(response.content) == built.dictionary
    documents = next(f for f in built.dictionary["files"] if f["name"] == "documents")
    doc_number = next(f for f in documents["fields"] if f["name"] == "doc_number")
    assert doc_number == {"name": "doc_number", "type": "string", "type_label": "文本", "nullable": False,
                          "meaning": "文号，按原文印刷形式；没有文号时为空字符串", "example": "温政办〔2020〕53号"}


def test_the_dictionary_as_json_before_the_first_build_has_no_examples(client, archive):
    files = json.loads(client.get("/data/dictionary.json").content)["files"]
    assert [f["name"] for f in files] == ["issues", *(kind.name for kind in KINDS)]
    assert {field["example"] for f in files for field in f["fields"]} == {None}
