"""The one place errors reach the user.

A :class:`core.errors.PlatformError` (something a user can cause) is shown with its code and
its sentence in the interface's language (:mod:`console.dialogs.error_text`, from the code and
details; the English message when the catalogue has none) in :class:`ErrorDialog`; anything
else is a bug: it goes to ``sys.excepthook``, which logs the traceback to the log file and shows
"unexpected error" (:func:`show_unexpected`).
Both dialogs are non-modal and never start a nested event loop.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from console.dialogs.error_text import error_message, field_lines, message_for
from console.locale_text import counted
from console.logs import log_file
from console.widgets._text import chars, text_lines
from core.errors import InvalidInput, NotFound, PermissionDenied, PlatformError, Refused

log = logging.getLogger("console")


def _title_for(exc: PlatformError) -> str:
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("ErrorDialog", "Not allowed")
    if isinstance(exc, Refused):
        return QCoreApplication.translate("ErrorDialog", "Refused")
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("ErrorDialog", "Not found")
    if isinstance(exc, InvalidInput):
        return QCoreApplication.translate("ErrorDialog", "Invalid input")
    return QCoreApplication.translate("ErrorDialog", "Error")


def _detail_lines(details: Any) -> list[str]:
    """Refusals listed per platform (the bulk-change error), else nothing: the message says it."""
    lines: list[str] = []
    if isinstance(details, dict):
        for refused in (details.get("refused") or [])[:50]:
            for r in refused.get("refusals", []):
                text = message_for(str(r.get("code")), str(r.get("message")), r.get("details"))
                lines.append(f"{refused.get('platform')}: {text}")
        lines.extend(field_lines(details))
        count = details.get("count")
        if isinstance(count, int) and count > 50:
            more = count - 50
            lines.append(counted(ErrorDialog.tr("… and %Ln more platform(s)", "", more), more))
    return lines


class ErrorDialog(QDialog):
    """Code + message, one style for every error a user can cause."""

    def __init__(
        self,
        title: str,
        message: str,
        code: str,
        detail: str = "",
        parent: QWidget | None = None,
        *,
        log_path: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.code = code
        self.message = message
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        texts = QVBoxLayout()
        headline = QLabel(message)
        headline.setObjectName("errorMessage")
        headline.setWordWrap(True)
        headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        headline.setMinimumWidth(chars(headline, 52))
        texts.addWidget(headline)
        code_label = QLabel(self.tr("Code: {code}").format(code=code))
        code_label.setObjectName("errorCode")
        code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_label.setStyleSheet("color: palette(placeholder-text);")
        texts.addWidget(code_label)
        top.addLayout(texts, 1)
        layout.addLayout(top)
        if detail:
            box = QPlainTextEdit(detail)
            box.setObjectName("errorDetail")
            box.setAccessibleName(self.tr("Details"))
            box.setReadOnly(True)
            box.setMinimumHeight(text_lines(box, 7))
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if log_path:
            open_log = QPushButton(self.tr("Open log folder"))
            buttons.addButton(open_log, QDialogButtonBox.ButtonRole.ActionRole)
            folder = str(__import__("pathlib").Path(log_path).parent)
            open_log.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)))
            copy = QPushButton(self.tr("Copy details"))
            buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(f"{message}\n\n{detail}"))
        buttons.rejected.connect(self.close)
        buttons.accepted.connect(self.close)
        layout.addWidget(buttons)


def error_text(exc: PlatformError) -> str:
    """The one-line form of a PlatformError (its sentence, then code) for places that show it inline."""
    return QCoreApplication.translate("ErrorDialog", "{message} (code {code})").format(
        message=error_message(exc), code=exc.code
    )


def _window_for(parent: QWidget | None) -> QWidget | None:
    if parent is not None:
        try:
            return parent.window()
        except RuntimeError:  # deleted
            return None
    return QApplication.activeWindow()


_ORPHANS: set[ErrorDialog] = set()  # parentless dialogs: kept alive until closed


def _show(dialog: ErrorDialog) -> ErrorDialog:
    if dialog.parent() is None:
        _ORPHANS.add(dialog)
        dialog.finished.connect(lambda _r, d=dialog: _ORPHANS.discard(d))
    dialog.show()
    dialog.raise_()
    return dialog


def show_platform_error(exc: PlatformError, parent: QWidget | None = None) -> ErrorDialog:
    log.info("%s: %s", exc.code, exc.message)
    return _show(
        ErrorDialog(
            _title_for(exc),
            error_message(exc),
            exc.code,
            "\n".join(_detail_lines(exc.details)),
            _window_for(parent),
        )
    )


def show_unexpected(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, parent: QWidget | None = None
) -> ErrorDialog | None:
    if QApplication.instance() is None:
        return None
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    path = str(log_file())
    message = QCoreApplication.translate(
        "ErrorDialog",
        "Unexpected error: {error}. The application keeps running; the details are in the log file {path}.",
    ).format(error=f"{exc_type.__name__}: {exc}", path=path)
    return _show(
        ErrorDialog(
            QCoreApplication.translate("ErrorDialog", "Unexpected error"),
            message,
            "unexpected",
            text,
            _window_for(parent),
            log_path=path,
        )
    )


def _offer_key(exc: PlatformError, parent: QWidget | None) -> bool:
    """A missing or wrong key: its settings dialog rather than the command line's advice."""
    from console.dialogs.keys import offer_key  # lazy: on an error only (every page imports this module)

    return offer_key(exc, _window_for(parent))


def report(exc: BaseException, parent: QWidget | None = None) -> None:
    """Show ``exc``: a PlatformError in the error dialog, anything else through ``sys.excepthook``."""
    if isinstance(exc, PlatformError):
        if not _offer_key(exc, parent):
            show_platform_error(exc, parent)
    else:
        sys.excepthook(type(exc), exc, exc.__traceback__)


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """The application's ``sys.excepthook``: errors from async slots and Qt virtuals end here."""
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    if isinstance(exc, PlatformError):
        if not _offer_key(exc, None):
            show_platform_error(exc)
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    try:
        show_unexpected(exc_type, exc, tb)
    except Exception:  # never let the hook itself raise
        log.exception("could not show the error dialog")
