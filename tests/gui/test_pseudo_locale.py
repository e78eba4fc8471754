"""The pseudo-locale (``--lang pseudo``) shows every text that escaped ``tr()``, and key columns
that a longer translation would cut off.

Every page of every demo role is shown, then Help → About, Help → Keyboard shortcuts and the
command palette, at 1280x800 (the database of ``tests/screens``, with its long store name and
its EUR 1,234,567.89 payment), with the pseudo translator installed: it puts in brackets, 40 %
longer, every text the catalogues know (the console's, as lupdate extracted it, and Qt's); a
text given to ``tr()`` but never extracted stays bare, as it would stay English in French and
German. Then each text a person reads is collected: labels, buttons, actions (menu entries, tool
bar buttons) and their tooltips, menu titles, tab titles, group box titles, table headers,
tooltips, placeholders and window titles.

**A text escaped** when, its bracketed parts taken out (a label may join a translated text and
data, or two translated texts), what is left is not data only. Data is what the database holds
(item-view cells are never read; a label may show a record's name or an amount): a text is data
when none of its words is a *word*: a run of two letters or more, not all capitals (codes: EUR,
UTC), not a product name in mixed capitals (CPython, PostgreSQL), not inside a token holding
digits or one of ``-_./@:`` (codes, e-mails, URLs, versions),
not a month or day name of the locale, not a word of any text value in the database or of a
module's code (the registry's), and not a language's own name (View → Language: English,
Français, Deutsch, the same in every language).

**A key column is cut off** when a visible row of a table's first column has more text than the
column shows (its width, less the cell's margins and icon).

Set ``PLATFORM_PSEUDO_REPORT=FILE`` to get the full list in ``FILE``.
"""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from console.i18n.codes import LANGUAGES, PSEUDO
from console.i18n.translators import install
from tests.gui.helpers import cancel_console_tasks
from tests.i18n_helpers import language_restored

pytestmark = [pytest.mark.asyncio, pytest.mark.slow]

ROLES = ("super_admin", "platform_admin", "support", "operator")
_WORD = re.compile(r"[^\W\d_]{2,}")
PUNCTUATION = "()[]{}<>,;!?'\"«»…·•—*%+=|\u201c\u201d\u2018\u2019\u2013"  # quotes, en dash
_MIXED_CAPITALS = re.compile(r"[a-z][A-Z]|^[A-Z]{2}")  # product names: CPython, PostgreSQL, PySide
_BRACKETED = re.compile(r"\[[^\[\]]*\]")
_CODE_MARK = re.compile(r"[\d\-_./@:]")


HEADER_ROLES = ((Qt.ItemDataRole.DisplayRole, "header"), (Qt.ItemDataRole.ToolTipRole, "tooltip"))


@dataclass(frozen=True)
class Escape:
    role: str
    page: str
    kind: str
    where: str
    text: str

    def line(self) -> str:
        return f"{self.role}\t{self.page}\t{self.kind}\t{self.where}\t{self.text!r}"


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: object) -> Iterator[None]:
    with language_restored():
        yield


def database_words(database: Any) -> set[str]:
    """Every word of every text value in the database (its records' names, codes, reasons…)."""
    from sqlalchemy import MetaData, String, Text, select

    meta = MetaData()
    meta.reflect(database.engine)
    words: set[str] = set()
    with database.engine.connect() as conn:
        for table in meta.tables.values():
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if not columns:
                continue
            for row in conn.execute(select(*columns)):
                for value in row:
                    if isinstance(value, str):
                        words.update(w.casefold() for w in _WORD.findall(value))
    return words


def code_words() -> set[str]:
    """The module codes (the matrix's column headers) and the languages' own names."""
    from core.registry import default_registry

    names = [*default_registry().modules, *LANGUAGES.values()]
    return {w.casefold() for name in names for w in _WORD.findall(name)}


def calendar_words() -> set[str]:
    locale = QLocale()
    names = set()
    for month in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            names.add(locale.monthName(month, form))
            names.add(locale.standaloneMonthName(month, form))
    for day in range(1, 8):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            names.add(locale.dayName(day, form))
    names.update((locale.amText(), locale.pmText()))
    return {w.casefold() for name in names for w in _WORD.findall(name)}


