"""Library errors in the interface's language: one sentence per error code, filled from its details.

``core`` and ``modules`` never import Qt: their errors carry a stable ``code``, an English
``message`` (for the command line and the logs) and structured ``details``. The console does not
translate the English sentence; it looks the code up in :data:`CATALOGUE`, whose templates go
through ``QCoreApplication.translate("Errors", ...)`` (so ``pyside6-lupdate`` extracts them), and
fills them from ``details`` with numbers, amounts and times in the interface's locale. A code the
catalogue lacks, or details that do not fit its template, fall back to the English message and are
logged once. Codes, module codes, permission names and data (names, paths) are never translated.

Validation errors of pydantic models (module settings, the configuration) are shown per field, by
pydantic's error ``type`` and its ``ctx`` (:func:`field_error_text`), not with pydantic's English.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from console.locale_text import counted
from console.widgets._text import arg

log = logging.getLogger("console")
translate = QCoreApplication.translate


class Errors(QObject):
    """Names the translation context of the plural sentences (lupdate marks ``Class.tr(text, "", n)`` as a
    plural message, not ``translate(context, text, "", n)``)."""


Details = Mapping[str, Any]
_LOGGED: set[str] = set()


# -- formatting the details ------------------------------------------------------------------------
def _n(value: Any) -> str:
    """A number as the locale writes it (2.318 / 2 318 / 2,318)."""
    number = float(value)
    return QLocale().toString(int(number)) if number.is_integer() else QLocale().toString(number, "g", 12)


def _money(minor: Any, currency: str) -> str:
    from console.models.payments import money  # lazily: only an error about money needs it

    return money(int(minor), str(currency))


def _list(items: Iterable[Any]) -> str:
    """``a, b and c`` in the interface's language."""
    return QLocale().createSeparatedList([str(i) for i in items])


def _chain(chain: Iterable[str]) -> str:
    return " → ".join(chain)


def _when(iso: Any) -> str:
    """A stored UTC time in the user's time zone, as the console shows times everywhere."""
    from console.models.common import local_time

    return local_time(str(iso), seconds=False) or str(iso)


# -- the catalogue: code -> sentence ---------------------------------------------------------------
def _permission(d: Details) -> str:
    platform = d.get("platform")
    if platform:
        return arg(
            translate("Errors", "Your role does not allow %1 on the platform %2."), d["permission"], platform
        )
    if d.get("merchant"):
        return arg(
            translate(
                "Errors",
                "Your role does not allow %1: none of the stores of merchant %2 is on your platforms.",
            ),
            d["permission"],
            d["merchant"],
        )
    if d.get("store"):
        return arg(
            translate("Errors", "Your role does not allow %1: the store %2 is on none of your platforms."),
            d["permission"],
            d["store"],
        )
    if d.get("platforms"):
        return arg(
            translate("Errors", "Your role does not allow this change on the platforms %1."),
            _list(d["platforms"]),
        )
    return arg(translate("Errors", "Your role does not allow %1."), d["permission"])


def _required_by(d: Details) -> str:
    chains = [_chain(c) for c in d["chains"]]
    return arg(
        translate(
            "Errors",
            "%1 cannot be disabled: other modules need it (%2). Disable them first, or include them.",
        ),
        d["module"],
        _list(chains),
    )


def _not_found(kind: str) -> Callable[[Details], str]:
    def text(d: Details) -> str:
        value = d[kind]
        templates = {
            "merchant": translate("Errors", "There is no merchant %1."),
            "store": translate("Errors", "There is no store %1."),
            "platform": translate("Errors", "There is no platform %1."),
            "customer": translate("Errors", "There is no customer %1."),
            "order": translate("Errors", "There is no order %1."),
            "payment": translate("Errors", "There is no payment #%1."),
            "refund": translate("Errors", "There is no refund #%1."),
            "module": translate("Errors", "There is no module %1."),
            "user": translate("Errors", "There is no user %1."),
        }
        return arg(templates[kind], value)

    return text


def _no_match(d: Details) -> str:
    if d.get("unmatched"):
        return arg(translate("Errors", "No platform has the tag %1."), _list(d["unmatched"]))
    return arg(
        translate("Errors", "Every platform of the target has one of the excluded tags (%1)."),
        _list(d["exclude_tags"]),
    )


def _platforms_not_found(d: Details) -> str:
    if "platform" in d:
        return arg(translate("Errors", "There is no platform %1."), d["platform"])
    return arg(translate("Errors", "These platforms do not exist: %1."), _list(d["platforms"]))


def _suspended(kind: str, already: bool) -> Callable[[Details], str]:
    def text(d: Details) -> str:
        if already:
            template = {
                "merchant": translate("Errors", "The merchant %1 is already suspended."),
                "store": translate("Errors", "The store %1 is already suspended."),
            }[kind]
        else:
            template = {
                "merchant": translate("Errors", "The merchant %1 is not suspended."),
                "store": translate("Errors", "The store %1 is not suspended."),
            }[kind]
        return arg(template, d[kind])

    return text


def _limit(d: Details) -> str:
    return arg(translate("Errors", "The number of rows asked for must be between 1 and %1."), _n(d["max"]))


def _refund_amounts(d: Details) -> str:
    cur = d["currency"]
    return arg(
        translate("Errors", "Captured %1, refunded %2, pending %3, awaiting approval %4."),
        _money(d["captured_minor"], cur),
        _money(d["refunded_minor"], cur),
        _money(d["pending_minor"], cur),
        _money(d["awaiting_approval_minor"], cur),
    )


def _exceeds(d: Details) -> str:
    cur = d["currency"]
    head = arg(
        translate("Errors", "%1 cannot be refunded on payment #%2: only %3 is still refundable."),
        _money(d["amount_minor"], cur),
        d["payment"],
        _money(d["remaining_minor"], cur),
    )
    return f"{head} {_refund_amounts(d)}"


def _nothing_refundable(d: Details) -> str:
    head = arg(translate("Errors", "Payment #%1 has nothing left to refund."), d["payment"])
    return f"{head} {_refund_amounts(d)}"


