"""Render every page of the console, for each demo role, to PNG files a person looks at.

``python -m tests.screens OUT`` creates a demo database in a temporary folder (SQLite, migrated
and seeded, with a few rows of realistic long data: a EUR 1,234,567.89 payment, a long store
name), signs in as each demo account and saves, at 1280x800, for the light and the dark theme
and at 100 % and 150 % font scale::

    OUT/<role>-<page>-<theme>-<scale>.png            every page the role may see
    OUT/<role>-dialog-<name>-<theme>-<scale>.png     a few key dialogs (admin, support), About

Options narrow the run (``--roles support --pages payments --themes dark --scales 150``);
``--lang fr|de|en|pseudo`` installs the console's translators as ``platform-console --lang`` does
(which also sets the formats' locale: ``fr_LU``, ``de_LU``); ``--locale`` then overrides the formats.
The Qt platform defaults to offscreen. See :func:`main`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.pages.registry import PAGE_IDS

ROLES = {"admin": "super_admin", "padmin": "platform_admin", "support": "support", "operator": "operator"}
THEMES = ("light", "dark")
SCALES = (100, 150)
SIZE = (1280, 800)
BIG_AMOUNT_MINOR = 123_456_789  # EUR 1,234,567.89
LONG_STORE_NAME = "Boulangerie-Pâtisserie du Grand-Duché de Luxembourg (Esch-sur-Alzette)"
SELECT_FIRST = ("payments", "orders", "merchants", "stores")  # shown with their first row selected
SCREEN_SPEC = {"platforms": 25, "merchants": 40, "stores": 200, "orders": 400}


@dataclass
class Shot:
    role: str
    page: str
    theme: str
    scale: int
    dialog: str = ""

    @property
    def name(self) -> str:
        what = f"dialog-{self.dialog}" if self.dialog else self.page
        return f"{self.role}-{what}-{self.theme}-{self.scale}.png"


def make_database(folder: Path) -> Any:
    """A migrated, seeded SQLite demo database in ``folder``, with the long rows added."""
    from core.db import Database
    from core.demo import SeedSpec, seed
    from core.migrations import upgrade

    database = Database(f"sqlite:///{folder / 'screens.db'}")
    upgrade(database, "heads")
    seed(database, SeedSpec(**SCREEN_SPEC, demo_accounts=True))
    add_long_rows(database)
    add_tags(database)
    from tests.rollout_demo import seed_rollouts

    seed_rollouts(database)  # draft, running, paused on a failed gate, waiting for approval, completed
    return database


SCREEN_TAGS = {  # the first platforms' tags, so that the modules page shows tags and their filter
    0: ("canary", "country:lu", "plan:enterprise"),
    1: ("country:lu", "plan:enterprise"),
    2: ("country:be",),
    3: ("canary",),
}


def add_tags(database: Any) -> None:
    from core.actor import Actor
    from core.services.platforms import PlatformService

    service = PlatformService(database)
    refs = service.list_platforms(Actor.system(), limit=len(SCREEN_TAGS))
    for i, tags in SCREEN_TAGS.items():
        service.tag(Actor.system("demo"), refs[i].code, tags)


def add_long_rows(database: Any) -> int:
    """The newest payment and its order become EUR 1,234,567.89, its store gets a long name.
    Returns the payment's id."""
    from sqlalchemy import text

    with database.engine.begin() as conn:
        newest = conn.execute(text("SELECT id, store_id FROM payments ORDER BY id DESC LIMIT 1")).one()
        conn.execute(
            text(
                "UPDATE payments SET amount_minor = :a, captured_minor = :a, currency = 'EUR', "
                "status = 'captured' WHERE id = :id"
            ),
            {"a": BIG_AMOUNT_MINOR, "id": newest.id},
        )
        conn.execute(
            text("UPDATE orders SET total_minor = :a, currency = 'EUR' WHERE payment_id = :id"),
            {"a": BIG_AMOUNT_MINOR, "id": newest.id},
        )
        conn.execute(
            text("UPDATE stores SET name = :n WHERE id = :id"), {"n": LONG_STORE_NAME, "id": newest.store_id}
        )
    return int(newest.id)


def set_font_scale(app: Any, base: Any, scale: int) -> None:
    """The application font at ``scale`` percent of ``base`` (new widgets pick it up)."""
    from PySide6.QtGui import QFont

    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * scale / 100)
    else:
        font.setPixelSize(round(base.pixelSize() * scale / 100))
    app.setFont(font)


