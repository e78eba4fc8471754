"""What a rollout gate said, in the interface's language.

The engine records each gate result's detail as one English sentence (``core/rollouts/gates.py``,
as ``platformctl rollouts show`` prints it). The console says the sentences it knows again, their
figures as the locale writes them; what a server or a process answered (an error, a reason it is
not ready) stays as it was recorded. An unknown sentence is shown as recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject

from console.locale_text import counted, digits


class GateTexts(QObject):
    """The translation context of these sentences (never instantiated)."""


_N = r"(\d+) platforms?"
_NUM = r"([-+0-9.e]+|nan|inf|-inf)"
_STUDY = _NUM + r"; (\d+) changed \(median " + _NUM + r"\) against (\d+) unchanged \(median " + _NUM + r"\)"
AGAIN = " The gate is asked again at the next check."
TIMED_OUT = " (unknown for longer than the gate timeout)"


def _figures(text: str) -> str:
    """``demo-7 0.066, demo-9 0.2`` with the locale's decimal sign in each value."""
    return re.sub(r"(?<=\s)[-+]?\d+\.\d+(?:e[-+]?\d+)?", lambda m: digits(m[0]), text)


def _worse(word: str) -> str:
    return GateTexts.tr("higher") if word == "higher" else GateTexts.tr("lower")


def _study(m: re.Match[str], at: int) -> dict[str, str]:
    """The counts and medians of a comparison, from group ``at`` on."""
    return {
        "changed": m[at + 1],
        "changed_median": digits(m[at + 2]),
        "unchanged": m[at + 3],
        "unchanged_median": digits(m[at + 4]),
    }


def _names(text: str) -> str:
    """``a, b and 3 more`` as the interface says it."""
    if match := re.fullmatch(r"(.+) and (\d+) more", text):
        more = int(match[2])
        return f"{match[1]} " + counted(GateTexts.tr("and %Ln more", "", more), more)
    return text


def _platforms(text: str, n: str) -> str:
    count = int(n)
    return counted(text, count)


_SENTENCES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"No platform is changed yet\."), lambda m: GateTexts.tr("No platform is changed yet.")),
    (
        re.compile(r"All " + _N + r" changed have a value (.+)\."),
        lambda m: _platforms(
            GateTexts.tr("All %Ln changed platform(s) have a value {condition}.", "", int(m[1])), m[1]
        ).format(condition=digits(m[2])),
    ),
    (
        re.compile(_N + r" not (<=|<|>=|>) (\S+): ([^;]+)"),
        lambda m: _platforms(
            GateTexts.tr("%Ln platform(s) not {condition}: {values}", "", int(m[1])), m[1]
        ).format(condition=f"{m[2]} {digits(m[3])}", values=_figures(" " + m[4]).strip()),
    ),
    (
        re.compile(_N + r" without a sample: (.+)"),
        lambda m: _platforms(
            GateTexts.tr("%Ln platform(s) without a sample: {platforms}", "", int(m[1])), m[1]
        ).format(platforms=_names(m[2])),
    ),
    (
        re.compile(r"The changed platforms are not (higher|lower) at " + _NUM + r": p = " + _STUDY + r"\."),
        lambda m: GateTexts.tr(
            "The changed platforms are not {worse} at {alpha}: p = {p}; {changed} changed (median "
            "{changed_median}) against {unchanged} unchanged (median {unchanged_median})."
        ).format(worse=_worse(m[1]), alpha=digits(m[2]), p=digits(m[3]), **_study(m, 3)),
    ),
    (
        re.compile(
            r"The changed platforms are (higher|lower) \(worse\): p = " + _NUM + r" < " + _STUDY + r"\."
        ),
        lambda m: GateTexts.tr(
            "The changed platforms are {worse} (worse): p = {p} < {alpha}; {changed} changed (median "
            "{changed_median}) against {unchanged} unchanged (median {unchanged_median})."
        ).format(worse=_worse(m[1]), p=digits(m[2]), alpha=digits(m[3]), **_study(m, 3)),
    ),
    (
        re.compile(r"Nothing to compare with: no target is left unchanged \(passed\)\."),
        lambda m: GateTexts.tr("Nothing to compare with: no target is left unchanged (passed)."),
    ),
    (
        re.compile(r"Nothing to compare with: no unchanged target has a sample \(passed\)\."),
        lambda m: GateTexts.tr("Nothing to compare with: no unchanged target has a sample (passed)."),
    ),
    (
        re.compile(r"None of the " + _N + r" changed has a sample to compare\."),
        lambda m: _platforms(
            GateTexts.tr("None of the %Ln changed platform(s) has a sample to compare.", "", int(m[1])), m[1]
        ),
    ),
    (
        re.compile(r"No Prometheus is configured \(PLATFORM_PROMETHEUS_URL\)\."),
        lambda m: GateTexts.tr("No Prometheus is configured (PLATFORM_PROMETHEUS_URL)."),
    ),
    (re.compile(r"(\S+) answers ready\."), lambda m: GateTexts.tr("{url} answers ready.").format(url=m[1])),
)


def gate_detail_text(detail: str | None) -> str:
    """A recorded gate detail in the interface's language (as recorded when it is not known)."""
    if not detail:
        return ""
    text, timed_out = _cut(detail, TIMED_OUT)
    text, again = _cut(text, AGAIN)
    said = _say(text)
    if said is None and text.endswith(".") and "; " in text:  # a failed prom: gate's reasons
        parts = [_say(part) for part in text[:-1].split("; ")]
        said = "; ".join(parts) + "." if all(p is not None for p in parts) else None  # type: ignore[misc]
    out = said if said is not None else text
    if again:
        out += " " + GateTexts.tr("The gate is asked again at the next check.")
    if timed_out:
        out += " " + GateTexts.tr("(unknown for longer than the gate timeout)")
    return out


def _cut(text: str, suffix: str) -> tuple[str, bool]:
    return (text[: -len(suffix)], True) if text.endswith(suffix) else (text, False)


def _say(text: str) -> str | None:
    for pattern, say in _SENTENCES:
        if match := pattern.fullmatch(text):
            return say(match)
    return None


def gates_reason_text(body: str, gates: Sequence[str]) -> str:
    """``GATE: DETAIL; GATE: DETAIL`` (a failed or waiting rollout's reason) with each detail in
    the interface's language; ``gates`` (the rollout's) tell where each part starts."""
    starts = sorted((i, gate) for gate in gates if gate != "approval" for i in _positions(body, f"{gate}: "))
    if not starts or starts[0][0] != 0:
        return gate_detail_text(body)
    parts = []
    for k, (i, gate) in enumerate(starts):
        end = starts[k + 1][0] - 2 if k + 1 < len(starts) else len(body)  # "; " before the next
        detail = body[i + len(gate) + 2 : end]
        parts.append(f"{gate}: {gate_detail_text(detail)}")
    return "; ".join(parts)


def _positions(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0:
        if at == 0 or text[at - 2 : at] == "; ":
            found.append(at)
        at = text.find(needle, at + 1)
    return found
