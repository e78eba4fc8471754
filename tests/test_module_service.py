"""ModuleService on SQLite and PostgreSQL: plans applied in one transaction, audited, evented."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError

from core.actor import Actor
from core.db import Database, utcnow
from core.definition import HookContext
from core.errors import InvalidInput, NotFound, PlatformError, Refused
from core.events import ModuleEvent, ModuleEventBus, ModuleEventData
from core.graph import ChangeRequest
from core.models import Platform, PlatformModule
from core.registry import ModuleRegistry, default_registry
from core.secrets import ENCRYPTED_MARKER, MASK, decrypt_secrets
from core.services import module_service
from core.services.audit import AuditDraft, write_separately
from core.services.module_service import Cancelled, ModuleService, Target
from tests.foundation_helpers import (
    add_platforms,
    audit_count,
    audit_entries,
    enabled,
    make_user,
    module_row,
    raw_audit_text,
    snapshot,
)

ADMIN = Actor.system("admin:tester")
OTHER = Actor.system("admin:other")


def one(code: str) -> Target:
    return Target.of([code])


def enable(*codes: str) -> ChangeRequest:
    return ChangeRequest(enable=codes)


def disable(*codes: str, cascade: bool = False) -> ChangeRequest:
    return ChangeRequest(disable=codes, cascade=cascade)


@pytest.fixture
def bus() -> ModuleEventBus:
    return ModuleEventBus()


@pytest.fixture
def service(db: Database, bus: ModuleEventBus) -> ModuleService:
    return ModuleService(db, bus=bus)


# -- requirements, refusals, cascade ---------------------------------------------------


def test_enable_pulls_in_requirements_with_reason_and_chain(db, service):
    (p,) = add_platforms(db, 1)
    assert "payments" not in enabled(db, p)

    result = service.apply(ADMIN, one(p), enable("billing"))

    assert {"billing", "payments"} <= enabled(db, p)
    changes = {c.module: c for c in result.applied[0].changes}
    assert changes["billing"].reason == "requested"
    assert changes["payments"].reason == "required"
    assert changes["payments"].via == ("billing", "payments")
    # The audit entry keeps the resolved plan, with the reason and the chain.
    entry = audit_entries(db)[-1]
    assert entry.action == "modules.enable" and entry.outcome == "succeeded"
    recorded = {c["module"]: c for c in entry.plan["platforms"][0]["changes"]}
    assert recorded["payments"]["reason"] == "required"
    assert recorded["payments"]["via"] == ["billing", "payments"]
    assert entry.module_codes == ",billing,payments,"


def test_disable_required_module_is_refused_naming_the_chain(db, service):
    (p,) = add_platforms(db, 1)
    service.apply(ADMIN, one(p), enable("billing"))
    before, audits = snapshot(db), audit_count(db)

    with pytest.raises(Refused) as err:
        service.apply(ADMIN, one(p), disable("payments"))

    assert err.value.code == "module.required_by"
    assert "billing -> payments" in err.value.message
    assert err.value.details["refused"][0]["platform"] == p
    assert err.value.details["refused"][0]["refusals"][0]["details"]["chains"] == [["billing", "payments"]]
    assert snapshot(db) == before
    entry = audit_entries(db)[-1]
    assert audit_count(db) == audits + 1
    assert (entry.outcome, entry.error_code) == ("refused", "module.required_by")
    assert "billing -> payments" in entry.message


def test_cascade_disables_the_dependents(db, service):
    (p,) = add_platforms(db, 1)
    service.apply(ADMIN, one(p), enable("billing", "orders"))

    result = service.apply(ADMIN, one(p), disable("payments", cascade=True))

    assert enabled(db, p).isdisjoint({"payments", "billing", "orders"})
    changes = {c.module: c for c in result.applied[0].changes}
    assert changes["payments"].reason == "requested"
    assert changes["billing"].reason == "cascade" and changes["billing"].via == ("billing", "payments")
    assert changes["orders"].reason == "cascade" and changes["orders"].via == ("orders", "payments")


@pytest.mark.parametrize("cascade", [False, True])
def test_core_module_stays_on(db, service, cascade):
    (p,) = add_platforms(db, 1)
    before = snapshot(db)
    for code in default_registry().by_tier("core"):
        with pytest.raises(Refused) as err:
            service.apply(ADMIN, one(p), disable(code, cascade=cascade))
        assert err.value.code == "module.core"
        assert code in err.value.message
    assert snapshot(db) == before
    assert set(default_registry().by_tier("core")) <= enabled(db, p)


def test_internal_module_needs_modules_internal(db, service):
    (p,) = add_platforms(db, 1)
    padmin = make_user(db, "padmin", "platform_admin", [p])
    before = snapshot(db)

    with pytest.raises(Refused) as err:
        service.apply(padmin, one(p), enable("dev-tools"))
    assert err.value.code == "module.internal"
    assert snapshot(db) == before
    # ... and it does not even see it.
    assert "dev-tools" not in {s.code for s in service.module_status(padmin, p)}

    service.apply(ADMIN, one(p), enable("dev-tools"))
    assert "dev-tools" in enabled(db, p)
    assert "dev-tools" in {s.code for s in service.module_status(ADMIN, p)}


def test_unknown_module_and_platform(db, service):
    (p,) = add_platforms(db, 1)
    with pytest.raises(NotFound) as err:
        service.apply(ADMIN, one(p), enable("nosuch"))
    assert err.value.code == "module.not_found" and "nosuch" in err.value.message
    with pytest.raises(NotFound) as err:
        service.apply(ADMIN, Target.of([p, "ghost"]), enable("billing"))
    assert err.value.code == "platform.not_found" and err.value.details["platforms"] == ["ghost"]
    assert "billing" not in enabled(db, p)


# -- dry run, all-or-nothing ----------------------------------------------------------


def test_dry_run_writes_nothing(db, service, bus):
    codes = add_platforms(db, 3)
    seen: list[ModuleEventData] = []
    bus.subscribe(None, seen.append)
    before, audits = snapshot(db), audit_count(db)

    result = service.apply(ADMIN, Target.of(all_platforms=True), enable("billing"), dry_run=True)

    assert result.dry_run
    assert {p.platform for p in result.plan.applicable} == set(codes)
    assert all(set(p.enabled) == {"billing", "payments"} for p in result.plan.platforms)
    assert snapshot(db) == before
    assert audit_count(db) == audits
    assert seen == []


def test_dry_run_lists_refusals(db, service):
    codes = add_platforms(db, 2)
    service.apply(ADMIN, one(codes[0]), enable("billing"))
    service.apply(ADMIN, one(codes[1]), enable("payments"))
    before = snapshot(db)

    result = service.apply(ADMIN, Target.of(codes), disable("payments"), dry_run=True)

    assert [p.platform for p in result.plan.refused] == [codes[0]]
    assert [p.platform for p in result.plan.applicable] == [codes[1]]
    assert snapshot(db) == before


@pytest.fixture
def mixed(db, service) -> list[str]:
    """Three platforms with payments on; the second also has billing (so it refuses a plain disable)."""
    codes = add_platforms(db, 3)
    service.apply(ADMIN, Target.of(codes), enable("payments"))
    service.apply(ADMIN, one(codes[1]), enable("billing"))
    return codes


def test_all_or_nothing(db, service, bus, mixed):
    seen: list[ModuleEventData] = []
    bus.subscribe(None, seen.append)
    before, audits = snapshot(db), audit_count(db)

    with pytest.raises(Refused) as err:
        service.apply(ADMIN, Target.of(mixed), disable("payments"))

    assert snapshot(db) == before
    assert err.value.details["count"] == 1
    assert [r["platform"] for r in err.value.details["refused"]] == [mixed[1]]
    assert "nothing was written" in err.value.message
    assert seen == []
    assert audit_count(db) == audits + 1
    entry = audit_entries(db)[-1]
    assert entry.outcome == "refused"
    assert entry.plan is not None and entry.plan["totals"]["refused"] == 1


def test_skip_refused_applies_the_rest(db, service, mixed):
    result = service.apply(ADMIN, Target.of(mixed), disable("payments"), skip_refused=True)

    assert [p.platform for p in result.skipped] == [mixed[1]]
    assert sorted(p.platform for p in result.applied) == [mixed[0], mixed[2]]
    assert "payments" not in enabled(db, mixed[0])
    assert "payments" not in enabled(db, mixed[2])
    assert {"payments", "billing"} <= enabled(db, mixed[1])
    entry = audit_entries(db)[-1]
    assert entry.outcome == "succeeded"
    assert entry.request["skip_refused"] is True
    assert entry.plan["totals"]["refused"] == 1


# -- configuration and secrets ------------------------------------------------------------


def test_config_validation_lists_the_fields(db, service):
    (p,) = add_platforms(db, 1)
    before, audits = snapshot(db), audit_count(db)

    with pytest.raises(InvalidInput) as err:
        service.configure(
            ADMIN, "payments", one(p), {"default_currency": "EURO", "enabled_gateways": ["bitcoin"]}
        )

    assert err.value.code == "config.invalid"
    fields = {f["field"] for f in err.value.details["fields"]}
    assert "default_currency" in fields
    assert any(f.startswith("enabled_gateways") for f in fields)
    assert "default_currency" in err.value.message and "enabled_gateways" in err.value.message
    assert snapshot(db) == before
    entry = audit_entries(db)[-1]
    assert audit_count(db) == audits + 1 and entry.outcome == "invalid"


def test_unknown_config_key(db, service):
    (p,) = add_platforms(db, 1)
    with pytest.raises(InvalidInput) as err:
        service.configure(ADMIN, "payments", one(p), {"currency": "EUR"})
    assert err.value.code == "config.unknown_key"
    assert err.value.details["unknown"] == ["currency"]
    assert "default_currency" in err.value.message  # the known settings are listed
    with pytest.raises(InvalidInput) as err:
        service.configure(ADMIN, "dev-tools", one(p), {"x": 1})
    assert err.value.code == "config.no_settings"


def test_configure_stores_validated_values(db, service):
    (p,) = add_platforms(db, 1)
    service.apply(ADMIN, one(p), enable("payments"))
    done = service.configure(
        ADMIN, "payments", one(p), {"default_currency": "jpy", "enabled_gateways": ["stripe", "paypal"]}
    )
    assert done.platforms == [p]
    row = module_row(db, p, "payments")
    assert row.config == {"default_currency": "JPY", "enabled_gateways": ["stripe", "paypal"]}
    status = {s.code: s for s in service.module_status(ADMIN, p)}
    assert status["payments"].config["default_currency"] == "JPY"


def test_secret_fields_are_encrypted_masked_and_never_audited(db, service, bus):
    (p,) = add_platforms(db, 1)
    plaintext = "sk-live-VERY-SECRET-4242"
    seen: list[ModuleEventData] = []
    bus.subscribe(ModuleEvent.CONFIG_CHANGED, seen.append)
    service.apply(ADMIN, one(p), enable("marketplace"))

    service.configure(ADMIN, "marketplace", one(p), {"api_key": plaintext, "sync_interval_minutes": 15})

    with db.engine.connect() as conn:
        raw = conn.execute(
            text("SELECT config FROM platform_modules WHERE module_code = 'marketplace'")
        ).scalar_one()
    raw_text = raw if isinstance(raw, str) else json.dumps(raw)
    assert plaintext not in raw_text
    assert ENCRYPTED_MARKER in raw_text
    stored = json.loads(raw_text)
    assert stored["sync_interval_minutes"] == 15
    # The platform's server processes can read it back with the key.
    module = default_registry().get("marketplace")
    assert decrypt_secrets(stored, module.secret_fields)["api_key"] == plaintext

    status = {s.code: s for s in service.module_status(ADMIN, p)}
    assert status["marketplace"].config["api_key"] == MASK
    assert status["marketplace"].config["sync_interval_minutes"] == 15

    entry = audit_entries(db)[-1]
    assert entry.action == "modules.configure" and entry.outcome == "succeeded"
    assert entry.request["values"]["api_key"] == MASK
    assert plaintext not in raw_audit_text(db)
    assert [(e.event, e.platform, e.details["keys"]) for e in seen] == [
        (ModuleEvent.CONFIG_CHANGED, p, ["api_key", "sync_interval_minutes"])
    ]

    # Changing another setting keeps the secret (still encrypted, still the same value).
    service.configure(ADMIN, "marketplace", one(p), {"sync_interval_minutes": 20})
    stored = module_row(db, p, "marketplace").config
    assert set(stored["api_key"]) == {ENCRYPTED_MARKER}
    assert decrypt_secrets(stored, module.secret_fields)["api_key"] == plaintext


def test_secret_value_in_a_refused_configure_is_not_audited(db, service):
    (p,) = add_platforms(db, 1)
    plaintext = "sk-live-REFUSED-SECRET-7"
    with pytest.raises(InvalidInput):
        service.configure(
            ADMIN, "marketplace", one(p), {"api_key": plaintext, "letzshop_endpoint": "ftp://nowhere"}
        )
    assert audit_entries(db)[-1].outcome == "invalid"
    assert plaintext not in raw_audit_text(db)


def test_disabling_keeps_config_and_reenabling_restores_it(db, service):
    (p,) = add_platforms(db, 1)
    service.apply(ADMIN, one(p), enable("messaging"))
    service.configure(ADMIN, "messaging", one(p), {"sender_address": "shop@example.lu"})

    service.apply(ADMIN, one(p), disable("messaging"))
    row = module_row(db, p, "messaging")
    assert row.enabled is False
    assert row.config == {"sender_address": "shop@example.lu"}

    service.apply(ADMIN, one(p), enable("messaging"))
    row = module_row(db, p, "messaging")
    assert row.enabled is True
    assert row.config == {"sender_address": "shop@example.lu"}
    status = {s.code: s for s in service.module_status(ADMIN, p)}
    assert status["messaging"].config["sender_address"] == "shop@example.lu"


def test_configure_before_enabling_is_kept(db, service):
    (p,) = add_platforms(db, 1)
    service.configure(ADMIN, "messaging", one(p), {"sender_name": "Shop"})
    assert module_row(db, p, "messaging").enabled is False
    service.apply(ADMIN, one(p), enable("messaging"))
    row = module_row(db, p, "messaging")
    assert row.enabled is True and row.config == {"sender_name": "Shop"}


def test_who_and_when_are_recorded(db, service):
    (p,) = add_platforms(db, 1)
    t0 = utcnow()
    service.apply(ADMIN, one(p), enable("messaging"))
    t1 = utcnow()
    row = module_row(db, p, "messaging")
    assert row.enabled_by == ADMIN.name
    assert t0 - timedelta(seconds=1) <= row.enabled_at <= t1 + timedelta(seconds=1)
    assert row.disabled_at is None and row.disabled_by is None

    service.apply(OTHER, one(p), disable("messaging"))
    t2 = utcnow()
    row = module_row(db, p, "messaging")
    assert row.disabled_by == OTHER.name
    assert t1 - timedelta(seconds=1) <= row.disabled_at <= t2 + timedelta(seconds=1)
    assert row.enabled_by == ADMIN.name  # the enable is still on record

    status = {s.code: s for s in service.module_status(ADMIN, p)}
    assert status["messaging"].enabled is False
    assert status["messaging"].by == OTHER.name
    assert status["messaging"].since == row.disabled_at


# -- audit and events -----------------------------------------------------------------------


def test_one_audit_entry_per_request(db, service):
    codes = add_platforms(db, 5)
    audits = audit_count(db)
    service.apply(ADMIN, Target.of(codes), enable("billing", "messaging"))
    entries = audit_entries(db)
    assert len(entries) == audits + 1
    entry = entries[-1]
    assert entry.actor == ADMIN.name
    assert entry.platform_codes == "," + ",".join(codes) + ","
    assert entry.request["enable"] == ["billing", "messaging"]
    assert entry.plan["totals"]["changing"] == 5
    assert entry.plan["totals"]["pulled_in"] == {"payments": 5}


def test_scrub_masks_secret_looking_keys_as_a_last_line_of_defence(db):
    draft = AuditDraft(
        "test.scrub",
        {
            "password": "hunter2-hunter2",
            "nested": [{"stripe_api_key": "sk_test_123"}, {"token": "tok-456"}],
            "secret_value": "s3cr3t-789",
            "keyboard": "qwerty",  # not a secret key: kept
            "empty_password": "",  # nothing to hide
        },
    )
    write_separately(db, ADMIN, draft, "succeeded", None)
    entry = audit_entries(db)[-1]
    assert entry.request == {
        "password": MASK,
        "nested": [{"stripe_api_key": MASK}, {"token": MASK}],
        "secret_value": MASK,
        "keyboard": "qwerty",
        "empty_password": "",
    }
    raw = raw_audit_text(db)
    for plaintext in ("hunter2-hunter2", "sk_test_123", "tok-456", "s3cr3t-789"):
        assert plaintext not in raw


@pytest.mark.parametrize("backend", ["postgres"])  # the append-only trigger is PostgreSQL's
def test_audit_log_is_append_only_on_postgres(db, service):
    (p,) = add_platforms(db, 1)
    service.apply(ADMIN, one(p), enable("messaging"))
    for statement in ("UPDATE audit_log SET outcome = 'forged'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(statement))
    assert [e.outcome for e in audit_entries(db)] == ["succeeded"]


def test_success_entry_is_committed_with_the_change(db, bus):
    """The entry belongs to the change's transaction: an outside reader sees both at once."""
    (p,) = add_platforms(db, 1)
    service = ModuleService(db, bus=bus)
    audits = audit_count(db)
    seen: list[tuple[bool, int]] = []

    def check(event: ModuleEventData) -> None:
        seen.append(("messaging" in enabled(db, p), audit_count(db)))

    bus.subscribe(ModuleEvent.ENABLED, check)
    service.apply(ADMIN, one(p), enable("messaging"))
    assert seen == [(True, audits + 1)]