def _wrong_password(d: Details) -> str:
    if d.get("minutes"):
        return arg(
            translate("Errors", "Wrong password. The account %1 is now locked for %2 minutes."),
            d["username"],
            _n(d["minutes"]),
        )
    return translate("Errors", "Wrong password.")


def _weak_password(d: Details) -> str:
    if d.get("minimum"):
        return counted(
            Errors.tr("A password needs at least %Ln character(s).", "", int(d["minimum"])),
            int(d["minimum"]),
        )
    return translate("Errors", "A password may not start or end with a space.")


def _identifier(which: str) -> Callable[[Details], str]:
    def text(d: Details) -> str:
        value = d["value"]
        if d.get("characters"):
            return arg(
                translate("Errors", "%1 holds control or invisible characters (%2)."),
                repr(value),
                ", ".join(d["characters"][:5]),
            )
        templates = {
            "user": translate(
                "Errors",
                "%1 is not a valid user name: 2 to 64 lower-case letters, digits, . _ -, "
                "starting with a letter.",
            ),
            "platform": translate(
                "Errors", "%1 is not a valid platform code: lower-case letters, digits and dashes, up to 64."
            ),
            "currency": translate("Errors", "%1 is not a currency code this platform knows (e.g. EUR)."),
            "tag": translate(
                "Errors",
                "%1 is not a valid tag: lower-case letters, digits and dashes, at most one colon "
                "(country:lu), up to 64 characters.",
            ),
        }
        return arg(templates[which], repr(value) if isinstance(value, str) else value)

    return text


def _unknown_currency(d: Details) -> str:
    return arg(
        translate("Errors", "%1 is not a currency code this platform knows (e.g. EUR)."),
        d.get("currency", d.get("value")),
    )


def _bad_amount(d: Details) -> str:
    if d.get("example"):  # typed in the console: how the interface's locale writes an amount
        return arg(
            translate("Errors", "“%1” is not an amount as this language writes it (e.g. %2)."),
            str(d["amount"]).strip(),
            d["example"],
        )
    return arg(translate("Errors", "%1 is not an amount."), d["amount"])


def _too_many_decimals(d: Details) -> str:
    if int(d["decimals"]) == 0:
        return arg(translate("Errors", "%1: amounts in %2 are whole numbers."), d["amount"], d["currency"])
    return arg(translate("Errors", "%1: %2 has %3 decimals."), d["amount"], d["currency"], _n(d["decimals"]))


def _guard(d: Details) -> str:
    per_module = d["per_module"]
    one, many = translate("Errors", "%1 (on 1 platform)"), translate("Errors", "%1 (on %2 platforms)")
    modules = [arg(one if per_module[m] == 1 else many, m, _n(per_module[m])) for m in d["modules"]]
    if d["platform_count"] == 1:
        template = translate(
            "Errors", "The downgrade is refused: it drops the tables of %1, enabled on 1 platform."
        )
    else:
        template = translate(
            "Errors", "The downgrade is refused: it drops the tables of %1, enabled on %2 platforms."
        )
    text = arg(template, _list(modules), _n(d["platform_count"]))
    optional = [m for m in d["modules"] if m not in d.get("core", ())]
    if optional:
        text += " " + arg(translate("Errors", "Disable %1 on every platform first."), _list(optional))
    if d.get("core"):
        text += " " + arg(
            translate("Errors", "%1 are core modules: their tables stay while platforms exist."),
            _list(d["core"]),
        )
    return text


def _cancelled(d: Details) -> str:
    applied = len(d["applied"])
    if applied == 0:
        return translate("Errors", "The migration was cancelled before its first revision.")
    if applied == 1:
        return translate("Errors", "The migration was cancelled; 1 revision was applied.")
    return arg(translate("Errors", "The migration was cancelled; %1 revisions were applied."), _n(applied))


def _run_in_progress(d: Details) -> str:
    m = d["marker"]
    return arg(
        translate(
            "Errors", "Another migration run is in progress: %1 to %2 by %3, started %4. Wait until it ends."
        ),
        m["direction"],
        m["target"],
        m["actor"],
        _when(m["started_at"]),
    )


def _plan_refused(d: Details) -> str:
    if d["count"] == 1:
        return translate(
            "Errors",
            "The change is refused on 1 platform; nothing was written. "
            "Apply it without the refused platform, or resolve it first.",
        )
    return arg(
        translate(
            "Errors",
            "The change is refused on %1 platforms; nothing was written. "
            "Apply it without the refused platforms, or resolve them first.",
        ),
        _n(d["count"]),
    )


def _gateway_label(d: Details) -> str:
    return {"stripe": "Stripe", "paypal": "PayPal", "manual": translate("Errors", "the manual gateway")}.get(
        str(d.get("gateway")), str(d.get("gateway"))
    )


def _said(d: Details) -> str:
    """What the gateway said (its own words, as data), or its code."""
    return str(d.get("gateway_message") or d.get("decline_code") or d.get("gateway_code") or "—")


def _declined(d: Details) -> str:
    templates = {
        "refund": translate("Errors", "%1 declined the refund: %2"),
        "payment": translate("Errors", "%1 declined the payment: %2"),
    }
    template = templates.get(str(d.get("action")), translate("Errors", "%1 declined the operation: %2"))
    return arg(template, _gateway_label(d), _said(d))


def _invalid_request(d: Details) -> str:
    templates = {
        "refund": translate("Errors", "%1 refused the refund as invalid: %2"),
        "payment": translate("Errors", "%1 refused the payment as invalid: %2"),
    }
    template = templates.get(
        str(d.get("action")), translate("Errors", "%1 refused the operation as invalid: %2")
    )
    return arg(template, _gateway_label(d), _said(d))


def _rate_limited(d: Details) -> str:
    if d.get("retry_after") is not None:
        return arg(
            translate(
                "Errors", "%1 is turning requests away for now; nothing was done. Try again in %2 seconds."
            ),
            _gateway_label(d),
            _n(d["retry_after"]),
        )
    return arg(
        translate("Errors", "%1 is turning requests away for now; nothing was done. Try again in a minute."),
        _gateway_label(d),
    )


