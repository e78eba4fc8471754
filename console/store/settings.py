"""Window geometry, the last page, the last profile and the theme, in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

THEMES = ("system", "light", "dark")
ORGANIZATION = APPLICATION = "platform-console"  # what console.app sets on the QApplication


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
        value = self.qs.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.qs.setValue("window/state", value)

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

    def sync(self) -> None:
        self.qs.sync()
