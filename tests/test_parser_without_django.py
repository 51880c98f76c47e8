"""The parser is plain Python: importing it (and the PDF reader) loads no Django module.

Under pytest-django Django is always loaded in-process, so the import runs in a fresh interpreter.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import database_independent

ROOT = Path(__file__).resolve().parent.parent
CHECK = "import {module}, sys; loaded = [m for m in sys.modules if m.split('.')[0] == 'django']; assert not loaded, loaded"


@database_independent
@pytest.mark.parametrize("module", ["issues.parser", "issues.parser.errors", "issues.pdf"])
def test_importing_loads_no_django_module(module):
    result = subprocess.run([sys.executable, "-c", CHECK.format(module=module)], cwd=ROOT, capture_output=True,
                            text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr


def test_the_refusal_error_is_the_parsers_and_sources_re_exports_it():
    from issues import sources
    from issues.parser import errors

    assert sources.IngestError is errors.IngestError
