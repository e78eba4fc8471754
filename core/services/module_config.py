"""A module's per-platform settings: validated against its schema, stored with secrets encrypted.

:meth:`core.services.module_service.ModuleService.configure` calls :func:`configure`. A dry run
runs every check (known keys, permission on each platform, the internal tier, the schema on each
platform's merged settings) and says what would change, secrets masked; it writes nothing and is
not audited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.actor import Actor
from core.definition import ModuleDefinition
from core.errors import InvalidInput, PermissionDenied, error_kind
from core.events import ModuleEvent, ModuleEventData
from core.models import PlatformModule
from core.secrets import decrypt_secrets, encrypt_secrets, mask_secrets
from core.services.audit import AuditDraft, audited

if TYPE_CHECKING:
    from core.services.module_service import ModuleService, Target


@dataclass(frozen=True)
class ConfigChange:
    """One platform's settings that change: key -> (before, after), secrets masked."""

    platform: str
    changed: dict[str, tuple[Any, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "changed": {k: {"from": old, "to": new} for k, (old, new) in self.changed.items()},
        }


@dataclass
class ConfigureResult:
    module: str
    platforms: list[str]
    values: dict[str, Any]  # as given, secrets masked
    changes: list[ConfigChange] = field(default_factory=list)  # platforms whose settings change
    dry_run: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "module": self.module,
            "dry_run": self.dry_run,
            "platforms": self.platforms,
            "values": self.values,
            "changing": len(self.changes),
            "changes": [c.to_dict() for c in self.changes],
        }


def configure(
    service: ModuleService,
    actor: Actor,
    module_code: str,
    target: Target,
    values: dict[str, Any],
    *,
    dry_run: bool = False,
) -> ConfigureResult:
    module = service.registry.get(module_code)
    _check_keys(module, values)
    shown = mask_secrets(values, module.secret_fields)
    draft = AuditDraft(
        "modules.configure",
        {"module": module_code, "platforms": target.describe(), "values": shown},
        platforms=list(target.codes),
        modules=[module_code],
    )
    if dry_run:
        with audited(service.db, actor, draft, dry_run=True) as session:
            return store_settings(service, session, actor, module, target, values, write=False)
    with audited(service.db, actor, draft) as session:
        result = store_settings(service, session, actor, module, target, values, write=True)
        draft.platforms = result.platforms
        service._notify(session, len(result.platforms))
        draft.message = f"configured {module_code} on {len(result.platforms)} platform(s)"
    service.bus.emit_all(
        [
            ModuleEventData(
                ModuleEvent.CONFIG_CHANGED, module_code, code, actor.name, details={"keys": sorted(values)}
            )
            for code in result.platforms
        ]
    )
    return result


def _check_keys(module: ModuleDefinition, values: dict[str, Any]) -> None:
    if not module.has_settings:
        raise InvalidInput(
            "config.no_settings", f"module {module.code} has no settings", {"module": module.code}
        )
    settings = module.config_schema.model_fields  # type: ignore[union-attr]  # has_settings: a schema
    unknown = sorted(set(values) - set(settings))
    if unknown:
        known = ", ".join(settings)
        raise InvalidInput(
            "config.unknown_key",
            f"{module.code} has no setting {', '.join(unknown)}; its settings are: {known}",
            {"module": module.code, "unknown": unknown},
        )


def store_settings(
    service: ModuleService,
    session: Session,
    actor: Actor,
    module: ModuleDefinition,
    target: Target,
    values: dict[str, Any],
    *,
    write: bool,
) -> ConfigureResult:
    """Check and merge ``values`` into each platform's settings; ``write``: store them."""
    refs, denied = service._targets(session, actor, target, "modules.configure", lock=write)
    if denied:
        first = next(iter(denied.values()))
        raise PermissionDenied(first.code, first.message, {"platforms": sorted(denied)})
    if module.is_internal:
        actor.require("modules.internal")
    rows = {
        r.platform_id: r
        for r in session.scalars(
            select(PlatformModule).where(
                PlatformModule.module_code == module.code,
                PlatformModule.platform_id.in_([r.id for r in refs]),
            )
        )
    }
    secret = module.secret_fields
    changes: list[ConfigChange] = []
    for ref in refs:
        row = rows.get(ref.id)
        stored = decrypt_secrets(dict(row.config or {}), secret) if row else {}
        before = module.full_config(stored)
        validated = validate_config(module, {**before, **values})
        changed = {
            k: (_shown(k, before.get(k), secret), _shown(k, validated[k], secret))
            for k in values
            if before.get(k) != validated[k]
        }
        if changed:
            changes.append(ConfigChange(ref.code, changed))
        if not write:
            continue
        overrides = {k: v for k, v in validated.items() if k in stored or k in values}
        encrypted = encrypt_secrets(overrides, secret)
        if row is None:
            session.add(
                PlatformModule(platform_id=ref.id, module_code=module.code, enabled=False, config=encrypted)
            )
        else:
            row.config = encrypted
    return ConfigureResult(
        module.code, [r.code for r in refs], mask_secrets(values, secret), changes, dry_run=not write
    )


def _shown(key: str, value: Any, secret: frozenset[str]) -> Any:
    """A setting as a dry run shows it: a secret that is set as ``***`` (unset stays unset)."""
    return mask_secrets({key: value}, secret)[key]


def validate_config(module: ModuleDefinition, config: dict[str, Any]) -> dict[str, Any]:
    # lazy: pydantic, with the module's schema: not for reading settings (modules status, the console)
    from pydantic import ValidationError

    assert module.config_schema is not None
    try:
        return module.config_schema.model_validate(config).model_dump(mode="json")
    except ValidationError as exc:
        fields = [
            {"field": ".".join(str(p) for p in err["loc"]), "message": err["msg"], **error_kind(err)}
            for err in exc.errors(include_url=False)
        ]
        text_ = "; ".join(f"{f['field']}: {f['message']}" for f in fields)
        raise InvalidInput(
            "config.invalid",
            f"invalid settings for {module.code}: {text_}",
            {"module": module.code, "fields": fields},
        ) from None
