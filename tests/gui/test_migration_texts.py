"""What the migrations page says and offers (console/models/migration_texts.py), and the plan
steps' states after a run (PlanStepModel), without a page or a database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from console.models import migration_texts as texts
from console.models.migrations import PlanStepModel
from core.migrations import MigrationPlan, PlanStep, RevisionInfo
from core.services.migration_service import BranchRow, Guard, PlanPreview


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text (no catalogue loaded), its ``%n`` replaced by Qt as a page's ``tr`` does."""
    return QCoreApplication.translate("MigrationTexts", text, disambiguation, n)


def step(revision: str, branch: str = "orders", destructive: tuple[str, ...] = ()) -> PlanStep:
    return PlanStep(revision, branch, f"{revision} message", "upgrade", Path(f"{revision}.py"), destructive)


def preview(*steps: PlanStep, guard: Guard | None = None, direction: str = "upgrade") -> PlanPreview:
    plan = MigrationPlan("heads", "heads", direction, tuple(steps))  # type: ignore[arg-type]
    return PlanPreview(plan, sql="SELECT 1;", guard=guard, dialect="sqlite")


def offers(**kw: object) -> texts.Offers:
    args: dict[str, object] = {"may_run": True, "running": False, "target": lambda: "heads"}
    args.update(kw)
    status, shown = args.pop("status", None), args.pop("preview", None)
    return texts.offers(status, shown, [], tr, **args)  # type: ignore[arg-type]


def test_run_is_offered_only_for_a_plan_shown_and_not_refused() -> None:
    assert not offers().run and offers().run_hint.startswith("Plan first")
    ready = offers(preview=preview(step("orders_002")))
    assert ready.run and ready.run_hint == "Run the plan shown below"
    empty = offers(preview=preview())
    assert not empty.run and empty.run_hint == "Nothing to run."
    guard = Guard(("orders",), {"orders": 3}, ("p1", "p2", "p3"), 3)
    refused = offers(preview=preview(step("orders_001"), guard=guard, direction="downgrade"))
    assert not refused.run and "guard" in refused.run_hint


def test_a_role_that_may_not_run_is_told_why_and_nothing_runs() -> None:
    denied = offers(may_run=False, preview=preview(step("orders_002")))
    assert not denied.run and not denied.repair and not denied.restore
    assert denied.run_hint == "Only a super admin can run migrations."
    assert denied.repair_hint == "Only a super admin can repair registry drift."
    read_only = offers(may_run=False, session_read_only=True, session_reason="Opened with --read-only.")
    assert read_only.run_hint == "Opened with --read-only."


def test_nothing_is_offered_while_busy_but_the_log() -> None:
    busy = offers(running=True, preview=preview(step("orders_002")))
    assert not (busy.refresh or busy.plan or busy.run or busy.restore or busy.choose)


def test_targets_of_each_direction() -> None:
    pending = (RevisionInfo("orders_002", "lines", "orders", Path("x")),)
    history = ("orders_001", "orders_002")
    behind = BranchRow("orders", "orders", "orders_001", "orders_002", pending, 3, history=history)
    upgrades = texts.target_items("upgrade", [behind], tr)
    assert [t for _label, t in upgrades] == ["heads", "orders@head"]
    done = BranchRow("orders", "orders", "orders_002", "orders_002", (), 3, history=history)
    downgrades = texts.target_items("downgrade", [done], tr)
    assert [t for _label, t in downgrades] == ["orders@base", "orders_001"]
    assert downgrades[0][0] == "orders@base — remove orders (drops its tables)"


def test_guard_names_modules_platforms_and_what_to_do() -> None:
    details = {
        "modules": ["orders"],
        "per_module": {"orders": 12},
        "platform_count": 12,
        "platforms": ["p1", "p2"],
    }
    text = texts.guard_text(details, tr)
    assert "orders (on 12 platforms)" in text and "p1, p2 and 10 more" in text
    assert "Disable orders on every platform first." in text


def test_plan_sentences() -> None:
    shown = preview(step("orders_002"), step("payments_003", "payments", ("DROP TABLE refunds",)))
    assert (
        texts.plan_note(shown.plan, tr)
        == "Upgrade to heads: 2 revisions, in this order, on orders, payments."
    )
    warnings = texts.plan_warnings(shown, str.upper, tr)
    assert warnings == ["This deletes data of PAYMENTS (payments_003); you will be asked to confirm first."]
    assert texts.sql_text(shown, tr).endswith("\n\nSELECT 1;")


def test_steps_after_a_failure(qtbot: object) -> None:
    model = PlanStepModel()
    model.set_steps([step("a"), step("b"), step("c")])
    for row, state in enumerate((model.APPLIED, model.RUNNING, model.PENDING)):
        model.set_state(row, state)
    model.mark_failed({"revision": "b", "applied": ["a"]})
    assert [model.state(r) for r in range(3)] == [model.KEPT, model.FAILED, model.PENDING]
    model.set_steps([step("a"), step("b")])
    model.set_state(0, model.APPLIED)
    model.mark_failed({"revision": "b", "applied": [], "rolled_back": True})
    assert [model.state(r) for r in range(2)] == [model.ROLLED_BACK, model.FAILED]
    assert model.mark_running(5) is None and model.mark_running(0) is not None