def test_events_after_commit_only(db, service, bus):
    codes = add_platforms(db, 2)
    seen: list[tuple[ModuleEvent, str, str, bool]] = []

    def on_event(event: ModuleEventData) -> None:
        # Read with another session: the change must already be committed.
        seen.append((event.event, event.module, event.platform, event.module in enabled(db, event.platform)))

    bus.subscribe(None, on_event)
    service.apply(ADMIN, Target.of(codes), enable("billing"))
    assert sorted(seen) == sorted(
        (ModuleEvent.ENABLED, m, p, True) for p in codes for m in ("billing", "payments")
    )

    seen.clear()
    service.apply(ADMIN, one(codes[0]), disable("payments", cascade=True))
    assert sorted((e, m, p) for e, m, p, _ in seen) == [
        (ModuleEvent.DISABLED, "billing", codes[0]),
        (ModuleEvent.DISABLED, "payments", codes[0]),
    ]
    assert not any(on for *_, on in seen)  # disabled, as committed


def test_no_events_on_rollback(db, service, bus, mixed):
    seen: list[ModuleEventData] = []
    bus.subscribe(None, seen.append)
    with pytest.raises(Refused):
        service.apply(ADMIN, Target.of(mixed), disable("payments"))
    with pytest.raises(Refused):
        service.apply(ADMIN, one(mixed[0]), disable("tenancy"))
    assert seen == []