def _config_invalid(d: Details) -> str:
    if d.get("module"):
        return arg(translate("Errors", "Some settings of %1 are not valid:"), d["module"])
    return translate("Errors", "Some settings are not valid; fix them, or remove them to use the defaults:")


def _migration_file(problem: str) -> Callable[[Details], str]:
    """A migration file that breaks a naming or chaining rule (a programming error of a release)."""

    def text(d: Details) -> str:
        problems = {
            "unreadable": translate("Errors", "it cannot be read."),
            "literal": translate("Errors", "its revision fields must be literals."),
            "name": translate("Errors", "its name does not follow MODULE_SEQ_DESCRIPTION.py."),
            "revision": translate("Errors", "its revision id does not match its file name."),
            "sequence": translate("Errors", "its sequence number is used twice."),
            "label": translate("Errors", "only the first revision of a branch carries the branch label."),
            "down": translate("Errors", "its down_revision breaks the straight line of its branch."),
            "depends": translate("Errors", "its depends_on is not valid."),
        }
        return arg(
            translate("Errors", "The migration file %1 is not valid: %2"), d["file"], problems[problem]
        )

    return text


def _db_unavailable(d: Details) -> str:
    text = arg(
        translate(
            "Errors", "Cannot reach the database %1: is the server running, and are the host and port right?"
        ),
        d["url"],
    )
    return f"{text}\n{d['error']}" if d.get("error") else text


def _dry_run_failed(d: Details) -> str:
    text = arg(
        translate("Errors", "The trial run of the migration to %1 failed; nothing was changed."), d["target"]
    )
    return f"{text}\n{d['error']}" if d.get("error") else text


def _too_long(d: Details) -> str:
    return arg(
        translate("Errors", "%1 is limited to %2 characters (it has %3)."),
        d["what"],
        _n(d["max"]),
        _n(d["length"]),
    )


def _reason_too_long(d: Details) -> str:
    return arg(translate("Errors", "The reason is limited to %1 characters."), _n(d["max"]))


def _demo_count(d: Details) -> str:
    if "max" in d:
        return arg(translate("Errors", "--%1 must be from 0 to %2."), d["option"], _n(d["max"]))
    return translate(
        "Errors", "The demo data needs merchants and platforms for its stores, and stores for its orders."
    )


def _no_backup(d: Details) -> str:
    return translate("Errors", "Only a SQLite database file has backups; PostgreSQL rolls a failed run back.")


def _bad_target(d: Details) -> str:
    if d.get("target"):
        return arg(
            translate(
                "Errors", "%1 is not a migration target here: type MODULE@head, MODULE@base or a revision id."
            ),
            d["target"],
        )
    return translate("Errors", "No migration target given: type MODULE@head, MODULE@base or a revision id.")


def _schema_problem(d: Details) -> str:
    problems = d.get("problems") or [d]
    revisions = [r for p in problems for r in p.get("revisions", p.get("unknown", ()))]
    return arg(
        translate(
            "Errors",
            "The database holds revisions this version does not know (%1): "
            "it was migrated by another release. Nothing was migrated.",
        ),
        _list(revisions),
    )


def _health_threshold(d: Details) -> str:
    texts = {
        "positive": translate("Errors", "The latency thresholds must be more than 0 ms."),
        "order": translate("Errors", "The warning latency must not exceed the critical latency."),
        "failures": translate("Errors", "The failures before unhealthy must be between 1 and 100."),
    }
    return texts[d["threshold"]]


def _rollout_duration(d: Details) -> str:
    if d["problem"] == "too_long":
        return arg(
            translate("Errors", "%1 is too long: a duration is at most %2 days."),
            repr(d["value"]),
            _n(d["max_days"]),
        )
    return arg(
        translate("Errors", "%1 is not a duration: write a whole number and a unit, as 30s, 10m, 2h or 1d."),
        repr(d["value"]),
    )


def _rollout_start_at(d: Details) -> str:
    value = str(d["value"])
    if d["problem"] == "too_far":
        return arg(translate("Errors", "%1 is more than %2 days ahead."), repr(value), _n(d["max_days"]))
    if d["problem"] == "relative":
        return arg(
            translate("Errors", "%1 counts back from now; for a start in the future write %2."),
            repr(value),
            "+" + value,
        )
    return arg(
        translate("Errors", "%1 is not a start time: write +30m (from now), 2026-12-24 or 2026-12-24T06:00."),
        repr(value),
    )


def _rollout_window(d: Details) -> str:
    templates = {
        "form": translate(
            "Errors",
            "%1 is not a window: write DAYS HH:MM-HH:MM [ZONE], as Mon-Fri 09:00-17:00 Europe/Luxembourg.",
        ),
        "days": translate("Errors", "%1 are not days: write Mon-Fri, Sat,Sun or *."),
        "time": translate("Errors", "%1 is not a time range: HH:MM-HH:MM, from 00:00 to 24:00."),
        "empty": translate(
            "Errors", "%1 starts and ends at the same time: for a whole day write 00:00-24:00."
        ),
        "zone": translate("Errors", "%1 is not a time zone: write an IANA name such as Europe/Luxembourg."),
    }
    return arg(templates[d["problem"]], repr(d["value"]))


def _rollout_waves(d: Details) -> str:
    problem = d["problem"]
    if problem == "too_many":
        return arg(translate("Errors", "At most %1 waves, not %2."), _n(d["max"]), _n(d["count"]))
    if problem == "count":
        return arg(
            translate("Errors", "%1: a count of platforms is from 1 to %2."), repr(d["value"]), _n(d["max"])
        )
    templates = {
        "form": translate(
            "Errors",
            "%1 is not a wave: write tag:TAG, a count (5) or a percentage (10%), separated by commas.",
        ),
        "empty": translate("Errors", "%1 has an empty wave: write a comma list such as 1%,10%,50%,100%."),
        "percent": translate("Errors", "%1: a percentage is from 1% to 100%."),
        "tag": translate(
            "Errors",
            "%1 is not a tag: lower-case letters, digits and dashes, at most one ':', up to 64 characters.",
        ),
    }
    return arg(templates[problem], repr(d["value"]))


