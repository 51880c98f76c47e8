"""The site with DEBUG off, as under gunicorn: hashed static files served by WhiteNoise, our error pages."""

import re

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.test import Client, override_settings

from tests.factories import document, make_issue

pytestmark = pytest.mark.django_db

ABSOLUTE = re.compile(r"""(?:src|href|action)=["'](?:https?:)?//(?P<host>[^/"']+)""")


MANIFEST_STORAGE = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """`manage.py collectstatic` as a deployment runs it, once for this module."""
    root = tmp_path_factory.mktemp("staticfiles")
    with override_settings(STATIC_ROOT=root, STORAGES={**django_settings.STORAGES, "staticfiles": MANIFEST_STORAGE}):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def production(settings, static_root):
    settings.DEBUG = False
    settings.STATIC_ROOT = static_root
    settings.STORAGES = {**settings.STORAGES, "staticfiles": MANIFEST_STORAGE}
    make_issue(documents=[document("温政办〔2020〕53号")])
    return Client()  # a new client loads WhiteNoise with these settings


def test_pages_link_hashed_stylesheets_that_whitenoise_serves(production):
    page = production.get("/").content.decode()
    [stylesheet] = re.findall(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', page)
    response = production.get(stylesheet)
    assert response.status_code == 200
    assert b"font-family" in b"".join(response.streaming_content)
    assert "max-age" in response["Cache-Control"]


def test_unknown_page_gets_the_sites_own_404(production):
    response = production.get("/issues/2020/6/doc/nothing-here/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "页面不存在" in page and "Traceback" not in page and "No Document matches" not in page


@pytest.mark.parametrize("url", ["/", "/issues/2020/6/", "/issues/2020/6/doc/温政办〔2020〕53号/", "/statistics/", "/people/"])
def test_pages_make_no_external_requests(production, url):
    page = production.get(url).content.decode()
    assert {m["host"] for m in ABSOLUTE.finditer(page)} <= {"testserver"}  # a canonical link to itself at most
    assert "@import" not in page and "<script" not in page
