"""Numbers, money, dates and times as the interface's locale writes them (``QLocale()``, the default
locale the language choice sets), and money typed by a person read back in that locale.

* :func:`number`, :func:`decimal`: ``1.234.567`` (de_LU), ``1,234,567`` (en).
* :func:`money`: ``1.234,50 €`` (fr_LU, de_LU), ``€1,234.50`` (en): the currency where the
  locale puts it, the currency's own decimals (ISO 4217), never through a float.
* :func:`wall_text` (behind ``console.models.common.local_time``), :func:`local_text`,
  :func:`clock`: the locale's short date and time, in the local time zone.
* :func:`counted`: English plurals of a ``%n`` sentence no catalogue translated.
* :func:`parse_money`: ``1.000,50`` in German is one thousand and fifty cents; ``1,000.50`` in
  English; anything else (``1.5`` in German, ``1,5`` in English) is refused with one clear line.

Stored values, the CLI and exports stay locale-independent: inside ``with neutral():`` (the CSV
export formats its rows so) and under the ``C`` locale every helper writes the neutral forms
(``EUR 1,234.56``, ``2026-03-29 03:00``), the same as the CLI.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime

from core.errors import InvalidInput
from modules.payments.money import MINOR_UNITS, exponent, format_amount, parse_amount, to_decimal_string


# The signs people know; other currencies show their ISO code.
class LocaleText(QObject):
    """Names the translation context of this module's sentences."""


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


@dataclass(frozen=True)
class Style:
    """What a locale's texts need, read once per locale (a QLocale call costs microseconds)."""

    locale: QLocale
    point: str
    group: str
    minus: str
    python_groups: bool  # groups of three: Python's ``{:,}`` with the locale's separator is exact
    figures: dict[int, str]  # the locale's digits, for str.translate (empty: 0-9 as they are)
    money_before: str  # around the figure of an amount, the generic sign standing for the currency
    money_after: str
    date_time: tuple[Callable[[datetime], str], Callable[[datetime], str]]  # without, with seconds
    time: tuple[Callable[[datetime], str], Callable[[datetime], str]]


_styles: dict[str, Style | None] = {}


def style() -> Style | None:
    """The interface's locale's style, or None for the neutral forms (inside :func:`neutral`, or
    under the ``C`` locale)."""
    if getattr(_state, "neutral", False):
        return None
    current = QLocale()
    name = current.name()
    try:
        return _styles[name]
    except KeyError:
        found = _styles[name] = None if name == "C" else _read_style(current)
        return found


def locale() -> QLocale | None:
    """The interface's locale, or None for the neutral forms."""
    found = style()
    return None if found is None else found.locale


def _read_style(loc: QLocale) -> Style:
    group = loc.groupSeparator()
    probe, one = loc.toCurrencyString(1, _PROBE), loc.toString(1)
    at = probe.find(one)
    before, after = (probe[:at], probe[at + len(one) :]) if at >= 0 else (_PROBE, "")
    short = QLocale.FormatType.ShortFormat
    date_time, time_ = loc.dateTimeFormat(short), loc.timeFormat(short)
    return Style(
        locale=QLocale(loc),
        point=loc.decimalPoint(),
        group=group,
        minus=loc.negativeSign(),
        python_groups=loc.toString(1234567890) == f"{1234567890:,}".replace(",", group),
        figures={}
        if loc.zeroDigit() == "0"
        else str.maketrans("0123456789", "".join(map(loc.toString, range(10)))),
        money_before=before,
        money_after=after,
        date_time=(_compile(loc, date_time), _compile(loc, _with_seconds(date_time))),
        time=(_compile(loc, time_), _compile(loc, _with_seconds(time_))),
    )


# -- numbers ------------------------------------------------------------------------------------
def number(value: int) -> str:
    """``1.234.567`` (de_LU), ``1,234,567`` (en and neutral)."""
    st = style()
    if st is None:
        return f"{int(value):,}"
    if st.python_groups:
        return f"{int(value):,}".replace(",", st.group).replace("-", st.minus)
    return st.locale.toString(int(value))


def decimal(value: float, decimals: int) -> str:
    """``12,5`` (fr, de) / ``12.5`` (en) with ``decimals`` digits after the point."""
    loc = locale()
    return f"{value:.{decimals}f}" if loc is None else loc.toString(float(value), "f", decimals)


def digits(text: str) -> str:
    """A figure Python or pyqtgraph wrote (``-0.25``, ``1.5e+06``) with the locale's decimal sign."""
    st = style()
    return text if st is None else text.replace(".", st.point).replace("-", st.minus)


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
def figure(amount_minor: int, currency: str, st: Style | None = None) -> str:
    """The amount without its currency, as the locale writes it (``1.234,50``): also the text an
    amount field starts with, which :func:`parse_money` reads back."""
    if st is None:
        st = style()
    if st is None:
        return to_decimal_string(amount_minor, currency)
    places = MINOR_UNITS.get(currency) if currency.isupper() else None
    if places is None:
        places = exponent(currency)  # normalises, or refuses an unknown currency
    whole, frac = divmod(abs(int(amount_minor)), 10**places)
    return number(whole) + (f"{st.point}{frac:0{places}d}".translate(st.figures) if places else "")