def is_text(text: str, data: set[str]) -> bool:
    """Does ``text`` hold a word a person reads (see the module docstring), not only data?"""
    plain = re.sub(r"<[^>]*>|&(?=\w)", "", text)  # markup, accelerators
    for token in plain.split():
        token = token.strip(PUNCTUATION)
        if not token or _CODE_MARK.search(token):
            continue
        for word in _WORD.findall(token):
            if not word.isupper() and not _MIXED_CAPITALS.search(word) and word.casefold() not in data:
                return True
    return False


def escaped(text: str, data: set[str]) -> bool:
    """Is there, outside the brackets of the pseudo-locale, a word that is not data?"""
    rest, previous = re.sub(r"<[^>]*>", "", text), None
    while rest != previous:  # innermost brackets first: "[Go to: [Modules~]~~]"
        previous, rest = rest, _BRACKETED.sub(" ", rest)
    return is_text(rest, data)


def shown_texts(root: QWidget) -> Iterator[tuple[str, str, str]]:
    """(kind, where, text) of what a person reads in ``root`` now (the module docstring)."""

    def name(w: Any) -> str:
        return w.objectName() or type(w).__name__

    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.toolTip():
            yield "tooltip", name(widget), widget.toolTip()
        if widget.isWindow() and widget.windowTitle():
            yield "window title", name(widget), widget.windowTitle()
        if isinstance(widget, QLabel) and widget.text():
            yield "label", name(widget), widget.text()
        elif isinstance(widget, QAbstractButton) and widget.text():
            yield "button", name(widget), widget.text()
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            yield "placeholder", name(widget), widget.placeholderText()
        elif isinstance(widget, QGroupBox) and widget.title():
            yield "group title", name(widget), widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield "tab", name(widget), widget.tabText(i)
                if widget.tabToolTip(i):
                    yield "tooltip", name(widget), widget.tabToolTip(i)
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                for role, kind in (
                    (Qt.ItemDataRole.DisplayRole, "header"),
                    (Qt.ItemDataRole.ToolTipRole, "tooltip"),
                ):
                    value = model.headerData(section, widget.orientation(), role)
                    if isinstance(value, str) and value and widget.orientation() == Qt.Orientation.Horizontal:
                        yield kind, f"{name(widget.parent())} column {section}", value
    for action in root.findChildren(QAction):
        if not action.isVisible() or action.isSeparator():
            continue
        if action.text():
            yield "action", action.objectName() or "action", action.text()
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield "tooltip", action.objectName() or "action", action.toolTip()
    for menu in root.findChildren(QMenu):
        if menu.title():
            yield "menu", menu.objectName() or "menu", menu.title()


async def every_tab(root: QWidget) -> AsyncIterator[None]:
    """Each tab of each tab widget in turn (hidden tabs are not visible: their texts need showing).
    The loop runs meanwhile (never ``processEvents()`` inside a task: qasync would re-enter it)."""
    yield
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != current and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                await asyncio.sleep(0.3)
                yield
        tabs.setCurrentIndex(current)


def cut_key_cells(root: QWidget) -> Iterator[tuple[str, str]]:
    """(table, text) of the first column's visible cells whose text does not fit the column."""
    views = [root] if isinstance(root, QAbstractItemView) else []
    for view in [*views, *root.findChildren(QAbstractItemView)]:
        model = view.model()
        visible = view is root or view.isVisibleTo(root)
        if model is None or not visible or not hasattr(view, "columnWidth"):
            continue
        header = getattr(view, "horizontalHeader", lambda: None)() or getattr(view, "header", lambda: None)()
        if header is None or header.isSectionHidden(0) or model.columnCount() == 0:
            continue
        metrics = view.fontMetrics()
        for row in range(min(model.rowCount(), 30)):
            index = model.index(row, 0)
            rect = view.visualRect(index)
            if not rect.isValid() or not view.viewport().rect().intersects(rect):
                continue
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            icon = index.data(Qt.ItemDataRole.DecorationRole)
            room = rect.width() - 8 - (view.iconSize().width() + 4 if icon is not None else 0)
            if metrics.horizontalAdvance(text) > room:
                yield view.objectName() or type(view).__name__, text