CATALOGUE: dict[str, Callable[[Details], str]] = {
    # modules and their dependencies
    "module.required_by": _required_by,
    "module.core": lambda d: arg(translate("Errors", "%1 is a core module and stays enabled."), d["module"]),
    "module.conflict": lambda d: arg(
        translate("Errors", "%1 is needed by a module this change enables, and disabled by it too."),
        d["module"],
    ),
    "module.internal": lambda d: arg(
        translate("Errors", "%1 is an internal module: changing it needs the modules.internal permission."),
        d["module"],
    ),
    "module.not_found": _not_found("module"),
    "module.invalid_definition": lambda d: arg(
        translate("Errors", "The definition of the module %1 is not valid (field %2)."),
        d["module"],
        d["field"],
    ),
    "request.conflict": lambda d: arg(
        translate("Errors", "%1 cannot be enabled and disabled in one change."), _list(d["modules"])
    ),
    # rollouts
    "rollout.not_found": lambda d: arg(translate("Errors", "There is no rollout #%1."), d["rollout"]),
    "rollout.bad_state": lambda d: arg(
        translate("Errors", "Rollout #%1 is in the state %2, which does not allow this."),
        d["rollout"],
        d["state"],
    ),
    "rollout.four_eyes": lambda d: arg(
        translate("Errors", "%1 started rollout #%2: someone else must approve its next wave."),
        d["started_by"],
        d["rollout"],
    ),
    "rollout.bad_name": lambda d: translate(
        "Errors", "A rollout needs a name of 1 to 200 printable characters."
    ),
    "rollout.bad_change": lambda d: translate(
        "Errors",
        "A rollout makes one change: enable modules, disable modules, or configure one module with settings.",
    ),
    "rollout.bad_on_fail": lambda d: arg(
        translate("Errors", "On failure, a rollout pauses or rolls back, not %1."), d["value"]
    ),
    "rollout.bad_alpha": lambda d: translate(
        "Errors", "The significance of comparisons is a probability between 0 and 1 (0.01, say)."
    ),
    "rollout.too_many": lambda d: translate("Errors", "A rollout takes at most 20 gates and 20 windows."),
    "rollout.bad_tag": lambda d: arg(translate("Errors", "%1 is not a tag."), d["tag"]),
    "rollout.no_targets": lambda d: translate("Errors", "These targets name no platform: check the tags."),
    "rollout.bad_state_name": lambda d: arg(translate("Errors", "There is no rollout state %1."), d["state"]),
    "rollout.rollback_failed": lambda d: arg(
        translate("Errors", "Rolling back rollout #%1 failed and nothing was reverted: %2. It stays paused."),
        d["rollout"],
        d["why"],
    ),
    "rollout.no_such_gate": lambda d: arg(
        translate("Errors", "Rollout #%1 has no gate %2 whose values can be read."), d["rollout"], d["gate"]
    ),
    "plan.refused": _plan_refused,
    "operation.cancelled": lambda d: translate("Errors", "Cancelled before anything was written."),
    "registry.cycle": lambda d: arg(
        translate("Errors", "The modules depend on each other in a cycle: %1."), _chain(d["cycle"])
    ),
    "registry.invalid": lambda d: translate(
        "Errors", "The module registry has several problems; see the log."
    ),
    "registry.duplicate_code": lambda d: arg(
        translate("Errors", "The module code %1 is defined twice."), d["module"]
    ),
    "registry.no_definition": lambda d: arg(
        translate("Errors", "The package %1 defines no module (DEFINITION is missing)."), d["package"]
    ),
    "registry.package_mismatch": lambda d: arg(
        translate("Errors", "The module %1 lives in the wrong package (%2)."), d["module"], d["package"]
    ),
    "registry.unknown_requirement": lambda d: arg(
        translate("Errors", "The module %1 requires an unknown module, %2."), d["module"], d["requires"]
    ),
    "registry.core_requires_non_core": lambda d: arg(
        translate("Errors", "The core module %1 requires %2, which is not a core module."),
        d["module"],
        d["requires"],
    ),
    "registry.requires_internal": lambda d: arg(
        translate("Errors", "The module %1 requires the internal module %2; only internal modules may."),
        d["module"],
        d["requires"],
    ),
    # settings of modules and of the console
    "config.invalid": _config_invalid,
    "config.bad_file": lambda d: arg(
        translate("Errors", "The configuration file %1 cannot be read: it must be UTF-8 text in TOML."),
        d["path"],
    ),
    "config.no_settings": lambda d: arg(translate("Errors", "The module %1 has no settings."), d["module"]),
    "config.unknown_key": lambda d: arg(
        translate("Errors", "The module %1 has no setting %2."), d["module"], _list(d["unknown"])
    ),
    "settings.bad_refund_limit": lambda d: arg(
        translate(
            "Errors", "%1 is not a refund limit: write minor units, e.g. 10000, or per currency EUR:10000."
        ),
        d["value"],
    ),
    "secrets.no_key": lambda d: translate(
        "Errors", "Secret settings need an encryption key (PLATFORM_SECRETS_KEY or the keyring)."
    ),
    "secrets.no_keyring": lambda d: arg(
        translate(
            "Errors", "There is no keyring on this system to keep %1 in; set it in the environment instead."
        ),
        d["name"],
    ),
    "secrets.bad_key": lambda d: translate("Errors", "PLATFORM_SECRETS_KEY is not a valid key."),
    "secrets.wrong_key": lambda d: translate(
        "Errors", "A secret setting cannot be decrypted with this key. Was the key changed?"
    ),
    # rollouts: the gates
    "rollout.bad_gate": lambda d: arg(
        translate(
            "Errors",
            "%1 is not a gate. Write prom:QUERY OP NUMBER (OP being <, <=, > or >=, with a space on "
            "each side), compare:QUERY higher|lower, ready:URL or approval.",
        ),
        d["gate"],
    ),
    # platforms, users, permissions
    "permission.denied": _permission,
    "platform.not_found": _platforms_not_found,
    "platform.none": lambda d: translate("Errors", "Name at least one platform or tag."),
    "platform.both": lambda d: translate(
        "Errors", "Choose some platforms or tags, or all platforms, not both."
    ),
    "platform.bad_tag": _identifier("tag"),
    "platform.no_tags": lambda d: translate("Errors", "Name at least one tag."),
    "platform.too_many_tags": lambda d: arg(translate("Errors", "Too many tags: at most %1."), d["limit"]),
    "platform.no_match": _no_match,
    "platform.tag_both": lambda d: arg(
        translate("Errors", "A tag cannot be added and removed at once: %1."), _list(d["tags"])
    ),
    "platform.bad_name": lambda d: translate("Errors", "A platform needs a name."),
    "platform.bad_code": _identifier("platform"),
    "platform.exists": lambda d: arg(translate("Errors", "A platform %1 exists already."), d["platform"]),
    "auth.invalid": lambda d: translate("Errors", "Wrong user name or password."),
    "auth.unknown_user": lambda d: arg(translate("Errors", "There is no user %1."), d["username"]),
    "auth.wrong_password": _wrong_password,
    "auth.disabled": lambda d: arg(translate("Errors", "The account %1 is disabled."), d["username"]),
    "auth.locked": lambda d: arg(
        translate(
            "Errors",
            "The account %1 is locked after too many failed sign-ins, until %2. "
            "An administrator can unlock it.",
        ),
        d["username"],
        _when(d["locked_until"]),
    ),
    "auth.not_signed_in": lambda d: translate("Errors", "Sign in first."),
    "user.not_found": _not_found("user"),
    "user.exists": lambda d: (
        arg(translate("Errors", "A user %1 exists already."), d["username"])
        if d.get("username")
        else translate("Errors", "Another user was created meanwhile: sign in instead.")
    ),
    "user.bad_role": lambda d: arg(translate("Errors", "%1 is not a role."), d["role"]),
    "user.bad_username": _identifier("user"),
    "user.weak_password": _weak_password,
    "user.self_disable": lambda d: translate("Errors", "You cannot disable your own account."),
    "user.not_signed_in": lambda d: translate("Errors", "Only a signed-in user has a password to change."),
    "user.last_super_admin": lambda d: arg(
        translate("Errors", "%1 is the last active super admin: create another one first."), d["username"]
    ),
    "password.mismatch": lambda d: translate("Errors", "The two passwords differ."),
    # merchants, stores, customers, orders
    "merchant.not_found": _not_found("merchant"),
    "store.not_found": _not_found("store"),
    "customer.not_found": _not_found("customer"),
    "order.not_found": _not_found("order"),
    "order.ambiguous": lambda d: arg(
        translate("Errors", "Several stores have an order %1: choose the store."), d["order"]
    ),
    "merchant.already_suspended": _suspended("merchant", True),
    "store.already_suspended": _suspended("store", True),
    "merchant.not_suspended": _suspended("merchant", False),
    "store.not_suspended": _suspended("store", False),
    "tenancy.reason_required": lambda d: translate("Errors", "A reason is required."),
    "tenancy.bad_reason": _reason_too_long,
    "customers.bad_reason": _reason_too_long,
    "search.too_short": lambda d: counted(
        Errors.tr("An e-mail or domain search needs at least %Ln character(s).", "", int(d["minimum"])),
        int(d["minimum"]),
    ),
    "search.bad_kind": lambda d: arg(translate("Errors", "%1 is not a kind of search."), d["kind"]),
    "list.bad_sort": lambda d: arg(
        translate("Errors", "The list cannot be sorted by %1; it can by %2."), d["sort"], _list(d["sortable"])
    ),
    "list.bad_status": lambda d: arg(
        translate("Errors", "%1 is not a status: active or suspended."), d["status"]
    ),
    "list.bad_filter": lambda d: translate("Errors", "Stores can be filtered by merchant, merchants cannot."),
    "list.bad_limit": _limit,
    "list.bad_window": lambda d: translate("Errors", "Give either a start or an end of the page, not both."),
    "list.bad_offset": lambda d: translate("Errors", "The offset must be 0 or more."),
    "customers.bad_limit": _limit,
    "orders.bad_limit": _limit,
    "payments.bad_limit": _limit,
    "refunds.bad_limit": _limit,
    "audit.bad_limit": _limit,
    "cursor.bad": lambda d: translate("Errors", "This page marker belongs to another list; reload the list."),
    # payments and refunds
    "payment.not_found": _not_found("payment"),
    "payment.bad_amount": lambda d: translate("Errors", "The amount must be positive."),
    "payment.key_reused": lambda d: arg(
        translate("Errors", "This idempotency key was used for another amount (payment #%1)."), d["payment"]
    ),
    "payment.in_progress": lambda d: translate(
        "Errors", "A payment with this idempotency key is in progress."
    ),
    "refund.not_found": _not_found("refund"),
    "refund.exceeds_refundable": _exceeds,
    "refund.nothing_refundable": _nothing_refundable,
    "refund.reason_required": lambda d: translate("Errors", "A refund needs a reason."),
    "refund.reason_too_long": _reason_too_long,
    "refund.bad_amount": lambda d: translate("Errors", "The amount must be more than zero."),
    "refund.bad_state": lambda d: arg(translate("Errors", "%1 is not a refund state."), d["state"]),
    "refund.not_awaiting_approval": lambda d: arg(
        translate("Errors", "Refund #%1 is not awaiting approval (it is %2)."), d["refund"], d["state"]
    ),
    "refund.self_approval": lambda d: arg(
        translate("Errors", "You requested refund #%1: another approver must decide it."), d["refund"]
    ),
    "refund.interrupted": lambda d: arg(
        translate(
            "Errors",
            "Refund #%1 was interrupted; it stays pending until it is resolved, and is never made twice.",
        ),
        d["refund"],
    ),
    "money.bad_amount": _bad_amount,
    "money.too_many_decimals": _too_many_decimals,
    "money.unknown_currency": _unknown_currency,
    "gateway.none_available": lambda d: arg(
        translate(
            "Errors", "No payment gateway enabled on this platform (%1) is configured on this console (%2)."
        ),
        _list(d.get("enabled") or ["—"]),
        _list(d.get("available") or ["—"]),
    ),
    "gateway.not_enabled": lambda d: arg(
        translate("Errors", "The gateway %1 is not enabled in this platform's payment settings."),
        d["gateway"],
    ),
    "gateway.not_configured": lambda d: arg(
        translate("Errors", "%1 is not configured on this console: its key is missing."), _gateway_label(d)
    ),
    "gateway.authentication": lambda d: arg(
        translate("Errors", "%1 did not accept the console's credentials; nothing was done."),
        _gateway_label(d),
    ),
    "gateway.declined": _declined,
    "gateway.invalid_request": _invalid_request,
    "gateway.idempotency_conflict": lambda d: arg(
        translate(
            "Errors",
            "%1 saw this idempotency key before with other values; nothing was done. Please report it.",
        ),
        _gateway_label(d),
    ),
    "gateway.rate_limited": _rate_limited,
    "gateway.unavailable": lambda d: arg(
        translate(
            "Errors",
            "%1 did not answer. Whether it acted is not known yet: "
            "the refund stays pending and is resolved later, never made twice.",
        ),
        _gateway_label(d),
    ),
    "gateway.refund_failed": lambda d: translate("Errors", "The payment gateway refused the refund."),
    # migrations
    "migrations.module_enabled": _guard,
    "migrations.run_in_progress": _run_in_progress,
    "migrations.database_newer": _schema_problem,
    "migrations.unknown_revisions": _schema_problem,
    "migrations.plan_changed": lambda d: translate(
        "Errors", "The plan changed since it was shown: the database was migrated meanwhile. Plan again."
    ),
    "migrations.destructive_unconfirmed": lambda d: arg(
        translate(
            "Errors",
            "The migration to %1 runs revisions that drop or rewrite data (%2): confirm them to run it.",
        ),
        d["target"],
        _list(d["revisions"]),
    ),
    "migrations.dry_run_failed": _dry_run_failed,
    "migrations.failed": lambda d: (
        arg(translate("Errors", "The migration failed at %1."), d.get("revision") or "—")
        + " "
        + (
            translate("Errors", "Its changes were rolled back.")
            if d.get("rolled_back")
            else arg(translate("Errors", "The database as it was is kept in %1."), d.get("backup") or "—")
        )
    ),
    "migrations.cancelled": _cancelled,
    "migrations.unknown_revision": lambda d: arg(
        translate("Errors", "There is no revision %1."), d["revision"]
    ),
    "migrations.unknown_target": lambda d: arg(
        translate("Errors", "There is no migration target %1."), d["target"]
    ),
    "migrations.no_branch": lambda d: arg(
        translate("Errors", "The module %1 has no migrations (it owns no tables)."), d["module"]
    ),
    "migrations.bad_target": _bad_target,
    "migrations.not_applied": lambda d: arg(
        translate("Errors", "%1 is not applied, so there is nothing to downgrade to."), d["target"]
    ),
    "migrations.bad_direction": lambda d: arg(
        translate("Errors", "%1 is not a direction: upgrade or downgrade."), d["direction"]
    ),
    "migrations.no_backup": _no_backup,
    "migrations.not_a_backup": lambda d: arg(
        translate("Errors", "%1 is not a backup of the database %2."), d["backup"], d["database"]
    ),
    "migrations.backup_not_found": lambda d: arg(
        translate("Errors", "There is no backup file at %1."), d["path"]
    ),
    "migrations.backup_unverified": lambda d: arg(
        translate("Errors", "%1 has no manifest: restore it only if you trust it."), d["backup"]
    ),
    "migrations.backup_corrupt": lambda d: arg(
        translate("Errors", "%1 fails SQLite's integrity check. Nothing was restored."), d["backup"]
    ),
    "migrations.backup_empty": lambda d: arg(
        translate("Errors", "%1 holds no tables. Nothing was restored."), d["backup"]
    ),
    "migrations.backup_mismatch": lambda d: arg(
        translate(
            "Errors", "%1 does not match its manifest: it was changed or cut short. Nothing was restored."
        ),
        d["backup"],
    ),
    "migrations.source_corrupt": lambda d: arg(
        translate(
            "Errors", "The database %1 fails its integrity check: no backup was taken and nothing was run."
        ),
        d["database"],
    ),
    "migrations.missing_folder": lambda d: arg(
        translate("Errors", "The migrations folder of %1 does not exist (%2)."), d["branch"], d["path"]
    ),
    "migrations.empty_branch": lambda d: arg(
        translate("Errors", "The migrations folder of %1 holds no revision (%2)."), d["branch"], d["path"]
    ),
    "migrations.unreadable_file": _migration_file("unreadable"),
    "migrations.bad_revision_file": _migration_file("literal"),
    "migrations.bad_file_name": _migration_file("name"),
    "migrations.bad_revision_id": _migration_file("revision"),
    "migrations.duplicate_sequence": _migration_file("sequence"),
    "migrations.missing_branch_label": _migration_file("label"),
    "migrations.bad_down_revision": _migration_file("down"),
    "migrations.extra_branch_label": _migration_file("label"),
    "migrations.unknown_dependency": _migration_file("depends"),
    "migrations.cycle": _migration_file("depends"),
    "migrations.redundant_dependency": _migration_file("depends"),
    "migrations.missing_dependency": _migration_file("depends"),
    # the database and files
    "file.cannot_write": lambda d: arg(translate("Errors", "The file %1 could not be written."), d["path"]),
    "export.cannot_write": lambda d: arg(
        translate("Errors", "The export could not be written to %1."), d["path"]
    ),
    "db.bad_url": lambda d: arg(translate("Errors", "%1 is not a database URL."), d["url"]),
    "db.unsupported": lambda d: arg(
        translate("Errors", "%1 is not a supported database: use SQLite or PostgreSQL."), d["url"]
    ),
    "db.missing": lambda d: arg(translate("Errors", "There is no database file at %1."), d["path"]),
    "db.not_migrated": lambda d: arg(
        translate("Errors", "The database %1 is not migrated (it has no table %2)."), d["url"], d["table"]
    ),
    "db.busy": lambda d: arg(
        translate(
            "Errors",
            "%1 is busy: another program held it longer than the lock wait. Nothing was changed; "
            "try again in a moment.",
        ),
        d["url"],
    ),
    "db.not_a_database": lambda d: arg(translate("Errors", "%1 is not a SQLite database."), d["url"]),
    "db.corrupt": lambda d: arg(
        translate("Errors", "The SQLite database %1 is damaged: restore it from a backup."), d["url"]
    ),
    "db.cannot_open": lambda d: arg(
        translate("Errors", "The SQLite database %1 cannot be opened."), d["url"]
    ),
    "db.read_only": lambda d: arg(
        translate("Errors", "The SQLite database %1 is read-only here: check its permissions."), d["url"]
    ),
    "db.not_a_file": lambda d: arg(
        translate("Errors", "%1 is a folder, not a SQLite database file."), d["path"]
    ),
    "db.cannot_create": lambda d: arg(
        translate("Errors", "The folder of the SQLite database %1 cannot be created."), d["path"]
    ),
    "db.unreachable": _db_unavailable,
    "db.unknown_role": lambda d: arg(
        translate("Errors", "The database %1 does not know this user name."), d["url"]
    ),
    "db.unknown_database": lambda d: arg(translate("Errors", "The database %1 does not exist."), d["url"]),
    "db.auth_failed": lambda d: arg(
        translate("Errors", "The database %1 refused the user name or password."), d["url"]
    ),
    "file.bad_path": lambda d: arg(translate("Errors", "%1 is not a file name."), d["path"]),
    # what a rollout's options say (core/rollouts/specs.py)
    "rollout.bad_duration": _rollout_duration,
    "rollout.bad_start_at": _rollout_start_at,
    "rollout.bad_window": _rollout_window,
    "rollout.bad_waves": _rollout_waves,
    # input checks
    "input.out_of_range": lambda d: arg(
        translate("Errors", "%1 must be a whole number from %2 to %3."), d["what"], _n(d["min"]), _n(d["max"])
    ),
    "input.too_long": _too_long,
    "demo.bad_count": _demo_count,
    "demo.bad_uses": lambda d: arg(
        translate("Errors", "The demo data of %1 uses data of modules it does not require (%2)."),
        d["module"],
        _list(d["uses"]),
    ),
    "unexpected": lambda d: translate("Errors", "An unexpected error happened; the details are in the log."),
    # the console's own checks: health targets and connection profiles
    "health.no_name": lambda d: translate("Errors", "A target needs a name."),
    "health.bad_name": lambda d: arg(
        translate("Errors", "A target name has at most %1 characters and no control characters."),
        _n(d["max"]),
    ),
    "health.bad_interval": lambda d: arg(
        translate("Errors", "The interval must be between %1 s and %2 s."), _n(d["min"]), _n(d["max"])
    ),
    "health.bad_timeout": lambda d: translate("Errors", "The timeout must be between 0 and 120 s."),
    "health.bad_metric": lambda d: arg(
        translate("Errors", "A metric or query has at most %1 characters and no control characters."),
        _n(d["max"]),
    ),
    "health.bad_threshold": _health_threshold,
    "health.bad_url": lambda d: arg(
        translate("Errors", "%1 is not an http:// or https:// address with a host."), d["url"]
    ),
    "health.duplicate_name": lambda d: arg(
        translate("Errors", "A target named %1 exists already."), d["name"]
    ),
    "health.duplicate_url": lambda d: arg(translate("Errors", "%1 watches this address already."), d["name"]),
    "health.no_target": lambda d: arg(
        translate("Errors", "There is no health target %1 in this profile."), d["target"]
    ),
    "profile.bad_name": lambda d: translate(
        "Errors", "A profile name has 1 to 64 letters, digits, spaces, dots, dashes or underscores."
    ),
    "profile.no_host": lambda d: translate("Errors", "A PostgreSQL profile needs a host."),
    "profile.no_database": lambda d: translate("Errors", "A PostgreSQL profile needs a database name."),
    "profile.bad_port": lambda d: translate("Errors", "The port must be between 1 and 65535."),
    "profile.bad_sslmode": lambda d: arg(
        translate("Errors", "The TLS mode must be one of %1."), _list(d["modes"])
    ),
    "profile.no_ca_file": lambda d: arg(translate("Errors", "The CA file %1 does not exist."), d["path"]),
    "profile.builtin": lambda d: arg(
        translate("Errors", "%1 is a built-in profile; choose another name."), d["profile"]
    ),
}