def money(amount_minor: int, currency: str) -> str:
    """``1.234,50 €`` (fr_LU, de_LU), ``€1,234.50`` (en); neutral ``EUR 1,234.50``. An unknown
    currency shows its raw figure rather than nothing."""
    st = style()
    try:
        if st is None:
            return format_amount(amount_minor, currency)
        text = figure(amount_minor, currency, st)
    except InvalidInput:
        return f"{currency} {amount_minor}"
    code = currency.strip().upper()
    symbol = SYMBOLS.get(code, code)
    before, after = st.money_before, st.money_after
    if symbol.isalpha():  # a code beside a figure needs a space: "KWD 1.234", "1.234 KWD"
        before = before.replace(_PROBE, symbol + "\u00a0") if before.endswith(_PROBE) else before
        after = after.replace(_PROBE, "\u00a0" + symbol) if after.startswith(_PROBE) else after
    sign = st.minus if amount_minor < 0 else ""  # a sign, not accounting's brackets
    return sign + before.replace(_PROBE, symbol) + text + after.replace(_PROBE, symbol)


# -- dates and times ----------------------------------------------------------------------------
def _with_seconds(fmt: str) -> str:
    """A short time format with seconds after its minutes (``HH:mm`` -> ``HH:mm:ss``)."""
    return re.sub(r"mm(?!:ss)", "mm:ss", fmt, count=1)


# Qt's date and time format letters that are plain figures: written here, without a QDateTime
# (building one costs over 100 µs: it looks up the local time zone).
_FIELDS: dict[str, Callable[[datetime], str]] = {
    "yyyy": lambda w: f"{w.year:04d}",
    "yy": lambda w: f"{w.year % 100:02d}",
    "MM": lambda w: f"{w.month:02d}",
    "M": lambda w: str(w.month),
    "dd": lambda w: f"{w.day:02d}",
    "d": lambda w: str(w.day),
    "HH": lambda w: f"{w.hour:02d}",
    "H": lambda w: str(w.hour),
    "hh": lambda w: f"{(w.hour % 12) or 12:02d}",
    "h": lambda w: str((w.hour % 12) or 12),
    "mm": lambda w: f"{w.minute:02d}",
    "m": lambda w: str(w.minute),
    "ss": lambda w: f"{w.second:02d}",
    "s": lambda w: str(w.second),
}
_TOKEN = re.compile(r"'[^']*'|[Aa][Pp]|([a-zA-Z])\1*|[^a-zA-Z']+")


def _compile(loc: QLocale, fmt: str) -> Callable[[datetime], str]:
    """``fmt`` (Qt's letters) as a function of a wall-clock datetime; Qt itself for what it has
    other than figures (month and day names, time zones)."""
    parts: list[Callable[[datetime], str]] = []
    native = loc.zeroDigit() != "0"  # the locale's own digits: Qt writes them
    for match in _TOKEN.finditer(fmt):
        token = match.group(0)
        if token in _FIELDS:
            parts.append(_FIELDS[token])
        elif token.lower() in ("ap", "a"):
            am, pm = loc.amText(), loc.pmText()
            if token in ("AP", "A"):
                am, pm = am.upper(), pm.upper()
            elif token in ("ap", "a"):
                am, pm = am.lower(), pm.lower()
            parts.append(lambda w, am=am, pm=pm: am if w.hour < 12 else pm)
        elif token[0] == "'":
            parts.append(lambda w, t=token[1:-1] or "'": t)
        elif token[0].isalpha() or native:
            copy = QLocale(loc)
            return lambda w: copy.toString(
                QDateTime(QDate(w.year, w.month, w.day), QTime(w.hour, w.minute, w.second)), fmt
            )
        else:
            parts.append(lambda w, t=token: t)
    return lambda w: "".join(part(w) for part in parts)


def edit_format() -> str:
    """A date-time edit's display format: the locale's short one with the year whole (a two-digit
    year typed would be ambiguous), ``yyyy-MM-dd HH:mm`` when neutral."""
    st = style()
    if st is None:
        return "yyyy-MM-dd HH:mm"
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", st.locale.dateTimeFormat(QLocale.FormatType.ShortFormat))


def wall_text(wall: datetime, *, seconds: bool) -> str | None:
    """Local wall-clock fields in the locale's short date and time; None for the neutral forms."""
    st = style()
    return None if st is None else st.date_time[seconds](wall)


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
    st = style()
    if st is None:
        return when.strftime("%H:%M:%S" if seconds else "%H:%M")
    return st.time[seconds](when)


# -- money typed by a person --------------------------------------------------------------------
def parse_money(text: str, currency: str) -> int:
    """Minor units from an amount typed in the interface's locale: the locale's decimal sign,
    its group separator only between groups of three digits (spaces group too); the currency's
    sign or code may stand before or after. Raises :class:`InvalidInput` with one clear line."""
    st = style()
    if st is None:
        return parse_amount(text, currency)
    loc = st.locale
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
    example = figure(123456 * 10 ** exponent(currency) // 100, currency, st)
    well_formed = (
        all(part.isdigit() and part.isascii() for part in groups)
        and (len(groups) == 1 or (len(groups[0]) <= 3 and all(len(part) == 3 for part in groups[1:])))
        and (not has_point or (frac.isdigit() and frac.isascii()))
    )
    if not well_formed:
        raise InvalidInput(
            "money.bad_amount",
            LocaleText.tr("“{text}” is not an amount as this language writes it (e.g. {example}).").format(
                text=str(text).strip(), example=example
            ),
            {"amount": str(text), "example": example},
        )
    places = exponent(currency)
    if len(frac.rstrip("0")) > places:
        said = LocaleText.tr("{currency} has %n decimal(s).", "", places)
        raise InvalidInput(
            "money.too_many_decimals",
            counted(said, places).format(currency=code),
            {"amount": str(text), "currency": code, "decimals": places},
        )
    canonical = sign + "".join(groups) + ("." + frac if has_point else "")
    return parse_amount(canonical, currency)