async def settle_paint(app: Any, seconds: float = 0.4) -> None:
    await asyncio.sleep(seconds)
    app.processEvents()


def save(widget: Any, path: Path) -> None:
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    print(path.name, flush=True)


class Renderer:
    def __init__(self, out: Path, database: Any, app: Any, settings: Any) -> None:
        self.out = out
        self.database = database
        self.app = app
        self.settings = settings
        self.written: list[Path] = []

    def session(self, username: str) -> Any:
        from console.session import ConsoleSession
        from core.demo import DEMO_PASSWORD
        from core.services.auth import AuthService

        actor = AuthService(self.database).authenticate(username, DEMO_PASSWORD)
        return ConsoleSession(self.database, actor, profile_name="screens", demo=True)

    async def role(self, username: str, theme: str, scale: int, pages: Sequence[str] | None) -> None:
        from console.asyncutil import pending_tasks, settle
        from console.main_window import MainWindow

        window = MainWindow(self.session(username), self.settings, watch=False, remember=False)
        window.resize(*SIZE)
        window.show()
        try:
            for page_id in window.page_ids():
                if pages and page_id not in pages:
                    continue
                window.show_page(page_id)
                try:
                    await asyncio.wait_for(window.ready(), 30)
                except TimeoutError:
                    print(f"warning: {page_id} did not finish loading", file=sys.stderr)
                await self.prepare(window, page_id)
                await settle_paint(self.app, 1.2 if page_id == "health" else 0.4)
                self.write(window, Shot(username, page_id, theme, scale))
                await self.dialogs(window, username, page_id, theme, scale)
        finally:
            window.shutdown()
            window.close()
            for task in [t for t in pending_tasks() if not t.done()]:
                task.cancel()
            await settle()
            window.deleteLater()
            self.app.processEvents()

    async def prepare(self, window: Any, page_id: str) -> None:
        """Show each page with something selected, as a person would see it while working."""
        page = window.page(page_id)
        table = getattr(page, "table", None)
        model = table.model() if table is not None else None
        if page_id in SELECT_FIRST and model is not None and model.rowCount():
            table.selectRow(0)
            await settle_paint(self.app, 0.6)
        if page_id == "modules":
            await page.details_loaded()  # the schema table, loaded in a worker
        if page_id == "rollouts":  # the rollout paused on a failed gate, its failing platform red
            await self.show_rollout(page, "paused")

    async def show_rollout(self, page: Any, state: str) -> None:
        row = next(r for r in range(page.model.rowCount()) if page.model.rollout(r)["state"] == state)
        page.table.selectRow(row)
        for _ in range(100):
            await asyncio.sleep(0.05)
            if page.doc is not None and page.doc["state"] == state:
                break
        await page.ready()
        await settle_paint(self.app, 0.6)

    def write(self, widget: Any, shot: Shot) -> None:
        path = self.out / shot.name
        save(widget, path)
        self.written.append(path)

    async def dialogs(self, window: Any, username: str, page_id: str, theme: str, scale: int) -> None:
        page = window.page(page_id)
        shots: dict[tuple[str, str], Callable[[], Awaitable[None]]] = {
            ("admin", "modules"): lambda: self.modules_dialogs(page, username, theme, scale),
            ("support", "payments"): lambda: self.refund_dialog(page, username, theme, scale),
            ("admin", "graph"): lambda: self.keyboard_dialogs(window, username, theme, scale),
            ("admin", "rollouts"): lambda: self.rollout_shots(window, username, theme, scale),
        }
        make = shots.get((username, page_id))
        if make is not None:
            await make()
        if page_id == "modules" and username in ("admin", "padmin"):
            await self.rollout_dialogs(page, username, theme, scale)
        if page_id == "modules":
            await self.about_dialog(window, username, theme, scale)

    async def about_dialog(self, window: Any, username: str, theme: str, scale: int) -> None:
        dialog = window.about()  # Help → About
        await settle_paint(self.app)
        dialog.copy()  # as after a click on Copy
        await settle_paint(self.app, 0.1)
        self.write(dialog, Shot(username, "modules", theme, scale, "about"))
        dialog.reject()

    async def modules_dialogs(self, page: Any, username: str, theme: str, scale: int) -> None:
        from core.services.module_service import Target

        # The impact preview of a change refused on some platforms (billing needs payments).
        dialog = await page.preview_change("payments", False, Target(all=True))
        await settle_paint(self.app)
        self.write(dialog, Shot(username, "modules", theme, scale, "preview-refused"))
        dialog.set_cascade(True)  # the dialog plans again, with cascade
        for _ in range(100):
            await asyncio.sleep(0.05)
            if dialog.plan.request.cascade:
                break
        await settle_paint(self.app)
        self.write(dialog, Shot(username, "modules", theme, scale, "preview-cascade"))
        dialog.reject()
        await settle_paint(self.app, 0.1)
        # Settings of marketplace (titles from the schema, a secret field).
        platform = page.matrix_model.index(0, 0).data()
        page._open_settings("marketplace", platform)
        await settle_paint(self.app, 1.0)
        self.write(page.window(), Shot(username, "modules", theme, scale, "config-form"))
        page.tabs.setCurrentIndex(0)
        await settle_paint(self.app, 0.2)
        self.write(page.window(), Shot(username, "modules", theme, scale, "module-details"))

    async def rollout_dialogs(self, page: Any, username: str, theme: str, scale: int) -> None:
        """The preview offering "Roll out in waves…", then its dialog: filled with a tag wave and two
        gates, the waves previewed; then with errors under the fields."""
        from core.services.module_service import Target

        candidates = ("orders", "analytics", "inventory", "marketplace", "messaging", "billing")
        for module in candidates:  # the first that changes some of the role's platforms, refused on none
            preview = await page.preview_change(module, True, Target(all=True))
            totals = preview.plan.totals()
            if (totals["changing"] and not totals["refused"]) or module == candidates[-1]:
                break
            preview.reject()
        await settle_paint(self.app)
        self.write(preview, Shot(username, "modules", theme, scale, "preview-rollout"))
        dialog = page.open_rollout(preview)
        for _ in range(100):
            await asyncio.sleep(0.05)
            if dialog.tags_button.isEnabled():
                break
        if dialog.tags:
            dialog.add_tag_wave(next(iter(dialog.tags)))
        editor = dialog.gate_editor
        editor.prom_query.setText("sum by (platform) (rate(shop_errors_total[5m]))")
        editor.prom_threshold.setText("0.02")
        editor.add_from_fields()
        editor.set_kind("approval")
        editor.add_from_fields()
        dialog.bake_edit.setText("30m")
        await dialog.preview()
        await settle_paint(self.app)
        self.write(dialog, Shot(username, "modules", theme, scale, "rollout-create"))
        dialog.bake_edit.setText("10 minutes")
        dialog.windows_edit.setText("Mon-Fri 9-17")
        editor.set_kind("prom")
        editor.prom_query.setText("up")
        editor.prom_threshold.setText("high")
        editor.add_from_fields()
        await settle_paint(self.app)
        self.write(dialog, Shot(username, "modules", theme, scale, "rollout-errors"))
        dialog.reject()
        await settle_paint(self.app, 0.1)

    async def keyboard_dialogs(self, window: Any, username: str, theme: str, scale: int) -> None:
        """Help → Keyboard shortcuts, and the command palette with its shortcut column."""
        dialog = window.open_shortcuts()
        await settle_paint(self.app)
        self.write(dialog, Shot(username, "graph", theme, scale, "shortcuts"))
        dialog.close()
        palette = window.open_palette()
        await settle_paint(self.app)
        self.write(palette, Shot(username, "graph", theme, scale, "palette"))
        palette.close()
        await settle_paint(self.app, 0.1)

    async def rollout_shots(self, window: Any, username: str, theme: str, scale: int) -> None:
        """The roll back confirmation of the paused rollout, then the rollout waiting for an
        approval (its comparison's two distributions)."""
        page = window.page("rollouts")
        task = asyncio.ensure_future(page.ask("rollback"))
        for _ in range(100):
            await asyncio.sleep(0.05)
            if page.confirm_dialog is not None:
                break
        dialog = page.confirm_dialog
        if dialog is None:
            print("warning: the roll back confirmation did not open", file=sys.stderr)
        else:
            await settle_paint(self.app)
            self.write(dialog, Shot(username, "rollouts", theme, scale, "rollback"))
            dialog.reject()
        await asyncio.gather(task, return_exceptions=True)
        await self.show_rollout(page, "waiting")
        self.write(window, Shot(username, "rollouts", theme, scale, "compare"))

    async def refund_dialog(self, page: Any, username: str, theme: str, scale: int) -> None:
        from PySide6.QtWidgets import QApplication, QDialog

        if page.detail is None:
            return
        page.refund_action.trigger()
        dialog = None
        for _ in range(50):
            await asyncio.sleep(0.1)
            found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
            if found:
                dialog = found[0]
                break
        if dialog is None:
            print("warning: the refund dialog did not open", file=sys.stderr)
            return
        await settle_paint(self.app)
        self.write(dialog, Shot(username, "payments", theme, scale, "refund"))
        dialog.reject()
        await settle_paint(self.app, 0.2)


