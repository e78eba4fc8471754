"""Every page of the main window, in navigation order: the one place a page is registered.

The window's navigation, its Ctrl+1…9 shortcuts, the command palette, ``platform-console --page``
and ``--screenshot``, the screenshot script and the tests all read :data:`PAGES`. A page's module is
imported only when the page is first shown (:meth:`PageEntry.load`): the health page alone pulls in
numpy and httpx, so listing the pages costs nothing at start-up. This module imports no Qt and no
page (``platform-console --help`` lists the page ids from here).

A page class declares behaviour only; its id, icon and permission come from its entry here (bound
by :meth:`console.pages.base.Page.__init_subclass__`). To add a page: write the class (a
:class:`~console.pages.base.Page`), add its entry below, and its icon to ``resources/icons``
and to ``ICON_NAMES`` in ``console/widgets/resources.py`` (docs/architecture.md, "Where to add
things").
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from console.pages.base import Page


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate extracts
    """Marks ``text`` for translation in ``context`` without Qt (this module imports none); the
    navigation, the Go menu, the palette and the page translate it where they show it."""
    return text


class _Session(Protocol):
    def can(self, permission: str, platform_id: int | None = ...) -> bool: ...


@dataclass(frozen=True)
class PageCommand:
    """A command a page offers the palette, known before the page is built.

    ``action`` names the page's QAction attribute (one of :meth:`Page.commands`); ``label`` is its
    text (translated in the ``PageCommands`` context); ``permission``, when set, must be writable
    for the command to be offered (the page hides the action otherwise); ``shortcut``, a portable
    key sequence (``"Ctrl+Shift+D"``), is given to the action when the page is built and shown by
    the palette before (a test keeps the shortcuts of the pages shown at once apart); ``live_only``:
    offered by the built page alone (a run's Cancel: nothing runs before the page is built).
    """

    action: str
    label: str
    permission: str | None = None
    shortcut: str = ""
    live_only: bool = False


@dataclass(frozen=True)
class PageEntry:
    """A page of the navigation, known without importing its module.

    ``title`` is the source text (translated in the ``Pages`` context); ``permission`` is what the
    signed-in actor needs to see the page (None: everyone signed in); ``module`` is the code of the
    platform module whose data the page shows (None: the framework's own); ``target`` is the page
    class, ``"module.path:ClassName"``; ``commands`` are what the palette offers while the page is
    not built yet (a test keeps them equal to :meth:`Page.commands`).
    """

    page_id: str
    title: str
    icon_name: str
    permission: str | None
    target: str
    module: str | None = None
    commands: tuple[PageCommand, ...] = ()

    @property
    def class_name(self) -> str:
        return self.target.partition(":")[2]

    def allowed(self, session: _Session) -> bool:
        return self.permission is None or session.can(self.permission)

    def load(self) -> type[Page]:
        """The page class (its module imported on first use)."""
        module, _, name = self.target.partition(":")
        cls: type[Page] = getattr(importlib.import_module(module), name)
        return cls


_C = PageCommand
# Every list's CSV export (console/widgets/table_export.py), and only that, is Ctrl+E.
_EXPORT_CSV = _C("export_action", QT_TRANSLATE_NOOP("PageCommands", "Export CSV…"), shortcut="Ctrl+E")
PAGES: tuple[PageEntry, ...] = (
    PageEntry(
        "modules",
        QT_TRANSLATE_NOOP("Pages", "Modules"),
        "modules",
        "modules.view",
        "console.pages.modules:ModulesPage",
        commands=(
            _C(
                "enable_action",
                QT_TRANSLATE_NOOP("PageCommands", "Enable a module on target…"),
                "modules.toggle",
                "Ctrl+Shift+A",
            ),
            _C(
                "disable_action",
                QT_TRANSLATE_NOOP("PageCommands", "Disable a module on target…"),
                "modules.toggle",
                "Ctrl+Shift+D",
            ),
            _C("refresh_action", QT_TRANSLATE_NOOP("PageCommands", "Refresh")),
        ),
    ),
    PageEntry(
        "graph",
        QT_TRANSLATE_NOOP("Pages", "Dependency graph"),
        "graph",
        "modules.view",
        "console.pages.graph:GraphPage",
        commands=(
            _C("fit_action", QT_TRANSLATE_NOOP("PageCommands", "Fit"), shortcut="Ctrl+0"),
            _C("zoom_in_action", QT_TRANSLATE_NOOP("PageCommands", "Zoom in"), shortcut="Ctrl++"),
            _C("zoom_out_action", QT_TRANSLATE_NOOP("PageCommands", "Zoom out"), shortcut="Ctrl+-"),
            _C("export_action", QT_TRANSLATE_NOOP("PageCommands", "Export PNG…"), shortcut="Ctrl+S"),
        ),
    ),
    PageEntry(
        "rollouts",
        QT_TRANSLATE_NOOP("Pages", "Rollouts"),
        "rollouts",
        "modules.view",
        "console.pages.rollouts:RolloutsPage",
        commands=(
            _C(
                "start_action",
                QT_TRANSLATE_NOOP("PageCommands", "Start the selected rollout…"),
                "modules.rollout",
                "Ctrl+Return",
            ),
            _C(
                "pause_action",
                QT_TRANSLATE_NOOP("PageCommands", "Pause the selected rollout…"),
                "modules.rollout",
                "Ctrl+Shift+P",
            ),
            _C(
                "resume_action",
                QT_TRANSLATE_NOOP("PageCommands", "Resume the selected rollout…"),
                "modules.rollout",
                "Ctrl+Shift+R",
            ),
            _C(
                "approve_action",
                QT_TRANSLATE_NOOP("PageCommands", "Approve the next wave…"),
                "modules.rollout",
                "Ctrl+Shift+A",
            ),
            _C(
                "abort_action",
                QT_TRANSLATE_NOOP("PageCommands", "Abort the selected rollout…"),
                "modules.rollout",
                "Ctrl+Shift+X",
            ),
            _C(
                "rollback_action",
                QT_TRANSLATE_NOOP("PageCommands", "Roll back the selected rollout…"),
                "modules.rollout",
                "Ctrl+Shift+B",
            ),
            _C("refresh_action", QT_TRANSLATE_NOOP("PageCommands", "Refresh")),
        ),
    ),
    PageEntry(
        "migrations",
        QT_TRANSLATE_NOOP("Pages", "Migrations"),
        "migrations",
        "migrations.view",
        "console.pages.migrations:MigrationsPage",
        commands=(
            _C("plan_action", QT_TRANSLATE_NOOP("PageCommands", "Plan"), shortcut="Ctrl+P"),
            _C("run_action", QT_TRANSLATE_NOOP("PageCommands", "Run…"), "migrations.run", "Ctrl+Return"),
            _C(
                "cancel_action",
                QT_TRANSLATE_NOOP("PageCommands", "Cancel the run"),
                "migrations.run",
                "Esc",
                live_only=True,
            ),
            _C("refresh_action", QT_TRANSLATE_NOOP("PageCommands", "Refresh")),
            _C("preview_repair_action", QT_TRANSLATE_NOOP("PageCommands", "Preview repair")),
            _C("repair_action", QT_TRANSLATE_NOOP("PageCommands", "Repair…"), "migrations.run"),
            _EXPORT_CSV,
        ),
    ),
    PageEntry(
        "health",
        QT_TRANSLATE_NOOP("Pages", "Health"),
        "health",
        "health.view",
        "console.pages.health:HealthPage",
        commands=(
            _C(
                "export_report_action",
                QT_TRANSLATE_NOOP("PageCommands", "Export a health report…"),
                shortcut="Ctrl+S",
            ),
            _C(
                "check_now_action",
                QT_TRANSLATE_NOOP("PageCommands", "Run the health checks now"),
                shortcut="Ctrl+Return",
            ),
        ),
    ),
    PageEntry(
        "merchants",
        QT_TRANSLATE_NOOP("Pages", "Merchants"),
        "merchants",
        "merchants.view",
        "console.pages.merchants:MerchantsPage",
        module="tenancy",
        commands=(
            _C(
                "suspend_action",
                QT_TRANSLATE_NOOP("PageCommands", "Suspend the selected merchant…"),
                "merchants.suspend",
                "Ctrl+Shift+D",
            ),
            _C("count_action", QT_TRANSLATE_NOOP("PageCommands", "Count exactly")),
            _EXPORT_CSV,
        ),
    ),
    PageEntry(
        "stores",
        QT_TRANSLATE_NOOP("Pages", "Stores"),
        "stores",
        "merchants.view",
        "console.pages.stores:StoresPage",
        module="tenancy",
        commands=(
            _C(
                "suspend_action",
                QT_TRANSLATE_NOOP("PageCommands", "Suspend the selected store…"),
                "merchants.suspend",
                "Ctrl+Shift+D",
            ),
            _C("count_action", QT_TRANSLATE_NOOP("PageCommands", "Count exactly")),
            _EXPORT_CSV,
        ),
    ),
    PageEntry(
        "payments",
        QT_TRANSLATE_NOOP("Pages", "Payments"),
        "payments",
        "payments.view",
        "console.pages.payments:PaymentsPage",
        module="payments",
        commands=(
            _C(
                "refund_action",
                QT_TRANSLATE_NOOP("PageCommands", "Refund…"),
                "payments.refund",
                "Ctrl+Shift+R",
            ),
            _C(
                "approve_action",
                QT_TRANSLATE_NOOP("PageCommands", "Approve the selected refund…"),
                "payments.refund.approve",
                "Ctrl+Shift+A",
            ),
            _C(
                "reject_action",
                QT_TRANSLATE_NOOP("PageCommands", "Reject the selected refund…"),
                "payments.refund.approve",
                "Ctrl+Shift+D",
            ),
            _C(
                "resolve_action",
                QT_TRANSLATE_NOOP("PageCommands", "Resolve pending refunds"),
                "payments.refund",
            ),
            _EXPORT_CSV,
        ),
    ),
    PageEntry(
        "orders",
        QT_TRANSLATE_NOOP("Pages", "Orders"),
        "orders",
        "payments.view",
        "console.pages.orders:OrdersPage",
        module="orders",
        commands=(_EXPORT_CSV,),
    ),
    PageEntry(
        "audit",
        QT_TRANSLATE_NOOP("Pages", "Audit"),
        "audit",
        "audit.view",
        "console.pages.audit:AuditPage",
        commands=(_EXPORT_CSV,),
    ),
    PageEntry(
        "users",
        QT_TRANSLATE_NOOP("Pages", "Users"),
        "users",
        "admin.users.manage",
        "console.pages.users:UsersPage",
        commands=(
            _C("create_action", QT_TRANSLATE_NOOP("PageCommands", "New user…"), shortcut="Ctrl+N"),
            _C(
                "toggle_action",
                QT_TRANSLATE_NOOP("PageCommands", "Disable or enable the user"),
                shortcut="Ctrl+Shift+D",
            ),
            _C("unlock_action", QT_TRANSLATE_NOOP("PageCommands", "Unlock"), shortcut="Ctrl+Shift+U"),
            _C("role_action", QT_TRANSLATE_NOOP("PageCommands", "Change role…"), shortcut="F2"),
            _C("assign_action", QT_TRANSLATE_NOOP("PageCommands", "Assign platforms…")),
            _C("reset_action", QT_TRANSLATE_NOOP("PageCommands", "Reset password…")),
            _EXPORT_CSV,
        ),
    ),
)
del _C

PAGE_IDS: tuple[str, ...] = tuple(entry.page_id for entry in PAGES)


def entry(page_id: str) -> PageEntry:
    """The registered page ``page_id`` (KeyError when there is none)."""
    for candidate in PAGES:
        if candidate.page_id == page_id:
            return candidate
    raise KeyError(page_id)


def entry_of_class(name: str) -> PageEntry | None:
    """The entry whose page class is named ``name`` (class names are unique among the pages)."""
    return next((candidate for candidate in PAGES if candidate.class_name == name), None)