def test_failing_subscriber_does_not_undo_or_stop_others(db, service, bus):
    (p,) = add_platforms(db, 1)
    seen: list[str] = []

    def broken(event: ModuleEventData) -> None:
        raise RuntimeError("subscriber down")

    bus.subscribe(None, broken)
    bus.subscribe(None, lambda e: seen.append(e.module))
    service.apply(ADMIN, one(p), enable("messaging"))
    assert seen == ["messaging"]
    assert "messaging" in enabled(db, p)


# -- bulk: failure in the middle, cancel, progress --------------------------------------------


def registry_with(code: str, **hooks) -> ModuleRegistry:
    return ModuleRegistry(
        replace(d, **hooks) if d.code == code else d for d in default_registry().modules.values()
    )


def test_hook_failure_in_the_middle_leaves_nothing_behind(db, bus):
    codes = add_platforms(db, 600)
    calls: list[str] = []

    def on_enable(ctx: HookContext) -> None:
        # Hooks may touch the database: these writes must be rolled back too.
        ctx.session.execute(update(Platform).where(Platform.id == ctx.platform_id).values(name="touched"))
        calls.append(ctx.platform_code)
        if len(calls) == 500:
            raise RuntimeError("gateway set-up failed on the 500th platform")

    service = ModuleService(db, registry_with("payments", on_enable=on_enable), bus=bus)
    seen: list[ModuleEventData] = []
    bus.subscribe(None, seen.append)
    before, audits = snapshot(db), audit_count(db)

    with pytest.raises(RuntimeError, match="500th"):
        service.apply(ADMIN, Target.of(all_platforms=True), enable("billing"))

    assert len(calls) == 500
    assert snapshot(db) == before
    with db.sessions() as session:
        assert session.scalar(select(Platform.id).where(Platform.name == "touched")) is None
        assert (
            session.scalar(select(PlatformModule.id).where(PlatformModule.module_code == "billing")) is None
        )
    assert seen == []
    assert audit_count(db) == audits + 1
    entry = audit_entries(db)[-1]
    assert entry.outcome == "failed"
    assert "500th" in entry.message
    assert entry.request["platforms"] == "all"
    assert len(codes) == 600


