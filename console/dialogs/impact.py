"""The impact preview of a module change, as the modules page uses it: opened on a plan, awaited
until the user applies or closes it, then the apply run from it in the background.

The dialog itself is :class:`console.widgets.impact_preview.ImpactPreviewDialog`; it is opened
with ``open()``, never ``exec()``. The apply runs off the GUI thread with progress and a
:class:`threading.Event` the dialog's Cancel sets; its outcome shows in the dialog.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from console.asyncutil import run_sync, signal_future, threadsafe
from console.dialogs.errors import error_text, report
from console.models.modules import outcome_text
from console.widgets.impact_preview import ImpactPreviewDialog
from core.errors import PlatformError
from core.graph import ChangeRequest, Plan
from core.services.module_service import ApplyResult, Cancelled, Target


def preview_dialog(plan: Plan, parent: QWidget, title: str, request: ChangeRequest, target: Target) -> Any:
    """The preview of ``plan`` (deleted when closed), remembering the change it previews."""
    dialog = ImpactPreviewDialog(plan, parent, title=title)
    dialog.setObjectName("impactPreview")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.request = request  # type: ignore[attr-defined]
    dialog.target = target  # type: ignore[attr-defined]
    return dialog


async def wait_for_apply(dialog: Any) -> bool | None:
    """Whether to skip refused platforms once the user presses Apply; None if the preview closes."""
    apply_requested = signal_future(dialog.apply_requested)
    finished = signal_future(dialog.finished)
    await asyncio.wait({apply_requested, finished}, return_when=asyncio.FIRST_COMPLETED)
    if not apply_requested.done():
        apply_requested.cancel()
        return None
    return bool(apply_requested.result())


async def apply_in(dialog: Any, apply: Callable[..., ApplyResult], skip_refused: bool) -> ApplyResult | None:
    """``apply(target, request, skip_refused=, progress=, cancel=)`` off the GUI thread, its
    progress and outcome in ``dialog``; the result, or None when nothing was written."""
    cancel = threading.Event()
    dialog.cancel_requested.connect(cancel.set)
    plan: Plan = dialog.plan
    dialog.show_progress(0, len(plan.applicable))
    progress = threadsafe(lambda done, total: _progress(dialog, done, total))
    result: ApplyResult | None = None
    try:
        result = await run_sync(
            apply, dialog.target, dialog.request, skip_refused=skip_refused, progress=progress, cancel=cancel
        )
    except Cancelled:
        dialog.show_outcome(ImpactPreviewDialog.tr("Cancelled: nothing was written."), False)
    except PlatformError as exc:
        dialog.show_outcome(
            ImpactPreviewDialog.tr("Nothing was written: {error}").format(error=error_text(exc)), False
        )
    except Exception as exc:
        dialog.show_outcome(
            ImpactPreviewDialog.tr("Unexpected error: nothing was written. The details are in the log file."),
            False,
        )
        report(exc, dialog.parent())
    else:
        dialog.show_outcome(outcome_text(result), True)
    return result


def _progress(dialog: Any, done: int, total: int) -> None:
    try:
        if dialog.isVisible():
            dialog.show_progress(done, total)
    except RuntimeError:  # the dialog was deleted
        pass
