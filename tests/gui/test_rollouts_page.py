"""The rollouts page on SQLite and PostgreSQL: the list and its filter, the selected rollout's waves
and gate plot, pause / resume / approve / abort / roll back / start clicked through the real
confirmations (their consequence read from the service's dry run), what each role is offered,
refresh when another console acts, gate values asked live of a Prometheus-compatible server."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings

from console.dialogs.errors import ErrorDialog
from console.widgets.badge_delegate import BADGE_ROLE
from core.actor import Actor
from core.services.rollouts import RolloutService
from tests.foundation_helpers import enabled_on
from tests.gui.helpers import top_level, wait_until
from tests.prom_server import PromServer
from tests.rollout_demo import (  # noqa: F401 - prom_fixture registers the fixture
    ADMIN,
    ERRORS,
    error_ratio,
    prom_fixture,
    seed_rollouts,
)
from tests.rollout_helpers import request

pytestmark = pytest.mark.asyncio


async def open_rollouts(open_window: Any, session: Any) -> Any:
    window = await open_window(session, page="rollouts")
    page = window.page("rollouts")
    await page.ready()
    return page


async def select(page: Any, rollout_id: int) -> None:
    assert page.select_rollout(rollout_id)
    await wait_until(lambda: page.doc is not None and page.doc["id"] == rollout_id)
    await page.ready()


async def confirm(page: Any, action: str, *, accept: bool = True) -> tuple[str, str]:
    """Click the action's button, read the confirmation, confirm (or cancel) it; its texts."""
    # As a person does: the button is clicked once it is offered (a live refresh may still be
    # bringing the state the previous action left).
    await wait_until(lambda: page.buttons[action].isEnabled())
    page.buttons[action].click()
    dialog = await wait_until(lambda: page.confirm_dialog)
    texts = dialog.text.text(), dialog.details.toPlainText()
    (dialog.confirm_button if accept else dialog.cancel_button).click()
    await wait_until(lambda: not page.busy)
    await page.ready()
    return texts


def state_of(db: Any, rollout_id: int) -> str:
    return str(RolloutService(db).show(Actor.system(), rollout_id)["state"])


async def test_list_detail_timeline_and_recorded_plot(session_any: Any, open_window: Any) -> None:
    session = session_any("super_admin")
    ids = seed_rollouts(session.db)
    page = await open_rollouts(open_window, session)
    model = page.model
    assert model.rowCount() == 5 and model.rollout(0)["id"] == ids["draft"]  # newest first
    state = model.COLUMNS.index("state")
    badges = {model.rollout(r)["state"]: model.index(r, state).data(BADGE_ROLE) for r in range(5)}
    assert badges == {
        "draft": "grey",
        "baking": "blue",
        "waiting": "amber",
        "paused": "orange",
        "completed": "green",
    }
    row = model.row_of(ids["completed"])
    assert model.index(row, model.COLUMNS.index("progress")).data() == "3/3 waves · 12 platforms"
    assert page.count_label.text() == "5 rollouts"

    await select(page, ids["paused"])
    detail = page.detail
    segments = detail.timeline.segments()
    assert [s.wave["state"] for s in segments] == ["passed", "failed", "pending"]
    assert detail.timeline.selected() == 2 and segments[1].current  # the wave that failed
    assert "A gate failed" in detail.reason.text() and detail.reason.isVisible()
    assert detail.gate_rows()[0][1] == "failed"
    plot = detail.plot
    bad = page.doc["waves"][1]["changed"][-1]
    assert plot.kind == "threshold" and plot.failing == [bad]  # no Prometheus: the recorded values
    assert "As recorded when wave 2's gates were evaluated" in plot.note.text()
    assert plot.point_at(len(plot.codes) - 1).startswith(f"{bad}: ")

    segments[0].click()  # wave 1: its gate passed
    await page.ready()
    assert detail.timeline.selected() == 1 and detail.gate_rows()[0][1] == "passed"
    await wait_until(lambda: plot.kind == "threshold" and not plot.failing)

    await select(page, ids["waiting"])  # a comparison: two distributions
    first = detail.timeline.segments()[0]  # its gates passed, its approval due: applied
    assert first.wave["state"] == "applied" and first.lines[0] == "Wave 1 · applied"
    await wait_until(lambda: plot.kind == "distributions")
    assert len(plot.groups["changed"]) >= 1 and len(plot.groups["unchanged"]) >= 1
    assert [gate for gate, _ in detail.gate_rows()] == [page.doc["gates"][0], "approval"]

    page.state_combo.setCurrentIndex(page.state_combo.findData("paused,waiting"))
    page.state_combo.activated.emit(page.state_combo.currentIndex())
    await wait_until(lambda: model.rowCount() == 2)
    assert {model.rollout(r)["state"] for r in range(2)} == {"paused", "waiting"}


