"""What the rollouts page says, and what it offers, in words.

Plain values in, plain values out: the rollout documents of
:class:`core.services.rollouts.RolloutService` (``list``, ``show``, a dry run's answer) become the
page's sentences in the translation context ``RolloutTexts``; :func:`offers` decides which actions
the page enables (the service checks again). No widget and no database here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject

from console.locale_text import counted, number
from console.models.common import local_time
from console.models.gate_texts import gates_reason_text

ACTIONS = ("start", "pause", "resume", "approve", "abort", "rollback")
ACTIVE = ("scheduled", "running", "baking", "waiting")
FINAL = ("completed", "rolled_back", "aborted")
STATES = ("draft", *ACTIVE, "paused", *FINAL)
# The states each action accepts (approve: waiting for an approval, see :func:`offers`).
ALLOWED: dict[str, tuple[str, ...]] = {
    "start": ("draft",),
    "pause": ACTIVE,
    "resume": ("paused",),
    "approve": ("waiting",),
    "abort": ("draft", "scheduled", "paused"),
    "rollback": ("paused",),
}
SHOWN_PLATFORMS = 200  # platforms a confirmation lists by name


class RolloutTexts(QObject):
    """The translation context of these sentences (never instantiated)."""


# -- words -----------------------------------------------------------------------------------------
def state_text(state: str) -> str:
    """A rollout's state as people read it."""
    words = {
        "draft": RolloutTexts.tr("draft"),
        "scheduled": RolloutTexts.tr("scheduled"),
        "running": RolloutTexts.tr("running"),
        "baking": RolloutTexts.tr("baking"),
        "waiting": RolloutTexts.tr("waiting"),
        "paused": RolloutTexts.tr("paused"),
        "completed": RolloutTexts.tr("completed"),
        "rolled_back": RolloutTexts.tr("rolled back"),
        "aborted": RolloutTexts.tr("aborted"),
    }
    return words.get(state, state)


def wave_state_text(state: str) -> str:
    words = {
        "pending": RolloutTexts.tr("pending", "wave"),
        "applied": RolloutTexts.tr("applied", "wave"),
        "baking": RolloutTexts.tr("baking", "wave"),
        "passed": RolloutTexts.tr("passed", "wave"),
        "failed": RolloutTexts.tr("failed", "wave"),
        "rolled_back": RolloutTexts.tr("rolled back", "wave"),
    }
    return words.get(state, state)


def result_text(result: str) -> str:
    """A gate's result: pass, fail or unknown."""
    words = {
        "pass": RolloutTexts.tr("passed", "gate"),
        "fail": RolloutTexts.tr("failed", "gate"),
        "unknown": RolloutTexts.tr("unknown", "gate"),
    }
    return words.get(result, result)


def filter_items() -> list[tuple[str, tuple[str, ...]]]:
    """The state filter's choices: (label, states; none for every state)."""
    items = [
        (RolloutTexts.tr("every state"), ()),
        (RolloutTexts.tr("in progress or paused"), (*ACTIVE, "paused")),
        (RolloutTexts.tr("needs a person (paused, waiting)"), ("paused", "waiting")),
    ]
    items += [(state_text(s), (s,)) for s in STATES]
    return items