# -- looking a code up -----------------------------------------------------------------------------
def _once(key: str, text: str, *args: Any) -> None:
    if key not in _LOGGED:
        _LOGGED.add(key)
        log.warning(text, *args)


def message_for(code: str, message: str, details: Any = None) -> str:
    """The sentence for ``code`` in the interface's language; ``message`` (English) if there is none."""
    if isinstance(details, list) and len(details) == 1 and isinstance(details[0], Mapping):
        details = details[0].get("details", details[0])  # one rule broken (a registry error): its details
    if isinstance(details, Mapping) and details.get("refused"):
        return _bulk(code, message, details)
    build = CATALOGUE.get(code)
    if build is None:
        _once(
            f"missing:{code}",
            "no translated sentence for the error code %s; showing the English message",
            code,
        )
        return message
    try:
        return build(details if isinstance(details, Mapping) else {})
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        _once(
            f"details:{code}",
            "the details of %s do not fit its sentence (%r); showing the English message",
            code,
            exc,
        )
        return message


def _bulk(code: str, message: str, details: Mapping[str, Any]) -> str:
    """A change refused on some platforms: the first refusal in words, then how many more."""
    try:
        first = details["refused"][0]
        refusal = first["refusals"][0]
        count = int(details.get("count") or len(details["refused"]))
    except (KeyError, IndexError, TypeError, ValueError):
        _once(
            f"details:{code}", "the details of %s do not fit its sentence; showing the English message", code
        )
        return message
    reason = message_for(str(refusal.get("code")), str(refusal.get("message")), refusal.get("details"))
    text = arg(translate("Errors", "Refused on %1: %2"), first.get("platform"), reason)
    if count == 2:
        text += " " + translate("Errors", "(and on one more platform)")
    elif count > 2:
        text += " " + arg(translate("Errors", "(and on %1 more platforms)"), _n(count - 1))
    return text


