"""platformctl completion: the kept scripts are what shtab makes from the whole parser, they
complete commands, module codes and platform codes, and printing one loads no SQLAlchemy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from console.commands.completion import SHELLS, generate, script
from tests.cli_helpers import invoke

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("shell", SHELLS)
def test_the_kept_script_is_what_shtab_makes(shell: str) -> None:
    assert script(shell) == generate(shell), (
        f"console/completion/platformctl.{shell} is stale: "
        "run `python3 -m console.commands.completion --write`"
    )


@pytest.mark.parametrize("shell", SHELLS)
def test_completion_prints_the_script(shell: str) -> None:
    run = invoke("sqlite:////nowhere/never.db", "completion", shell)
    assert run.code == 0 and run.out == script(shell)
    assert "platforms list --codes" in run.out  # platform codes, asked at completion time
    assert "billing" in run.out and "payments" in run.out  # module codes, static


def test_completion_loads_no_database_library() -> None:
    probe = (
        "import sys, io; from console.cli import main; "
        "code = main(['completion', 'bash'], stdout=io.StringIO()); "
        "print(code, 'sqlalchemy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["0", "False"], done.stderr


def test_an_unknown_shell_is_a_usage_error() -> None:
    run = invoke("sqlite:////nowhere/never.db", "completion", "tcsh", "--json")
    assert run.code == 2 and run.error["code"] == "usage"


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_bash_completes_commands_and_module_codes() -> None:
    script_path = ROOT / "console" / "completion" / "platformctl.bash"
    words = {
        "platformctl pla": "platforms",
        "platformctl platforms ''": "list create tag untag",
        "platformctl modules enable bil": "billing",
        "platformctl audit export --for": "--format",
    }
    for line, expected in words.items():
        shell = (
            f"source {script_path}; COMP_WORDS=({line}); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 )); "
            'COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; '
            '_shtab_platformctl; echo "${COMPREPLY[*]}"'
        )
        done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=30)
        assert done.stdout.strip() == expected, (line, done.stdout, done.stderr)


def test_platforms_list_codes_feeds_completion(tmp_path: Path) -> None:
    url = _two_platforms(tmp_path)
    run = invoke(url, "platforms", "list", "--codes")
    assert run.code == 0 and run.out.split() == ["demo-00001", "demo-00002"]
    assert invoke(url, "platforms", "list", "--codes", "--json").doc["platforms"][0]["code"] == "demo-00001"


def _platformctl_on_path(tmp_path: Path, url: str) -> dict[str, str]:
    """An environment whose ``platformctl`` is this tree's, on the database ``url``."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    tool = bin_dir / "platformctl"
    tool.write_text(f'#!/bin/sh\nexec {sys.executable} -m console.cli "$@"\n')
    tool.chmod(0o755)
    return {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "PYTHONPATH": str(ROOT),
        "PLATFORM_DATABASE_URL": url,
        "HOME": str(tmp_path),
    }


def _two_platforms(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    counts = ["--merchants", "0", "--stores", "0", "--orders", "0"]
    assert invoke(url, "demo", "seed", "--platforms", "2", *counts).code == 0
    return url


@pytest.mark.skipif(shutil.which("fish") is None, reason="no fish (Debian package fish)")
def test_fish_completes_module_and_platform_codes(tmp_path: Path) -> None:
    env = _platformctl_on_path(tmp_path, _two_platforms(tmp_path))
    path = ROOT / "console" / "completion" / "platformctl.fish"

    def complete(line: str) -> list[str]:
        command = f"source {path}; complete -C '{line}'"
        done = subprocess.run(["fish", "-c", command], capture_output=True, text=True, timeout=60, env=env)
        return [row.split("\t")[0] for row in done.stdout.splitlines()]

    assert complete("platformctl modules enable bil") == ["billing"]
    assert complete("platformctl modules status --platform ") == ["demo-00001", "demo-00002"]


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_bash_completes_platform_codes(tmp_path: Path) -> None:
    env = _platformctl_on_path(tmp_path, _two_platforms(tmp_path))
    path = ROOT / "console" / "completion" / "platformctl.bash"
    shell = (
        f"source {path}; COMP_WORDS=(platformctl admin assign ann demo-); COMP_CWORD=4; "
        'COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; _shtab_platformctl; echo "${COMPREPLY[*]}"'
    )
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=60, env=env)
    assert done.stdout.split() == ["demo-00001", "demo-00002"], done.stderr


@pytest.mark.skipif(shutil.which("zsh") is None, reason="no zsh (Debian package zsh)")
def test_the_zsh_script_parses() -> None:
    path = ROOT / "console" / "completion" / "platformctl.zsh"
    done = subprocess.run(["zsh", "-n", str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert path.read_text().startswith("#compdef platformctl")
