"""ModuleEventBus: subscription, delivery order, failing subscribers, helpers."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from core import events as events_module
from core.events import ModuleEvent, ModuleEventBus, ModuleEventData


@pytest.fixture
def bus() -> ModuleEventBus:
    return ModuleEventBus()


def test_subscribe_as_a_decorator_returns_the_function(bus: ModuleEventBus) -> None:
    seen: list[ModuleEventData] = []

    @bus.subscribe(ModuleEvent.ENABLED)
    def on_enabled(data: ModuleEventData) -> None:
        seen.append(data)

    assert callable(on_enabled)
    on_enabled(ModuleEventData(ModuleEvent.ENABLED, "direct"))  # still a plain function
    assert bus.emit(ModuleEventData(ModuleEvent.ENABLED, "billing", "shop-1")) == 0
    assert [(d.module, d.platform) for d in seen] == [("direct", None), ("billing", "shop-1")]


def test_subscribe_by_call(bus: ModuleEventBus) -> None:
    seen: list[str | None] = []

    def handler(data: ModuleEventData) -> None:
        seen.append(data.module)

    assert bus.subscribe(ModuleEvent.DISABLED, handler) is handler
    bus.emit(ModuleEventData(ModuleEvent.DISABLED, "cms"))
    assert seen == ["cms"]


def test_subscribers_only_get_their_event(bus: ModuleEventBus) -> None:
    seen: list[str] = []
    bus.subscribe(ModuleEvent.ENABLED, lambda d: seen.append(f"enabled:{d.module}"))
    bus.subscribe(ModuleEvent.DISABLED, lambda d: seen.append(f"disabled:{d.module}"))
    bus.emit(ModuleEventData(ModuleEvent.CONFIG_CHANGED, "payments"))
    bus.emit(ModuleEventData(ModuleEvent.DISABLED, "cms"))
    assert seen == ["disabled:cms"]


def test_emit_delivers_in_subscription_order_then_wildcards(bus: ModuleEventBus) -> None:
    calls: list[str] = []
    bus.subscribe(None, lambda d: calls.append("wildcard-1"))
    bus.subscribe(ModuleEvent.ENABLED, lambda d: calls.append("first"))
    bus.subscribe(ModuleEvent.ENABLED, lambda d: calls.append("second"))
    bus.subscribe(None, lambda d: calls.append("wildcard-2"))
    bus.subscribe(ModuleEvent.ENABLED, lambda d: calls.append("third"))
    bus.emit(ModuleEventData(ModuleEvent.ENABLED, "billing"))
    assert calls == ["first", "second", "third", "wildcard-1", "wildcard-2"]


def test_wildcard_subscriber_gets_every_event(bus: ModuleEventBus) -> None:
    seen: list[ModuleEvent] = []

    @bus.subscribe()
    def everything(data: ModuleEventData) -> None:
        seen.append(data.event)

    for event in ModuleEvent:
        bus.emit(ModuleEventData(event))
    assert seen == list(ModuleEvent)


def test_failing_subscriber_is_logged_and_the_others_still_run(
    bus: ModuleEventBus, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[str] = []

    def broken(data: ModuleEventData) -> None:
        raise RuntimeError("smtp server down")

    bus.subscribe(ModuleEvent.ENABLED, lambda d: calls.append("before"))
    bus.subscribe(ModuleEvent.ENABLED, broken)
    bus.subscribe(ModuleEvent.ENABLED, lambda d: calls.append("after"))
    bus.subscribe(None, lambda d: calls.append("wildcard"))

    with caplog.at_level(logging.ERROR, logger="core.events"):
        failures = bus.emit(ModuleEventData(ModuleEvent.ENABLED, "billing"))

    assert failures == 1
    assert calls == ["before", "after", "wildcard"]
    (record,) = [r for r in caplog.records if r.name == "core.events"]
    assert record.levelno == logging.ERROR
    assert "failed on enabled" in record.getMessage()
    assert "broken" in record.getMessage()
    assert record.exc_info is not None
    assert isinstance(record.exc_info[1], RuntimeError)


def test_emit_counts_every_failure(bus: ModuleEventBus) -> None:
    def broken(data: ModuleEventData) -> None:
        raise ValueError("nope")

    bus.subscribe(ModuleEvent.DISABLED, broken)
    bus.subscribe(None, broken)
    assert bus.emit(ModuleEventData(ModuleEvent.DISABLED, "cms")) == 2
    assert bus.emit(ModuleEventData(ModuleEvent.STARTUP)) == 1


def test_emit_enabled_and_emit_disabled(bus: ModuleEventBus) -> None:
    seen: list[ModuleEventData] = []
    bus.subscribe(None, seen.append)
    at = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)

    assert bus.emit_enabled("billing", "shop-1", actor="admin:ann", details={"pulled_in": ["payments"]}) == 0
    assert bus.emit_disabled("cms", at=at) == 0

    enabled, disabled = seen
    assert enabled.event is ModuleEvent.ENABLED
    assert (enabled.module, enabled.platform, enabled.actor) == ("billing", "shop-1", "admin:ann")
    assert enabled.details == {"pulled_in": ["payments"]}
    assert enabled.at.tzinfo is not None
    assert disabled.event is ModuleEvent.DISABLED
    assert (disabled.module, disabled.platform, disabled.actor) == ("cms", None, None)
    assert disabled.at == at
    assert disabled.details == {}


def test_emit_all_delivers_in_order(bus: ModuleEventBus) -> None:
    seen: list[str | None] = []
    bus.subscribe(None, lambda d: seen.append(d.module))
    bus.emit_all(ModuleEventData(ModuleEvent.ENABLED, code) for code in ["tenancy", "payments", "billing"])
    assert seen == ["tenancy", "payments", "billing"]


def test_unsubscribe_and_clear(bus: ModuleEventBus) -> None:
    seen: list[str] = []

    def first(data: ModuleEventData) -> None:
        seen.append("first")

    def second(data: ModuleEventData) -> None:
        seen.append("second")

    bus.subscribe(ModuleEvent.ENABLED, first)
    bus.subscribe(ModuleEvent.ENABLED, second)
    bus.unsubscribe(ModuleEvent.ENABLED, first)
    bus.unsubscribe(ModuleEvent.ENABLED, first)  # a second time is harmless
    bus.unsubscribe(ModuleEvent.DISABLED, second)  # not subscribed there: harmless
    bus.emit_enabled("billing")
    assert seen == ["second"]

    bus.clear()
    bus.emit_enabled("billing")
    assert seen == ["second"]


def test_a_subscriber_may_subscribe_another_during_delivery(bus: ModuleEventBus) -> None:
    seen: list[str] = []

    def late(data: ModuleEventData) -> None:
        seen.append("late")

    def subscribing(data: ModuleEventData) -> None:
        seen.append("subscribing")
        bus.subscribe(ModuleEvent.ENABLED, late)

    bus.subscribe(ModuleEvent.ENABLED, subscribing)
    bus.emit_enabled("a")  # no deadlock; the new subscriber starts with the next event
    assert seen == ["subscribing"]
    bus.emit_enabled("b")
    assert seen == ["subscribing", "subscribing", "late"]


def test_event_data_is_frozen() -> None:
    data = ModuleEventData(ModuleEvent.ENABLED, "billing")
    with pytest.raises(AttributeError):
        data.module = "cms"  # type: ignore[misc]


def test_events_are_strings() -> None:
    assert ModuleEvent.ENABLED == "enabled"
    assert ModuleEvent("config_changed") is ModuleEvent.CONFIG_CHANGED


def test_process_wide_bus_exists() -> None:
    assert isinstance(events_module.bus, ModuleEventBus)
