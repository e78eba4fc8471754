"""Help → About: the version of the console and of what it runs on, the database (its password
masked), the licence and the log file, with "Copy" putting it all on the clipboard as plain text for
a bug report."""

from __future__ import annotations

import platform
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.logs import log_file
from console.widgets.resources import icon
from core.version import version

LICENCE = "LicenseRef-Proprietary"  # pyproject.toml's licence expression (and the LICENSE file)


def licence() -> str:
    """The installed package's licence expression (the LICENSE file's terms)."""
    try:
        return metadata.metadata("platform-console").get("License-Expression") or LICENCE
    except metadata.PackageNotFoundError:
        return LICENCE


class AboutDialog(QDialog):
    """What a bug report needs to know about this console; :meth:`text` is what "Copy" copies."""

    def __init__(self, database: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Platform Console"))
        from core.db import redact_url  # lazy: SQLAlchemy (loaded by then: the window is signed in)

        self.rows: list[tuple[str, str]] = [
            (self.tr("Version"), version()),
            (self.tr("Qt"), qVersion()),
            (self.tr("PySide6"), PySide6.__version__),
            (self.tr("Python"), f"{platform.python_version()} ({platform.python_implementation()})"),
            (self.tr("System"), platform.platform()),
            (self.tr("Database"), redact_url(database) if database else self.tr("not connected")),
            (self.tr("Log file"), str(log_file())),
            (
                self.tr("Licence"),
                self.tr("Proprietary: for use under your organisation's agreement ({expression})").format(
                    expression=licence()
                ),
            ),
        ]

        header = QHBoxLayout()
        logo = QLabel()
        size = self.fontMetrics().height() * 4
        logo.setPixmap(icon("platform-console").pixmap(size, size))
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            self.tr(
                "<b>Platform Console</b> {version}<br>Administration console of the modular "
                "commerce platform."
            ).format(version=version())
        )
        title.setObjectName("aboutTitle")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        header.addWidget(title, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, value in self.rows:
            field = QLabel(value)
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            field.setAccessibleName(name)
            label = QLabel(name)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.addRow(label, field)

        self.copied = QLabel()
        self.copied.setObjectName("aboutCopied")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy these details as text, for a bug report"))
        self.copy_button.setAccessibleName(self.tr("Copy the details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def text(self) -> str:
        """The details as plain text, one ``name: value`` a line."""
        return "\n".join(
            [f"Platform Console {version()}", *(f"{name}: {value}" for name, value in self.rows)]
        )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copied.setText(self.tr("Copied to the clipboard."))
