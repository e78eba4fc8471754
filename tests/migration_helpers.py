"""Test-only migration branches: the real module registry plus one synthetic module whose
revisions live in a temporary folder (a failing revision, a slow one, ...)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select, text

from core.db import Database
from core.definition import ModuleDefinition
from core.models import AuditEntry
from core.registry import ModuleRegistry
from tests.foundation_helpers import definition, registry_plus

REVISION = '''"""{doc}"""

import time

import sqlalchemy as sa
from alembic import op

revision = {revision!r}
down_revision = {down!r}
branch_labels = {labels!r}
depends_on = {depends!r}


def upgrade() -> None:
{upgrade}


def downgrade() -> None:
{downgrade}
'''


def versions_folder(parent: Path, code: str) -> Path:
    """An empty ``<code>_versions`` folder in ``parent``, for module ``code``'s revisions."""
    folder = parent / f"{code}_versions"
    folder.mkdir()
    return folder


def write_revision(
    folder: Path,
    package: str,
    seq: int,
    description: str,
    *,
    upgrade: str = "pass",
    downgrade: str = "pass",
    doc: str | None = None,
) -> Path:
    """``<package>_<seq>_<description>.py``: the first revision of the branch depends on framework."""
    revision = f"{package}_{seq:03d}"
    first = seq == 1
    path = folder / f"{revision}_{description}.py"
    path.write_text(
        REVISION.format(
            doc=doc or description.replace("_", " ").capitalize() + ".",
            revision=revision,
            down=None if first else f"{package}_{seq - 1:03d}",
            labels=(package,) if first else None,
            depends=("framework_001",) if first else None,
            upgrade=textwrap.indent(textwrap.dedent(upgrade).strip() or "pass", "    "),
            downgrade=textwrap.indent(textwrap.dedent(downgrade).strip() or "pass", "    "),
        ),
        encoding="utf-8",
    )
    return path


def synthetic_module(folder: Path, code: str, **fields: Any) -> ModuleDefinition:
    """Module ``code`` whose migrations live in ``folder``."""
    return definition(code, name=code.capitalize(), migrations_path=folder, **fields)


def registry_with(folder: Path, code: str, **fields: Any) -> ModuleRegistry:
    """The real definitions plus module ``code`` whose migrations live in ``folder``."""
    return registry_plus(synthetic_module(folder, code, **fields))


def broken_registry(tmp_path: Path) -> ModuleRegistry:
    """Module ``broken``: its first revision creates a table, then raises."""
    folder = versions_folder(tmp_path, "broken")
    write_revision(
        folder,
        "broken",
        1,
        "create_then_fail",
        upgrade="""
            op.create_table("broken_things", sa.Column("id", sa.Integer(), primary_key=True))
            op.execute("INSERT INTO broken_things (id) VALUES (1)")
            if not op.get_context().as_sql:  # offline rendering (SQL preview, marks) goes through
                raise RuntimeError("deliberate failure in broken_001")
        """,
        downgrade='op.drop_table("broken_things")',
    )
    return registry_with(folder, "broken")


def slow_registry(tmp_path: Path, seconds: float = 0.3, count: int = 3) -> ModuleRegistry:
    """Module ``slow``: ``count`` revisions that each take ``seconds`` (progress, responsiveness)."""
    folder = versions_folder(tmp_path, "slow")
    for seq in range(1, count + 1):
        write_revision(
            folder,
            "slow",
            seq,
            f"step_{seq}",
            upgrade=f"""
                time.sleep({seconds})
                op.create_table("slow_{seq}", sa.Column("id", sa.Integer(), primary_key=True))
            """,
            downgrade=f'op.drop_table("slow_{seq}")',
        )
    return registry_with(folder, "slow")


def gated_registry(tmp_path: Path, hold: Path, count: int = 3, *, interrupt: bool = False) -> ModuleRegistry:
    """Module ``gated``: ``count`` revisions, each creating ``gated_<n>``. The second waits while the
    file ``hold`` exists (at most 60 s), having touched ``<hold>.reached``, so a test acts while it is
    known to be running; with
    ``interrupt`` the first sends this process SIGINT (a Ctrl+C during the run)."""
    folder = versions_folder(tmp_path, "gated")
    for seq in range(1, count + 1):
        before = ""
        if seq == 1 and interrupt:
            before = (  # not when rendered offline (the plan's destructive marks)
                "import os, signal\n"
                "if not op.get_context().as_sql:\n"
                "    os.kill(os.getpid(), signal.SIGINT)\n"
            )
        if seq == 2:
            before = (
                "import pathlib\n"
                "if not op.get_context().as_sql:\n"
                f"    pathlib.Path({str(hold) + '.reached'!r}).touch()\n"
                "for _ in range(0 if op.get_context().as_sql else 6000):\n"
                f"    if not pathlib.Path({str(hold)!r}).exists():\n"
                "        break\n"
                "    time.sleep(0.01)\n"
            )
        write_revision(
            folder,
            "gated",
            seq,
            f"step_{seq}",
            upgrade=before + f'op.create_table("gated_{seq}", sa.Column("id", sa.Integer, primary_key=True))',
            downgrade=f'op.drop_table("gated_{seq}")',
        )
    return registry_with(folder, "gated")


def schema(db: Database) -> tuple[list[str], list[str]]:
    """Every table name and the content of alembic_version: the schema's fingerprint."""
    with db.engine.connect() as conn:
        tables = sorted(inspect(conn).get_table_names())
        heads = sorted(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
        conn.rollback()
    return tables, heads


def revisions(steps: Sequence[Any]) -> list[str]:
    return [step.revision for step in steps]


def audit(db: Database, action: str | None = None) -> list[AuditEntry]:
    """The audit entries (of ``action``), oldest first."""
    with db.sessions() as session:
        stmt = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            stmt = stmt.where(AuditEntry.action == action)
        return list(session.scalars(stmt))


# The framework branch's newest revision: every later framework revision moves it here.
FRAMEWORK_HEAD = "framework_005"
