"""The migrations package: its public names, and a start-up path that does not load Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core import migrations

ROOT = Path(__file__).resolve().parents[1]


def test_every_public_name_resolves_from_its_module() -> None:
    for name in migrations.__all__:
        value = getattr(migrations, name)
        assert value is not None, name
        assert name in dir(migrations)
    assert migrations.status.__module__ == "core.migrations.state"  # the function, not a module
    assert migrations.upgrade.__module__ == "core.migrations.running"


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        migrations.nothing_here  # noqa: B018


def test_the_start_up_check_does_not_import_alembic() -> None:
    code = (
        "import sys\n"
        "from core.migrations.revisions import at_head, expected_heads\n"
        "from core.services.migration_runs import notice_interrupted\n"
        "assert expected_heads(), 'no heads'\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
