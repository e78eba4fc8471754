"""What the migrations page says, and what it offers, in words.

Each function turns plain results of :class:`core.services.migration_service.MigrationService`
(status, plans, runs, drift) into the page's sentences, in the translation context
``MigrationTexts``; the page sets them on its widgets. :func:`offers` and :func:`target_items`
decide what the page offers. No widget and no database here: plain values in, plain values out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from console.locale_text import counted, decimal
from console.models.common import local_time

if TYPE_CHECKING:  # core.migrations imports Alembic: only when the page first loads
    from core.migrations import MigrationPlan, PlanStep
    from core.services.migration_runs import InterruptedRun
    from core.services.migration_service import (
        BranchRow,
        DriftRow,
        MigrationStatus,
        PlanPreview,
        RestoreResult,
        RunResult,
    )


class MigrationTexts(QObject):
    """The translation context of these sentences: lupdate extracts ``MigrationTexts.tr("...")``
    under "MigrationTexts", and Qt looks it up under the same name (never instantiated)."""


def summary_text(status: MigrationStatus) -> str:
    """The page's headline: up to date, or how many modules and revisions are behind."""
    if status.problems:
        return MigrationTexts.tr("Read-only: the database is ahead of this code or holds unknown revisions")
    if not status.pending:
        branches = len(status.branches)
        if branches == 1:
            return MigrationTexts.tr("The only branch is up to date")
        return counted(MigrationTexts.tr("All %Ln branch(es) are up to date", "", branches), branches)
    behind = counted(MigrationTexts.tr("%Ln module(s) behind", "", status.behind), status.behind)
    pending = counted(MigrationTexts.tr("%Ln revision(s) to run", "", status.pending), status.pending)
    text = f"{behind}, {pending}"
    if status.empty:
        text += " " + MigrationTexts.tr("(empty database)")
    return text


def problem_text(status: MigrationStatus) -> str:
    """Why the database is read-only here, one problem a line ("" when there is none)."""
    if not status.problems:
        return ""
    head = (
        MigrationTexts.tr("This database was migrated by a newer release: it is read-only here.")
        if status.database_newer
        else MigrationTexts.tr("The database holds revisions this code does not know: it is read-only here.")
    )
    return "\n".join([head, *(p.message for p in status.problems)])


def run_words(run: InterruptedRun) -> dict[str, str]:
    """What an interrupted run was: its direction, target, actor and start time."""
    m = run.marker
    time_ = local_time(m.started_at, seconds=False)
    return {"direction": m.direction, "target": m.target, "actor": m.actor, "time": time_}


def interrupted_text(run: InterruptedRun) -> str:
    """The banner of a run killed half-way: what it was, and what to do about it."""
    head = (
        MigrationTexts.tr(
            "A migration run did not finish: the upgrade to {target} started by {actor} at {time} "
            "was interrupted (its process ended)."
        )
        if run.marker.direction == "upgrade"
        else MigrationTexts.tr(
            "A migration run did not finish: the downgrade to {target} started by {actor} at {time} "
            "was interrupted (its process ended)."
        )
    ).format(**run_words(run))
    if run.changed_nothing:
        return head + " " + MigrationTexts.tr("It had not changed anything yet: the database is as it was.")
    if run.restorable:
        return (
            head
            + " "
            + MigrationTexts.tr(
                "The database may be part-way between revisions. Restore the copy taken before the "
                "run ({path}), or plan and run the migration again. From a terminal: {command}"
            ).format(path=run.backup, command=run.restore_command)
        )
    return head + " " + MigrationTexts.tr("There is no copy to restore: plan and run the migration again.")


def drift_note(rows: Sequence[DriftRow]) -> str:
    """The sentence above the registry-drift table."""
    if not rows:
        return MigrationTexts.tr("No registry drift: every module code is known and every core module is on.")
    return (
        counted(
            MigrationTexts.tr("%Ln problem(s) that schema migrations do not see:", "", len(rows)), len(rows)
        )
        + " "
        + MigrationTexts.tr(
            "rows naming a module this release no longer has, or core modules missing on "
            "platforms. Repair renames the rows to the module that replaces the old code and "
            "enables the core modules, in one audited transaction."
        )
    )