def error_message(exc: Any) -> str:
    """The sentence for a :class:`core.errors.PlatformError` (or anything with code, message, details)."""
    return message_for(exc.code, exc.message, exc.details)


# -- validation errors of pydantic models, per field -----------------------------------------------
def _ctx(field: Mapping[str, Any], key: str) -> Any:
    return (field.get("ctx") or {})[key]


def _code_prefix(f: Mapping[str, Any]) -> str:
    """An order or invoice number prefix (``orders_number_prefix``, ``billing_invoice_prefix``)."""
    return arg(
        translate("Errors", "From %1 to %2 characters: capital letters, digits and dashes (e.g. %3)."),
        _n(_ctx(f, "min_length")),
        _n(_ctx(f, "max_length")),
        _ctx(f, "example"),
    )


FIELD_ERRORS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "missing": lambda f: translate("Errors", "A value is required."),
    "string_too_short": lambda f: counted(
        Errors.tr("At least %Ln character(s).", "", int(_ctx(f, "min_length"))),
        int(_ctx(f, "min_length")),
    ),
    "string_too_long": lambda f: counted(
        Errors.tr("At most %Ln character(s).", "", int(_ctx(f, "max_length"))),
        int(_ctx(f, "max_length")),
    ),
    "string_pattern_mismatch": lambda f: translate("Errors", "This text does not have the expected form."),
    "string_type": lambda f: translate("Errors", "Text is expected."),
    "too_short": lambda f: counted(
        Errors.tr("At least %Ln item(s).", "", int(_ctx(f, "min_length"))),
        int(_ctx(f, "min_length")),
    ),
    "too_long": lambda f: counted(
        Errors.tr("At most %Ln item(s).", "", int(_ctx(f, "max_length"))),
        int(_ctx(f, "max_length")),
    ),
    "greater_than": lambda f: arg(translate("Errors", "Must be more than %1."), _n(_ctx(f, "gt"))),
    "greater_than_equal": lambda f: arg(translate("Errors", "Must be %1 or more."), _n(_ctx(f, "ge"))),
    "less_than": lambda f: arg(translate("Errors", "Must be less than %1."), _n(_ctx(f, "lt"))),
    "less_than_equal": lambda f: arg(translate("Errors", "Must be %1 or less."), _n(_ctx(f, "le"))),
    "multiple_of": lambda f: arg(
        translate("Errors", "Must be a multiple of %1."), _n(_ctx(f, "multiple_of"))
    ),
    "int_type": lambda f: translate("Errors", "A whole number is expected."),
    "int_parsing": lambda f: translate("Errors", "A whole number is expected."),
    "int_from_float": lambda f: translate("Errors", "A whole number is expected, without decimals."),
    "float_type": lambda f: translate("Errors", "A number is expected."),
    "float_parsing": lambda f: translate("Errors", "A number is expected."),
    "decimal_parsing": lambda f: translate("Errors", "A number is expected."),
    "bool_type": lambda f: translate("Errors", "Yes or no is expected."),
    "bool_parsing": lambda f: translate("Errors", "Yes or no is expected."),
    "literal_error": lambda f: arg(translate("Errors", "Must be one of %1."), _ctx(f, "expected")),
    "enum": lambda f: arg(translate("Errors", "Must be one of %1."), _ctx(f, "expected")),
    "url_parsing": lambda f: translate("Errors", "This is not a valid address."),
    "url_scheme": lambda f: arg(
        translate("Errors", "The address must start with %1."), _ctx(f, "expected_schemes")
    ),
    "extra_forbidden": lambda f: translate("Errors", "There is no such setting."),
    "list_type": lambda f: translate("Errors", "A list is expected."),
    "dict_type": lambda f: translate("Errors", "A table of values is expected."),
    # the modules' own checks in their settings (PydanticCustomError in modules/*/config.py); the
    # value in their ctx is already quoted, as the English message shows it
    "orders_number_prefix": _code_prefix,
    "billing_invoice_prefix": _code_prefix,
    "cms_default_locale": lambda f: arg(
        translate("Errors", "%1 is not a locale like fr, de-LU or lb-LU."), _ctx(f, "value")
    ),
    "marketplace_letzshop_endpoint": lambda f: arg(
        translate("Errors", "%1 is not an http:// or https:// address with a host."), _ctx(f, "value")
    ),
    "messaging_sender_address": lambda f: arg(
        translate("Errors", "%1 is not an e-mail address."), _ctx(f, "value")
    ),
    "payments_duplicate_gateway": lambda f: arg(
        translate("Errors", "%1 is listed twice."), _ctx(f, "gateway")
    ),
    "payments_default_currency": lambda f: arg(
        translate("Errors", "%1 is not an ISO 4217 currency code (three letters, e.g. EUR)."),
        _ctx(f, "value"),
    ),
}


def field_error_text(field: Mapping[str, Any]) -> str:
    """One field's validation error as a translated sentence, from pydantic's ``type`` and ``ctx``."""
    kind = str(field.get("type") or "")
    build = FIELD_ERRORS.get(kind)
    if build is not None:
        try:
            return build(field)
        except (KeyError, TypeError, ValueError):
            pass
    if kind not in ("value_error", "assertion_error"):  # a model's own check: its own words
        _once(f"field:{kind}", "no translated sentence for the validation error type %r", kind)
    return str(field.get("message") or translate("Errors", "This value is not valid."))


def _field_name(field: Mapping[str, Any]) -> str:
    """The field, and for a console setting the value and where it was set."""
    source = field.get("source")
    if source == "environment":
        return arg(translate("Errors", "%1 (environment)"), f"{field.get('field')}={field.get('value')}")
    if source:
        return arg(translate("Errors", "%1 in %2"), f"{field.get('key')} = {field.get('value')}", source)
    return str(field.get("field"))


def field_lines(details: Any) -> list[str]:
    """``field: sentence`` for each field of a validation error's details."""
    fields = details.get("fields") if isinstance(details, Mapping) else None
    return [f"{_field_name(f)}: {field_error_text(f)}" for f in fields or []]