def test_hooks_get_the_platform_and_decrypted_config(db, bus):
    (p,) = add_platforms(db, 1)
    got: list[HookContext] = []
    service = ModuleService(db, registry_with("marketplace", on_disable=got.append), bus=bus)
    service.apply(ADMIN, one(p), enable("marketplace"))
    service.configure(ADMIN, "marketplace", one(p), {"api_key": "hook-visible-secret"})
    service.apply(ADMIN, one(p), disable("marketplace"))
    assert len(got) == 1
    ctx = got[0]
    assert (ctx.platform_code, ctx.module_code, ctx.actor) == (p, "marketplace", ADMIN.name)
    assert ctx.config["api_key"] == "hook-visible-secret"
    assert ctx.config["sync_interval_minutes"] == 30  # defaults filled in


def test_cancel_before_writing(db, service, bus):
    add_platforms(db, 20)
    seen: list[ModuleEventData] = []
    bus.subscribe(None, seen.append)
    before, audits = snapshot(db), audit_count(db)
    cancel = threading.Event()
    cancel.set()

    with pytest.raises(Cancelled) as err:
        service.apply(ADMIN, Target.of(all_platforms=True), enable("billing"), cancel=cancel)

    assert err.value.code == "operation.cancelled"
    assert snapshot(db) == before
    assert seen == []
    assert audit_count(db) == audits + 1 and audit_entries(db)[-1].outcome == "refused"


