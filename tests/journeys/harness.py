"""Drive the console as a person does: sign in, navigate, click, type, save files.

Every step goes through what is on screen: the sign-in dialog's fields, the navigation list,
tool-bar buttons and push buttons found by their text, the non-native file dialog with the file
name typed. Waits poll a condition on the running (qasync) loop, never a fixed sleep.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from core.demo import DEMO_PASSWORD
from tests.gui.helpers import wait_until

LEFT = Qt.MouseButton.LeftButton


def _text(widget_text: str) -> str:
    """A button's text as read on screen: no & mnemonic, no trailing ellipsis."""
    return widget_text.replace("&", "").rstrip("…").strip()


def gone(widget: QWidget) -> bool:
    """Closed (hidden) or already deleted."""
    return not isValid(widget) or not widget.isVisible()


def visible_windows(kind: type = QWidget) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


class Gate:
    """Holds a service method in its worker thread (``when`` its arguments match) until released:
    to do something at the exact moment a page is waiting for it."""

    def __init__(
        self, monkeypatch: Any, cls: type, name: str, when: Callable[..., bool] = lambda *a: True
    ) -> None:
        self.entered, self._open = threading.Event(), threading.Event()
        original = getattr(cls, name)

        def held(obj: Any, *args: Any, **kw: Any) -> Any:
            if when(*args, **kw):
                self.entered.set()
                self._open.wait(10)
            return original(obj, *args, **kw)

        monkeypatch.setattr(cls, name, held)

    def release(self) -> None:
        self._open.set()


