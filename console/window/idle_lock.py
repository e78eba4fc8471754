"""Locking the main window: by hand (Account ▸ Lock now) or after a while without input.

Locked, the pages are hidden behind a cover and the sign-in dialog asks for the password of the
signed-in user again; cancelling it signs out.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QMainWindow, QStackedWidget

from console.asyncutil import dialog_outcome, spawn

if TYPE_CHECKING:
    from console.pages.base import Page
    from console.session import ConsoleSession


class ActivityFilter(QObject):
    """Notes the time of the last keyboard or mouse input anywhere in the application."""

    INPUT = {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT:
            self.last = time.monotonic()
        return False


class IdleLockMixin(QMainWindow):
    """The lock: :meth:`_build_idle_lock` once, :meth:`lock` to lock, the idle timer checks input."""

    # The window's (and its other parts'):
    session: ConsoleSession
    _session: ConsoleSession | None
    _pages: dict[str, Page]
    nav: QListWidget
    stack: QStackedWidget
    idle_minutes: int
    sign_out: Callable[[], None]
    _update_user_label: Callable[[], None]

    def _build_idle_lock(self) -> None:
        self._locked = False
        self._lock_dialog: QDialog | None = None
        self._locked_cover = QLabel(self.tr("Locked"))
        self._locked_cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self._locked_cover)
        self._activity = ActivityFilter(self)
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(15_000)
        self._idle_timer.timeout.connect(self._check_idle)

    def idle_seconds(self) -> float:
        return time.monotonic() - self._activity.last

    def _check_idle(self) -> None:
        if self._locked or self.idle_minutes <= 0:
            return
        if self.idle_seconds() >= self.idle_minutes * 60:
            spawn(self.lock(idle=True), self)

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def lock_dialog(self) -> QDialog | None:
        return self._lock_dialog

    async def lock(self, *, idle: bool = False) -> bool:
        """Hide the pages and ask for the password again; False when the user signed out instead.

        ``idle``: locked because nobody used the console for :attr:`idle_minutes` (else by hand)."""
        actor = self._session.actor if self._session is not None else None
        if self._locked or actor is None or actor.user_id is None:
            return True
        from console.dialogs.signin import SignInDialog  # lazy: the library, after the window has painted

        self._locked = True
        previous = self.stack.currentIndex()
        self.stack.setCurrentWidget(self._locked_cover)
        self.nav.setEnabled(False)
        self.menuBar().setEnabled(False)
        dialog = SignInDialog(
            self.session,
            self,
            locked_user=actor.username,
            idle_minutes=self.idle_minutes if idle else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._lock_dialog = dialog
        unlocked = await dialog_outcome(dialog, lambda d: d.actor)
        self._lock_dialog = None
        if unlocked is None:
            self._locked = False
            self.sign_out()
            return False
        self.session.actor = unlocked
        self._locked = False
        self._activity.last = time.monotonic()
        self.nav.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.stack.setCurrentIndex(previous)
        self._update_user_label()
        for page in self._pages.values():
            page.session_changed()
        return True
