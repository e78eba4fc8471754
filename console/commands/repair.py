"""platformctl modules repair [--dry-run]: registry drift that schema migrations do not see.

``platform_modules`` rows naming a module this release no longer has are renamed to the module
that declares it ``replaces`` the old code (merged where a platform has both), and core modules
missing or off on some platforms are enabled. One transaction, one audit entry; ``--dry-run``
runs the same statements, rolls them back and prints what would change.
"""

from __future__ import annotations

import argparse

from console.commands.base import Context


def cmd_repair(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.migration_service import MigrationService  # lazy: Alembic (0.4 s)

    result = MigrationService(ctx.db).repair(ctx.actor, dry_run=args.dry_run)

    def human() -> None:
        if not result.drift:
            ctx.print("no registry drift: every module code is known and every core module is on")
            return
        ctx.table(
            ["drift", "module", "platforms", "repair"],
            [
                [
                    "unknown module" if d.kind == "unknown_module" else "core module missing",
                    d.module,
                    d.platform_count,
                    (f"rename to {d.replacement}" if d.replacement else "none: left as is")
                    if d.kind == "unknown_module"
                    else "enable",
                ]
                for d in result.drift
            ],
        )
        for d in result.drift:
            ctx.print(f"  {d.message}")
        ctx.print(("dry run: " if result.dry_run else "") + result.summary)

    ctx.emit(result.to_dict(), human)
    return 0
