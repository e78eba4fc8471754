"""What the health page watches: the local checks, platform endpoints and Prometheus servers.

Targets (URL, name, interval, timeout, TLS verification, thresholds, chosen metrics) are kept per
connection profile in QSettings (``health/targets/<profile>``, one JSON list); an endpoint's health
token is kept in the OS keyring (``health-token:<profile>:<target id>``), never there. The local
target is always there and is not stored.
"""

from __future__ import annotations

import contextlib
import json
import re
import uuid
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from core.errors import InvalidInput, NotFound

LOCAL_TARGET_ID = "local"
MIN_INTERVAL = 0.5
MAX_INTERVAL = 3600.0
MAX_NAME = 100
MAX_URL = 2048
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class TargetKind(StrEnum):
    LOCAL = "local"
    ENDPOINT = "endpoint"
    PROMETHEUS = "prometheus"
    INSTANCE = "instance"  # one scrape target seen through a Prometheus server


@dataclass(frozen=True)
class Thresholds:
    """When a target's answer counts as degraded or unhealthy, beyond what it says itself."""

    latency_warn_ms: float = 1000.0
    latency_critical_ms: float = 3000.0
    # Consecutive failed polls before the target is unhealthy (before that: degraded).
    failures: int = 1

    def check(self) -> None:
        if self.latency_warn_ms <= 0 or self.latency_critical_ms <= 0:
            raise InvalidInput(
                "health.bad_threshold", "latency thresholds must be more than 0 ms", {"threshold": "positive"}
            )
        if self.latency_warn_ms > self.latency_critical_ms:
            raise InvalidInput(
                "health.bad_threshold",
                "the warning latency must not exceed the critical latency",
                {"threshold": "order"},
            )
        if not 1 <= self.failures <= 100:
            raise InvalidInput(
                "health.bad_threshold",
                "failures before unhealthy: between 1 and 100",
                {"threshold": "failures", "min": 1, "max": 100},
            )


@dataclass(frozen=True)
class TargetSpec:
    id: str
    name: str
    kind: TargetKind
    url: str = ""
    interval: float = 10.0
    timeout: float = 5.0
    verify_tls: bool = True
    thresholds: Thresholds = field(default_factory=Thresholds)
    # Metric families of /metrics to plot (endpoint), or PromQL expressions (Prometheus server).
    metrics: tuple[str, ...] = ()
    # Prometheus server: the selector whose instances are listed (default ``up``).
    query: str = ""
    parent: str = ""  # instance targets: the Prometheus target they come from
    # The endpoint's health token (bearer): kept in the OS keyring, never in the stored targets.
    token: str = field(default="", repr=False)

    @property
    def base_url(self) -> str:
        url = self.url.rstrip("/")
        for suffix in ("/health", "/metrics"):
            if url.endswith(suffix):
                url = url[: -len(suffix)]
        return url

    @property
    def health_url(self) -> str:
        return f"{self.base_url}/health"

    @property
    def metrics_url(self) -> str:
        return f"{self.base_url}/metrics"

    @property
    def remote(self) -> bool:
        return self.kind in (TargetKind.ENDPOINT, TargetKind.PROMETHEUS)

    def check(self) -> None:
        if not self.name.strip():
            raise InvalidInput("health.no_name", "a target needs a name")
        if len(self.name) > MAX_NAME or _CONTROL.search(self.name):
            raise InvalidInput(
                "health.bad_name",
                f"a target name has at most {MAX_NAME} characters and no control characters",
                {"name": self.name[:MAX_NAME], "max": MAX_NAME},
            )
        if not MIN_INTERVAL <= self.interval <= MAX_INTERVAL:
            raise InvalidInput(
                "health.bad_interval",
                f"the interval must be between {MIN_INTERVAL:g} s and {MAX_INTERVAL:g} s",
                {"interval": self.interval, "min": MIN_INTERVAL, "max": MAX_INTERVAL},
            )
        if not 0 < self.timeout <= 120:
            raise InvalidInput("health.bad_timeout", "the timeout must be between 0 and 120 s")
        if self.remote:
            _check_url(self.url)
        for text in (*self.metrics, self.query):
            if len(text) > MAX_URL or _CONTROL.search(text.replace("\n", " ")):
                raise InvalidInput(
                    "health.bad_metric",
                    f"a metric or query has at most {MAX_URL} characters and no control characters",
                    {"max": MAX_URL},
                )
        self.thresholds.check()

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        del out["token"]
        out["kind"] = self.kind.value
        out["metrics"] = list(self.metrics)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TargetSpec:
        thresholds = Thresholds(**{k: v for k, v in (data.get("thresholds") or {}).items()})
        return cls(
            id=str(data["id"]),
            name=str(data.get("name") or data["id"]),
            kind=TargetKind(data.get("kind", "endpoint")),
            url=str(data.get("url", "")),
            interval=float(data.get("interval", 10.0)),
            timeout=float(data.get("timeout", 5.0)),
            verify_tls=bool(data.get("verify_tls", True)),
            thresholds=thresholds,
            metrics=tuple(data.get("metrics") or ()),
            query=str(data.get("query", "")),
            parent=str(data.get("parent", "")),
        )

    def with_changes(self, **changes: Any) -> TargetSpec:
        return replace(self, **changes)