def target_items(direction: str, branches: Sequence[BranchRow]) -> list[tuple[str, str]]:
    """The targets offered for ``direction``: (what the list shows, the target)."""
    items: list[tuple[str, str]] = []
    if direction == "upgrade":
        items.append((MigrationTexts.tr("All modules — each to its latest revision"), "heads"))
        for b in branches:
            if b.pending and b.head:
                label = MigrationTexts.tr("{branch} — to its latest revision, {head}").format(
                    branch=b.branch, head=b.head
                )
                items.append((label, f"{b.branch}@head"))
            for r in b.pending[:-1]:
                label = MigrationTexts.tr("{revision} — {branch} up to {revision}").format(
                    revision=r.revision, branch=b.branch
                )
                items.append((label, r.revision))
        return items
    for b in branches:
        if b.current and not b.drift:
            label = MigrationTexts.tr("{branch} — remove it entirely (drops its tables)").format(
                branch=b.branch
            )
            items.append((label, f"{b.branch}@base"))
        for revision in reversed(b.applied[:-1]):
            label = MigrationTexts.tr("{revision} — {branch} down to {revision}").format(
                revision=revision, branch=b.branch
            )
            items.append((label, revision))
    return items


@dataclass(frozen=True)
class Offers:
    """What the page offers now, and why not (the tooltips of what it does not)."""

    refresh: bool
    plan: bool
    run: bool
    run_hint: str
    repair: bool
    repair_hint: str  # "": the action's own text
    restore: bool
    restore_hint: str
    choose: bool  # the direction and the target


def offers(
    status: MigrationStatus | None,
    preview: PlanPreview | None,
    drift: Sequence[DriftRow],
    *,
    may_run: bool,
    running: bool,
    target: Callable[[], str],
    session_read_only: bool = False,
    session_reason: str | None = None,
) -> Offers:
    """Decide what the page offers: ``may_run`` (the role may run migrations), ``running`` (a run,
    restore or repair is under way), ``target`` (the chosen target, read when it matters)."""
    read_only = status is not None and status.read_only
    idle = not running
    runnable = preview is not None and bool(preview.plan.steps) and preview.guard is None
    repairable = any(row.repairable for row in drift)
    return Offers(
        refresh=idle,
        plan=idle and status is not None and not read_only and bool(target()),
        run=may_run and idle and not read_only and runnable,
        run_hint=run_hint(preview, may_run, read_only, session_read_only, session_reason),
        repair=may_run and idle and repairable,
        repair_hint="" if may_run else MigrationTexts.tr("Only a super admin can repair registry drift."),
        restore=may_run and idle,
        restore_hint=MigrationTexts.tr("Put back the copy of the database taken before the interrupted run")
        if may_run
        else MigrationTexts.tr("Only a super admin can restore a backup."),
        choose=idle,
    )


def run_hint(
    preview: PlanPreview | None,
    may_run: bool,
    read_only: bool,
    session_read_only: bool = False,
    session_reason: str | None = None,
) -> str:
    """The Run button's tooltip: what it runs, or why it cannot."""
    if not may_run:
        if session_read_only:
            return session_reason or MigrationTexts.tr("The database is open read-only.")
        return MigrationTexts.tr("Only a super admin can run migrations.")
    if read_only:
        return MigrationTexts.tr("The database holds revisions this code does not know: it is read-only.")
    if preview is None:
        return MigrationTexts.tr("Plan first: the run does exactly what the plan shows.")
    if preview.guard is not None:
        return MigrationTexts.tr("The downgrade guard refuses this plan (see the plan).")
    if not preview.plan.steps:
        return MigrationTexts.tr("Nothing to run.")
    return MigrationTexts.tr("Run the plan shown below")


