"""The health page's dialogs: a target to add or edit, and the range and file of a report.

Both are opened with ``open()`` and awaited (:func:`console.asyncutil.dialog_result`), never
``exec()``: the GUI thread never waits on a dialog (docs/architecture.md, "Console threading").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from console.asyncutil import dialog_outcome, dialog_result, spawn
from console.dialogs.error_text import error_message
from console.health.targets import TargetKind, TargetSpec, Thresholds, check_unique, new_target_id
from console.locale_text import edit_format
from console.widgets.theme import text_style
from core.errors import PlatformError


class TargetDialog(QDialog):
    """Add or edit a target: name, URL, interval, timeout, TLS, thresholds."""

    def __init__(
        self,
        spec: TargetSpec,
        parent: QWidget | None = None,
        *,
        new: bool = False,
        others: list[TargetSpec] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("healthTargetDialog")
        self.spec = spec
        self.others = others or []  # the profile's other targets: no two share a name or a URL
        self.result_spec: TargetSpec | None = None
        kind = spec.kind
        titles = {
            TargetKind.ENDPOINT: self.tr("Platform endpoint"),
            TargetKind.PROMETHEUS: self.tr("Prometheus server"),
            TargetKind.LOCAL: self.tr("Local checks"),
        }
        self.setWindowTitle(
            (self.tr("Add: {what}") if new else self.tr("Edit: {what}")).format(what=titles.get(kind, kind))
        )
        form = QFormLayout(self)
        self.name_edit = QLineEdit(spec.name)
        self.name_edit.setObjectName("targetName")
        self.url_edit = QLineEdit(spec.url)
        self.url_edit.setObjectName("targetUrl")
        self.url_edit.setPlaceholderText(
            "http://127.0.0.1:9090" if kind is TargetKind.PROMETHEUS else "https://platform.example:8000"
        )
        self.query_edit = QLineEdit(spec.query)
        self.query_edit.setObjectName("targetQuery")
        self.query_edit.setPlaceholderText('up{job="platform"}')
        self.interval_spin = _spin("targetInterval", (0.5, 3600), 1, " s", spec.interval)
        self.timeout_spin = _spin("targetTimeout", (0.1, 120), 1, " s", spec.timeout)
        self.token_edit = QLineEdit(spec.token)
        self.token_edit.setObjectName("targetToken")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("none (kept in the OS keyring when set)"))
        self.token_edit.setToolTip(
            self.tr("The endpoint's PLATFORM_HEALTH_TOKEN: it shows /health's details and /metrics.")
        )
        self.verify_check = QCheckBox(self.tr("Verify the TLS certificate"))
        self.verify_check.setObjectName("targetVerify")
        self.verify_check.setChecked(spec.verify_tls)
        self.warn_spin = _spin("targetWarn", (1, 600_000), 0, " ms", spec.thresholds.latency_warn_ms)
        self.critical_spin = _spin(
            "targetCritical", (1, 600_000), 0, " ms", spec.thresholds.latency_critical_ms
        )
        self.failures_spin = QSpinBox()
        self.failures_spin.setObjectName("targetFailures")
        self.failures_spin.setRange(1, 100)
        self.failures_spin.setValue(spec.thresholds.failures)
        form.addRow(self.tr("Name"), self.name_edit)
        if kind is not TargetKind.LOCAL:
            form.addRow(self.tr("URL"), self.url_edit)
        if kind is TargetKind.PROMETHEUS:
            form.addRow(self.tr("Instances (PromQL)"), self.query_edit)
        form.addRow(self.tr("Interval"), self.interval_spin)
        form.addRow(self.tr("Timeout"), self.timeout_spin)
        if kind is TargetKind.ENDPOINT:
            form.addRow(self.tr("Health token"), self.token_edit)
        if kind is not TargetKind.LOCAL:
            form.addRow("", self.verify_check)
        form.addRow(self.tr("Degraded above"), self.warn_spin)
        form.addRow(self.tr("Unhealthy above"), self.critical_spin)
        form.addRow(self.tr("Failed polls before unhealthy"), self.failures_spin)
        for unused in (self.url_edit, self.query_edit, self.token_edit, self.verify_check):
            if unused.parent() is None:  # not a field of this kind: owned by the dialog, never a window
                unused.setParent(self)
                unused.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("targetError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(text_style("error", self.palette()))
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def build(self) -> TargetSpec:
        return self.spec.with_changes(
            name=self.name_edit.text().strip(),
            url=self.url_edit.text().strip(),
            query=self.query_edit.text().strip(),
            interval=self.interval_spin.value(),
            timeout=self.timeout_spin.value(),
            verify_tls=self.verify_check.isChecked(),
            token=self.token_edit.text().strip() if self.spec.kind is TargetKind.ENDPOINT else "",
            thresholds=Thresholds(
                latency_warn_ms=self.warn_spin.value(),
                latency_critical_ms=self.critical_spin.value(),
                failures=self.failures_spin.value(),
            ),
        )

    def accept(self) -> None:
        spec = self.build()
        try:
            spec.check()
            check_unique(spec, self.others)
        except PlatformError as exc:
            self.error_label.setText(error_message(exc))
            return
        self.result_spec = spec
        super().accept()


class ReportDialog(QDialog):
    """The time range and the file of a health report."""

    def __init__(self, parent: QWidget | None = None, *, hours: float = 1.0) -> None:
        super().__init__(parent)
        self.setObjectName("healthReportDialog")
        self.setWindowTitle(self.tr("Export a health report"))
        form = QFormLayout(self)
        now = QDateTime.currentDateTime()
        self.since_edit = QDateTimeEdit(now.addSecs(-int(hours * 3600)))
        self.until_edit = QDateTimeEdit(now)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(edit_format())
        self.path_edit = QLineEdit(str(Path.home() / f"health-report-{time.strftime('%Y%m%d-%H%M')}.html"))
        self.path_edit.setObjectName("reportPath")
        self.path_edit.setAccessibleName(self.tr("Report file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda: spawn(self._browse(), self))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("From"), self.since_edit)
        form.addRow(self.tr("Until"), self.until_edit)
        form.addRow(self.tr("HTML file (the JSON goes next to it)"), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    async def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Health report"))
        dialog.setObjectName("healthReportFile")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("HTML files (*.html)"))
        dialog.setDefaultSuffix("html")
        dialog.selectFile(self.path_edit.text())
        # Read before the dialog goes: a dialog deleted on close cannot be asked afterwards.
        if (chosen := await accepted(dialog, dialog.selectedFiles)) and chosen:
            self.path_edit.setText(chosen[0])

    def range(self) -> tuple[float, float]:
        return self.since_edit.dateTime().toSecsSinceEpoch(), self.until_edit.dateTime().toSecsSinceEpoch()


def new_target(kind: TargetKind) -> TargetSpec:
    """A new target of ``kind``, as its dialog first shows it."""
    default_url = "http://127.0.0.1:9090" if kind is TargetKind.PROMETHEUS else "http://127.0.0.1:8000"
    return TargetSpec(
        new_target_id(), "", kind, url=default_url, interval=5.0 if kind is TargetKind.ENDPOINT else 15.0
    )


async def edit_target(
    spec: TargetSpec, parent: QWidget, *, new: bool = False, others: list[TargetSpec] | None = None
) -> TargetSpec | None:
    """``spec`` as the user leaves it in its dialog (checked, also against ``others``), or None
    when cancelled."""
    dialog = TargetDialog(spec, parent, new=new, others=others)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if await dialog_result(dialog) != QDialog.DialogCode.Accepted or dialog.result_spec is None:
        return None
    return dialog.result_spec


def _spin(name: str, limits: tuple[float, float], decimals: int, suffix: str, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setRange(*limits)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    spin.setValue(value)
    return spin


async def accepted(dialog: QDialog, read: Callable[[], Any]) -> Any:
    """Open ``dialog`` and await it; ``read()`` (its values, taken before it is deleted) when
    accepted, else None. The dialog is deleted afterwards, never before it is read."""
    try:
        return await dialog_outcome(dialog, lambda _dialog: read())
    finally:
        dialog.deleteLater()
