"""Numbers, money and dates in the interface's locale (console/locale_text.py), money typed in that
locale (the refund dialog), and the console's counted sentences (``%n``) for 0, 1 and 2."""

from __future__ import annotations

import asyncio
import re
import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from console import locale_text as lt
from console.dialogs.refund import RefundDialog
from console.models import migration_texts as texts
from console.models.common import local_time
from core.errors import InvalidInput
from tests.gui.helpers import top_level, wait_until
from tests.gui.test_payments_page import _pi, open_on_a_new_payment
from tests.gui.test_table_export import export_with_ctrl_e, read_csv
from tests.payments_helpers import fake_stripe_fixture  # noqa: F401 - registers the fixture

NBSP = "\u00a0"


@pytest.fixture
def use_locale() -> Iterator[Callable[[str], None]]:
    """``use_locale("de_LU")`` makes it the default locale for the test; the previous comes back."""
    previous = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(previous)


def plain(text: str) -> str:
    """A text as a person reads it: no-break spaces are spaces."""
    return text.replace(NBSP, " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("name", "amount", "big", "count", "when"),
    [
        ("de_LU", "49,50 €", "1.234.567,89 €", "1.234.567", "29.03.26 03:00"),
        ("fr_LU", "49,50 €", "1.234.567,89 €", "1.234.567", "29/03/2026 03:00"),
        ("en_US", "€49.50", "€1,234,567.89", "1,234,567", "3/29/26 3:00 AM"),
    ],
)
def test_money_numbers_and_dates_as_the_locale_writes_them(
    use_locale: Callable[[str], None],
    name: str,
    amount: str,
    big: str,
    count: str,
    when: str,
    monkeypatch: Any,
) -> None:
    monkeypatch.setenv("TZ", "Europe/Luxembourg")
    import time

    time.tzset()
    from console.models.common import forget_time_zone

    forget_time_zone()
    try:
        use_locale(name)
        assert plain(lt.money(4950, "EUR")) == amount
        assert plain(lt.money(123456789, "EUR")) == big
        assert plain(lt.number(1234567)) == count
        # Stored in UTC, shown in the local zone: 01:00 UTC on 29 March 2026 is 03:00 in Luxembourg.
        assert plain(local_time(datetime(2026, 3, 29, 1, 0, tzinfo=UTC), seconds=False)) == when
        assert plain(lt.money(1234, "JPY")).replace("¥", "").strip() == plain(lt.number(1234))  # no decimals
        # Exports and the CLI stay locale-independent.
        with lt.neutral():
            assert lt.money(123456789, "EUR") == "EUR 1,234,567.89"
            assert local_time(datetime(2026, 3, 29, 1, 0, tzinfo=UTC), seconds=False) == "2026-03-29 03:00"
    finally:
        monkeypatch.undo()
        time.tzset()
        forget_time_zone()


@pytest.mark.parametrize(
    ("name", "typed", "minor"),
    [
        ("de_DE", "1.000,50", 100_050),
        ("de_DE", "1000,5", 100_050),
        ("de_DE", "49,50 €", 4_950),
        ("fr_LU", "1.000,50", 100_050),
        ("fr_LU", "1 000,50", 100_050),
        ("en_US", "1,000.50", 100_050),
        ("en_US", "€1,000", 100_000),
        ("en_US", "12.5", 1_250),
    ],
)
def test_money_typed_in_the_locale(
    use_locale: Callable[[str], None], name: str, typed: str, minor: int
) -> None:
    use_locale(name)
    assert lt.parse_money(typed, "EUR") == minor


@pytest.mark.parametrize(
    ("name", "typed", "code"),
    [
        ("de_DE", "1.5", "money.bad_amount"),  # a dot groups thousands in German: not by threes
        ("de_DE", "49.50", "money.bad_amount"),
        ("de_DE", "1,005", "money.too_many_decimals"),
        ("en_US", "1,5", "money.bad_amount"),
        ("en_US", "1.000,50", "money.bad_amount"),
        ("fr_LU", "12,3x", "money.bad_amount"),
        ("fr_LU", "", "money.bad_amount"),
    ],
)
def test_ambiguous_or_malformed_amounts_are_refused(
    use_locale: Callable[[str], None], name: str, typed: str, code: str
) -> None:
    use_locale(name)
    with pytest.raises(InvalidInput) as caught:
        lt.parse_money(typed, "EUR")
    assert caught.value.code == code and "\n" not in caught.value.message


