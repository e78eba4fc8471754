"""What the rollouts page says: the engine's recorded reasons and gate details in the interface's
language (the real French catalogue), the confirmations' consequences, the actions offered."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from console.models.gate_texts import gate_detail_text
from console.models.rollout_texts import confirmation, offers, reason_text
from tests.i18n_helpers import language_restored

GATE = "prom:sum by (platform) (rate(errors[5m])) < 0.02"
FAILED = (
    f"gate failed: {GATE}: 2 platforms not < 0.02: shop-7 0.066, shop-9 0.5; "
    "3 platforms without a sample: a, b, c."
)


def doc(**fields: Any) -> dict[str, Any]:
    waves = [
        {
            "number": 1,
            "state": "passed",
            "size": 3,
            "applied_at": "2026-12-07T10:00:00+00:00",
            "platforms": [],
        },
        {
            "number": 2,
            "state": "failed",
            "size": 9,
            "applied_at": "2026-12-07T10:30:00+00:00",
            "platforms": [],
        },
        {"number": 3, "state": "pending", "size": 40, "applied_at": None, "platforms": []},
    ]
    base = {
        "id": 7,
        "name": "orders everywhere",
        "state": "paused",
        "change": {"kind": "enable", "modules": ["orders"], "cascade": False, "values": {}},
        "progress": {"changed": 10, "targets": 52, "wave": 2, "waves": 3},
        "waves": waves,
        "gates": [GATE],
        "started_by": "admin:ann",
        "waiting_for": None,
        "bake": 600,
    }
    return {**base, **fields}


def test_reasons_and_details_in_english(qapp: QApplication) -> None:
    assert reason_text(FAILED, [GATE]) == (
        f"A gate failed: {GATE}: 2 platforms not < 0.02: shop-7 0.066, shop-9 0.5; "
        "3 platforms without a sample: a, b, c."
    )
    assert reason_text("wave 3 of 3 waits for approval (rollouts approve 7)") == (
        "Wave 3 of 3 waits for someone to approve it."
    )
    assert gate_detail_text("Something new happened.") == "Something new happened."  # as recorded


def test_reasons_and_details_in_french(qapp: QApplication) -> None:
    from console.i18n.translators import install

    with language_restored():
        install("fr")
        assert reason_text(FAILED, [GATE]) == (
            f"Un contrôle a échoué\u00a0: {GATE}: 2 plateformes hors de < 0,02\u00a0: shop-7 0,066, "
            "shop-9 0,5; 3 plateformes sans mesure\u00a0: a, b, c."
        )
        assert reason_text("paused by admin:ann") == "Mis en pause par admin:ann."
        detail = (
            "The changed platforms are higher (worse): p = 0.0012 < 0.01; 10 changed (median 0.5) "
            "against 200 unchanged (median 0.2). The gate is asked again at the next check."
        )
        assert gate_detail_text(detail) == (
            "Les plateformes modifiées sont plus élevées (moins bonnes)\u00a0: p = 0,0012 < 0,01\u00a0; 10 "
            "modifiées (médiane 0,5) contre 200 non modifiées (médiane 0,2). "
            "Le contrôle est de nouveau interrogé au prochain passage."
        )


def test_roll_back_says_where_and_what_stays(qapp: QApplication) -> None:
    said = confirmation("rollback", doc(), {"platforms": [f"shop-{i}" for i in range(10)]})
    assert said.danger and said.confirm == "Roll back"
    assert said.text.startswith(
        "The rollout disables orders again, with what it pulled in, on 10 platforms, newest wave first. "
        "2 platforms that had it before keep it."
    )
    assert said.details.splitlines()[0] == ", ".join(f"shop-{i}" for i in range(8))
    many = confirmation("rollback", doc(), {"platforms": [f"p{i}" for i in range(250)]})
    assert many.details.endswith("and 50 more")
    disabled = confirmation(
        "rollback", doc(change={"kind": "disable", "modules": ["billing"]}), {"platforms": ["a"]}
    )
    assert "enables billing again on 1 platform" in disabled.text


def test_offers_follow_the_state_the_role_and_four_eyes() -> None:
    paused = offers(doc(), may_rollout=True, me="admin:bob", busy=False)
    assert {a for a, o in paused.items() if o.enabled} == {"resume", "abort", "rollback"}
    assert "this one is paused" in paused["pause"].hint
    waiting = doc(state="waiting", waiting_for="approval")
    assert offers(waiting, may_rollout=True, me="admin:bob", busy=False)["approve"].enabled
    mine = offers(waiting, may_rollout=True, me="admin:ann", busy=False)["approve"]
    assert not mine.enabled and "someone else" in mine.hint
    window = offers(doc(state="waiting", waiting_for="window"), may_rollout=True, me="x", busy=False)
    assert not window["approve"].enabled
    assert not any(o.enabled for o in offers(doc(), may_rollout=False, me="x", busy=False).values())
    assert not any(o.enabled for o in offers(doc(), may_rollout=True, me="x", busy=True).values())


def test_resume_says_what_the_service_dry_run_leads_to(qapp: QApplication) -> None:
    """The wave's state and the dry run's ``to``: bake still running, gates due again, approval."""
    from console.i18n.translators import install

    def waves(state: str) -> list[dict[str, Any]]:
        return [{"number": 1, "state": state, "size": 3, "applied_at": "2026-12-07T10:00:00+00:00"}]

    progress = {"changed": 3, "targets": 52, "wave": 1, "waves": 2}
    baking, applied = (doc(waves=waves(s), progress=progress) for s in ("baking", "applied"))
    assert "when its bake time is over" in confirmation("resume", baking, {"to": "baking"}).text
    assert confirmation("resume", applied, {"to": "baking"}).text == (
        "Wave 1's gates are evaluated by the next runner."
    )
    assert confirmation("resume", applied, {"to": "waiting"}).text == (
        "Wave 2 of 2 waits again for someone other than its starter to approve it: "
        "resuming does not approve it."
    )
    with language_restored():
        install("fr")
        assert confirmation("resume", applied, {"to": "baking"}).text == (
            "Les contrôles de la vague 1 sont évalués au prochain passage de l'exécuteur."
        )
        install("de")
        assert confirmation("resume", applied, {"to": "waiting"}).text.startswith(
            "Welle 2 von 2 wartet wieder auf die Freigabe"
        )