def _language(value: str) -> str:
    from console.i18n.codes import LANGUAGES, PSEUDO, normalize

    code = normalize(value)
    if code is None:
        raise argparse.ArgumentTypeError(
            f"unknown language {value!r}; one of {', '.join([*LANGUAGES, PSEUDO])}"
        )
    return code


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.screens", description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files (created)")
    parser.add_argument("--roles", default=",".join(ROLES), help="comma-separated demo users")
    parser.add_argument(
        "--pages", default="", help=f"comma-separated page ids (default: every page): {', '.join(PAGE_IDS)}"
    )
    parser.add_argument("--themes", default=",".join(THEMES))
    parser.add_argument("--scales", default=",".join(str(s) for s in SCALES), help="font scales, percent")
    parser.add_argument(
        "--lang", default=None, type=_language, help="language of the interface: en, fr, de or pseudo"
    )
    parser.add_argument(
        "--locale", default="", help="default QLocale for numbers, money and dates, e.g. de_LU"
    )
    return parser.parse_args(argv)


async def run(args: argparse.Namespace, app: Any, folder: Path) -> list[Path]:
    from PySide6.QtCore import QSettings

    from console.asyncutil import run_sync
    from console.store.settings import AppSettings
    from console.widgets.theme import apply_theme

    args.out.mkdir(parents=True, exist_ok=True)
    database = await run_sync(make_database, folder)
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    renderer = Renderer(args.out, database, app, settings)
    base_font = app.font()
    pages = [p for p in args.pages.split(",") if p] or None
    unknown = [p for p in pages or () if p not in PAGE_IDS]
    if unknown:
        raise SystemExit(f"unknown page {unknown[0]!r}; one of {', '.join(PAGE_IDS)}")
    try:
        for theme in args.themes.split(","):
            apply_theme(app, theme)
            for scale in (int(s) for s in args.scales.split(",")):
                set_font_scale(app, base_font, scale)
                for username in args.roles.split(","):
                    if username not in ROLES:
                        raise SystemExit(f"unknown demo user {username!r}; one of {', '.join(ROLES)}")
                    await renderer.role(username, theme, scale, pages)
    finally:
        app.setFont(base_font)
        database.dispose()
    return renderer.written


