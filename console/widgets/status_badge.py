"""A small coloured pill showing a state: healthy, degraded, unhealthy, enabled, ..."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# Texts are marked for lupdate here and translated when shown (context "StatusBadge").
_CONTEXT = "StatusBadge"


@dataclass(frozen=True)
class BadgeStyle:
    label: str
    tooltip: str
    background: str
    foreground: str
    border: str


# Colours: a tinted background with dark text reads on light and dark windows alike.
STATES: dict[str, BadgeStyle] = {
    "healthy": BadgeStyle(
        QT_TRANSLATE_NOOP("StatusBadge", "healthy"),
        QT_TRANSLATE_NOOP("StatusBadge", "All checks pass."),
        "#d7f2e0",
        "#14532d",
        "#7fcf9b",
    ),
    "degraded": BadgeStyle(
        QT_TRANSLATE_NOOP("StatusBadge", "degraded"),
        QT_TRANSLATE_NOOP("StatusBadge", "Working, with at least one check reporting a problem."),
        "#fff0c7",
        "#5c4300",
        "#e8c35a",
    ),
    "unhealthy": BadgeStyle(
        QT_TRANSLATE_NOOP("StatusBadge", "unhealthy"),
        QT_TRANSLATE_NOOP("StatusBadge", "At least one check fails."),
        "#fbd9d9",
        "#7a1212",
        "#e88b8b",
    ),
    "unknown": BadgeStyle(
        QT_TRANSLATE_NOOP("StatusBadge", "unknown"),
        QT_TRANSLATE_NOOP("StatusBadge", "The check could not run."),
        "#e4e7eb",
        "#37404a",
        "#b3bac3",
    ),
    "enabled": BadgeStyle(
        QT_TRANSLATE_NOOP("StatusBadge", "enabled"),
        QT_TRANSLATE_NOOP("StatusBadge", "The module is enabled on this platform."),
        "#d7f2e0",
        "#14532d",
        "#7fcf9b",
    ),
    "disabled": BadgeStyle(
        QT_TRANSLATE_NOOP("StatusBadge", "disabled"),
        QT_TRANSLATE_NOOP("StatusBadge", "The module is disabled on this platform."),
        "#e4e7eb",
        "#37404a",
        "#b3bac3",
    ),
    "refused": BadgeStyle(
        QT_TRANSLATE_NOOP("StatusBadge", "refused"),
        QT_TRANSLATE_NOOP("StatusBadge", "The change was refused; nothing was written."),
        "#fbd9d9",
        "#7a1212",
        "#e88b8b",
    ),
    "locked": BadgeStyle(
        QT_TRANSLATE_NOOP("StatusBadge", "locked"),
        QT_TRANSLATE_NOOP("StatusBadge", "Locked after too many failed sign-ins, or by an administrator."),
        "#e9e0f7",
        "#3f1f6e",
        "#b69ae0",
    ),
}


def translate(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class StatusBadge(QLabel):
    """A pill label for one of :data:`STATES` (any other state shows in neutral grey)."""

    def __init__(
        self, state: str = "unknown", parent: QWidget | None = None, *, text: str | None = None
    ) -> None:
        super().__init__(parent)
        self._state = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_state(state, text=text)

    def state(self) -> str:
        return self._state

    def set_state(self, state: str, *, text: str | None = None, tooltip: str | None = None) -> None:
        """Show ``state``; ``text`` and ``tooltip`` replace the defaults (already translated)."""
        key = (state or "unknown").lower()
        style = STATES.get(key)
        self._state = key
        if style is None:
            style = BadgeStyle(key, "", "#e4e7eb", "#37404a", "#b3bac3")
            label = text if text is not None else key
            tip = tooltip or ""
        else:
            label = text if text is not None else translate(style.label)
            tip = tooltip if tooltip is not None else translate(style.tooltip)
        self.setText(label)
        self.setToolTip(tip)
        self.setAccessibleName(label)
        self.setProperty("state", key)
        self.setStyleSheet(
            "QLabel {"
            f" background: {style.background}; color: {style.foreground};"
            f" border: 1px solid {style.border}; border-radius: 9px;"
            " padding: 1px 8px; font-weight: 600; }"
        )
        self.adjustSize()