def test_cancel_between_batches_rolls_back_written_batches(db, service, monkeypatch):
    monkeypatch.setattr(module_service, "WRITE_BATCH", 100)
    add_platforms(db, 600)
    before = snapshot(db)
    cancel = threading.Event()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        cancel.set()  # the user presses Cancel after the first batch

    with pytest.raises(Cancelled):
        service.apply(
            ADMIN, Target.of(all_platforms=True), enable("billing"), progress=progress, cancel=cancel
        )
    assert calls == [(100, 600)]
    assert snapshot(db) == before


def test_progress_reaches_total(db, service, monkeypatch):
    monkeypatch.setattr(module_service, "WRITE_BATCH", 250)
    codes = add_platforms(db, 600)
    calls: list[tuple[int, int]] = []

    result = service.apply(
        ADMIN, Target.of(all_platforms=True), enable("orders"), progress=lambda d, t: calls.append((d, t))
    )

    assert len(result.applied) == 600
    assert calls == [(250, 600), (500, 600), (600, 600)]
    assert all("orders" in enabled(db, c) for c in (codes[0], codes[299], codes[-1]))


def test_progress_with_nothing_to_do(db, service):
    (p,) = add_platforms(db, 1)
    calls: list[tuple[int, int]] = []
    result = service.apply(ADMIN, one(p), enable("tenancy"), progress=lambda d, t: calls.append((d, t)))
    assert result.applied == []
    assert calls == [(0, 0)]


