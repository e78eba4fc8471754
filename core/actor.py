"""Who is calling a service, and what they may do.

Services receive an :class:`Actor` and call :meth:`Actor.require` before every privileged
write. The command line without ``--user`` acts as ``cli:<os user>`` with every permission
(who holds the database holds everything); a signed-in admin acts as ``admin:<username>``.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from dataclasses import dataclass, field

from core.errors import PermissionDenied
from core.roles import ALL_PERMISSIONS, ROLE_PERMISSIONS, Role, Scope


@dataclass(frozen=True)
class Actor:
    name: str
    role: Role
    user_id: int | None = None
    # Platform ids linked in admin_platforms (only consulted for OWN-scoped permissions).
    own_platform_ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def cli(cls) -> Actor:
        try:
            user = getpass.getuser()
        except Exception:
            user = "unknown"
        return cls(name=f"cli:{user}", role=Role.SUPER_ADMIN)

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        return cls(name=name, role=Role.SUPER_ADMIN)

    @property
    def username(self) -> str:
        return self.name.split(":", 1)[-1]

    def scope(self, permission: str) -> Scope | None:
        return ROLE_PERMISSIONS[self.role].get(permission)

    def can(self, permission: str, platform_id: int | None = None) -> bool:
        scope = self.scope(permission)
        if scope is None:
            return False
        if scope is Scope.ALL or platform_id is None:
            return True
        return platform_id in self.own_platform_ids

    def require(
        self, permission: str, platform_id: int | None = None, platform_code: str | None = None
    ) -> None:
        if permission not in ALL_PERMISSIONS:
            raise ValueError(f"unknown permission {permission!r}")
        if self.can(permission, platform_id):
            return
        where = f" on platform {platform_code}" if platform_code and self.scope(permission) else ""
        raise PermissionDenied(
            "permission.denied",
            f"{self.name} ({self.role}) may not {permission}{where}",
            {
                "permission": permission,
                "actor": self.name,
                "role": self.role.value,
                "platform": platform_code,
            },
        )

    def require_all(self, permission: str, platforms: Iterable[tuple[int, str]]) -> None:
        for pid, code in platforms:
            self.require(permission, pid, code)

    def platform_filter(self, permission: str) -> frozenset[int] | None:
        """None when the permission covers every platform, else the ids it covers (may be empty)."""
        scope = self.scope(permission)
        if scope is None:
            return frozenset()
        return None if scope is Scope.ALL else self.own_platform_ids