@pytest.mark.asyncio
async def test_german_refund_of_one_thousand_and_fifty_cents(
    session_for: Any, qtbot: Any, fake_stripe: Any, use_locale: Callable[[str], None]
) -> None:
    use_locale("de_LU")
    session = session_for("super_admin")
    page, pid = await open_on_a_new_payment(qtbot, session, fake_stripe, 200_000)
    assert plain(page.fields["amount"].text()) == "2.000,00 €"
    assert plain(page.fields["remaining"].text()) == "2.000,00 €"
    task = asyncio.ensure_future(page.ask_refund())
    [dialog] = await wait_until(lambda: top_level(RefundDialog))
    assert dialog.amount_edit.text() == "2.000,00"  # prefilled as German writes it
    dialog.reason_edit.setPlainText("Teilrückerstattung")
    dialog.amount_edit.setText("1.5")  # an English decimal point: refused, not read as 15
    assert not dialog.ok_button.isEnabled() and "1.234,56" in dialog.error.text()
    dialog.amount_edit.setText("3.000,00")
    assert not dialog.ok_button.isEnabled() and "2.000,00" in plain(dialog.error.text())
    dialog.amount_edit.setText("1.000,50")
    assert dialog.ok_button.isEnabled() and dialog.error.text() == ""
    dialog.ok_button.click()
    outcome = await asyncio.wait_for(task, 20)
    assert outcome is not None and outcome.refund.amount_minor == 100_050
    [held] = fake_stripe.refunds_for(_pi(session.db, pid))
    assert held["amount"] == 100_050
    assert plain(page.fields["refunded"].text()) == "1.000,50 €"
    assert plain(page.fields["remaining"].text()) == "999,50 €"
    # The list shows the amount whole, as German writes it.
    row = page.model.row_of(pid)
    shown = page.model.index(row, page.model.COLUMNS.index("amount")).data()
    assert plain(shown) == "2.000,00 €"
    width = page.table.columnWidth(page.model.COLUMNS.index("amount"))
    assert page.table.fontMetrics().horizontalAdvance(shown) < width


@pytest.mark.asyncio
async def test_payments_page_in_french(
    session_for: Any, qtbot: Any, fake_stripe: Any, use_locale: Callable[[str], None]
) -> None:
    use_locale("fr_LU")
    session = session_for("super_admin")
    page, pid = await open_on_a_new_payment(qtbot, session, fake_stripe, 123_456_789)
    assert plain(page.fields["amount"].text()) == "1.234.567,89 €"
    created = page.model.index(page.model.row_of(pid), page.model.COLUMNS.index("created")).data()
    assert created.count("/") == 2 and len(created.split(" ")[0].split("/")[2]) == 4  # 03/12/2026 18:05


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("MigrationTexts", text, disambiguation, n)


def guard(count: int) -> str:
    details = {
        "modules": ["orders"],
        "per_module": {"orders": count},
        "platform_count": count,
        "platforms": [],
    }
    return texts.guard_text(details)


def test_counted_sentences_in_english_without_a_catalogue() -> None:
    assert "orders (on 0 platforms)" in guard(0) and "on 0 platforms:" in guard(0)
    assert "orders (on 1 platform)" in guard(1) and "on 1 platform:" in guard(1)
    assert "orders (on 2 platforms)" in guard(2) and "on 2 platforms:" in guard(2)
    assert lt.counted(tr("%Ln entr(y|ies) shown", "", 1), 1) == "1 entry shown"
    assert lt.counted(tr("%Ln entr(y|ies) shown", "", 2), 2) == "2 entries shown"


FRENCH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MigrationTexts</name>
    <message numerus="yes">
        <source>{module} (on %Ln platform(s))</source>
        <translation>
            <numerusform>{module} (sur %Ln plateforme)</numerusform>
            <numerusform>{module} (sur %Ln plateformes)</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_counted_sentences_follow_the_french_plural_rule(
    tmp_path: Path, use_locale: Callable[[str], None], qapp: Any
) -> None:
    """French says "0 plateforme" (0 is singular), unlike English: Qt's %n forms do it."""
    source = tmp_path / "fr.ts"
    source.write_text(FRENCH_TS, encoding="utf-8")
    subprocess.run(["pyside6-lrelease", "-silent", str(source), "-qm", str(tmp_path / "fr.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "fr.qm"))
    use_locale("fr_LU")
    QCoreApplication.installTranslator(translator)
    try:
        assert "orders (sur 0 plateforme)" in guard(0)
        assert "orders (sur 1 plateforme)" in guard(1)
        assert "orders (sur 2 plateformes)" in guard(2)
        assert "orders (sur 1.234 plateformes)" in guard(1234)  # %Ln: the locale's digits
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.asyncio
async def test_csv_export_stays_locale_independent(
    session_for: Any, open_window: Any, qtbot: Any, tmp_path: Path, use_locale: Callable[[str], None]
) -> None:
    """The payments list shows German money and dates; its CSV file keeps the neutral forms."""
    use_locale("de_LU")
    session = session_for("support")
    window = await open_window(session, page="payments")
    page = window.current_page()
    await wait_until(lambda: page.model.rowCount() > 0)
    amount = page.model.COLUMNS.index("amount")
    assert plain(page.model.index(0, amount).data()).endswith(" €")
    target = tmp_path / "payments.csv"
    await export_with_ctrl_e(window, qtbot, target)
    await wait_until(lambda: target.exists())
    rows = read_csv(target)
    column = rows[0].index(page.model.headerData(amount, Qt.Orientation.Horizontal))
    assert all(re.fullmatch(r"[A-Z]{3} [\d,]+(\.\d+)?", r[column]) for r in rows[1:])
    created = rows[0].index(
        page.model.headerData(page.model.COLUMNS.index("created"), Qt.Orientation.Horizontal)
    )
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", r[created]) for r in rows[1:])
