"""Numbers, money, dates and times as the interface's locale writes them (``QLocale()``, the default
locale the language choice sets), and money typed by a person read back in that locale.

* :func:`number`, :func:`decimal`: ``1.234.567`` (de_LU), ``1,234,567`` (en).
* :func:`money`: ``1.234,50 €`` (fr_LU, de_LU), ``€1,234.50`` (en): the currency where the
  locale puts it, the currency's own decimals (ISO 4217), never through a float.
* :func:`date_time`, :func:`clock`: the locale's short date and time, in the local time zone.
* :func:`parse_money`: ``1.000,50`` in German is one thousand and fifty cents; ``1,000.50`` in
  English; anything else (``1.5`` in German, ``1,5`` in English) is refused with one clear line.

Stored values, the CLI and exports stay locale-independent: inside ``with neutral():`` (the CSV
export formats its rows so) and under the ``C`` locale every helper writes the neutral forms
(``EUR 1,234.56``, ``2026-03-29 03:00``), the same as the CLI.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from core.errors import InvalidInput
from modules.payments.money import exponent, format_amount, parse_amount, to_decimal_string

# The signs people know; other currencies show their ISO code.
SYMBOLS = {"EUR": "\u20ac", "USD": "$", "GBP": "\u00a3", "JPY": "\u00a5"}
_PROBE = "\u00a4"  # the generic currency sign, replaced by the currency's
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_state = threading.local()


@contextmanager
def neutral() -> Iterator[None]:
    """Within it (in this thread), every helper writes the locale-independent forms."""
    before = getattr(_state, "neutral", False)
    _state.neutral = True
    try:
        yield
    finally:
        _state.neutral = before


def locale() -> QLocale | None:
    """The interface's locale, or None for the neutral forms (inside :func:`neutral`, or ``C``)."""
    if getattr(_state, "neutral", False):
        return None
    current = QLocale()
    return None if current.language() == QLocale.Language.C else current


def _tr(text: str) -> str:
    return QCoreApplication.translate("LocaleText", text)


# -- numbers ------------------------------------------------------------------------------------
def number(value: int) -> str:
    """``1.234.567`` (de_LU), ``1,234,567`` (en and neutral)."""
    loc = locale()
    return f"{int(value):,}" if loc is None else loc.toString(int(value))


def decimal(value: float, decimals: int) -> str:
    """``12,5`` (fr, de) / ``12.5`` (en) with ``decimals`` digits after the point."""
    loc = locale()
    return f"{value:,.{decimals}f}" if loc is None else loc.toString(float(value), "f", decimals)


def digits(text: str) -> str:
    """A figure Python or pyqtgraph wrote (``-0.25``, ``1.5e+06``) with the locale's decimal sign."""
    loc = locale()
    return text if loc is None else text.replace(".", loc.decimalPoint()).replace("-", loc.negativeSign())


# -- counted things -----------------------------------------------------------------------------
_ALTERNATIVES = re.compile(r"\((\w*)\|(\w*)\)")


def counted(text: str, n: int) -> str:
    """English singular or plural of a ``%n`` sentence no catalogue translated: ``(s)``, ``(es)``
    and ``(y|ies)`` marks resolved by ``n`` ("1 platform", "2 platforms"). Use on the result of
    ``tr("%Ln platform(s)", "", n)``: a translation (French, German, the English catalogue) has
    no such marks and passes unchanged."""
    if "(" not in text:
        return text
    text = text.replace("(s)", "" if n == 1 else "s").replace("(es)", "" if n == 1 else "es")
    return _ALTERNATIVES.sub(lambda m: m.group(1) if n == 1 else m.group(2), text)


# -- money --------------------------------------------------------------------------------------
_patterns: dict[str, tuple[str, str]] = {}


def _pattern(loc: QLocale) -> tuple[str, str]:
    """What the locale writes before and after the figure of an amount (``("", "\\xa0¤")``)."""
    found = _patterns.get(loc.name())
    if found is None:
        probe, one = loc.toCurrencyString(1, _PROBE), loc.toString(1)
        at = probe.find(one)
        found = (probe[:at], probe[at + len(one) :]) if at >= 0 else (_PROBE, "")
        _patterns[loc.name()] = found
    return found


def figure(amount_minor: int, currency: str, loc: QLocale | None = None) -> str:
    """The amount without its currency, as the locale writes it (``1.234,50``): also the text an
    amount field starts with, which :func:`parse_money` reads back."""
    if loc is None:
        loc = locale()
    if loc is None:
        return to_decimal_string(amount_minor, currency)
    whole, _, frac = to_decimal_string(abs(int(amount_minor)), currency).partition(".")
    return loc.toString(int(whole)) + (loc.decimalPoint() + frac if frac else "")


