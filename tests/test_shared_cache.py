"""Two web hosts with separate memory share the page cache (settings.CACHES: the database cache; issue 13).

Two gunicorn servers on one SQLite database, each with its own data dir and its own process memory. A
page one of them cached is served by the other from the shared cache, not rendered again: a title
changed behind the archive's back (an SQL UPDATE, which leaves the archive's version and so the cache key
alone) does not show on the second host. A correction as the admin makes it changes the version, and
both hosts serve the corrected page at once.
"""

import pytest

from tests.conftest import database_independent
from tests.hosts import build_archive, correct_title, host, page, shell, site_env

pytestmark = database_independent

BEHIND_THE_CACHE = """
from issues.models import Document
Document.objects.filter(pk={pk}).update(title={title!r})
"""


@pytest.fixture(scope="module")
def hosts(tmp_path_factory):
    shared = tmp_path_factory.mktemp("shared")  # the database (and kept files) every host sees
    env = site_env(shared, f"sqlite:///{shared / 'gazette.sqlite3'}")
    document = build_archive(env)
    with host(tmp_path_factory.mktemp("host-a"), env) as (a, _), host(tmp_path_factory.mktemp("host-b"), env) as (b, _):
        yield {"env": env, "document": document, "a": a, "b": b}


def test_a_page_cached_by_one_host_is_served_by_the_other_and_a_correction_reaches_both(hosts):
    document, env = hosts["document"], hosts["env"]
    path = document["issuer_url"]  # a cached page that lists the document's title
    assert document["title"] in page(hosts["a"], path)  # host A renders and caches it

    shell(env, BEHIND_THE_CACHE.format(pk=document["pk"], title="未经更正的标题"))
    served = page(hosts["b"], path)  # host B has never rendered it
    assert document["title"] in served and "未经更正的标题" not in served

    correct_title(env, document["pk"], document["title"] + "（更正）")
    for base in (hosts["b"], hosts["a"]):
        assert document["title"] + "（更正）" in page(base, path)