class _EnabledWatch(QObject):
    """Sees a widget (or its parent box) disabled, then enabled again."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.disabled = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and not self.widget.isEnabled():
            self.disabled = True
        return False

    def cycled(self) -> bool:
        return self.disabled and isValid(self.widget) and self.widget.isEnabled()


class Journey:
    """One console, started as ``platform-console --db URL`` would start it."""

    def __init__(self, console: Any, task: asyncio.Task[int], qtbot: Any, db: Any) -> None:
        self.console = console
        self.task = task
        self.qtbot = qtbot
        self.db = db
        self.errors: list[str] = []  # exceptions that reached sys.excepthook (slots, async slots)

    @classmethod
    @contextlib.asynccontextmanager
    async def start(cls, db: Any, tmp_path: Path, qtbot: Any) -> AsyncIterator[Journey]:
        from console.app import build_parser
        from console.startup import Console
        from console.store.settings import AppSettings

        url = db.url.render_as_string(hide_password=False)
        console = Console(build_parser().parse_args(["--db", url]), QApplication.instance())
        console.settings = AppSettings(QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat))
        console._gc_tuned = True  # gc.freeze() is for the application's process, not the test run
        journey = cls(console, asyncio.ensure_future(console.run()), qtbot, db)
        previous = sys.excepthook

        def hook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
            journey.errors.append(f"{exc_type.__name__}: {exc}")
            previous(exc_type, exc, tb)  # pytest-qt's: it fails the test

        sys.excepthook = hook
        # Let the start-up reach a resting point (a dialog waiting for a person) on the running
        # loop: pytest-qt processes Qt events between the fixture and the test, with no asyncio
        # loop running, and a start-up step taken there fails with "no running event loop".
        with contextlib.suppress(AssertionError):
            await wait_until(
                lambda: journey.task.done() or (console.session is not None and visible_windows(QDialog)),
                20.0,
            )
        try:
            yield journey
        finally:
            try:
                await journey.quit()
            finally:
                sys.excepthook = previous

    async def quit(self) -> int:
        """Close whatever dialog is open and the window; the start-up coroutine returns."""
        for dialog in visible_windows(QDialog):
            dialog.reject()
        window = self.console.window
        if window is not None:
            window.close()
        return await asyncio.wait_for(self.task, 30)

    # -- the window ---------------------------------------------------------------------------
    @property
    def window(self) -> Any:
        window = self.console.window
        assert window is not None, "the console has no window"
        return window

    async def sign_in(self, username: str, password: str = DEMO_PASSWORD) -> Any:
        """Type the user name and password into the sign-in dialog and press "Sign in"."""
        dialog = await self.dialog("signInDialog")
        error = dialog.findChild(QWidget, "formError")
        await self.submit_sign_in(dialog, username, password)
        if not gone(dialog):
            raise AssertionError(f"sign-in refused: {error.text()}")
        await wait_until(lambda: self.window.attached and self.window.session.actor is not None)
        await self.window.ready()
        return self.window

    async def submit_sign_in(self, dialog: QDialog, username: str, password: str) -> None:
        """Fill in the sign-in dialog, press "Sign in" and wait for the answer."""
        self.type_into(dialog.findChild(QLineEdit, "username"), username)
        self.type_into(dialog.findChild(QLineEdit, "password"), password)
        await self.click_and_settle(self.button(dialog, "Sign in"), dialog)

    async def click_and_settle(self, button: QAbstractButton, dialog: QDialog) -> None:
        """Click a button that is disabled while its work runs; wait until it is enabled again
        (the answer is on screen) or ``dialog`` has closed."""
        watch = _EnabledWatch(button)
        self.click(button)
        await wait_until(lambda: gone(dialog) or watch.cycled())
        if isValid(button):
            button.removeEventFilter(watch)

    async def sign_out(self) -> QDialog:
        """Account > Sign out, once the pages have finished what they were doing (as a person sees
        it: nothing is loading); the sign-in dialog that comes back."""
        from console.asyncutil import pending_tasks

        await self.until(lambda: not [t for t in pending_tasks() if not t.done()])
        self.menu_action("Account", "Sign out").trigger()
        return await self.dialog("signInDialog")

    async def sign_out_while(self, gate: Gate, username: str) -> None:
        """Sign out while ``gate`` holds a page's call, release it, sign in again as ``username``."""
        await self.until(gate.entered.is_set)
        self.menu_action("Account", "Sign out").trigger()
        await self.dialog("signInDialog")
        gate.release()
        await self.sign_in(username)  # the console goes on as if nothing happened

    def user_label(self) -> str:
        return self.window.user_label.text()

    # -- navigation -----------------------------------------------------------------------------
    def page_titles(self) -> list[str]:
        nav = self.window.nav
        return [nav.item(i).text() for i in range(nav.count())]

    async def go(self, title: str) -> Any:
        """Click ``title`` in the navigation list; the page once it has loaded."""
        nav = self.window.nav
        items = nav.findItems(title, Qt.MatchFlag.MatchExactly)
        assert items, f"no page {title!r} in the navigation ({self.page_titles()})"
        nav.scrollToItem(items[0])
        self.qtbot.mouseClick(nav.viewport(), LEFT, pos=nav.visualItemRect(items[0]).center())
        page = self.window.current_page()
        assert page is not None and page.title() == title
        await asyncio.wait_for(page.ready(), 30)
        return page

    def menu_action(self, menu_title: str, text: str) -> Any:
        """The action ``text`` of the menu bar's ``menu_title`` menu."""
        for menu_action in self.window.menuBar().actions():
            if _text(menu_action.text()) == menu_title:
                for action in menu_action.menu().actions():
                    if _text(action.text()) == _text(text):
                        return action
        raise AssertionError(f"no {menu_title} > {text}")

    # -- finding and clicking ---------------------------------------------------------------------
    @staticmethod
    def tool_button(page: QWidget, text: str, *, startswith: bool = False) -> QWidget | None:
        """The visible tool-bar button of ``page`` reading ``text`` (None when the role has none)."""
        for bar in page.findChildren(QToolBar):
            for action in bar.actions():
                shown = _text(action.text())
                if shown == _text(text) or (startswith and shown.startswith(_text(text))):
                    widget = bar.widgetForAction(action)
                    if action.isVisible() and widget is not None and widget.isVisible():
                        return widget
        return None

    @staticmethod
    def button(parent: QWidget, text: str) -> QAbstractButton:
        """The visible push or tool button of ``parent`` whose text reads ``text``."""
        for candidate in parent.findChildren(QAbstractButton):
            if candidate.isVisible() and _text(candidate.text()) == _text(text):
                return candidate
        shown = [_text(b.text()) for b in parent.findChildren(QAbstractButton) if b.isVisible()]
        raise AssertionError(f"no button {text!r} in {parent.objectName() or parent!r}; shown: {shown}")

    def click(self, widget: QWidget) -> None:
        what = _text(widget.text()) if isinstance(widget, QAbstractButton) else widget.objectName()
        assert widget.isVisible() and widget.isEnabled(), f"{what!r} is not clickable"
        self.qtbot.mouseClick(widget, LEFT)

    def type_into(self, edit: QWidget, text: str) -> None:
        """Select what the field holds and type ``text`` over it."""
        edit.setFocus()
        self.qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClick(edit, Qt.Key.Key_Delete)
        self.qtbot.keyClicks(edit, text)

    def click_tab(self, tabs: QTabWidget, title: str) -> QWidget:
        """Click the tab reading ``title``; its page."""
        bar = tabs.tabBar()
        index = next((i for i in range(tabs.count()) if _text(tabs.tabText(i)) == title), -1)
        assert index >= 0, f"no tab {title!r}"
        self.qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
        assert tabs.currentIndex() == index
        return tabs.widget(index)

    def choose(self, combo: QComboBox, text: str) -> None:
        """Pick the entry reading ``text`` in a combo box, as with the keyboard."""
        index = combo.findText(text)
        assert index >= 0, f"no {text!r} in {[combo.itemText(i) for i in range(combo.count())]}"
        combo.setFocus()
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    def click_row(self, view: QAbstractItemView, row: int, column: int = 0, *, double: bool = False) -> None:
        index = view.model().index(row, column)
        view.scrollTo(index)
        pos: QPoint = view.visualRect(index).center()
        if double:
            self.qtbot.mouseDClick(view.viewport(), LEFT, pos=pos)
        else:
            self.qtbot.mouseClick(view.viewport(), LEFT, pos=pos)

    @staticmethod
    def column(view: QAbstractItemView, header: str) -> int:
        """The column whose header reads ``header``."""
        model = view.model()
        for column in range(model.columnCount()):
            if model.headerData(column, Qt.Orientation.Horizontal) == header:
                return column
        raise AssertionError(f"no column {header!r}")

    @staticmethod
    def rows(view: QAbstractItemView, column: int = 0) -> list[str]:
        model = view.model()
        return [str(model.data(model.index(r, column)) or "") for r in range(model.rowCount())]

    # -- dialogs ------------------------------------------------------------------------------------
    async def dialog(self, name: str | type, timeout: float = 20.0) -> Any:
        """The visible window whose object name is ``name`` (or of class ``name``), once it shows."""

        def found() -> Any:
            for window in visible_windows():
                if (isinstance(name, str) and window.objectName() == name) or (
                    isinstance(name, type) and isinstance(window, name)
                ):
                    return window
            return None

        try:
            return await wait_until(found, timeout)
        except AssertionError:
            shown = [
                f"{type(w).__name__}({w.objectName()!r}, {w.windowTitle()!r})" for w in visible_windows()
            ]
            raise AssertionError(
                f"no window {name!r} within {timeout} s; visible: {shown}; start-up: {self.task!r}"
            ) from None

    async def confirmation(self, timeout: float = 20.0) -> QDialog:
        """The next dialog asking to confirm (any modal dialog but an error dialog)."""
        return await self.until(
            lambda: next(
                (d for d in visible_windows(QDialog) if d.isModal() and d.objectName() != "errorDialog"), None
            ),
            timeout,
        )

    @staticmethod
    def text_of(dialog: QWidget) -> str:
        """Everything a dialog says (its labels; a message box's text and informative text)."""
        parts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        if isinstance(dialog, QMessageBox):
            parts += [dialog.text(), dialog.informativeText()]
        return "\n".join(parts)

    async def save_as(self, path: Path) -> None:
        """In the (non-native) file dialog now open: type ``path`` as the file name, press Save."""
        dialog = await self.dialog(QFileDialog)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None, "the file dialog is a native one: its file name cannot be typed"
        self.type_into(edit, str(path))
        box = dialog.findChild(QDialogButtonBox, "buttonBox")
        buttons = QDialogButtonBox.StandardButton
        save = box.button(buttons.Save) or box.button(buttons.Open)
        self.click(save)
        await wait_until(lambda: gone(dialog))

    async def until(self, predicate: Callable[[], Any], timeout: float = 20.0) -> Any:
        """Wait for ``predicate``; an exception in a slot or an "Unexpected error" dialog on the way
        fails at once."""

        def check() -> Any:
            if self.errors:
                raise AssertionError(f"exception in a Qt slot: {self.errors[0]}")
            for dialog in visible_windows(QDialog):
                if dialog.objectName() == "errorDialog" and getattr(dialog, "code", "") == "unexpected":
                    raise AssertionError(f"unexpected error on screen: {dialog.message}")
            return predicate()

        return await wait_until(check, timeout)

    async def status(self, text: str) -> str:
        """Wait for the status bar to say ``text``; the whole message. A message another one
        replaced before this looked (a health notification right after, say) counts: it was said."""
        bar = self.window.statusBar()
        said: list[str] = [bar.currentMessage()]
        bar.messageChanged.connect(said.append)
        try:
            return await self.until(lambda: next((m for m in said if text in m), ""))
        finally:
            bar.messageChanged.disconnect(said.append)

    def error_dialog(self) -> Any:
        """The error dialog on screen (a refusal, an invalid input), if any."""
        found = [d for d in visible_windows(QDialog) if d.objectName() == "errorDialog"]
        return found[0] if found else None
