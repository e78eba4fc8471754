"""The audit log: newest first, filtered by user, platform, module and time; CSV export."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.asyncutil import run_sync, spawn
from console.locale_text import counted, edit_format
from console.models.audit import PAGE_SIZE, AuditModel, display_value
from console.pages.base import Page
from console.widgets._text import fit_placeholder
from console.widgets.table_export import ExportRows, add_export_action, keyset_rows
from console.widgets.tables import fit_model_key_columns, read_only_table
from core.services.audit import AuditFilter


class AuditPage(Page):
    def __init__(self, session, window=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, window)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("auditUser")
        self.user_edit.setAccessibleName(self.tr("Who"))
        self.user_edit.setAccessibleDescription(self.tr("Show the entries of this user only"))
        self.user_edit.setPlaceholderText(self.tr("who (as shown)"))
        self.user_edit.setToolTip(
            self.tr("The name in the Who column (demo, admin:ann, cli:ops), or a user name alone (ann).")
        )
        self.platform_edit = QLineEdit()
        self.platform_edit.setObjectName("auditPlatform")
        self.platform_edit.setAccessibleName(self.tr("Platform code"))
        self.platform_edit.setAccessibleDescription(
            self.tr("Show the entries that touched this platform only")
        )
        self.platform_edit.setPlaceholderText(self.tr("platform code"))
        self.module_combo = QComboBox()
        self.module_combo.setObjectName("auditModule")
        self.module_combo.setAccessibleName(self.tr("Module"))
        self.module_combo.addItem(self.tr("any module"), "")
        for module in session.registry:
            if session.can("modules.internal") or not module.is_internal:
                self.module_combo.addItem(module.code, module.code)
        self.since_check = QCheckBox(self.tr("since"))
        self.since_edit = QDateTimeEdit(QDateTime.currentDateTime().addDays(-7))
        self.until_check = QCheckBox(self.tr("until"))
        self.until_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.since_edit.setAccessibleName(self.tr("Since"))
        self.until_edit.setAccessibleName(self.tr("Until"))
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(edit_format())
            edit.setEnabled(False)
        self.since_check.toggled.connect(self.since_edit.setEnabled)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("auditApply")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.reload)
        for edit in (self.user_edit, self.platform_edit):
            edit.returnPressed.connect(self.reload)
            edit.setClearButtonEnabled(True)
        self.module_combo.activated.connect(lambda _i: self.reload())
        # Two rows: what was done and by whom, then when. One row asked for more than the window
        # has at a large font, cut the text fields and squeezed the navigation.
        for edit in (self.user_edit, self.platform_edit):
            fit_placeholder(edit)
            filters.addWidget(edit, 1)
        filters.addWidget(self.module_combo)
        dates = QHBoxLayout()
        for widget in (
            self.since_check,
            self.since_edit,
            self.until_check,
            self.until_edit,
            self.apply_button,
        ):
            dates.addWidget(widget)
        dates.addStretch(1)
        export_button = QPushButton(self.tr("Export CSV…"))
        export_button.setObjectName("auditExport")
        export_button.clicked.connect(lambda: self.export_action.trigger())
        dates.addWidget(export_button)
        layout.addLayout(filters)
        layout.addLayout(dates)
        self.search_edit = self.user_edit

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = AuditModel(self)
        self.model.page_needed.connect(lambda before: spawn(self.load_more(before), self))
        self.table = read_only_table(
            self.model, "auditTable", (19, 19, 19, 21, 20, 18), label=self.tr("Audit entries")
        )
        fit_model_key_columns(self.table)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.export_action = add_export_action(
            self, self.table, self.export_rows, "audit.csv", self.show_status
        )
        splitter.addWidget(self.table)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        detail_layout.addWidget(self.count_label)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("auditDetail")
        self.detail.setAccessibleName(self.tr("Entry detail"))
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Select an entry to see its request, plan and outcome."))
        detail_layout.addWidget(self.detail)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    def commands(self) -> list[QAction]:
        return [self.export_action]

    # -- filtering and paging -------------------------------------------------------------------
    def current_filter(self, *, limit: int = PAGE_SIZE, before_id: int | None = None) -> AuditFilter:
        def utc(edit: QDateTimeEdit) -> datetime:
            return edit.dateTime().toPython().astimezone(UTC)  # type: ignore[union-attr]

        return AuditFilter(
            actor=self.user_edit.text().strip() or None,
            platform=self.platform_edit.text().strip() or None,
            module=self.module_combo.currentData() or None,
            since=utc(self.since_edit) if self.since_check.isChecked() else None,
            until=utc(self.until_edit) if self.until_check.isChecked() else None,
            limit=limit,
            before_id=before_id,
        )

    async def load(self) -> None:
        flt = self.current_filter()
        entries = await run_sync(self.session.audit_entries, flt)
        current = self.model.entry(self.table.currentIndex().row())
        keep = current["id"] if current else None
        self.model.reset(entries, exhausted=len(entries) < flt.limit)
        self._update_count()
        rows = [i for i, e in enumerate(entries) if e["id"] == keep]
        if entries:
            self.table.selectRow(rows[0] if rows else 0)
        else:
            self.detail.clear()

    async def load_more(self, before_id: int) -> None:
        flt = self.current_filter(before_id=before_id)
        try:
            entries = await run_sync(self.session.audit_entries, flt)
        except Exception:
            self.model.loading_failed()
            raise
        if before_id != self.model.last_id():  # a reload happened meanwhile
            self.model.loading_failed()
            return
        self.model.append_page(entries, exhausted=len(entries) < flt.limit)
        self._update_count()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        text = (
            self.tr("%Ln entr(y|ies) shown", "", n)
            if self.model.exhausted
            else self.tr("%Ln entr(y|ies) shown (scroll for more)", "", n)
        )
        self.count_label.setText(counted(text, n))

    def database_changed(self) -> None:
        # Only follow new entries while the newest are in view (do not pull the table away).
        if self._load_task is not None and self.table.verticalScrollBar().value() == 0:
            self.reload()

    def _show(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is None:
            self.detail.clear()
            return
        self.detail.setPlainText(describe(entry))

    # -- export ---------------------------------------------------------------------------------------
    def export_rows(self) -> ExportRows:
        """Every entry of the current filter: the columns shown (platforms and modules whole), then
        the id, the time in UTC, the request and the plan as recorded (JSON)."""
        flt = self.current_filter()

        def fetch(before: int | None, limit: int) -> list[dict[str, Any]]:
            return self.session.audit_entries(replace(flt, limit=limit, before_id=before))

        def cell(entry: dict[str, Any], column: int) -> str:
            name = AuditModel.COLUMNS[column]
            return " ".join(entry[name]) if name in ("platforms", "modules") else display_value(entry, name)

        extra = (
            (self.tr("Id"), lambda e: str(e["id"])),
            (self.tr("Time (UTC)"), lambda e: str(e["at"])),
            (self.tr("Request"), lambda e: json.dumps(e["request"])),
            (self.tr("Plan"), lambda e: "" if e["plan"] is None else json.dumps(e["plan"])),
        )
        return keyset_rows(self.table, fetch, lambda e: int(e["id"]), cell, extra=extra)


def describe(entry: dict[str, Any]) -> str:
    """The detail of one entry: who, when, the request, the resolved plan, the outcome (its words in
    the translation context of :class:`AuditPage`, as the helpers below)."""
    lines = [
        f"#{entry['id']}  {display_value(entry, 'at')}  {entry['actor']}",
        AuditPage.tr("Action: {action}").format(action=entry["action"]),
        AuditPage.tr("Outcome: {outcome}").format(outcome=display_value(entry, "outcome")),
    ]
    if entry.get("subject"):
        lines.append(AuditPage.tr("Subject: {subject}").format(subject=entry["subject"]))
    if entry.get("platforms"):
        lines.append(AuditPage.tr("Platforms: {platforms}").format(platforms=", ".join(entry["platforms"])))
    if entry.get("modules"):
        lines.append(AuditPage.tr("Modules: {modules}").format(modules=", ".join(entry["modules"])))
    if entry.get("message"):
        lines.append(AuditPage.tr("Message: {message}").format(message=entry["message"]))
    lines += ["", AuditPage.tr("Request:"), *readable(entry.get("request"))]
    plan = entry.get("plan")
    if plan is not None:
        lines += ["", AuditPage.tr("Resolved plan:")]
        if isinstance(plan, dict) and plan.get("headline"):
            lines.append(str(plan["headline"]))
            plan = {k: v for k, v in plan.items() if k != "headline"}
        lines += readable(plan)
    return "\n".join(lines)


def readable(value: Any, indent: int = 1) -> list[str]:
    """``value`` (a request or plan as recorded) as indented ``key: value`` lines, the way a
    person reads them: lists joined by commas when short, nested mappings indented, nothing
    empty. Secrets were masked (``***``) when the entry was written and stay so."""
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return [pad + AuditPage.tr("(none)")] if indent == 1 else []
        lines = []
        for key, item in value.items():
            label = str(key).replace("_", " ")
            if isinstance(item, dict | list) and not _flat(item):
                lines.append(f"{pad}{label}:")
                lines += readable(item, indent + 1)
            else:
                lines.append(f"{pad}{label}: {_scalar(item)}")
        return lines
    if isinstance(value, list):
        if _flat(value):
            return [pad + _scalar(value)]
        lines = []
        for item in value:
            sub = readable(item, indent + 1)
            if sub:
                lines.append(f"{pad}- {sub[0].strip()}")
                lines += sub[1:]
        return lines
    return [pad + _scalar(value)]


def _flat(value: Any) -> bool:
    """A list of plain values (shown on one line), or an empty container."""
    if isinstance(value, dict):
        return not value
    return isinstance(value, list) and all(not isinstance(v, dict | list) for v in value)


def _scalar(value: Any) -> str:
    if value is None or value == [] or value == {}:
        return AuditPage.tr("(none)")
    if isinstance(value, bool):
        return AuditPage.tr("yes") if value else AuditPage.tr("no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
