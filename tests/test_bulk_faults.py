"""Fault injection on PostgreSQL during a bulk module change: the service's backend is terminated
(``pg_terminate_backend`` from a second connection) right before one of the statements, or the
commit, of enabling a module (and what it requires) on a few thousand platforms. After each trial:
never a partial state (the modules are on everywhere or nowhere) and exactly one audit entry for the
request, ``failed`` when the transaction died (written afterwards on a fresh connection).

The kill points come from a dry run of the same change; ``PLATFORM_FAULT_TRIALS`` (see
tests/fault_helpers.py) sets how many are tried.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.actor import Actor
from core.db import Database
from core.graph import ChangeRequest
from core.models import PlatformModule
from core.services.module_service import WRITE_BATCH, ModuleService, Target
from tests.fault_helpers import DEFAULT_TRIALS, Killer, audit_for, kill_points, killer_fixture  # noqa: F401
from tests.foundation_helpers import add_platforms

pytestmark = pytest.mark.parametrize("backend", ["postgres"])

ADMIN = Actor.system("admin:faults")
PLATFORMS = WRITE_BATCH + 500  # more than one write batch: a kill can fall between two of them
MODULES = ("billing", "payments")  # billing requires payments: two modules per platform
EVERYWHERE = Target.of(all_platforms=True)


def enabled_counts(db: Database) -> dict[str, int]:
    with db.sessions() as session:
        rows = session.execute(
            select(PlatformModule.module_code, func.count())
            .where(PlatformModule.module_code.in_(MODULES), PlatformModule.enabled.is_(True))
            .group_by(PlatformModule.module_code)
        ).all()
    return {code: 0 for code in MODULES} | dict(rows)  # type: ignore[arg-type]


def test_backend_killed_during_a_bulk_enable(db: Database, killer: Killer) -> None:
    add_platforms(db, PLATFORMS)
    service = ModuleService(db)
    switch_on, switch_off = ChangeRequest(enable=("billing",)), ChangeRequest(disable=MODULES, cascade=True)
    killer.arm(None)
    service.apply(ADMIN, EVERYWHERE, switch_on)  # the dry run: every statement and the commit
    points = list(killer.points)
    assert "COMMIT" in points and sum(p.startswith("INSERT INTO platform_modules") for p in points) >= 2
    killer.arm(None)
    service.apply(ADMIN, EVERYWHERE, switch_off)  # trials start from rows that exist, switched off
    killer.arm(None)
    service.apply(ADMIN, EVERYWHERE, switch_on)
    points = list(killer.points)  # the same change over existing rows: the points the trials hit
    service.apply(ADMIN, EVERYWHERE, switch_off)
    tried = []
    for index in kill_points(points):
        before = len(audit_for(db, "modules.enable"))
        killer.arm(index)
        try:
            service.apply(ADMIN, EVERYWHERE, switch_on)
            error: Exception | None = None
        except Exception as exc:  # the killed connection's error
            error = exc
        assert killer.killed, f"point {index} was not reached ({points[index]})"
        tried.append(killer.killed)
        killer.arm(None)
        counts = enabled_counts(db)
        entries = audit_for(db, "modules.enable")[before:]
        assert len(entries) == 1, (killer.killed, entries)  # one entry per request, always
        if error is None:
            assert counts == dict.fromkeys(MODULES, PLATFORMS) and entries[0].outcome == "succeeded"
            service.apply(ADMIN, EVERYWHERE, switch_off)
        else:
            assert counts == dict.fromkeys(MODULES, 0), (killer.killed, counts)  # nothing half-done
            assert entries[0].outcome == "failed", (killer.killed, entries[0].outcome)
    assert len(tried) >= min(DEFAULT_TRIALS, len(points)), tried
    assert (
        len(service.apply(ADMIN, EVERYWHERE, switch_on).applied) == PLATFORMS
    )  # and the change still goes through
    assert enabled_counts(db) == dict.fromkeys(MODULES, PLATFORMS)