def isolate() -> Path:
    """The tests' own environment (``tests/conftest.py``): settings, data and config file in a
    temporary folder, an in-memory keyring. Returns that folder (for the caller to remove)."""
    import tests.conftest as test_env

    return test_env._TMP


def use_screen(folder: Path) -> None:
    """Qt's offscreen platform, with a 1280x800 screen (its own default is 800x600, and dialogs
    sized to fit the screen would come out smaller than on a person's desktop)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if platform != "offscreen":
        return
    config = folder / "offscreen-screen.json"
    width, height = SIZE
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    import qasync
    from PySide6.QtWidgets import QApplication

    env = isolate()
    try:
        with tempfile.TemporaryDirectory(prefix="screens-") as tmp:
            use_screen(Path(tmp))
            app = QApplication.instance() or QApplication(["platform-console-screens"])
            app.setQuitOnLastWindowClosed(False)
            if args.lang:
                from console.i18n.translators import install

                install(args.lang)  # the console's catalogue, Qt's, and the formats' locale
            if args.locale:
                from PySide6.QtCore import QLocale

                QLocale.setDefault(QLocale(args.locale))
            with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
                written = runner.run(run(args, app, Path(tmp)))
    finally:
        shutil.rmtree(env, ignore_errors=True)
    print(f"{len(written)} PNG file{'' if len(written) == 1 else 's'} in {args.out}")
    return 0
