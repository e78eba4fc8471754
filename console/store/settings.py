"""Window geometry and layout, the last page, the last profile, the theme and the language, in QSettings."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QSettings

from console.i18n.codes import LANGUAGES

THEMES = ("system", "light", "dark")
ORGANIZATION = APPLICATION = "platform-console"  # what console.app sets on the QApplication
LAYOUT = "layout/v1"  # a new version when what is saved changes meaning: the old one is ignored
MAX_STATE_BYTES = 64 * 1024  # far above any real header or splitter state


def digest(state: QByteArray, count: int) -> str:
    """What a saved state is checked against before Qt reads it: Qt trusts the sizes written in
    a state's bytes, and a damaged one can make it allocate gigabytes."""
    return hashlib.sha256(bytes(state.data()) + count.to_bytes(4, "big")).hexdigest()


def qsettings() -> QSettings:
    """The application's settings (organization and application names are set in ``console.app``)."""
    return QSettings()


def named_qsettings() -> QSettings:
    """The same settings file without a QApplication (platformctl): QSettings writes it through a
    temporary file renamed over it, under a lock file, merging what another process changed."""
    return QSettings(ORGANIZATION, APPLICATION)


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.qs = settings if settings is not None else qsettings()

    def _str(self, key: str, default: str = "") -> str:
        value = self.qs.value(key, default)
        return str(value) if value is not None else default

    # -- window ---------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        value = self.qs.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """The main window's dock and tool bar state (``QMainWindow.saveState``), if intact."""
        value = self.qs.value("window/state")
        if not isinstance(value, QByteArray) or value.isEmpty() or value.size() > MAX_STATE_BYTES:
            return None
        return value if self._str("window/state_digest") == digest(value, 0) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.qs.setValue("window/state", value)
        self.qs.setValue("window/state_digest", digest(value, 0))

    # -- layout: header and splitter states of the pages, by key ("merchants/table/merchantsTable")
    def layout_state(self, key: str) -> tuple[QByteArray, int] | None:
        """A saved state and the number of sections (columns, panes) it was saved with."""
        value = self.qs.value(f"{LAYOUT}/{key}/state")
        try:
            sections = int(self.qs.value(f"{LAYOUT}/{key}/count"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None
        if not isinstance(value, QByteArray) or value.isEmpty() or value.size() > MAX_STATE_BYTES:
            return None
        if not 0 < sections < 10_000 or self._str(f"{LAYOUT}/{key}/digest") != digest(value, sections):
            return None
        return value, sections

    def set_layout_state(self, key: str, state: QByteArray, count: int) -> None:
        self.qs.setValue(f"{LAYOUT}/{key}/state", state)
        self.qs.setValue(f"{LAYOUT}/{key}/count", count)
        self.qs.setValue(f"{LAYOUT}/{key}/digest", digest(state, count))

    def forget_layout(self) -> None:
        """Every page's saved layout and the window's dock and tool bar state go."""
        self.qs.remove(LAYOUT)
        self.qs.remove("window/state")
        self.qs.remove("window/state_digest")

    def page_choice(self, key: str) -> str:
        """A choice a page remembers between runs, by key (``rollouts/state``: its list's filter)."""
        return self._str(f"pages/{key}")

    def set_page_choice(self, key: str, value: str) -> None:
        self.qs.setValue(f"pages/{key}", value)

    @property
    def last_page(self) -> str:
        return self._str("window/last_page", "modules")

    @last_page.setter
    def last_page(self, value: str) -> None:
        self.qs.setValue("window/last_page", value)

    # -- connection -------------------------------------------------------------------
    @property
    def last_profile(self) -> str:
        return self._str("connection/last_profile")

    @last_profile.setter
    def last_profile(self, value: str) -> None:
        self.qs.setValue("connection/last_profile", value)

    @property
    def last_username(self) -> str:
        return self._str("connection/last_username")

    @last_username.setter
    def last_username(self, value: str) -> None:
        self.qs.setValue("connection/last_username", value)

    # -- appearance ---------------------------------------------------------------------
    @property
    def theme(self) -> str:
        value = self._str("appearance/theme", "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.qs.setValue("appearance/theme", value if value in THEMES else "system")

    # -- language (console/i18n): "" follows the system; else en, fr or de -------------------
    @property
    def language(self) -> str:
        value = self._str("appearance/language", "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self.qs.setValue("appearance/language", value if value in LANGUAGES else "")

    def sync(self) -> None:
        self.qs.sync()