async def test_every_text_on_every_page_is_translated_and_key_columns_fit(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from console.asyncutil import run_sync, settle
    from console.main_window import MainWindow
    from console.session import ConsoleSession
    from console.store.settings import AppSettings
    from core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
    from core.services.auth import AuthService
    from tests.screens import SIZE, make_database

    database = await run_sync(make_database, tmp_path)
    install(PSEUDO)
    data = database_words(database) | calendar_words() | code_words()
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    users = {account.role: account.username for account in DEMO_ACCOUNTS}
    escapes: set[Escape] = set()
    cut: set[tuple[str, str, str, str]] = set()
    try:
        for role in ROLES:
            actor = AuthService(database).authenticate(users[role], DEMO_PASSWORD)
            session = ConsoleSession(database, actor, profile_name="pseudo", demo=True)
            window = MainWindow(session, settings, watch=False, remember=False)
            window.resize(*SIZE)
            window.show()
            try:
                for page_id in window.page_ids():
                    page = window.show_page(page_id)
                    await asyncio.wait_for(page.ready(), 30)
                    await asyncio.sleep(0.3)
                    async for _ in every_tab(page):
                        for kind, where, text in shown_texts(window):
                            if escaped(text, data):
                                escapes.add(Escape(role, page_id, kind, where, text))
                    for table, text in cut_key_cells(page):
                        cut.add((role, page_id, table, text))
                for name, open_dialog in (
                    ("about", window.about),
                    ("shortcuts", window.open_shortcuts),
                    ("palette", window.open_palette),
                ):
                    dialog = open_dialog()
                    await asyncio.sleep(0.2)
                    for kind, where, text in shown_texts(dialog):
                        if escaped(text, data):
                            escapes.add(Escape(role, f"dialog {name}", kind, where, text))
                    dialog.close()
                    await asyncio.sleep(0.05)
            finally:
                window.shutdown()
                window.close()
                await cancel_console_tasks()
                window.deleteLater()
                await settle()
    finally:
        database.dispose()
    texts = sorted({e.text for e in escapes})
    lines = [e.line() for e in sorted(escapes, key=lambda e: (e.text, e.role, e.page))]
    lines += [f"cut off\t{r}\t{p}\t{t}\t{x!r}" for r, p, t, x in sorted(cut)]
    report = os.environ.get("PLATFORM_PSEUDO_REPORT")
    if report:
        Path(report).write_text(
            f"{len(texts)} texts escaped tr() ({len(escapes)} places); {len(cut)} key cells cut off\n"
            + "\n".join(lines)
            + "\n",
            encoding="utf-8",
        )
    assert not texts and not cut, (
        f"{len(texts)} texts escaped tr(), {len(cut)} key cells cut off, e.g.\n" + "\n".join(lines[:40])
    )


async def test_the_rule_tells_escaped_texts_from_data_and_sees_a_cut_key_cell(qtbot: Any) -> None:
    data = {"schmit", "boulangerie"}
    assert escaped("Refund", data) and escaped("[Refunds~] of merchant", data)
    assert escaped("<b>Save</b>", data)
    for shown in (
        "[Go to: [Modules~]~~]",
        "EUR 1,234.50",
        "Boulangerie Schmit",
        "dev-tools",
        "M0000026",
        "ops@example.lu",
        "3.11.7 (CPython)",
        "<b>[Target</b> platforms~~]",
        "— · 12 %",
    ):
        assert not escaped(shown, data), shown
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget(2, 2)
    qtbot.addWidget(table)
    table.setItem(0, 0, QTableWidgetItem("Boulangerie-Pâtisserie du Grand-Duché de Luxembourg"))
    table.setItem(1, 0, QTableWidgetItem("S1"))
    table.setColumnWidth(0, 60)
    table.resize(400, 200)
    table.show()
    assert [text for _, text in cut_key_cells(table)] == [table.item(0, 0).text()]
