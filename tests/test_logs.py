"""The log files: one per process (two processes never share one), old ones pruned, and a native
crash's stacks written by faulthandler to this process's crash file, which never holds the log
itself open (Windows could not rotate it)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from console.logs import KEEP_DAYS, KEEP_ENDED, prune_logs
from tests.health_helpers import ROOT


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["XDG_STATE_HOME"] = str(tmp_path / "state")  # platformdirs' user log directory on Linux
    env["PYTHONPATH"] = str(ROOT)
    env.pop("PYTHONFAULTHANDLER", None)
    return env


CRASH = """
import faulthandler
from console.logs import fault_file, setup_logging
setup_logging(faults=True)
print(fault_file(), flush=True)

def crash_in_native_code():
    faulthandler._sigsegv()

crash_in_native_code()
"""


def test_a_native_crash_leaves_its_stack_in_the_crash_file(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CRASH], env=_env(tmp_path), capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    crash = Path(done.stdout.strip())
    assert crash.parent == tmp_path / "state" / "platform-console" / "log"
    assert crash.name.endswith(".crash.log")
    text = crash.read_text()
    assert "Fatal Python error: Segmentation fault" in text
    assert "crash_in_native_code" in text  # the Python stack that led there


ROTATE = """
import logging, os
from console.logs import fault_file, log_file, setup_logging
setup_logging(faults=True)
handler = next(h for h in logging.getLogger().handlers if hasattr(h, "doRollover"))
handler.maxBytes = 10_000

def holders(path):
    fds = os.listdir("/proc/self/fd")
    return sum(1 for fd in fds if os.path.realpath(f"/proc/self/fd/{fd}") == str(path))

print(holders(log_file()), holders(fault_file()), flush=True)
for i in range(500):
    logging.getLogger("rotate").info("line %d %s", i, "x" * 40)
print(holders(log_file()), holders(fault_file()), flush=True)
"""


def test_faulthandler_holds_its_own_file_not_the_rotated_log(tmp_path: Path) -> None:
    """On Windows a second handle on the log (faulthandler's) stops its rotation: only the log
    handler holds the log open; faulthandler keeps its crash file, through every rotation, and
    an empty crash file is gone at exit."""
    done = subprocess.run(
        [sys.executable, "-c", ROTATE], env=_env(tmp_path), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "1", "1", "1"]
    folder = tmp_path / "state" / "platform-console" / "log"
    names = sorted(p.name for p in folder.iterdir())
    assert any(n.endswith(".log.1") for n in names)  # it rotated
    assert not any(n.endswith(".crash.log") for n in names)  # nothing crashed: no crash file left


WRITER = """
import logging, os, sys
from console.logs import log_file, setup_logging
setup_logging()
print(log_file(), flush=True)
sys.stdin.readline()  # both processes are up before either writes
for i in range(2000):
    logging.getLogger("writer").info("pid %d line %d", os.getpid(), i)
"""


def test_two_processes_write_two_whole_files(tmp_path: Path) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER],
            env=_env(tmp_path),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    paths = [Path(p.stdout.readline().strip()) for p in procs]  # type: ignore[union-attr]
    for p in procs:
        p.communicate("go\n", timeout=60)
        assert p.returncode == 0
    assert paths[0] != paths[1] and paths[0].parent == paths[1].parent
    for proc, path in zip(procs, paths, strict=True):
        lines = path.read_text().splitlines()
        assert len(lines) == 2000
        assert all(f"pid {proc.pid} line {i}" in line for i, line in enumerate(lines))


def test_old_files_of_ended_processes_are_pruned(tmp_path: Path) -> None:
    now = time.time()
    ended = range(90_000_001, 90_000_016)  # no such processes (past Linux's largest pid)
    for age, pid in enumerate(ended):
        for name in (f"platform-console-{pid}.log", f"platform-console-{pid}.log.1"):
            path = tmp_path / name
            path.write_text("x")
            os.utime(path, (now - age * 3600, now - age * 3600))
    mine = tmp_path / f"platform-console-{os.getpid()}.log"
    mine.write_text("running")
    os.utime(mine, (now - (KEEP_DAYS + 5) * 86400,) * 2)  # old, but its process runs
    stray = tmp_path / "notes.txt"
    stray.write_text("not a log")
    prune_logs(tmp_path, now)
    kept = {int(p.name.split("-")[2].split(".")[0]) for p in tmp_path.glob("platform-console-*")}
    assert kept == {*list(ended)[:KEEP_ENDED], os.getpid()}
    assert (tmp_path / f"platform-console-{ended[0]}.log.1").exists() and stray.exists()
    os.utime(tmp_path / f"platform-console-{ended[0]}.log", (now - (KEEP_DAYS + 1) * 86400,) * 2)
    os.utime(tmp_path / f"platform-console-{ended[0]}.log.1", (now - (KEEP_DAYS + 1) * 86400,) * 2)
    prune_logs(tmp_path, now)
    assert not (tmp_path / f"platform-console-{ended[0]}.log").exists() and mine.exists()


RUN_TWICE = """
import io
from console.cli import main
first = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")  # as pytest's capsys captures
assert main(["modules", "list", "--json"], stdout=io.StringIO(), stderr=first) == 0
first.close()  # the first caller's stream is gone (a closed StringIO would still flush)
out, err = io.StringIO(), io.StringIO()
code = main(["modules", "list", "--json"], stdout=out, stderr=err)
print(code, repr(err.getvalue()), '"orders"' in out.getvalue())
"""


def test_platformctl_runs_again_in_process_after_the_last_runs_stream_was_closed(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", RUN_TWICE], env=_env(tmp_path), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0 '' True"
    assert "Logging error" not in done.stderr
