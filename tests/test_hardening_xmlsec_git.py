"""``diff REV:path``: a revision git could read as an option never reaches ``git show``."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.diff.sources import SourceError, git_show
from tests.conftest import EXAMPLES


def _git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo.parent)}
    subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, check=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    _git(root, "init", "-q")
    _git(root, "config", "user.email", "test@example.org")
    _git(root, "config", "user.name", "Test")
    (root / "plan.yaml").write_bytes(EXAMPLES[0].read_bytes())
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "plan")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("side", ["old", "new"])
def test_an_option_as_revision_is_refused_and_writes_nothing(
    invoke: Callable[..., Any], repo: Path, side: str
) -> None:
    target = repo.parent / "pwned"
    spec = f"--output={target}:plan.yaml"
    args = [spec, "plan.yaml"] if side == "old" else ["plan.yaml", spec]
    result = invoke("diff", "--", *args)
    assert result.exit_code == 2
    assert not target.exists()
    assert "bắt đầu bằng dấu '-'" in result.output
    assert "HEAD~1" in result.output  # the hint says what a revision looks like


def test_git_show_refuses_a_dash_revision_before_running_git(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(repo / "no-bin"))  # git would be "missing" if it ran
    with pytest.raises(SourceError, match="'-p'"):
        git_show("-p", "plan.yaml", repo)


def test_a_normal_revision_still_reads(repo: Path) -> None:
    assert git_show("HEAD", "plan.yaml", repo) == EXAMPLES[0].read_bytes()