async def test_pause_resume_and_approve_through_the_dialogs(session_any: Any, open_window: Any) -> None:
    session = session_any("super_admin")
    db = session.db
    ids = seed_rollouts(db)
    page = await open_rollouts(open_window, session)
    await select(page, ids["running"])
    assert page.doc["state"] == "baking"
    assert page.buttons["pause"].isEnabled() and not page.buttons["resume"].isEnabled()
    assert not page.buttons["rollback"].isEnabled() and "paused" in page.buttons["rollback"].toolTip()

    text, _ = await confirm(page, "pause")
    assert "stops where it is" in text
    assert state_of(db, ids["running"]) == "paused"
    await wait_until(lambda: page.doc["state"] == "paused")
    assert page.buttons["resume"].isEnabled() and not page.buttons["pause"].isEnabled()

    text, _ = await confirm(page, "resume")
    assert "Wave 2's gates are evaluated when its bake time is over" in text
    assert state_of(db, ids["running"]) == "baking"

    await select(page, ids["waiting"])
    assert page.buttons["approve"].isEnabled()  # release-bot started it: admin may approve
    wave2 = page.doc["waves"][1]["platforms"]
    text, details = await confirm(page, "approve")
    assert f"wave 2 of 2 goes out to {len(wave2)} platforms" in text and wave2[0] in details
    doc = RolloutService(db).show(Actor.system(), ids["waiting"])
    assert doc["state"] == "running" and doc["approvals"][0]["by"] == session.actor.name
    await wait_until(lambda: page.doc["state"] == "running")


async def test_roll_back_abort_and_start_through_the_dialogs(session_any: Any, open_window: Any) -> None:
    session = session_any("super_admin")
    db = session.db
    ids = seed_rollouts(db)
    page = await open_rollouts(open_window, session)
    await select(page, ids["paused"])
    changed = [c for w in page.doc["waves"] for c in w["changed"]]
    reached = sum(w["size"] for w in page.doc["waves"] if w["applied_at"])
    assert changed and set(changed) <= set(enabled_on(db, "billing"))

    text, details = await confirm(page, "rollback", accept=False)  # Cancel: nothing happens
    assert state_of(db, ids["paused"]) == "paused"
    text, details = await confirm(page, "rollback")
    assert f"disables Billing again, with what it pulled in, on {len(changed)} platforms" in text
    kept = reached - len(changed)
    if kept:
        assert f"{kept} platform{'s' if kept > 1 else ''} that had it before keep it" in text
    assert set(details.replace("\n", ", ").split(", ")) == set(changed)
    assert state_of(db, ids["paused"]) == "rolled_back"
    assert not set(changed) & set(enabled_on(db, "billing"))
    await wait_until(lambda: page.doc["state"] == "rolled_back")
    assert not any(b.isEnabled() for b in page.buttons.values())

    await select(page, ids["draft"])
    waves = len(page.doc["waves"])
    text, details = await confirm(page, "start")
    assert f"wave 1 of {waves}" in text and f"Wave {waves}:" in details
    assert state_of(db, ids["draft"]) == "running"
    text, _ = await confirm(page, "pause")
    text, _ = await confirm(page, "abort")
    assert "ends for good" in text
    assert state_of(db, ids["draft"]) == "aborted"
    assert "Rollout #" in page.main_window.statusBar().currentMessage()


async def test_what_each_role_is_offered(session_any: Any, open_window: Any) -> None:
    operator = session_any("operator")
    ids = seed_rollouts(operator.db)
    page = await open_rollouts(open_window, operator)
    await select(page, ids["paused"])
    assert not any(b.isVisibleTo(page) for b in page.buttons.values())
    assert not any(a.isVisible() for a in page.action_of.values())
    assert page.detail.timeline.segments()  # but sees everything

    padmin = session_any("platform_admin")
    page = await open_rollouts(open_window, padmin)
    await select(page, ids["paused"])
    assert page.buttons["rollback"].isVisible() and page.buttons["rollback"].isEnabled()
    page.buttons["rollback"].click()  # the dry run refuses: not all of its platforms are theirs
    dialog = await wait_until(lambda: top_level(ErrorDialog) and top_level(ErrorDialog)[0])
    try:
        assert dialog.code == "permission.denied"
    finally:
        dialog.close()
    await wait_until(lambda: not page.busy)
    assert page.confirm_dialog is None and state_of(padmin.db, ids["paused"]) == "paused"