# -- concurrent writers ----------------------------------------------------------------------


def _race(db: Database, rounds: int, platforms: int) -> list[str]:
    """Two writers with their own Database: enable billing vs. disable payments (no cascade)."""
    codes = add_platforms(db, platforms, prefix="race")
    other = Database(db.url)
    setup = ModuleService(db, bus=ModuleEventBus())
    enabler = ModuleService(db, bus=ModuleEventBus())
    disabler = ModuleService(other, bus=ModuleEventBus())
    target = Target.of(codes)
    errors: list[BaseException] = []
    outcomes: list[str] = []
    try:
        for _ in range(rounds):
            setup.apply(ADMIN, target, ChangeRequest(disable=("billing",), cascade=True))
            setup.apply(ADMIN, target, enable("payments"))
            barrier = threading.Barrier(2)

            def run_enable(barrier: threading.Barrier) -> None:
                barrier.wait()
                try:
                    enabler.apply(ADMIN, target, enable("billing"))
                except BaseException as exc:
                    errors.append(exc)

            def run_disable(barrier: threading.Barrier) -> None:
                barrier.wait()
                try:
                    disabler.apply(OTHER, target, disable("payments"), skip_refused=True)
                    outcomes.append("disabled")
                except Refused as exc:
                    outcomes.append(exc.code)
                except BaseException as exc:
                    errors.append(exc)

            threads = [threading.Thread(target=f, args=(barrier,)) for f in (run_enable, run_disable)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=120)
            assert not any(t.is_alive() for t in threads), "a writer hung"
            assert errors == []
            with db.sessions() as session:
                rows = session.execute(
                    select(Platform.code, PlatformModule.module_code)
                    .join(Platform, Platform.id == PlatformModule.platform_id)
                    .where(Platform.code.in_(codes), PlatformModule.enabled.is_(True))
                ).all()
            on: dict[str, set[str]] = {c: set() for c in codes}
            for code, module in rows:
                on[code].add(module)
            broken = [c for c, mods in on.items() if "billing" in mods and "payments" not in mods]
            assert broken == [], f"billing on with payments off on {broken}"
            # The enable never fails: whichever order, billing ends up on with payments.
            assert all({"billing", "payments"} <= mods for mods in on.values())
    finally:
        other.dispose()
    return outcomes