def duration_text(seconds: int | None) -> str:
    if not seconds:
        return RolloutTexts.tr("no time")
    if seconds % 86400 == 0:
        return RolloutTexts.tr("{n} d").format(n=number(seconds // 86400))
    if seconds % 3600 == 0:
        return RolloutTexts.tr("{n} h").format(n=number(seconds // 3600))
    if seconds % 60 == 0:
        return RolloutTexts.tr("{n} min").format(n=number(seconds // 60))
    return RolloutTexts.tr("{n} s").format(n=number(seconds))


def platforms_text(n: int) -> str:
    return counted(RolloutTexts.tr("%Ln platform(s)", "", n), n)


def change_text(change: dict[str, Any], name: Callable[[str], str] = str) -> str:
    """The change a rollout makes: "Enable Orders", "Disable Billing (cascade)", "Configure …"."""
    modules = ", ".join(name(code) for code in change.get("modules", ()))
    kind = change.get("kind")
    if kind == "enable":
        return RolloutTexts.tr("Enable {modules}").format(modules=modules)
    if kind == "disable":
        if change.get("cascade"):
            return RolloutTexts.tr("Disable {modules} (and what needs it)").format(modules=modules)
        return RolloutTexts.tr("Disable {modules}").format(modules=modules)
    values = change.get("values") or {}
    keys = ", ".join(f"{key} = {value}" for key, value in values.items())
    return RolloutTexts.tr("Configure {module}: {settings}").format(module=modules, settings=keys)


def waves_passed(doc: dict[str, Any]) -> int:
    return sum(1 for w in doc.get("waves", ()) if w["state"] == "passed")


def reached(doc: dict[str, Any]) -> int:
    """Platforms of the waves applied so far (rolled back ones included)."""
    return sum(int(w.get("size") or len(w.get("platforms", ()))) for w in doc["waves"] if w.get("applied_at"))


def progress_text(doc: dict[str, Any]) -> str:
    waves = doc["progress"]["waves"]
    return RolloutTexts.tr("{passed}/{waves} waves · {platforms}").format(
        passed=number(waves_passed(doc)), waves=number(waves), platforms=platforms_text(reached(doc))
    )


def time_text(value: str | None) -> str:
    return local_time(value, seconds=False) if value else ""


# The engine's reasons (core/services/rollouts.py), recorded in English: said again in the
# interface's language; what a gate or a process said stays as it was recorded.
_LEFT_ALONE = "; left alone (changed by someone else since): "
_REASONS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"paused by (.+)"), lambda m: RolloutTexts.tr("Paused by {who}.").format(who=m[1])),
    (re.compile(r"rolled back by (.+)"), lambda m: RolloutTexts.tr("Rolled back by {who}.").format(who=m[1])),
    (
        re.compile(r"wave (\d+) of (\d+) waits for approval.*"),
        lambda m: RolloutTexts.tr("Wave {wave} of {waves} waits for someone to approve it.").format(
            wave=m[1], waves=m[2]
        ),
    ),
    (
        re.compile(r"outside every window; the next opens at (\S+)"),
        lambda m: RolloutTexts.tr("Outside every window; the next opens at {time}.").format(
            time=time_text(m[1])
        ),
    ),
    (re.compile(r"outside every window"), lambda m: RolloutTexts.tr("Outside every window.")),
    (
        re.compile(r"wave could not be applied: (.+)", re.S),
        lambda m: RolloutTexts.tr("A wave could not be applied: {detail}").format(detail=m[1]),
    ),
)


def reason_text(reason: str | None, gates: Sequence[str] = ()) -> str:
    """Why a rollout waits, paused or stopped, in the interface's language ("" for none);
    ``gates``: the rollout's, whose details a gate's reason quotes."""
    if not reason:
        return ""
    reason, _sep, conflicts = reason.partition(_LEFT_ALONE)
    text = reason
    if reason.startswith("gate failed: "):
        text = RolloutTexts.tr("A gate failed: {detail}").format(
            detail=gates_reason_text(reason.removeprefix("gate failed: "), gates)
        )
    elif reason.startswith("waiting: "):
        text = RolloutTexts.tr("Waiting for a gate: {detail}").format(
            detail=gates_reason_text(reason.removeprefix("waiting: "), gates)
        )
    for pattern, say in _REASONS if text is reason else ():
        if match := pattern.fullmatch(reason):
            text = say(match)
            break
    if conflicts:
        text += " " + RolloutTexts.tr("Left alone, changed by someone else since: {platforms}.").format(
            platforms=conflicts
        )
    return text


# -- what the page offers ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Offer:
    enabled: bool
    hint: str = ""


def offers(doc: dict[str, Any] | None, *, may_rollout: bool, me: str | None, busy: bool) -> dict[str, Offer]:
    """Which action the page enables for the rollout ``doc`` (None: none selected), and why not."""
    if doc is None:
        none = RolloutTexts.tr("Select a rollout first.")
        return {action: Offer(False, none) for action in ACTIONS}
    if not may_rollout:
        role = RolloutTexts.tr("Your role may not change rollouts.")
        return {action: Offer(False, role) for action in ACTIONS}
    out = {}
    state = doc["state"]
    for action in ACTIONS:
        if busy:
            out[action] = Offer(False, RolloutTexts.tr("Busy with the previous action."))
        elif state not in ALLOWED[action]:
            out[action] = Offer(False, not_now_text(action, state))
        elif action == "approve" and doc.get("waiting_for") != "approval":
            out[action] = Offer(False, RolloutTexts.tr("The rollout does not wait for an approval."))
        elif action == "approve" and me is not None and me == doc.get("started_by"):
            out[action] = Offer(False, RolloutTexts.tr("You started this rollout: someone else approves it."))
        else:
            out[action] = Offer(True)
    return out


def not_now_text(action: str, state: str) -> str:
    shown = state_text(state)
    texts = {
        "start": RolloutTexts.tr("Only a draft can be started; this rollout is {state}."),
        "pause": RolloutTexts.tr("Only a rollout under way can be paused; this one is {state}."),
        "resume": RolloutTexts.tr("Only a paused rollout can be resumed; this one is {state}."),
        "approve": RolloutTexts.tr(
            "Only a rollout waiting for approval can be approved; this one is {state}."
        ),
        "abort": RolloutTexts.tr(
            "Only a draft, scheduled or paused rollout can be aborted; this one is {state}."
        ),
        "rollback": RolloutTexts.tr("Only a paused rollout can be rolled back; this one is {state}."),
    }
    return texts[action].format(state=shown)


def action_label(action: str) -> str:
    """The button's text."""
    labels = {
        "start": RolloutTexts.tr("Start…"),
        "pause": RolloutTexts.tr("Pause…"),
        "resume": RolloutTexts.tr("Resume…"),
        "approve": RolloutTexts.tr("Approve…"),
        "abort": RolloutTexts.tr("Abort…"),
        "rollback": RolloutTexts.tr("Roll back…"),
    }
    return labels[action]


# -- confirmations -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Confirmation:
    """What a confirmation says before an action: its title, the consequence in plain words, the
    platforms concerned (listed in a pane), the confirming button's text, and whether it undoes
    or ends something (shown as a danger)."""

    title: str
    text: str
    details: str
    confirm: str
    danger: bool = False


def confirmation(
    action: str, doc: dict[str, Any], dry: dict[str, Any], name: Callable[[str], str] = str
) -> Confirmation:
    """The confirmation of ``action`` on the rollout ``doc`` (``show``), from the service's dry run
    ``dry`` (its ``platforms``: those the action touches, where it says)."""
    rid, title_name = doc["id"], doc["name"]
    codes: Sequence[str] = dry.get("platforms") or ()
    change = change_text(doc["change"], name)
    waves = doc["progress"]["waves"]
    current = doc["progress"]["wave"] or 0
    details = listed(codes)
    if action == "start":
        first = doc["waves"][0] if doc["waves"] else {"size": 0, "platforms": []}
        size = platforms_text(int(first.get("size") or len(first.get("platforms", ()))))
        start_at = doc.get("start_at")
        if start_at and datetime.fromisoformat(start_at) > datetime.now(UTC):
            when = RolloutTexts.tr("{change}: wave 1 of {waves} ({platforms}) is applied at {time}.").format(
                change=change, waves=waves, platforms=size, time=time_text(start_at)
            )
        else:
            when = RolloutTexts.tr(
                "{change}: wave 1 of {waves} ({platforms}) is applied by the next runner."
            ).format(change=change, waves=waves, platforms=size)
        gated = [g for g in doc.get("gates", ()) if g]
        bake = duration_text(doc.get("bake"))
        then = (
            RolloutTexts.tr("Each wave bakes {bake}, then its gates decide whether the next one goes.")
            if gated
            else RolloutTexts.tr("Each wave bakes {bake}, then the next one goes.")
        ).format(bake=bake)
        text = " ".join((when, then, RolloutTexts.tr("You are recorded as the person who started it.")))
        details = wave_list(doc)
        return Confirmation(
            RolloutTexts.tr("Start rollout #{id} “{name}”").format(id=rid, name=title_name),
            text,
            details,
            RolloutTexts.tr("Start"),
        )
    if action == "pause":
        text = RolloutTexts.tr(
            "The rollout stops where it is: no wave is applied and no gate is asked until someone "
            "resumes it. What it applied so far stays."
        )
        return Confirmation(
            RolloutTexts.tr("Pause rollout #{id} “{name}”").format(id=rid, name=title_name),
            text,
            "",
            RolloutTexts.tr("Pause"),
        )
    if action == "resume":
        wave = doc["waves"][current - 1] if current else None
        to = dry.get("to")  # the state the service's dry run leads to
        if to == "baking" and wave is not None and wave["state"] == "baking":
            text = RolloutTexts.tr("Wave {wave}'s gates are evaluated when its bake time is over.").format(
                wave=current
            )
        elif to == "baking":
            text = RolloutTexts.tr("Wave {wave}'s gates are evaluated by the next runner.").format(
                wave=current
            )
        elif to == "waiting":
            text = RolloutTexts.tr(
                "Wave {wave} of {waves} waits again for someone other than its starter to approve it: "
                "resuming does not approve it."
            ).format(wave=current + 1, waves=waves)
        elif current >= waves:
            text = RolloutTexts.tr("The rollout completes: every wave is applied.")
        else:
            nxt = doc["waves"][current]
            size = platforms_text(int(nxt.get("size") or len(nxt.get("platforms", ()))))
            text = RolloutTexts.tr(
                "{change}: wave {wave} of {waves} ({platforms}) is applied by the next runner."
            ).format(change=change, wave=current + 1, waves=waves, platforms=size)
        return Confirmation(
            RolloutTexts.tr("Resume rollout #{id} “{name}”").format(id=rid, name=title_name),
            text,
            "",
            RolloutTexts.tr("Resume"),
        )
    if action == "approve":
        text = RolloutTexts.tr(
            "{change}: wave {wave} of {waves} goes out to {platforms}, applied by the next runner. "
            "You are recorded as its approver."
        ).format(change=change, wave=current + 1, waves=waves, platforms=platforms_text(len(codes)))
        return Confirmation(
            RolloutTexts.tr("Approve wave {wave} of rollout #{id}").format(wave=current + 1, id=rid),
            text,
            details,
            RolloutTexts.tr("Approve"),
        )
    if action == "abort":
        text = RolloutTexts.tr("The rollout ends for good: it cannot be resumed or rolled back afterwards.")
        applied = reached(doc)
        if current:
            text += " " + RolloutTexts.tr(
                "What its applied waves changed stays, on up to {platforms}."
            ).format(platforms=platforms_text(applied))
        return Confirmation(
            RolloutTexts.tr("Abort rollout #{id} “{name}”").format(id=rid, name=title_name),
            text,
            "",
            RolloutTexts.tr("Abort"),
            danger=True,
        )
    return _rollback(doc, codes, change, name)


def _rollback(
    doc: dict[str, Any], codes: Sequence[str], change: str, name: Callable[[str], str]
) -> Confirmation:
    kind = doc["change"].get("kind")
    modules = ", ".join(name(code) for code in doc["change"].get("modules", ()))
    n = len(codes)
    kept = max(0, reached(doc) - n)
    if kind == "enable":
        text = counted(
            RolloutTexts.tr(
                "The rollout disables {modules} again, with what it pulled in, on %Ln platform(s), "
                "newest wave first.",
                "",
                n,
            ),
            n,
        )
        if kept:
            text += " " + counted(
                RolloutTexts.tr("%Ln platform(s) that had it before keep it.", "", kept), kept
            )
    elif kind == "disable":
        text = counted(
            RolloutTexts.tr(
                "The rollout enables {modules} again on %Ln platform(s), newest wave first.", "", n
            ),
            n,
        )
        if kept:
            text += " " + counted(
                RolloutTexts.tr("%Ln platform(s) that did not have it before stay without it.", "", kept),
                kept,
            )
    else:
        text = counted(
            RolloutTexts.tr(
                "The settings of {modules} go back to their previous values on %Ln platform(s), "
                "newest wave first.",
                "",
                n,
            ),
            n,
        )
    text = text.format(modules=modules)
    text += " " + RolloutTexts.tr(
        "What someone else changed since is left alone and listed. The rollout then stops for good."
    )
    return Confirmation(
        RolloutTexts.tr("Roll back rollout #{id} “{name}”").format(id=doc["id"], name=doc["name"]),
        text,
        listed(codes),
        RolloutTexts.tr("Roll back"),
        danger=True,
    )


def listed(codes: Sequence[str]) -> str:
    """Platform codes for a confirmation's pane, a line of them at a time; the rest counted."""
    shown = list(codes[:SHOWN_PLATFORMS])
    lines = [", ".join(shown[i : i + 8]) for i in range(0, len(shown), 8)]
    more = len(codes) - len(shown)
    if more > 0:
        lines.append(counted(RolloutTexts.tr("and %Ln more", "", more), more))
    return "\n".join(lines)


def wave_list(doc: dict[str, Any]) -> str:
    """Each wave's number, size and first platforms (a start's confirmation)."""
    lines = []
    for wave in doc["waves"]:
        codes = wave.get("platforms", ())
        size = int(wave.get("size") or len(codes))
        first = ", ".join(codes[:6]) + (" …" if len(codes) > 6 else "")
        lines.append(
            RolloutTexts.tr("Wave {wave}: {platforms}").format(
                wave=wave["number"], platforms=platforms_text(size)
            )
            + (f" ({first})" if first else "")
        )
    return "\n".join(lines)


def done_text(action: str, doc: dict[str, Any]) -> str:
    """The status bar's line once an action went through."""
    texts = {
        "start": RolloutTexts.tr("Rollout #{id} started: {state}."),
        "pause": RolloutTexts.tr("Rollout #{id} paused."),
        "resume": RolloutTexts.tr("Rollout #{id} resumed: {state}."),
        "approve": RolloutTexts.tr("Rollout #{id}: the next wave is approved."),
        "abort": RolloutTexts.tr("Rollout #{id} aborted."),
        "rollback": RolloutTexts.tr("Rollout #{id} rolled back."),
    }
    return texts[action].format(id=doc["id"], state=state_text(doc["state"]))


def summary_text(doc: dict[str, Any], name: Callable[[str], str] = str) -> str:
    """One line about a rollout: its change, targets, waves, bake, what a failure does, who."""
    progress = doc["progress"]
    waves = int(progress["waves"])
    parts = [
        change_text(doc["change"], name),
        counted(RolloutTexts.tr("{platforms} in %Ln wave(s)", "", waves), waves).format(
            platforms=platforms_text(int(progress["targets"]))
        ),
        RolloutTexts.tr("bake {time}").format(time=duration_text(doc.get("bake"))),
        RolloutTexts.tr("on a failed gate: roll back")
        if doc.get("on_fail") == "rollback"
        else RolloutTexts.tr("on a failed gate: pause"),
        RolloutTexts.tr("created by {who}").format(who=doc.get("created_by") or "?"),
    ]
    if doc.get("started_by"):
        parts.append(RolloutTexts.tr("started by {who}").format(who=doc["started_by"]))
    if doc.get("start_at") and doc["state"] in ("draft", "scheduled"):
        parts.append(RolloutTexts.tr("starts at {time}").format(time=time_text(doc["start_at"])))
    return " · ".join(parts)


def wave_title(doc: dict[str, Any], wave: dict[str, Any]) -> str:
    """A wave's heading: its number, state, when it was applied and baked, who approved it."""
    parts = [
        RolloutTexts.tr("Wave {wave} of {waves}").format(wave=wave["number"], waves=len(doc["waves"])),
        wave_state_text(wave["state"]),
        platforms_text(int(wave.get("size") or len(wave.get("platforms", ())))),
    ]
    if wave.get("applied_at"):
        parts.append(RolloutTexts.tr("applied {time}").format(time=time_text(wave["applied_at"])))
    if wave.get("bake_until") and wave["state"] == "baking":
        parts.append(RolloutTexts.tr("bakes until {time}").format(time=time_text(wave["bake_until"])))
    for approval in doc.get("approvals", ()):
        if approval.get("wave") == wave["number"]:
            parts.append(RolloutTexts.tr("approved by {who}").format(who=approval.get("by")))
    return " · ".join(parts)


def gate_name(gate: str) -> str:
    """A gate as written, but ``approval`` in words."""
    return RolloutTexts.tr("approval by a second person") if gate == "approval" else gate


def wave_platforms_text(wave: dict[str, Any], limit: int = 60) -> str:
    codes = list(wave.get("platforms", ()))
    size = int(wave.get("size") or len(codes))
    shown = ", ".join(codes[:limit])
    if size > limit:
        more = size - min(limit, len(codes))
        shown += " " + counted(RolloutTexts.tr("and %Ln more", "", more), more)
    return RolloutTexts.tr("Platforms: {platforms}").format(platforms=shown or "—")