def plan_note(plan: MigrationPlan) -> str:
    """The sentence above a plan: nothing to do, or how many revisions on which branches."""
    if not plan.steps:
        return MigrationTexts.tr("Nothing to do: the database is already at {target}.").format(
            target=plan.target
        )
    n = len(plan.steps)
    if plan.direction == "upgrade":
        text = (
            MigrationTexts.tr("Upgrade to {target}: 1 revision, on {branches}.")
            if n == 1
            else MigrationTexts.tr(
                "Upgrade to {target}: %Ln revision(s), in this order, on {branches}.", "", n
            )
        )
    else:
        text = (
            MigrationTexts.tr("Downgrade to {target}: 1 revision, on {branches}.")
            if n == 1
            else MigrationTexts.tr(
                "Downgrade to {target}: %Ln revision(s), in this order, on {branches}.", "", n
            )
        )
    return counted(text, n).format(target=plan.target, branches=", ".join(plan.branches))


def plan_warnings(preview: PlanPreview, module_name: Callable[[str], str]) -> list[str]:
    """The data a plan deletes and the downgrade guard's refusal, if any."""
    warnings: list[str] = []
    if preview.destructive_revisions:
        steps = [step for step in preview.plan.steps if step.destructive]
        modules = list(dict.fromkeys(module_name(step.branch) for step in steps))
        warnings.append(
            MigrationTexts.tr(
                "This deletes data of {modules} ({revisions}); you will be asked to confirm first."
            ).format(modules=", ".join(modules), revisions=", ".join(preview.destructive_revisions))
        )
    if preview.guard is not None:
        warnings.append(guard_text(preview.guard.to_dict()))
    return warnings


def sql_text(preview: PlanPreview) -> str:
    """The SQL preview: where the statements come from, then the statements."""
    if preview.sql_error:
        return f"-- {preview.sql_error}"
    header = (
        MigrationTexts.tr("-- SQLite: statements captured from a dry run on a scratch copy of the database")
        if preview.dialect == "sqlite"
        else MigrationTexts.tr("-- PostgreSQL: Alembic's offline SQL; the run is one transaction")
    )
    return f"{header}\n\n{preview.sql or ''}"


def guard_text(details: dict[str, Any]) -> str:
    """Modules that would lose tables, with their platform counts, and the platforms named."""
    modules = details.get("modules") or []
    per_module = details.get("per_module") or {}
    count = int(details.get("platform_count") or 0)
    platforms = list(details.get("platforms") or [])
    more = count - len(platforms)
    named = ", ".join(platforms)
    if more > 0:
        named = counted(MigrationTexts.tr("{platforms} and %Ln more", "", more), more).format(platforms=named)
    mods = ", ".join(
        counted(MigrationTexts.tr("{module} (on %Ln platform(s))", "", n), n).format(module=m)
        for m, n in ((m, int(per_module.get(m, 0))) for m in modules)
    )
    text = counted(
        MigrationTexts.tr(
            "Refused: this downgrade drops the tables of {modules}, on %Ln platform(s): {platforms}.",
            "",
            count,
        ),
        count,
    ).format(modules=mods, platforms=named)
    core = details.get("core") or []
    optional = [m for m in modules if m not in core]
    if optional:
        text += " " + MigrationTexts.tr("Disable {modules} on every platform first.").format(
            modules=", ".join(optional)
        )
    if core:
        text += " " + MigrationTexts.tr("{modules}: core, on for every platform; their tables stay.").format(
            modules=", ".join(core)
        )
    return text


def run_heading(plan: MigrationPlan) -> str:
    n = len(plan.steps)
    text = (
        MigrationTexts.tr("Upgrade to {target}: %Ln revision(s)", "", n)
        if plan.direction == "upgrade"
        else MigrationTexts.tr("Downgrade to {target}: %Ln revision(s)", "", n)
    )
    return counted(text, n).format(target=plan.target)