def money(amount_minor: int, currency: str) -> str:
    """``1.234,50 €`` (fr_LU, de_LU), ``€1,234.50`` (en); neutral ``EUR 1,234.50``. An unknown
    currency shows its raw figure rather than nothing."""
    loc = locale()
    try:
        if loc is None:
            return format_amount(amount_minor, currency)
        text = figure(amount_minor, currency, loc)
    except InvalidInput:
        return f"{currency} {amount_minor}"
    code = currency.strip().upper()
    symbol = SYMBOLS.get(code, code)
    before, after = _pattern(loc)
    if symbol.isalpha():  # a code beside a figure needs a space: "KWD 1.234", "1.234 KWD"
        before = before.replace(_PROBE, symbol + "\u00a0") if before.endswith(_PROBE) else before
        after = after.replace(_PROBE, "\u00a0" + symbol) if after.startswith(_PROBE) else after
    sign = loc.negativeSign() if amount_minor < 0 else ""  # a sign, not accounting's brackets
    return sign + before.replace(_PROBE, symbol) + text + after.replace(_PROBE, symbol)


# -- dates and times ----------------------------------------------------------------------------
_formats: dict[tuple[str, bool], str] = {}


def _with_seconds(fmt: str) -> str:
    """A short time format with seconds after its minutes (``HH:mm`` -> ``HH:mm:ss``)."""
    return re.sub(r"mm(?!:ss)", "mm:ss", fmt, count=1)


def _date_time_format(loc: QLocale, seconds: bool) -> str:
    key = (loc.name(), seconds)
    fmt = _formats.get(key)
    if fmt is None:
        fmt = loc.dateTimeFormat(QLocale.FormatType.ShortFormat)
        fmt = _formats[key] = _with_seconds(fmt) if seconds else fmt
    return fmt


def wall_text(wall: datetime, *, seconds: bool) -> str | None:
    """Local wall-clock fields in the locale's short date and time; None for the neutral forms."""
    loc = locale()
    if loc is None:
        return None
    moment = QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute, wall.second))
    return loc.toString(moment, _date_time_format(loc, seconds))


def date_time(value: datetime | str | None, *, seconds: bool = False) -> str:
    """A stored (UTC) time in the local time zone, as the locale writes it (``29.03.26 03:00``)."""
    from console.models.common import local_time  # the one conversion to local time

    return local_time(value, seconds=seconds)


def local_text(when: datetime, *, date: bool = True, seconds: bool = True) -> str:
    """A local time already in the local zone (``fromtimestamp``, ``astimezone``): the locale's
    short date and time, or the time of day alone when not ``date``."""
    if not date:
        return clock(when, seconds=seconds)
    shown = wall_text(when, seconds=seconds)
    if shown is not None:
        return shown
    return when.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def clock(when: datetime, *, seconds: bool = True) -> str:
    """A local time of day (``14:05:09``; ``2:05:09 PM`` in en_US)."""
    loc = locale()
    if loc is None:
        return when.strftime("%H:%M:%S" if seconds else "%H:%M")
    fmt = loc.timeFormat(QLocale.FormatType.ShortFormat)
    return loc.toString(QTime(when.hour, when.minute, when.second), _with_seconds(fmt) if seconds else fmt)


# -- money typed by a person --------------------------------------------------------------------
def parse_money(text: str, currency: str) -> int:
    """Minor units from an amount typed in the interface's locale: the locale's decimal sign,
    its group separator only between groups of three digits (spaces group too); the currency's
    sign or code may stand before or after. Raises :class:`InvalidInput` with one clear line."""
    loc = locale()
    if loc is None:
        return parse_amount(text, currency)
    code = currency.strip().upper()
    raw = _SPACES.sub(" ", str(text)).strip()
    for mark in (SYMBOLS.get(code, ""), code):
        if mark and (raw.startswith(mark) or raw.endswith(mark)):
            raw = raw.removeprefix(mark).removesuffix(mark).strip()
    sign = ""
    if raw[:1] in ("-", loc.negativeSign()):
        sign, raw = "-", raw[1:].strip()
    point, group = loc.decimalPoint(), loc.groupSeparator()
    whole, has_point, frac = raw.partition(point)
    groups = re.split(r"[ \u00a0\u202f]" + ("|" + re.escape(group) if group.strip() else ""), whole)
    example = figure(123456 * 10 ** exponent(currency) // 100, currency, loc)
    well_formed = (
        all(part.isdigit() and part.isascii() for part in groups)
        and (len(groups) == 1 or (len(groups[0]) <= 3 and all(len(part) == 3 for part in groups[1:])))
        and (not has_point or (frac.isdigit() and frac.isascii()))
    )
    if not well_formed:
        raise InvalidInput(
            "money.bad_amount",
            _tr("“{text}” is not an amount as this language writes it (e.g. {example}).").format(
                text=str(text).strip(), example=example
            ),
            {"amount": str(text)},
        )
    digits = exponent(currency)
    if len(frac.rstrip("0")) > digits:
        raise InvalidInput(
            "money.too_many_decimals",
            QCoreApplication.translate("LocaleText", "{currency} has %n decimal(s).", "", digits).format(
                currency=code
            ),
            {"amount": str(text), "currency": code, "decimals": digits},
        )
    canonical = sign + "".join(groups) + ("." + frac if has_point else "")
    return parse_amount(canonical, currency)