def test_concurrent_writers_never_leave_billing_without_payments(db):
    """PostgreSQL: platform rows locked FOR UPDATE; SQLite: BEGIN IMMEDIATE serializes the writers."""
    outcomes = _race(db, rounds=30, platforms=20)
    assert len(outcomes) == 30


def test_sqlite_second_writer_waits_for_the_first(sqlite_db):
    """BEGIN IMMEDIATE: a second Database on the same file queues behind an open write."""
    (p,) = add_platforms(sqlite_db, 1)
    other = Database(sqlite_db.url)
    service = ModuleService(other, bus=ModuleEventBus())
    started, done = threading.Event(), threading.Event()
    order: list[str] = []
    try:
        with sqlite_db.transaction() as session:
            session.execute(text("SELECT 1"))  # holds the write lock from BEGIN IMMEDIATE

            def writer() -> None:
                started.set()
                service.apply(ADMIN, one(p), enable("messaging"))
                order.append("writer")
                done.set()

            thread = threading.Thread(target=writer)
            thread.start()
            started.wait()
            assert not done.wait(0.5)  # blocked behind our transaction
            order.append("first")
        thread.join(timeout=30)
        assert order == ["first", "writer"]
        assert "messaging" in enabled(sqlite_db, p)
    finally:
        other.dispose()


# -- misc -------------------------------------------------------------------------------------


def test_all_platforms_and_unchanged(db, service):
    codes = add_platforms(db, 4)
    service.apply(ADMIN, one(codes[0]), enable("messaging"))
    result = service.apply(ADMIN, Target.of(all_platforms=True), enable("messaging"))
    assert sorted(p.platform for p in result.applied) == codes[1:]
    assert [p.platform for p in result.plan.unchanged] == [codes[0]]
    assert all("messaging" in enabled(db, c) for c in codes)


def test_target_requires_exactly_one_form():
    with pytest.raises(InvalidInput) as err:
        Target.of(["a"], all_platforms=True)
    assert err.value.code == "platform.both"
    with pytest.raises(InvalidInput) as err:
        Target.of([], all_platforms=False)
    assert err.value.code == "platform.none"


def test_enable_and_disable_the_same_module_is_invalid(db, service):
    (p,) = add_platforms(db, 1)
    with pytest.raises(PlatformError) as err:
        service.apply(ADMIN, one(p), ChangeRequest(enable=("billing",), disable=("billing",)))
    assert err.value.code == "request.conflict"
    assert "billing" not in enabled(db, p)


def test_sqlite_reader_does_not_block_a_writer(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """Read sessions begin deferred (WAL): an open read never holds the write lock."""
    from core.actor import Actor
    from core.services.platforms import PlatformService

    with sqlite_db.sessions() as reader:
        reader.execute(text("SELECT count(*) FROM platforms")).scalar_one()
        assert reader.in_transaction()
        # A write through another Database on the same file goes through at once.
        from core.db import Database

        other = Database(sqlite_db.url)
        try:
            PlatformService(other).create_platform(Actor.cli(), "while-reading", "Written during a read")
        finally:
            other.dispose()
    with sqlite_db.sessions() as session:
        codes = session.execute(text("SELECT code FROM platforms")).scalars().all()
    assert "while-reading" in codes