def step_text(step: PlanStep, index: int, total: int, seconds: float) -> str:
    """The log line of a revision applied."""
    text = (
        MigrationTexts.tr("[{index}/{total}] upgrade {revision} ({branch}): {message} — {seconds} s")
        if step.direction == "upgrade"
        else MigrationTexts.tr("[{index}/{total}] downgrade {revision} ({branch}): {message} — {seconds} s")
    )
    return text.format(
        index=index,
        total=total,
        revision=step.revision,
        branch=step.branch,
        message=step.message,
        seconds=decimal(seconds, 2),
    )


def success_text(result: RunResult) -> str:
    n = len(result.applied)
    text = (
        MigrationTexts.tr("Upgrade to {target} done: %Ln revision(s) applied in {seconds} s.", "", n)
        if result.direction == "upgrade"
        else MigrationTexts.tr("Downgrade to {target} done: %Ln revision(s) applied in {seconds} s.", "", n)
    )
    text = counted(text, n).format(target=result.target, seconds=decimal(result.elapsed, 2))
    if result.backup_path:
        text += " " + MigrationTexts.tr("A copy of the database before the run is kept at {path}.").format(
            path=result.backup_path
        )
    return text


def failure_lines(details: dict[str, Any], message: str, backup_path: Any) -> list[str]:
    """The error of a failed run, the revision it failed in, and what became of those before."""
    applied = list(details.get("applied") or [])
    lines = [
        MigrationTexts.tr("The run failed in {revision}: {error}").format(
            revision=details.get("revision") or MigrationTexts.tr("(before the first revision)"),
            error=details.get("error") or message,
        )
    ]
    if details.get("rolled_back"):
        lines.append(
            MigrationTexts.tr(
                "PostgreSQL rolled the whole run back in its one transaction: the schema is exactly as "
                "it was before."
            )
        )
        return lines
    lines.append(
        MigrationTexts.tr("Applied and kept before the failure: {revisions}.").format(
            revisions=", ".join(applied) if applied else MigrationTexts.tr("none")
        )
    )
    if backup_path:
        lines.append(
            MigrationTexts.tr("The database as it was before the run is saved at {path}.").format(
                path=backup_path
            )
        )
    return lines


def failed_situation(details: dict[str, Any]) -> str:
    """Where a run failed, as the restore confirmation says it."""
    applied = list(details.get("applied") or [])
    failed_at = details.get("revision")
    text = (
        MigrationTexts.tr("The run failed in {revision}. Applied and kept before the failure: {applied}.")
        if failed_at
        else MigrationTexts.tr("The run failed. Applied and kept before the failure: {applied}.")
    )
    return text.format(
        revision=failed_at, applied=", ".join(applied) if applied else MigrationTexts.tr("none")
    )


def cancelled_lines(details: dict[str, Any], backup_path: Any) -> list[str]:
    """A run cancelled between revisions: what was kept, and the copy taken before it."""
    if details.get("rolled_back"):
        return [
            MigrationTexts.tr(
                "The run was cancelled. PostgreSQL rolled the whole run back in its one transaction: "
                "the schema is exactly as it was before."
            )
        ]
    applied = list(details.get("applied") or [])
    lines = [
        MigrationTexts.tr(
            "The run was cancelled after the current revision. Applied and kept: {revisions}."
        ).format(revisions=", ".join(applied) if applied else MigrationTexts.tr("none"))
    ]
    if backup_path:
        lines.append(
            MigrationTexts.tr(
                "The database as it was before the run is saved at {path}: restore it to undo the run."
            ).format(path=backup_path)
        )
    return lines


def cancelled_situation(details: dict[str, Any]) -> str:
    """A cancelled run, as the restore confirmation says it."""
    applied = list(details.get("applied") or [])
    return MigrationTexts.tr("The run was cancelled. Applied and kept before the cancel: {applied}.").format(
        applied=", ".join(applied) if applied else MigrationTexts.tr("none")
    )


def restored_text(result: RestoreResult) -> str:
    return MigrationTexts.tr(
        "Restored the database from {path}; its revisions are now: {heads}. The database as it was "
        "before the restore is saved at {saved}."
    ).format(
        path=result.backup_path,
        heads=", ".join(result.heads) or MigrationTexts.tr("none"),
        saved=result.saved_path,
    )
