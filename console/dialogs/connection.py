"""Connection profiles, "cannot reach" with its choices, and the migration progress dialog."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.dialogs.error_text import error_message
from console.dialogs.files import file_dialog
from console.store.profiles import SSL_MODES, ConnectionProfile, ProfileStore
from console.widgets._text import chars
from console.widgets.theme import text_style
from core.errors import PlatformError


class UnreachableDialog(QDialog):
    """The reason in words (unreachable, missing, damaged...), then: retry, edit the profile,
    offline mode, or quit."""

    RETRY, EDIT, OFFLINE, QUIT = 10, 11, 12, 0

    def __init__(self, profile: ConnectionProfile, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unreachableDialog")
        self.setWindowTitle(self.tr("Cannot open the database"))
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("<b>Cannot open {profile}</b>").format(profile=escape(profile.describe())))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.reason = QLabel(reason)
        self.reason.setObjectName("reason")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reason)
        hint = QLabel(
            self.tr(
                "Offline mode works without the database: the health history kept on this "
                "computer and the local checks, read-only."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        row = QHBoxLayout()
        for text, code, name in (
            (self.tr("Retry"), self.RETRY, "retry"),
            (self.tr("Edit profile…"), self.EDIT, "edit"),
            (self.tr("Offline mode"), self.OFFLINE, "offline"),
            (self.tr("Quit"), self.QUIT, "quit"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, c=code: self.done(c))
            row.addWidget(button)
        layout.addLayout(row)
        self.resize(520, self.sizeHint().height())


class ProfileDialog(QDialog):
    """Pick a profile, or add and edit PostgreSQL profiles (passwords go to the keyring)."""

    def __init__(self, store: ProfileStore, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.chosen: ConnectionProfile | None = None
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Connection profiles"))
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("profiles")
        self.list.setAccessibleName(self.tr("Connection profiles"))
        self.list.currentItemChanged.connect(self._show)
        left.addWidget(self.list)
        add = QPushButton(self.tr("New PostgreSQL profile"))
        add.clicked.connect(self._new)
        left.addWidget(add)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self._delete)
        left.addWidget(self.delete_button)
        outer.addLayout(left, 1)

        right = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Embedded SQLite"), "sqlite")
        self.kind.addItem(self.tr("PostgreSQL"), "postgresql")
        self.kind.addItem(self.tr("Configured URL"), "url")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        right.addLayout(form)
        self.fields = QStackedWidget()
        sqlite_box = QWidget()
        sqlite_form = QFormLayout(sqlite_box)
        self.path = QLineEdit()
        sqlite_form.addRow(self.tr("File"), self.path)
        pg_box = QWidget()
        pg_form = QFormLayout(pg_box)
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setObjectName("database")
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("profilePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the keyring; empty: unchanged"))
        self.sslmode = QComboBox()
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        ca_row = QHBoxLayout()
        self.ca_file = QLineEdit()
        self.ca_file.setAccessibleName(self.tr("CA file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_ca)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        pg_form.addRow(self.tr("Host"), self.host)
        pg_form.addRow(self.tr("Port"), self.port)
        pg_form.addRow(self.tr("Database"), self.database)
        pg_form.addRow(self.tr("User"), self.user)
        pg_form.addRow(self.tr("Password"), self.password)
        pg_form.addRow(self.tr("TLS mode"), self.sslmode)
        pg_form.addRow(self.tr("CA file"), ca_row)
        url_box = QWidget()
        url_form = QFormLayout(url_box)
        self.url_label = QLabel()
        self.url_label.setWordWrap(True)
        url_form.addRow(self.tr("URL"), self.url_label)
        self.fields.addWidget(sqlite_box)
        self.fields.addWidget(pg_box)
        self.fields.addWidget(url_box)
        right.addWidget(self.fields)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(text_style("error"))
        self.error.setWordWrap(True)
        self.error.hide()
        right.addWidget(self.error)
        right.addStretch(1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.clicked.connect(self._save)
        connect = buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        connect.setObjectName("connect")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._connect)
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)
        outer.addLayout(right, 2)
        self._editing: str | None = None
        self._reload(current)
        self.resize(720, 420)

    # -- list ---------------------------------------------------------------------------
    def _reload(self, select: str = "") -> None:
        self.list.clear()
        for profile in self.store.list():
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile)
            item.setToolTip(profile.describe())
            self.list.addItem(item)
            if profile.name == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        profile: ConnectionProfile = item.data(Qt.ItemDataRole.UserRole)
        self._editing = profile.name
        self.name.setText(profile.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(profile.kind)))
        self.path.setText(profile.path)
        self.host.setText(profile.host)
        self.port.setValue(profile.port)
        self.database.setText(profile.database)
        self.user.setText(profile.user)
        self.password.clear()
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(profile.sslmode)))
        self.ca_file.setText(profile.ca_file)
        self.url_label.setText(profile.describe())
        for widget in (
            self.name,
            self.kind,
            self.path,
            self.host,
            self.port,
            self.database,
            self.user,
            self.password,
            self.sslmode,
            self.ca_file,
        ):
            widget.setEnabled(not profile.builtin)
        self.delete_button.setEnabled(not profile.builtin)
        self.save_button.setEnabled(not profile.builtin)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.fields.setCurrentIndex({"sqlite": 0, "postgresql": 1, "url": 2}.get(self.kind.currentData(), 0))

    def _new(self) -> None:
        self._editing = None
        self.list.clearSelection()
        profile = ConnectionProfile(self.tr("new profile"), "postgresql", database="platform")
        item = QListWidgetItem(profile.name)
        item.setData(Qt.ItemDataRole.UserRole, profile)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self._editing = None
        self.name.selectAll()
        self.name.setFocus()

    def _browse_ca(self) -> None:
        dialog = file_dialog(self, self.tr("CA certificate"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.ca_file.setText)
        dialog.open()

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        profile: ConnectionProfile = item.data(Qt.ItemDataRole.UserRole)
        if not profile.builtin:
            self.store.delete(profile.name)
            self._reload()

    # -- form ------------------------------------------------------------------------------
    def current_profile(self) -> ConnectionProfile | None:
        item = self.list.currentItem()
        if item is None:
            return None
        base: ConnectionProfile = item.data(Qt.ItemDataRole.UserRole)
        if base.builtin:
            return base
        return replace(
            base,
            name=self.name.text().strip(),
            kind=str(self.kind.currentData()),
            path=self.path.text().strip(),
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=str(self.sslmode.currentData()),
            ca_file=self.ca_file.text().strip(),
        )

    def _save(self) -> bool:
        profile = self.current_profile()
        if profile is None or profile.builtin:
            return True
        try:
            self.store.save(profile, self.password.text() or None, old_name=self._editing)
        except PlatformError as exc:
            self.error.setText(error_message(exc))
            self.error.show()
            return False
        self.error.hide()
        self._reload(profile.name)
        return True

    def _connect(self) -> None:
        profile = self.current_profile()
        if profile is None:
            return
        if not profile.builtin and not self._save():
            return
        self.chosen = self.store.get(profile.name) or profile
        self.accept()


class MigrationProgressDialog(QDialog):
    """Progress of a migration run (or of the demo seed): a label and a bar; no cancel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("migrationProgress")
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Preparing…"))
        self.label.setMinimumWidth(chars(self.label, 52))
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)

    def step(self, text: str, index: int, total: int) -> None:
        self.label.setText(text)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(index)
        else:
            self.bar.setRange(0, 0)