def _check_url(url: str) -> None:
    shown = url if len(url) <= 80 else url[:80] + "..."
    bad = InvalidInput(
        "health.bad_url", f"{shown!r} is not an http:// or https:// URL with a host", {"url": shown}
    )
    if len(url) > MAX_URL or _CONTROL.search(url) or any(ch.isspace() for ch in url):
        raise bad
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  # a port that is not a number (or past 65535) raises here
    except ValueError:
        raise bad from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise bad


def check_unique(spec: TargetSpec, others: list[TargetSpec]) -> None:
    """Two targets of a profile never share a name (the table, the plots' legend and the CLI find
    a target by it) nor the same URL (it would be polled twice)."""
    for other in others:
        if other.id == spec.id:
            continue
        if other.name.strip().casefold() == spec.name.strip().casefold():
            raise InvalidInput(
                "health.duplicate_name", f"a target named {other.name!r} exists already", {"id": other.id}
            )
        if spec.remote and other.kind is spec.kind and other.base_url == spec.base_url:
            raise InvalidInput(
                "health.duplicate_url",
                f"{other.name!r} watches {spec.base_url} already",
                {"id": other.id},
            )


def find_target(targets: list[TargetSpec], key: str) -> TargetSpec:
    """A target by its id, else by its name (case-insensitive)."""
    for spec in targets:
        if spec.id == key:
            return spec
    for spec in targets:
        if spec.name.strip().casefold() == key.strip().casefold():
            return spec
    shown = key if len(key) <= 60 else key[:60] + "..."
    raise NotFound("health.no_target", f"no health target {shown!r} in this profile", {"target": shown})


def new_target_id() -> str:
    return uuid.uuid4().hex[:10]


def local_target(
    interval: float = 10.0, timeout: float = 5.0, thresholds: Thresholds | None = None
) -> TargetSpec:
    return TargetSpec(
        LOCAL_TARGET_ID,
        "local checks",
        TargetKind.LOCAL,
        interval=interval,
        timeout=timeout,
        thresholds=thresholds or Thresholds(latency_warn_ms=5000, latency_critical_ms=15000),
    )


class TargetStore:
    """Targets of one connection profile, in QSettings (any object with value/setValue)."""

    def __init__(self, qsettings: Any, profile: str = "") -> None:
        self.qs = qsettings
        self.profile = profile or "default"

    @property
    def key(self) -> str:
        return f"health/targets/{self.profile}"

    def load(self) -> list[TargetSpec]:
        if hasattr(self.qs, "sync"):
            self.qs.sync()  # what another process (platformctl, another console) wrote meanwhile
        raw = self.qs.value(self.key, "")
        if not raw:
            return []
        try:
            items = json.loads(str(raw))
            return [TargetSpec.from_dict(item) for item in items if isinstance(item, dict)]
        except (ValueError, KeyError, TypeError):
            return []

    def save(self, targets: list[TargetSpec]) -> None:
        stored = [t.to_dict() for t in targets if t.remote]
        self.qs.setValue(self.key, json.dumps(stored))
        if hasattr(self.qs, "sync"):
            self.qs.sync()

    def put(self, spec: TargetSpec) -> None:
        """Add or replace one target in what is stored now (another process's changes kept)."""
        if spec.remote:
            stored = self.load()
            ids = [t.id for t in stored]
            self.save([spec if t.id == spec.id else t for t in stored] + ([] if spec.id in ids else [spec]))

    def drop(self, target_id: str) -> None:
        """Remove one target from what is stored now."""
        self.save([t for t in self.load() if t.id != target_id])

    # -- health tokens, in the OS keyring (blocking calls: run them off the GUI thread) ------------
    def token_entry(self, target_id: str) -> str:
        return f"health-token:{self.profile}:{target_id}"

    def tokens(self, target_ids: list[str]) -> dict[str, str]:
        """The stored token of each target that has one."""
        # lazy: cryptography, keyring: the poll process imports this module
        from core.secrets import keyring_get

        found = {tid: keyring_get(self.token_entry(tid)) for tid in target_ids}
        return {tid: token for tid, token in found.items() if token}

    def save_token(self, target_id: str, token: str) -> None:
        """Store ``token`` (empty: forget the stored one); refused when there is no keyring."""
        if token:
            # lazy: cryptography, keyring: the poll process imports this module
            from core.secrets import keyring_set

            keyring_set(self.token_entry(target_id), token)
        else:
            self.forget_token(target_id)

    def forget_token(self, target_id: str) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        # lazy: cryptography, keyring: the poll process imports this module
        from core.secrets import KEYRING_SERVICE

        with contextlib.suppress(PasswordDeleteError, KeyringError):
            keyring.delete_password(KEYRING_SERVICE, self.token_entry(target_id))

    def local_thresholds(self) -> Thresholds | None:
        raw = self.qs.value(f"health/local_thresholds/{self.profile}", "")
        if not raw:
            return None
        try:
            return Thresholds(**json.loads(str(raw)))
        except (ValueError, TypeError):
            return None

    def save_local_thresholds(self, thresholds: Thresholds) -> None:
        self.qs.setValue(f"health/local_thresholds/{self.profile}", json.dumps(asdict(thresholds)))
