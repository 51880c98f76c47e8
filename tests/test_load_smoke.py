"""A short load run inside the suite: gunicorn with production settings on the fixture archive.

The full runs (50 clients with think time, saturation) are `make load`; see docs/production.md.
"""

from bench import load


def test_short_load_run_on_production_settings_has_no_errors(tmp_path):
    report = load.smoke_run(tmp_path / "data")
    assert report.requests > 0
    assert report.errors == []
    assert report.unavailable == {}
    assert set(report.latencies) == set(load.MIX)
