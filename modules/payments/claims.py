"""Claims: which process is sending a refund, until when, and whether that claim is free again.

A claim is ``host:pid:nonce`` with a lease (:data:`CLAIM_LEASE`). It is free when its lease ended,
or when it was taken by a process of this machine that no longer runs (a console killed mid-send):
the refund may then be resolved by someone else (see :mod:`modules.payments.recover`).
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta

CLAIM_LEASE = timedelta(minutes=15)  # longer than any gateway call with its retries


def this_host() -> str:
    """The host part of this process's claims."""
    return socket.gethostname()[:80]


def new_claim() -> str:
    """``host:pid:nonce``: who is sending a refund (a dead pid on this host frees the claim)."""
    return f"{this_host()}:{os.getpid()}:{uuid.uuid4().hex[:10]}"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    stat = f"/proc/{pid}/stat"
    if os.path.exists("/proc/self/stat"):
        try:
            with open(stat, encoding="ascii", errors="replace") as handle:
                return handle.read().rpartition(")")[2].split()[0] != "Z"  # a zombie is dead
        except OSError:
            return False
    try:
        os.kill(pid, 0)  # POSIX only: on Windows this would terminate the process
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def claim_is_free(claimed_by: str | None, claimed_until: datetime | None, now: datetime) -> bool:
    if not claimed_by or claimed_until is None or claimed_until < now:
        return True
    host, _, rest = claimed_by.partition(":")
    pid_text = rest.partition(":")[0]
    if host != this_host() or os.name != "posix" or not pid_text.isdigit():
        return False  # another machine's live claim: wait for its lease to end
    pid = int(pid_text)
    return pid != os.getpid() and not _pid_alive(pid)
