"""Hardening: ``git-setup`` stores a command git can run from any shell (item 24)."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

PLAN = ROOT / "tests" / "golden" / "diff" / "old.yaml"


def _git(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    out = subprocess.run(
        ["git", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
        env=env or os.environ.copy(),
        timeout=120,
    )
    return out.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("GIT_DIR", raising=False)
    root = tmp_path / "repo"
    root.mkdir()
    _git(root, "init", "-q")
    _git(root, "config", "user.email", "test@example.org")
    _git(root, "config", "user.name", "Test")
    (root / "ke-hoach.yaml").write_bytes(PLAN.read_bytes())
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "kế hoạch")
    monkeypatch.chdir(root)
    return root


def test_git_diff_works_outside_the_venv(
    invoke: Callable[..., Any], repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # set up from an "activated" venv: bhxh-plan is on PATH
    venv_bin = str(Path(sys.executable).parent)
    monkeypatch.setenv("PATH", venv_bin + os.pathsep + os.environ.get("PATH", ""))
    result = invoke("git-setup")
    assert result.exit_code == 0, result.output
    stored = _git(repo, "config", "diff.bhxh-plan.textconv").strip()
    program = shlex.split(stored)[0]
    assert Path(program).is_absolute(), stored
    assert "chạy lại bhxh-plan git-setup" in result.output  # says what was stored and why
    # ... then git runs from a shell where the venv is not on PATH
    plan = repo / "ke-hoach.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("lead: BHXH huyện", "lead: BHXH tỉnh", 1),
        encoding="utf-8",
    )
    env = os.environ.copy()
    env["PATH"] = os.pathsep.join(
        p for p in env["PATH"].split(os.pathsep) if p and Path(p) != Path(venv_bin)
    )
    shown = _git(repo, "diff", "--", "ke-hoach.yaml", env=env)
    assert "Đơn vị chủ trì: BHXH tỉnh" in shown


def test_setup_message_in_english(invoke: Callable[..., Any], repo: Path) -> None:
    result = invoke("--lang", "en", "git-setup")
    assert result.exit_code == 0, result.output
    assert "run bhxh-plan git-setup again" in result.output