async def test_the_starter_may_not_approve(session_any: Any, open_window: Any) -> None:
    session = session_any("super_admin")
    db = session.db
    ids = seed_rollouts(db)
    service = RolloutService(db)
    rid = service.create(ADMIN, request(name="again", gates=("approval",)))["id"]
    service.start(session.actor, rid)
    while service.show(session.actor, rid)["state"] != "waiting":
        assert service.advance_due("test")
    page = await open_rollouts(open_window, session)
    await select(page, rid)
    assert not page.buttons["approve"].isEnabled()
    assert "someone else approves" in page.buttons["approve"].toolTip()
    assert ids  # the demo rollouts are listed too
    assert page.model.rowCount() == 6


async def test_another_console_acting_refreshes_the_page(session_any: Any, open_window: Any) -> None:
    session = session_any("super_admin")
    ids = seed_rollouts(session.db)
    page = await open_rollouts(open_window, session)
    await select(page, ids["running"])
    RolloutService(session.db).pause(ADMIN, ids["running"])  # elsewhere: the CLI, another console
    await wait_until(lambda: page.doc["state"] == "paused", timeout=15)
    row = page.model.row_of(ids["running"])
    assert page.model.rollout(row)["state"] == "paused" and page.buttons["resume"].isEnabled()


async def test_gate_values_asked_live_of_prometheus(
    session_any: Any, open_window: Any, prom: PromServer
) -> None:
    session = session_any("super_admin")
    db = session.db
    ids = seed_rollouts(db)
    doc = RolloutService(db).show(Actor.system(), ids["running"])
    changed = [c for w in doc["waves"] for c in w["changed"]]
    values = {c: error_ratio(c) for c in changed}
    values[changed[0]] = 0.5  # one changed platform is bad now
    prom.set_values(values)
    session.__dict__["rollouts"] = RolloutService(db, session.registry, prometheus_url=prom.url)
    page = await open_rollouts(open_window, session)
    await select(page, ids["running"])
    plot = page.detail.plot
    assert page.detail.timeline.selected() == 2 and page.doc["waves"][1]["state"] == "baking"
    assert page.detail.gate_rows()[0][1] == "—"  # not evaluated yet ...
    await wait_until(lambda: plot.kind == "threshold")  # ... but asked now
    assert "Now, asked of Prometheus" in plot.note.text()
    assert plot.failing == [changed[0]] and sorted(plot.codes) == sorted(changed)
    assert ERRORS in prom.queries

    prom.stop()  # unreachable: said in the plot area
    page.detail.select_wave(2)
    await page.ready()
    await wait_until(lambda: plot.kind == "" and "Prometheus cannot be asked" in plot.message.text())
    assert plot.message.isVisibleTo(page)
    page.detail.select_wave(1)  # wave 1 has recorded values: they are plotted, and why not live
    await page.ready()
    await wait_until(lambda: plot.kind == "threshold" and "cannot be asked now" in plot.note.text())


async def test_filter_and_splitters_are_remembered(session_for: Any, tmp_path: Any) -> None:
    from console.asyncutil import settle
    from console.main_window import MainWindow
    from console.store.settings import AppSettings

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = session_for("super_admin")
    seed_rollouts(session.db)

    async def window() -> Any:
        made = MainWindow(session, settings, watch=False, remember=True, page="rollouts")
        made.resize(1280, 800)
        made.show()
        await made.ready()
        return made

    first = await window()
    page = first.page("rollouts")
    page.state_combo.setCurrentIndex(page.state_combo.findData("paused"))
    page.state_combo.activated.emit(page.state_combo.currentIndex())
    await wait_until(lambda: page.model.rowCount() == 1)
    page.split.setSizes([400, 300])
    sizes = page.split.sizes()
    first.close()
    await settle()
    first.deleteLater()
    second = await window()
    try:
        page = second.page("rollouts")
        assert page.states() == ["paused"] and page.model.rowCount() == 1
        assert page.split.sizes() == sizes
    finally:
        second.close()
        await settle()
        second.deleteLater()
