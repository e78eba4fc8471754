"""The states of the rollouts, read lightly: what the open console compares, between two reads, to
tell a person that a rollout paused, waits for approval, completed or rolled back, whoever advanced
it (this console, another one, a runner).

One query over the ``rollouts`` table (no waves, no platforms): the rollouts still under way, those
the caller tracked last time (to see them end) and those created since (ids above ``after_id``).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select

from core.actor import Actor
from core.db import Database
from core.services.rollout_rows import aimed_at
from core.services.rollouts import FINAL
from core.tables import rollouts


@dataclass(frozen=True)
class RolloutState:
    id: int
    name: str
    state: str
    waiting_for: str | None  # gate | approval | window, while waiting
    reason: str | None
    current_wave: int  # the last wave applied (0: none)
    wave_count: int
    version: int  # grows with every transition

    @property
    def key(self) -> tuple[str, str | None]:
        """What a person is told about: the state, and what a waiting rollout waits for."""
        return self.state, self.waiting_for if self.state == "waiting" else None

    @property
    def final(self) -> bool:
        return self.state in FINAL


def rollout_states(
    db: Database, actor: Actor, *, tracked: Collection[int] = (), after_id: int | None = None
) -> tuple[list[RolloutState], int]:
    """(the rollouts not final, those in ``tracked``, those with an id above ``after_id``; the
    highest rollout id). ``after_id`` None: the first read (only the rollouts not final). Those who
    act on rollouts are told about them: a platform admin, of the rollouts with a target among their
    platforms; a role without ``modules.rollout``, of none."""
    actor.require("modules.view")
    r = rollouts.c
    wanted = r.state.notin_(FINAL)
    if tracked:
        wanted = wanted | r.id.in_(sorted(tracked))
    if after_id is not None:
        wanted = wanted | (r.id > after_id)
    stmt = select(
        r.id, r.name, r.state, r.waiting_for, r.reason, r.current_wave, r.wave_count, r.version
    ).where(wanted)
    own = actor.platform_filter("modules.rollout")
    with db.read() as conn:
        if own is not None:
            stmt = stmt.where(aimed_at(conn, own))
        states = [RolloutState(*row) for row in conn.execute(stmt.order_by(r.id))]
        highest = conn.execute(select(func.max(r.id))).scalar_one()
    return states, int(highest or 0)
