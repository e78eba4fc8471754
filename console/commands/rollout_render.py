"""The human (non --json) rendering of rollouts: ``show`` as a header and a timeline of waves,
``list`` as a table, ``create --dry-run`` as the waves with a plan summary each."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

CODES_SHOWN = 5  # platform codes named per wave
GROUPS_SHOWN = 5  # distinct plans summarised per wave
REFUSED_SHOWN = 10
REASON_WIDTH = 60  # the list's reason column
NAME_WIDTH = 40


def local_time(value: str | None) -> str:
    """An ISO time from a document, in local time with its zone (``-`` for none)."""
    if not value:
        return "-"
    return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")


def duration(seconds: int | None) -> str:
    """Seconds as ``--bake`` takes them: ``0s``, ``90s``, ``10m``, ``1h30m``, ``2d``."""
    if seconds is None:
        return "-"
    if seconds == 0:
        return "0s"
    parts, rest = [], int(seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if rest >= size:
            parts.append(f"{rest // size}{unit}")
            rest %= size
    return "".join(parts)


def clip(text: str | None, width: int) -> str:
    if not text:
        return "-"
    return text if len(text) <= width else text[: width - 1] + "…"


def codes_text(codes: Sequence[str], size: int | None = None) -> str:
    """The first few codes, and how many more."""
    total = len(codes) if size is None else size
    shown = ", ".join(codes[:CODES_SHOWN])
    more = total - min(len(codes), CODES_SHOWN)
    return shown + (f" … (+{more:,})" if more > 0 else "")


def change_text(change: dict[str, Any]) -> str:
    what = f"{change['kind']} {', '.join(change['modules'])}"
    if change.get("cascade"):
        what += " (cascade)"
    if change.get("values"):
        what += ": " + ", ".join(f"{k}={json.dumps(v)}" for k, v in change["values"].items())
    return what


def targets_text(targets: dict[str, Any] | None) -> str:
    if not targets:
        return "-"
    parts = ["all platforms"] if targets.get("all") else []
    if targets.get("codes"):
        parts.append("platforms " + codes_text(targets["codes"]))
    if targets.get("tags"):
        parts.append("tags " + ", ".join(targets["tags"]))
    text = " + ".join(parts)
    if targets.get("exclude_tags"):
        text += " minus tags " + ", ".join(targets["exclude_tags"])
    return text


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def print_rollout(say: Callable[[str], None], d: dict[str, Any]) -> None:
    """``show ID``, and the answer of an action or of ``create`` (with --dry-run: the plan)."""
    dry = bool(d.get("dry_run"))
    progress = d["progress"]
    if dry:
        say(
            f"DRY RUN — nothing written. Rollout {d['name']!r} would be created as a draft: "
            f"{_plural(progress['targets'], 'platform')} in {_plural(progress['waves'], 'wave')}"
        )
    else:
        say(f"Rollout {d['id']} {d['name']!r}: {d['state']}")
    rows = [] if dry else [("reason", d.get("reason") or "-")]
    rows += [
        ("change", change_text(d["change"])),
        ("targets", f"{targets_text(d.get('targets'))} ({_plural(progress['targets'], 'platform')})"),
    ]
    if not dry:
        rows.append(
            (
                "progress",
                f"wave {progress['wave'] or 0} of {progress['waves']}, "
                f"{progress['changed']:,} of {progress['targets']:,} platforms changed",
            )
        )
    rows += [
        ("gates", "; ".join(d["gates"]) or "none"),
        (
            "rules",
            f"bake {duration(d['bake'])}, gate timeout {duration(d['gate_timeout'])}, "
            f"on failure {d['on_fail']}",
        ),
    ]
    if d.get("start_at"):
        rows.append(("starts at", local_time(d["start_at"])))
    if d.get("windows"):
        rows.append(("windows", "; ".join(d["windows"])))
    if not dry:
        rows.append(("created", f"{local_time(d.get('created_at'))} by {d.get('created_by') or '-'}"))
    if d.get("started_by"):
        rows.append(("started", f"{local_time(d.get('started_at'))} by {d['started_by']}"))
    if not dry:
        rows.append(("updated", local_time(d.get("updated_at"))))
        if d.get("next_check_at"):
            rows.append(("next check", local_time(d["next_check_at"])))
        if d.get("finished_at"):
            rows.append(("finished", local_time(d["finished_at"])))
    if dry and d.get("headline"):
        rows.append(("plan", d["headline"]))
    if dry and d.get("refused"):
        rows.append(("refused", f"{_plural(d['refused'], 'platform')} (listed under their waves)"))
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        say(f"  {label:<{width}}  {value}")
    say("")
    say("Waves:")
    approvals = {a["wave"]: a for a in d.get("approvals", [])}
    for w in d["waves"]:
        _print_wave(say, w, approvals.get(w["number"]))
    if dry:
        say("")
        say("Each platform's plan: the same command with --json.")
    conflicts = d.get("conflicts") or []
    if conflicts:
        say("")
        say(f"Conflicts (left alone): {len(conflicts):,}")
        for c in conflicts[:REFUSED_SHOWN]:
            say(f"  {c['platform']}: {c['why']}")


def _print_wave(say: Callable[[str], None], w: dict[str, Any], approval: dict[str, Any] | None) -> None:
    codes = w.get("platforms", [])
    size = w.get("size", len(codes))
    line = f"  {w['number']:>3}  {w['state']:<11}  {_plural(size, 'platform'):<14}"
    if codes:
        line += f"  {codes_text(codes, size)}"
    say(line.rstrip())
    pad = " " * 7
    if approval:
        say(f"{pad}approved by {approval['by']} at {local_time(approval['at'])}")
    if w.get("applied_at"):
        when = f"applied {local_time(w['applied_at'])}"
        if w.get("bake_until"):
            baked = "bakes" if w["state"] == "baking" else "baked"
            when += f", {baked} until {local_time(w['bake_until'])}"
        changed = w.get("changed")
        if changed is not None:
            when += f"; {_plural(len(changed), 'platform')} changed"
        say(f"{pad}{when}")
    for g in w.get("gates", []):
        say(f"{pad}gate {g['gate']}: {g['result'].upper()} — {g['detail']}")
    plans = w.get("plans")
    if plans:
        _print_plan_summary(say, plans, pad)


def _plan_text(plan: dict[str, Any]) -> str:
    if plan.get("refusals"):
        return "REFUSED: " + "; ".join(r["message"] for r in plan["refusals"])
    if plan.get("changes"):
        return "; ".join(_one_change(c) for c in plan["changes"])
    if plan.get("settings"):
        return "; ".join(
            f"{k}: {json.dumps(m['from'])} -> {json.dumps(m['to'])}" for k, m in plan["settings"].items()
        )
    return "no change (left alone)"


def _one_change(change: dict[str, Any]) -> str:
    if change["reason"] == "requested":
        return f"{change['action']} {change['module']}"
    return f"{change['action']} {change['module']} ({change['reason']}: {' -> '.join(change['via'])})"


def _print_plan_summary(say: Callable[[str], None], plans: list[dict[str, Any]], pad: str) -> None:
    """A wave's plans grouped: how many platforms get each distinct change, refusals named."""
    texts = [_plan_text(p) for p in plans]
    groups = Counter(t for t in texts if not t.startswith("REFUSED"))
    for text, n in groups.most_common(GROUPS_SHOWN):
        say(f"{pad}{_plural(n, 'platform')}: {text}")
    if len(groups) > GROUPS_SHOWN:
        rest = sum(n for _t, n in groups.most_common()[GROUPS_SHOWN:])
        say(f"{pad}{_plural(rest, 'platform')}: other plans (--json lists every one)")
    refused = [(p["platform"], t) for p, t in zip(plans, texts, strict=True) if t.startswith("REFUSED")]
    for code, text in refused[:REFUSED_SHOWN]:
        say(f"{pad}{code}: {text}")
    if len(refused) > REFUSED_SHOWN:
        say(f"{pad}… and {_plural(len(refused) - REFUSED_SHOWN, 'more refused platform')}")


def list_rows(documents: Sequence[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """``rollouts list``: the table's headers and rows."""
    headers = ["id", "name", "state", "wave", "changed", "change", "started by", "updated", "reason"]
    rows = [
        [
            d["id"],
            clip(d["name"], NAME_WIDTH),
            d["state"],
            f"{d['progress']['wave'] or 0}/{d['progress']['waves']}",
            f"{d['progress']['changed']:,}/{d['progress']['targets']:,}",
            clip(change_text(d["change"]), 30),
            d["started_by"],
            datetime.fromisoformat(d["updated_at"]) if d.get("updated_at") else None,
            clip(d["reason"], REASON_WIDTH),
        ]
        for d in documents
    ]
    return headers, rows
